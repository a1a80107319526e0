// The files that the documented commands write into the project folder are git-ignored, so that a
// base plan or a stack export is never committed by accident.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { REPO } from "../support/stacks";

/** Concrete file names the docs' shell blocks write (`--out NAME`) or read as saved output (`--input`, `--base`). */
function writtenFiles(): string[] {
  const names = new Set<string>();
  for (const doc of ["README.md", "docs/cli.md"]) {
    const md = fs.readFileSync(path.join(REPO, doc), "utf8");
    for (const block of md.matchAll(/```sh\n([\s\S]*?)```/g))
      for (const m of block[1].matchAll(/--(?:out|input|base)\s+([\w.-]+\.json)\b/g)) names.add(m[1]);
  }
  return [...names].sort();
}

describe("files the documented commands write", () => {
  it("are the base plan, the import file and the stack export", () => {
    expect(writtenFiles()).toEqual(["base.json", "import.json", "stack-export.json"]);
  });

  it.each(writtenFiles())("%s is git-ignored in the project folder", (name) => {
    const r = spawnSync("git", ["check-ignore", "-q", name], { cwd: REPO });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(0);
  });
});
