import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

const ARGS = utilities.names(`
  datacenterId name
`);

/** Looks up an ESXi host in a datacenter. */
export function getHost(args: GetHostArgs, opts?: pulumi.InvokeOptions): Promise<GetHostResult> {
  return pulumi.runtime.invoke(
    "vsphere:index/getHost:getHost",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Like `getHost`, but takes `Input` arguments and returns an `Output`. */
export function getHostOutput(
  args: GetHostOutputArgs,
  opts?: pulumi.InvokeOutputOptions,
): pulumi.Output<GetHostResult> {
  return pulumi.runtime.invokeOutput(
    "vsphere:index/getHost:getHost",
    utilities.pick(args, ARGS),
    utilities.invokeOpts(opts),
  );
}

/** Arguments of `getHost`. */
export interface GetHostArgs {
  /** Managed object id of the datacenter. */
  datacenterId: string;
  /** Display name of the object in vSphere. */
  name?: string;
}

/** Arguments of `getHostOutput`. */
export interface GetHostOutputArgs {
  datacenterId: pulumi.Input<string>;
  name?: pulumi.Input<string>;
}

/** What `getHost` returns. */
export interface GetHostResult {
  /** Managed object id of the datacenter. */
  readonly datacenterId: string;
  /** Provider id of the object. */
  readonly id: string;
  /** Display name of the object in vSphere. */
  readonly name?: string;
  /** Managed object id of the resource pool. */
  readonly resourcePoolId: string;
}
