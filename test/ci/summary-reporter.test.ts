// The end of a test run: every skipped test listed under the reason it was skipped for, then the
// one line CI reads.
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const reporter = require("../support/summary-reporter") as {
  skippedTests(
    files: unknown[],
    records: unknown[],
    rootDir: string,
  ): { file: string; reason: string; tests: string[] }[];
  formatSkipped(groups: unknown[]): string;
  summaryLine(results: Record<string, number>): string;
};

const ROOT = "/repo";
const file = (rel: string, tests: { status: string; ancestors: string[]; title: string }[]) => ({
  testFilePath: path.join(ROOT, rel),
  testResults: tests.map((t) => ({
    status: t.status,
    ancestorTitles: t.ancestors,
    title: t.title,
    fullName: [...t.ancestors, t.title].join(" "),
  })),
});

describe("the summary reporter", () => {
  const files = [
    file("test/docker/e2e.test.ts", [
      { status: "pending", ancestors: ["dev stack up and down"], title: "comes up" },
      { status: "pending", ancestors: ["dev stack up and down", "after a failure"], title: "restarts" },
      { status: "passed", ancestors: ["other"], title: "runs" },
    ]),
    file("test/cli/markdown.test.ts", [
      { status: "pending", ancestors: ["the Mermaid diagram"], title: "renders" },
      { status: "pending", ancestors: ["plain"], title: "was skipped by hand" },
      { status: "todo", ancestors: [], title: "later" },
    ]),
  ];
  const records = [
    {
      file: path.join(ROOT, "test/docker/e2e.test.ts"),
      title: "dev stack up and down",
      reason: "the pulumi CLI is not on PATH",
    },
    {
      file: path.join(ROOT, "test/cli/markdown.test.ts"),
      title: "the Mermaid diagram",
      reason: "no Chromium",
    },
    // A record of another file with the same title does not give this file's test a reason.
    { file: path.join(ROOT, "test/other.test.ts"), title: "plain", reason: "not this one" },
  ];

  it("lists every skipped test under its file and reason", () => {
    const groups = reporter.skippedTests(files, records, ROOT);
    expect(groups).toEqual([
      {
        file: "test/docker/e2e.test.ts",
        reason: "the pulumi CLI is not on PATH",
        tests: ["dev stack up and down comes up", "dev stack up and down after a failure restarts"],
      },
      { file: "test/cli/markdown.test.ts", reason: "no Chromium", tests: ["the Mermaid diagram renders"] },
      {
        file: "test/cli/markdown.test.ts",
        reason: expect.stringMatching(/^no reason recorded/),
        tests: ["plain was skipped by hand"],
      },
      { file: "test/cli/markdown.test.ts", reason: "todo: not written yet", tests: ["later"] },
    ]);
    const text = reporter.formatSkipped(groups);
    expect(text).toMatch(
      /^Skipped tests \(5\), and why:\n {2}test\/docker\/e2e.test.ts: the pulumi CLI is not on PATH\n {4}- dev stack up and down comes up\n/,
    );
  });

  it("prints nothing for a run with no skipped test", () => {
    expect(
      reporter.formatSkipped(
        reporter.skippedTests(
          [files[0]].map((f) => ({ ...f, testResults: [] })),
          [],
          ROOT,
        ),
      ),
    ).toBe("");
  });

  it("ends with the plain line; a skip is never a pass", () => {
    const line = (n: Record<string, number>) =>
      reporter.summaryLine({
        numPassedTests: 0,
        numFailedTests: 0,
        numRuntimeErrorTestSuites: 0,
        numPendingTests: 0,
        numTodoTests: 0,
        ...n,
      });
    expect(line({ numPassedTests: 7, numPendingTests: 2, numTodoTests: 1 })).toBe(
      "7 passed, 0 failed, 3 skipped",
    );
    expect(line({ numPassedTests: 7, numFailedTests: 1, numRuntimeErrorTestSuites: 1 })).toBe(
      "7 passed, 2 failed",
    );
  });
});
