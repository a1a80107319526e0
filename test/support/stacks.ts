// The repository's own stack files, read as the CLI reads them, and raw configs to break.
import * as path from "path";
import { readStackConfig, StackConfig } from "../../cli/stack-files";

export const REPO = path.resolve(__dirname, "..", "..");

export function stackConfig(stack: "lab" | "dev"): StackConfig {
  return readStackConfig(REPO, stack);
}

/** The lab stack's `genesys-iac:sites` as plain data, to mutate in a test. */
export function labSites(): Record<string, unknown>[] {
  return JSON.parse(stackConfig("lab").config["genesys-iac:sites"]) as Record<string, unknown>[];
}

/** The lab stack's config with some keys replaced (objects are JSON-encoded as Pulumi does). */
export function labConfigWith(changes: Record<string, unknown>): Record<string, string> {
  const base = { ...stackConfig("lab").config };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete base[k];
    else base[k] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return base;
}
