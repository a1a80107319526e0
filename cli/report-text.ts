// The policy report as the Pulumi CLI prints one after a preview: per pack, the violations grouped
// by enforcement level (mandatory first), each with the policy, the resource (type and name from
// its URN) and the message; then one summary line. Where one policy finds several resources (every
// unprotected VM, say), it is printed once with its description and the resources listed under it,
// and the message once when only the resource's name differs.
import { parseUrn } from "../analyzer/requests";
import type { EnforcementLevel, Violation } from "../analyzer/report";
import type { CheckResult } from "./check";
import { NO_PAINT, type Paint } from "./color";

export const LEVEL_ORDER: EnforcementLevel[] = ["mandatory", "remediate", "advisory", "disabled"];

/** `type: name` of a violation's resource, or "the stack" for a stack-wide one. */
export function resourceLabel(urn: string): string {
  if (!urn) return "the stack";
  const { type, name } = parseUrn(urn);
  return `${type}: ${name}`;
}

/** The violation's own message: the SDK sends the policy's description, a line break, then it. */
export function detail(v: Violation): string {
  const m = v.message.trim();
  return v.description && m.startsWith(v.description) ? m.slice(v.description.length).trim() || m : m;
}

export function byLevel(violations: readonly Violation[]): [EnforcementLevel, Violation[]][] {
  return LEVEL_ORDER.map(
    (l) => [l, violations.filter((v) => v.enforcementLevel === l)] as [EnforcementLevel, Violation[]],
  ).filter(([, vs]) => vs.length > 0);
}

export function countsLine(r: CheckResult): string {
  const c = r.counts;
  const parts = [`${c.mandatory} mandatory`, `${c.advisory} advisory`];
  if (c.remediate > 0) parts.push(`${c.remediate} remediate`);
  return `${parts.join(", ")} violation${c.total === 1 ? "" : "s"} in ${r.resources} resources`;
}

/** The line naming the policies that did not run, or undefined when all ran. */
export function disabledLine(r: CheckResult, show = (name: string) => name): string | undefined {
  const n = r.disabledPolicies.length;
  if (n === 0) return undefined;
  return `${n} polic${n === 1 ? "y" : "ies"} disabled by the policy config, not checked: ${r.disabledPolicies.map(show).join(", ")}`;
}

export const NOTHING_DEPLOYED =
  "Nothing deployed: the export holds no resources (a stack never deployed, or destroyed); there is nothing to judge.";

/** Lines of `items` joined by ", ", each line at most `width` characters (an item never split). */
function wrapList(items: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const item of items) {
    const next = line ? `${line}, ${item}` : item;
    if (line && next.length > width) {
      lines.push(`${line},`);
      line = item;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The message the violations of one policy share once each one's own resource name is taken out
 * (`VM {name} is not protected...`), or undefined when they say different things.
 */
function sharedMessage(vs: readonly Violation[]): string | undefined {
  const templates = new Set(
    vs.map((v) => {
      const name = v.urn ? parseUrn(v.urn).name : "";
      const text = detail(v);
      return name ? text.split(name).join("{name}") : text;
    }),
  );
  const [only] = templates;
  return templates.size === 1 && only.includes("{name}") ? only : undefined;
}

/** One policy's violations at one level: a single one in full; several under one heading. */
function policyLines(vs: readonly Violation[], p: Paint): string[] {
  const [first] = vs;
  const head = `        - [${first.enforcementLevel}]  ${p.bold(first.policyName)}`;
  if (vs.length === 1) {
    const out = [`${head}  (${resourceLabel(first.urn)})`];
    if (first.description) out.push(`          ${first.description}`);
    for (const line of detail(first).split("\n")) out.push(`          ${line}`);
    return out;
  }
  const out = [`${head}  (${vs.length} resources)`];
  if (first.description) out.push(`          ${first.description}`);
  const shared = sharedMessage(vs);
  if (shared !== undefined) {
    for (const line of shared.split("\n")) out.push(`          ${line}`);
    // {name} stands for each of these, listed per resource type.
    const byType = new Map<string, string[]>();
    for (const v of vs) {
      const { type, name } = parseUrn(v.urn);
      byType.set(type, [...(byType.get(type) ?? []), name]);
    }
    for (const [type, names] of byType) {
      out.push(`          where {name} is each ${type} of:`);
      for (const line of wrapList(names, 90)) out.push(`            ${line}`);
    }
    return out;
  }
  for (const v of vs) {
    out.push(`          - ${resourceLabel(v.urn)}`);
    for (const line of detail(v).split("\n")) out.push(`            ${line}`);
  }
  return out;
}

/** Violations of one level, grouped by policy in the report's order (by policy, then resource). */
function byPolicy(vs: readonly Violation[]): Violation[][] {
  const groups = new Map<string, Violation[]>();
  for (const v of vs) groups.set(v.policyName, [...(groups.get(v.policyName) ?? []), v]);
  return [...groups.values()];
}

/** How a level's heading is coloured. */
const LEVEL_PAINT: Partial<Record<EnforcementLevel, keyof Paint>> = {
  mandatory: "red",
  remediate: "red",
  advisory: "yellow",
};

export function formatCheckText(r: CheckResult, p: Paint = NO_PAINT): string {
  const out: string[] = [];
  out.push(`Policy check of stack ${r.stack} (${r.source}): ${r.resources} resources`);
  if (r.nothingDeployed) out.push(NOTHING_DEPLOYED);
  out.push("");
  out.push("Policies:");
  const mark = r.verdict === "passed" ? "✅" : "❌";
  out.push(`    ${mark} ${r.pack.name}@v${r.pack.version} (local: ${r.pack.dir})`);
  for (const [level, vs] of byLevel(r.report.violations)) {
    const heading = `${level[0].toUpperCase()}${level.slice(1)} (${vs.length}):`;
    const style = LEVEL_PAINT[level];
    out.push(`        ${style ? p[style](heading) : heading}`);
    for (const group of byPolicy(vs)) out.push(...policyLines(group, p));
  }
  if (r.report.violations.length === 0) out.push("        No violations.");
  const disabled = disabledLine(r);
  if (disabled) out.push(`        ${disabled}.`);
  out.push("");
  out.push(
    `Summary: ${countsLine(r)}: ${
      r.verdict === "passed"
        ? p.green("PASSED")
        : `${p.red("FAILED")} (a mandatory policy is violated; \`pulumi up\` would stop)`
    }${r.disabledPolicies.length > 0 ? ` (${r.disabledPolicies.length} disabled)` : ""}`,
  );
  return out.join("\n") + "\n";
}
