// Bundles a test-only browser entry (TypeScript, with its imports) into one script with webpack's Node API, for
// the browser tests to serve next to the office.js stub. Development mode without eval, so errors name real lines.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webpack, type Configuration, type Stats } from "webpack";

const ROOT = join(__dirname, "..", "..");

/** The bundled script's text. Throws with webpack's errors when the entry does not build. */
export async function bundleForBrowser(entry: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "khoi-bundle-"));
  const config: Configuration = {
    mode: "development",
    devtool: false,
    target: "web",
    context: ROOT,
    entry,
    output: { path: out, filename: "bundle.js" },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // As jest.config.js maps it: office-addin-mock needs only the OfficeApp enum, not the manifest tools (Node).
      alias: { "office-addin-manifest$": join(ROOT, "node_modules", "office-addin-manifest", "lib", "officeApp.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "ESNext", noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    infrastructureLogging: { level: "error" },
  };
  try {
    const stats = await new Promise<Stats>((resolve, reject) => {
      const compiler = webpack(config);
      compiler.run((error, result) => {
        compiler.close(() => undefined);
        if (error || !result) reject(error ?? new Error("webpack gave no result"));
        else resolve(result);
      });
    });
    if (stats.hasErrors()) throw new Error(`bundling ${entry} failed:\n${stats.toString({ all: false, errors: true })}`);
    return readFileSync(join(out, "bundle.js"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
