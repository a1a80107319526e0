// The one module that uses the Pulumi SDK's internals: pinned to the SDK versions it was checked
// with, every internal it uses present, and GENESYS_IAC_DEBUG turning its speed measures off.
import * as rpc from "@pulumi/pulumi/runtime/rpc";
import { ProgramError, runUnderMocks } from "../../cli/mock-engine";
import {
  CHECKED_SDK_VERSIONS,
  DEBUG_VARIABLE,
  debugMode,
  installedSdkVersion,
  missingInternals,
  SECRET_SIG_KEY,
  SECRET_SIG_VALUE,
  UNKNOWN_VALUE,
  withSpeedMeasures,
} from "../../internals/pulumi-sdk";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const debuggable = require("@pulumi/pulumi/runtime/debuggable") as { debuggablePromise: unknown };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Resource } = require("@pulumi/pulumi/resource") as { Resource: { callsites(): unknown[] } };

function withDebug<T>(value: string | undefined, fn: () => Promise<T>): Promise<T> {
  const saved = process.env[DEBUG_VARIABLE];
  if (value === undefined) delete process.env[DEBUG_VARIABLE];
  else process.env[DEBUG_VARIABLE] = value;
  return fn().finally(() => {
    if (saved === undefined) delete process.env[DEBUG_VARIABLE];
    else process.env[DEBUG_VARIABLE] = saved;
  });
}

test("the installed @pulumi/pulumi is a version this module was checked with", () => {
  // Upgrading the SDK: re-read internals/pulumi-sdk.ts against the new version, then add it.
  expect(CHECKED_SDK_VERSIONS).toContain(installedSdkVersion());
});

test("every internal the module uses is in the installed SDK", () => {
  expect(missingInternals()).toEqual([]);
});

test("the secret signature and the unknown sentinel are the SDK's own", () => {
  expect(SECRET_SIG_KEY).toBe(rpc.specialSigKey);
  expect(SECRET_SIG_VALUE).toBe(rpc.specialSecretSig);
  expect(UNKNOWN_VALUE).toBe(rpc.unknownValue);
});

test("debugMode reads GENESYS_IAC_DEBUG: set and not 0/false", () => {
  expect(DEBUG_VARIABLE).toBe("GENESYS_IAC_DEBUG");
  expect(debugMode({})).toBe(false);
  expect(debugMode({ GENESYS_IAC_DEBUG: "0" })).toBe(false);
  expect(debugMode({ GENESYS_IAC_DEBUG: "false" })).toBe(false);
  expect(debugMode({ GENESYS_IAC_DEBUG: "1" })).toBe(true);
  expect(debugMode({ GENESYS_IAC_DEBUG: "yes" })).toBe(true);
});

describe("withSpeedMeasures", () => {
  const original = debuggable.debuggablePromise;
  const callsites = Resource.callsites;
  const limit = Error.stackTraceLimit;

  it("drops stack traces, resource call sites and the promise bookkeeping while it runs, and restores them", async () => {
    expect(callsites().length).toBeGreaterThan(0);
    const seen = await withDebug(undefined, () =>
      withSpeedMeasures(async () => ({
        limit: Error.stackTraceLimit,
        patched: debuggable.debuggablePromise,
        frames: Resource.callsites(),
      })),
    );
    expect(seen.limit).toBe(0);
    expect(seen.patched).not.toBe(original);
    expect(seen.frames).toEqual([]);
    expect(Error.stackTraceLimit).toBe(limit);
    expect(debuggable.debuggablePromise).toBe(original);
    expect(Resource.callsites).toBe(callsites);
  });

  it("restores them when the run fails", async () => {
    await expect(withSpeedMeasures(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(Error.stackTraceLimit).toBe(limit);
    expect(debuggable.debuggablePromise).toBe(original);
    expect(Resource.callsites).toBe(callsites);
  });

  it("with GENESYS_IAC_DEBUG=1 changes nothing", async () => {
    const seen = await withDebug("1", () =>
      withSpeedMeasures(async () => ({
        limit: Error.stackTraceLimit,
        patched: debuggable.debuggablePromise,
        callsites: Resource.callsites,
      })),
    );
    expect(seen).toEqual({ limit, patched: original, callsites });
  });
});

describe("a program bug under plan", () => {
  function aProgramWithABug(): Record<string, unknown> {
    throw new Error("a bug in the program");
  }
  const planIt = () =>
    runUnderMocks({
      project: "p",
      stack: "s",
      config: {},
      secretKeys: [],
      program: async () => aProgramWithABug(),
    }).then(
      () => undefined,
      (e: unknown) => e,
    );

  it("has no stack trace by default (the speed measures)", async () => {
    const e = await withDebug(undefined, planIt);
    expect(e).toBeInstanceOf(ProgramError);
    const cause = (e as ProgramError).cause as Error;
    expect(cause.message).toBe("a bug in the program");
    expect(cause.stack).not.toContain("aProgramWithABug");
  });

  it("keeps its stack trace with GENESYS_IAC_DEBUG=1", async () => {
    const e = await withDebug("1", planIt);
    expect(e).toBeInstanceOf(ProgramError);
    expect(((e as ProgramError).cause as Error).stack).toContain("aProgramWithABug");
  });
});
