// Every use of the Pulumi Node SDK's internals, in one module: what the SDK exports but does not
// declare, or declares @internal, and the two speed measures that reach into it. Checked with the
// versions in CHECKED_SDK_VERSIONS; test/internals/pulumi-sdk.test.ts fails when the installed SDK
// is another version or when any internal used here is missing, so an upgrade is a decision
// (re-check this file, then add the version), never a silent change of behaviour.
//
// Set GENESYS_IAC_DEBUG=1 to run without the speed measures: the SDK's promise bookkeeping and
// every stack trace stay as the SDK makes them.
import { specialSecretSig, specialSigKey, unknownValue } from "@pulumi/pulumi/runtime/rpc";
import { debugMode } from "./debug-mode";

/** The @pulumi/pulumi versions this module was checked with. */
export const CHECKED_SDK_VERSIONS: readonly string[] = ["3.270.0"];

export { DEBUG_VARIABLE, debugMode } from "./debug-mode";

/** How the SDK (and so `pulumi stack export`) marks a secret value: `{[SECRET_SIG_KEY]: SECRET_SIG_VALUE, ...}`. */
export const SECRET_SIG_KEY: string = specialSigKey;
export const SECRET_SIG_VALUE: string = specialSecretSig;
/** The engine's marker for a value not known until the update (its wire form). */
export const UNKNOWN_VALUE: string = unknownValue;

/* eslint-disable @typescript-eslint/no-require-imports */
// Loaded when first used: only a plan needs them, and `check --input` should not pay for them.
interface StructLike {
  toJavaScript(): Record<string, unknown>;
}
/** The mock monitor's request and response, as far as a plan reads them. */
export interface RegisterRequest {
  getType(): string;
  getName(): string;
  getCustom(): boolean;
  getParent(): string;
  getProvider(): string;
  getObject(): StructLike | undefined;
  getDependenciesList(): string[];
  getPropertydependenciesMap(): {
    forEach(cb: (deps: { getUrnsList(): string[] }, key: string) => void): void;
  };
  getProtect?(): boolean;
  getIgnorechangesList(): string[];
}
export interface RegisterResponse {
  getUrn(): string;
  getId(): string;
  getObject(): StructLike | undefined;
}
type Callback<T> = (err: unknown, res: T | undefined) => void;
export interface MonitorLike {
  registerResource(req: RegisterRequest, cb: Callback<RegisterResponse>): Promise<void>;
  registerResourceOutputs(
    req: { getUrn(): string; getOutputs(): StructLike | undefined },
    cb: Callback<unknown>,
  ): void;
}

/** What `cmd/run-policy-pack/index.js` hands to its `run()`, which loads and serves the pack. */
interface RunPolicyPackOptions {
  argv: { _: string[] };
  programStarted(): void;
  reportLoggedError(err: Error): void;
  /** Registers ts-node (with type checking) for `.ts` files before the pack is loaded. */
  typeScript: boolean;
}

interface Internals {
  runPolicyPack: { run(opts: RunPolicyPackOptions): Promise<unknown> };
  settings: { getMonitor(): MonitorLike; waitForRPCs(): Promise<void> };
  stack: { runInPulumiStack(init: () => Promise<unknown>): Promise<unknown> };
  debuggable: { debuggablePromise<T>(p: Promise<T>, ctx: unknown): Promise<T> };
  config: { isConfigSecret(key: string): boolean };
  /** Not internal as such: `callsites` is public but undocumented, and replaced while a plan runs. */
  resource: { Resource: { callsites(): unknown[] } };
}

function internals(): Internals {
  return {
    runPolicyPack: require("@pulumi/pulumi/cmd/run-policy-pack/run"),
    settings: require("@pulumi/pulumi/runtime/settings"),
    stack: require("@pulumi/pulumi/runtime/stack"),
    debuggable: require("@pulumi/pulumi/runtime/debuggable"),
    config: require("@pulumi/pulumi/runtime/config"),
    resource: require("@pulumi/pulumi/resource"),
  };
}

/** The installed SDK's version. */
export function installedSdkVersion(): string {
  return (require("@pulumi/pulumi/package.json") as { version: string }).version;
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** The internals this module uses that the installed SDK lacks (empty when all are there). */
export function missingInternals(): string[] {
  const i = internals();
  const wanted: [string, unknown][] = [
    ["cmd/run-policy-pack/run.run", i.runPolicyPack.run],
    ["runtime/settings.getMonitor", i.settings.getMonitor],
    ["runtime/settings.waitForRPCs", i.settings.waitForRPCs],
    ["runtime/stack.runInPulumiStack", i.stack.runInPulumiStack],
    ["runtime/debuggable.debuggablePromise", i.debuggable.debuggablePromise],
    ["runtime/config.isConfigSecret", i.config.isConfigSecret],
    ["resource.Resource.callsites", i.resource.Resource.callsites],
  ];
  const missing = wanted.filter(([, f]) => typeof f !== "function").map(([n]) => n);
  for (const [name, v] of [
    ["runtime/rpc.specialSigKey", specialSigKey],
    ["runtime/rpc.specialSecretSig", specialSecretSig],
    ["runtime/rpc.unknownValue", unknownValue],
  ] as const)
    if (typeof v !== "string" || v.length === 0) missing.push(name);
  return missing;
}

/** Whether a config key was stored as a secret (the runtime knows; its typings do not say). */
export function isConfigSecret(key: string): boolean {
  return internals().config.isConfigSecret?.(key) ?? false;
}

/** The mock monitor of the current run (after `pulumi.runtime.setMocks`). */
export function currentMonitor(): MonitorLike {
  return internals().settings.getMonitor();
}

/** Runs a program as the root stack's initialisation, then waits for every registration. */
export async function runAsStack(program: () => Promise<unknown>): Promise<unknown> {
  const i = internals();
  const outputs = await i.stack.runInPulumiStack(program);
  await i.settings.waitForRPCs();
  return outputs;
}

/**
 * Runs `fn` with the speed measures of a plan, unless GENESYS_IAC_DEBUG is set. The SDK wraps every
 * promise it makes (four per property of every resource) to report leaks at exit, with a stack trace
 * each; under mocks nobody reads them, and they were most of the time and memory of planning a
 * large stack. So: plain promises, and no stack traces, while `fn` runs. The price is that an error
 * thrown by the program in that time has no stack trace; GENESYS_IAC_DEBUG=1 keeps it.
 *
 * Every resource's constructor also captures the whole call stack (`Resource.callsites`, with no
 * depth limit, parsed line by line into file URLs) for the engine's source positions, which a plan
 * does not record: 5-8% of a plan's CPU and much of its garbage. It returns no frames meanwhile, which
 * the SDK handles as a position it could not find.
 */
export async function withSpeedMeasures<T>(fn: () => Promise<T>): Promise<T> {
  if (debugMode()) return fn();
  const { debuggable, resource } = internals();
  const stackTraceLimit = Error.stackTraceLimit;
  const debuggablePromise = debuggable.debuggablePromise;
  const callsites = resource.Resource.callsites;
  Error.stackTraceLimit = 0;
  debuggable.debuggablePromise = (p) => p;
  resource.Resource.callsites = () => [];
  try {
    return await fn();
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    debuggable.debuggablePromise = debuggablePromise;
    resource.Resource.callsites = callsites;
  }
}

/**
 * Loads the compiled policy pack in `packDir` (its package.json `main`) and serves it, with the
 * `run()` the SDK's `cmd/run-policy-pack` entry calls, TypeScript off: see policy-pack-host.ts.
 */
export function servePolicyPack(packDir: string): Promise<unknown> {
  return internals().runPolicyPack.run({
    argv: { _: [packDir] },
    programStarted: () => undefined,
    reportLoggedError: () => undefined,
    typeScript: false,
  });
}
