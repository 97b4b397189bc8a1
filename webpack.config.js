/**
 * Build of the add-in's web pages (the yo-office TaskPane-React layout):
 *   taskpane.html  the task pane inside Excel (office.js from Microsoft's CDN)
 *   commands.html  the ribbon's function file ("Kiểm tra nhanh"; office.js from the CDN)
 *   notice.html    the ribbon command's short dialog (static, ES5)
 *   support.html   the manifest's SupportUrl / LearnMoreUrl (static)
 *   preview.html   the browser preview: the same pane over an in-memory workbook, no office.js, no network
 *   download.html  the page the add-in opens in the default browser to save an exported report (Excel for Mac)
 * plus assets/ and manifest.xml. `webpack --mode production` rewrites the manifest's dev URLs to the production URL,
 * CCHC_URL_PROD, which it requires: an https URL ending in "/".
 *
 * The bundles are ES2020 (optional chaining, ??, Unicode property escapes in regular expressions, globalThis: from
 * the project's own code and from zod, React, Fluent UI and webpack's runtime). That is what Office 2021+ and Microsoft
 * 365 with WebView2, Excel on the web and Excel for Mac run; taskpane.html and commands.html carry a small ES5 check
 * that says so where the webview cannot parse them (EdgeHTML, Internet Explorer).
 *
 * Dev server: https://localhost:3000 with the Office dev certificates (office-addin-dev-certs).
 * Plain http for the browser preview tests, where no certificate can be made:
 *   npx webpack serve --mode development --env http        (or CCHC_DEV_HTTP=1; port: --port N or CCHC_DEV_PORT=N)
 */
const path = require("path");

const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { InitialJsSizePlugin } = require("./scripts/initial-js-size");

const urlDev = "https://localhost:3000/";

/** The JavaScript level of the bundles (see above). */
const ES_TARGET = "es2020";

/**
 * The production URL the manifest points at: CCHC_URL_PROD, an https URL ending in "/". No default: a manifest
 * pointing at a placeholder host validates but installs an add-in that never loads.
 */
function productionUrl(value = process.env.CCHC_URL_PROD) {
  let url = null;
  try {
    url = value ? new URL(value) : null;
  } catch {
    url = null;
  }
  if (!url || url.protocol !== "https:" || !value.endsWith("/") || url.search || url.hash) {
    throw new Error(
      `[cchc] A production build needs CCHC_URL_PROD, the https address the add-in is served from, ending in "/" ` +
        `(e.g. CCHC_URL_PROD=https://cchc.example.gov.vn/addin/ npm run build); got ${JSON.stringify(value ?? "")}.`,
    );
  }
  return value;
}

/**
 * The Office dev certificates (office-addin-dev-certs, in ~/.office-addin-dev-certs).
 * Windows and macOS: the package makes them and installs its CA in the user's trust store; the system itself asks
 * first (a Windows security prompt, the macOS password dialog).
 * Linux: office-addin-dev-certs would run `sudo` to put its CA in the system store, without asking. So here the
 * certificates are only made (or reused while valid), never installed: the browser asks once to accept them, and an
 * officer who wants the CA trusted system-wide runs `npm exec -- office-addin-dev-certs install` knowingly.
 * Where no certificate can be made at all, the dev server falls back to http.
 */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const fs = require("fs");
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  const names = ["ca.crt", "localhost.crt", "localhost.key"];
  const read = () => ({
    ca: fs.readFileSync(file("ca.crt")),
    cert: fs.readFileSync(file("localhost.crt")),
    key: fs.readFileSync(file("localhost.key")),
  });
  const firstLine = (e) => String((e && e.message) || e).split("\n")[0];
  if (process.platform !== "linux") {
    try {
      const httpsOptions = await devCerts.getHttpsServerOptions();
      return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
    } catch (e) {
      if (!names.every((n) => fs.existsSync(file(n)))) {
        console.warn(`[cchc] No dev certificate could be made (${firstLine(e)}): serving over http.`);
        return null;
      }
      console.warn(
        `[cchc] The dev CA could not be installed (${firstLine(e)}): serving with the certificates in ${dir}.`,
      );
      return read();
    }
  }
  const stillValid = () => {
    try {
      const cert = new (require("crypto").X509Certificate)(fs.readFileSync(file("localhost.crt")));
      return names.every((n) => fs.existsSync(file(n))) && Date.parse(cert.validTo) > Date.now() + 24 * 3600 * 1000;
    } catch {
      return false;
    }
  };
  try {
    if (!stillValid()) {
      // generateCertificates writes only where no CA file exists: clear expired ones first (files in our home only).
      for (const n of names) fs.rmSync(file(n), { force: true });
      await devCerts.generateCertificates();
    }
    return read();
  } catch (e) {
    console.warn(`[cchc] No dev certificate could be made (${firstLine(e)}): serving over http.`);
    return null;
  }
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function devServerProtocol(env) {
  const http = Boolean(env.http) || process.env.CCHC_DEV_HTTP === "1";
  if (http) return "http";
  // Certificates are only needed to serve; a build never asks for them.
  if (!env.WEBPACK_SERVE) return "https";
  const options = await getHttpsOptions();
  return options ? { type: "https", options } : "http";
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const urlProd = dev ? urlDev : productionUrl();
  return {
    devtool: "source-map",
    // webpack's own runtime code at the same level as the bundles.
    target: ["web", ES_TARGET],
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      download: "./src/download/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand (the sections below the pane's first screen, the narrative check, the form inference,
      // the .docx reader and writer, the preview's .xlsx reader) get a content hash, so a new build never serves a
      // stale one.
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".html"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the build only transpiles.
              transpileOnly: true,
              compilerOptions: {
                // ES modules, so webpack sees import() and splits it into its own chunk (tsconfig's commonjs
                // would turn it into require() and pull ExcelJS into the bundle).
                module: "esnext",
                // The level the bundles are anyway (React, Fluent and zod ship ES2020); EdgeHTML and Internet
                // Explorer get the ES5 check in the HTML pages instead.
                target: ES_TARGET,
                sourceMap: true,
              },
            },
          },
        },
        {
          // Dependencies that ship syntax newer than the bundles' level (tabster's ??= and static blocks) are
          // lowered to it, so that the declared level is the real one (test/e2e checks the built files with acorn).
          test: /\.m?js$/,
          include: /node_modules/,
          use: { loader: path.resolve(__dirname, "scripts/lower-syntax-loader.js"), options: { target: ES_TARGET } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext][query]" },
          { from: "src/commands/notice.html", to: "notice.html" },
          { from: "src/support/support.html", to: "support.html" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              if (dev) return content;
              return content.toString().replace(new RegExp(escapeRegExp(urlDev), "g"), urlProd);
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new HtmlWebpackPlugin({
        filename: "download.html",
        template: "./src/download/download.html",
        chunks: ["download"],
      }),
      // The production build prints each page's initial JavaScript, gzipped (the pane's target: ≤ 250 KB, aiming at
      // ≤ 210 KB; the function file's: ≤ 50 KB), and what it loads later on demand (scripts/initial-js-size.js).
      ...(dev ? [] : [new InitialJsSizePlugin()]),
    ],
    performance: {
      // The pane's entry is about 650 KB minified (React + Fluent UI, 190 KB gzipped); warn only well beyond that.
      hints: dev ? false : "warning",
      maxEntrypointSize: 3 * 1024 * 1024,
      maxAssetSize: 3 * 1024 * 1024,
    },
    devServer: {
      hot: true,
      // Only this machine: Excel (desktop, or on the web in this machine's browser) loads the pane from localhost.
      // No Access-Control-Allow-Origin header: Office loads the pages and their scripts from this same origin.
      host: "localhost",
      // Excel on the web shows the ribbon's icons from its own site (a cross-site image request): webpack-dev-server
      // refuses those (403) unless the host is named here. Only requests addressed to localhost itself are served.
      allowedHosts: ["localhost", "127.0.0.1"],
      server: await devServerProtocol(env),
      port: Number(process.env.CCHC_DEV_PORT || process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.productionUrl = productionUrl;
module.exports.ES_TARGET = ES_TARGET;
