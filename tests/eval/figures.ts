/**
 * What the evaluation calls a figure: a node label that carries a measured quantity instead of naming
 * something. Independent of the extractor's own rules, so the evaluation checks them rather than repeats them.
 *   - a decimal number whose fraction is not 0: 五年年均增长6.7, 城乡居民收入比缩小至2.21
 *     (a version, 城市大脑2.0 or 数字化改革3.0, is a name);
 *   - an Arabic number followed by a unit or counting word: 10个概念验证中心, 增长8%, 642亿元;
 *   - an Arabic number right after a verb of change or measure: 达到79, 增长6, 突破1.
 * A package of measures named by its count (“20条”) is a name.
 */
const DECIMAL = /[0-9０-９]+[.．][0-9０-９]+/g;
const UNIT_AFTER =
  /[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:个|家|项|座|所|条|批|户|处|万|亿|元|%|％|倍|吨|亩|公里|千米|人次|余)/;
const MEASURE_BEFORE =
  /(?:增长|增加|下降|减少|达到|达|至|超过|突破|提高|提升|降低|增至|降至|累计|新增|净增|完成|实现|超|近|约|共)[0-9０-９]/;

/** A numbered package of measures (“20条”, 稳增长“21”条) names a policy, it does not measure anything. */
const PACKAGE = /^[0-9０-９]+条$/;

export function isFigure(label: string): boolean {
  if (PACKAGE.test(label)) return false;
  for (const m of label.matchAll(DECIMAL)) {
    const fraction = m[0].split(/[.．]/)[1] ?? '';
    if (!/^[0０]+$/.test(fraction)) return true;
  }
  return UNIT_AFTER.test(label) || MEASURE_BEFORE.test(label);
}
