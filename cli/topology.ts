// What a plan document says about the deployment, read back from its resources: sites, hosts,
// networks, the VMs with their intended host, and the placement rules with their members by VM
// name. Works on a plan and on a `pulumi stack export` alike (component args are read from the
// inputs, else from the outputs the components register), for vSphere and the Docker stand-in.
import { isSecretValue, type PlanDocument, type PlanResource } from "../analyzer/plan-document";
import { parseUrn } from "../analyzer/requests";
import { COMPONENT, LABEL, TYPE } from "../policies/contract";

export interface TopologyVm {
  name: string;
  site: string;
  host: string;
  role?: string;
  tier?: string;
  pair?: string;
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

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

/** A component's arg: from its inputs, else from the outputs it registered. */
function arg(r: PlanResource, key: string): unknown {
  return r.inputs?.[key] ?? r.outputs?.[key];
}

/** The stack and project named by the document's URNs. */
export function identityOf(doc: PlanDocument): { stack: string; project: string } {
  const first = doc.deployment.resources[0]?.urn ?? "";
  const m = /^urn:pulumi:([^:]+)::([^:]+)::/.exec(first);
  return { stack: m?.[1] ?? "", project: m?.[2] ?? "" };
}

function labelsOf(r: PlanResource): Record<string, string> {
  const out: Record<string, string> = {};
  const labels = r.inputs?.labels ?? r.outputs?.labels;
  if (Array.isArray(labels))
    for (const l of labels) if (isObj(l) && typeof l.label === "string") out[l.label] = String(l.value ?? "");
  return out;
}

const RULE_KINDS: Record<string, TopologyRule["kind"]> = {
  [TYPE.antiAffinityRule]: "anti-affinity",
  [TYPE.affinityRule]: "affinity",
  [TYPE.vmGroup]: "vm-group",
};

export function topologyOf(doc: PlanDocument): Topology {
  const resources = doc.deployment.resources;
  const sites = new Map<string, TopologySite>();
  const site = (name: string) => {
    let s = sites.get(name);
    if (!s) sites.set(name, (s = { name, hosts: [], networks: [] }));
    return s;
  };
  const vms = new Map<string, TopologyVm>();
  // VM resource URN and id -> VM name, to name rule members.
  const vmByRef = new Map<string, string>();
  for (const r of resources) {
    if (r.type === COMPONENT.vsphereSite || r.type === COMPONENT.dockerSite) {
      site(text(arg(r, "name")) ?? parseUrn(r.urn).name);
    } else if (r.type === COMPONENT.vsphereHost || r.type === COMPONENT.dockerHost) {
      const host = arg(r, "host");
      const siteName = text(arg(r, "site")) ?? "";
      const s = site(siteName);
      const name = isObj(host) ? text(host.name) : undefined;
      if (name && !s.hosts.includes(name)) s.hosts.push(name);
      const networks = arg(r, "networks");
      if (isObj(networks) && s.networks.length === 0) {
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
    } else if (r.type === COMPONENT.vsphereVm || r.type === COMPONENT.dockerVm) {
      const vm = arg(r, "vm");
      if (!isObj(vm) || !text(vm.name)) continue;
      const name = vm.name as string;
      vms.set(name, {
        name,
        site: text(vm.site) ?? "",
        host: text(vm.intendedHost) ?? vms.get(name)?.host ?? "",
        role: text(vm.role),
        tier: text(vm.tier),
        pair: text(vm.pair),
      });
    } else if (r.type === TYPE.vm || r.type === TYPE.container) {
      const name = text(r.inputs?.name) ?? text(r.outputs?.name) ?? parseUrn(r.urn).name;
      vmByRef.set(r.urn, name);
      for (const id of [r.id, r.outputs?.uuid]) if (text(id)) vmByRef.set(id as string, name);
      if (r.type === TYPE.container) {
        // The stand-in: the container's labels say where the model puts it.
        const labels = labelsOf(r);
        const known = vms.get(name);
        const host = labels[LABEL.host];
        if (known && !known.host && host) known.host = host;
        if (!known && host)
          vms.set(name, {
            name,
            site: labels[LABEL.site] ?? "",
            host,
            role: labels[LABEL.role],
            tier: labels[LABEL.tier],
            pair: labels[LABEL.pair] || undefined,
          });
      }
    }
  }
  const rules: TopologyRule[] = [];
  for (const r of resources) {
    const kind = RULE_KINDS[r.type];
    if (!kind) continue;
    const props = r.inputs ?? {};
    const byDeps = r.propertyDependencies?.virtualMachineIds;
    const ids = Array.isArray(props.virtualMachineIds) ? props.virtualMachineIds : [];
    const members =
      byDeps && byDeps.length > 0 && byDeps.every((u) => vmByRef.has(u))
        ? byDeps.map((u) => vmByRef.get(u)!)
        : ids.map((id) => (isSecretValue(id) ? "[secret]" : (vmByRef.get(String(id)) ?? String(id))));
    rules.push({
      urn: r.urn,
      name: text(props.name) ?? parseUrn(r.urn).name,
      kind,
      ...(typeof props.mandatory === "boolean" ? { mandatory: props.mandatory } : {}),
      ...(typeof props.enabled === "boolean" ? { enabled: props.enabled } : {}),
      vms: members,
    });
  }
  for (const vm of vms.values()) {
    const s = site(vm.site);
    if (vm.host && !s.hosts.includes(vm.host)) s.hosts.push(vm.host);
  }
  return {
    ...identityOf(doc),
    sites: [...sites.values()],
    vms: [...vms.values()],
    rules,
  };
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
