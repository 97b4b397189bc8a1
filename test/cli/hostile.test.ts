/**
 * The command line on hostile and unusual input, as an attacker or a new user would try it: every case ends with one
 * clear line and exit 2, or with a bounded report, within a bound on time far below what each once took (minutes, or
 * forever). The inputs are made here, not committed.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { MAX_LISTED_ROWS } from "../../src/cli/textReport";
import { FIXTURE_XLSX, SEED_TXT } from "../helpers/fixtures";
import { latin1Bytes, plainPunctuation, toTcvn3, toWindows1258 } from "../helpers/legacyEncoder";
import { deflatedZeros, rawZip } from "../helpers/zipBomb";

// heavy inputs on a machine shared by several jobs: the bounds that matter are asserted in the tests themselves
jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "cchc-hostile-"));
const file = (name: string, data: string | Uint8Array) => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

/**
 * Runs the command in this process and measures the CPU time it took (user + system): unlike the wall-clock time it
 * barely moves when other jobs share the machine, so the bound says how much work was done.
 */
async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const t0 = process.cpuUsage();
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  const cpu = process.cpuUsage(t0);
  return { code, out, err, seconds: (cpu.user + cpu.system) / 1e6 };
}

/** A generous bound on CPU seconds; each case once took minutes of work or never ended. */
const SECONDS = 30;

describe("inputs that once hung, crashed or flooded", () => {
  test("a 1 MB list of percents as the report: a short report, exit 1", async () => {
    const report = file("phan-tram.txt", `BÁO CÁO quý III năm 2022\n${"12%".repeat(350_000)}`);
    const r = await run("check", FIXTURE_XLSX, "--report", report);
    expect(r.code).toBe(1);
    expect(r.out.length).toBeLessThan(200_000);
    expect(r.seconds).toBeLessThan(SECONDS);
  });

  test("a .docx of 1 MB that inflates to 400 MB: one line, exit 2", async () => {
    const bomb = file(
      "bom.docx",
      rawZip([{ name: "word/document.xml", data: deflatedZeros(400), claimedSize: 1 << 20 }]),
    );
    const r = await run("check", FIXTURE_XLSX, "--report", bomb);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cchc: Tệp giải nén ra quá lớn \(hơn 64 MB, phần word\/document\.xml\)/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.seconds).toBeLessThan(SECONDS);
  });

  test("a workbook that inflates past its bound: one line, exit 2", async () => {
    const bomb = file(
      "bom.xlsx",
      rawZip([{ name: "xl/workbook.xml", data: deflatedZeros(200), claimedSize: 1 << 20 }]),
    );
    const r = await run("check", bomb, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cchc: The file unpacks to too much/);
  });

  test("a 34 KB .docx of 200,000 nested paragraphs", async () => {
    const zip = new JSZip();
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const n = 200_000;
    zip.file(
      "word/document.xml",
      `<w:document ${W}><w:body>${"<w:p><w:r><w:t>12 hồ sơ</w:t></w:r>".repeat(n)}${"</w:p>".repeat(n)}</w:body></w:document>`,
    );
    const docx = file("long-nested.docx", await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect(readFileSync(docx).length).toBeLessThan(100_000);
    const r = await run("check", FIXTURE_XLSX, "--report", docx);
    expect([0, 1]).toContain(r.code);
    expect(r.out.length).toBeLessThan(200_000);
    expect(r.seconds).toBeLessThan(SECONDS);
  });

  test("200,000 rows under the appendix: the table is checked, the rows it does not know are listed 20 at most", async () => {
    const zip = await JSZip.loadAsync(readFileSync(FIXTURE_XLSX));
    const sheetName = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(sheetName)!.async("string");
    const rows = Array.from({ length: 200_000 }, (_, i) => {
      const r = 1000 + i;
      return `<row r="${r}"><c r="A${r}"><v>${i}</v></c><c r="B${r}" t="inlineStr"><is><t>Dòng thêm ${i}</t></is></c><c r="D${r}"><v>${i}</v></c></row>`;
    }).join("");
    zip.file(sheetName, xml.replace("</sheetData>", `${rows}</sheetData>`).replace(/<dimension[^>]*>/, ""));
    const big = file("nhieu-dong.xlsx", await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const r = await run("check", big);
    expect(r.code).toBe(1);
    expect(r.out.split("\n").length).toBeLessThan(300);
    const listed = r.out.split("Các dòng trong bảng không khớp chỉ tiêu nào của biểu:")[1] ?? "";
    expect(listed.trim().split("\n").length).toBeLessThanOrEqual(MAX_LISTED_ROWS + 1);
    if (listed) expect(listed).toMatch(/… và [\d.]+ dòng khác/);
    expect(r.seconds).toBeLessThan(SECONDS);
  });

  test.each(["workbook", "report"])("/dev/zero as the %s: one line, exit 2", async (which) => {
    if (!existsSync("/dev/zero")) return;
    const r =
      which === "workbook"
        ? await run("check", "/dev/zero")
        : await run("check", FIXTURE_XLSX, "--report", "/dev/zero");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cchc: Tệp quá lớn \(hơn 50 MB\), không kiểm tra: \/dev\/zero\n$/);
  });

  test("output to a full disk: says so, exit 2 (the real command, not a test double)", () => {
    if (!existsSync("/dev/full")) return;
    const full = openSync("/dev/full", "w");
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin/cchc.js"), "check", FIXTURE_XLSX, "--json"], {
      stdio: ["ignore", full, "pipe"],
      encoding: "utf8",
      timeout: 120_000,
    });
    closeSync(full);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^cchc: Không ghi được kết quả \(ENOSPC\)/);
  });
});

describe("reports in the encodings officers have", () => {
  const seed = plainPunctuation(readFileSync(SEED_TXT, "utf8"));
  const shape = (json: string) =>
    (
      JSON.parse(json).findings as {
        kind: string;
        severity: string;
        codes: string[];
        actual: unknown;
        message: string;
      }[]
    )
      .filter((f) => !/bảng mã/.test(f.message))
      .map((f) => [f.kind, f.severity, f.codes.join(","), f.actual]);

  test("Notepad's “Unicode” (UTF-16 with a BOM), Windows-1258 and TCVN3 give the findings of UTF-8, with a note", async () => {
    const utf8 = await run("check", FIXTURE_XLSX, "--report", file("utf8.txt", seed), "--json");
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(seed, "utf16le"))]);
    for (const [name, bytes, note] of [
      ["utf16.txt", utf16, null],
      ["cp1258.txt", toWindows1258(seed), /bảng mã Windows-1258/],
      ["tcvn3.txt", latin1Bytes(toTcvn3(seed)), /bảng mã TCVN3/],
    ] as const) {
      const r = await run("check", FIXTURE_XLSX, "--report", file(name, bytes), "--json");
      expect([name, r.code]).toEqual([name, utf8.code]);
      expect(shape(r.out)).toEqual(shape(utf8.out));
      const notes = (JSON.parse(r.out).findings as { message: string }[]).filter((f) => /bảng mã/.test(f.message));
      expect(notes.map((f) => f.message)).toEqual(note ? [expect.stringMatching(note)] : []);
    }
  });

  test.each([
    ["cu.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /tệp Word\/Excel đời cũ/],
    ["bao-cao.pdf", new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n"), /tệp PDF/],
    ["anh.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /một tệp ảnh/],
    ["nhi-phan.txt", Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256), /không phải văn bản/],
  ])("%s is refused with what it really is", async (name, bytes, reason) => {
    const r = await run("check", FIXTURE_XLSX, "--report", file(name, bytes));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(reason);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
});
