// The README's exit-code table lists every code the tool returns, and only those. (The PR workflow's
// verdict per exit code is run in test/ci/pr-workflows.test.ts.)
import * as fs from "fs";
import * as path from "path";
import { EXIT, SIGNAL_EXITS } from "../../cli/errors";
import { REPO } from "../support/stacks";

const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8");

function tableCodes(): number[] {
  const section = readme
    .split("### Exit codes")[1]
    ?.split("\n\n")
    .find((p) => p.startsWith("| Code"));
  if (!section) throw new Error("README has no exit-code table under ### Exit codes");
  return section
    .split("\n")
    .slice(2)
    .flatMap((row) => (row.split("|")[1] ?? "").split(",").map((c) => Number(c.trim())));
}

it("the README's table lists every exit code and signal exit, and nothing else", () => {
  const codes = [...new Set([...Object.values(EXIT), ...Object.values(SIGNAL_EXITS)])].sort((a, b) => a - b);
  expect(tableCodes().sort((a, b) => a - b)).toEqual(codes);
});
