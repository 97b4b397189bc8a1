/**
 * LibreOffice (Debian's libreoffice-writer-nogui) and poppler (pdftoppm, pdftotext, pdfinfo) for the export's
 * rendering tests, installed by scripts/setup.sh. Each conversion runs with a profile of its own
 * (-env:UserInstallation), so parallel test files never share LibreOffice's lock, and with a generous timeout.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const SOFFICE = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";
export const hasLibreOffice = existsSync(SOFFICE) && existsSync("/usr/bin/pdftoppm") && existsSync("/usr/bin/pdftotext");

function run(cmd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(" ")} failed: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** Convert a document with LibreOffice ("pdf", or "docx:MS Word 2007 XML"); returns the converted file's path. */
export async function convert(file: string, target: string, outDir: string, timeoutMs = 240_000): Promise<string> {
  const profile = mkdtempSync(path.join(tmpdir(), "cchc-lo-"));
  try {
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        outDir,
        file,
      ],
      timeoutMs,
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const ext = target.split(":")[0];
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${ext}`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}

/** One page of a PDF as PNG (pdftoppm), at the given resolution; returns the PNG's path. */
export async function pageToPng(pdf: string, page: number, outPrefix: string, dpi = 80): Promise<string> {
  await run("/usr/bin/pdftoppm", ["-r", String(dpi), "-png", "-singlefile", "-f", String(page), "-l", String(page), pdf, outPrefix], 120_000);
  return `${outPrefix}.png`;
}

/** The text of each page of a PDF (pdftotext -layout, split at form feeds). */
export async function pdfPages(pdf: string): Promise<string[]> {
  const text = await run("/usr/bin/pdftotext", ["-layout", pdf, "-"], 120_000);
  return text.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim() !== "");
}

/** Each page's size in points, from pdfinfo. */
export async function pdfPageSizes(pdf: string): Promise<{ width: number; height: number }[]> {
  const info = await run("/usr/bin/pdfinfo", ["-f", "1", "-l", "999", pdf], 60_000);
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}
