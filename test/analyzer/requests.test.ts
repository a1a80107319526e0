// Plan document -> analyzer requests, and the report's ordering.
import * as pb from "@pulumi/pulumi/proto/analyzer_pb";
import { REDACTED, SECRET_SIG_KEY, SECRET_SIG_VALUE } from "../../analyzer/plan-document";
import { makeReport, type Violation } from "../../analyzer/report";
import {
  parseUrn,
  planToResources,
  providerUrnOf,
  toAnalyzeRequest,
  toAnalyzeStackRequest,
  toWire,
} from "../../analyzer/requests";
import { TYPE } from "../../policies/contract";
import { SECRET, UNKNOWN, dockerDoc, vsphereDoc } from "../support/analyzer-fixtures";

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
  const req = toAnalyzeRequest(c);
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
  const req = toAnalyzeStackRequest(rs);
  const rule = req.getResourcesList().find((r) => r.getType() === TYPE.antiAffinityRule)!;
  expect(rule.getParent()).toContain("genesys:vsphere:PlacementRules");
  expect(rule.getDependenciesList()).toHaveLength(2);
  expect(rule.getPropertydependenciesMap().get("virtualMachineIds")!.getUrnsList()).toHaveLength(2);
  const provider = req.getResourcesList().find((r) => r.getType() === TYPE.vsphereProvider)!;
  expect(provider.getProperties()!.toJavaScript().password).toEqual({
    [SECRET_SIG_KEY]: SECRET_SIG_VALUE,
    value: REDACTED,
  });
  expect(pb.AnalyzeStackRequest.deserializeBinary(req.serializeBinary()).getResourcesList()).toHaveLength(
    rs.length,
  );
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
