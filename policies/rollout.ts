// Day-2 safety: one `pulumi up` never takes down both halves of a Genesys HA pair, and a VM that
// needs a power cycle is shut down by its guest rather than switched off.
import type { PolicyResource, StackValidationPolicy, ResourceValidationPolicy } from "@pulumi/policy";
import { TYPE } from "./contract";
import { numberSetting, onResource } from "./common";
import { dependencyGraph, ordered, type DependencyGraph } from "./normalize/dependencies";
import type { RawResource } from "./normalize/resource";
import { bySite, pairsOf, stackViewOf } from "./normalize/stack";
import { bool, num, str, UNKNOWN, type U } from "./normalize/values";
import { isStandIn } from "./normalize/vm";

function graphOf(resources: readonly PolicyResource[]): DependencyGraph {
  return dependencyGraph(
    resources.map((r) => ({
      urn: r.urn,
      dependencies: (r.dependencies ?? []).map((d) => d.urn),
      propertyDependencies: Object.fromEntries(
        Object.entries(r.propertyDependencies ?? {}).map(([k, v]) => [k, v.map((d) => d.urn)]),
      ),
    })),
  );
}

export const pairRolloutOrdered: StackValidationPolicy = {
  name: "pair-rollout-ordered",
  description:
    "The primary and backup of every Genesys HA pair are ordered by a dependency (the primary depends " +
    "on the backup), so one `pulumi up` changes, restarts or replaces them one after the other and " +
    "never both at once. Judged on the dependencies the engine reports for each VM or container.",
  enforcementLevel: "mandatory",
  validateStack: (args, report) => {
    const graph = graphOf(args.resources);
    const view = stackViewOf(args.resources);
    for (const vms of bySite(view.vms).values())
      for (const p of pairsOf(vms)) {
        if (!p.primary || !p.backup || ordered(graph, p.primary.urn, p.backup.urn)) continue;
        report(
          `Pair ${p.pair}: ${p.primary.name} and ${p.backup.name} are not ordered by a dependency, so one ` +
            "`pulumi up` may restart or replace both at once and drop the calls. Make the primary depend on " +
            "the backup (dependsOn).",
          p.primary.urn,
        );
      }
  },
};

interface PowerOff {
  name: string;
  /** Why the VM may be switched off without its guest shutting down; undefined when it may not. */
  hard: U<string | undefined>;
}

function powerOffOf(r: RawResource, minWait: number): PowerOff | undefined {
  const name = str(r.props.name);
  const label = name === UNKNOWN || !name ? r.name : name;
  if (r.type === TYPE.vm) {
    // The provider's defaults: force_power_off true, shutdown_wait_timeout 3 minutes.
    const force = bool(r.props.forcePowerOff);
    const wait = num(r.props.shutdownWaitTimeout);
    if (force === UNKNOWN || wait === UNKNOWN) return { name: label, hard: UNKNOWN };
    const minutes = wait ?? 3;
    if (force !== false)
      return {
        name: label,
        hard: `forcePowerOff is ${force === undefined ? "unset (the provider's default: true)" : "true"}: a guest still shutting down after ${minutes} min is powered off`,
      };
    if (minutes < minWait)
      return { name: label, hard: `shutdownWaitTimeout ${minutes} min is below ${minWait} min` };
    return { name: label, hard: undefined };
  }
  if (r.type === TYPE.container) {
    // terraform-provider-docker stops a container before removing it only when destroy_grace_seconds > 0.
    const grace = num(r.props.destroyGraceSeconds);
    if (grace === UNKNOWN) return { name: label, hard: UNKNOWN };
    return {
      name: label,
      hard: (grace ?? 0) > 0 ? undefined : "destroyGraceSeconds is not set: it is killed",
    };
  }
  return undefined;
}

const SHUTDOWN = {
  minShutdownWaitMinutes: numberSetting("Shortest guest shutdown wait allowed, minutes (vSphere).", 2, 1),
};

export const gracefulShutdown: ResourceValidationPolicy = {
  name: "vm-graceful-shutdown",
  description:
    "A VM that a change must power-cycle is shut down by its guest, with a bounded wait, and never " +
    "switched off: vSphere `forcePowerOff: false` with `shutdownWaitTimeout` of at least the minimum; " +
    "Docker: `destroyGraceSeconds` above 0 (the container is stopped before it is removed).",
  enforcementLevel: "advisory",
  configSchema: { properties: SHUTDOWN },
  validateResource: onResource(
    // A VM, or this project's stand-in for one (another program's containers are not VMs).
    (r) => (r.type === TYPE.vm || isStandIn(r) ? r : undefined),
    SHUTDOWN,
    (raw, c, report) => {
      const p = powerOffOf(raw, c.minShutdownWaitMinutes);
      if (p && p.hard !== UNKNOWN && p.hard !== undefined)
        report(`VM ${p.name} may be powered off without a guest shutdown: ${p.hard}.`);
    },
  ),
};

export const rolloutPolicies = [pairRolloutOrdered, gracefulShutdown];
