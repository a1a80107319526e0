import { clusterSpec, vmResourceOptions, vmSpec } from "../../model/vsphere-spec";
import { loadDeployment } from "../../model/config";
import { DISABLED_DEVICE_KEYS, GUESTINFO } from "../../policies/contract";
import { stackConfig } from "../support/stacks";

const d = loadDeployment({ ...stackConfig("lab"), stack: "lab" });
const site = d.sites[0];
const primary = site.vms.find((v) => v.name === "lab-sip-primary")!;
const simulator = site.vms.find((v) => v.role === "simulator")!;

describe("clusterSpec", () => {
  const c = clusterSpec(site.cluster);
  it("turns HA on with host and VM monitoring and one host failure tolerated", () => {
    expect(c).toMatchObject({
      haEnabled: true,
      haHostMonitoring: "enabled",
      haAdmissionControlPolicy: "resourcePercentage",
      haAdmissionControlHostFailureTolerance: 1,
      haVmMonitoring: "vmMonitoringOnly",
    });
  });
  it("makes HA respect the anti-affinity rules on restart (guide #10)", () => {
    expect(c.haAdvancedOptions).toEqual({ "das.respectVmVmAntiAffinityRules": "true" });
  });
  it("runs DRS fully automated and sets DPM explicitly", () => {
    expect(c).toMatchObject({
      drsEnabled: true,
      drsAutomationLevel: "fullyAutomated",
      dpmEnabled: false,
      dpmAutomationLevel: "manual",
    });
  });
});

describe("vmSpec", () => {
  const s = vmSpec(primary, d.vsphere, d.genesys);
  it("sizes the VM as Table 3 and uses vmxnet3", () => {
    expect(s).toMatchObject({ numCpus: 4, memory: 4096, adapterType: "vmxnet3" });
    // Provisioning is left to the template (a clone must keep it): see the lab stack test.
    expect(s.disks).toEqual([{ label: "disk0", size: 40 }]);
  });
  it("changes guestinfo without a power cycle, and shuts the guest down gracefully when one is needed", () => {
    expect(s).toMatchObject({
      extraConfigRebootRequired: false,
      shutdownWaitTimeout: 5,
      forcePowerOff: false,
      cpuHotAddEnabled: false,
      memoryHotAddEnabled: false,
    });
  });
  it("takes hot add per role and the power-cycle settings from the config", () => {
    const config = {
      ...stackConfig("lab").config,
      "genesys-iac:sizing": JSON.stringify({ mcp: { memoryHotAdd: true, cpuHotAdd: true } }),
      "genesys-iac:shutdownWaitMinutes": "8",
      "genesys-iac:forcePowerOff": "true",
    };
    const dd = loadDeployment({ config, stack: "lab", secretKeys: stackConfig("lab").secretKeys });
    const vms = dd.sites[0].vms;
    const mcp = vmSpec(
      vms.find((v) => v.role === "mcp")!,
      dd.vsphere,
      dd.genesys,
    );
    expect(mcp).toMatchObject({ cpuHotAddEnabled: true, memoryHotAddEnabled: true, shutdownWaitTimeout: 8 });
    expect(mcp.forcePowerOff).toBe(true);
    const sip = vmSpec(
      vms.find((v) => v.role === "sipServer")!,
      dd.vsphere,
      dd.genesys,
    );
    expect(sip).toMatchObject({ cpuHotAddEnabled: false, memoryHotAddEnabled: false });
  });
  it("keeps VMware Tools current and the clock in sync (guide #4)", () => {
    expect(s).toMatchObject({
      toolsUpgradePolicy: "upgradeAtPowerCycle",
      syncTimeWithHost: true,
      syncTimeWithHostPeriodically: true,
    });
  });
  it("disables COM, LPT, USB and floppy (guide #7) and has no CD-ROM", () => {
    for (const key of Object.values(DISABLED_DEVICE_KEYS)) expect(s.extraConfig[key]).toBe("FALSE");
    expect(s).not.toHaveProperty("cdroms");
  });
  it("carries role, pair and ADDP at 4 s in guestinfo (guide #8)", () => {
    expect(s.extraConfig).toMatchObject({
      [GUESTINFO.role]: "sipServer",
      [GUESTINFO.tier]: "primary",
      [GUESTINFO.pair]: "lab-sip",
      [GUESTINFO.addpTimeout]: "4",
      [GUESTINFO.addpRemoteTimeout]: "4",
    });
  });
  it("never pins the VM to a host", () => {
    expect(s).not.toHaveProperty("hostSystemId");
  });
  it("leaves the pair key out for a standalone VM", () => {
    expect(vmSpec(simulator, d.vsphere, d.genesys).extraConfig).not.toHaveProperty(GUESTINFO.pair);
  });
});

describe("vmResourceOptions", () => {
  it("ignores the fields the provider reports as changed on every read", () => {
    expect(vmResourceOptions(primary, "vsphere").ignoreChanges).toEqual(["eptRviMode", "hvMode"]);
    expect(vmResourceOptions(primary, "docker").ignoreChanges).toEqual([]);
  });
  it("deletes before replacing, as VM and container names are unique", () => {
    expect(vmResourceOptions(primary, "vsphere").deleteBeforeReplace).toBe(true);
  });
  it("protects the voice VMs from config, not the simulator", () => {
    expect(vmResourceOptions(primary, "vsphere").protect).toBe(true);
    expect(vmResourceOptions(simulator, "vsphere").protect).toBe(false);
  });
});
