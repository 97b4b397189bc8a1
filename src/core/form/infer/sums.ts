/**
 * Totals and their parts: the sub-rows of a count (or the rows after a "Tổng số …" row, its siblings) are its parts.
 * - They make a sum when they divide it: one value each of a dimension whose values together are the whole (trực
 *   tuyến / trực tiếp; đúng hạn / quá hạn; cấp huyện / cấp xã; toàn trình / một phần; đã giải quyết / đang giải quyết)
 *   or percentage brackets that follow on from each other (từ 70% - dưới 100%, từ 30% - dưới 70% …). Parts that only
 *   say whether a deadline was met, under a total of what was received or assigned (some may be neither resolved
 *   nor overdue yet), make a sum the finder is less sure of.
 * - Otherwise, parts listed under "Trong đó", or that narrow the total's words, do not exceed it (part-of each).
 * A part that may legitimately go beyond its whole (people present against the quota, visits against a headcount,
 * revenue against the estimate) is left alone.
 */
import {
  comparable,
  ERROR_CONFIDENCE,
  isQuantity,
  quote,
  siblingsOf,
  valuesContradict,
  type Found,
  type Node,
} from "./model";
import { matchText } from "../../narrative/text";
import { foldForMatch, normalizeVietnamese } from "../../vn/normalize";
import { courseStep, narrows, PARTITIONS, phraseOf, planIsCeiling, refinement, type Dim } from "./sense";

interface Division {
  dim: Dim | "brackets" | "terms";
  words: string[];
  /** The parts say whether a deadline was met, of a total that may still hold pending ones. */
  loose: boolean;
}

/** Percentage brackets "từ 70% - dưới 100%" → [70, 100]. */
function bracketOf(label: string): [number, number] | null {
  const m = /(?:từ|trên)\s*(\d+(?:[.,]\d+)?)\s*%?\s*(?:-|–|đến|tới)?\s*(?:dưới|nhỏ hơn)?\s*(\d+(?:[.,]\d+)?)\s*%/.exec(
    foldForMatch(label),
  );
  if (!m) return null;
  const a = Number(m[1].replace(",", "."));
  const b = Number(m[2].replace(",", "."));
  return a < b ? [a, b] : null;
}

/** The words of a label after "Tổng số" / "Số", without its brackets. */
function bodyWords(label: string): string[] {
  const t = matchText(normalizeVietnamese(label).replace(/\([^)]*\)?/g, " "));
  return t
    .replace(/^(tổng số|tổng|số lượng|số)( |$)/, "")
    .split(" ")
    .filter(Boolean);
}

/** The terms a label lists: "Tổng số cán bộ, công chức cấp xã" → [cán bộ] [công chức cấp xã]. */
function termsOf(label: string): string[][] {
  const t = normalizeVietnamese(label).replace(/\([^)]*\)?/g, " ");
  return t
    .split(/\s*[,;]\s*|\s+và\s+/)
    .map((term, i) => (i === 0 ? bodyWords(term) : matchText(term).split(" ").filter(Boolean)))
    .filter((w) => w.length > 0);
}

const startsWith = (a: string[], b: string[]) => b.length <= a.length && b.every((w, i) => a[i] === w);
const sameWords = (a: string[], b: string[]) => a.length === b.length && startsWith(a, b);

/**
 * Parts whose labels are the terms the total's label lists, one each ("Tổng số cán bộ, công chức cấp xã" over "- Cán
 * bộ", "- Công chức"; "Số cán bộ, công chức, viên chức" over three). What follows the last term ("cấp xã") is said of
 * them all: a part may leave it out or repeat it.
 */
function enumerates(total: Node, parts: Node[]): string[] | null {
  const terms = termsOf(total.label);
  if (terms.length < 2 || terms.length !== parts.length) return null;
  const last = terms.length - 1;
  const used = new Set<number>();
  for (const part of parts) {
    const words = bodyWords(part.label);
    const j = terms.findIndex((term, k) => {
      if (used.has(k) || words.length === 0) return false;
      if (sameWords(term, words)) return true;
      if (k === last) return startsWith(term, words);
      // a part that repeats what follows the last term ("Cán bộ cấp xã")
      const tail = words.slice(term.length);
      return (
        tail.length > 0 &&
        tail.length < terms[last].length &&
        startsWith(words, term) &&
        sameWords(terms[last].slice(-tail.length), tail)
      );
    });
    if (j < 0) return null;
    used.add(j);
  }
  return parts.map((p) => p.label);
}

function divides(total: Node, parts: Node[]): Division | null {
  const terms = enumerates(total, parts);
  if (terms) return { dim: "terms", words: terms, loose: false };
  for (const [dim, sets] of Object.entries(PARTITIONS) as [Dim, string[][]][]) {
    const values = parts.map((p) => [...p.sense.facets[dim]].filter((v) => v !== "all" && v !== "both"));
    if (values.some((v) => v.length === 0)) continue;
    // Each part one or more values ("trực tiếp, qua bưu chính công ích"), together the values of a partition.
    const got = new Set(values.flat());
    if (!sets.some((set) => set.length === got.size && set.every((v) => got.has(v)))) continue;
    const overlap = got.size < values.flat().length;
    // đúng hạn / quá hạn divide what was resolved or is pending; of what was received or assigned, some may be
    // neither yet (chưa đến hạn).
    const flow = total.sense.facets.flow;
    const loose =
      dim === "flow" &&
      (got.has("ontime") || got.has("early")) &&
      !(flow.has("resolved") || flow.has("pending") || total.sense.facets.plan.has("done"));
    return {
      dim,
      words: parts.map((p, i) => values[i].map((v) => phraseOf(p.sense, dim, v)).join(", ")),
      loose: loose || overlap,
    };
  }
  const brackets = parts.map((p) => bracketOf(p.label));
  if (brackets.every((b): b is [number, number] => b !== null)) {
    const sorted = [...brackets].sort((a, b) => b[0] - a[0]);
    if (sorted.every((b, i) => i === 0 || b[1] === sorted[i - 1][0]))
      return { dim: "brackets", words: brackets.map(([a, b]) => `${a}-${b}%`), loose: false };
  }
  return null;
}

/** The rows after a "Tổng số …" row that count the same thing, up to the next row that does not. */
function followers(total: Node, all: Node[]): Node[] {
  const siblings = siblingsOf(total, all);
  const out: Node[] = [];
  for (let k = siblings.indexOf(total) + 1; k < siblings.length; k++) {
    const s = siblings[k];
    if (!comparable(total, s) || s.sense.total) break;
    out.push(s);
  }
  return out;
}

/** A part that may go beyond its whole in a correct report. */
function mayExceed(whole: Node, part: Node): boolean {
  return part.sense.present || whole.sense.present || part.sense.revenue || part.sense.comparedWith !== null;
}

export function inferSums(all: Node[]): Found[] {
  const found: Found[] = [];
  for (const total of all) {
    if (!isQuantity(total)) continue;
    let parts = total.children.filter((c) => comparable(total, c));
    let siblings = false;
    if (parts.length < 2 && total.children.filter(isQuantity).length === 0 && total.sense.total) {
      parts = followers(total, all);
      siblings = true;
    }
    if (parts.length === 0) continue;
    if (parts.some((p) => mayExceed(total, p))) continue;
    const division = parts.length >= 2 ? divides(total, parts) : null;
    if (division) {
      let confidence = siblings ? 0.75 : 0.9;
      if (division.loose) confidence -= 0.25;
      found.push({
        relation: {
          type: "sum",
          total: total.code,
          parts: parts.map((p) => p.code),
          reason: `${total.label} = ${parts.map((p) => p.label).join(" + ")}`,
        },
        confidence,
        evidence: `${quote(total.label, 40)} = ${division.words.join(" + ")}${division.loose ? " (có thể còn phần chưa đến hạn)" : ""}`,
      });
      continue;
    }
    for (const part of parts) {
      const inWhich = part.inWhich && !siblings;
      const step = courseStep(total.sense, part.sense);
      const split = refinement(total.sense, part.sense);
      const narrow = narrows(total.sense, part.sense);
      if (!inWhich && !step && !narrow && !split) continue;
      if (!inWhich && step?.dim === "plan" && !planIsCeiling(total.sense, part.sense)) continue;
      const confidence = inWhich ? 0.9 : step || (split && narrow) ? (siblings ? 0.7 : 0.85) : 0.65;
      // A guess the words barely support, contradicted by the table's own numbers: no relation (see ratios.ts).
      if (confidence < ERROR_CONFIDENCE && valuesContradict(part, total)) continue;
      const words = inWhich
        ? "Trong đó"
        : step
          ? `${phraseOf(part.sense, step.dim, step.part)} ≤ ${phraseOf(total.sense, step.dim, step.whole)}`
          : split
            ? phraseOf(part.sense, split.dim, split.value)
            : [...part.sense.words].filter((w) => !total.sense.words.has(w)).join(" ");
      found.push({
        relation: {
          type: "part-of",
          part: part.code,
          whole: total.code,
          reason: `${part.label} ≤ ${total.label}`,
        },
        confidence,
        evidence: `${quote(part.label, 40)} ≤ ${quote(total.label, 40)}: ${words}`,
      });
    }
  }
  return found;
}
