/**
 * Mapping table rows to form rows by STT and label together: an order-preserving alignment (like a diff),
 * so a wrong, missing or repeated STT, a reworded label, an extra or a missing row, and the form's rows that share
 * a label (3.3.1a and 3.3.2a) all land where they belong.
 */
import type { FormRow } from "../form/schema";
import { labelTokens } from "./similarity";
import type { TableRow } from "./tableRows";

/** Normalise an STT as written or stored: "1.2.", "1,2", 1.2 → "1.2"; "Trong đó" → "". */
export function normaliseStt(stt: string): string {
  const s = stt.trim().replace(/,/g, ".").replace(/\.$/, "");
  return /^\d+(\.\d+)*$/.test(s) ? s : "";
}

const MIN_LABEL = 0.6;
const MIN_LABEL_WITH_STT = 0.3;

interface Side {
  stt: string;
  tokens: readonly number[];
}

/** Score of a table row standing for a form row, given their shared word count, or NaN when they cannot be. */
function pairScore(t: Side, f: Side, common: number): number {
  const sttEqual = t.stt !== "" && t.stt === f.stt;
  if (t.tokens.length === 0) return sttEqual ? 0.4 : NaN;
  const sim = f.tokens.length === 0 ? 0 : (2 * common) / (t.tokens.length + f.tokens.length);
  if (sim >= MIN_LABEL || (sttEqual && sim >= MIN_LABEL_WITH_STT)) {
    const sttTerm = sttEqual ? 0.5 : t.stt !== "" && f.stt !== "" ? -0.2 : 0;
    return sim + sttTerm;
  }
  return NaN;
}

/** Word id → the form rows holding it, with how many times. */
function postingsOf(form: Side[]): Map<number, [row: number, count: number][]> {
  const postings = new Map<number, [number, number][]>();
  form.forEach((f, j) => {
    for (let k = 0; k < f.tokens.length; k++) {
      const id = f.tokens[k];
      const list = postings.get(id) ?? [];
      const last = list[list.length - 1];
      if (last && last[0] === j) last[1]++;
      else list.push([j, 1]);
      postings.set(id, list);
    }
  });
  return postings;
}

/** scores[i * m + j]: table row i as form row j (NaN: impossible). Shared words are counted through postings. */
function scoreMatrix(t: Side[], f: Side[]): Float64Array {
  const m = f.length;
  const scores = new Float64Array(t.length * m);
  const postings = postingsOf(f);
  const common = new Int32Array(m);
  t.forEach((row, i) => {
    common.fill(0);
    for (let k = 0; k < row.tokens.length;) {
      const id = row.tokens[k];
      let count = 0;
      while (k < row.tokens.length && row.tokens[k] === id) {
        count++;
        k++;
      }
      for (const [j, c] of postings.get(id) ?? []) common[j] += Math.min(c, count);
    }
    for (let j = 0; j < m; j++) scores[i * m + j] = pairScore(row, f[j], common[j]);
  });
  return scores;
}

/** For each table row, the index of its form row or -1. */
export function alignRows(table: TableRow[], form: FormRow[]): number[] {
  const t = table.map((r) => ({ stt: normaliseStt(r.stt), tokens: labelTokens(r.label) }));
  const f = form.map((r) => ({ stt: r.stt ?? "", tokens: labelTokens(r.label) }));
  const n = t.length;
  const m = f.length;
  const scores = scoreMatrix(t, f);
  // best[i][j]: best total score aligning the first i table rows with the first j form rows.
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const move: Uint8Array[] = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1)); // 0 skip table, 1 skip form, 2 pair
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let value = best[i - 1][j];
      let how = 0;
      if (best[i][j - 1] > value) {
        value = best[i][j - 1];
        how = 1;
      }
      const s = scores[(i - 1) * m + (j - 1)];
      if (!Number.isNaN(s) && best[i - 1][j - 1] + s > value) {
        value = best[i - 1][j - 1] + s;
        how = 2;
      }
      best[i][j] = value;
      move[i][j] = how;
    }
  }
  const result = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const how = move[i][j];
    if (how === 2) {
      result[i - 1] = j - 1;
      i--;
      j--;
    } else if (how === 1) j--;
    else i--;
  }
  uncross(result, scores, m);
  fillSkipped(result, scores, m);
  return result;
}

/**
 * Of two neighbouring rows written in each other's place with their STTs (1.4.3 above 1.4.2), the alignment keeps
 * one and skips the other. A skipped table row takes a form row left unmatched near its neighbours' form rows when it
 * fits it as well as the alignment asks of any pair.
 */
function fillSkipped(result: number[], scores: Float64Array, m: number): void {
  const taken = new Set(result.filter((j) => j >= 0));
  for (let i = 0; i < result.length; i++) {
    if (result[i] >= 0) continue;
    let before = -1;
    for (let k = i - 1; k >= 0 && before < 0; k--) before = result[k];
    let after = m;
    for (let k = i + 1; k < result.length && after === m; k++) if (result[k] >= 0) after = result[k];
    let best = -1;
    let bestScore = MIN_LABEL - 1e-9;
    for (
      let j = Math.max(0, Math.min(before, after) - SWAP_WINDOW);
      j <= Math.min(m - 1, Math.max(before, after === m ? before : after) + SWAP_WINDOW);
      j++
    ) {
      const score = scores[i * m + j];
      if (taken.has(j) || Number.isNaN(score) || score < bestScore) continue;
      best = j;
      bestScore = score;
    }
    if (best >= 0) {
      result[i] = best;
      taken.add(best);
    }
  }
}

/** How far apart (in table rows and in form rows) two rows may be to be taken for a swapped pair. */
const SWAP_WINDOW = 3;
/** A swap must fit clearly better than the order-preserving pairing. */
const SWAP_MARGIN = 0.1;

/**
 * The alignment keeps the form's order, so two neighbouring rows written in each other's place (3.3.1b above
 * 3.3.1a) are paired crosswise when their labels are alike enough. Swap such a pair back when each row fits the
 * other's form row clearly better.
 */
function uncross(result: number[], scores: Float64Array, m: number): void {
  const s = (i: number, j: number) => scores[i * m + j];
  for (let i = 0; i < result.length; i++) {
    const j = result[i];
    if (j < 0) continue;
    for (let k = i + 1; k < result.length && k <= i + SWAP_WINDOW; k++) {
      const l = result[k];
      if (l < 0 || Math.abs(l - j) > SWAP_WINDOW) continue;
      const crossed = s(i, l) + s(k, j);
      if (Number.isNaN(crossed) || crossed <= s(i, j) + s(k, l) + SWAP_MARGIN) continue;
      result[i] = l;
      result[k] = j;
      break;
    }
  }
}
