// What a plan document says about the deployment, read back from its resources: sites, hosts,
// networks, the VMs with their intended host, and the placement rules with their members by VM
// name. Works on a plan and on a `pulumi stack export` alike, for vSphere and the Docker stand-in,
// through the policy pack's document reader (policies/reader.ts): one reading of a
// document for the pack and the diagram.
import type { PlanDocument } from "../analyzer/plan-document";
import { COMPONENT } from "../policies/contract";
import { UNKNOWN, isObj, readDocument, type NormalizedRule } from "../policies/reader";

export interface TopologyVm {
  name: string;
  site: string;
  host: string;
  role?: string;
  tier?: string;
  pair?: string;
  /** The guest's computer name and static address, where the plan says. */
  computerName?: string;
  ipv4?: string;
}

export interface TopologyRule {
  urn: string;
  name: string;
  kind: "anti-affinity" | "affinity" | "vm-group";
  mandatory?: boolean;
  enabled?: boolean;
  /** Members by VM name (an id that matches no VM is kept as it is). */
  vms: string[];
}

export interface TopologySite {
  name: string;
  hosts: string[];
  networks: { purpose: string; name: string; detail: string }[];
}

export interface Topology {
  stack: string;
  project: string;
  sites: TopologySite[];
  vms: TopologyVm[];
  rules: TopologyRule[];
}

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const known = <T>(v: T | typeof UNKNOWN): T | undefined => (v === UNKNOWN ? undefined : v);

/** The stack and project named by the document's URNs. */
export function identityOf(doc: PlanDocument): { stack: string; project: string } {
  const first = doc.deployment.resources[0]?.urn ?? "";
  const m = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(first);
  return { stack: m?.[1] ?? "", project: m?.[2] ?? "" };
}

const RULE_KINDS: Partial<Record<NormalizedRule["kind"], TopologyRule["kind"]>> = {
  antiAffinity: "anti-affinity",
  affinity: "affinity",
  vmGroup: "vm-group",
};

/** Read through the policy pack's own reader, so the diagram shows what the policies judge. */
export function topologyOf(doc: PlanDocument): Topology {
  const view = readDocument(doc.deployment.resources);
  const sites = new Map<string, TopologySite>();
  const site = (name: string) => {
    let s = sites.get(name);
    if (!s) sites.set(name, (s = { name, hosts: [], networks: [] }));
    return s;
  };
  for (const r of view.byUrn.values())
    if (r.type === COMPONENT.vsphereSite || r.type === COMPONENT.dockerSite)
      site(text(r.props.name) ?? r.name);
  for (const h of view.hosts) {
    const s = site(h.site ?? "");
    if (!s.hosts.includes(h.name)) s.hosts.push(h.name);
    const networks = view.byUrn.get(h.urn)?.props.networks;
    if (!isObj(networks) || s.networks.length > 0) continue;
    for (const [purpose, n] of Object.entries(networks)) {
      if (!isObj(n)) continue;
      const vlan = typeof n.vlan === "number" ? `, VLAN ${n.vlan}` : "";
      s.networks.push({
        purpose,
        name: String(n.portGroup ?? purpose),
        detail: `${String(n.vswitch ?? "")}${vlan}`,
      });
    }
  }
  const vms: TopologyVm[] = [];
  const nameOf = new Map<string, string>();
  for (const vm of view.vms) {
    nameOf.set(vm.urn, vm.name);
    // The diagram shows the deployment of the model: the Genesys VMs and where the model puts them.
    const host = (vm.platform === "docker" ? vm.hostLabel : undefined) ?? vm.intendedHost;
    if (!vm.genesys || (!host && !vm.site)) continue;
    vms.push({
      name: vm.name,
      site: vm.site ?? "",
      host: host ?? "",
      role: vm.role,
      tier: vm.tier,
      pair: vm.pair,
      // What the resource says (clone customization, container hostname and address); where that is
      // not readable (a secret customization in a stack export), what the VM's component says.
      computerName: text(known(vm.computerName) ?? vm.model?.computerName),
      ipv4: text(known(vm.ipv4) ?? vm.model?.ipv4),
    });
    const s = site(vm.site ?? "");
    if (host && !s.hosts.includes(host)) s.hosts.push(host);
  }
  const rules: TopologyRule[] = [];
  for (const r of view.rules) {
    const kind = RULE_KINDS[r.kind];
    if (!kind) continue;
    rules.push({
      urn: r.urn,
      name: r.name,
      kind,
      ...(typeof r.mandatory === "boolean" ? { mandatory: r.mandatory } : {}),
      ...(typeof r.enabled === "boolean" ? { enabled: r.enabled } : {}),
      vms: r.members === UNKNOWN ? [] : r.members.map((m) => nameOf.get(m) ?? m),
    });
  }
  return { ...identityOf(doc), sites: [...sites.values()], vms, rules };
}

/** Pairs to draw as "kept apart": mandatory anti-affinity rules; on Docker, the model's HA pairs. */
export function apartPairs(t: Topology): { a: string; b: string; rule: string; mandatory: boolean }[] {
  const out: { a: string; b: string; rule: string; mandatory: boolean }[] = [];
  const seen = new Set<string>();
  for (const r of t.rules) {
    if (r.kind !== "anti-affinity") continue;
    for (let i = 0; i + 1 < r.vms.length; i++) {
      out.push({ a: r.vms[i], b: r.vms[i + 1], rule: r.name, mandatory: r.mandatory === true });
      seen.add([r.vms[i], r.vms[i + 1]].sort().join("\u0000"));
    }
  }
  const byPair = new Map<string, TopologyVm[]>();
  for (const vm of t.vms) if (vm.pair) byPair.set(vm.pair, [...(byPair.get(vm.pair) ?? []), vm]);
  for (const [pair, members] of byPair) {
    if (members.length !== 2) continue;
    const key = members
      .map((m) => m.name)
      .sort()
      .join("\u0000");
    if (seen.has(key) || t.rules.some((r) => r.kind === "anti-affinity")) continue;
    out.push({ a: members[0].name, b: members[1].name, rule: pair, mandatory: true });
  }
  return out;
}
