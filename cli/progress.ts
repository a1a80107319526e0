// A one-line status on stderr for a run that lasts: shown only on a terminal and only once the run
// has lasted PROGRESS_DELAY_MS (a quick run prints nothing), rewritten in place, erased at the end,
// so that stdout (the report) and a redirected stderr stay clean.
import type { Io } from "./io";

/** How long a run lasts before its progress shows. */
export const PROGRESS_DELAY_MS = 2000;

export interface Progress {
  update(status: string): void;
  end(): void;
}

/** Time, replaceable in tests. `after` returns a cancel function; its timer must not keep the process alive. */
export interface Clock {
  now(): number;
  after(ms: number, fn: () => void): () => void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, fn) {
    const t = setTimeout(fn, ms);
    t.unref();
    return () => clearTimeout(t);
  },
};

const ERASE_LINE = "\r\x1b[K";

export function startProgress(io: Io, clock: Clock = systemClock): Progress {
  if (!io.terminal?.err) return { update: () => undefined, end: () => undefined };
  const delay = io.progressDelayMs ?? PROGRESS_DELAY_MS;
  const start = clock.now();
  let status = "";
  let shown = false;
  let ended = false;
  const draw = () => {
    if (ended || status === "") return;
    io.err(`${ERASE_LINE}${status}`);
    shown = true;
  };
  const cancel = clock.after(delay, draw);
  return {
    update(s) {
      status = s;
      if (clock.now() - start >= delay) draw();
    },
    end() {
      ended = true;
      cancel();
      if (shown) io.err(ERASE_LINE);
    },
  };
}
