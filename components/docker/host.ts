import * as pulumi from "@pulumi/pulumi";
import * as docker from "@pulumi/docker";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { childName } from "../../model/names";
import { dockerNetworkSpec } from "../../model/docker-spec";
import { Host, SiteNetworks } from "../../model/types";

export interface DockerHostArgs {
  site: string;
  /** Declared facts of the host; they travel as this component's inputs, so the policy pack
   * judges BIOS settings and failover capacity from the plan exactly as on vSphere. */
  host: Host;
  /** The same two networks whatever `networks.kind` says: a distributed switch has no stand-in of
   * its own (docs/docker-standin.md). */
  networks: SiteNetworks;
  /** The hosts whose VMs this host's engine network serves (hosts sharing its engine); default: this one. */
  vmNetworkHosts?: string[];
  /** Another host on the same engine already made the site's VM network there: use it. */
  sharedVmNetwork?: docker.Network;
}

/**
 * One ESXi host of the model played by a Docker endpoint: a provider for its engine (its
 * `dockerHost`, else DOCKER_HOST or the default socket) and, on that engine, the host's two
 * "vSwitches" as bridge networks: VM traffic, and vMotion as an internal network of its own.
 */
export class DockerHost extends GenesysComponent<typeof COMPONENT.dockerHost> {
  readonly provider: docker.Provider;
  readonly vmNetwork: docker.Network;
  readonly vmotionNetwork: docker.Network;

  constructor(name: string, args: DockerHostArgs, opts?: pulumi.ComponentResourceOptions) {
    // Exactly the contract's inputs: the engine's sharing (a resource, and the hosts it serves) stays out.
    super(COMPONENT.dockerHost, name, { site: args.site, host: args.host, networks: args.networks }, opts);
    const { sharedVmNetwork } = args;
    // No `host` when the model names no engine: the provider then uses DOCKER_HOST, or the
    // default socket (the SDK reads DOCKER_HOST when the program runs).
    this.provider = new docker.Provider(
      childName(name, "engine"),
      args.host.dockerHost === undefined ? {} : { host: args.host.dockerHost },
      { parent: this },
    );
    const onEngine = { parent: this, provider: this.provider };
    this.vmNetwork =
      sharedVmNetwork ??
      new docker.Network(
        childName(name, "vm-network"),
        dockerNetworkSpec(args.site, args.host, args.networks.vmTraffic, args.vmNetworkHosts),
        onEngine,
      );
    this.vmotionNetwork = new docker.Network(
      childName(name, "vmotion-network"),
      dockerNetworkSpec(args.site, args.host, args.networks.vmotion),
      onEngine,
    );
    // The declared facts go out again as outputs: under the Pulumi CLI, stack policies read
    // outputs, and the failover and BIOS checks need them.
    this.registerContractOutputs({
      site: args.site,
      host: args.host,
      networks: args.networks,
      vmNetwork: this.vmNetwork.name,
      vmotionNetwork: this.vmotionNetwork.name,
    });
  }
}
