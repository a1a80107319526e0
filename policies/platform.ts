// Platform hygiene: the vCenter credential, protection of the voice VMs, and the Docker stand-in.
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { REDACTED, TYPE, VOICE_ROLES } from "./contract";
import { onResource } from "./common";
import { normalizeDockerNetwork } from "./normalize/switch";
import type { RawResource } from "./normalize/resource";
import { UNKNOWN, bool, isUnknown, list, str } from "./normalize/values";
import { isStandIn, normalizeVm } from "./normalize/vm";
import { GENESYS_SCOPE, onGenesysVm } from "./scope";
import { installSecretMarks } from "./secret-marks";

// Lets the password policy see which inputs came in as secrets (see secret-marks.ts).
installSecretMarks();

export const vcenterPasswordSecret: ResourceValidationPolicy = {
  name: "vcenter-password-not-plaintext",
  description:
    "The vCenter password given to the vSphere provider is a Pulumi secret or is left out (read from " +
    "VSPHERE_PASSWORD); in plain text it would be stored readable in the state and plan files.",
  enforcementLevel: "mandatory",
  validateResource: onResource(
    (r: RawResource) => (r.type === TYPE.vsphereProvider ? r : undefined),
    {},
    (r, _c, report) => {
      const v = r.props.password;
      if (v === undefined || v === null || v === "" || isUnknown(v) || v === REDACTED) return;
      // Without the secret marks (a changed SDK) a secret cannot be told from plain text: stay silent.
      if (r.secretPaths === undefined || r.secretPaths.has("password")) return;
      report(`Provider ${r.name} gets the vCenter password in plain text; use a secret or VSPHERE_PASSWORD.`);
    },
  ),
};

export const voiceVmsProtected: StackValidationPolicy = {
  name: "voice-vms-protected",
  description:
    "The Genesys VMs that carry calls (all but the load simulator) are protected (`protect`) so that " +
    "no update or destroy deletes one by accident.",
  enforcementLevel: "advisory",
  configSchema: { properties: GENESYS_SCOPE },
  validateStack: onGenesysVm({}, (vm, _c, report) => {
    // A VM of unknown role is judged as a voice VM: better a note too many than one missing.
    if (vm.role !== undefined && !VOICE_ROLES.includes(vm.role)) return;
    if (!vm.protect)
      report(`VM ${vm.name} is not protected; set protect so that it cannot be deleted by accident.`);
  }),
};

export const dockerHardened: ResourceValidationPolicy = {
  name: "docker-stand-in-hardened",
  description:
    "The Docker stand-in exposes nothing: no privileged container, no published port, and the vMotion " +
    "network internal (no route off the host).",
  enforcementLevel: "mandatory",
  validateResource: onResource(
    (r: RawResource) => (isStandIn(r) || r.type === TYPE.dockerNetwork ? r : undefined),
    {},
    (r, _c, report) => {
      if (r.type === TYPE.dockerNetwork) {
        const net = normalizeDockerNetwork(r);
        if (net.vmotion === true && net.internal === false)
          report(`vMotion network ${net.name} is not internal; set internal: true.`);
        return;
      }
      const name = normalizeVm(r)?.name ?? r.name;
      const issues: string[] = [];
      if (bool(r.props.privileged) === true) issues.push("is privileged");
      const ports = list(r.props.ports);
      if (ports !== UNKNOWN && ports.length > 0) issues.push(`publishes ${ports.length} port(s)`);
      if (bool(r.props.publishAllPorts) === true) issues.push("publishes all ports");
      const mode = str(r.props.networkMode);
      if (mode === "host") issues.push("uses the host network");
      if (issues.length > 0) report(`Container ${name} ${issues.join(", ")}.`);
    },
  ),
};

export const platformPolicies = [vcenterPasswordSecret, voiceVmsProtected, dockerHardened];
