// The pack through its real interface (the spawned run-policy-pack child, over gRPC), on vSphere plans.
import type { PolicyRunner } from "../../analyzer/policy-runner";
import { COMPONENT, TYPE } from "../../policies/contract";
import { NETWORKS, SITE } from "../support/analyzer-lab";
import { UNKNOWN } from "../support/analyzer-plan-builder";
import { vsphereDoc } from "../support/analyzer-vsphere-plan";
import { asPreview, mutate, remove, setInput } from "../support/analyzer-mutators";
import { startPack } from "../support/analyzer-pack";
import { packExpectations, summary } from "../support/analyzer-expect";

let runner: PolicyRunner;
beforeAll(async () => {
  runner = await startPack();
});
afterAll(async () => {
  await runner?.close();
});

const base = vsphereDoc();
const { run, only } = packExpectations(() => runner);
const VM = (n: string) => `${SITE}-${n}`;

test("the guide-conformant vSphere site passes every policy", async () => {
  expect(summary(await run(base))).toEqual([]);
});

describe("each broken practice gives exactly its violation", () => {
  test("vm-sizing-per-genesys-guide: 2 vCPU", async () => {
    const vs = await only(
      setInput(base, TYPE.vm, VM("urs-backup"), "numCpus", 2),
      "vm-sizing-per-genesys-guide",
      "mandatory",
    );
    expect(vs).toHaveLength(1);
    expect(vs[0].message).toContain("2 vCPU");
    expect(vs[0].urn).toContain(VM("urs-backup"));
  });

  test("vm-nics-vmxnet3: an e1000 adapter", async () => {
    const doc = setInput(base, TYPE.vm, VM("mcp-1"), "networkInterfaces", [
      { networkId: "network-genesys-vms", adapterType: "e1000" },
    ]);
    expect((await only(doc, "vm-nics-vmxnet3", "mandatory"))[0].message).toContain("e1000");
  });

  test("vm-tools-upgrade-and-time-sync: manual tools upgrade, no periodic sync", async () => {
    const doc = setInput(
      setInput(base, TYPE.vm, VM("urs-primary"), "toolsUpgradePolicy", "manual"),
      TYPE.vm,
      VM("urs-primary"),
      "syncTimeWithHostPeriodically",
      false,
    );
    const [v] = await only(doc, "vm-tools-upgrade-and-time-sync", "advisory");
    expect(v.message).toMatch(/manual.*time/);
  });

  test("vm-no-legacy-devices: a CD-ROM and USB", async () => {
    let doc = setInput(base, TYPE.vm, VM("simulator-1"), "cdroms", [{ clientDevice: true }]);
    doc = setInput(doc, TYPE.vm, VM("simulator-1"), ["extraConfig", "usb.present"], undefined);
    const [v] = await only(doc, "vm-no-legacy-devices", "advisory");
    expect(v.message).toContain("cdrom");
    expect(v.message).toContain("usb");
  });

  test("vm-not-pinned-to-host: hostSystemId set", async () => {
    await only(
      setInput(base, TYPE.vm, VM("mcp-2"), "hostSystemId", "host-lab-esx-02"),
      "vm-not-pinned-to-host",
      "mandatory",
    );
  });

  test("cluster-ha-enabled: HA off", async () => {
    const [v] = await only(
      setInput(base, TYPE.cluster, `${SITE}-cluster`, "haEnabled", false),
      "cluster-ha-enabled",
      "mandatory",
    );
    expect(v.message).toContain("HA is disabled");
  });

  test("cluster-ha-enabled: admission control tolerating no host", async () => {
    const doc = setInput(base, TYPE.cluster, `${SITE}-cluster`, "haAdmissionControlPolicy", "disabled");
    await only(doc, "cluster-ha-enabled", "mandatory");
  });

  test("cluster-ha-respects-anti-affinity: advanced option missing", async () => {
    const doc = setInput(base, TYPE.cluster, `${SITE}-cluster`, "haAdvancedOptions", {});
    await only(doc, "cluster-ha-respects-anti-affinity", "mandatory");
  });

  test("cluster-drs-automated: manual DRS", async () => {
    await only(
      setInput(base, TYPE.cluster, `${SITE}-cluster`, "drsAutomationLevel", "manual"),
      "cluster-drs-automated",
      "mandatory",
    );
  });

  test("failover-capacity-single-host-loss: a small third host", async () => {
    const doc = setInput(base, COMPONENT.vsphereHost, `${SITE}-esx-03`, "host.threads", 16);
    const vs = await only(doc, "failover-capacity-single-host-loss", "mandatory");
    const text = vs.map((v) => v.message).join("\n");
    expect(text).toContain("host lab-esx-01 fails");
    expect(text).toContain("host lab-esx-02 fails");
    expect(text).toMatch(/lab-[a-z-]+-primary, lab-[a-z-]+-primary cannot be restarted/);
    expect(vs.find((v) => v.message.includes("lab-esx-01 fails"))!.urn).toContain(`${SITE}-esx-01`);
  });

  test("vmotion-network-isolated: vMotion vSwitch shares a NIC with the VM vSwitch", async () => {
    const doc = setInput(base, TYPE.vswitch, `${SITE}-esx-02-vSwitch1`, "networkAdapters", [
      "vmnic1",
      "vmnic2",
    ]);
    const [v] = await only(doc, "vmotion-network-isolated", "mandatory");
    expect(v.message).toContain("vmnic1");
  });

  test("vmotion-network-isolated: the VMkernel adapter on the VM vSwitch", async () => {
    const doc = setInput(base, TYPE.vnic, `${SITE}-esx-01-vmk1`, "portgroup", NETWORKS.vmTraffic.portGroup);
    const [v] = await only(doc, "vmotion-network-isolated", "mandatory");
    expect(v.message).toContain("vSwitch0");
  });

  test("ha-pair-anti-affinity: a pair rule that is only preferred", async () => {
    const doc = setInput(base, TYPE.antiAffinityRule, `${SITE}-sip-server-apart`, "mandatory", false);
    const vs = await only(doc, "ha-pair-anti-affinity", "mandatory");
    expect(vs).toHaveLength(1);
    expect(vs[0].message).toContain("not mandatory");
  });

  test("ha-pair-anti-affinity: a pair rule missing (failover is still absorbed)", async () => {
    const vs = await only(
      remove(base, TYPE.antiAffinityRule, `${SITE}-urs-apart`),
      "ha-pair-anti-affinity",
      "mandatory",
    );
    expect(vs.map((v) => v.message)).toEqual([expect.stringContaining("Pair lab-urs:")]);
  });

  test("mcp-vms-spread: no MCP rule", async () => {
    await only(remove(base, TYPE.antiAffinityRule, `${SITE}-mcp-spread`), "mcp-vms-spread", "advisory");
  });

  test("dependent-vms-together: a primary on another port group", async () => {
    const doc = setInput(base, TYPE.vm, VM("stat-server-primary"), "networkInterfaces", [
      { networkId: "network-other", adapterType: "vmxnet3" },
    ]);
    const [v] = await only(doc, "dependent-vms-together", "advisory");
    expect(v.message).toContain("share no port group");
  });

  test("dependent-vms-together: backups neither in an affinity rule nor bound to a host group", async () => {
    let doc = remove(base, TYPE.affinityRule, `${SITE}-backup-together`);
    doc = remove(doc, TYPE.vmHostRule, `${SITE}-backup-should-run`);
    const [v] = await only(doc, "dependent-vms-together", "advisory");
    expect(v.message).toContain("backup VMs");
  });

  test("addp-timeout-max: a 10 s ADDP timeout", async () => {
    const doc = setInput(
      base,
      TYPE.vm,
      VM("sip-server-primary"),
      ["extraConfig", "guestinfo.genesys.addp.timeout"],
      "10",
    );
    expect((await only(doc, "addp-timeout-max", "advisory"))[0].message).toContain("10 s");
  });

  test("host-bios-virtualization: EPT off", async () => {
    const doc = setInput(base, COMPONENT.vsphereHost, `${SITE}-esx-02`, "host.bios.ept", false);
    expect((await only(doc, "host-bios-virtualization", "advisory"))[0].message).toContain("EPT");
  });

  test("vcenter-password-not-plaintext: a plain-text password", async () => {
    await only(
      setInput(base, TYPE.vsphereProvider, "vcenter", "password", "hunter2"),
      "vcenter-password-not-plaintext",
      "mandatory",
    );
  });

  test("vcenter-password-not-plaintext: absent (VSPHERE_PASSWORD) is fine", async () => {
    expect(
      summary(await run(setInput(base, TYPE.vsphereProvider, "vcenter", "password", undefined))),
    ).toEqual([]);
  });

  test("voice-vms-protected: one VM unprotected", async () => {
    const doc = mutate(base, TYPE.vm, VM("rm-primary"), (r) => (r.protect = false));
    await only(doc, "voice-vms-protected", "advisory");
  });
});

describe("preview: values unknown until the update", () => {
  test("rule members known only through propertyDependencies: no violation", async () => {
    const vs = await run(asPreview(base));
    expect(summary(vs)).toEqual([]);
  });

  test("a broken rule is still found in a preview", async () => {
    const doc = asPreview(setInput(base, TYPE.antiAffinityRule, `${SITE}-rm-apart`, "enabled", false));
    await only(doc, "ha-pair-anti-affinity", "mandatory");
  });

  test("unknown sizes, adapters, devices and cluster settings: no crash, no false violation", async () => {
    let doc = asPreview(base);
    for (const [path, v] of [
      ["numCpus", UNKNOWN],
      ["memory", UNKNOWN],
      ["disks", UNKNOWN],
      ["networkInterfaces", UNKNOWN],
      ["extraConfig", UNKNOWN],
      ["toolsUpgradePolicy", UNKNOWN],
      ["hostSystemId", undefined],
    ] as const)
      doc = setInput(doc, TYPE.vm, VM("sip-server-primary"), path, v);
    doc = setInput(doc, TYPE.cluster, `${SITE}-cluster`, "haAdvancedOptions", UNKNOWN);
    doc = setInput(doc, TYPE.cluster, `${SITE}-cluster`, "haEnabled", UNKNOWN);
    doc = setInput(doc, TYPE.vswitch, `${SITE}-esx-01-vSwitch1`, "networkAdapters", UNKNOWN);
    doc = setInput(doc, COMPONENT.vsphereHost, `${SITE}-esx-01`, "host", UNKNOWN);
    doc = setInput(doc, TYPE.vsphereProvider, "vcenter", "password", UNKNOWN);
    expect(summary(await run(doc))).toEqual([]);
  });

  test("rule ids unknown and no propertyDependencies: nothing concluded, no violation", async () => {
    const doc = asPreview(base);
    for (const r of doc.deployment.resources) delete r.propertyDependencies;
    expect(summary(await run(doc))).toEqual([]);
  });
});
