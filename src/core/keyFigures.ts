/**
 * The key figures a province compares across its units (các chỉ số chính): the on-time rate of dossiers (tỷ lệ hồ sơ
 * giải quyết đúng hạn), the online rate (tỷ lệ hồ sơ tiếp nhận trực tuyến) and the disbursement rate of public
 * investment (tỷ lệ giải ngân vốn đầu tư công).
 *
 * Forms differ by level, province and year, so a figure is found by what its row means, not by its code: a percent
 * row whose label says it (the district 2022 codes are only the known case, taken when their label agrees). The value
 * is the one the unit wrote; where that cell is empty or unreadable, the row's ratio relation gives it from its parts.
 * A form without such a row gives null (a blank in the summary), never a guess.
 */
import type { Appendix } from "./appendix";
import type { Bilingual } from "./findings";
import { relationsOf } from "./form";
import type { FormDefinition, FormRow } from "./form/schema";
import { foldForMatch, stripDiacritics } from "./vn/normalize";

export const KEY_FIGURE_IDS = ["onTimeRate", "onlineRate", "disbursementRate"] as const;
export type KeyFigureId = (typeof KEY_FIGURE_IDS)[number];

interface KeyFigureMeaning {
  name: Bilingual;
  /** The row in the forms known here, by form id. */
  knownCodes: Readonly<Record<string, string>>;
  /** Word groups of the label (without diacritics, lower case): one phrase of every group must be there. */
  allOf: readonly (readonly string[])[];
  /** Phrases that rule a label out. */
  noneOf: readonly string[];
}

export const KEY_FIGURES: Readonly<Record<KeyFigureId, KeyFigureMeaning>> = {
  onTimeRate: {
    name: { vi: "Tỷ lệ hồ sơ giải quyết đúng hạn", en: "Dossiers settled on time" },
    knownCodes: { "district-2022": "3.3.1" },
    allOf: [["dung han"], ["ho so"]],
    noneOf: ["khong dung han", "qua han", "tre han"],
  },
  onlineRate: {
    name: { vi: "Tỷ lệ hồ sơ tiếp nhận trực tuyến", en: "Dossiers received online" },
    knownCodes: { "district-2022": "7.2.4" },
    allOf: [["truc tuyen", "qua mang"], ["ho so"]],
    // Online payment (thanh toán trực tuyến) and on-time rates of online dossiers are other figures.
    noneOf: ["thanh toan", "dung han"],
  },
  disbursementRate: {
    name: { vi: "Tỷ lệ giải ngân vốn đầu tư công", en: "Public investment disbursed" },
    knownCodes: { "district-2022": "6.1" },
    allOf: [["giai ngan"]],
    noneOf: [],
  },
};

export interface KeyFigureValue {
  /** The form row the figure was read from, or null when the form has none. */
  code: string | null;
  /** Percent points (76 for 76%), or null when the row is missing, empty or unreadable. */
  value: number | null;
  /** cell: as the unit wrote it; computed: from the row's ratio relation (its cell was empty or not a number). */
  source: "cell" | "computed" | null;
}

export type KeyFigures = Record<KeyFigureId, KeyFigureValue>;

const folded = (label: string) =>
  ` ${stripDiacritics(foldForMatch(label))
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;

function means(row: FormRow, meaning: KeyFigureMeaning): boolean {
  if (row.kind !== "percent") return false;
  const label = folded(row.label);
  const has = (phrase: string) => label.includes(` ${phrase} `);
  return meaning.allOf.every((group) => group.some(has)) && !meaning.noneOf.some(has);
}

/** The form rows that may hold this figure, in order: the known code where its label agrees, then every row meaning it. */
export function keyFigureRows(form: FormDefinition, id: KeyFigureId): FormRow[] {
  const meaning = KEY_FIGURES[id];
  const known = meaning.knownCodes[form.id];
  const knownRow = known ? form.rows.find((r) => r.code === known) : undefined;
  const first = knownRow && means(knownRow, meaning) ? [knownRow] : [];
  return [...first, ...form.rows.filter((r) => r !== knownRow && means(r, meaning))];
}

/** The form row holding this figure: the known code where its label agrees, else the first row that means it. */
export function keyFigureRow(form: FormDefinition, id: KeyFigureId): FormRow | null {
  return keyFigureRows(form, id)[0] ?? null;
}

function numberOf(appendix: Appendix, code: string): number | null {
  const v = appendix.rows.get(code)?.value;
  return v && v.status === "number" && v.number !== null && Number.isFinite(v.number) ? v.number : null;
}

/** The row's value as written, else from its ratio relation's parts; null when neither is a number. */
function valueOf(appendix: Appendix, row: FormRow): KeyFigureValue | null {
  const written = numberOf(appendix, row.code);
  if (written !== null) return { code: row.code, value: written, source: "cell" };
  for (const rel of relationsOf(appendix.form, row.code)) {
    if (rel.type !== "ratio" || rel.percent !== row.code) continue;
    const num = numberOf(appendix, rel.numerator);
    const den = numberOf(appendix, rel.denominator);
    if (num !== null && den !== null && den > 0)
      return { code: row.code, value: (num / den) * 100, source: "computed" };
  }
  return null;
}

/**
 * The first candidate row that holds a number: a row marked "x" (does not apply: a commune has no district-level
 * dossiers, 3.3.1) gives way to the next row holding the same rate (3.3.2, the commune's own).
 */
function figure(appendix: Appendix, id: KeyFigureId): KeyFigureValue {
  const rows = keyFigureRows(appendix.form, id);
  if (rows.length === 0) return { code: null, value: null, source: null };
  for (const row of rows) {
    const v = valueOf(appendix, row);
    if (v) return v;
  }
  return { code: rows[0].code, value: null, source: null };
}

export function keyFigures(appendix: Appendix): KeyFigures {
  return {
    onTimeRate: figure(appendix, "onTimeRate"),
    onlineRate: figure(appendix, "onlineRate"),
    disbursementRate: figure(appendix, "disbursementRate"),
  };
}
