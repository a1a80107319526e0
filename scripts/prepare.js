#!/usr/bin/env node
// The `prepare` lifecycle script: `npm ci` / `npm install` build the project (the vSphere SDK, the
// policy pack, the CLI) so that a fresh clone is ready to run.
//
// `npx genesys-iac` in the project's own folder also runs `prepare`: npm installs the project into
// its npx cache as a link, and links get their `prepare` run (npm's arborist, rebuild.js). That would
// rebuild the whole project, and overwrite dist/, on the first run of the tool. Running the tool
// never builds it: under `npm exec`/`npx` this script does nothing, and bin/genesys-iac.js says how
// to build when dist/ is missing.
"use strict";
const { spawnSync } = require("child_process");

/** Whether a `prepare` run by this npm command should build. */
function shouldBuild(env) {
  return env.npm_command !== "exec";
}

function main() {
  if (!shouldBuild(process.env)) return 0;
  // The npm that runs this script, with the node that runs it (npm sets both).
  const npm = process.env.npm_execpath;
  const [cmd, args] = npm
    ? [process.env.npm_node_execpath || process.execPath, [npm, "run", "build"]]
    : ["npm", ["run", "build"]];
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.error) {
    process.stderr.write(`prepare: could not run npm run build: ${r.error.message}\n`);
    return 1;
  }
  return r.status ?? 1;
}

if (require.main === module) process.exit(main());
module.exports = { shouldBuild };
