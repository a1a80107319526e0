import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

const INPUTS = utilities.names(`
  customAttributes datacenterId dpmAutomationLevel dpmEnabled dpmThreshold drsAdvancedOptions
  drsAutomationLevel drsEnablePredictiveDrs drsEnableVmOverrides drsEnabled drsMigrationThreshold
  drsScaleDescendantsShares evcMode folder forceEvacuateOnDestroy
  haAdmissionControlFailoverHostSystemIds haAdmissionControlHostFailureTolerance
  haAdmissionControlPerformanceTolerance haAdmissionControlPolicy
  haAdmissionControlResourcePercentageAutoCompute haAdmissionControlResourcePercentageCpu
  haAdmissionControlResourcePercentageMemory haAdmissionControlSlotPolicyExplicitCpu
  haAdmissionControlSlotPolicyExplicitMemory haAdmissionControlSlotPolicyUseExplicitSize
  haAdvancedOptions haDatastoreApdRecoveryAction haDatastoreApdResponse haDatastoreApdResponseDelay
  haDatastorePdlResponse haEnabled haHeartbeatDatastoreIds haHeartbeatDatastorePolicy
  haHostIsolationResponse haHostMonitoring haVmComponentProtection haVmDependencyRestartCondition
  haVmFailureInterval haVmMaximumFailureWindow haVmMaximumResets haVmMinimumUptime haVmMonitoring
  haVmRestartAdditionalDelay haVmRestartPriority haVmRestartTimeout hostClusterExitTimeout hostImage
  hostManaged hostSystemIds name proactiveHaAutomationLevel proactiveHaEnabled
  proactiveHaModerateRemediation proactiveHaProviderIds proactiveHaSevereRemediation tags
  vsanCompressionEnabled vsanDedupEnabled vsanDiskGroups vsanDitEncryptionEnabled
  vsanDitRekeyInterval vsanEnabled vsanEsaEnabled vsanFaultDomains vsanNetworkDiagnosticModeEnabled
  vsanPerformanceEnabled vsanRemoteDatastoreIds vsanStretchedCluster vsanUnmapEnabled
  vsanVerboseModeEnabled
`);
const OUTPUT_ONLY = utilities.names(`
  resourcePoolId
`);
const STATE = [...INPUTS, ...OUTPUT_ONLY];
const REQUIRED = utilities.names(`
  datacenterId
`);

/** A cluster of ESXi hosts with its HA, DRS, DPM and vSAN settings. */
export class ComputeCluster extends pulumi.CustomResource {
  private static readonly __pulumiType = "vsphere:index/computeCluster:ComputeCluster";

  /** Reads the state of an existing ComputeCluster with the given provider id (no changes are made). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: ComputeClusterState,
    opts?: pulumi.CustomResourceOptions,
  ): ComputeCluster {
    return new ComputeCluster(name, state as unknown as ComputeClusterArgs, { ...opts, id });
  }

  /** True when `obj` is a ComputeCluster, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is ComputeCluster {
    return utilities.hasPulumiType(obj, ComputeCluster.__pulumiType);
  }

  /** Custom attribute values, keyed by attribute id. */
  declare public readonly customAttributes: pulumi.Output<{ [key: string]: string } | undefined>;
  /** Managed object id of the datacenter. */
  declare public readonly datacenterId: pulumi.Output<string>;
  /** DPM automation level. */
  declare public readonly dpmAutomationLevel: pulumi.Output<string | undefined>;
  /** Turn on distributed power management. */
  declare public readonly dpmEnabled: pulumi.Output<boolean | undefined>;
  /** DPM threshold, 1 to 5. */
  declare public readonly dpmThreshold: pulumi.Output<number | undefined>;
  /** Extra DRS advanced options. */
  declare public readonly drsAdvancedOptions: pulumi.Output<{ [key: string]: string } | undefined>;
  /** DRS automation level, e.g. `fullyAutomated`. */
  declare public readonly drsAutomationLevel: pulumi.Output<string | undefined>;
  declare public readonly drsEnablePredictiveDrs: pulumi.Output<boolean | undefined>;
  /** Allow per-VM DRS overrides. */
  declare public readonly drsEnableVmOverrides: pulumi.Output<boolean | undefined>;
  /** Turn on DRS. */
  declare public readonly drsEnabled: pulumi.Output<boolean | undefined>;
  /** DRS migration threshold, 1 (conservative) to 5 (aggressive). */
  declare public readonly drsMigrationThreshold: pulumi.Output<number | undefined>;
  declare public readonly drsScaleDescendantsShares: pulumi.Output<string | undefined>;
  declare public readonly evcMode: pulumi.Output<string | undefined>;
  /** Inventory folder path, relative to the datacenter. */
  declare public readonly folder: pulumi.Output<string | undefined>;
  /** Put hosts in maintenance mode before removing the cluster (testing aid). */
  declare public readonly forceEvacuateOnDestroy: pulumi.Output<boolean | undefined>;
  declare public readonly haAdmissionControlFailoverHostSystemIds: pulumi.Output<string[] | undefined>;
  /** Host failures the cluster must tolerate. */
  declare public readonly haAdmissionControlHostFailureTolerance: pulumi.Output<number | undefined>;
  declare public readonly haAdmissionControlPerformanceTolerance: pulumi.Output<number | undefined>;
  /** HA admission control policy, e.g. `resourcePercentage` or `slotPolicy`. */
  declare public readonly haAdmissionControlPolicy: pulumi.Output<string | undefined>;
  declare public readonly haAdmissionControlResourcePercentageAutoCompute: pulumi.Output<boolean | undefined>;
  declare public readonly haAdmissionControlResourcePercentageCpu: pulumi.Output<number | undefined>;
  declare public readonly haAdmissionControlResourcePercentageMemory: pulumi.Output<number | undefined>;
  declare public readonly haAdmissionControlSlotPolicyExplicitCpu: pulumi.Output<number | undefined>;
  declare public readonly haAdmissionControlSlotPolicyExplicitMemory: pulumi.Output<number | undefined>;
  declare public readonly haAdmissionControlSlotPolicyUseExplicitSize: pulumi.Output<boolean | undefined>;
  /** Extra HA (das) advanced options. */
  declare public readonly haAdvancedOptions: pulumi.Output<{ [key: string]: string } | undefined>;
  declare public readonly haDatastoreApdRecoveryAction: pulumi.Output<string | undefined>;
  declare public readonly haDatastoreApdResponse: pulumi.Output<string | undefined>;
  declare public readonly haDatastoreApdResponseDelay: pulumi.Output<number | undefined>;
  declare public readonly haDatastorePdlResponse: pulumi.Output<string | undefined>;
  /** Turn on vSphere HA. */
  declare public readonly haEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly haHeartbeatDatastoreIds: pulumi.Output<string[] | undefined>;
  /** How HA picks heartbeat datastores. */
  declare public readonly haHeartbeatDatastorePolicy: pulumi.Output<string | undefined>;
  /** What HA does with VMs of an isolated host. */
  declare public readonly haHostIsolationResponse: pulumi.Output<string | undefined>;
  /** Whether HA monitors host heartbeats: `enabled` or `disabled`. */
  declare public readonly haHostMonitoring: pulumi.Output<string | undefined>;
  declare public readonly haVmComponentProtection: pulumi.Output<string | undefined>;
  declare public readonly haVmDependencyRestartCondition: pulumi.Output<string | undefined>;
  declare public readonly haVmFailureInterval: pulumi.Output<number | undefined>;
  declare public readonly haVmMaximumFailureWindow: pulumi.Output<number | undefined>;
  declare public readonly haVmMaximumResets: pulumi.Output<number | undefined>;
  declare public readonly haVmMinimumUptime: pulumi.Output<number | undefined>;
  /** HA VM monitoring mode. */
  declare public readonly haVmMonitoring: pulumi.Output<string | undefined>;
  declare public readonly haVmRestartAdditionalDelay: pulumi.Output<number | undefined>;
  /** Default HA restart priority of VMs. */
  declare public readonly haVmRestartPriority: pulumi.Output<string | undefined>;
  declare public readonly haVmRestartTimeout: pulumi.Output<number | undefined>;
  declare public readonly hostClusterExitTimeout: pulumi.Output<number | undefined>;
  declare public readonly hostImage: pulumi.Output<outputs.ComputeClusterHostImage | undefined>;
  declare public readonly hostManaged: pulumi.Output<boolean | undefined>;
  /** Managed object ids of ESXi hosts. */
  declare public readonly hostSystemIds: pulumi.Output<string[] | undefined>;
  /** Display name of the object in vSphere. */
  declare public readonly name: pulumi.Output<string>;
  declare public readonly proactiveHaAutomationLevel: pulumi.Output<string | undefined>;
  declare public readonly proactiveHaEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly proactiveHaModerateRemediation: pulumi.Output<string | undefined>;
  declare public readonly proactiveHaProviderIds: pulumi.Output<string[] | undefined>;
  declare public readonly proactiveHaSevereRemediation: pulumi.Output<string | undefined>;
  /** Managed object id of the resource pool. */
  declare public readonly resourcePoolId: pulumi.Output<string>;
  /** Ids of vSphere tags attached to the object. */
  declare public readonly tags: pulumi.Output<string[] | undefined>;
  declare public readonly vsanCompressionEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly vsanDedupEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly vsanDiskGroups: pulumi.Output<outputs.ComputeClusterVsanDiskGroup[]>;
  declare public readonly vsanDitEncryptionEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly vsanDitRekeyInterval: pulumi.Output<number>;
  declare public readonly vsanEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly vsanEsaEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly vsanFaultDomains: pulumi.Output<
    outputs.ComputeClusterVsanFaultDomain[] | undefined
  >;
  declare public readonly vsanNetworkDiagnosticModeEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly vsanPerformanceEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly vsanRemoteDatastoreIds: pulumi.Output<string[] | undefined>;
  declare public readonly vsanStretchedCluster: pulumi.Output<
    outputs.ComputeClusterVsanStretchedCluster | undefined
  >;
  declare public readonly vsanUnmapEnabled: pulumi.Output<boolean | undefined>;
  declare public readonly vsanVerboseModeEnabled: pulumi.Output<boolean | undefined>;

  /** Declares a ComputeCluster named `name` (unique among the stack's ComputeCluster resources). */
  constructor(name: string, args: ComputeClusterArgs, opts?: pulumi.CustomResourceOptions);
  constructor(
    name: string,
    argsOrState?: ComputeClusterArgs | ComputeClusterState,
    opts?: pulumi.CustomResourceOptions,
  ) {
    opts = opts || {};
    const props = opts.id
      ? utilities.pick(argsOrState, STATE)
      : utilities.resourceInputs("ComputeCluster", argsOrState, INPUTS, OUTPUT_ONLY, REQUIRED, opts);
    super(
      ComputeCluster.__pulumiType,
      name,
      props,
      pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts),
    );
  }
}

/** Inputs of a ComputeCluster. */
export interface ComputeClusterArgs {
  /** Custom attribute values, keyed by attribute id. */
  customAttributes?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /** Managed object id of the datacenter. */
  datacenterId: pulumi.Input<string>;
  /** DPM automation level. */
  dpmAutomationLevel?: pulumi.Input<string>;
  /** Turn on distributed power management. */
  dpmEnabled?: pulumi.Input<boolean>;
  /** DPM threshold, 1 to 5. */
  dpmThreshold?: pulumi.Input<number>;
  /** Extra DRS advanced options. */
  drsAdvancedOptions?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  /** DRS automation level, e.g. `fullyAutomated`. */
  drsAutomationLevel?: pulumi.Input<string>;
  drsEnablePredictiveDrs?: pulumi.Input<boolean>;
  /** Allow per-VM DRS overrides. */
  drsEnableVmOverrides?: pulumi.Input<boolean>;
  /** Turn on DRS. */
  drsEnabled?: pulumi.Input<boolean>;
  /** DRS migration threshold, 1 (conservative) to 5 (aggressive). */
  drsMigrationThreshold?: pulumi.Input<number>;
  drsScaleDescendantsShares?: pulumi.Input<string>;
  evcMode?: pulumi.Input<string>;
  /** Inventory folder path, relative to the datacenter. */
  folder?: pulumi.Input<string>;
  /** Put hosts in maintenance mode before removing the cluster (testing aid). */
  forceEvacuateOnDestroy?: pulumi.Input<boolean>;
  haAdmissionControlFailoverHostSystemIds?: pulumi.Input<pulumi.Input<string>[]>;
  /** Host failures the cluster must tolerate. */
  haAdmissionControlHostFailureTolerance?: pulumi.Input<number>;
  haAdmissionControlPerformanceTolerance?: pulumi.Input<number>;
  /** HA admission control policy, e.g. `resourcePercentage` or `slotPolicy`. */
  haAdmissionControlPolicy?: pulumi.Input<string>;
  haAdmissionControlResourcePercentageAutoCompute?: pulumi.Input<boolean>;
  haAdmissionControlResourcePercentageCpu?: pulumi.Input<number>;
  haAdmissionControlResourcePercentageMemory?: pulumi.Input<number>;
  haAdmissionControlSlotPolicyExplicitCpu?: pulumi.Input<number>;
  haAdmissionControlSlotPolicyExplicitMemory?: pulumi.Input<number>;
  haAdmissionControlSlotPolicyUseExplicitSize?: pulumi.Input<boolean>;
  /** Extra HA (das) advanced options. */
  haAdvancedOptions?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  haDatastoreApdRecoveryAction?: pulumi.Input<string>;
  haDatastoreApdResponse?: pulumi.Input<string>;
  haDatastoreApdResponseDelay?: pulumi.Input<number>;
  haDatastorePdlResponse?: pulumi.Input<string>;
  /** Turn on vSphere HA. */
  haEnabled?: pulumi.Input<boolean>;
  haHeartbeatDatastoreIds?: pulumi.Input<pulumi.Input<string>[]>;
  /** How HA picks heartbeat datastores. */
  haHeartbeatDatastorePolicy?: pulumi.Input<string>;
  /** What HA does with VMs of an isolated host. */
  haHostIsolationResponse?: pulumi.Input<string>;
  /** Whether HA monitors host heartbeats: `enabled` or `disabled`. */
  haHostMonitoring?: pulumi.Input<string>;
  haVmComponentProtection?: pulumi.Input<string>;
  haVmDependencyRestartCondition?: pulumi.Input<string>;
  haVmFailureInterval?: pulumi.Input<number>;
  haVmMaximumFailureWindow?: pulumi.Input<number>;
  haVmMaximumResets?: pulumi.Input<number>;
  haVmMinimumUptime?: pulumi.Input<number>;
  /** HA VM monitoring mode. */
  haVmMonitoring?: pulumi.Input<string>;
  haVmRestartAdditionalDelay?: pulumi.Input<number>;
  /** Default HA restart priority of VMs. */
  haVmRestartPriority?: pulumi.Input<string>;
  haVmRestartTimeout?: pulumi.Input<number>;
  hostClusterExitTimeout?: pulumi.Input<number>;
  hostImage?: pulumi.Input<inputs.ComputeClusterHostImage>;
  hostManaged?: pulumi.Input<boolean>;
  /** Managed object ids of ESXi hosts. */
  hostSystemIds?: pulumi.Input<pulumi.Input<string>[]>;
  /** Display name of the object in vSphere. */
  name?: pulumi.Input<string>;
  proactiveHaAutomationLevel?: pulumi.Input<string>;
  proactiveHaEnabled?: pulumi.Input<boolean>;
  proactiveHaModerateRemediation?: pulumi.Input<string>;
  proactiveHaProviderIds?: pulumi.Input<pulumi.Input<string>[]>;
  proactiveHaSevereRemediation?: pulumi.Input<string>;
  /** Ids of vSphere tags attached to the object. */
  tags?: pulumi.Input<pulumi.Input<string>[]>;
  vsanCompressionEnabled?: pulumi.Input<boolean>;
  vsanDedupEnabled?: pulumi.Input<boolean>;
  vsanDiskGroups?: pulumi.Input<pulumi.Input<inputs.ComputeClusterVsanDiskGroup>[]>;
  vsanDitEncryptionEnabled?: pulumi.Input<boolean>;
  vsanDitRekeyInterval?: pulumi.Input<number>;
  vsanEnabled?: pulumi.Input<boolean>;
  vsanEsaEnabled?: pulumi.Input<boolean>;
  vsanFaultDomains?: pulumi.Input<pulumi.Input<inputs.ComputeClusterVsanFaultDomain>[]>;
  vsanNetworkDiagnosticModeEnabled?: pulumi.Input<boolean>;
  vsanPerformanceEnabled?: pulumi.Input<boolean>;
  vsanRemoteDatastoreIds?: pulumi.Input<pulumi.Input<string>[]>;
  vsanStretchedCluster?: pulumi.Input<inputs.ComputeClusterVsanStretchedCluster>;
  vsanUnmapEnabled?: pulumi.Input<boolean>;
  vsanVerboseModeEnabled?: pulumi.Input<boolean>;
}

/** Known state of an existing ComputeCluster, used by `ComputeCluster.get` lookups. */
export interface ComputeClusterState {
  customAttributes?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  datacenterId?: pulumi.Input<string>;
  dpmAutomationLevel?: pulumi.Input<string>;
  dpmEnabled?: pulumi.Input<boolean>;
  dpmThreshold?: pulumi.Input<number>;
  drsAdvancedOptions?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  drsAutomationLevel?: pulumi.Input<string>;
  drsEnablePredictiveDrs?: pulumi.Input<boolean>;
  drsEnableVmOverrides?: pulumi.Input<boolean>;
  drsEnabled?: pulumi.Input<boolean>;
  drsMigrationThreshold?: pulumi.Input<number>;
  drsScaleDescendantsShares?: pulumi.Input<string>;
  evcMode?: pulumi.Input<string>;
  folder?: pulumi.Input<string>;
  forceEvacuateOnDestroy?: pulumi.Input<boolean>;
  haAdmissionControlFailoverHostSystemIds?: pulumi.Input<pulumi.Input<string>[]>;
  haAdmissionControlHostFailureTolerance?: pulumi.Input<number>;
  haAdmissionControlPerformanceTolerance?: pulumi.Input<number>;
  haAdmissionControlPolicy?: pulumi.Input<string>;
  haAdmissionControlResourcePercentageAutoCompute?: pulumi.Input<boolean>;
  haAdmissionControlResourcePercentageCpu?: pulumi.Input<number>;
  haAdmissionControlResourcePercentageMemory?: pulumi.Input<number>;
  haAdmissionControlSlotPolicyExplicitCpu?: pulumi.Input<number>;
  haAdmissionControlSlotPolicyExplicitMemory?: pulumi.Input<number>;
  haAdmissionControlSlotPolicyUseExplicitSize?: pulumi.Input<boolean>;
  haAdvancedOptions?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  haDatastoreApdRecoveryAction?: pulumi.Input<string>;
  haDatastoreApdResponse?: pulumi.Input<string>;
  haDatastoreApdResponseDelay?: pulumi.Input<number>;
  haDatastorePdlResponse?: pulumi.Input<string>;
  haEnabled?: pulumi.Input<boolean>;
  haHeartbeatDatastoreIds?: pulumi.Input<pulumi.Input<string>[]>;
  haHeartbeatDatastorePolicy?: pulumi.Input<string>;
  haHostIsolationResponse?: pulumi.Input<string>;
  haHostMonitoring?: pulumi.Input<string>;
  haVmComponentProtection?: pulumi.Input<string>;
  haVmDependencyRestartCondition?: pulumi.Input<string>;
  haVmFailureInterval?: pulumi.Input<number>;
  haVmMaximumFailureWindow?: pulumi.Input<number>;
  haVmMaximumResets?: pulumi.Input<number>;
  haVmMinimumUptime?: pulumi.Input<number>;
  haVmMonitoring?: pulumi.Input<string>;
  haVmRestartAdditionalDelay?: pulumi.Input<number>;
  haVmRestartPriority?: pulumi.Input<string>;
  haVmRestartTimeout?: pulumi.Input<number>;
  hostClusterExitTimeout?: pulumi.Input<number>;
  hostImage?: pulumi.Input<inputs.ComputeClusterHostImage>;
  hostManaged?: pulumi.Input<boolean>;
  hostSystemIds?: pulumi.Input<pulumi.Input<string>[]>;
  name?: pulumi.Input<string>;
  proactiveHaAutomationLevel?: pulumi.Input<string>;
  proactiveHaEnabled?: pulumi.Input<boolean>;
  proactiveHaModerateRemediation?: pulumi.Input<string>;
  proactiveHaProviderIds?: pulumi.Input<pulumi.Input<string>[]>;
  proactiveHaSevereRemediation?: pulumi.Input<string>;
  resourcePoolId?: pulumi.Input<string>;
  tags?: pulumi.Input<pulumi.Input<string>[]>;
  vsanCompressionEnabled?: pulumi.Input<boolean>;
  vsanDedupEnabled?: pulumi.Input<boolean>;
  vsanDiskGroups?: pulumi.Input<pulumi.Input<inputs.ComputeClusterVsanDiskGroup>[]>;
  vsanDitEncryptionEnabled?: pulumi.Input<boolean>;
  vsanDitRekeyInterval?: pulumi.Input<number>;
  vsanEnabled?: pulumi.Input<boolean>;
  vsanEsaEnabled?: pulumi.Input<boolean>;
  vsanFaultDomains?: pulumi.Input<pulumi.Input<inputs.ComputeClusterVsanFaultDomain>[]>;
  vsanNetworkDiagnosticModeEnabled?: pulumi.Input<boolean>;
  vsanPerformanceEnabled?: pulumi.Input<boolean>;
  vsanRemoteDatastoreIds?: pulumi.Input<pulumi.Input<string>[]>;
  vsanStretchedCluster?: pulumi.Input<inputs.ComputeClusterVsanStretchedCluster>;
  vsanUnmapEnabled?: pulumi.Input<boolean>;
  vsanVerboseModeEnabled?: pulumi.Input<boolean>;
}
