/** `provider.ts` (the Provider resource and its methods) and `config/vars.ts` (the `vsphere:` keys). */
import { docComment } from "./docs";
import { GenContext, fileText, header } from "./emit";
import { PropertySpec, requiredOf, sortedEntries, upperFirst } from "./schema";
import { propertyKey, propertyLines, propertyType } from "./types";

/** The `utilities` reader of an environment variable default, by schema type. */
function envReader(p: PropertySpec): string {
  if (p.type === "boolean") return "utilities.getEnvBoolean";
  if (p.type === "integer" || p.type === "number") return "utilities.getEnvNumber";
  return "utilities.getEnv";
}

function envDefault(p: PropertySpec): string | undefined {
  const vars = p.defaultInfo?.environment ?? [];
  return vars.length > 0 ? `${envReader(p)}(${vars.map((v) => JSON.stringify(v)).join(", ")})` : undefined;
}

/** A provider input: the argument, else its environment default; non-strings go JSON-encoded. */
function providerInput(name: string, p: PropertySpec): string {
  const fallback = envDefault(p);
  let value = fallback ? `(args?.${name}) ?? ${fallback}` : `args?.${name}`;
  if (p.secret) value = `${value} ? pulumi.secret(${value}) : undefined`;
  // The engine hands provider settings to the plugin as strings: non-string ones are JSON text.
  if (p.type !== "string") value = `pulumi.output(${value}).apply(JSON.stringify)`;
  return `            resourceInputs[${JSON.stringify(name)}] = ${value};`;
}

function methodLines(ctx: GenContext): { members: string[]; namespace: string[] } {
  const members: string[] = [];
  const namespace: string[] = [];
  for (const [method, token] of sortedEntries(ctx.schema.provider.methods)) {
    const spec = ctx.schema.functions[token];
    if (!spec) throw new Error(`schema: provider method ${method} names undefined function ${token}`);
    const extra = sortedEntries(spec.inputs?.properties).filter(([n]) => n !== "__self__");
    if (extra.length > 0) throw new Error(`provider method ${method}: arguments are not supported`);
    const result = `${upperFirst(method)}Result`;
    members.push(
      "",
      ...docComment("    ", spec.description, spec.deprecationMessage),
      `    ${method}(): pulumi.Output<Provider.${result}> {`,
      `        return pulumi.runtime.call(${JSON.stringify(token)}, {`,
      '            "__self__": this,',
      "        }, this);",
      "    }",
    );
    const required = spec.outputs ? requiredOf(spec.outputs, "output") : [];
    namespace.push(
      "    /**",
      `     * The results of the Provider.${method} method.`,
      "     */",
      `    export interface ${result} {`,
      ...propertyLines("        ", result, spec.outputs?.properties, required, "output", true),
      "    }",
      "",
    );
  }
  return { members, namespace };
}

export function providerFile(ctx: GenContext): [string, string] {
  const spec = ctx.schema.provider;
  const pkg = ctx.schema.name;
  const requiredInputs = spec.requiredInputs ?? [];
  const required = spec.required ?? [];
  const methods = methodLines(ctx);
  const body = [
    ...docComment(
      "",
      `The provider type for the ${pkg} package. By default, resources use package-wide configuration\n` +
        "settings, however an explicit `Provider` instance may be created and passed during resource\n" +
        "construction to achieve fine-grained programmatic control over provider settings.",
    ),
    "export class Provider extends pulumi.ProviderResource {",
    "    /** @internal */",
    `    public static readonly __pulumiType = '${pkg}';`,
    "",
    "    /**",
    "     * Returns true if the given object is an instance of Provider. This is designed to work even",
    "     * when multiple copies of the Pulumi SDK have been loaded into the same process.",
    "     */",
    "    public static isInstance(obj: any): obj is Provider {",
    "        if (obj === undefined || obj === null) {",
    "            return false;",
    "        }",
    "        return obj['__pulumiType'] === \"pulumi:providers:\" + Provider.__pulumiType;",
    "    }",
    "",
  ];
  // Only string settings come back as provider outputs (the engine stores them as strings).
  for (const [prop, p] of sortedEntries(spec.properties).filter(([, p]) => p.type === "string")) {
    body.push(...docComment("    ", p.description, p.deprecationMessage));
    const orUndefined = required.includes(prop) ? "" : " | undefined";
    body.push(`    declare public readonly ${propertyKey(prop)}: pulumi.Output<string${orUndefined}>;`);
  }
  body.push(
    "",
    "    /**",
    "     * Create a Provider resource with the given unique name, arguments, and options.",
    "     *",
    "     * @param name The _unique_ name of the resource.",
    "     * @param args The arguments to use to populate this resource's properties.",
    "     * @param opts A bag of options that control this resource's behavior.",
    "     */",
    `    constructor(name: string, args${requiredInputs.length === 0 ? "?" : ""}: ProviderArgs, opts?: pulumi.ResourceOptions) {`,
    "        let resourceInputs: pulumi.Inputs = {};",
    "        opts = opts || {};",
    "        {",
    ...[...requiredInputs]
      .sort()
      .flatMap((prop) => [
        `            if (args?.${prop} === undefined && !opts.urn) {`,
        `                throw new Error("Missing required property '${prop}'");`,
        "            }",
      ]),
    ...sortedEntries(spec.inputProperties).map(([prop, p]) => providerInput(prop, p)),
    "        }",
    "        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);",
    "        super(Provider.__pulumiType, name, resourceInputs, opts);",
    "    }",
    ...methods.members,
    "}",
    "",
    "/**",
    " * The set of arguments for constructing a Provider resource.",
    " */",
    "export interface ProviderArgs {",
  );
  body.push(...propertyLines("    ", "ProviderArgs", spec.inputProperties, requiredInputs, "input"));
  body.push("}", "");
  if (methods.namespace.length > 0) body.push("export namespace Provider {", ...methods.namespace, "}", "");
  const imports = ['import * as pulumi from "@pulumi/pulumi";', 'import * as utilities from "./utilities";'];
  return ["provider.ts", fileText([...header(ctx), ...imports, "", ...body])];
}

/** `config/vars.ts`: each `vsphere:` key as a getter (read when used), with its environment default. */
export function configFiles(ctx: GenContext): Record<string, string> {
  const pkg = ctx.schema.name;
  const body = [
    "declare var exports: any;",
    `const __config = new pulumi.Config(${JSON.stringify(pkg)});`,
    "",
  ];
  for (const [key, p] of sortedEntries(ctx.schema.config?.variables)) {
    const type = propertyType(p, "output", true, `config.${key}`);
    const read =
      p.type === "string"
        ? `__config.get(${JSON.stringify(key)})`
        : `__config.getObject<${type}>(${JSON.stringify(key)})`;
    const fallback = envDefault(p);
    body.push(
      ...docComment("", p.description, p.deprecationMessage),
      `export declare const ${key}: ${type} | undefined;`,
      `Object.defineProperty(exports, ${JSON.stringify(key)}, {`,
      "    get() {",
      `        return ${read}${fallback ? ` ?? ${fallback}` : ""};`,
      "    },",
      "    enumerable: true,",
      "});",
      "",
    );
  }
  const imports = ['import * as pulumi from "@pulumi/pulumi";', 'import * as utilities from "../utilities";'];
  return {
    "config/vars.ts": fileText([...header(ctx), ...imports, "", ...body]),
    "config/index.ts": fileText([...header(ctx), 'export * from "./vars";']),
  };
}
