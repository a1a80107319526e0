// Reads Pulumi.yaml and Pulumi.<stack>.yaml as the Pulumi CLI would hand them to the program:
// project defaults applied, keys namespaced, structured values as JSON text, and `secure:` values
// kept secret. Encrypted values are never decrypted here: they reach the program as a placeholder
// marked secret, which is all a plan needs.
import * as fs from "fs";
import * as path from "path";
import { REDACTED } from "../analyzer/plan-document";
import { loadDeployment } from "../model/config";
import { SECRET_KEYS } from "../model/defaults";
import { secretConfigKeys } from "../model/secrets";
import type { Deployment } from "../model/types";
import { isObj } from "../policies/reader";
import { withholdValue } from "./redact";
import { InputError, UsageError } from "./errors";
import { requireFolder } from "./user-files";
import { readYamlMapping } from "./yaml-file";

export interface StackConfig {
  project: string;
  stack: string;
  config: Record<string, string>;
  secretKeys: string[];
}

/** The top-level keys of a stack file, as the Pulumi CLI reads it (its workspace.ProjectStack). */
const STACK_FILE_KEYS = ["config", "environment", "secretsprovider", "encryptedkey", "encryptionsalt"];

/** The value as the Pulumi CLI passes it: strings as they are, everything else as JSON. */
function asConfigString(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

export function readStackConfig(dir: string, stack: string): StackConfig {
  if (!/^[A-Za-z0-9_.-]+$/.test(stack)) {
    throw new UsageError(
      `--stack ${JSON.stringify(stack)} is not a stack name (letters, digits, '-', '_', '.')`,
    );
  }
  requireFolder(dir, `The project folder ${dir}`);
  const projectFile = path.join(dir, "Pulumi.yaml");
  const project = readYamlMapping(projectFile, `The project file ${projectFile}`, "a project file");
  if (!isObj(project) || typeof project.name !== "string") {
    throw new UsageError(`The project file ${path.join(dir, "Pulumi.yaml")} has no project name`);
  }
  const name = project.name;
  const stackFile = path.join(dir, `Pulumi.${stack}.yaml`);
  if (!fs.existsSync(stackFile)) {
    const known = fs
      .readdirSync(dir)
      .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
      .filter((s): s is string => !!s);
    throw new UsageError(`No stack file ${stackFile}; the stacks here are: ${known.join(", ") || "(none)"}`);
  }
  const stackDoc = readYamlMapping(stackFile, `The stack file ${stackFile}`, "a stack file");
  // A misspelt `config:` would otherwise leave the stack without its settings, reported as missing.
  const unknown = Object.keys(stackDoc).filter((k) => !STACK_FILE_KEYS.includes(k));
  if (unknown.length > 0)
    throw new InputError(
      `The stack file ${stackFile}: unknown top-level key ${unknown.map((k) => JSON.stringify(k)).join(", ")}; ` +
        `a stack file holds ${STACK_FILE_KEYS.join(", ")} (the settings go under config:)`,
    );
  const values = stackDoc.config ?? {};
  if (!isObj(values))
    throw new InputError(`The stack file ${stackFile}: \`config\` must be a map of keys to values`);
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  const fullKey = (k: string) => (k.includes(":") ? k : `${name}:${k}`);
  // Project-level defaults first (Pulumi.yaml `config:` block), then the stack's own values.
  const declared = isObj(project.config) ? project.config : {};
  // Secret by what it holds (the vCenter and guest passwords) or by the project's declaration, stored
  // as a secret or not: its value is withheld from every output (cli/redact.ts).
  const secretByKey = new Set([
    ...secretConfigKeys(name),
    ...Object.entries(declared)
      .filter(([, decl]) => isObj(decl) && decl.secret === true)
      .map(([k]) => fullKey(k)),
  ]);
  for (const [k, decl] of Object.entries(declared)) {
    const def = isObj(decl) ? decl.default : decl;
    if (def !== undefined) config[fullKey(k)] = asConfigString(def);
  }
  for (const [k, v] of Object.entries(values)) {
    if (isObj(v) && typeof v.secure === "string") {
      config[fullKey(k)] = REDACTED;
      secretKeys.push(fullKey(k));
    } else {
      config[fullKey(k)] = asConfigString(v);
      if (secretByKey.has(fullKey(k))) withholdValue(config[fullKey(k)]);
    }
  }
  return { project: name, stack, config, secretKeys };
}

/** The stack's model, validated by the function the program uses (a ConfigError lists every problem). */
export function deploymentOf(cfg: StackConfig): Deployment {
  return loadDeployment({
    config: cfg.config,
    project: cfg.project,
    stack: cfg.stack,
    secretKeys: cfg.secretKeys,
  });
}

/**
 * The guests' passwords are credentials like the vCenter password: a plan needs none of them. Those
 * the stack file leaves out are planned as a secret placeholder (as `secure:` values always are:
 * this tool never decrypts), so a pull request is judged without them; the Pulumi program itself
 * refuses to run without them.
 */
export function withSecretPlaceholders(cfg: StackConfig): StackConfig {
  const placeholders = Object.values(SECRET_KEYS)
    .map((k) => `${cfg.project}:${k}`)
    .filter((k) => cfg.config[k] === undefined);
  return {
    ...cfg,
    config: { ...cfg.config, ...Object.fromEntries(placeholders.map((k) => [k, REDACTED])) },
    secretKeys: [...cfg.secretKeys, ...placeholders],
  };
}
