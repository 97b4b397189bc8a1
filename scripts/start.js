#!/usr/bin/env node
/**
 * npm start / npm stop.
 *
 * Windows and macOS (Excel desktop can be there): `office-addin-debugging start manifest.xml`, which starts the dev
 * server (npm run dev-server), registers the manifest and opens Excel with the add-in; `stop` undoes it.
 * Linux (no Excel desktop): starts the dev server in the foreground and prints, in Vietnamese then English, the
 * preview's URL and how to sideload manifest.xml into Excel on the web. Stop it with Ctrl+C.
 *
 *   node scripts/start.js [--web] [-- extra webpack serve arguments, e.g. --env http]
 *   node scripts/start.js stop
 * --web: the Linux behaviour on any system. Not for CI: it runs until stopped.
 */
"use strict";
const { spawn } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const args = process.argv.slice(2);
const stop = args[0] === "stop";
const web = args.includes("--web") || !["win32", "darwin"].includes(process.platform);
const passThrough = args.filter((a) => a !== "stop" && a !== "--web" && a !== "--");

/** The value after a webpack serve flag passed through (--port 3100, --env http), or undefined. */
const flag = (name) => passThrough[passThrough.indexOf(name) + 1] ?? undefined;
const port = Number(
  (passThrough.includes("--port") && flag("--port")) ||
    process.env.CCHC_DEV_PORT ||
    process.env.npm_package_config_dev_server_port ||
    3000,
);
const http = (passThrough.includes("--env") && flag("--env") === "http") || process.env.CCHC_DEV_HTTP === "1";
const base = `${http ? "http" : "https"}://localhost:${port}`;

/** Runs a package's CLI with this Node; exits with its code. */
function run(cli, cliArgs) {
  const child = spawn(process.execPath, [require.resolve(cli), ...cliArgs], {
    cwd: root,
    stdio: "inherit",
  });
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function printWebInstructions() {
  const manifest = path.join(root, "manifest.xml");
  const vi = http
    ? "    (Excel trên web chỉ nạp phần bổ trợ qua https: chạy lại không có --env http.)"
    : `    Trình duyệt phải tin chứng chỉ của ${base}: mở địa chỉ này một lần và chấp nhận,\n` +
      "    hoặc cài chứng chỉ phát triển: npx office-addin-dev-certs install";
  const en = http
    ? "    (Excel on the web loads add-ins over https only: run again without --env http.)"
    : `    The browser must trust ${base}: open it once and accept the certificate,\n` +
      "    or install the development certificate: npx office-addin-dev-certs install";
  console.log(`
Máy này không có Excel cho máy tính: chạy máy chủ phát triển (${base}).
  • Xem thử trong trình duyệt, không cần Excel:  ${base}/preview.html
  • Chạy trong Excel trên web: mở một sổ tính trên https://www.office.com, chọn
    Chèn > Phần bổ trợ > Tải lên Phần bổ trợ của tôi, rồi chọn tệp
    ${manifest}
${vi}
  • Dừng: Ctrl+C.

No Excel desktop on this system: starting the dev server (${base}).
  • Browser preview, no Excel needed:  ${base}/preview.html
  • In Excel on the web: open a workbook at https://www.office.com, choose
    Insert > Add-ins > Upload My Add-in, and pick
    ${manifest}
${en}
  • Stop: Ctrl+C.
`);
}

if (stop) {
  if (web)
    console.log(
      "Dev server runs in the foreground: stop it with Ctrl+C. / Máy chủ chạy ở cửa sổ lệnh: dừng bằng Ctrl+C.",
    );
  else run("office-addin-debugging/cli.js", ["stop", "manifest.xml"]);
} else if (web) {
  printWebInstructions();
  run("webpack-cli/bin/cli.js", ["serve", "--mode", "development", ...passThrough]);
} else {
  run("office-addin-debugging/cli.js", ["start", "manifest.xml", ...passThrough]);
}
