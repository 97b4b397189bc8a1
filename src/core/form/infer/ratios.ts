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
import { courseStep, narrows, phraseOf, planIsCeiling, refinement, type Sense } from "./sense";

/** How many rows above a percent may hold its numerator and denominator. */
const LOOK_BACK = 4;

/** "so với" what: the plan or the estimate (held in the table) or another time (not held). */
const OTHER_TIME = /(^| )(năm \d{4}|năm trước|cùng kỳ|kỳ trước|đầu nhiệm kỳ|năm \d{2})( |$)/;
const PLAN = /(^| )(kế hoạch|dự toán|chỉ tiêu|được giao)( |$)/;

interface Pool {
  nodes: Node[];
  own: boolean;
}

function poolOf(p: Node, all: Node[]): Pool {
  const own = p.children.filter(isQuantity);
  if (own.length >= 2) return { nodes: own, own: true };
  const siblings = siblingsOf(p, all);
  const at = siblings.indexOf(p);
  const above: Node[] = [];
  for (let k = at - 1; k >= 0 && at - k <= LOOK_BACK; k--) {
    const s = siblings[k];
    if (s.kind === "heading") break;
    if (isQuantity(s)) above.push(s);
    above.push(...descendants(s).filter(isQuantity));
  }
  if (p.parent && isQuantity(p.parent)) above.push(p.parent);
  return { nodes: [...own, ...above], own: false };
}

/** Content words of `n` beyond those of `d`. */
function extraWords(n: Sense, d: Sense): string[] {
  return [...n.words].filter((w) => !d.words.has(w));
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
    const pool = poolOf(p, all);
    const pairs: Pair[] = [];
    for (const n of pool.nodes)
      for (const d of pool.nodes) {
        const pair = scorePair(p, n, d, pool.own);
        if (pair) pairs.push(pair);
      }
    if (pairs.length === 0) continue;
    pairs.sort((a, b) => b.score - a.score);
    const best = pairs[0];
    const rival = pairs.find((x) => (x.n !== best.n || x.d !== best.d) && x.score >= best.score - 0.5);
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
