/**
 * TCVN3 (ABC) and VNI text back to Unicode, and told apart from Unicode text. The legacy text is made by the test's
 * own converters (test/helpers/legacyEncoder.ts, written from the published tables), from real report sentences.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { checkNarrative, readPlainText } from "../../../src/core/narrative";
import { detectLegacy, fontEncoding, tcvn3ToUnicode, vniToUnicode } from "../../../src/core/vn/legacy";
import { needsTcvn3Capitals, plainPunctuation, toTcvn3, toVni } from "../../helpers/legacyEncoder";
import { SEED_TXT } from "../../helpers/fixtures";
import { appendixFrom, SEED_VALUES } from "../narrative/helpers";

// heavy inputs on a machine shared by several jobs: the bounds that matter are asserted in the tests themselves
jest.setTimeout(120_000);

const SMALL = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";
const ALPHABET = SMALL + SMALL.toUpperCase();

/** The seed's prose (not its table rows), with the punctuation an 8-bit file can hold. */
const seedProse = plainPunctuation(
  readFileSync(SEED_TXT, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.includes("\t"))
    .join("\n"),
);

/** TCVN3 without fonts cannot write a capital with a tone: it comes back small. */
const tcvn3Plain = (t: string) =>
  [...t.normalize("NFC")].map((c) => (needsTcvn3Capitals(c) ? c.toLowerCase() : c)).join("");

describe("conversion, as Unikey's converter does", () => {
  test("every letter of the alphabet, small and capital", () => {
    for (const ch of ALPHABET) {
      expect([ch, vniToUnicode(toVni(ch))]).toEqual([ch, ch]);
      const capitalsFont = needsTcvn3Capitals(ch);
      expect([ch, tcvn3ToUnicode(toTcvn3(ch), capitalsFont)]).toEqual([ch, ch]);
    }
  });

  test("what such text looks like in another font, and the fonts that say it", () => {
    expect(toTcvn3("cán bộ công chức")).toBe("c¸n bé c«ng chøc");
    expect(tcvn3ToUnicode("c¸n bé c«ng chøc")).toBe("cán bộ công chức");
    expect(tcvn3ToUnicode("b¸o c¸o", true)).toBe("BÁO CÁO");
    expect(toVni("Việt Nam")).toBe("Vieät Nam");
    expect(vniToUnicode("UÛy ban nhaân daân huyeän")).toBe("Ủy ban nhân dân huyện");
    expect(fontEncoding(".VnTime")).toEqual({ encoding: "tcvn3", upperCase: false });
    expect(fontEncoding(".VnTimeH")).toEqual({ encoding: "tcvn3", upperCase: true });
    expect(fontEncoding(".VnArial NarrowH")).toEqual({ encoding: "tcvn3", upperCase: true });
    expect(fontEncoding("VNI-Times")).toEqual({ encoding: "vni", upperCase: false });
    expect(fontEncoding("Times New Roman")).toBeNull();
  });

  test("the seed's prose round-trips through both encodings", () => {
    expect(vniToUnicode(toVni(seedProse))).toBe(seedProse.normalize("NFC"));
    expect(tcvn3ToUnicode(toTcvn3(seedProse))).toBe(tcvn3Plain(seedProse));
  });

  test("any Vietnamese text round-trips (property)", () => {
    const letter = fc.constantFrom(...ALPHABET, " ", ",", ".", "1", "9", "%", "/");
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 80 }), (chars) => {
        const s = chars.join("");
        expect(vniToUnicode(toVni(s))).toBe(s);
        expect(tcvn3ToUnicode(toTcvn3(s))).toBe(tcvn3Plain(s));
      }),
    );
  });
});

describe("detectLegacy", () => {
  test("tells TCVN3 and VNI text by its characters", () => {
    expect(detectLegacy(toTcvn3(seedProse))?.encoding).toBe("tcvn3");
    expect(detectLegacy(toVni(seedProse))?.encoding).toBe("vni");
    expect(detectLegacy(toTcvn3("Tổng số cán bộ, công chức được đào tạo"))?.encoding).toBe("tcvn3");
    expect(detectLegacy(toVni("Tổng số cán bộ, công chức được đào tạo"))?.encoding).toBe("vni");
  });

  test("never takes Unicode text for either: the seed, old tone placement, « quotes », Latin-1 signs", () => {
    expect(detectLegacy(readFileSync(SEED_TXT, "utf8"))).toBeNull();
    expect(detectLegacy(readFileSync(SEED_TXT, "utf8").normalize("NFD"))).toBeNull();
    expect(detectLegacy("Thực hiện « Năm dân vận khéo », hoà giải thành, đạt ¾ kế hoạch, nhiệt độ 30°C.")).toBeNull();
    expect(detectLegacy("Résumé, naïve, Æsop, façade, Øresund")).toBeNull();
    expect(detectLegacy("Thực hiện «Năm dân vận khéo»")).toBeNull();
  });

  test("a plain-text report in TCVN3 or VNI gives the same findings as in Unicode, and says it was converted", () => {
    const appendix = appendixFrom(SEED_VALUES);
    const seed = readFileSync(SEED_TXT, "utf8");
    const unicode = checkNarrative(readPlainText(plainPunctuation(seed)), appendix);
    for (const [encoding, text] of [
      ["tcvn3", toTcvn3(plainPunctuation(seed))],
      ["vni", toVni(plainPunctuation(seed))],
    ] as const) {
      const doc = readPlainText(text);
      expect(doc.conversions).toEqual([{ from: encoding, paragraphs: doc.paragraphs.length }]);
      const findings = checkNarrative(doc, appendix);
      const note = findings.filter((f) => /bảng mã (TCVN3|VNI)/.test(f.message.vi));
      expect(note).toHaveLength(1);
      const shape = (fs: typeof findings) => fs.map((f) => [f.kind, f.severity, f.codes.join(","), f.actual]);
      expect(shape(findings.filter((f) => !note.includes(f)))).toEqual(shape(unicode));
    }
  });
});
