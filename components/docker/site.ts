import * as pulumi from "@pulumi/pulumi";
import { COMPONENT } from "../../policies/contract";
import { GenesysComponent } from "../component";
import { childName, localName } from "../../model/names";
import { engineOf, pairsSharingAnEngine } from "../../model/docker-spec";
import { inRolloutOrder, rolloutPredecessors } from "../../model/rollout";
import { byName } from "../../model/placement";
import { Deployment, Site } from "../../model/types";
import { DockerHost } from "./host";
import { DockerGenesysVm } from "./vm";

export interface DockerSiteArgs {
  site: Site;
  settings: Pick<Deployment, "genesys" | "vsphere" | "docker">;
}

/**
 * One site of the deployment on the Docker stand-in: an engine and its networks per host, and each
 * VM as a container on its intended host's engine. There is no cluster: placement is fixed by the
 * model (primaries on one host, backups on another), which is what the DRS rules steer to.
 */
export class DockerSite extends GenesysComponent<typeof COMPONENT.dockerSite> {
  readonly hosts: Record<string, DockerHost>;
  readonly vms: Record<string, DockerGenesysVm>;
  readonly vmIds: pulumi.Output<Record<string, string>>;
  /** The model's rules, which the stand-in keeps by placement rather than as DRS objects. */
  readonly ruleNames: string[];
  /** Host name -> the engine that plays it. */
  readonly engines: Record<string, string>;

  constructor(name: string, args: DockerSiteArgs, opts?: pulumi.ComponentResourceOptions) {
    super(COMPONENT.dockerSite, name, { name: args.site.name }, opts);
    const { site } = args;
    const parent = { parent: this };
    // The first host (by name) of each engine makes the site's VM network there; the others use it.
    this.hosts = {};
    const byEngine = new Map<string, DockerHost>();
    for (const host of byName(site.hosts)) {
      const engine = engineOf(host);
      const first = byEngine.get(engine);
      const sharing = site.hosts.filter((h) => engineOf(h) === engine).map((h) => h.name);
      const made = new DockerHost(
        childName(name, host.name),
        {
          site: site.name,
          host,
          networks: site.networks,
          vmNetworkHosts: sharing.sort(),
          ...(first ? { sharedVmNetwork: first.vmNetwork } : {}),
        },
        parent,
      );
      if (!first) byEngine.set(engine, made);
      this.hosts[host.name] = made;
    }
    // The same rollout order as on vSphere: a pair's backup container first, the MCPs in a chain.
    const predecessors = rolloutPredecessors(site.vms);
    this.vms = {};
    for (const vm of inRolloutOrder(site.vms, predecessors)) {
      const host = this.hosts[vm.intendedHost];
      const after = predecessors.get(vm.name);
      const vmArgs = {
        vm,
        vmTraffic: site.networks.vmTraffic,
        settings: args.settings,
        provider: host.provider,
        network: host.vmNetwork,
        after: after === undefined ? undefined : this.vms[after],
      };
      this.vms[vm.name] = new DockerGenesysVm(childName(name, localName(vm)), vmArgs, parent);
    }
    const shared = pairsSharingAnEngine(site);
    if (shared.length > 0) {
      // The stand-in's one honest caveat, said once per site: the rule holds, the separation does not.
      const list = shared.map((s) => `${s.pair} (${s.engine})`).join(", ");
      pulumi.log.info(
        `site ${site.name}: primary and backup share one Docker engine for ${list}; give their hosts their own dockerHost to separate them for real`,
        this,
      );
    }
    this.vmIds = pulumi.output(
      Object.fromEntries(site.vms.map((v) => [v.name, this.vms[v.name].container.id])),
    );
    this.ruleNames = site.rules.map((r) => r.name).concat(site.vmHostRules.map((r) => r.name));
    this.engines = Object.fromEntries(site.hosts.map((h) => [h.name, engineOf(h)]));
    this.registerContractOutputs({ vmIds: this.vmIds, ruleNames: this.ruleNames, engines: this.engines });
  }
}
