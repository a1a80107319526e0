// The first thing a reviewer of a change needs: what `pulumi up` does to each changed VM (online,
// restart, replace, and why: model/disruption.ts, from the provider's own logic), and for each HA pair
// and the MCPs whether their VMs go down together or one after the other (the dependency the rollout
// order adds, read from the head plan as the engine would).
import type { PlanDocument, PlanResource } from "../analyzer/plan-document";
import { parseUrn } from "../analyzer/requests";
import { PAIR_LABEL } from "../model/defaults";
import { judgesType, vmImpact, type Impact, type InputChange } from "../model/disruption";
import type { PairRole } from "../model/types";
import { dependencyGraph, dependsOn, ordered } from "../policies/reader";
import { topologyOf } from "./topology";

export interface Disruption {
  name: string;
  urn: string;
  impact: Impact;
  reasons: string[];
  /** The provider refuses part of the change: `pulumi preview` fails before anything is applied. */
  refused?: true;
}

export interface PairDisruption {
  /** The pair's name (e.g. lab-sip), or `<site>-mcp` for a site's MCPs. */
  pair: string;
  /** What it is, for people: "SIP Server pair", "MCPs". */
  label: string;
  /** Its VMs in rollout order (the one changed first, first). */
  members: string[];
  /** Members this change restarts or replaces. */
  impacted: string[];
  /** Every two members are ordered by a dependency: Pulumi never changes them at the same time. */
  serialized: boolean;
}

const disrupts = (i: Impact) => i !== "online";

/** One entry per changed Genesys VM (vSphere VM or stand-in container). */
export function disruptionsOf(
  base: PlanDocument,
  head: PlanDocument,
  changed: readonly { urn: string; type: string; changes: readonly InputChange[] }[],
): Disruption[] {
  const before = new Map(base.deployment.resources.map((r) => [r.urn, r]));
  const after = new Map(head.deployment.resources.map((r) => [r.urn, r]));
  const out: Disruption[] = [];
  for (const c of changed) {
    if (!judgesType(c.type)) continue;
    const h = after.get(c.urn);
    const v = vmImpact(c.type, before.get(c.urn)?.inputs ?? {}, h?.inputs ?? {}, c.changes);
    if (!v) continue;
    out.push({
      name: h ? vmName(h) : parseUrn(c.urn).name,
      urn: c.urn,
      impact: v.impact,
      reasons: v.reasons,
      ...(v.refused ? { refused: true as const } : {}),
    });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

function vmName(r: PlanResource): string {
  const n = r.inputs?.name;
  return typeof n === "string" && n !== "" ? n : parseUrn(r.urn).name;
}

/** The pairs and MCP groups with a changed VM, with whether the change and the order keep them apart. */
export function pairDisruptions(head: PlanDocument, disruptions: readonly Disruption[]): PairDisruption[] {
  const byName = new Map(disruptions.map((d) => [d.name, d]));
  const urnOf = new Map(
    head.deployment.resources.filter((r) => judgesType(r.type)).map((r) => [vmName(r), r.urn]),
  );
  // The relation the pack judges pair-rollout-ordered by, so diff and check never disagree.
  const graph = dependencyGraph(head.deployment.resources);
  const groups = new Map<string, { label: string; members: string[] }>();
  for (const vm of topologyOf(head).vms) {
    const pairRole = vm.pair && (vm.tier === "primary" || vm.tier === "backup");
    const key = pairRole ? vm.pair! : vm.role === "mcp" ? `${vm.site}-mcp` : undefined;
    if (!key) continue;
    const label = pairRole ? `${PAIR_LABEL[vm.role as PairRole] ?? vm.role} pair` : "MCPs";
    const g = groups.get(key) ?? { label, members: [] };
    g.members.push(vm.name);
    groups.set(key, g);
  }
  const out: PairDisruption[] = [];
  for (const [pair, g] of groups) {
    if (g.members.length < 2 || !g.members.some((m) => byName.has(m))) continue;
    const urns = g.members.map((m) => urnOf.get(m) ?? "");
    // How many of the others each member waits for: the one that waits for none goes first.
    const waits = urns.map((u) => urns.filter((o) => o !== u && dependsOn(graph, u, o)).length);
    const members = g.members.map((m, i) => ({ m, w: waits[i] })).sort((a, b) => a.w - b.w);
    const serialized = urns.every((a, i) => urns.every((b, j) => i >= j || ordered(graph, a, b)));
    out.push({
      pair,
      label: g.label,
      members: members.map((x) => x.m),
      impacted: members.map((x) => x.m).filter((m) => disrupts(byName.get(m)?.impact ?? "online")),
      serialized,
    });
  }
  return out.sort((a, b) => a.pair.localeCompare(b.pair));
}

const ONE: Record<Impact, string> = { online: "changes online", restart: "restarts", replace: "is replaced" };
const MANY: Record<Impact, string> = { online: "change online", restart: "restart", replace: "are replaced" };

/** "SIP Server pair lab-sip: both restart, one after the other (lab-sip-backup first)". */
export function pairLine(p: PairDisruption, disruptions: readonly Disruption[]): string {
  const impact = new Map(disruptions.map((d) => [d.name, d.impact]));
  const head = `${p.label} ${p.pair}`;
  const hit = p.impacted;
  if (hit.length === 0) return `${head}: changed online only; no VM restarts`;
  if (hit.length === 1) {
    const up = p.members.filter((m) => m !== hit[0]);
    return `${head}: only ${hit[0]} ${ONE[impact.get(hit[0])!]}; ${up.join(", ")} ${up.length > 1 ? "stay" : "stays"} up`;
  }
  const kinds = [...new Set(hit.map((m) => impact.get(m)!))];
  const who =
    kinds.length === 1
      ? `${hit.length === 2 && p.members.length === 2 ? "both" : hit.join(", ")} ${MANY[kinds[0]]}`
      : hit.map((m) => `${m} ${ONE[impact.get(m)!]}`).join(", ");
  return p.serialized
    ? `${head}: ${who}, one after the other (${hit[0]} first)`
    : `${head}: ${who} at once: calls are dropped`;
}

/** A Disruption's line: "lab-sip-backup: restart". */
export function disruptionLine(d: Disruption): string {
  return `${d.name}: ${d.impact}${d.refused ? " (part of the change is refused by the provider: preview fails)" : ""}`;
}

/** The section the text output starts with. */
export function disruptionText(
  disruptions: readonly Disruption[],
  pairs: readonly PairDisruption[],
): string[] {
  if (disruptions.length === 0) return [];
  const out = ["", "Disruption (what `pulumi up` does to each changed VM):"];
  for (const p of pairs)
    out.push(`  ${p.serialized || p.impacted.length < 2 ? " " : "!"} ${pairLine(p, disruptions)}`);
  for (const d of disruptions) {
    out.push(`  ${disruptionLine(d)}`);
    for (const r of d.reasons) out.push(`      ${r}`);
  }
  return out;
}
