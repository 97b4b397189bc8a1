/** The report's details as Nghị định 30/2020 prints them: period, number and suffix, dates, signing block. */
import {
  attachmentLine,
  issuerLines,
  nextPeriodPhrase,
  numberSuffixFor,
  parseReportDetails,
  parseVietnameseDate,
  periodChoiceOf,
  periodPhrase,
  periodTitle,
  placeDateLine,
  recipientLines,
  reportFileName,
  reportNumberText,
  signingBlock,
  summaryLine,
} from "../../../src/core/report/details";

describe("the period", () => {
  it.each([
    ["quý I", "QUÝ I NĂM 2026", "quý I năm 2026", "quý II năm 2026"],
    ["6 tháng đầu năm", "6 THÁNG ĐẦU NĂM 2026", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026"],
    ["quý III", "QUÝ III NĂM 2026", "quý III năm 2026", "quý IV năm 2026"],
    ["9 tháng đầu năm", "9 THÁNG ĐẦU NĂM 2026", "9 tháng đầu năm 2026", "quý IV năm 2026"],
    ["năm", "NĂM 2026", "năm 2026", "năm 2027"],
  ])("%s prints as %s", (period, title, phrase, next) => {
    const d = { period, year: 2026 };
    expect(periodTitle(d)).toBe(title);
    expect(periodPhrase(d)).toBe(phrase);
    expect(nextPeriodPhrase(d)).toBe(next);
  });

  it("reads the periods officers type into the choices", () => {
    expect(periodChoiceOf("Quý 3")?.text).toBe("quý III");
    expect(periodChoiceOf("9 tháng")?.text).toBe("9 tháng đầu năm");
    expect(periodChoiceOf("6 THÁNG ĐẦU NĂM")?.text).toBe("6 tháng đầu năm");
    expect(periodChoiceOf("Quý III năm 2022")?.text).toBe("quý III");
    expect(periodChoiceOf("tháng 7")).toBeNull();
    // an old free text that names no choice still prints, once
    expect(periodTitle({ period: "tháng 7", year: 2022 })).toBe("THÁNG 7 NĂM 2022");
  });

  it("leaves dotted gaps for what is unknown", () => {
    expect(periodTitle({})).toBe("KỲ BÁO CÁO .... NĂM ....");
    expect(periodPhrase({})).toBe("kỳ báo cáo");
    expect(nextPeriodPhrase({})).toBeNull();
  });
});

describe("the number", () => {
  it("takes the number with or without its suffix, and never prints the suffix twice", () => {
    expect(reportNumberText({ reportNumber: "125" })).toBe("125/BC-UBND");
    expect(reportNumberText({ reportNumber: "125/BC-UBND" })).toBe("125/BC-UBND");
    expect(reportNumberText({ reportNumber: "Số: 125/BC-UBND" })).toBe("125/BC-UBND");
    expect(reportNumberText({ reportNumber: " 37 / BC-SNV " })).toBe("37/BC-SNV");
    expect(reportNumberText({})).toBe("..../BC-UBND");
  });

  it("lets the suffix follow the issuer", () => {
    expect(numberSuffixFor("UBND huyện Ngân Sơn")).toBe("BC-UBND");
    expect(numberSuffixFor("Ủy ban nhân dân xã Bằng Vân")).toBe("BC-UBND");
    expect(numberSuffixFor("Sở Nội vụ")).toBe("BC-SNV");
    expect(numberSuffixFor("Sở Tài nguyên và Môi trường")).toBe("BC-STNMT");
    expect(numberSuffixFor("Phòng Nội vụ")).toBe("BC-PNV");
    expect(reportNumberText({ reportNumber: "37", unitName: "Sở Nội vụ" })).toBe("37/BC-SNV");
    // a suffix typed with the number wins over the one the issuer gives
    expect(reportNumberText({ reportNumber: "37/BC-SNV", unitName: "UBND tỉnh Bắc Kạn" })).toBe("37/BC-SNV");
    expect(reportNumberText({ reportNumber: "12", numberSuffix: "BC-VP" })).toBe("12/BC-VP");
  });

  it("prints in the attachment line once", () => {
    expect(
      attachmentLine({
        reportNumber: "125/BC-UBND",
        reportDate: "2022-09-25",
        unitName: "UBND huyện Ngân Sơn",
      }),
    ).toBe("(Kèm theo Báo cáo số 125/BC-UBND ngày 25/9/2022 của UBND huyện Ngân Sơn)");
  });
});

describe("dates", () => {
  it("are read day first, as officers write them, whatever the machine's locale", () => {
    expect(parseVietnameseDate("25/9/2022")).toBe("2022-09-25");
    expect(parseVietnameseDate("05/02/2022")).toBe("2022-02-05");
    expect(parseVietnameseDate("5-2-2022")).toBe("2022-02-05");
    expect(parseVietnameseDate("3.10.2026")).toBe("2026-10-03");
    expect(parseVietnameseDate("ngày 25 tháng 9 năm 2022")).toBe("2022-09-25");
    expect(parseVietnameseDate("2022-09-25")).toBe("2022-09-25");
    // 09/25/2022 is not a date day first
    expect(parseVietnameseDate("09/25/2022")).toBeNull();
    expect(parseVietnameseDate("30/02/2022")).toBeNull();
    expect(parseVietnameseDate("29/02/2024")).toBe("2024-02-29");
    expect(parseVietnameseDate("tháng 9")).toBeNull();
  });

  it("print with days below 10 and the months 1-2 zero-padded", () => {
    expect(placeDateLine({ unitName: "UBND huyện Ngân Sơn", reportDate: "2022-02-05" })).toBe(
      "Ngân Sơn, ngày 05 tháng 02 năm 2022",
    );
    expect(placeDateLine({ unitName: "UBND huyện Ngân Sơn", reportDate: "2022-09-25" })).toBe(
      "Ngân Sơn, ngày 25 tháng 9 năm 2022",
    );
    expect(placeDateLine({ place: "Bắc Kạn", reportDate: "2022-12-01" })).toBe("Bắc Kạn, ngày 01 tháng 12 năm 2022");
    expect(placeDateLine({ year: 2022 })).toBe("...., ngày .... tháng .... năm 2022");
  });
});

describe("header, summary, signing block, recipients", () => {
  it("names a people's committee in full, with no parent body (Nghị định 30/2020, Phụ lục I)", () => {
    expect(issuerLines({ parentBody: "UBND tỉnh Bắc Kạn", unitName: "UBND huyện Ngân Sơn", reportNumber: "125" })).toEqual({
      parentBody: null,
      issuer: ["ỦY BAN NHÂN DÂN", "HUYỆN NGÂN SƠN"],
      number: "Số: 125/BC-UBND",
    });
    expect(issuerLines({ unitName: "Ủy ban nhân dân phường Đức Xuân" }).issuer).toEqual(["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐỨC XUÂN"]);
    expect(issuerLines({ unitName: "UBND xã Tân Lập" }).parentBody).toBeNull();
  });

  it("puts a department's parent body, abbreviated, over its name; a gap where the parent is not given", () => {
    expect(issuerLines({ parentBody: "UBND tỉnh Thái Nguyên", unitName: "Sở Nội vụ", reportNumber: "37" })).toEqual({
      parentBody: "UBND TỈNH THÁI NGUYÊN",
      issuer: ["SỞ NỘI VỤ"],
      number: "Số: 37/BC-SNV",
    });
    expect(issuerLines({ unitName: "Sở Nội vụ" }).parentBody).toBe("....");
    expect(issuerLines({}).issuer).toEqual(["...."]);
  });

  it("dates a department's report at its province's place", () => {
    expect(placeDateLine({ parentBody: "UBND tỉnh Thái Nguyên", unitName: "Sở Nội vụ", reportDate: "2025-06-20" })).toBe(
      "Thái Nguyên, ngày 20 tháng 6 năm 2025",
    );
  });

  it("writes the summary from the period unless given", () => {
    expect(summaryLine({ period: "quý III", year: 2022 })).toBe(
      "Kết quả thực hiện công tác cải cách hành chính quý III năm 2022",
    );
    expect(summaryLine({ summary: " Tình hình thực hiện " })).toBe("Tình hình thực hiện");
  });

  it("uses the signer and the title in the signing block", () => {
    const unit = "UBND huyện Ngân Sơn";
    expect(signingBlock({ unitName: unit, signer: { name: "Nguyễn Trọng Lăng" } })).toEqual({
      lines: ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
      name: "Nguyễn Trọng Lăng",
    });
    expect(signingBlock({ unitName: unit, signing: "kt", signer: { name: "Hoàng Văn A" } })).toEqual({
      lines: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      name: "Hoàng Văn A",
    });
    expect(signingBlock({ unitName: "Sở Nội vụ", signer: { name: "Lê B", title: "Giám đốc" } })).toEqual({
      lines: ["GIÁM ĐỐC"],
      name: "Lê B",
    });
    expect(signingBlock({ unitName: "Sở Nội vụ", signing: "kt" }).lines).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    expect(signingBlock({}).name).toBe("....");
  });

  it("ends every recipient with ';' and the last with '.'", () => {
    expect(recipientLines({ recipients: ["Sở Nội vụ;", "- TT Huyện ủy", "Lưu: VT, NV."] })).toEqual([
      "- Sở Nội vụ;",
      "- TT Huyện ủy;",
      "- Lưu: VT, NV.",
    ]);
    expect(recipientLines({})).toEqual(["- ....;", "- Lưu: VT."]);
  });

  it("sends a commune's report to the province when no recipient is named (two-level local government since 2025)", () => {
    expect(recipientLines({ unitName: "UBND xã Tân Lập" })).toEqual([
      "- UBND tỉnh;",
      "- Sở Nội vụ;",
      "- TT Đảng ủy, HĐND xã;",
      "- Chủ tịch, các Phó Chủ tịch UBND xã;",
      "- Lưu: VT.",
    ]);
    expect(recipientLines({ unitName: "UBND phường Đức Xuân" })[2]).toBe("- TT Đảng ủy, HĐND phường;");
    expect(recipientLines({ unitName: "UBND huyện Ngân Sơn" })[2]).toBe("- TT Huyện ủy, HĐND huyện;");
    expect(recipientLines({ unitName: "Sở Tư pháp" })).toEqual(["- UBND tỉnh;", "- Sở Nội vụ;", "- Lưu: VT."]);
    expect(recipientLines({ unitName: "Sở Nội vụ" })).toEqual(["- UBND tỉnh;", "- Lưu: VT."]);
  });

  it("names the file in ASCII", () => {
    expect(reportFileName({ period: "quý III", year: 2022 })).toBe("bao-cao-cchc-quy-iii-2022.docx");
    expect(reportFileName({ period: "năm", year: 2025 })).toBe("bao-cao-cchc-2025.docx");
    expect(reportFileName({})).toBe("bao-cao-cchc.docx");
  });
});

describe("details from a JSON file (the command line)", () => {
  it("accepts day-first dates, a signer as a name, recipients as lines", () => {
    expect(
      parseReportDetails({
        unitName: "UBND huyện Ngân Sơn",
        year: "2022",
        reportNumber: 125,
        reportDate: "25/9/2022",
        signer: "Nguyễn Trọng Lăng",
        signerTitle: "CHỦ TỊCH",
        recipients: "Sở Nội vụ\nLưu: VT",
      }),
    ).toEqual({
      unitName: "UBND huyện Ngân Sơn",
      year: 2022,
      reportNumber: "125",
      reportDate: "2022-09-25",
      signer: { name: "Nguyễn Trọng Lăng", title: "CHỦ TỊCH" },
      recipients: ["Sở Nội vụ", "Lưu: VT"],
    });
  });

  it("says what is wrong", () => {
    expect(() => parseReportDetails({ unitName: 5 })).toThrow(/unitName/);
    expect(() => parseReportDetails({ reportDate: "31/02/2022" })).toThrow(/reportDate/);
    expect(() => parseReportDetails({ unit: "x" })).toThrow(/unit/);
    expect(() => parseReportDetails({ signing: "ký thay" })).toThrow(/signing/);
  });
});
