// `genesys-iac check`: the policy pack's verdict on a stack's plan or a saved document.
import * as path from "path";
import { DEFAULT_CALL_TIMEOUT_S } from "../../analyzer/policy-runner";
import { defineCommand } from "../command";
import { EXIT, UsageError } from "../errors";
import { emit, paintOf, showDiagnostics } from "../io";
import { startProgress } from "../progress";
import { requireFolder } from "../user-files";
import type { CheckRequest } from "../check";
import { SOURCE_FLAGS, sourceOptions, type Format } from "./common";

export interface CheckOptions extends CheckRequest {
  format: Format;
  out?: string;
}

export const check = defineCommand("check", {
  summary: "the policy pack's verdict on a stack; exit 1 on a mandatory violation, 3 when the pack fails",
  synopsis: "(--stack NAME | --input FILE) [flags]",
  details: ["The report is the one `pulumi preview --policy-pack ./policies` prints, from the same pack."],
  flags: {
    ...SOURCE_FLAGS,
    "policy-config": {
      value: "FILE",
      description: "the pack's settings, as `pulumi preview --policy-pack-config FILE`",
    },
    "policy-pack": {
      value: "DIR",
      description: "another policy pack than the project's policies, as `pulumi preview --policy-pack DIR`",
    },
    "policy-timeout": {
      value: "SECONDS",
      description: `how long one call to the pack may take before its policy is reported hung (default ${DEFAULT_CALL_TIMEOUT_S})`,
    },
  },
  options: (f, io): CheckOptions => ({
    source: sourceOptions(f, io),
    policyConfig: f["policy-config"],
    policyPack: f["policy-pack"] === undefined ? undefined : packFolder(io.cwd, f["policy-pack"]),
    policyTimeoutMs: policyTimeoutMs(f["policy-timeout"]),
    format: f.format ?? "text",
    out: f.out,
  }),
  async run(o, io) {
    const { checkJson, runCheck } = await import("../check");
    const progress = startProgress(io);
    const r = await runCheck(o, io.cwd, (s) => progress.update(s)).finally(() => progress.end());
    showDiagnostics(io, r.diagnostics);
    let text: string;
    if (o.format === "json") text = checkJson(r);
    else if (o.format === "markdown") text = (await import("../markdown")).checkMarkdown(r);
    else {
      // Colour for the terminal, never in a file.
      const paint = o.out === undefined ? paintOf(io, "out") : undefined;
      text = (await import("../report-text")).formatCheckText(r, paint);
    }
    emit(io, o.out, text);
    return r.verdict === "failed" ? EXIT.violation : EXIT.ok;
  },
});

/** --policy-pack DIR: a folder that is not there is that, not a pack to build. */
function packFolder(cwd: string, dir: string): string {
  const resolved = path.resolve(cwd, dir);
  requireFolder(resolved, `--policy-pack ${dir}`);
  return resolved;
}

/** --policy-timeout SECONDS as milliseconds. */
function policyTimeoutMs(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = /^\d{1,4}$/.test(v) ? Number(v) : NaN;
  if (!(n >= 1 && n <= 3600))
    throw new UsageError(`--policy-timeout ${JSON.stringify(v)}: a whole number of seconds from 1 to 3600`);
  return n * 1000;
}
