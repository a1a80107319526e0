// Genesys rules judge Genesys VMs alone; generic VMware rules judge every VM. In process, on the
// lab's real plan and on exports of ordinary programs.
import { COMPONENT, GUESTINFO, TAG_CATEGORY, TYPE } from "../../policies/contract";
import { addpTimeout } from "../../policies/genesys";
import {
  vmNicsVmxnet3,
  vmNoLegacyDevices,
  vmNotPinned,
  vmSizing,
  vmToolsAndTimeSync,
} from "../../policies/vm";
import { dockerHardened, voiceVmsProtected } from "../../policies/platform";
import { clusterHa } from "../../policies/cluster";
import { pairAntiAffinity } from "../../policies/placement";
import { vmGuestIdentity } from "../../policies/guest-identity";
import { copy, named, ofType, ordinaryProgram, topLevel } from "../support/export-shapes";
import { deployedState, labPlan, runPolicies, runPolicy, stackPlan } from "../support/policy-harness";
import type { PlanDocument, PlanResource } from "../../analyzer/plan-document";

const GENESYS_ONLY = [
  vmSizing,
  vmToolsAndTimeSync,
  addpTimeout,
  voiceVmsProtected,
  pairAntiAffinity,
  vmGuestIdentity,
];
const GENERIC_VM = [vmNicsVmxnet3, vmNoLegacyDevices, vmNotPinned];

const kubernetes = () =>
  ordinaryProgram("k8s-cluster", [
    { name: "k8s-cp-1", cpus: 2, memoryMb: 4096, disksGb: [50, 100] },
    { name: "k8s-worker-1", cpus: 2, memoryMb: 8192, disksGb: [50, 200] },
    { name: "k8s-worker-2", cpus: 2, memoryMb: 8192, disksGb: [50, 200] },
  ]);
const testVm = () =>
  ordinaryProgram("test-vm", [{ name: "test-vm-01", cpus: 2, memoryMb: 2048, disksGb: [20, 20] }]);

describe("ordinary programs: only the generic rules, and right", () => {
  test.each([
    ["Kubernetes nodes", kubernetes],
    ["a test VM with 2 disks and 2 vCPU", testVm],
  ])("%s pass every Genesys-only rule and every generic VM rule", async (_what, make) => {
    const doc = deployedState(make());
    expect(await runPolicies([...GENESYS_ONLY, ...GENERIC_VM], doc)).toEqual([]);
  });

  test("a generic rule still judges them: an e1000 adapter", async () => {
    const doc = copy(testVm());
    const vm = ofType(doc, TYPE.vm)[0];
    vm.inputs.networkInterfaces = [{ networkId: "network-15", adapterType: "e1000" }];
    vm.outputs.networkInterfaces = [
      { networkId: "network-15", adapterType: "e1000", macAddress: "00:50:56:aa:bb:00" },
    ];
    const found = await runPolicy(vmNicsVmxnet3, deployedState(doc));
    expect(found.map((f) => f.message)).toEqual(["VM test-vm-01 has adapter type e1000; use vmxnet3."]);
  });

  test("a VM built from scratch has no legacy device; a declared CD-ROM is one", async () => {
    const doc = ordinaryProgram("p", [
      { name: "with-cd", cpus: 1, memoryMb: 1024, disksGb: [10], cdrom: true },
    ]);
    const found = await runPolicy(vmNoLegacyDevices, deployedState(doc));
    expect(found.map((f) => f.message)).toEqual(["VM with-cd still has: cdrom."]);
  });
});

test("another program's Docker containers are no VMs: no VM, HA or stand-in rule judges them", async () => {
  const doc = await stackPlan("dev");
  const [stack] = doc.deployment.resources;
  const stand = ofType(doc, TYPE.container)[0];
  const declared = {
    name: "web",
    image: "nginx:1.27",
    ports: [{ internal: 80, external: 8080 }],
    restart: "no",
  };
  const web: PlanResource = {
    ...stand,
    urn: stand.urn.replace(/::[^:]+$/, "::web").replace("genesys:docker:GenesysVm$", ""),
    parent: stack.urn,
    inputs: declared,
    outputs: declared,
  };
  const doc2 = { ...doc, deployment: { ...doc.deployment, resources: [stack, web] } };
  expect(await runPolicies([...GENESYS_ONLY, ...GENERIC_VM, clusterHa, dockerHardened], doc2)).toEqual([]);
});

/** A Genesys site beside other VMs: the lab plan plus a jump host and a database VM. */
async function labWithOthers(): Promise<PlanDocument> {
  const lab = await labPlan();
  const others = ordinaryProgram("genesys-iac", [
    { name: "jump-01", cpus: 2, memoryMb: 2048, disksGb: [40] },
    { name: "cfg-db-01", cpus: 8, memoryMb: 16384, disksGb: [100, 500] },
  ]);
  const vms = ofType(others, TYPE.vm).map((r) => ({ ...r, urn: r.urn.replace("prod::", "lab::") }));
  lab.deployment.resources.push(...vms);
  return lab;
}

describe("a Genesys site with other VMs beside it", () => {
  test("the lab's real plan passes; the other VMs are left to the generic rules", async () => {
    const doc = await labWithOthers();
    expect(await runPolicies([...GENESYS_ONLY, ...GENERIC_VM], doc)).toEqual([]);
  });

  test("a Genesys VM is known by its guestinfo role key even at the top level, with no component", async () => {
    const doc = topLevel(await labPlan());
    expect(ofType(doc, COMPONENT.vsphereVm)).toEqual([]);
    const vm = named(doc, TYPE.vm, "::lab-urs-backup");
    vm.inputs.numCpus = 2;
    vm.outputs.numCpus = 2;
    const found = await runPolicy(vmSizing, deployedState(doc));
    expect(found.map((f) => f.message)).toEqual(["VM lab-urs-backup has 2 vCPU (at least 4)."]);
  });

  test("...and by its GenesysVm component when the role key is missing", async () => {
    const doc = await labPlan();
    const vm = named(doc, TYPE.vm, "::lab-urs-backup");
    for (const side of [vm.inputs, vm.outputs]) {
      const extra = side.extraConfig as Record<string, string>;
      delete extra[GUESTINFO.role];
      side.numCpus = 2;
    }
    const found = await runPolicy(vmSizing, doc);
    expect(found.map((f) => f.urn)).toEqual([vm.urn]);
  });
});

describe("vSphere tags and the name pattern", () => {
  /** The test VM tagged `sipServer` in a category named as the contract says (any case). */
  function tagged(categoryName: string): PlanDocument {
    const doc = copy(testVm());
    const [stack] = doc.deployment.resources;
    const base = stack.urn.slice(0, stack.urn.lastIndexOf("pulumi:pulumi:Stack"));
    const category: PlanResource = {
      urn: `${base}${TYPE.tagCategory}::role`,
      type: TYPE.tagCategory,
      custom: true,
      id: "urn:vmomi:InventoryServiceCategory:1:GLOBAL",
      parent: stack.urn,
      inputs: { name: categoryName, cardinality: "SINGLE", associableTypes: ["VirtualMachine"] },
      outputs: { name: categoryName, cardinality: "SINGLE", associableTypes: ["VirtualMachine"] },
      dependencies: [],
    };
    const tag: PlanResource = {
      urn: `${base}${TYPE.tag}::sip`,
      type: TYPE.tag,
      custom: true,
      id: "urn:vmomi:InventoryServiceTag:2:GLOBAL",
      parent: stack.urn,
      inputs: { name: "sipServer", categoryId: category.id },
      outputs: { name: "sipServer", categoryId: category.id },
      dependencies: [category.urn],
      propertyDependencies: { categoryId: [category.urn] },
    };
    const vm = ofType(doc, TYPE.vm)[0];
    vm.inputs.tags = [tag.id];
    vm.outputs.tags = [tag.id];
    vm.dependencies = [tag.urn];
    vm.propertyDependencies = { tags: [tag.urn] };
    doc.deployment.resources.push(category, tag);
    return doc;
  }

  test(`a VM tagged in category ${TAG_CATEGORY.role} (any case) is a Genesys VM`, async () => {
    for (const name of [TAG_CATEGORY.role, TAG_CATEGORY.role.toUpperCase()]) {
      const found = await runPolicy(vmSizing, deployedState(tagged(name)));
      expect(found.map((f) => f.message)).toEqual([
        "VM test-vm-01 has 2 vCPU (at least 4), 2048 MB of memory (at least 4096), a 20 GB disk (at least 40), 2 disks (at most 1).",
      ]);
    }
  });

  test("a tag of another category does not make a Genesys VM", async () => {
    expect(await runPolicy(vmSizing, deployedState(tagged("owner")))).toEqual([]);
  });

  test("genesysVmNamePattern brings a stack made elsewhere into scope", async () => {
    const doc = deployedState(kubernetes());
    const found = await runPolicy(vmSizing, doc, { genesysVmNamePattern: "^k8s-worker-" });
    expect(found.map((f) => f.urn.split("::").pop())).toEqual(["k8s-worker-1", "k8s-worker-2"]);
    const bad = await runPolicy(vmSizing, doc, { genesysVmNamePattern: "(" });
    expect(bad.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Policy config genesysVmNamePattern: "\(" is not a regular expression/),
    ]);
  });
});
