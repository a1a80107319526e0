// Runs a Pulumi program in this process under Pulumi's own mocks and records every registration
// as the engine would store it: the document `pulumi stack export` prints. The mock monitor hands
// its mocks only type, name and inputs, so the full request (parent, dependencies, options,
// secrets) is read from the monitor call itself.
import * as pulumi from "@pulumi/pulumi";
import { PlanDocument, PlanResource, REDACTED } from "../analyzer/plan-document";
import {
  currentMonitor,
  runAsStack,
  SECRET_SIG_KEY,
  SECRET_SIG_VALUE,
  withSpeedMeasures,
} from "../internals/pulumi-sdk";
import { answers } from "./mock-answers";

export interface MockRunOptions {
  project: string;
  stack: string;
  /** Full config keys to values, as the CLI hands them to a program (structured values as JSON). */
  config: Record<string, string>;
  secretKeys: string[];
  /** The program; it returns the stack outputs. */
  program: () => Promise<Record<string, unknown>> | Record<string, unknown>;
}

/** The program failed; `registered` is what it had registered by then (the root stack included). */
export class ProgramError extends Error {
  constructor(
    readonly cause: unknown,
    readonly registered: PlanResource[],
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "ProgramError";
  }
}

export interface Diagnostic {
  severity: "info" | "warning" | "error";
  message: string;
}

export interface MockRun {
  document: PlanDocument;
  outputs: Record<string, unknown>;
  /** What the program logged (pulumi.log): the Pulumi CLI shows these as diagnostics. */
  diagnostics: Diagnostic[];
}

/**
 * Without an engine, Pulumi's log functions print to the console: stdout for info, where they would
 * corrupt a JSON plan. For the length of a run they are collected instead, as the engine does.
 */
function collectConsole(): { diagnostics: Diagnostic[]; restore(): void } {
  const diagnostics: Diagnostic[] = [];
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const to =
    (severity: Diagnostic["severity"]) =>
    (...args: unknown[]) =>
      void diagnostics.push({
        severity,
        message: args
          .map(String)
          .join(" ")
          .replace(/^(info|warning|error): \[runtime\] /, ""),
      });
  console.log = console.info = to("info");
  console.warn = to("warning");
  console.error = to("error");
  return { diagnostics, restore: () => Object.assign(console, saved) };
}

/** The engine leaves the root stack's type out of its children's URNs; the mock monitor does not. */
function engineUrn(urn: string): string {
  return urn.replace("::pulumi:pulumi:Stack$", "::");
}

/** Secrets as a stack export writes them, with the value withheld; other values unchanged. */
export function exportValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(exportValue);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (o[SECRET_SIG_KEY] === SECRET_SIG_VALUE)
      return { [SECRET_SIG_KEY]: SECRET_SIG_VALUE, ciphertext: REDACTED };
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, exportValue(x)]));
  }
  return v;
}

export async function runUnderMocks(opts: MockRunOptions): Promise<MockRun> {
  pulumi.runtime.setAllConfig(opts.config, opts.secretKeys);
  await pulumi.runtime.setMocks(answers, opts.project, opts.stack, false);
  const monitor = currentMonitor();
  const resources: PlanResource[] = [];
  const byUrn = new Map<string, PlanResource>();
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) =>
    register(req, (err, res) => {
      if (!err && res) {
        const propertyDependencies: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((deps, key) => {
          if (deps.getUrnsList().length > 0) propertyDependencies[key] = deps.getUrnsList().map(engineUrn);
        });
        const r: PlanResource = {
          urn: engineUrn(res.getUrn()),
          custom: req.getCustom(),
          type: req.getType(),
          ...(req.getCustom() ? { id: res.getId() } : {}),
          ...(req.getParent() ? { parent: engineUrn(req.getParent()) } : {}),
          ...(req.getProvider() ? { provider: engineUrn(req.getProvider()) } : {}),
          inputs: exportValue(req.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>,
          outputs: req.getCustom()
            ? (exportValue(res.getObject()?.toJavaScript() ?? {}) as Record<string, unknown>)
            : {},
          dependencies: req.getDependenciesList().map(engineUrn),
          ...(Object.keys(propertyDependencies).length > 0 ? { propertyDependencies } : {}),
          ...(req.getProtect?.() ? { protect: true } : {}),
          ...(req.getIgnorechangesList().length > 0 ? { ignoreChanges: req.getIgnorechangesList() } : {}),
        };
        resources.push(r);
        byUrn.set(r.urn, r);
      }
      cb(err, res);
    });
  const registerOutputs = monitor.registerResourceOutputs.bind(monitor);
  monitor.registerResourceOutputs = (req, cb) => {
    const r = byUrn.get(engineUrn(req.getUrn()));
    if (r) r.outputs = exportValue(req.getOutputs()?.toJavaScript() ?? {}) as Record<string, unknown>;
    registerOutputs(req, cb);
  };
  // The program's error is caught inside the root stack's initialisation: let it escape there and
  // the runtime's own promises reject with nobody waiting (the Pulumi language host catches those;
  // a plain Node process dies of them). It is reported once, below, with what was registered.
  let failure: { error: unknown } | undefined;
  const logged = collectConsole();
  let outputs: Record<string, unknown>;
  try {
    outputs = (await withSpeedMeasures(() =>
      runAsStack(async () => {
        try {
          return await opts.program();
        } catch (error) {
          failure = { error };
          return {};
        }
      }),
    )) as Record<string, unknown>;
  } finally {
    logged.restore();
  }
  if (failure) throw new ProgramError(failure.error, resources);
  const document: PlanDocument = {
    version: 3,
    deployment: {
      manifest: {
        time: new Date(0).toISOString(),
        magic: "genesys-iac-plan",
        version: "genesys-iac plan (mocks)",
      },
      resources,
    },
  };
  return {
    document,
    outputs: (exportValue(outputs ?? {}) as Record<string, unknown>) ?? {},
    diagnostics: logged.diagnostics,
  };
}
