/**
 * Label similarity for matching a table row to a form row: word overlap on normalised Vietnamese text.
 * Labels repeat from check to check (live checking re-runs on every edit), so their tokens are memoised, and words
 * are interned as numbers so the alignment's many comparisons are sorted-array merges without allocation.
 */
import { foldForMatch } from "../vn/normalize";

const MEMO_LIMIT = 5000;
const tokenMemo = new Map<string, readonly number[]>();
const wordIds = new Map<string, number>();

function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(word, id);
  }
  return id;
}

/** The words of a label, folded (NFC, modern tone marks, lower case). */
export function labelWords(label: string): string[] {
  return foldForMatch(label)
    .replace(/<\/?i>/g, " ")
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((t) => t.length > 0);
}

/** The label's words as sorted word ids (a multiset), memoised. */
export function labelTokens(label: string): readonly number[] {
  let tokens = tokenMemo.get(label);
  if (!tokens) {
    if (tokenMemo.size >= MEMO_LIMIT) tokenMemo.clear();
    tokens = labelWords(label)
      .map(wordId)
      .sort((a, b) => a - b);
    tokenMemo.set(label, tokens);
  }
  return tokens;
}

/** Dice coefficient over two sorted word-id multisets, 0..1 (1 = the same words). */
export function tokenSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}
