// The readable form of a plan: per site the cluster, the hosts, the VMs with their intended host
// and the rules; then the resources by type.
import { rolloutPredecessors } from "../model/rollout";
import { Plan } from "./plan";
import { siteInventoryLines } from "./plan-inventory";

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map(
    (r) =>
      "  " +
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
  );
}

export function formatPlanTable(plan: Plan): string {
  const d = plan.deployment;
  const out: string[] = [];
  const vmCount = d.sites.reduce((n, s) => n + s.vms.length, 0);
  out.push(`Stack ${d.stack} of ${d.project} on ${d.platform}: ${d.sites.length} site(s), ${vmCount} VMs`);
  for (const s of d.sites) {
    const c = s.cluster;
    out.push("");
    out.push(
      `Site ${s.name} (datacenter ${s.datacenter}, cluster ${c.name}${c.adoptId ? `, adopted ${c.adoptId}` : ""})`,
    );
    out.push(
      `  HA on, tolerates ${c.hostFailuresTolerated} host failure(s), respects VM anti-affinity on restart; DRS ${c.drsAutomationLevel}; DPM ${c.dpmEnabled ? "on" : "off"}`,
    );
    const plan = s.networks.vmTraffic.ipv4;
    out.push(
      `  VM traffic: ${s.networks.vmTraffic.vswitch} [${s.networks.vmTraffic.nics.join(", ")}] port group ${s.networks.vmTraffic.portGroup}` +
        (plan ? `, ${plan.cidr} via ${plan.gateway}, DNS ${plan.dnsServers.join(", ") || "none"}` : ""),
    );
    out.push(
      `  vMotion:    ${s.networks.vmotion.vswitch} [${s.networks.vmotion.nics.join(", ")}] port group ${s.networks.vmotion.portGroup}`,
    );
    out.push(...siteInventoryLines(s, d.platform));
    const w = s.guest.windows;
    out.push(
      `  Guests:     Windows in ${w.domain ? `domain ${w.domain} (joined by ${w.domainUser})` : `workgroup ${w.workgroup}`}, time zone ${w.timeZone}; customization timeout ${s.guest.timeoutMinutes} min`,
    );
    out.push("");
    out.push(
      ...table([
        ["HOST", "CORES", "THREADS", "MEMORY", "VT/EPT/HT", "VMOTION IP"],
        ...s.hosts.map((h) => [
          h.name,
          String(h.sockets * h.coresPerSocket),
          String(h.threads),
          `${h.memoryGb} GB`,
          [h.bios.vt, h.bios.ept, h.bios.hyperThreading].map((b) => (b ? "on" : "OFF")).join("/"),
          h.vmotionIp ?? "-",
        ]),
      ]),
    );
    out.push("");
    if (s.vms.length === 0) {
      // A site may be declared before its Genesys components: the cluster and networking alone.
      out.push(
        "  No Genesys VMs: every component of this site is turned off (components), so no VM and no rule.",
      );
      continue;
    }
    const after = rolloutPredecessors(s.vms);
    out.push(
      ...table([
        [
          "VM",
          "COMPUTER NAME",
          "ADDRESS",
          "OS",
          "ROLE",
          "TIER",
          "HOST",
          "VCPU",
          "MEMORY",
          "DISK",
          "NIC",
          "RESTART",
          "ROLLED OUT AFTER",
        ],
        ...s.vms.map((v) => [
          v.name,
          v.guest.computerName,
          v.guest.ipv4,
          v.guest.os,
          v.role,
          v.tier,
          v.intendedHost,
          String(v.sizing.cpus),
          `${v.sizing.memoryMb} MB`,
          `${v.sizing.diskGb} GB`,
          v.sizing.adapterType,
          v.restartPriority + (v.protect ? ", protected" : ""),
          after.get(v.name) ?? "-",
        ]),
      ]),
    );
    out.push("");
    out.push(
      ...table([
        ["RULE", "KIND", "LEVEL", "VMS"],
        ...s.rules.map((r) => [
          r.name,
          r.kind === "antiAffinity" ? "anti-affinity" : "affinity",
          r.mandatory ? "must" : "should",
          r.vms.join(", "),
        ]),
        ...s.vmHostRules.map((r) => [
          r.name,
          "vm-host",
          r.mandatory ? "must" : "should",
          `${r.vmGroup} on ${r.hostGroup}`,
        ]),
      ]),
    );
  }
  const counts = new Map<string, number>();
  for (const r of plan.document.deployment.resources) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
  out.push("");
  out.push(`Resources: ${plan.document.deployment.resources.length}`);
  out.push(...table([["TYPE", "COUNT"], ...[...counts].sort().map(([t, n]) => [t, String(n)])]));
  return out.join("\n") + "\n";
}
