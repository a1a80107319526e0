// The pack tests' plan of the Docker stand-in of the guide's lab (one per site), shaped as the
// program declares it (mutators in analyzer-mutators.ts).
import { COMPONENT, LABEL, TYPE } from "../../policies/contract";
import type { PlanDocument } from "../../analyzer/plan-document";
import { NETWORKS, SITE, labHosts, labVms } from "./analyzer-lab";
import { DocBuilder, addHostComponent, providerRef, withRolloutOrder } from "./analyzer-plan-builder";

/** The Docker stand-in of vsphereDoc's deployment: the same sites, hosts and VMs. */
export function dockerDoc(sites: string[] = [SITE]): PlanDocument {
  const b = new DocBuilder();
  for (const siteName of sites) {
    const site = b.add([COMPONENT.dockerSite], siteName, { name: siteName });
    const hosts = labHosts(siteName);
    const providers = new Map<string, { urn: string; id: string }>();
    const hostChain = [COMPONENT.dockerSite, COMPONENT.dockerHost];
    for (const host of hosts) {
      const h = addHostComponent(b, hostChain, { name: siteName, urn: site.urn }, host, NETWORKS);
      const p = b.add(
        [...hostChain, TYPE.dockerProvider],
        host.name,
        { host: host.dockerHost },
        { parent: h.urn },
      );
      providers.set(host.name, p);
      for (const net of [NETWORKS.vmTraffic, NETWORKS.vmotion]) {
        b.add(
          [...hostChain, TYPE.dockerNetwork],
          `${host.name}-${net.purpose}`,
          {
            name: `${siteName}-${net.purpose}`,
            driver: "bridge",
            internal: net.purpose === "vmotion",
            labels: [{ label: LABEL.network, value: net.purpose }],
          },
          { parent: h.urn, provider: providerRef(p) },
        );
      }
    }
    const vmChain = [COMPONENT.dockerSite, COMPONENT.dockerVm];
    for (const vm of labVms(siteName, hosts)) {
      const comp = b.add(vmChain, vm.name, { vm }, { parent: site.urn });
      const labels: Record<string, string> = {
        [LABEL.vm]: vm.name,
        [LABEL.role]: vm.role,
        [LABEL.tier]: vm.tier,
        [LABEL.pair]: vm.pair ?? "",
        [LABEL.site]: vm.site,
        [LABEL.host]: vm.intendedHost,
        [LABEL.vcpus]: String(vm.sizing.cpus),
        [LABEL.memoryMb]: String(vm.sizing.memoryMb),
        [LABEL.diskGb]: String(vm.sizing.diskGb),
        [LABEL.adapterType]: vm.sizing.adapterType,
        [LABEL.devices]: "",
        [LABEL.toolsUpgradePolicy]: "upgradeAtPowerCycle",
        [LABEL.toolsTimeSync]: "true",
        [LABEL.addpTimeout]: "4",
        [LABEL.addpRemoteTimeout]: "4",
        [LABEL.addpTrace]: "full",
        [LABEL.restartPriority]: vm.restartPriority,
      };
      b.add(
        [...vmChain, TYPE.container],
        vm.name,
        {
          name: vm.name,
          image: "genesys-stand-in:1.0",
          memory: vm.sizing.memoryMb,
          cpuShares: vm.sizing.cpus * 1024,
          restart: "unless-stopped",
          healthcheck: { tests: ["CMD", "true"], interval: "10s", retries: 3 },
          labels: Object.entries(labels).map(([label, value]) => ({ label, value })),
          hostname: vm.guest.computerName,
          networksAdvanced: [{ name: `${siteName}-vmTraffic`, ipv4Address: vm.guest.ipv4 }],
          privileged: false,
          capabilities: { drops: ["ALL"] },
          readOnly: true,
          destroyGraceSeconds: 10,
        },
        { parent: comp.urn, provider: providerRef(providers.get(vm.intendedHost)!), protect: vm.protect },
      );
    }
  }
  return withRolloutOrder(b.doc());
}
