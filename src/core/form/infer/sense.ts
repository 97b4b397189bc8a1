/**
 * What a row's label says, for inferring relations: the thing it counts (hồ sơ, thủ tục, người …), its content words,
 * and facets read with small lexicons of the wording officers use: where a dossier or task is in its course (tiếp nhận
 * → đã giải quyết → đúng hạn / quá hạn; được giao → đã hoàn thành; phát hiện → đã xử lý; đủ điều kiện → đang cung cấp
 * → có phát sinh hồ sơ), the channel, the level, the online-service level, and the words that warn a part may exceed
 * its whole (có mặt, lượt, thu ngân sách, so với).
 */
import { facetValues, matchText, type Lexicon } from "../../narrative/text";
import { normalizeVietnamese } from "../../vn/normalize";

export type Dim = "flow" | "plan" | "found" | "offer" | "channel" | "level" | "service" | "sex";

export const LEXICONS: Record<Dim, Lexicon> = {
  flow: {
    received: ["tiếp nhận", "đã tiếp nhận", "phải giải quyết", "cần giải quyết", "thụ lý", "nhận được", "đã nhận"],
    resolved: [
      "đã giải quyết",
      "giải quyết xong",
      "đã giải quyết xong",
      "đã trả kết quả",
      "trả kết quả",
      "giải quyết",
      "được giải quyết",
      "đã xử lý",
      "xử lý xong",
      "đã được xử lý",
      "xử lý",
    ],
    // "Trước hạn" and "đúng hạn" are two rows of many 2025 forms; "trước và đúng hạn" one row of both.
    early: ["trước hạn", "sớm hạn"],
    ontime: ["đúng hạn", "trước và đúng hạn", "đúng thời hạn", "trong hạn", "còn hạn"],
    late: ["quá hạn", "trễ hạn", "chậm hạn", "trễ hẹn", "chậm trả"],
    pending: ["đang giải quyết", "đang xử lý", "chưa giải quyết", "đang thụ lý", "chưa đến hạn", "chưa xử lý"],
    /** Results of resolved dossiers digitised (số hóa kết quả giải quyết). */
    resultsDigitised: ["số hóa kết quả", "số hóa kết quả giải quyết", "được số hóa kết quả"],
    /**
     * Dossiers digitised at reception (số hóa hồ sơ, thành phần hồ sơ; "hồ sơ được số hóa khi tiếp nhận"): a count
     * of digitised dossiers, not of the dossiers received.
     */
    dossiersDigitised: [
      "số hóa hồ sơ",
      "số hóa thành phần hồ sơ",
      "được số hóa hồ sơ",
      "được số hóa",
      "số hóa khi tiếp nhận",
      "được số hóa khi tiếp nhận",
      "số hóa",
    ],
    "-": [
      "thẩm quyền giải quyết",
      "thuộc thẩm quyền",
      "tiếp nhận và giải quyết",
      "tiếp nhận và trả kết quả",
      "cần phải xử lý",
      "cần xử lý",
      "phải xử lý",
      "kiến nghị xử lý",
    ],
  },
  plan: {
    assigned: ["được giao", "giao", "đề ra", "kế hoạch", "dự toán", "chỉ tiêu", "được phân bổ", "phải thực hiện"],
    done: [
      "đã hoàn thành",
      "hoàn thành",
      "đã thực hiện",
      "thực hiện",
      "đã giải ngân",
      "giải ngân",
      "thực hiện được",
      "đã tuyển dụng",
      "tuyển dụng được",
      "đã tổ chức",
      "đã đào tạo",
    ],
    undone: ["chưa hoàn thành", "chưa thực hiện", "chưa giải ngân"],
    "-": [
      "thực hiện cơ chế",
      "đã thực hiện tiếp nhận",
      "thực hiện tiếp nhận",
      "thực hiện tự chủ",
      "đã thực hiện tự chủ",
    ],
  },
  found: {
    found: ["phát hiện", "cần phải xử lý", "cần xử lý", "phải xử lý", "có kiến nghị xử lý", "kiến nghị xử lý"],
    handled: ["đã xử lý", "xử lý xong", "đã được xử lý", "được xử lý", "đã khắc phục", "khắc phục", "xử lý"],
    "-": ["đang xử lý", "chưa xử lý"],
  },
  offer: {
    eligible: [
      "đủ điều kiện",
      "đủ điều kiện cung cấp",
      "đủ điều kiện được cung cấp",
      "đủ điều kiện cung cấp trực tuyến",
    ],
    provided: ["đang cung cấp", "đã cung cấp", "cung cấp", "được cung cấp"],
    withDossiers: ["có phát sinh hồ sơ", "phát sinh hồ sơ"],
    integrated: ["đã tích hợp", "được tích hợp", "tích hợp"],
    obligation: ["nghĩa vụ tài chính", "phí lệ phí", "có thu phí"],
    payment: ["thanh toán trực tuyến", "thanh toán điện tử", "thanh toán"],
  },
  channel: {
    online: ["trực tuyến", "qua mạng", "môi trường mạng", "dịch vụ công trực tuyến", "nộp trực tuyến"],
    direct: ["trực tiếp", "nộp trực tiếp", "tại bộ phận một cửa"],
    postal: ["bưu chính công ích", "qua bưu điện", "dịch vụ bưu chính", "bưu chính"],
    /** Received wherever the applicant lives (from 2025): a kind of what was received, like a channel. */
    anyPlace: [
      "không phụ thuộc vào địa giới hành chính",
      "không phụ thuộc địa giới hành chính",
      "không phụ thuộc địa giới",
      "phi địa giới",
    ],
    all: [
      "cả trực tiếp bưu chính công ích và trực tuyến",
      "trực tiếp bưu chính công ích và trực tuyến",
      "trực tiếp và trực tuyến",
      "trực tuyến và trực tiếp",
    ],
  },
  level: {
    province: ["cấp tỉnh", "thẩm quyền cấp tỉnh", "ủy ban nhân dân tỉnh giải quyết"],
    district: ["cấp huyện", "thẩm quyền cấp huyện"],
    commune: ["cấp xã", "thẩm quyền cấp xã", "ủy ban nhân dân cấp xã"],
    all: ["cấp huyện và cấp xã", "cấp tỉnh và cấp xã", "cấp tỉnh cấp huyện và cấp xã", "huyện và xã", "tỉnh và xã"],
    "-": ["các cấp", "giữa các cấp", "cùng cấp"],
  },
  service: {
    full: ["toàn trình", "mức độ 4", "mức 4"],
    partial: ["một phần", "mức độ 3", "mức 3"],
    both: [
      "mức độ 3 và 4",
      "mức độ 3 4",
      "mức độ 3 và mức độ 4",
      "toàn trình và một phần",
      "một phần và toàn trình",
      "mức 3 và 4",
    ],
    "-": ["tự chủ một phần", "một phần chi thường xuyên"],
  },
  sex: {
    male: ["nam", "nam giới"],
    female: ["nữ", "nữ giới"],
    "-": ["việt nam", "miền nam", "hà nam", "quảng nam", "nam định", "phương nam"],
  },
};

/** Rank of each value in its course: a part is at a later stage than its whole. */
const RANK: Record<string, number> = {
  received: 1,
  resolved: 2,
  pending: 2,
  ontime: 3,
  early: 3,
  late: 3,
  resultsDigitised: 3,
  dossiersDigitised: 2,
  assigned: 1,
  done: 2,
  undone: 2,
  found: 1,
  handled: 2,
  eligible: 1,
  obligation: 1,
  provided: 2,
  withDossiers: 3,
  integrated: 3,
  payment: 3,
};

/** Whole → part along a course, per dimension: a row at the part's stage counts some of the whole's. */
export const COURSE: Partial<Record<Dim, [whole: string, part: string][]>> = {
  flow: [
    ["received", "resolved"],
    ["received", "pending"],
    ["resolved", "ontime"],
    ["resolved", "early"],
    ["resolved", "late"],
    ["received", "ontime"],
    ["received", "early"],
    ["received", "late"],
    ["resolved", "resultsDigitised"],
    ["received", "dossiersDigitised"],
  ],
  plan: [
    ["assigned", "done"],
    ["assigned", "undone"],
  ],
  found: [["found", "handled"]],
  offer: [
    ["eligible", "provided"],
    ["provided", "withDossiers"],
    ["provided", "integrated"],
    ["eligible", "integrated"],
    ["obligation", "payment"],
    ["obligation", "integrated"],
  ],
};

/** Values of a dimension that together make the whole (the parts divide it). */
export const PARTITIONS: Partial<Record<Dim, string[][]>> = {
  flow: [
    ["ontime", "late"],
    ["early", "ontime", "late"],
    ["resolved", "pending"],
  ],
  plan: [["done", "undone"]],
  channel: [
    ["online", "direct"],
    ["online", "direct", "postal"],
  ],
  level: [
    ["district", "commune"],
    ["province", "commune"],
    ["province", "district", "commune"],
  ],
  service: [["full", "partial"]],
  sex: [["male", "female"]],
};

/** Nouns a count is of, as match text, in the canonical form used to compare rows. */
const NOUNS: [string, string][] = [
  ["lượt người", "lượt"],
  ["lượt", "lượt"],
  ["hồ sơ", "hồ sơ"],
  ["thủ tục hành chính", "thủ tục"],
  ["thủ tục", "thủ tục"],
  ["dịch vụ công", "thủ tục"],
  ["văn bản quy phạm pháp luật", "văn bản"],
  ["văn bản", "văn bản"],
  ["nhiệm vụ", "nhiệm vụ"],
  ["phản ánh kiến nghị", "phản ánh"],
  ["phản ánh", "phản ánh"],
  ["vấn đề", "vấn đề"],
  ["biên chế", "người"],
  ["công chức", "người"],
  ["viên chức", "người"],
  ["cán bộ", "người"],
  ["người", "người"],
  ["đơn vị sự nghiệp", "đơn vị"],
  ["cơ quan đơn vị", "đơn vị"],
  ["đơn vị", "đơn vị"],
  ["cơ quan", "đơn vị"],
  ["phòng", "đơn vị"],
  ["cuộc", "cuộc"],
  ["lớp", "lớp"],
  ["phiếu", "phiếu"],
  ["tài khoản", "tài khoản"],
  ["giao dịch", "giao dịch"],
  ["kết quả", "hồ sơ"],
  ["triệu đồng", "triệu đồng"],
  ["nghìn đồng", "nghìn đồng"],
  ["tỷ đồng", "tỷ đồng"],
  ["đồng", "đồng"],
];

/** Words that say nothing about what is counted. */
const STOP = new Set(
  "số tổng lượng các của được đã và có cả trong đó kỳ báo cáo tại theo về với là cho từ đến này những một".split(" "),
);

export interface Sense {
  /** Match text of the label without the words in brackets. */
  text: string;
  /** Match text of the whole label, brackets included. */
  full: string;
  words: Set<string>;
  noun: string | null;
  /** The words of the noun phrase that says what is counted ("hồ sơ", "thủ tục hành chính"), as written. */
  nounWords: Set<string>;
  facets: Record<Dim, Set<string>>;
  /** Counts visits, not people ("lượt người"): may exceed a headcount. */
  visits: boolean;
  /** Staff or units present now ("có mặt", "hiện có"): may exceed the quota after a merger. */
  present: boolean;
  /** Revenue or collections ("thu ngân sách", "số thu"): may exceed the estimate. */
  revenue: boolean;
  /** "so với …": compared with something (a plan, a past year), maybe not in the table. */
  comparedWith: string | null;
  /**
   * Counts only what was newly received in the period ("mới tiếp nhận", "tiếp nhận trong kỳ"): what was resolved or
   * is pending may include dossiers carried over from the period before, so it is no part of it.
   */
  newOnly: boolean;
  /**
   * Says it counts dossiers carried over from the period before too ("Số hồ sơ đã giải quyết (tính cả hồ sơ kỳ trước
   * chuyển sang)"), in its brackets or not: no part of what was received in the period.
   */
  withCarriedOver: boolean;
  /** Says it is a total ("Tổng số …"). */
  total: boolean;
  /** Says it is a share ("Tỷ lệ …"). */
  share: boolean;
  /**
   * The whole a share names as its denominator ("… trên tổng số hồ sơ tiếp nhận" → "tổng số hồ sơ tiếp nhận"), as
   * match text, or null. Not a plan or another time ("so với kế hoạch", "so với số được giao", "so với năm 2025").
   */
  namedWhole: string | null;
}

/** "so với" what: the plan or the estimate (held in the table; may be exceeded) or another time (not held). */
export const OTHER_TIME = /(^| )(năm \d{4}|năm trước|cùng kỳ|kỳ trước|đầu nhiệm kỳ|năm \d{2})( |$)/;
export const PLAN = /(^| )(kế hoạch|dự toán|chỉ tiêu|được giao)( |$)/;

/**
 * A share's label split where it names its denominator: "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận",
 * "… so với tổng số …", "… / tổng số …", "… trên số …". `rest` is the label before it (what the numerator is), `whole`
 * the denominator's words. Null when the label names none, or names a plan or another time.
 */
export function namedWholeOf(label: string): { rest: string; whole: string } | null {
  const t = stripBrackets(normalizeVietnamese(label)).toLowerCase().replace(/\s+/g, " ").trim();
  const m = /(?:\s(?:trên|so với)\s+|\s*\/\s*)((?:tổng số|tổng|số)\s+\S.*)$/u.exec(t);
  if (!m || m.index === 0) return null;
  const whole = matchText(m[1]);
  if (PLAN.test(whole) || OTHER_TIME.test(whole)) return null;
  return { rest: t.slice(0, m.index).trim(), whole };
}

const memo = new Map<string, Sense>();

function stripBrackets(s: string): string {
  return s.replace(/\([^)]*\)?/g, " ");
}

export function nounOf(text: string): string | null {
  return nounPhraseOf(text)?.noun ?? null;
}

/** The first noun phrase of a text that says what is counted, and its canonical noun. */
function nounPhraseOf(text: string): { phrase: string; noun: string } | null {
  const t = ` ${text} `;
  let best: { phrase: string; noun: string } | null = null;
  let at = Infinity;
  for (const [phrase, noun] of NOUNS) {
    const i = t.indexOf(` ${phrase} `);
    if (i >= 0 && i < at) {
      at = i;
      best = { phrase, noun };
    }
  }
  return best;
}

/** The canonical noun of a unit as printed ("Hồ sơ", "TTHC", "Lượt người", "Triệu đồng"). */
export function unitNoun(unit: string | null): string | null {
  if (!unit) return null;
  const t = matchText(unit);
  if (!t || t === "%") return null;
  return nounOf(t) ?? t;
}

export function senseOf(label: string, unit: string | null): Sense {
  const key = `${label}\u0000${unit ?? ""}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const full = matchText(label);
  const text = matchText(stripBrackets(label));
  const facets = {} as Record<Dim, Set<string>>;
  for (const d of Object.keys(LEXICONS) as Dim[]) facets[d] = topValues(facetValues(text, LEXICONS[d]));
  const unitText = unit ? matchText(unit) : "";
  const named = /(^| )(tỷ lệ|tỉ lệ)( |$)/.test(text) ? namedWholeOf(label) : null;
  const compared = named ? null : /(?:^| )so với (.+)$/.exec(text);
  const sense: Sense = {
    text,
    full,
    words: new Set(text.split(" ").filter((w) => w && !STOP.has(w))),
    noun: unitNoun(unit) ?? nounOf(text),
    nounWords: new Set(nounPhraseOf(text)?.phrase.split(" ") ?? []),
    facets,
    visits: /(^| )lượt( |$)/.test(unitText) || /(^| )lượt( |$)/.test(text),
    present: /(^| )(có mặt|hiện có|thực tế có|hiện nay)( |$)/.test(text),
    revenue: /(^| )(thu ngân sách|số thu|tổng thu|thu nội địa|thu phí|thu lệ phí|nguồn thu|thu từ)( |$)/.test(text),
    comparedWith: compared ? compared[1] : null,
    newOnly: /(^| )(mới tiếp nhận|tiếp nhận mới|tiếp nhận trong (kỳ|tháng|quý|năm))( |$)/.test(text),
    withCarriedOver:
      /(^| )(cả|kể cả|bao gồm|gồm)( hồ sơ| số)? (kỳ trước|tồn|còn tồn|tồn đọng|năm trước|chuyển sang|chuyển qua)( |$)/.test(
        full,
      ),
    total: /^(tổng số|tổng)( |$)/.test(text),
    share: /^(tỷ lệ|tỉ lệ)( |$)/.test(text) || /(^| )tỷ lệ( |$)/.test(text),
    namedWhole: named ? named.whole : null,
  };
  if (memo.size > 5000) memo.clear();
  memo.set(key, sense);
  return sense;
}

/** Of the values a label names in one dimension, the latest in the course ("phát hiện đã xử lý xong" → handled). */
function topValues(values: Set<string>): Set<string> {
  if (values.size <= 1) return values;
  const ranked = [...values].filter((v) => RANK[v] !== undefined);
  if (ranked.length === 0) return values;
  const max = Math.max(...ranked.map((v) => RANK[v]));
  return new Set([...values].filter((v) => RANK[v] === undefined || RANK[v] === max));
}

export interface CourseStep {
  dim: Dim;
  whole: string;
  part: string;
  /** The part's stage follows the whole's directly (đã giải quyết → đúng hạn, not tiếp nhận → đúng hạn). */
  direct: boolean;
}

/** The dimension and values where `part` is at a later stage of the same course than `whole`, or null. */
export function courseStep(whole: Sense, part: Sense): CourseStep | null {
  let found: CourseStep | null = null;
  for (const [dim, steps] of Object.entries(COURSE) as [Dim, [string, string][]][]) {
    for (const [w, p] of steps) {
      if (!whole.facets[dim].has(w) || !part.facets[dim].has(p) || part.facets[dim].has(w)) continue;
      // What was resolved or is pending may include dossiers carried over: no part of those newly received. What
      // was digitised at reception is.
      if (dim === "flow" && w === "received" && (whole.newOnly || part.withCarriedOver) && p !== "dossiersDigitised")
        continue;
      const direct = RANK[p] - RANK[w] === 1;
      if (!found || (direct && !found.direct)) found = { dim, whole: w, part: p, direct };
    }
  }
  return found;
}

/** The first stage of each course: a row there counts a whole (what was received, assigned, found, eligible). */
const WHOLE_STAGES = new Set(["received", "assigned", "found", "eligible", "obligation"]);

/**
 * True when `part`'s content words hold all of `whole`'s and more: the part narrows the whole down. Not when the
 * extra words name a whole of their own ("Chỉ tiêu tuyển dụng được giao" is no part of "Số viên chức tuyển dụng").
 */
export function narrows(whole: Sense, part: Sense): boolean {
  if (whole.words.size === 0 || part.words.size <= whole.words.size) return false;
  for (const w of whole.words) if (!part.words.has(w)) return false;
  for (const dim of Object.keys(COURSE) as Dim[])
    for (const v of part.facets[dim]) if (WHOLE_STAGES.has(v) && !whole.facets[dim].has(v)) return false;
  return true;
}

/** Same thing counted (same noun, or one side does not say) and the same kind of quantity. */
export function sameNoun(a: Sense, b: Sense): boolean {
  if (a.noun === null || b.noun === null) return true;
  return a.noun === b.noun;
}

/** The words of a label that gave it this value (the longest trigger phrase found), for evidence. */
export function phraseOf(sense: Sense, dim: Dim, value: string): string {
  const phrases = [...(LEXICONS[dim][value] ?? [])].map(matchText).sort((a, b) => b.length - a.length);
  for (const p of phrases) if (` ${sense.text} `.includes(` ${p} `)) return p;
  return value;
}

/** Dimensions that split a whole into kinds of it (a channel, a level, a service level, a sex). */
const SPLIT_DIMS: Dim[] = ["channel", "level", "service", "sex"];
const WIDE = new Set(["all", "both"]);

/** The dimension in which `part` names one kind of what `whole` counts in all its kinds (trực tuyến of all dossiers). */
export function refinement(whole: Sense, part: Sense): { dim: Dim; value: string } | null {
  for (const dim of SPLIT_DIMS) {
    const w = whole.facets[dim];
    const p = [...part.facets[dim]].filter((v) => !WIDE.has(v));
    if (p.length !== 1 || part.facets[dim].size !== 1) continue;
    if (w.size === 0 || [...w].every((v) => WIDE.has(v))) return { dim, value: p[0] };
  }
  return null;
}

/**
 * True when `whole` counts one kind only (trực tuyến, cấp xã, không phụ thuộc địa giới hành chính …) that `part` does
 * not say it is of: "Số hồ sơ đã giải quyết" is no part of "Số hồ sơ tiếp nhận không phụ thuộc vào địa giới hành
 * chính", nor of "Tiếp nhận trực tuyến".
 */
export function narrowerKind(whole: Sense, part: Sense): boolean {
  return SPLIT_DIMS.some((dim) => [...whole.facets[dim]].some((v) => !WIDE.has(v) && !part.facets[dim].has(v)));
}

/**
 * What was done of a plan stays within it only for tasks (a task done is one of the tasks set) and for capital
 * disbursed (the plan is a ceiling). Training, recruitment, revenue and most other plans can be exceeded.
 */
export function planIsCeiling(...senses: Sense[]): boolean {
  return senses.some(
    (s) => s.noun === "nhiệm vụ" || /(^| )(giải ngân|vốn đầu tư|vốn đầu tư công|kế hoạch vốn)( |$)/.test(s.text),
  );
}

/** The words that name a level ("cấp xã", "thẩm quyền cấp tỉnh"): dropped where the level is the form's own scope. */
const LEVEL_WORDS = new Set(["cấp", "tỉnh", "huyện", "xã", "phường", "thị", "trấn"]);

/** Words at the end of a label that say whose or where, not what: "… của xã", "… phường", "… trên địa bàn". */
const WHERE_TAIL = /(?: (?:của|toàn|thuộc|trên địa bàn))? (?:xã|phường|thị trấn|đặc khu|huyện|tỉnh|sở)$| trên địa bàn$/;

/**
 * The sense of a main row without what only says the form's own scope: the level where no other level appears in
 * the form ("Tổng số cán bộ, công chức cấp xã" in a commune's form counts every officer the table speaks of, and
 * "Số cán bộ, công chức có trình độ đại học" is some of them), and a closing "… của xã", "… phường", "… trên địa bàn".
 */
export function withoutScope(sense: Sense, levelIsScope: boolean): Sense {
  const dropped = new Set<string>();
  if (levelIsScope)
    for (const v of sense.facets.level)
      for (const w of phraseOf(sense, "level", v).split(" ")) if (LEVEL_WORDS.has(w)) dropped.add(w);
  const tail = WHERE_TAIL.exec(sense.text);
  if (tail && (levelIsScope || sense.facets.level.size === 0))
    for (const w of tail[0].trim().split(" ")) dropped.add(w);
  const words = new Set([...sense.words].filter((w) => !dropped.has(w)));
  if (dropped.size === 0 || words.size === 0) return sense;
  return { ...sense, words, facets: levelIsScope ? { ...sense.facets, level: new Set() } : sense.facets };
}
