/**
 * Reports written in other words than the seed (other districts' styles), with planted disagreements and
 * consistent figures; the same results in composed (NFC), decomposed (NFD) Unicode and old tone marks.
 */
import { analyzeNarrative, readPlainText } from "../../../src/core/narrative";
import type { Finding } from "../../../src/core/findings";
import { appendixFrom, type CellInput, matchedCodes, spanText } from "./helpers";

/** Old tone placement (hòa → hoà, thủy → thuỷ) as many offices still type. */
function oldTones(s: string): string {
  return s
    .replace(/ò(a)(?![\p{L}])/gu, "o" + "à")
    .replace(/ó(a)(?![\p{L}])/gu, "oá")
    .replace(/ỏ(a)(?![\p{L}])/gu, "oả")
    .replace(/ọ(a)(?![\p{L}])/gu, "oạ")
    .replace(/ủ(y)(?![\p{L}])/gu, "uỷ")
    .replace(/ú(y)(?![\p{L}])/gu, "uý");
}

const VARIANTS: [string, (s: string) => string][] = [
  ["NFC", (s) => s.normalize("NFC")],
  ["NFD", (s) => s.normalize("NFD")],
  ["old tone marks", (s) => oldTones(s.normalize("NFC"))],
];

interface Case {
  name: string;
  text: string;
  values: Record<string, CellInput>;
  /** row code → [table value, prose value] for each planted disagreement */
  errors: Record<string, [number, number]>;
  /** row codes that must be matched and consistent */
  consistent: string[];
}

const CASES: Case[] = [
  {
    name: "a district report in short bullet style",
    text: `ỦY BAN NHÂN DÂN HUYỆN BẠCH THÔNG
Bạch Thông, ngày 12 tháng 10 năm 2022
BÁO CÁO
Kết quả công tác cải cách hành chính quý III năm 2022
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1. Kế hoạch CCHC năm
Kế hoạch CCHC năm 2022 của huyện đề ra 52 nhiệm vụ; đến nay đã hoàn thành 40 nhiệm vụ, đạt 76,9%.
II. KẾT QUẢ THỰC HIỆN
1. Cải cách thủ tục hành chính
- Số TTHC thuộc thẩm quyền giải quyết của cấp huyện là 248 thủ tục, của cấp xã là 112 thủ tục.
- Cấp huyện: tiếp nhận 1.230 hồ sơ, đã giải quyết 1.204/1.230 hồ sơ đúng thời hạn; tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.
2. Cải cách tổ chức bộ máy
Biên chế công chức được giao 68, có mặt 65 người. Số người làm việc trong các đơn vị sự nghiệp công lập được giao 702, hiện có 689 người.
3. Cải cách tài chính công
Kế hoạch vốn đầu tư công năm 2022 được giao 72.400 triệu đồng; đến ngày 30/9/2022 đã giải ngân được 45.120 triệu đồng, bằng 62,3% kế hoạch vốn.`,
    values: {
      "1.2": { value: 76.9, decimals: 1 },
      "1.2.1": 52,
      "1.2.2": 40,
      "3.1.4a": 248,
      "3.1.4b": 112,
      "3.3.1": { value: 97.9, decimals: 1 }, // planted: the prose says 98,5%
      "3.3.1a": 1230,
      "3.3.1b": 1204,
      "4.5.1": 68,
      "4.5.2": 66, // planted: the prose says 65
      "4.6a": 702,
      "4.6.1": 689,
      "6.1": { value: 62.3, decimals: 1 },
      "6.1.1": 72400,
      "6.1.2": 45120,
    },
    errors: { "3.3.1": [97.9, 98.5], "4.5.2": [66, 65] },
    consistent: ["1.2.1", "1.2.2", "3.1.4a", "3.1.4b", "4.5.1", "4.6a", "4.6.1", "6.1", "6.1.1", "6.1.2"],
  },
  {
    name: "a long-sentence report in the style of a northern district",
    text: `Chợ Mới, ngày 05 tháng 7 năm 2022
BÁO CÁO
Tình hình thực hiện công tác cải cách hành chính 6 tháng đầu năm 2022
I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH
Về công tác kiểm tra: trong kỳ, Đoàn kiểm tra của huyện đã tiến hành kiểm tra công tác CCHC tại 05 xã, thị trấn theo kế hoạch.
II. KẾT QUẢ
1. Cải cách thủ tục hành chính
Trong kỳ, UBND các xã, thị trấn đã tiếp nhận 3.412 hồ sơ; số hồ sơ đã giải quyết xong là 3.398 hồ sơ, trong đó giải quyết đúng hạn 3.390 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,76%; đang giải quyết 14 hồ sơ.
2. Xây dựng chính quyền điện tử
Tổng số hồ sơ tiếp nhận trong kỳ trên địa bàn toàn huyện là 4.020 hồ sơ, trong đó số hồ sơ tiếp nhận trực tuyến là 1.250 hồ sơ, chiếm tỷ lệ 31,09%.
Số TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến mức độ 4 là 185 thủ tục.`,
    values: {
      "1.3.1": 5,
      "3.3.2": { value: 99.76, decimals: 2 },
      "3.3.2a": 3398,
      "3.3.2b": 3390,
      "7.2.4": { value: 31.09, decimals: 2 },
      "7.2.4a": 4020,
      "7.2.4b": 1205, // planted: the prose says 1.250
      "7.2.2a": 180, // planted: the prose says 185
    },
    errors: { "7.2.4b": [1205, 1250], "7.2.2a": [180, 185] },
    consistent: ["1.3.1", "3.3.2", "3.3.2a", "3.3.2b", "7.2.4", "7.2.4a"],
  },
  {
    name: "a terse report with colons and figures first",
    text: `Na Rì, ngày 28 tháng 12 năm 2022
BÁO CÁO
Công tác cải cách hành chính năm 2022
1. Cải cách thể chế
- Số văn bản QPPL đã rà soát: 18 văn bản.
2. Cải cách chế độ công vụ
- Công chức làm việc đúng vị trí việc làm được phê duyệt: 95%.
- Số viên chức được tuyển dụng qua thi tuyển, xét tuyển: 12 người.
- Số công chức, viên chức bị kỷ luật trong năm: 03 người.
3. Tài chính công
- Tỷ lệ giải ngân vốn đầu tư công: 88,45%; kế hoạch vốn: 120.500 triệu đồng; đã giải ngân: 106.582,250 triệu đồng.
- Thu ngân sách trên địa bàn đạt 23.150 triệu đồng, bằng 105% dự toán.`,
    values: {
      "2.3.1": 18,
      "5.1.1": 95,
      "5.2.1": 12,
      "5.4.3": 2, // planted: the prose says 03
      "6.1": { value: 88.45, decimals: 2 },
      "6.1.1": 120500,
      "6.1.2": { value: 106528.25, decimals: 2 }, // planted: digits swapped
    },
    errors: { "5.4.3": [2, 3], "6.1.2": [106528.25, 106582.25] },
    consistent: ["2.3.1", "5.1.1", "5.2.1", "6.1", "6.1.1"],
  },
];

describe.each(VARIANTS)("reports in other words (%s)", (_variant, transform) => {
  describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const { findings, outcomes } = analyzeNarrative(readPlainText(transform(c.text)), appendixFrom(c.values));
    const errors = findings.filter((f) => f.kind === "narrative-mismatch" && f.severity === "error");

    it("flags exactly the planted disagreements, with both values", () => {
      expect(errors.map((f) => f.codes[0]).sort()).toEqual(Object.keys(c.errors).sort());
      for (const [code, [table, prose]] of Object.entries(c.errors)) {
        const f = errors.find((e) => e.codes[0] === code)!;
        expect(f.expected).toBeCloseTo(table, 6);
        expect(f.actual).toBeCloseTo(prose, 6);
        expect(f.quote!.normalize("NFC")).toContain(spanText(f).normalize("NFC"));
      }
    });

    it("matches the consistent figures", () => {
      const matched = matchedCodes(outcomes);
      for (const code of c.consistent) expect([code, matched.has(code)]).toEqual([code, true]);
    });
  });
});

describe("look-alike figures in other words", () => {
  const text = `Thái Bình, ngày 30 tháng 9 năm 2022
BÁO CÁO CCHC QUÝ III NĂM 2022
1. Cải cách thủ tục hành chính
Cấp huyện tiếp nhận 540 hồ sơ, đang giải quyết 25 hồ sơ, đã giải quyết 515 hồ sơ.
2. Tài chính công
Thu ngân sách nhà nước đạt 18.500 triệu đồng, bằng 61,2% kế hoạch.
3. Đội ngũ cán bộ, công chức cấp xã có 210 người.`;
  const { outcomes } = analyzeNarrative(readPlainText(text), appendixFrom({ "3.3.1a": 515, "6.1": 40, "4.5.2": 60 }));
  const status = (raw: string) => outcomes.find((o) => o.figure.raw === raw)?.result.status;

  it("matches the resolved dossiers, not the received or pending ones", () => {
    expect(status("515")).toBe("matched");
    expect(status("540")).not.toBe("matched");
    expect(status("25")).not.toBe("matched");
  });
  it("does not take budget revenue for investment disbursement, nor commune staff for district civil servants", () => {
    expect(status("61,2%")).not.toBe("matched");
    expect(status("18.500")).not.toBe("matched");
    expect(status("210")).not.toBe("matched");
  });
});
