/**
 * What a document says about itself, read from its own text: its kind (resolution, congress report, work
 * report, plan), its issuer (中共杭州市委, 广东省人民政府), the meeting it was adopted or delivered at, and the
 * meetings its title or preamble says it carries out (深入学习贯彻省第十五次党代会精神).
 */
import { splitSentences } from '../pipeline/parse/sentences';
import type { GraphData } from '../pipeline/schema';
import { findMeetings, regionName, type Meeting } from './meetings';
import type { DocumentKind, Evidence, Issuer } from './schema';

export interface NamedMeeting {
  meeting: Meeting;
  /** The title or preamble sentence that names it, offsets into the document's text. */
  evidence: Evidence;
}

export interface DocumentProfile {
  id: string;
  kind: DocumentKind;
  issuer: Issuer | null;
  /** The meeting the document was adopted or delivered at, with the header line that says so. */
  heldAt: NamedMeeting | null;
  /** Meetings the title or preamble carries out (学习贯彻…精神, 落实…部署), in text order. */
  carriesOut: NamedMeeting[];
  /** The title and header lines, for evidence of relations that rest on them. */
  titleEvidence: Evidence | null;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** A header line that dates the document or names its meeting: （2022年7月27日…通过）, ——在…上的报告. */
const META_LINE = /^[（(—–―-]/;
/** Carrying out: a verb before the meeting's name in the same sentence, or 精神/部署 right after it. */
const CARRY_VERB = /(?:学习|贯彻|落实|践行|执行|遵循|领会)/;
const CARRY_AFTER = /^[^，。；,;]{0,4}(?:精神|决策部署|部署|要求)/;

function lines(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let s = from;
  for (let i = from; i <= to; i++) {
    if (i === to || text[i] === '\n') {
      const raw = text.slice(s, i);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (body) out.push({ start: s + lead, end: s + lead + body.length, text: body });
      s = i + 1;
    }
  }
  return out;
}

function headerLines(data: GraphData): Line[] {
  const first = data.sections.reduce((m, s) => Math.min(m, s.start), data.document.text.length);
  return lines(data.document.text, 0, first);
}

function carries(sentence: string, m: Meeting, offsetInSentence: number): boolean {
  return CARRY_VERB.test(sentence.slice(0, offsetInSentence)) || CARRY_AFTER.test(sentence.slice(offsetInSentence + m.text.length));
}

function evidence(data: GraphData, start: number, end: number, address: string): Evidence {
  return { document: data.document.id, start, end, text: data.document.text.slice(start, end), address };
}

/** Meetings named in the title lines and the preamble, in a carrying-out frame. */
function carriedOut(data: GraphData, header: Line[]): NamedMeeting[] {
  const out: NamedMeeting[] = [];
  const titleLines = header.filter((l) => !META_LINE.test(l.text));
  if (titleLines.length > 0) {
    // Titles break anywhere (关于深入学习贯彻\n省第十五次党代会精神): read the lines joined.
    const joined = titleLines.map((l) => l.text).join('');
    const first = titleLines[0] as Line;
    const last = titleLines[titleLines.length - 1] as Line;
    for (const m of findMeetings(joined))
      if (carries(joined, m, m.start)) out.push({ meeting: m, evidence: evidence(data, first.start, last.end, '标题') });
  }
  const preamble = data.sections.filter((s) => s.kind === 'preamble');
  for (const sentence of splitSentences(data.document.text, preamble)) {
    const text = data.document.text.slice(sentence.start, sentence.end);
    const section = preamble.find((s) => s.id === sentence.section);
    for (const m of findMeetings(text))
      if (carries(text, m, m.start))
        out.push({ meeting: m, evidence: evidence(data, sentence.start, sentence.end, section?.address ?? '序言') });
  }
  return out;
}

function heldAt(data: GraphData, header: Line[]): NamedMeeting | null {
  for (const l of header) {
    if (!META_LINE.test(l.text)) continue;
    const m = findMeetings(l.text)[0];
    if (m) return { meeting: m, evidence: evidence(data, l.start, l.end, '标题') };
  }
  return null;
}

function kindOf(title: string, header: string, opening: string, held: Meeting | null): DocumentKind {
  if (/决议|决定/.test(title)) return 'resolution';
  if (/政府工作报告/.test(title + header) || /人民政府[，,]?向大会报告工作/.test(opening)) return 'work-report';
  if (held?.body === 'party-congress' && /报告/.test(header + opening)) return 'congress-report';
  if (/规划|纲要|建议/.test(title)) return 'plan';
  return 'other';
}

const REGION = '([\\u4e00-\\u9fff]{1,8}?(?:自治区|省|市|自治州|州|县|区|旗))';
const PARTY_TITLE = new RegExp(`^(?:中共|中国共产党)${REGION}(?:第[^届]{1,4}届)?委(?:员会)?`);
const PARTY_SPEAKER = new RegExp(`代表(?:中共|中国共产党)${REGION}(?:第[^届]{1,4}届)?委(?:员会)?`);
const GOVERNMENT_SPEAKER = /代表([\u4e00-\u9fff]{0,8}?)(?:省|市|县|区|自治区)?人民政府/;
const GOVERNMENT_TITLE = new RegExp(`${REGION}(?:人民)?政府工作报告`);

function partyLabel(region: string): string {
  return `中共${region}委`;
}

function issuerOf(data: GraphData, kind: DocumentKind, held: Meeting | null, header: string, opening: string): Issuer | null {
  const title = data.document.title;
  const party = PARTY_TITLE.exec(title) ?? PARTY_SPEAKER.exec(opening) ?? PARTY_TITLE.exec(header.replace(/^[（(]?[0-9０-９年月日\s]*/, ''));
  const partyRegion = party?.[1] ? regionName(party[1]) : null;
  if (partyRegion) return { label: partyLabel(partyRegion), region: partyRegion, body: 'party-committee' };
  if (kind === 'work-report' || GOVERNMENT_SPEAKER.test(opening)) {
    const fromTitle = GOVERNMENT_TITLE.exec(title)?.[1];
    const region = (fromTitle ? regionName(fromTitle) : null) ?? (held?.body === 'peoples-congress' ? held.region : null);
    if (region) return { label: `${region}人民政府`, region, body: 'government' };
  }
  if (held?.body === 'party-plenum' && held.region)
    return { label: partyLabel(held.region), region: held.region, body: 'party-committee' };
  return null;
}

export function profileDocument(data: GraphData): DocumentProfile {
  const header = headerLines(data);
  const headerText = header.map((l) => l.text).join('\n');
  const preamble = data.sections.find((s) => s.kind === 'preamble');
  const opening = preamble ? data.document.text.slice(preamble.start, Math.min(preamble.end, preamble.start + 400)) : '';
  const held = heldAt(data, header);
  const kind = kindOf(data.document.title, headerText, opening, held?.meeting ?? null);
  const titleLines = header.filter((l) => !META_LINE.test(l.text));
  const t0 = titleLines[0];
  const t1 = titleLines[titleLines.length - 1];
  return {
    id: data.document.id,
    kind,
    issuer: issuerOf(data, kind, held?.meeting ?? null, headerText, opening),
    heldAt: held,
    carriesOut: carriedOut(data, header),
    titleEvidence: t0 && t1 ? evidence(data, t0.start, t1.end, '标题') : null,
  };
}
