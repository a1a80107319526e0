// A full garbage collection on demand, for a batch of program runs. Between two runs all that the
// first one made (its Outputs, promises, mock monitor) is garbage, but V8 on a machine with plenty
// of memory lets it pile up: a 50-site plan reached 330 MB where one site's run needs 150.
import * as v8 from "v8";
import * as vm from "vm";

/** Growth of the heap, since the last collection, that earns a full collection. */
const BUDGET_BYTES = 48 * 1024 * 1024;

function fullCollection(): (() => void) | undefined {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === "function") return existing as () => void;
  // --expose-gc set at run time applies to contexts made afterwards: take `gc` from a fresh one.
  v8.setFlagsFromString("--expose-gc");
  const gc: unknown = vm.runInNewContext("gc");
  return typeof gc === "function" ? (gc as () => void) : undefined;
}

/** A full collection now, where the runtime allows one (between two phases of a command). */
export function collectNow(): void {
  fullCollection()?.();
}

/** Returns a function to call between runs: it collects when the heap has grown past the budget. */
export function collectorBetweenRuns(): () => void {
  const gc = fullCollection();
  let base = process.memoryUsage().heapUsed;
  return () => {
    if (!gc || process.memoryUsage().heapUsed - base < BUDGET_BYTES) return;
    gc();
    base = process.memoryUsage().heapUsed;
  };
}
