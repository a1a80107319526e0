/* Object types used in the inputs of the vSphere resources and functions. */
import * as pulumi from "@pulumi/pulumi";
import * as inputs from "../types/input";

export interface ComputeClusterHostImage {
  components?: pulumi.Input<pulumi.Input<inputs.ComputeClusterHostImageComponent>[]>;
  esxVersion?: pulumi.Input<string>;
}

export interface ComputeClusterHostImageComponent {
  key?: pulumi.Input<string>;
  version?: pulumi.Input<string>;
}

export interface ComputeClusterVsanDiskGroup {
  cache?: pulumi.Input<string>;
  storages?: pulumi.Input<pulumi.Input<string>[]>;
}

export interface ComputeClusterVsanFaultDomain {
  faultDomains?: pulumi.Input<pulumi.Input<inputs.ComputeClusterVsanFaultDomainFaultDomain>[]>;
}

export interface ComputeClusterVsanFaultDomainFaultDomain {
  hostIds: pulumi.Input<pulumi.Input<string>[]>;
  name: pulumi.Input<string>;
}

export interface ComputeClusterVsanStretchedCluster {
  preferredFaultDomainHostIds: pulumi.Input<pulumi.Input<string>[]>;
  preferredFaultDomainName?: pulumi.Input<string>;
  secondaryFaultDomainHostIds: pulumi.Input<pulumi.Input<string>[]>;
  secondaryFaultDomainName?: pulumi.Input<string>;
  witnessNode: pulumi.Input<string>;
}

export interface HostPortGroupPort {
  key?: pulumi.Input<string>;
  macAddresses?: pulumi.Input<pulumi.Input<string>[]>;
  type?: pulumi.Input<string>;
}

export interface VirtualMachineCdrom {
  clientDevice?: pulumi.Input<boolean>;
  datastoreId?: pulumi.Input<string>;
  deviceAddress?: pulumi.Input<string>;
  key?: pulumi.Input<number>;
  path?: pulumi.Input<string>;
}

export interface VirtualMachineClone {
  customizationSpec?: pulumi.Input<inputs.VirtualMachineCloneCustomizationSpec>;
  customize?: pulumi.Input<inputs.VirtualMachineCloneCustomize>;
  linkedClone?: pulumi.Input<boolean>;
  ovfNetworkMap?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  ovfStorageMap?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  templateUuid: pulumi.Input<string>;
  timeout?: pulumi.Input<number>;
}

export interface VirtualMachineCloneCustomizationSpec {
  id: pulumi.Input<string>;
  timeout?: pulumi.Input<number>;
}

export interface VirtualMachineCloneCustomize {
  dnsServerLists?: pulumi.Input<pulumi.Input<string>[]>;
  dnsSuffixLists?: pulumi.Input<pulumi.Input<string>[]>;
  ipv4Gateway?: pulumi.Input<string>;
  ipv6Gateway?: pulumi.Input<string>;
  linuxOptions?: pulumi.Input<inputs.VirtualMachineCloneCustomizeLinuxOptions>;
  networkInterfaces?: pulumi.Input<pulumi.Input<inputs.VirtualMachineCloneCustomizeNetworkInterface>[]>;
  timeout?: pulumi.Input<number>;
  windowsOptions?: pulumi.Input<inputs.VirtualMachineCloneCustomizeWindowsOptions>;
  windowsSysprepText?: pulumi.Input<string>;
}

export interface VirtualMachineCloneCustomizeLinuxOptions {
  domain: pulumi.Input<string>;
  hostName: pulumi.Input<string>;
  hwClockUtc?: pulumi.Input<boolean>;
  scriptText?: pulumi.Input<string>;
  timeZone?: pulumi.Input<string>;
}

export interface VirtualMachineCloneCustomizeNetworkInterface {
  dnsDomain?: pulumi.Input<string>;
  dnsServerLists?: pulumi.Input<pulumi.Input<string>[]>;
  ipv4Address?: pulumi.Input<string>;
  ipv4Netmask?: pulumi.Input<number>;
  ipv6Address?: pulumi.Input<string>;
  ipv6Netmask?: pulumi.Input<number>;
}

export interface VirtualMachineCloneCustomizeWindowsOptions {
  adminPassword?: pulumi.Input<string>;
  autoLogon?: pulumi.Input<boolean>;
  autoLogonCount?: pulumi.Input<number>;
  computerName: pulumi.Input<string>;
  domainAdminPassword?: pulumi.Input<string>;
  domainAdminUser?: pulumi.Input<string>;
  domainOu?: pulumi.Input<string>;
  fullName?: pulumi.Input<string>;
  joinDomain?: pulumi.Input<string>;
  organizationName?: pulumi.Input<string>;
  productKey?: pulumi.Input<string>;
  runOnceCommandLists?: pulumi.Input<pulumi.Input<string>[]>;
  timeZone?: pulumi.Input<number>;
  workgroup?: pulumi.Input<string>;
}

export interface VirtualMachineDisk {
  attach?: pulumi.Input<boolean>;
  controllerType?: pulumi.Input<string>;
  datastoreId?: pulumi.Input<string>;
  deviceAddress?: pulumi.Input<string>;
  diskMode?: pulumi.Input<string>;
  diskSharing?: pulumi.Input<string>;
  eagerlyScrub?: pulumi.Input<boolean>;
  ioLimit?: pulumi.Input<number>;
  ioReservation?: pulumi.Input<number>;
  ioShareCount?: pulumi.Input<number>;
  ioShareLevel?: pulumi.Input<string>;
  keepOnRemove?: pulumi.Input<boolean>;
  key?: pulumi.Input<number>;
  label: pulumi.Input<string>;
  path?: pulumi.Input<string>;
  size?: pulumi.Input<number>;
  storagePolicyId?: pulumi.Input<string>;
  thinProvisioned?: pulumi.Input<boolean>;
  unitNumber?: pulumi.Input<number>;
  uuid?: pulumi.Input<string>;
  writeThrough?: pulumi.Input<boolean>;
}

export interface VirtualMachineNetworkInterface {
  adapterType?: pulumi.Input<string>;
  bandwidthLimit?: pulumi.Input<number>;
  bandwidthReservation?: pulumi.Input<number>;
  bandwidthShareCount?: pulumi.Input<number>;
  bandwidthShareLevel?: pulumi.Input<string>;
  deviceAddress?: pulumi.Input<string>;
  externalPortId?: pulumi.Input<string>;
  key?: pulumi.Input<number>;
  macAddress?: pulumi.Input<string>;
  networkId: pulumi.Input<string>;
  ovfMapping?: pulumi.Input<string>;
  physicalFunction?: pulumi.Input<string>;
  useStaticMac?: pulumi.Input<boolean>;
}

export interface VirtualMachineOvfDeploy {
  allowUnverifiedSslCert?: pulumi.Input<boolean>;
  deploymentOption?: pulumi.Input<string>;
  diskProvisioning?: pulumi.Input<string>;
  enableHiddenProperties?: pulumi.Input<boolean>;
  ipAllocationPolicy?: pulumi.Input<string>;
  ipProtocol?: pulumi.Input<string>;
  localOvfPath?: pulumi.Input<string>;
  ovfNetworkMap?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
  remoteOvfUrl?: pulumi.Input<string>;
}

export interface VirtualMachineVapp {
  properties?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
}

export interface VirtualMachineVideoCard {
  deviceAddress?: pulumi.Input<string>;
  graphics3ds?: pulumi.Input<pulumi.Input<inputs.VirtualMachineVideoCardGraphics3d>[]>;
  key?: pulumi.Input<number>;
  numDisplays: pulumi.Input<number>;
  totalVideoMemory: pulumi.Input<number>;
}

export interface VirtualMachineVideoCardGraphics3d {
  memory?: pulumi.Input<number>;
  renderer?: pulumi.Input<string>;
}

export interface VirtualMachineVtpm {
  version?: pulumi.Input<string>;
}

export interface VnicIpv4 {
  dhcp?: pulumi.Input<boolean>;
  gw?: pulumi.Input<string>;
  ip?: pulumi.Input<string>;
  netmask?: pulumi.Input<string>;
}

export interface VnicIpv6 {
  addresses?: pulumi.Input<pulumi.Input<string>[]>;
  autoconfig?: pulumi.Input<boolean>;
  dhcp?: pulumi.Input<boolean>;
  gw?: pulumi.Input<string>;
}

export interface GetNetworkFilter {
  networkType?: string;
}

export interface GetNetworkFilterArgs {
  networkType?: pulumi.Input<string>;
}

export interface GetVirtualMachineVapp {
  properties?: { [key: string]: string };
}

export interface GetVirtualMachineVappArgs {
  properties?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
}
