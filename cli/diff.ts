// `genesys-iac diff`: what a change does to the desired state of a stack, against a base plan (the
// base branch's `plan --format json`). Resources are matched by URN and compared by their inputs;
// secrets are compared by their marker and never shown. Moves of a VM's intended host and changes
// of rule membership (by VM name) are called out first: they are what a reviewer of a vSphere
// change needs to see.
import { isSecretValue, REDACTED, type PlanDocument, type PlanResource } from "../analyzer/plan-document";
import { parseUrn } from "../analyzer/requests";
import {
  disruptionsOf,
  disruptionText,
  pairDisruptions,
  type Disruption,
  type PairDisruption,
} from "./disruption-report";
import { InputError } from "./errors";
import { loadSource, readDocumentFile, type Source, type SourceOptions } from "./source";
import { identityOf, topologyOf, type TopologyRule } from "./topology";
import { isObj } from "../policies/reader";

export interface PropertyChange {
  /** e.g. `disks[0].size`, `extraConfig["guestinfo.genesys.role"]`. */
  path: string;
  kind: "added" | "removed" | "changed";
  old?: unknown;
  new?: unknown;
}

export interface ResourceRef {
  urn: string;
  type: string;
  name: string;
}

export interface ResourceChange extends ResourceRef {
  changes: PropertyChange[];
}

export interface HostMove {
  vm: string;
  site: string;
  /** "" when the VM is new (to) or gone (from). */
  from: string;
  to: string;
}

export interface RuleChange {
  rule: string;
  kind: TopologyRule["kind"];
  change: "added" | "removed" | "changed";
  /** Members after (added/changed) or before (removed). */
  vms: string[];
  joined: string[];
  left: string[];
  /** Flags that changed, e.g. `mandatory: true -> false`. */
  flags: string[];
}

export interface StackDiff {
  stack: string;
  base: string;
  head: string;
  /** What `pulumi up` does to each changed VM: online, restart or replace, and why. */
  disruptions: Disruption[];
  /** Per HA pair (and the MCPs of a site) with a changed VM: who is disrupted, and in what order. */
  pairs: PairDisruption[];
  moves: HostMove[];
  rules: RuleChange[];
  added: ResourceRef[];
  removed: ResourceRef[];
  changed: ResourceChange[];
  unchanged: number;
}

function key(path: string, k: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(k) ? (path ? `${path}.${k}` : k) : `${path}[${JSON.stringify(k)}]`;
}

/** What may be shown of a value: secrets only as their marker. */
export function shown(v: unknown): unknown {
  if (isSecretValue(v)) return REDACTED;
  if (Array.isArray(v)) return v.map(shown);
  if (isObj(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shown(x)]));
  return v;
}

/** Property changes between two values, depth first, in path order. */
export function compareValues(
  path: string,
  a: unknown,
  b: unknown,
  out: PropertyChange[] = [],
): PropertyChange[] {
  // Two secrets are equal as far as anyone may tell; a secret and a plain value differ.
  if (isSecretValue(a) || isSecretValue(b)) {
    if (isSecretValue(a) !== isSecretValue(b))
      out.push({ path, kind: "changed", old: shown(a), new: shown(b) });
    return out;
  }
  if (a === undefined && b === undefined) return out;
  if (a === undefined) return (out.push({ path, kind: "added", new: shown(b) }), out);
  if (b === undefined) return (out.push({ path, kind: "removed", old: shown(a) }), out);
  if (Array.isArray(a) && Array.isArray(b)) {
    // Lists of named objects (the model's VMs, rules) are matched by name, not by position.
    const names = (l: unknown[]) =>
      l.map((e) => (isObj(e) && typeof e.name === "string" ? e.name : undefined));
    const na = names(a);
    const nb = names(b);
    const keyed = (n: (string | undefined)[]) =>
      n.every((x) => x !== undefined) && new Set(n).size === n.length;
    if (a.length + b.length > 0 && keyed(na) && keyed(nb)) {
      const ia = new Map(na.map((n, i) => [n!, a[i]]));
      const ib = new Map(nb.map((n, i) => [n!, b[i]]));
      for (const n of [...new Set([...na, ...nb])] as string[])
        compareValues(`${path}[name=${JSON.stringify(n)}]`, ia.get(n), ib.get(n), out);
      return out;
    }
    for (let i = 0; i < Math.max(a.length, b.length); i++) compareValues(`${path}[${i}]`, a[i], b[i], out);
    return out;
  }
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) compareValues(key(path, k), a[k], b[k], out);
    return out;
  }
  if (JSON.stringify(a) !== JSON.stringify(b))
    out.push({ path, kind: "changed", old: shown(a), new: shown(b) });
  return out;
}

const ref = (r: PlanResource): ResourceRef => ({ urn: r.urn, type: r.type, name: parseUrn(r.urn).name });

export function diffDocuments(
  base: PlanDocument,
  head: PlanDocument,
  labels: { stack: string; base: string; head: string },
): StackDiff {
  const before = new Map(base.deployment.resources.map((r) => [r.urn, r]));
  const after = new Map(head.deployment.resources.map((r) => [r.urn, r]));
  const added: ResourceRef[] = [];
  const removed: ResourceRef[] = [];
  const changed: ResourceChange[] = [];
  let unchanged = 0;
  for (const [urn, r] of after) {
    const old = before.get(urn);
    if (!old) {
      added.push(ref(r));
      continue;
    }
    const changes = compareValues("", old.inputs ?? {}, r.inputs ?? {});
    // Left out, null and false are one and the same: not protected.
    if (!!old.protect !== !!r.protect)
      changes.push({ path: "(option) protect", kind: "changed", old: !!old.protect, new: !!r.protect });
    if (changes.length > 0) changed.push({ ...ref(r), changes });
    else unchanged++;
  }
  for (const [urn, r] of before) if (!after.has(urn)) removed.push(ref(r));
  unchanged += dropRepeatedComponentChanges(changed, after);

  const tb = topologyOf(base);
  const th = topologyOf(head);
  const moves: HostMove[] = [];
  const hostsBefore = new Map(tb.vms.map((v) => [v.name, v]));
  const hostsAfter = new Map(th.vms.map((v) => [v.name, v]));
  for (const v of th.vms) {
    const was = hostsBefore.get(v.name);
    if (!was) moves.push({ vm: v.name, site: v.site, from: "", to: v.host });
    else if (was.host !== v.host) moves.push({ vm: v.name, site: v.site, from: was.host, to: v.host });
  }
  for (const v of tb.vms)
    if (!hostsAfter.has(v.name)) moves.push({ vm: v.name, site: v.site, from: v.host, to: "" });

  const rules: RuleChange[] = [];
  const rulesBefore = new Map(tb.rules.map((r) => [r.urn, r]));
  const rulesAfter = new Map(th.rules.map((r) => [r.urn, r]));
  for (const r of th.rules) {
    const was = rulesBefore.get(r.urn);
    if (!was) {
      rules.push({
        rule: r.name,
        kind: r.kind,
        change: "added",
        vms: r.vms,
        joined: [],
        left: [],
        flags: [],
      });
      continue;
    }
    const joined = r.vms.filter((v) => !was.vms.includes(v));
    const left = was.vms.filter((v) => !r.vms.includes(v));
    const flags = (["mandatory", "enabled"] as const)
      .filter((f) => was[f] !== r[f])
      .map((f) => `${f}: ${String(was[f] ?? "unset")} -> ${String(r[f] ?? "unset")}`);
    if (joined.length + left.length + flags.length > 0)
      rules.push({ rule: r.name, kind: r.kind, change: "changed", vms: r.vms, joined, left, flags });
  }
  for (const r of tb.rules)
    if (!rulesAfter.has(r.urn))
      rules.push({
        rule: r.name,
        kind: r.kind,
        change: "removed",
        vms: r.vms,
        joined: [],
        left: [],
        flags: [],
      });

  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
  const disruptions = disruptionsOf(base, head, changed);
  return {
    ...labels,
    disruptions,
    pairs: pairDisruptions(head, disruptions),
    moves: moves.sort((a, b) => a.vm.localeCompare(b.vm)),
    rules: rules.sort((a, b) => a.rule.localeCompare(b.rule)),
    added: added.sort(byName),
    removed: removed.sort(byName),
    changed: changed.sort(byName),
    unchanged,
  };
}

/** old -> new as text, so that a component's `4` and a VM's extraConfig `"4"` compare equal. */
function transition(c: PropertyChange): string {
  const t = (v: unknown) => (typeof v === "object" && v !== null ? JSON.stringify(v) : String(v));
  return `${t(c.old)}\u0000${t(c.new)}`;
}

/**
 * A component's inputs are the args it was given, which its custom children (or, for the rules, the
 * VMs) carry to the provider: a sizing change would show on each VM component, each VM and the
 * rules component. A change is shown once, on the resource that carries it: a component's change
 * is dropped when a custom resource under it changed, or when a custom resource changed from the
 * same old value to the same new one. What no custom resource carries (declared host facts) stays.
 * Returns how many components were left with nothing to show.
 */
function dropRepeatedComponentChanges(
  changed: ResourceChange[],
  after: ReadonlyMap<string, PlanResource>,
): number {
  const custom = changed.filter((c) => after.get(c.urn)?.custom);
  const carried = new Set(custom.flatMap((c) => c.changes.map(transition)));
  const withChangedChild = new Set<string>();
  for (const c of custom)
    for (let p = after.get(c.urn)?.parent; p; p = after.get(p)?.parent) withChangedChild.add(p);
  let emptied = 0;
  for (let i = changed.length - 1; i >= 0; i--) {
    const c = changed[i];
    if (after.get(c.urn)?.custom) continue;
    c.changes = withChangedChild.has(c.urn) ? [] : c.changes.filter((x) => !carried.has(transition(x)));
    if (c.changes.length === 0) {
      changed.splice(i, 1);
      emptied++;
    }
  }
  return emptied;
}

export function isEmpty(d: StackDiff): boolean {
  return d.added.length + d.removed.length + d.changed.length + d.moves.length + d.rules.length === 0;
}

/** A value on one line, cut to a readable length. */
export function short(v: unknown, max = 80): string {
  const s = v === undefined ? "(unset)" : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

export function moveLine(m: HostMove): string {
  if (!m.from) return `+ ${m.vm}: new, on ${m.to || "(no host)"}`;
  if (!m.to) return `- ${m.vm}: removed (was on ${m.from})`;
  return `~ ${m.vm}: ${m.from} -> ${m.to}`;
}

export function ruleLine(r: RuleChange): string {
  const members = `[${r.vms.join(", ")}]`;
  if (r.change === "added") return `+ ${r.rule} (${r.kind}): added ${members}`;
  if (r.change === "removed") return `- ${r.rule} (${r.kind}): removed (held ${members})`;
  const parts = [...r.joined.map((v) => `+${v}`), ...r.left.map((v) => `-${v}`), ...r.flags];
  return `~ ${r.rule} (${r.kind}): ${parts.join(", ")} -> ${members}`;
}

export function changeLine(c: PropertyChange): string {
  if (c.kind === "added") return `${c.path}: (unset) -> ${short(c.new)}`;
  if (c.kind === "removed") return `${c.path}: ${short(c.old)} -> (unset)`;
  return `${c.path}: ${short(c.old)} -> ${short(c.new)}`;
}

export function countsOf(d: StackDiff): string {
  return `${d.added.length} to add, ${d.removed.length} to delete, ${d.changed.length} to change, ${d.unchanged} unchanged`;
}

export function formatDiffText(d: StackDiff): string {
  const out = [`Diff of stack ${d.stack}: ${d.base} -> ${d.head}`];
  if (isEmpty(d)) return `${out[0]}\n\nNo changes.\n`;
  out.push(...disruptionText(d.disruptions, d.pairs));
  if (d.moves.length > 0) out.push("", "Intended host of VMs:", ...d.moves.map((m) => `  ${moveLine(m)}`));
  if (d.rules.length > 0) out.push("", "Placement rules:", ...d.rules.map((r) => `  ${ruleLine(r)}`));
  out.push("", `Resources: ${countsOf(d)}`);
  for (const r of d.added) out.push(`  + ${r.type}  ${r.name}`);
  for (const r of d.removed) out.push(`  - ${r.type}  ${r.name}`);
  for (const r of d.changed) {
    out.push(`  ~ ${r.type}  ${r.name}`);
    for (const c of r.changes) out.push(`      ${changeLine(c)}`);
  }
  return out.join("\n") + "\n";
}

/** The base (a `plan --format json` file) and the head of a diff. */
export interface DiffRequest {
  base: string;
  source: SourceOptions;
}

/** `diff --base FILE` and the head: `--input FILE`, else the plan of `--stack NAME`. */
export async function runDiff(
  request: DiffRequest,
  cwd: string,
): Promise<{ diff: StackDiff; head: PlanDocument; diagnostics: Source["diagnostics"] }> {
  const base = readDocumentFile(cwd, request.base, "base");
  const head = await loadSource(request.source, cwd);
  const baseStack = identityOf(base).stack;
  if (baseStack && head.stack && baseStack !== head.stack)
    throw new InputError(`--base ${request.base} is of stack ${baseStack}, not ${head.stack}`);
  const diff = diffDocuments(base, head.document, {
    stack: head.stack,
    base: request.base,
    head: head.label,
  });
  return { diff, head: head.document, diagnostics: head.diagnostics };
}
