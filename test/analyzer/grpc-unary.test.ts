// The unary gRPC client `check` talks to the policy pack with (analyzer/grpc-unary.ts), against a
// real @grpc/grpc-js server, the one @pulumi/policy serves a pack on: answers of many calls at once,
// a status with its percent-encoded message (in the trailers, or trailers only), a deadline the
// server never meets, a server that goes away mid-call, and the protocol's framing.
import { AnalyzerService } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import {
  CallError,
  Status,
  UnaryChannel,
  decodeGrpcMessage,
  frame,
  unframe,
} from "../../analyzer/grpc-unary";
import { analyzeRequest, answerOf, rejectionOf, serverForEachTest } from "../support/analyzer-server";

const ANALYZE = AnalyzerService.analyze.path;

const current = serverForEachTest((address) => new UnaryChannel(address));
let channel: UnaryChannel;
beforeEach(() => ({ channel } = current()));

describe("UnaryChannel against a grpc-js server", () => {
  it("sends each request and resolves with its answer, for many calls at once", async () => {
    // Requests of 100 KB each, past HTTP/2's 64 KiB flow-control window, all in flight.
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => channel.call(ANALYZE, analyzeRequest(`urn:${i}`, 100_000), 30000)),
    );
    expect(answers.map(answerOf)).toEqual(
      Array.from({ length: 20 }, (_, i) => ({ urn: `urn:${i}`, message: "100000 bytes of type" })),
    );
  });

  const message = "Error validating resource with policy 'p' from policy pack 'x':\nbad 100% ünïcode";
  it.each(["fail", "late-fail"])(
    "rejects with the server's status and its message, decoded (%s)",
    async (mode) => {
      const e = await rejectionOf(
        channel.call(ANALYZE, analyzeRequest(`${mode}:${message}`), 30000),
        CallError,
      );
      expect([e.code, e.details, e.message]).toEqual([Status.INTERNAL, message, `13 INTERNAL: ${message}`]);
    },
  );

  it("rejects with DEADLINE_EXCEEDED when the server does not answer in time", async () => {
    const e = await rejectionOf(channel.call(ANALYZE, analyzeRequest("silent:"), 200), CallError);
    expect(e.code).toBe(Status.DEADLINE_EXCEEDED);
    expect(e.details).toMatch(/200 ms/);
  });

  it("rejects with UNAVAILABLE when the server goes away mid-call, and every call after", async () => {
    const e = await rejectionOf(channel.call(ANALYZE, analyzeRequest("shutdown:"), 30000), CallError);
    expect(e.code).toBe(Status.UNAVAILABLE);
    const after = await rejectionOf(channel.call(ANALYZE, analyzeRequest("urn:b"), 30000), CallError);
    expect(after.code).toBe(Status.UNAVAILABLE);
  });
});

describe("a call's error", () => {
  it("names the status by the protocol's name, as grpc-js's client did", () => {
    // A request over the pack's 400 MB limit comes back with RESOURCE_EXHAUSTED.
    expect(new CallError(8, "message larger than max").message).toBe(
      "8 RESOURCE_EXHAUSTED: message larger than max",
    );
    expect(new CallError(16, "x").message).toBe("16 UNAUTHENTICATED: x");
    expect(new CallError(99, "x").message).toBe("99 UNNAMED STATUS: x");
  });
});

describe("the protocol's framing", () => {
  it("prefixes a message with a zero flag and its length, and reads it back", () => {
    const framed = frame(Uint8Array.from([7, 8, 9]));
    expect([...framed]).toEqual([0, 0, 0, 0, 3, 7, 8, 9]);
    expect([...(unframe(framed) as Buffer)]).toEqual([7, 8, 9]);
  });

  it("says why bytes are not one uncompressed message", () => {
    expect(unframe(Buffer.from([0, 0]))).toMatch(/shorter than a message's prefix/);
    expect(unframe(Buffer.from([1, 0, 0, 0, 0]))).toMatch(/compressed/);
    expect(unframe(Buffer.from([0, 0, 0, 0, 2, 1]))).toMatch(/cut short/);
    expect(unframe(Buffer.concat([frame(Uint8Array.of(1)), frame(Uint8Array.of(2))]))).toMatch(
      /more than one message/,
    );
  });

  it("decodes grpc-message, and keeps a malformed one as it came", () => {
    expect(decodeGrpcMessage("a%20b%0Ac")).toBe("a b\nc");
    expect(decodeGrpcMessage("100%")).toBe("100%");
  });
});
