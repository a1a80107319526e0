/**
 * The parts of a Pulumi package schema the generator reads, and the naming rules that turn schema
 * tokens into the TypeScript names and file names of the published Node.js SDK.
 */

export interface TypeSpec {
  type?: string;
  items?: TypeSpec;
  additionalProperties?: TypeSpec;
  $ref?: string;
}

export interface PropertySpec extends TypeSpec {
  description?: string;
  secret?: boolean;
  deprecationMessage?: string;
  defaultInfo?: { environment?: string[] };
}

export interface ObjectSpec {
  description?: string;
  type?: string;
  properties?: Record<string, PropertySpec>;
  required?: string[];
  language?: { nodejs?: { requiredInputs?: string[]; requiredOutputs?: string[] } };
}

export interface ResourceSpec {
  description?: string;
  deprecationMessage?: string;
  properties?: Record<string, PropertySpec>;
  required?: string[];
  inputProperties?: Record<string, PropertySpec>;
  requiredInputs?: string[];
  stateInputs?: ObjectSpec;
  methods?: Record<string, string>;
}

export interface FunctionSpec {
  description?: string;
  deprecationMessage?: string;
  inputs?: ObjectSpec;
  outputs?: ObjectSpec;
}

export interface PackageSchema {
  name: string;
  config?: { variables?: Record<string, PropertySpec> };
  provider: ResourceSpec;
  resources: Record<string, ResourceSpec>;
  functions: Record<string, FunctionSpec>;
  types: Record<string, ObjectSpec>;
}

/** Splits `pkg:module/file:Name` (the published SDKs keep only the `index` module, flat). */
export function splitToken(token: string): { pkg: string; module: string; file: string; name: string } {
  const m = /^([^:]+):([^:/]+)(?:\/([^:]+))?:([^:]+)$/.exec(token);
  if (!m) throw new Error(`schema token "${token}" is not of the form pkg:module/file:Name`);
  const [, pkg, module, file, name] = m;
  if (module !== "index") {
    throw new Error(`schema token "${token}": module "${module}" is not supported (only "index")`);
  }
  return { pkg, module, file: file ?? name, name };
}

/** `getAlarmSnmpAction` -> `GetAlarmSnmpAction`: object type names start upper-case. */
export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The object type token a `$ref` points at, or undefined for `pulumi.json#/Any` and the like. */
export function refToken(ref: string): string | undefined {
  const m = /^#\/types\/(.+)$/.exec(ref);
  return m ? decodeURIComponent(m[1]) : undefined;
}

/** TypeScript name of a schema object type. */
export function objectTypeName(token: string): string {
  return upperFirst(splitToken(token).name);
}

/** Property names in the order the published SDK writes them (sorted, like the schema). */
export function sortedEntries<T>(record: Record<string, T> | undefined): [string, T][] {
  return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Required properties of an object type on its input or output side (`language.nodejs` wins). */
export function requiredOf(spec: ObjectSpec, side: "input" | "output"): string[] {
  const nodejs = spec.language?.nodejs;
  const override = side === "input" ? nodejs?.requiredInputs : nodejs?.requiredOutputs;
  return override ?? spec.required ?? [];
}

/** Tokens of the provider's methods (`terraformConfig`): functions, but not package-level `getX`. */
export function methodTokens(schema: PackageSchema): Set<string> {
  return new Set(Object.values(schema.provider.methods ?? {}));
}

/** Package-level functions (`getX`), sorted by token. */
export function packageFunctions(schema: PackageSchema): [string, FunctionSpec][] {
  const methods = methodTokens(schema);
  return sortedEntries(schema.functions).filter(([token]) => !methods.has(token));
}
