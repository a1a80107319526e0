// Unary calls to the policy pack, made from a worker thread (channel-worker.ts).
//
// `check` plans the next site on the main thread while the pack judges the previous one, and
// planning reads nothing from the socket until it ends. On that thread the pack received only the
// first 64 KiB of a site's requests (HTTP/2's initial flow-control window, which the pack's server
// leaves at its default) and then waited for a window update that this process read only once the
// next site was planned: both processes spent a third to a half of a 50-site check idle
// (docs/benchmark.md). The worker's own event loop reads window updates and answers as they come.
import * as path from "path";
import { Worker } from "worker_threads";
import { CallError, Status } from "./grpc-unary";
import { findUp } from "./pack-process";

/** What the worker is told: connect to the pack, make one call, or end. */
export type ToWorker =
  | { kind: "connect"; address: string }
  | { kind: "call"; id: number; path: string; request: Uint8Array; timeoutMs: number }
  | { kind: "close" };

/** How a call ended, as the worker posts it back. */
export type CallOutcome =
  { id: number; response: Uint8Array } | { id: number; error: { code: number; details: string } };

/**
 * The worker's heap: it holds a few sites' requests at most. A 2 MB young generation: the CLI's
 * process peaked at 213-216 MB on a 50-site `check`, against 236 MB with V8's default (a thread of
 * its own costs about 18 MB whatever its heap). An old generation of 64 MB leaves room for one
 * AnalyzeStack of a large `--input` document, whose bytes are outside the heap anyway.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 64 };

/** The compiled worker, also when this file runs from its TypeScript source (the tests). */
function workerFile(): string {
  const rel = path.join("dist", "analyzer", "channel-worker.js");
  const root = findUp(__dirname, rel);
  if (root === undefined) throw new Error(`no ${rel} above ${__dirname}: run \`npm run build\``);
  return path.join(root, rel);
}

export class WorkerChannel {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  /**
   * What every call fails with once the worker is gone: UNAVAILABLE once it has closed, as a
   * closed connection would; a plain error when the thread itself failed, which is this process's
   * fault and must not read as the pack's.
   */
  private gone?: Error;

  /**
   * Starts the thread (about 50 ms before it runs), so that it can start while the pack does;
   * `connect` once the pack's address is known, before any call.
   */
  constructor() {
    this.worker = new Worker(workerFile(), { resourceLimits: WORKER_LIMITS });
    this.worker.on("message", (m: CallOutcome) => {
      const call = this.pending.get(m.id);
      if (call === undefined) return;
      this.pending.delete(m.id);
      this.holdOpen();
      if ("error" in m) call.reject(new CallError(m.error.code, m.error.details));
      else call.resolve(Buffer.from(m.response.buffer, m.response.byteOffset, m.response.byteLength));
    });
    this.worker.on("error", (e) => this.end(new Error(`the connection's thread failed: ${e.message}`)));
    this.worker.on("exit", () => this.end(new CallError(Status.UNAVAILABLE, "the connection closed")));
    this.holdOpen();
  }

  /** The worker keeps this process alive only while a call waits for it, as a socket would. */
  private holdOpen(): void {
    if (this.pending.size > 0) this.worker.ref();
    else this.worker.unref();
  }

  private end(why: Error): void {
    this.gone ??= why;
    for (const call of this.pending.values()) call.reject(this.gone);
    this.pending.clear();
    this.holdOpen();
  }

  connect(address: string): this {
    this.post({ kind: "connect", address });
    return this;
  }

  private post(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  call(path: string, request: Uint8Array, timeoutMs: number): Promise<Buffer> {
    if (this.gone !== undefined) return Promise.reject(this.gone);
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (this.pending.size === 1) this.holdOpen();
      this.post({ kind: "call", id, path, request, timeoutMs });
    });
  }

  close(): void {
    if (this.gone !== undefined) return;
    this.post({ kind: "close" });
  }
}
