// The worker thread that holds `check`'s connection to the policy pack (worker-channel.ts starts it).
//
// It only relays: each message from the main thread is one unary call, sent at once over the
// thread's own HTTP/2 connection, and its outcome is posted back. Being on a thread of its own is
// the point: HTTP/2 flow control lets only 64 KiB of requests reach the pack before the pack's
// window update has been read, and the main thread reads nothing while it plans a site.
import { parentPort } from "worker_threads";
import { CallError, Status, UnaryChannel } from "./grpc-unary";
import type { CallOutcome, ToWorker } from "./worker-channel";

const port = parentPort;
if (port === null) throw new Error("channel-worker runs as a worker thread only");
/** Connected once the pack has said its port; the thread starts before that, beside the pack. */
let channel: UnaryChannel | undefined;

port.on("message", (m: ToWorker) => {
  if (m.kind === "connect") {
    channel = new UnaryChannel(m.address);
    return;
  }
  if (m.kind === "close") {
    channel?.close();
    port.close();
    return;
  }
  const sent = channel
    ? channel.call(m.path, m.request, m.timeoutMs)
    : Promise.reject(new CallError(Status.UNAVAILABLE, "not connected to the pack yet"));
  sent.then(
    (response): void => port.postMessage({ id: m.id, response } satisfies CallOutcome),
    (e: unknown): void => {
      const error =
        e instanceof CallError
          ? { code: e.code, details: e.details }
          : { code: Status.INTERNAL, details: e instanceof Error ? e.message : String(e) };
      port.postMessage({ id: m.id, error } satisfies CallOutcome);
    },
  );
});
