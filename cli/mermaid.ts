// A Mermaid flowchart of a stack's topology, which GitHub draws in a pull-request comment: a
// subgraph per site and per host, the VMs on their intended host, the site's networks, and the
// pairs kept apart by anti-affinity as crossed dotted links between the two VMs.
import type { Impact } from "../model/disruption";
import { apartPairs, type Topology } from "./topology";

/** How each impact is drawn, and what the legend says of it. */
const IMPACT_STYLE: Record<Impact, { style: string; legend: string }> = {
  online: { style: "fill:#e7f5ec,stroke:#2f855a", legend: "changed online" },
  restart: { style: "fill:#fff4e0,stroke:#c05621,stroke-width:2px", legend: "restart (power cycle)" },
  replace: {
    style: "fill:#fde8e8,stroke:#c53030,stroke-width:3px,stroke-dasharray:5 3",
    legend: "replace (destroyed and created)",
  },
};

/** Label text inside `["..."]`: Mermaid's entity codes for what would end or break the string. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/#/g, "#35;")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/[\r\n]+/g, " ");
}

/** Node ids: letters, digits and `_` only, prefixed by kind so no id is a keyword; unique. */
export class IdMaker {
  private readonly used = new Map<string, string>();
  private readonly taken = new Set<string>();
  id(kind: string, name: string): string {
    const k = `${kind}\u0000${name}`;
    const known = this.used.get(k);
    if (known) return known;
    const base = `${kind}_${name.replace(/[^A-Za-z0-9_]/g, "_")}`.slice(0, 60);
    let id = base;
    for (let i = 2; this.taken.has(id); i++) id = `${base}_${i}`;
    this.taken.add(id);
    this.used.set(k, id);
    return id;
  }
}

export interface DiagramOptions {
  /** Most VMs drawn; the remaining sites are named in a note. Default 120. */
  maxVms?: number;
  /** VMs to highlight (e.g. moved by the change). */
  highlight?: ReadonlySet<string>;
  /** What the change does to each VM: drawn per impact, with a legend. */
  impact?: ReadonlyMap<string, Impact>;
}

export function mermaidDiagram(t: Topology, options: DiagramOptions = {}): string {
  const maxVms = options.maxVms ?? 120;
  const ids = new IdMaker();
  const lines = ["flowchart TB"];
  const drawn = new Set<string>();
  const skipped: string[] = [];
  let count = 0;
  for (const site of t.sites) {
    const vms = t.vms.filter((v) => v.site === site.name);
    if (count > 0 && count + vms.length > maxVms) {
      skipped.push(site.name);
      continue;
    }
    count += vms.length;
    const sid = ids.id("site", site.name);
    lines.push(`  subgraph ${sid}["site ${mermaidLabel(site.name)}"]`);
    lines.push("    direction TB");
    const hosts = [...site.hosts];
    for (const vm of vms) if (!hosts.includes(vm.host)) hosts.push(vm.host);
    for (const host of hosts) {
      const hid = ids.id("host", `${site.name}/${host}`);
      lines.push(`    subgraph ${hid}["host ${mermaidLabel(host || "(no host)")}"]`);
      for (const vm of vms.filter((v) => v.host === host)) {
        const detail = [vm.role, vm.tier && vm.tier !== "standalone" ? vm.tier : ""]
          .filter(Boolean)
          .join(" ");
        // The guest's name and address: what a reviewer looks for in the Genesys configuration.
        const guest = [vm.computerName, vm.ipv4].filter(Boolean).join(" ");
        const label = [vm.name, detail, guest].filter(Boolean).map(mermaidLabel).join("<br/>");
        lines.push(`      ${ids.id("vm", vm.name)}["${label}"]`);
        drawn.add(vm.name);
      }
      lines.push("    end");
    }
    for (const n of site.networks) {
      const nid = ids.id("net", `${site.name}/${n.purpose}`);
      lines.push(
        `    ${nid}[("${mermaidLabel(`${n.purpose}: ${n.name}`)}${n.detail ? `<br/>${mermaidLabel(n.detail)}` : ""}")]`,
      );
    }
    lines.push("  end");
    // Invisible links in the declared order: the layout keeps the hosts in the order of the stack.
    if (hosts.length > 1)
      lines.push(`  ${hosts.map((h) => ids.id("host", `${site.name}/${h}`)).join(" ~~~ ")}`);
    for (const host of hosts)
      for (const n of site.networks)
        lines.push(
          `  ${ids.id("host", `${site.name}/${host}`)} --- ${ids.id("net", `${site.name}/${n.purpose}`)}`,
        );
  }
  for (const p of apartPairs(t)) {
    if (!drawn.has(p.a) || !drawn.has(p.b)) continue;
    const label = mermaidLabel(p.mandatory ? "must be apart" : "should be apart");
    lines.push(`  ${ids.id("vm", p.a)} x-. "${label}" .-x ${ids.id("vm", p.b)}`);
  }
  const highlighted = [...(options.highlight ?? [])].filter((v) => drawn.has(v));
  if (highlighted.length > 0) {
    lines.push("  classDef changed stroke:#d97706,stroke-width:3px");
    lines.push(`  class ${highlighted.map((v) => ids.id("vm", v)).join(",")} changed`);
  }
  const marked = [...(options.impact ?? [])].filter(([v]) => drawn.has(v));
  const used = (Object.keys(IMPACT_STYLE) as Impact[]).filter((i) => marked.some(([, x]) => x === i));
  if (used.length > 0) {
    lines.push(`  subgraph legend["Impact of this change"]`);
    for (const i of used) lines.push(`    legend_${i}["${mermaidLabel(IMPACT_STYLE[i].legend)}"]`);
    lines.push("  end");
    for (const i of used) {
      lines.push(`  classDef ${i} ${IMPACT_STYLE[i].style}`);
      const vms = marked.filter(([, x]) => x === i).map(([v]) => ids.id("vm", v));
      lines.push(`  class ${[...vms, `legend_${i}`].join(",")} ${i}`);
    }
  }
  if (skipped.length > 0) {
    const note = `${skipped.length} more site(s) not drawn: ${skipped.slice(0, 10).join(", ")}${skipped.length > 10 ? ", ..." : ""}`;
    lines.push(`  more["${mermaidLabel(note)}"]`);
  }
  return lines.join("\n") + "\n";
}
