/**
 * The whole `@pulumi/vsphere` package from the provider schema: every file's path (relative to
 * sdks/vsphere) and text. Pure: reading the schema and writing the files is main.ts's job.
 */
import { createHash } from "crypto";
import { GenContext } from "./emit";
import { functionFile } from "./function";
import { indexFile } from "./index-file";
import { typesFiles } from "./objects";
import { configFiles, providerFile } from "./provider";
import { resourceFile } from "./resource";
import { PackageSchema, packageFunctions, sortedEntries } from "./schema";
import { utilitiesFile } from "./utilities";

/** `schemaText`: the schema file as read (its hash goes in every header); `version`: the provider's. */
export function generate(schemaText: string, version: string): Map<string, string> {
  const schema = JSON.parse(schemaText) as PackageSchema;
  const ctx: GenContext = {
    schema,
    version,
    schemaSha256: createHash("sha256").update(schemaText).digest("hex"),
  };
  const files = new Map<string, string>();
  const add = ([path, text]: [string, string]): void => {
    if (files.has(path)) throw new Error(`two generated files would be written to ${path}`);
    files.set(path, text);
  };
  for (const [token, spec] of sortedEntries(schema.resources)) add(resourceFile(ctx, token, spec));
  for (const [token, spec] of packageFunctions(schema)) add(functionFile(ctx, token, spec));
  add(providerFile(ctx));
  add(indexFile(ctx));
  add(utilitiesFile(ctx));
  for (const entry of Object.entries({ ...configFiles(ctx), ...typesFiles(ctx) })) add(entry);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
