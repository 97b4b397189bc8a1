/**
 * The installed command (`bin/cchc.js`, what `npm run cchc` and `npm link` run): the command line built ahead into
 * build/cli gives what the sources give, check-all's worker threads run from the build, and an edited source is
 * rebuilt before it runs.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli/main";
import { FIXTURE_XLSX } from "../helpers/fixtures";

const ROOT = path.join(__dirname, "../..");
const BIN = path.join(ROOT, "bin/cchc.js");
const BUILT = path.join(ROOT, "build/cli/main.js");

const cchc = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000 });

test("the built command gives the same JSON and exit status as the sources", async () => {
  let out = "";
  const code = await main(["check", FIXTURE_XLSX, "--json"], { out: (t) => (out += t), err: () => {} });
  const bin = cchc("check", FIXTURE_XLSX, "--json");
  expect(bin.stderr).toBe("");
  expect(bin.status).toBe(code);
  expect(JSON.parse(bin.stdout)).toEqual(JSON.parse(out));
  expect(cchc("--help").stdout).toContain("cchc check-all <thư-mục>");
}, 120_000);

test("check-all from the build: its workers run the built worker", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-bin-"));
  for (const name of ["xa-a", "xa-b", "xa-c"]) copyFileSync(FIXTURE_XLSX, path.join(dir, `${name}.xlsx`));
  const run = cchc("check-all", dir, "--jobs", "2");
  expect(run.stdout).toMatch(/^Đã kiểm tra 3\/3 tệp/);
  expect(run.status).toBe(1);
  expect(existsSync(path.join(dir, "tong-hop-kiem-tra.xlsx"))).toBe(true);
}, 120_000);

test("a source newer than the build is rebuilt before the command runs", () => {
  cchc("--help");
  const before = statSync(BUILT).mtimeMs;
  const source = path.join(ROOT, "src/cli/commands/index.ts");
  const { atime, mtime } = statSync(source);
  try {
    const later = new Date(Math.max(Date.now(), before) + 2000);
    utimesSync(source, later, later);
    expect(cchc("--help").status).toBe(0);
    expect(statSync(BUILT).mtimeMs).toBeGreaterThan(before);
  } finally {
    utimesSync(source, atime, mtime);
  }
}, 120_000);
