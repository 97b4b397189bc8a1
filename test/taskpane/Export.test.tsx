/**
 * "Xuất Word" in the pane: the table is checked first (errors: go back or export anyway), the report is generated and
 * handed to the host, the other ways are offered, the figures left as written are listed.
 */
import { configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { NARRATIVE_SETTING } from "../../src/taskpane/useNarrative";
import { DETAILS_SETTING } from "../../src/taskpane/useReportDetails";
import type { OutgoingFile } from "../../src/host/types";
import { consistentFigures } from "../core/districts/figures";
import { appendixGrid, pctCell } from "../helpers/grids";
import { asRead, fakeHost, panelsLoaded } from "./fakeHost";

const exportSection = () => within(document.getElementById("export")!);
const clean = () => appendixGrid({ ...consistentFigures(), "1.2": pctCell(80) });

jest.setTimeout(30_000);
// The report's chunk (the docx library) and the report reader load on demand: on a busy machine, more than a second.
configure({ asyncUtilTimeout: 5000 });

test("a workbook without the appendix: says so, delivers nothing", async () => {
  const host = fakeHost();
  render(<App host={host} action="export" />);
  await panelsLoaded();
  fireEvent.click(exportSection().getByRole("button", { name: "Xuất báo cáo Word" }));
  expect(await exportSection().findByText(/Không tìm thấy biểu phụ lục CCHC trong tệp này/)).toBeInTheDocument();
  expect(host.deliverFile).not.toHaveBeenCalled();
});

test("errors in the table: shown first; “Quay lại sửa biểu” goes back to the check; “Vẫn xuất” exports", async () => {
  const host = fakeHost();
  // 1.2 says 50% but 32 of 40 tasks is 80%
  host.readWorkbook.mockResolvedValue(asRead(appendixGrid({ ...consistentFigures(), "1.2": pctCell(50) })));
  host.settings.set(
    DETAILS_SETTING,
    JSON.stringify({ unit: "UBND huyện Bạch Thông", period: "quý III", year: "2023" }),
  );
  render(<App host={host} />);
  await panelsLoaded();
  const section = exportSection();
  fireEvent.click(section.getByRole("button", { name: "Xuất báo cáo Word" }));
  expect(await section.findByText("Biểu còn 1 lỗi")).toBeInTheDocument();
  expect(section.getByText(/^Dòng 1\.2: Ghi 50%/)).toBeInTheDocument();
  expect(host.deliverFile).not.toHaveBeenCalled();

  fireEvent.click(section.getByRole("button", { name: "Quay lại sửa biểu" }));
  await waitFor(() => expect(host.showHighlights).toHaveBeenCalled());
  expect(section.queryByText("Biểu còn 1 lỗi")).not.toBeInTheDocument();
  expect(host.deliverFile).not.toHaveBeenCalled();

  fireEvent.click(section.getByRole("button", { name: "Xuất báo cáo Word" }));
  fireEvent.click(await section.findByRole("button", { name: "Vẫn xuất" }));
  await waitFor(() => expect(host.deliverFile).toHaveBeenCalledTimes(1));
  const file = host.deliverFile.mock.calls[0][0] as OutgoingFile;
  expect(file.name).toBe("bao-cao-cchc-quy-iii-2023.docx");
  expect(Buffer.from(file.bytes.subarray(0, 2)).toString()).toBe("PK");
  expect(file.html).toContain(">ỦY BAN NHÂN DÂN<");
  expect(file.html).toContain(">HUYỆN BẠCH THÔNG<");
  expect(await section.findByText(/Đã tạo báo cáo: \d+ số liệu lấy từ biểu/)).toBeInTheDocument();
  expect(
    section.getByText("Đã tải xuống “bao-cao-cchc-quy-iii-2023.docx”. Nếu không thấy tệp, dùng một cách bên dưới."),
  ).toBeInTheDocument();
  expect(section.getByText("Số liệu của dòng 1.2 đang có lỗi; báo cáo ghi đúng như biểu.")).toBeInTheDocument();
});

test("a sub-row with an error is named as the officer sees it, by its label under its parent's STT, never by its code", async () => {
  const host = fakeHost();
  const words = "TTHC nào có phát sinh phí, lệ phí đều có thể thanh toán trực tuyến";
  host.readWorkbook.mockResolvedValue(
    asRead(appendixGrid({ ...consistentFigures(), "1.2": pctCell(80), "7.2.5b": words })),
  );
  render(<App host={host} />);
  const section = exportSection();
  fireEvent.click(section.getByRole("button", { name: "Xuất báo cáo Word" }));
  fireEvent.click(await section.findByRole("button", { name: "Vẫn xuất" }));
  const flagged = await section.findByText(
    /^Số liệu của dòng “Số TTHC đã được tích hợp, triển khai thanh toán trực tuyến[^”]*” \(mục 7\.2\.5\) đang có lỗi/,
  );
  expect(flagged.textContent).not.toMatch(/7\.2\.5b/);
});

test("a clean table exports at once; “Sao chép” hands the same report over as rich text", async () => {
  const host = fakeHost();
  host.readWorkbook.mockResolvedValue(asRead(clean()));
  render(<App host={host} />);
  await panelsLoaded();
  const section = exportSection();
  fireEvent.click(section.getByRole("button", { name: "Xuất báo cáo Word" }));
  await waitFor(() => expect(host.deliverFile).toHaveBeenCalledTimes(1));
  expect(host.deliverFile.mock.calls[0][1]).toBeUndefined();
  host.deliverFile.mockResolvedValueOnce({ way: "clipboard", alternatives: ["download"] });
  fireEvent.click(await section.findByRole("button", { name: "Sao chép để dán vào Word" }));
  await waitFor(() => expect(host.deliverFile).toHaveBeenCalledTimes(2));
  expect(host.deliverFile.mock.calls[1][1]).toEqual(["clipboard"]);
  expect(host.deliverFile.mock.calls[1][0]).toBe(host.deliverFile.mock.calls[0][0]);
  expect(await section.findByText("Đã sao chép báo cáo: mở Word và dán (Ctrl+V; trên Mac ⌘V).")).toBeInTheDocument();
});

test("from the draft kept in the workbook: its text kept, the figures it could not tie listed", async () => {
  const host = fakeHost();
  host.readWorkbook.mockResolvedValue(asRead(clean()));
  host.settings.set(
    NARRATIVE_SETTING,
    JSON.stringify({
      source: { name: "bao-cao-quy-ii.docx", kind: "docx" },
      doc: {
        paragraphs: [
          { text: "Trong kỳ, UBND huyện đã hoàn thành 30/40 nhiệm vụ, đạt 75% kế hoạch.", inTable: false },
          { text: "Phòng Tư pháp tổ chức tuyên truyền được 17 cuộc có 950 lượt người nghe.", inTable: false },
        ],
      },
    }),
  );
  render(<App host={host} />);
  await panelsLoaded();
  const section = exportSection();
  expect(await section.findByText("Bản thảo: “bao-cao-quy-ii.docx”.")).toBeInTheDocument();
  fireEvent.click(section.getByLabelText("Giữ lời văn của bản thảo, ghi lại số liệu theo biểu"));
  fireEvent.click(section.getByRole("button", { name: "Xuất báo cáo Word" }));
  await waitFor(() => expect(host.deliverFile).toHaveBeenCalledTimes(1));
  const file = host.deliverFile.mock.calls[0][0] as OutgoingFile;
  // the figures tied to rows are rewritten from the table (32 of 40 tasks, 80%)
  expect(file.text).toContain("Trong kỳ, UBND huyện đã hoàn thành 32/40 nhiệm vụ, đạt 80% kế hoạch.");
  expect(file.text).toContain("tuyên truyền được 17 cuộc có 950 lượt người nghe");
  const list = await section.findByText(/2 số liệu của bản thảo chưa gắn được với dòng nào/);
  fireEvent.click(list);
  const items = section.getAllByRole("listitem").map((li) => li.textContent);
  expect(items.some((t) => /17.*không thuộc dòng nào của biểu/.test(t ?? ""))).toBe(true);
});

test("the export's details are the insert step's: one state, saved in the workbook", async () => {
  const host = fakeHost();
  render(<App host={host} />);
  await panelsLoaded();
  fireEvent.change(within(document.getElementById("insert")!).getByLabelText("Đơn vị báo cáo"), {
    target: { value: "UBND huyện Na Rì" },
  });
  const section = exportSection();
  fireEvent.click(section.getByRole("button", { name: "Thông tin in trên báo cáo" }));
  expect(await section.findByLabelText("Đơn vị báo cáo")).toHaveValue("UBND huyện Na Rì");
  expect(section.getByLabelText("Thẩm quyền ký")).toHaveDisplayValue(/TM\. ỦY BAN NHÂN DÂN \/ CHỦ TỊCH/);
  expect(section.getByLabelText("Địa danh")).toHaveAttribute("placeholder", "Na Rì");
});

test("a draft that is no report (a PDF) is refused with what it is; a .txt draft in Windows' “Unicode” is read", async () => {
  const host = fakeHost();
  host.readWorkbook.mockResolvedValue(asRead(clean()));
  render(<App host={host} />);
  await panelsLoaded();
  const section = exportSection();
  const input = document.querySelector('#export input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(["%PDF-1.4\n%âãÏÓ"], "du thao.pdf")] } });
  expect(
    // (the reader comes on demand: its first load takes a moment on a busy machine)
    await section.findByText(
      "Tệp báo cáo “du thao.pdf” là tệp PDF: chưa đọc được PDF, hãy dùng tệp .docx gốc.",
      {},
      { timeout: 5000 },
    ),
  ).toBeInTheDocument();
  // Not taken as the draft: the export still writes from the sheet.
  expect(section.getByText(/^Chưa có bản thảo/)).toBeInTheDocument();
  expect(section.getByRole("radio", { name: "Soạn từ số liệu của biểu" })).toBeChecked();

  const text = "Đã thực hiện 32/40 nhiệm vụ.";
  const utf16 = new Uint8Array([
    0xff,
    0xfe,
    ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8]),
  ]);
  fireEvent.change(input, { target: { files: [new File([utf16], "du-thao.txt")] } });
  expect(await section.findByText("Bản thảo: “du-thao.txt”.")).toBeInTheDocument();
  expect(section.getByRole("radio", { name: "Giữ lời văn của bản thảo, ghi lại số liệu theo biểu" })).toBeChecked();
  expect(section.queryByText(/là tệp PDF/)).not.toBeInTheDocument();
});

test("the errors listed before exporting a commune's own table: each row as printed and what is wrong, no jargon", async () => {
  const { COMMUNE_2025, rowIndex, shapeGrid, withValues } = await import("../core/form/infer/shapes");
  const host = fakeHost();
  host.readWorkbook.mockResolvedValue(
    asRead(
      shapeGrid(
        withValues(COMMUNE_2025, { [rowIndex(COMMUNE_2025, "Tỷ lệ hoàn thành Kế hoạch CCHC năm")]: [{ pct: 80 }] }),
      ),
    ),
  );
  render(<App host={host} />);
  await screen.findByText("Ghi 80% nhưng 18/24 = 75,00%.", {}, { timeout: 5000 });
  await panelsLoaded();
  const section = exportSection();
  fireEvent.click(section.getByRole("button", { name: "Xuất báo cáo Word" }));
  expect(await section.findByText("Biểu còn 1 lỗi")).toBeInTheDocument();
  expect(section.getByText("Dòng 4: Ghi 80% nhưng 18/24 = 75,00%.")).toBeInTheDocument();
  expect(section.queryByText(/Quan hệ suy ra/)).not.toBeInTheDocument();
});

test("the ribbon's “Xuất Word” (?action=export) scrolls to the export once it is there; the pane opened otherwise does not", async () => {
  // jsdom lays nothing out and has no scrollIntoView: record which element is asked to scroll.
  const scrolled: string[] = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.id);
  };
  try {
    const { unmount } = render(<App host={fakeHost()} action="export" />);
    await panelsLoaded();
    await waitFor(() => expect(scrolled).toEqual(["export"]));
    expect(exportSection().getByRole("button", { name: "Xuất báo cáo Word" })).toBeInTheDocument();
    unmount();
    scrolled.length = 0;
    render(<App host={fakeHost()} />);
    await panelsLoaded();
    expect(scrolled).toEqual([]);
  } finally {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  }
});
