// Serves a compiled policy pack: `node dist/internals/policy-pack-host.js <pack-dir>` (started by
// `check`; analyzer/policy-runner.ts, host "compiled").
//
// The Pulumi CLI serves a pack with `node @pulumi/pulumi/cmd/run-policy-pack <engine> <pack-dir>`.
// Before that entry hands the pack to its `run()` (cmd/run-policy-pack/run.js), it enables V8's
// debugger through the inspector (the SDK maps script ids to files to serialize closures, which no
// policy does), and `run()` registers ts-node with type checking, so that a pack written in
// TypeScript can run unbuilt. Measured on this project's pack, the two cost about 0.5 s of CPU at
// every start (with the debugger on, every module loaded afterwards compiles slower): 1.35 s of CPU
// to serve, against 0.85 s here; a bare `node` loading @pulumi/pulumi and @pulumi/policy takes 0.8 s.
// A compiled pack (package.json `main` at JavaScript: `npm run build`) needs neither, so this host
// calls the same `run()` with TypeScript off, the path the SDK's own entry takes under Bun. The
// policies, the gRPC server and every message are the same; test/analyzer/site-analysis.test.ts
// compares the verdicts of both entries.
import * as path from "path";
import * as nodeModule from "module";
import { deferSdkModules } from "./deferred-sdk-modules";
import { collectorOnGrowth, PACK_BUDGET_BYTES } from "./heap";

function fail(e: unknown): void {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
}

const packDir = process.argv[2];
if (!packDir) {
  process.stderr.write("usage: policy-pack-host <pack-dir>\n");
  process.exitCode = 2;
} else {
  // An error the pack does not handle must not end with exit code 0, as in run-policy-pack.
  process.on("uncaughtException", fail);
  // The pack cannot tell when a request is done with; a look at the heap every 100 ms can. Unref'd:
  // the gRPC server, not this timer, keeps the process alive.
  setInterval(collectorOnGrowth(PACK_BUDGET_BYTES), 100).unref();
  // Before the SDK is loaded (pulumi-sdk.ts loads it): see deferred-sdk-modules.ts.
  deferSdkModules();
  import("./pulumi-sdk")
    .then(({ servePolicyPack }) => servePolicyPack(path.resolve(packDir)))
    .then(() => {
      // The pack is loaded: keep what was compiled for the next start (the parent ends this process
      // with a signal, and Node writes its compile cache only at a normal exit). Not in the typings
      // of @types/node 20.
      (nodeModule as { flushCompileCache?(): void }).flushCompileCache?.();
    }, fail);
}
