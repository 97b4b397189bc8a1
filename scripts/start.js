#!/usr/bin/env node
/**
 * npm start / npm stop.
 *
 * Windows and macOS (Excel desktop can be there): `office-addin-debugging start manifest.xml`, which starts the dev
 * server (npm run dev-server), registers the manifest and opens Excel with the add-in; `stop` undoes it.
 * Linux (no Excel desktop): starts the dev server in the foreground, on localhost only, and prints, in Vietnamese then
 * English, the preview's URL and how to sideload manifest.xml into Excel on the web. It never installs a certificate
 * (no sudo): see webpack.config.js. Stop it with Ctrl+C, or `npm stop` from another terminal (the server's process id
 * is kept in node_modules/.cache/cchc/dev-server.pid while it runs).
 *
 *   node scripts/start.js [--web] [-- extra webpack serve arguments, e.g. --env http]
 *   node scripts/start.js stop [--web]
 * --web: the Linux behaviour on any system. Not for CI: it runs until stopped.
 */
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const pidFile = path.join(root, "node_modules", ".cache", "cchc", "dev-server.pid");
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

/** Runs a package's CLI with this Node; exits with its code. With `onStart`, called with the child's pid. */
function run(cli, cliArgs, onStart) {
  const child = spawn(process.execPath, [require.resolve(cli), ...cliArgs], {
    cwd: root,
    stdio: "inherit",
  });
  if (onStart) onStart(child.pid);
  const forward = (signal) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code, signal) => {
    if (onStart) fs.rmSync(pidFile, { force: true });
    // Stopped by Ctrl+C or `npm stop`: that is the normal way out.
    process.exit(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 1));
  });
}

/** Remembers the dev server's process id so that `npm stop` can end it. */
function rememberPid(pid) {
  fs.mkdirSync(path.dirname(pidFile), { recursive: true });
  fs.writeFileSync(pidFile, String(pid));
}

/** `npm stop` on Linux (or with --web): ends the dev server `npm start` started, if it still runs. */
function stopWebServer() {
  let pid = NaN;
  try {
    pid = Number(fs.readFileSync(pidFile, "utf8").trim());
  } catch {
    // no file: nothing was started from this folder
  }
  if (!Number.isInteger(pid) || pid <= 0) {
    console.log(
      "Không có máy chủ phát triển nào đang chạy từ thư mục này. / No dev server started from this folder is running.",
    );
    return;
  }
  // The id may have been reused since (a server killed without cleaning up): only end a webpack process.
  let cmdline = null;
  try {
    cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    // no /proc (macOS, Windows) or no such process
  }
  if (cmdline !== null && !cmdline.includes("webpack")) {
    console.log("Máy chủ phát triển đã dừng từ trước. / The dev server had already stopped.");
    fs.rmSync(pidFile, { force: true });
    return;
  }
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Đã dừng máy chủ phát triển (tiến trình ${pid}). / Stopped the dev server (process ${pid}).`);
  } catch {
    console.log("Máy chủ phát triển đã dừng từ trước. / The dev server had already stopped.");
  }
  fs.rmSync(pidFile, { force: true });
}

function printWebInstructions() {
  const manifest = path.join(root, "manifest.xml");
  const vi = http
    ? "    (Excel trên web chỉ nạp phần bổ trợ qua https: chạy lại không có --env http.)"
    : `    Trình duyệt phải tin chứng chỉ của ${base}: mở địa chỉ này một lần và chấp nhận.\n` +
      "    (Muốn hệ thống luôn tin chứng chỉ này thì tự chạy, cần quyền sudo: npm exec -- office-addin-dev-certs install)";
  const en = http
    ? "    (Excel on the web loads add-ins over https only: run again without --env http.)"
    : `    The browser must trust ${base}: open it once and accept the certificate.\n` +
      "    (To have the system trust it always, run yourself, it needs sudo: npm exec -- office-addin-dev-certs install)";
  console.log(`
Máy này không có Excel cho máy tính: chạy máy chủ phát triển (${base}, chỉ máy này truy cập được).
  • Xem thử trong trình duyệt, không cần Excel:  ${base}/preview.html
  • Chạy trong Excel trên web: mở một sổ tính trên https://www.office.com, chọn
    Chèn > Phần bổ trợ > Tải lên Phần bổ trợ của tôi, rồi chọn tệp
    ${manifest}
${vi}
  • Dừng: Ctrl+C, hoặc npm stop ở một cửa sổ lệnh khác.

No Excel desktop on this system: starting the dev server (${base}, reachable from this machine only).
  • Browser preview, no Excel needed:  ${base}/preview.html
  • In Excel on the web: open a workbook at https://www.office.com, choose
    Insert > Add-ins > Upload My Add-in, and pick
    ${manifest}
${en}
  • Stop: Ctrl+C, or npm stop in another terminal.
`);
}

if (stop) {
  if (web) stopWebServer();
  else run("office-addin-debugging/cli.js", ["stop", "manifest.xml"]);
} else if (web) {
  printWebInstructions();
  run("webpack-cli/bin/cli.js", ["serve", "--mode", "development", ...passThrough], rememberPid);
} else {
  run("office-addin-debugging/cli.js", ["start", "manifest.xml", ...passThrough]);
}
