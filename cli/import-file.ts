// `genesys-iac import`: the plan of a stack as a Pulumi import file (`pulumi import --file`), so a
// site built by hand comes under management with the names, parents and types the program uses
// and the next `pulumi preview` finds every resource where the program declares it.
//
// The file's format (pulumi/pulumi, pkg/importer): `nameTable` maps names to URNs of resources
// already in the stack (here the vCenter provider); each entry of `resources` has a `name` other
// entries refer to as `parent`, the resource's own `logicalName`, its `type`, and either the `id`
// the provider imports or `component: true` (an empty component the engine creates).
import type { PlanDocument, PlanResource } from "../analyzer/plan-document";
import { Deployment, Site } from "../model/types";
import { COMPONENT, TYPE } from "../policies/contract";
import { IMPORT_IDS, PLACEHOLDER_PATTERN, type IdContext } from "./import-ids";

export interface ImportEntry {
  type: string;
  name: string;
  logicalName: string;
  id?: string;
  component?: true;
  parent?: string;
  provider?: string;
}

export interface ImportFile {
  nameTable: Record<string, string>;
  resources: ImportEntry[];
}

export interface ImportResult {
  file: ImportFile;
  /** The distinct placeholders left in ids, for the user to fill (README: Adopting a site). */
  placeholders: string[];
}

const ROOT_TYPES = new Set(["pulumi:pulumi:Stack"]);
const isProvider = (r: PlanResource) => r.type.startsWith("pulumi:providers:");
/** The resource's own name: the last part of its URN. */
export const logicalName = (urn: string) => urn.slice(urn.lastIndexOf("::") + 2);

export function importFile(doc: PlanDocument, d: Deployment): ImportResult {
  const resources = doc.deployment.resources;
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const sites = new Map(d.sites.map((s) => [s.name, s]));
  // Host ids in the plan are the lookups' answers; each Host component says which host it is.
  const hostByInput = new Map<string, string>();
  for (const r of resources) {
    if (r.type !== COMPONENT.vsphereHost) continue;
    const id = r.outputs.hostSystemId;
    const host = (r.inputs.host as { name?: string } | undefined)?.name;
    if (typeof id === "string" && host) hostByInput.set(id, host);
  }
  const siteOf = (r: PlanResource): Site | undefined => {
    for (let p: PlanResource | undefined = r; p; p = p.parent ? byUrn.get(p.parent) : undefined)
      if (p.type === COMPONENT.vsphereSite) return sites.get(String(p.inputs.name));
    return undefined;
  };

  // Entry names: the logical name, qualified by the type's last part where two resources share it
  // (a GenesysVm component and its VirtualMachine do).
  // A cluster with `adoptId` is imported by the program itself (the resource's `import` option).
  const adopted = (r: PlanResource) => r.type === TYPE.cluster && siteOf(r)?.cluster.adoptId !== undefined;
  const kept = resources.filter((r) => !ROOT_TYPES.has(r.type) && !isProvider(r) && !adopted(r));
  const count = new Map<string, number>();
  for (const r of kept) count.set(logicalName(r.urn), (count.get(logicalName(r.urn)) ?? 0) + 1);
  const entryName = (r: PlanResource) => {
    const n = logicalName(r.urn);
    return (count.get(n) ?? 0) > 1 ? `${n} [${r.type.slice(r.type.lastIndexOf(":") + 1)}]` : n;
  };

  const nameTable: Record<string, string> = {};
  const entries: ImportEntry[] = [];
  for (const r of kept) {
    const entry: ImportEntry = { type: r.type, name: entryName(r), logicalName: logicalName(r.urn) };
    const parent = r.parent ? byUrn.get(r.parent) : undefined;
    if (parent && !ROOT_TYPES.has(parent.type)) entry.parent = entryName(parent);
    if (!r.custom) {
      entry.component = true;
    } else {
      const rule = IMPORT_IDS[r.type];
      if (!rule) throw new Error(`import: no import id is known for ${r.type} (${r.urn})`);
      const ctx: IdContext = {
        resource: r,
        site: siteOf(r),
        linked: (prop) => {
          const urn = r.propertyDependencies?.[prop]?.[0];
          return urn ? byUrn.get(urn) : undefined;
        },
        hostName: (v) => (typeof v === "string" ? hostByInput.get(v) : undefined),
      };
      entry.id = rule.id(ctx);
      if (r.provider) {
        // `<provider urn>::<provider id>`: the name table wants the URN.
        const urn = r.provider.slice(0, r.provider.lastIndexOf("::"));
        const name = logicalName(urn);
        nameTable[name] = urn;
        entry.provider = name;
      }
    }
    entries.push(entry);
  }
  const placeholders = new Set<string>();
  for (const e of entries) for (const m of (e.id ?? "").matchAll(PLACEHOLDER_PATTERN)) placeholders.add(m[0]);
  return { file: { nameTable, resources: entries }, placeholders: [...placeholders].sort() };
}
