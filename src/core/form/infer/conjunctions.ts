/**
 * A total named by a conjunction of the values of one dimension ("… mức độ 3 và 4", "… cấp huyện và cấp xã",
 * "… toàn trình và một phần") is the sum of the rows that say the same with one value each ("… mức độ 3",
 * "… mức độ 4"), wherever they are in the form.
 */
import { comparable, isQuantity, quote, type Found, type Node } from "./model";
import { LEXICONS, PARTITIONS, type Dim, type Sense } from "./sense";
import { matchText } from "../../narrative/text";

const DIMS: Dim[] = ["service", "level", "channel"];
const WIDE = new Set(["all", "both"]);

/** Content words without the words of a dimension's phrases. */
function core(sense: Sense, dim: Dim): Set<string> {
  let t = ` ${sense.text} `;
  const phrases = Object.values(LEXICONS[dim])
    .flat()
    .map(matchText)
    .sort((a, b) => b.length - a.length);
  for (const p of phrases) t = t.split(` ${p} `).join(" ");
  const out = new Set<string>();
  for (const w of t.split(" ")) if (w && sense.words.has(w)) out.add(w);
  return out;
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));

export function inferConjunctionSums(all: Node[]): Found[] {
  const found: Found[] = [];
  for (const total of all) {
    if (!isQuantity(total)) continue;
    for (const dim of DIMS) {
      if (![...total.sense.facets[dim]].some((v) => WIDE.has(v)) || !/ và | \d \d /.test(` ${total.sense.text} `))
        continue;
      const whole = core(total.sense, dim);
      for (const set of PARTITIONS[dim] ?? []) {
        const parts: Node[] = [];
        for (const value of set) {
          const fits = all.filter((r) => {
            if (
              r === total ||
              !comparable(total, r) ||
              r.sense.facets[dim].size !== 1 ||
              !r.sense.facets[dim].has(value)
            )
              return false;
            const mine = core(r.sense, dim);
            return mine.size > 0 && subset(mine, whole) && whole.size - mine.size <= 4;
          });
          if (fits.length !== 1) break;
          parts.push(fits[0]);
        }
        if (parts.length !== set.length) continue;
        parts.sort((a, b) => a.index - b.index);
        const cores = parts.map((p) => [...core(p.sense, dim)].sort().join(" "));
        const alike = cores.every((c) => c === cores[0]);
        found.push({
          relation: {
            type: "sum",
            total: total.code,
            parts: parts.map((p) => p.code),
            reason: `${total.label} = ${parts.map((p) => p.label).join(" + ")}`,
          },
          confidence: alike ? 0.85 : 0.65,
          evidence: `${quote(total.label, 50)} = ${parts.map((p) => quote(p.label, 40)).join(" + ")}`,
        });
        break;
      }
    }
  }
  return found;
}
