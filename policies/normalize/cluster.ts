// One view of what keeps VMs running after a failure: a vSphere ComputeCluster's HA and DRS, or,
// on the Docker stand-in, each container's restart policy and healthcheck.
//
// Docker has no cluster: the stand-in for "HA restarts a failed VM" is a restart policy that brings
// the container back (always / unless-stopped), and the stand-in for "VM monitoring" is a
// healthcheck with a test. Host monitoring, admission control, anti-affinity on restart and DRS have
// no Docker equivalent and are left undefined (not judged).
import { TYPE } from "../contract";
import type { RawResource } from "./resource";
import { UNKNOWN, at, bool, list, num, str, type U } from "./values";
import { isStandIn, type Platform } from "./vm";

export interface NormalizedCluster {
  urn: string;
  platform: Platform;
  name: string;
  haEnabled: U<boolean>;
  vmMonitoring: U<boolean>;
  hostMonitoring?: U<boolean>;
  admissionControlPolicy?: U<string>;
  hostFailuresTolerated?: U<number>;
  respectAntiAffinityOnRestart?: U<boolean>;
  drsEnabled?: U<boolean>;
  drsAutomationLevel?: U<string>;
}

export const RESPECT_ANTI_AFFINITY_OPTION = "das.respectVmVmAntiAffinityRules";

export function normalizeCluster(r: RawResource): NormalizedCluster | undefined {
  const p = r.props;
  if (r.type === TYPE.cluster) {
    const adv = at(p, "haAdvancedOptions");
    // vSphere reads advanced option keys without regard to case.
    const key =
      adv !== UNKNOWN && typeof adv === "object" && adv !== null
        ? Object.keys(adv).find((k) => k.toLowerCase() === RESPECT_ANTI_AFFINITY_OPTION.toLowerCase())
        : undefined;
    const respect = adv === UNKNOWN ? UNKNOWN : key === undefined ? undefined : str(at(adv, key));
    const vmMon = str(p.haVmMonitoring) ?? "vmMonitoringDisabled";
    const hostMon = str(p.haHostMonitoring) ?? "enabled";
    return {
      urn: r.urn,
      platform: "vsphere",
      name: (typeof p.name === "string" && p.name) || r.name,
      // Provider defaults apply when an input is absent.
      haEnabled: bool(p.haEnabled) ?? false,
      hostMonitoring: hostMon === UNKNOWN ? UNKNOWN : hostMon === "enabled",
      admissionControlPolicy: str(p.haAdmissionControlPolicy) ?? "resourcePercentage",
      hostFailuresTolerated: num(p.haAdmissionControlHostFailureTolerance) ?? 1,
      vmMonitoring:
        vmMon === UNKNOWN ? UNKNOWN : vmMon === "vmMonitoringOnly" || vmMon === "vmAndAppMonitoring",
      respectAntiAffinityOnRestart: respect === UNKNOWN ? UNKNOWN : (respect ?? "").toLowerCase() === "true",
      drsEnabled: bool(p.drsEnabled) ?? false,
      drsAutomationLevel: str(p.drsAutomationLevel) ?? "manual",
    };
  }
  if (isStandIn(r)) {
    const restart = str(p.restart) ?? "no";
    const tests = list(at(p, "healthcheck", "tests"));
    return {
      urn: r.urn,
      platform: "docker",
      name: (typeof p.name === "string" && p.name) || r.name,
      haEnabled: restart === UNKNOWN ? UNKNOWN : restart === "always" || restart === "unless-stopped",
      vmMonitoring: tests === UNKNOWN ? UNKNOWN : tests.length > 0 && tests[0] !== "NONE",
    };
  }
  return undefined;
}
