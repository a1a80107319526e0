// Checks the values a plan sends to the vSphere provider against the provider's real schema:
// every property exists, every required one is there, and each value has the schema's type.
import { PulumiSchema as Schema, SchemaObject as ObjectType, SchemaType as Prop } from "./provider-schema";

export { loadSchema } from "./provider-schema";

function typeOfRef(schema: Schema, ref: string): ObjectType | undefined {
  const m = /^#\/types\/(.+)$/.exec(ref);
  return m ? schema.types[decodeURIComponent(m[1])] : undefined;
}

function checkValue(schema: Schema, where: string, value: unknown, prop: Prop, out: string[]): void {
  if (value === undefined || value === null) return;
  if (
    typeof value === "object" &&
    !Array.isArray(value) &&
    "4dabf18193072939515e22adb298388d" in (value as object)
  )
    return;
  if (prop.$ref) {
    if (prop.$ref.startsWith("pulumi.json#")) return;
    const t = typeOfRef(schema, prop.$ref);
    if (!t) return void out.push(`${where}: unknown type ${prop.$ref}`);
    return checkObject(schema, where, value, t.properties ?? {}, t.required ?? [], out);
  }
  switch (prop.type) {
    case "string":
      if (typeof value !== "string") out.push(`${where}: ${JSON.stringify(value)} is not a string`);
      return;
    case "integer":
      if (!Number.isInteger(value)) out.push(`${where}: ${JSON.stringify(value)} is not an integer`);
      return;
    case "number":
      if (typeof value !== "number") out.push(`${where}: ${JSON.stringify(value)} is not a number`);
      return;
    case "boolean":
      if (typeof value !== "boolean") out.push(`${where}: ${JSON.stringify(value)} is not a boolean`);
      return;
    case "array":
      if (!Array.isArray(value)) return void out.push(`${where}: not an array`);
      value.forEach((v, i) => checkValue(schema, `${where}[${i}]`, v, prop.items ?? {}, out));
      return;
    case "object":
      if (typeof value !== "object" || Array.isArray(value)) return void out.push(`${where}: not an object`);
      for (const [k, v] of Object.entries(value as object))
        checkValue(schema, `${where}.${k}`, v, prop.additionalProperties ?? {}, out);
      return;
  }
}

function checkObject(
  schema: Schema,
  where: string,
  value: unknown,
  props: Record<string, Prop>,
  required: string[],
  out: string[],
): void {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return void out.push(`${where}: not an object`);
  const obj = value as Record<string, unknown>;
  for (const r of required)
    if (obj[r] === undefined) out.push(`${where}.${r}: required by the schema, missing`);
  for (const [k, v] of Object.entries(obj)) {
    if (k.startsWith("__")) continue;
    const p = props[k];
    if (!p) out.push(`${where}.${k}: not a property of the real schema`);
    else checkValue(schema, `${where}.${k}`, v, p, out);
  }
}

/** Problems of one resource's inputs against the schema (empty when all is well). */
export function checkInputs(
  schema: Schema,
  type: string,
  name: string,
  inputs: Record<string, unknown>,
): string[] {
  const out: string[] = [];
  const isProvider = type === "pulumi:providers:vsphere";
  const r = isProvider ? schema.provider : schema.resources[type];
  if (!r) return [`${name}: ${type} is not a resource of the schema`];
  checkObject(
    schema,
    `${name}`,
    isProvider ? decodeProviderInputs(inputs, r.inputProperties ?? {}) : inputs,
    r.inputProperties ?? {},
    r.requiredInputs ?? [],
    out,
  );
  return out;
}

/** Pulumi SDKs send a provider's non-string settings as JSON text; decode them before typing them. */
function decodeProviderInputs(
  inputs: Record<string, unknown>,
  props: Record<string, Prop>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => {
      if (typeof v !== "string" || !props[k] || props[k].type === "string") return [k, v];
      try {
        return [k, JSON.parse(v)];
      } catch {
        return [k, v];
      }
    }),
  );
}
