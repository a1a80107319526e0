import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const ARGS = utilities.names(`
  datacenterId name parentResourcePoolId
`);

/** Looks up a resource pool by name or path. */
export function getResourcePool(
  args?: GetResourcePoolArgs,
  opts?: pulumi.InvokeOptions,
): Promise<GetResourcePoolResult> {
  return pulumi.runtime.invoke(
    "vsphere:index/getResourcePool:getResourcePool",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Like `getResourcePool`, but takes `Input` arguments and returns an `Output`. */
export function getResourcePoolOutput(
  args?: GetResourcePoolOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetResourcePoolResult> {
  return pulumi.runtime.invokeOutput(
    "vsphere:index/getResourcePool:getResourcePool",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Arguments of `getResourcePool`. */
export interface GetResourcePoolArgs {
  /** Managed object id of the datacenter. */
  datacenterId?: string;
  /** Display name of the object in vSphere. */
  name?: string;
  parentResourcePoolId?: string;
}

/** Arguments of `getResourcePoolOutput`. */
export interface GetResourcePoolOutputArgs {
  datacenterId?: pulumi.Input<string>;
  name?: pulumi.Input<string>;
  parentResourcePoolId?: pulumi.Input<string>;
}

/** What `getResourcePool` returns. */
export interface GetResourcePoolResult {
  /** Managed object id of the datacenter. */
  readonly datacenterId?: string;
  /** Provider id of the object. */
  readonly id: string;
  /** Display name of the object in vSphere. */
  readonly name?: string;
  readonly parentResourcePoolId?: string;
}
