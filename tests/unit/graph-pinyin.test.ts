import { describe, expect, it } from 'vitest';
import { pinyinInitials, pinyinKey, toPinyin } from '../../src/core/pipeline/graph/pinyin';

describe('pinyin', () => {
  it('gives tone-marked syllables separated by spaces', () => {
    expect(toPinyin('枫桥经验')).toBe('fēng qiáo jīng yàn');
    expect(toPinyin('八八战略')).toBe('bā bā zhàn lüè');
  });

  it('keeps punctuation attached as in the label', () => {
    expect(toPinyin('“最美”群像选树计划')).toBe('“zuì měi” qún xiàng xuǎn shù jì huà');
    expect(toPinyin('县乡一体、条抓块统')).toBe('xiàn xiāng yì tǐ、 tiáo zhuā kuài tǒng');
    expect(toPinyin('河（湖）长制')).toBe('hé （hú） zhǎng zhì');
  });

  it('reads polyphones in context', () => {
    expect(toPinyin('重庆').split(' ')[0]).toBe('chóng');
    expect(toPinyin('河长制')).toBe('hé zhǎng zhì');
    expect(toPinyin('林长制')).toBe('lín zhǎng zhì');
    expect(toPinyin('长期')).toBe('cháng qī');
  });

  it('gives the search keys: toneless full pinyin without spaces, and initials', () => {
    expect(pinyinKey('枫桥经验')).toBe('fengqiaojingyan');
    expect(pinyinInitials('枫桥经验')).toBe('fqjy');
    expect(pinyinKey('两个先行')).toBe('lianggexianxing');
    expect(pinyinInitials('两个先行')).toBe('lgxx');
  });

  it('keeps non-CJK characters as they are and drops CJK punctuation from the keys', () => {
    expect(toPinyin('城市大脑2.0')).toBe('chéng shì dà nǎo 2.0');
    expect(pinyinKey('城市大脑2.0')).toBe('chengshidanao2.0');
    expect(pinyinInitials('城市大脑2.0')).toBe('csdn2.0');
    expect(pinyinKey('1612+N体系')).toBe('1612+Ntixi');
    expect(pinyinInitials('PM2.5')).toBe('PM2.5');
    expect(pinyinKey('“诗路文化·三江两岸”')).toBe('shiluwenhuasanjiangliangan');
    expect(pinyinInitials('河（湖）长制')).toBe('hhzz');
  });
});
