// Secrets in no output. A value that is a secret by its key (model/secrets.ts, secretConfigKeys: the
// vCenter password, the guests' passwords) or by the config (`secure:` or declared `secret: true` in
// Pulumi.yaml) never appears in what a command prints or writes, whether or not the user stored it
// as a secret. Documents keep a marker in its place, distinct from a stored secret's, so that the
// pack still fails a password given in plain text.
import { isSecretValue, type PlanDocument, type PlanResource } from "../analyzer/plan-document";
import { VSPHERE_NAMESPACE, VSPHERE_SECRET_KEYS } from "../model/vsphere-config";

/** What stands in for a plain-text secret's value. */
export const WITHHELD = "[withheld: plain-text secret]";

/** Shorter values are withheld where they are a whole property, not searched for inside text. */
const MIN_SEARCHED = 4;

const withheld = new Set<string>();

/** Records the plain-text value of a secret key: from now on no output shows it. */
export function withholdValue(value: string): void {
  if (value !== "") withheld.add(value);
}

/** `text` with every withheld value replaced by the marker. */
export function redactText(text: string): string {
  let out = text;
  for (const v of withheld) if (v.length >= MIN_SEARCHED) out = out.split(v).join(WITHHELD);
  return out;
}

function redactValue(v: unknown): unknown {
  if (typeof v === "string") return withheld.has(v) ? WITHHELD : redactText(v);
  if (isSecretValue(v)) return v;
  if (Array.isArray(v)) return v.map(redactValue);
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactValue(x)]));
  return v;
}

/** A vSphere provider's credential properties in plain text, by key (a stack export holds them so). */
function redactProviderKeys(props: Record<string, unknown>): Record<string, unknown> {
  const out = { ...props };
  for (const k of VSPHERE_SECRET_KEYS)
    if (typeof out[k] === "string" && out[k] !== "" && !isSecretValue(out[k])) out[k] = WITHHELD;
  return out;
}

function redactResource(r: PlanResource): PlanResource {
  const isProvider = r.type === `pulumi:providers:${VSPHERE_NAMESPACE}`;
  const props = (p: Record<string, unknown>) =>
    redactValue(isProvider ? redactProviderKeys(p) : p) as Record<string, unknown>;
  return { ...r, inputs: props(r.inputs ?? {}), outputs: props(r.outputs ?? {}) };
}

/** The document with every plain-text secret replaced by the marker. */
export function redactDocument(doc: PlanDocument): PlanDocument {
  return {
    ...doc,
    deployment: { ...doc.deployment, resources: doc.deployment.resources.map(redactResource) },
  };
}

/** Any value (stack outputs) with the withheld values replaced. */
export function redactAny<T>(v: T): T {
  return redactValue(v) as T;
}
