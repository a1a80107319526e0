// Turns the stack's configuration (the flat key -> string map Pulumi hands a program) into the
// deployment model, or a ConfigError listing every problem. Pure: the same function serves the
// Pulumi program, `genesys-iac plan` and the tests.
import { DEFAULT_SIZING, PROJECT, SECRET_KEYS, SIMPLE_DEFAULTS } from "./defaults";
import { readGuestOs } from "./guest-config";
import { checkSecrets, namesCredential, secretConfigKeys } from "./secrets";
import { ObjReader, duplicatesOf, isObject, readBool, readInt, readOneOf } from "./config-reader";
import { Issues } from "./errors";
import { MAX_HOSTS_PER_STACK, MAX_NESTING, MAX_SITES, nestingDepth, nestingProblem } from "./limits";
import { checkDerivedNames, checkVmsFitHosts, type SizingKeys } from "./site-checks";
import { SiteSpec, readSite } from "./site-config";
import { buildSites } from "./topology";
import { Deployment, Platform, ROLES, Sizing, SizingOverrides } from "./types";
import { VSPHERE_CONFIG_KEYS, VSPHERE_MINUTES, VSPHERE_NAMESPACE } from "./vsphere-config";
import { hostKey } from "./vsphere-names";

/** Keys this project reads in its own namespace; anything else in `genesys-iac:` is a mistake. */
export const SIMPLE_KEYS = Object.keys(SIMPLE_DEFAULTS) as (keyof typeof SIMPLE_DEFAULTS)[];
export const STRUCTURED_KEYS = ["sites", "sizing", "guestOs"] as const;
export const KNOWN_KEYS: readonly string[] = [
  ...SIMPLE_KEYS,
  ...STRUCTURED_KEYS,
  ...Object.values(SECRET_KEYS),
];

export interface ConfigInput {
  /** Full keys (`genesys-iac:sites`) to their values; structured values as JSON text or parsed. */
  config: Record<string, unknown>;
  project?: string;
  stack: string;
  /** Full keys whose values are secrets (pulumi config set --secret); their values are never shown. */
  secretKeys?: readonly string[];
}

export function loadDeployment(input: ConfigInput): Deployment {
  const project = input.project ?? PROJECT;
  const issues = new Issues();
  const own: Record<string, unknown> = {};
  const stored = new Set(input.secretKeys ?? []);
  const bySecretKey = secretConfigKeys(project);
  const secret = (k: string) => bySecretKey.includes(k) || stored.has(k);
  /** This project's keys written in another namespace (`genesys:sites`): they would go unread. */
  const misplaced: [string, unknown, string][] = [];
  for (const [k, v] of Object.entries(input.config)) {
    const [ns, name] = splitKey(k);
    if (ns === VSPHERE_NAMESPACE && !Object.hasOwn(VSPHERE_CONFIG_KEYS, name)) {
      // The provider would ignore it silently (a typo of vsphereServer connects to nothing). Its
      // value is withheld: a misspelt key may well hold the password.
      issues.add(
        k,
        v,
        `unknown key of the vSphere provider; its keys (schema config.variables): ${Object.keys(
          VSPHERE_CONFIG_KEYS,
        )
          .map((n) => `${VSPHERE_NAMESPACE}:${n}`)
          .join(", ")}`,
        true,
      );
      continue;
    }
    if (ns === VSPHERE_NAMESPACE) {
      readVsphereKey(issues, k, v, VSPHERE_CONFIG_KEYS[name as keyof typeof VSPHERE_CONFIG_KEYS], secret(k));
      continue;
    }
    if (ns !== project) {
      if (ns !== "" && KNOWN_KEYS.includes(name)) misplaced.push([k, v, name]);
      continue;
    }
    if (!KNOWN_KEYS.includes(name)) {
      issues.add(
        k,
        v,
        `unknown key; this project reads ${KNOWN_KEYS.map((n) => `${project}:${n}`).join(", ")}`,
        secret(k) || namesCredential(name),
      );
      continue;
    }
    own[name] = v;
  }
  const key = (n: string) => `${project}:${n}`;
  for (const [k, v, name] of misplaced)
    issues.add(
      k,
      v,
      `not read: this project's keys are in its namespace; write it as ${key(name)}`,
      secret(k) || namesCredential(name),
    );
  const platform = readOneOf<Platform>(issues, key("platform"), own.platform ?? SIMPLE_DEFAULTS.platform, [
    "vsphere",
    "docker",
  ]);
  const addpTimeout = readInt(issues, key("addpTimeout"), own.addpTimeout, {
    default: SIMPLE_DEFAULTS.addpTimeout,
    min: 1,
    max: 60,
  });
  const addpRemoteTimeout = readInt(issues, key("addpRemoteTimeout"), own.addpRemoteTimeout, {
    default: SIMPLE_DEFAULTS.addpRemoteTimeout,
    min: 1,
    max: 60,
  });
  const addpTrace = readOneOf(issues, key("addpTrace"), own.addpTrace ?? SIMPLE_DEFAULTS.addpTrace, [
    "none",
    "local",
    "remote",
    "full",
  ] as const);
  const protectVoiceVms = readBool(
    issues,
    key("protectVoiceVms"),
    own.protectVoiceVms ?? SIMPLE_DEFAULTS.protectVoiceVms,
  );
  // The provider's shutdown_wait_timeout takes 1 to 10 minutes.
  const shutdownWaitMinutes = readInt(issues, key("shutdownWaitMinutes"), own.shutdownWaitMinutes, {
    default: SIMPLE_DEFAULTS.shutdownWaitMinutes,
    min: 1,
    max: 10,
  });
  const forcePowerOff = readBool(
    issues,
    key("forcePowerOff"),
    own.forcePowerOff ?? SIMPLE_DEFAULTS.forcePowerOff,
  );
  const strings = {} as Record<
    "vmTemplate" | "guestId" | "dockerImage" | "linuxTemplate" | "linuxGuestId",
    string
  >;
  for (const n of ["vmTemplate", "guestId", "dockerImage", "linuxTemplate", "linuxGuestId"] as const) {
    const v = own[n] ?? SIMPLE_DEFAULTS[n];
    if (typeof v !== "string" || v.trim() === "") issues.add(key(n), v, "a non-empty string");
    else strings[n] = v;
  }
  if (
    typeof strings.dockerImage === "string" &&
    (!/:[\w][\w.-]{0,127}$/.test(strings.dockerImage) || /:latest$/.test(strings.dockerImage))
  ) {
    issues.add(
      key("dockerImage"),
      strings.dockerImage,
      "an image pinned by an exact tag other than latest (name:tag, e.g. genesys-standin:1.0): :latest names no fixed image",
    );
  }
  const rawSizing = parseStructured(issues, key("sizing"), own.sizing ?? {});
  const sizing = rawSizing === UNPARSED ? undefined : readSizing(issues, key("sizing"), rawSizing);
  const sizingKeys = sizingKeysOf(key("sizing"), rawSizing);
  const rawOs = parseStructured(issues, key("guestOs"), own.guestOs ?? {});
  const guestOs = rawOs === UNPARSED ? undefined : readGuestOs(issues, key("guestOs"), rawOs);
  const rawSites = parseStructured(issues, key("sites"), own.sites);
  const specs =
    rawSites === UNPARSED ? undefined : readSites(issues, key("sites"), rawSites, platform ?? "vsphere");
  issues.throwIfAny();
  // Every value below was checked: issues is empty, so none of them is undefined.
  const sites = buildSites(issues, specs!, {
    sizing: sizing!,
    protectVoiceVms: protectVoiceVms!,
    guestOs: guestOs!,
    platform: platform!,
    key: key("sites"),
  });
  if (sites) {
    // What only the built sites show: the names derived from the site names, and VMs against hosts.
    checkDerivedNames(issues, sites, key("sites"));
    checkVmsFitHosts(issues, sites, sizingKeys);
    checkSecrets(issues, { platform: platform!, sites, config: own, secret: stored, key });
  }
  issues.throwIfAny();
  const deployment: Deployment = {
    project,
    stack: input.stack,
    platform: platform!,
    genesys: { addpTimeout: addpTimeout!, addpRemoteTimeout: addpRemoteTimeout!, addpTrace: addpTrace! },
    vsphere: {
      template: strings.vmTemplate,
      guestId: strings.guestId,
      shutdownWaitMinutes: shutdownWaitMinutes!,
      forcePowerOff: forcePowerOff!,
      linuxTemplate: strings.linuxTemplate,
      linuxGuestId: strings.linuxGuestId,
    },
    docker: { image: strings.dockerImage },
    sites: sites!,
  };
  return deployment;
}

/**
 * The stack config as one config per site: the same keys, with `sites` holding that site alone.
 * `genesys-iac plan` runs the program once per site (see cli/plan.ts); this is the one place that
 * knows the sites are a list under `<project>:sites`. Call it on a config loadDeployment accepted.
 */
export function configPerSite(config: Record<string, string>, project: string): Record<string, string>[] {
  const key = `${project}:sites`;
  const sites: unknown = JSON.parse(config[key]);
  if (!Array.isArray(sites))
    throw new Error(`configPerSite: ${key} is not a list (validate the config first)`);
  return sites.map((site) => ({ ...config, [key]: JSON.stringify([site]) }));
}

/**
 * A `vsphere:` key's value against its schema type, as the provider's SDK reads it (`getBoolean`
 * takes "true" or "false"): refused here, with the key, rather than when the provider is registered.
 */
function readVsphereKey(
  issues: Issues,
  key: string,
  v: unknown,
  type: "boolean" | "integer" | "string",
  secret: boolean,
): void {
  // A secret is never shown, and a plan has only its placeholder: of a secret, only that it is set.
  if (secret) {
    if (typeof v === "string" && v.trim() === "") issues.add(key, v, "a non-empty value", true);
    return;
  }
  if (type === "boolean") readBool(issues, key, v);
  else if (type === "integer") readInt(issues, key, v, VSPHERE_MINUTES);
  else if (typeof v !== "string" || v.trim() === "") issues.add(key, v, "a non-empty string");
}

function splitKey(k: string): [string, string] {
  const i = k.indexOf(":");
  return i < 0 ? ["", k] : [k.slice(0, i), k.slice(i + 1)];
}

const UNPARSED = Symbol("unparsed");

/** Structured values arrive as JSON text from Pulumi and as objects from the YAML file. */
function parseStructured(issues: Issues, key: string, v: unknown): unknown {
  let parsed: unknown = v;
  if (typeof v === "string") {
    try {
      parsed = JSON.parse(v);
    } catch {
      issues.add(key, v, "a structured value (a YAML list or object in the stack file)");
      return UNPARSED;
    }
  }
  if (nestingDepth(parsed) > MAX_NESTING) {
    issues.add(key, "(deeply nested value)", nestingProblem("the value"));
    return UNPARSED;
  }
  return parsed;
}

function readSites(issues: Issues, key: string, raw: unknown, platform: Platform): SiteSpec[] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) {
    issues.add(
      key,
      raw,
      "a list of at least one site, each with name, hosts and networks (see README: Configuration)",
    );
    return undefined;
  }
  // Bounds first, before any site is read: a huge list is refused at once.
  if (raw.length > MAX_SITES) {
    issues.add(
      key,
      `(${raw.length} sites)`,
      `at most ${MAX_SITES} sites in one stack; split the estate into stacks`,
    );
    return undefined;
  }
  const hostCount = raw.reduce(
    (n: number, s) => n + (isObject(s) && Array.isArray(s.hosts) ? s.hosts.length : 0),
    0,
  );
  if (hostCount > MAX_HOSTS_PER_STACK) {
    issues.add(
      key,
      `(${hostCount} hosts in all)`,
      `at most ${MAX_HOSTS_PER_STACK} hosts in one stack, all sites together; split the estate into stacks`,
    );
    return undefined;
  }
  const specs = raw.map((s, i) => readSite(issues, `${key}[${i}]`, s, platform));
  const ok = specs.filter((s): s is SiteSpec => s !== undefined);
  const dupSites = duplicatesOf(ok.map((s) => s.name));
  if (dupSites.length > 0) issues.add(key, dupSites, "site names unique within the stack");
  // A host repeated within one site is that site's problem (reported there); here, across sites.
  const dupHosts = duplicatesOf(ok.flatMap((s) => [...new Set(s.hosts.map((h) => hostKey(h.name)))]));
  if (dupHosts.length > 0)
    issues.add(key, dupHosts, "each host in one site only (a host belongs to one cluster)");
  const clusters = ok.map((s) => `${s.datacenter}/${s.cluster.name}`);
  const dupClusters = duplicatesOf(clusters);
  if (dupClusters.length > 0) issues.add(key, dupClusters, "cluster names unique within a datacenter");
  return ok.length === raw.length ? ok : undefined;
}

const SIZING_KEYS = ["cpus", "memoryMb", "diskGb", "adapterType", "cpuHotAdd", "memoryHotAdd"];

function readSizing(issues: Issues, key: string, raw: unknown): SizingOverrides | undefined {
  const r = ObjReader.open(issues, key, raw, ["default", ...ROLES]);
  if (!r) return undefined;
  const out: SizingOverrides = {};
  const base = readOneSizing(r, "default", DEFAULT_SIZING);
  if (!base) return undefined;
  out.default = base;
  for (const role of ROLES) {
    if (!r.has(role)) continue;
    const s = readOneSizing(r, role, base);
    if (!s) return undefined;
    out[role] = s;
  }
  return out;
}

function readOneSizing(parent: ObjReader, field: string, base: Sizing): Sizing | undefined {
  const r = ObjReader.open(parent.issues, parent.path(field), parent.obj[field] ?? {}, SIZING_KEYS);
  if (!r) return undefined;
  const cpus = r.int("cpus", { default: base.cpus, min: 1, max: 128 });
  const memoryMb = r.int("memoryMb", { default: base.memoryMb, min: 512, max: 6291456 });
  if (memoryMb !== undefined && memoryMb % 4 !== 0) {
    r.issues.add(
      r.path("memoryMb"),
      memoryMb,
      "a multiple of 4 MB: vSphere sizes a VM's memory in 4 MB steps",
    );
    return undefined;
  }
  const diskGb = r.int("diskGb", { default: base.diskGb, min: 1, max: 62 * 1024 });
  const adapterType = r.oneOf("adapterType", ["vmxnet3", "e1000", "e1000e"] as const, base.adapterType);
  const cpuHotAdd = r.bool("cpuHotAdd", base.cpuHotAdd);
  const memoryHotAdd = r.bool("memoryHotAdd", base.memoryHotAdd);
  if (!cpus || !memoryMb || !diskGb || !adapterType || cpuHotAdd === undefined || memoryHotAdd === undefined)
    return undefined;
  return { cpus, memoryMb, diskGb, adapterType, cpuHotAdd, memoryHotAdd };
}

/** Where a role's sizing field is written: its own entry, else `default` (or where it would be). */
function sizingKeysOf(key: string, raw: unknown): SizingKeys {
  return (role, field) => {
    const own = isObject(raw) ? raw[role] : undefined;
    return isObject(own) && own[field] !== undefined ? `${key}.${role}.${field}` : `${key}.default.${field}`;
  };
}
