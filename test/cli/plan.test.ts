import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { PlanDocument, SECRET_SIG_KEY } from "../../analyzer/plan-document";
import { ProgramError, runUnderMocks } from "../../cli/mock-engine";
import { main } from "../../program/main";
import { TYPE } from "../../policies/contract";
import { repoStack, runCli, scratchProject } from "../support/project";
import { REPO, stackConfig } from "../support/stacks";

describe("genesys-iac plan", () => {
  it("prints the lab stack as a table: hosts, VMs with computer name, address and intended host, rules", async () => {
    const r = await runCli(["plan", "--stack", "lab"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Stack lab of genesys-iac on vsphere: 1 site(s), 11 VMs");
    expect(r.stdout).toMatch(
      /lab-sip-primary\s+LAB-SIP-P\s+10\.20\.10\.21\s+windows\s+sipServer\s+primary\s+esx01\.genesys-lab\.local\s+4\s+4096 MB\s+40 GB\s+vmxnet3/,
    );
    expect(r.stdout).toMatch(/lab-sim-1\s+LAB-SIM-1\s+10\.20\.10\.31\s/);
    expect(r.stdout).toContain(
      "port group genesys-vm, 10.20.10.0/24 via 10.20.10.1, DNS 10.20.10.5, 10.20.10.6",
    );
    expect(r.stdout).toContain(
      "Guests:     Windows in domain genesys-lab.local (joined by svc-vmjoin), time zone 85",
    );
    expect(r.stdout).toMatch(/lab-sip-pair-apart\s+anti-affinity\s+must\s+lab-sip-primary, lab-sip-backup/);
    expect(r.stdout).toMatch(/vsphere:index\/virtualMachine:VirtualMachine\s+11/);
  });

  it("writes a stack-export-shaped document with --format json", async () => {
    const r = await runCli(["plan", "--stack", "lab", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as PlanDocument;
    expect(doc.version).toBe(3);
    const stackRes = doc.deployment.resources[0];
    expect(stackRes.type).toBe("pulumi:pulumi:Stack");
    expect(stackRes.urn).toBe("urn:pulumi:lab::genesys-iac::pulumi:pulumi:Stack::genesys-iac-lab");
    for (const res of doc.deployment.resources) {
      expect(Object.keys(res)).toEqual(
        expect.arrayContaining(["urn", "type", "custom", "inputs", "outputs", "dependencies"]),
      );
    }
    const vm = doc.deployment.resources.find(
      (x) => x.type === TYPE.vm && x.inputs.name === "lab-sip-primary",
    )!;
    expect(vm.parent).toMatch(/genesys:vsphere:GenesysVm::lab-sip-primary$/);
    expect(vm.provider).toMatch(/^urn:pulumi:lab::genesys-iac::pulumi:providers:vsphere::vcenter::/);
    expect(vm.outputs).toMatchObject({ numCpus: 4, uuid: vm.id });
  });

  it("is deterministic: two plans of one stack are the same document", async () => {
    const a = await runCli(["plan", "--stack", "lab", "--format", "json"]);
    const b = await runCli(["plan", "--stack", "lab", "--format", "json"]);
    expect(a.stdout).toBe(b.stdout);
  });

  it("keeps an encrypted config value secret and shows it redacted", async () => {
    const lab = repoStack("lab");
    lab.config["vsphere:password"] = { secure: "v1:c2VjcmV0:v1:ZmFrZQ==:bm90LXJlYWxseS1lbmNyeXB0ZWQ=" };
    const dir = scratchProject({ lab });
    const r = await runCli(["plan", "--stack", "lab", "--format", "json", "--dir", dir]);
    expect(r.code).toBe(0);
    const provider = (JSON.parse(r.stdout) as PlanDocument).deployment.resources.find(
      (x) => x.type === TYPE.vsphereProvider,
    )!;
    expect(provider.inputs.password).toEqual({
      [SECRET_SIG_KEY]: expect.any(String),
      ciphertext: "[secret]",
    });
    expect(r.stdout).not.toContain("bm90LXJlYWxseS1lbmNyeXB0ZWQ=");
  });

  it("writes to --out", async () => {
    const dir = scratchProject({});
    const out = path.join(dir, "plan.json");
    const r = await runCli(["plan", "--stack", "dev", "--format", "json", "--out", out]);
    expect(r).toMatchObject({ code: 0, stdout: "" });
    expect(JSON.parse(fs.readFileSync(out, "utf8")).version).toBe(3);
  });
});

describe("user errors: exit 2, a plain message, no stack trace", () => {
  it("lists every config problem", async () => {
    const lab = repoStack("lab");
    lab.config["genesys-iac:addpTimeout"] = 0;
    lab.config["genesys-iac:sites"][0].networks.vmotion.vswitch = "vSwitch0";
    const r = await runCli(["plan", "--stack", "lab", "--dir", scratchProject({ lab })]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("The stack configuration has 2 problems; nothing was registered:");
    // Pulumi hands simple values to a program as text, as they are shown here.
    expect(r.stderr).toContain('genesys-iac:addpTimeout: "0" — a whole number from 1 to 60');
    expect(r.stderr).toContain(
      'genesys-iac:sites[0].networks.vmotion.vswitch: "vSwitch0" — a vSwitch other than',
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports a stack file that is not valid YAML", async () => {
    const dir = scratchProject({ broken: "config:\n  genesys-iac:sites: [\n    - name: x\n" });
    const r = await runCli(["plan", "--stack", "broken", "--dir", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/The stack file .*Pulumi\.broken\.yaml is not valid YAML/);
  });

  it("reports a missing stack file and names the stacks there are", async () => {
    const r = await runCli(["plan", "--stack", "prod"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/No stack file .*Pulumi\.prod\.yaml; the stacks here are: .*dev.*lab/);
  });

  it("reports unknown flags, bad values and a missing --stack", async () => {
    expect((await runCli(["plan", "--stack", "lab", "--format", "xml"])).stderr).toContain(
      '--format "xml": allowed values are text, json, markdown, table',
    );
    expect((await runCli(["plan", "--stak", "lab"])).stderr).toContain('unknown argument "--stak"');
    expect((await runCli(["plan"])).stderr).toContain("--stack is required");
    expect((await runCli(["deploy"])).code).toBe(2);
  });
});

describe("a bad config registers nothing", () => {
  it("fails the program before its first resource: only the root stack exists", async () => {
    const cfg = stackConfig("lab");
    cfg.config["genesys-iac:sites"] = cfg.config["genesys-iac:sites"].replace('"vSwitch1"', '"vSwitch0"');
    const err = await runUnderMocks({ ...cfg, program: main }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProgramError);
    expect((err as ProgramError).message).toContain("genesys-iac:sites[0].networks.vmotion.vswitch");
    expect((err as ProgramError).registered.map((r) => r.type)).toEqual(["pulumi:pulumi:Stack"]);
  });
});

describe("the installed command", () => {
  const bin = path.join(REPO, "bin", "genesys-iac.js");
  it("runs as a process: exit 0 for a plan, 2 and no stack trace for a config error", () => {
    const ok = spawnSync(process.execPath, [bin, "plan", "--stack", "dev"], { cwd: REPO, encoding: "utf8" });
    expect(ok.stderr).toMatch(/^info: site dev: /);
    expect(ok.stderr).not.toMatch(/\n\s+at /);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("Stack dev of genesys-iac on docker");
    const dir = scratchProject({ bad: { config: { "genesys-iac:sites": [] } } });
    const bad = spawnSync(process.execPath, [bin, "plan", "--stack", "bad", "--dir", dir], {
      cwd: REPO,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("genesys-iac:sites: [] — a list of at least one site");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("diagnostics", () => {
  it("go to stderr, so that stdout stays a JSON document", async () => {
    const r = await runCli(["plan", "--stack", "dev", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toMatch(/^info: site dev: primary and backup share one Docker engine/);
  });
});

describe("an empty topology", () => {
  it("plans and passes the cluster and host networking alone, saying why there is no VM", async () => {
    const lab = repoStack("lab");
    lab.config["genesys-iac:sites"][0].components = {
      sipServer: { enabled: false },
      statServer: { enabled: false },
      urs: { enabled: false },
      resourceManager: { enabled: false },
      mcp: { count: 0 },
      simulator: { count: 0 },
    };
    const dir = scratchProject({ lab });
    const table = await runCli(["plan", "--stack", "lab", "--dir", dir]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("No Genesys VMs: every component of this site is turned off");
    const json = await runCli(["plan", "--stack", "lab", "--dir", dir, "--format", "json"]);
    const types = (JSON.parse(json.stdout) as PlanDocument).deployment.resources.map((r) => r.type);
    expect(types).not.toContain(TYPE.vm);
    expect(types).toContain(TYPE.cluster);
    expect(types.filter((t) => t === TYPE.vnic)).toHaveLength(3);
    const check = await runCli(["check", "--stack", "lab", "--dir", dir]);
    expect(check.code).toBe(0);
  });
});
