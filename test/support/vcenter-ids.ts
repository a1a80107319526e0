// The ids a real deployment has where a plan has the mocks' hashed stand-ins (cli/mock-answers.ts):
// vCenter's managed object ids (`host-1009`, `domain-c1007`), VM BIOS UUIDs (`42xxxxxx-...`), and
// each resource's id in the form terraform-provider-vsphere gives it. Deterministic: the same plan
// gives the same ids, so a regenerated stack export is byte-identical.
import { createHash } from "crypto";
import type { PlanDocument, PlanResource } from "../../analyzer/plan-document";
import { TYPE } from "../../policies/contract";

/** `n` bytes that depend only on `seed` (SHA-256 in counter mode). */
export function seededBytes(seed: string, n: number): Buffer {
  const blocks: Buffer[] = [];
  for (let i = 0; blocks.length * 32 < n; i++)
    blocks.push(createHash("sha256").update(`${seed}#${i}`).digest());
  return Buffer.concat(blocks).subarray(0, n);
}

/** A UUID made from `seed`. */
export function seededUuid(seed: string): string {
  const h = seededBytes(seed, 16).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The mocks' managed object ids: `<kind>-<hash mod 100000>`, the cluster's `domain-c-<n>`. */
const MOCK_MOID = /^(datacenter|host|datastore|network|resgroup|vm|domain-c)-(\d+)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `v` with every string `f` maps replaced (object keys stay). */
export function mapStrings(v: unknown, f: (s: string) => string): unknown {
  if (typeof v === "string") return f(v);
  if (Array.isArray(v)) return v.map((e) => mapStrings(e, f));
  if (typeof v === "object" && v !== null)
    return Object.fromEntries(Object.entries(v).map(([k, e]) => [k, mapStrings(e, f)]));
  return v;
}

function eachString(v: unknown, f: (s: string) => void): void {
  mapStrings(v, (s) => (f(s), s));
}

/** vCenter numbers its managed objects from one counter, in the order they were created. */
class Moids {
  private next = 1001;
  /** `prefix` as vCenter spells it: `host-`, `resgroup-`, but `domain-c`, `group-v`. */
  take(prefix: string): string {
    return `${prefix}${this.next++}`;
  }
}

/** What an id form may draw on besides the resource: the moid counter, counters per cluster and host. */
interface IdContext {
  moids: Moids;
  /** The next rule key of the resource's cluster (vCenter numbers a cluster's rules). */
  ruleKey(): number;
  /** The next VMkernel device of the resource's host: vmk1 first (vmk0 is the management adapter). */
  vmk(): string;
}

type IdForm = (r: PlanResource, c: IdContext) => string;

const inClusterByName: IdForm = (r) => `${r.inputs.computeClusterId}:${r.inputs.name}`;
const inClusterByKey: IdForm = (r, c) => `${r.inputs.computeClusterId}:${c.ruleKey()}`;
const overrideOfVm: IdForm = (r) => `${r.inputs.computeClusterId}:${r.inputs.virtualMachineId}`;

/**
 * Each resource type's id as terraform-provider-vsphere sets it (the function named, where the id
 * is composed): a type missing here fails the generator rather than get an id vCenter never gives.
 */
const ID_FORMS: Record<string, IdForm> = {
  // Provider instances are identified by a random UUID the engine assigns.
  [TYPE.vsphereProvider]: (r) => seededUuid(`provider:${r.urn}`),
  // The VM's BIOS UUID and the cluster's moid: already renamed with every other reference.
  [TYPE.vm]: (r) => r.id!,
  [TYPE.cluster]: (r) => r.id!,
  [TYPE.folder]: (_r, c) => c.moids.take("group-v"),
  [TYPE.resourcePool]: (_r, c) => c.moids.take("resgroup-"),
  // saveHostVirtualSwitchID, and its port-group sibling: `tf-<Type>:<host id>:<name>`.
  [TYPE.vswitch]: (r) => `tf-HostVirtualSwitch:${r.inputs.hostSystemId}:${r.inputs.name}`,
  [TYPE.portGroup]: (r) => `tf-HostPortGroup:${r.inputs.hostSystemId}:${r.inputs.name}`,
  // The vnic resource's create: `d.SetId(fmt.Sprintf("%s_%s", hostID, nicID))`.
  [TYPE.vnic]: (r, c) => `${r.inputs.host}_${c.vmk()}`,
  // resourceVSphereComputeClusterVMGroupFlattenID and its host-group and rule siblings.
  [TYPE.vmGroup]: inClusterByName,
  [TYPE.hostGroup]: inClusterByName,
  [TYPE.antiAffinityRule]: inClusterByKey,
  [TYPE.affinityRule]: inClusterByKey,
  [TYPE.vmHostRule]: inClusterByKey,
  [TYPE.haVmOverride]: overrideOfVm,
  [TYPE.drsVmOverride]: overrideOfVm,
  [TYPE.tagCategory]: (r) => `urn:vmomi:InventoryServiceCategory:${seededUuid(r.urn)}:GLOBAL`,
  [TYPE.tag]: (r) => `urn:vmomi:InventoryServiceTag:${seededUuid(r.urn)}:GLOBAL`,
};

/** Counts per key, from 1. */
function counter(): (key: string) => number {
  const seen = new Map<string, number>();
  return (key) => {
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return seen.get(key)!;
  };
}

function renameProps(r: PlanResource, f: (s: string) => string): void {
  if (r.id !== undefined) r.id = f(r.id);
  r.inputs = mapStrings(r.inputs, f) as Record<string, unknown>;
  r.outputs = mapStrings(r.outputs, f) as Record<string, unknown>;
}

/**
 * The document with vCenter's ids: first every managed object id and UUID the mocks answered
 * (wherever it is referenced), then each resource's own id, renamed in every reference too (a
 * tag's id in the VMs' `tags`, a provider's in each `provider` reference).
 */
export function withVcenterIds(doc: PlanDocument): PlanDocument {
  const out = JSON.parse(JSON.stringify(doc)) as PlanDocument;
  const resources = out.deployment.resources;
  const moids = new Moids();
  const renamed = new Map<string, string>();
  // Numbered in the order the program creates what names them (components repeat their children's).
  const inOrder = [...resources.filter((r) => r.custom), ...resources.filter((r) => !r.custom)];
  for (const r of inOrder)
    eachString([r.id, r.inputs, r.outputs], (s) => {
      if (renamed.has(s)) return;
      const moid = MOCK_MOID.exec(s);
      if (moid) renamed.set(s, moids.take(moid[1] === "domain-c" ? "domain-c" : `${moid[1]}-`));
      // vCenter's BIOS UUIDs of VMs (and so of templates) start with 42.
      else if (UUID.test(s)) renamed.set(s, `42${s.slice(2)}`);
    });
  for (const r of resources) renameProps(r, (s) => renamed.get(s) ?? s);

  const ids = new Map<string, string>();
  const [ruleKeys, vmks] = [counter(), counter()];
  for (const r of resources) {
    if (!r.custom || r.id === undefined) continue;
    const form = ID_FORMS[r.type];
    if (!form) throw new Error(`no vCenter id form for ${r.type} (${r.urn}): add one to ID_FORMS`);
    ids.set(
      r.id,
      form(r, {
        moids,
        ruleKey: () => ruleKeys(String(r.inputs.computeClusterId)),
        vmk: () => `vmk${vmks(String(r.inputs.host))}`,
      }),
    );
  }
  for (const r of resources) {
    renameProps(r, (s) => ids.get(s) ?? s);
    if (r.provider) {
      const i = r.provider.lastIndexOf("::");
      const id = r.provider.slice(i + 2);
      r.provider = `${r.provider.slice(0, i)}::${ids.get(id) ?? id}`;
    }
  }
  return out;
}
