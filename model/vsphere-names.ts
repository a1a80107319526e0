// What vSphere accepts as the name of an inventory object and as a host's name, checked at config
// time so that a name vCenter would refuse (or escape into a different one) never reaches a plan.
import { IPV4_PATTERN, hostAddressProblem } from "./ipv4";
import { MAX_DNS_LABEL, MAX_FQDN, MAX_VSPHERE_NAME } from "./limits";

/**
 * vCenter escapes these in inventory names (%2f, %5c, %25), so the object would not carry the name
 * the program gave it, and the provider's path lookups would miss it.
 */
const FORBIDDEN = ["/", "\\", "%"];

export const VSPHERE_NAME_RULE = `at most ${MAX_VSPHERE_NAME} characters, none of ${FORBIDDEN.join(" ")} or control characters`;

/** Why `name` cannot name a VM, rule, group, folder, cluster, datacenter or datastore; undefined when it can. */
export function vsphereNameProblem(name: string): string | undefined {
  if (name.trim() === "") return `a name: ${VSPHERE_NAME_RULE}`;
  if (name.length > MAX_VSPHERE_NAME) return `at most ${MAX_VSPHERE_NAME} characters (vSphere's limit)`;
  const bad = FORBIDDEN.filter((c) => name.includes(c));
  if (bad.length > 0 || /[\u0000-\u001f\u007f]/.test(name))
    return `a name without ${bad.length > 0 ? bad.join(" ") : "control characters"} (vSphere: ${VSPHERE_NAME_RULE})`;
  return undefined;
}

export const HOST_NAME_RULE =
  `a host name as vCenter knows the ESXi host: an IPv4 address or a DNS name of letters, digits and '-' ` +
  `in labels of at most ${MAX_DNS_LABEL} characters separated by '.', at most ${MAX_FQDN} in all`;

const LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** Why `name` cannot be an ESXi host's name in vCenter; undefined when it can. */
export function hostNameProblem(name: string): string | undefined {
  if (IPV4_PATTERN.test(name)) {
    // vCenter connects to the host there: 0.0.0.0, loopback or a multicast address is none.
    const problem = hostAddressProblem(name);
    return problem === undefined ? undefined : `${problem}; ${HOST_NAME_RULE}`;
  }
  if (name.length > MAX_FQDN) return `at most ${MAX_FQDN} characters in all (${HOST_NAME_RULE})`;
  const labels = name.split(".");
  const long = labels.find((l) => l.length > MAX_DNS_LABEL);
  if (long !== undefined)
    return `labels of at most ${MAX_DNS_LABEL} characters (one has ${long.length}); ${HOST_NAME_RULE}`;
  if (!labels.every((l) => LABEL.test(l))) return HOST_NAME_RULE;
  return undefined;
}

/**
 * The form in which two host names are compared: vCenter and DNS ignore case, so esx01 and ESX01 are
 * one host. Every check that matches or counts host names goes through it.
 */
export function hostKey(name: string): string {
  return name.toLowerCase();
}
