import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

const INPUTS = utilities.names(`
  alternateGuestName annotation bootDelay bootRetryDelay bootRetryEnabled cdroms clone
  cpuHotAddEnabled cpuHotRemoveEnabled cpuLimit cpuPerformanceCountersEnabled cpuReservation
  cpuShareCount cpuShareLevel customAttributes datacenterId datastoreClusterId datastoreId disks
  efiSecureBootEnabled enableDiskUuid enableLogging eptRviMode evcMode extraConfig
  extraConfigRebootRequired firmware folder forcePowerOff guestId hardwareVersion hostSystemId
  hvMode ideControllerCount ignoredGuestIps latencySensitivity memory memoryHotAddEnabled
  memoryLimit memoryReservation memoryReservationLockedToMax memoryShareCount memoryShareLevel
  migrateWaitTimeout name nestedHvEnabled networkInterfaces numCoresPerNumaNode numCoresPerSocket
  numCpus nvmeControllerCount ovfDeploy pciDeviceIds poweronTimeout replaceTrigger resourcePoolId
  runToolsScriptsAfterPowerOn runToolsScriptsAfterResume runToolsScriptsBeforeGuestReboot
  runToolsScriptsBeforeGuestShutdown runToolsScriptsBeforeGuestStandby sataControllerCount
  scsiBusSharing scsiControllerCount scsiType shutdownWaitTimeout storagePolicyId
  swapPlacementPolicy syncTimeWithHost syncTimeWithHostPeriodically tags toolsUpgradePolicy vapp
  vbsEnabled videoCard vtpm vvtdEnabled waitForGuestIpTimeout waitForGuestNetRoutable
  waitForGuestNetTimeout
`);
const OUTPUT_ONLY = utilities.names(`
  changeVersion defaultIpAddress guestIpAddresses imported moid powerState rebootRequired uuid
  vappTransports vmwareToolsStatus vmxPath
`);
const STATE = [...INPUTS, ...OUTPUT_ONLY];
const REQUIRED = utilities.names(`
  resourcePoolId
`);

/** A virtual machine, created empty, cloned from a template or deployed from an OVF. */
export class VirtualMachine extends pulumi.CustomResource {
  private static readonly __pulumiType = "vsphere:index/virtualMachine:VirtualMachine";

  /** Reads the state of an existing VirtualMachine with the given provider id (no changes are made). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: VirtualMachineState,
    opts?: pulumi.CustomResourceOptions,
  ): VirtualMachine {
    return new VirtualMachine(name, state as unknown as VirtualMachineArgs, { ...opts, id });
  }

  /** True when `obj` is a VirtualMachine, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is VirtualMachine {
    return utilities.hasPulumiType(obj, VirtualMachine.__pulumiType);
  }

  declare public readonly alternateGuestName: pulumi.Output<string | undefined>;
  /** Free-text notes shown in vSphere. */
  declare public readonly annotation: pulumi.Output<string>;
  declare public readonly bootDelay: pulumi.Output<number | undefined>;
  declare public readonly bootRetryDelay: pulumi.Output<number | undefined>;
  declare public readonly bootRetryEnabled: pulumi.Output<boolean | undefined>;
  /** Virtual CD/DVD drives. */
  declare public readonly cdroms: pulumi.Output<outputs.VirtualMachineCdrom[] | undefined>;
  declare public readonly changeVersion: pulumi.Output<string>;
  /** Create the VM by cloning a template. */
  declare public readonly clone: pulumi.Output<outputs.VirtualMachineClone | undefined>;
  /** Allow adding CPUs while powered on. */
  declare public readonly cpuHotAddEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly cpuHotRemoveEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly cpuLimit: pulumi.Output<number | undefined>;
  declare public readonly cpuPerformanceCountersEnabled: pulumi.Output<boolean | undefined>;
  /** Guaranteed CPU in MHz. */
  declare public readonly cpuReservation: pulumi.Output<number | undefined>;
  declare public readonly cpuShareCount: pulumi.Output<number>;
  declare public readonly cpuShareLevel: pulumi.Output<string | undefined>;
  /** Custom attribute values, keyed by attribute id. */
  declare public readonly customAttributes: pulumi.Output<{ [key: string]: string } | undefined>;
  /** Managed object id of the datacenter. */
  declare public readonly datacenterId: pulumi.Output<string | undefined>;
  declare public readonly datastoreClusterId: pulumi.Output<string | undefined>;
  /** Managed object id of the datastore. */
  declare public readonly datastoreId: pulumi.Output<string>;
  /** The guest's primary IP address, as reported by VMware Tools. */
  declare public readonly defaultIpAddress: pulumi.Output<string>;
  /** Virtual disks. */
  declare public readonly disks: pulumi.Output<outputs.VirtualMachineDisk[]>;
  declare public readonly efiSecureBootEnabled: pulumi.Output<boolean | undefined>;
  /** Expose disk UUIDs to the guest. */
  declare public readonly enableDiskUuid: pulumi.Output<boolean | undefined>;
  declare public readonly enableLogging: pulumi.Output<boolean | undefined>;
  /** Hardware MMU virtualisation setting. */
  declare public readonly eptRviMode: pulumi.Output<string>;
  declare public readonly evcMode: pulumi.Output<string | undefined>;
  /** Extra VMX configuration keys and values. */
  declare public readonly extraConfig: pulumi.Output<{ [key: string]: string } | undefined>;
  declare public readonly extraConfigRebootRequired: pulumi.Output<boolean | undefined>;
  /** Firmware type: `bios` or `efi`. */
  declare public readonly firmware: pulumi.Output<string | undefined>;
  /** Inventory folder path, relative to the datacenter. */
  declare public readonly folder: pulumi.Output<string | undefined>;
  declare public readonly forcePowerOff: pulumi.Output<boolean | undefined>;
  /** Guest OS identifier (for example `rhel9_64Guest`). */
  declare public readonly guestId: pulumi.Output<string>;
  /** All guest IP addresses reported by VMware Tools. */
  declare public readonly guestIpAddresses: pulumi.Output<string[]>;
  declare public readonly hardwareVersion: pulumi.Output<number>;
  /** Managed object id of the ESXi host. */
  declare public readonly hostSystemId: pulumi.Output<string>;
  /** Hardware CPU virtualisation setting. */
  declare public readonly hvMode: pulumi.Output<string>;
  declare public readonly ideControllerCount: pulumi.Output<number | undefined>;
  declare public readonly ignoredGuestIps: pulumi.Output<string[] | undefined>;
  declare public readonly imported: pulumi.Output<boolean>;
  /** Latency sensitivity level: `low`, `normal`, `medium` or `high`. */
  declare public readonly latencySensitivity: pulumi.Output<string | undefined>;
  /** Memory size in MB. */
  declare public readonly memory: pulumi.Output<number | undefined>;
  /** Allow adding memory while powered on. */
  declare public readonly memoryHotAddEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly memoryLimit: pulumi.Output<number | undefined>;
  /** Guaranteed memory in MB. */
  declare public readonly memoryReservation: pulumi.Output<number | undefined>;
  declare public readonly memoryReservationLockedToMax: pulumi.Output<boolean | undefined>;
  declare public readonly memoryShareCount: pulumi.Output<number>;
  declare public readonly memoryShareLevel: pulumi.Output<string | undefined>;
  declare public readonly migrateWaitTimeout: pulumi.Output<number | undefined>;
  /** Managed object id assigned by vSphere. */
  declare public readonly moid: pulumi.Output<string>;
  /** Display name of the object in vSphere. */
  declare public readonly name: pulumi.Output<string>;
  declare public readonly nestedHvEnabled: pulumi.Output<boolean | undefined>;
  /** Virtual network adapters. */
  declare public readonly networkInterfaces: pulumi.Output<
    outputs.VirtualMachineNetworkInterface[] | undefined
  >;
  declare public readonly numCoresPerNumaNode: pulumi.Output<number | undefined>;
  /** Cores per virtual socket. */
  declare public readonly numCoresPerSocket: pulumi.Output<number | undefined>;
  /** Number of virtual CPUs. */
  declare public readonly numCpus: pulumi.Output<number | undefined>;
  declare public readonly nvmeControllerCount: pulumi.Output<number | undefined>;
  declare public readonly ovfDeploy: pulumi.Output<outputs.VirtualMachineOvfDeploy | undefined>;
  declare public readonly pciDeviceIds: pulumi.Output<string[] | undefined>;
  /** Current power state. */
  declare public readonly powerState: pulumi.Output<string>;
  declare public readonly poweronTimeout: pulumi.Output<number | undefined>;
  declare public readonly rebootRequired: pulumi.Output<boolean>;
  declare public readonly replaceTrigger: pulumi.Output<string | undefined>;
  /** Managed object id of the resource pool. */
  declare public readonly resourcePoolId: pulumi.Output<string>;
  declare public readonly runToolsScriptsAfterPowerOn: pulumi.Output<boolean | undefined>;
  declare public readonly runToolsScriptsAfterResume: pulumi.Output<boolean | undefined>;
  declare public readonly runToolsScriptsBeforeGuestReboot: pulumi.Output<boolean | undefined>;
  declare public readonly runToolsScriptsBeforeGuestShutdown: pulumi.Output<boolean | undefined>;
  declare public readonly runToolsScriptsBeforeGuestStandby: pulumi.Output<boolean | undefined>;
  declare public readonly sataControllerCount: pulumi.Output<number | undefined>;
  declare public readonly scsiBusSharing: pulumi.Output<string | undefined>;
  declare public readonly scsiControllerCount: pulumi.Output<number | undefined>;
  /** SCSI controller type, e.g. `pvscsi` or `lsilogic`. */
  declare public readonly scsiType: pulumi.Output<string | undefined>;
  declare public readonly shutdownWaitTimeout: pulumi.Output<number | undefined>;
  declare public readonly storagePolicyId: pulumi.Output<string>;
  declare public readonly swapPlacementPolicy: pulumi.Output<string | undefined>;
  /** Sync guest time with the host at startup and resume. */
  declare public readonly syncTimeWithHost: pulumi.Output<boolean | undefined>;
  /** Keep guest time synchronised with the host periodically. */
  declare public readonly syncTimeWithHostPeriodically: pulumi.Output<boolean | undefined>;
  /** Ids of vSphere tags attached to the object. */
  declare public readonly tags: pulumi.Output<string[] | undefined>;
  /** When VMware Tools are upgraded: `manual` or `upgradeAtPowerCycle`. */
  declare public readonly toolsUpgradePolicy: pulumi.Output<string | undefined>;
  /** BIOS UUID assigned by vSphere. */
  declare public readonly uuid: pulumi.Output<string>;
  declare public readonly vapp: pulumi.Output<outputs.VirtualMachineVapp | undefined>;
  declare public readonly vappTransports: pulumi.Output<string[]>;
  declare public readonly vbsEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly videoCard: pulumi.Output<outputs.VirtualMachineVideoCard | undefined>;
  /** VMware Tools running status. */
  declare public readonly vmwareToolsStatus: pulumi.Output<string>;
  declare public readonly vmxPath: pulumi.Output<string>;
  declare public readonly vtpm: pulumi.Output<outputs.VirtualMachineVtpm | undefined>;
  declare public readonly vvtdEnabled: pulumi.Output<boolean | undefined>;
  /** Minutes to wait for any guest IP (0 disables). */
  declare public readonly waitForGuestIpTimeout: pulumi.Output<number | undefined>;
  declare public readonly waitForGuestNetRoutable: pulumi.Output<boolean | undefined>;
  /** Minutes to wait for a routable guest IP (0 disables). */
  declare public readonly waitForGuestNetTimeout: pulumi.Output<number | undefined>;

  /** Declares a VirtualMachine named `name` (unique among the stack's VirtualMachine resources). */
  constructor(name: string, args: VirtualMachineArgs, opts?: pulumi.CustomResourceOptions);
  constructor(
    name: string,
    argsOrState?: VirtualMachineArgs | VirtualMachineState,
    opts?: pulumi.CustomResourceOptions,
  ) {
    opts = opts || {};
    const props = opts.id
      ? utilities.pick(argsOrState, STATE)
      : utilities.resourceInputs("VirtualMachine", argsOrState, INPUTS, OUTPUT_ONLY, REQUIRED, opts);
    super(
      VirtualMachine.__pulumiType,
      name,
      props,
      pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts),
    );
  }
}

/** Inputs of a VirtualMachine. */
export interface VirtualMachineArgs {
  alternateGuestName?: pulumi.Input<string>;
  /** Free-text notes shown in vSphere. */
  annotation?: pulumi.Input<string>;
  bootDelay?: pulumi.Input<number>;
  bootRetryDelay?: pulumi.Input<number>;
  bootRetryEnabled?: pulumi.Input<boolean>;
  /** Virtual CD/DVD drives. */
  cdroms?: pulumi.Input<pulumi.Input<inputs.VirtualMachineCdrom>[]>;
  /** Create the VM by cloning a template. */
  clone?: pulumi.Input<inputs.VirtualMachineClone>;
  /** Allow adding CPUs while powered on. */
  cpuHotAddEnabled?: pulumi.Input<boolean>;
  cpuHotRemoveEnabled?: pulumi.Input<boolean>;
  cpuLimit?: pulumi.Input<number>;
  cpuPerformanceCountersEnabled?: pulumi.Input<boolean>;
  /** Guaranteed CPU in MHz. */
  cpuReservation?: pulumi.Input<number>;
  cpuShareCount?: pulumi.Input<number>;
  cpuShareLevel?: pulumi.Input<string>;
  /** Custom attribute values, keyed by attribute id. */
  customAttributes?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /** Managed object id of the datacenter. */
  datacenterId?: pulumi.Input<string>;
  datastoreClusterId?: pulumi.Input<string>;
  /** Managed object id of the datastore. */
  datastoreId?: pulumi.Input<string>;
  /** Virtual disks. */
  disks?: pulumi.Input<pulumi.Input<inputs.VirtualMachineDisk>[]>;
  efiSecureBootEnabled?: pulumi.Input<boolean>;
  /** Expose disk UUIDs to the guest. */
  enableDiskUuid?: pulumi.Input<boolean>;
  enableLogging?: pulumi.Input<boolean>;
  /** Hardware MMU virtualisation setting. */
  eptRviMode?: pulumi.Input<string>;
  evcMode?: pulumi.Input<string>;
  /** Extra VMX configuration keys and values. */
  extraConfig?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  extraConfigRebootRequired?: pulumi.Input<boolean>;
  /** Firmware type: `bios` or `efi`. */
  firmware?: pulumi.Input<string>;
  /** Inventory folder path, relative to the datacenter. */
  folder?: pulumi.Input<string>;
  forcePowerOff?: pulumi.Input<boolean>;
  /** Guest OS identifier (for example `rhel9_64Guest`). */
  guestId?: pulumi.Input<string>;
  hardwareVersion?: pulumi.Input<number>;
  /** Managed object id of the ESXi host. */
  hostSystemId?: pulumi.Input<string>;
  /** Hardware CPU virtualisation setting. */
  hvMode?: pulumi.Input<string>;
  ideControllerCount?: pulumi.Input<number>;
  ignoredGuestIps?: pulumi.Input<pulumi.Input<string>[]>;
  /** Latency sensitivity level: `low`, `normal`, `medium` or `high`. */
  latencySensitivity?: pulumi.Input<string>;
  /** Memory size in MB. */
  memory?: pulumi.Input<number>;
  /** Allow adding memory while powered on. */
  memoryHotAddEnabled?: pulumi.Input<boolean>;
  memoryLimit?: pulumi.Input<number>;
  /** Guaranteed memory in MB. */
  memoryReservation?: pulumi.Input<number>;
  memoryReservationLockedToMax?: pulumi.Input<boolean>;
  memoryShareCount?: pulumi.Input<number>;
  memoryShareLevel?: pulumi.Input<string>;
  migrateWaitTimeout?: pulumi.Input<number>;
  /** Display name of the object in vSphere. */
  name?: pulumi.Input<string>;
  nestedHvEnabled?: pulumi.Input<boolean>;
  /** Virtual network adapters. */
  networkInterfaces?: pulumi.Input<pulumi.Input<inputs.VirtualMachineNetworkInterface>[]>;
  numCoresPerNumaNode?: pulumi.Input<number>;
  /** Cores per virtual socket. */
  numCoresPerSocket?: pulumi.Input<number>;
  /** Number of virtual CPUs. */
  numCpus?: pulumi.Input<number>;
  nvmeControllerCount?: pulumi.Input<number>;
  ovfDeploy?: pulumi.Input<inputs.VirtualMachineOvfDeploy>;
  pciDeviceIds?: pulumi.Input<pulumi.Input<string>[]>;
  poweronTimeout?: pulumi.Input<number>;
  replaceTrigger?: pulumi.Input<string>;
  /** Managed object id of the resource pool. */
  resourcePoolId: pulumi.Input<string>;
  runToolsScriptsAfterPowerOn?: pulumi.Input<boolean>;
  runToolsScriptsAfterResume?: pulumi.Input<boolean>;
  runToolsScriptsBeforeGuestReboot?: pulumi.Input<boolean>;
  runToolsScriptsBeforeGuestShutdown?: pulumi.Input<boolean>;
  runToolsScriptsBeforeGuestStandby?: pulumi.Input<boolean>;
  sataControllerCount?: pulumi.Input<number>;
  scsiBusSharing?: pulumi.Input<string>;
  scsiControllerCount?: pulumi.Input<number>;
  /** SCSI controller type, e.g. `pvscsi` or `lsilogic`. */
  scsiType?: pulumi.Input<string>;
  shutdownWaitTimeout?: pulumi.Input<number>;
  storagePolicyId?: pulumi.Input<string>;
  swapPlacementPolicy?: pulumi.Input<string>;
  /** Sync guest time with the host at startup and resume. */
  syncTimeWithHost?: pulumi.Input<boolean>;
  /** Keep guest time synchronised with the host periodically. */
  syncTimeWithHostPeriodically?: pulumi.Input<boolean>;
  /** Ids of vSphere tags attached to the object. */
  tags?: pulumi.Input<pulumi.Input<string>[]>;
  /** When VMware Tools are upgraded: `manual` or `upgradeAtPowerCycle`. */
  toolsUpgradePolicy?: pulumi.Input<string>;
  vapp?: pulumi.Input<inputs.VirtualMachineVapp>;
  vbsEnabled?: pulumi.Input<boolean>;
  videoCard?: pulumi.Input<inputs.VirtualMachineVideoCard>;
  vtpm?: pulumi.Input<inputs.VirtualMachineVtpm>;
  vvtdEnabled?: pulumi.Input<boolean>;
  /** Minutes to wait for any guest IP (0 disables). */
  waitForGuestIpTimeout?: pulumi.Input<number>;
  waitForGuestNetRoutable?: pulumi.Input<boolean>;
  /** Minutes to wait for a routable guest IP (0 disables). */
  waitForGuestNetTimeout?: pulumi.Input<number>;
}

/** Known state of an existing VirtualMachine, used by `VirtualMachine.get` lookups. */
export interface VirtualMachineState {
  alternateGuestName?: pulumi.Input<string>;
  annotation?: pulumi.Input<string>;
  bootDelay?: pulumi.Input<number>;
  bootRetryDelay?: pulumi.Input<number>;
  bootRetryEnabled?: pulumi.Input<boolean>;
  cdroms?: pulumi.Input<pulumi.Input<inputs.VirtualMachineCdrom>[]>;
  changeVersion?: pulumi.Input<string>;
  clone?: pulumi.Input<inputs.VirtualMachineClone>;
  cpuHotAddEnabled?: pulumi.Input<boolean>;
  cpuHotRemoveEnabled?: pulumi.Input<boolean>;
  cpuLimit?: pulumi.Input<number>;
  cpuPerformanceCountersEnabled?: pulumi.Input<boolean>;
  cpuReservation?: pulumi.Input<number>;
  cpuShareCount?: pulumi.Input<number>;
  cpuShareLevel?: pulumi.Input<string>;
  customAttributes?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  datacenterId?: pulumi.Input<string>;
  datastoreClusterId?: pulumi.Input<string>;
  datastoreId?: pulumi.Input<string>;
  defaultIpAddress?: pulumi.Input<string>;
  disks?: pulumi.Input<pulumi.Input<inputs.VirtualMachineDisk>[]>;
  efiSecureBootEnabled?: pulumi.Input<boolean>;
  enableDiskUuid?: pulumi.Input<boolean>;
  enableLogging?: pulumi.Input<boolean>;
  eptRviMode?: pulumi.Input<string>;
  evcMode?: pulumi.Input<string>;
  extraConfig?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  extraConfigRebootRequired?: pulumi.Input<boolean>;
  firmware?: pulumi.Input<string>;
  folder?: pulumi.Input<string>;
  forcePowerOff?: pulumi.Input<boolean>;
  guestId?: pulumi.Input<string>;
  guestIpAddresses?: pulumi.Input<pulumi.Input<string>[]>;
  hardwareVersion?: pulumi.Input<number>;
  hostSystemId?: pulumi.Input<string>;
  hvMode?: pulumi.Input<string>;
  ideControllerCount?: pulumi.Input<number>;
  ignoredGuestIps?: pulumi.Input<pulumi.Input<string>[]>;
  imported?: pulumi.Input<boolean>;
  latencySensitivity?: pulumi.Input<string>;
  memory?: pulumi.Input<number>;
  memoryHotAddEnabled?: pulumi.Input<boolean>;
  memoryLimit?: pulumi.Input<number>;
  memoryReservation?: pulumi.Input<number>;
  memoryReservationLockedToMax?: pulumi.Input<boolean>;
  memoryShareCount?: pulumi.Input<number>;
  memoryShareLevel?: pulumi.Input<string>;
  migrateWaitTimeout?: pulumi.Input<number>;
  moid?: pulumi.Input<string>;
  name?: pulumi.Input<string>;
  nestedHvEnabled?: pulumi.Input<boolean>;
  networkInterfaces?: pulumi.Input<pulumi.Input<inputs.VirtualMachineNetworkInterface>[]>;
  numCoresPerNumaNode?: pulumi.Input<number>;
  numCoresPerSocket?: pulumi.Input<number>;
  numCpus?: pulumi.Input<number>;
  nvmeControllerCount?: pulumi.Input<number>;
  ovfDeploy?: pulumi.Input<inputs.VirtualMachineOvfDeploy>;
  pciDeviceIds?: pulumi.Input<pulumi.Input<string>[]>;
  powerState?: pulumi.Input<string>;
  poweronTimeout?: pulumi.Input<number>;
  rebootRequired?: pulumi.Input<boolean>;
  replaceTrigger?: pulumi.Input<string>;
  resourcePoolId?: pulumi.Input<string>;
  runToolsScriptsAfterPowerOn?: pulumi.Input<boolean>;
  runToolsScriptsAfterResume?: pulumi.Input<boolean>;
  runToolsScriptsBeforeGuestReboot?: pulumi.Input<boolean>;
  runToolsScriptsBeforeGuestShutdown?: pulumi.Input<boolean>;
  runToolsScriptsBeforeGuestStandby?: pulumi.Input<boolean>;
  sataControllerCount?: pulumi.Input<number>;
  scsiBusSharing?: pulumi.Input<string>;
  scsiControllerCount?: pulumi.Input<number>;
  scsiType?: pulumi.Input<string>;
  shutdownWaitTimeout?: pulumi.Input<number>;
  storagePolicyId?: pulumi.Input<string>;
  swapPlacementPolicy?: pulumi.Input<string>;
  syncTimeWithHost?: pulumi.Input<boolean>;
  syncTimeWithHostPeriodically?: pulumi.Input<boolean>;
  tags?: pulumi.Input<pulumi.Input<string>[]>;
  toolsUpgradePolicy?: pulumi.Input<string>;
  uuid?: pulumi.Input<string>;
  vapp?: pulumi.Input<inputs.VirtualMachineVapp>;
  vappTransports?: pulumi.Input<pulumi.Input<string>[]>;
  vbsEnabled?: pulumi.Input<boolean>;
  videoCard?: pulumi.Input<inputs.VirtualMachineVideoCard>;
  vmwareToolsStatus?: pulumi.Input<string>;
  vmxPath?: pulumi.Input<string>;
  vtpm?: pulumi.Input<inputs.VirtualMachineVtpm>;
  vvtdEnabled?: pulumi.Input<boolean>;
  waitForGuestIpTimeout?: pulumi.Input<number>;
  waitForGuestNetRoutable?: pulumi.Input<boolean>;
  waitForGuestNetTimeout?: pulumi.Input<number>;
}
