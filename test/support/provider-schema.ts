/**
 * The Pulumi package schema the SDK checks read (only the parts they read): its shapes, the
 * provider's real schema committed with the SDK generated from it, and sample values of its types.
 */
import * as fs from "fs";
import * as path from "path";

export interface SchemaType {
  type?: string;
  secret?: boolean;
  items?: SchemaType;
  additionalProperties?: SchemaType;
  $ref?: string;
}

export interface SchemaObject {
  properties?: Record<string, SchemaType>;
  required?: string[];
  language?: { nodejs?: { requiredInputs?: string[]; requiredOutputs?: string[] } };
}

export interface SchemaResource {
  inputProperties?: Record<string, SchemaType>;
  requiredInputs?: string[];
  properties?: Record<string, SchemaType>;
  required?: string[];
  stateInputs?: SchemaObject;
  /** Provider methods: method name -> function token. */
  methods?: Record<string, string>;
}

export interface PulumiSchema {
  name: string;
  provider: SchemaResource;
  resources: Record<string, SchemaResource>;
  functions: Record<string, { inputs?: SchemaObject; outputs?: SchemaObject }>;
  types: Record<string, SchemaObject>;
  config?: { variables?: Record<string, SchemaType> };
}

/** The SDK generated from the provider's schema (the `@pulumi/vsphere` the project resolves). */
export const SDK_DIR = path.resolve(__dirname, "..", "..", "sdks", "vsphere");

/** The provider's real schema, committed with the SDK generated from it. */
const SCHEMA_PATH = path.join(SDK_DIR, "schema.json");

let cached: PulumiSchema | undefined;

/** The schema (parsed once per test file: it is 2 MB). */
export function loadSchema(): PulumiSchema {
  cached ??= JSON.parse(fs.readFileSync(SCHEMA_PATH, "utf8")) as PulumiSchema;
  return cached;
}

// ---------------------------------------------------------------------------------------------
// Sample values, for instantiating resources under mocks.

/** A value of the given schema type (object types filled with every property). */
export function sampleValue(schema: PulumiSchema, t: SchemaType, name: string, depth = 0): unknown {
  if (t.$ref) {
    const obj = schema.types[t.$ref.replace(/^#\/types\//, "")];
    const out: Record<string, unknown> = {};
    if (depth < 4) {
      for (const [k, v] of Object.entries(obj?.properties ?? {}))
        out[k] = sampleValue(schema, v, k, depth + 1);
    }
    return out;
  }
  switch (t.type) {
    case "string":
      return `${name}-value`;
    case "integer":
    case "number":
      return 7;
    case "boolean":
      return true;
    case "array":
      return [sampleValue(schema, t.items ?? { type: "string" }, name, depth + 1)];
    case "object":
      return { key: sampleValue(schema, t.additionalProperties ?? { type: "string" }, name, depth + 1) };
    default:
      return undefined;
  }
}
