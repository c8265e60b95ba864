/** Chinese and full-width numerals and the dates written with them (2022年7月27日, 二〇二二年七月二十七日). */

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);

/** Value of a counting numeral (一, 十, 十一, 二十三, 一百零五); null when the string is not one or is 0. */
export function chineseNumeralValue(numeral: string): number | null {
  if (numeral === '') return null;
  let total = 0;
  let pending = 0;
  let lastUnit = Infinity;
  let lastWasDigit = false;
  for (const ch of numeral) {
    const digit = DIGITS.get(ch);
    const unit = UNITS.get(ch);
    if (digit !== undefined) {
      if (lastWasDigit && pending !== 0) return null; // 二二, 一零 are not counting numerals
      pending = digit;
      lastWasDigit = true;
    } else if (unit !== undefined) {
      if (unit >= lastUnit) return null; // 十百, 十十
      let multiplier: number;
      if (lastWasDigit) multiplier = pending;
      else if (total === 0)
        multiplier = 1; // 十一 = 11
      else return null; // 一百十
      if (multiplier === 0) return null; // 零十
      total += multiplier * unit;
      pending = 0;
      lastUnit = unit;
      lastWasDigit = false;
    } else {
      return null;
    }
  }
  const value = total + pending;
  return value > 0 ? value : null;
}

/** Full-width digits ０-９ → ASCII. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

function yearValue(year: string): number | null {
  const ascii = asciiDigits(year);
  if (/^\d{4}$/.test(ascii)) return Number(ascii);
  let value = 0;
  for (const ch of year) {
    const digit = DIGITS.get(ch);
    if (digit === undefined || ch === '两') return null;
    value = value * 10 + digit;
  }
  return year.length === 4 ? value : null;
}

function smallValue(s: string): number | null {
  const ascii = asciiDigits(s);
  return /^\d{1,2}$/.test(ascii) ? Number(ascii) : chineseNumeralValue(s);
}

/** ISO date YYYY-MM-DD for a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE =
  /([0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日/;

/** The first date written as 年月日 in the string, as YYYY-MM-DD, or null. */
export function findDate(s: string): string | null {
  const m = DATE.exec(s);
  if (!m) return null;
  const year = yearValue(m[1] ?? '');
  const month = smallValue(m[2] ?? '');
  const day = smallValue(m[3] ?? '');
  if (year === null || month === null || day === null) return null;
  return isoDate(year, month, day);
}
