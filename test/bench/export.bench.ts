/**
 * Export timings and size for `npm run bench` (loaded by bench.ts): the seed's full report from the sheet
 * (report model + .docx, target ≤ 300 ms), from the seed's draft, and the gzipped size of what the pane loads on
 * demand for the export (the report model, the docx library and the renderers, bundled as webpack's chunk is).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type * as Esbuild from "esbuild";
import { checkWorkbook } from "../../src/core/check";
import { readPlainText } from "../../src/core/narrative";
import { buildReport } from "../../src/core/report/build";
import { renderReport } from "../../src/io/reportFiles";
import { FIXTURE_XLSX, SEED_TXT, loadXlsxGrid } from "../helpers/fixtures";
import { time, type Timing } from "./bench";

const DETAILS = { unitName: "UBND huyện Ngân Sơn", parentBody: "UBND tỉnh Bắc Kạn", period: "quý III", year: 2022 };

export async function benchExport(): Promise<Timing[]> {
  const result = checkWorkbook(await loadXlsxGrid(FIXTURE_XLSX));
  if (result.status !== "checked") throw new Error("the seed's appendix was not found");
  const { appendix, findings } = result;
  const draft = readPlainText(readFileSync(SEED_TXT, "utf8"));
  return [
    await time(
      "export the seed's full report (model + .docx)",
      30,
      () => renderReport(buildReport({ appendix, details: DETAILS, findings })),
      300,
    ),
    await time("export from the seed's draft (rewrite + .docx)", 20, () =>
      renderReport(buildReport({ appendix, details: DETAILS, draft, findings })),
    ),
  ];
}

/**
 * The export's on-demand code, bundled and minified for the browser: raw and gzipped bytes. What the pane's entry
 * bundle already holds (zod, the form, the checker, the narrative matcher) is left out, as webpack leaves it out of
 * the chunk.
 */
export async function exportChunkSize(): Promise<{ raw: number; gzip: number }> {
  const root = path.join(__dirname, "../..");
  // esbuild comes with tsx (a dependency): bundled the way webpack's chunk is, minified, for the pane's browsers.
  const esbuild = require(
    require.resolve("esbuild", { paths: [path.dirname(require.resolve("tsx"))] }),
  ) as typeof Esbuild;
  const out = await esbuild.build({
    stdin: {
      contents: 'export * from "./src/core/report/build"; export * from "./src/io/reportFiles";',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2017",
    write: false,
    logLevel: "silent",
    plugins: [
      {
        name: "in-the-pane-already",
        setup(b) {
          const core = path.join(root, "src/core") + path.sep;
          const report = path.join(root, "src/core/report") + path.sep;
          b.onResolve({ filter: /^zod$/ }, () => ({ path: "zod", external: true }));
          b.onResolve({ filter: /^\.\.?\// }, (args) => {
            const abs = path.resolve(args.resolveDir, args.path);
            return abs.startsWith(core) && !abs.startsWith(report) ? { path: abs, external: true } : undefined;
          });
        },
      },
    ],
  });
  const code = out.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
