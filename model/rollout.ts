// The order in which one `pulumi up` may touch the VMs of a site. Pulumi runs independent updates in
// parallel, so without an order a change to every VM (sizing, template) power-cycles a primary and
// its backup at once. Each VM here names the VM it waits for, and the components turn that into
// `dependsOn`: Pulumi then finishes the first VM's update (powered on, guest network up) before it
// starts the second's. Pure data, shared by the vSphere and Docker components.
import { GenesysVm } from "./types";

/**
 * VM name -> the VM it is rolled out after: within a pair the primary after its backup (the backup
 * is changed while the primary carries the calls); the MCPs in a chain, each after the previous one.
 */
export function rolloutPredecessors(vms: readonly GenesysVm[]): Map<string, string> {
  const after = new Map<string, string>();
  const backups = new Map(vms.filter((v) => v.tier === "backup" && v.pair).map((v) => [v.pair!, v.name]));
  for (const vm of vms) {
    const backup = vm.tier === "primary" && vm.pair ? backups.get(vm.pair) : undefined;
    if (backup) after.set(vm.name, backup);
  }
  const mcps = vms.filter((v) => v.role === "mcp");
  for (let i = 1; i < mcps.length; i++) after.set(mcps[i].name, mcps[i - 1].name);
  return after;
}

/** The VMs in an order where each comes after the VM it waits for (stable otherwise). */
export function inRolloutOrder<T extends Pick<GenesysVm, "name">>(
  vms: readonly T[],
  after: ReadonlyMap<string, string>,
): T[] {
  const byName = new Map(vms.map((v) => [v.name, v]));
  const out: T[] = [];
  const placed = new Set<string>();
  const place = (v: T) => {
    if (placed.has(v.name)) return;
    placed.add(v.name);
    const first = after.get(v.name);
    const dep = first === undefined ? undefined : byName.get(first);
    if (dep) place(dep);
    out.push(v);
  };
  vms.forEach(place);
  return out;
}
