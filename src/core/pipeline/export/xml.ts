/** Minimal XML text helpers shared by the GEXF and GraphML writers (XML 1.0, UTF-8). */

/** Characters XML 1.0 forbids anywhere (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
const ILLEGAL_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes characters that cannot appear in an XML 1.0 document. */
export function stripIllegalXml(value: string): string {
  return value.replace(ILLEGAL_XML, '');
}

/** Anything that needs escaping or stripping; most values (ids, Chinese labels) contain none of it. */
const NEEDS_TEXT_WORK = /[&<>]|[^\t\n\r\x20-\uD7FF\uE000-\uFFFD]/;
const NEEDS_ATTR_WORK = /[&<>"\t\n\r]|[^\x20-\uD7FF\uE000-\uFFFD]/;

/** Escapes text content (between tags). */
export function xmlText(value: string): string {
  if (!NEEDS_TEXT_WORK.test(value)) return value;
  return stripIllegalXml(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes an attribute value for use inside double quotes. Tab, LF and CR become character
 * references so attribute-value normalisation does not turn them into spaces.
 */
export function xmlAttr(value: string): string {
  if (!NEEDS_ATTR_WORK.test(value)) return value;
  return xmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Formats a number for XML output: finite numbers as JavaScript prints them, anything else as 0. */
export function xmlNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '0';
}

/** An attribute value (without the quotes): strings escaped, numbers formatted. */
export function attrValue(value: string | number): string {
  return typeof value === 'number' ? xmlNumber(value) : xmlAttr(value);
}

/** Parses a #rrggbb colour into its channels; a malformed colour gives mid grey. */
export function hexToRgb(color: string): { r: number; g: number; b: number } {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!m) return { r: 153, g: 153, b: 153 };
  return { r: parseInt(m[1]!, 16), g: parseInt(m[2]!, 16), b: parseInt(m[3]!, 16) };
}
