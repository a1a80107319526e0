// `genesys-iac import`: a Pulumi import file for adopting a site that already exists in vCenter.
import { defineCommand } from "../command";
import { UsageError } from "../errors";
import { emit, showDiagnostics } from "../io";
import { DIR_FLAG, OUT_FLAG, projectDir, STACK_FLAG } from "./common";

export interface ImportOptions {
  dir: string;
  stack: string;
  out?: string;
}

export const importCommand = defineCommand("import", {
  summary: "a `pulumi import --file` file for adopting the vCenter objects a stack declares",
  synopsis: "--stack NAME [--out FILE]",
  details: [
    "Ids only vCenter knows are written as <<host-id NAME>> and <<vmotion-vmk NAME>>: fill them",
    "before `pulumi import --file FILE` (README: Adopting an existing site).",
  ],
  flags: { stack: STACK_FLAG, out: OUT_FLAG, dir: DIR_FLAG },
  options(f, io): ImportOptions {
    if (f.stack === undefined) throw new UsageError("--stack is required");
    return { dir: projectDir(io, f.dir), stack: f.stack, out: f.out };
  },
  async run(o, io) {
    const { planStack } = await import("../plan-stack");
    const { importFile } = await import("../import-file");
    const p = await planStack(o.dir, o.stack);
    showDiagnostics(io, p.diagnostics);
    if (p.deployment.platform !== "vsphere")
      throw new UsageError(
        `stack ${o.stack} deploys on ${p.deployment.platform}: import adopts vCenter objects (a vsphere stack)`,
      );
    const { file, placeholders } = importFile(p.document, p.deployment);
    emit(io, o.out, JSON.stringify(file, null, 2) + "\n");
    const ids = file.resources.filter((r) => r.id !== undefined).length;
    io.err(`${ids} resources to import, ${file.resources.length - ids} components to create.\n`);
    if (placeholders.length > 0)
      io.err(
        `Fill these values from vCenter first (README: Adopting an existing site): ${placeholders.join(", ")}\n`,
      );
    return 0;
  },
});
