// Where a site's VMs live in vCenter: `vmFolder` and `resourcePool` of a site. A folder is created
// per site unless it already exists; a resource pool is optional (absent: the cluster's root pool),
// created under the cluster's root pool with shares and reservations, or an existing one by path.
// The tags every VM gets (role and site) need no config: their categories are TAG_CATEGORY.
import { NAME_PATTERN, NAME_RULE, ObjReader, isObject } from "./config-reader";
import { Issues } from "./errors";
import type { InventoryFacts, ResourcePoolFacts, ShareLevel } from "./types";

export const INVENTORY_KEYS = ["vmFolder", "resourcePool"] as const;
const FOLDER_KEYS = ["path", "existing"];
const POOL_KEYS = ["name", "cpuShares", "memoryShares", "cpuReservationMhz", "memoryReservationMb"];
export const SHARE_LEVELS: readonly ShareLevel[] = ["low", "normal", "high"];
/** Calls come first when the cluster is contended: the pool's shares are high unless config says. */
export const DEFAULT_SHARES: ShareLevel = "high";
/** A folder or pool name as vCenter takes it in an inventory path (no '/', '\' or '%'). */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,79}$/;
const FOLDER_RULE =
  "a folder path relative to the datacenter's VM folder, like genesys or genesys/lab: segments of 1 to 80 " +
  "letters, digits, spaces, '.', '_' or '-', separated by '/'";
/** The most a reservation may ask (vCenter's own limit is the cluster's capacity, checked below for memory). */
const MAX_CPU_RESERVATION_MHZ = 10_000_000;

export function defaultFolder(site: string): string {
  return `genesys-${site}`;
}

export function defaultPoolName(site: string): string {
  return `genesys-${site}`;
}

/** Reads a site's vmFolder and resourcePool; `memoryGb` is the site's total host memory. */
export function readInventory(
  issues: Issues,
  site: ObjReader,
  siteName: string,
  memoryGb: number | undefined,
): InventoryFacts | undefined {
  const vmFolder = readFolder(issues, site, siteName);
  const resourcePool = site.has("resourcePool")
    ? readPool(issues, site.path("resourcePool"), site.obj.resourcePool, siteName, memoryGb)
    : undefined;
  if (!vmFolder || resourcePool === null) return undefined;
  return resourcePool ? { vmFolder, resourcePool } : { vmFolder };
}

function validFolderPath(p: unknown): p is string {
  return typeof p === "string" && p.split("/").every((s) => SEGMENT.test(s));
}

function readFolder(
  issues: Issues,
  site: ObjReader,
  siteName: string,
): InventoryFacts["vmFolder"] | undefined {
  const key = site.path("vmFolder");
  const raw = site.obj.vmFolder ?? defaultFolder(siteName);
  // The short form: a path, created by the program.
  const spec = isObject(raw) ? raw : { path: raw };
  const r = isObject(raw) ? ObjReader.open(issues, key, raw, FOLDER_KEYS) : new ObjReader(issues, key, spec);
  if (!r) return undefined;
  const path = r.obj.path ?? defaultFolder(siteName);
  const existing = r.bool("existing", false);
  if (!validFolderPath(path)) {
    issues.add(isObject(raw) ? r.path("path") : key, path, FOLDER_RULE);
    return undefined;
  }
  return existing === undefined ? undefined : { path, existing };
}

/** null: a problem was recorded. */
function readPool(
  issues: Issues,
  key: string,
  raw: unknown,
  siteName: string,
  memoryGb: number | undefined,
): ResourcePoolFacts | null {
  if (isObject(raw) && "existing" in raw) {
    const r = ObjReader.open(issues, key, raw, ["existing"])!;
    const existing = r.string("existing", {
      pattern: /^\/?[^/]+(\/[^/]+)*$/,
      describe:
        "the inventory path of an existing resource pool, like /Genesys-Lab/host/genesys-ha/Resources/genesys",
    });
    return existing === undefined ? null : { existing };
  }
  const r = ObjReader.open(issues, key, raw, [...POOL_KEYS, "existing"]);
  if (!r) return null;
  const name = r.string("name", {
    default: defaultPoolName(siteName),
    pattern: NAME_PATTERN,
    describe: `a resource pool name: ${NAME_RULE}`,
  });
  const cpuShares = r.oneOf("cpuShares", SHARE_LEVELS, DEFAULT_SHARES);
  const memoryShares = r.oneOf("memoryShares", SHARE_LEVELS, DEFAULT_SHARES);
  const cpuReservationMhz = r.int("cpuReservationMhz", { default: 0, min: 0, max: MAX_CPU_RESERVATION_MHZ });
  const maxMemoryMb = memoryGb === undefined ? Number.MAX_SAFE_INTEGER : memoryGb * 1024;
  const memoryReservationMb = r.int("memoryReservationMb", { default: 0, min: 0, max: maxMemoryMb });
  if (!name || !cpuShares || !memoryShares || cpuReservationMhz === undefined) return null;
  if (memoryReservationMb === undefined) return null;
  return { name, cpuShares, memoryShares, cpuReservationMhz, memoryReservationMb };
}
