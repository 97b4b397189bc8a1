/**
 * The kind of value a row holds, from its unit first, then its label, then (for a row that says neither) what its
 * value cell holds: % or "Tỷ lệ" → percent; Có/Không → yes/no; triệu đồng, đồng → amount; a list of options ("Trực
 * tuyến; Phát phiếu; Kết hợp") → choice; hồ sơ, văn bản, người, lượt người, thủ tục … → count.
 */
import type { ValueKind } from "../schema";
import type { Cell } from "../../grid";
import { foldForMatch } from "../../vn/normalize";

export interface KindInput {
  label: string;
  unit: string;
  value?: Cell;
  /** The row has sub-rows. */
  hasChildren: boolean;
  /** A group row (roman numeral or capital letter). */
  group: boolean;
}

export interface KindResult {
  kind: ValueKind;
  unit: string | null;
  options?: string[];
}

const PERCENT_UNIT = /^(%|tỷ lệ|tỉ lệ|tỷ lệ %|tỉ lệ %|phần trăm|\(%\))$/;
const YES_NO = /^có\s*(\/|,|;|-|hoặc|hay)\s*không$|^có\/không$/;
const AMOUNT_UNIT = /(^|\s)(triệu đồng|nghìn đồng|ngàn đồng|tỷ đồng|đồng|vnđ|vnd|trđ|tr\.đ|tr đồng|usd)$/;
/** Quantities that may have decimals (an average, a score, an area): read as decimals, like money. */
const DECIMAL_UNIT = /^(điểm|ha|km|m2|m²|giờ|ngày bình quân|ngày\/hồ sơ)$/;
const COUNT_LABEL = /^(số|tổng số|tổng|số lượng|số lượt)(\s|$)/;
const PERCENT_LABEL = /^(tỷ lệ|tỉ lệ)(\s|$)|\(%\)|\btỷ lệ %/;
const YES_NO_LABEL = /\((có\s*\/\s*không|có hoặc không)\)/;
const UNIT_IN_LABEL = /\(([^()]{1,20})\)\s*$/;

/** Count units an officer writes in brackets at the end of a label when the unit column is left empty. */
const COUNT_UNIT =
  /^(hồ sơ|thủ tục|tthc|thủ tục hành chính|người|lượt|lượt người|văn bản|cuộc|đơn vị|cơ quan|phòng|nhiệm vụ|tài khoản|phiếu|lớp|buổi|dịch vụ|dịch vụ công|vụ việc|vụ|phản ánh|kiến nghị|pakn|trường hợp|doanh nghiệp|mô hình|sáng kiến|xã|phường|cán bộ|công chức|hội nghị|kế hoạch|quyết định)$/;

/**
 * The unit written in brackets at the end of a label ("Số hồ sơ tiếp nhận (hồ sơ)", "Tỷ lệ giải quyết đúng hạn (%)",
 * "Thu ngân sách (triệu đồng)"), as printed, or null when the brackets hold something else ("(trừ văn bản mật)").
 */
export function unitInLabel(label: string): string | null {
  const m = UNIT_IN_LABEL.exec(label.replace(/\s+/g, " ").trim());
  if (!m) return null;
  const unit = foldForMatch(m[1].trim());
  const known =
    PERCENT_UNIT.test(unit) ||
    YES_NO.test(unit) ||
    AMOUNT_UNIT.test(unit) ||
    DECIMAL_UNIT.test(unit) ||
    COUNT_UNIT.test(unit);
  return known ? m[1].trim() : null;
}

export function inferKind(row: KindInput): KindResult {
  // No unit column, or left empty: the unit written in the label's brackets.
  const unitText = row.unit.replace(/\s+/g, " ").trim() || (unitInLabel(row.label) ?? "");
  const unit = foldForMatch(unitText);
  const label = foldForMatch(row.label);
  if (unit) {
    if (PERCENT_UNIT.test(unit)) return { kind: "percent", unit: unitText };
    if (YES_NO.test(unit)) return { kind: "yesNo", unit: unitText };
    if (AMOUNT_UNIT.test(unit) || DECIMAL_UNIT.test(unit)) return { kind: "amount", unit: unitText };
    const options = choiceOptions(unitText);
    if (options) return { kind: "choice", unit: unitText, options };
    return { kind: "count", unit: unitText };
  }
  // No unit: the label may say it ("Tỷ lệ …", "(Có/Không)", "… (triệu đồng)").
  if (PERCENT_LABEL.test(label)) return { kind: "percent", unit: null };
  if (YES_NO_LABEL.test(label)) return { kind: "yesNo", unit: null };
  const inLabel = UNIT_IN_LABEL.exec(label);
  if (inLabel && AMOUNT_UNIT.test(inLabel[1].trim())) return { kind: "amount", unit: null };
  if (row.group) return { kind: "heading", unit: null };
  const fromValue = kindOfValue(row.value);
  if (row.hasChildren && !fromValue) return { kind: "heading", unit: null };
  if (fromValue) return { kind: fromValue, unit: null };
  if (COUNT_LABEL.test(label)) return { kind: "count", unit: null };
  return { kind: row.hasChildren ? "heading" : "text", unit: null };
}

/** "Trực tuyến; Phát phiếu; Kết hợp" → the options; null when the unit is not a list. */
function choiceOptions(unit: string): string[] | null {
  const parts = unit
    .split(/\s*;\s*|\s+\/\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length >= 2 ? parts : null;
}

/** What a filled value cell of a row without unit says about its kind (null when blank or unclear). */
function kindOfValue(cell: Cell | undefined): ValueKind | null {
  if (!cell) return null;
  const text = (cell.text || (cell.value === null ? "" : String(cell.value))).trim();
  if (text === "") return null;
  if (cell.numberFormat?.includes("%") || /%\s*$/.test(text)) return "percent";
  if (/^(có|không)$/i.test(text)) return "yesNo";
  if (typeof cell.value === "number" || /^\d[\d.,\s]*$/.test(text)) return "count";
  return null;
}
