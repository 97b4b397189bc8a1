/**
 * The appendix form as data (biểu thống kê số liệu): rows, units, kinds of value and the relations between rows.
 * Validated at load with zod, so a new form version (a commune form, the 2025 forms) is added as data alone.
 */
import * as z from "../zod";

/** What a row's value cell holds. */
export const VALUE_KINDS = [
  "heading", // a group or a heading row with no value of its own (e.g. "1.3 Kiểm tra CCHC")
  "count", // a whole number (số lượng): dossiers, procedures, people, units
  "percent", // a percentage (tỷ lệ), in percent points 0..100
  "amount", // money in million VND (triệu đồng), may have decimals
  "yesNo", // Có / Không
  "choice", // one of the options named in the unit column (e.g. Trực tuyến; Phát phiếu; Kết hợp)
  "text", // free text
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export const rowSchema = z.object({
  /**
   * Stable row code: the printed STT, or the parent's code plus a letter for sub-rows without one (3.3.1a; under a
   * lettered row another letter, 11aa). A form with roman or capital-letter groups uses them as codes ("II", "B"),
   * and a number printed twice under different groups is qualified by its group ("II.1"). A contract.
   */
  code: z.string().check(z.regex(/^(?:[A-Z]+|\d+)(?:\.(?:\d+|[A-Z]+))*[a-z]*$/)),
  /** The STT printed on the form, or null for the italic sub-rows that have none. */
  stt: z.nullable(z.string()),
  /** What the STT column prints for a row without an STT, as on the paper form ("Trong đó" before a breakdown). */
  sttText: z.optional(z.string().check(z.minLength(1))),
  /** The Vietnamese label as printed on the form. */
  label: z.string().check(z.minLength(1)),
  /** The unit as printed (Đơn vị tính), or null. */
  unit: z.nullable(z.string()),
  kind: z.enum(VALUE_KINDS),
  /** Code of the enclosing row (1.2.1 → 1.2; 3.3.1a → 3.3.1), null for the seven groups. */
  parent: z.nullable(z.string()),
  /** Printed in italics on the form (the sub-rows without STT). */
  italic: z._default(z.boolean(), false),
  /** Options, for kind "choice". */
  options: z.optional(z.array(z.string())),
  /**
   * Words and phrases an officer uses for this row in prose (lower case, Vietnamese), for the narrative matcher.
   * Each entry is a phrase; the more of them a sentence holds, the stronger the match.
   */
  keywords: z._default(z.array(z.string()), []),
  /** The unit words prose uses for this row's figures (hồ sơ, thủ tục, nhiệm vụ, người ...). */
  proseUnits: z._default(z.array(z.string()), []),
  /** A short English label, for the English UI. */
  labelEn: z.optional(z.string()),
  /**
   * Percent rows only: the value may legitimately be above 100% (a share of a plan or an estimate: revenue above the
   * estimate, "so với kế hoạch"). The range rule then allows it, and a ratio of this percent may have its numerator
   * above its denominator.
   */
  canExceed: z.optional(z.boolean()),
});
export type FormRowInput = z.input<typeof rowSchema>;
export type FormRow = z.output<typeof rowSchema>;

/** What every relation carries besides its rows. */
const relationCommon = {
  /** Why the relation holds, in words (shown to the officer and in reviews). */
  reason: z.string().check(z.minLength(1)),
  /**
   * How a disagreement is reported. "error" (default): the relation always holds. "warning": it holds in most
   * reports but a correct report can legitimately differ (different dates, different scopes); no fix is offered.
   */
  severity: z._default(z.enum(["error", "warning"]), "error"),
  /** Set when the relation was inferred from the labels rather than written by hand: the words that gave it away. */
  inferred: z.optional(
    z.object({
      /** The words of the labels that the inference rests on, e.g. "«Tỷ lệ … đúng hạn» = đúng hạn / đã giải quyết" (plain symbols: = + / ≤). */
      evidence: z.string().check(z.minLength(1)),
      /** 0..1: how sure the inference is. */
      confidence: z.number().check(z.gte(0), z.lte(1)),
    }),
  ),
};

export const relationSchema = z.discriminatedUnion("type", [
  /** percent = numerator / denominator × 100 */
  z.object({
    type: z.literal("ratio"),
    percent: z.string(),
    numerator: z.string(),
    denominator: z.string(),
    ...relationCommon,
  }),
  /** total = sum of parts */
  z.object({
    type: z.literal("sum"),
    total: z.string(),
    parts: z.array(z.string()).check(z.minLength(2)),
    /**
     * Set when some of what the total counts sits in no part row (tasks not yet due, beside "on time", "late" and
     * "overdue"): the parts then only must not exceed the total, and what they leave out is named with these words
     * ("nhiệm vụ chưa đến hạn") when parts are blank. Never a fix: the total is not the parts' sum.
     */
    remainder: z.optional(
      z.object({
        label: z.string().check(z.minLength(1)),
        labelEn: z.optional(z.string().check(z.minLength(1))),
      }),
    ),
    ...relationCommon,
  }),
  /** part ≤ whole */
  z.object({ type: z.literal("part-of"), part: z.string(), whole: z.string(), ...relationCommon }),
]);
export type Relation = z.output<typeof relationSchema>;
/** A relation as written in a form file (severity may be left out: "error"). */
export type RelationInput = z.input<typeof relationSchema>;
export type RatioRelation = Extract<Relation, { type: "ratio" }>;
export type SumRelation = Extract<Relation, { type: "sum" }>;
export type PartOfRelation = Extract<Relation, { type: "part-of" }>;

export const FORM_LEVELS = ["province", "district", "commune"] as const;
export type FormLevel = (typeof FORM_LEVELS)[number];

export const formSchema = z
  .object({
    /** e.g. "district-2022" */
    id: z.string(),
    level: z.enum(FORM_LEVELS),
    /** First year the version is in use. */
    year: z.int(),
    title: z.string(),
    titleEn: z.string(),
    rows: z.array(rowSchema).check(z.minLength(1)),
    relations: z.array(relationSchema),
  })
  .check(
    z.superRefine((form, ctx) => {
      const codes = new Set<string>();
      for (const row of form.rows) {
        // params.vi: the message in Vietnamese, for the officer (form/file.ts).
        if (codes.has(row.code))
          ctx.addIssue({
            code: "custom",
            message: `duplicate row code ${row.code}`,
            params: { vi: `mã dòng ${row.code} bị trùng` },
          });
        codes.add(row.code);
        if (row.parent !== null && !codes.has(row.parent))
          ctx.addIssue({
            code: "custom",
            message: `row ${row.code}: parent ${row.parent} must come before it`,
            params: { vi: `dòng ${row.code}: dòng cha ${row.parent} phải đứng trước nó` },
          });
      }
      const known = (code: string, where: string) => {
        if (!codes.has(code))
          ctx.addIssue({
            code: "custom",
            message: `${where}: unknown row code ${code}`,
            params: { vi: `${where}: không có dòng mã ${code}` },
          });
      };
      for (const rel of form.relations) {
        const where = `relation ${rel.type} (${rel.reason})`;
        if (rel.type === "ratio") [rel.percent, rel.numerator, rel.denominator].forEach((c) => known(c, where));
        if (rel.type === "sum") [rel.total, ...rel.parts].forEach((c) => known(c, where));
        if (rel.type === "part-of") [rel.part, rel.whole].forEach((c) => known(c, where));
      }
    }),
  );
export type FormDefinitionInput = z.input<typeof formSchema>;
export type FormDefinition = z.output<typeof formSchema>;

/** Validate a form description; throws with every problem listed. */
export function defineForm(input: FormDefinitionInput): FormDefinition {
  const parsed = formSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(`Invalid form ${input.id}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  }
  return parsed.data;
}
