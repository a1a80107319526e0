// judgeOverlapped (cli/overlap.ts), what `check` plans and judges sites with: the next item is taken
// while earlier judgements are under way, never more than `limit` of them, and the first failure in
// item order ends it. Driven by judgements that end only when the test says, so the order of events
// is the test's, not the machine's.
import { judgeOverlapped } from "../../cli/overlap";

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(e: unknown): void;
}
function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Items 1..n, each taken only when asked for, with a log of what happened in which order. */
function scene(n: number) {
  const log: string[] = [];
  const ends = new Map<number, Deferred>();
  async function* items(): AsyncGenerator<number> {
    try {
      for (let i = 1; i <= n; i++) {
        log.push(`take ${i}`);
        yield i;
      }
    } finally {
      log.push("items closed");
    }
  }
  const judge = async (i: number) => {
    log.push(`start ${i}`);
    const d = deferred();
    ends.set(i, d);
    await d.promise;
    log.push(`end ${i}`);
  };
  /**
   * Lets what is pending run: turns of the event loop, not time, so that a slow machine changes
   * nothing (each step of judgeOverlapped needs one turn; twenty is ample).
   */
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  };
  return { log, ends, items, judge, settle };
}

test("takes the next item while the judgement before is under way, never more than the limit", async () => {
  const s = scene(4);
  const run = judgeOverlapped(s.items(), s.judge, 2);
  await s.settle();
  // Two judgements under way, and the third item is taken but not handed over before the first ends.
  expect(s.log).toEqual(["take 1", "start 1", "take 2", "start 2", "take 3"]);
  s.ends.get(2)!.resolve();
  await s.settle();
  expect(s.log).not.toContain("start 3");
  s.ends.get(1)!.resolve();
  await s.settle();
  // Item 4 may start at once: of the two under way before it, the older (2) has ended already.
  expect(s.log.slice(5)).toEqual(["end 2", "end 1", "start 3", "take 4", "start 4", "items closed"]);
  s.ends.get(4)!.resolve();
  await s.settle();
  // The end waits for every judgement, in any order they end.
  let done = false;
  void run.then(() => (done = true));
  await s.settle();
  expect(done).toBe(false);
  s.ends.get(3)!.resolve();
  await run;
  expect(s.log.slice(-2)).toEqual(["end 4", "end 3"]);
});

test("the first failure in item order ends it, and no further item is taken", async () => {
  const s = scene(5);
  const run = judgeOverlapped(s.items(), s.judge, 2);
  const outcome = run.then(
    () => "resolved",
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
  await s.settle();
  // The second judgement fails first, then the first: the first in item order is the one reported.
  s.ends.get(2)!.reject(new Error("site 2 failed"));
  await s.settle();
  s.ends.get(1)!.reject(new Error("site 1 failed"));
  expect(await outcome).toBe("site 1 failed");
  expect(s.log).not.toContain("take 4");
  expect(s.log).not.toContain("start 3");
  expect(s.log).toContain("items closed");
});

test("a failure of the last judgements is reported too", async () => {
  const s = scene(2);
  const run = judgeOverlapped(s.items(), s.judge, 2);
  await s.settle();
  s.ends.get(1)!.resolve();
  s.ends.get(2)!.reject(new Error("last site failed"));
  await expect(run).rejects.toThrow("last site failed");
});

test("with a limit of 1 each judgement ends before the next starts", async () => {
  const s = scene(2);
  const run = judgeOverlapped(s.items(), s.judge, 1);
  await s.settle();
  expect(s.log).toEqual(["take 1", "start 1", "take 2"]);
  s.ends.get(1)!.resolve();
  await s.settle();
  s.ends.get(2)!.resolve();
  await run;
  expect(s.log).toEqual(["take 1", "start 1", "take 2", "end 1", "start 2", "items closed", "end 2"]);
});

test("a limit below 1 is refused", async () => {
  await expect(judgeOverlapped(scene(1).items(), async () => undefined, 0)).rejects.toThrow(
    "limit must be at least 1, not 0",
  );
});
