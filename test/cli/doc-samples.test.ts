// The sample outputs of the README and docs/cli.md are what the CLI prints, so they cannot drift:
// every fenced block that starts with `$ npx genesys-iac ARGS` is run (in this process, as from a
// pipe: no colour, no progress line) and the rest of the block compared with what it printed,
// stderr first (what it says while planning comes before the report). A line `...` in a sample
// stands for any number of lines, so a long report can be shown in part.
import * as fs from "fs";
import * as path from "path";
import { runCli } from "../support/project";
import { REPO } from "../support/stacks";

const DOCS = ["README.md", "docs/cli.md"];
const PROMPT = "$ npx genesys-iac ";

interface Sample {
  doc: string;
  argv: string[];
  lines: string[];
}

function samplesOf(doc: string): Sample[] {
  const md = fs.readFileSync(path.join(REPO, doc), "utf8");
  const out: Sample[] = [];
  for (const block of md.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)) {
    const [first, ...rest] = block[1].split("\n");
    if (!first.startsWith(PROMPT)) continue;
    out.push({ doc, argv: first.slice(PROMPT.length).trim().split(/\s+/), lines: normalized(rest) });
  }
  return out;
}

/** Lines without trailing blanks, and no empty lines at the end. */
function normalized(lines: string[]): string[] {
  const out = lines.map((l) => l.trimEnd());
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

const isElision = (line: string) => line.trim() === "...";

/**
 * The output with the lines a sample elides folded into its `...` lines: equal to the sample when
 * the sample matches, and otherwise a line-by-line difference that shows where it does not.
 */
function foldedLike(sample: readonly string[], output: readonly string[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (let s = 0; s < sample.length; s++) {
    if (!isElision(sample[s])) {
      out.push(at < output.length ? output[at++] : "<end of output>");
      continue;
    }
    const run: string[] = [];
    for (let t = s + 1; t < sample.length && !isElision(sample[t]); t++) run.push(sample[t]);
    let k = at;
    if (run.length === 0) k = output.length;
    else while (k + run.length <= output.length && !run.every((l, i) => output[k + i] === l)) k++;
    if (k + run.length > output.length) return [...out, ...output.slice(at)];
    out.push(sample[s]);
    at = k;
  }
  return [...out, ...output.slice(at)];
}

const samples = DOCS.flatMap(samplesOf);

it("finds the samples: the README's check of the dev stack and docs/cli.md's check of a stack export", () => {
  expect(samples.map((s) => `${s.doc}: ${s.argv.join(" ")}`)).toEqual(
    expect.arrayContaining([
      "README.md: check --stack dev",
      "docs/cli.md: check --input test/fixtures/lab-stack-export.json",
    ]),
  );
});

it.each(samples.map((s) => [`${s.doc}: genesys-iac ${s.argv.join(" ")}`, s] as const))(
  "%s prints the sample",
  async (_name, s) => {
    const r = await runCli(s.argv);
    const output = normalized((r.stderr + r.stdout).split("\n"));
    expect(foldedLike(s.lines, output)).toEqual(s.lines);
  },
);

describe("a sample's `...`", () => {
  const output = ["a", "b", "c", "d"];
  it("stands for any lines, none included", () => {
    expect(foldedLike(["a", "...", "d"], output)).toEqual(["a", "...", "d"]);
    expect(foldedLike(["a", "b", "...", "c", "d"], output)).toEqual(["a", "b", "...", "c", "d"]);
    expect(foldedLike(["a", "..."], output)).toEqual(["a", "..."]);
  });

  it("matches nothing the output does not have, nor lets lines be left over", () => {
    expect(foldedLike(["a", "...", "x"], output)).not.toEqual(["a", "...", "x"]);
    expect(foldedLike(["a", "b"], output)).not.toEqual(["a", "b"]);
    expect(foldedLike(["a", "c", "...", "d"], output)).not.toEqual(["a", "c", "...", "d"]);
  });
});
