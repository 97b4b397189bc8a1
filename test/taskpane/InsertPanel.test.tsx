/** "Chèn biểu phụ lục": the report's details are kept in the workbook, the sheet is inserted, the details print right. */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { DETAILS_SETTING, emptyDetails, toReportDetails } from "../../src/taskpane/useReportDetails";
import type { SheetTemplate } from "../../src/core/template/types";
import { fakeHost, panelsLoaded } from "./fakeHost";

const insertSection = () => within(document.getElementById("insert")!);

/** The pane, once its check on open ("Kiểm tra tự động") is done. */
async function renderPane(host: ReturnType<typeof fakeHost>) {
  const view = render(<App host={host} />);
  await waitFor(() => expect(host.showHighlights).toHaveBeenCalled());
  await act(async () => undefined);
  await panelsLoaded();
  return view;
}

function templateTexts(host: ReturnType<typeof fakeHost>): string[] {
  const template = host.insertSheet.mock.calls.at(-1)![0] as SheetTemplate;
  return template.cells.map((c) => String(c.value ?? ""));
}

test("inserts the appendix into a new sheet and keeps the details in the workbook", async () => {
  const host = fakeHost();
  await renderPane(host);
  const form = insertSection();
  fireEvent.change(form.getByLabelText("Đơn vị báo cáo"), { target: { value: "UBND huyện Ngân Sơn" } });
  fireEvent.change(form.getByLabelText("Kỳ báo cáo"), { target: { value: "quý III" } });
  fireEvent.change(form.getByLabelText("Năm"), { target: { value: "2022" } });
  fireEvent.change(form.getByLabelText("Số báo cáo"), { target: { value: "125" } });
  fireEvent.change(form.getByLabelText("Ngày báo cáo"), { target: { value: "25/9/2022" } });
  fireEvent.change(form.getByLabelText("Người ký"), { target: { value: "Hoàng Văn A" } });
  fireEvent.click(form.getByRole("button", { name: "Chèn biểu phụ lục" }));

  expect(await screen.findByText("Đã chèn biểu vào trang tính “Phụ lục (2)”.")).toBeInTheDocument();
  const saved = JSON.parse(host.settings.get(DETAILS_SETTING) ?? "{}");
  expect(saved).toMatchObject({
    unit: "UBND huyện Ngân Sơn",
    period: "quý III",
    year: "2022",
    date: "25/9/2022",
    signer: "Hoàng Văn A",
  });
  expect(host.insertSheet).toHaveBeenCalledTimes(1);
  const template = host.insertSheet.mock.calls[0][0] as SheetTemplate;
  expect(template.name).toMatch(/Phụ lục/);
  expect(template.cells.some((c) => c.code === "7.2.4")).toBe(true);
  const texts = templateTexts(host);
  expect(texts).toContain("QUÝ III NĂM 2022");
  expect(texts).toContain("(Kèm theo Báo cáo số 125/BC-UBND ngày 25/9/2022 của UBND huyện Ngân Sơn)");
  expect(host.saveSetting.mock.invocationCallOrder.at(-1)!).toBeLessThan(host.insertSheet.mock.invocationCallOrder[0]);
});

test("the number typed with its suffix prints once, and the suffix follows what was typed", async () => {
  const host = fakeHost();
  await renderPane(host);
  const form = insertSection();
  fireEvent.change(form.getByLabelText("Đơn vị báo cáo"), { target: { value: "Sở Nội vụ" } });
  fireEvent.change(form.getByLabelText("Số báo cáo"), { target: { value: "125/BC-UBND" } });
  expect(form.getByText("In ra: Số: 125/BC-UBND")).toBeInTheDocument();
  fireEvent.change(form.getByLabelText("Số báo cáo"), { target: { value: "37" } });
  // The suffix follows the issuer when none is typed: Sở Nội vụ → BC-SNV.
  expect(form.getByText("In ra: Số: 37/BC-SNV")).toBeInTheDocument();
  fireEvent.change(form.getByLabelText("Số báo cáo"), { target: { value: "125/BC-UBND" } });
  fireEvent.click(form.getByRole("button", { name: "Chèn biểu phụ lục" }));
  await screen.findByText(/Đã chèn biểu/);
  const attachment = templateTexts(host).find((t) => t.startsWith("(Kèm theo"));
  expect(attachment).toContain("Báo cáo số 125/BC-UBND ngày");
  expect(attachment).not.toContain("BC-UBND/BC-UBND");
});

test("the period is a choice and each prints right (no “NĂM NĂM”)", async () => {
  const host = fakeHost();
  await renderPane(host);
  const form = insertSection();
  const period = form.getByLabelText("Kỳ báo cáo") as HTMLSelectElement;
  expect([...period.options].map((o) => o.value)).toEqual([
    "",
    "quý I",
    "6 tháng đầu năm",
    "quý III",
    "9 tháng đầu năm",
    "năm",
  ]);
  fireEvent.change(form.getByLabelText("Năm"), { target: { value: "2026" } });
  const printed: string[] = [];
  for (const value of ["9 tháng đầu năm", "năm", "6 tháng đầu năm", "quý I"]) {
    fireEvent.change(period, { target: { value } });
    fireEvent.click(form.getByRole("button", { name: "Chèn biểu phụ lục" }));
    await waitFor(() => expect(host.insertSheet).toHaveBeenCalledTimes(printed.length + 1));
    printed.push(templateTexts(host)[2]);
  }
  expect(printed).toEqual(["9 THÁNG ĐẦU NĂM 2026", "NĂM 2026", "6 THÁNG ĐẦU NĂM 2026", "QUÝ I NĂM 2026"]);
});

test("the date is typed day first whatever the machine's locale; an impossible date is refused with a message", async () => {
  const host = fakeHost();
  await renderPane(host);
  const form = insertSection();
  const date = form.getByLabelText("Ngày báo cáo");
  expect(date).toHaveAttribute("type", "text");
  fireEvent.change(date, { target: { value: "05/02/2026" } });
  expect(form.getByText("In ra: 05/02/2026")).toBeInTheDocument();
  fireEvent.change(date, { target: { value: "3/10/2026" } });
  expect(form.getByText("In ra: 03/10/2026")).toBeInTheDocument();
  fireEvent.change(date, { target: { value: "30/02/2026" } });
  expect(form.getByText("Ngày không hợp lệ: ghi ngày/tháng/năm, ví dụ 10/12/2025.")).toBeInTheDocument();
});

test("details saved earlier in the workbook fill the form (an ISO date from an older version shown day first)", async () => {
  const host = fakeHost();
  host.settings.set(
    DETAILS_SETTING,
    JSON.stringify({ unit: "UBND huyện Ngân Sơn", period: "quý III", year: 2022, date: "2022-09-25" }),
  );
  await renderPane(host);
  const form = insertSection();
  await waitFor(() => expect(form.getByLabelText("Đơn vị báo cáo")).toHaveValue("UBND huyện Ngân Sơn"));
  expect(form.getByLabelText("Kỳ báo cáo")).toHaveValue("quý III");
  expect(form.getByLabelText("Năm")).toHaveValue(2022);
  expect(form.getByLabelText("Ngày báo cáo")).toHaveValue("25/09/2022");
});

test("the report details map to the core's ReportDetails, blanks left out", () => {
  expect(
    toReportDetails({
      ...emptyDetails(),
      unit: " UBND huyện Ngân Sơn ",
      year: "2022",
      date: "25/9/2022",
      signer: "Hoàng Văn A",
      signerTitle: "CHỦ TỊCH",
      recipients: "Sở Nội vụ;\n\n- Lưu: VT, NV.",
      signing: "kt",
    }),
  ).toEqual({
    unitName: "UBND huyện Ngân Sơn",
    year: 2022,
    reportDate: "2022-09-25",
    signing: "kt",
    signer: { name: "Hoàng Văn A", title: "CHỦ TỊCH" },
    recipients: ["Sở Nội vụ;", "- Lưu: VT, NV."],
  });
  expect(toReportDetails({ ...emptyDetails(), year: "abc", date: "31/02/2022" })).toEqual({});
});
