/**
 * Build the add-in's web pages for the e2e tests with the project's webpack config, into a directory of its own
 * (test-artifacts/e2e-dist) so that a build another developer runs into dist/ does not disturb the test.
 * E2E_DIST=<dir> skips the build and serves an existing build instead (e.g. dist/ after `npm run build`).
 */
import { spawn } from "child_process";
import { existsSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "../..");

/** The production URL the e2e build's manifest points at (never served: the test serves the files itself). */
export const E2E_URL_PROD = "https://cchc-addin.test/";

export async function buildPages(): Promise<string> {
  if (process.env.E2E_DIST) return join(ROOT, process.env.E2E_DIST);
  const out = join(ROOT, "test-artifacts", "e2e-dist");
  const config = process.env.E2E_WEBPACK_CONFIG ?? join(ROOT, "webpack.config.js");
  if (!existsSync(config)) throw new Error(`No webpack config at ${config}: the e2e test builds the pages with it.`);
  const mode = process.env.E2E_MODE === "development" ? "development" : "production";
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const args = [cli, "--config", config, "--mode", mode, "--output-path", out, "--stats", "errors-warnings"];
  await new Promise<void>((resolve, reject) => {
    // A production build needs the URL the add-in is served from (webpack.config.js refuses to guess it).
    const env = { ...process.env, CCHC_URL_PROD: process.env.CCHC_URL_PROD ?? E2E_URL_PROD };
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`webpack failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
  return out;
}
