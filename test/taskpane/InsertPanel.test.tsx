/** "Chèn biểu phụ lục": the report's details are kept in the workbook's settings, the sheet is inserted. */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { DETAILS_SETTING, toReportDetails } from "../../src/taskpane/useReportDetails";
import type { SheetTemplate } from "../../src/core/template/types";
import { fakeHost } from "./fakeHost";

test("inserts the appendix into a new sheet and keeps the details in the workbook", async () => {
  const host = fakeHost();
  render(<App host={host} />);
  fireEvent.change(screen.getByLabelText("Đơn vị báo cáo"), { target: { value: "UBND huyện Ngân Sơn" } });
  fireEvent.change(screen.getByLabelText("Kỳ báo cáo"), { target: { value: "quý III" } });
  fireEvent.change(screen.getByLabelText("Năm"), { target: { value: "2022" } });
  fireEvent.change(screen.getByLabelText("Số báo cáo"), { target: { value: "125" } });
  fireEvent.change(screen.getByLabelText("Ngày báo cáo"), { target: { value: "2022-09-25" } });
  fireEvent.change(screen.getByLabelText("Người ký"), { target: { value: "Hoàng Văn A" } });
  fireEvent.click(screen.getByRole("button", { name: "Chèn biểu phụ lục" }));

  expect(await screen.findByText("Đã chèn biểu vào trang tính “Phụ lục (2)”.")).toBeInTheDocument();
  const saved = JSON.parse(host.settings.get(DETAILS_SETTING) ?? "{}");
  expect(saved).toMatchObject({ unit: "UBND huyện Ngân Sơn", period: "quý III", year: "2022", signer: "Hoàng Văn A" });
  expect(host.insertSheet).toHaveBeenCalledTimes(1);
  const template = host.insertSheet.mock.calls[0][0] as SheetTemplate;
  expect(template.name).toMatch(/Phụ lục/);
  expect(template.cells.some((c) => c.code === "7.2.4")).toBe(true);
  const texts = template.cells.map((c) => String(c.value ?? ""));
  expect(texts).toContain("QUÝ III NĂM 2022");
  expect(texts).toContain("(Kèm theo Báo cáo số 125/BC-UBND ngày 25/9/2022 của UBND huyện Ngân Sơn)");
  expect(host.saveSetting.mock.invocationCallOrder.at(-1)!).toBeLessThan(host.insertSheet.mock.invocationCallOrder[0]);
});

test("details saved earlier in the workbook fill the form", async () => {
  const host = fakeHost();
  host.settings.set(DETAILS_SETTING, JSON.stringify({ unit: "UBND huyện Ngân Sơn", period: "quý III", year: 2022 }));
  render(<App host={host} />);
  await waitFor(() => expect(screen.getByLabelText("Đơn vị báo cáo")).toHaveValue("UBND huyện Ngân Sơn"));
  expect(screen.getByLabelText("Kỳ báo cáo")).toHaveValue("quý III");
  expect(screen.getByLabelText("Năm")).toHaveValue(2022);
});

test("the report details map to the core's ReportDetails, blanks left out", () => {
  expect(
    toReportDetails({
      unit: " UBND huyện Ngân Sơn ",
      period: "",
      year: "2022",
      number: "",
      date: "2022-09-25",
      signer: "Hoàng Văn A",
      signerTitle: "CHỦ TỊCH",
    }),
  ).toEqual({
    unitName: "UBND huyện Ngân Sơn",
    year: 2022,
    reportDate: "2022-09-25",
    signer: { name: "Hoàng Văn A", title: "CHỦ TỊCH" },
  });
  expect(
    toReportDetails({ unit: "", period: "", year: "abc", number: "", date: "", signer: "", signerTitle: "" }),
  ).toEqual({});
});
