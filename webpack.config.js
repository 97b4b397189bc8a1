/**
 * Build of the add-in's web pages (the yo-office TaskPane-React layout):
 *   taskpane.html  the task pane inside Excel (office.js from Microsoft's CDN)
 *   commands.html  the ribbon's function file ("Kiểm tra nhanh"; office.js from the CDN)
 *   preview.html   the browser preview: the same pane over an in-memory workbook, no office.js, no network
 *   download.html  the page the add-in opens in the default browser to save an exported report (Excel for Mac)
 * plus assets/ and manifest.xml. `webpack --mode production` rewrites the manifest's dev URLs to the production URL.
 *
 * Dev server: https://localhost:3000 with the Office dev certificates (office-addin-dev-certs).
 * Plain http for the browser preview tests, where no certificate can be made:
 *   npx webpack serve --mode development --env http        (or CCHC_DEV_HTTP=1; port: --port N or CCHC_DEV_PORT=N)
 */
const path = require("path");

const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// CHANGE THIS TO YOUR PRODUCTION DEPLOYMENT LOCATION (or set CCHC_URL_PROD when building). Must end with "/".
const urlProd = process.env.CCHC_URL_PROD || "https://cchc-addin.example.vn/";

/**
 * The Office dev certificates. office-addin-dev-certs makes them and installs its CA in the system's trust store;
 * where it cannot install the CA (Linux without sudo, a locked-down machine) the certificates it made are used as
 * they are and the browser asks once to accept them; where none could be made, the dev server falls back to http.
 */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (e) {
    const fs = require("fs");
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(dir, name);
    if (["ca.crt", "localhost.crt", "localhost.key"].every((n) => fs.existsSync(file(n)))) {
      console.warn(
        `[cchc] The dev CA could not be installed (${e.message.split("\n")[0]}): serving with the certificates in ${dir}; accept them in the browser once.`,
      );
      return {
        ca: fs.readFileSync(file("ca.crt")),
        cert: fs.readFileSync(file("localhost.crt")),
        key: fs.readFileSync(file("localhost.key")),
      };
    }
    console.warn(`[cchc] No dev certificate could be made (${e.message.split("\n")[0]}): serving over http.`);
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
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
      download: "./src/download/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand (the preview's ExcelJS) get a content hash, so a new build never serves a stale one.
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
                // Office's older webviews (EdgeHTML in Office 2019) lack ?. and ??: let TypeScript lower them.
                target: "es2017",
                sourceMap: true,
              },
            },
          },
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
    ],
    performance: {
      // React + Fluent UI make a pane of about a megabyte; warn only well beyond that.
      hints: dev ? false : "warning",
      maxEntrypointSize: 3 * 1024 * 1024,
      maxAssetSize: 3 * 1024 * 1024,
    },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await devServerProtocol(env),
      port: Number(process.env.CCHC_DEV_PORT || process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
