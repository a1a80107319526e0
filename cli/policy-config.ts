// The file `pulumi preview --policy-pack-config` takes, checked against what the pack itself
// declares (GetAnalyzerInfo: its policies and each one's config schema) before anything runs, so a
// typo is an error naming the policy and the key instead of a setting silently ignored.
import * as path from "path";
import { MAX_FILE_BYTES, MAX_NESTING, nestingDepth, nestingProblem } from "../model/limits";
import type { AnalyzerInfo, PolicyPackConfig } from "../analyzer/analyzer-info";
import { LEVEL_NAMES } from "../analyzer/report";
import { oneLine } from "../analyzer/plan-document";
import { InputError } from "./errors";
import { readUserText } from "./user-files";

const LEVELS: readonly string[] = LEVEL_NAMES;

/** The file as JSON; not readable, not JSON or not an object: a usage error. */
export function readPolicyConfigFile(cwd: string, file: string): unknown {
  const what = `--policy-config ${file}`;
  const text = readUserText(
    path.resolve(cwd, file),
    what,
    MAX_FILE_BYTES.policyConfig,
    "not a policy config",
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new InputError(`${what} is not JSON: ${oneLine((e as Error).message)}`);
  }
  if (nestingDepth(parsed) > MAX_NESTING) throw new InputError(nestingProblem(what));
  return parsed;
}

type Schema = Record<string, unknown>;

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

/** Problems of one value against a (small) JSON schema: type, enum, bounds, array items. */
function checkValue(where: string, v: unknown, s: Schema, out: string[]): void {
  const show = JSON.stringify(v);
  const types = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === "string" ? [s.type] : [];
  const actual = typeName(v);
  const fits = (t: string) => t === actual || (t === "number" && actual === "integer");
  if (types.length > 0 && !types.some(fits)) {
    out.push(
      `${where}: ${show} is not ${types.map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`)).join(" or ")}`,
    );
    return;
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === show))
    out.push(`${where}: ${show} is not one of ${s.enum.map((e) => JSON.stringify(e)).join(", ")}`);
  if (typeof v === "number") {
    if (typeof s.minimum === "number" && v < s.minimum)
      out.push(`${where}: ${show} is below the minimum ${s.minimum}`);
    if (typeof s.maximum === "number" && v > s.maximum)
      out.push(`${where}: ${show} is above the maximum ${s.maximum}`);
    if (typeof s.exclusiveMinimum === "number" && v <= s.exclusiveMinimum)
      out.push(`${where}: ${show} must be greater than ${s.exclusiveMinimum}`);
    if (typeof s.exclusiveMaximum === "number" && v >= s.exclusiveMaximum)
      out.push(`${where}: ${show} must be less than ${s.exclusiveMaximum}`);
  }
  if (typeof v === "string") {
    if (typeof s.minLength === "number" && v.length < s.minLength)
      out.push(`${where}: ${show} is shorter than ${s.minLength}`);
    if (typeof s.pattern === "string" && !new RegExp(s.pattern).test(v))
      out.push(`${where}: ${show} does not match ${s.pattern}`);
  }
  if (Array.isArray(v) && typeof s.items === "object" && s.items !== null)
    v.forEach((e, i) => checkValue(`${where}[${i}]`, e, s.items as Schema, out));
}

/** The config, typed, when it fits the pack; else a usage error listing every problem. */
export function validatePolicyConfig(config: unknown, info: AnalyzerInfo, source: string): PolicyPackConfig {
  const problems: string[] = [];
  if (typeof config !== "object" || config === null || Array.isArray(config))
    throw new InputError(
      `--policy-config ${source}: expected an object of policy names, got ${typeName(config)}`,
    );
  const policies = new Map(info.policies.map((p) => [p.name, p]));
  const level = (where: string, v: unknown) => {
    if (typeof v !== "string" || !LEVELS.includes(v))
      problems.push(`${where}: ${JSON.stringify(v)} is not an enforcement level (${LEVELS.join(", ")})`);
  };
  for (const [name, value] of Object.entries(config)) {
    if (name === "all") {
      level(`"all"`, value);
      continue;
    }
    const policy = policies.get(name);
    if (!policy) {
      problems.push(
        `policy "${name}": no such policy in ${info.name} (its policies: ${[...policies.keys()].join(", ")})`,
      );
      continue;
    }
    if (typeof value === "string") {
      level(`policy "${name}"`, value);
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push(
        `policy "${name}": ${JSON.stringify(value)} is neither an enforcement level nor an object of settings`,
      );
      continue;
    }
    const props = policy.configSchema?.properties ?? {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const where = `policy "${name}", key "${key}"`;
      if (key === "enforcementLevel") level(where, v);
      else if (!(key in props)) {
        const known = Object.keys(props);
        problems.push(
          `${where}: unknown key (${known.length > 0 ? `its keys: ${known.join(", ")}` : "it takes no settings"}, and enforcementLevel)`,
        );
      } else checkValue(where, v, props[key], problems);
    }
    for (const req of policy.configSchema?.required ?? [])
      if (!(req in value) && props[req]?.default === undefined)
        problems.push(`policy "${name}", key "${req}": required`);
  }
  if (problems.length > 0)
    throw new InputError(
      `--policy-config ${source} does not fit the policy pack ${info.name}:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  return config as PolicyPackConfig;
}
