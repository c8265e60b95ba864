/**
 * A large synthetic resolution in the genre of the bundled document, for the benchmark and the scale test:
 * title, adoption line, preamble, parts 一、… with lead-ins, subsections （一）… whose sentences name 2–4
 * quoted initiatives (“数字乡村提升工程”) each, names repeated across subsections, closing, source line.
 * Seeded, so the same options always give the same text.
 */

export interface BigDocOptions {
  /** PRNG seed (default 20220727). */
  seed?: number;
  /** Number of parts 一、二、… (default 10). */
  parts?: number;
  /** Subsections per part (default 50, so 500 in all). */
  subsectionsPerPart?: number;
  /** Distinct quoted names (default 5000). */
  names?: number;
  /** Names already used elsewhere mentioned again in each subsection (default 5). */
  repeats?: number;
}

export interface BigDoc {
  text: string;
  /** Every distinct quoted name, in order of first use. */
  names: string[];
  subsections: number;
}

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 14 → 十四, 40 → 四十, 99 → 九十九, 100 → 一百. */
export function chineseNumeral(n: number): string {
  if (n >= 100)
    return `${DIGITS[Math.floor(n / 100)]}百${n % 100 === 0 ? '' : n % 100 < 10 ? `零${DIGITS[n % 10]}` : chineseNumeral(n % 100)}`;
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

const PREFIX = [
  '数字',
  '智慧',
  '绿色',
  '共富',
  '城乡',
  '创新',
  '品质',
  '文化',
  '生态',
  '未来',
  '海外',
  '人才',
  '清廉',
  '平安',
  '美丽',
  '健康',
  '开放',
  '融合',
  '双碳',
  '亲清',
  '阳光',
  '枫桥',
  '西湖',
  '钱塘',
  '运河',
  '之江',
  '湾区',
  '山区',
  '千村',
  '万企',
  '百县',
  '千人',
  '红色',
  '金色',
  '青春',
  '银发',
  '乡贤',
  '工匠',
  '链长',
  '揭榜',
];
const MIDDLE = [
  '社区',
  '乡村',
  '工厂',
  '园区',
  '河湖',
  '交通',
  '健康',
  '教育',
  '产业',
  '港口',
  '街区',
  '集市',
  '家园',
  '驿站',
  '农场',
  '书房',
  '客厅',
  '车间',
  '实验',
  '走廊',
  '廊道',
  '小镇',
  '片区',
  '海岸',
  '山林',
  '数据',
  '算力',
  '基金',
  '服务',
  '治理',
  '养老',
  '托育',
  '文旅',
  '体育',
  '医疗',
  '就业',
  '住房',
  '安居',
  '帮扶',
  '结对',
];
const SUFFIX = [
  '工程',
  '行动',
  '计划',
  '平台',
  '示范区',
  '改革',
  '机制',
  '专项',
  '提升行动',
  '攻坚战',
  '建设年',
  '先行区',
  '共同体',
  '标志性成果',
  '试点',
];
const VERBS = [
  '深入实施',
  '扎实推进',
  '加快建设',
  '全面推广',
  '持续深化',
  '迭代升级',
  '谋划实施',
  '高标准打造',
];
const LINKS = ['和', '、', '与', '以及'];
const TAILS = [
  '，推动形成一批可复制可推广的经验。',
  '，加快补齐短板弱项。',
  '，切实增强群众获得感幸福感安全感。',
  '，努力打造具有辨识度的标志性成果。',
  '，确保各项任务落地见效。',
  '，为高质量发展提供有力支撑。',
];
const HEADINGS = [
  '着力推进高质量发展',
  '全面深化改革开放',
  '加快建设共同富裕示范区',
  '持续提升城市能级',
  '奋力打造文化高地',
  '扎实推进生态文明建设',
  '统筹发展和安全',
  '全面加强党的建设',
];

/** Builds the document; about 400 KB of UTF-8 with the defaults. */
export function makeBigDocument(options: BigDocOptions = {}): BigDoc {
  const random = rng(options.seed ?? 20220727);
  const parts = options.parts ?? 10;
  const perPart = options.subsectionsPerPart ?? 50;
  const wanted = options.names ?? 5000;
  const repeats = options.repeats ?? 5;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

  const pool = new Set<string>();
  while (pool.size < wanted) pool.add(pick(PREFIX) + pick(MIDDLE) + pick(SUFFIX));
  const fresh = [...pool];
  const used: string[] = [];
  const subsections = parts * perPart;
  const newPerSubsection = Math.ceil(wanted / subsections);

  const sentence = (names: string[]): string => {
    let s = pick(VERBS);
    names.forEach((n, i) => {
      s += (i === 0 ? '' : i === names.length - 1 ? pick(LINKS.slice(0, 2)) : '、') + `“${n}”`;
    });
    return s + pick(TAILS);
  };

  const lines: string[] = [
    '中共某某市委关于深入学习贯彻',
    '省第十五次党代会精神',
    '奋力推进高质量发展的',
    '决议',
    '（2022年7月27日中国共产党某某市第十三届委员会第二次全体会议通过）',
    '',
    '中国共产党某某市第十三届委员会第二次全体会议，深入学习贯彻省第十五次党代会精神，紧密结合本市实际，形成如下决议。',
  ];
  for (let p = 1; p <= parts; p++) {
    lines.push(`${chineseNumeral(p)}、${pick(HEADINGS)}，奋力推进各项重点任务落地见效`);
    lines.push('全市上下要深刻把握新形势新任务新要求，坚持系统观念，统筹推进各项工作。');
    for (let s = 1; s <= perPart; s++) {
      const mine = fresh.splice(0, newPerSubsection);
      const mentions = [...mine];
      // Repeated mentions: names already used elsewhere, and a second mention of this subsection's own.
      for (let r = 0; r < repeats && used.length + mine.length > 0; r++) {
        const from = used.length > 0 && random() < 0.6 ? used : mine.length > 0 ? mine : used;
        mentions.push(pick(from));
      }
      used.push(...mine);
      for (let k = mentions.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [mentions[k], mentions[j]] = [mentions[j]!, mentions[k]!];
      }
      const body: string[] = [];
      let i = 0;
      while (i < mentions.length) {
        const n = Math.min(mentions.length - i, 2 + Math.floor(random() * 3));
        const group = [...new Set(mentions.slice(i, i + n))];
        body.push(sentence(group));
        i += n;
      }
      // A closing sentence of ordinary prose, as real subsections have, names nothing.
      body.push('要坚持问题导向，压实工作责任，加强督查考核，确保各项任务落地见效。');
      lines.push(`（${chineseNumeral(s)}）${pick(HEADINGS)}。${body.join('')}`);
    }
  }
  lines.push(
    '市委号召，全市各级党组织和广大党员干部要更加紧密地团结在以习近平同志为核心的党中央周围，锐意进取、苦干实干。',
  );
  lines.push('（摘自《某某日报》2022年8月3日）');
  return { text: lines.join('\n') + '\n', names: used, subsections };
}
