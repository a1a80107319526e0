// Where the model wants each VM: the layout the guide tested. All primaries on one host and all
// backups on another (guide #6 keeps dependent VMs together; #9 keeps each pair apart); the
// standalone VMs go to the least-loaded host, an MCP avoiding hosts that already run an MCP.
import { GenesysVm, Host } from "./types";

export type Unplaced = Omit<GenesysVm, "intendedHost">;

export function placeVms(vms: Unplaced[], hosts: Host[]): GenesysVm[] {
  if (hosts.length === 0)
    throw new Error("placeVms: a site without hosts reached placement (validation missed it)");
  const load = new Map<string, number>(hosts.map((h) => [h.name, 0]));
  const roleHosts = new Map<string, Set<string>>();
  const primaryHost = hosts[0].name;
  // With one host there are no pairs (validation ensures it), so backups never land here then.
  const backupHost = hosts[Math.min(1, hosts.length - 1)].name;
  const place = (vm: Unplaced, host: string): GenesysVm => {
    load.set(host, (load.get(host) ?? 0) + vm.sizing.memoryMb);
    if (!roleHosts.has(vm.role)) roleHosts.set(vm.role, new Set());
    roleHosts.get(vm.role)!.add(host);
    return { ...vm, intendedHost: host };
  };
  const placed: GenesysVm[] = [];
  for (const vm of vms.filter((v) => v.tier === "primary")) placed.push(place(vm, primaryHost));
  for (const vm of vms.filter((v) => v.tier === "backup")) placed.push(place(vm, backupHost));
  for (const vm of vms.filter((v) => v.tier === "standalone")) {
    const used = roleHosts.get(vm.role) ?? new Set<string>();
    const fresh = hosts.filter((h) => !used.has(h.name));
    const candidates = fresh.length > 0 ? fresh : hosts;
    // Least loaded first; ties go to the host declared first, so the result is stable.
    const best = candidates.reduce((a, b) => ((load.get(b.name) ?? 0) < (load.get(a.name) ?? 0) ? b : a));
    placed.push(place(vm, best.name));
  }
  // Keep the order the VMs were declared in, so names and resources list predictably.
  const byName = new Map(placed.map((v) => [v.name, v]));
  return vms.map((v) => byName.get(v.name)!);
}
