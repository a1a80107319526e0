// The guide's values, used wherever the stack config is silent. Pulumi.yaml declares the same
// defaults for its simple keys; a test keeps the two equal.
import { GUIDE_ADDP_TIMEOUT_SECONDS, GUIDE_SIZING, VOICE_ROLE_NAMES } from "../policies/contract";
import { PairRole, RestartPriority, Role, Sizing } from "./types";

export const PROJECT = "genesys-iac";

/** Table 3: every VM 4 vCPU, 4 GB, one 40 GB vmdk; vmxnet3 per guide #3 and #5. Hot add off: the
 * guide's Windows Server 2008 R2 supports it only in some editions (README: Day-2 changes). */
export const DEFAULT_SIZING: Sizing = {
  cpus: GUIDE_SIZING.cpus,
  memoryMb: GUIDE_SIZING.memoryMb,
  diskGb: GUIDE_SIZING.diskGb,
  adapterType: "vmxnet3",
  cpuHotAdd: false,
  memoryHotAdd: false,
};

export const SIMPLE_DEFAULTS = {
  platform: "vsphere",
  /** Guide #8: ADDP at 4 seconds. */
  addpTimeout: GUIDE_ADDP_TIMEOUT_SECONDS,
  addpRemoteTimeout: GUIDE_ADDP_TIMEOUT_SECONDS,
  addpTrace: "full",
  protectVoiceVms: true,
  vmTemplate: "genesys-win2008r2-template",
  /** Windows Server 2008 R2 64-bit, the guide's guest OS. */
  guestId: "windows7Server64Guest",
  dockerImage: "genesys-standin:1.0",
  /** A power cycle first asks the guest to shut down and waits this long (provider: 1 to 10). */
  shutdownWaitMinutes: 5,
  /** A guest that does not shut down in time is left running and the update fails. */
  forcePowerOff: false,
  /** The template and guest OS id of the roles guestOs puts on Linux (Red Hat Enterprise Linux 7). */
  linuxTemplate: "genesys-rhel7-template",
  linuxGuestId: "rhel7_64Guest",
} as const;

/** Guest customization defaults (site key `guest`, stack key `guestOs`). */
export const GUEST_DEFAULTS = {
  /** The guide's VMs all run Windows Server 2008 R2. */
  os: "windows",
  /** Microsoft's index of GMT Standard Time, the provider's default. */
  windowsTimeZone: 85,
  linuxTimeZone: "Etc/UTC",
  workgroup: "WORKGROUP",
  /** Sysprep of a Windows clone takes minutes; past this the clone is an error, not a hang. */
  timeoutMinutes: 30,
} as const;

/** The stack's secret keys: read only as secrets (pulumi config set --secret), never shown. */
export const SECRET_KEYS = {
  /** The local Administrator password of every Windows guest. */
  adminPassword: "guestAdminPassword",
  /** The password of windows.domainUser, the account that joins the Windows guests to the domain. */
  domainJoinPassword: "domainJoinPassword",
} as const;

/** MCP1 and MCP2, one load simulator (Table 3). */
export const DEFAULT_COUNTS = { mcp: 2, simulator: 1 } as const;

/** Restart order after a host failure: call control first, the load simulator last. */
export const RESTART_PRIORITY: Record<Role, RestartPriority> = {
  sipServer: "highest",
  statServer: "high",
  urs: "high",
  resourceManager: "high",
  mcp: "medium",
  simulator: "low",
};

/** Short names used in VM, rule and computer names (4 characters at most: see guestNames). */
export const ROLE_SLUG: Record<Role, string> = {
  sipServer: "sip",
  statServer: "stat",
  urs: "urs",
  resourceManager: "rm",
  mcp: "mcp",
  simulator: "sim",
};

/** Roles that carry calls: protected from deletion when protectVoiceVms is on (shared with the pack). */
// Checked by the compiler, not cast: a name in the contract that is not a Role fails the build.
export const VOICE_ROLES: readonly Role[] = VOICE_ROLE_NAMES;

export const PAIR_LABEL: Record<PairRole, string> = {
  sipServer: "SIP Server",
  statServer: "Stat Server",
  urs: "URS",
  resourceManager: "Resource Manager",
};
