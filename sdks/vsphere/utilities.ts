// Helpers shared by the resource and function modules of this SDK.
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";

let version: string | undefined;

/**
 * The version of this package, which is also the provider plugin version the engine loads.
 * Read from package.json: next to the sources (ts-node, ts-jest) or one level up from `bin/`.
 */
export function getVersion(): string {
  if (version === undefined) {
    for (const dir of [__dirname, path.join(__dirname, "..")]) {
      const file = path.join(dir, "package.json");
      if (!fs.existsSync(file)) continue;
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "@pulumi/vsphere" && pkg.version) {
        version = pkg.version;
        break;
      }
    }
    if (version === undefined) throw new Error("@pulumi/vsphere: cannot find the package's package.json");
  }
  return version;
}

/** Options every resource of this package starts from: pin the provider plugin version. */
export function resourceOptsDefaults(): { version: string } {
  return { version: getVersion() };
}

/** Invoke options with the package's plugin version unless the caller chose one. */
export function invokeOpts<T extends pulumi.InvokeOptions>(opts: T | undefined): T {
  return { ...resourceOptsDefaults(), ...opts } as T;
}

/** Splits a whitespace-separated list of property names. */
export function names(list: string): string[] {
  return list.split(/\s+/).filter((n) => n !== "");
}

/** Copies the listed keys of `obj` (missing ones as `undefined`), so no stray key reaches the engine. */
export function pick(obj: object | undefined, keys: readonly string[]): Record<string, unknown> {
  const source = (obj ?? {}) as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of keys) result[key] = source[key];
  return result;
}

/**
 * Builds the property bag of a new resource: its inputs as given, plus every output-only property
 * as `undefined` so the engine fills it in. Throws when a required input is missing, except when
 * the resource is being adopted by URN.
 */
export function resourceInputs(
  resource: string,
  args: object | undefined,
  inputs: readonly string[],
  outputOnly: readonly string[],
  required: readonly string[],
  opts: pulumi.CustomResourceOptions,
): pulumi.Inputs {
  const given = (args ?? {}) as Record<string, unknown>;
  if (!opts.urn) {
    for (const key of required) {
      if (given[key] === undefined) throw new Error(`Missing required property '${key}' of ${resource}`);
    }
  }
  return { ...pick(args, inputs), ...pick(undefined, outputOnly) };
}

/** True when `obj` is a Pulumi resource registered with the given type token. */
export function hasPulumiType(obj: unknown, token: string): boolean {
  return (
    typeof obj === "object" && obj !== null && (obj as Record<string, unknown>)["__pulumiType"] === token
  );
}
