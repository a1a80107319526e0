/* Object types found in the outputs of the vSphere resources and functions. */
import * as outputs from "../types/output";

export interface ComputeClusterHostImage {
  components?: outputs.ComputeClusterHostImageComponent[];
  esxVersion?: string;
}

export interface ComputeClusterHostImageComponent {
  key?: string;
  version?: string;
}

export interface ComputeClusterVsanDiskGroup {
  cache?: string;
  storages?: string[];
}

export interface ComputeClusterVsanFaultDomain {
  faultDomains?: outputs.ComputeClusterVsanFaultDomainFaultDomain[];
}

export interface ComputeClusterVsanFaultDomainFaultDomain {
  hostIds: string[];
  name: string;
}

export interface ComputeClusterVsanStretchedCluster {
  preferredFaultDomainHostIds: string[];
  preferredFaultDomainName?: string;
  secondaryFaultDomainHostIds: string[];
  secondaryFaultDomainName?: string;
  witnessNode: string;
}

export interface GetNetworkFilter {
  networkType?: string;
}

export interface GetVirtualMachineDisk {
  eagerlyScrub: boolean;
  label: string;
  size: number;
  thinProvisioned: boolean;
  unitNumber: number;
}

export interface GetVirtualMachineNetworkInterface {
  adapterType: string;
  bandwidthLimit?: number;
  bandwidthReservation?: number;
  bandwidthShareCount: number;
  bandwidthShareLevel?: string;
  externalPortId: string;
  macAddress: string;
  networkId: string;
  physicalFunction: string;
}

export interface GetVirtualMachineVapp {
  properties?: { [key: string]: string };
}

export interface GetVirtualMachineVideoCard {
  graphics3ds: outputs.GetVirtualMachineVideoCardGraphics3d[];
  numDisplays: number;
  totalVideoMemory: number;
}

export interface GetVirtualMachineVideoCardGraphics3d {
  memory: number;
  renderer: string;
}

export interface HostPortGroupPort {
  key: string;
  macAddresses: string[];
  type: string;
}

export interface VirtualMachineCdrom {
  clientDevice?: boolean;
  datastoreId?: string;
  deviceAddress: string;
  key: number;
  path?: string;
}

export interface VirtualMachineClone {
  customizationSpec?: outputs.VirtualMachineCloneCustomizationSpec;
  customize?: outputs.VirtualMachineCloneCustomize;
  linkedClone?: boolean;
  ovfNetworkMap?: { [key: string]: string };
  ovfStorageMap?: { [key: string]: string };
  templateUuid: string;
  timeout?: number;
}

export interface VirtualMachineCloneCustomizationSpec {
  id: string;
  timeout?: number;
}

export interface VirtualMachineCloneCustomize {
  dnsServerLists?: string[];
  dnsSuffixLists?: string[];
  ipv4Gateway?: string;
  ipv6Gateway?: string;
  linuxOptions?: outputs.VirtualMachineCloneCustomizeLinuxOptions;
  networkInterfaces?: outputs.VirtualMachineCloneCustomizeNetworkInterface[];
  timeout?: number;
  windowsOptions?: outputs.VirtualMachineCloneCustomizeWindowsOptions;
  windowsSysprepText?: string;
}

export interface VirtualMachineCloneCustomizeLinuxOptions {
  domain: string;
  hostName: string;
  hwClockUtc?: boolean;
  scriptText?: string;
  timeZone?: string;
}

export interface VirtualMachineCloneCustomizeNetworkInterface {
  dnsDomain?: string;
  dnsServerLists?: string[];
  ipv4Address?: string;
  ipv4Netmask?: number;
  ipv6Address?: string;
  ipv6Netmask?: number;
}

export interface VirtualMachineCloneCustomizeWindowsOptions {
  adminPassword?: string;
  autoLogon?: boolean;
  autoLogonCount?: number;
  computerName: string;
  domainAdminPassword?: string;
  domainAdminUser?: string;
  domainOu?: string;
  fullName?: string;
  joinDomain?: string;
  organizationName?: string;
  productKey?: string;
  runOnceCommandLists?: string[];
  timeZone?: number;
  workgroup?: string;
}

export interface VirtualMachineDisk {
  attach?: boolean;
  controllerType?: string;
  datastoreId: string;
  deviceAddress: string;
  diskMode?: string;
  diskSharing?: string;
  eagerlyScrub?: boolean;
  ioLimit?: number;
  ioReservation?: number;
  ioShareCount?: number;
  ioShareLevel?: string;
  keepOnRemove?: boolean;
  key: number;
  label: string;
  path: string;
  size?: number;
  storagePolicyId: string;
  thinProvisioned?: boolean;
  unitNumber?: number;
  uuid: string;
  writeThrough?: boolean;
}

export interface VirtualMachineNetworkInterface {
  adapterType?: string;
  bandwidthLimit?: number;
  bandwidthReservation?: number;
  bandwidthShareCount: number;
  bandwidthShareLevel?: string;
  deviceAddress: string;
  externalPortId: string;
  key: number;
  macAddress: string;
  networkId: string;
  ovfMapping?: string;
  physicalFunction?: string;
  useStaticMac?: boolean;
}

export interface VirtualMachineOvfDeploy {
  allowUnverifiedSslCert?: boolean;
  deploymentOption?: string;
  diskProvisioning?: string;
  enableHiddenProperties?: boolean;
  ipAllocationPolicy?: string;
  ipProtocol?: string;
  localOvfPath?: string;
  ovfNetworkMap?: { [key: string]: string };
  remoteOvfUrl?: string;
}

export interface VirtualMachineVapp {
  properties?: { [key: string]: string };
}

export interface VirtualMachineVideoCard {
  deviceAddress: string;
  graphics3ds?: outputs.VirtualMachineVideoCardGraphics3d[];
  key: number;
  numDisplays: number;
  totalVideoMemory: number;
}

export interface VirtualMachineVideoCardGraphics3d {
  memory?: number;
  renderer?: string;
}

export interface VirtualMachineVtpm {
  version?: string;
}

export interface VnicIpv4 {
  dhcp?: boolean;
  gw?: string;
  ip?: string;
  netmask?: string;
}

export interface VnicIpv6 {
  addresses?: string[];
  autoconfig?: boolean;
  dhcp?: boolean;
  gw?: string;
}
