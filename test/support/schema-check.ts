/**
 * Checks the TypeScript declarations of a Pulumi SDK (read as source with the TypeScript compiler API,
 * no type checker) against a Pulumi package schema: tokens, property names, requiredness and types.
 */
import { ClassDecl, FunctionDecl, SdkModel, shapeOf, typeName } from "./sdk-source";
import type { PulumiSchema, SchemaResource } from "./provider-schema";
import { Checker } from "./schema-compare";

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
