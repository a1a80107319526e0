// Checks that need the built sites: the names the program derives from a site's name (VMs, rules,
// groups), and each VM's size against the hosts it can run on. Still before any registration.
import { Issues } from "./errors";
import { MAX_VSPHERE_NAME } from "./limits";
import { Role, Site, Sizing } from "./types";
import { vsphereNameProblem } from "./vsphere-names";

/** The config key a role's sizing field is written at (its own entry, or `default`). */
export type SizingKeys = (role: Role, field: keyof Sizing) => string;

/** Every vSphere object name the program derives for a site, with what it names. */
export function derivedNames(site: Site): { kind: string; name: string }[] {
  return [
    ...site.vms.map((v) => ({ kind: "VM", name: v.name })),
    ...site.rules.map((r) => ({ kind: "DRS rule", name: r.name })),
    ...site.vmGroups.map((g) => ({ kind: "VM group", name: g.name })),
    ...site.hostGroups.map((g) => ({ kind: "host group", name: g.name })),
    ...site.vmHostRules.map((r) => ({ kind: "VM-host rule", name: r.name })),
  ];
}

/** A site name too long for what is derived from it is reported at the site's name. */
export function checkDerivedNames(issues: Issues, sites: Site[], sitesKey: string): void {
  sites.forEach((site, i) => {
    const bad = derivedNames(site).filter((d) => vsphereNameProblem(d.name) !== undefined);
    if (bad.length === 0) return;
    const longest = bad.reduce((a, b) => (b.name.length > a.name.length ? b : a));
    issues.add(
      `${sitesKey}[${i}].name`,
      site.name,
      `a site name of at most ${site.name.length - (longest.name.length - MAX_VSPHERE_NAME)} characters: ` +
        `the ${longest.kind} name ${JSON.stringify(longest.name)} derived from it has ${longest.name.length}, ` +
        `and vSphere allows ${MAX_VSPHERE_NAME}`,
    );
  });
}

/**
 * A VM needs one host with at least its vCPUs (logical CPUs) and its memory. Reported at the sizing
 * key, once per key (the first site that cannot hold it), not later as a failover finding.
 */
export function checkVmsFitHosts(issues: Issues, sites: Site[], keyOf: SizingKeys): void {
  const add = (key: string, value: number, allowed: string) => {
    if (!issues.list.some((i) => i.key === key)) issues.add(key, value, allowed);
  };
  for (const site of sites) {
    if (site.hosts.length === 0) continue;
    const cpu = site.hosts.reduce((a, b) => (b.threads > a.threads ? b : a));
    const mem = site.hosts.reduce((a, b) => (b.memoryGb > a.memoryGb ? b : a));
    for (const vm of site.vms) {
      const { cpus, memoryMb } = vm.sizing;
      if (cpus > cpu.threads)
        add(
          keyOf(vm.role, "cpus"),
          cpus,
          `at most ${cpu.threads} vCPUs: no host of site ${site.name} has more logical CPUs ` +
            `(the largest, ${cpu.name}, has ${cpu.threads}); a VM runs on one host`,
        );
      if (memoryMb > mem.memoryGb * 1024)
        add(
          keyOf(vm.role, "memoryMb"),
          memoryMb,
          `at most ${mem.memoryGb * 1024} MB: no host of site ${site.name} has more memory ` +
            `(the largest, ${mem.name}, has ${mem.memoryGb} GB); a VM runs on one host`,
        );
    }
  }
}
