/**
 * A draft typed with its title and trích yếu on one line ("BÁO CÁO Công tác cải cách hành chính 6 tháng đầu năm
 * 2026"), under the issuing body: the body kept in the export starts after it (the heading is not repeated inside the
 * body), and the trích yếu is read from that line.
 */
import { readPlainText } from "../../../src/core/narrative/document";
import { detailsFromDraft } from "../../../src/core/report/draftDetails";
import { draftBodyRange } from "../../../src/core/report/rewrite";

const DRAFT = [
  "ỦY BAN NHÂN DÂN XÃ NA HANG",
  "BÁO CÁO Công tác cải cách hành chính 6 tháng đầu năm 2026",
  "",
  "1. Cải cách thủ tục hành chính",
  "Trong 6 tháng đầu năm 2026, Bộ phận một cửa của xã đã tiếp nhận 2.640 hồ sơ.",
  "Báo cáo kết quả về UBND tỉnh đúng hạn.",
].join("\n");

test("the body starts after a one-line title; its trích yếu is the rest of the line", () => {
  const doc = readPlainText(DRAFT);
  const { start } = draftBodyRange(doc);
  expect(doc.paragraphs[start].text).toBe("1. Cải cách thủ tục hành chính");
  expect(detailsFromDraft(doc).summary).toBe("Công tác cải cách hành chính 6 tháng đầu năm 2026");
});

test("NFD text, and a body sentence opening with “Báo cáo …” is no title", () => {
  const doc = readPlainText(DRAFT.normalize("NFD"));
  expect(doc.paragraphs[draftBodyRange(doc).start].text.normalize("NFC")).toBe("1. Cải cách thủ tục hành chính");
  const noTitle = readPlainText("Thực hiện Kế hoạch số 12/KH-UBND.\nBáo cáo kết quả về UBND tỉnh đúng hạn.");
  expect(draftBodyRange(noTitle).start).toBe(0);
});
