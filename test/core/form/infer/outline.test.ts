/** The outline and codes of a table's rows from its STT column, on the numbering schemes offices use. */
import { buildOutline } from "../../../../src/core/form/infer/hierarchy";
import { readStt } from "../../../../src/core/form/infer/stt";

const outline = (rows: [stt: string, label: string, content?: boolean][]) =>
  buildOutline(rows.map(([stt, label, content = true]) => ({ stt, label, hasContent: content }))).map(
    (o) => `${o.code}<${o.parent ?? "-"}${o.inWhich ? " in" : ""}`,
  );

test.each([
  ["1", "number"],
  ["1.2.", "number"],
  ["1,2", "number"],
  ["II", "roman"],
  ["IV.", "roman"],
  ["a", "letter"],
  ["b)", "letter"],
  ["B", "letter"],
  ["C", "letter"],
  ["-", "bullet"],
  ["+", "bullet"],
  ["Trong đó", "inWhich"],
  ["Trong đó:", "inWhich"],
  ["", "none"],
  ["Ghi chú dài", "none"],
])("STT %p is a %s", (stt, type) => {
  expect(readStt(stt).type).toBe(type);
});

test("dotted numbers nest by their prefix; sub-rows without STT take the parent's code and a letter", () => {
  expect(
    outline([
      ["1", "Nhóm", false],
      ["1.1", "Tỷ lệ"],
      ["", "Tổng số"],
      ["", "Đã xong"],
      ["1.2", "Số khác"],
      ["2", "Nhóm hai", false],
      ["2.1", "Một"],
    ]),
  ).toEqual(["1<-", "1.1<1", "1.1a<1.1", "1.1b<1.1", "1.2<1", "2<-", "2.1<2"]);
});

test("roman groups, flat numbers, '-' and '+' sub-rows", () => {
  expect(
    outline([
      ["I", "NHÓM MỘT", false],
      ["1", "Số hồ sơ"],
      ["-", "Trực tuyến"],
      ["+", "Toàn trình"],
      ["+", "Một phần"],
      ["-", "Trực tiếp"],
      ["2", "Tỷ lệ"],
      ["II", "NHÓM HAI", false],
      ["3", "Số khác"],
    ]),
  ).toEqual(["I<-", "1<I", "1a<1", "1aa<1a", "1ab<1a", "1b<1", "2<I", "II<-", "3<II"]);
});

test("letters and '+' under numbers; bullets and letters written in the label", () => {
  expect(
    outline([
      ["1", "Tiếp nhận"],
      ["a", "Trực tuyến"],
      ["+", "Toàn trình"],
      ["b", "Trực tiếp"],
      ["2", "Giải quyết"],
      ["", "- Đúng hạn"],
      ["", "- Quá hạn"],
      ["3", "Khác"],
      ["", "a) Cấp xã"],
      ["", "b) Cấp tỉnh"],
    ]),
  ).toEqual(["1<-", "1a<1", "1aa<1a", "1b<1", "2<-", "2a<2", "2b<2", "3<-", "3a<3", "3b<3"]);
});

test("'Trong đó' in the STT column or on a line of its own makes the rows after it parts of the row above", () => {
  expect(
    outline([
      ["3.1.4", "Tổng số TTHC"],
      ["Trong đó", "Cấp huyện"],
      ["", "Cấp xã"],
      ["3.2", "Khác"],
      ["", "Trong đó:", false],
      ["", "a) Trực tuyến"],
      ["", "b) Bưu chính"],
    ]),
  ).toEqual(["3.1.4<-", "3.1.4a<3.1.4 in", "3.1.4b<3.1.4 in", "3.2<-", "3.2.0<3.2", "3.2a<3.2 in", "3.2b<3.2 in"]);
});

test("a number printed twice in a row (a heading, then its row) is the heading's sub-row", () => {
  expect(
    outline([
      ["4", "Nhóm", false],
      ["4.6", "Số người làm việc", false],
      ["4.6", "Tổng số được giao"],
      ["4.6.1", "Có mặt"],
      ["4.6.2", "Tinh giản"],
      ["5", "Nhóm năm", false],
    ]),
  ).toEqual(["4<-", "4.6<4", "4.6a<4.6", "4.6.1<4.6", "4.6.2<4.6", "5<-"]);
});

test("numbering that starts again under each group is qualified by the group; groups are outermost", () => {
  expect(
    outline([
      ["A", "PHẦN SỐ LIỆU", false],
      ["I", "Nhóm một", false],
      ["1", "Một"],
      ["2", "Hai"],
      ["-", "Hai a"],
      ["II", "Nhóm hai", false],
      ["1", "Một nữa"],
      ["B", "PHẦN KHÁC", false],
      ["I", "Nhóm ba", false],
    ]),
  ).toEqual(["A<-", "I<A", "1<I", "2<I", "2a<2", "II<A", "II.1<II", "B<-", "B.I<B"]);
});

test("a table without any STT: every row at the top", () => {
  expect(
    outline([
      ["", "Một"],
      ["", "Hai"],
      ["", "Ba"],
    ]),
  ).toEqual(["0.1<-", "0.2<-", "0.3<-"]);
});
