/**
 * Ratios: a percent row and the numerator and denominator it is computed from. They are looked for among the percent's
 * own sub-rows, else among the rows just above it in its group (and theirs). The denominator is the whole, the
 * numerator the part: a later stage of the same course (tiếp nhận → đã giải quyết → đúng hạn; được giao → hoàn thành;
 * đủ điều kiện → đang cung cấp) or one kind of it (trực tuyến of all dossiers); and the percent names the numerator's
 * stage or words ("Tỷ lệ … đúng hạn").
 *
 * Not inferred: a percent compared with something the table does not hold ("so với năm 2015", "so với cùng kỳ").
 * A percent of a plan or an estimate ("so với kế hoạch", revenue "thu ngân sách") may be above 100%.
 */
import {
  comparable,
  ERROR_CONFIDENCE,
  descendants,
  isQuantity,
  isTotal,
  isUnder,
  quote,
  siblingsOf,
  valuesContradict,
  type Found,
  type Node,
} from "./model";
import {
  courseStep,
  namedWholeOf,
  narrowerKind,
  narrows,
  OTHER_TIME,
  phraseOf,
  PLAN,
  planIsCeiling,
  refinement,
  sameNoun,
  senseOf,
  type Dim,
  type Sense,
} from "./sense";

/** How many rows above a percent may hold its numerator and denominator. */
const LOOK_BACK = 4;
/**
 * How far up its group a percent looks when nothing near it is its pair ("Tỷ lệ hồ sơ được số hóa" under "Số hồ sơ
 * được số hóa", with "Tổng số hồ sơ tiếp nhận" six rows up).
 */
const LOOK_BACK_FAR = 10;

interface Pool {
  nodes: Node[];
  own: boolean;
}

function poolOf(p: Node, all: Node[], lookBack = LOOK_BACK): Pool {
  const own = p.children.filter(isQuantity);
  if (own.length >= 2) return { nodes: own, own: true };
  const siblings = siblingsOf(p, all);
  const at = siblings.indexOf(p);
  const above: Node[] = [];
  for (let k = at - 1; k >= 0 && at - k <= lookBack; k--) {
    const s = siblings[k];
    if (s.kind === "heading") break;
    if (isQuantity(s)) above.push(s);
    above.push(...descendants(s).filter(isQuantity));
  }
  if (p.parent && isQuantity(p.parent)) above.push(p.parent);
  return { nodes: [...own, ...above], own: false };
}

/**
 * Content words of `n` beyond those of `d`, but for the noun it counts: a sub-row's label may leave out "hồ sơ"
 * ("Tiếp nhận trực tuyến"), which then says nothing of which stage or kind it is.
 */
function extraWords(n: Sense, d: Sense): string[] {
  return [...n.words].filter((w) => !d.words.has(w) && !n.nounWords.has(w));
}

/** The percent names values its numerator lacks (trước hạn và đúng hạn over "Đúng hạn"), which a sibling row has. */
function spansSiblings(p: Node, n: Node, all: Node[]): boolean {
  const siblings = siblingsOf(n, all).filter((s) => s !== n);
  return (Object.keys(p.sense.facets) as (keyof Sense["facets"])[]).some((d) => {
    const missing = [...p.sense.facets[d]].filter((v) => n.sense.facets[d].size > 0 && !n.sense.facets[d].has(v));
    return missing.length > 0 && missing.every((v) => siblings.some((s) => s.sense.facets[d].has(v)));
  });
}

/** Two rows that say the same of their stage, channel, level … (trước hạn / đúng hạn are both "on time"). */
function sameFacets(a: Sense, b: Sense): boolean {
  return (Object.keys(a.facets) as (keyof Sense["facets"])[]).every(
    (d) => a.facets[d].size === b.facets[d].size && [...a.facets[d]].every((v) => b.facets[d].has(v)),
  );
}

interface Pair {
  n: Node;
  d: Node;
  score: number;
  stage: boolean;
  saysStage: boolean;
  /** The numerator is what was done of a plan that can be exceeded (training, recruitment, revenue). */
  overPlan: boolean;
  why: string;
}

/** The percent's words, but for "tỷ lệ": "Tỷ lệ cán bộ có trình độ đại học" names "Số cán bộ có trình độ đại học". */
function namesNumerator(p: Sense, n: Node): boolean {
  const words = [...p.words].filter((w) => !SHARE_WORDS.has(w));
  return words.length > 0 && words.length === n.sense.words.size && words.every((w) => n.sense.words.has(w));
}
const SHARE_WORDS = new Set(["tỷ", "tỉ", "lệ"]);

function scorePair(p: Sense, n: Node, d: Node, own: boolean, wholeNamed: boolean): Pair | null {
  if (!comparable(n, d)) return null;
  // A row is no share of its own sub-row ("Tổng số cán bộ, công chức" over "- Cán bộ").
  if (isUnder(d, n)) return null;
  // A count of people present, of visits, or revenue is no share of the quota, the headcount or the estimate.
  if (n.sense.present || d.sense.present) return null;
  // The denominator counts one kind (trực tuyến) the numerator is not said to be of: no share of it.
  if (narrowerKind(d.sense, n.sense) && !isUnder(n, d)) return null;
  const step = courseStep(d.sense, n.sense);
  // A sub-row's label leaves out its parent's words ("Tiếp nhận trực tuyến" under "Tổng số hồ sơ tiếp nhận").
  // The percent names the whole: a row of one kind of it (trực tuyến) is a part of it whatever else its words say.
  const narrow = narrows(d.sense, n.sense) || isUnder(n, d) || (wholeNamed && refinement(d.sense, n.sense) !== null);
  const split = narrow ? refinement(d.sense, n.sense) : null;
  if (!step && !narrow) return null;
  const named = namesNumerator(p, n);
  const saysPart =
    named || (step ? p.facets[step.dim].has(step.part) : split ? p.facets[split.dim].has(split.value) : false);
  // "Tỷ lệ TTHC đủ điều kiện được cung cấp …", "Tỷ lệ thu ngân sách so với dự toán": the percent names the whole it is
  // a share of.
  const saysWhole = step !== null && !saysPart && p.facets[step.dim].has(step.whole);
  const saysStage = saysPart || (own && saysWhole);
  const extra = extraWords(n.sense, d.sense);
  const saysWords = extra.some((w) => p.words.has(w));
  if (!saysStage && !saysWords && !saysWhole) return null;
  const stray = [...n.sense.words].filter((w) => !p.words.has(w) && !d.sense.words.has(w)).length;
  const score =
    (step ? (step.direct ? 2 : 1.5) : 0) +
    (split ? 1.5 : 0) +
    (narrow ? 1 : 0) +
    (saysStage ? 2 : saysWhole ? 1 : 0) +
    (saysWords ? 1 : 0) +
    (n.parent === d ? 1 : 0) +
    (isTotal(d) ? 0.5 : 0) -
    0.3 * stray;
  const why = step
    ? `${phraseOf(n.sense, step.dim, step.part)} / ${phraseOf(d.sense, step.dim, step.whole)}`
    : split
      ? `${phraseOf(n.sense, split.dim, split.value)} / ${quote(d.label, 30)}`
      : `${extra.join(" ")} / ${quote(d.label, 30)}`;
  const overPlan = step?.dim === "plan" && !planIsCeiling(p, n.sense, d.sense);
  // Named by the percent ("Tỷ lệ X" over "Số X") and narrowing a total: as sure as a stage of a course.
  const stage = step !== null || split !== null || (named && narrow && isTotal(d));
  return { n, d, score, stage, saysStage, overPlan, why };
}

function pairsOf(p: Sense, pool: Pool, denominator: Node | null): Pair[] {
  const pairs: Pair[] = [];
  for (const n of pool.nodes)
    for (const d of denominator ? [denominator] : pool.nodes) {
      const pair = scorePair(p, n, d, pool.own, denominator !== null);
      if (pair) pairs.push(pair);
    }
  return pairs;
}

const DIMS_ALL = (s: Sense) => Object.keys(s.facets) as Dim[];

/** A row that is the whole a percent names ("tổng số hồ sơ tiếp nhận"): all its words, the same facets. */
function isNamedWhole(whole: Sense, d: Node): boolean {
  if (!isQuantity(d) || !sameNoun(whole, d.sense)) return false;
  for (const w of whole.words) if (!d.sense.words.has(w)) return false;
  return DIMS_ALL(whole).every(
    (dim) =>
      whole.facets[dim].size === d.sense.facets[dim].size &&
      [...whole.facets[dim]].every((v) => d.sense.facets[dim].has(v)),
  );
}

/**
 * The row a percent names as its denominator: of the rows that are that whole, the one with fewest other words, a
 * total before a row that is not, the nearest above the percent (a table gives a whole before its share), else the
 * nearest below: never the next block's whole just under the percent when its own is further up. Null when the
 * table holds none. The rows that are a whole are found and ranked once per whole (`wholes`: ranks in that order, each
 * in the table's order), so that a table of many such percents stays linear.
 */
function namedDenominator(p: Node, all: Node[], whole: string, wholes: Map<string, Node[][]>): Node | null {
  let ranks = wholes.get(whole);
  if (!ranks) {
    const sense = senseOf(whole, null);
    const rankOf = (d: Node) => `${d.sense.words.size}|${isTotal(d) ? 0 : 1}`;
    const byRank = new Map<string, Node[]>();
    for (const d of all) {
      if (!isNamedWhole(sense, d)) continue;
      const rank = byRank.get(rankOf(d));
      if (rank) rank.push(d);
      else byRank.set(rankOf(d), [d]);
    }
    ranks = [...byRank.values()].sort(
      (a, b) => a[0].sense.words.size - b[0].sense.words.size || Number(isTotal(b[0])) - Number(isTotal(a[0])),
    );
    for (const rank of ranks) rank.sort((a, b) => a.index - b.index);
    wholes.set(whole, ranks);
  }
  for (const rank of ranks) {
    // the first row at or below p, by halves: the one before it is the nearest above
    let lo = 0;
    let hi = rank.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rank[mid].index < p.index) lo = mid + 1;
      else hi = mid;
    }
    const above = rank[lo - 1];
    const below = rank[lo] === p ? rank[lo + 1] : rank[lo];
    if (above || below) return (above ?? below)!;
  }
  return null;
}

/** Words that say where, not what: "Số dân trên địa bàn", "Số hộ gia đình toàn xã". */
const WHERE = new Set("trên địa bàn toàn xã phường thị trấn đặc khu huyện tỉnh cấp".split(" "));

/**
 * "Tỷ lệ người dân có tài khoản định danh điện tử mức 2" over "Số tài khoản định danh điện tử mức 2" and "Số dân trên
 * địa bàn": a share of those the percent names before "có" (the denominator counts them) who have what it names after
 * (the numerator counts that), whatever unit each row prints. Only when one row above, in the percent's group, is
 * each; the table's own numbers must not have the numerator above the denominator.
 */
function headShare(p: Node, all: Node[]): Found | null {
  const m = /^(?:tỷ lệ|tỉ lệ) (.+?) (?:có|đã có) (.+)$/.exec(p.sense.text);
  if (!m) return null;
  const head = senseOf(m[1], null).words;
  const what = senseOf(m[2], null).words;
  if (head.size === 0 || what.size === 0) return null;
  const siblings = siblingsOf(p, all);
  const at = siblings.indexOf(p);
  const above: Node[] = [];
  for (let k = at - 1; k >= 0 && at - k <= LOOK_BACK_FAR; k--) {
    if (siblings[k].kind === "heading") break;
    above.push(siblings[k], ...descendants(siblings[k]));
  }
  const rows = above.filter((n) => n.kind === "count");
  const numerators = rows.filter(
    (n) => [...what].every((w) => n.sense.words.has(w)) && [...n.sense.words].every((w) => what.has(w) || head.has(w)),
  );
  const denominators = rows.filter((d) => {
    const words = [...d.sense.words].filter((w) => !WHERE.has(w));
    return words.length > 0 && words.every((w) => head.has(w)) && ![...d.sense.words].some((w) => what.has(w));
  });
  if (numerators.length !== 1 || denominators.length !== 1) return null;
  const [n] = numerators;
  const [d] = denominators;
  if (valuesContradict(n, d)) return null;
  const exact = n.sense.words.size === what.size;
  return {
    relation: {
      type: "ratio",
      percent: p.code,
      numerator: n.code,
      denominator: d.code,
      reason: `${p.label} = ${n.label} / ${d.label}`,
    },
    confidence: exact ? 0.8 : 0.7,
    evidence: `${quote(p.label, 40)} = ${quote(n.label, 40)} / ${quote(d.label, 30)}: ${m[2]} / ${m[1]}`,
  };
}

export function inferRatios(all: Node[]): Found[] {
  const found: Found[] = [];
  const wholes = new Map<string, Node[][]>();
  for (const p of all) {
    if (p.kind !== "percent") continue;
    const compared = p.sense.comparedWith;
    const planShare = compared !== null && PLAN.test(compared);
    // A percent compared with something (a plan, a quota, the same period) or of revenue or staff present is no
    // share: it may be above 100%.
    if (compared !== null || p.sense.revenue || p.sense.present) p.canExceed = true;
    if (compared !== null && OTHER_TIME.test(compared)) continue;
    // "… trên tổng số hồ sơ tiếp nhận": the denominator is the row it names, and the numerator is what the words
    // before it say; a table with no such row gets no ratio (the nearest plausible row is not what the label says).
    const named = p.sense.namedWhole !== null ? namedWholeOf(p.label) : null;
    const denominator = named ? namedDenominator(p, all, named.whole, wholes) : null;
    if (named && !denominator) continue;
    const ps = named ? senseOf(named.rest, p.unit) : p.sense;
    const pairsIn = (pool: Pool) => pairsOf(ps, pool, denominator);
    let pool = poolOf(p, all);
    let pairs = pairsIn(pool);
    if (pairs.length === 0 && !pool.own) {
      pool = poolOf(p, all, LOOK_BACK_FAR);
      pairs = pairsIn(pool);
    }
    if (pairs.length === 0) {
      const share = named || compared !== null ? null : headShare(p, all);
      if (share) found.push(share);
      continue;
    }
    pairs.sort((a, b) => b.score - a.score);
    const best = pairs[0];
    // Of the same numerator over a total and over one of the total's own parts, the total is the denominator.
    const rival = pairs.find(
      (x) =>
        (x.n !== best.n || x.d !== best.d) && x.score >= best.score - 0.5 && !(x.n === best.n && isUnder(x.d, best.d)),
    );
    // Two sub-rows equally the numerator ("Tỷ lệ hồ sơ trực tuyến" over two rows of online dossiers), or the percent
    // names stages its numerator row has only one of ("Tỷ lệ … trước hạn và đúng hạn" over "- Trước hạn", "- Đúng
    // hạn", "- Quá hạn"): the numerator is their sum, no row of the table, and no ratio of one row says it.
    if (rival && rival.d === best.d && rival.n !== best.n && rival.n.parent === best.n.parent) {
      if (sameFacets(rival.n.sense, best.n.sense) || spansSiblings(p, best.n, all)) continue;
    }
    let confidence = pool.own || denominator ? 0.9 : 0.85;
    if (!best.stage) confidence -= 0.15;
    if (!best.saysStage) confidence -= 0.1;
    if (rival) confidence -= 0.25;
    const canExceed = planShare || best.overPlan || best.n.sense.revenue || p.sense.revenue;
    // The table's own numbers against a guess the words barely support (a numerator above its denominator): evidence
    // that the guess is wrong, not a finding. Against a sure one they are the officer's mistake, and are reported.
    if (confidence < ERROR_CONFIDENCE && valuesContradict(best.n, best.d) && !canExceed && !p.canExceed) continue;
    if (canExceed) p.canExceed = true;
    found.push({
      relation: {
        type: "ratio",
        percent: p.code,
        numerator: best.n.code,
        denominator: best.d.code,
        reason: `${p.label} = ${best.n.label} / ${best.d.label}`,
      },
      confidence: Math.max(0.3, Math.min(1, confidence)),
      evidence: denominator
        ? `${quote(p.label, 40)} = ${quote(best.n.label, 40)} / ${quote(best.d.label, 40)}: mẫu số do nhãn nêu`
        : `${quote(p.label, 40)} = ${best.why}`,
    });
  }
  return found;
}
