// What the pack computes once per request and shares between its policies (secret-marks.ts
// `perRequest`, the stack view of normalize/stack.ts): driven through @pulumi/policy's own Analyze
// and AnalyzeStack handlers with real requests, so that the SDK's loop over the policies, its
// per-policy copies and its proxies are the ones a served pack has.
import type {
  PolicyResource,
  ReportViolation,
  ResourceValidationArgs,
  StackValidationArgs,
} from "@pulumi/policy";
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import {
  encodeAnalyzeRequest,
  encodeAnalyzeStackRequest,
  planToResources,
  type AnalyzerResourceInput,
} from "../../analyzer/requests";
import { onResource, onStack } from "../../policies/common";
import { TYPE } from "../../policies/contract";
import { fromValidationArgs, type RawResource } from "../../policies/normalize/resource";
import { stackViewOf, type StackView } from "../../policies/normalize/stack";
import { normalizeVm, type NormalizedVm } from "../../policies/normalize/vm";
import { vcenterPasswordSecret } from "../../policies/platform";
import { installSecretMarks, perRequest } from "../../policies/secret-marks";
import { vsphereDoc } from "../support/analyzer-vsphere-plan";

interface Policy {
  name: string;
  description: string;
  enforcementLevel: "mandatory";
  validateResource?: (args: ResourceValidationArgs, report: ReportViolation) => void;
  validateStack?: (args: StackValidationArgs, report: ReportViolation) => void;
}
type Handler = (call: { request: unknown }, cb: (err: unknown, res?: pb.AnalyzeResponse) => void) => void;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const server = require("@pulumi/policy/server") as {
  makeAnalyzeRpcFun(name: string, version: string, level: string, policies: Policy[]): Handler;
  makeAnalyzeStackRpcFun(name: string, version: string, level: string, policies: Policy[]): Handler;
};

beforeAll(() => expect(installSecretMarks()).toBe(true));

/** Runs the SDK's handler on one request; what it reports, as `policy: message` (the SDK puts the
 * policy's description on a line before the message). */
function serve(handler: Handler, request: unknown): Promise<string[]> {
  return new Promise((resolve, reject) =>
    handler({ request }, (err, res) =>
      err
        ? reject(err instanceof Error ? err : new Error(JSON.stringify(err)))
        : resolve(
            res!.getDiagnosticsList().map((d) => `${d.getPolicyname()}: ${d.getMessage().split("\n").pop()}`),
          ),
    ),
  );
}

function analyze(policies: Policy[], r: AnalyzerResourceInput): Promise<string[]> {
  const handler = server.makeAnalyzeRpcFun("test-pack", "0.0.1", "mandatory", policies);
  return serve(handler, pb.AnalyzeRequest.deserializeBinary(encodeAnalyzeRequest(r)));
}

function analyzeStack(policies: Policy[], rs: AnalyzerResourceInput[]): Promise<string[]> {
  const handler = server.makeAnalyzeStackRpcFun("test-pack", "0.0.1", "mandatory", policies);
  return serve(handler, pb.AnalyzeStackRequest.deserializeBinary(encodeAnalyzeStackRequest(rs)));
}

const policy = (name: string, body: Partial<Policy>): Policy => ({
  name,
  description: name,
  enforcementLevel: "mandatory",
  ...body,
});

const resources = planToResources(vsphereDoc());
const vmsOf = (rs: AnalyzerResourceInput[]) => rs.filter((r) => r.type === TYPE.vm);

test("a resource's view is made once per request, shared frozen by the policies, and never leaks to another resource", async () => {
  const seen: { policy: string; vm: NormalizedVm; raw: RawResource; props: unknown }[] = [];
  const watcher = (name: string) =>
    policy(name, {
      validateResource: onResource(normalizeVm, {}, (vm, _c, _report, raw) =>
        seen.push({ policy: name, vm, raw, props: raw.props }),
      ),
    });
  // A policy that tries to change what it was given: the change must fail, not reach the next policy.
  const writer = policy("writer", {
    validateResource: onResource(normalizeVm, {}, (vm, _c, report, raw) => {
      for (const write of [
        () => ((vm as { name: string }).name = "changed"),
        () => (vm.adapterTypes as string[]).push("e1000"),
        () => ((raw.props as Record<string, unknown>).name = "changed"),
        () => ((raw.props.disks as { size: number }[])[0].size = 1),
      ])
        expect(write).toThrow(TypeError);
      report("tried");
    }),
  });
  const [a, b] = vmsOf(resources);
  expect(await analyze([watcher("first"), writer, watcher("second")], a)).toEqual(["writer: tried"]);
  expect(await analyze([watcher("first"), writer, watcher("second")], b)).toEqual(["writer: tried"]);
  expect(seen.map((s) => [s.policy, s.vm.name])).toEqual([
    ["first", a.inputs.name],
    ["second", a.inputs.name],
    ["first", b.inputs.name],
    ["second", b.inputs.name],
  ]);
  // Within a request one view and one resource, frozen; across requests, each its own.
  expect(seen[1].vm).toBe(seen[0].vm);
  expect(seen[1].raw).toBe(seen[0].raw);
  expect(Object.isFrozen(seen[0].vm) && Object.isFrozen(seen[0].raw) && Object.isFrozen(seen[0].props)).toBe(
    true,
  );
  expect(seen[2].vm).not.toBe(seen[0].vm);
  expect(seen[2].raw.urn).toBe(b.urn);
  expect(seen[0].raw.urn).toBe(a.urn);
  expect(seen[0].vm.name).toBe(a.inputs.name);
});

test("the SDK still hands each policy a copy of its own, which the shared view does not see", async () => {
  const got: unknown[] = [];
  const mutator = policy("mutator", {
    validateResource: (args) => {
      // Through the SDK's proxy, as a policy that does not use the pack's helpers would.
      (args.props as Record<string, unknown>).name = "renamed";
      got.push(fromValidationArgs(args).props.name);
    },
  });
  const reader = policy("reader", { validateResource: (args) => void got.push(args.props.name) });
  const vm = vmsOf(resources)[0];
  await analyze([mutator, reader], vm);
  expect(got).toEqual([vm.inputs.name, vm.inputs.name]);
});

test("the secret marks survive the shared resource: a plain-text vCenter password is reported, a secret one is not", async () => {
  const provider = resources.find((r) => r.type === TYPE.vsphereProvider)!;
  // Another policy builds the shared resource first; the password policy then reads its marks.
  const before = policy("before", {
    validateResource: onResource(
      (r) => r,
      {},
      () => undefined,
    ),
  });
  const plainText = { ...provider, inputs: { ...provider.inputs, password: "hunter2" } };
  expect(await analyze([before, vcenterPasswordSecret as Policy], provider)).toEqual([]);
  expect(await analyze([before, vcenterPasswordSecret as Policy], plainText)).toEqual([
    `${vcenterPasswordSecret.name}: Provider ${provider.name} gets the vCenter password in plain text; use a secret or VSPHERE_PASSWORD.`,
  ]);
});

test("a stack's view is built once per AnalyzeStack request and shared frozen; another request gets its own", async () => {
  const views: StackView[] = [];
  const lists: PolicyResource[][] = [];
  const watcher = (name: string) =>
    policy(name, {
      validateStack: onStack({}, (view) => void views.push(view)),
    });
  const lister = policy("lister", { validateStack: (args) => void lists.push(args.resources) });
  const siteA = planToResources(vsphereDoc(["alpha"]));
  const siteB = planToResources(vsphereDoc(["beta"]));
  await analyzeStack([watcher("one"), lister, watcher("two")], siteA);
  await analyzeStack([watcher("one"), lister, watcher("two")], siteB);
  expect(views).toHaveLength(4);
  expect(views[1]).toBe(views[0]);
  expect(views[3]).toBe(views[2]);
  expect(views[2]).not.toBe(views[0]);
  expect(Object.isFrozen(views[0]) && Object.isFrozen(views[0].vms) && Object.isFrozen(views[0].vms[0])).toBe(
    true,
  );
  expect(() => (views[0].vms as unknown[]).pop()).toThrow(TypeError);
  const sites = (v: StackView) => [...new Set(v.vms.map((vm) => vm.site))];
  expect(sites(views[0])).toEqual(["alpha"]);
  expect(sites(views[2])).toEqual(["beta"]);
  // A list that is not the request's (here, part of it) is viewed on its own.
  const part = lists[0].slice(0, 10);
  const partView = stackViewOf(part);
  expect(partView).not.toBe(views[0]);
  expect(partView.byUrn.size).toBe(10);
  expect(stackViewOf(lists[0]).byUrn.size).toBe(siteA.length);
});

test("without the pack's marks (a policy called in process with plain objects) nothing is kept", () => {
  let calls = 0;
  const derive = () => ({ n: ++calls });
  const props = { name: "vm" };
  expect(perRequest(props, "key", derive)).toEqual({ n: 1 });
  expect(perRequest(props, "key", derive)).toEqual({ n: 2 });
  expect(Object.isFrozen(perRequest(props, "key", derive))).toBe(false);
});
