import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const INPUTS = utilities.names(`
  computeClusterId haDatastoreApdRecoveryAction haDatastoreApdResponse haDatastoreApdResponseDelay
  haDatastorePdlResponse haHostIsolationResponse haVmFailureInterval haVmMaximumFailureWindow
  haVmMaximumResets haVmMinimumUptime haVmMonitoring haVmMonitoringUseClusterDefaults
  haVmRestartPriority haVmRestartTimeout virtualMachineId
`);
const OUTPUT_ONLY: string[] = [];
const STATE = [...INPUTS, ...OUTPUT_ONLY];
const REQUIRED = utilities.names(`
  computeClusterId virtualMachineId
`);

/** Per-VM HA settings that override the cluster defaults. */
export class HaVmOverride extends pulumi.CustomResource {
  private static readonly __pulumiType = "vsphere:index/haVmOverride:HaVmOverride";

  /** Reads the state of an existing HaVmOverride with the given provider id (no changes are made). */
  public static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: HaVmOverrideState,
    opts?: pulumi.CustomResourceOptions,
  ): HaVmOverride {
    return new HaVmOverride(name, state as unknown as HaVmOverrideArgs, { ...opts, id });
  }

  /** True when `obj` is a HaVmOverride, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is HaVmOverride {
    return utilities.hasPulumiType(obj, HaVmOverride.__pulumiType);
  }

  /** Managed object id of the compute cluster. */
  declare public readonly computeClusterId: pulumi.Output<string>;
  declare public readonly haDatastoreApdRecoveryAction: pulumi.Output<string | undefined>;
  declare public readonly haDatastoreApdResponse: pulumi.Output<string | undefined>;
  declare public readonly haDatastoreApdResponseDelay: pulumi.Output<number | undefined>;
  declare public readonly haDatastorePdlResponse: pulumi.Output<string | undefined>;
  /** What HA does with VMs of an isolated host. */
  declare public readonly haHostIsolationResponse: pulumi.Output<string | undefined>;
  declare public readonly haVmFailureInterval: pulumi.Output<number | undefined>;
  declare public readonly haVmMaximumFailureWindow: pulumi.Output<number | undefined>;
  declare public readonly haVmMaximumResets: pulumi.Output<number | undefined>;
  declare public readonly haVmMinimumUptime: pulumi.Output<number | undefined>;
  /** HA VM monitoring mode. */
  declare public readonly haVmMonitoring: pulumi.Output<string | undefined>;
  declare public readonly haVmMonitoringUseClusterDefaults: pulumi.Output<boolean | undefined>;
  /** Default HA restart priority of VMs. */
  declare public readonly haVmRestartPriority: pulumi.Output<string | undefined>;
  declare public readonly haVmRestartTimeout: pulumi.Output<number | undefined>;
  /** UUID of the virtual machine. */
  declare public readonly virtualMachineId: pulumi.Output<string>;

  /** Declares a HaVmOverride named `name` (unique among the stack's HaVmOverride resources). */
  constructor(name: string, args: HaVmOverrideArgs, opts?: pulumi.CustomResourceOptions);
  constructor(
    name: string,
    argsOrState?: HaVmOverrideArgs | HaVmOverrideState,
    opts?: pulumi.CustomResourceOptions,
  ) {
    opts = opts || {};
    const props = opts.id
      ? utilities.pick(argsOrState, STATE)
      : utilities.resourceInputs("HaVmOverride", argsOrState, INPUTS, OUTPUT_ONLY, REQUIRED, opts);
    super(
      HaVmOverride.__pulumiType,
      name,
      props,
      pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts),
    );
  }
}

/** Inputs of a HaVmOverride. */
export interface HaVmOverrideArgs {
  /** Managed object id of the compute cluster. */
  computeClusterId: pulumi.Input<string>;
  haDatastoreApdRecoveryAction?: pulumi.Input<string>;
  haDatastoreApdResponse?: pulumi.Input<string>;
  haDatastoreApdResponseDelay?: pulumi.Input<number>;
  haDatastorePdlResponse?: pulumi.Input<string>;
  /** What HA does with VMs of an isolated host. */
  haHostIsolationResponse?: pulumi.Input<string>;
  haVmFailureInterval?: pulumi.Input<number>;
  haVmMaximumFailureWindow?: pulumi.Input<number>;
  haVmMaximumResets?: pulumi.Input<number>;
  haVmMinimumUptime?: pulumi.Input<number>;
  /** HA VM monitoring mode. */
  haVmMonitoring?: pulumi.Input<string>;
  haVmMonitoringUseClusterDefaults?: pulumi.Input<boolean>;
  /** Default HA restart priority of VMs. */
  haVmRestartPriority?: pulumi.Input<string>;
  haVmRestartTimeout?: pulumi.Input<number>;
  /** UUID of the virtual machine. */
  virtualMachineId: pulumi.Input<string>;
}

/** Known state of an existing HaVmOverride, used by `HaVmOverride.get` lookups. */
export interface HaVmOverrideState {
  computeClusterId?: pulumi.Input<string>;
  haDatastoreApdRecoveryAction?: pulumi.Input<string>;
  haDatastoreApdResponse?: pulumi.Input<string>;
  haDatastoreApdResponseDelay?: pulumi.Input<number>;
  haDatastorePdlResponse?: pulumi.Input<string>;
  haHostIsolationResponse?: pulumi.Input<string>;
  haVmFailureInterval?: pulumi.Input<number>;
  haVmMaximumFailureWindow?: pulumi.Input<number>;
  haVmMaximumResets?: pulumi.Input<number>;
  haVmMinimumUptime?: pulumi.Input<number>;
  haVmMonitoring?: pulumi.Input<string>;
  haVmMonitoringUseClusterDefaults?: pulumi.Input<boolean>;
  haVmRestartPriority?: pulumi.Input<string>;
  haVmRestartTimeout?: pulumi.Input<number>;
  virtualMachineId?: pulumi.Input<string>;
}
