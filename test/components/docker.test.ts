// One mocked test per Docker stand-in component: its inputs (policies/contract.ts), its children with
// names derived from its own and parented to it, and the outputs it registers.
import * as docker from "@pulumi/docker";
import { COMPONENT, TYPE } from "../../policies/contract";
import { DockerHost } from "../../components/docker/host";
import { DockerSite } from "../../components/docker/site";
import { DockerGenesysVm } from "../../components/docker/vm";
import { expectNamesDerived, model, nameOf, render } from "./harness";

const d = model("dev");
const site = d.sites[0];
const settings = { genesys: d.genesys, vsphere: d.vsphere, docker: d.docker };

test("DockerHost: an engine provider and the two networks of the host, on that engine", async () => {
  const host = site.hosts[0];
  const r = await render(() => {
    new DockerHost("h", { site: site.name, host, networks: site.networks });
  });
  const c = r.one(COMPONENT.dockerHost);
  expect(c.inputs).toEqual({ site: site.name, host, networks: site.networks });
  const kids = r.children(c);
  expect(kids.map((k) => [k.type, nameOf(k)]).sort()).toEqual(
    [
      [TYPE.dockerProvider, "h-engine"],
      [TYPE.dockerNetwork, "h-vm-network"],
      [TYPE.dockerNetwork, "h-vmotion-network"],
    ].sort(),
  );
  const engine = kids.find((k) => k.type === TYPE.dockerProvider)!;
  for (const n of kids.filter((k) => k.type === TYPE.dockerNetwork)) expect(n.provider).toContain(engine.urn);
  expect(Object.keys(c.outputs).sort()).toEqual(["host", "networks", "site", "vmNetwork", "vmotionNetwork"]);
  expect(c.outputs.host).toEqual(host);
});

test("DockerGenesysVm: one container named as the component; only the model as inputs", async () => {
  const vm = site.vms[0];
  const r = await render(() => {
    const provider = new docker.Provider("engine", {});
    const network = new docker.Network("net", { name: "vm-traffic" }, { provider });
    new DockerGenesysVm("v", { vm, vmTraffic: site.networks.vmTraffic, settings, provider, network });
  });
  const c = r.one(COMPONENT.dockerVm);
  expect(c.inputs).toEqual({ vm });
  const kids = r.children(c);
  expect(kids.map((k) => [k.type, nameOf(k)])).toEqual([[TYPE.container, "v"]]);
  expect(kids[0].inputs).toMatchObject({ name: vm.name, networksAdvanced: [{ name: "vm-traffic" }] });
  expect(c.outputs).toEqual({ vm, id: kids[0].id, name: vm.name });
});

test("DockerSite: a host per host and a VM per VM, all its children, each VM on its intended host", async () => {
  const r = await render(() => {
    new DockerSite(site.name, { site, settings });
  });
  const c = r.one(COMPONENT.dockerSite);
  expect(c.inputs).toEqual({ name: site.name });
  const kids = r.children(c);
  expectNamesDerived(kids, site.name);
  expect(kids.filter((k) => k.type === COMPONENT.dockerHost)).toHaveLength(site.hosts.length);
  expect(kids.filter((k) => k.type === COMPONENT.dockerVm)).toHaveLength(site.vms.length);
  expect(kids).toHaveLength(site.hosts.length + site.vms.length);
  const containers = r.resources.filter((x) => x.type === TYPE.container);
  expect(Object.keys(c.outputs).sort()).toEqual(["engines", "ruleNames", "vmIds"]);
  expect(c.outputs.vmIds).toEqual(
    Object.fromEntries(site.vms.map((v) => [v.name, containers.find((m) => m.inputs.name === v.name)!.id])),
  );
  expect(c.outputs.ruleNames).toEqual([...site.rules, ...site.vmHostRules].map((x) => x.name));
  for (const vm of site.vms) {
    const container = containers.find((m) => m.inputs.name === vm.name)!;
    const engine = r.resources.find(
      (x) => x.type === TYPE.dockerProvider && nameOf(x) === `${site.name}-${vm.intendedHost}-engine`,
    )!;
    expect(container.provider).toContain(engine.urn);
  }
});
