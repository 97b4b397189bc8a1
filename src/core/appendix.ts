/**
 * The located appendix: each form row found in the workbook, with its cells and its value read as the form's
 * kind of value says. This is what the rules and the narrative matcher read.
 */
import type { FormDefinition, FormRow } from "./form/schema";
import type { Bilingual } from "./findings";
import type { ReadingNote } from "./vn/numbers";

/** How a value cell was read. */
export interface ReadValue {
  /**
   * empty: nothing in the cell; number: a number (maybe read from text); yesNo: Có/Không;
   * none: a dash or a phrase saying "none" (-, không có, không phát sinh); text: text that is not a number.
   */
  status: "empty" | "number" | "yesNo" | "none" | "text";
  /** The number, when status is "number". Percent rows hold percent points (76 for 76%). */
  number: number | null;
  /** For yesNo rows. */
  yes: boolean | null;
  /** Decimals as shown to the officer (0 for "76%", 2 for "7,75%"): the rounding tolerance of the value. */
  decimals: number;
  /** What the cell shows. */
  text: string;
  /** A breakdown written beside a total, e.g. "28 (huyện 27, xã 01)" → [27, 1]. */
  breakdown?: number[];
  /** Where the value came from: a number stored in the cell, or text the officer typed. */
  source?: "number" | "text";
  /**
   * Notes on how the value was read, repaired or disambiguated where the reading is not plain (each becomes a
   * warning). A number typed as text in ordinary notation ("02", "98.49%", "100 %") carries none: see readingNotes.
   */
  notes: Bilingual[];
  /** For a number typed as text: how its notation was read ("zero-padded", "decimal-dot", …). */
  readingNotes?: ReadingNote[];
}

export interface AppendixRow {
  code: string;
  formRow: FormRow;
  /** Address of the value cell (Số liệu), e.g. 'Phụ lục'!D45. */
  valueCell: string;
  /** 0-based row/column of the value cell in the sheet. */
  sheetRow: number;
  valueCol: number;
  /** The label as written in the sheet. */
  labelText: string;
  /** The STT cell as written in the sheet ("1.2", "-", "a", "Trong đó", or ""). */
  sttText?: string;
  /** The note cell (Ghi chú) as written in the sheet, or "" (also when the table has no note column). */
  note?: string;
  value: ReadValue;
}

/** Another value column of the table ("Lũy kế từ đầu năm" beside "Quý IV"): the same rows, read there. */
export interface OtherColumn {
  /** The column's heading as printed. */
  title: string;
  rows: Map<string, AppendixRow>;
  /**
   * A plan or target column ("Kế hoạch", "Dự toán") beside the results reported: sums hold in it, but a rate row
   * left blank there is no fault, and the narrative compares a figure with it only when its sentence speaks of the plan.
   */
  plan?: boolean;
}

/** The rate column of a "Kế hoạch | Thực hiện | Tỷ lệ (%)" table: per row, results / plan × 100. */
export interface RateColumn {
  /** The headings as printed: the rate's, the plan's, the results'. */
  title: string;
  planTitle: string;
  resultsTitle: string;
  /** The same rows read in the rate column and in the plan column (the results are Appendix.rows). */
  rows: Map<string, AppendixRow>;
  planRows: Map<string, AppendixRow>;
}

export interface Appendix {
  form: FormDefinition;
  sheetName: string;
  /** Form rows found, by code, in form order. */
  rows: Map<string, AppendixRow>;
  /** The heading of the value column `rows` are read from, when the table has several (see otherColumns). */
  columnTitle?: string;
  /**
   * The table's other value columns, when it has several (a learnt form: "Kỳ báo cáo | Lũy kế từ đầu năm"): the rules
   * check each, and the narrative compares a figure with the column of the period its sentence names.
   */
  otherColumns?: OtherColumn[];
  /** `rows` are read from a plan column (Kế hoạch, Dự toán): a rate row left blank there is no fault. */
  readsPlan?: boolean;
  /** The per-row rate of results to plan, when the table has one ("Tỷ lệ (%)" after "Kế hoạch | Thực hiện"). */
  rateColumn?: RateColumn;
  /** Codes of form rows not found in the table. */
  missingCodes: string[];
  /** Table rows that match no form row. */
  unrecognised: { cell: string; text: string }[];
  /** The title printed above the table in the sheet ("BIỂU THỐNG KÊ SỐ LIỆU …"), or null when there is none. */
  title?: string | null;
  /** The lines printed above the table (the title block) and below it (the signature block): see locate/margins.ts. */
  margins?: { above: string[]; below: string[] };
}
