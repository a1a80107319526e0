// Where the model wants each VM. By default the layout the guide tested: all primaries on one host
// and all backups on another (guide #6 keeps dependent VMs together; #9 keeps each pair apart); the
// standalone VMs go to the least-loaded host, an MCP avoiding hosts that already run an MCP. The
// site's `placement` names hosts for any of these. Hosts are taken in the order of their names, not
// of the file: reordering the hosts in the YAML moves no VM.
import { localName } from "./names";
import { PlacementSpec } from "./placement-config";
import { GenesysVm, Host } from "./types";

export type Unplaced = Omit<GenesysVm, "intendedHost">;

/** The site's hosts in the order placement considers them: by name. */
export function byName(hosts: readonly Host[]): Host[] {
  return [...hosts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function placeVms(vms: Unplaced[], siteHosts: Host[], spec?: PlacementSpec): GenesysVm[] {
  if (siteHosts.length === 0)
    throw new Error("placeVms: a site without hosts reached placement (validation missed it)");
  const hosts = byName(siteHosts);
  const load = new Map<string, number>(hosts.map((h) => [h.name, 0]));
  const roleHosts = new Map<string, Set<string>>();
  const primaryHost = spec?.primaries ?? (spec?.backups === hosts[0].name ? hosts[1] : hosts[0])?.name;
  // With one host there are no pairs (validation ensures it), so backups never land here then.
  const backupHost = spec?.backups ?? hosts.find((h) => h.name !== primaryHost)?.name ?? hosts[0].name;
  const place = (vm: Unplaced, host: string): GenesysVm => {
    load.set(host, (load.get(host) ?? 0) + vm.sizing.memoryMb);
    if (!roleHosts.has(vm.role)) roleHosts.set(vm.role, new Set());
    roleHosts.get(vm.role)!.add(host);
    return { ...vm, intendedHost: host };
  };
  const placed: GenesysVm[] = [];
  for (const vm of vms.filter((v) => v.tier === "primary")) placed.push(place(vm, primaryHost));
  for (const vm of vms.filter((v) => v.tier === "backup")) placed.push(place(vm, backupHost));
  const standalone = vms.filter((v) => v.tier === "standalone");
  // Chosen hosts first, so the VMs left to choose for see the load of those.
  const chosen = (vm: Unplaced): string | undefined => {
    if (vm.role !== "mcp" && vm.role !== "simulator") return undefined;
    const n = Number(/-(\d+)$/.exec(localName(vm))?.[1] ?? 0);
    return spec?.[vm.role][n - 1] || undefined;
  };
  for (const vm of standalone) {
    const host = chosen(vm);
    if (host) placed.push(place(vm, host));
  }
  for (const vm of standalone.filter((v) => !chosen(v))) {
    const used = roleHosts.get(vm.role) ?? new Set<string>();
    const fresh = hosts.filter((h) => !used.has(h.name));
    const candidates = fresh.length > 0 ? fresh : hosts;
    // Least loaded first; ties go to the first host by name, so the result is stable.
    const best = candidates.reduce((a, b) => ((load.get(b.name) ?? 0) < (load.get(a.name) ?? 0) ? b : a));
    placed.push(place(vm, best.name));
  }
  // Keep the order the VMs were declared in, so names and resources list predictably.
  const byVm = new Map(placed.map((v) => [v.name, v]));
  return vms.map((v) => byVm.get(v.name)!);
}
