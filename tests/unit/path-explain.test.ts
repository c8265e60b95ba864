import { describe, expect, it } from 'vitest';
import { activeFilters, explainNoPath } from '../../src/core/explorer/path-explain';
import { DEFAULT_VIEW_STATE } from '../../src/core/explorer/view-state';
import { GraphDataSchema, type GraphData } from '../../src/core/pipeline/schema';
import fixture from '../fixtures/h8-graph.json';

// h8: 14 concepts. 八八战略 … 枫桥经验 (c01–c12) are joined by links; 最多跑一次 (c13, alone in 二（三）)
// and 清廉杭州 (c14, alone in 三's lead-in) have none.
const data: GraphData = GraphDataSchema.parse(fixture);
const idOf = (label: string) => data.nodes.find((n) => n.label === label)!.id;
const none = DEFAULT_VIEW_STATE;

describe('explainNoPath', () => {
  it('is null when a path exists or an id is unknown', () => {
    expect(explainNoPath(data, none, idOf('枫桥经验'), idOf('亚运会'))).toBeNull();
    expect(explainNoPath(data, none, idOf('枫桥经验'), 'nobody')).toBeNull();
  });

  it('with no filter set: the two groups of the document and the sections each lives in', () => {
    const gap = explainNoPath(data, none, idOf('枫桥经验'), idOf('清廉杭州'));
    expect(gap).toEqual({
      kind: 'apart',
      from: {
        nodes: ['c12', 'c01', 'c02', 'c03', 'c04', 'c05', 'c06', 'c07', 'c08', 'c09', 'c10', 'c11'],
        sections: ['preamble', 'p1-intro', 'p1-s1', 'p1-s2', 'p2-s1', 'p2-s2', 'closing'],
      },
      to: { nodes: ['c14'], sections: ['p3-intro'] },
      groupCount: 3,
    });
    expect(activeFilters(none)).toEqual([]);
  });

  it('apart in the document stays apart whatever the filters', () => {
    const gap = explainNoPath(data, { ...none, minWeight: 2 }, idOf('最多跑一次'), idOf('清廉杭州'));
    expect(gap).toMatchObject({ kind: 'apart', from: { nodes: ['c13'], sections: ['p2-s3'] } });
  });

  it('same-sentence links only: names each link of the chain the filter hides', () => {
    const filters = { ...none, sameSentence: true };
    const gap = explainNoPath(data, filters, idOf('枫桥经验'), idOf('五水共治'));
    expect(gap).toEqual({
      kind: 'filtered',
      path: expect.objectContaining({ nodes: ['c12', 'c01', 'c11', 'c08'] }),
      hiddenConcepts: [],
      // 八八战略–大运河 and 大运河–五水共治 stand in neighbouring sentences, never in one.
      hiddenLinks: [
        { id: 'c01--c11', reasons: ['sameSentence'] },
        { id: 'c08--c11', reasons: ['sameSentence'] },
      ],
      minWeight: 1,
    });
    expect(activeFilters(filters)).toEqual(['sameSentence']);
  });

  it('minimum shared sections: the links below it', () => {
    const gap = explainNoPath(data, { ...none, minWeight: 2 }, idOf('枫桥经验'), idOf('亚运会'));
    expect(gap).toMatchObject({
      kind: 'filtered',
      path: { nodes: ['c12', 'c01', 'c03', 'c07'] },
      hiddenConcepts: [],
      hiddenLinks: [
        { id: 'c01--c12', reasons: ['minWeight'] },
        { id: 'c03--c07', reasons: ['minWeight'] },
      ],
    });
  });

  it('a hidden theme in the middle of the chain: the concept and its links', () => {
    const gap = explainNoPath(
      data,
      { ...none, hiddenThemes: ['development'] },
      idOf('枫桥经验'),
      idOf('五水共治'),
    );
    expect(gap).toMatchObject({
      kind: 'filtered',
      hiddenConcepts: [{ id: 'c01', reason: 'theme', theme: 'development' }],
      hiddenLinks: [
        { id: 'c01--c12', reasons: ['theme'] },
        { id: 'c01--c11', reasons: ['theme'] },
      ],
    });
  });

  it('a hidden endpoint: its theme, or hidden as isolated', () => {
    expect(
      explainNoPath(data, { ...none, hiddenThemes: ['ecology'] }, idOf('枫桥经验'), idOf('五水共治')),
    ).toEqual({
      kind: 'endpoint',
      hidden: [{ id: 'c08', reason: 'theme', theme: 'ecology' }],
    });
    const isolated = { ...none, minWeight: 2, hideIsolated: true };
    expect(explainNoPath(data, isolated, idOf('枫桥经验'), idOf('八八战略'))).toEqual({
      kind: 'endpoint',
      hidden: [{ id: 'c12', reason: 'isolated', theme: 'governance' }],
    });
    expect(activeFilters(isolated)).toEqual(['minWeight', 'hideIsolated']);
  });
});
