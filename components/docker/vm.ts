import * as pulumi from "@pulumi/pulumi";
import * as docker from "@pulumi/docker";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { dockerContainerSpec, dockerVmResourceOptions } from "../../model/docker-spec";
import { Deployment, GenesysVm, Network } from "../../model/types";

export interface DockerGenesysVmArgs {
  vm: GenesysVm;
  /** The site's VM-traffic network (the model's), whose Docker network the container joins. */
  vmTraffic: Network;
  settings: Pick<Deployment, "genesys" | "vsphere" | "docker">;
  /** The engine of the VM's intended host. */
  provider: docker.Provider;
  /** That host's VM-traffic network: its name output makes the container wait for it. */
  network: docker.Network;
  /** The VM this one is rolled out after (model/rollout.ts), as on vSphere. */
  after?: DockerGenesysVm;
}

/** One Genesys VM as a hardened container on the engine of the host the model puts it on. */
export class DockerGenesysVm extends GenesysComponent<typeof COMPONENT.dockerVm> {
  readonly container: docker.Container;

  constructor(name: string, args: DockerGenesysVmArgs, opts?: pulumi.ComponentResourceOptions) {
    // Only the plain model goes to the engine as this component's inputs (policies/contract.ts).
    super(COMPONENT.dockerVm, name, { vm: args.vm }, opts);
    const spec = dockerContainerSpec(args.vm, args.vmTraffic, args.settings);
    this.container = new docker.Container(
      name,
      // The image by its exact tag, never a RemoteImage: the provider uses a local image as it is
      // and would only try a pull (and fail: there is no registry) when it is missing.
      // The network by its name output, so the container waits for it; the address is the plan's.
      { ...spec, networksAdvanced: [{ ...spec.networksAdvanced[0], name: args.network.name }] },
      {
        parent: this,
        provider: args.provider,
        ...dockerVmResourceOptions(args.vm),
        ...(args.after ? { dependsOn: [args.after.container] } : {}),
      },
    );
    // The model goes out as an output too: stack policies under the Pulumi CLI read outputs.
    this.registerContractOutputs({ vm: args.vm, id: this.container.id, name: this.container.name });
  }
}
