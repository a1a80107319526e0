// `genesys-iac import`: every resource of a stack's plan is in the import file with the type, name
// and parent the program gives it, and each id is the one the provider's importer reads.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { planConfig } from "../../cli/plan";
import { planStack } from "../../cli/plan-stack";
import { importFile, logicalName, type ImportFile } from "../../cli/import-file";
import { IMPORT_IDS } from "../../cli/import-ids";
import { TYPE } from "../../policies/contract";
import { runCli } from "../support/project";
import { REPO } from "../support/stacks";
import { distributed, labStackWith } from "../support/lab-variants";

/** The file's resources as the engine will name them: type, logical name, and the parent's logical name. */
function asDeclared(file: ImportFile) {
  const byName = new Map(file.resources.map((r) => [r.name, r]));
  return file.resources.map((r) => ({
    type: r.type,
    name: r.logicalName,
    parent: r.parent === undefined ? undefined : byName.get(r.parent)!.logicalName,
  }));
}

describe.each([
  ["the lab stack", () => planStack(REPO, "lab")],
  ["the lab on a distributed switch", () => planConfig(labStackWith(distributed))],
])("the import file of %s", (_label, plan) => {
  it("holds every resource of the plan with its type, name and parent", async () => {
    const p = await plan();
    const { file } = importFile(p.document, p.deployment);
    const byUrn = new Map(p.document.deployment.resources.map((r) => [r.urn, r]));
    const expected = p.document.deployment.resources
      .filter((r) => r.type !== "pulumi:pulumi:Stack" && !r.type.startsWith("pulumi:providers:"))
      .map((r) => {
        const parent = r.parent ? byUrn.get(r.parent)! : undefined;
        return {
          type: r.type,
          name: logicalName(r.urn),
          parent: !parent || parent.type === "pulumi:pulumi:Stack" ? undefined : logicalName(parent.urn),
        };
      });
    expect(asDeclared(file)).toEqual(expected);
    // Entry names are what parents refer to: unique, or a parent would be ambiguous.
    expect(new Set(file.resources.map((r) => r.name)).size).toBe(file.resources.length);
    // Custom resources carry an id and the vCenter provider; components are created empty.
    for (const r of file.resources) {
      if (r.component) expect(r.id).toBeUndefined();
      else expect([r.type in IMPORT_IDS, r.provider, typeof r.id]).toEqual([true, "vcenter", "string"]);
    }
    expect(file.nameTable).toEqual({
      vcenter: "urn:pulumi:lab::genesys-iac::pulumi:providers:vsphere::vcenter",
    });
  });

  it("uses inventory paths and names from config, never the plan's made-up ids", async () => {
    const p = await plan();
    const { file, placeholders } = importFile(p.document, p.deployment);
    const mockIds = p.document.deployment.resources.map((r) => r.id).filter((id): id is string => !!id);
    for (const r of file.resources) for (const id of mockIds) expect(r.id ?? "").not.toContain(id);
    const id = (type: string, name: string) =>
      file.resources.find((r) => r.type === type && r.logicalName === name)?.id;
    expect(id(TYPE.vm, "lab-sip-primary")).toBe("/Genesys-Lab/vm/genesys-lab/lab-sip-primary");
    expect(id(TYPE.cluster, "lab-cluster")).toBe("/Genesys-Lab/host/genesys-ha");
    expect(JSON.parse(id(TYPE.antiAffinityRule, "lab-rules-lab-sip-pair-apart")!)).toEqual({
      compute_cluster_path: "/Genesys-Lab/host/genesys-ha",
      name: "lab-sip-pair-apart",
    });
    expect(JSON.parse(id(TYPE.haVmOverride, "lab-rules-lab-sip-backup-ha")!)).toEqual({
      compute_cluster_path: "/Genesys-Lab/host/genesys-ha",
      virtual_machine_path: "/Genesys-Lab/vm/genesys-lab/lab-sip-backup",
    });
    expect(JSON.parse(id(TYPE.tag, "genesys-tags-role-sipServer")!)).toEqual({
      category_name: "genesys-role",
      tag_name: "sipServer",
    });
    expect(id(TYPE.folder, "lab-inventory-folder")).toBe("/Genesys-Lab/vm/genesys-lab");
    // Only vCenter knows a host's managed object id and the VMkernel device: marked, and listed.
    expect(placeholders).toEqual(
      ["esx01", "esx02", "esx03"]
        .flatMap((h) => [`<<host-id ${h}.genesys-lab.local>>`])
        .concat(["esx01", "esx02", "esx03"].map((h) => `<<vmotion-vmk ${h}.genesys-lab.local>>`)),
    );
  });
});

describe("genesys-iac import", () => {
  it("writes the file with --out and lists the values to fill on stderr", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-import-"));
    const out = path.join(dir, "import.json");
    const r = await runCli(["import", "--stack", "lab", "--out", out]);
    expect(r.code).toBe(0);
    const file = JSON.parse(fs.readFileSync(out, "utf8")) as ImportFile;
    expect(file.resources.filter((x) => x.type === TYPE.vm)).toHaveLength(11);
    expect(r.stderr).toContain("<<host-id esx01.genesys-lab.local>>");
  });

  it("refuses a Docker stack plainly", async () => {
    const r = await runCli(["import", "--stack", "dev"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("import adopts vCenter objects");
  });

  it("names the provider importer of every type in docs/import.md", () => {
    const doc = fs.readFileSync(path.join(REPO, "docs", "import.md"), "utf8");
    for (const [type, rule] of Object.entries(IMPORT_IDS)) {
      expect(doc).toContain(`\`${type}\``);
      expect(doc).toContain(`\`${rule.importer}\``);
    }
  });
});
