/**
 * What a narrative finding quotes: the sentence, as the officer wrote it, with the span of the figure or date in it.
 * A sentence up to MAX_QUOTE characters is quoted whole (nearly every real one); a longer one (a paragraph-long list
 * of communes, a table row of a thousand dates) is cut to the clause around the span — from the ";" before to the
 * ";" after, at most QUOTE_CONTEXT characters either side, cut at a space — with "…" where it was cut.
 */
import type { Sentence } from "./sentences";

export const MAX_QUOTE = 600;
export const QUOTE_CONTEXT = 160;

export interface Quoted {
  quote: string;
  quoteSpan: { start: number; end: number };
}

/** The quote of a finding about the normalized offsets [start, end) of sentence s. */
export function quoteOf(s: Sentence, start: number, end: number): Quoted {
  return quoteText(s.quote, s.toQuote(start), s.toQuoteEnd(end));
}

/** The quote of a finding about quote[start, end) (offsets in the quote itself). */
export function quoteText(quote: string, start: number, end: number): Quoted {
  if (quote.length <= MAX_QUOTE) return { quote, quoteSpan: { start, end } };
  end = Math.min(end, start + MAX_QUOTE);
  const windowStart = Math.max(0, start - QUOTE_CONTEXT);
  const windowEnd = Math.min(quote.length, end + QUOTE_CONTEXT);
  let from = windowStart;
  // (searched inside the window only: a finding costs the same in a sentence of any length)
  const semiBefore = quote.slice(windowStart, start).lastIndexOf(";");
  if (semiBefore >= 0) from = windowStart + semiBefore + 1;
  else if (from > 0) {
    const space = quote.slice(from, start).indexOf(" ");
    if (space >= 0) from += space + 1;
  }
  let to = windowEnd;
  const semiAfter = quote.slice(end, windowEnd).indexOf(";");
  if (semiAfter >= 0) to = end + semiAfter + 1;
  else if (to < quote.length) {
    const space = quote.slice(end, to).lastIndexOf(" ");
    if (space >= 0) to = end + space;
  }
  while (from < start && quote[from] === " ") from++;
  while (to > end && quote[to - 1] === " ") to--;
  const head = from > 0 ? "… " : "";
  const tail = to < quote.length ? " …" : "";
  return {
    quote: `${head}${quote.slice(from, to)}${tail}`,
    quoteSpan: { start: head.length + start - from, end: head.length + end - from },
  };
}
