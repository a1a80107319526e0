// The Docker stand-in for the vSphere deployment: the same model, each ESXi host a Docker engine
// (provider), each Genesys VM a container. See docs/docker-standin.md.
import * as pulumi from "@pulumi/pulumi";
import { Deployment } from "../../model/types";
import { DockerSite } from "./site";

export interface DockerOutputs {
  /** Per site: VM name -> container id. */
  vmIds: Record<string, pulumi.Output<Record<string, string>>>;
  /** Per site: the model's rule names (kept by placement on the stand-in). */
  ruleNames: Record<string, string[]>;
  /** Per site: host name -> its engine (a dockerHost, or "local": DOCKER_HOST / default socket). */
  hosts: Record<string, Record<string, string>>;
}

export function deployDocker(d: Deployment): DockerOutputs {
  const settings = { genesys: d.genesys, vsphere: d.vsphere, docker: d.docker };
  const sites = d.sites.map((site) => new DockerSite(site.name, { site, settings }));
  return {
    vmIds: Object.fromEntries(sites.map((s, i) => [d.sites[i].name, s.vmIds])),
    ruleNames: Object.fromEntries(sites.map((s, i) => [d.sites[i].name, s.ruleNames])),
    hosts: Object.fromEntries(sites.map((s, i) => [d.sites[i].name, s.engines])),
  };
}
