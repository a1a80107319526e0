// Genesys application settings and the host facts they rely on.
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { numberSetting, onResource } from "./common";
import { normalizeHost } from "./normalize/host";
import { UNKNOWN } from "./normalize/values";
import { normalizeVm } from "./normalize/vm";

export const addpTimeout: ResourceValidationPolicy = {
  name: "addp-timeout-max",
  description:
    "Each Genesys VM carries ADDP local and remote timeouts of at most 4 seconds (guide practice 8), " +
    "so a failed primary is detected and its backup takes the calls within seconds.",
  enforcementLevel: "advisory",
  configSchema: {
    properties: { maxTimeoutSeconds: numberSetting("Longest ADDP timeout allowed, seconds.", 4, 1) },
  },
  validateResource: onResource(normalizeVm, { maxTimeoutSeconds: 4 }, (vm, c, report) => {
    const issues: string[] = [];
    for (const [what, v] of [
      ["ADDP timeout", vm.addpTimeout],
      ["ADDP remote timeout", vm.addpRemoteTimeout],
    ] as const) {
      if (v === UNKNOWN) continue;
      if (v === undefined) issues.push(`${what} is not set`);
      else if (v > c.maxTimeoutSeconds) issues.push(`${what} is ${v} s (at most ${c.maxTimeoutSeconds})`);
    }
    if (issues.length > 0) report(`VM ${vm.name}: ${issues.join("; ")}.`);
  }),
};

export const hostBios: ResourceValidationPolicy = {
  name: "host-bios-virtualization",
  description:
    "Each ESXi host is declared with Intel VT and EPT enabled in its BIOS, and hyper-threading on " +
    "(guide practice 1).",
  enforcementLevel: "advisory",
  validateResource: onResource(normalizeHost, {}, (h, _c, report) => {
    const off = Object.entries({ VT: h.bios.vt, EPT: h.bios.ept, "hyper-threading": h.bios.hyperThreading })
      .filter(([, v]) => v !== UNKNOWN && v !== true)
      .map(([k]) => k);
    if (off.length > 0) report(`Host ${h.name} is not declared with ${off.join(", ")} enabled.`);
  }),
};

export const genesysPolicies = [addpTimeout, hostBios];
