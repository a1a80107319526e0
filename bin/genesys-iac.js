#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds it through the `prepare` script).
let cli;
try {
  ({ cli } = require("../dist/cli/main.js"));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "genesys-iac: not built yet; run `npm ci` (or `npm run build`) in the project first\n",
    );
    process.exit(2);
  }
  throw e;
}
cli();
