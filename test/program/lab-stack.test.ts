// The lab stack (the guide's deployment on vSphere) run under Pulumi's mocks: what `pulumi up -s lab`
// would send to vCenter, checked against the guide and against the provider's real schema.
import { PlanResource } from "../../analyzer/plan-document";
import { planStack } from "../../cli/plan-stack";
import { COMPONENT, DISABLED_DEVICE_KEYS, TYPE } from "../../policies/contract";
import { checkInputs, loadSchema } from "../support/schema-values";
import { REPO } from "../support/stacks";

let resources: PlanResource[];
const of = (type: string) => resources.filter((r) => r.type === type);
const byUrn = (urn: string) => resources.find((r) => r.urn === urn)!;
const nameOf = (r: PlanResource) => r.urn.split("::").pop()!;

beforeAll(async () => {
  resources = (await planStack(REPO, "lab")).document.deployment.resources;
});

describe("VMs", () => {
  it("declares the eleven VMs of Table 3 at 4 vCPU, 4096 MB, one 40 GB disk, vmxnet3", () => {
    const vms = of(TYPE.vm);
    expect(vms).toHaveLength(11);
    for (const vm of vms) {
      expect(vm.inputs).toMatchObject({ numCpus: 4, memory: 4096 });
      expect(vm.inputs.disks).toEqual([expect.objectContaining({ size: 40 })]);
      expect(vm.inputs.networkInterfaces).toEqual([expect.objectContaining({ adapterType: "vmxnet3" })]);
    }
  });

  it("keeps the template's SCSI controller and disk provisioning, as a clone must", () => {
    for (const vm of of(TYPE.vm)) {
      expect(vm.inputs.scsiType).toBe("lsilogic-sas");
      expect(vm.inputs.disks).toEqual([
        { label: "disk0", size: 40, thinProvisioned: false, eagerlyScrub: false },
      ]);
      expect((vm.inputs.clone as { templateUuid: string }).templateUuid).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("pins no VM to a host and ignores the fields the provider always reports as changed", () => {
    for (const vm of of(TYPE.vm)) {
      expect(vm.inputs).not.toHaveProperty("hostSystemId");
      expect(vm.ignoreChanges).toEqual(["eptRviMode", "hvMode"]);
    }
  });

  it("protects the voice VMs and not the load simulator", () => {
    const unprotected = of(TYPE.vm)
      .filter((v) => !v.protect)
      .map((v) => v.inputs.name);
    expect(unprotected).toEqual(["lab-sim-1"]);
  });

  it("removes the legacy devices and has no CD-ROM", () => {
    for (const vm of of(TYPE.vm)) {
      const extra = vm.inputs.extraConfig as Record<string, string>;
      for (const key of Object.values(DISABLED_DEVICE_KEYS)) expect(extra[key]).toBe("FALSE");
      expect(vm.inputs.cdroms ?? []).toEqual([]);
    }
  });

  it("goes through the vCenter provider", () => {
    const provider = of(TYPE.vsphereProvider)[0];
    for (const vm of of(TYPE.vm)) expect(vm.provider?.split("::").slice(0, 4).join("::")).toBe(provider.urn);
  });
});

describe("rules", () => {
  const idOf = (name: string) => of(TYPE.vm).find((v) => v.inputs.name === name)!.id;

  it("keeps each pair apart with an enabled, mandatory anti-affinity rule holding exactly its two VMs", () => {
    const rules = of(TYPE.antiAffinityRule).filter((r) => r.inputs.mandatory === true);
    expect(rules.map((r) => r.inputs.name).sort()).toEqual([
      "lab-rm-pair-apart",
      "lab-sip-pair-apart",
      "lab-stat-pair-apart",
      "lab-urs-pair-apart",
    ]);
    for (const r of rules) {
      const role = String(r.inputs.name).replace(/-pair-apart$/, "");
      expect(r.inputs.enabled).toBe(true);
      expect(r.inputs.virtualMachineIds).toEqual([idOf(`${role}-primary`), idOf(`${role}-backup`)]);
      // The rule names its VMs through their ids, so a replaced VM's new id reaches the rule.
      expect(r.propertyDependencies?.virtualMachineIds).toHaveLength(2);
    }
  });

  it("spreads the MCPs with a soft rule", () => {
    const soft = of(TYPE.antiAffinityRule).filter((r) => r.inputs.mandatory === false);
    expect(soft.map((r) => [r.inputs.name, r.inputs.virtualMachineIds])).toEqual([
      ["lab-mcp-spread", [idOf("lab-mcp-1"), idOf("lab-mcp-2")]],
    ]);
  });

  it("gives every VM an HA restart priority", () => {
    const overrides = of(TYPE.haVmOverride);
    expect(overrides).toHaveLength(11);
    const sip = overrides.find((o) => o.inputs.virtualMachineId === idOf("lab-sip-primary"))!;
    expect(sip.inputs.haVmRestartPriority).toBe("highest");
  });

  it("declares should-run VM/host rules for the primaries and the backups", () => {
    expect(
      of(TYPE.vmHostRule).map((r) => [
        r.inputs.name,
        r.inputs.mandatory,
        r.inputs.vmGroupName,
        r.inputs.affinityHostGroupName,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ["lab-primaries-should-run", false, "lab-primaries", "lab-primaries-hosts"],
        ["lab-backups-should-run", false, "lab-backups", "lab-backups-hosts"],
      ]),
    );
    expect(of(TYPE.vmHostRule)).toHaveLength(2);
  });
});

describe("cluster", () => {
  it("has HA (host monitoring, one host tolerated, VM monitoring) that respects anti-affinity, and automated DRS", () => {
    const [cluster] = of(TYPE.cluster);
    expect(cluster.inputs).toMatchObject({
      name: "genesys-ha",
      haEnabled: true,
      haHostMonitoring: "enabled",
      haAdmissionControlHostFailureTolerance: 1,
      haVmMonitoring: "vmMonitoringOnly",
      haAdvancedOptions: { "das.respectVmVmAntiAffinityRules": "true" },
      drsEnabled: true,
      drsAutomationLevel: "fullyAutomated",
      dpmEnabled: false,
    });
    expect(cluster.inputs.hostSystemIds).toHaveLength(3);
  });
});

describe("networking (guide #2)", () => {
  it("puts vMotion on its own vSwitch and NICs on every host", () => {
    const vnics = of(TYPE.vnic);
    expect(vnics).toHaveLength(3);
    for (const vnic of vnics) {
      expect(vnic.inputs.services).toEqual(["vmotion"]);
      const host = byUrn(vnic.parent!);
      const switches = of(TYPE.vswitch).filter((s) => s.parent === host.urn);
      const vmotion = switches.find((s) => s.inputs.name === "vSwitch1")!;
      const vmTraffic = switches.find((s) => s.inputs.name === "vSwitch0")!;
      expect(vmotion.inputs.networkAdapters).toEqual(["vmnic2", "vmnic3"]);
      expect(vmTraffic.inputs.networkAdapters).toEqual(["vmnic0", "vmnic1"]);
      expect(vnic.inputs.portgroup).toBe("vmotion");
    }
  });
});

describe("components", () => {
  it("nests everything under the site, with child names derived from their parent's", () => {
    const site = of(COMPONENT.vsphereSite);
    expect(site.map(nameOf)).toEqual(["lab"]);
    for (const r of resources) {
      if (
        r.type === "pulumi:pulumi:Stack" ||
        r.type === TYPE.vsphereProvider ||
        r.type === COMPONENT.vsphereSite ||
        // vCenter's tag categories are one per stack, beside the sites.
        r.type === COMPONENT.vsphereTagCategories
      )
        continue;
      const parent = byUrn(r.parent!);
      expect(nameOf(r).startsWith(`${nameOf(parent)}`)).toBe(true);
    }
  });

  it("carries the declared host facts on the host components", () => {
    const hosts = of(COMPONENT.vsphereHost);
    expect(hosts).toHaveLength(3);
    expect(hosts[0].inputs.host).toMatchObject({
      threads: 32,
      memoryGb: 132,
      bios: { vt: true, ept: true, hyperThreading: true },
    });
  });
});

describe("the real provider schema (pulumi-vsphere 4.17.0)", () => {
  const schema = loadSchema();

  it("accepts every input of every vSphere resource of the lab plan", () => {
    const checked = resources.filter(
      (r) => r.custom && (r.type.startsWith("vsphere:") || r.type === TYPE.vsphereProvider),
    );
    expect(checked.length).toBeGreaterThan(40);
    const problems = checked.flatMap((r) => checkInputs(schema, r.type, nameOf(r), r.inputs));
    expect(problems).toEqual([]);
  });

  it("would catch an input the provider does not have", () => {
    const vm = of(TYPE.vm)[0];
    expect(checkInputs(schema, vm.type, "vm", { ...vm.inputs, numCPUs: 4, memory: "4096" })).toEqual([
      'vm.memory: "4096" is not an integer',
      "vm.numCPUs: not a property of the real schema",
    ]);
  });
});
