/**
 * Prose words for a form row that has none written by hand (a form learnt from the sheet, a form file without
 * keywords): the phrases of its own label, and the unit words prose uses for its unit. The matcher weighs them by
 * how specific they are across the form, as it does written keywords.
 */
import type { FormRow } from "../form/schema";
import { matchText } from "./text";

/** Words that start a label without saying what it counts. */
const LEAD = /^(?:tổng số lượng|tổng số|số lượng|số lượt|số|tỷ lệ phần trăm|tỷ lệ|tỉ lệ|tổng)\s+/;
/** A phrase does not start or end on these. */
const EDGE = new Set(
  "của và các trong tại theo về với là cho những này từ đến do thuộc hoặc như có cả trên dưới đối".split(" "),
);

/**
 * The reporting body's own names: every sentence of a commune's report may say "UBND xã", so they tell no row from
 * another. A phrase does not run across them.
 */
const BODIES =
  /(?:^| )(?:ủy ban nhân dân|hội đồng nhân dân|trung tâm phục vụ hành chính công|bộ phận một cửa|bộ phận tiếp nhận và trả kết quả)(?: (?:xã|phường|đặc khu|huyện|tỉnh|thị trấn))?(?= |$)/g;

/**
 * The period a label names ("… năm 2025", "… quý IV", "6 tháng"): every row of the table is of that period, so it
 * tells no row from another (a comparison, "so với năm 2015", stays: it is the row's own).
 */
const PERIOD =
  /(^| )(so với )?((?:năm|quý|tháng)(?: (?:\d{1,4}|i|ii|iii|iv))+|\d+ tháng(?: đầu năm| cuối năm)?)(?= |$)/g;

/** A label's match text cut around the reporting body's own names (see BODIES) and its period (see PERIOD). */
export function withoutBodies(text: string): string[] {
  return text
    .replace(PERIOD, (m: string, lead: string, compared: string | undefined) => (compared ? m : `${lead}`))
    .split(BODIES);
}

/**
 * Terms of the domain that are one phrase: a label is cut into them
 * first, so that its phrases are the ones prose uses and do not overlap ("thủ tục hành chính | được cung cấp | dịch
 * vụ công trực tuyến").
 */
const TERMS = [
  "hồ sơ",
  "văn bản",
  "nhiệm vụ",
  "kế hoạch",
  "dự toán",
  "tiếp nhận",
  "giải quyết",
  "trực tuyến",
  "trực tiếp",
  "thủ tục hành chính",
  "dịch vụ công trực tuyến",
  "dịch vụ công",
  "văn bản quy phạm pháp luật",
  "phản ánh kiến nghị",
  "cán bộ công chức",
  "cán bộ công chức viên chức",
  "người hoạt động không chuyên trách",
  "đơn vị sự nghiệp công lập",
  "ngân sách nhà nước",
  "vốn đầu tư công",
  "bưu chính công ích",
  "trước và đúng hạn",
  "nghĩa vụ tài chính",
  "thanh toán trực tuyến",
  "vị trí việc làm",
  "đào tạo bồi dưỡng",
  "hệ thống hóa",
  "chỉ đạo điều hành",
  "cải cách hành chính",
  "kết quả giải quyết",
  "số hóa",
  "toàn trình",
  "một phần",
  "được giao",
  "hiện có",
  "có mặt",
  "đã hoàn thành",
  "đã giải quyết",
  "đang giải quyết",
  "đã tiếp nhận",
  "đã xử lý",
  "được cung cấp",
  "đã ban hành",
];

let dictionary: Set<string> | null = null;

function termsOf(): Set<string> {
  dictionary ??= new Set(TERMS.map(matchText));
  return dictionary;
}

const MAX_TERM = 6;
/** Single words that say nothing on their own. */
const WEAK = new Set("số đã được đang tổng lượng tỷ lệ tỉ năm kỳ".split(" "));

/** The label cut into phrases: domain terms first (longest), then pairs of the other words. */
function chunks(words: string[]): string[][] {
  const terms = termsOf();
  const out: string[][] = [];
  let run: string[] = [];
  // A run of other words: each pair of neighbours (which two make a word is not known), or the word alone.
  const flush = () => {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    run = [];
  };
  for (let i = 0; i < words.length;) {
    if (EDGE.has(words[i])) {
      flush();
      out.push([]);
      i++;
      continue;
    }
    let taken = 0;
    for (let n = Math.min(MAX_TERM, words.length - i); n >= 2 && !taken; n--)
      if (terms.has(words.slice(i, i + n).join(" "))) taken = n;
    if (taken) {
      flush();
      out.push(words.slice(i, i + taken));
      i += taken;
    } else run.push(words[i++]);
  }
  flush();
  return out;
}

/**
 * The label's phrases: its terms and word pairs, each pair of neighbouring phrases joined (the context prose keeps),
 * and the label whole when it is short. Not the reporting body's own names, nor a lone word that says nothing.
 */
export function labelKeywords(label: string): string[] {
  const text = matchText(label.replace(/\([^)]*\)?/g, " ")).replace(LEAD, "");
  const out = new Set<string>();
  for (const part of withoutBodies(text)) {
    const words = part.split(" ").filter(Boolean);
    const pieces = chunks(words);
    const weak = (c: string[]) => c.length === 0 || (c.length === 1 && (WEAK.has(c[0]) || c[0].length <= 2));
    pieces.forEach((c, i) => {
      if (!weak(c)) out.add(c.join(" "));
      const next = pieces[i + 1];
      if (next && !weak(c) && !weak(next)) out.add([...c, ...next].join(" "));
    });
    if (words.length >= 2 && words.length <= 6) out.add(words.join(" "));
  }
  return [...out];
}

/** Unit words prose writes for a unit as printed (match text). */
const UNIT_WORDS: [RegExp, string[]][] = [
  [/^lượt/, ["lượt", "lượt người"]],
  [
    /^(người|cán bộ|công chức|viên chức|biên chế)/,
    ["người", "cán bộ", "công chức", "viên chức", "đồng chí", "trường hợp"],
  ],
  [/^(thủ tục|dịch vụ công)/, ["thủ tục", "thủ tục hành chính", "dịch vụ công", "dịch vụ công trực tuyến"]],
  [/^văn bản/, ["văn bản", "văn bản quy phạm pháp luật"]],
  [/^phản ánh|^kiến nghị/, ["phản ánh", "kiến nghị", "phản ánh kiến nghị"]],
  [/^(cơ quan|đơn vị|phòng)/, ["cơ quan", "đơn vị", "phòng"]],
];

/** The unit words of a count row: its unit as printed and the words prose uses for it. */
export function unitWords(unit: string | null): string[] {
  if (!unit) return [];
  const t = matchText(unit);
  if (!t || t === "%") return [];
  for (const [re, words] of UNIT_WORDS) if (re.test(t)) return [t, ...words.filter((w) => w !== t)];
  return [t];
}

/** Documents a label may count by name, one after the other ("Số kế hoạch, văn bản chỉ đạo …"). */
const DOCUMENT_NOUNS = /^(?:kế hoạch|văn bản|quyết định|công văn|chỉ thị|nghị quyết|thông báo|báo cáo)(?= |$)/;

/** The documents a label names as what it counts, in prose's unit words: "Số kế hoạch, văn bản …" → kế hoạch, văn bản. */
function countedDocuments(label: string): string[] {
  let t = matchText(label).replace(LEAD, "");
  const out: string[] = [];
  for (let m = DOCUMENT_NOUNS.exec(t); m; m = DOCUMENT_NOUNS.exec(t)) {
    out.push(m[0]);
    t = t.slice(m[0].length).trimStart();
  }
  return out;
}

/** The row's keywords and prose units, derived where the form gives none. */
export function proseWordsOf(row: FormRow, parent: FormRow | undefined): { keywords: string[]; proseUnits: string[] } {
  const keywords = row.keywords.length > 0 ? row.keywords : labelKeywords(row.label);
  if (row.proseUnits.length > 0 || row.kind !== "count") return { keywords, proseUnits: row.proseUnits };
  const units = unitWords(row.unit ?? parent?.unit ?? null);
  const more = [...countedDocuments(row.label), ...countedTurns(row.label, units)];
  return { keywords, proseUnits: [...new Set([...units, ...more])] };
}

/**
 * A row of people counted by the turn ("Số lượt người được tuyên truyền", unit "Người"; "Số lượt CBCC được cử đi đào
 * tạo", unit "Lượt người"): prose counts the same in turns ("1.520 lượt người") or in people ("cử 12 cán bộ, công
 * chức"). Its unit words are both.
 */
function countedTurns(label: string, units: string[]): string[] {
  const turns = /(?:^| )lượt(?= |$)/.test(matchText(label)) || units.includes("lượt");
  if (!turns) return [];
  return [...unitWords("lượt"), ...unitWords("người")];
}

/**
 * The form's rows with prose words where they have none (each row's own object when it has its words), and each row's
 * group (the code of its outermost ancestor: "3" for 3.3.1a, "III" for row 13 of a form with roman groups).
 */
export function proseRows(rows: readonly FormRow[]): { rows: FormRow[]; groupOf: Map<string, string> } {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const groupOf = new Map<string, string>();
  const out = rows.map((r) => {
    const parent = r.parent === null ? undefined : byCode.get(r.parent);
    groupOf.set(r.code, parent ? (groupOf.get(parent.code) ?? parent.code) : r.code);
    const words = proseWordsOf(r, parent);
    return words.keywords === r.keywords && words.proseUnits === r.proseUnits ? r : { ...r, ...words };
  });
  return { rows: out, groupOf };
}
