import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { loadDeployment } from "../../model/config";
import { SIMPLE_DEFAULTS } from "../../model/defaults";
import { ConfigError } from "../../model/errors";
import { Deployment } from "../../model/types";
import { LAB_SECRETS, REPO, labConfigWith, labSites, stackConfig } from "../support/stacks";

function load(config: Record<string, string>, stack = "lab"): Deployment {
  return loadDeployment({ config, stack, secretKeys: Object.keys(LAB_SECRETS) });
}

/** The problems a config produces, as `key: allowed` lines. */
function problems(config: Record<string, string>): string[] {
  try {
    load(config);
  } catch (e) {
    if (e instanceof ConfigError) return e.issues.map((i) => `${i.key}: ${i.allowed}`);
    throw e;
  }
  throw new Error("expected a ConfigError, the config was accepted");
}

function withSite(mutate: (site: Record<string, any>) => void): Record<string, string> {
  const sites = labSites();
  mutate(sites[0] as Record<string, any>);
  return labConfigWith({ "genesys-iac:sites": sites });
}

describe("the lab stack (the guide's Table 3)", () => {
  const d = load(stackConfig("lab").config);
  const site = d.sites[0];

  it("has eleven VMs of 4 vCPU, 4096 MB, one 40 GB disk, vmxnet3", () => {
    expect(site.vms).toHaveLength(11);
    for (const vm of site.vms)
      expect(vm.sizing).toEqual({
        cpus: 4,
        memoryMb: 4096,
        diskGb: 40,
        adapterType: "vmxnet3",
        cpuHotAdd: false,
        memoryHotAdd: false,
      });
    expect(site.vms.map((v) => v.name)).toEqual([
      "lab-sip-primary",
      "lab-sip-backup",
      "lab-stat-primary",
      "lab-stat-backup",
      "lab-urs-primary",
      "lab-urs-backup",
      "lab-rm-primary",
      "lab-rm-backup",
      "lab-mcp-1",
      "lab-mcp-2",
      "lab-sim-1",
    ]);
  });

  it("puts the primaries together on one host and the backups on another", () => {
    const hostsOf = (tier: string) =>
      new Set(site.vms.filter((v) => v.tier === tier).map((v) => v.intendedHost));
    expect([...hostsOf("primary")]).toEqual(["esx01.genesys-lab.local"]);
    expect([...hostsOf("backup")]).toEqual(["esx02.genesys-lab.local"]);
  });

  it("spreads the MCPs", () => {
    const mcpHosts = site.vms.filter((v) => v.role === "mcp").map((v) => v.intendedHost);
    expect(new Set(mcpHosts).size).toBe(2);
  });

  it("has a mandatory anti-affinity rule per pair and a soft one for the MCPs", () => {
    const anti = site.rules.filter((r) => r.kind === "antiAffinity");
    expect(anti.filter((r) => r.mandatory).map((r) => r.vms)).toEqual([
      ["lab-sip-primary", "lab-sip-backup"],
      ["lab-stat-primary", "lab-stat-backup"],
      ["lab-urs-primary", "lab-urs-backup"],
      ["lab-rm-primary", "lab-rm-backup"],
    ]);
    expect(anti.filter((r) => !r.mandatory)).toEqual([
      expect.objectContaining({ name: "lab-mcp-spread", vms: ["lab-mcp-1", "lab-mcp-2"] }),
    ]);
  });

  it("keeps dependent VMs together with soft affinity and should-run host rules (guide #6)", () => {
    const aff = site.rules.filter((r) => r.kind === "affinity");
    expect(aff.map((r) => [r.name, r.mandatory])).toEqual([
      ["lab-primaries-together", false],
      ["lab-backups-together", false],
    ]);
    expect(site.hostGroups).toEqual([
      { name: "lab-primaries-hosts", hosts: ["esx01.genesys-lab.local"] },
      { name: "lab-backups-hosts", hosts: ["esx02.genesys-lab.local"] },
    ]);
    expect(site.vmHostRules.every((r) => !r.mandatory)).toBe(true);
  });

  it("derives host threads from sockets, cores and hyper-threading", () => {
    expect(site.hosts.map((h) => h.threads)).toEqual([32, 32, 32]);
    expect(site.hosts[0].memoryGb).toBe(132);
  });

  it("sets ADDP at 4 s by default (guide #8) and protects the voice VMs but not the simulator", () => {
    expect(d.genesys.addpTimeout).toBe(4);
    expect(d.genesys.addpRemoteTimeout).toBe(4);
    expect(site.vms.filter((v) => !v.protect).map((v) => v.name)).toEqual(["lab-sim-1"]);
  });
});

describe("Pulumi.yaml declares the defaults the code uses", () => {
  const project = YAML.parse(fs.readFileSync(path.join(REPO, "Pulumi.yaml"), "utf8"));
  it.each(Object.entries(SIMPLE_DEFAULTS))("%s", (key, value) => {
    expect(project.config[key].default).toEqual(value);
  });
  it("declares no key the code does not read", () => {
    expect(Object.keys(project.config).sort()).toEqual(Object.keys(SIMPLE_DEFAULTS).sort());
  });
});

describe("bad input: every problem reported together, naming key, value and what is allowed", () => {
  it("rejects a hot add flag that is not a boolean and a shutdown wait the provider does not take", () => {
    const config = labConfigWith({
      "genesys-iac:sizing": { sipServer: { cpuHotAdd: "yes" } },
      "genesys-iac:shutdownWaitMinutes": "11",
      "genesys-iac:forcePowerOff": "maybe",
    });
    expect(problems(config).sort()).toEqual([
      "genesys-iac:forcePowerOff: true or false",
      "genesys-iac:shutdownWaitMinutes: a whole number from 1 to 10",
      "genesys-iac:sizing.sipServer.cpuHotAdd: true or false",
    ]);
  });
  it("rejects an unknown key of the project", () => {
    expect(problems(labConfigWith({ "genesys-iac:adpTimeout": "4" }))).toEqual([
      expect.stringMatching(
        /^genesys-iac:adpTimeout: unknown key; this project reads .*genesys-iac:addpTimeout/,
      ),
    ]);
  });

  it("rejects an unknown role in components", () => {
    expect(problems(withSite((s) => (s.components.sipProxy = { pair: true })))).toEqual([
      expect.stringMatching(
        /^genesys-iac:sites\[0\]\.components\.sipProxy: unknown key; allowed keys here: sipServer, statServer, urs, resourceManager, mcp, simulator/,
      ),
    ]);
  });

  it("rejects wrong types and out-of-range numbers, all at once", () => {
    const cfg = withSite((s) => {
      s.hostDefaults.memoryGb = "lots";
      s.networks.vmotion.vlan = 5000;
      s.components.mcp = { count: -1 };
    });
    cfg["genesys-iac:addpTimeout"] = "0";
    cfg["genesys-iac:platform"] = "hyperv";
    const p = problems(cfg);
    expect(p).toEqual(
      expect.arrayContaining([
        "genesys-iac:platform: one of vsphere, docker",
        "genesys-iac:addpTimeout: a whole number from 1 to 60",
        "genesys-iac:sites[0].hostDefaults.memoryGb: a whole number from 1 to 24576",
        "genesys-iac:sites[0].networks.vmotion.vlan: a whole number from 0 to 4094",
        "genesys-iac:sites[0].components.mcp.count: a whole number from 0 to 32",
      ]),
    );
  });

  it("names the value given", () => {
    try {
      load(labConfigWith({ "genesys-iac:addpTimeout": "90" }));
      throw new Error("accepted");
    } catch (e) {
      expect((e as Error).message).toContain('genesys-iac:addpTimeout: "90" — a whole number from 1 to 60');
    }
  });

  it("rejects duplicate host names and duplicate site names", () => {
    const sites = labSites();
    // vCenter and DNS ignore case: ESX01 is esx01.
    (sites[0].hosts as any[])[1].name = "ESX01.genesys-lab.local";
    expect(problems(labConfigWith({ "genesys-iac:sites": sites }))).toContain(
      "genesys-iac:sites[0].hosts: host names unique within the site, without regard to case",
    );
    const twice = labSites().concat(labSites());
    expect(problems(labConfigWith({ "genesys-iac:sites": twice }))).toEqual(
      expect.arrayContaining([
        "genesys-iac:sites: site names unique within the stack",
        "genesys-iac:sites: each host in one site only (a host belongs to one cluster)",
      ]),
    );
  });

  it("rejects a pair on a site with fewer than two hosts", () => {
    const p = problems(withSite((s) => (s.hosts = s.hosts.slice(0, 1))));
    expect(p).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^genesys-iac:sites\[0\]\.hosts: at least 2 hosts: the pairs sipServer, statServer, urs, resourceManager need/,
        ),
      ]),
    );
  });

  it("accepts one host when every pair is turned off (and then has no pair rule)", () => {
    const cfg = withSite((s) => {
      s.hosts = s.hosts.slice(0, 1);
      delete s.placement; // it names the hosts taken away
      s.cluster.hostFailuresTolerated = 1;
      for (const r of ["sipServer", "statServer", "urs", "resourceManager"])
        s.components[r] = { pair: false };
    });
    expect(problems(cfg)).toEqual([
      "genesys-iac:sites[0].cluster.hostFailuresTolerated: fewer host failures than the site has hosts (1): HA needs a surviving host to restart VMs on",
    ]);
  });

  it("rejects a NIC on two vSwitches", () => {
    expect(problems(withSite((s) => (s.networks.vmotion.nics = ["vmnic1", "vmnic2"])))).toEqual([
      expect.stringMatching(
        /^genesys-iac:sites\[0\]\.networks\.vmotion\.nics: NICs not already on vSwitch0 \(VM traffic\): vmnic1 would sit on two vSwitches/,
      ),
    ]);
  });

  it("rejects vMotion on the VM traffic vSwitch (guide #2)", () => {
    expect(problems(withSite((s) => (s.networks.vmotion.vswitch = "vSwitch0")))).toEqual([
      expect.stringMatching(
        /^genesys-iac:sites\[0\]\.networks\.vmotion\.vswitch: a vSwitch other than VM traffic's \(vSwitch0\)/,
      ),
    ]);
  });

  it("rejects a NIC the hosts do not have, once for the list, naming each host that lacks it", () => {
    expect(problems(withSite((s) => (s.networks.vmotion.nics = ["vmnic2", "vmnic7"])))).toEqual([
      "genesys-iac:sites[0].networks.vmotion.nics: NICs that every host has: " +
        ["esx01", "esx02", "esx03"]
          .map((h) => `${h}.genesys-lab.local (vmnic0, vmnic1, vmnic2, vmnic3) lacks vmnic7`)
          .join("; "),
    ]);
  });

  it("refuses a key of this project written in another namespace, which would go unread", () => {
    expect(problems(labConfigWith({ "genesys_iac:addpTimeout": "2" }))).toEqual([
      "genesys_iac:addpTimeout: not read: this project's keys are in its namespace; write it as genesys-iac:addpTimeout",
    ]);
  });

  it("reports a host fact that no host and no default gives once, at hostDefaults", () => {
    expect(problems(withSite((s) => delete s.hostDefaults.sockets))).toEqual([
      "genesys-iac:sites[0].hostDefaults.sockets: required: a whole number from 1 to 8",
    ]);
    // Given on some hosts only: the others are named.
    const some = withSite((s) => {
      delete s.hostDefaults.sockets;
      s.hosts[0].sockets = 2;
      s.hosts[1].sockets = 2;
    });
    expect(problems(some)).toEqual([
      "genesys-iac:sites[0].hosts[2].sockets: required: a whole number from 1 to 8",
    ]);
  });

  it("reports host defaults that are not an object once, not as every fact missing on every host", () => {
    expect(problems(withSite((s) => (s.hostDefaults = [1, 2])))).toEqual([
      "genesys-iac:sites[0].hostDefaults: an object with keys sockets, coresPerSocket, memoryGb, nics, bios",
    ]);
  });

  it("rejects a site without hosts and a stack without sites", () => {
    expect(problems(withSite((s) => (s.hosts = [])))).toEqual([
      expect.stringMatching(/^genesys-iac:sites\[0\]\.hosts: a list of at least one host/),
    ]);
    expect(problems(labConfigWith({ "genesys-iac:sites": [] }))).toEqual([
      expect.stringMatching(/^genesys-iac:sites: a list of at least one site/),
    ]);
    expect(problems(labConfigWith({ "genesys-iac:sites": undefined }))).toEqual([
      expect.stringMatching(/^genesys-iac:sites: a list of at least one site/),
    ]);
  });

  it("requires a vMotion address per host on vSphere, not on Docker", () => {
    const cfg = withSite((s) => delete s.hosts[2].vmotionIp);
    expect(problems(cfg)).toEqual([
      "genesys-iac:sites[0].hosts[2].vmotionIp: required: an IPv4 address for the vMotion VMkernel adapter",
    ]);
    cfg["genesys-iac:platform"] = "docker";
    expect(load(cfg).sites[0].hosts[2].vmotionIp).toBeUndefined();
  });

  it("on Docker too, refuses a vMotion address written that is no address", () => {
    const cfg = withSite((s) => (s.hosts[2].vmotionIp = "esx03-vmk1"));
    cfg["genesys-iac:platform"] = "docker";
    expect(problems(cfg)).toEqual([
      "genesys-iac:sites[0].hosts[2].vmotionIp: an IPv4 address for the vMotion VMkernel adapter",
    ]);
  });

  it("rejects a structured value that is not structured", () => {
    expect(problems(labConfigWith({ "genesys-iac:sizing": "{not json" }))).toEqual([
      "genesys-iac:sizing: a structured value (a YAML list or object in the stack file)",
    ]);
  });

  it.each(["genesys-standin", "genesys-standin:latest"])(
    "rejects the Docker image %s: no tag, or latest",
    (image) => {
      expect(problems(labConfigWith({ "genesys-iac:dockerImage": image }))).toEqual([
        "genesys-iac:dockerImage: an image pinned by an exact tag other than latest (name:tag, e.g. genesys-standin:1.0): :latest names no fixed image",
      ]);
    },
  );
});

describe("overrides", () => {
  it("sizes a role on its own and turns a pair into one standalone VM", () => {
    const cfg = withSite((s) => (s.components.urs = { pair: false }));
    cfg["genesys-iac:sizing"] = JSON.stringify({ mcp: { memoryMb: 8192 } });
    const site = load(cfg).sites[0];
    expect(site.vms.find((v) => v.name === "lab-mcp-1")!.sizing.memoryMb).toBe(8192);
    expect(site.vms.find((v) => v.name === "lab-sip-primary")!.sizing.memoryMb).toBe(4096);
    expect(site.vms.filter((v) => v.role === "urs").map((v) => [v.name, v.tier])).toEqual([
      ["lab-urs-1", "standalone"],
    ]);
    expect(site.rules.map((r) => r.name)).not.toContain("lab-urs-pair-apart");
  });
});
