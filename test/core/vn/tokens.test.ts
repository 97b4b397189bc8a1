import { findNumberTokens, type NumberTokenKind } from "../../../src/core/vn/numbers";

type Row = [raw: string, kind: NumberTokenKind, value?: number, decimals?: number];

function tokens(text: string): Row[] {
  return findNumberTokens(text).map((t) => {
    expect(text.slice(t.start, t.end)).toBe(t.raw);
    expect(t.isPercent).toBe(t.kind === "percent");
    return Number.isNaN(t.value) ? [t.raw, t.kind] : [t.raw, t.kind, t.value, t.decimals];
  });
}

describe("findNumberTokens", () => {
  test.each<[string, Row[]]>([
    ["Hoàn thành 35/46 nhiệm vụ", [["35", "pair", 35, 0], ["46", "pair", 46, 0]]],
    ["đạt 35 / 46 nhiệm vụ", [["35", "pair", 35, 0], ["46", "pair", 46, 0]]],
    ["giải quyết 1.851/2.000 hồ sơ", [["1.851", "pair", 1851, 0], ["2.000", "pair", 2000, 0]]],
    ["tỷ lệ 7,75%", [["7,75%", "percent", 7.75, 2]]],
    ["đạt 100 % kế hoạch", [["100 %", "percent", 100, 0]]],
    ["98.49% hồ sơ", [["98.49%", "percent", 98.49, 2]]],
    ["giải ngân 69.843,532 triệu đồng", [["69.843,532", "number", 69843.532, 3]]],
    ["1.851 hồ sơ", [["1.851", "number", 1851, 0]]],
    ["03 đơn vị", [["03", "number", 3, 0]]],
    ["tăng 7,5 lần", [["7,5", "number", 7.5, 1]]],
    ["12.5 ha", [["12.5", "number", 12.5, 1]]],
    ["1.234.567 đồng", [["1.234.567", "number", 1234567, 0]]],
    ["35, 46 và 12", [["35", "number", 35, 0], ["46", "number", 46, 0], ["12", "number", 12, 0]]],
    ["kết quả: 35.", [["35", "number", 35, 0]]],
    ["tổng 1.851, trong đó", [["1.851", "number", 1851, 0]]],
    ["từ 3-5 ngày", [["3", "number", 3, 0], ["5", "number", 5, 0]]],
    ["- 35 hồ sơ", [["35", "number", 35, 0]]],
    ["đạt 69.843,53 2 triệu đồng", [["69.843,53 2", "number", 69843.532, 3]]],
    ["Chỉ số đạt 85,5 điểm", [["85,5", "number", 85.5, 1]]],
    ["xếp thứ 5/63 tỉnh", [["5", "pair", 5, 0], ["63", "pair", 63, 0]]],
  ])("%j", (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  test.each<[string, Row[]]>([
    ["ngày 26/01/2022", [["26/01/2022", "date"]]],
    ["ngày 26.01.2022", [["26.01.2022", "date"]]],
    ["ngày 5-1-2022", [["5-1-2022", "date"]]],
    ["ngày 26/01/22", [["26/01/22", "date"]]],
    ["tháng 01/2022", [["01/2022", "date"]]],
    ["từ ngày 10/12 đến nay", [["10/12", "date"]]],
    ["ngày 26 tháng 01 năm 2022", [["26", "date", 26, 0], ["01", "date", 1, 0], ["2022", "year", 2022, 0]]],
    ["năm 2022", [["2022", "year", 2022, 0]]],
    ["giai đoạn 2021-2025", [["2021", "year", 2021, 0], ["2025", "year", 2025, 0]]],
    ["giai đoạn 2021 – 2025", [["2021", "year", 2021, 0], ["2025", "year", 2025, 0]]],
    ["năm học 2021/2022", [["2021", "year", 2021, 0], ["2022", "year", 2022, 0]]],
    ["quý I/2022", [["2022", "year", 2022, 0]]],
    ["Công văn số 297/SNV-TCBC", [["297/SNV-TCBC", "docref"]]],
    ["Kế hoạch 16/KH-UBND ngày 26/01/2022", [["16/KH-UBND", "docref"], ["26/01/2022", "date"]]],
    ["Nghị định số 60/2021/NĐ-CP.", [["60/2021/NĐ-CP", "docref"]]],
    ["Nghị định 61/2018", [["61/2018", "docref"]]],
    ["Thông tư 01/2018", [["01/2018", "docref"]]],
    ["Kế hoạch số 16 ngày", [["16", "docref"]]],
    ["ISO 9001:2015", [["9001:2015", "docref"]]],
    ["TCVN ISO 9001 : 2015", [["9001 : 2015", "docref"]]],
    ["dịch vụ công mức độ 3, 4", [["3", "label", 3, 0], ["4", "label", 4, 0]]],
    ["mức độ 3,4", [["3", "label", 3, 0], ["4", "label", 4, 0]]],
    ["mức độ 3 và 4", [["3", "label", 3, 0], ["4", "label", 4, 0]]],
    ["khoản 1 Điều 5", [["1", "label", 1, 0], ["5", "label", 5, 0]]],
    ["Phụ lục 02", [["02", "label", 2, 0]]],
    ["cách mạng công nghiệp 4.0", [["4.0", "label", 4, 1]]],
    ["danh mục 35 TTHC", [["35", "number", 35, 0]]],
    ["1. Công tác chỉ đạo", [["1", "label", 1, 0]]],
    ["Kết quả\n2.1. Cải cách thể chế", [["2.1", "label", 2.1, 1]]],
    ["  3) Kiểm soát TTHC", [["3", "label", 3, 0]]],
    ["1.2.3 Nội dung", [["1.2.3", "label"]]],
    ["1\tCông tác chỉ đạo", [["1", "label", 1, 0]]],
    ["1.1\tSố văn bản\tVăn bản\t14", [["1.1", "label", 1.1, 1], ["14", "number", 14, 0]]],
    ["so với năm 2015\t%\t0", [["2015", "year", 2015, 0], ["0", "number", 0, 0]]],
    ["so với năm 2015 %", [["2015", "year", 2015, 0]]],
    ["ngày 26/0/2022", [["26/0/2022", "date"]]],
    ["Covid-19, mạng 5G, H1N1", []],
    ["1.2.3 không phải số", []],
  ])("%j", (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  test("a paragraph", () => {
    const text =
      "Năm 2022, UBND huyện đã ban hành Kế hoạch số 16/KH-UBND ngày 26/01/2022, hoàn thành 35/46 nhiệm vụ (đạt 76%); " +
      "tiếp nhận 1.851 hồ sơ, giải quyết đúng hạn 98.49%, tỷ lệ 7,75%; giải ngân 69.843,532 triệu đồng; 03 đơn vị áp dụng ISO 9001:2015.";
    expect(tokens(text)).toEqual([
      ["2022", "year", 2022, 0],
      ["16/KH-UBND", "docref"],
      ["26/01/2022", "date"],
      ["35", "pair", 35, 0],
      ["46", "pair", 46, 0],
      ["76%", "percent", 76, 0],
      ["1.851", "number", 1851, 0],
      ["98.49%", "percent", 98.49, 2],
      ["7,75%", "percent", 7.75, 2],
      ["69.843,532", "number", 69843.532, 3],
      ["03", "number", 3, 0],
      ["9001:2015", "docref"],
    ]);
  });

  test("offsets refer to the original text (NFD, nbsp, zero-width, old tone marks)", () => {
    const text = "Uỷ ban".normalize("NFD") + " đạt\u00A0\u00A07,7\u200B5\u00A0% và 1\u200B.851 hồ sơ";
    const found = findNumberTokens(text);
    expect(found.map((t) => [t.raw, t.kind, t.value])).toEqual([
      ["7,7\u200B5\u00A0%", "percent", 7.75],
      ["1\u200B.851", "number", 1851],
    ]);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  test("empty and number-free text", () => {
    expect(findNumberTokens("")).toEqual([]);
    expect(findNumberTokens("Không có số liệu")).toEqual([]);
  });
});
