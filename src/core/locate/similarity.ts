/** Label similarity for matching a table row to a form row: word overlap on normalised Vietnamese text. */
import { foldForMatch } from "../vn/normalize";

export function labelTokens(label: string): string[] {
  return foldForMatch(label)
    .replace(/<\/?i>/g, " ")
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((t) => t.length > 0);
}

/** Dice coefficient over word multisets, 0..1 (1 = the same words). */
export function tokenSimilarity(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
