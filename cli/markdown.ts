// Markdown for a pull-request comment. Every document starts with a hidden marker line, so a
// workflow finds its own comment and updates it instead of adding one per push.
import type { CheckResult } from "./check";
import { countsOf, isEmpty, short, type StackDiff } from "./diff";
import { pairLine } from "./disruption-report";
import { mermaidDiagram } from "./mermaid";
import type { Plan } from "./plan";
import { byLevel, countsLine, detail, disabledLine, NOTHING_DEPLOYED, resourceLabel } from "./report-text";
import { topologyOf } from "./topology";

export const PR_MARKER = "<!-- genesys-iac:pr-check -->";

/** Text for a table cell: no line breaks, pipes escaped, HTML inert. */
export function cell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, "<br>");
}

/** Inline code that survives any backticks in the text. */
export function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${fence.length > 1 ? " " : ""}${text}${fence.length > 1 ? " " : ""}${fence}`;
}

function diagram(mermaid: string): string[] {
  return ["```mermaid", mermaid.trimEnd(), "```"];
}

export function checkMarkdown(r: CheckResult): string {
  const out = [PR_MARKER];
  const ok = r.verdict === "passed";
  out.push(`### ${ok ? "✅" : "❌"} Policy check of stack ${code(r.stack)}: ${ok ? "passed" : "failed"}`);
  out.push("");
  out.push(
    `${countsLine(r)} (${cell(r.source)}), policy pack ${code(`${r.pack.name}@v${r.pack.version}`)}.` +
      (ok ? "" : " A mandatory violation stops `pulumi up`."),
  );
  if (r.nothingDeployed) out.push("", NOTHING_DEPLOYED);
  const disabled = disabledLine(r, code);
  if (disabled) out.push("", `> ⚠️ ${disabled}.`);
  if (r.report.violations.length > 0) {
    out.push("", "| Level | Policy | Resource | Message |", "| --- | --- | --- | --- |");
    for (const [level, vs] of byLevel(r.report.violations))
      for (const v of vs)
        out.push(
          `| ${level === "mandatory" ? "**mandatory**" : level} | ${code(v.policyName)} | ${cell(resourceLabel(v.urn))} | ${cell(detail(v))} |`,
        );
  }
  out.push(
    "",
    `<details open><summary>Topology of ${cell(r.stack)}: sites, hosts, VMs, networks, pairs kept apart</summary>`,
    "",
  );
  out.push(...diagram(mermaidDiagram(topologyOf(r.document))));
  out.push("", "</details>");
  return out.join("\n") + "\n";
}

export function diffMarkdown(d: StackDiff, head?: Parameters<typeof topologyOf>[0]): string {
  const out = [PR_MARKER, `### Changes to stack ${code(d.stack)}`, ""];
  if (isEmpty(d)) {
    out.push(`No changes against ${cell(d.base)}.`);
    return out.join("\n") + "\n";
  }
  if (d.disruptions.length > 0) {
    out.push("**Disruption**: what `pulumi up` does to each changed VM", "");
    for (const p of d.pairs) {
      const apart = p.serialized || p.impacted.length < 2;
      out.push(`- ${apart ? "✅" : "❌"} ${cell(pairLine(p, d.disruptions))}`);
    }
    out.push("", "| VM | Impact | Why (provider behaviour) |", "| --- | --- | --- |");
    for (const x of d.disruptions)
      out.push(
        `| ${code(x.name)} | ${x.impact === "online" ? "online" : `**${x.impact}**`}${x.refused ? " (refused)" : ""} | ${x.reasons.map(cell).join("<br>")} |`,
      );
    out.push("");
  }
  out.push(`Resources: ${countsOf(d)} (against ${cell(d.base)}).`);
  if (d.moves.length > 0) {
    out.push("", "**Intended host of VMs**", "", "| VM | From | To |", "| --- | --- | --- |");
    for (const m of d.moves)
      out.push(`| ${code(m.vm)} | ${cell(m.from || "(new)")} | ${cell(m.to || "(removed)")} |`);
  }
  if (d.rules.length > 0) {
    out.push("", "**Placement rules**", "", "| Rule | Kind | Change | VMs |", "| --- | --- | --- | --- |");
    for (const r of d.rules) {
      const what =
        r.change === "changed"
          ? [...r.joined.map((v) => `+${v}`), ...r.left.map((v) => `-${v}`), ...r.flags].join(", ")
          : r.change;
      out.push(`| ${code(r.rule)} | ${r.kind} | ${cell(what)} | ${cell(r.vms.join(", "))} |`);
    }
  }
  const lines: string[] = [];
  for (const r of d.added) lines.push(`+ ${r.type}  ${r.name}`);
  for (const r of d.removed) lines.push(`- ${r.type}  ${r.name}`);
  for (const r of d.changed) {
    lines.push(`~ ${r.type}  ${r.name}`);
    for (const c of r.changes)
      lines.push(
        `    ${c.path}: ${c.kind === "added" ? "(unset)" : short(c.old)} -> ${c.kind === "removed" ? "(unset)" : short(c.new)}`,
      );
  }
  out.push(
    "",
    `<details><summary>${d.added.length + d.removed.length + d.changed.length} resource(s) changed</summary>`,
    "",
  );
  // A fence longer than any backtick run in the content.
  const fence = "`".repeat(
    Math.max(3, ...lines.map((l) => (l.match(/`+/g) ?? []).reduce((n, s) => Math.max(n, s.length + 1), 0))),
  );
  out.push(`${fence}diff`, ...lines, fence, "", "</details>");
  if (head) {
    const moved = new Set(d.moves.filter((m) => m.to).map((m) => m.vm));
    const impact = new Map(d.disruptions.map((x) => [x.name, x.impact]));
    out.push(
      "",
      "<details><summary>Topology after the change (VMs marked by impact; moved or new VMs outlined)</summary>",
      "",
    );
    out.push(...diagram(mermaidDiagram(topologyOf(head), { highlight: moved, impact })), "", "</details>");
  }
  return out.join("\n") + "\n";
}

export function planMarkdown(p: Plan): string {
  const d = p.deployment;
  const vms = d.sites.reduce((n, s) => n + s.vms.length, 0);
  const out = [PR_MARKER, `### Plan of stack ${code(d.stack)}`, ""];
  out.push(
    `${d.sites.length} site(s), ${vms} VMs on ${d.platform}; ${p.document.deployment.resources.length} resources.`,
    "",
  );
  out.push(...diagram(mermaidDiagram(topologyOf(p.document))));
  return out.join("\n") + "\n";
}
