import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/** Inputs passed as they are. */
const STRING_INPUTS = utilities.names(`
  clientDebugPath clientDebugPathRun password restSessionPath user vcenterServer vimSessionPath
  vsphereServer
`);
/** Inputs the provider expects JSON-encoded, like every non-string provider setting. */
const JSON_INPUTS = utilities.names(`
  allowUnverifiedSsl apiTimeout clientDebug persistSession vimKeepAlive
`);

/** The vSphere provider: the vCenter connection used by the resources and functions of this package. */
export class Provider extends pulumi.ProviderResource {
  private static readonly __pulumiType = "vsphere";

  /** True when `obj` is a vSphere Provider, also across several loaded copies of this package. */
  public static isInstance(obj: unknown): obj is Provider {
    return utilities.hasPulumiType(obj, "pulumi:providers:" + Provider.__pulumiType);
  }

  declare public readonly clientDebugPath: pulumi.Output<string | undefined>;
  declare public readonly clientDebugPathRun: pulumi.Output<string | undefined>;
  declare public readonly password: pulumi.Output<string | undefined>;
  declare public readonly restSessionPath: pulumi.Output<string | undefined>;
  declare public readonly user: pulumi.Output<string | undefined>;
  /** @deprecated Kept for compatibility; see the provider's replacement property. */
  declare public readonly vcenterServer: pulumi.Output<string | undefined>;
  declare public readonly vimSessionPath: pulumi.Output<string | undefined>;
  declare public readonly vsphereServer: pulumi.Output<string | undefined>;

  /** Declares a provider instance named `name`; pass it to resources as `{ provider }`. */
  constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions) {
    const given = utilities.pick(args, [...STRING_INPUTS, ...JSON_INPUTS]);
    const props: pulumi.Inputs = utilities.pick(given, STRING_INPUTS);
    for (const key of JSON_INPUTS) {
      const value = given[key] as pulumi.Input<string | number | boolean> | undefined;
      props[key] = pulumi.output(value).apply((v) => (v === undefined ? undefined : JSON.stringify(v)));
    }
    // Like the published SDK (the schema does not mark it secret), the password is passed as given:
    // it is a secret exactly when the caller made it one.
    super(Provider.__pulumiType, name, props, pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts));
  }
}

/** Settings of a Provider; unset ones fall back to the provider's `VSPHERE_*` environment variables. */
export interface ProviderArgs {
  /** Accept a self-signed or otherwise unverified vCenter certificate. */
  allowUnverifiedSsl?: pulumi.Input<boolean>;
  /** Timeout of API operations, in minutes. */
  apiTimeout?: pulumi.Input<number>;
  clientDebug?: pulumi.Input<boolean>;
  clientDebugPath?: pulumi.Input<string>;
  clientDebugPathRun?: pulumi.Input<string>;
  /** vCenter password; pass it as a secret (`pulumi.secret`, or a secret config value). */
  password?: pulumi.Input<string>;
  /** Keep the API session on disk between runs. */
  persistSession?: pulumi.Input<boolean>;
  restSessionPath?: pulumi.Input<string>;
  /** vCenter user name. */
  user?: pulumi.Input<string>;
  /** @deprecated Kept for compatibility; see the provider's replacement property. */
  vcenterServer?: pulumi.Input<string>;
  vimKeepAlive?: pulumi.Input<number>;
  vimSessionPath?: pulumi.Input<string>;
  /** vCenter host name or address. */
  vsphereServer?: pulumi.Input<string>;
}
