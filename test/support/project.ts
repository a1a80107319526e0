// A scratch copy of the project's Pulumi.yaml with stack files written by a test.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as YAML from "yaml";
import type { Io } from "../../cli/io";
import { run } from "../../cli/main";
import { REPO } from "./stacks";

export function scratchProject(stacks: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-iac-test-"));
  fs.copyFileSync(path.join(REPO, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
  for (const [name, doc] of Object.entries(stacks)) {
    fs.writeFileSync(
      path.join(dir, `Pulumi.${name}.yaml`),
      typeof doc === "string" ? doc : YAML.stringify(doc),
    );
  }
  return dir;
}

/** The repository's stack file as an object, to change and write into a scratch project. */
export function repoStack(name: "lab" | "dev"): { config: Record<string, any> } {
  return YAML.parse(fs.readFileSync(path.join(REPO, `Pulumi.${name}.yaml`), "utf8"));
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `genesys-iac <argv>` in this process, capturing its output; `as` sets terminals and environment. */
export async function runCli(
  argv: string[],
  cwd = REPO,
  as: Pick<Io, "terminal" | "env" | "progressDelayMs"> = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = { ...as, cwd, out: (t) => (stdout += t), err: (t) => (stderr += t) };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
