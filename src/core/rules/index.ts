/** Every table rule, in the order their findings are most useful. */
import { missingRule } from "./missing";
import { notANumberRule } from "./notANumber";
import { partExceedsTotalRule } from "./partExceedsTotal";
import { planRateRule } from "./planRate";
import { rangeRule } from "./range";
import { ratioRule } from "./ratio";
import { sumRule } from "./sum";
import type { Rule } from "./types";

export const TABLE_RULES: readonly Rule[] = [
  ratioRule,
  planRateRule,
  sumRule,
  partExceedsTotalRule,
  rangeRule,
  notANumberRule,
  missingRule,
];

export type { Rule, RuleContext } from "./types";
export { createContext } from "./types";
