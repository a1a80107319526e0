// Failover capacity: can the cluster absorb the loss of any one host?
//
// For each site and each host of that site, take the VMs running on the host and look for places
// for them on the surviving hosts, as vSphere HA would restart them: each survivor keeps its own
// VMs, and a VM only goes where (a) the host's declared CPU threads (times the allowed vCPU per
// thread) and memory (times the allowed overcommit, less a reserve for the hypervisor) still fit,
// and (b) no VM it must be kept apart from (a mandatory anti-affinity rule) already runs.
//
// Sites are independent (a site is its own cluster), so the work grows linearly with the number of
// sites. Within one host loss the search is first-fit decreasing (largest VM first, onto the first
// survivor that fits); if that leaves a VM without a place, a depth-first search with backtracking
// tries other assignments, capped at `maxStepsPerHostLoss` tries so a large site cannot explode.
// Plain data in, plain data out: no Pulumi here.

export interface FailoverHost {
  name: string;
  /** Hardware threads (cores x 2 with hyper-threading). */
  threads: number;
  memoryGb: number;
}

export interface FailoverVm {
  name: string;
  /** The host the VM runs on before the failure. */
  host: string;
  cpus: number;
  memoryMb: number;
}

export interface FailoverSite {
  site: string;
  hosts: FailoverHost[];
  vms: FailoverVm[];
  /** Pairs of VM names that must never share a host (mandatory anti-affinity). */
  apart: [string, string][];
}

export interface FailoverOptions {
  /** vCPUs allowed per hardware thread. Default 1 (no CPU overcommit: voice is latency-bound). */
  vcpuPerThread: number;
  /** VM memory allowed per GB of usable host memory. Default 1 (no memory overcommit). */
  memoryOvercommit: number;
  /** Memory per host kept for the hypervisor and VM overhead, GB. Default 4. */
  hostReservedMemoryGb: number;
  /** Placement tries allowed per host loss before giving up the backtracking search. */
  maxStepsPerHostLoss: number;
}

export const DEFAULT_FAILOVER_OPTIONS: FailoverOptions = {
  vcpuPerThread: 1,
  memoryOvercommit: 1,
  hostReservedMemoryGb: 4,
  maxStepsPerHostLoss: 10_000,
};

export interface HostLossFailure {
  site: string;
  /** The host whose loss cannot be absorbed. */
  host: string;
  /** The VMs of that host left without a place. */
  unplaced: string[];
  /** True when the search stopped at its cap rather than proving there is no placement. */
  searchCapped: boolean;
}

export interface FailoverResult {
  failures: HostLossFailure[];
  /** Placement tries made in all: the measure of work. */
  steps: number;
}

interface Capacity {
  name: string;
  cpu: number;
  memMb: number;
}

export function checkFailover(
  sites: readonly FailoverSite[],
  options: Partial<FailoverOptions> = {},
): FailoverResult {
  const opts = { ...DEFAULT_FAILOVER_OPTIONS, ...options };
  const result: FailoverResult = { failures: [], steps: 0 };
  for (const site of sites) checkSite(site, opts, result);
  return result;
}

function checkSite(site: FailoverSite, opts: FailoverOptions, result: FailoverResult): void {
  const caps: Capacity[] = site.hosts.map((h) => ({
    name: h.name,
    cpu: h.threads * opts.vcpuPerThread,
    memMb: Math.max(0, h.memoryGb - opts.hostReservedMemoryGb) * 1024 * opts.memoryOvercommit,
  }));
  const apart = new Map<string, Set<string>>();
  for (const [a, b] of site.apart) {
    if (a === b) continue;
    (apart.get(a) ?? apart.set(a, new Set()).get(a)!).add(b);
    (apart.get(b) ?? apart.set(b, new Set()).get(b)!).add(a);
  }
  const known = new Set(caps.map((c) => c.name));
  const placed = site.vms.filter((vm) => known.has(vm.host));
  for (const lost of caps) {
    const displaced = placed.filter((vm) => vm.host === lost.name);
    if (displaced.length === 0) continue;
    const survivors = caps.filter((c) => c !== lost);
    const failure = absorb(site.site, lost.name, displaced, placed, survivors, apart, opts, result);
    if (failure) result.failures.push(failure);
  }
}

function absorb(
  siteName: string,
  lost: string,
  displaced: FailoverVm[],
  all: FailoverVm[],
  survivors: Capacity[],
  apart: ReadonlyMap<string, ReadonlySet<string>>,
  opts: FailoverOptions,
  result: FailoverResult,
): HostLossFailure | undefined {
  // Load and residents of each survivor before the failure.
  const usedCpu = new Map<string, number>();
  const usedMem = new Map<string, number>();
  const residents = new Map<string, Set<string>>();
  for (const s of survivors) {
    usedCpu.set(s.name, 0);
    usedMem.set(s.name, 0);
    residents.set(s.name, new Set());
  }
  for (const vm of all) {
    if (!residents.has(vm.host)) continue;
    usedCpu.set(vm.host, usedCpu.get(vm.host)! + vm.cpus);
    usedMem.set(vm.host, usedMem.get(vm.host)! + vm.memoryMb);
    residents.get(vm.host)!.add(vm.name);
  }
  const totalCpu = survivors.reduce((s, h) => s + h.cpu, 0) || 1;
  const totalMem = survivors.reduce((s, h) => s + h.memMb, 0) || 1;
  const weight = (vm: FailoverVm) => Math.max(vm.cpus / totalCpu, vm.memoryMb / totalMem);
  const order = [...displaced].sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name));

  let steps = 0;
  const fits = (vm: FailoverVm, h: Capacity): boolean => {
    steps++;
    if (usedCpu.get(h.name)! + vm.cpus > h.cpu || usedMem.get(h.name)! + vm.memoryMb > h.memMb) return false;
    const enemies = apart.get(vm.name);
    if (enemies) for (const e of enemies) if (residents.get(h.name)!.has(e)) return false;
    return true;
  };
  const put = (vm: FailoverVm, h: Capacity, sign: 1 | -1) => {
    usedCpu.set(h.name, usedCpu.get(h.name)! + sign * vm.cpus);
    usedMem.set(h.name, usedMem.get(h.name)! + sign * vm.memoryMb);
    if (sign > 0) residents.get(h.name)!.add(vm.name);
    else residents.get(h.name)!.delete(vm.name);
  };

  // First-fit decreasing: place what fits, note what does not.
  const greedyUnplaced: string[] = [];
  const greedyPlaced: [FailoverVm, Capacity][] = [];
  for (const vm of order) {
    const h = survivors.find((c) => fits(vm, c));
    if (h) {
      put(vm, h, 1);
      greedyPlaced.push([vm, h]);
    } else greedyUnplaced.push(vm.name);
  }
  if (greedyUnplaced.length === 0) {
    result.steps += steps;
    return undefined;
  }
  for (const [vm, h] of greedyPlaced) put(vm, h, -1);

  // Backtracking, capped.
  let capped = false;
  const search = (i: number): boolean => {
    if (i === order.length) return true;
    const vm = order[i];
    for (const h of survivors) {
      if (steps >= opts.maxStepsPerHostLoss) {
        capped = true;
        return false;
      }
      if (!fits(vm, h)) continue;
      put(vm, h, 1);
      if (search(i + 1)) return true;
      put(vm, h, -1);
    }
    return false;
  };
  const found = search(0);
  result.steps += steps;
  if (found) return undefined;
  return { site: siteName, host: lost, unplaced: greedyUnplaced.sort(), searchCapped: capped };
}
