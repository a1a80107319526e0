// The stack's passwords: which are needed, and that each is a Pulumi secret. Their values never
// enter the model (it is registered as component outputs) nor any message: a problem names the key.
import { SECRET_KEYS } from "./defaults";
import { Issues } from "./errors";
import { Platform, Site } from "./types";
import { VSPHERE_NAMESPACE, VSPHERE_SECRET_KEYS } from "./vsphere-config";

export type SecretName = keyof typeof SECRET_KEYS;

/**
 * Full keys that are secret by what they hold, whether or not the user stored them as secrets: the
 * vCenter password and the guests' passwords of `project`. The one list every output path withholds
 * (cli/stack-files.ts records their plain-text values, cli/redact.ts removes them from all output).
 */
export function secretConfigKeys(project: string): string[] {
  return [
    ...VSPHERE_SECRET_KEYS.map((k) => `${VSPHERE_NAMESPACE}:${k}`),
    ...Object.values(SECRET_KEYS).map((k) => `${project}:${k}`),
  ];
}

/**
 * A key whose name suggests a credential (`guestadminpassword`, `vcenterPasswd`, `apiToken`, a
 * `password` inside a site): when it is refused as unknown, its value is withheld all the same,
 * since a misspelt or misplaced secret key holds one.
 */
export function namesCredential(key: string): boolean {
  return /pass|secret|token|credential/i.test(key);
}

/** The secrets a deployment needs: Windows guests on vSphere get an Administrator password, a domain a join password. */
export function neededSecrets(platform: Platform, sites: readonly Site[]): SecretName[] {
  if (platform !== "vsphere") return [];
  const windows = sites.filter((s) => s.vms.some((v) => v.guest.os === "windows"));
  const out: SecretName[] = [];
  if (windows.length > 0) out.push("adminPassword");
  if (windows.some((s) => s.guest.windows.domain)) out.push("domainJoinPassword");
  return out;
}

export function checkSecrets(
  issues: Issues,
  o: {
    platform: Platform;
    sites: readonly Site[];
    /** The project's own keys (without the namespace) to their values. */
    config: Record<string, unknown>;
    /** Full keys stored as secrets. */
    secret: ReadonlySet<string>;
    key: (name: string) => string;
  },
): void {
  const needed = neededSecrets(o.platform, o.sites);
  for (const [name, short] of Object.entries(SECRET_KEYS) as [SecretName, string][]) {
    const full = o.key(short);
    const v = o.config[short];
    const how = `set it with \`pulumi config set --secret ${full}\``;
    if (v === undefined || v === null) {
      if (needed.includes(name))
        issues.add(
          full,
          undefined,
          `required: ${name === "adminPassword" ? "the Windows guests' Administrator password" : "the password of guest.windows.domainUser"}; ${how}`,
        );
    } else if (!o.secret.has(full)) {
      issues.add(full, v, `a secret, never plain text in the stack file: ${how}`, true);
    } else if (typeof v !== "string" || v === "") {
      issues.add(full, v, "a non-empty password", true);
    }
  }
}
