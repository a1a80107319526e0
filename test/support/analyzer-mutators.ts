// Mutators for the pack tests' plan documents: each returns a changed deep copy, so one practice
// can be broken at a time.
import type { PlanDocument, PlanResource } from "../../analyzer/plan-document";
import { UNKNOWN } from "./analyzer-plan-builder";

export function clone(doc: PlanDocument): PlanDocument {
  return JSON.parse(JSON.stringify(doc)) as PlanDocument;
}

/** The one resource of a type whose URN name is `name`. */
export function find(doc: PlanDocument, type: string, name: string): PlanResource {
  const r = doc.deployment.resources.find((x) => x.type === type && x.urn.endsWith(`::${name}`));
  if (!r) throw new Error(`no ${type} named ${name}`);
  return r;
}

/** Changes one resource of a copy of the document. */
export function mutate(
  doc: PlanDocument,
  type: string,
  name: string,
  change: (r: PlanResource) => void,
): PlanDocument {
  const copy = clone(doc);
  change(find(copy, type, name));
  return copy;
}

/** Sets one input (dotted path, or a key list) of one resource; `undefined` deletes it. */
export function setInput(
  doc: PlanDocument,
  type: string,
  name: string,
  path: string | string[],
  value: unknown,
): PlanDocument {
  return mutate(doc, type, name, (r) => {
    const keys = Array.isArray(path) ? path : path.split(".");
    let o = r.inputs as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
    const last = keys[keys.length - 1];
    if (value === undefined) delete o[last];
    else o[last] = value;
  });
}

export function remove(doc: PlanDocument, type: string, name: string): PlanDocument {
  const copy = clone(doc);
  const r = find(copy, type, name);
  copy.deployment.resources = copy.deployment.resources.filter((x) => x !== r);
  return copy;
}

/** A preview: every input of the given types holding an id of another resource becomes unknown. */
export function asPreview(doc: PlanDocument): PlanDocument {
  const copy = clone(doc);
  for (const r of copy.deployment.resources) {
    if ("virtualMachineIds" in r.inputs) r.inputs.virtualMachineIds = UNKNOWN;
    if ("virtualMachineId" in r.inputs) r.inputs.virtualMachineId = UNKNOWN;
    if ("computeClusterId" in r.inputs) r.inputs.computeClusterId = UNKNOWN;
  }
  return copy;
}
