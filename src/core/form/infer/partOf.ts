/**
 * A part that cannot exceed its whole, among rows side by side in a group: the later stage of a course never counts
 * more than the earlier one (đã giải quyết ≤ tiếp nhận, đã xử lý ≤ phát hiện, đang cung cấp ≤ đủ điều kiện). Each part
 * takes its nearest whole of the stage just before it. What was done of a plan only where the plan is a ceiling
 * (tasks, capital); never people present against the quota, visits, or revenue.
 */
import {
  comparable,
  ERROR_CONFIDENCE,
  isTotal,
  quote,
  siblingsOf,
  valuesContradict,
  type Found,
  type Node,
} from "./model";
import { courseStep, narrowerKind, phraseOf, planIsCeiling } from "./sense";

/** How far apart (in rows of the group) a part and its whole may be. */
const REACH = 3;

export function inferSiblingParts(all: Node[]): Found[] {
  const found: Found[] = [];
  for (const part of all) {
    if (part.sense.present || part.sense.revenue || part.sense.comparedWith !== null) continue;
    const siblings = siblingsOf(part, all);
    const at = siblings.indexOf(part);
    let best: {
      whole: Node;
      distance: number;
      direct: boolean;
      total: boolean;
      step: NonNullable<ReturnType<typeof courseStep>>;
    } | null = null;
    for (let k = Math.max(0, at - REACH); k <= Math.min(siblings.length - 1, at + REACH); k++) {
      const whole = siblings[k];
      if (k === at || !comparable(whole, part) || whole.sense.present || whole.sense.revenue) continue;
      if (narrowerKind(whole.sense, part.sense)) continue;
      const step = courseStep(whole.sense, part.sense);
      if (!step) continue;
      if (step.dim === "plan" && !planIsCeiling(whole.sense, part.sense)) continue;
      // "Giải quyết hồ sơ" split into đã giải quyết / đang giải quyết is every dossier in hand, also those carried over
      // from the period before: no part of what was received in the period.
      if (step.dim === "flow" && part.children.some((c) => c.sense.facets.flow.has("pending"))) continue;
      const direct = step.direct;
      const distance = Math.abs(k - at);
      // Of two rows of the whole's stage, the total (split into parts, or "Tổng số …") is the whole: not "Số hồ sơ
      // tiếp nhận không phụ thuộc vào địa giới hành chính" beside "Số hồ sơ tiếp nhận" and its channels.
      const total = isTotal(whole);
      if (
        !best ||
        (direct && !best.direct) ||
        (direct === best.direct && total && !best.total) ||
        (direct === best.direct && total === best.total && distance < best.distance)
      )
        best = { whole, distance, direct, total, step };
    }
    if (!best) continue;
    const { whole, step, direct } = best;
    const confidence = direct ? 0.85 : 0.7;
    // A guess the words barely support, contradicted by the table's own numbers: no relation (see ratios.ts).
    if (confidence < ERROR_CONFIDENCE && valuesContradict(part, whole)) continue;
    found.push({
      relation: { type: "part-of", part: part.code, whole: whole.code, reason: `${part.label} ≤ ${whole.label}` },
      confidence,
      evidence: `${quote(part.label, 40)} ≤ ${quote(whole.label, 40)}: ${phraseOf(part.sense, step.dim, step.part)} ≤ ${phraseOf(whole.sense, step.dim, step.whole)}`,
    });
  }
  return found;
}
