// The normalizers alone: one view for a vSphere resource and its Docker stand-in.
import { TYPE, COMPONENT } from "../../policies/contract";
import { normalizeCluster } from "../../policies/normalize/cluster";
import { normalizeHost } from "../../policies/normalize/host";
import type { RawResource } from "../../policies/normalize/resource";
import { normalizeRule } from "../../policies/normalize/rule";
import { buildStackView } from "../../policies/normalize/stack";
import { normalizeSwitches } from "../../policies/normalize/switch";
import { UNKNOWN, plain } from "../../policies/normalize/values";
import { normalizeVm } from "../../policies/normalize/vm";
import { dockerDoc } from "../support/analyzer-docker-plan";
import { UNKNOWN as WIRE_UNKNOWN } from "../support/analyzer-plan-builder";
import { vsphereDoc } from "../support/analyzer-vsphere-plan";
import { find } from "../support/analyzer-mutators";
import type { PlanResource } from "../../analyzer/plan-document";

const raw = (r: PlanResource): RawResource => ({
  urn: r.urn,
  type: r.type,
  name: r.urn.split("::").pop()!,
  props: r.inputs,
  parentUrn: r.parent,
  providerUrn: r.provider?.slice(0, r.provider.lastIndexOf("::")),
  propertyDependencies: r.propertyDependencies ?? {},
  protect: r.protect === true,
});
const vs = vsphereDoc();
const dk = dockerDoc();

test("a VirtualMachine and its container give the same VM view", () => {
  const a = normalizeVm(raw(find(vs, TYPE.vm, "lab-sip-server-primary")))!;
  const b = normalizeVm(raw(find(dk, TYPE.container, "lab-sip-server-primary")))!;
  const same = (v: typeof a) => ({
    name: v.name,
    site: v.site,
    role: v.role,
    tier: v.tier,
    pair: v.pair,
    cpus: v.cpus,
    memoryMb: v.memoryMb,
    disksGb: v.disksGb,
    adapterTypes: v.adapterTypes,
    toolsUpgradePolicy: v.toolsUpgradePolicy,
    timeSync: v.timeSync,
    legacyDevices: v.legacyDevices,
    addpTimeout: v.addpTimeout,
    addpRemoteTimeout: v.addpRemoteTimeout,
    pinnedHost: v.pinnedHost,
    protect: v.protect,
  });
  expect(same(a)).toEqual(same(b));
  expect(same(a)).toMatchObject({
    cpus: 4,
    memoryMb: 4096,
    disksGb: [40],
    adapterTypes: ["vmxnet3"],
    legacyDevices: [],
    addpTimeout: 4,
  });
  expect(a.platform).toBe("vsphere");
  expect(b.platform).toBe("docker");
  expect(b.engine).toContain("pulumi:providers:docker");
});

test("provider defaults apply to absent VM inputs", () => {
  const r = raw(find(vs, TYPE.vm, "lab-mcp-1"));
  const { toolsUpgradePolicy: _t, extraConfig: _e, ...rest } = r.props;
  const vm = normalizeVm({ ...r, props: { ...rest, networkInterfaces: [{ networkId: "n" }] } })!;
  expect(vm.adapterTypes).toEqual(["vmxnet3"]);
  expect(vm.toolsUpgradePolicy).toBe("manual");
  expect(vm.legacyDevices).toEqual(["floppy", "serial", "parallel", "usb", "usbEhci", "usbXhci"]);
  expect(vm.addpTimeout).toBeUndefined();
});

test("unknown inputs become UNKNOWN, never a wrong value", () => {
  const r = raw(find(vs, TYPE.vm, "lab-mcp-1"));
  const vm = normalizeVm({
    ...r,
    props: { ...r.props, numCpus: WIRE_UNKNOWN, disks: WIRE_UNKNOWN, hostSystemId: WIRE_UNKNOWN },
  })!;
  expect(vm.cpus).toBe(UNKNOWN);
  expect(vm.disksGb).toBe(UNKNOWN);
  expect(vm.pinnedHost).toBe("(known after apply)");
});

test("plain() copies from under a throwing proxy without tripping it", () => {
  const target = { a: 1, b: WIRE_UNKNOWN };
  const proxy = new Proxy(target, {
    get: (o, k) => {
      if ((o as Record<string | symbol, unknown>)[k] === WIRE_UNKNOWN) throw new Error("unknown read");
      return (o as Record<string | symbol, unknown>)[k];
    },
  });
  expect(plain(proxy)).toEqual({ a: 1, b: WIRE_UNKNOWN });
});

test("cluster view: the ComputeCluster and a container's HA stand-in", () => {
  const c = normalizeCluster(raw(find(vs, TYPE.cluster, "lab-cluster")))!;
  expect(c).toMatchObject({
    haEnabled: true,
    hostMonitoring: true,
    hostFailuresTolerated: 1,
    vmMonitoring: true,
    respectAntiAffinityOnRestart: true,
    drsEnabled: true,
    drsAutomationLevel: "fullyAutomated",
  });
  const d = normalizeCluster(raw(find(dk, TYPE.container, "lab-urs-backup")))!;
  expect(d).toMatchObject({ platform: "docker", haEnabled: true, vmMonitoring: true });
  expect(d.drsEnabled).toBeUndefined();
});

test("host view from the Host component, on both platforms", () => {
  for (const [doc, type] of [
    [vs, COMPONENT.vsphereHost],
    [dk, COMPONENT.dockerHost],
  ] as const) {
    const h = normalizeHost(raw(find(doc, type, "lab-esx-02")))!;
    expect(h).toMatchObject({
      site: "lab",
      name: "lab-esx-02",
      threads: 32,
      memoryGb: 132,
      bios: { vt: true, ept: true, hyperThreading: true },
    });
  }
});

test("switch view: vMotion on its own vSwitch, VM traffic on the other; the Docker vMotion network", () => {
  const sws = normalizeSwitches(vs.deployment.resources.map(raw)).filter((s) =>
    s.host.endsWith("lab-esx-01"),
  );
  expect(sws.map((s) => [s.name, s.nics, s.vmotion])).toEqual([
    ["vSwitch0", ["vmnic0", "vmnic1"], false],
    ["vSwitch1", ["vmnic2", "vmnic3"], true],
  ]);
  expect(sws[1].portGroups).toEqual([{ name: "vMotion", vmkernelServices: ["vmotion"], vmTraffic: false }]);
  const nets = normalizeSwitches(dk.deployment.resources.map(raw)).filter((s) => s.vmotion === true);
  expect(nets).toHaveLength(3);
  expect(nets.every((n) => n.internal === true)).toBe(true);
});

test("rule members: the deployed ids first; the dependencies (a bound) only when the ids are unknown", () => {
  const r = raw(find(vs, TYPE.antiAffinityRule, "lab-urs-apart"));
  const urns = r.propertyDependencies.virtualMachineIds;
  const index = {
    urnById: (id: string) => (id === "lab-urs-primary-id" ? urns[0] : undefined),
    isVm: (urn: string) => urns.includes(urn),
  };
  // Known ids, one of them a VM of the stack: exactly what vCenter holds.
  expect(normalizeRule(r, index)).toMatchObject({ members: [urns[0], "lab-urs-backup-id"], exact: true });
  // Ids unknown (a preview): the VMs they are computed from, as a bound.
  const preview = { ...r, props: { ...r.props, virtualMachineIds: WIRE_UNKNOWN } };
  expect(normalizeRule(preview, index)).toMatchObject({ members: urns, exact: false });
  // A list of two unknown ids from two VMs: one each, exact.
  const perVm = { ...r, props: { ...r.props, virtualMachineIds: [WIRE_UNKNOWN, WIRE_UNKNOWN] } };
  expect(normalizeRule(perVm, index)).toMatchObject({ members: urns, exact: true });
  // Nothing known at all.
  expect(normalizeRule({ ...preview, propertyDependencies: {} }, index)!.members).toBe(UNKNOWN);
  expect(normalizeRule(r)).toMatchObject({ kind: "antiAffinity", enabled: true, mandatory: true });
});

test("stack view joins each VM to its model facts", () => {
  const view = buildStackView(vs.deployment.resources.map(raw));
  expect(view.vms).toHaveLength(11);
  expect(view.hosts).toHaveLength(3);
  const p = view.vms.find((v) => v.name === "lab-sip-server-primary")!;
  expect(p).toMatchObject({
    intendedHost: "lab-esx-01",
    model: { cpus: 4 },
    site: "lab",
    pair: "lab-sip-server",
  });
});
