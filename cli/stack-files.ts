// Reads Pulumi.yaml and Pulumi.<stack>.yaml as the Pulumi CLI would hand them to the program:
// project defaults applied, keys namespaced, structured values as JSON text, and `secure:` values
// kept secret. Encrypted values are never decrypted here: they reach the program as a placeholder
// marked secret, which is all a plan needs.
import * as fs from "fs";
import * as path from "path";
import * as YAML from "yaml";
import { REDACTED } from "../analyzer/plan-document";
import { isObj } from "../policies/reader";
import { UsageError } from "./errors";

export interface StackConfig {
  project: string;
  stack: string;
  config: Record<string, string>;
  secretKeys: string[];
}

function readYaml(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`${what} ${file} cannot be read: it does not exist or is not a file`);
  }
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new UsageError(`${what} ${file} is not valid YAML: ${e.message.split("\n")[0]}`);
  }
  return doc.toJS() ?? {};
}

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
  const project = readYaml(path.join(dir, "Pulumi.yaml"), "The project file");
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
  const stackDoc = readYaml(stackFile, "The stack file");
  const values = isObj(stackDoc) ? (stackDoc.config ?? {}) : {};
  if (!isObj(values))
    throw new UsageError(`The stack file ${stackFile}: \`config\` must be a map of keys to values`);
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  const fullKey = (k: string) => (k.includes(":") ? k : `${name}:${k}`);
  // Project-level defaults first (Pulumi.yaml `config:` block), then the stack's own values.
  const declared = isObj(project.config) ? project.config : {};
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
    }
  }
  return { project: name, stack, config, secretKeys };
}
