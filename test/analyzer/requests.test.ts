// Plan document -> analyzer requests, and the report's ordering.
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { REDACTED, SECRET_SIG_KEY, SECRET_SIG_VALUE } from "../../analyzer/plan-document";
import { makeReport, type Violation } from "../../analyzer/report";
import {
  encodeAnalyzeRequest,
  encodeAnalyzeStackRequest,
  parseUrn,
  planToResources,
  providerUrnOf,
  toWire,
  type AnalyzerResourceInput,
} from "../../analyzer/requests";
import { TYPE } from "../../policies/contract";
import { dockerDoc } from "../support/analyzer-docker-plan";
import { SECRET, UNKNOWN } from "../support/analyzer-plan-builder";
import { vsphereDoc } from "../support/analyzer-vsphere-plan";

test("URNs and provider references", () => {
  expect(parseUrn("urn:pulumi:lab::p::a:b:C$vsphere:index/vnic:Vnic::h-vmk1")).toEqual({
    type: "vsphere:index/vnic:Vnic",
    name: "h-vmk1",
  });
  expect(providerUrnOf("urn:pulumi:lab::p::pulumi:providers:vsphere::vcenter::abc-123")).toBe(
    "urn:pulumi:lab::p::pulumi:providers:vsphere::vcenter",
  );
});

test("secrets go on the wire as the RPC secret object around a placeholder; unknowns stay", () => {
  expect(toWire({ a: SECRET, b: [UNKNOWN, { c: SECRET }], d: undefined })).toEqual({
    a: { [SECRET_SIG_KEY]: SECRET_SIG_VALUE, value: REDACTED },
    b: [UNKNOWN, { c: { [SECRET_SIG_KEY]: SECRET_SIG_VALUE, value: REDACTED } }],
  });
});

test("an Analyze request carries inputs, options and the provider with its inputs", () => {
  const rs = planToResources(dockerDoc());
  expect(rs.find((r) => r.type === "pulumi:pulumi:Stack")).toBeUndefined();
  const c = rs.find((r) => r.type === TYPE.container && r.name === "lab-urs-primary")!;
  const req = pb.AnalyzeRequest.deserializeBinary(encodeAnalyzeRequest(c));
  expect(req.getUrn()).toBe(c.urn);
  expect(req.getName()).toBe("lab-urs-primary");
  expect(req.getOptions()!.getProtect()).toBe(true);
  expect(req.getOptions()!.getParent()).toContain("genesys:docker:GenesysVm");
  expect(req.getProvider()!.getType()).toBe(TYPE.dockerProvider);
  expect(req.getProvider()!.getProperties()!.toJavaScript()).toEqual({ host: "ssh://docker@lab-esx-01" });
  expect(req.getProperties()!.toJavaScript()).toMatchObject({ restart: "unless-stopped", memory: 4096 });
});

test("an AnalyzeStack request carries parents, dependencies and property dependencies", () => {
  const rs = planToResources(vsphereDoc());
  const req = pb.AnalyzeStackRequest.deserializeBinary(encodeAnalyzeStackRequest(rs));
  const rule = req.getResourcesList().find((r) => r.getType() === TYPE.antiAffinityRule)!;
  expect(rule.getParent()).toContain("genesys:vsphere:PlacementRules");
  expect(rule.getDependenciesList()).toHaveLength(2);
  expect(rule.getPropertydependenciesMap().get("virtualMachineIds")!.getUrnsList()).toHaveLength(2);
  const provider = req.getResourcesList().find((r) => r.getType() === TYPE.vsphereProvider)!;
  expect(provider.getProperties()!.toJavaScript().password).toEqual({
    [SECRET_SIG_KEY]: SECRET_SIG_VALUE,
    value: REDACTED,
  });
  expect(req.getResourcesList()).toHaveLength(rs.length);
});

// The requests as google-protobuf's generated classes build them: the bytes the encoder must match.
function struct(v: Record<string, unknown>): Struct {
  return Struct.fromJavaScript(v as Parameters<typeof Struct.fromJavaScript>[0]);
}
function options(r: AnalyzerResourceInput): pb.AnalyzerResourceOptions {
  const o = new pb.AnalyzerResourceOptions();
  o.setProtect(r.options.protect);
  o.setIgnorechangesList(r.options.ignoreChanges);
  if (r.options.deleteBeforeReplace !== undefined) {
    o.setDeletebeforereplacedefined(true);
    o.setDeletebeforereplace(r.options.deleteBeforeReplace);
  }
  if (r.options.parent) o.setParent(r.options.parent);
  return o;
}
function provider(r: AnalyzerResourceInput): pb.AnalyzerProviderResource | undefined {
  if (!r.provider) return undefined;
  const p = new pb.AnalyzerProviderResource();
  p.setUrn(r.provider.urn);
  p.setType(r.provider.type);
  p.setName(r.provider.name);
  p.setProperties(struct(r.provider.properties));
  return p;
}
function referenceAnalyze(r: AnalyzerResourceInput): Uint8Array {
  const req = new pb.AnalyzeRequest();
  req.setUrn(r.urn);
  req.setType(r.type);
  req.setName(r.name);
  req.setProperties(struct(r.inputs));
  req.setOptions(options(r));
  const p = provider(r);
  if (p) req.setProvider(p);
  return req.serializeBinary();
}
function referenceAnalyzeStack(rs: AnalyzerResourceInput[]): Uint8Array {
  const req = new pb.AnalyzeStackRequest();
  req.setResourcesList(
    rs.map((r) => {
      const res = new pb.AnalyzerResource();
      res.setUrn(r.urn);
      res.setType(r.type);
      res.setName(r.name);
      res.setProperties(struct(r.final));
      res.setOptions(options(r));
      const p = provider(r);
      if (p) res.setProvider(p);
      if (r.parent) res.setParent(r.parent);
      res.setDependenciesList(r.dependencies);
      for (const [k, urns] of Object.entries(r.propertyDependencies)) {
        const d = new pb.AnalyzerPropertyDependencies();
        d.setUrnsList(urns);
        res.getPropertydependenciesMap().set(k, d);
      }
      return res;
    }),
  );
  return req.serializeBinary();
}

test.each([
  ["docker", dockerDoc],
  ["vsphere", vsphereDoc],
])("the encoded requests of the %s plan are byte for byte google-protobuf's", (_, doc) => {
  const rs = planToResources(doc());
  expect(rs.length).toBeGreaterThan(10);
  for (const r of rs) expect(Buffer.from(encodeAnalyzeRequest(r))).toEqual(Buffer.from(referenceAnalyze(r)));
  expect(Buffer.from(encodeAnalyzeStackRequest(rs))).toEqual(Buffer.from(referenceAnalyzeStack(rs)));
});

test("every kind of value, nesting, key order, non-ASCII text and the resource options encode as google-protobuf does", () => {
  const odd: AnalyzerResourceInput = {
    urn: "urn:pulumi:s::p::t:m:T::n",
    type: "t:m:T",
    name: "n",
    inputs: {
      zeta: [1, -2.5, 0, 1e21, null, true, false, "", "é—𝄞", [[]], {}],
      alpha: { nested: { deeper: [{ b: 1, a: 2 }] }, big: 2 ** 40, neg: -1 },
      "": "empty key",
      Émile: null,
    },
    final: { x: 1 },
    provider: {
      urn: "urn:pulumi:s::p::pulumi:providers:t::default",
      type: "pulumi:providers:t",
      name: "default",
      properties: {},
    },
    dependencies: ["urn:a", ""],
    propertyDependencies: { b: ["urn:b"], a: [], c: ["urn:c", "urn:d"] },
    options: { protect: true, ignoreChanges: ["x", ""], deleteBeforeReplace: false, parent: "urn:p" },
  };
  const plain: AnalyzerResourceInput = {
    ...odd,
    type: "",
    name: "",
    provider: undefined,
    options: { protect: false, ignoreChanges: [], deleteBeforeReplace: true },
  };
  for (const r of [odd, plain]) {
    expect(Buffer.from(encodeAnalyzeRequest(r))).toEqual(Buffer.from(referenceAnalyze(r)));
    expect(Buffer.from(encodeAnalyzeStackRequest([r, odd]))).toEqual(
      Buffer.from(referenceAnalyzeStack([r, odd])),
    );
  }
  expect(() => encodeAnalyzeRequest({ ...odd, inputs: { f: () => 1 } })).toThrow("Unexpected struct type.");
});

test("a report is sorted, de-duplicated, and blocked by a mandatory violation", () => {
  const v = (policyName: string, urn: string, level: Violation["enforcementLevel"]): Violation => ({
    policyName,
    policyPackName: "genesys-vmware",
    description: "",
    message: "m",
    enforcementLevel: level,
    urn,
  });
  const r = makeReport([
    v("b", "u2", "advisory"),
    v("a", "u1", "mandatory"),
    v("b", "u1", "advisory"),
    v("a", "u1", "mandatory"),
  ]);
  expect(r.violations.map((x) => `${x.policyName}:${x.urn}`)).toEqual(["a:u1", "b:u1", "b:u2"]);
  expect(r.blocked).toBe(true);
  expect(makeReport([v("b", "u2", "advisory")]).blocked).toBe(false);
});
