// Ends the run with the list of skipped tests, each under the reason it was skipped for, then the one
// plain line CI reads: "N passed, N failed" (", N skipped" when some were). A skipped test is never
// counted as passed. Reasons come from test/support/skip.ts, which the test files call; the folder
// they are written to is made here, before Jest starts its workers, which inherit the variable.
const fs = require("fs");
const os = require("os");
const path = require("path");

const SKIP_REASONS_DIR_ENV = "GENESYS_TEST_SKIP_REASONS_DIR";
const NO_REASON = "no reason recorded (a plain .skip: use describeUnless from test/support/skip.ts)";

/** Every record written by recordSkip() during the run. */
function readSkipRecords(dir) {
  if (!dir || !fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split("\n"))
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
}

/**
 * The skipped tests of a run grouped by file and reason, in the order of the files:
 * [{ file, reason, tests: [full name] }].
 */
function skippedTests(testResults, records, rootDir) {
  const groups = [];
  for (const file of testResults) {
    const mine = records.filter((r) => r.file === file.testFilePath);
    for (const t of file.testResults) {
      if (t.status !== "pending" && t.status !== "todo") continue;
      const record = mine.find((r) => t.ancestorTitles.includes(r.title));
      const reason = t.status === "todo" ? "todo: not written yet" : record ? record.reason : NO_REASON;
      const rel = path.relative(rootDir, file.testFilePath);
      let g = groups.find((x) => x.file === rel && x.reason === reason);
      if (!g) groups.push((g = { file: rel, reason, tests: [] }));
      g.tests.push(t.fullName);
    }
  }
  return groups;
}

function formatSkipped(groups) {
  const n = groups.reduce((sum, g) => sum + g.tests.length, 0);
  if (n === 0) return "";
  const out = [`Skipped tests (${n}), and why:`];
  for (const g of groups) {
    out.push(`  ${g.file}: ${g.reason}`);
    for (const t of g.tests) out.push(`    - ${t}`);
  }
  return out.join("\n") + "\n";
}

function summaryLine(results) {
  const passed = results.numPassedTests;
  const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  const skipped = results.numPendingTests + results.numTodoTests;
  return `${passed} passed, ${failed} failed` + (skipped > 0 ? `, ${skipped} skipped` : "");
}

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = (globalConfig && globalConfig.rootDir) || process.cwd();
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-test-skips-"));
    process.env[SKIP_REASONS_DIR_ENV] = this.dir;
  }

  onRunComplete(_contexts, results) {
    const skipped = formatSkipped(skippedTests(results.testResults, readSkipRecords(this.dir), this.rootDir));
    fs.rmSync(this.dir, { recursive: true, force: true });
    process.stdout.write(`\n${skipped}${skipped ? "\n" : ""}${summaryLine(results)}\n`);
  }
}

module.exports = SummaryReporter;
module.exports.skippedTests = skippedTests;
module.exports.formatSkipped = formatSkipped;
module.exports.summaryLine = summaryLine;
module.exports.SKIP_REASONS_DIR_ENV = SKIP_REASONS_DIR_ENV;
