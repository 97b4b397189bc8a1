/**
 * Figures of learnt forms (no keywords by hand) that went unmatched or to the wrong row in the tryouts, in other words
 * and on other tables than the tryouts': a figure counted in turns ("lượt người") against a row of turns of people; a
 * unit written with commas ("12 cán bộ, công chức được đào tạo, bồi dưỡng") whose words after it say which row; a
 * clause of its own after ";" that borrows no verb from the item before ("ban hành 05 kế hoạch; thực hiện 46 nhiệm vụ
 * được giao"); a count after a rate ("… đạt 71,27%; xã tiếp nhận 1.274 hồ sơ") that borrows nothing of the rate's
 * label; a total beside a sub-row whose long label shares one syllable with another word of the prose ("bưu chính" /
 * "hành chính"). Each in NFC and NFD, with the right value (matched, no error) and a wrong one (an error on that row).
 */
import { checkWorkbook } from "../../../src/core/check";
import type { Appendix } from "../../../src/core/appendix";
import { analyzeNarrative, readPlainText } from "../../../src/core/narrative";
import { shapeGrid, type Shape, type ShapeRow, type Value } from "../form/infer/shapes";

const r = (stt: string, label: string, unit: string, ...values: Value[]): ShapeRow => ({ stt, label, unit, values });
const p = (pct: number, decimals = 0): Value => ({ pct, decimals });

const WARD: Shape = {
  name: "ward-2026",
  title: ["UBND PHƯỜNG HÒA AN", "BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2026"],
  header: [["STT", "Nội dung", "Đơn vị tính", "Kết quả", "Ghi chú"]],
  columns: { stt: 0, label: 1, unit: 2, values: [3], note: 4 },
  rows: [
    r("1", "Công tác chỉ đạo, điều hành", ""),
    r("1.1", "Số văn bản chỉ đạo về CCHC được ban hành", "Văn bản", 6),
    r("1.2", "Số lượt người được tuyên truyền, phổ biến về CCHC", "Người", 2340),
    r("1.3", "Số cuộc kiểm tra công tác CCHC", "Cuộc", 2),
    r("2", "Tổ chức bộ máy và công vụ", ""),
    r("2.1", "Số cán bộ, công chức của phường", "Người", 31),
    r("2.2", "Số lượt cán bộ, công chức được đào tạo, bồi dưỡng", "Người", 14),
    r("2.3", "Số người hoạt động không chuyên trách", "Người", 22),
    r("3", "Chuyển đổi số", ""),
    r("3.1", "Tổng số văn bản đi của phường", "Văn bản", 436),
    r("3.2", "Số văn bản đi được ký số, gửi trên môi trường điện tử", "Văn bản", 415),
    r("3.3", "Tỷ lệ văn bản đi được ký số", "%", p(95.18, 2)),
  ],
};

const COMMUNE: Shape = {
  name: "commune-2026",
  title: ["UBND XÃ YÊN THỊNH", "SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
  header: [["STT", "Chỉ tiêu", "ĐVT", "Năm 2026"]],
  columns: { stt: 0, label: 1, unit: 2, values: [3] },
  rows: [
    r("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", ""),
    r("1", "Tổng số hồ sơ TTHC tiếp nhận trong năm", "Hồ sơ", 2416),
    r("", "- Tiếp nhận trực tuyến", "Hồ sơ", 1655),
    r("", "- Tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích", "Hồ sơ", 761),
    r("2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", p(68.5, 1)),
    r("3", "Số hồ sơ đã giải quyết", "Hồ sơ", 2390),
    r("II", "CẢI CÁCH TỔ CHỨC BỘ MÁY", ""),
    r("4", "Số lượt cán bộ, công chức được cử đi đào tạo, bồi dưỡng", "Lượt người", 27),
    r("5", "Tổng số cán bộ, công chức của xã", "Người", 38),
  ],
};

const DEPARTMENT: Shape = {
  name: "department-2026",
  title: ["SỞ XÂY DỰNG", "BIỂU SỐ LIỆU CẢI CÁCH HÀNH CHÍNH NĂM 2026"],
  header: [["STT", "Chỉ tiêu", "ĐVT", "Số liệu"]],
  columns: { stt: 0, label: 1, unit: 2, values: [3] },
  rows: [
    r("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", ""),
    r("1", "Số kế hoạch về CCHC được ban hành", "Kế hoạch", 4),
    r("2", "Số nhiệm vụ được giao trong Kế hoạch CCHC", "Nhiệm vụ", 38),
    r("3", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", 35),
    r("4", "Số đơn vị trực thuộc được kiểm tra CCHC", "Đơn vị", 5),
    r("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", ""),
    r("5", "Tổng số TTHC thuộc thẩm quyền giải quyết của Sở", "TTHC", 142),
    r("6", "Tổng số hồ sơ tiếp nhận", "Hồ sơ", 6120),
    r("a)", "Hồ sơ tiếp nhận trực tuyến", "Hồ sơ", 5001),
    r("b)", "Hồ sơ tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích", "Hồ sơ", 1119),
    r("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY", ""),
    r("7", "Số phòng chuyên môn thuộc Sở", "Phòng", 8),
    r("8", "Biên chế công chức được giao", "Người", 96),
    r("9", "Biên chế công chức có mặt", "Người", 91),
  ],
};

function learnt(shape: Shape): Appendix {
  const result = checkWorkbook(shapeGrid(shape));
  if (result.status !== "checked" || result.used.source !== "inferred") throw new Error("form not learnt");
  return result.appendix;
}

function codeOf(appendix: Appendix, label: string): string {
  for (const row of appendix.rows.values()) if (row.formRow.label.includes(label)) return row.code;
  throw new Error(`no row ${label}`);
}

interface Case {
  name: string;
  shape: Shape;
  /** The report; {n|m} is n in the consistent report, m in the report with the planted disagreement. */
  text: string;
  /** The label of the row the {…} figure reports. */
  row: string;
}

const CASES: Case[] = [
  {
    name: "a figure in turns of people, against a row of turns with the unit «Người»",
    shape: WARD,
    text: "Công tác tuyên truyền được đẩy mạnh qua hội nghị và mạng xã hội, thu hút {2.340|2.430} lượt người tham gia.",
    row: "Số lượt người được tuyên truyền",
  },
  {
    name: "a count of officers with the unit written with a comma, whose words after it name the trained row",
    shape: WARD,
    text: "Trong quý, phường đã cử {14|12} cán bộ, công chức được đào tạo, bồi dưỡng.",
    row: "Số lượt cán bộ, công chức được đào tạo",
  },
  {
    name: "a count of officers against a row of turns with the unit «Lượt người»",
    shape: COMMUNE,
    text: "Năm 2026, xã đã cử {27|29} cán bộ, công chức tham gia các lớp đào tạo, bồi dưỡng.",
    row: "Số lượt cán bộ, công chức được cử đi",
  },
  {
    name: "the headcount in persons beside a row of turns of persons, whose purpose it does not name",
    shape: COMMUNE,
    text: "Xã hiện có {38|40} cán bộ, công chức; đã cử 27 lượt cán bộ, công chức đi đào tạo, bồi dưỡng.",
    row: "Tổng số cán bộ, công chức của xã",
  },
  {
    name: "a count after a rate and a «;», which names its own stage",
    shape: COMMUNE,
    text: "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 68,5%; xã tiếp nhận {2.416|2.461} hồ sơ.",
    row: "Tổng số hồ sơ TTHC tiếp nhận",
  },
  {
    name: "a clause after «;» whose own verb replaces the verb of the item before",
    shape: DEPARTMENT,
    text: "Năm 2026, Sở ban hành 04 kế hoạch về CCHC; thực hiện {38|36} nhiệm vụ được giao, đã hoàn thành 35 nhiệm vụ.",
    row: "Số nhiệm vụ được giao",
  },
  {
    name: "the total received, beside a sub-row whose long label shares «chính» with «thủ tục hành chính»",
    shape: DEPARTMENT,
    text:
      "Tổng số TTHC thuộc thẩm quyền giải quyết của Sở là 142 thủ tục hành chính. " +
      "Trong năm, Sở tiếp nhận {6.120|6.210} hồ sơ, trong đó trực tuyến 5.001 hồ sơ.",
    row: "Tổng số hồ sơ tiếp nhận",
  },
  {
    name: "a rate whose words are its numerator row's, longer than the rate's own label",
    shape: WARD,
    text: "Tỷ lệ văn bản đi được ký số, gửi trên môi trường điện tử đạt {95,18|96,18}% (415/436 văn bản).",
    row: "Tỷ lệ văn bản đi được ký số",
  },
  {
    name: "a pair of the staff present over the quota, rows the form does not relate",
    shape: DEPARTMENT,
    text: "Sở có 08 phòng chuyên môn; biên chế công chức có mặt {91/96|91/97} người.",
    row: "Biên chế công chức được giao",
  },
];

const HEAD: Record<string, string> = {
  "ward-2026": "ỦY BAN NHÂN DÂN PHƯỜNG HÒA AN\nBÁO CÁO\nKết quả công tác cải cách hành chính quý II năm 2026\n",
  "commune-2026": "ỦY BAN NHÂN DÂN XÃ YÊN THỊNH\nBÁO CÁO\nKết quả công tác cải cách hành chính năm 2026\n",
  "department-2026": "SỞ XÂY DỰNG\nBÁO CÁO\nKết quả công tác cải cách hành chính năm 2026\n",
};

describe.each([
  ["NFC", (s: string) => s.normalize("NFC")],
  ["NFD", (s: string) => s.normalize("NFD")],
] as const)("%s", (_v, transform) => {
  describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const appendix = learnt(c.shape);
    const code = codeOf(appendix, c.row);
    const report = (wrong: boolean) =>
      readPlainText(transform(HEAD[c.shape.name] + c.text.replace(/\{([^|]+)\|([^}]+)\}/, wrong ? "$2" : "$1")));
    const written = /\{([^|]+)\|/.exec(c.text)![1];

    test("the right value is matched to its row and raises no error", () => {
      const { findings, outcomes } = analyzeNarrative(report(false), appendix);
      expect(findings.filter((f) => f.severity === "error").map((f) => f.message.vi)).toEqual([]);
      const o = outcomes.find((x) => x.figure.raw.replace(/%$/, "") === written)!;
      expect(o.result.status).toBe("matched");
      if (o.result.status === "matched") {
        const { best, tied } = o.result;
        expect([best.code, best.wholeCode, ...tied.map((t) => t.code)]).toContain(code);
      }
    });

    test("a wrong value is an error on that row", () => {
      const { findings } = analyzeNarrative(report(true), appendix);
      const errors = findings.filter((f) => f.kind === "narrative-mismatch" && f.severity === "error");
      expect(errors.map((f) => f.codes[0])).toEqual([code]);
      expect(errors[0].cells[0]).toBe(appendix.rows.get(code)!.valueCell);
    });
  });
});
