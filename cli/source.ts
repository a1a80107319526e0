// Where `check` and `diff` get the document they judge: the plan of a stack (its program run under
// mocks), or a saved file: `plan --format json`, or `pulumi stack export` of a real stack.
import * as path from "path";
import { MAX_FILE_BYTES, MAX_NESTING, nestingDepth, nestingProblem } from "../model/limits";
import { parsePlanDocument, PlanFormatError, type PlanDocument } from "../analyzer/plan-document";
import { InputError } from "./errors";
import { redactDocument } from "./redact";
import { readUserText } from "./user-files";
import type { Plan } from "./plan";
import { identityOf } from "./topology";
import { isObj } from "../policies/reader";

export interface Source {
  document: PlanDocument;
  stack: string;
  project: string;
  /** Where the document came from, for the reports. */
  label: string;
  /** What the program logged while it was planned (shown on stderr). */
  diagnostics: Plan["diagnostics"];
}

/** Reads a plan or a stack export; anything else is a usage error with a plain message. */
export function readDocumentFile(cwd: string, file: string, flag: string): PlanDocument {
  const what = `--${flag} ${file}`;
  const notWhat = "not a plan or a `pulumi stack export` document";
  const text = readUserText(path.resolve(cwd, file), what, MAX_FILE_BYTES.document, notWhat);
  try {
    // A plan or export a user hands in may hold a provider's password in plain text: never shown.
    const bounded = (doc: unknown) => {
      // Everything that reads a document walks it: a hostile nesting would overflow the stack there.
      if (nestingDepth(doc) > MAX_NESTING) throw new InputError(nestingProblem(what));
    };
    return redactDocument(parsePlanDocument(text, what, bounded));
  } catch (e) {
    if (e instanceof PlanFormatError) throw new InputError(e.message);
    throw e;
  }
}

/**
 * The deployed state of a stack export: each resource's outputs, for the properties its inputs
 * declare. `pulumi refresh` writes what vCenter reports into the outputs and leaves the inputs as
 * the program declared them, so this is what judges a change made outside Pulumi. Provider-computed
 * fields the program never declares (a VM's current host, its IPs) are left out. A plan's outputs
 * repeat its inputs, so a plan judges the same either way.
 */
export function deployedState(doc: PlanDocument): PlanDocument {
  const resources = doc.deployment.resources.map((r) => {
    if (!r.custom || !isObj(r.outputs) || Object.keys(r.outputs).length === 0) return r;
    const inputs: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r.inputs ?? {})) inputs[k] = k in r.outputs ? r.outputs[k] : v;
    return { ...r, inputs };
  });
  return { ...doc, deployment: { ...doc.deployment, resources } };
}

/** What a check or diff judges: a saved document (`stack`, when given, must be its stack), or the
 * plan of a stack in the project at `dir`. */
export type SourceOptions = { input: string; stack?: string } | { stack: string; dir: string };

/** How the reports name the plan of a stack file. */
export function planLabel(stack: string): string {
  return `plan of Pulumi.${stack}.yaml`;
}

/** The head of a check or diff: `--input FILE`, else the plan of `--stack NAME` in `--dir`. */
export async function loadSource(o: SourceOptions, cwd: string): Promise<Source> {
  if ("input" in o) {
    const document = readDocumentFile(cwd, o.input, "input");
    const id = identityOf(document);
    if (o.stack && id.stack && o.stack !== id.stack)
      throw new InputError(`--input ${o.input} is of stack ${id.stack}, not ${o.stack}`);
    return {
      document,
      stack: id.stack || (o.stack ?? ""),
      project: id.project,
      label: o.input,
      diagnostics: [],
    };
  }
  // Loaded here: the Pulumi SDK is the slowest module to load, and only a plan needs it.
  const { planStack } = await import("./plan-stack");
  const plan = await planStack(o.dir, o.stack);
  return {
    document: plan.document,
    stack: o.stack,
    project: plan.deployment.project,
    label: planLabel(o.stack),
    diagnostics: plan.diagnostics,
  };
}
