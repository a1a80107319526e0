// A fault inside the policy pack is reported through the real CLI as what it is: exit 3, the policy,
// the resource and what the pack printed, no stack trace, and never as a configuration error.
import { EXIT } from "../../cli/errors";
import { FAULTY_POLICY, faultyPack } from "../support/faulty-pack";
import { runCli } from "../support/project";

const CLUSTER =
  "urn:pulumi:lab::genesys-iac::genesys:vsphere:Cluster$vsphere:index/computeCluster:ComputeCluster::lab-cluster";

async function checkWith(fault: string, ...extra: string[]) {
  return runCli(["check", "--stack", "lab", "--policy-pack", faultyPack(fault), ...extra]);
}

function expectPackFailure(r: { code: number; stdout: string; stderr: string }) {
  expect(r.code).toBe(EXIT.packFailure);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(/^error: the policy pack failed: /);
  expect(r.stderr).toContain("not in the stack's configuration");
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).not.toMatch(/configuration has|nothing was registered/);
}

it("the pack's own policies pass on the lab stack (the fault is only what the test asks)", async () => {
  const r = await checkWith("");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(EXIT.ok);
});

it("a policy that throws: its name, the resource, its error and what the pack printed", async () => {
  const r = await checkWith("throw");
  expectPackFailure(r);
  expect(r.stderr).toContain(
    `policy "${FAULTY_POLICY}" threw an error on ${CLUSTER}: Error: cluster-fault exploded`,
  );
  expect(r.stderr).toContain(`  | ${FAULTY_POLICY}: about to throw on lab-cluster`);
});

it("a pack that dies: how it ended, the policy found, what it printed", async () => {
  const r = await checkWith("exit");
  expectPackFailure(r);
  expect(r.stderr).toContain(
    `the policy pack's process ended (exit code 7) while policy "${FAULTY_POLICY}" checked on ${CLUSTER}`,
  );
  expect(r.stderr).toContain(`  | ${FAULTY_POLICY}: about to exit on lab-cluster`);
});

it.each(["hang", "hang-async"])("a policy that hangs (%s): named after a bounded wait", async (fault) => {
  const r = await checkWith(fault, "--policy-timeout", "5");
  expectPackFailure(r);
  expect(r.stderr).toContain(`policy "${FAULTY_POLICY}" did not finish on ${CLUSTER} within 5 s`);
});

it("a stack policy that hangs: named, on the stack", async () => {
  const r = await checkWith("stack-hang", "--policy-timeout", "5");
  expectPackFailure(r);
  expect(r.stderr).toContain(`policy "stack-fault" did not finish on the stack within 5 s`);
});

it("--policy-timeout takes whole seconds", async () => {
  const r = await runCli(["check", "--stack", "lab", "--policy-timeout", "0"]);
  expect(r.code).toBe(EXIT.usage);
  expect(r.stderr).toContain('--policy-timeout "0": a whole number of seconds from 1 to 3600');
});
