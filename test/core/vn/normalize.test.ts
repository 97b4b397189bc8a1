import { foldForMatch, normalizeVietnamese, normalizeWithMap, stripDiacritics } from "../../../src/core/vn/normalize";

const NFD = (s: string) => s.normalize("NFD");

describe("normalizeVietnamese", () => {
  test.each<[string, string]>([
    // old → new tone placement in open oa / oe / uy syllables
    ["hoà", "hòa"],
    ["Hoà", "Hòa"],
    ["HOÀ", "HÒA"],
    ["hoá đơn", "hóa đơn"],
    ["xoá", "xóa"],
    ["thoả thuận", "thỏa thuận"],
    ["hoã", "hõa"],
    ["hoạ", "họa"],
    ["khoẻ", "khỏe"],
    ["KHOẺ", "KHỎE"],
    ["loè", "lòe"],
    ["toé", "tóe"],
    ["uỷ ban", "ủy ban"],
    ["Uỷ ban nhân dân", "Ủy ban nhân dân"],
    ["UỶ BAN", "ỦY BAN"],
    ["thuỷ lợi", "thủy lợi"],
    ["thuý", "thúy"],
    ["tuỳ", "tùy"],
    ["huỷ bỏ", "hủy bỏ"],
    ["luỹ kế", "lũy kế"],
    ["suỵt", "suỵt"], // a final consonant: untouched
    ["tuỵ", "tụy"],
    // never touched: qu + y, or a letter after the pair
    ["quý", "quý"],
    ["Quỹ", "Quỹ"],
    ["QUỸ", "QUỸ"],
    ["quỳ", "quỳ"],
    ["hoàn thành", "hoàn thành"],
    ["toán", "toán"],
    ["khuyến khích", "khuyến khích"],
    ["khuỷu", "khuỷu"],
    ["thuyền", "thuyền"],
    ["hoạch", "hoạch"],
    ["quả", "quả"],
    ["quà", "quà"],
    // i / y variants
    ["tỉ lệ", "tỷ lệ"],
    ["Tỉ lệ", "Tỷ lệ"],
    ["TỈ LỆ", "TỶ LỆ"],
    ["3 tỉ đồng", "3 tỷ đồng"],
    ["kỉ luật", "kỷ luật"],
    ["kỉ niệm", "kỷ niệm"],
    ["định kì", "định kỳ"],
    ["kí số", "ký số"],
    ["chữ kí", "chữ ký"],
    ["kĩ thuật", "kỹ thuật"],
    ["lí do", "lý do"],
    ["quản lí", "quản lý"],
    ["mĩ thuật", "mỹ thuật"],
    ["tiến sĩ", "tiến sỹ"],
    ["qui định", "quy định"],
    ["Qui trình", "Quy trình"],
    ["quí I", "quý I"],
    ["Quĩ", "Quỹ"],
    ["hi vọng", "hy vọng"],
    ["hi sinh", "hy sinh"],
    ["công ti", "công ty"],
    // not variants: left alone
    ["tí", "tí"],
    ["tui", "tui"],
    ["tuy", "tuy"],
    ["hai", "hai"],
    ["chỉ", "chỉ"],
    ["thi", "thi"],
    ["liệt kê", "liệt kê"],
    ["kịp thời", "kịp thời"],
    ["lịch", "lịch"],
    ["hi", "hi"],
    // dashes, spaces, zero-width, quotes
    ["2021–2025", "2021-2025"],
    ["a — b", "a - b"],
    ["‒5", "-5"],
    ["−5", "-5"],
    ["co‐operate", "co-operate"],
    ["100\u00A0%", "100 %"],
    ["1\u202F851", "1 851"],
    ["a\u2009b", "a b"],
    ["1\u200B851", "1851"],
    ["\uFEFFPhụ lục", "Phụ lục"],
    ["hồ\u200Csơ", "hồsơ"],
    ["thủ\u00ADtục", "thủtục"],
    ["a\u2060b\u200Dc", "abc"],
    ["“Một cửa”", '"Một cửa"'],
    ["‘x’", "'x'"],
    ["a   b", "a b"],
    ["a \u00A0 b", "a b"],
    ["a\tb", "a\tb"], // tabs separate table columns: kept
    ["a\n\nb", "a\n\nb"],
    ["a  \n  b", "a \n b"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
  });

  test.each([
    "Uỷ ban nhân dân huyện",
    "Tỉ lệ hồ sơ giải quyết đúng hạn",
    "Thủ tục hành chính",
    "Hoà Bình",
    "khoẻ mạnh",
    "đạt 69.843,53 2 triệu đồng",
    "Kế hoạch số 16/KH-UBND ngày 26/01/2022",
  ])("decomposed (NFD) input %j gives the same as composed", (s) => {
    expect(normalizeVietnamese(NFD(s))).toBe(normalizeVietnamese(s));
  });

  test("NFD text becomes NFC with the new tone placement", () => {
    expect(normalizeVietnamese(NFD("Uỷ ban"))).toBe("Ủy ban");
    expect(normalizeVietnamese(NFD("hoà"))).toBe("hòa");
    expect(normalizeVietnamese("e\u0302\u0301")).toBe("ế"); // precomposed-order marks
    expect(normalizeVietnamese("e\u0323\u0302")).toBe("ệ");
    expect(normalizeVietnamese("e\u0302\u0323")).toBe("ệ"); // non-canonical mark order
    expect(normalizeVietnamese("\u00EA\u0301")).toBe("ế"); // precomposed base + combining tone (VNI/TCVN leftovers)
    expect(normalizeVietnamese("ho\u200Ba\u0300")).toBe("hòa"); // zero-width inside a word
  });

  test.each([
    "Uỷ ban  nhân\u00A0dân",
    NFD("Hoà thuỷ khoẻ quý tỉ lệ"),
    "qui  định\u200B – “abc”",
    "hi vọng, công ti, kĩ thuật, QUÍ",
    "a\n  b\t\tc",
    "—\u2212‒",
  ])("is idempotent: %j", (s) => {
    const once = normalizeVietnamese(s);
    expect(normalizeVietnamese(once)).toBe(once);
  });
});

describe("normalizeWithMap", () => {
  test("text equals normalizeVietnamese", () => {
    for (const s of ["Uỷ ban", NFD("tỉ lệ 7,75 %"), "a\u200B\u200Bb  c", ""]) {
      expect(normalizeWithMap(s).text).toBe(normalizeVietnamese(s));
    }
  });

  test("maps positions back through NFD, removed characters and collapsed spaces", () => {
    const original = NFD("Tỷ lệ") + "\u200B đạt  \u00A0" + "7,7\u200B5%.";
    const { text, toOriginal, toOriginalEnd } = normalizeWithMap(original);
    expect(text).toBe("Tỷ lệ đạt 7,75%.");
    const s = text.indexOf("7,75%");
    const e = s + "7,75%".length;
    expect(original.slice(toOriginal(s), toOriginalEnd(e))).toBe("7,7\u200B5%");
    // first letter of "lệ": decomposed in the original
    const le = text.indexOf("lệ");
    expect(original.slice(toOriginal(le), toOriginalEnd(le + 2))).toBe(NFD("lệ"));
    // the collapsed space run maps to the whole run
    const sp = text.indexOf(" 7");
    expect(original.slice(toOriginal(sp), toOriginalEnd(sp + 1))).toBe("  \u00A0");
    expect(toOriginal(text.length)).toBe(original.length);
    expect(toOriginal(-3)).toBe(0);
    expect(toOriginalEnd(text.length)).toBe(original.length);
  });

  test("identity on clean text", () => {
    const s = "Đạt 35/46 nhiệm vụ";
    const m = normalizeWithMap(s);
    for (let i = 0; i < s.length; i++) expect(m.toOriginal(i)).toBe(i);
  });

  test("tone-placement fixes keep positions", () => {
    const s = "Uỷ ban 1.851";
    const m = normalizeWithMap(s);
    expect(m.text).toBe("Ủy ban 1.851");
    expect(m.toOriginal(m.text.indexOf("1.851"))).toBe(s.indexOf("1.851"));
  });
});

describe("foldForMatch / stripDiacritics", () => {
  test.each<[string, string]>([
    ["  Tỉ LỆ   hồ sơ\n đúng\u00A0hạn ", "tỷ lệ hồ sơ đúng hạn"],
    [NFD("UỶ BAN NHÂN DÂN"), "ủy ban nhân dân"],
    ["Số\u200B TTHC", "số tthc"],
    ["Hoà–giải", "hòa-giải"],
  ])("foldForMatch(%j) = %j", (s, expected) => {
    expect(foldForMatch(s)).toBe(expected);
  });

  test.each<[string, string]>([
    ["Đường Đắk Lắk", "Duong Dak Lak"],
    ["tỷ lệ", "ty le"],
    ["tỉ lệ", "ty le"],
    [NFD("Thủ tục hành chính"), "Thu tuc hanh chinh"],
    ["ưu đãi, ơn", "uu dai, on"],
    ["Uỷ ban", "Uy ban"],
  ])("stripDiacritics(%j) = %j", (s, expected) => {
    expect(stripDiacritics(s)).toBe(expected);
  });

  test("variants fold to the same key", () => {
    const key = (s: string) => stripDiacritics(foldForMatch(s));
    expect(key("Tỉ lệ TTHC")).toBe(key("tỷ lệ tthc"));
    expect(key("Uỷ ban")).toBe(key("ủy ban"));
    expect(key("Qui định")).toBe(key("quy định"));
    expect(foldForMatch("Hoà nhập")).toBe(foldForMatch(NFD("hòa nhập")));
  });
});
