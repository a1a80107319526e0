// Unary gRPC calls over Node's own HTTP/2, for the calls this process makes to the policy pack.
//
// Why not @grpc/grpc-js's client: a 50-site `check` makes 3,611 calls, and the client's own work per
// call (call stack of filters and interceptors, metadata objects, status objects, a timer, several
// promises and closures) cost about as much CPU as planning beside it, on the thread that plans
// (docs/benchmark.md). A unary call needs only what the gRPC over HTTP/2 protocol says
// (github.com/grpc/grpc/blob/master/doc/PROTOCOL-HTTP2.md): a POST to /<service>/<method> with
// `content-type: application/grpc` and `te: trailers`, the request as one length-prefixed message,
// then the response as one length-prefixed message and a `grpc-status` (with `grpc-message`,
// percent-encoded) in the trailers, or in the headers when the server answers with trailers only.
// The server is the pack's, unchanged: @pulumi/policy on @grpc/grpc-js.
import * as http2 from "http2";

/**
 * The gRPC status codes, as the protocol numbers them (doc/statuscodes.md in grpc/grpc). Written
 * here rather than taken from @grpc/grpc-js's enum: the worker thread that makes the calls loads
 * only this file, not the whole grpc-js client.
 */
export const Status = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;

/** A call that did not end with status OK: its status code and the server's message. */
export class CallError extends Error {
  constructor(
    readonly code: number,
    readonly details: string,
  ) {
    super(`${code} ${statusName(code)}: ${details}`);
    this.name = "CallError";
  }
}

function statusName(code: number): string {
  // A server may send a code the protocol does not name (yet): shown by its number alone.
  return Object.entries(Status).find(([, v]) => v === code)?.[0] ?? "UNNAMED STATUS";
}

/** The 5-byte prefix of a gRPC message: not compressed, then the length, big-endian. */
const PREFIX = 5;

/** One message in the protocol's framing. */
export function frame(message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(PREFIX + message.length);
  out[0] = 0;
  out.writeUInt32BE(message.length, 1);
  out.set(message, PREFIX);
  return out;
}

/** The one message of a unary response, or why the bytes are not one. */
export function unframe(bytes: Buffer): Buffer | string {
  if (bytes.length < PREFIX) return `a response of ${bytes.length} bytes, shorter than a message's prefix`;
  if (bytes[0] !== 0) return "a compressed response, which this client never asked for";
  const length = bytes.readUInt32BE(1);
  if (bytes.length !== PREFIX + length)
    return `a response of ${bytes.length} bytes for a message of ${length} (more than one message, or cut short)`;
  return bytes.subarray(PREFIX);
}

/** `grpc-message` is percent-encoded; a malformed one is shown as it came. */
export function decodeGrpcMessage(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The status a response's headers or trailers carry, if any. */
function statusOf(headers: http2.IncomingHttpHeaders): CallError | "ok" | undefined {
  const raw = headers["grpc-status"];
  if (raw === undefined) return undefined;
  const code = Number(raw);
  if (code === Status.OK) return "ok";
  const message = headers["grpc-message"];
  return new CallError(
    Number.isInteger(code) ? code : Status.UNKNOWN,
    decodeGrpcMessage(typeof message === "string" ? message : ""),
  );
}

/** A connection to one gRPC server, for unary calls. */
export class UnaryChannel {
  private readonly session: http2.ClientHttp2Session;
  /** Why the connection ended, once it has: every later call fails with it. */
  private ended?: string;

  constructor(address: string) {
    this.session = http2.connect(`http://${address}`);
    // A session error (the pack's process ended, a refused connection) also fails every stream on
    // it, which reports it to its call; this keeps it from being an unhandled 'error' event.
    this.session.on("error", (e: Error) => (this.ended ??= e.message));
    this.session.on("close", () => (this.ended ??= "the connection closed"));
    // Calls must not keep this process alive on their own, as grpc-js's channel does not.
    this.session.unref();
  }

  /** Sends `request` (already encoded) to `path` and resolves with the encoded response. */
  call(path: string, request: Uint8Array, timeoutMs: number): Promise<Buffer> {
    if (this.ended !== undefined || this.session.destroyed)
      return Promise.reject(new CallError(Status.UNAVAILABLE, this.ended ?? "the connection closed"));
    return new Promise((resolve, reject) => {
      const stream = this.session.request({
        ":method": "POST",
        ":path": path,
        "content-type": "application/grpc",
        te: "trailers",
        // The protocol's deadline, in milliseconds; the timer below enforces it here too, since a
        // server whose thread is busy (a policy in an endless loop) never sends its answer.
        "grpc-timeout": `${Math.max(1, Math.ceil(timeoutMs))}m`,
      });
      const chunks: Buffer[] = [];
      let status: CallError | "ok" | undefined;
      let settled = false;
      const settle = (outcome: Buffer | CallError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (outcome instanceof CallError) reject(outcome);
        else resolve(outcome);
      };
      const timer = setTimeout(() => {
        settle(new CallError(Status.DEADLINE_EXCEEDED, `deadline of ${timeoutMs} ms exceeded`));
        stream.close(http2.constants.NGHTTP2_CANCEL);
      }, timeoutMs);
      stream.on("response", (headers) => {
        const httpStatus = headers[":status"];
        if (httpStatus !== 200)
          settle(new CallError(Status.UNKNOWN, `the server answered with HTTP status ${httpStatus}`));
        // A trailers-only response carries the status in its headers.
        status = statusOf(headers);
      });
      stream.on("trailers", (trailers) => (status = statusOf(trailers) ?? status));
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (e: Error) => settle(new CallError(Status.UNAVAILABLE, this.ended ?? e.message)));
      stream.on("close", () => {
        if (status instanceof CallError) return settle(status);
        if (status === undefined)
          return settle(new CallError(Status.UNAVAILABLE, this.ended ?? "the call ended without a status"));
        const message = unframe(Buffer.concat(chunks));
        settle(typeof message === "string" ? new CallError(Status.INTERNAL, message) : message);
      });
      stream.end(frame(request));
    });
  }

  close(): void {
    this.session.close();
  }
}
