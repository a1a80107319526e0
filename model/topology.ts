// Builds each site's VMs and cluster rules from the validated site specs: the deployment of the
// guide's Table 3 with the rules of its best practices #6, #9 and #10.
import { PAIR_LABEL, RESTART_PRIORITY, ROLE_SLUG, VOICE_ROLES } from "./defaults";
import { Issues } from "./errors";
import { Draft, assignGuests } from "./guest";
import { placeVms } from "./placement";
import { SiteSpec } from "./site-config";
import {
  GenesysVm,
  GuestOs,
  HostGroup,
  PAIR_ROLES,
  Platform,
  Role,
  Site,
  Sizing,
  SizingOverrides,
  VmGroup,
  VmHostRule,
  VmRule,
} from "./types";

export interface BuildOptions {
  sizing: SizingOverrides;
  protectVoiceVms: boolean;
  guestOs: Record<Role, GuestOs>;
  platform: Platform;
  /** The config key of the sites list, to name where a problem was written. */
  key: string;
}

/** The sites with their VMs and rules, or undefined with the problems recorded in `issues`. */
export function buildSites(issues: Issues, specs: SiteSpec[], o: BuildOptions): Site[] | undefined {
  const drafts = specs.map((spec, i) => ({ spec, key: `${o.key}[${i}]`, drafts: draftsOf(spec, o) }));
  const identified = assignGuests(issues, drafts, o.guestOs, o.platform);
  if (!identified) return undefined;
  return specs.map((spec, i) => {
    const { components: _c, placement, ...site } = spec;
    const vms = placeVms(identified[i], spec.hosts, placement);
    return { ...site, vms, ...buildRules(spec.name, vms) };
  });
}

function sizingFor(role: Role, sizing: SizingOverrides): Sizing {
  return { ...(sizing[role] ?? sizing.default!) };
}

/** The site's VMs as its components declare them, before identity and placement. */
function draftsOf(spec: SiteSpec, o: BuildOptions): Draft[] {
  const { sizing, protectVoiceVms } = o;
  const unplaced: Draft[] = [];
  const vm = (role: Role, tier: GenesysVm["tier"], suffix: string, pair?: string): Draft => ({
    name: `${spec.name}-${ROLE_SLUG[role]}-${suffix}`,
    site: spec.name,
    role,
    tier,
    pair,
    sizing: sizingFor(role, sizing),
    restartPriority: RESTART_PRIORITY[role],
    protect: protectVoiceVms && VOICE_ROLES.includes(role),
  });
  for (const role of PAIR_ROLES) {
    const r = spec.components.pairs[role];
    if (!r.enabled) continue;
    if (r.pair) {
      const pair = `${spec.name}-${ROLE_SLUG[role]}`;
      unplaced.push(vm(role, "primary", "primary", pair), vm(role, "backup", "backup", pair));
    } else {
      unplaced.push(vm(role, "standalone", "1"));
    }
  }
  for (let i = 1; i <= spec.components.mcp; i++) unplaced.push(vm("mcp", "standalone", `${i}`));
  for (let i = 1; i <= spec.components.simulator; i++) unplaced.push(vm("simulator", "standalone", `${i}`));
  return unplaced;
}

/** The cluster rules, groups and VM-host rules for one site's VMs. */
export function buildRules(site: string, vms: GenesysVm[]) {
  const rules: VmRule[] = [];
  const pairs = new Map<string, GenesysVm[]>();
  for (const v of vms) if (v.pair) pairs.set(v.pair, [...(pairs.get(v.pair) ?? []), v]);
  for (const [pair, members] of pairs) {
    // Guide #9: Genesys HA needs primary and backup on different hosts, always: a "must" rule.
    rules.push({
      name: `${pair}-pair-apart`,
      kind: "antiAffinity",
      vms: members.map((m) => m.name),
      mandatory: true,
      reason: `${PAIR_LABEL[members[0].role as keyof typeof PAIR_LABEL]} primary and backup on different hosts (guide #9)`,
    });
  }
  const mcps = vms.filter((v) => v.role === "mcp").map((v) => v.name);
  if (mcps.length >= 2) {
    rules.push({
      name: `${site}-mcp-spread`,
      kind: "antiAffinity",
      vms: mcps,
      mandatory: false,
      reason: "MCP instances spread over hosts",
    });
  }
  const primaries = vms.filter((v) => v.tier === "primary").map((v) => v.name);
  const backups = vms.filter((v) => v.tier === "backup").map((v) => v.name);
  const vmGroups: VmGroup[] = [];
  const hostGroups: HostGroup[] = [];
  const vmHostRules: VmHostRule[] = [];
  for (const [tier, names] of [
    ["primaries", primaries],
    ["backups", backups],
  ] as const) {
    if (names.length === 0) continue;
    if (names.length >= 2) {
      // Guide #6: dependent VMs on the same host and vSwitch. "Should", so HA can still restart
      // them one by one on whichever host has room.
      rules.push({
        name: `${site}-${tier}-together`,
        kind: "affinity",
        vms: names,
        mandatory: false,
        reason: `Genesys ${tier} on one host (guide #6)`,
      });
    }
    const hosts = [...new Set(vms.filter((v) => names.includes(v.name)).map((v) => v.intendedHost))];
    vmGroups.push({ name: `${site}-${tier}`, vms: names });
    hostGroups.push({ name: `${site}-${tier}-hosts`, hosts });
    vmHostRules.push({
      name: `${site}-${tier}-should-run`,
      vmGroup: `${site}-${tier}`,
      hostGroup: `${site}-${tier}-hosts`,
      mandatory: false,
    });
  }
  return { rules, vmGroups, hostGroups, vmHostRules };
}
