/**
 * The appendix's title as the officer's sheet prints it, from the lines above the table's header ("BIỂU THỐNG KÊ SỐ
 * LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025"): what the exported report prints over the table. The
 * lines that are not the title are left out: "Phụ lục" alone, "(Kèm theo Báo cáo số …)", the issuer's name, the
 * national motto, "Số: …", the place and date. A title written over two lines is joined; "Phụ lục: …" loses its
 * "Phụ lục".
 */
import { cellAt, type SheetGrid } from "../grid";
import { foldForMatch } from "../vn/normalize";

/** Lines read above the header at most. */
const MAX_TITLE_LINES = 8;
/** A title names what the table holds. */
const TITLE_WORDS = /(^|\s)(biểu|số liệu|thống kê|kết quả|cải cách hành chính|cchc|báo cáo)(\s|$)/;
const NOT_TITLE =
  /^(\(|kèm theo|cộng hòa|cộng hoà|độc lập|số\s*:|ubnd |ủy ban nhân dân|uỷ ban nhân dân|sở |phòng |đơn vị|kỳ báo cáo|đvt|[^,]{1,40},\s*ngày\b)/;
const APPENDIX_WORD = /^phụ lục(\s+(số\s+)?[\divxlc]+(?=[\s:.-]|$))?\s*[:.-]?\s*/iu;

function lineText(sheet: SheetGrid, r: number): string {
  const row = sheet.cells[r] ?? [];
  for (let c = 0; c < row.length; c++) {
    const cell = cellAt(sheet, r, c);
    const t = (cell.text !== "" ? cell.text : cell.value === null ? "" : String(cell.value))
      .replace(/\s+/g, " ")
      .trim();
    if (t) return t;
  }
  return "";
}

/** The title printed above the header row headerRow (0-based grid row), or null when the sheet prints none. */
export function titleAbove(sheet: SheetGrid, headerRow: number): string | null {
  const lines: { r: number; text: string }[] = [];
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - MAX_TITLE_LINES); r--) {
    const text = lineText(sheet, r);
    if (text) lines.unshift({ r, text });
  }
  let title: { r: number; text: string }[] = [];
  let best: string | null = null;
  const close = () => {
    if (title.length > 0 && best === null) best = title.map((l) => l.text).join(" ");
    title = [];
  };
  for (const line of lines) {
    const text = line.text.normalize("NFC").replace(APPENDIX_WORD, "");
    const folded = foldForMatch(text);
    const isTitle = text.length >= 10 && text.length <= 300 && TITLE_WORDS.test(folded) && !NOT_TITLE.test(folded);
    const follows = title.length > 0 && line.r === title[title.length - 1].r + 1;
    if (isTitle || (follows && text.length >= 4 && !NOT_TITLE.test(folded) && !/^\(/.test(text))) {
      if (title.length > 0 && !follows) close();
      title.push({ r: line.r, text });
    } else close();
  }
  close();
  return best;
}
