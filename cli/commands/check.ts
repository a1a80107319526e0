// `genesys-iac check`: the policy pack's verdict on a stack's plan or a saved document.
import { defineCommand } from "../command";
import { EXIT } from "../errors";
import { emit, showDiagnostics } from "../io";
import type { CheckRequest } from "../check";
import { SOURCE_FLAGS, sourceOptions, type Format } from "./common";

export interface CheckOptions extends CheckRequest {
  format: Format;
  out?: string;
}

export const check = defineCommand("check", {
  summary: "the policy pack's verdict on a stack; exit 1 on a mandatory violation",
  synopsis: "(--stack NAME | --input FILE) [flags]",
  details: ["The report is the one `pulumi preview --policy-pack ./policies` prints, from the same pack."],
  flags: {
    ...SOURCE_FLAGS,
    "policy-config": {
      value: "FILE",
      description: "the pack's settings, as `pulumi preview --policy-pack-config FILE`",
    },
  },
  options: (f, io): CheckOptions => ({
    source: sourceOptions(f, io),
    policyConfig: f["policy-config"],
    format: f.format ?? "text",
    out: f.out,
  }),
  async run(o, io) {
    const { checkJson, runCheck } = await import("../check");
    const r = await runCheck(o, io.cwd);
    showDiagnostics(io, r.diagnostics);
    let text: string;
    if (o.format === "json") text = checkJson(r);
    else if (o.format === "markdown") text = (await import("../markdown")).checkMarkdown(r);
    else text = (await import("../report-text")).formatCheckText(r);
    emit(io, o.out, text);
    return r.verdict === "failed" ? EXIT.violation : EXIT.ok;
  },
});
