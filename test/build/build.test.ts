/**
 * The production build and the manifest: a production build needs a real https URL (no silent placeholder), the
 * manifest asks for the requirement set the code is written for and points its support links at the support page,
 * and no source regular expression uses lookbehind (Safari before 16.4, in Excel for Mac, cannot parse it).
 */
import { readdirSync, readFileSync, statSync, existsSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(join(ROOT, "webpack.config.js")) as ((env: object, options: object) => Promise<any>) & {
  productionUrl: (value?: string) => string;
  ES_TARGET: string;
};

describe("production URL", () => {
  const saved = process.env.CCHC_URL_PROD;
  afterEach(() => {
    if (saved === undefined) delete process.env.CCHC_URL_PROD;
    else process.env.CCHC_URL_PROD = saved;
  });

  test.each([
    undefined,
    "",
    "http://cchc.example.gov.vn/",
    "https://cchc.example.gov.vn",
    "cchc.example.gov.vn/",
    "https://x/?a=1/",
  ])("%p is refused", (value) => expect(() => config.productionUrl(value)).toThrow(/CCHC_URL_PROD/));

  test("an https URL ending in / is taken", () => {
    expect(config.productionUrl("https://cchc.example.gov.vn/addin/")).toBe("https://cchc.example.gov.vn/addin/");
  });

  test("a production build without CCHC_URL_PROD fails; a development build needs none", async () => {
    delete process.env.CCHC_URL_PROD;
    await expect(config({}, { mode: "production" })).rejects.toThrow(/CCHC_URL_PROD/);
    await expect(config({}, { mode: "development" })).resolves.toMatchObject({ target: ["web", config.ES_TARGET] });
    process.env.CCHC_URL_PROD = "https://cchc.example.gov.vn/addin/";
    await expect(config({}, { mode: "production" })).resolves.toHaveProperty("entry");
  });
});

describe("manifest.xml", () => {
  const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

  test("asks for ExcelApi 1.14 (Office 2021 and later, Microsoft 365, the web, Mac)", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.14"\/>/);
  });

  test("support and learn-more links go to the support page, which is built", () => {
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/support\.html"\/>/);
    expect(manifest).toMatch(
      /<bt:Url id="GetStarted\.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/support\.html"\/>/,
    );
    const support = readFileSync(join(ROOT, "src/support/support.html"), "utf8");
    for (const heading of ["Cài đặt", "Các kiểm tra nghĩa là gì", "Quyền riêng tư"]) expect(support).toContain(heading);
    expect(support).toContain("Không có gì rời khỏi máy");
    expect(readFileSync(join(ROOT, "webpack.config.js"), "utf8")).toContain('to: "support.html"');
  });
});

test("no regular expression in the code the add-in's pages run uses lookbehind (the CLI runs in Node)", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (path === join(ROOT, "src/cli")) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) files.push(path);
    }
  };
  walk(join(ROOT, "src"));
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.filter((f) => /\(\?<[=!]/.test(readFileSync(f, "utf8")));
  expect(offenders).toEqual([]);
  expect(existsSync(join(ROOT, "src/core/vn/normalize.ts"))).toBe(true);
});
