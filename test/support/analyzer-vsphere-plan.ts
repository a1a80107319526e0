// The pack tests' plan of a guide-conformant vSphere deployment (the guide's lab on each site),
// shaped as the program declares it (mutators in analyzer-mutators.ts).
import { COMPONENT, DISABLED_DEVICE_KEYS, GUESTINFO, TYPE } from "../../policies/contract";
import type { PlanDocument } from "../../analyzer/plan-document";
import type { GenesysVm } from "../../model/types";
import { NETWORKS, SITE, labHosts, labVms } from "./analyzer-lab";
import { DocBuilder, SECRET, addHostComponent, providerRef, withRolloutOrder } from "./analyzer-plan-builder";

/** A password as a plan keeps it: the secret mark around a withheld value. */
const SECRET_PASSWORD = { ...SECRET, ciphertext: "[secret]" };

function guestinfo(vm: GenesysVm): Record<string, string> {
  const extra: Record<string, string> = {};
  for (const key of Object.values(DISABLED_DEVICE_KEYS)) extra[key] = "FALSE";
  extra[GUESTINFO.role] = vm.role;
  extra[GUESTINFO.tier] = vm.tier;
  extra[GUESTINFO.pair] = vm.pair ?? "";
  extra[GUESTINFO.site] = vm.site;
  extra[GUESTINFO.addpTimeout] = "4";
  extra[GUESTINFO.addpRemoteTimeout] = "4";
  extra[GUESTINFO.addpTrace] = "full";
  return extra;
}

/** A guide-conformant vSphere deployment: one site per name, each 3 hosts and 11 VMs. */
export function vsphereDoc(sites: string[] = [SITE]): PlanDocument {
  const b = new DocBuilder();
  const provider = b.add(["pulumi:providers:vsphere"], "vcenter", {
    user: "administrator@vsphere.local",
    password: SECRET,
    vsphereServer: "vcenter.lab.example",
    allowUnverifiedSsl: false,
  });
  const prov = { provider: providerRef(provider) };
  for (const siteName of sites) {
    const site = b.add([COMPONENT.vsphereSite], siteName, { name: siteName });
    const cluster = b.add(
      [COMPONENT.vsphereSite, COMPONENT.vsphereCluster],
      `${siteName}-cluster`,
      { site: siteName },
      { parent: site.urn },
    );
    b.add(
      [COMPONENT.vsphereSite, COMPONENT.vsphereCluster, TYPE.cluster],
      `${siteName}-cluster`,
      {
        name: `${siteName}-cluster`,
        datacenterId: "datacenter-1",
        haEnabled: true,
        haHostMonitoring: "enabled",
        haAdmissionControlPolicy: "resourcePercentage",
        haAdmissionControlHostFailureTolerance: 1,
        haVmMonitoring: "vmMonitoringOnly",
        haAdvancedOptions: { "das.respectVmVmAntiAffinityRules": "true" },
        drsEnabled: true,
        drsAutomationLevel: "fullyAutomated",
        dpmEnabled: false,
      },
      { parent: cluster.urn, ...prov },
    );
    const hosts = labHosts(siteName);
    const hostChain = [COMPONENT.vsphereSite, COMPONENT.vsphereHost];
    for (const host of hosts) {
      const h = addHostComponent(b, hostChain, { name: siteName, urn: site.urn }, host, NETWORKS);
      const child = (type: string, name: string, inputs: Record<string, unknown>) =>
        b.add([...hostChain, type], name, inputs, { parent: h.urn, ...prov });
      const hostSystemId = `host-${host.name}`;
      for (const net of [NETWORKS.vmTraffic, NETWORKS.vmotion]) {
        child(TYPE.vswitch, `${host.name}-${net.vswitch}`, {
          name: net.vswitch,
          hostSystemId,
          networkAdapters: net.nics,
          activeNics: net.nics,
          mtu: net.mtu,
        });
        child(TYPE.portGroup, `${host.name}-${net.portGroup}`, {
          name: net.portGroup,
          hostSystemId,
          virtualSwitchName: net.vswitch,
          vlanId: net.vlan,
        });
      }
      child(TYPE.vnic, `${host.name}-vmk1`, {
        host: hostSystemId,
        portgroup: NETWORKS.vmotion.portGroup,
        ipv4: { ip: host.vmotionIp, netmask: NETWORKS.vmotion.netmask },
        services: ["vmotion"],
      });
    }
    const vms = labVms(siteName, hosts);
    const vmRes = new Map<string, { urn: string; id: string }>();
    const vmChain = [COMPONENT.vsphereSite, COMPONENT.vsphereVm];
    for (const vm of vms) {
      const comp = b.add(vmChain, vm.name, { vm }, { parent: site.urn });
      const r = b.add(
        [...vmChain, TYPE.vm],
        vm.name,
        {
          name: vm.name,
          resourcePoolId: "resgroup-1",
          datastoreId: "datastore-1",
          numCpus: vm.sizing.cpus,
          memory: vm.sizing.memoryMb,
          guestId: "windows7Server64Guest",
          networkInterfaces: [{ networkId: "network-genesys-vms", adapterType: "vmxnet3" }],
          disks: [{ label: "disk0", size: vm.sizing.diskGb, thinProvisioned: true }],
          clone: {
            templateUuid: "template-uuid",
            customize: {
              timeout: 30,
              ipv4Gateway: NETWORKS.vmTraffic.ipv4!.gateway,
              networkInterfaces: [{ ipv4Address: vm.guest.ipv4, ipv4Netmask: 16 }],
              windowsOptions: {
                computerName: vm.guest.computerName,
                workgroup: "WORKGROUP",
                adminPassword: SECRET_PASSWORD,
              },
            },
          },
          toolsUpgradePolicy: "upgradeAtPowerCycle",
          syncTimeWithHost: true,
          syncTimeWithHostPeriodically: true,
          extraConfig: guestinfo(vm),
          shutdownWaitTimeout: 5,
          forcePowerOff: false,
        },
        { parent: comp.urn, ...prov, protect: vm.protect, ignoreChanges: ["eptRviMode", "hvMode"] },
      );
      vmRes.set(vm.name, r);
    }
    const rulesChain = [COMPONENT.vsphereSite, COMPONENT.vsphereRules];
    const rules = b.add(rulesChain, `${siteName}-rules`, { site: siteName }, { parent: site.urn });
    const clusterId = `${siteName}-cluster-id`;
    const ruleOf = (type: string, name: string, members: string[], inputs: Record<string, unknown>) => {
      const refs = members.map((m) => vmRes.get(m)!);
      return b.add(
        [...rulesChain, type],
        name,
        { name, computeClusterId: clusterId, virtualMachineIds: refs.map((r) => r.id), ...inputs },
        {
          parent: rules.urn,
          ...prov,
          dependencies: refs.map((r) => r.urn),
          propertyDependencies: { virtualMachineIds: refs.map((r) => r.urn) },
        },
      );
    };
    const pairs = [...new Set(vms.filter((v) => v.pair).map((v) => v.pair!))];
    for (const pair of pairs) {
      ruleOf(TYPE.antiAffinityRule, `${pair}-apart`, [`${pair}-primary`, `${pair}-backup`], {
        enabled: true,
        mandatory: true,
      });
    }
    const mcps = vms.filter((v) => v.role === "mcp").map((v) => v.name);
    ruleOf(TYPE.antiAffinityRule, `${siteName}-mcp-spread`, mcps, { enabled: true, mandatory: false });
    for (const tier of ["primary", "backup"] as const) {
      const members = vms.filter((v) => v.tier === tier).map((v) => v.name);
      ruleOf(TYPE.affinityRule, `${siteName}-${tier}-together`, members, { enabled: true, mandatory: false });
      ruleOf(TYPE.vmGroup, `${siteName}-${tier}-vms`, members, {});
      b.add(
        [...rulesChain, TYPE.hostGroup],
        `${siteName}-${tier}-hosts`,
        {
          name: `${siteName}-${tier}-hosts`,
          computeClusterId: clusterId,
          hostSystemIds: [`host-${hosts[tier === "primary" ? 0 : 1].name}`],
        },
        { parent: rules.urn, ...prov },
      );
      b.add(
        [...rulesChain, TYPE.vmHostRule],
        `${siteName}-${tier}-should-run`,
        {
          name: `${siteName}-${tier}-should-run`,
          computeClusterId: clusterId,
          vmGroupName: `${siteName}-${tier}-vms`,
          affinityHostGroupName: `${siteName}-${tier}-hosts`,
          enabled: true,
          mandatory: false,
        },
        { parent: rules.urn, ...prov },
      );
    }
    for (const vm of vms) {
      const r = vmRes.get(vm.name)!;
      b.add(
        [...rulesChain, TYPE.haVmOverride],
        `${vm.name}-restart`,
        {
          computeClusterId: clusterId,
          virtualMachineId: r.id,
          haVmRestartPriority: vm.restartPriority,
        },
        { parent: rules.urn, ...prov, propertyDependencies: { virtualMachineId: [r.urn] } },
      );
    }
  }
  return withRolloutOrder(b.doc());
}
