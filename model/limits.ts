// Every bound on what the tool reads, in one place: what vSphere itself holds, and what one stack's
// plan and policy check can hold in the time and memory of a pull-request check. Input past a
// bound is refused before it is worked on, with a message naming the limit (README: Limits).

/** vSphere 7 and 8 configuration maximums (VMware Validated Design: "at most 64 hosts in a cluster"). */
export const MAX_HOSTS_PER_CLUSTER = 64;

/** MCP and load-simulator instances per site (components.<role>.count). */
export const MAX_SCALED_COUNT = 32;

/** Four primary/backup pairs and the scaled roles at their maximum: the VMs one site can declare. */
export const MAX_VMS_PER_SITE = 4 * 2 + 2 * MAX_SCALED_COUNT;

/**
 * Sites per stack: as many as `npm run bench` measures `check` on (200 sites within 1 GB, README:
 * Benchmark), so that a stack the tool accepts is one whose cost is known.
 */
export const MAX_SITES = 200;

/** Hosts per stack, all sites together (a vCenter holds 2,500; one stack's plan is kept smaller). */
export const MAX_HOSTS_PER_STACK = 1000;

/** Names vSphere limits (VM, cluster rule, group, folder, datacenter, datastore, cluster): length. */
export const MAX_VSPHERE_NAME = 80;

/** A host's fully qualified domain name (RFC 1035): each label up to 63, the whole up to 253. */
export const MAX_DNS_LABEL = 63;
export const MAX_FQDN = 253;

/** Bytes of files the tool reads. */
export const MAX_FILE_BYTES = {
  /**
   * Pulumi.yaml and Pulumi.<stack>.yaml: a 200-site stack file is about 400 KiB, and the YAML parser
   * takes about a second per 300 KiB on a busy machine.
   */
  stackFile: 512 * 1024,
  /** --policy-config. */
  policyConfig: 1024 * 1024,
  /** --input and --base: plans and `pulumi stack export` documents. */
  document: 256 * 1024 * 1024,
} as const;

/** Levels of nesting of any value read (stack files, policy config, documents). */
export const MAX_NESTING = 64;

/** YAML aliases a stack file may expand (the yaml parser's bound against alias bombs). */
export const MAX_YAML_ALIASES = 100;

/** Characters of a user's value shown in a message; longer ones are shortened. */
export const MAX_SHOWN_VALUE = 120;

/**
 * The deepest nesting of arrays and objects in `value`, counted without recursion (a hostile
 * document must not overflow the stack while it is being measured); stops once past `limit`.
 */
export function nestingDepth(value: unknown, limit = MAX_NESTING): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    const d = depth + 1;
    if (d > deepest) deepest = d;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d]);
  }
  return deepest;
}

/** The message for a value nested past the limit. */
export function nestingProblem(what: string): string {
  return `${what} is nested more than ${MAX_NESTING} levels deep (the limit of what genesys-iac reads)`;
}

/** The message for a file past its size limit. */
export function fileSizeProblem(what: string, bytes: number, limit: number): string {
  return `${what} is ${bytes} bytes, more than the ${formatBytes(limit)} (${limit} bytes) genesys-iac reads`;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MiB` : `${+(n / 1024).toFixed(1)} KiB`;
}
