/**
 * `types/input.ts` and `types/output.ts`: every schema object type, in each form some resource or
 * function needs it (the published SDK's split), and `types/index.ts`.
 */
import { docComment } from "./docs";
import { GenContext, fileText, header } from "./emit";
import { ObjectSpec, PropertySpec, objectTypeName, packageFunctions, requiredOf } from "./schema";
import { Form, propertyLines, referencedTokens } from "./types";

/** Object type tokens reachable from the given properties, following object types' own properties. */
function reachable(ctx: GenContext, roots: (Record<string, PropertySpec> | undefined)[]): Set<string> {
  const seen = new Set<string>();
  const visit = (props: Record<string, PropertySpec> | undefined): void => {
    for (const p of Object.values(props ?? {})) {
      for (const token of referencedTokens(p)) {
        if (seen.has(token)) continue;
        const spec = ctx.schema.types[token];
        if (!spec) throw new Error(`schema: reference to undefined type ${token}`);
        seen.add(token);
        visit(spec.properties);
      }
    }
  };
  roots.forEach(visit);
  return seen;
}

/** Which object types appear in which form. */
export function typeUsage(ctx: GenContext): {
  input: Set<string>;
  functionInput: Set<string>;
  output: Set<string>;
} {
  const resources = [ctx.schema.provider, ...Object.values(ctx.schema.resources)];
  const functions = packageFunctions(ctx.schema).map(([, f]) => f);
  const usage = {
    input: reachable(
      ctx,
      resources.flatMap((r) => [r.inputProperties, r.stateInputs?.properties]),
    ),
    functionInput: reachable(
      ctx,
      functions.map((f) => f.inputs?.properties),
    ),
    output: reachable(ctx, [
      ...resources.map((r) => r.properties),
      ...functions.map((f) => f.outputs?.properties),
    ]),
  };
  for (const token of usage.functionInput) {
    if (usage.input.has(token)) {
      throw new Error(
        `schema type ${token} is both a resource input and a function input: its names would clash`,
      );
    }
  }
  return usage;
}

function objectInterface(name: string, spec: ObjectSpec, form: Form, side: "input" | "output"): string[] {
  return [
    ...docComment("", spec.description),
    `export interface ${name} {`,
    ...propertyLines("    ", name, spec.properties, requiredOf(spec, side), form),
    "}",
    "",
  ];
}

function typesFile(ctx: GenContext, blocks: [string, string[]][], imports: string[]): string {
  const body = blocks.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([, lines]) => lines);
  return fileText([...header(ctx), ...imports, "", ...body]);
}

/** `types/input.ts`, `types/output.ts` and `types/index.ts`, by path. */
export function typesFiles(ctx: GenContext): Record<string, string> {
  const usage = typeUsage(ctx);
  const spec = (token: string): ObjectSpec => ctx.schema.types[token];
  const inputBlocks: [string, string[]][] = [];
  for (const token of usage.input) {
    const name = objectTypeName(token);
    inputBlocks.push([name, objectInterface(name, spec(token), "input", "input")]);
  }
  for (const token of usage.functionInput) {
    const name = objectTypeName(token);
    inputBlocks.push([name, objectInterface(name, spec(token), "plain", "input")]);
    inputBlocks.push([`${name}Args`, objectInterface(`${name}Args`, spec(token), "outputArgs", "input")]);
  }
  const outputBlocks: [string, string[]][] = [...usage.output].map((token) => {
    const name = objectTypeName(token);
    return [name, objectInterface(name, spec(token), "output", "output")];
  });
  const pulumiImport = 'import * as pulumi from "@pulumi/pulumi";';
  return {
    "types/input.ts": typesFile(ctx, inputBlocks, [pulumiImport, 'import * as inputs from "./input";']),
    "types/output.ts": typesFile(ctx, outputBlocks, ['import * as outputs from "./output";']),
    "types/index.ts": fileText([
      ...header(ctx),
      "// The package's object types: `types.input.X` for arguments, `types.output.X` for results.",
      'import * as input from "./input";',
      'import * as output from "./output";',
      "",
      "export { input, output };",
    ]),
  };
}
