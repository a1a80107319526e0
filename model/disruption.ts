// What a change to a VM's inputs does to the running VM: applied while it runs (`online`), a power
// cycle (`restart`), or a destroy and create (`replace`). The one rule table of the project, read
// from the providers' own update and ForceNew logic: terraform-provider-vsphere's
// vsphere_virtual_machine (and terraform-provider-docker's container for the stand-in). Each rule
// names the provider function it rests on; docs/disruption.md is the same table for reviewers.
// Pure data and functions: `genesys-iac diff` applies it to a base and a head plan.
import { TYPE } from "../policies/contract";

export type Impact = "online" | "restart" | "replace";
/** Mildest first: a VM's impact is the worst of its reasons. */
export const IMPACTS: readonly Impact[] = ["online", "restart", "replace"];

/** One changed input, as the diff reports it (`memory`, `disks[0].size`, `extraConfig["k"]`). */
export interface InputChange {
  path: string;
  kind: "added" | "removed" | "changed";
  old?: unknown;
  new?: unknown;
}

type Inputs = Record<string, unknown>;

interface Verdict {
  /** `refused`: the provider rejects the change at preview; nothing happens to the VM. */
  impact: Impact | "refused";
  why: string;
}

interface Rule {
  /** Top-level inputs the rule covers. */
  keys: readonly string[];
  /** The provider behaviour it rests on. */
  source: string;
  judge(c: InputChange, base: Inputs, head: Inputs): Verdict;
}

const fixed =
  (impact: Verdict["impact"], why: string): Rule["judge"] =>
  () => ({ impact, why });

/**
 * The vSphere provider's defaults (resourceVSphereVirtualMachine, schemaVirtualMachineConfigSpec):
 * an input left unset is this value, so unset -> the default is no change at all.
 */
export const VSPHERE_VM_DEFAULTS: Readonly<Record<string, unknown>> = {
  cpuHotAddEnabled: false,
  cpuHotRemoveEnabled: false,
  memoryHotAddEnabled: false,
  nestedHvEnabled: false,
  cpuPerformanceCountersEnabled: false,
  numCoresPerSocket: 1,
  firmware: "bios",
  swapPlacementPolicy: "inherit",
  toolsUpgradePolicy: "manual",
  syncTimeWithHost: true,
  syncTimeWithHostPeriodically: false,
  extraConfigRebootRequired: true,
  shutdownWaitTimeout: 3,
  forcePowerOff: true,
  waitForGuestNetTimeout: 5,
  waitForGuestNetRoutable: true,
  waitForGuestIpTimeout: 0,
  poweronTimeout: 300,
  migrateWaitTimeout: 30,
  scsiType: "pvscsi",
  scsiBusSharing: "noSharing",
  scsiControllerCount: 1,
  latencySensitivity: "normal",
};

const isOn = (inputs: Inputs, key: string) => (inputs[key] ?? VSPHERE_VM_DEFAULTS[key]) === true;
const num = (v: unknown) => (typeof v === "number" ? v : Number(v));

/** CPUs and memory: hot add as it was BEFORE the change decides (the provider reads the old value). */
function sizingRule(key: "numCpus" | "memory"): Rule["judge"] {
  return (c, base) => {
    const grows = num(c.new) > num(c.old);
    if (key === "memory" && !grows)
      return { impact: "restart", why: "a decrease: memory is never removed live" };
    const what = key === "memory" ? "memory hot add" : grows ? "CPU hot add" : "CPU hot remove";
    const flag =
      key === "memory" ? "memoryHotAddEnabled" : grows ? "cpuHotAddEnabled" : "cpuHotRemoveEnabled";
    const live = isOn(base, flag);
    return {
      impact: live ? "online" : "restart",
      why: `${grows ? "an increase" : "a decrease"} with ${what} ${live ? "on" : "off"}`,
    };
  };
}

function extraConfigRule(c: InputChange, _base: Inputs, head: Inputs): Verdict {
  const key = /^extraConfig\["(.*)"\]$/.exec(c.path)?.[1] ?? "";
  if (isOn(head, "extraConfigRebootRequired"))
    return { impact: "restart", why: "extraConfigRebootRequired is true (the provider's default)" };
  if (key.startsWith("guestinfo."))
    return {
      impact: "online",
      why: "extraConfigRebootRequired false; the guest reads guestinfo through VMware Tools",
    };
  if (key.endsWith(".present"))
    return {
      impact: "online",
      why: "extraConfigRebootRequired false; the VMX reads device keys at power-on, so it takes effect at the next power cycle",
    };
  return { impact: "online", why: "extraConfigRebootRequired false" };
}

/** disks[i] and its fields (virtualdevice.DiskSubresource). */
function diskRule(c: InputChange): Verdict {
  const field = /^disks\[\d+\]\.?(\w*)/.exec(c.path)?.[1] ?? "";
  if (field === "")
    return c.kind === "added"
      ? { impact: "online", why: "a disk added to the running VM (DiskSubresource.Create)" }
      : { impact: "online", why: "a disk removed from the running VM (DiskSubresource.Delete)" };
  if (field === "size")
    return num(c.new) >= num(c.old)
      ? { impact: "online", why: "the disk grows while the VM runs (DiskSubresource.Update)" }
      : { impact: "refused", why: "virtual disks cannot be shrunk (DiskSubresource.DiffExisting)" };
  if (field === "thinProvisioned" || field === "eagerlyScrub")
    return {
      impact: "refused",
      why: "provisioning is fixed after creation (expandDiskSettings: GetWithVeto)",
    };
  if (["diskMode", "writeThrough", "diskSharing", "unitNumber", "controllerType"].includes(field))
    return { impact: "restart", why: "expandDiskSettings / DiskSubresource.Update: SetRestart" };
  if (field === "label") return { impact: "online", why: "the provider's own name for the disk" };
  return { impact: "restart", why: "no rule for this disk field: treated as a power cycle" };
}

/** networkInterfaces[i] and its fields (virtualdevice.NetworkInterfaceSubresource). */
function nicRule(c: InputChange): Verdict {
  const field = /^networkInterfaces\[\d+\]\.?(\w*)/.exec(c.path)?.[1] ?? "";
  if (field === "")
    return c.kind === "added"
      ? { impact: "online", why: "a NIC added while the VM runs (NetworkInterfaceSubresource.Create)" }
      : {
          impact: "restart",
          why: "a NIC removed: a power cycle unless VMware Tools runs (NetworkInterfaceSubresource.Delete)",
        };
  if (field === "adapterType")
    return {
      impact: "restart",
      why: "the NIC is removed and added again as the new type, with a power cycle unless VMware Tools runs; the guest sees a new adapter (NetworkInterfaceSubresource.Update)",
    };
  if (field === "networkId" || field === "bandwidthLimit" || field === "bandwidthShareLevel")
    return {
      impact: "online",
      why: "the NIC's backing or shares change live (NetworkInterfaceSubresource.Update)",
    };
  if (field === "ovfMapping") return { impact: "replace", why: "ovf_mapping is ForceNew" };
  return { impact: "restart", why: "no rule for this NIC field: treated as a power cycle" };
}

const PROVIDER_ONLY = [
  "extraConfigRebootRequired",
  "shutdownWaitTimeout",
  "forcePowerOff",
  "waitForGuestNetTimeout",
  "waitForGuestNetRoutable",
  "waitForGuestIpTimeout",
  "ignoredGuestIps",
  "migrateWaitTimeout",
  "poweronTimeout",
];

const VSPHERE_VM_RULES: readonly Rule[] = [
  {
    keys: ["clone"],
    source: "resourceVSphereVirtualMachineCustomizeDiff",
    judge: (c) =>
      c.path === "clone.timeout"
        ? { impact: "online", why: "the clone timeout is not ForceNew" }
        : { impact: "replace", why: "every changed clone.0.* key is ForceNew: a new clone of the template" },
  },
  {
    keys: ["replaceTrigger"],
    source: "schema: replace_trigger ForceNew",
    judge: fixed("replace", "ForceNew"),
  },
  { keys: ["numCpus"], source: "expandCPUCountConfig", judge: sizingRule("numCpus") },
  { keys: ["memory"], source: "expandMemorySizeConfig", judge: sizingRule("memory") },
  {
    keys: ["cpuHotAddEnabled", "cpuHotRemoveEnabled", "memoryHotAddEnabled", "nestedHvEnabled"],
    source: "expandVirtualMachineConfigSpec: getBoolWithRestart",
    judge: fixed("restart", "changing it needs the VM powered off"),
  },
  {
    keys: ["cpuPerformanceCountersEnabled"],
    source: "expandVirtualMachineConfigSpec: getBoolWithRestart",
    judge: fixed("restart", "changing it needs the VM powered off"),
  },
  {
    keys: ["guestId", "alternateGuestName", "numCoresPerSocket", "swapPlacementPolicy", "firmware"],
    source: "expandVirtualMachineConfigSpec: getWithRestart",
    judge: fixed("restart", "changing it needs the VM powered off"),
  },
  {
    keys: [
      "toolsUpgradePolicy",
      "runToolsScriptsAfterPowerOn",
      "runToolsScriptsAfterResume",
      "runToolsScriptsBeforeGuestReboot",
      "runToolsScriptsBeforeGuestShutdown",
      "runToolsScriptsBeforeGuestStandby",
    ],
    source: "expandToolsConfigInfo: getWithRestart",
    judge: fixed("restart", "a VMware Tools setting the provider applies powered off"),
  },
  {
    keys: ["syncTimeWithHost", "syncTimeWithHostPeriodically"],
    source: "expandToolsConfigInfo (no restart flag)",
    judge: fixed("online", "time sync is changed live"),
  },
  {
    keys: ["enableDiskUuid", "hvMode", "eptRviMode", "enableLogging", "vbsEnabled", "vvtdEnabled"],
    source: "expandVirtualMachineFlagInfo: getWithRestart",
    judge: fixed("restart", "changing it needs the VM powered off"),
  },
  {
    keys: ["efiSecureBootEnabled"],
    source: "expandVirtualMachineBootOptions: getBoolWithRestart",
    judge: fixed("restart", "changing it needs the VM powered off"),
  },
  {
    keys: ["bootDelay", "bootRetryDelay", "bootRetryEnabled"],
    source: "expandVirtualMachineBootOptions",
    judge: fixed("online", "boot options are changed live"),
  },
  { keys: ["extraConfig"], source: "expandExtraConfig", judge: extraConfigRule },
  {
    keys: PROVIDER_ONLY,
    source: "expandVirtualMachineConfigSpecChanged (not in the config spec)",
    judge: fixed("online", "a setting of the provider only: nothing is sent to vCenter"),
  },
  {
    keys: ["name", "annotation"],
    source: "expandVirtualMachineConfigSpec (no restart flag)",
    judge: fixed("online", "renamed or annotated live"),
  },
  {
    keys: ["folder"],
    source: "resourceVSphereVirtualMachineUpdate: MoveToFolder",
    judge: fixed("online", "moved to the folder live"),
  },
  {
    keys: ["resourcePoolId", "hostSystemId", "datastoreId", "datastoreClusterId"],
    source: "resourceVSphereVirtualMachineUpdateLocation",
    judge: fixed("online", "a vMotion or storage vMotion of the running VM"),
  },
  {
    keys: [
      "cpuLimit",
      "cpuReservation",
      "cpuShareLevel",
      "cpuShareCount",
      "memoryLimit",
      "memoryReservation",
      "memoryShareLevel",
      "memoryShareCount",
      "latencySensitivity",
    ],
    source: "expandVirtualMachineResourceAllocation, expandLatencySensitivity",
    judge: fixed("online", "resource allocation is changed live"),
  },
  {
    keys: ["hardwareVersion"],
    source: "resourceVSphereVirtualMachineUpdate (reboot_required on upgrade)",
    judge: (c) =>
      num(c.new) > num(c.old) || c.old === undefined
        ? { impact: "restart", why: "a hardware upgrade is done powered off" }
        : { impact: "refused", why: "a downgrade is refused (ValidateHardwareVersion)" },
  },
  {
    keys: ["scsiType", "scsiBusSharing", "scsiControllerCount"],
    source: "applyVirtualDevices: NormalizeBus",
    judge: fixed("restart", "a changed SCSI bus needs the VM powered off"),
  },
  { keys: ["disks"], source: "virtualdevice.DiskSubresource", judge: diskRule },
  { keys: ["networkInterfaces"], source: "virtualdevice.NetworkInterfaceSubresource", judge: nicRule },
  {
    keys: ["tags", "customAttributes"],
    source: "resourceVSphereVirtualMachineUpdate: processTagDiff, custom attributes",
    judge: fixed("online", "tags and attributes are changed live"),
  },
];

/** terraform-provider-docker's container: a few settings change through ContainerUpdate, the rest are ForceNew. */
const DOCKER_CONTAINER_RULES: readonly Rule[] = [
  {
    keys: ["restart", "maxRetryCount", "cpuShares", "memory", "cpuSet", "memorySwap"],
    source: "resourceDockerContainerUpdate: ContainerUpdate",
    judge: fixed("online", "changed on the running container"),
  },
  {
    keys: ["destroyGraceSeconds"],
    source: "resourceDockerContainer schema (not ForceNew)",
    judge: fixed("online", "used only when the container is stopped"),
  },
];

const OPTION_RULE: Rule = {
  keys: ["(option) protect"],
  source: "Pulumi resource option",
  judge: fixed("online", "Pulumi state only"),
};

const DEFAULT_RULES: Record<string, Rule> = {
  [TYPE.vm]: {
    keys: [],
    source: "(no rule)",
    judge: fixed("restart", "no rule for this property: treated as a power cycle"),
  },
  [TYPE.container]: {
    keys: [],
    source: "resourceDockerContainer schema: ForceNew",
    judge: fixed("replace", "ForceNew: a new container"),
  },
};

const RULES: Record<string, readonly Rule[]> = {
  [TYPE.vm]: VSPHERE_VM_RULES,
  [TYPE.container]: DOCKER_CONTAINER_RULES,
};

/** The resource types this module judges (a Genesys VM on either platform). */
export function judgesType(type: string): boolean {
  return type in RULES;
}

function topKey(path: string): string {
  return path.startsWith("(option)") ? path : (/^[^.[]+/.exec(path)?.[0] ?? path);
}

function shown(v: unknown): string {
  const s = v === undefined ? "(unset)" : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

export interface VmImpact {
  impact: Impact;
  /** One line per changed input: what, why, and the provider behaviour in brackets. */
  reasons: string[];
  /** Some change is refused by the provider: `pulumi preview` fails and nothing is applied. */
  refused: boolean;
}

/**
 * What a change does to one VM resource of `type`, from its inputs before and after and the changed
 * paths. Undefined when nothing the provider would see changed (e.g. an input set to its default).
 */
export function vmImpact(
  type: string,
  base: Inputs,
  head: Inputs,
  changes: readonly InputChange[],
): VmImpact | undefined {
  const rules = RULES[type];
  if (!rules) return undefined;
  let worst = 0;
  let refused = false;
  const reasons: string[] = [];
  for (const c of changes) {
    const key = topKey(c.path);
    // An input written as the provider's default is no change for the provider.
    if (type === TYPE.vm && c.path === key && key in VSPHERE_VM_DEFAULTS) {
      const d = VSPHERE_VM_DEFAULTS[key];
      if ((c.old ?? d) === (c.new ?? d)) continue;
    }
    const rule =
      key === OPTION_RULE.keys[0]
        ? OPTION_RULE
        : (rules.find((r) => r.keys.includes(key)) ?? DEFAULT_RULES[type]);
    const v = rule.judge(c, base, head);
    if (v.impact === "refused") refused = true;
    else worst = Math.max(worst, IMPACTS.indexOf(v.impact));
    reasons.push(`${c.path} ${shown(c.old)} -> ${shown(c.new)}: ${v.impact}, ${v.why} [${rule.source}]`);
  }
  if (reasons.length === 0) return undefined;
  return { impact: IMPACTS[worst], reasons, refused };
}
