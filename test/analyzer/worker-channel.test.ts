// `check`'s connection to the pack runs on a worker thread (analyzer/worker-channel.ts) so that the
// pack gets a site's requests while the main thread plans the next site. Shown here with the main
// thread blocked outright (Atomics.wait: no event loop turn at all) while a server on another
// thread counts the requests it receives: megabytes of them, far past HTTP/2's 64 KiB flow-control
// window, all arrive (with the client on this thread, 1 of 41 did). Also: outcomes cross the
// thread unchanged, and the thread keeps the process alive only while a call waits.
import { spawnSync } from "child_process";
import * as path from "path";
import { AnalyzerService } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import { CallError, Status } from "../../analyzer/grpc-unary";
import { WorkerChannel } from "../../analyzer/worker-channel";
import {
  analyzeRequest,
  answerOf,
  rejectionOf,
  serverForEachTest,
  startAnalyzerServer,
  type AnalyzerServer,
} from "../support/analyzer-server";

const ROOT = path.resolve(__dirname, "..", "..");
const ANALYZE = AnalyzerService.analyze.path;

const current = serverForEachTest((address) => new WorkerChannel().connect(address));
let channel: WorkerChannel;
let server: AnalyzerServer;
beforeEach(() => ({ channel, server } = current()));

describe("WorkerChannel", () => {
  it("gets every request to the server while the main thread never turns its event loop", async () => {
    // Connected first: what is shown is the requests' flow, not the connection's start.
    await channel.call(ANALYZE, analyzeRequest("urn:first"), 60000);
    const calls = 40;
    // 40 requests of 100 KB: 4 MB, about 60 times the window a receiver grants before it is read.
    const answers = Array.from({ length: calls }, (_, i) =>
      channel.call(ANALYZE, analyzeRequest(`urn:${i}`, 100_000), 60000),
    );
    // Blocked: no timer, socket or message of this thread runs until the loop ends. The bound only
    // keeps a failing run from hanging; the assertion is on the count, not on the time.
    const until = Date.now() + 30000;
    for (let seen = 0; (seen = Atomics.load(server.counter, 0)) < calls + 1 && Date.now() < until;)
      Atomics.wait(server.counter, 0, seen, 100);
    expect(Atomics.load(server.counter, 0)).toBe(calls + 1);
    expect((await Promise.all(answers)).map((a) => answerOf(a).urn)).toEqual(
      Array.from({ length: calls }, (_, i) => `urn:${i}`),
    );
  });

  it("rejects with the server's status and message, as the thread received them", async () => {
    const e = await rejectionOf(channel.call(ANALYZE, analyzeRequest("fail:it failed"), 60000), CallError);
    expect([e.code, e.details]).toEqual([Status.INTERNAL, "it failed"]);
  });

  it("fails a call made before it is connected, saying so", async () => {
    const early = new WorkerChannel();
    try {
      const e = await rejectionOf(early.call(ANALYZE, analyzeRequest("urn:early"), 60000), CallError);
      expect([e.code, e.details]).toEqual([Status.UNAVAILABLE, "not connected to the pack yet"]);
    } finally {
      early.close();
    }
  });

  it("fails every call once closed", async () => {
    channel.close();
    // The thread ends on its own turn: a call made before it has may still be sent.
    while (
      (await channel.call(ANALYZE, analyzeRequest("urn:late"), 60000).then(
        () => undefined,
        (e: unknown) => e,
      )) === undefined
    );
    const e = await rejectionOf(channel.call(ANALYZE, analyzeRequest("urn:later"), 60000), CallError);
    expect(e.code).toBe(Status.UNAVAILABLE);
  });
});

describe("the thread's own failure", () => {
  it("fails the calls with a plain error, which does not read as the pack's", async () => {
    // An address the thread cannot connect with: its handler throws, and that ends the thread.
    const broken = new WorkerChannel().connect("");
    try {
      for (const urn of ["urn:waiting", "urn:after"]) {
        const e = await rejectionOf(broken.call(ANALYZE, analyzeRequest(urn), 60000), Error);
        expect(e).not.toBeInstanceOf(CallError);
        expect(e.message).toMatch(/^the connection's thread failed: /);
      }
    } finally {
      broken.close();
    }
  });
});

describe("the thread and the process's life", () => {
  /** A process that makes one call and never closes the channel: it prints the answer, then ends. */
  const script = (address: string) => `
    const { WorkerChannel } = require(${JSON.stringify(path.join(ROOT, "dist", "analyzer", "worker-channel.js"))});
    const pb = require("@pulumi/pulumi/proto/analyzer_pb");
    const req = new pb.AnalyzeRequest();
    req.setUrn("urn:alive");
    new WorkerChannel()
      .connect(${JSON.stringify(address)})
      .call("/pulumirpc.Analyzer/Analyze", req.serializeBinary(), 60000)
      .then((b) => console.log(pb.AnalyzeResponse.deserializeBinary(b).getDiagnosticsList()[0].getUrn()));
  `;

  it("stays alive while a call waits (an answer 500 ms later) and ends once none does", async () => {
    const slow = await startAnalyzerServer(500);
    try {
      const run = spawnSync(process.execPath, ["-e", script(slow.address)], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60000,
      });
      // Killed by the timeout (a signal) would mean the thread kept the process alive; an exit
      // without the answer, that it let the process end while the call waited.
      expect({ signal: run.signal, status: run.status, stdout: run.stdout.trim() }).toEqual({
        signal: null,
        status: 0,
        stdout: "urn:alive",
      });
    } finally {
      await slow.stop();
    }
  });
});
