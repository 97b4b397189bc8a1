/**
 * Text helpers for matching prose against the form: one canonical "match text" (lower case, abbreviations spelled
 * out, punctuation as spaces) used for both sides, and facet lexicons (what a phrase says about level, status …).
 */
import { normalizeVietnamese } from "../vn/normalize";

/** Abbreviations officers use, spelled out (applied to whole words of lower-case text). */
const ABBREVIATIONS: Record<string, string> = {
  tthc: "thủ tục hành chính",
  vbqppl: "văn bản quy phạm pháp luật",
  qppl: "quy phạm pháp luật",
  dvc: "dịch vụ công",
  dvctt: "dịch vụ công trực tuyến",
  cchc: "cải cách hành chính",
  ubnd: "ủy ban nhân dân",
  hđnd: "hội đồng nhân dân",
  cbcc: "cán bộ công chức",
  cbccvc: "cán bộ công chức viên chức",
  cbcnvc: "cán bộ công chức viên chức",
  ccvc: "công chức viên chức",
  đvsncl: "đơn vị sự nghiệp công lập",
  đvsn: "đơn vị sự nghiệp",
  sncl: "sự nghiệp công lập",
  nsnn: "ngân sách nhà nước",
  pakn: "phản ánh kiến nghị",
  bcci: "bưu chính công ích",
  cntt: "công nghệ thông tin",
  xdcb: "xây dựng cơ bản",
};

// The character before is captured and put back (no lookbehind: Safari before 16.4 lacks it).
const ABBR_RE = new RegExp(
  `(^|[^\\p{L}\\p{M}\\p{N}])(${Object.keys(ABBREVIATIONS)
    .sort((a, b) => b.length - a.length)
    .join("|")})(?![\\p{L}\\p{M}\\p{N}])`,
  "gu",
);

const cache = new Map<string, string>();

/** Canonical text for matching: normalized, lower case, abbreviations spelled out, punctuation → space. */
export function matchText(s: string): string {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const out = normalizeVietnamese(s)
    .toLowerCase()
    .replace(ABBR_RE, (_m, before: string, a: string) => before + (ABBREVIATIONS[a] ?? a))
    .replace(/[^\p{L}\p{M}\p{N}%]+/gu, " ")
    .trim();
  if (cache.size > 5000) cache.clear();
  cache.set(s, out);
  return out;
}

/** Does match text t contain phrase p (both match text) as whole words? */
export function hasPhrase(t: string, p: string): boolean {
  if (!p || !t) return false;
  let i = t.indexOf(p);
  while (i >= 0) {
    const end = i + p.length;
    if ((i === 0 || t[i - 1] === " ") && (end === t.length || t[end] === " ")) return true;
    i = t.indexOf(p, i + 1);
  }
  return false;
}

export function syllables(p: string): number {
  return p.split(" ").filter(Boolean).length;
}

/**
 * A facet: a dimension of meaning a figure and a row must agree on. Each value has trigger phrases (match text);
 * longer phrases are found first and consume their words ("chưa hoàn thành" is not also "hoàn thành").
 */
export type Lexicon = Record<string, string[]>;

/** [phrase, value, the phrase's first word]: longest phrases first. */
const lexCache = new WeakMap<Lexicon, [string, string, string][]>();

function triggers(lex: Lexicon): [string, string, string][] {
  let t = lexCache.get(lex);
  if (!t) {
    t = [];
    for (const [value, phrases] of Object.entries(lex))
      for (const p of phrases) {
        const phrase = matchText(p);
        t.push([phrase, value, phrase.split(" ")[0]]);
      }
    t.sort((a, b) => b[0].length - a[0].length);
    lexCache.set(lex, t);
  }
  return t;
}

/** Facet values already found, per lexicon and text (a sentence's text is read once per figure in it). */
const facetCache = new WeakMap<Lexicon, Map<string, string[]>>();

/** The facet values a match text expresses (a new Set, the caller may change it). */
export function facetValues(t: string, lex: Lexicon): Set<string> {
  let cache = facetCache.get(lex);
  if (!cache) facetCache.set(lex, (cache = new Map()));
  let values = cache.get(t);
  if (!values) {
    if (cache.size > 5000) cache.clear();
    values = [...findFacetValues(t, lex)];
    cache.set(t, values);
  }
  return new Set(values);
}

function findFacetValues(t: string, lex: Lexicon): Set<string> {
  const found = new Set<string>();
  if (!t) return found;
  let s = ` ${t} `;
  // a phrase can only be there if its first word is one of the text's words (looked up, not searched for)
  const words = new Set(t.split(" "));
  for (const [phrase, value, first] of triggers(lex)) {
    if (first !== "" && !words.has(first)) continue;
    const needle = ` ${phrase} `;
    if (!s.includes(needle)) continue;
    if (value !== "-") found.add(value);
    s = s.split(needle).join(" # ");
  }
  return found;
}
