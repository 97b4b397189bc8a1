/**
 * Mapping table rows to form rows by STT and label together: an order-preserving alignment (like a diff),
 * so a wrong, missing or repeated STT, a reworded label, an extra or a missing row, and the form's rows that share
 * a label (3.3.1a and 3.3.2a) all land where they belong.
 */
import type { FormRow } from "../form/schema";
import { labelTokens, tokenSimilarity } from "./similarity";
import type { TableRow } from "./tableRows";

/** Normalise an STT as written or stored: "1.2.", "1,2", 1.2 → "1.2"; "Trong đó" → "". */
export function normaliseStt(stt: string): string {
  const s = stt.trim().replace(/,/g, ".").replace(/\.$/, "");
  return /^\d+(\.\d+)*$/.test(s) ? s : "";
}

const MIN_LABEL = 0.6;
const MIN_LABEL_WITH_STT = 0.3;

/** Score of table row t standing for form row f, or null when they cannot be the same row. */
function pairScore(t: { stt: string; tokens: string[] }, f: { stt: string; tokens: string[] }): number | null {
  const sim = tokenSimilarity(t.tokens, f.tokens);
  const sttEqual = t.stt !== "" && t.stt === f.stt;
  if (t.tokens.length === 0) return sttEqual ? 0.4 : null;
  if (sim >= MIN_LABEL || (sttEqual && sim >= MIN_LABEL_WITH_STT)) {
    const sttTerm = sttEqual ? 0.5 : t.stt !== "" && f.stt !== "" ? -0.2 : 0;
    return sim + sttTerm;
  }
  return null;
}

/** For each table row, the index of its form row or -1. */
export function alignRows(table: TableRow[], form: FormRow[]): number[] {
  const t = table.map((r) => ({ stt: normaliseStt(r.stt), tokens: labelTokens(r.label) }));
  const f = form.map((r) => ({ stt: r.stt ?? "", tokens: labelTokens(r.label) }));
  const n = t.length;
  const m = f.length;
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
      const s = pairScore(t[i - 1], f[j - 1]);
      if (s !== null && best[i - 1][j - 1] + s > value) {
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
  return result;
}
