import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReaderView } from '../../src/app/reader/ReaderView';
import { loadFixture } from './fixture';

const data = loadFixture();
const text = data.document.text;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderReader(props: Partial<Parameters<typeof ReaderView>[0]> = {}) {
  return render(
    <ReaderView
      data={data}
      lang="zh"
      selected={null}
      target={null}
      onSelectNode={vi.fn()}
      onClose={vi.fn()}
      {...props}
    />,
  );
}

describe('reader view', () => {
  it('shows the whole text, every mention marked in its theme colour', () => {
    renderReader({ lang: 'en' });
    const article = screen.getByRole('article', { name: 'Full text' });
    const marks = [...article.querySelectorAll('mark')];
    expect(marks).toHaveLength(data.nodes.reduce((n, c) => n + c.count, 0));
    expect(marks.filter((m) => m.textContent === '两个先行')).toHaveLength(6);
    // Every sentence of the source text is there, in order.
    const sentences = [...article.querySelectorAll('.sentence')].map((s) => s.textContent);
    expect(sentences.join('')).toBe(text.replace(/\s+/g, ''));
    // Each mark carries its concept's theme colour; neighbouring mentions are separate elements.
    const colour = (id: string) =>
      data.themes.find((t) => t.id === data.nodes.find((n) => n.id === id)!.theme)!.color;
    for (const m of marks) expect(m.style.getPropertyValue('--theme')).toBe(colour(m.dataset.node!));
    expect(new Set(marks.map((m) => m.style.getPropertyValue('--theme'))).size).toBeGreaterThan(2);
  });

  it('styles part, subsection headings as headings; the preamble and closing get a label', () => {
    renderReader();
    const article = screen
      .getByRole('article', { name: '文件全文' })
      .querySelector<HTMLElement>('.reader-text')!;
    const h3 = within(article)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(h3).toEqual(['序言', '一、深刻把握精神实质', '二、发挥龙头领跑作用', '结语']);
    const h4 = within(article)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(h4).toEqual([
      '（一）深刻领悟“八八战略”的真理力量。',
      '（二）推进共同富裕示范区建设。',
      '（一）推进科技自立自强。',
      '（二）办好亚运会。',
    ]);
    // The body after an inline heading is its own paragraph, indented as before.
    const heading = within(article).getByRole('heading', { name: '（二）办好亚运会。' });
    expect(heading.nextElementSibling!.tagName).toBe('P');
    expect(heading.nextElementSibling!.textContent).toBe(
      '以亚运会为契机，深化“五水共治”。坚持和发展新时代“枫桥经验”，推进共同富裕？',
    );
  });

  it('jumps by the outline to a section and focuses its heading', async () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    renderReader({ lang: 'en' });
    const outline = screen.getByRole('navigation', { name: 'Contents' });
    const entries = within(outline).getAllByRole('button');
    expect(entries.map((b) => b.textContent)).toEqual([
      '序言',
      '一 深刻把握精神实质',
      '一（一） 深刻领悟“八八战略”的真理力量',
      '一（二） 推进共同富裕示范区建设',
      '二 发挥龙头领跑作用',
      '二（一） 推进科技自立自强',
      '二（二） 办好亚运会',
      '结语',
    ]);
    await userEvent.click(within(outline).getByRole('button', { name: /二（二）/ }));
    const heading = screen.getByRole('heading', { name: '（二）办好亚运会。' });
    expect(scroll.mock.contexts.at(-1)).toBe(heading);
    expect(document.activeElement).toBe(heading);
  });

  it('opens at the selected concept’s first mention, marks its paragraphs in the margin and the outline', () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    renderReader({ selected: '亚运会' });
    const first = text.indexOf('（二）办好亚运会');
    const sentence = document.getElementById(`s-${first}`)!;
    expect(sentence.textContent).toBe('（二）办好亚运会。');
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(sentence);
    expect(document.activeElement).toBe(sentence);
    expect(screen.getByRole('status')).toHaveTextContent('已跳到“亚运会”第一次出现的地方。');
    // 亚运会 is mentioned in 二（二）'s heading, its body and the closing: three margin marks.
    const marked = [...document.querySelectorAll('.reader-text .has-current')];
    expect(marked.map((el) => el.tagName)).toEqual(['H4', 'P', 'P']);
    expect(marked.every((el) => el.querySelector('.margin-mark'))).toBe(true);
    expect(document.querySelectorAll('.reader .mention.current')).toHaveLength(3);
    const outline = screen.getByRole('navigation', { name: '目录' });
    expect(
      within(outline)
        .getAllByRole('button')
        .filter((b) => b.classList.contains('has-current'))
        .map((b) => b.textContent),
    ).toEqual(['二（二） 办好亚运会 （提到所选概念）', '结语 （提到所选概念）']);
  });

  it('opens at the asked passage rather than at the concept', () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const start = text.indexOf('“八八战略”是总纲领');
    renderReader({ selected: '亚运会', target: start });
    const target = document.getElementById(`s-${start}`)!;
    expect(target.textContent).toBe('“八八战略”是总纲领；');
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(scroll.mock.contexts[0]).toBe(target);
    expect(document.activeElement).toBe(target);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('selects a concept when a mention is clicked, without jumping', async () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const onSelectNode = vi.fn();
    const { rerender } = renderReader({ onSelectNode });
    expect(scroll).not.toHaveBeenCalled();
    const buttons = screen.getAllByRole('button', { name: '枫桥经验' });
    expect(buttons).toHaveLength(1);
    await userEvent.click(buttons[0]!);
    expect(onSelectNode).toHaveBeenCalledWith('枫桥经验');
    rerender(
      <ReaderView
        data={data}
        lang="zh"
        selected="枫桥经验"
        target={null}
        onSelectNode={onSelectNode}
        onClose={vi.fn()}
      />,
    );
    expect(document.querySelectorAll('.reader .mention.current')).toHaveLength(1);
    expect(scroll).not.toHaveBeenCalled();
  });
});

describe('reader: a glossary', () => {
  it('sets long numbered entries as paragraphs, not headings, and the outline still jumps to them', async () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    // Entries of 70-odd characters: more than a heading holds.
    const entry = (n: number, name: string) =>
      `${n}.“${name}”：对企业生产经营涉及的各类许可实行审前指导、一表申请、联审联办，许可信息通过营业执照二维码集中公示，并在全省推行电子证照共享互认。`;
    const lines = ['附件', '一、名词解释', entry(1, '一照通行'), entry(2, '一网统管')];
    const text = lines.join('\n');
    const at = (line: number) => lines.slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
    const section = (
      id: string,
      kind: 'intro' | 'item',
      address: string,
      line: number,
      last: number,
      title: string,
    ) => ({
      id,
      kind,
      part: 1,
      address,
      title,
      start: at(line),
      end: at(last) + lines[last]!.length,
    });
    const glossary = {
      ...data,
      document: { ...data.document, text },
      sections: [
        section('p1-intro', 'intro', '一', 1, 1, '名词解释'),
        section('p1-i1', 'item', '一、1', 2, 2, entry(1, '一照通行').slice(2, -1)),
        section('p1-i2', 'item', '一、2', 3, 3, entry(2, '一网统管').slice(2, -1)),
      ],
      nodes: [],
      edges: [],
    };
    render(
      <ReaderView
        data={glossary}
        lang="zh"
        selected={null}
        target={null}
        onSelectNode={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const body = document.querySelector<HTMLElement>('.reader-text')!;
    expect(
      within(body)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['一、名词解释']);
    const paragraphs = [...body.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(expect.arrayContaining([entry(1, '一照通行'), entry(2, '一网统管')]));
    await userEvent.click(screen.getByRole('button', { name: /^一、2/ }));
    const target = scroll.mock.contexts.at(-1) as HTMLElement;
    expect(target.tagName).toBe('P');
    expect(target.textContent).toBe(entry(2, '一网统管'));
  });
});

describe('reader keyboard', () => {
  it('selects a mention with Enter', async () => {
    const onSelectNode = vi.fn();
    renderReader({ onSelectNode });
    screen.getAllByRole('button', { name: '数字经济' })[0]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelectNode).toHaveBeenCalledWith('数字经济');
  });
});
