// @pulumi/vsphere, written for this project: the subset of the pulumi-vsphere v4.17.0 SDK it uses,
// with the published package's class, function, property and token names (see README.md).
export * from "./provider";

export * from "./computeCluster";
export * from "./computeClusterHostGroup";
export * from "./computeClusterVmAffinityRule";
export * from "./computeClusterVmAntiAffinityRule";
export * from "./computeClusterVmGroup";
export * from "./computeClusterVmHostRule";
export * from "./haVmOverride";
export * from "./hostPortGroup";
export * from "./hostVirtualSwitch";
export * from "./virtualMachine";
export * from "./vnic";

export * from "./getComputeCluster";
export * from "./getDatacenter";
export * from "./getDatastore";
export * from "./getHost";
export * from "./getNetwork";
export * from "./getResourcePool";
export * from "./getVirtualMachine";

export * as types from "./types";
