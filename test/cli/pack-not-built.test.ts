// A pack that was never compiled (e.g. `npm ci --ignore-scripts`) is an installation problem:
// reported in one plain line with exit 2, not as a crash.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PackNotBuiltError, PolicyRunner } from "../../analyzer/policy-runner";
import { defineCommand } from "../../cli/command";
import { commands } from "../../cli/commands";
import { runCli } from "../support/project";

it("the runner refuses a pack without its build, naming the missing file and the fix", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-pack-"));
  const err = await PolicyRunner.start({ packDir: dir }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(PackNotBuiltError);
  expect((err as Error).message).toBe(
    `the policy pack is not built: ${path.join(dir, "bin", "index.js")} is missing; run \`npm run build\` (npm ci does it)`,
  );
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
