import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchBox } from '../../src/app/search/SearchBox';
import { GraphDataSchema, type GraphData } from '../../src/core/pipeline/schema';
import fixture from '../fixtures/h8-graph.json';

const data: GraphData = GraphDataSchema.parse(fixture);
afterEach(cleanup);
const idOf = (label: string) => data.nodes.find((n) => n.label === label)!.id;

function setup(lang: 'zh' | 'en' = 'en') {
  const onChoose = vi.fn();
  const user = userEvent.setup();
  render(<SearchBox data={data} lang={lang} onChoose={onChoose} />);
  return { onChoose, user };
}

describe('SearchBox', () => {
  it('is a collapsed combobox named in the UI language', () => {
    setup('zh');
    const box = screen.getByRole('combobox', { name: '搜索概念' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveAttribute('aria-controls');
    // A short placeholder that fits; what can be typed is the description (and the tooltip).
    expect(box).toHaveAttribute('placeholder', '搜索概念…');
    expect(box).toHaveAccessibleDescription('名称、拼音、首字母或英文');
    expect(box).toHaveAttribute('title', '名称、拼音、首字母或英文');
    cleanup();
    setup('en');
    const en = screen.getByRole('combobox', { name: 'Search concepts' });
    expect(en).toHaveAttribute('placeholder', 'Search concepts…');
    expect(en).toHaveAccessibleDescription('Name, pinyin, initials or English');
  });

  it('lists matches for pinyin initials with a matched-on hint, and chooses with Enter', async () => {
    const { onChoose, user } = setup();
    const box = screen.getByRole('combobox', { name: 'Search concepts' });
    await user.type(box, 'fqjy');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('listbox');
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    const options = within(list).getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('枫桥经验');
    expect(options[0]).toHaveTextContent('Fengqiao Experience');
    expect(options[0]).toHaveTextContent('initials: fqjy');
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledWith(idOf('枫桥经验'));
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue('枫桥经验');
  });

  it('moves the active option with the arrow keys and wraps around', async () => {
    const { onChoose, user } = setup();
    const box = screen.getByRole('combobox', { name: 'Search concepts' });
    await user.type(box, '大');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('大运河'),
      expect.stringContaining('城西科创大走廊'),
    ]);
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose).toHaveBeenCalledWith(idOf('城西科创大走廊'));
  });

  it('closes with Escape without choosing, and clears with a second Escape', async () => {
    const { onChoose, user } = setup();
    const box = screen.getByRole('combobox', { name: 'Search concepts' });
    await user.type(box, 'canal');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).toBeNull();
    expect(box).toHaveValue('canal');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(onChoose).not.toHaveBeenCalled();
    // ArrowDown reopens after typing again
    await user.type(box, 'canal');
    await user.keyboard('{Escape}{ArrowDown}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: /大运河/ }).id);
  });

  it('chooses an option on click', async () => {
    const { onChoose, user } = setup();
    await user.type(screen.getByRole('combobox', { name: 'Search concepts' }), 'fengqiao');
    await user.click(screen.getByRole('option', { name: /枫桥经验/ }));
    expect(onChoose).toHaveBeenCalledWith(idOf('枫桥经验'));
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('says so when nothing matches', async () => {
    const { user } = setup('zh');
    const box = screen.getByRole('combobox', { name: '搜索概念' });
    await user.type(box, 'xyzzy');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('没有匹配的概念');
    await user.clear(box);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
