// Skipping with a reason. A test that needs something this machine lacks (the Pulumi CLI, a Docker
// engine, a browser) is skipped, never passed, and says why: on stderr at once, and in the list of
// skipped tests that test/support/summary-reporter.js prints at the end of the run.
import * as fs from "fs";
import * as path from "path";

// The variable naming the folder the summary reporter reads skip reasons from (set by it for the run).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SKIP_REASONS_DIR_ENV } = require("./summary-reporter") as { SKIP_REASONS_DIR_ENV: string };

export interface SkipRecord {
  /** Absolute path of the test file. */
  file: string;
  /** The title of the skipped describe block. */
  title: string;
  reason: string;
}

/** Records why the block `title` of the running test file is skipped. */
export function recordSkip(title: string, reason: string): void {
  const file = expect.getState().testPath ?? "(unknown test file)";
  process.stderr.write(`SKIPPED ${path.relative(process.cwd(), file)}: ${title}: ${reason}\n`);
  const dir = process.env[SKIP_REASONS_DIR_ENV];
  if (!dir) return;
  const record: SkipRecord = { file, title, reason };
  fs.appendFileSync(path.join(dir, `${process.pid}.jsonl`), JSON.stringify(record) + "\n");
}

/** `describe` when `reason` is undefined; otherwise `describe.skip`, with the reason recorded. */
export function describeUnless(reason: string | undefined, title: string, fn: () => void): void {
  if (reason === undefined) {
    describe(title, fn);
    return;
  }
  recordSkip(title, reason);
  describe.skip(title, fn);
}
