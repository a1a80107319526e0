// `genesys-iac plan`: what a stack declares.
import { defineCommand } from "../command";
import { UsageError } from "../errors";
import { emit, showDiagnostics } from "../io";
import { startProgress } from "../progress";
import { DIR_FLAG, FORMAT_FLAG, FORMATS, OUT_FLAG, projectDir, STACK_FLAG, type Format } from "./common";

export interface PlanOptions {
  dir: string;
  stack: string;
  format: Format;
  out?: string;
}

export const plan = defineCommand("plan", {
  summary: "what a stack declares: sites, hosts, VMs with their intended host, rules",
  synopsis: "--stack NAME [flags]",
  details: ["The json format is the shape of `pulumi stack export`: the base of a later `diff`."],
  flags: {
    stack: STACK_FLAG,
    // "table" is the text format's former name, still accepted.
    format: { ...FORMAT_FLAG, oneOf: [...FORMATS, "table"] as const },
    out: OUT_FLAG,
    dir: DIR_FLAG,
  },
  options(f, io): PlanOptions {
    if (f.stack === undefined) throw new UsageError("--stack is required");
    const format = f.format === "table" || f.format === undefined ? "text" : f.format;
    return { dir: projectDir(io, f.dir), stack: f.stack, format, out: f.out };
  },
  async run(o, io) {
    // Loaded when run: the Pulumi SDK is the slowest module to load.
    const { planStack } = await import("../plan-stack");
    const progress = startProgress(io);
    const p = await planStack(o.dir, o.stack, (s) => progress.update(s)).finally(() => progress.end());
    showDiagnostics(io, p.diagnostics);
    let text: string;
    if (o.format === "json") text = JSON.stringify(p.document, null, 2) + "\n";
    else if (o.format === "markdown") text = (await import("../markdown")).planMarkdown(p);
    else text = (await import("../plan-table")).formatPlanTable(p);
    emit(io, o.out, text);
    return 0;
  },
});
