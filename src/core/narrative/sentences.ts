/**
 * Split the narrative into sentences with their offsets and the section headings they sit under.
 *
 * Every paragraph is normalized (normalizeWithMap: NFC, old tone marks, spaces) for reading; each sentence keeps the
 * original text as its quote and a map from normalized offsets back into the quote, so findings point at the
 * officer's own characters.
 *
 * A sentence ends at . ! ? … followed by a space and an upper-case letter, a digit, a bracket, a quote or a list
 * marker, or at the end of the paragraph. Not an end: numbers ("1.851", "7,75%"), dates ("04/3/2022"),
 * abbreviations ("TP.", "Q.", "TS.", "v.v."), single initials ("Nguyễn V. A"), the numbering label at the start
 * of a paragraph ("1.", "2.1.", "II."), and list markers ("+", "-") that start a paragraph or follow a ";".
 */
import { normalizeWithMap } from "../vn/normalize";
import type { NarrativeDocument, NarrativeParagraph } from "./document";

export interface Heading {
  /** Depth: 1 for I./II., 2 for 1./2., 3 for 2.1., ...; 6 for a)/b) and for unnumbered upper-case headings under nothing. */
  level: number;
  /** The heading's own text (normalized), e.g. "3. Cải cách tổ chức bộ máy". */
  text: string;
}

export interface Sentence {
  /** Index of the paragraph in the document. */
  paragraph: number;
  /** Index of the sentence in its paragraph. */
  index: number;
  /** Normalized sentence text (what the checker reads). */
  text: string;
  /** The original text of the sentence (what a finding quotes). */
  quote: string;
  /** Where quote starts in the paragraph's original text. */
  quoteStart: number;
  /** Normalized offset in text → offset in quote (start of a span). */
  toQuote(i: number): number;
  /** Normalized exclusive end in text → exclusive end in quote. */
  toQuoteEnd(e: number): number;
  /** The headings this sentence sits under, outermost first (its own paragraph's heading included). */
  headings: Heading[];
  /** The normalized text of the same paragraph before this sentence. */
  before: string;
  /** The previous paragraph when it introduces this one ("+ Cấp xã:", "Trong đó:"), else "". */
  leadIn: string;
  /** This sentence is (the start of) a heading paragraph. */
  isHeading: boolean;
  inTable: boolean;
  part: NonNullable<NarrativeParagraph["part"]>;
}

/** Words that end with a period without ending a sentence (compared lower-case, without the period). */
const ABBREVIATIONS = new Set([
  "tp",
  "q",
  "p",
  "tt",
  "ths",
  "ts",
  "pgs",
  "gs",
  "bs",
  "ks",
  "cn",
  "th.s",
  "v.v",
  "vv",
  "st",
  "ông",
  "bà",
  "đ/c",
  "đc",
  "sđd",
  "tr",
  "x",
  "h",
  "tx",
  "no",
  "nxb",
  "ubnd",
  "dr",
  "mr",
  "mrs",
]);

const ROMAN = /^(?:[IVXLC]+)$/;
/** A numbering label at the start of a paragraph: "1.", "2.1.", "3.3.1", "II.", "a)", "1)". */
const LABEL_AT_START = /^\s*(?:(?:[IVXLC]+|\d+(?:\.\d+)*)\s*[.)/:-]?|[a-zđ]\s*[).])(?=\s)/u;
/** List markers at the start of a paragraph or after ";". */
const MARKER_AT_START = /^\s*[-+•*–·]\s+/u;

/** Heading level from a label ("II." → 1, "3." → 2, "2.1." → 3, "a)" → 6), or null. */
export function headingLevelOf(label: string): number | null {
  const l = label.trim().replace(/[.)/:-]+$/, "");
  if (ROMAN.test(l)) return 1;
  if (/^\d+(?:\.\d+)*$/.test(l)) return 1 + l.split(".").length;
  if (/^[a-zđ]$/u.test(l)) return 6;
  return null;
}

interface ParaHeading {
  level: number;
  /** Normalized end offset of the heading text in the paragraph (the rest is content). */
  end: number;
  text: string;
}

/** Is this paragraph a heading, and where does the heading text end? */
function detectHeading(p: NarrativeParagraph, text: string): ParaHeading | null {
  if (p.inTable) return null;
  const styleLevel = p.style && /^heading\s*(\d)$/i.exec(p.style.replace(/[^a-z0-9 ]/gi, ""))?.[1];
  const m = LABEL_AT_START.exec(text);
  let level: number | null = null;
  // "6 tháng đầu năm 2026, Sở tiếp nhận …": a bare number before a lower-case word is a figure, not a numbering label
  const bareNumber = m && /^\s*\d+$/.test(m[0]) && /^\s+\p{Ll}/u.test(text.slice(m[0].length));
  if (m && !bareNumber) level = headingLevelOf(m[0]);
  if (level === null && styleLevel) level = Number(styleLevel);
  if (level === null) {
    // An unnumbered line in capitals ("BÁO CÁO", "KẾT QUẢ THỰC HIỆN") is a heading too.
    const letters = text.length <= 160 ? text.replace(/[^\p{L}]/gu, "") : "";
    if (letters.length >= 4 && letters === letters.toUpperCase()) {
      return { level: 1, end: text.length, text: text.trim() };
    }
    return null;
  }
  // The heading is the text up to the first ":" or sentence end; a long numbered paragraph with neither is a list
  // item (e.g. the numbered tasks under "IV. PHƯƠNG HƯỚNG"), still a heading for its own content.
  const colon = text.indexOf(":");
  const stop = firstSentenceEnd(text, m ? m[0].length : 0);
  let end = text.length;
  if (colon >= 0 && colon < end) end = colon + 1;
  if (stop !== null && stop < end) end = stop;
  if (end > 220 && level >= 2) end = Math.min(end, 220);
  end = Math.min(end, MAX_HEADING);
  return { level, end, text: text.slice(0, end).trim() };
}

function firstSentenceEnd(text: string, from: number): number | null {
  const ends = sentenceEnds(text, from);
  return ends.length > 0 && ends[0] < text.length ? ends[0] : null;
}

const WORD_CHAR = /[\p{L}./]/u;
/** Characters that run on after a terminal mark and end with it: "..", "./.", "?!", ".)", ".”". */
const RUN_CHARS = new Set([".", "!", "?", "…", "/", '"', "'", "”", "’", ")", "]", "*"]);

/** /\s/ for one character, without a pattern for the usual ones. */
function isWhite(ch: string): boolean {
  return (
    ch === " " || ch === "\n" || ch === "\t" || (ch > "~" && /\s/.test(ch)) || ch === "\r" || ch === "\v" || ch === "\f"
  );
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** The run of letters, dots and slashes ending at i, within the 12 characters before i ("TP", "v.v", "đ/c"). */
function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > Math.max(0, i - 12) && WORD_CHAR.test(text[j - 1])) j--;
  return text.slice(j, i);
}

/** Exclusive end offsets of the sentences in text (the last is text.length). */
function sentenceEnds(text: string, from = 0): number[] {
  const ends: number[] = [];
  const labelEnd = LABEL_AT_START.exec(text)?.[0].length ?? 0;
  for (let i = Math.max(from, 0); i < text.length; i++) {
    const c = text[i];
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
    if (i < labelEnd) continue; // "2.1." at the start
    // runs of terminal punctuation ("..", "./.", "?!") end together
    let j = i + 1;
    while (j < text.length && RUN_CHARS.has(text[j])) j++;
    if (j >= text.length) break;
    // (when what follows the run decides, the rest of the run is not looked at again)
    if (!isWhite(text[j])) {
      i = j - 1;
      continue; // "1.851", "TP.HCM"
    }
    let k = j;
    while (k < text.length && isWhite(text[k])) k++;
    if (k >= text.length) break;
    const next = text[k];
    const startsNew = /[\p{Lu}\p{N}("“'‘[\-+•*–]/u.test(next);
    if (!startsNew) {
      i = j - 1;
      continue;
    }
    if (c === ".") {
      if (isDigit(text[i - 1]) && isDigit(next)) continue; // "1. 2." inside a line: numbers, not sentences
      const word = wordBefore(text, i);
      const w = word.toLowerCase();
      if (ABBREVIATIONS.has(w)) continue;
      if (/^\p{Lu}$/u.test(word) && /\p{Lu}/u.test(next)) {
        // an initial ("Nguyễn V. A"): after a capitalised name word; a lone roman numeral may end a sentence
        const prevWord = /(\S+)\s+\S$/u.exec(text.slice(Math.max(0, i - 30), i))?.[1] ?? "";
        if (!ROMAN.test(word) || /^\p{Lu}\p{Ll}/u.test(prevWord)) continue;
      }
    }
    ends.push(j);
    i = j - 1;
  }
  ends.push(text.length);
  return ends;
}

/** Characters normalizeWithMap would remove, replace or collapse (besides NFC and same-length tone/i-y fixes). */
const SPECIAL = /[\u00a0\u00ad\u00ab\u00bb\u2000-\u206f\u2212\u3000\ufe58\ufe63\uff05\uff0d\ufeff\u1680\t\v\f]| {2}/;

/**
 * normalizeWithMap, with a fast path: text that is already NFC and has nothing to remove or collapse maps 1:1
 * (tone placement and i/y spellings are left to matchText, which normalizes again).
 */
function normalizeFast(s: string): {
  text: string;
  toOriginal: (i: number) => number;
  toOriginalEnd: (e: number) => number;
} {
  if (!SPECIAL.test(s) && s.normalize("NFC") === s) {
    const n = s.length;
    return {
      text: s,
      toOriginal: (i) => Math.max(0, Math.min(n, i)),
      toOriginalEnd: (e) => Math.max(0, Math.min(n, e)),
    };
  }
  return normalizeWithMap(s);
}

/**
 * Bounds that keep the reading linear in the text's length whatever the text (a paragraph of 1 MB without a full
 * stop, a "heading" that never ends): a sentence longer than MAX_SENTENCE is cut into pieces at the last ";", else
 * ",", else space before the limit (a real sentence is rarely over 500 characters); a heading's text is at most
 * MAX_HEADING; the text of the paragraph before a sentence (Sentence.before) keeps, past BEFORE_FULL characters,
 * only its opening and its last BEFORE_TAIL characters (what the matcher reads: the opening phrase, the last words).
 */
export const MAX_SENTENCE = 800;
const MAX_HEADING = 250;
const BEFORE_FULL = 2000;
const BEFORE_HEAD = 200;
const BEFORE_TAIL = 1200;

/** Cut points that split text[start, end) into pieces of at most MAX_SENTENCE characters. */
function longSentenceCuts(text: string, start: number, end: number): number[] {
  const cuts: number[] = [];
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const limit = from + MAX_SENTENCE;
    const min = from + MAX_SENTENCE / 2;
    let cut = -1;
    const window = text.slice(min, limit);
    for (const sep of [";", ",", " "]) {
      const at = window.lastIndexOf(sep);
      if (at >= 0) {
        cut = min + at + 1;
        break;
      }
    }
    if (cut < 0) cut = limit;
    cuts.push(cut);
    from = cut;
  }
  return cuts;
}

/** The paragraph's text before offset s, bounded (see BEFORE_FULL). */
function textBefore(text: string, s: number): string {
  if (s <= BEFORE_FULL) return text.slice(0, s);
  return `${text.slice(0, BEFORE_HEAD)} … ${text.slice(s - BEFORE_TAIL, s)}`;
}

function isLeadIn(text: string): boolean {
  const t = text.trim();
  return t.endsWith(":") && t.length <= 200;
}

/** Split the document into sentences (table rows are one sentence each). */
export function splitSentences(doc: NarrativeDocument): Sentence[] {
  const out: Sentence[] = [];
  const stack: Heading[] = [];
  let prevPara = "";
  doc.paragraphs.forEach((p, pi) => {
    const part = p.part ?? "body";
    const original = p.text ?? "";
    const norm = normalizeFast(original);
    const text = norm.text;
    if (text.trim() === "") return;

    const heading = part === "body" ? detectHeading(p, text) : null;
    if (heading) {
      while (stack.length > 0 && stack[stack.length - 1].level >= heading.level) stack.pop();
      stack.push({ level: heading.level, text: heading.text });
    }
    const leadIn = isLeadIn(prevPara) ? prevPara : "";

    const makeSentence = (s: number, e: number, index: number, isHeading: boolean): Sentence => {
      // trim spaces and a leading list marker ("+ ", "- ") from the sentence
      while (s < e && /\s/.test(text[s])) s++;
      const mk = MARKER_AT_START.exec(text.slice(s, e));
      if (mk && !p.inTable) s += mk[0].length;
      while (e > s && /\s/.test(text[e - 1])) e--;
      const qs = norm.toOriginal(s);
      const qe = norm.toOriginalEnd(e);
      return {
        paragraph: pi,
        index,
        text: text.slice(s, e),
        quote: original.slice(qs, qe),
        quoteStart: qs,
        toQuote: (i: number) => norm.toOriginal(s + i) - qs,
        toQuoteEnd: (i: number) => norm.toOriginalEnd(s + i) - qs,
        headings: stack.map((h) => ({ ...h })),
        before: textBefore(text, s),
        leadIn,
        isHeading,
        inTable: p.inTable,
        part,
      };
    };

    if (p.inTable) {
      out.push(makeSentence(0, text.length, 0, false));
    } else {
      let start = 0;
      let index = 0;
      const ends = sentenceEnds(text);
      // the heading text of a heading paragraph is its own sentence
      if (heading && heading.end < text.length && !ends.includes(heading.end)) {
        ends.push(heading.end);
        ends.sort((a, b) => a - b);
      }
      // a very long sentence is read in pieces (see MAX_SENTENCE)
      const pieces: number[] = [];
      let from = 0;
      for (const e of ends) {
        if (e <= from) continue;
        if (e - from > MAX_SENTENCE) pieces.push(...longSentenceCuts(text, from, e));
        pieces.push(e);
        from = e;
      }
      for (const e of pieces) {
        if (e <= start) continue;
        if (text.slice(start, e).trim() !== "") {
          out.push(makeSentence(start, e, index++, heading !== null && start === 0));
        }
        start = e;
      }
    }
    prevPara = p.inTable ? "" : text;
  });
  return out;
}
