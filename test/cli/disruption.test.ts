// Day-2 safety end to end: the rollout order in the plan, what a change does to each VM in `diff`
// (text, Markdown, JSON), and `check` refusing a plan whose pair lost its order.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { PlanDocument } from "../../analyzer/plan-document";
import type { StackDiff } from "../../cli/diff";
import { PR_MARKER } from "../../cli/markdown";
import { TYPE } from "../../policies/contract";
import { repoStack, runCli, scratchProject } from "../support/project";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "genesys-disruption-"));
const PAIRS = ["lab-sip", "lab-stat", "lab-urs", "lab-rm"];
const VMS = [...PAIRS.flatMap((p) => [`${p}-primary`, `${p}-backup`]), "lab-mcp-1", "lab-mcp-2", "lab-sim-1"];

async function planOf(dir: string | undefined, file: string): Promise<PlanDocument> {
  const out = path.join(tmp, file);
  const r = await runCli([
    "plan",
    "--stack",
    "lab",
    "--format",
    "json",
    "--out",
    out,
    ...(dir ? ["--dir", dir] : []),
  ]);
  expect(r.code).toBe(0);
  return JSON.parse(fs.readFileSync(out, "utf8")) as PlanDocument;
}

/** The lab stack with config keys set, in a scratch project. */
function labWith(config: Record<string, unknown>): string {
  const lab = repoStack("lab");
  Object.assign(lab.config, config);
  return scratchProject({ lab });
}

const vmUrn = (doc: PlanDocument, name: string) =>
  doc.deployment.resources.find((r) => r.type === TYPE.vm && r.inputs.name === name)!.urn;

let base: PlanDocument;
beforeAll(async () => {
  base = await planOf(undefined, "base.json");
});

async function diffs(dir: string) {
  const args = ["diff", "--stack", "lab", "--dir", dir, "--base", path.join(tmp, "base.json")];
  // One at a time: a plan runs the program under the process-wide Pulumi mocks.
  const text = await runCli(args);
  const md = await runCli([...args, "--format", "markdown"]);
  const json = await runCli([...args, "--format", "json"]);
  return { text: text.stdout, md: md.stdout, json: JSON.parse(json.stdout) as StackDiff };
}

test("plan --format json: each primary depends on its backup, the second MCP on the first", () => {
  for (const p of PAIRS) {
    const primary = base.deployment.resources.find((r) => r.urn === vmUrn(base, `${p}-primary`))!;
    expect(primary.dependencies).toContain(vmUrn(base, `${p}-backup`));
  }
  const mcp2 = base.deployment.resources.find((r) => r.urn === vmUrn(base, "lab-mcp-2"))!;
  expect(mcp2.dependencies).toContain(vmUrn(base, "lab-mcp-1"));
  const backup = base.deployment.resources.find((r) => r.urn === vmUrn(base, "lab-sip-backup"))!;
  expect(backup.dependencies.filter((d) => d.includes(TYPE.vm))).toEqual([]);
});

test("plan (text) names the VM each VM is rolled out after", async () => {
  const text = (await runCli(["plan", "--stack", "lab"])).stdout;
  expect(text).toContain("ROLLED OUT AFTER");
  expect(text).toMatch(/\n {2}lab-sip-primary .* lab-sip-backup\n/);
  expect(text).toMatch(/\n {2}lab-sip-backup .* -\n/);
});

test("the Docker stand-in keeps the same order between the containers of a pair", async () => {
  const r = await runCli(["plan", "--stack", "dev", "--format", "json"]);
  const doc = JSON.parse(r.stdout) as PlanDocument;
  const container = (name: string) =>
    doc.deployment.resources.find((x) => x.type === TYPE.container && x.inputs.name === name)!;
  for (const p of ["dev-sip", "dev-stat", "dev-urs", "dev-rm"])
    expect(container(`${p}-primary`).dependencies).toContain(container(`${p}-backup`).urn);
  expect(container("dev-mcp-2").dependencies).toContain(container("dev-mcp-1").urn);
});

test("the diagram draws the hosts in the order the stack declares them", async () => {
  const lab = repoStack("lab");
  const site = lab.config["genesys-iac:sites"][0];
  site.hosts = [site.hosts[2], site.hosts[0], site.hosts[1]];
  const dir = scratchProject({ lab });
  const md = (await runCli(["plan", "--stack", "lab", "--dir", dir, "--format", "markdown"])).stdout;
  expect(md).toContain(
    "host_lab_esx03_genesys_lab_local ~~~ host_lab_esx01_genesys_lab_local ~~~ host_lab_esx02_genesys_lab_local",
  );
});

describe("diff: what a change does to each VM and to each pair", () => {
  test("a sizing change (memory up, hot add off): every VM restarts, each pair one VM after the other", async () => {
    const { text, md, json } = await diffs(
      labWith({ "genesys-iac:sizing": { default: { memoryMb: 8192 } } }),
    );
    // expandMemorySizeConfig: an increase with memory hot add off sets reboot_required.
    expect(json.disruptions.map((d) => [d.name, d.impact])).toEqual(
      [...VMS].sort().map((n) => [n, "restart"]),
    );
    for (const d of json.disruptions) expect(d.reasons.join()).toContain("[expandMemorySizeConfig]");
    expect(json.pairs).toContainEqual({
      pair: "lab-sip",
      label: "SIP Server pair",
      members: ["lab-sip-backup", "lab-sip-primary"],
      impacted: ["lab-sip-backup", "lab-sip-primary"],
      serialized: true,
    });
    expect(json.pairs.map((p) => [p.pair, p.serialized])).toEqual(
      ["lab-mcp", "lab-rm", "lab-sip", "lab-stat", "lab-urs"].map((p) => [p, true]),
    );
    // The text and Markdown start with it.
    const lines = text.split("\n");
    expect(lines[2]).toBe("Disruption (what `pulumi up` does to each changed VM):");
    expect(text).toContain(
      "SIP Server pair lab-sip: both restart, one after the other (lab-sip-backup first)",
    );
    expect(text).toContain("MCPs lab-mcp: both restart, one after the other (lab-mcp-1 first)");
    expect(md.split("\n").slice(0, 4)).toEqual([
      PR_MARKER,
      "### Changes to stack `lab`",
      "",
      "**Disruption**: what `pulumi up` does to each changed VM",
    ]);
    expect(md).toContain("- ✅ URS pair lab-urs: both restart, one after the other (lab-urs-backup first)");
    expect(md).toMatch(/\| `lab-rm-primary` \| \*\*restart\*\* \| memory 4096 -&gt; 8192: restart/);
    // The diagram marks the VMs by impact, with a legend.
    expect(md).toContain('legend_restart["restart (power cycle)"]');
    expect(md).toMatch(/class vm_lab_.*legend_restart restart/);
    // A change shown once, on the resource that carries it: the VMs, not their components.
    expect(json.changed.map((c) => c.type)).toEqual(VMS.map(() => TYPE.vm));
    expect(text).not.toContain("genesys:vsphere:PlacementRules");
    expect(text).toContain("Resources: 0 to add, 0 to delete, 11 to change");
  });

  test("the same change with memory hot add on before it: applied online, no pair member restarts", async () => {
    const on = { "genesys-iac:sizing": { default: { memoryHotAdd: true } } };
    const hotBase = await planOf(labWith(on), "hot-base.json");
    expect(hotBase.deployment.resources.find((r) => r.type === TYPE.vm)!.inputs.memoryHotAddEnabled).toBe(
      true,
    );
    const dir = labWith({ "genesys-iac:sizing": { default: { memoryHotAdd: true, memoryMb: 8192 } } });
    const r = await runCli([
      "diff",
      "--stack",
      "lab",
      "--dir",
      dir,
      "--base",
      path.join(tmp, "hot-base.json"),
      "--format",
      "json",
    ]);
    const json = JSON.parse(r.stdout) as StackDiff;
    expect(new Set(json.disruptions.map((d) => d.impact))).toEqual(new Set(["online"]));
    expect(json.disruptions[0].reasons[0]).toContain("an increase with memory hot add on");
    expect(json.pairs.every((p) => p.impacted.length === 0)).toBe(true);
  });

  test("an ADDP change: guestinfo written live (extraConfigRebootRequired false), nothing restarts", async () => {
    const { text, json } = await diffs(labWith({ "genesys-iac:addpTimeout": 3 }));
    expect(json.disruptions.map((d) => d.impact)).toEqual(VMS.map(() => "online"));
    expect(json.disruptions[0].reasons).toEqual([
      'extraConfig["guestinfo.genesys.addp.timeout"] "4" -> "3": online, extraConfigRebootRequired false; the guest reads guestinfo through VMware Tools [expandExtraConfig]',
    ]);
    expect(text).toContain("SIP Server pair lab-sip: changed online only; no VM restarts");
  });

  test("a template change: every VM is replaced (clone is ForceNew), one pair member after the other", async () => {
    const { text, md, json } = await diffs(labWith({ "genesys-iac:vmTemplate": "genesys-win2012-template" }));
    expect(new Set(json.disruptions.map((d) => d.impact))).toEqual(new Set(["replace"]));
    expect(json.disruptions[0].reasons[0]).toContain("[resourceVSphereVirtualMachineCustomizeDiff]");
    expect(text).toContain(
      "Resource Manager pair lab-rm: both are replaced, one after the other (lab-rm-backup first)",
    );
    expect(md).toContain('legend_replace["replace (destroyed and created)"]');
  });

  test("without the order in the head, the pair is flagged: both at once, calls are dropped", async () => {
    const dir = labWith({ "genesys-iac:sizing": { default: { memoryMb: 8192 } } });
    const head = await planOf(dir, "head-unordered.json");
    const primary = head.deployment.resources.find((r) => r.urn === vmUrn(head, "lab-sip-primary"))!;
    primary.dependencies = primary.dependencies.filter((d) => d !== vmUrn(head, "lab-sip-backup"));
    const file = path.join(tmp, "head-unordered.json");
    fs.writeFileSync(file, JSON.stringify(head));
    const args = ["diff", "--input", file, "--base", path.join(tmp, "base.json")];
    const json = JSON.parse((await runCli([...args, "--format", "json"])).stdout) as StackDiff;
    expect(json.pairs.find((p) => p.pair === "lab-sip")).toMatchObject({ serialized: false });
    expect(json.pairs.find((p) => p.pair === "lab-urs")).toMatchObject({ serialized: true });
    const text = (await runCli(args)).stdout;
    expect(text).toContain("! SIP Server pair lab-sip: both restart at once: calls are dropped");
    const md = (await runCli([...args, "--format", "markdown"])).stdout;
    expect(md).toContain("- ❌ SIP Server pair lab-sip: both restart at once: calls are dropped");

    // And the policy pack refuses that plan.
    const check = await runCli(["check", "--input", file]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/\[mandatory\]\s+pair-rollout-ordered/);
    expect(check.stdout).toContain("Pair lab-sip: lab-sip-primary and lab-sip-backup are not ordered");
  });
});
