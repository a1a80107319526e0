// Reads Pulumi.yaml and Pulumi.<stack>.yaml defensively: bounded aliases and nesting, no unknown
// tags, no number out of range, and a top level that is a mapping; anything else is a plain
// InputError naming the file and the limit or the place.
import * as YAML from "yaml";
import { MAX_FILE_BYTES, MAX_NESTING, MAX_YAML_ALIASES, nestingDepth, nestingProblem } from "../model/limits";
import { InputError } from "./errors";
import { readUserText } from "./user-files";

/** `a.b[2].c` of a node from the chain of its ancestors (as YAML.visit gives them). */
function placeOf(ancestors: readonly unknown[], node: unknown): string {
  const chain = [...ancestors, node];
  let place = "";
  chain.forEach((a, i) => {
    if (YAML.isPair(a)) {
      const k = YAML.isScalar(a.key) ? String(a.key.value) : String(a.key);
      place += place === "" ? k : `.${k}`;
    } else if (YAML.isSeq(a)) place += `[${a.items.indexOf(chain[i + 1] as never)}]`;
  });
  return place || "(top level)";
}

function line(pos: { line: number }[] | undefined): string {
  return pos ? ` at line ${pos[0].line}` : "";
}

/**
 * The parser's first line, without the colon that introduced its excerpt (never shown: the line may
 * hold a password); a repeated key is named, since the first line says only where it is.
 */
function yamlProblem(error: YAML.YAMLError, text: string): string {
  const where = error.message.split("\n")[0].replace(/:\s*$/, "");
  if (error.code !== "DUPLICATE_KEY") return where;
  const key = /^(.+?):(?:\s|$)/.exec(text.slice(error.pos[0]).split("\n")[0])?.[1];
  return key === undefined
    ? where
    : `the key ${key} is written twice in one mapping (${where.replace(/^Map keys must be unique /, "")}); write each key once`;
}

/** The file's top-level mapping; `kind` is what it must be ("a stack file", "a project file"). */
export function readYamlMapping(file: string, what: string, kind: string): Record<string, unknown> {
  const text = readUserText(file, what, MAX_FILE_BYTES.stackFile, `not ${kind}`);
  const doc = YAML.parseDocument(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    // The parser recurses over nested flow collections: deep enough, it runs out of stack.
    if (/call stack/i.test(error.message)) throw new InputError(nestingProblem(what));
    throw new InputError(`${what} is not valid YAML: ${yamlProblem(error, text)}`);
  }
  const tag = doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (tag)
    throw new InputError(
      `${what}: ${tag.message.split(" at line")[0].replace("Unresolved tag", "unknown YAML tag")}${line(tag.linePos)}; ` +
        `${kind} holds plain values (a secret is written as \`secure: ...\` by \`pulumi config set --secret\`)`,
    );
  let outOfRange: string | undefined;
  YAML.visit(doc, {
    Scalar(_key, node, ancestors) {
      if (typeof node.value === "number" && !Number.isFinite(node.value)) {
        outOfRange = `${what}: ${placeOf(ancestors, node)}: ${node.source ?? String(node.value)} is out of range for a number (or not one); write a finite number`;
        return YAML.visit.BREAK;
      }
      return undefined;
    },
  });
  if (outOfRange) throw new InputError(outOfRange);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message))
      throw new InputError(
        `${what} expands its YAML aliases (*name) past the limit of ${MAX_YAML_ALIASES} that genesys-iac reads (an alias bomb?)`,
      );
    if (e instanceof RangeError) throw new InputError(nestingProblem(what));
    throw e;
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value))
    throw new InputError(
      `${what} is not ${kind}: its top level is ${Array.isArray(value) ? "a list" : `a ${typeof value}`}, not a YAML mapping of keys`,
    );
  if (nestingDepth(value) > MAX_NESTING) throw new InputError(nestingProblem(what));
  return value as Record<string, unknown>;
}
