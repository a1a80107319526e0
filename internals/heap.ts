// A full garbage collection when the heap has grown by a budget, for the two processes of `check`.
// V8 on a machine with plenty of memory lets garbage pile up: between two runs of the program all
// that the first one made (its Outputs, promises, mock monitor) is garbage, and a 50-site plan
// reached 330 MB where one site's run needs 150; the policy pack, judging one site after another,
// grew from 155 MB to 218 MB over 50 sites, nearly all of it garbage of earlier requests.
// (A V8 internal, like the SDK's in pulumi-sdk.ts: `gc` is not exposed unless asked for.)
import * as v8 from "v8";
import * as vm from "vm";

/**
 * Growth of the heap, since the last collection, that earns a full collection: the planner's (the
 * CLI's main thread). Each one marks the whole heap (60-90 ms with the SDK loaded): at 32 MB they
 * were about a third of `check`'s CPU on a 50-site stack; at 64 MB, 0.70x the CPU for 380-394 MB of
 * the 400 MB target (CLI and pack together); at 96 MB, 0.63x but 400-405 MB. 48 MB: 354 MB, about
 * 1.1x the time of 64 MB (paired benchmark, 3 rounds), a margin below the target that a busier heap
 * does not eat at once.
 */
export const PLANNER_BUDGET_BYTES = 48 * 1024 * 1024;

/**
 * The policy pack's budget. Since the CLI's connection to the pack has a worker thread of its own
 * (analyzer/worker-channel.ts, about 30 MB), the planner is what a `check` waits for and the pack
 * has time to spare: 32 MB instead of 48 keeps a 50-site `check` at 375-384 MB instead of 394-396
 * MB, for about 1.03x the time (paired, 3 rounds, 2026-11-28); 24 MB cost the pack 1.4x its CPU.
 */
export const PACK_BUDGET_BYTES = 32 * 1024 * 1024;

function fullCollection(): (() => void) | undefined {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === "function") return existing as () => void;
  // --expose-gc set at run time applies to contexts made afterwards: take `gc` from a fresh one.
  v8.setFlagsFromString("--expose-gc");
  const gc: unknown = vm.runInNewContext("gc");
  return typeof gc === "function" ? (gc as () => void) : undefined;
}

/** Returns a function to call now and then (between runs): it collects when the heap has grown past the budget. */
export function collectorOnGrowth(budgetBytes: number): () => void {
  const gc = fullCollection();
  let base = process.memoryUsage().heapUsed;
  return () => {
    if (!gc || process.memoryUsage().heapUsed - base < budgetBytes) return;
    gc();
    base = process.memoryUsage().heapUsed;
  };
}
