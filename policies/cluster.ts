// Policies on the cluster: vSphere HA and DRS settings (or their Docker stand-ins), and whether the
// cluster can absorb the loss of any one host.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { booleanSetting, listOf, numberSetting, onResource } from "./common";
import { checkFailover, DEFAULT_FAILOVER_OPTIONS, type FailoverSite } from "./failover";
import { normalizeCluster, RESPECT_ANTI_AFFINITY_OPTION } from "./normalize/cluster";
import { bySite, pairsOf, type StackView } from "./normalize/stack";
import { UNKNOWN } from "./normalize/values";
import { GENESYS_SCOPE, onGenesysStack } from "./scope";

const HA = {
  minHostFailuresTolerated: numberSetting("Host failures admission control must tolerate.", 1, 1),
};
const DRS = {
  allowPartiallyAutomated: booleanSetting(
    "Accept DRS partiallyAutomated (initial placement only) as well as fullyAutomated.",
    false,
  ),
};
const FAILOVER = {
  vcpuPerThread: numberSetting(
    "vCPUs allowed per host hardware thread (CPU overcommit).",
    DEFAULT_FAILOVER_OPTIONS.vcpuPerThread,
    0.1,
  ),
  memoryOvercommit: numberSetting(
    "VM memory allowed per GB of usable host memory.",
    DEFAULT_FAILOVER_OPTIONS.memoryOvercommit,
    0.1,
  ),
  hostReservedMemoryGb: numberSetting(
    "Host memory kept for the hypervisor and VM overhead, GB.",
    DEFAULT_FAILOVER_OPTIONS.hostReservedMemoryGb,
    0,
  ),
};

export const clusterHa: ResourceValidationPolicy = {
  name: "cluster-ha-enabled",
  description:
    "vSphere HA restarts the VMs of a failed host (guide practice 9): HA enabled, host monitoring on, " +
    "admission control keeping room for at least one host failure, VM monitoring on. On the Docker " +
    "stand-in: every container has restart policy always/unless-stopped and a healthcheck.",
  enforcementLevel: "mandatory",
  configSchema: { properties: HA },
  validateResource: onResource(normalizeCluster, HA, (c, cfg, report) => {
    const issues: string[] = [];
    if (c.platform === "docker") {
      if (c.haEnabled === false) issues.push("restart policy is not always/unless-stopped");
      if (c.vmMonitoring === false) issues.push("no healthcheck");
      if (issues.length > 0)
        report(`Container ${c.name}: ${issues.join("; ")} (the stand-in for vSphere HA).`);
      return;
    }
    if (c.haEnabled === false) issues.push("HA is disabled");
    if (c.hostMonitoring === false) issues.push("host monitoring is disabled");
    if (c.admissionControlPolicy !== UNKNOWN && c.admissionControlPolicy === "disabled")
      issues.push("admission control is disabled");
    else if (
      typeof c.hostFailuresTolerated === "number" &&
      c.hostFailuresTolerated < cfg.minHostFailuresTolerated
    )
      issues.push(
        `admission control tolerates ${c.hostFailuresTolerated} host failure(s) (at least ${cfg.minHostFailuresTolerated})`,
      );
    if (c.vmMonitoring === false) issues.push("VM monitoring is disabled");
    if (issues.length > 0) report(`Cluster ${c.name}: ${issues.join("; ")}.`);
  }),
};

export const clusterHaRespectsAntiAffinity: ResourceValidationPolicy = {
  name: "cluster-ha-respects-anti-affinity",
  description:
    `HA honours the VM anti-affinity rules when it restarts VMs (${RESPECT_ANTI_AFFINITY_OPTION} = true, ` +
    "guide practice 10, VMware KB 2033250): otherwise a restarted backup may land beside its primary.",
  enforcementLevel: "mandatory",
  validateResource: onResource(normalizeCluster, {}, (c, _cfg, report) => {
    if (c.platform !== "vsphere" || c.respectAntiAffinityOnRestart !== false) return;
    report(`Cluster ${c.name}: set HA advanced option ${RESPECT_ANTI_AFFINITY_OPTION} = "true".`);
  }),
};

export const clusterDrs: ResourceValidationPolicy = {
  name: "cluster-drs-automated",
  description:
    "DRS is enabled and automated, so the anti-affinity and should-run rules are applied without an " +
    "operator (guide practices 6 and 9).",
  enforcementLevel: "mandatory",
  configSchema: { properties: DRS },
  validateResource: onResource(normalizeCluster, DRS, (c, cfg, report) => {
    if (c.platform !== "vsphere") return;
    const allowed = cfg.allowPartiallyAutomated
      ? ["fullyAutomated", "partiallyAutomated"]
      : ["fullyAutomated"];
    if (c.drsEnabled === false) report(`Cluster ${c.name}: DRS is disabled.`);
    else if (typeof c.drsAutomationLevel === "string" && !allowed.includes(c.drsAutomationLevel))
      report(
        `Cluster ${c.name}: DRS automation level is ${c.drsAutomationLevel} (expected ${allowed.join(" or ")}).`,
      );
  }),
};

/** Turns the stack view into the plain placement problem of failover.ts, one per site. */
export function failoverSites(view: StackView): FailoverSite[] {
  const sites: FailoverSite[] = [];
  const hostsBySite = bySite(view.hosts);
  const nameOf = new Map(view.vms.map((vm) => [vm.urn, vm.name]));
  for (const [site, vms] of bySite(view.vms)) {
    const platform = vms[0].platform;
    const hosts = (hostsBySite.get(site) ?? []).filter((h) => h.platform === platform);
    if (site === "" || hosts.length === 0) continue;
    // Facts not known yet: nothing can be judged for this site.
    if (hosts.some((h) => typeof h.threads !== "number" || typeof h.memoryGb !== "number")) continue;
    const placed: FailoverSite["vms"] = [];
    for (const vm of vms) {
      const host = vm.platform === "docker" ? (vm.hostLabel ?? vm.intendedHost) : vm.intendedHost;
      const cpus = typeof vm.cpus === "number" ? vm.cpus : vm.model?.cpus;
      const memoryMb = typeof vm.memoryMb === "number" ? vm.memoryMb : vm.model?.memoryMb;
      if (host && cpus !== undefined && memoryMb !== undefined)
        placed.push({ name: vm.name, host, cpus, memoryMb });
    }
    const apart: [string, string][] = [];
    if (platform === "docker") {
      for (const p of pairsOf(vms)) if (p.primary && p.backup) apart.push([p.primary.name, p.backup.name]);
    } else {
      const siteUrns = new Set(vms.map((v) => v.urn));
      for (const rule of view.rules) {
        if (rule.kind !== "antiAffinity" || rule.enabled !== true || rule.mandatory !== true) continue;
        // A bound of two VMs is the rule itself (a rule of one VM keeps nothing apart).
        if (rule.members === UNKNOWN || (!rule.exact && rule.members.length > 2)) continue;
        const members = rule.members.filter((u) => siteUrns.has(u)).map((u) => nameOf.get(u)!);
        for (let i = 0; i < members.length; i++)
          for (let j = i + 1; j < members.length; j++) apart.push([members[i], members[j]]);
      }
    }
    sites.push({
      site,
      hosts: hosts.map((h) => ({
        name: h.name,
        threads: h.threads as number,
        memoryGb: h.memoryGb as number,
      })),
      vms: placed,
      apart,
    });
  }
  return sites;
}

export const failoverCapacity: StackValidationPolicy = {
  name: "failover-capacity-single-host-loss",
  description:
    "For every single host failure, the failed host's VMs can be restarted on the surviving hosts of " +
    "the site within their declared CPU threads and memory, without breaking a mandatory anti-affinity " +
    "rule (guide practices 9 and 10). No vSphere tool checks this before a change.",
  enforcementLevel: "mandatory",
  configSchema: { properties: { ...FAILOVER, ...GENESYS_SCOPE } },
  validateStack: onGenesysStack(FAILOVER, (view, cfg, report) => {
    const result = checkFailover(failoverSites(view), cfg);
    for (const f of result.failures) {
      const host = view.hosts.find((h) => h.site === f.site && h.name === f.host);
      report(
        `Site ${f.site}: if host ${f.host} fails, ${listOf(f.unplaced)} cannot be restarted on the surviving ` +
          `hosts (CPU at ${cfg.vcpuPerThread} vCPU per thread, memory less ${cfg.hostReservedMemoryGb} GB ` +
          `reserve, mandatory anti-affinity rules honoured)${f.searchCapped ? "; search capped" : ""}.`,
        host?.urn,
      );
    }
  }),
};

export const clusterPolicies = [clusterHa, clusterHaRespectsAntiAffinity, clusterDrs, failoverCapacity];
