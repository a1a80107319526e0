/**
 * Checks the TypeScript declarations of a Pulumi SDK (read as source with the TypeScript compiler API,
 * no type checker) against a Pulumi package schema: tokens, property names, requiredness and types.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

import {
  PropDecl,
  ClassDecl,
  FunctionDecl,
  SdkModel,
  Shape,
  shapeOf,
  describeShape,
  typeName,
} from "./sdk-source";
// ---------------------------------------------------------------------------------------------
// Schema shapes (only what the checks read).

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

/** The provider's real schema, committed with the SDK generated from it. */
const SCHEMA_PATH = path.resolve(__dirname, "..", "..", "sdks", "vsphere", "schema.json");

let cached: PulumiSchema | undefined;

/** The schema (parsed once per test file: it is 2 MB). */
export function loadSchema(): PulumiSchema {
  cached ??= JSON.parse(fs.readFileSync(SCHEMA_PATH, "utf8")) as PulumiSchema;
  return cached;
}

function describeSchema(t: SchemaType): string {
  if (t.$ref) return t.$ref;
  if (t.type === "array" && t.items) return `${describeSchema(t.items)}[]`;
  if (t.type === "object" && t.additionalProperties) return `map<${describeSchema(t.additionalProperties)}>`;
  return t.type ?? "?";
}

// ---------------------------------------------------------------------------------------------
// The checks.

/** Which requiredness rule applies to an object's properties. */
type Side = "input" | "output";

class Checker {
  readonly errors: string[] = [];
  /** Object types already checked (interface name + schema type), so recursion ends. */
  private readonly seen = new Set<string>();
  checkedProperties = 0;

  constructor(
    private readonly schema: PulumiSchema,
    private readonly model: SdkModel,
  ) {}

  /** Compares one declared type with a schema type; recurses into referenced object types. */
  compareType(where: string, node: ts.TypeNode | undefined, expected: SchemaType, side: Side): void {
    this.compareShape(where, shapeOf(node).shape, expected, side);
  }

  private compareShape(where: string, shape: Shape, expected: SchemaType, side: Side): void {
    const mismatch = (): void => {
      this.errors.push(
        `${where}: type ${describeShape(shape)} does not match schema ${describeSchema(expected)}`,
      );
    };
    if (expected.$ref === "pulumi.json#/Any") {
      if (shape.kind !== "any") mismatch();
      return;
    }
    if (expected.$ref) {
      const m = /^#\/types\/(.+)$/.exec(expected.$ref);
      if (!m || !this.schema.types[m[1]]) {
        this.errors.push(`${where}: unsupported or unknown schema reference ${expected.$ref}`);
        return;
      }
      const last = m[1].split(":").pop()!;
      const want = last[0].toUpperCase() + last.slice(1);
      const short = shape.kind === "ref" ? shape.name.split(".").pop()! : "";
      if (shape.kind !== "ref" || (short !== want && short !== `${want}Args`)) return mismatch();
      const decl = this.model.interfaces.get(shape.name);
      if (!decl) {
        this.errors.push(`${where}: interface ${shape.name} is not declared in the SDK`);
        return;
      }
      const objSide: Side = shape.name.startsWith("outputs.") ? "output" : side;
      const key = `${shape.name}|${m[1]}|${objSide}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
      const t = this.schema.types[m[1]];
      const nodejs = t.language?.nodejs;
      const required =
        objSide === "input"
          ? (nodejs?.requiredInputs ?? t.required ?? [])
          : (nodejs?.requiredOutputs ?? t.required ?? []);
      this.checkObject(shape.name, decl, t.properties ?? {}, required, objSide, "exact");
      return;
    }
    switch (expected.type) {
      case "string":
      case "boolean":
        if (shape.kind !== expected.type) mismatch();
        return;
      case "integer":
      case "number":
        if (shape.kind !== "number") mismatch();
        return;
      case "array":
        if (shape.kind !== "array" || !expected.items) return mismatch();
        return this.compareShape(`${where}[]`, shape.items, expected.items, side);
      case "object":
        if (shape.kind !== "map" || !expected.additionalProperties) return mismatch();
        return this.compareShape(`${where}{}`, shape.values, expected.additionalProperties, side);
      default:
        this.errors.push(`${where}: unsupported schema type ${describeSchema(expected)}`);
    }
  }

  /**
   * Checks an interface against a schema object. `requiredness`: "exact" (optional exactly when not
   * required; required ones must be declared) or "allOptional" (state interfaces).
   */
  checkObject(
    where: string,
    decl: PropDecl[],
    properties: Record<string, SchemaType>,
    required: string[],
    side: Side,
    requiredness: "exact" | "allOptional",
  ): void {
    const declared = new Set(decl.map((p) => p.name));
    for (const p of decl) {
      this.checkedProperties++;
      const spec = properties[p.name];
      if (!spec) {
        this.errors.push(`${where}.${p.name}: not a property of the schema object`);
        continue;
      }
      const isRequired = required.includes(p.name);
      if (requiredness === "allOptional" && !p.optional) {
        this.errors.push(`${where}.${p.name}: should be optional`);
      } else if (requiredness === "exact" && p.optional === isRequired) {
        this.errors.push(
          `${where}.${p.name}: declared ${p.optional ? "optional" : "required"}, schema says ${isRequired ? "required" : "optional"}`,
        );
      }
      this.compareType(`${where}.${p.name}`, p.type, spec, side);
    }
    if (requiredness === "exact") {
      for (const r of required) {
        if (!declared.has(r) && properties[r])
          this.errors.push(`${where}.${r}: required by the schema but not declared`);
      }
    }
  }

  iface(where: string, name: string): PropDecl[] | undefined {
    const decl = this.model.interfaces.get(name);
    if (!decl) this.errors.push(`${where}: interface ${name} is not declared`);
    return decl;
  }
}

export interface CheckResult {
  /** Schema token of the declaration, when it could be worked out. */
  token?: string;
  errors: string[];
  checkedProperties: number;
}

/** Checks one resource (or provider) class: token, Args, State and declared outputs. */
export function checkClass(schema: PulumiSchema, model: SdkModel, cls: ClassDecl): CheckResult {
  const c = new Checker(schema, model);
  const where = cls.name;
  let token: string | undefined;
  let spec: SchemaResource | undefined;
  if (cls.pulumiType === undefined) {
    c.errors.push(`${where}: no static __pulumiType string`);
  } else if (cls.base === "pulumi.ProviderResource") {
    token = `pulumi:providers:${cls.pulumiType}`;
    if (cls.pulumiType !== schema.name)
      c.errors.push(`${where}: provider type ${cls.pulumiType} is not ${schema.name}`);
    else spec = schema.provider;
  } else if (cls.base === "pulumi.CustomResource") {
    token = cls.pulumiType;
    spec = schema.resources[token];
    if (!spec) c.errors.push(`${where}: token ${token} is not a resource of the schema`);
    else if (token.split(":").pop() !== cls.name)
      c.errors.push(`${where}: class name differs from token ${token}`);
  } else {
    c.errors.push(`${where}: extends ${cls.base}, not a Pulumi resource class`);
  }
  if (spec) {
    const requiredInputs = spec.requiredInputs ?? [];
    const args = c.iface(where, `${cls.name}Args`);
    if (args)
      c.checkObject(`${cls.name}Args`, args, spec.inputProperties ?? {}, requiredInputs, "input", "exact");
    if (cls.argsOptional !== (requiredInputs.length === 0)) {
      c.errors.push(
        `${where}: constructor args should be ${requiredInputs.length === 0 ? "optional" : "required"}`,
      );
    }
    if (cls.base === "pulumi.CustomResource") {
      const state = c.iface(where, `${cls.name}State`);
      if (state)
        c.checkObject(
          `${cls.name}State`,
          state,
          spec.stateInputs?.properties ?? {},
          [],
          "input",
          "allOptional",
        );
    }
    const props = spec.properties ?? {};
    const required = spec.required ?? [];
    for (const o of cls.outputs) {
      c.checkedProperties++;
      const w = `${where}.${o.name}`;
      if (typeName(o.type) !== "pulumi.Output") {
        c.errors.push(`${w}: output is not typed pulumi.Output<...>`);
        continue;
      }
      if (!props[o.name]) {
        c.errors.push(`${w}: not an output property of the schema`);
        continue;
      }
      const { orUndefined } = shapeOf(o.type);
      if (orUndefined === required.includes(o.name)) {
        c.errors.push(
          `${w}: ${orUndefined ? "'| undefined' on a required output" : "optional output lacks '| undefined'"}`,
        );
      }
      c.compareType(w, o.type, props[o.name], "output");
    }
    // Secret outputs stay secret once read back: the published SDKs list them in additionalSecretOutputs.
    const secrets = Object.keys(props).filter((p) => props[p].secret);
    if ([...cls.secretOutputs].sort().join() !== secrets.sort().join()) {
      c.errors.push(
        `${where}: additionalSecretOutputs [${cls.secretOutputs.join(", ")}], schema secrets [${secrets.join(", ")}]`,
      );
    }
    if (cls.base === "pulumi.ProviderResource") checkMethods(c, schema, cls);
  }
  return { token, errors: c.errors, checkedProperties: c.checkedProperties };
}

/** Provider methods (`terraformConfig`): one per schema method, calling its token, with its result type. */
function checkMethods(c: Checker, schema: PulumiSchema, cls: ClassDecl): void {
  const wanted = schema.provider.methods ?? {};
  const declared = new Map(cls.methods.map((m) => [m.name, m]));
  for (const [name, token] of Object.entries(wanted)) {
    const m = declared.get(name);
    const where = `${cls.name}.${name}`;
    if (!m) {
      c.errors.push(`${where}: provider method of the schema is not declared`);
      continue;
    }
    if (m.tokens.join() !== token)
      c.errors.push(`${where}: calls ${m.tokens.join(", ")}, schema says ${token}`);
    const outputs = schema.functions[token]?.outputs;
    const result = m.resultType ? c.iface(where, m.resultType) : undefined;
    if (!result) c.errors.push(`${where}: result is not an Output of a declared interface`);
    else
      c.checkObject(
        m.resultType!,
        result,
        outputs?.properties ?? {},
        outputs?.required ?? [],
        "output",
        "exact",
      );
  }
  for (const name of declared.keys()) {
    if (!(name in wanted)) c.errors.push(`${cls.name}.${name}: not a provider method of the schema`);
  }
}

/** Checks one invoke wrapper: its token, args interface and result interface. */
export function checkFunction(schema: PulumiSchema, model: SdkModel, fn: FunctionDecl): CheckResult {
  const c = new Checker(schema, model);
  const where = fn.name;
  const token = fn.tokens[0];
  if (new Set(fn.tokens).size !== 1)
    c.errors.push(`${where}: invokes several tokens ${fn.tokens.join(", ")}`);
  const spec = schema.functions[token];
  const base = fn.name.replace(/Output$/, "");
  if (!spec) {
    c.errors.push(`${where}: token ${token} is not a function of the schema`);
  } else {
    if (token !== `${schema.name}:index/${base}:${base}`)
      c.errors.push(`${where}: name does not match token ${token}`);
    const required = spec.inputs?.required ?? [];
    if (!spec.inputs) {
      // A function without inputs (getHostBaseImages) takes only its options.
      if (fn.argsType) c.errors.push(`${where}: takes args, the schema function has no inputs`);
    } else if (!fn.argsType) {
      c.errors.push(`${where}: args parameter has no interface type`);
    } else {
      if (fn.argsOptional !== (required.length === 0)) {
        c.errors.push(`${where}: args should be ${required.length === 0 ? "optional" : "required"}`);
      }
      const args = c.iface(where, fn.argsType);
      if (args) c.checkObject(fn.argsType, args, spec.inputs.properties ?? {}, required, "input", "exact");
    }
    const result = fn.resultType ? c.iface(where, fn.resultType) : undefined;
    if (!fn.resultType) c.errors.push(`${where}: return type is not Promise/Output of an interface`);
    if (result) {
      c.checkObject(
        fn.resultType!,
        result,
        spec.outputs?.properties ?? {},
        spec.outputs?.required ?? [],
        "output",
        "exact",
      );
    }
  }
  return { token, errors: c.errors, checkedProperties: c.checkedProperties };
}

/** The `config` module: every schema config variable exported with its type, nothing else. */
export function checkConfig(schema: PulumiSchema, model: SdkModel): CheckResult {
  const c = new Checker(schema, model);
  const variables = schema.config?.variables ?? {};
  for (const [name, spec] of Object.entries(variables)) {
    c.checkedProperties++;
    if (!model.configVars.has(name)) {
      c.errors.push(`config.${name}: config variable of the schema is not exported`);
      continue;
    }
    const type = model.configVars.get(name);
    if (!shapeOf(type).orUndefined) c.errors.push(`config.${name}: an unset key must read as undefined`);
    c.compareType(`config.${name}`, type, spec, "output");
  }
  for (const name of model.configVars.keys()) {
    if (!(name in variables)) c.errors.push(`config.${name}: not a config variable of the schema`);
  }
  return { errors: c.errors, checkedProperties: c.checkedProperties };
}

/** Checks every class and invoke wrapper of the SDK; errors prefixed by declaration name. */
export function checkSdk(schema: PulumiSchema, model: SdkModel): string[] {
  return [
    ...model.classes.flatMap((cls) => checkClass(schema, model, cls).errors),
    ...model.functions.flatMap((fn) => checkFunction(schema, model, fn).errors),
    ...checkConfig(schema, model).errors,
  ];
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
