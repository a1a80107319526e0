// Reads a site's `guest` block (how its VMs are customized at clone time) and the stack's
// `guestOs` (which roles run Windows and which Linux). Names that depend on the VMs (overrides,
// uniqueness) are checked with the VMs, in model/guest.ts.
import { ObjReader, isObject } from "./config-reader";
import { Issues } from "./errors";
import { DOMAIN_PATTERN } from "./ipv4-plan";
import { GUEST_DEFAULTS } from "./defaults";
import { GuestOs, ROLES, Role, SiteGuest } from "./types";

const GUEST_KEYS = ["computerNamePrefix", "computerNames", "windows", "linux", "timeoutMinutes"];
const WINDOWS_KEYS = ["workgroup", "domain", "domainUser", "domainOu", "timeZone"];
const LINUX_KEYS = ["domain", "timeZone"];
/** The part of a derived name a site chooses: letters, digits and '-', 7 at most (see guestNames). */
const PREFIX_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,5}[A-Za-z0-9])?$/;
/** NetBIOS workgroup: 15 characters at most, none of the characters Windows refuses. */
const WORKGROUP_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,14}$/;
const TZ_PATTERN = /^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+){1,2})$/;
const TZ_RULE = "a time zone of the tz database, such as Etc/UTC or Europe/London";

/** Whether the tz database (Node's ICU copy, with its aliases) knows the zone: a typo is not one. */
function knownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
const USER_PATTERN = /^[^\s"/\\[\]:;|=,+*?<>@]{1,104}(@[A-Za-z0-9.-]+)?$/;

/** The default prefix of a site's computer names: its name in capitals, letters and digits, 7 at most. */
export function defaultPrefix(site: string): string {
  return (
    site
      .replace(/[^A-Za-z0-9]/g, "")
      .toUpperCase()
      .slice(0, 7) || "GEN"
  );
}

export function readGuest(
  issues: Issues,
  key: string,
  raw: unknown,
  siteName: string,
): SiteGuest | undefined {
  const r = ObjReader.open(issues, key, raw ?? {}, GUEST_KEYS);
  if (!r) return undefined;
  const computerNamePrefix = r.string("computerNamePrefix", {
    default: defaultPrefix(siteName),
    pattern: PREFIX_PATTERN,
    describe:
      "1 to 7 letters, digits or '-', not starting or ending with '-' (the start of every computer name of the site)",
  });
  let computerNames: Record<string, string> | undefined = {};
  if (r.has("computerNames")) {
    if (
      isObject(r.obj.computerNames) &&
      Object.values(r.obj.computerNames).every((v) => typeof v === "string")
    )
      computerNames = r.obj.computerNames as Record<string, string>;
    else {
      issues.add(
        r.path("computerNames"),
        r.obj.computerNames,
        "a map of VM names (such as sip-primary) to computer names",
      );
      computerNames = undefined;
    }
  }
  const w = ObjReader.open(issues, r.path("windows"), r.obj.windows ?? {}, WINDOWS_KEYS);
  const domain = w?.has("domain")
    ? w.string("domain", {
        pattern: DOMAIN_PATTERN,
        describe: "an Active Directory DNS domain, such as corp.example.com",
      })
    : undefined;
  const workgroup = w?.has("workgroup")
    ? w.string("workgroup", {
        pattern: WORKGROUP_PATTERN,
        describe: "a workgroup name of 1 to 15 characters",
      })
    : undefined;
  const domainUser = w?.has("domainUser")
    ? w.string("domainUser", {
        pattern: USER_PATTERN,
        describe: "the account that joins computers to the domain, such as svc-join",
      })
    : undefined;
  const domainOu = w?.has("domainOu")
    ? w.string("domainOu", {
        pattern: /^(OU|CN)=.+/i,
        describe: "an OU's distinguished name, such as OU=Genesys,DC=corp,DC=example,DC=com",
      })
    : undefined;
  const timeZone = w?.int("timeZone", { default: GUEST_DEFAULTS.windowsTimeZone, min: 0, max: 300 });
  let windowsOk = !!w && timeZone !== undefined;
  if (w && w.has("domain") && w.has("workgroup")) {
    issues.add(
      r.path("windows"),
      { domain: w.obj.domain, workgroup: w.obj.workgroup },
      "either domain (joined) or workgroup, not both",
    );
    windowsOk = false;
  }
  if (w && w.has("domain") && !w.has("domainUser")) {
    issues.add(
      w.path("domainUser"),
      undefined,
      "required with domain: the account that joins the VMs to it (its password is the secret genesys-iac:domainJoinPassword)",
    );
    windowsOk = false;
  }
  for (const f of ["domainUser", "domainOu"])
    if (w && w.has(f) && !w.has("domain")) {
      issues.add(w.path(f), w.obj[f], "only with windows.domain (a workgroup has no join account or OU)");
      windowsOk = false;
    }
  const l = ObjReader.open(issues, r.path("linux"), r.obj.linux ?? {}, LINUX_KEYS);
  const linuxDomain = l?.has("domain")
    ? l.string("domain", { pattern: DOMAIN_PATTERN, describe: "a DNS domain, such as genesys.example.com" })
    : undefined;
  const linuxTz = l?.string("timeZone", {
    default: GUEST_DEFAULTS.linuxTimeZone,
    pattern: TZ_PATTERN,
    describe: TZ_RULE,
    problem: (tz) => (knownTimeZone(tz) ? undefined : `${TZ_RULE}; ${tz} is not one`),
  });
  const timeoutMinutes = r.int("timeoutMinutes", {
    default: GUEST_DEFAULTS.timeoutMinutes,
    min: 1,
    max: 720,
  });
  if (!computerNamePrefix || !computerNames || !windowsOk || !l || !linuxTz || timeoutMinutes === undefined)
    return undefined;
  if ((w!.has("domain") && !domain) || (w!.has("workgroup") && !workgroup)) return undefined;
  return {
    computerNamePrefix,
    computerNames,
    windows: {
      ...(domain
        ? { domain, domainUser, ...(domainOu ? { domainOu } : {}) }
        : { workgroup: workgroup ?? GUEST_DEFAULTS.workgroup }),
      timeZone: timeZone!,
    },
    linux: { ...(linuxDomain ? { domain: linuxDomain } : {}), timeZone: linuxTz },
    timeoutMinutes,
  };
}

/** `genesys-iac:guestOs`: {default: windows|linux, <role>: windows|linux}; the guide's is all Windows. */
export function readGuestOs(issues: Issues, key: string, raw: unknown): Record<Role, GuestOs> | undefined {
  const r = ObjReader.open(issues, key, raw ?? {}, ["default", ...ROLES]);
  if (!r) return undefined;
  const os = ["windows", "linux"] as const;
  const def = r.oneOf("default", os, GUEST_DEFAULTS.os);
  if (!def) return undefined;
  const out = {} as Record<Role, GuestOs>;
  let ok = true;
  for (const role of ROLES) {
    const v = r.oneOf(role, os, def);
    if (v) out[role] = v;
    else ok = false;
  }
  return ok ? out : undefined;
}
