// Merges the plans of a stack's sites into the plan of the stack. Each site is a subtree of its own
// (site component, cluster, hosts, VMs, rules); the runs share only the root stack, whose outputs
// are maps keyed by site, and the vCenter provider, which must come out the same from every run.
import { PlanDocument, PlanResource } from "../analyzer/plan-document";
import { isObj } from "../policies/reader";

type Json = Record<string, unknown>;

/** Merges per-site stack outputs: maps are joined key by key; anything else must agree. */
export function mergeOutputs(a: Json, b: Json, where: string): Json {
  const out: Json = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (!(k in out)) out[k] = v;
    else if (isObj(out[k]) && isObj(v)) out[k] = mergeOutputs(out[k] as Json, v, `${where}.${k}`);
    else if (JSON.stringify(out[k]) !== JSON.stringify(v))
      throw new Error(
        `the site plans disagree on ${where}.${k}: the program is no longer one subtree per site`,
      );
  }
  return out;
}

export function mergeDocuments(docs: PlanDocument[]): PlanDocument {
  const byUrn = new Map<string, PlanResource>();
  const resources: PlanResource[] = [];
  for (const doc of docs) {
    for (const r of doc.deployment.resources) {
      const seen = byUrn.get(r.urn);
      if (!seen) {
        const copy = { ...r };
        byUrn.set(r.urn, copy);
        resources.push(copy);
      } else if (r.type === "pulumi:pulumi:Stack") {
        seen.outputs = mergeOutputs(seen.outputs, r.outputs, "stack outputs");
      } else if (JSON.stringify(seen) !== JSON.stringify(r)) {
        throw new Error(`the site plans disagree on ${r.urn}: the program is no longer one subtree per site`);
      }
    }
  }
  return { ...docs[0], deployment: { ...docs[0].deployment, resources } };
}
