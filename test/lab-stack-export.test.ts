/**
 * test/fixtures/lab-stack-export.json is exactly what its generator writes from the lab stack's
 * current plan (`npm run gen:fixtures` rewrites it): a change to what the lab deploys cannot leave
 * the fixture stale, and the drift it holds is only the drift it is meant to show.
 */
import * as fs from "fs";
import {
  isSecretValue,
  SECRET_SIG_KEY,
  SECRET_SIG_VALUE,
  type PlanDocument,
  type PlanResource,
} from "../analyzer/plan-document";
import { REDACTED, TYPE } from "../policies/contract";
import { deployedExport, exportText } from "./support/deployed-export";
import { copy, named, ofType } from "./support/export-shapes";
import { LAB_DEPLOYMENT, LAB_EXPORT, LAB_VCENTER_PASSWORD, labPlan } from "./support/lab-export";
import { LAB_SECRETS } from "./support/stacks";

const committed = fs.readFileSync(LAB_EXPORT, "utf8");
const doc = JSON.parse(committed) as PlanDocument;
let plan: PlanDocument;
beforeAll(async () => {
  plan = await labPlan();
});

function walk(v: unknown, f: (v: unknown) => void): void {
  f(v);
  if (Array.isArray(v)) v.forEach((e) => walk(e, f));
  else if (typeof v === "object" && v !== null) Object.values(v).forEach((e) => walk(e, f));
}

/** Where two texts first differ, by line; undefined when they are the same. */
function firstDifference(regenerated: string, file: string): string | undefined {
  if (regenerated === file) return undefined;
  const [a, b] = [regenerated.split("\n"), file.split("\n")];
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i < 0 ? a.length : i;
  return `line ${at + 1}: regenerated ${JSON.stringify(a[at])}, committed ${JSON.stringify(b[at])}`;
}

describe("test/fixtures/lab-stack-export.json regenerated from the lab's plan", () => {
  test("gives the committed file byte for byte (else: npm run gen:fixtures)", () => {
    expect(firstDifference(exportText(deployedExport(plan, LAB_DEPLOYMENT)), committed)).toBeUndefined();
  });

  test("has every resource the lab plans, in the plan's order", () => {
    expect(doc.deployment.resources.map((r) => r.urn)).toEqual(plan.deployment.resources.map((r) => r.urn));
  });

  test("a changed plan or drift changes the file (control: the comparison can fail)", () => {
    const changed = copy(plan);
    named(changed, TYPE.vm, "::lab-mcp-2").inputs.numCpus = 8;
    expect(exportText(deployedExport(changed, LAB_DEPLOYMENT))).not.toEqual(committed);
    expect(exportText(deployedExport(plan, { ...LAB_DEPLOYMENT, drifts: [] }))).not.toEqual(committed);
  });

  test("a resource type without a vCenter id form is refused, not given a made-up id", () => {
    const odd = copy(plan);
    odd.deployment.resources.push({ ...odd.deployment.resources[1], type: "vsphere:index/file:File" });
    expect(() => deployedExport(odd, LAB_DEPLOYMENT)).toThrow(
      "no vCenter id form for vsphere:index/file:File",
    );
  });
});

describe("what the fixture holds", () => {
  test("no secret in plain text: each is the passphrase provider's ciphertext", () => {
    for (const value of [...Object.values(LAB_SECRETS), ...Object.values(LAB_VCENTER_PASSWORD)])
      expect(committed).not.toContain(value);
    expect(committed).not.toContain(REDACTED);
    const secrets: unknown[] = [];
    walk(doc, (v) => isSecretValue(v) && secrets.push(v));
    // The vCenter password (provider inputs and outputs), and per VM its two guest passwords in
    // the inputs and its `clone` in the outputs (the engine marks the whole output secret).
    expect(secrets).toHaveLength(2 + 11 * 3);
    for (const s of secrets)
      expect(s).toEqual({
        [SECRET_SIG_KEY]: SECRET_SIG_VALUE,
        ciphertext: expect.stringMatching(/^v1:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/]+=*$/),
      });
  });

  test("the only declared properties the refresh found changed are the drifts", () => {
    const changed: { type: string; name: string; key: string; value: unknown }[] = [];
    for (const r of doc.deployment.resources.filter((x) => x.custom))
      for (const [key, declared] of Object.entries(r.inputs)) {
        const deployed = r.outputs[key];
        if (isSecretValue(declared) || isSecretValue(deployed) || typeof declared === "object") continue;
        if (deployed !== declared)
          changed.push({ type: r.type, name: r.urn.split("::").pop()!, key, value: deployed });
      }
    expect(changed).toEqual([...LAB_DEPLOYMENT.drifts].sort((a, b) => a.type.localeCompare(b.type)));
  });

  test("ids are vCenter's, and every reference names a resource of the export", () => {
    const ids = (type: string) => new Set(ofType(doc, type).map((r) => r.id));
    const vms = ids(TYPE.vm);
    expect([...vms].every((id) => /^42[0-9a-f]{6}-/.test(id!))).toBe(true);
    const cluster = ofType(doc, TYPE.cluster)[0];
    expect(cluster.id).toMatch(/^domain-c\d+$/);
    expect(ofType(doc, TYPE.folder)[0].id).toMatch(/^group-v\d+$/);
    for (const r of ofType(doc, TYPE.tag))
      expect(r.id).toMatch(/^urn:vmomi:InventoryServiceTag:[0-9a-f-]{36}:GLOBAL$/);
    const hostIds = new Set(cluster.inputs.hostSystemIds as string[]);
    for (const r of [...ofType(doc, TYPE.vswitch), ...ofType(doc, TYPE.portGroup)])
      expect(r.id).toBe(`tf-${r.type.split(":").pop()}:${r.inputs.hostSystemId}:${r.inputs.name}`);
    for (const r of ofType(doc, TYPE.vnic)) expect(r.id).toBe(`${r.inputs.host}_vmk1`);
    for (const r of ofType(doc, TYPE.haVmOverride)) {
      expect(vms.has(r.inputs.virtualMachineId as string)).toBe(true);
      expect(r.id).toBe(`${cluster.id}:${r.inputs.virtualMachineId}`);
    }
    for (const r of ofType(doc, TYPE.antiAffinityRule)) {
      expect(r.id).toMatch(new RegExp(`^${cluster.id}:\\d+$`));
      for (const id of r.inputs.virtualMachineIds as string[]) expect(vms.has(id)).toBe(true);
    }
    const tags = ids(TYPE.tag);
    for (const vm of ofType(doc, TYPE.vm)) {
      for (const t of vm.inputs.tags as string[]) expect(tags.has(t)).toBe(true);
      expect(hostIds.has(vm.outputs.hostSystemId as string)).toBe(true);
    }
    // Nothing of the mocks' stand-ins is left (cli/mock-answers.ts: `Tag-1a2b3c4d`, `host-62221`).
    walk(doc, (v) => typeof v === "string" && expect(v).not.toMatch(/^[A-Za-z]+-([0-9a-f]{8}|c-\d+)$/));
  });

  test("each VM runs on its intended host, with its customized address reported by Tools", () => {
    const hostByName = new Map(
      ofType(doc, "genesys:vsphere:Host").map((h) => [
        (h.outputs.host as { name: string }).name,
        h.outputs.hostSystemId as string,
      ]),
    );
    for (const c of ofType(doc, "genesys:vsphere:GenesysVm")) {
      const intent = c.inputs.vm as { name: string; intendedHost: string; guest: { ipv4: string } };
      const vm: PlanResource = named(doc, TYPE.vm, `::${intent.name}`);
      expect(vm.outputs).toMatchObject({
        hostSystemId: hostByName.get(intent.intendedHost),
        defaultIpAddress: intent.guest.ipv4,
        guestIpAddresses: [intent.guest.ipv4, expect.stringMatching(/^fe80::/)],
      });
    }
  });
});
