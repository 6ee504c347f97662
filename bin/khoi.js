#!/usr/bin/env node
// `khoi` command line: runs the compiled CLI in lib/ (built by `npm ci` through the prepare script).
const path = require("path");
let cli;
try {
  cli = require(path.join(__dirname, "..", "lib", "cli", "main.js"));
} catch {
  process.stderr.write("khoi: chưa biên dịch — hãy chạy `npm ci` hoặc `npm run prepare` trong thư mục dự án.\n");
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
