#!/usr/bin/env node
// Runs the compiled CLI. `npm ci` builds it (the `prepare` script); running the tool never builds
// it, so a missing build is reported with the command that makes it (exit 2, a usage error).
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const main = path.join(root, "dist", "cli", "main.js");
if (!fs.existsSync(main)) {
  process.stderr.write(
    `genesys-iac: not built: ${path.relative(process.cwd(), main) || main} is missing.\n` +
      `Build it in ${root} with \`npm ci\` (installs and builds) or \`npm run build\`.\n`,
  );
  process.exit(2);
}

// Node's on-disk cache of compiled modules (NODE_COMPILE_CACHE's directory, else Node's default
// under the temporary directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off): loading the Pulumi SDK
// compiles about 15 MB of JavaScript at every start otherwise. The policy pack `check` starts gets
// the same cache (analyzer/compile-cache.ts).
const nodeModule = require("module");
if (typeof nodeModule.enableCompileCache === "function") nodeModule.enableCompileCache();
let cli;
try {
  // Before the Pulumi SDK is loaded: the modules it needs only to serialize closures are loaded when
  // first used (dist/internals/deferred-sdk-modules.js says why).
  require(path.join(root, "dist", "internals", "deferred-sdk-modules.js")).deferSdkModules();
  ({ cli } = require(main));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      `genesys-iac: a dependency is missing (${String(e.message).split("\n")[0]}).\n` +
        `Install the project's dependencies in ${root} with \`npm ci\`.\n`,
    );
    process.exit(2);
  }
  throw e;
}
cli();
