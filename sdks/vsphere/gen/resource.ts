/** One resource module (`virtualMachine.ts`): the resource class with its Args and State interfaces. */
import { docComment } from "./docs";
import { GenContext, fileText, header } from "./emit";
import { PropertySpec, ResourceSpec, sortedEntries, splitToken } from "./schema";
import { propertyKey, propertyLines, propertyType } from "./types";

/** `resourceInputs["x"] = ...;` for one input, secret inputs wrapped as the published SDK wraps them. */
function inputAssignment(name: string, p: PropertySpec): string {
  const key = JSON.stringify(name);
  const value = p.secret ? `args?.${name} ? pulumi.secret(args.${name}) : undefined` : `args?.${name}`;
  return `            resourceInputs[${key}] = ${value};`;
}

function argsInterface(
  name: string,
  doc: string,
  props: Record<string, PropertySpec> | undefined,
  required: string[],
): string[] {
  return [
    ...docComment("", doc),
    `export interface ${name} {`,
    ...propertyLines("    ", name, props, required, "input"),
    "}",
    "",
  ];
}

/** Uses of `inputs.` / `outputs.` decide which type modules a file imports. */
export function typeImports(body: string[], typesDir: string): string[] {
  // Code lines only: a doc comment may well mention `outputs.tf`.
  const text = body.filter((l) => !/^\s*(\/\*\*|\*)/.test(l)).join("\n");
  const imports: string[] = [];
  if (/\binputs\./.test(text)) imports.push(`import * as inputs from "${typesDir}/input";`);
  if (/\boutputs\./.test(text)) imports.push(`import * as outputs from "${typesDir}/output";`);
  return imports;
}

export function resourceFile(ctx: GenContext, token: string, spec: ResourceSpec): [string, string] {
  const { file, name } = splitToken(token);
  const inputs = spec.inputProperties ?? {};
  const requiredInputs = spec.requiredInputs ?? [];
  const required = spec.required ?? [];
  const properties = sortedEntries(spec.properties);
  const stateProps = sortedEntries(spec.stateInputs?.properties);
  const secrets = properties.filter(([, p]) => p.secret).map(([n]) => n);
  const argsOptional = requiredInputs.length === 0;

  const body: string[] = [
    ...docComment("", spec.description, spec.deprecationMessage),
    `export class ${name} extends pulumi.CustomResource {`,
    "    /**",
    `     * Gets an existing ${name} resource's state with the given name, ID, and optional extra`,
    "     * properties used to qualify the lookup.",
    "     *",
    "     * @param name The _unique_ name of the resulting resource.",
    "     * @param id The _unique_ provider ID of the resource to lookup.",
    "     * @param state Any extra arguments used during the lookup.",
    "     * @param opts Optional settings to control the behavior of the CustomResource.",
    "     */",
    `    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ${name}State, opts?: pulumi.CustomResourceOptions): ${name} {`,
    `        return new ${name}(name, <any>state, { ...opts, id: id });`,
    "    }",
    "",
    "    /** @internal */",
    `    public static readonly __pulumiType = '${token}';`,
    "",
    "    /**",
    `     * Returns true if the given object is an instance of ${name}. This is designed to work even`,
    "     * when multiple copies of the Pulumi SDK have been loaded into the same process.",
    "     */",
    `    public static isInstance(obj: any): obj is ${name} {`,
    "        if (obj === undefined || obj === null) {",
    "            return false;",
    "        }",
    `        return obj['__pulumiType'] === ${name}.__pulumiType;`,
    "    }",
    "",
  ];
  for (const [prop, p] of properties) {
    const type = propertyType(p, "output", false, `${name}.${prop}`);
    const orUndefined = required.includes(prop) ? "" : " | undefined";
    body.push(...docComment("    ", p.description, p.deprecationMessage));
    body.push(`    declare public readonly ${propertyKey(prop)}: pulumi.Output<${type}${orUndefined}>;`);
  }
  body.push(
    "",
    "    /**",
    `     * Create a ${name} resource with the given unique name, arguments, and options.`,
    "     *",
    "     * @param name The _unique_ name of the resource.",
    "     * @param args The arguments to use to populate this resource's properties.",
    "     * @param opts A bag of options that control this resource's behavior.",
    "     */",
    `    constructor(name: string, args${argsOptional ? "?" : ""}: ${name}Args, opts?: pulumi.CustomResourceOptions)`,
    `    constructor(name: string, argsOrState?: ${name}Args | ${name}State, opts?: pulumi.CustomResourceOptions) {`,
    "        let resourceInputs: pulumi.Inputs = {};",
    "        opts = opts || {};",
    "        if (opts.id) {",
    `            const state = argsOrState as ${name}State | undefined;`,
    ...stateProps.map(([prop]) => `            resourceInputs[${JSON.stringify(prop)}] = state?.${prop};`),
    "        } else {",
    `            const args = argsOrState as ${name}Args | undefined;`,
  );
  for (const prop of [...requiredInputs].sort()) {
    body.push(
      `            if (args?.${prop} === undefined && !opts.urn) {`,
      `                throw new Error("Missing required property '${prop}'");`,
      "            }",
    );
  }
  body.push(...sortedEntries(inputs).map(([prop, p]) => inputAssignment(prop, p)));
  for (const [prop] of properties) {
    if (!(prop in inputs))
      body.push(`            resourceInputs[${JSON.stringify(prop)}] = undefined /*out*/;`);
  }
  body.push("        }", "        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);");
  if (secrets.length > 0) {
    body.push(
      `        const secretOpts = { additionalSecretOutputs: [${secrets.map((s) => JSON.stringify(s)).join(", ")}] };`,
      "        opts = pulumi.mergeOptions(opts, secretOpts);",
    );
  }
  body.push(`        super(${name}.__pulumiType, name, resourceInputs, opts);`, "    }", "}", "");
  body.push(
    ...argsInterface(
      `${name}State`,
      `Input properties used for looking up and filtering ${name} resources.`,
      spec.stateInputs?.properties,
      [],
    ),
    ...argsInterface(
      `${name}Args`,
      `The set of arguments for constructing a ${name} resource.`,
      inputs,
      requiredInputs,
    ),
  );
  const imports = [
    'import * as pulumi from "@pulumi/pulumi";',
    ...typeImports(body, "./types"),
    'import * as utilities from "./utilities";',
  ];
  return [`${file}.ts`, fileText([...header(ctx), ...imports, "", ...body])];
}
