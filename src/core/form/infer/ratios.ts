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
import { comparable, descendants, isQuantity, isUnder, quote, siblingsOf, type Found, type Node } from "./model";
import { courseStep, narrowerKind, narrows, phraseOf, planIsCeiling, refinement, type Sense } from "./sense";

/** How many rows above a percent may hold its numerator and denominator. */
const LOOK_BACK = 4;
/**
 * How far up its group a percent looks when nothing near it is its pair ("Tỷ lệ hồ sơ được số hóa" under "Số hồ sơ
 * được số hóa", with "Tổng số hồ sơ tiếp nhận" six rows up).
 */
const LOOK_BACK_FAR = 10;

/** "so với" what: the plan or the estimate (held in the table) or another time (not held). */
const OTHER_TIME = /(^| )(năm \d{4}|năm trước|cùng kỳ|kỳ trước|đầu nhiệm kỳ|năm \d{2})( |$)/;
const PLAN = /(^| )(kế hoạch|dự toán|chỉ tiêu|được giao)( |$)/;

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

function scorePair(p: Node, n: Node, d: Node, own: boolean): Pair | null {
  if (!comparable(n, d)) return null;
  // A count of people present, of visits, or revenue is no share of the quota, the headcount or the estimate.
  if (n.sense.present || d.sense.present) return null;
  // The denominator counts one kind (trực tuyến) the numerator is not said to be of: no share of it.
  if (narrowerKind(d.sense, n.sense) && !isUnder(n, d)) return null;
  const step = courseStep(d.sense, n.sense);
  // A sub-row's label leaves out its parent's words ("Tiếp nhận trực tuyến" under "Tổng số hồ sơ tiếp nhận").
  const narrow = narrows(d.sense, n.sense) || isUnder(n, d);
  const split = narrow ? refinement(d.sense, n.sense) : null;
  if (!step && !narrow) return null;
  const saysPart = step
    ? p.sense.facets[step.dim].has(step.part)
    : split
      ? p.sense.facets[split.dim].has(split.value)
      : false;
  // "Tỷ lệ TTHC đủ điều kiện được cung cấp …", "Tỷ lệ thu ngân sách so với dự toán": the percent names the whole it is
  // a share of.
  const saysWhole = step !== null && !saysPart && p.sense.facets[step.dim].has(step.whole);
  const saysStage = saysPart || (own && saysWhole);
  const extra = extraWords(n.sense, d.sense);
  const saysWords = extra.some((w) => p.sense.words.has(w));
  if (!saysStage && !saysWords && !saysWhole) return null;
  const stray = [...n.sense.words].filter((w) => !p.sense.words.has(w) && !d.sense.words.has(w)).length;
  const score =
    (step ? (step.direct ? 2 : 1.5) : 0) +
    (split ? 1.5 : 0) +
    (narrow ? 1 : 0) +
    (saysStage ? 2 : saysWhole ? 1 : 0) +
    (saysWords ? 1 : 0) +
    (n.parent === d ? 1 : 0) -
    0.3 * stray;
  const why = step
    ? `${phraseOf(n.sense, step.dim, step.part)} / ${phraseOf(d.sense, step.dim, step.whole)}`
    : split
      ? `${phraseOf(n.sense, split.dim, split.value)} / ${quote(d.label, 30)}`
      : `${extra.join(" ")} / ${quote(d.label, 30)}`;
  const overPlan = step?.dim === "plan" && !planIsCeiling(p.sense, n.sense, d.sense);
  return { n, d, score, stage: step !== null || split !== null, saysStage, overPlan, why };
}

function pairsOf(p: Node, pool: Pool): Pair[] {
  const pairs: Pair[] = [];
  for (const n of pool.nodes)
    for (const d of pool.nodes) {
      const pair = scorePair(p, n, d, pool.own);
      if (pair) pairs.push(pair);
    }
  return pairs;
}

export function inferRatios(all: Node[]): Found[] {
  const found: Found[] = [];
  for (const p of all) {
    if (p.kind !== "percent") continue;
    const compared = p.sense.comparedWith;
    const planShare = compared !== null && PLAN.test(compared);
    // A percent compared with something (a plan, a quota, the same period) or of revenue or staff present is no
    // share: it may be above 100%.
    if (compared !== null || p.sense.revenue || p.sense.present) p.canExceed = true;
    if (compared !== null && OTHER_TIME.test(compared)) continue;
    let pool = poolOf(p, all);
    let pairs = pairsOf(p, pool);
    if (pairs.length === 0 && !pool.own) {
      pool = poolOf(p, all, LOOK_BACK_FAR);
      pairs = pairsOf(p, pool);
    }
    if (pairs.length === 0) continue;
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
    let confidence = pool.own ? 0.9 : 0.85;
    if (!best.stage) confidence -= 0.15;
    if (!best.saysStage) confidence -= 0.1;
    if (rival) confidence -= 0.25;
    const canExceed = planShare || best.overPlan || best.n.sense.revenue || p.sense.revenue;
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
      evidence: `${quote(p.label, 40)} = ${best.why}`,
    });
  }
  return found;
}
