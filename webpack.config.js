// Builds the add-in into dist/: the task pane, the KHOI.* custom functions (sharing the pane's
// runtime), the ribbon command, the manifest (URLs rewritten for production) and static files.
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, sources } = require("webpack");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** The URL the manifest points at: KHOI_PUBLIC_URL on production builds, localhost otherwise. */
function publicUrl(production) {
  const raw = (process.env.KHOI_PUBLIC_URL || "").trim();
  if (!production || raw === "") return DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`KHOI_PUBLIC_URL is not a URL: "${raw}". Example: https://addins.example.gov.vn/khoi/`);
  }
  // Office loads add-ins only over https.
  if (url.protocol !== "https:") {
    throw new Error(`KHOI_PUBLIC_URL must start with https:// (Office refuses other add-in URLs): "${raw}"`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * HTTPS options for the dev server. office-addin-dev-certs generates the certificates and then
 * tries to trust its CA (sudo on Linux); when trusting fails the generated files still serve.
 */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
    if (Object.values(paths).every((p) => fs.existsSync(p))) {
      console.warn(`[khoi] Could not trust the dev certificate automatically (${firstLine(error)}).`);
      console.warn(`[khoi] Serving https with the generated certificate in ${dir}; trust ca.crt by hand if the browser warns.`);
      const options = Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
      return { type: "https", options };
    }
    console.warn(`[khoi] No dev certificate (${firstLine(error)}).`);
    console.warn(`[khoi] FALLING BACK TO PLAIN HTTP on port ${DEV_PORT}: Office will not load the add-in from http://.`);
    console.warn("[khoi] Fix: run `npx office-addin-dev-certs install`, then restart the dev server.");
    return { type: "http" };
  }
}

/**
 * Points the built manifest, functions.json (help URLs) and help pages at the public URL. Runs after
 * copy-webpack-plugin and custom-functions-metadata-plugin have added those files.
 */
class RewriteDevUrlPlugin {
  constructor(to) {
    this.to = to;
    this.files = (name) => name === "manifest.xml" || name === "functions.json" || /^help\/.*\.html$/.test(name);
  }
  rewrite(text) {
    return text.split(DEV_URL).join(this.to);
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteDevUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteDevUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE },
        (assets) => {
          for (const name of Object.keys(assets).filter(this.files)) {
            const text = assets[name].source().toString();
            compilation.updateAsset(name, new sources.RawSource(this.rewrite(text)));
          }
        },
      );
    });
  }
}

function firstLine(error) {
  return String(error && error.message ? error.message : error).split("\n")[0];
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const url = publicUrl(production);
  const serving = Boolean(env && env.WEBPACK_SERVE);

  const config = {
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
      commands: "./src/commands/commands.ts",
      // The standalone page (app.html): the pane's pages over an .xlsx in the browser, with ExcelJS; never in the pane.
      standalone: "./src/standalone/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are caught by `npm run typecheck`; the build only strips types.
            options: { transpileOnly: true, compilerOptions: { module: "ESNext", noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      // The shared runtime: one page runs the pane, the ribbon command handlers and the functions.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "commands", "functions"],
        chunksSortMode: "manual",
        // The page's start-up guard writes the script tags itself, only where the engine can run them.
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: "app.html",
        template: "./src/standalone/app.html",
        chunks: ["standalone"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "src/help/*.{html,css}", to: "help/[name][ext]", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      ...(url === DEV_URL ? [] : [new RewriteDevUrlPlugin(url)]),
    ],
    performance: { hints: false },
  };

  if (serving) {
    config.devServer = {
      host: "localhost",
      port: DEV_PORT,
      server: await devServerTransport(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
      hot: false,
      client: { overlay: { warnings: false } },
    };
  }
  if (production && url !== DEV_URL) console.log(`[khoi] manifest.xml points at ${url}`);
  return config;
};
