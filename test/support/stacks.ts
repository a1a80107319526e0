// The repository's own stack files, read as the CLI reads them, and raw configs to break.
import * as fs from "fs";
import * as path from "path";
import { readStackConfig, StackConfig } from "../../cli/stack-files";

/** The project folder: the nearest one up with Pulumi.yaml (also from the compiled copy that
 * `npm run gen:fixtures` runs under test-output/). */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "Pulumi.yaml"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no Pulumi.yaml above ${from}`);
  }
}

export const REPO = projectRoot(__dirname);

/**
 * The lab's guest passwords, as `pulumi config set --secret` would give them to the program. The
 * stack file cannot hold them (a `secure:` value needs the stack's key); tests look for these
 * values in every output to prove they never appear.
 */
export const LAB_SECRETS: Record<string, string> = {
  "genesys-iac:guestAdminPassword": "Adm1n-Lab-pw-7f3kq",
  "genesys-iac:domainJoinPassword": "J0in-Lab-pw-9q2xz",
};

/** The stack as the CLI reads it; the lab with its secrets set, as a deploying user has it. */
export function stackConfig(stack: "lab" | "dev"): StackConfig {
  const cfg = readStackConfig(REPO, stack);
  if (stack !== "lab") return cfg;
  return {
    ...cfg,
    config: { ...cfg.config, ...LAB_SECRETS },
    secretKeys: [...cfg.secretKeys, ...Object.keys(LAB_SECRETS)],
  };
}

/** The lab stack's `genesys-iac:sites` as plain data, to mutate in a test. */
export function labSites(): Record<string, unknown>[] {
  return JSON.parse(stackConfig("lab").config["genesys-iac:sites"]) as Record<string, unknown>[];
}

/** The lab stack's config with some keys replaced (objects are JSON-encoded as Pulumi does). */
export function labConfigWith(changes: Record<string, unknown>): Record<string, string> {
  const base = { ...stackConfig("lab").config };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete base[k];
    else base[k] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return base;
}

/**
 * A copy of a stack's site under another name: its cluster, hosts, vMotion addresses, VM network
 * and computer names made its own, as each site of one stack must have them.
 */
export function siteCopy(site: Record<string, any>, suffix: string, i: number): Record<string, any> {
  const hostName = (h: string) => `${suffix}-${h}`;
  const vmTraffic = site.networks.vmTraffic;
  return {
    ...site,
    name: `${site.name}${suffix}`,
    ...(site.cluster ? { cluster: { ...site.cluster, name: `${site.cluster.name}-${suffix}` } } : {}),
    hosts: site.hosts.map((h: Record<string, string>, j: number) => ({
      ...h,
      name: hostName(h.name),
      ...(h.vmotionIp ? { vmotionIp: `10.${i}.30.${11 + j}` } : {}),
    })),
    networks: {
      ...site.networks,
      vmTraffic: {
        ...vmTraffic,
        ipv4: {
          cidr: `10.${100 + i}.10.0/24`,
          gateway: `10.${100 + i}.10.1`,
          dnsSuffixes: vmTraffic.ipv4.dnsSuffixes,
        },
      },
    },
    guest: { ...site.guest, computerNamePrefix: `${site.name}${suffix}`.toUpperCase().slice(0, 7) },
    ...(site.placement
      ? {
          placement: {
            primaries: hostName(site.placement.primaries),
            backups: hostName(site.placement.backups),
          },
        }
      : {}),
  };
}

/** A repository stack with its one site copied three times (sites `<site>a`, `<site>b`, `<site>c`). */
export function threeSites(stack: "lab" | "dev"): StackConfig {
  const cfg = stackConfig(stack);
  const [site] = JSON.parse(cfg.config["genesys-iac:sites"]);
  const sites = ["a", "b", "c"].map((n, i) => siteCopy(site, n, i));
  cfg.config["genesys-iac:sites"] = JSON.stringify(sites);
  return cfg;
}
