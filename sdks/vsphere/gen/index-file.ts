/**
 * `index.ts`: every resource and function exported and loaded on first use (a program that uses
 * three resources does not load fifty modules), the `config` and `types` namespaces, and the
 * registrations that let the engine rebuild resources and providers of this package by URN.
 */
import { GenContext, fileText, header } from "./emit";
import { packageFunctions, sortedEntries, splitToken, upperFirst } from "./schema";

interface Member {
  file: string;
  lines: string[];
}

export function indexFile(ctx: GenContext): [string, string] {
  const pkg = ctx.schema.name;
  const resources = sortedEntries(ctx.schema.resources).map(([token]) => ({ token, ...splitToken(token) }));
  const members: Member[] = resources.map(({ file, name }) => ({
    file,
    lines: [
      `export type { ${name}Args, ${name}State } from "./${file}";`,
      `export type ${name} = import("./${file}").${name};`,
      `export const ${name}: typeof import("./${file}").${name} = null as any;`,
      `utilities.lazyLoad(exports, ["${name}"], () => require("./${file}"));`,
      "",
    ],
  }));
  for (const [token, spec] of packageFunctions(ctx.schema)) {
    const { file, name } = splitToken(token);
    const types = [...(spec.inputs ? [`${upperFirst(name)}Args`] : []), `${upperFirst(name)}Result`];
    if (spec.inputs) types.push(`${upperFirst(name)}OutputArgs`);
    members.push({
      file,
      lines: [
        `export type { ${types.join(", ")} } from "./${file}";`,
        `export const ${name}: typeof import("./${file}").${name} = null as any;`,
        `export const ${name}Output: typeof import("./${file}").${name}Output = null as any;`,
        `utilities.lazyLoad(exports, ["${name}","${name}Output"], () => require("./${file}"));`,
        "",
      ],
    });
  }
  members.push({
    file: "provider",
    lines: ['export * from "./provider";', 'import { Provider } from "./provider";', ""],
  });
  members.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const body = [
    'import * as pulumi from "@pulumi/pulumi";',
    'import * as utilities from "./utilities";',
    "",
    "// Export members:",
    ...members.flatMap((m) => m.lines),
    "// Export sub-modules:",
    'import * as config from "./config";',
    'import * as types from "./types";',
    "",
    "export {",
    "    config,",
    "    types,",
    "};",
    "",
    "const _module = {",
    "    version: utilities.getVersion(),",
    "    construct: (name: string, type: string, urn: string): pulumi.Resource => {",
    "        switch (type) {",
    ...resources.flatMap(({ token, name }) => [
      `            case "${token}":`,
      `                return new ${name}(name, <any>undefined, { urn })`,
    ]),
    "            default:",
    "                throw new Error(`unknown resource type ${type}`);",
    "        }",
    "    },",
    "};",
    ...resources.map(
      ({ module, file }) => `pulumi.runtime.registerResourceModule("${pkg}", "${module}/${file}", _module)`,
    ),
    `pulumi.runtime.registerResourcePackage("${pkg}", {`,
    "    version: utilities.getVersion(),",
    "    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {",
    `        if (type !== "pulumi:providers:${pkg}") {`,
    "            throw new Error(`unknown provider type ${type}`);",
    "        }",
    "        return new Provider(name, <any>undefined, { urn });",
    "    },",
    "});",
  ];
  return ["index.ts", fileText([...header(ctx), ...body])];
}
