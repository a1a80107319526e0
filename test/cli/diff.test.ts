// `genesys-iac diff`: a change against the base branch's plan, with host moves and rule changes first.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SECRET_SIG_KEY, SECRET_SIG_VALUE } from "../../analyzer/plan-document";
import { compareValues, type StackDiff } from "../../cli/diff";
import { PR_MARKER } from "../../cli/markdown";
import { repoStack, runCli, scratchProject } from "../support/project";
import { LAB_SECRETS, REPO } from "../support/stacks";

let base: string;
beforeAll(async () => {
  base = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "genesys-diff-")), "base-lab.json");
  const r = await runCli(["plan", "--stack", "lab", "--format", "json", "--out", base]);
  expect(r.code).toBe(0);
});

/** The lab stack with a change, in a scratch project. */
function labWith(change: (site: Record<string, any>) => void): string {
  const lab = repoStack("lab");
  change(lab.config["genesys-iac:sites"][0]);
  return scratchProject({ lab });
}

const diff = (dir: string, ...extra: string[]) =>
  runCli(["diff", "--stack", "lab", "--dir", dir, "--base", base, ...extra]);

describe("diff against the base plan", () => {
  it("an identical head: no changes, exit 0", async () => {
    const r = await runCli(["diff", "--stack", "lab", "--base", base]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("No changes.");
    const md = await runCli(["diff", "--stack", "lab", "--base", base, "--format", "markdown"]);
    expect(md.stdout).toContain("No changes against");
  });

  it("the hosts listed in another order: placement goes by host name, no VM moves", async () => {
    const dir = labWith((s) => {
      s.hosts = [s.hosts[2], s.hosts[1], s.hosts[0]];
      delete s.placement;
    });
    const r = await diff(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No changes.");
  });

  it("a swapped placement moves VMs: each with old -> new host, called out first", async () => {
    const dir = labWith((s) => (s.placement = { primaries: s.hosts[1].name, backups: s.hosts[0].name }));
    const r = await diff(dir);
    expect(r.code).toBe(0);
    const [head, moves] = r.stdout.split("\nPlacement rules:")[0].split("Intended host of VMs:\n");
    expect(head).toContain("Diff of stack lab:");
    expect(moves).toContain("~ lab-sip-primary: esx01.genesys-lab.local -> esx02.genesys-lab.local");
    expect(moves).toContain("~ lab-sip-backup: esx02.genesys-lab.local -> esx01.genesys-lab.local");
    expect(moves).not.toContain("lab-sim-1");
    const json = JSON.parse((await diff(dir, "--format", "json")).stdout) as StackDiff;
    expect(json.moves).toContainEqual({
      vm: "lab-rm-backup",
      site: "lab",
      from: "esx02.genesys-lab.local",
      to: "esx01.genesys-lab.local",
    });
    expect(json.added).toEqual([]);
    expect(json.removed).toEqual([]);
  });

  it("one more MCP: a new VM, and the spread rule gains it (by VM name)", async () => {
    const dir = labWith((s) => (s.components.mcp = { count: 3 }));
    const r = await diff(dir);
    expect(r.stdout).toMatch(/\+ lab-mcp-3: new, on esx0\d\.genesys-lab\.local/);
    expect(r.stdout).toContain(
      "~ lab-mcp-spread (anti-affinity): +lab-mcp-3 -> [lab-mcp-1, lab-mcp-2, lab-mcp-3]",
    );
    expect(r.stdout).toContain("+ vsphere:index/virtualMachine:VirtualMachine  lab-mcp-3");
    expect(r.stdout).toMatch(
      /~ vsphere:index\/computeClusterVmAntiAffinityRule:ComputeClusterVmAntiAffinityRule {2}lab-rules-lab-mcp-spread\n {6}virtualMachineIds\[2\]: \(unset\) -> "/,
    );
  });

  it("a pair made standalone: its anti-affinity rule shows as removed", async () => {
    const dir = labWith((s) => (s.components.resourceManager = { pair: false }));
    const r = await diff(dir);
    expect(r.stdout).toContain(
      "- lab-rm-pair-apart (anti-affinity): removed (held [lab-rm-primary, lab-rm-backup])",
    );
    expect(r.stdout).toContain("- lab-rm-primary: removed (was on esx01.genesys-lab.local)");
    expect(r.stdout).toContain(
      "- vsphere:index/computeClusterVmAntiAffinityRule:ComputeClusterVmAntiAffinityRule  lab-rules-lab-rm-pair-apart",
    );
    const md = (await diff(dir, "--format", "markdown")).stdout;
    expect(md.split("\n")[0]).toBe(PR_MARKER);
    expect(md).toContain("| `lab-rm-pair-apart` | anti-affinity | removed | lab-rm-primary, lab-rm-backup |");
    expect(md).toContain("```mermaid");
  });

  it("a changed size shows as a nested path", async () => {
    const lab = repoStack("lab");
    lab.config["genesys-iac:sizing"] = {
      default: { cpus: 4, memoryMb: 4096, diskGb: 60, adapterType: "vmxnet3" },
    };
    const r = await diff(scratchProject({ lab }));
    expect(r.stdout).toContain("disks[0].size: 40 -> 60");
  });

  it("diffs a real stack export (--input) against a plan", async () => {
    const r = await runCli([
      "diff",
      "--input",
      path.join(REPO, "test", "fixtures", "lab-stack-export.json"),
      "--base",
      base,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Diff of stack lab:");
    // The export is of what the lab plans: the same resources, VMs on the same hosts, the same
    // rule members (by VM name); what differs is vCenter's ids against the plan's stand-ins.
    expect(r.stdout).toContain("Resources: 0 to add, 0 to delete,");
    expect(r.stdout).not.toContain("Intended host of VMs:");
    expect(r.stdout).not.toContain("Placement rules:");
    expect(r.stdout).toContain('      datacenterId: "datacenter-');
    expect(r.stdout).not.toContain("ciphertext");
    for (const secret of Object.values(LAB_SECRETS)) expect(r.stdout).not.toContain(secret);
  });
});

describe("property comparison", () => {
  it("walks nested objects and lists; secrets compared by marker only, never shown", () => {
    const secret = (c: string) => ({ [SECRET_SIG_KEY]: SECRET_SIG_VALUE, ciphertext: c });
    const changes = compareValues(
      "",
      {
        disks: [{ size: 40 }],
        password: secret("v1:a:b"),
        token: "plain",
        extraConfig: { "usb.present": "FALSE" },
      },
      { disks: [{ size: 60 }], password: secret("v1:c:d"), token: secret("v1:e:f"), extraConfig: {} },
    );
    expect(changes).toEqual([
      { path: "disks[0].size", kind: "changed", old: 40, new: 60 },
      { path: 'extraConfig["usb.present"]', kind: "removed", old: "FALSE" },
      { path: "token", kind: "changed", old: "plain", new: "[secret]" },
    ]);
    expect(JSON.stringify(changes)).not.toContain("v1:");
  });
});

describe("usage errors: exit 2", () => {
  it("no --base, a foreign base, a base of another stack", async () => {
    expect((await runCli(["diff", "--stack", "lab"])).stderr).toContain("--base FILE is required");
    const foreign = path.join(os.tmpdir(), `genesys-foreign-${process.pid}.json`);
    fs.writeFileSync(foreign, JSON.stringify({ version: 1, checkpoint: {} }));
    const r = await runCli(["diff", "--stack", "lab", "--base", foreign]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is not a plan or a `pulumi stack export` document");
    const other = await runCli(["diff", "--stack", "dev", "--base", base]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain("is of stack lab, not dev");
  });
});
