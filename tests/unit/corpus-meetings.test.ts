import { describe, expect, it } from 'vitest';
import { findMeetings, sameMeeting, type Meeting } from '../../src/core/corpus/meetings';

const one = (s: string): Meeting => {
  const found = findMeetings(s);
  expect(found, s).toHaveLength(1);
  return found[0]!;
};

describe('meetings named in the text', () => {
  it('reads Party congresses in full, short and national forms', () => {
    expect(one('——在中国共产党浙江省第十五次代表大会上的报告')).toMatchObject({
      body: 'party-congress',
      region: '浙江省',
      scope: null,
      session: 15,
      text: '中国共产党浙江省第十五次代表大会',
    });
    expect(one('关于深入学习贯彻省第十五次党代会精神')).toMatchObject({
      body: 'party-congress',
      region: null,
      scope: '省',
      session: 15,
      text: '省第十五次党代会',
    });
    expect(one('以实际行动迎接党的二十大胜利召开')).toMatchObject({ scope: 'national', session: 20, text: '党的二十大' });
    expect(one('中国共产党第二十次全国代表大会')).toMatchObject({ scope: 'national', session: 20 });
  });

  it('reads plenums and people’s congress sessions, with the region cut from the words before it', () => {
    expect(one('（2022年7月27日中国共产党杭州市第十三届委员会第二次全体会议通过）')).toMatchObject({
      body: 'party-plenum',
      region: '杭州市',
      term: 13,
      session: 2,
    });
    expect(one('——2022年1月20日在广东省第十三届人民代表大会第五次会议上')).toMatchObject({
      body: 'peoples-congress',
      region: '广东省',
      term: 13,
      session: 5,
      text: '广东省第十三届人民代表大会第五次会议',
    });
    expect(one('贯彻十九届六中全会精神')).toMatchObject({ body: 'party-plenum', scope: 'national', term: 19, session: 6 });
    expect(one('省委十五届二次全会')).toMatchObject({ body: 'party-plenum', scope: '省', term: 15, session: 2 });
    expect(one('市六届人大四次会议')).toMatchObject({ body: 'peoples-congress', scope: '市', term: 6, session: 4 });
  });

  it('finds nothing in ordinary text and in near misses', () => {
    expect(findMeetings('召开第一次党代会，这是第二次会议。代表大会期间，人大代表提出建议。')).toEqual([]);
    expect(findMeetings('')).toEqual([]);
  });

  it('matches an implied region to a held meeting of its level, never across numbers or bodies', () => {
    const held = one('中国共产党浙江省第十五次代表大会');
    expect(sameMeeting(one('省第十五次党代会'), held)).toBe(true);
    expect(sameMeeting(one('浙江省第十五次党代会'), held)).toBe(true);
    expect(sameMeeting(one('市第十五次党代会'), held)).toBe(false);
    expect(sameMeeting(one('省第十四次党代会'), held)).toBe(false);
    expect(sameMeeting(one('江苏省第十五次党代会'), held)).toBe(false);
    expect(sameMeeting(one('党的十五大'), held)).toBe(false);
    expect(sameMeeting(one('省委十五届二次全会'), held)).toBe(false);
    expect(sameMeeting(one('省第十五次党代会'), held, () => false)).toBe(false);
  });
});
