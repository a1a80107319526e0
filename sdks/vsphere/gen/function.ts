/** One function module (`getHost.ts`): `getX` (a Promise) and `getXOutput` (an Output), with their types. */
import { docComment } from "./docs";
import { GenContext, fileText, header } from "./emit";
import { typeImports } from "./resource";
import { FunctionSpec, ObjectSpec, requiredOf, sortedEntries, splitToken, upperFirst } from "./schema";
import { Form, propertyLines } from "./types";

function fields(name: string, spec: ObjectSpec | undefined, form: Form, readonly: boolean): string[] {
  const required = spec ? requiredOf(spec, form === "output" ? "output" : "input") : [];
  return propertyLines("    ", name, spec?.properties, required, form, readonly);
}

/** One of the two forms: `kind` "plain" is `getX`, "output" is `getXOutput`. */
function invokeFunction(fn: string, token: string, spec: FunctionSpec, kind: "plain" | "output"): string[] {
  const suffix = kind === "output" ? "Output" : "";
  const argsType = `${upperFirst(fn)}${suffix}Args`;
  const resultType = `${upperFirst(fn)}Result`;
  const inputs = sortedEntries(spec.inputs?.properties);
  const argsOptional = (spec.inputs?.required ?? []).length === 0;
  const params = [
    ...(spec.inputs ? [`args${argsOptional ? "?" : ""}: ${argsType}`] : []),
    `opts?: pulumi.${kind === "output" ? "InvokeOutputOptions" : "InvokeOptions"}`,
  ];
  const returns = kind === "output" ? `pulumi.Output<${resultType}>` : `Promise<${resultType}>`;
  return [
    ...docComment("", spec.description, spec.deprecationMessage),
    `export function ${fn}${suffix}(${params.join(", ")}): ${returns} {`,
    ...(spec.inputs && argsOptional ? ["    args = args || {};"] : []),
    "    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});",
    `    return pulumi.runtime.${kind === "output" ? "invokeOutput" : "invoke"}(${JSON.stringify(token)}, {`,
    ...inputs.map(([prop]) => `        ${JSON.stringify(prop)}: args.${prop},`),
    "    }, opts);",
    "}",
    "",
    ...(spec.inputs
      ? [
          "/**",
          ` * A collection of arguments for invoking ${fn}${suffix}.`,
          " */",
          `export interface ${argsType} {`,
          ...fields(argsType, spec.inputs, kind === "output" ? "outputArgs" : "plain", false),
          "}",
          "",
        ]
      : []),
  ];
}

export function functionFile(ctx: GenContext, token: string, spec: FunctionSpec): [string, string] {
  const { file, name } = splitToken(token);
  const resultType = `${upperFirst(name)}Result`;
  const body = [
    ...invokeFunction(name, token, spec, "plain"),
    "/**",
    ` * A collection of values returned by ${name}.`,
    " */",
    `export interface ${resultType} {`,
    ...fields(resultType, spec.outputs, "output", true),
    "}",
    "",
    ...invokeFunction(name, token, spec, "output"),
  ];
  const imports = [
    'import * as pulumi from "@pulumi/pulumi";',
    ...typeImports(body, "./types"),
    'import * as utilities from "./utilities";',
  ];
  return [`${file}.ts`, fileText([...header(ctx), ...imports, "", ...body])];
}
