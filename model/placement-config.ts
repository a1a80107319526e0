// Reads a site's `placement`: the hosts the model puts the primaries, the backups, each MCP and
// each simulator on. Only hosts of the site may be named, in any case (vCenter and DNS ignore it), and
// each is resolved to the name the site declares; what is not given is chosen by model/placement.ts,
// by host name so that the order of hosts in the file changes nothing.
import { ObjReader } from "./config-reader";
import { Issues } from "./errors";
import { Host } from "./types";
import { hostKey } from "./vsphere-names";

export interface PlacementSpec {
  primaries?: string;
  backups?: string;
  /** The i-th MCP (mcp-<i+1>) on the i-th host. */
  mcp: string[];
  simulator: string[];
}

const PLACEMENT_KEYS = ["primaries", "backups", "mcp", "simulator"];

export function readPlacement(
  issues: Issues,
  key: string,
  raw: unknown,
  hosts: Host[] | undefined,
  counts: { mcp: number; simulator: number } | undefined,
): PlacementSpec | undefined {
  const r = ObjReader.open(issues, key, raw ?? {}, PLACEMENT_KEYS);
  if (!r) return undefined;
  const declared = hosts && new Map(hosts.map((h) => [hostKey(h.name), h.name]));
  const allowed = `a host of this site (${hosts?.map((h) => h.name).join(", ") ?? "see hosts"})`;
  let ok = true;
  /** The host as the site declares it; without the site's hosts (invalid), the value as written. */
  const host = (value: unknown, where: string): string | undefined => {
    const name = typeof value === "string" ? (declared ? declared.get(hostKey(value)) : value) : undefined;
    if (name === undefined) {
      issues.add(where, value, allowed);
      ok = false;
    }
    return name;
  };
  const primaries = r.has("primaries") ? host(r.obj.primaries, r.path("primaries")) : undefined;
  const backups = r.has("backups") ? host(r.obj.backups, r.path("backups")) : undefined;
  if (primaries && backups && hostKey(primaries) === hostKey(backups)) {
    issues.add(
      r.path("backups"),
      r.obj.backups,
      `a host other than the primaries' (${primaries}): each pair's primary and backup run apart (guide #9)`,
    );
    ok = false;
  }
  const lists: Record<"mcp" | "simulator", string[]> = { mcp: [], simulator: [] };
  for (const role of ["mcp", "simulator"] as const) {
    if (!r.has(role)) continue;
    const v = r.obj[role];
    const count = counts?.[role];
    if (!Array.isArray(v) || (count !== undefined && v.length > count)) {
      issues.add(
        r.path(role),
        v,
        `a list of at most ${count ?? "components." + role + ".count"} hosts, one per ${role} in order (${role}-1 first)`,
      );
      ok = false;
      continue;
    }
    lists[role] = v.map((h, i) => host(h, `${r.path(role)}[${i}]`) ?? "");
  }
  // The MCPs' anti-affinity rule (model/topology.ts, `<site>-mcp-spread`) keeps them on different
  // hosts: two MCPs placed on one host, where the site has a host for each, would have DRS move one
  // away as soon as they run.
  const mcpHosts = lists.mcp.map((h) => (h ? hostKey(h) : h));
  if (hosts && counts && hosts.length >= counts.mcp)
    mcpHosts.forEach((h, i) => {
      const first = mcpHosts.indexOf(h);
      if (h && first < i) {
        issues.add(
          `${r.path("mcp")}[${i}]`,
          (r.obj.mcp as unknown[])[i],
          `a host other than mcp-${first + 1}'s (${lists.mcp[first]}): the MCPs' anti-affinity rule spreads them over the site's hosts`,
        );
        ok = false;
      }
    });
  return ok ? { primaries, backups, ...lists } : undefined;
}
