// `genesys-iac diff`: what a change does against a base plan.
import { defineCommand } from "../command";
import { UsageError } from "../errors";
import { emit, showDiagnostics } from "../io";
import type { DiffRequest } from "../diff";
import { SOURCE_FLAGS, sourceOptions, type Format } from "./common";

export interface DiffOptions extends DiffRequest {
  format: Format;
  out?: string;
}

export const diff = defineCommand("diff", {
  summary: "what a change does against a base plan: host moves, rule membership, resources",
  synopsis: "(--stack NAME | --input FILE) --base FILE [flags]",
  flags: {
    ...SOURCE_FLAGS,
    base: { value: "FILE", description: "the base: the base branch's `plan --format json`" },
  },
  options(f, io): DiffOptions {
    if (f.base === undefined)
      throw new UsageError("--base FILE is required (the base branch's `plan --format json`)");
    return { base: f.base, source: sourceOptions(f, io), format: f.format ?? "text", out: f.out };
  },
  async run(o, io) {
    const { formatDiffText, runDiff } = await import("../diff");
    const { diff: d, head, diagnostics } = await runDiff(o, io.cwd);
    showDiagnostics(io, diagnostics);
    let text: string;
    if (o.format === "json") text = JSON.stringify(d, null, 2) + "\n";
    else if (o.format === "markdown") text = (await import("../markdown")).diffMarkdown(d, head);
    else text = formatDiffText(d);
    emit(io, o.out, text);
    return 0;
  },
});
