// Documents shaped like real `pulumi stack export`s, made from a plan: outputs that differ from the
// inputs (as after `pulumi refresh`), resources declared at the top level by a program without
// components, rule members that come from one `apply`, and ordinary non-Genesys programs.
import type { PlanDocument, PlanResource } from "../../analyzer/plan-document";
import { TYPE } from "../../policies/contract";

const STACK_TYPE = "pulumi:pulumi:Stack";

export function copy(doc: PlanDocument): PlanDocument {
  return JSON.parse(JSON.stringify(doc)) as PlanDocument;
}

/** The resources of a type, by the name their URN ends with (a suffix of it). */
export function named(doc: PlanDocument, type: string, suffix: string): PlanResource {
  const hits = doc.deployment.resources.filter((r) => r.type === type && r.urn.endsWith(suffix));
  if (hits.length !== 1) throw new Error(`${hits.length} ${type} ending with ${suffix}`);
  return hits[0];
}

export function ofType(doc: PlanDocument, type: string): PlanResource[] {
  return doc.deployment.resources.filter((r) => r.type === type);
}

/** What vCenter reports after a change made outside Pulumi: the output changes, the input stays. */
export function drift(doc: PlanDocument, r: PlanResource, key: string, value: unknown): PlanDocument {
  const out = copy(doc);
  const target = out.deployment.resources.find((x) => x.urn === r.urn)!;
  target.outputs = { ...target.outputs, [key]: value };
  return out;
}

/** Sets an input and its output alike (a change in the program). */
export function declare(doc: PlanDocument, r: PlanResource, key: string, value: unknown): PlanDocument {
  const out = copy(doc);
  const target = out.deployment.resources.find((x) => x.urn === r.urn)!;
  if (value === undefined) {
    delete target.inputs[key];
    delete target.outputs[key];
  } else {
    target.inputs = { ...target.inputs, [key]: value };
    target.outputs = { ...target.outputs, [key]: value };
  }
  return out;
}

/**
 * The same stack as a program with no components would declare it: every custom resource at the
 * top level (URN `stack::project::type::name`, parent the stack), the components gone.
 */
export function topLevel(doc: PlanDocument): PlanDocument {
  const out = copy(doc);
  const stack = out.deployment.resources.find((r) => r.type === STACK_TYPE)!;
  const prefix = stack.urn.slice(0, stack.urn.indexOf("::", stack.urn.indexOf("::") + 2) + 2);
  const renamed = new Map<string, string>();
  for (const r of out.deployment.resources) {
    if (r.type === STACK_TYPE || !r.custom) continue;
    renamed.set(r.urn, `${prefix}${r.type}::${r.urn.split("::").pop()}`);
  }
  const map = (u: string) => renamed.get(u) ?? u;
  const kept = out.deployment.resources.filter((r) => r.type === STACK_TYPE || r.custom);
  for (const r of kept) {
    if (r.type === STACK_TYPE) continue;
    r.urn = map(r.urn);
    r.parent = stack.urn;
    r.dependencies = (r.dependencies ?? [])
      .map(map)
      .filter((u) => kept.some((k) => k.urn === u || renamed.get(u)));
    for (const [k, v] of Object.entries(r.propertyDependencies ?? {}))
      r.propertyDependencies![k] = v.map(map);
    if (r.provider) {
      const i = r.provider.lastIndexOf("::");
      r.provider = `${map(r.provider.slice(0, i))}${r.provider.slice(i)}`;
    }
  }
  out.deployment.resources = kept;
  return out;
}

/** Every VM rule's ids computed in one `apply` over all the rule VMs: the dependencies name them all. */
export function membersFromOneApply(doc: PlanDocument): PlanDocument {
  const out = copy(doc);
  const rules = out.deployment.resources.filter((r) => r.type === TYPE.antiAffinityRule);
  const all = [...new Set(rules.flatMap((r) => r.propertyDependencies?.virtualMachineIds ?? []))];
  for (const r of rules) r.propertyDependencies = { ...r.propertyDependencies, virtualMachineIds: all };
  return out;
}

/** A stack export of an ordinary program: VMs built from scratch at the top level, nothing Genesys. */
export function ordinaryProgram(
  project: string,
  vms: { name: string; cpus: number; memoryMb: number; disksGb: number[]; cdrom?: boolean }[],
): PlanDocument {
  const base = `urn:pulumi:prod::${project}::`;
  const stack: PlanResource = {
    urn: `${base}${STACK_TYPE}::${project}-prod`,
    type: STACK_TYPE,
    custom: false,
    inputs: {},
    outputs: {},
    dependencies: [],
  };
  const provider: PlanResource = {
    urn: `${base}pulumi:providers:vsphere::default_4_17_0`,
    type: "pulumi:providers:vsphere",
    custom: true,
    id: "b5b3fc7a-1f6c-4a0e-9a55-0d4f1d3c2f10",
    parent: stack.urn,
    inputs: { version: "4.17.0" },
    outputs: { version: "4.17.0" },
    dependencies: [],
  };
  const resources: PlanResource[] = [stack, provider];
  vms.forEach((vm, i) => {
    const uuid = `4223${String(i).padStart(4, "0")}-aaaa-bbbb-cccc-0000000000${i}`;
    const inputs = {
      name: vm.name,
      resourcePoolId: "resgroup-8",
      datastoreId: "datastore-13",
      numCpus: vm.cpus,
      memory: vm.memoryMb,
      guestId: "ubuntu64Guest",
      networkInterfaces: [{ networkId: "network-15" }],
      disks: vm.disksGb.map((size, d) => ({ label: `disk${d}`, size, unitNumber: d })),
      ...(vm.cdrom ? { cdroms: [{ clientDevice: true }] } : {}),
    };
    resources.push({
      urn: `${base}${TYPE.vm}::${vm.name}`,
      type: TYPE.vm,
      custom: true,
      id: uuid,
      parent: stack.urn,
      provider: `${provider.urn}::${provider.id}`,
      inputs,
      // After a refresh: what vCenter reports, more than the program declared.
      outputs: {
        ...inputs,
        networkInterfaces: [
          { networkId: "network-15", adapterType: "vmxnet3", macAddress: `00:50:56:aa:bb:0${i}` },
        ],
        uuid,
        moid: `vm-${1000 + i}`,
        hostSystemId: `host-${20 + (i % 3)}`,
        powerState: "on",
        extraConfig: {},
        toolsUpgradePolicy: "manual",
      },
      dependencies: [],
    });
  });
  return {
    version: 3,
    deployment: {
      manifest: { time: "2025-03-01T10:00:00Z", magic: "", version: "v3.150.0" },
      resources,
    },
  };
}
