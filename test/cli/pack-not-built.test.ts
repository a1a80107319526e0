// A pack that was never compiled (e.g. `npm ci --ignore-scripts`) is an installation problem:
// reported in one plain line with exit 2, not as a crash.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { packEntry } from "../../analyzer/pack-process";
import { PackNotBuiltError, PolicyRunner } from "../../analyzer/policy-runner";
import { defineCommand } from "../../cli/command";
import { commands } from "../../cli/commands";
import { runCli } from "../support/project";

it("the runner refuses a pack without its build, naming the missing file and the fix", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-pack-"));
  // The pack's package.json names its compiled entry, as this project's pack does.
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "p", main: "bin/index.js" }));
  const err = await PolicyRunner.start({ packDir: dir }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(PackNotBuiltError);
  expect((err as Error).message).toBe(
    `the policy pack is not built: ${path.join(dir, "bin", "index.js")} is missing; run \`npm run build\` (npm ci does it)`,
  );
});

describe("packEntry: where a pack's code is, as Node and run-policy-pack find it", () => {
  const dir = (files: Record<string, string>) => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-pack-"));
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
      fs.writeFileSync(path.join(d, f), text);
    }
    return d;
  };
  it("is package.json's main, compiled JavaScript or TypeScript", () => {
    const js = dir({ "package.json": '{"main":"bin/index.js"}', "bin/index.js": "" });
    expect(packEntry(js)).toEqual({ kind: "js", file: path.join(js, "bin", "index.js") });
    const ts = dir({ "package.json": '{"main":"src/index.ts"}', "src/index.ts": "" });
    expect(packEntry(ts)).toEqual({ kind: "ts", file: path.join(ts, "src", "index.ts") });
  });
  it("is index.js, else index.ts, without a main (a pack made by `pulumi policy new`)", () => {
    const ts = dir({ "package.json": '{"name":"p"}', "index.ts": "" });
    expect(packEntry(ts)).toEqual({ kind: "ts", file: path.join(ts, "index.ts") });
    const both = dir({ "index.js": "", "index.ts": "" });
    expect(packEntry(both)).toEqual({ kind: "js", file: path.join(both, "index.js") });
  });
  it("is missing when main names JavaScript not built, even beside its TypeScript", () => {
    const d = dir({ "package.json": '{"main":"bin/index.js"}', "index.ts": "" });
    expect(packEntry(d)).toEqual({ kind: "missing", file: path.join(d, "bin", "index.js") });
    const empty = dir({});
    expect(packEntry(empty)).toEqual({ kind: "missing", file: path.join(empty, "index.js") });
  });
});

it("the CLI reports it plainly with exit 2", async () => {
  // A command that meets the error exactly as `check` would, from PolicyRunner.start.
  commands["check-unbuilt"] = defineCommand("check-unbuilt", {
    summary: "test only",
    synopsis: "",
    flags: {},
    options: () => ({}),
    run: async () => {
      await PolicyRunner.start({ packDir: fs.mkdtempSync(path.join(os.tmpdir(), "genesys-pack-")) });
      return 0;
    },
  });
  try {
    const r = await runCli(["check-unbuilt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: the policy pack is not built: .* is missing; run `npm run build`/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  } finally {
    delete commands["check-unbuilt"];
  }
});
