/**
 * Match a prose figure to the form row it reports, by meaning.
 *
 * Evidence for a row (all from the form data, compared as match text):
 *  - its keywords and the words of its label, weighted by how specific they are (a phrase many rows share, like
 *    "tthc", weighs little; "nhiệm vụ thành phần" weighs a lot), and by where they occur: in the figure's own label
 *    (the words between the previous figure and this one, and the unit phrase after it) they count fully, elsewhere
 *    in the sentence a third, in the paragraph before or the lead-in line a quarter, in the section headings a
 *    quarter;
 *  - the unit written with the figure against the row's unit and proseUnits (a unit the row does not use rules the
 *    row out); for percents, the noun the percent is of ("100% các cơ quan") against the row's subject;
 *  - facets, read with the same lexicons from the figure's context and the row's label and keywords: level
 *    (cấp huyện / cấp xã / toàn huyện), dossier status (tiếp nhận, đã giải quyết, đúng hạn, đang xử lý …), channel
 *    (trực tuyến), progress (được giao, đã hoàn thành, có mặt, tinh giản …), what was done to documents (ban hành,
 *    kiểm tra, rà soát, thẩm định), staff (công chức, viên chức, cán bộ, lãnh đạo), service level (mức độ 3 / 4),
 *    money (thu ngân sách vs giải ngân vốn đầu tư). Values that contradict rule the row out; agreeing values add;
 *    a level-qualified figure ("cấp xã") never matches a row of another level, nor a row without a level (the
 *    district's total) — except a figure of the district's own office ("Bộ phận một cửa huyện"), when no row beside
 *    that row is the level's own; a figure of one service level ("toàn trình" = mức độ 4, "một phần" = mức độ 3)
 *    never matches the row of levels 3 and 4 together;
 *  - the form group the section heading names ("3. Cải cách tổ chức bộ máy" → group 4), whatever its number;
 *  - the kind: a percent only matches percent rows, an amount only amount rows, a pair a/b only a ratio's
 *    numerator/denominator or a part-of's part/whole.
 * A match is accepted only with a minimum score and a margin over the best candidate that would give a different
 * table value.
 */
import type { Appendix } from "../appendix";
import type { FormDefinition, FormRow } from "../form/schema";
import { withoutPeriods } from "./columns";
import { proseRows, withoutBodies } from "./derived";
import type { Figure } from "./figures";
import { facetValues, hasPhrase, matchText, syllables, type Lexicon } from "./text";

// --- facet lexicons (match text; "-" consumes a phrase without a value) ------------------------------------------

const LEVEL: Lexicon = {
  huyện: ["cấp huyện", "ủy ban nhân dân cấp huyện", "thẩm quyền cấp huyện", "công chức cấp huyện", "một cửa cấp huyện"],
  // The reporting district's own offices: the district level, but not a share of the district (a row without a
  // level, the district's total, may be what they count: "Bộ phận một cửa huyện đã tiếp nhận 2.845 hồ sơ").
  unit: [
    "một cửa huyện",
    "trung tâm hành chính công huyện",
    "tiếp nhận và trả kết quả huyện",
    "tiếp nhận và trả kết quả của huyện",
  ],
  xã: [
    "cấp xã",
    "các xã",
    "xã thị trấn",
    "ủy ban nhân dân xã",
    "ủy ban nhân dân các xã",
    "cấp cơ sở",
    "đơn vị cấp xã",
    "một cửa xã",
    "một cửa cấp xã",
  ],
  all: ["toàn huyện", "cả huyện", "cấp huyện cấp xã", "cấp huyện và cấp xã", "huyện xã", "huyện và xã"],
  // The province (or the country) as a whole: another, larger body than a commune, a district or a department
  // ("Toàn tỉnh trong 6 tháng tiếp nhận 412.650 hồ sơ", "cao hơn mức bình quân chung của tỉnh (65,2%)"); the whole
  // itself in a province's own report.
  tỉnh: [
    "toàn tỉnh",
    "cả tỉnh",
    "bình quân chung của tỉnh",
    "bình quân chung toàn tỉnh",
    "bình quân của tỉnh",
    "trung bình của tỉnh",
    "trung bình chung của tỉnh",
    "trung tâm phục vụ hành chính công tỉnh",
    "toàn quốc",
    "cả nước",
  ],
  // words that contain "huyện"/"xã" without naming a level
  "-": [
    "ủy ban nhân dân huyện",
    "huyện ủy",
    "xã hội",
    "kinh tế xã hội",
    "thương binh và xã hội",
    "huyện đã",
    "của huyện",
    "trên địa bàn huyện",
    "thuộc huyện",
    "công chức huyện",
    "xã hội hóa",
  ],
};

const STATUS: Lexicon = {
  received: ["tiếp nhận", "phải giải quyết", "cần giải quyết", "đã nhận", "nhận được", "hồ sơ phát sinh"],
  resolved: [
    "giải quyết xong",
    "đã giải quyết",
    "xử lý xong",
    "đã xử lý",
    "trả kết quả",
    "đã trả",
    "giải quyết được",
    "hoàn thành giải quyết",
    "đã giải quyết xong",
    "giải quyết",
  ],
  // "trước hạn" and "đúng hạn" are two rows of many 2025 forms; "trước và đúng hạn" (and "trước hạn, đúng hạn") one
  // row of both
  early: ["trước hạn", "sớm hạn"],
  ontime: [
    "đúng hạn",
    "đúng thời hạn",
    "trước và đúng hạn",
    "trước hạn đúng hạn",
    "trước hạn và đúng hạn",
    "đúng hạn trước hạn",
    "đúng hạn và trước hạn",
  ],
  late: ["quá hạn", "trễ hạn", "chậm hạn", "trễ", "chậm", "muộn"],
  pending: ["đang xử lý", "đang giải quyết", "trong hạn", "chưa đến hạn", "đang thụ lý", "chưa giải quyết"],
  // "giải quyết" that names no stage
  "-": [
    "thẩm quyền giải quyết",
    "tiếp nhận và giải quyết",
    "tiếp nhận giải quyết",
    "kết quả giải quyết",
    "thời gian giải quyết",
    "thời hạn giải quyết",
    "quy trình giải quyết",
    "giải quyết thủ tục hành chính",
    "giải quyết chế độ",
    "giải quyết chính sách",
    "giải quyết khiếu nại",
    "giải quyết phản ánh",
    "hệ thống thông tin giải quyết",
  ],
};

const CHANNEL: Lexicon = {
  online: ["trực tuyến", "qua mạng", "môi trường điện tử", "dịch vụ công trực tuyến"],
  // "tiếp nhận trực tiếp 698 hồ sơ", "qua dịch vụ bưu chính công ích 44 hồ sơ": a share of what was received
  direct: ["trực tiếp", "tiếp nhận trực tiếp", "nộp trực tiếp", "hồ sơ trực tiếp", "trực tiếp tại"],
  postal: ["bưu chính công ích", "dịch vụ bưu chính", "qua bưu điện", "qua bưu chính"],
  // received wherever the applicant lives (from 2025): a share of all received
  anyPlace: [
    "không phụ thuộc vào địa giới hành chính",
    "không phụ thuộc địa giới hành chính",
    "không phụ thuộc địa giới",
    "phi địa giới",
  ],
  "-": [
    "cả trực tiếp bưu chính công ích và trực tuyến",
    "trực tiếp bưu chính công ích và trực tuyến",
    "trực tiếp và qua dịch vụ bưu chính công ích",
    "trực tiếp và qua bưu chính công ích",
    "trực tiếp và bưu chính công ích",
    // "directly", not the channel
    "chỉ đạo trực tiếp",
    "trực tiếp chỉ đạo",
    "trực tiếp kiểm tra",
    "trực tiếp tham gia",
    "trực tiếp phụ trách",
    "phụ trách trực tiếp",
    "trực tiếp làm việc",
    "đến trực tiếp",
    "lãnh đạo trực tiếp",
    "đối thoại trực tiếp",
  ],
};

const PROGRESS: Lexicon = {
  assigned: [
    "được giao",
    "đề ra",
    "xác định",
    "giao biên chế",
    "chỉ tiêu",
    "kế hoạch vốn",
    "vốn kế hoạch",
    "kế hoạch giao",
    "kế hoạch được giao",
    "được phân bổ",
    "tổng số vốn",
    "tỉnh giao",
    "huyện giao",
  ],
  done: ["hoàn thành", "đã thực hiện", "thực hiện được", "thực hiện xong", "giải ngân", "đã xong", "đạt"],
  // "quá hạn, đang tiếp tục thực hiện": overdue and not finished (1.4.4), not finished late (1.4.3)
  undone: [
    "chưa hoàn thành",
    "chưa thực hiện",
    "chưa giải ngân",
    "đang tiếp tục thực hiện",
    "tiếp tục thực hiện",
    "đang thực hiện",
    "đang triển khai",
    "chưa xong",
  ],
  present: ["có mặt", "hiện có", "hiện nay", "thực tế có"],
  reduced: ["tinh giản", "giảm"],
  recruited: ["tuyển dụng", "trúng tuyển", "xét tuyển", "thi tuyển viên chức"],
  appointed: ["bổ nhiệm"],
  disciplined: ["kỷ luật"],
  "-": ["tỷ lệ đạt", "đạt tỷ lệ", "chưa đạt"],
};

const DOC_ACTION: Lexicon = {
  issued: ["ban hành", "tham mưu ban hành"],
  inspected: ["kiểm tra"],
  reviewed: ["rà soát", "hệ thống hóa"],
  appraised: ["thẩm định"],
  handled: ["xử lý", "đã xử lý", "khắc phục"],
};

const STAFF: Lexicon = {
  congchuc: ["công chức"],
  vienchuc: ["viên chức", "người làm việc"],
  canbo: ["cán bộ"],
  lanhdao: [
    "lãnh đạo",
    "trưởng phòng",
    "phó trưởng phòng",
    "giám đốc",
    "chánh thanh tra",
    "hiệu trưởng",
    "lãnh đạo quản lý",
  ],
};

/**
 * Online-service level. Since 2023 officers write "toàn trình" for mức độ 4 and "một phần" for mức độ 3; "một phần"
 * alone is too common ("tự chủ một phần chi thường xuyên"), so it names the level only after the service words.
 */
const SERVICE_LEVEL: Lexicon = {
  "3": [
    "mức độ 3",
    "mức 3",
    "trực tuyến một phần",
    "dịch vụ công một phần",
    "thủ tục một phần",
    "thủ tục hành chính một phần",
    "cung cấp một phần",
  ],
  "4": ["mức độ 4", "mức 4", "toàn trình"],
  "34": [
    "mức độ 3 và 4",
    "mức độ 3 4",
    "mức độ 3 và mức độ 4",
    "mức độ 4 và mức độ 3",
    "mức 3 4",
    "mức 3 và 4",
    "toàn trình và một phần",
    "một phần và toàn trình",
    "toàn trình một phần",
    "một phần toàn trình",
  ],
  "-": ["tự chủ một phần", "một phần chi thường xuyên"],
};

/**
 * Financial autonomy group of a public service unit, in the 2022 form's words ("tự chủ 100% …", "nhà nước đảm bảo
 * 100% …") and in Decree 60/2021's ("tự bảo đảm chi thường xuyên và chi đầu tư", "tự bảo đảm chi thường xuyên",
 * "tự bảo đảm một phần chi thường xuyên", "do Nhà nước bảo đảm chi thường xuyên"). Longest first: the words shared
 * by two groups ("bảo đảm chi thường xuyên") say nothing by themselves.
 */
const AUTONOMY: Lexicon = {
  invest: ["chi thường xuyên và chi đầu tư", "chi thường xuyên và đầu tư"],
  full: [
    "tự bảo đảm chi thường xuyên",
    "tự đảm bảo chi thường xuyên",
    "tự bảo đảm toàn bộ chi thường xuyên",
    "tự chủ 100% chi thường xuyên",
    "tự chủ toàn bộ chi thường xuyên",
    "tự chủ chi thường xuyên",
  ],
  part: ["một phần chi thường xuyên", "tự chủ một phần", "tự bảo đảm một phần", "tự bảo đảm từ"],
  state: [
    "nhà nước bảo đảm chi thường xuyên",
    "nhà nước đảm bảo chi thường xuyên",
    "nhà nước đảm bảo 100% chi thường xuyên",
    "nhà nước bảo đảm 100% chi thường xuyên",
    "nhà nước bảo đảm",
    "nhà nước đảm bảo",
  ],
};

/**
 * What was done to the dossiers beside resolving them: digitised ("đã số hóa 2.512 hồ sơ"), apologised for ("84 văn
 * bản xin lỗi", "phải xin lỗi do quá hạn"). A row that counts one of these is not a figure that says none of them.
 */
const TREATMENT: Lexicon = {
  digitised: ["số hóa", "được số hóa", "đã số hóa"],
  apologised: ["xin lỗi", "văn bản xin lỗi", "thư xin lỗi"],
};

const FUND: Lexicon = {
  revenue: ["thu ngân sách", "thu ngân sách nhà nước", "dự toán thu", "thu nội địa"],
  invest: ["giải ngân", "đầu tư công", "vốn đầu tư", "xây dựng cơ bản"],
  spending: ["chi thường xuyên", "chi ngân sách"],
};

type Dim =
  "level" | "status" | "channel" | "progress" | "docAction" | "treatment" | "staff" | "service" | "fund" | "autonomy";

const LEXICONS: Record<Dim, Lexicon> = {
  level: LEVEL,
  status: STATUS,
  channel: CHANNEL,
  progress: PROGRESS,
  docAction: DOC_ACTION,
  treatment: TREATMENT,
  staff: STAFF,
  service: SERVICE_LEVEL,
  fund: FUND,
  autonomy: AUTONOMY,
};

/** Where a dimension may take its value from, nearest first. */
const SCOPES: Record<Dim, Scope[]> = {
  level: ["local", "inherited", "clause", "lead", "headings"],
  status: ["near", "inheritedNear"],
  channel: ["local", "inherited"],
  progress: ["near", "inheritedNear"],
  docAction: ["near", "inheritedNear"],
  treatment: ["local", "inherited"],
  staff: ["local", "inherited"],
  service: ["local", "inherited", "sentence", "context", "headings"],
  fund: ["local", "inherited", "sentence"],
  autonomy: ["local", "inherited"],
};

/** Dimensions a pair is checked on (its status and progress are the pair itself: done/total, present/assigned). */
const PAIR_DIMS: Dim[] = ["level", "channel", "treatment", "staff", "service", "fund", "autonomy"];
const ALL_DIMS: Dim[] = [
  "level",
  "status",
  "channel",
  "progress",
  "docAction",
  "treatment",
  "staff",
  "service",
  "fund",
  "autonomy",
];

/** Reward for agreeing values, penalty when the figure says something the row does not (null = rule out). */
const AGREE: Record<Dim, number> = {
  level: 1.5,
  status: 1.2,
  channel: 1,
  progress: 1.2,
  docAction: 1,
  treatment: 1.5,
  staff: 1,
  service: 1,
  fund: 1,
  autonomy: 1.5,
};
const FIGURE_ONLY: Record<Dim, number | null> = {
  level: null,
  status: -1.5,
  channel: null,
  progress: -1,
  docAction: null,
  treatment: null,
  staff: -0.7,
  service: -1,
  fund: -1.5,
  autonomy: null,
};
const ROW_ONLY: Record<Dim, number> = {
  level: -0.3,
  status: -0.5,
  channel: -0.7,
  progress: -0.5,
  docAction: -0.2,
  treatment: -1.5,
  staff: -0.3,
  service: -0.5,
  fund: 0,
  autonomy: -0.5,
};

type Scope = "local" | "near" | "inherited" | "inheritedNear" | "clause" | "lead" | "sentence" | "context" | "headings";

// --- row profiles -------------------------------------------------------------------------------------------------

interface Phrase {
  text: string;
  weight: number;
  /** A keyword of the form data (label words are not: they only add to the score, never make the match alone). */
  keyword: boolean;
}

export interface RowProfile {
  row: FormRow;
  code: string;
  group: string;
  phrases: Phrase[];
  units: Set<string>;
  /** The noun a percent row is a share of ("hồ sơ", "thủ tục", "công chức"), when its label names one. */
  subject: string | null;
  facets: Record<Dim, Set<string>>;
  /**
   * The levels of the rows next to this one (same parent, and its own sub-rows): a row without a level of its own
   * stands for the whole only when no neighbour is the level-specific row ("Tổng số TTHC" beside "Số TTHC cấp xã").
   */
  neighbourLevels: Set<string>;
  /**
   * The service levels and channels its own sub-rows are of: "118 dịch vụ công trực tuyến một phần" is the sub-row
   * "… một phần", not the row of all online services above it.
   */
  partFacets: { service: Set<string>; channel: Set<string> };
}

interface FormProfile {
  rows: Map<string, RowProfile>;
  groups: { code: string; phrases: string[] }[];
  relations: { kind: "ratio" | "part-of"; part: string; whole: string; percent?: string }[];
  units: string[];
  /** Every keyword phrase of the value rows (match text), once. */
  keywordTexts: string[];
  /** Keyword phrase → the value rows that have it, and its weight. */
  keywordRows: Map<string, { rows: Set<string>; weight: number }>;
  /** A provincial department's form (its labels speak of "Sở"): the province is another, larger body. */
  department: boolean;
  /** Every row of the form by its code (value rows or not: a sub-row's parent may be a heading). */
  rowsByCode: Map<string, FormRow>;
}

const profiles = new WeakMap<FormDefinition, FormProfile>();

/** Unit words → canonical (same canonical forms as figures.ts). */
export function canonicalUnit(u: string): string {
  const t = matchText(u);
  if (t.startsWith("thủ tục")) return "thủ tục";
  if (t.startsWith("văn bản")) return "văn bản";
  if (t === "lượt người") return "lượt";
  if (t.startsWith("phản ánh")) return "phản ánh";
  if (t === "cán bộ công chức" || t === "cán bộ công chức viên chức") return "cán bộ";
  if (t === "cơ quan đơn vị") return "đơn vị";
  if (t === "phòng tương đương") return "phòng";
  return t;
}

const SUBJECTS = [
  "phản ánh",
  "hồ sơ",
  "thủ tục hành chính",
  "văn bản",
  "công chức",
  "viên chức",
  "nhiệm vụ",
  "đơn vị",
  "biên chế",
  "người",
];

function stripBrackets(label: string): string {
  return label.replace(/\([^)]*\)/g, " ");
}

function isValueRow(r: FormRow): boolean {
  return r.kind === "count" || r.kind === "percent" || r.kind === "amount";
}

/** The form group (top-level code) of a row. */
function groupOf(code: string): string {
  return code.split(".")[0].replace(/[a-z]$/, "");
}

/** The label's word pairs, not across or inside the reporting body's own names ("Trung tâm Phục vụ hành chính công"). */
function labelBigrams(label: string): string[] {
  const out: string[] = [];
  for (const part of withoutBodies(matchText(stripBrackets(label)))) {
    const w = part.split(" ").filter(Boolean);
    for (let i = 0; i + 1 < w.length; i++) out.push(`${w[i]} ${w[i + 1]}`);
  }
  return out;
}

export function formProfile(form: FormDefinition): FormProfile {
  const hit = profiles.get(form);
  if (hit) return hit;
  // Rows without keywords or prose units (a form learnt from the sheet) get them from their label and unit.
  const prose = proseRows(form.rows);
  const valueRows = prose.rows.filter(isValueRow);
  // document frequency of each phrase over value rows
  const df = new Map<string, number>();
  const rowPhrases = new Map<string, { kw: Set<string>; lb: Set<string>; up: Set<string> }>();
  const byCode = new Map(prose.rows.map((r) => [r.code, r]));
  const written = new Map(form.rows.map((r) => [r.code, r.keywords.length > 0]));
  for (const r of valueRows) {
    const kw = new Set(r.keywords.map(matchText).filter(Boolean));
    const lb = new Set(labelBigrams(r.label).filter((b) => !kw.has(b)));
    // A learnt form's sub-row without an STT reads under its parent ("Quá hạn" under "Số hồ sơ đã giải quyết"), as
    // prose writes it ("đã giải quyết 1.198 hồ sơ, …, quá hạn 08 hồ sơ"): its parent's phrases tell it a little.
    const parent = r.parent === null ? undefined : byCode.get(r.parent);
    const up = new Set(
      r.stt === null && !written.get(r.code) && parent && isValueRow(parent)
        ? parent.keywords.map(matchText).filter((k) => k && !kw.has(k) && !lb.has(k))
        : [],
    );
    rowPhrases.set(r.code, { kw, lb, up });
    for (const p of new Set([...kw, ...lb])) df.set(p, (df.get(p) ?? 0) + 1);
  }
  const n = valueRows.length;
  const idf = (p: string) => Math.min(3, Math.log(1 + n / (df.get(p) ?? 1)));
  const rows = new Map<string, RowProfile>();
  const allUnits = new Set<string>();
  for (const r of valueRows) {
    const { kw, lb, up } = rowPhrases.get(r.code)!;
    const phrases: Phrase[] = [];
    for (const p of kw) phrases.push({ text: p, weight: idf(p) * (syllables(p) >= 2 ? 1 : 0.6), keyword: true });
    for (const p of lb) phrases.push({ text: p, weight: 0.5 * idf(p), keyword: false });
    for (const p of up) phrases.push({ text: p, weight: 0.3 * idf(p), keyword: false });
    const units = new Set<string>();
    for (const u of [r.unit, ...r.proseUnits]) {
      if (!u || u === "%" || /phần trăm/i.test(u)) continue;
      units.add(canonicalUnit(u));
      allUnits.add(u.toLowerCase());
    }
    const own = matchText(`${stripBrackets(r.label)} ${r.keywords.join(" ; ")}`);
    const ownTexts = [matchText(stripBrackets(r.label)), ...r.keywords.map(matchText)];
    const facets = {} as Record<Dim, Set<string>>;
    for (const d of ALL_DIMS) {
      const s = new Set<string>();
      for (const t of ownTexts) for (const v of facetValues(t, LEXICONS[d])) s.add(v);
      facets[d] = normalizeFacet(d, s);
    }
    // A learnt sub-row without an STT reads under its parent ("- Trực tuyến" under "Số hồ sơ tiếp nhận": received
    // online): the stage of the dossiers and of the work it does not name is its parent's.
    const parentRow = r.parent === null ? undefined : byCode.get(r.parent);
    if (up.size > 0 && parentRow)
      for (const d of ["status", "progress", "docAction"] as const) {
        if (facets[d].size > 0) continue;
        const s = new Set<string>();
        for (const t of [matchText(stripBrackets(parentRow.label)), ...parentRow.keywords.map(matchText)])
          for (const v of facetValues(t, LEXICONS[d])) s.add(v);
        facets[d] = normalizeFacet(d, s);
      }
    // "Số nhiệm vụ đã hoàn thành đúng hạn" (keywords "ubnd tỉnh giao", "nhiệm vụ được giao"): a row whose label counts
    // what was done of the assigned is a done row; "giao" without "hoàn thành" ("UBND tỉnh giao 12 nhiệm vụ") is the
    // total
    const labelProgress = facetValues(ownTexts[0], PROGRESS);
    if (labelProgress.has("done") || labelProgress.has("undone")) facets.progress.delete("assigned");
    // "Số văn bản chỉ đạo, điều hành về CCHC", "Số kế hoạch, văn bản chỉ đạo": a count of directive documents says no
    // verb, and means those issued ("ban hành 03 văn bản chỉ đạo").
    if (facets.docAction.size === 0 && r.kind === "count" && DIRECTIVES.test(ownTexts[0]))
      facets.docAction.add("issued");
    // "Số nhiệm vụ trong Kế hoạch CCHC năm 2025", "… theo Kế hoạch": what was set, not what was done (the words are
    // too common in prose to say so of a figure)
    else if (facets.progress.size === 0 && /(?:^| )(?:trong|theo) kế hoạch(?= |$)/.test(ownTexts[0]))
      facets.progress.add("assigned");
    void own;
    let subject: string | null = null;
    if (r.kind === "percent") {
      const lt = matchText(stripBrackets(r.label));
      let best = Infinity;
      for (const s of SUBJECTS) {
        const i = ` ${lt} `.indexOf(` ${s} `);
        if (i >= 0 && i < best) {
          best = i;
          subject = canonicalUnit(s);
        }
      }
    }
    rows.set(r.code, {
      row: r,
      code: r.code,
      group: prose.groupOf.get(r.code) ?? groupOf(r.code),
      phrases,
      units,
      subject,
      facets,
      neighbourLevels: new Set(),
      partFacets: { service: new Set(), channel: new Set() },
    });
  }
  for (const rp of rows.values()) {
    for (const other of rows.values()) {
      if (other === rp) continue;
      const sibling = other.row.parent !== null && other.row.parent === rp.row.parent;
      if (sibling || other.row.parent === rp.code) for (const v of other.facets.level) rp.neighbourLevels.add(v);
      if (other.row.parent === rp.code)
        for (const d of ["service", "channel"] as const) for (const v of other.facets[d]) rp.partFacets[d].add(v);
    }
  }
  // The groups are the form's top-level headings ("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"): a flat table's first row
  // ("1. Số TTHC thuộc thẩm quyền") is no group, though a heading of the report may share its words.
  const groups = prose.rows
    .filter((r) => r.parent === null && !isValueRow(r))
    .map((r) => ({
      code: r.code,
      phrases: [matchText(r.label), ...r.keywords.map(matchText)].filter(
        (p) => p && !GENERIC_GROUP_WORDS.has(p) && syllables(p) >= 2,
      ),
    }));
  const relations: FormProfile["relations"] = [];
  const seen = new Set<string>();
  for (const rel of form.relations) {
    if (rel.type === "ratio") {
      seen.add(`${rel.numerator}|${rel.denominator}`);
      relations.push({ kind: "ratio", part: rel.numerator, whole: rel.denominator, percent: rel.percent });
    }
  }
  for (const rel of form.relations) {
    if (rel.type === "part-of" && !seen.has(`${rel.part}|${rel.whole}`)) {
      seen.add(`${rel.part}|${rel.whole}`);
      relations.push({ kind: "part-of", part: rel.part, whole: rel.whole });
    }
  }
  // "Biên chế công chức có mặt" beside "Biên chế công chức được giao": rows that count the same, one what is there (or
  // done), the other what was assigned, are a part and its whole for a pair "91/96 người" though the form relates them
  // not (a merger may leave more staff than the quota, so no rule compares them).
  for (const part of rows.values()) {
    if (part.row.kind !== "count") continue;
    const has = [...part.facets.progress].some((v) => v === "present" || v === "done");
    if (!has) continue;
    for (const whole of rows.values()) {
      if (whole === part || whole.row.kind !== "count" || whole.row.parent !== part.row.parent) continue;
      if (whole.facets.progress.size !== 1 || !whole.facets.progress.has("assigned")) continue;
      if (seen.has(`${part.code}|${whole.code}`) || !sameCounted(part.row, whole.row)) continue;
      if (![...part.units].some((u) => whole.units.has(u))) continue;
      seen.add(`${part.code}|${whole.code}`);
      relations.push({ kind: "part-of", part: part.code, whole: whole.code });
    }
  }
  // "Tỷ lệ văn bản đi được ký số" = «Số văn bản đi được ký số, gửi trên môi trường điện tử» / …: a rate is of what
  // its numerator counts, so a figure that says what the numerator's label says of it ("gửi trên môi trường điện tử")
  // is not ruled out by the rate's shorter label. Only for what rules a row out when the row does not say it.
  for (const rel of relations) {
    const pct = rel.percent ? rows.get(rel.percent) : undefined;
    const part = rows.get(rel.part);
    if (rel.kind !== "ratio" || !pct || !part) continue;
    for (const d of ["channel", "docAction", "treatment", "autonomy"] as const)
      if (pct.facets[d].size === 0) pct.facets[d] = new Set(part.facets[d]);
  }
  const keywordRows = new Map<string, { rows: Set<string>; weight: number }>();
  for (const rp of rows.values()) {
    for (const p of rp.phrases) {
      if (!p.keyword) continue;
      const k = keywordRows.get(p.text);
      if (k) {
        k.rows.add(rp.code);
        k.weight = Math.max(k.weight, p.weight);
      } else keywordRows.set(p.text, { rows: new Set([rp.code]), weight: p.weight });
    }
  }
  const profile: FormProfile = {
    rows,
    groups,
    relations,
    units: [...allUnits],
    keywordTexts: [...keywordRows.keys()],
    keywordRows,
    department: form.rows.some((r) => hasPhrase(matchText(r.label), "sở")),
    rowsByCode: new Map(form.rows.map((r) => [r.code, r])),
  };
  profiles.set(form, profile);
  return profile;
}

/** A label counting directive documents: "Số văn bản chỉ đạo …", "Số kế hoạch, văn bản …", "Số quyết định …". */
const DIRECTIVES = /^(?:tổng )?số (?:lượng )?(?:văn bản|kế hoạch|quyết định|công văn|chỉ thị)(?: |$)/;

const GENERIC_GROUP_WORDS = new Set(["cải cách hành chính", "công tác", "kết quả", "cchc"]);

function normalizeFacet(d: Dim, s: Set<string>): Set<string> {
  if (d === "level" && s.has("unit")) {
    s = new Set(s);
    s.delete("unit");
    s.add("huyện");
  }
  if (d === "service" && s.has("34")) return new Set(["3", "4"]);
  if (d === "level" && s.has("huyện") && s.has("xã")) return new Set(["all"]);
  return s;
}

// --- figure context -------------------------------------------------------------------------------------------------

interface FigureContext {
  local: string;
  near: string;
  inherited: string;
  /** The end of the inherited label (its last words and unit phrase). */
  inheritedNear: string;
  /**
   * Keywords of the inherited label that the figure's own label replaces: "công bố mới 05 thủ tục, bãi bỏ 03 thủ tục"
   * — "bãi bỏ" is said instead of "công bố mới" (no row has both), so the 03 does not borrow "công bố mới".
   */
  replaced: Set<string>;
  sentence: string;
  /**
   * The sentence without the labels of the figures after this one (their words describe them, not this figure):
   * the text up to this figure's unit phrase and what follows the last figure.
   */
  sentenceOwn: string;
  /** The sentence up to the figure and its own words after it (what comes after is another item, maybe another level). */
  clause: string;
  /** The clause from the start of the figure's own ";" item ("…đạt 71,27%; Sở tiếp nhận 4.630 hồ sơ": the last part). */
  item: string;
  context: string;
  /** What governs the whole paragraph: the lead-in line and the paragraph's opening phrase ("Đối với cấp xã, …"). */
  lead: string;
  headings: string[];
  group: string | null;
}

/** Few content words: the figure's label is elliptical ("…, cấp xã 108 thủ tục") and borrows the previous one's. */
function isElliptical(own: string, most = 3): boolean {
  const content = (t: string) =>
    t
      .split(" ")
      .filter(
        (w) => w && !["và", "còn", "có", "là", "đạt", "với", "được", "trong", "đó", "tỷ", "lệ", "số"].includes(w),
      );
  const t = matchText(own);
  // "(cùng kỳ năm trước đạt 99,32%)", "(quý IV: 01 cuộc)": a label of nothing but a period borrows one
  return content(t).length <= most || content(withoutPeriods(t)).length === 0;
}

function lastWords(t: string, n: number): string {
  const w = t.split(" ").filter(Boolean);
  return w.slice(Math.max(0, w.length - n)).join(" ");
}

/**
 * The prose's text to match with the name of the one-stop centre made one word: "Trung tâm Phục vụ hành chính công
 * phường đã tiếp nhận …" names the body, and its words ("hành chính", "công") are no row's (a label's "địa giới
 * hành chính"). Row labels leave the body's names out altogether (derived.ts).
 */
function proseText(s: string): string {
  return matchText(s).replace(CENTRE, "$1trungtâmphụcvụ");
}
const CENTRE = /(^| )trung tâm phục vụ hành chính công(?= |$)/g;

export function figureContext(f: Figure, all: Figure[], profile: FormProfile): FigureContext {
  const own = proseText(f.own);
  const after = proseText(f.after);
  let inherited = "";
  let inheritedNear = "";
  // A count is elliptical unless the words after its unit say what it counts ("; 02 đơn vị tự bảo đảm chi thường
  // xuyên"); the words after a percent are its base ("87,17% kế hoạch vốn được giao"), not its label.
  if (isElliptical(f.own) && (f.kind !== "count" || isElliptical(f.modifier, 2))) {
    // "đã giải quyết 5.310 hồ sơ, trong đó đúng hạn 5.298 hồ sơ, đạt 99,77%": every elliptical label back to the
    // last full one describes the figure (nearest first).
    const chain: string[] = [];
    const chainNear: string[] = [];
    // An aside in brackets closed before the figure ("tiếp nhận 1.236 hồ sơ (trực tuyến 1.002 hồ sơ, đạt 81,07%), đã
    // giải quyết 1.198 hồ sơ") breaks down the figure before it: the figures inside lend this one nothing.
    const text = f.sentence.text;
    const open = text.lastIndexOf("(", f.start);
    const close = text.lastIndexOf(")", f.start);
    const aside = close > open && open >= 0 ? [open, close] : null;
    // "tiếp nhận 4.905 hồ sơ, trong đó trực tuyến 3.811 hồ sơ, đạt tỷ lệ 77,70%; giải quyết 4.850 hồ sơ": a figure that
    // names its own stage follows on from the whole, not from the breakdown after "trong đó".
    // After a ";" the breakdown may have items of full labels ("trong đó trực tuyến 2.400 hồ sơ, trực tiếp và qua dịch
    // vụ bưu chính công ích 720 hồ sơ; đã giải quyết 2.985 hồ sơ"): it is looked for past them too.
    let breakdown = -1;
    const newItem = f.prev >= 0 && text.slice(all[f.prev].end, f.start).includes(";");
    if (facetValues(own, STATUS).size > 0 || OWN_STAGE.test(own))
      for (let p = f.prev; p >= 0 && (newItem || isElliptical(all[p].own)); p--)
        if (hasPhrase(matchText(all[p].own), "trong đó")) {
          breakdown = p;
          break;
        }
    for (let p = f.prev; p >= 0; p--) {
      if (aside && all[p].start > aside[0] && all[p].start < aside[1]) continue;
      if (p >= breakdown && breakdown >= 0) continue;
      // "Tỷ lệ hồ sơ trực tuyến đạt 71,27%; Sở tiếp nhận 4.630 hồ sơ": a rate's own label names a ratio, not what a
      // count or an amount of a new item or of its own stage counts (one in brackets after it, "(814 hồ sơ)", is its
      // numerator and borrows)
      if (
        (f.kind === "count" || f.kind === "amount") &&
        all[p].kind === "percent" &&
        !isElliptical(all[p].own) &&
        !text.slice(all[p].end, f.start).includes("(") &&
        (text.slice(all[p].end, f.start).includes(";") || OWN_STAGE.test(own))
      )
        break;
      chain.push(`${proseText(all[p].own)} ${proseText(all[p].after)}`.trim());
      chainNear.push(`${lastWords(proseText(all[p].own), 10)} ${proseText(all[p].after)}`.trim());
      // nor past the start of its ";" item: the items of a list are parallel, each with its own head
      if (!isElliptical(all[p].own) || text.slice(p > 0 ? all[p - 1].end : 0, all[p].start).includes(";")) break;
    }
    inherited = chain.join(" ; ").trim();
    inheritedNear = chainNear.join(" ; ").trim();
  }
  const replaced = inherited ? replacedKeywords(own, `${own} ${after}`, inherited, profile) : new Set<string>();
  const s = f.sentence;
  const headings = [...s.headings].reverse().map((h) => matchText(h.text));
  return {
    local: `${own} ${after}`.trim(),
    // after a percent come the words of its base ("62,3% kế hoạch vốn"), not its status
    near: `${lastWords(own, 10)} ${f.kind === "percent" ? "" : after}`.trim(),
    inherited,
    inheritedNear,
    replaced,
    sentence: proseText(s.text),
    clause: proseText(clauseEnd(s.text, f.end)),
    item: proseText(clauseEnd(s.text, f.end).slice(s.text.lastIndexOf(";", f.start) + 1)),
    sentenceOwn: proseText(withoutLaterLabels(f, all)),
    context: `${proseText(s.leadIn)} ${proseText(lastWords(s.before, 60))}`.trim(),
    lead: `${proseText(s.leadIn)} ; ${proseText(/^[^,:;.]{0,80}/u.exec(s.before)![0])}`.trim(),
    headings,
    group: headingGroup(
      s.headings.map((h) => h.text),
      profile,
    ),
  };
}

/** A verb of a dossier's course in a figure's own label ("; giải quyết 4.850 hồ sơ"): the figure names its stage. */
const OWN_STAGE = /(?:^| )(?:giải quyết|tiếp nhận|xử lý|trả kết quả|số hóa)(?: |$)/;

/** A keyword this specific in the figure's own label is a label of its own, not a part of the borrowed one. */
const DISTINCTIVE = 1.5;

/**
 * The inherited label's keywords that a distinctive keyword of the figure's own label stands in for (see replaced):
 * no row has both, and rows side by side have one each.
 */
function replacedKeywords(own: string, local: string, inherited: string, profile: FormProfile): Set<string> {
  const out = new Set<string>();
  const mine: { text: string; rows: Set<string> }[] = [];
  const theirs: { text: string; rows: Set<string> }[] = [];
  for (const [k, { rows, weight }] of profile.keywordRows) {
    if (hasPhrase(own, k)) {
      if (weight >= DISTINCTIVE && !hasPhrase(inherited, k)) mine.push({ text: k, rows });
    } else if (!hasPhrase(local, k) && hasPhrase(inherited, k)) theirs.push({ text: k, rows });
  }
  if (mine.length === 0) return out;
  for (const t of theirs) {
    for (const m of mine) {
      if (hasPhrase(m.text, t.text) || hasPhrase(t.text, m.text)) continue;
      if ([...m.rows].some((r) => t.rows.has(r))) continue;
      // alternatives of one list: rows side by side ("Số TTHC công bố mới" / "Số TTHC bãi bỏ, thay thế")
      const parents = new Set([...m.rows].map((r) => profile.rows.get(r)!.row.parent));
      if (![...t.rows].some((r) => parents.has(profile.rows.get(r)!.row.parent))) continue;
      out.add(t.text);
      break;
    }
  }
  return out;
}

function withoutLaterLabels(f: Figure, all: Figure[]): string {
  const text = f.sentence.text;
  const last = all[all.length - 1];
  if (last === f) return text;
  const ownEnd = f.end + f.after.length;
  let tailStart = last.end + last.after.length;
  // Words that run on from the last figure's unit phrase without a stop ("412 hồ sơ tiếp nhận không phụ thuộc vào địa
  // giới hành chính") still describe that figure, not the sentence.
  if (/^\s*[\p{L}\p{M}]/u.test(text.slice(tailStart))) {
    const stop = text.slice(tailStart).search(/[,;.:()]/);
    tailStart = stop < 0 ? text.length : tailStart + stop;
  }
  return `${text.slice(0, ownEnd)} ; ${text.slice(tailStart)}`;
}

/**
 * The text of the ";" item up to the figure at offset end and the words right after it, to the next comma or
 * bracket: what follows them speaks of the next figure ("đạt 73,94%, cao hơn mức bình quân chung của tỉnh (65,2%)").
 */
function clauseEnd(text: string, end: number): string {
  const stop = text.slice(end).search(/[;,(]/);
  return stop < 0 ? text : text.slice(0, end + stop);
}

/** The form group the deepest heading that names one points to ("5. Cải cách tài chính công" → "6"). */
export function headingGroup(headings: string[], profile: FormProfile): string | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const t = matchText(headings[i]);
    let best: string | null = null;
    let bestScore = 0;
    let tie = false;
    for (const g of profile.groups) {
      let sc = 0;
      for (const p of g.phrases) if (hasPhrase(t, p)) sc += syllables(p);
      if (sc > bestScore) {
        best = g.code;
        bestScore = sc;
        tie = false;
      } else if (sc === bestScore && sc > 0) tie = true;
    }
    if (best && !tie) return best;
  }
  return null;
}

function scopeText(ctx: FigureContext, scope: Scope): string[] {
  switch (scope) {
    case "local":
      return [ctx.local];
    case "near":
      return [ctx.near];
    case "inherited":
      return [ctx.inherited];
    case "inheritedNear":
      return [ctx.inheritedNear];
    case "sentence":
      return [ctx.sentence];
    case "clause":
      return [ctx.clause];
    case "lead":
      return [ctx.lead];
    case "context":
      return [ctx.context];
    case "headings":
      return ctx.headings;
  }
}

/**
 * "tại 06 xã, thị trấn", "12 đơn vị cấp xã": communes counted by another figure, not the level of this one. The
 * character before the number is captured and put back (no lookbehind: Safari before 16.4 lacks it).
 */
const COUNTED_COMMUNES =
  /(^|[^\p{L}\p{N}])\d+ (?:đơn vị cấp xã|đơn vị hành chính cấp xã|xã thị trấn|xã phường thị trấn|xã)(?![\p{L}\p{M}])/gu;

interface FigureFacet {
  values: Set<string>;
  /** Read from the figure's own label (or the label it borrows), not from the sentence, paragraph or headings. */
  own: boolean;
  /** Level: named only by the district's own office ("Bộ phận một cửa huyện"), not by "cấp huyện" / "cấp xã". */
  office: boolean;
}

/** What was done to what a figure counts: a clause says one of these, and its verb is its own. */
const VERB_DIMS: Dim[] = ["status", "progress", "docAction"];

/**
 * The figure's own words say what was done ("; thực hiện 46 nhiệm vụ được giao", "đã hoàn thành 44 nhiệm vụ"): it
 * borrows no other verb from the label before it ("Sở ban hành 05 kế hoạch; …"). "đạt" says how far, not what.
 */
function ownVerb(ctx: FigureContext): boolean {
  const near = ctx.near.replace(/(^| )đạt(?= |$)/g, "$1");
  return VERB_DIMS.some((d) => facetValues(near, LEXICONS[d]).size > 0);
}

function figureFacet(ctx: FigureContext, d: Dim): FigureFacet {
  for (const scope of SCOPES[d]) {
    if (scope === "inheritedNear" && VERB_DIMS.includes(d) && ownVerb(ctx)) continue;
    for (let t of scopeText(ctx, scope)) {
      if (d === "level" && scope !== "local" && scope !== "inherited") t = t.replace(COUNTED_COMMUNES, "$1 # ");
      const raw = facetValues(t, LEXICONS[d]);
      const v = normalizeFacet(d, raw);
      if (v.size > 0) {
        return {
          values: v,
          own: scope === "local" || scope === "inherited",
          office: raw.size === 1 && raw.has("unit"),
        };
      }
    }
  }
  return { values: new Set(), own: false, office: false };
}

// --- scoring --------------------------------------------------------------------------------------------------------

export interface Candidate {
  /** The row (count/percent/amount) or, for pairs, the part/numerator row. */
  code: string;
  /** For pairs: the whole/denominator row. */
  wholeCode?: string;
  /** For pairs matched to a ratio: the percent row. */
  percentCode?: string;
  score: number;
}

/**
 * Keyword phrases of the figure's own label that are the modifier end of a longer keyword phrase there too ("dạng
 * điện tử" in "hoàn toàn dưới dạng điện tử", "thủ tục hành chính" in "quy định thủ tục hành chính"): phrase → the
 * longer phrases. A row that has only the shorter phrase did not
 * earn the words: they belong to the longer phrase's row.
 */
function subsumedPhrases(ctx: FigureContext, profile: FormProfile): Map<string, string[]> {
  const present = profile.keywordTexts.filter((k) => hasPhrase(ctx.local, k));
  const out = new Map<string, string[]>();
  for (const p of present) {
    for (const q of present) {
      // a phrase that starts the longer one is its head ("kế hoạch cchc" in "kế hoạch cchc năm"): still earned
      if (q.length > p.length && !q.startsWith(`${p} `) && hasPhrase(q, p)) {
        const l = out.get(p);
        if (l) l.push(q);
        else out.set(p, [q]);
      }
    }
  }
  return out;
}

/** Evidence from the phrases: [total, from the figure's own label]. */
function evidence(phrases: Phrase[], ctx: FigureContext, subsumed?: Map<string, string[]>): [number, number] {
  let total = 0;
  let local = 0;
  let texts: Set<string> | null = null;
  for (const p of phrases) {
    let f = 0;
    if (hasPhrase(ctx.local, p.text)) {
      f = 1;
      const longer = subsumed?.get(p.text);
      if (longer) {
        texts ??= new Set(phrases.map((x) => x.text));
        if (!longer.some((q) => texts!.has(q))) f = 0.35;
      }
    } else if (ctx.replaced.size > 0 && isReplaced(p.text, ctx.replaced)) f = 0;
    else if (ctx.inherited && hasPhrase(ctx.inherited, p.text)) f = 0.8;
    else if (hasPhrase(ctx.sentenceOwn, p.text)) f = 0.35;
    else if (hasPhrase(ctx.context, p.text)) f = 0.25;
    else if (ctx.headings.some((h) => hasPhrase(h, p.text))) f = 0.25;
    total += f * p.weight;
    if (f >= 0.8 && p.keyword) local += p.weight;
  }
  return [total, local];
}

/** A phrase of a keyword the figure's own label replaces ("nhiệm mới" of "bổ nhiệm mới"): not the figure's. */
function isReplaced(phrase: string, replaced: Set<string>): boolean {
  if (replaced.has(phrase)) return true;
  for (const r of replaced) if (hasPhrase(r, phrase)) return true;
  return false;
}

/** Below this, the figure's own words say too little about the row (the rest is context). */
export const MIN_LOCAL = 1;

function facetScore(dims: Dim[], fig: Partial<Record<Dim, FigureFacet>>, members: RowProfile[]): number | null {
  let score = 0;
  for (const d of dims) {
    const { values: F, own, office } = fig[d]!;
    const R = new Set<string>();
    for (const m of members) for (const v of m.facets[d]) R.add(v);
    if (F.size === 0) {
      if (R.size > 0) score += ROW_ONLY[d];
      continue;
    }
    if (R.size === 0) {
      if (d === "level") {
        if (F.has("all")) continue; // the whole district: a row without level is the whole
        // A row without a level counts the whole district, so a figure of one level ("cấp huyện", "cấp xã") is a share
        // of it, not it. The district's own office ("Bộ phận một cửa huyện đã tiếp nhận 2.845 hồ sơ") may count what
        // the row counts, unless a row beside it is that level's own ("Số TTHC cấp huyện" beside "Tổng số TTHC").
        if (!office || members.some((m) => [...F].some((v) => m.neighbourLevels.has(v)))) return null;
        score += LEVEL_ONLY_FIGURE;
        continue;
      }
      if (
        (d === "service" || d === "channel") &&
        own &&
        members.some((m) => [...F].some((v) => m.partFacets[d].has(v)))
      )
        return null;
      const p = FIGURE_ONLY[d];
      if (p === null) return null;
      score += p;
      continue;
    }
    const overlap = [...F].some((v) => R.has(v));
    if (!overlap) return null;
    if (d === "service") {
      // "135 DVCTT toàn trình" is the level-4 row, not the row of levels 3 and 4 together; "mức độ 3, 4" the reverse
      const rowWider = [...R].some((v) => !F.has(v));
      const figureWider = [...F].some((v) => !R.has(v));
      if (rowWider && !figureWider) {
        if (own) return null;
        continue;
      }
      if (figureWider) {
        score += SERVICE_WIDER;
        continue;
      }
    }
    score += AGREE[d];
  }
  return score;
}

/** The words of the persons a row counts ("cán bộ, công chức, viên chức", "người"): they name no row's purpose. */
const PERSON_WORDS = new Set("cán bộ công chức viên người lao động cbcc cbccvc".split(" "));

/** A level-qualified figure against a row without a level (and without a level-specific neighbour). */
const LEVEL_ONLY_FIGURE = -1;
/** A figure of levels 3 and 4 together against a row of one level. */
const SERVICE_WIDER = -1;

const UNIT_AGREES = 1.5;

export function scoreCandidates(f: Figure, all: Figure[], form: FormDefinition): Candidate[] {
  const profile = formProfile(form);
  const ctx = figureContext(f, all, profile);
  const dims = f.kind === "pair" ? PAIR_DIMS : ALL_DIMS;
  const fig: Partial<Record<Dim, FigureFacet>> = {};
  for (const d of dims) fig[d] = figureFacet(ctx, d);
  // A commune's report says "UBND xã", "cấp xã" of the commune itself: the whole, as well as the level.
  if (form.level === "commune" && fig.level?.values.has("xã"))
    fig.level = { ...fig.level, values: new Set([...fig.level.values, "all"]) };
  // A province's own report says "toàn tỉnh" of itself; a department's, a commune's or a district's of another body.
  if (form.level === "province" && !profile.department && fig.level?.values.has("tỉnh"))
    fig.level = { ...fig.level, values: new Set([...fig.level.values, "all"]) };
  const unit = f.unit ? canonicalUnit(f.unit) : null;
  const subsumed = subsumedPhrases(ctx, profile);
  const out: Candidate[] = [];

  const groupScore = (g: string) => (ctx.group === null ? 0 : ctx.group === g ? 1 : -1.5);

  if (f.kind === "pair") {
    for (const rel of profile.relations) {
      const part = profile.rows.get(rel.part);
      const whole = profile.rows.get(rel.whole);
      if (!part || !whole) continue;
      const amount = f.unit === "triệu đồng";
      if (amount !== (part.row.kind === "amount") || amount !== (whole.row.kind === "amount")) continue;
      if (!amount && (part.row.kind !== "count" || whole.row.kind !== "count")) continue;
      const members = [part, whole];
      const pct = rel.percent ? profile.rows.get(rel.percent) : undefined;
      if (pct) members.push(pct);
      const fs = facetScore(dims, fig, members);
      if (fs === null) continue;
      let score = fs + groupScore(part.group);
      if (unit && !amount) {
        if (part.units.has(unit) || whole.units.has(unit)) score += UNIT_AGREES;
        else continue;
      }
      const seen = new Map<string, Phrase>();
      for (const m of members) {
        for (const p of m.phrases) {
          const had = seen.get(p.text);
          if (!had || had.weight < p.weight) seen.set(p.text, { ...p, keyword: p.keyword || (had?.keyword ?? false) });
        }
      }
      const [ev, local] = evidence([...seen.values()], ctx, subsumed);
      if (local < MIN_LOCAL) continue;
      score += ev;
      out.push({ code: rel.part, wholeCode: rel.whole, percentCode: rel.percent, score });
    }
  } else {
    for (const rp of profile.rows.values()) {
      const k = rp.row.kind;
      // a count with a unit of an amount row that is no money ("92,35 điểm", "12,5 ha") is that row's quantity
      const measure = f.kind === "count" && k === "amount" && unit !== null && rp.units.has(unit);
      if (!measure && (f.kind === "percent" ? k !== "percent" : f.kind === "amount" ? k !== "amount" : k !== "count"))
        continue;
      const fs = facetScore(dims, fig, [rp]);
      if (fs === null) continue;
      let score = fs + groupScore(rp.group);
      if (unit && f.kind === "count" && !measure) {
        if (rp.units.has(unit)) score += UNIT_AGREES + (rp.row.unit && canonicalUnit(rp.row.unit) === unit ? 0.5 : 0);
        else if (f.unitInherited) score -= 1;
        else continue;
      }
      if (f.kind === "percent" && f.base) {
        const b = canonicalUnit(f.base);
        if (rp.subject) {
          if (rp.subject !== b) continue;
          score += 1;
        } else score -= 1;
      }
      const [ev, local] = evidence(rp.phrases, ctx, subsumed);
      if (local < MIN_LOCAL) continue;
      // People counted against a row of turns of people ("cử 27 cán bộ, công chức đi đào tạo" for «Số lượt CBCC được
      // cử đi đào tạo»): only when the figure's own words say what the turns were for, not by the persons' names
      // alone ("Sở có 87 công chức, viên chức" is the headcount)
      if (unit && unit !== "lượt" && rp.units.has("lượt") && f.kind === "count") {
        const named = rp.phrases.filter((p) => !p.text.split(" ").every((w) => PERSON_WORDS.has(w)));
        if (evidence(named, ctx, subsumed)[1] < MIN_LOCAL) continue;
      }
      score += ev;
      out.push({ code: rp.code, score });
    }
  }
  out.sort((a, b) => b.score - a.score);
  return f.kind === "pair" ? out : withoutUnnamedNarrower(out, ctx, fig, profile);
}

// --- a total and its narrower rows ----------------------------------------------------------------------------------

/** Label words that tell no row from another ("Tổng số", "các", "của"). */
const PLAIN_WORDS = new Set(
  "số tổng lượng các của và được đã có là trong tại về theo cho với những này từ đến do thuộc hoặc như cả".split(" "),
);
/** The report's own period in a label ("Hồ sơ tiếp nhận mới trong kỳ"): prose says it of every figure. */
const OWN_PERIOD = /(?:^| )(?:trong kỳ|kỳ báo cáo|kỳ này|trong quý|trong năm|từ đầu năm|lũy kế|luỹ kế)(?= |$)/g;

/** Two rows whose labels count the same but for how far it went ("có mặt" / "được giao", "đã hoàn thành" / "giao"). */
function sameCounted(a: FormRow, b: FormRow): boolean {
  const core = (r: FormRow) => {
    let t = ` ${withoutPeriods(withoutBodies(matchText(stripBrackets(r.label))).join(" ")).replace(OWN_PERIOD, " ")} `;
    for (const phrases of Object.values(PROGRESS)) for (const ph of phrases) t = t.split(` ${ph} `).join(" ");
    return t
      .split(" ")
      .filter((w) => w && !PLAIN_WORDS.has(w))
      .sort()
      .join(" ");
  };
  const x = core(a);
  return x !== "" && x === core(b);
}

/** The words of a row's label that say what it counts (brackets, the body's names, the period and plain words out). */
function countedWords(row: FormRow): Set<string> {
  return new Set(countedSequence(row));
}

/** countedWords in the label's order (the words a plain word or a body's name parted stay apart: "" between). */
function countedSequence(row: FormRow): string[] {
  const t = withoutPeriods(withoutBodies(matchText(stripBrackets(row.label))).join(" ; ")).replace(OWN_PERIOD, " ; ");
  return t
    .split(" ")
    .map((w) => (w === ";" || PLAIN_WORDS.has(w) ? "" : w))
    .filter((w, i, a) => w || a[i - 1]);
}

/**
 * How prose would name the words by which a row is narrower: each run of them in its label, a lone word as it is,
 * a longer run by its word pairs ("Hồ sơ tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích" beside "Tổng số hồ sơ
 * tiếp nhận": "trực", "qua dịch", "dịch vụ", "bưu chính" …). One syllable of a longer run ("chính" of "bưu chính") is
 * said by many another word ("hành chính") and names nothing.
 */
function qualifierPhrases(n: RowProfile, extra: string[]): string[] {
  const isExtra = new Set(extra);
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) out.push(run[0]);
    for (let i = 0; i + 1 < run.length; i++) out.push(`${run[i]} ${run[i + 1]}`);
    run = [];
  };
  for (const w of countedSequence(n.row)) {
    if (w && isExtra.has(w)) run.push(w);
    else flush();
  }
  flush();
  return out.length > 0 ? out : extra;
}

/**
 * The words by which row n is narrower than row b, or null when it is not: n is a sub-row of b ("- Hồ sơ tiếp nhận
 * mới trong kỳ" under "Tổng số hồ sơ tiếp nhận", "- Đúng hạn" under "Số hồ sơ đã giải quyết"), or its label says all
 * that b's says and more ("Số hồ sơ tiếp nhận, giải quyết trực tuyến" beside "Tổng số hồ sơ tiếp nhận").
 */
function qualifiers(n: RowProfile, b: RowProfile, profile: FormProfile): string[] | null {
  const nw = countedWords(n.row);
  const bw = countedWords(b.row);
  const extra = [...nw].filter((w) => !bw.has(w));
  if (extra.length === 0) return null;
  for (let p = n.row.parent; p !== null; p = profile.rowsByCode.get(p)?.parent ?? null) if (p === b.code) return extra;
  return bw.size > 0 && [...bw].every((w) => nw.has(w)) ? extra : null;
}

/**
 * "Sở tiếp nhận 4.862 hồ sơ" where the total received and its sub-row "Hồ sơ tiếp nhận mới trong kỳ" (and the row of
 * those received online) fit the words alike: a figure that names none of what makes a row narrower than another
 * candidate (its words, or a facet such as the channel) is the broader one, whatever words elsewhere in the sentence
 * (of another figure: "…, trong đó hồ sơ tiếp nhận mới trong kỳ 5.000 hồ sơ") gave the narrower: it is dropped.
 */
function withoutUnnamedNarrower(
  cands: Candidate[],
  ctx: FigureContext,
  fig: Partial<Record<Dim, FigureFacet>>,
  profile: FormProfile,
): Candidate[] {
  if (cands.length < 2) return cands;
  const close = cands;
  // the periods the prose names are no row's words ("cùng kỳ năm 2025, Sở tiếp nhận …": not "hồ sơ kỳ trước …")
  const said = [ctx.local, ctx.inherited, ctx.item, ctx.lead].map(withoutPeriods);
  const drop = new Set<string>();
  for (const nc of close) {
    const n = profile.rows.get(nc.code)!;
    for (const bc of close) {
      if (bc === nc) continue;
      const b = profile.rows.get(bc.code)!;
      const words = qualifiers(n, b, profile);
      if (!words) continue;
      if (qualifierPhrases(n, words).some((w) => said.some((t) => hasPhrase(t, w)))) continue;
      const facetNamed = ALL_DIMS.some((d) => {
        const values = fig[d]?.values;
        return !!values && [...n.facets[d]].some((v) => !b.facets[d].has(v) && values.has(v));
      });
      if (facetNamed) continue;
      drop.add(nc.code);
      break;
    }
  }
  return drop.size === 0 ? cands : cands.filter((c) => !drop.has(c.code));
}

export const MIN_SCORE = 4;
export const MIN_SCORE_WEAK = 7;
export const MARGIN = 1.2;

export type MatchResult =
  | { status: "matched"; best: Candidate; /** candidates as good, whose table values are the same */ tied: Candidate[] }
  | { status: "ambiguous"; candidates: Candidate[] }
  | { status: "none"; best?: Candidate };

/** The table value(s) a candidate would be compared with, as a key (to tell apart candidates that disagree). */
function valueKey(c: Candidate, appendix: Appendix | null): string {
  if (!appendix) return c.code;
  const v = (code?: string) => {
    if (!code) return "";
    const r = appendix.rows.get(code);
    return r ? `${r.value.status}:${r.value.number ?? ""}` : "missing";
  };
  return `${v(c.code)}|${v(c.wholeCode)}`;
}

/** Decide on the candidates: a confident best, or ambiguous, or none. */
export function decide(f: Figure, candidates: Candidate[], appendix: Appendix | null): MatchResult {
  const best = candidates[0];
  const min = f.weak ? MIN_SCORE_WEAK : MIN_SCORE;
  if (!best || best.score < min) return { status: "none", best };
  const key = valueKey(best, appendix);
  const close = candidates.filter((c) => c !== best && c.score > best.score - MARGIN);
  const rivals = close.filter((c) => valueKey(c, appendix) !== key);
  if (rivals.length > 0) return { status: "ambiguous", candidates: [best, ...close] };
  return { status: "matched", best, tied: close };
}

/** Every count unit the form uses in prose (for the figure finder). */
export function formUnits(form: FormDefinition): string[] {
  return formProfile(form).units;
}
