// Preloaded into the policy pack process (`node --require`) by analyzer/policy-runner.ts: ends the
// pack when the genesys-iac process that started it is gone, however that one ended (SIGINT,
// SIGTERM, SIGHUP, even SIGKILL, which runs no handler). The parent holds the only write end of the
// pack's stdin pipe; when it dies the kernel closes it and the read here sees end-of-file.
// A worker thread watches, so a policy stuck in an endless loop on the main thread cannot stop it.
"use strict";
const { Worker, isMainThread } = require("worker_threads");

if (isMainThread) {
  // Unref'd: the watch never keeps the pack alive by itself.
  new Worker(__filename).unref();
} else {
  const net = require("net");
  const stdin = new net.Socket({ fd: 0, readable: true, writable: false });
  const end = () => process.kill(process.pid, "SIGKILL");
  stdin.on("data", () => {});
  stdin.on("end", end);
  stdin.on("close", end);
  stdin.on("error", end);
}
