/**
 * "Biểu dùng để kiểm tra" in the pane, with the real check on a commune's 2025 appendix: the pane says which form it
 * used, lists the inferred relations with their evidence, lets the officer turn one off, save the form in the
 * workbook (later checks and later panes use it), download it as a form file, open another office's form file, and
 * insert the saved form's table.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { parseFormFile, RELATIONS_OFF_SETTING, SAVED_FORM_SETTING, formFileText } from "../../src/core/form/file";
import type { SheetTemplate } from "../../src/core/template/types";
import { App } from "../../src/taskpane/App";
import { COMMUNE_2025, rowIndex, shapeGrid, withValues } from "../core/form/infer/shapes";
import { asRead, fakeHost, panelsLoaded, type FakeHost } from "./fakeHost";

const FAULTY = withValues(COMMUNE_2025, {
  [rowIndex(COMMUNE_2025, "Tỷ lệ hoàn thành Kế hoạch CCHC năm")]: [{ pct: 80 }],
});

function communeHost(): FakeHost {
  const host = fakeHost();
  host.readWorkbook.mockResolvedValue(asRead(shapeGrid(FAULTY)));
  return host;
}

/** A check of a table it learns the form of takes a moment in jsdom on a busy machine. */
const SLOW = { timeout: 5000 };

const formSection = () => screen.getByRole("region", { name: "Biểu dùng để kiểm tra" });

async function check() {
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra phụ lục" }));
  await screen.findByText(/^Biểu đang dùng: /, {}, SLOW);
}

test("before a check the pane says none is known yet; after it, the form read from the sheet and its relations", async () => {
  const host = communeHost();
  // The check on open waits here until the pane is seen before it.
  let open = () => {};
  host.readWorkbook.mockImplementationOnce(
    () => new Promise((resolve) => (open = () => resolve(asRead(shapeGrid(FAULTY))))),
  );
  render(<App host={host} />);
  await panelsLoaded();
  expect(within(formSection()).getByText(/^Chưa kiểm tra/)).toBeInTheDocument();
  open();
  await check();
  const section = formSection();
  expect(within(section).getByText("Biểu đang dùng: Biểu đọc từ trang tính")).toBeInTheDocument();
  expect(within(section).getByText("đọc từ trang tính")).toBeInTheDocument();
  expect(within(section).getByText("42 chỉ tiêu, 8 tỷ lệ, 3 tổng, 3 so sánh thành phần với tổng")).toBeInTheDocument();
  // The check counts the indicators as the form section does (the 7 group headings are none).
  expect(screen.getByText("Đã kiểm tra trang “Phụ lục” (42 chỉ tiêu).")).toBeInTheDocument();
  expect(within(section).getByText("Phép kiểm tra suy ra từ tên chỉ tiêu (14)")).toBeInTheDocument();
  // Rows are named as printed: a sub-row printed with "-" by its label under its group, never by a code ("13a")
  // the officer has never seen.
  const ratio = within(section).getByRole("switch", {
    name: "Tỷ lệ dòng 15 = dòng “Giải quyết trước và đúng hạn” (mục 13) / dòng 13",
  });
  expect(ratio).toBeChecked();
  const item = ratio.closest("li")!;
  expect(item).toHaveTextContent(
    "Căn cứ: «Tỷ lệ hồ sơ giải quyết trước và đúng hạn» = trước và đúng hạn / đã giải quyết",
  );
  expect(item).toHaveTextContent("Báo lỗi, độ tin cậy 85%");
  expect(
    within(section).getByRole("switch", { name: "Tỷ lệ dòng 29 = dòng 28 / dòng 27" }).closest("li"),
  ).toHaveTextContent("Chỉ cảnh báo, độ tin cậy 75%");
  expect(within(section).getByRole("switch", { name: "Dòng 13 = tổng các dòng chi tiết của 13" })).toBeChecked();
  expect(within(section).getByRole("switch", { name: "Dòng 10 không vượt quá dòng 9" })).toBeChecked();
  for (const text of within(section)
    .getAllByRole("switch")
    .map((el) => el.closest("li")!.textContent!))
    expect(text).not.toMatch(/\b\d+[a-z]+\b|⊂|←/);
  // The wrong ratio's card says what is wrong in one sentence; that the check was inferred, and from which words,
  // is a note under it, with the way to turn it off.
  const card = screen.getByText("Ghi 80% nhưng 18/24 = 75,00%.").closest("li")!;
  expect(card).toHaveTextContent(
    "Phép kiểm tra này được suy ra từ tên các chỉ tiêu, độ tin cậy 85%: «Tỷ lệ hoàn thành Kế hoạch CCHC năm» = ",
  );
  expect(within(card).getByRole("button", { name: "Tắt phép kiểm tra này của dòng 4" })).toBeInTheDocument();
});

test("“Tắt phép kiểm tra này” on a card turns its relation off, kept in the workbook, with the way back", async () => {
  const host = communeHost();
  render(<App host={host} />);
  await check();
  const card = screen.getByText("Ghi 80% nhưng 18/24 = 75,00%.").closest("li")!;
  fireEvent.click(within(card).getByRole("button", { name: "Tắt phép kiểm tra này của dòng 4" }));
  await waitFor(() => expect(screen.queryByText("Ghi 80% nhưng 18/24 = 75,00%.")).not.toBeInTheDocument(), SLOW);
  expect(JSON.parse(host.settings.get(RELATIONS_OFF_SETTING)!)).toEqual(["ratio 4 = 3 / 2"]);
  expect(screen.getByText("Đã tắt phép kiểm tra: Tỷ lệ dòng 4 = dòng 3 / dòng 2.")).toBeInTheDocument();
  expect(
    within(formSection()).getByRole("switch", { name: "Tỷ lệ dòng 4 = dòng 3 / dòng 2 (đã tắt)" }),
  ).not.toBeChecked();
  // Focus is on the way back; it brings the relation and its finding back.
  const back = screen.getByRole("button", { name: "Bật lại" });
  await waitFor(() => expect(back).toHaveFocus());
  fireEvent.click(back);
  expect(await screen.findByText("Ghi 80% nhưng 18/24 = 75,00%.", {}, SLOW)).toBeInTheDocument();
  expect(JSON.parse(host.settings.get(RELATIONS_OFF_SETTING)!)).toEqual([]);
  expect(screen.queryByRole("button", { name: "Bật lại" })).not.toBeInTheDocument();
});

test("turning a relation off is kept in the workbook and its finding goes at once", async () => {
  const host = communeHost();
  render(<App host={host} />);
  await check();
  expect(screen.getByText(/^Ghi 80% nhưng 18\/24/)).toBeInTheDocument();
  fireEvent.click(within(formSection()).getByRole("switch", { name: "Tỷ lệ dòng 4 = dòng 3 / dòng 2" }));
  await waitFor(() => expect(screen.queryByText(/^Ghi 80% nhưng 18\/24/)).not.toBeInTheDocument());
  expect(JSON.parse(host.settings.get(RELATIONS_OFF_SETTING)!)).toEqual(["ratio 4 = 3 / 2"]);
  expect(
    within(formSection()).getByRole("switch", { name: /Tỷ lệ dòng 4 = dòng 3 \/ dòng 2 \(đã tắt\)/ }),
  ).not.toBeChecked();
});

test("the saved form is used by later checks and by a pane opened later, and the insert step inserts its table", async () => {
  const host = communeHost();
  const { unmount } = render(<App host={host} />);
  await check();
  fireEvent.click(within(formSection()).getByRole("button", { name: "Lưu biểu vào sổ tính" }));
  expect(await screen.findByText("Đã lưu biểu vào sổ tính.")).toBeInTheDocument();
  const saved = parseFormFile(host.settings.get(SAVED_FORM_SETTING)!);
  expect(saved.rows.map((r) => r.code)).toContain("10b");
  await waitFor(() => expect(within(formSection()).getByText("đã lưu trong sổ tính")).toBeInTheDocument(), SLOW);
  unmount();

  // A pane opened later: the saved form from the first check on, and "Chèn biểu" inserts its table.
  render(<App host={host} />);
  await check();
  await waitFor(() => expect(within(formSection()).getByText("đã lưu trong sổ tính")).toBeInTheDocument(), SLOW);
  expect(within(formSection()).getByRole("button", { name: "Bỏ biểu đã lưu" })).toBeInTheDocument();
  fireEvent.click(screen.getByRole("button", { name: "Chèn biểu phụ lục" }));
  await waitFor(() => expect(host.insertSheet).toHaveBeenCalledTimes(1));
  const template = host.insertSheet.mock.calls[0][0] as SheetTemplate;
  const labels = template.cells.map((c) => c.value);
  expect(labels).toContain("Dịch vụ công trực tuyến toàn trình");
  expect(labels).toContain("Tỷ lệ thu ngân sách so với dự toán");
  expect(template.cells.some((c) => c.code === "13b")).toBe(true);

  // Forgetting it: the next check chooses again.
  fireEvent.click(within(formSection()).getByRole("button", { name: "Bỏ biểu đã lưu" }));
  expect(await screen.findByText(/^Đã bỏ biểu đã lưu/)).toBeInTheDocument();
  expect(host.settings.get(SAVED_FORM_SETTING)).toBe("");
  await waitFor(() => expect(within(formSection()).getByText("đọc từ trang tính")).toBeInTheDocument(), SLOW);
});

test("the form file is delivered as JSON, without the relations turned off", async () => {
  const host = communeHost();
  render(<App host={host} />);
  await check();
  fireEvent.click(within(formSection()).getByRole("switch", { name: "Dòng 10 không vượt quá dòng 9" }));
  await waitFor(() => expect(host.settings.get(RELATIONS_OFF_SETTING)).toBeDefined());
  fireEvent.click(within(formSection()).getByRole("button", { name: "Tải tệp biểu (.json)" }));
  await waitFor(() => expect(host.deliverFile).toHaveBeenCalledTimes(1));
  const file = host.deliverFile.mock.calls[0][0];
  expect(file.name).toBe("bieu-doc-tu-trang-tinh-2025.json");
  expect(file.mimeType).toBe("application/json");
  const form = parseFormFile(Buffer.from(file.bytes).toString("utf8"));
  expect(file.text).toBe(Buffer.from(file.bytes).toString("utf8"));
  expect(form.relations).toHaveLength(13);
  expect(form.relations.some((r) => r.type === "part-of" && r.part === "10")).toBe(false);
  expect(await screen.findByText("Đã gửi tệp biểu.")).toBeInTheDocument();
});

test("another office's form file is opened, saved in the workbook and used; a bad one says why", async () => {
  const host = fakeHost();
  host.readWorkbook.mockResolvedValue(asRead(shapeGrid(FAULTY)));
  render(<App host={host} />);
  await check();
  const input = within(formSection()).getByLabelText("Mở tệp biểu (.json) của đơn vị khác", { selector: "button" });
  const fileInput = input.parentElement!.querySelector('input[type="file"]') as HTMLInputElement;
  // A province's form file for this commune table: the inferred one, renamed.
  fireEvent.click(within(formSection()).getByRole("button", { name: "Lưu biểu vào sổ tính" }));
  await screen.findByText("Đã lưu biểu vào sổ tính.");
  const provincial = {
    ...parseFormFile(host.settings.get(SAVED_FORM_SETTING)!),
    title: "Biểu xã tỉnh Thái Nguyên 2025",
  };
  fireEvent.click(within(formSection()).getByRole("button", { name: "Bỏ biểu đã lưu" }));
  await screen.findByText(/^Đã bỏ biểu đã lưu/);

  fireEvent.change(fileInput, { target: { files: [new File([formFileText(provincial)], "bieu-xa.json")] } });
  expect(await screen.findByText("Đã dùng tệp biểu “bieu-xa.json” và lưu vào sổ tính.")).toBeInTheDocument();
  await waitFor(() =>
    expect(within(formSection()).getByText("Biểu đang dùng: Biểu xã tỉnh Thái Nguyên 2025")).toBeInTheDocument(),
  );

  // A broken file: which file, what is wrong in words, and that the form in use is unchanged.
  fireEvent.change(fileInput, { target: { files: [new File(['{"id": 1}'], "hong.json")] } });
  const broken = await within(formSection()).findByText(/^Không dùng được tệp biểu “hong\.json”\./);
  expect(broken).toHaveTextContent(
    "Tệp biểu không đúng mẫu: id: phải là chữ (trong dấu ngoặc kép); level: thiếu; year: thiếu; title: thiếu; titleEn: thiếu (và 2 chỗ khác). Biểu đang dùng không thay đổi",
  );
  expect(broken.textContent).not.toMatch(/Invalid|expected/);
  expect(within(formSection()).getByText("Biểu đang dùng: Biểu xã tỉnh Thái Nguyên 2025")).toBeInTheDocument();
});

test("on the district fixture the built-in form is used and named", async () => {
  const host = fakeHost();
  const { appendixGrid } = await import("../helpers/grids");
  host.readWorkbook.mockResolvedValue(asRead(appendixGrid({ "1.2.1": 46, "1.2.2": 35 })));
  render(<App host={host} />);
  await check();
  expect(within(formSection()).getByText("Biểu đang dùng: Biểu cấp huyện 2022")).toBeInTheDocument();
  expect(within(formSection()).getByText("biểu có sẵn")).toBeInTheDocument();
  expect(within(formSection()).queryByText(/Phép kiểm tra suy ra/)).not.toBeInTheDocument();
});

test("“Chèn biểu phụ lục” says which form it inserts, and how to insert the officer's own when the check read it", async () => {
  const host = communeHost();
  render(<App host={host} />);
  const insert = () => within(screen.getByRole("region", { name: "Chèn biểu phụ lục" }));
  // Nothing saved: the built-in district form, said as such.
  expect(insert().getByText("Biểu sẽ chèn: Biểu cấp huyện 2022.")).toBeInTheDocument();
  await check();
  // The check read a commune's own form from the sheet: the insert step says how to insert that one instead.
  expect(
    insert().getByText(/^Bảng đang kiểm tra theo biểu đọc từ trang tính\. Muốn chèn biểu như bảng đó, bấm/),
  ).toBeInTheDocument();
  fireEvent.click(within(formSection()).getByRole("button", { name: "Lưu biểu vào sổ tính" }));
  await screen.findByText("Đã lưu biểu vào sổ tính.");
  await waitFor(() => expect(insert().getByText("Biểu sẽ chèn: Biểu đọc từ trang tính.")).toBeInTheDocument());
  await waitFor(() => expect(insert().queryByText(/^Bảng đang kiểm tra theo biểu đọc/)).not.toBeInTheDocument(), SLOW);
});
