// The disruption rule table, one provider behaviour per test (terraform-provider-vsphere's
// vsphere_virtual_machine; terraform-provider-docker's container for the stand-in).
import { compareValues } from "../../cli/diff";
import { vmImpact } from "../../model/disruption";
import { TYPE } from "../../policies/contract";

type Inputs = Record<string, unknown>;
const judge = (base: Inputs, head: Inputs, type: string = TYPE.vm) =>
  vmImpact(type, base, head, compareValues("", base, head));

const VM: Inputs = {
  name: "lab-sip-backup",
  numCpus: 4,
  memory: 4096,
  cpuHotAddEnabled: false,
  memoryHotAddEnabled: false,
  extraConfig: { "guestinfo.genesys.addp.timeout": "4", "usb.present": "FALSE" },
  extraConfigRebootRequired: false,
  clone: { templateUuid: "uuid-1" },
  disks: [{ label: "disk0", size: 40, thinProvisioned: true }],
  networkInterfaces: [{ networkId: "network-1", adapterType: "vmxnet3" }],
};
const withVm = (change: Inputs, base: Inputs = VM): Inputs => ({ ...base, ...change });

describe("expandMemorySizeConfig: memory", () => {
  it("an increase with memory hot add off is a restart", () => {
    const r = judge(VM, withVm({ memory: 8192 }))!;
    expect(r.impact).toBe("restart");
    expect(r.reasons).toEqual([
      "memory 4096 -> 8192: restart, an increase with memory hot add off [expandMemorySizeConfig]",
    ]);
  });
  it("an increase with memory hot add on (before the change) is online", () => {
    const on = withVm({ memoryHotAddEnabled: true });
    expect(judge(on, withVm({ memory: 8192 }, on))!.impact).toBe("online");
  });
  it("hot add turned on in the same change: the provider reads the old value, and the toggle itself restarts", () => {
    const r = judge(VM, withVm({ memory: 8192, memoryHotAddEnabled: true }))!;
    expect(r.impact).toBe("restart");
    expect(r.reasons.join("\n")).toContain("memoryHotAddEnabled false -> true: restart");
  });
  it("a decrease is a restart even with hot add on", () => {
    const on = withVm({ memoryHotAddEnabled: true });
    expect(judge(on, withVm({ memory: 2048 }, on))!.reasons[0]).toContain("restart, a decrease");
  });
});

describe("expandCPUCountConfig: numCpus", () => {
  it("an increase follows CPU hot add; a decrease follows CPU hot remove", () => {
    expect(judge(VM, withVm({ numCpus: 8 }))!.impact).toBe("restart");
    const on = withVm({ cpuHotAddEnabled: true });
    expect(judge(on, withVm({ numCpus: 8 }, on))!.impact).toBe("online");
    expect(judge(on, withVm({ numCpus: 2 }, on))!.reasons[0]).toContain("a decrease with CPU hot remove off");
  });
});

describe("expandExtraConfig: extraConfig", () => {
  const addp = (v: string, flag?: boolean) =>
    withVm({
      extraConfig: { "guestinfo.genesys.addp.timeout": v, "usb.present": "FALSE" },
      extraConfigRebootRequired: flag,
    });
  it("a guestinfo change with extraConfigRebootRequired false is online", () => {
    const r = judge(VM, addp("3", false))!;
    expect(r.impact).toBe("online");
    expect(r.reasons[0]).toContain("the guest reads guestinfo through VMware Tools [expandExtraConfig]");
  });
  it("with the flag unset (the provider's default, true) any change is a restart", () => {
    const old = withVm({ extraConfigRebootRequired: undefined });
    expect(judge(old, addp("3", undefined))!.impact).toBe("restart");
  });
  it("the provider reads the NEW flag: setting it false in the same change keeps the VM running", () => {
    const old = withVm({ extraConfigRebootRequired: undefined });
    expect(judge(old, addp("3", false))!.impact).toBe("online");
  });
  it("a device key is written live and takes effect at the next power cycle", () => {
    const head = withVm({ extraConfig: { ...(VM.extraConfig as Inputs), "floppy0.present": "FALSE" } });
    const r = judge(VM, head)!;
    expect(r.impact).toBe("online");
    expect(r.reasons[0]).toContain("takes effect at the next power cycle");
  });
});

describe("resourceVSphereVirtualMachineCustomizeDiff: clone", () => {
  it("a new template is a replacement (every clone.0.* key is ForceNew)", () => {
    const r = judge(VM, withVm({ clone: { templateUuid: "uuid-2" } }))!;
    expect(r.impact).toBe("replace");
    expect(r.reasons[0]).toContain("[resourceVSphereVirtualMachineCustomizeDiff]");
  });
  it("the clone timeout alone is not", () => {
    expect(judge(VM, withVm({ clone: { templateUuid: "uuid-1", timeout: 60 } }))!.impact).toBe("online");
  });
});

describe("devices", () => {
  it("DiskSubresource: a disk grows online and cannot shrink (refused at preview)", () => {
    expect(judge(VM, withVm({ disks: [{ label: "disk0", size: 60, thinProvisioned: true }] }))!.impact).toBe(
      "online",
    );
    const shrink = judge(VM, withVm({ disks: [{ label: "disk0", size: 20, thinProvisioned: true }] }))!;
    expect(shrink.refused).toBe(true);
    expect(shrink.reasons[0]).toContain("virtual disks cannot be shrunk (DiskSubresource.DiffExisting)");
  });
  it("NetworkInterfaceSubresource.Update: a new adapter type re-creates the NIC (restart at worst)", () => {
    const r = judge(VM, withVm({ networkInterfaces: [{ networkId: "network-1", adapterType: "e1000" }] }))!;
    expect(r.impact).toBe("restart");
    expect(
      judge(VM, withVm({ networkInterfaces: [{ networkId: "network-2", adapterType: "vmxnet3" }] }))!.impact,
    ).toBe("online");
  });
  it("applyVirtualDevices: a changed SCSI bus type is a restart", () => {
    expect(judge(VM, withVm({ scsiType: "lsilogic-sas" }))!.impact).toBe("restart");
  });
});

describe("settings of the provider only, and defaults", () => {
  it("shutdownWaitTimeout and forcePowerOff change nothing on the VM", () => {
    const r = judge(VM, withVm({ shutdownWaitTimeout: 5, forcePowerOff: false }))!;
    expect(r.impact).toBe("online");
    expect(r.reasons[0]).toContain("nothing is sent to vCenter");
  });
  it("an input newly written as the provider's default is no change at all", () => {
    const { cpuHotAddEnabled: _c, memoryHotAddEnabled: _m, ...unset } = VM;
    expect(judge(unset, VM)).toBeUndefined();
  });
  it("an input with no rule is treated as a power cycle, and says so", () => {
    expect(judge(VM, withVm({ someFutureInput: 1 }))!.reasons[0]).toContain("no rule for this property");
  });
});

describe("the Docker stand-in (terraform-provider-docker container)", () => {
  const C: Inputs = {
    name: "dev-sip-backup",
    memory: 4096,
    cpuShares: 4096,
    labels: [{ label: "a", value: "1" }],
  };
  it("resourceDockerContainerUpdate: memory and CPU shares change on the running container", () => {
    expect(judge(C, { ...C, memory: 8192, cpuShares: 8192 }, TYPE.container)!.impact).toBe("online");
  });
  it("everything else is ForceNew: labels give a new container", () => {
    const r = judge(C, { ...C, labels: [{ label: "a", value: "2" }] }, TYPE.container)!;
    expect(r.impact).toBe("replace");
    expect(r.reasons[0]).toContain("ForceNew");
  });
});
