/**
 * A sheet to insert, described as data (values + formatting + print set-up), so that the Office.js adapter,
 * the preview and tests all write the same thing. Built from the form by buildAppendixTemplate().
 */
export interface TemplateCellStyle {
  bold?: boolean;
  italic?: boolean;
  horizontal?: "left" | "center" | "right";
  wrap?: boolean;
  /** Fill colour, "#RRGGBB": used to mark input cells. */
  fill?: string;
  border?: boolean;
  numberFormat?: string;
  fontSize?: number;
}

export interface TemplateCell {
  /** 0-based row and column in the new sheet. */
  row: number;
  col: number;
  value: string | number | null;
  style?: TemplateCellStyle;
  /** Row code when this cell is the value cell of a form row. */
  code?: string;
}

export interface SheetTemplate {
  /** Preferred sheet name ("Phụ lục"); the adapter makes it unique. */
  name: string;
  fontName: string;
  fontSize: number;
  cells: TemplateCell[];
  /** Merged ranges, 0-based inclusive. */
  merges: { fromRow: number; fromCol: number; toRow: number; toCol: number }[];
  /** Column widths in characters. */
  columnWidths: number[];
  /** Print set-up: A4 portrait, the header rows repeated on each page, fit to width. */
  print: {
    paper: "A4";
    orientation: "portrait" | "landscape";
    repeatRows: { from: number; to: number };
    fitToWidth: boolean;
    /** Print without colours: the input fills and the highlights show on screen only. */
    blackAndWhite?: boolean;
  };
}
