// A real policy pack with a chosen fault, for the tests of what the CLI says when a policy throws,
// hangs or ends the pack. Written under test-output/ (inside the project, so that it resolves
// @pulumi/policy from the project's node_modules), one folder per fault.
import * as fs from "fs";
import * as path from "path";
import { REPO } from "./stacks";

export const FAULTY_POLICY = "cluster-fault";
export const FAULT_TARGET = "vsphere:index/computeCluster:ComputeCluster";

const packSource = (fault: string) => `"use strict";
const { PolicyPack } = require("@pulumi/policy");
const fault = ${JSON.stringify(fault)};
new PolicyPack("faulty", {
  policies: [
    { name: "always-fine", description: "Never complains.", enforcementLevel: "advisory", validateResource: () => {} },
    {
      name: "${FAULTY_POLICY}",
      description: "Fails in the way the test asks, on the cluster only.",
      enforcementLevel: "mandatory",
      validateResource: (args) => {
        if (args.type !== "${FAULT_TARGET}") return;
        console.error("${FAULTY_POLICY}: about to " + fault + " on " + args.name);
        // For the tests that must know the pack is at its fault now.
        require("fs").writeFileSync(require("path").join(__dirname, "..", "reached"), String(process.pid));
        if (fault === "throw") throw new Error("cluster-fault exploded");
        if (fault === "exit") process.exit(7);
        if (fault === "hang") for (;;) {}
        if (fault === "hang-async") return new Promise(() => {});
      },
    },
    {
      name: "stack-fault",
      description: "Hangs on the stack when asked.",
      enforcementLevel: "advisory",
      validateStack: () => (fault === "stack-hang" ? new Promise(() => {}) : undefined),
    },
  ],
});
`;

/** The file the pack writes (its pid) when it reaches its fault. */
export function reachedFile(packDir: string): string {
  return path.join(packDir, "reached");
}

/** The folder of a pack with `fault` (throw, exit, hang, hang-async, stack-hang; "" for none). */
export function faultyPack(fault: string, tag = ""): string {
  // Test files run in parallel: each gets its own folder (`tag`), so one's `reached` is not another's.
  const dir = path.join(REPO, "test-output", "packs", `faulty-${fault || "none"}${tag ? `-${tag}` : ""}`);
  fs.mkdirSync(path.join(dir, "bin"), { recursive: true });
  fs.writeFileSync(path.join(dir, "PulumiPolicy.yaml"), "runtime: nodejs\ndescription: a pack with faults\n");
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "faulty-pack", version: "0.0.1", main: "bin/index.js" }),
  );
  fs.writeFileSync(path.join(dir, "bin", "index.js"), packSource(fault));
  return dir;
}
