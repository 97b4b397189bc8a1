/**
 * The report's prose from the sheet: the seed's outline on the district form, sentences from the rows (blank rows
 * not invented, zeros said as "không phát sinh"), every figure carrying its row, and the same on forms nobody
 * hard-coded (a small test form, a provincial form with its own groups, forms learnt from a commune's, a department's
 * and a two-level table): parts said inside their total's sentence, no figure out of its context.
 */
import { checkWorkbook } from "../../../src/core/check";
import { defineForm, type FormDefinition } from "../../../src/core/form/schema";
import type { WorkbookGrid } from "../../../src/core/grid";
import { locateAppendix } from "../../../src/core/locate";
import { buildReport } from "../../../src/core/report/build";
import { generateBody, PLACEHOLDER } from "../../../src/core/report/generate";
import { runsText, type Block, type Run } from "../../../src/core/report/model";
import { readPlainText } from "../../../src/core/narrative/document";
import { smallForm } from "../template/smallForm";
import { appendixGrid, pctCell } from "../../helpers/grids";
import { FIXTURE_XLSX, loadXlsxGrid } from "../../helpers/fixtures";
import { sentenceCase } from "../../../src/core/report/phrases";
import {
  COMMUNE_2025,
  DEPARTMENT_2025,
  TWO_COLUMNS,
  rowIndex,
  shapeGrid,
  withValues,
  type Shape,
} from "../form/infer/shapes";

const DETAILS = { unitName: "UBND huyện Ngân Sơn", period: "quý III", year: 2022 };

function located(grid: WorkbookGrid, form?: FormDefinition) {
  if (form) {
    const appendix = locateAppendix(grid, form);
    if (!appendix) throw new Error("appendix not found");
    return appendix;
  }
  const r = checkWorkbook(grid);
  if (r.status !== "checked") throw new Error("appendix not found");
  return r.appendix;
}

const headings = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { type: "heading" }> => b.type === "heading").map((b) => runsText(b.runs));
const runs = (blocks: Block[]): Run[] => blocks.flatMap((b) => (b.type === "table" ? [] : b.runs));
const figures = (blocks: Block[]) => runs(blocks).filter((r): r is Extract<Run, { kind: "figure" }> => r.kind === "figure");
const paragraphs = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { type: "paragraph" }> => b.type === "paragraph").map((b) => runsText(b.runs));
const text = (blocks: Block[]) => blocks.map((b) => (b.type === "table" ? "" : runsText(b.runs))).join("\n");

describe("the seed's workbook", () => {
  let blocks: Block[];
  let appendix: ReturnType<typeof located>;
  beforeAll(async () => {
    appendix = located(await loadXlsxGrid(FIXTURE_XLSX));
    blocks = generateBody(appendix, DETAILS);
  });

  it("follows the seed's outline, its sections named by the form's groups", () => {
    const top = headings(blocks).filter((h) => /^[IV]+\./.test(h));
    expect(top).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC",
      "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC",
      "III. ĐÁNH GIÁ CHUNG",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2022",
    ]);
    expect(headings(blocks).filter((h) => /^\d\. /.test(h))).toEqual([
      "1. Kiểm tra CCHC",
      "2. Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao",
      "1. Cải cách thể chế",
      "2. Cải cách thủ tục hành chính",
      "3. Cải cách tổ chức bộ máy hành chính nhà nước",
      "4. Cải cách chế độ công vụ",
      "5. Cải cách tài chính công",
      "6. Xây dựng và phát triển chính quyền điện tử",
      "1. Ưu điểm",
      "2. Tồn tại, hạn chế và nguyên nhân",
    ]);
    expect(headings(blocks)).toContain("2.3. Kết quả giải quyết TTHC");
    // sections III and IV have no rows: a short placeholder to replace
    expect(blocks.filter((b) => b.type === "paragraph" && b.placeholder)).toHaveLength(3);
  });

  it("writes every figure from its row, in Vietnamese notation", () => {
    const figs = figures(blocks);
    expect(figs.length).toBeGreaterThan(60);
    for (const f of figs) expect(appendix.rows.has(f.code)).toBe(true);
    const said = (code: string) => figs.filter((f) => f.code === code).map((f) => f.text);
    expect(said("3.3.2a")).toEqual(["1.851"]);
    expect(said("6.1.1")).toEqual(["69.843,532"]);
    expect(said("6.1")).toEqual(["18,21%"]);
    expect(said("7.1a")).toEqual(["98,49%"]);
    expect(said("1.2")).toEqual(["76%"]);
    expect(said("2.1")).toEqual(["02"]);
    expect(said("1.6")).toEqual(["đã thực hiện"]);
    expect(text(blocks)).toContain("tổng số nhiệm vụ được giao là 48 nhiệm vụ, trong đó đã hoàn thành đúng hạn 30 nhiệm vụ");
  });

  it("does not invent what the table leaves blank, and says a zero as none", () => {
    const codes = new Set(figures(blocks).map((f) => f.code));
    for (const blank of ["1.4.3", "1.4.4", "1.5.1", "1.5.2", "3.1.1", "4.4", "2.2.1", "2.2.1a", "7.2.3b", "7.2.5a"])
      expect(codes.has(blank)).toBe(false);
    const zero = figures(blocks).filter((f) => f.zero);
    expect(zero.map((f) => f.code)).toEqual(expect.arrayContaining(["1.3.1", "3.1.2", "3.1.3", "5.3.1", "5.3.6", "6.2.5"]));
    // a ratio with nothing to divide by says no percent
    expect(codes.has("1.3.4")).toBe(false);
    expect(codes.has("3.4")).toBe(false);
    // several zeros in a row are one sentence
    const sentence = paragraphs(blocks).find((p) => p.includes("lãnh đạo đơn vị được bổ nhiệm mới"));
    expect(sentence).toMatch(/không phát sinh: lãnh đạo đơn vị được bổ nhiệm mới; lãnh đạo cấp phòng/);
  });

  it("marks the labels that hold digits, so their numbers are not read as figures", () => {
    const labels = runs(blocks).filter((r) => r.kind === "label");
    expect(labels.map((l) => l.text.toLowerCase())).toEqual(
      expect.arrayContaining([
        "số đơn vị sncl đã thực hiện tự chủ 100% chi thường xuyên",
        "tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015",
      ]),
    );
    for (const l of labels) expect(l.text).toMatch(/\d/);
  });

  it("varies the wording where rows repeat a pattern", () => {
    const ratioSentences = paragraphs(blocks).join(" ");
    // a percent over its own rows is said both ways in turn: with its rows after a colon, and in short
    expect(ratioSentences).toMatch(/tỷ lệ hoàn thành Kế hoạch CCHC năm đạt 76%: số nhiệm vụ đề ra trong kế hoạch là 46 nhiệm vụ, đã hoàn thành 35 nhiệm vụ\./);
    expect(ratioSentences).toMatch(/Tỷ lệ xử lý VBQPPL sau rà soát đạt 100% \(2\/2 văn bản\)/);
    // short plain sentences in a row are one sentence, and paragraphs open differently
    expect(ratioSentences).toContain(
      "Tổng số biên chế được giao trong năm là 72 người; tổng số biên chế có mặt tại thời điểm báo cáo là 63 người.",
    );
    const openings = paragraphs(blocks).map((p) => p.split(",")[0]);
    expect(openings).toContain("Trong quý III năm 2022");
    expect(openings).toContain("Trong kỳ báo cáo");
  });

  it("says a qualifier of the label once, before the sentence", () => {
    const t = paragraphs(blocks).find((p) => p.includes("tự chủ một phần")) ?? "";
    expect(t.startsWith("Lũy kế đến thời điểm báo cáo, ")).toBe(true);
    expect(t.match(/lũy kế/gi)).toHaveLength(1);
  });

  it("takes sections III and IV from the officer's draft when one is given", () => {
    const draft = readPlainText(
      [
        "BÁO CÁO",
        "Kết quả thực hiện công tác cải cách hành chính quý III năm 2022",
        "I. CÔNG TÁC CHỈ ĐẠO",
        "Nội dung cũ.",
        "III. ĐÁNH GIÁ CHUNG",
        "1. Mặt tích cực:",
        "Công tác CCHC tiếp tục được quan tâm.",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV",
        "1. Tăng cường kiểm tra.",
        "Trên đây là báo cáo …/.",
        "Nơi nhận:",
      ].join("\n"),
    );
    const model = buildReport({ appendix, details: DETAILS, draft, source: "sheet" });
    const t = text(model.body);
    expect(t).toContain("Công tác CCHC tiếp tục được quan tâm.");
    expect(t).toContain("1. Tăng cường kiểm tra.");
    expect(t).not.toContain("Nội dung cũ.");
    expect(t).not.toContain(PLACEHOLDER.strengths);
    // the closing is said once
    expect(t.match(/Trên đây là báo cáo/g)).toHaveLength(1);
  });
});

describe("any form", () => {
  it("a small test form: the direction group is section I, the others numbered under II", () => {
    const grid = appendixGrid(
      { "1.1": 7, "1.2": pctCell(80), "1.2.1": 10, "1.2.2": 8, "1.6": "Không", "2.2.1": pctCell(50), "2.2.1a": 4, "2.2.1b": 2, "3.1": "Kết hợp" },
      smallForm,
    );
    const blocks = generateBody(located(grid, smallForm), { unitName: "UBND xã Bằng Vân", period: "năm", year: 2025 });
    expect(headings(blocks)).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC",
      "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC",
      "1. Cải cách thể chế",
      "2. Cải cách thủ tục hành chính",
      "III. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "2. Tồn tại, hạn chế và nguyên nhân",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM NĂM 2026",
    ]);
    const said = Object.fromEntries(figures(blocks).map((f) => [f.code, f.text]));
    expect(said).toEqual({
      "1.1": "07",
      "1.2": "80%",
      "1.2.1": "10",
      "1.2.2": "08",
      "1.6": "chưa thực hiện",
      "2.2.1": "50%",
      "2.2.1a": "4",
      "2.2.1b": "2",
      "3.1": "Kết hợp",
    });
  });

  it("a provincial form with its own groups, sub-rows and relations", () => {
    const form = defineForm({
      id: "test-province",
      level: "province",
      year: 2025,
      title: "Biểu tổng hợp kết quả CCHC của tỉnh",
      titleEn: "Provincial table (test)",
      rows: [
        { code: "1", stt: "1", label: "Cải cách thủ tục hành chính", unit: null, kind: "heading", parent: null },
        { code: "1.1", stt: "1.1", label: "Tổng số TTHC của tỉnh", unit: "Thủ tục", kind: "count", parent: "1" },
        { code: "1.1a", stt: null, label: "TTHC cấp tỉnh", unit: "Thủ tục", kind: "count", parent: "1.1", italic: true },
        { code: "1.1b", stt: null, label: "TTHC cấp xã", unit: "Thủ tục", kind: "count", parent: "1.1", italic: true },
        { code: "1.2", stt: "1.2", label: "Hồ sơ tiếp nhận", unit: null, kind: "heading", parent: "1" },
        { code: "1.2.1", stt: "1.2.1", label: "Tổng số hồ sơ tiếp nhận", unit: "Hồ sơ", kind: "count", parent: "1.2" },
        { code: "1.2.2", stt: "1.2.2", label: "Số hồ sơ tiếp nhận trực tuyến", unit: "Hồ sơ", kind: "count", parent: "1.2" },
        { code: "1.2.3", stt: "1.2.3", label: "Tỷ lệ hồ sơ trực tuyến", unit: "%", kind: "percent", parent: "1.2" },
        { code: "2", stt: "2", label: "Chuyển đổi số", unit: null, kind: "heading", parent: null },
        { code: "2.1", stt: "2.1", label: "Số cơ quan dùng chữ ký số", unit: "Cơ quan", kind: "count", parent: "2" },
        { code: "2.2", stt: "2.2", label: "Kinh phí chuyển đổi số", unit: "Triệu đồng", kind: "amount", parent: "2" },
      ],
      relations: [
        { type: "sum", total: "1.1", parts: ["1.1a", "1.1b"], reason: "cấp tỉnh + cấp xã" },
        { type: "ratio", percent: "1.2.3", numerator: "1.2.2", denominator: "1.2.1", reason: "trực tuyến / tiếp nhận" },
      ],
    });
    const grid = appendixGrid(
      { "1.1": 1800, "1.1a": 1500, "1.1b": 300, "1.2.1": 52000, "1.2.2": 31200, "1.2.3": pctCell(60), "2.1": 0, "2.2": 1234.5 },
      form,
    );
    const blocks = generateBody(located(grid, form), { unitName: "UBND tỉnh Bắc Kạn", period: "6 tháng đầu năm", year: 2025 });
    // no group says "chỉ đạo, điều hành": section I is left for the officer, both groups are results
    expect(headings(blocks).slice(0, 4)).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC",
      "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC",
      "1. Cải cách thủ tục hành chính",
      "1.1. Hồ sơ tiếp nhận",
    ]);
    expect(headings(blocks)).toContain("2. Chuyển đổi số");
    expect(blocks[2]).toMatchObject({ type: "paragraph", placeholder: true });
    const t = text(blocks);
    expect(t).toContain("tổng số TTHC của tỉnh là 1.800 thủ tục, trong đó TTHC cấp tỉnh 1.500 thủ tục, TTHC cấp xã 300 thủ tục.");
    expect(t).toMatch(/31\.200/);
    expect(t).toMatch(/52\.000/);
    expect(t).toMatch(/60%/);
    expect(t).toMatch(/1\.234,5 triệu đồng/);
    expect(figures(blocks).find((f) => f.code === "2.1")).toMatchObject({ zero: true, text: "không phát sinh" });
  });
});

describe("forms learnt from the sheet (a commune's 2025 form, a table with letters and “+”, a department's)", () => {
  const learnt = (shape: Shape) => {
    const r = checkWorkbook(shapeGrid(shape));
    if (r.status !== "checked" || r.used.source !== "inferred") throw new Error("form not learnt");
    return r.appendix;
  };
  const sentenceWith = (blocks: Block[], figure: string) =>
    paragraphs(blocks)
      .flatMap((p) => p.split(/(?<=\.) (?=\p{Lu})/u))
      .find((s) => s.includes(figure)) ?? "";
  const COMMUNE = { unitName: "UBND xã Tân Lập", period: "năm", year: 2025 };

  it("says a total's parts in its own sentence, the percent after its numerator (the meaning of “Trong đó”, “-” kept)", () => {
    const blocks = generateBody(learnt(COMMUNE_2025), COMMUNE);
    expect(sentenceWith(blocks, "4.300")).toMatch(
      /^Đã giải quyết 4\.300 hồ sơ, trong đó: giải quyết trước và đúng hạn 4\.280 hồ sơ, đạt (tỷ lệ )?99,53%; giải quyết quá hạn 20 hồ sơ\.$/,
    );
    expect(sentenceWith(blocks, "4.520")).toMatch(
      /là 4\.520 hồ sơ, trong đó: tiếp nhận trực tuyến 3\.100 hồ sơ, đạt (tỷ lệ )?68,58%; tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích 1\.420 hồ sơ\.$/,
    );
    // nothing said out of its context: no sentence opens with a sub-row's label
    for (const orphan of ["Giải quyết quá hạn", "Tiếp nhận trực tiếp", "Dịch vụ công trực tuyến một phần"])
      expect(paragraphs(blocks).some((p) => p.includes(`. ${orphan}`) || p.startsWith(orphan))).toBe(false);
  });

  it("says “Số … đã …” as the verb, “Số … được …” as the noun, money spent against its plan without “trong đó”", () => {
    const t = text(generateBody(learnt(COMMUNE_2025), COMMUNE));
    expect(t).toContain("đã ban hành 12 văn bản chỉ đạo, điều hành về CCHC");
    expect(t).toContain("trong đó đã hoàn thành 18 nhiệm vụ CCHC, đạt tỷ lệ 75%");
    expect(t).toContain("Có 1.250 lượt người được tuyên truyền, phổ biến về CCHC.");
    expect(t).toMatch(/Kế hoạch vốn đầu tư công được giao là 12\.000 triệu đồng, đã giải ngân 7\.800 triệu đồng vốn đầu tư công, đạt (tỷ lệ )?65%/);
    expect(t).toMatch(/dự toán thu ngân sách nhà nước được giao là 5\.000 triệu đồng, thu ngân sách nhà nước thực hiện 6\.200 triệu đồng/);
  });

  it("names the sections in the case of a sentence, and says a “có” row as it reads", () => {
    const appendix = learnt(COMMUNE_2025);
    const blocks = generateBody(appendix, COMMUNE);
    expect(headings(blocks)).toEqual(
      expect.arrayContaining(["1. Cải cách thể chế", "6. Xây dựng chính quyền điện tử, chính quyền số"]),
    );
    expect(text(blocks)).toContain("Trung tâm Phục vụ hành chính công xã có hệ thống đánh giá sự hài lòng.");
    const no = learnt(withValues(COMMUNE_2025, { [rowIndex(COMMUNE_2025, "Trung tâm Phục vụ hành chính công xã có hệ thống đánh giá sự hài lòng")]: ["Không"] }));
    const t = text(generateBody(no, COMMUNE));
    expect(t).toContain("Trung tâm Phục vụ hành chính công xã chưa có hệ thống đánh giá sự hài lòng.");
    expect(figures(generateBody(no, COMMUNE)).find((f) => f.text === "chưa có")).toBeDefined();
  });

  it("a table whose top rows hold figures: every figure said, the parts of parts in brackets", () => {
    const appendix = learnt(TWO_COLUMNS);
    const blocks = generateBody(appendix, COMMUNE);
    expect(blocks.some((b) => b.type === "paragraph" && b.placeholder && runsText(b.runs) === PLACEHOLDER.noData)).toBe(false);
    const said = new Set(figures(blocks).map((f) => f.code));
    const withValue = [...appendix.rows.values()].filter((r) => r.value.status !== "empty").map((r) => r.code);
    expect(withValue.filter((c) => !said.has(c))).toEqual([]);
    expect(text(blocks)).toMatch(
      /Giải quyết hồ sơ TTHC là 1\.460 hồ sơ, trong đó: đã giải quyết 1\.380 hồ sơ \(trước và đúng hạn 1\.370 hồ sơ, đạt (tỷ lệ )?99,28%; quá hạn 10 hồ sơ\); đang giải quyết 80 hồ sơ \(trong hạn 78 hồ sơ, quá hạn 02 hồ sơ\)\./,
    );
  });

  it("never writes two numbers side by side (a label ending in a digit takes “là”)", async () => {
    const seed = generateBody(located(await loadXlsxGrid(FIXTURE_XLSX)), DETAILS);
    for (const blocks of [seed, generateBody(learnt(COMMUNE_2025), COMMUNE), generateBody(learnt(DEPARTMENT_2025), COMMUNE)])
      for (const p of paragraphs(blocks)) expect(p).not.toMatch(/\d \d/);
  });
});

it("writes a label printed in capitals in the case of a sentence, its abbreviations kept", () => {
  expect(sentenceCase("KẾT QUẢ GIẢI QUYẾT TTHC CỦA UBND XÃ")).toBe("Kết quả giải quyết TTHC của UBND xã");
  expect(sentenceCase("XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ")).toBe("Xây dựng chính quyền điện tử, chính quyền số");
  expect(sentenceCase("Cải cách thể chế")).toBe("Cải cách thể chế");
});
