import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

const ARGS = utilities.names(`
  alternateGuestName annotation bootDelay bootRetryDelay bootRetryEnabled cpuHotAddEnabled
  cpuHotRemoveEnabled cpuLimit cpuPerformanceCountersEnabled cpuReservation cpuShareCount
  cpuShareLevel datacenterId efiSecureBootEnabled enableDiskUuid enableLogging eptRviMode evcMode
  extraConfig extraConfigRebootRequired firmware folder guestId hardwareVersion hvMode
  ideControllerScanCount latencySensitivity memory memoryHotAddEnabled memoryLimit memoryReservation
  memoryReservationLockedToMax memoryShareCount memoryShareLevel moid name nestedHvEnabled
  numCoresPerNumaNode numCoresPerSocket numCpus nvmeControllerScanCount replaceTrigger
  runToolsScriptsAfterPowerOn runToolsScriptsAfterResume runToolsScriptsBeforeGuestReboot
  runToolsScriptsBeforeGuestShutdown runToolsScriptsBeforeGuestStandby sataControllerScanCount
  scsiControllerScanCount storagePolicyId swapPlacementPolicy syncTimeWithHost
  syncTimeWithHostPeriodically toolsUpgradePolicy uuid vapp vbsEnabled vvtdEnabled
`);

/** Reads an existing virtual machine or template, e.g. as a clone source. */
export function getVirtualMachine(
  args?: GetVirtualMachineArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetVirtualMachineResult> {
  return pulumi.runtime.invoke(
    "vsphere:index/getVirtualMachine:getVirtualMachine",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Like `getVirtualMachine`, but takes `Input` arguments and returns an `Output`. */
export function getVirtualMachineOutput(
  args?: GetVirtualMachineOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetVirtualMachineResult> {
  return pulumi.runtime.invokeOutput(
    "vsphere:index/getVirtualMachine:getVirtualMachine",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Arguments of `getVirtualMachine`. */
export interface GetVirtualMachineArgs {
  alternateGuestName?: string;
  /** Free-text notes shown in vSphere. */
  annotation?: string;
  bootDelay?: number;
  bootRetryDelay?: number;
  bootRetryEnabled?: boolean;
  /** Allow adding CPUs while powered on. */
  cpuHotAddEnabled?: boolean;
  cpuHotRemoveEnabled?: boolean;
  cpuLimit?: number;
  cpuPerformanceCountersEnabled?: boolean;
  /** Guaranteed CPU in MHz. */
  cpuReservation?: number;
  cpuShareCount?: number;
  cpuShareLevel?: string;
  /** Managed object id of the datacenter. */
  datacenterId?: string;
  efiSecureBootEnabled?: boolean;
  /** Expose disk UUIDs to the guest. */
  enableDiskUuid?: boolean;
  enableLogging?: boolean;
  /** Hardware MMU virtualisation setting. */
  eptRviMode?: string;
  evcMode?: string;
  /** Extra VMX configuration keys and values. */
  extraConfig?: { [key: string]: string };
  extraConfigRebootRequired?: boolean;
  /** Firmware type: `bios` or `efi`. */
  firmware?: string;
  /** Inventory folder path, relative to the datacenter. */
  folder?: string;
  /** Guest OS identifier (for example `rhel9_64Guest`). */
  guestId?: string;
  hardwareVersion?: number;
  /** Hardware CPU virtualisation setting. */
  hvMode?: string;
  ideControllerScanCount?: number;
  /** Latency sensitivity level: `low`, `normal`, `medium` or `high`. */
  latencySensitivity?: string;
  /** Memory size in MB. */
  memory?: number;
  /** Allow adding memory while powered on. */
  memoryHotAddEnabled?: boolean;
  memoryLimit?: number;
  /** Guaranteed memory in MB. */
  memoryReservation?: number;
  memoryReservationLockedToMax?: boolean;
  memoryShareCount?: number;
  memoryShareLevel?: string;
  /** Managed object id assigned by vSphere. */
  moid?: string;
  /** Display name of the object in vSphere. */
  name?: string;
  nestedHvEnabled?: boolean;
  numCoresPerNumaNode?: number;
  /** Cores per virtual socket. */
  numCoresPerSocket?: number;
  /** Number of virtual CPUs. */
  numCpus?: number;
  nvmeControllerScanCount?: number;
  replaceTrigger?: string;
  runToolsScriptsAfterPowerOn?: boolean;
  runToolsScriptsAfterResume?: boolean;
  runToolsScriptsBeforeGuestReboot?: boolean;
  runToolsScriptsBeforeGuestShutdown?: boolean;
  runToolsScriptsBeforeGuestStandby?: boolean;
  sataControllerScanCount?: number;
  scsiControllerScanCount?: number;
  storagePolicyId?: string;
  swapPlacementPolicy?: string;
  /** Sync guest time with the host at startup and resume. */
  syncTimeWithHost?: boolean;
  /** Keep guest time synchronised with the host periodically. */
  syncTimeWithHostPeriodically?: boolean;
  /** When VMware Tools are upgraded: `manual` or `upgradeAtPowerCycle`. */
  toolsUpgradePolicy?: string;
  /** BIOS UUID assigned by vSphere. */
  uuid?: string;
  vapp?: inputs.GetVirtualMachineVapp;
  vbsEnabled?: boolean;
  vvtdEnabled?: boolean;
}

/** Arguments of `getVirtualMachineOutput`. */
export interface GetVirtualMachineOutputArgs {
  alternateGuestName?: pulumi.Input<string>;
  annotation?: pulumi.Input<string>;
  bootDelay?: pulumi.Input<number>;
  bootRetryDelay?: pulumi.Input<number>;
  bootRetryEnabled?: pulumi.Input<boolean>;
  cpuHotAddEnabled?: pulumi.Input<boolean>;
  cpuHotRemoveEnabled?: pulumi.Input<boolean>;
  cpuLimit?: pulumi.Input<number>;
  cpuPerformanceCountersEnabled?: pulumi.Input<boolean>;
  cpuReservation?: pulumi.Input<number>;
  cpuShareCount?: pulumi.Input<number>;
  cpuShareLevel?: pulumi.Input<string>;
  datacenterId?: pulumi.Input<string>;
  efiSecureBootEnabled?: pulumi.Input<boolean>;
  enableDiskUuid?: pulumi.Input<boolean>;
  enableLogging?: pulumi.Input<boolean>;
  eptRviMode?: pulumi.Input<string>;
  evcMode?: pulumi.Input<string>;
  extraConfig?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  extraConfigRebootRequired?: pulumi.Input<boolean>;
  firmware?: pulumi.Input<string>;
  folder?: pulumi.Input<string>;
  guestId?: pulumi.Input<string>;
  hardwareVersion?: pulumi.Input<number>;
  hvMode?: pulumi.Input<string>;
  ideControllerScanCount?: pulumi.Input<number>;
  latencySensitivity?: pulumi.Input<string>;
  memory?: pulumi.Input<number>;
  memoryHotAddEnabled?: pulumi.Input<boolean>;
  memoryLimit?: pulumi.Input<number>;
  memoryReservation?: pulumi.Input<number>;
  memoryReservationLockedToMax?: pulumi.Input<boolean>;
  memoryShareCount?: pulumi.Input<number>;
  memoryShareLevel?: pulumi.Input<string>;
  moid?: pulumi.Input<string>;
  name?: pulumi.Input<string>;
  nestedHvEnabled?: pulumi.Input<boolean>;
  numCoresPerNumaNode?: pulumi.Input<number>;
  numCoresPerSocket?: pulumi.Input<number>;
  numCpus?: pulumi.Input<number>;
  nvmeControllerScanCount?: pulumi.Input<number>;
  replaceTrigger?: pulumi.Input<string>;
  runToolsScriptsAfterPowerOn?: pulumi.Input<boolean>;
  runToolsScriptsAfterResume?: pulumi.Input<boolean>;
  runToolsScriptsBeforeGuestReboot?: pulumi.Input<boolean>;
  runToolsScriptsBeforeGuestShutdown?: pulumi.Input<boolean>;
  runToolsScriptsBeforeGuestStandby?: pulumi.Input<boolean>;
  sataControllerScanCount?: pulumi.Input<number>;
  scsiControllerScanCount?: pulumi.Input<number>;
  storagePolicyId?: pulumi.Input<string>;
  swapPlacementPolicy?: pulumi.Input<string>;
  syncTimeWithHost?: pulumi.Input<boolean>;
  syncTimeWithHostPeriodically?: pulumi.Input<boolean>;
  toolsUpgradePolicy?: pulumi.Input<string>;
  uuid?: pulumi.Input<string>;
  vapp?: pulumi.Input<inputs.GetVirtualMachineVappArgs>;
  vbsEnabled?: pulumi.Input<boolean>;
  vvtdEnabled?: pulumi.Input<boolean>;
}

/** What `getVirtualMachine` returns. */
export interface GetVirtualMachineResult {
  readonly alternateGuestName?: string;
  /** Free-text notes shown in vSphere. */
  readonly annotation: string;
  readonly bootDelay?: number;
  readonly bootRetryDelay?: number;
  readonly bootRetryEnabled?: boolean;
  readonly changeVersion: string;
  /** Allow adding CPUs while powered on. */
  readonly cpuHotAddEnabled?: boolean;
  readonly cpuHotRemoveEnabled?: boolean;
  readonly cpuLimit?: number;
  readonly cpuPerformanceCountersEnabled?: boolean;
  /** Guaranteed CPU in MHz. */
  readonly cpuReservation?: number;
  readonly cpuShareCount: number;
  readonly cpuShareLevel?: string;
  /** Custom attribute values, keyed by attribute id. */
  readonly customAttributes: { [key: string]: string };
  /** Managed object id of the datacenter. */
  readonly datacenterId?: string;
  /** The guest's primary IP address, as reported by VMware Tools. */
  readonly defaultIpAddress: string;
  /** Virtual disks. */
  readonly disks: outputs.GetVirtualMachineDisk[];
  readonly efiSecureBootEnabled?: boolean;
  /** Expose disk UUIDs to the guest. */
  readonly enableDiskUuid?: boolean;
  readonly enableLogging?: boolean;
  /** Hardware MMU virtualisation setting. */
  readonly eptRviMode: string;
  readonly evcMode?: string;
  /** Extra VMX configuration keys and values. */
  readonly extraConfig?: { [key: string]: string };
  readonly extraConfigRebootRequired?: boolean;
  /** Firmware type: `bios` or `efi`. */
  readonly firmware?: string;
  /** Inventory folder path, relative to the datacenter. */
  readonly folder?: string;
  /** Guest OS identifier (for example `rhel9_64Guest`). */
  readonly guestId: string;
  /** All guest IP addresses reported by VMware Tools. */
  readonly guestIpAddresses: string[];
  readonly hardwareVersion: number;
  /** Hardware CPU virtualisation setting. */
  readonly hvMode: string;
  /** Provider id of the object. */
  readonly id: string;
  readonly ideControllerScanCount?: number;
  readonly instanceUuid: string;
  /** Latency sensitivity level: `low`, `normal`, `medium` or `high`. */
  readonly latencySensitivity?: string;
  /** Memory size in MB. */
  readonly memory?: number;
  /** Allow adding memory while powered on. */
  readonly memoryHotAddEnabled?: boolean;
  readonly memoryLimit?: number;
  /** Guaranteed memory in MB. */
  readonly memoryReservation?: number;
  readonly memoryReservationLockedToMax?: boolean;
  readonly memoryShareCount: number;
  readonly memoryShareLevel?: string;
  /** Managed object id assigned by vSphere. */
  readonly moid: string;
  /** Display name of the object in vSphere. */
  readonly name?: string;
  readonly nestedHvEnabled?: boolean;
  readonly networkInterfaceTypes: string[];
  /** Virtual network adapters. */
  readonly networkInterfaces: outputs.GetVirtualMachineNetworkInterface[];
  readonly numCoresPerNumaNode?: number;
  /** Cores per virtual socket. */
  readonly numCoresPerSocket?: number;
  /** Number of virtual CPUs. */
  readonly numCpus?: number;
  readonly nvmeControllerScanCount?: number;
  readonly replaceTrigger?: string;
  readonly runToolsScriptsAfterPowerOn?: boolean;
  readonly runToolsScriptsAfterResume?: boolean;
  readonly runToolsScriptsBeforeGuestReboot?: boolean;
  readonly runToolsScriptsBeforeGuestShutdown?: boolean;
  readonly runToolsScriptsBeforeGuestStandby?: boolean;
  readonly sataControllerScanCount?: number;
  readonly scsiBusSharing: string;
  readonly scsiControllerScanCount?: number;
  /** SCSI controller type, e.g. `pvscsi` or `lsilogic`. */
  readonly scsiType: string;
  readonly storagePolicyId: string;
  readonly swapPlacementPolicy?: string;
  /** Sync guest time with the host at startup and resume. */
  readonly syncTimeWithHost?: boolean;
  /** Keep guest time synchronised with the host periodically. */
  readonly syncTimeWithHostPeriodically?: boolean;
  /** Ids of vSphere tags attached to the object. */
  readonly tags: string[];
  /** When VMware Tools are upgraded: `manual` or `upgradeAtPowerCycle`. */
  readonly toolsUpgradePolicy?: string;
  /** BIOS UUID assigned by vSphere. */
  readonly uuid: string;
  readonly vapp?: outputs.GetVirtualMachineVapp;
  readonly vappTransports: string[];
  readonly vbsEnabled?: boolean;
  readonly videoCards: outputs.GetVirtualMachineVideoCard[];
  readonly vtpm: boolean;
  readonly vvtdEnabled?: boolean;
}
