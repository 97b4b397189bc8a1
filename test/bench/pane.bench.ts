/**
 * The pane's weight: the production build's initial JavaScript per page, gzipped (targets: the task pane ≤ 250 KB,
 * aiming at ≤ 210 KB; the ribbon's function file ≤ 50 KB), and what each page loads later on demand. Builds with the
 * project's webpack config into test-artifacts/bench-dist (about a minute).
 */
import path from "node:path";

const ROOT = path.join(__dirname, "../..");

interface Compilation {
  errors: unknown[];
}
interface JsSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}
interface InitialJsSize extends JsSize {
  entry: string;
  onDemand: (JsSize & { name: string })[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { describe, describeOnDemand, initialJsSizes } = require(path.join(ROOT, "scripts/initial-js-size.js")) as {
  describe(size: InitialJsSize): string;
  describeOnDemand(size: InitialJsSize): string;
  initialJsSizes(compilation: Compilation): InitialJsSize[];
};

export async function bench(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require("webpack") as (
    config: object,
    cb: (
      err: Error | null,
      stats?: { compilation: Compilation; hasErrors(): boolean; toString(o: string): string },
    ) => void,
  ) => void;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: object,
  ) => Promise<Record<string, unknown>>;
  // A production build refuses to run without the address it is served from; the bench only weighs the bundles.
  process.env.CCHC_URL_PROD ??= "https://cchc-addin.invalid/";
  const config = await makeConfig({}, { mode: "production" });
  const output = { ...(config.output as object), path: path.join(ROOT, "test-artifacts", "bench-dist") };
  // The build's own size report is printed below in the bench's words.
  const plugins = (config.plugins as { constructor: { name: string } }[]).filter(
    (p) => p.constructor.name !== "InitialJsSizePlugin",
  );
  const stats = await new Promise<{ compilation: Compilation; hasErrors(): boolean; toString(o: string): string }>(
    (resolve, reject) =>
      webpack({ ...config, mode: "production", context: ROOT, output, plugins, stats: "errors-only" }, (err, s) =>
        err || !s ? reject(err) : resolve(s),
      ),
  );
  if (stats.hasErrors()) throw new Error(stats.toString("errors-only"));
  for (const size of initialJsSizes(stats.compilation)) {
    console.log(`pane initial JavaScript, ${describe(size)}`);
    const later = describeOnDemand(size);
    if (later) console.log(`  ${later}`);
  }
}
