/**
 * The report model: the narrative report (báo cáo) as data, between the rows and the .docx. Headings, paragraphs and
 * runs; every figure the export writes from a row is a run that carries the row's code, so the renderer can mark it
 * (a hidden bookmark) and the checker can compare it with its own row later. Pure data, rendered by src/io/.
 */
import type { ReportDetails } from "./details";

/** A span of the report's text. */
export type Run =
  | { kind: "text"; text: string; bold?: boolean; italic?: boolean }
  /** A figure written from row `code` (its value, "không phát sinh", "đã thực hiện", or the cell's text). */
  | { kind: "figure"; text: string; code: string; zero?: boolean }
  /** A row's label that holds digits ("tự chủ 100% chi thường xuyên"): words, not a figure to check. */
  | { kind: "label"; text: string; code: string };

export type Block =
  /** I. / 1. / 1.1. headings (level 1, 2, 3). */
  | { type: "heading"; level: 1 | 2 | 3; runs: Run[] }
  /** A body paragraph; placeholder: a short paragraph for the officer to replace. bullet: a list item. */
  | { type: "paragraph"; runs: Run[]; placeholder?: boolean }
  /** A table kept from the officer's draft (cells as text). */
  | { type: "table"; rows: string[][] };

/**
 * A value column of the appendix table as printed, in the sheet's order: the main one (the rows' values, read by the
 * rules and the narrative), a plan beside it, another period, or the rate of results to plan.
 */
export interface AppendixTableColumn {
  /** The column's heading as the sheet prints it; "Số liệu" when the table has one value column. */
  title: string;
  /** The column the rows' values are read from (its figures are linked). */
  main: boolean;
  /** A plan or target column (Kế hoạch, Dự toán). */
  plan?: boolean;
  /** The rate of results to plan ("Tỷ lệ (%)"). */
  rate?: boolean;
}

/** One row of the appendix table as printed. */
export interface AppendixTableRow {
  code: string;
  /** The STT column as printed: the STT, what the form prints for a sub-row ("Trong đó"), the sheet's "-" or "a", or "". */
  stt: string;
  label: string;
  unit: string;
  /** The main column's value as printed (Vietnamese notation), "" when the cell is empty. */
  value: string;
  /** Every value column's value as printed, in the order of AppendixTable.columns (the main one's is `value`). */
  values: string[];
  /** The Ghi chú column: the sheet's note, or the breakdown written beside the figure; "" when none. */
  note: string;
  /** The main value came from a number, a yes/no or a text the row holds (linked), not from an empty cell. */
  linked: boolean;
  bold: boolean;
  italic: boolean;
}

export interface AppendixTable {
  /** "Phụ lục" */
  heading: string;
  /** The form's title in capitals. */
  title: string;
  /** "QUÝ III NĂM 2022"; null when the title names its period already. */
  period: string | null;
  /** "(Kèm theo Báo cáo số 125/BC-UBND ngày 25/9/2022 của UBND huyện Ngân Sơn)" */
  attachment: string;
  /** The value columns in the sheet's order (one, titled "Số liệu", for a table of one value column). */
  columns: AppendixTableColumn[];
  rows: AppendixTableRow[];
  /** Column widths in millimetres: STT, label, unit, one per value column (as `columns`), note. */
  widthsMm: number[];
  /** Landscape when the table does not fit the width of a portrait page. */
  orientation: "portrait" | "landscape";
}

/** A figure the export wrote from a row. */
export interface LinkedFigure {
  code: string;
  text: string;
  /** Written by the export from the sheet, or rewritten in the officer's draft. */
  source: "sheet" | "draft";
}

/** A figure of the officer's draft left as written. */
export interface UnlinkedFigure {
  /** The figure as written: "27 hồ sơ", "7,75%". */
  text: string;
  /** The sentence it is in. */
  quote: string;
  /** Where the figure is in quote. */
  span: { start: number; end: number };
  /**
   * no-row: no row of the form could be tied to it; empty-row: its row is empty (or not a number) in the table;
   * changed: an earlier export said the row was none ("không phát sinh") and it no longer is: the sentence needs
   * rewording by hand.
   */
  reason: "no-row" | "empty-row" | "changed";
  /** The row, for empty-row. */
  code?: string;
}

export interface ReportModel {
  header: {
    /** The issuer's direct parent ("UBND TỈNH THÁI NGUYÊN" over "SỞ NỘI VỤ"), a gap, or null (a people's committee has none). */
    parentBody: string | null;
    /** The issuer's name in capitals, one line each: ["ỦY BAN NHÂN DÂN", "XÃ TÂN LẬP"], ["SỞ NỘI VỤ"]. */
    issuer: string[];
    /** "Số: 125/BC-UBND" */
    number: string;
    /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" */
    nation: string;
    /** "Độc lập - Tự do - Hạnh phúc" */
    motto: string;
    /** "Ngân Sơn, ngày 25 tháng 9 năm 2022" */
    placeDate: string;
  };
  /** "BÁO CÁO" */
  title: string;
  /** The summary line (trích yếu). */
  summary: string;
  body: Block[];
  recipients: string[];
  signature: { lines: string[]; name: string };
  appendix: AppendixTable | null;
  /** Every figure written from a row, in reading order (the appendix table's values not included). */
  figures: LinkedFigure[];
  /** The draft's figures that could not be tied to a row (left as written). */
  unlinked: UnlinkedFigure[];
  /** Rows the table check reports as errors whose values the report quotes (the officer was told before exporting). */
  flagged: string[];
  /**
   * The details the report was built with: the officer's, completed from the draft's header when exported from one,
   * then from the sheet's title and signature blocks.
   */
  details: ReportDetails;
  /** The fields of `details` the officer did not give, by where they were taken from. */
  detailsFrom: { draft: (keyof ReportDetails)[]; sheet: (keyof ReportDetails)[] };
}

/** The plain text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}
