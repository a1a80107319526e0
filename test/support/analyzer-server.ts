// A real @grpc/grpc-js server of the Analyzer service (the server @pulumi/policy serves a pack on),
// on a thread of its own, for the tests of this process's gRPC client (analyzer/grpc-unary.ts,
// analyzer/worker-channel.ts). On its own thread it answers while the test's thread is blocked.
//
// Analyze does what the request's URN says:
// - `fail:<message>`: fails with INTERNAL and that message, before any header (trailers only);
// - `late-fail:<message>`: sends its headers, then fails the same way (status in the trailers);
// - `silent:...`: never answers;
// - `shutdown:...`: shuts the server down, connections and calls with it;
// - anything else: answers with one diagnostic whose URN is the request's and whose message says
//   how long its type was, after `delayMs`.
// Each request received is counted in `counter[0]` (Atomics.notify'd).
import { Worker } from "worker_threads";
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";

const SERVER = `
const { parentPort, workerData } = require("worker_threads");
const grpc = require("@grpc/grpc-js");
const { AnalyzerService } = require("@pulumi/pulumi/proto/analyzer_grpc_pb");
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const counter = new Int32Array(workerData.shared);
const server = new grpc.Server();
const unused = () => { throw new Error("not called by these tests"); };
server.addService(AnalyzerService, {
  analyze(call, cb) {
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
    const urn = call.request.getUrn();
    const [mode, rest] = [urn.slice(0, urn.indexOf(":")), urn.slice(urn.indexOf(":") + 1)];
    if (mode === "fail") return cb({ code: grpc.status.INTERNAL, details: rest });
    if (mode === "late-fail") {
      call.sendMetadata(new grpc.Metadata());
      return setTimeout(() => cb({ code: grpc.status.INTERNAL, details: rest }), 20);
    }
    if (mode === "silent") return;
    if (mode === "shutdown") return server.forceShutdown();
    const res = new pb.AnalyzeResponse();
    const d = new pb.AnalyzeDiagnostic();
    d.setUrn(urn);
    d.setMessage(call.request.getType().length + " bytes of type");
    res.addDiagnostics(d);
    setTimeout(() => cb(null, res), workerData.delayMs);
  },
  analyzeStack: unused, remediate: unused, getAnalyzerInfo: unused, getPluginInfo: unused,
  configure: unused, configureStack: unused,
});
server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (e, port) => {
  if (e) throw e;
  parentPort.postMessage(port);
});
parentPort.on("message", () => server.forceShutdown());
`;

export interface AnalyzerServer {
  address: string;
  /** counter[0]: the Analyze requests received so far. */
  counter: Int32Array;
  stop(): Promise<void>;
}

export async function startAnalyzerServer(delayMs = 0): Promise<AnalyzerServer> {
  const shared = new SharedArrayBuffer(4);
  const worker = new Worker(SERVER, { eval: true, workerData: { shared, delayMs } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    address: `127.0.0.1:${port}`,
    counter: new Int32Array(shared),
    stop: async () => {
      worker.postMessage("stop");
      await worker.terminate();
    },
  };
}

/** An encoded Analyze request for `urn`, its type `padding` bytes long. */
export function analyzeRequest(urn: string, padding = 0): Uint8Array {
  const req = new pb.AnalyzeRequest();
  req.setUrn(urn);
  req.setType("x".repeat(padding));
  return req.serializeBinary();
}

/** The URN and message of an encoded Analyze answer's one diagnostic. */
export function answerOf(bytes: Uint8Array): { urn: string; message: string } {
  const [d] = pb.AnalyzeResponse.deserializeBinary(bytes).getDiagnosticsList();
  return { urn: d.getUrn(), message: d.getMessage() };
}

/** The CallError a call rejects with; anything else (a success too) fails the test. */
export async function rejectionOf<E>(p: Promise<unknown>, type: new (...a: never[]) => E): Promise<E> {
  try {
    await p;
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error("the call succeeded");
}

/**
 * A fresh server and a channel to it for each test of the calling file (jest's beforeEach and
 * afterEach), read through the returned function.
 */
export function serverForEachTest<C extends { close(): void }>(
  connect: (address: string) => C,
): () => { server: AnalyzerServer; channel: C } {
  let current: { server: AnalyzerServer; channel: C } | undefined;
  beforeEach(async () => {
    const server = await startAnalyzerServer();
    current = { server, channel: connect(server.address) };
  });
  afterEach(async () => {
    current?.channel.close();
    await current?.server.stop();
    current = undefined;
  });
  return () => {
    if (current === undefined) throw new Error("only inside a test");
    return current;
  };
}
