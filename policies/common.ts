// Small helpers shared by the policy modules: reading a policy's config over its defaults, and
// adapting the SDK's two entry points to the normalized views.
import type { ReportViolation, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { fromPolicyResource, fromValidationArgs, type RawResource } from "./normalize/resource";
import { buildStackView, type StackView } from "./normalize/stack";
import { UNKNOWN, type U } from "./normalize/values";

/** The policy's config over its defaults; a value of the wrong type keeps the default. */
export function configOf<T extends object>(args: { getConfig<C extends object>(): C }, defaults: T): T {
  const given = args.getConfig<Partial<T>>() ?? {};
  const out = { ...defaults };
  for (const k of Object.keys(defaults) as (keyof T)[]) {
    const v = given[k];
    if (v !== undefined && v !== null && typeof v === typeof defaults[k]) out[k] = v as T[keyof T];
  }
  return out;
}

/** A resource policy body over a normalized view; nothing is reported for resources it does not cover. */
export function onResource<V, C extends object>(
  normalize: (r: RawResource) => V | undefined,
  defaults: C,
  check: (view: V, config: C, report: (message: string) => void, raw: RawResource) => void,
) {
  return (args: ResourceValidationArgs, report: ReportViolation): void => {
    const raw = fromValidationArgs(args);
    const view = normalize(raw);
    if (view === undefined) return;
    check(view, configOf(args, defaults), (message) => report(message), raw);
  };
}

/** A stack policy body over the stack view. */
export function onStack<C extends object>(
  defaults: C,
  check: (view: StackView, config: C, report: (message: string, urn?: string) => void) => void,
) {
  return (args: StackValidationArgs, report: ReportViolation): void => {
    const view = buildStackView(args.resources.map(fromPolicyResource));
    check(view, configOf(args, defaults), (message, urn) => report(message, urn));
  };
}

/** JSON schema for a number setting. */
export function numberSetting(description: string, def: number, minimum = 0) {
  return { type: "number" as const, description, default: def, minimum };
}

/** True when a value is known and fails the test; unknown values never fail. */
export function fails<T>(v: U<T>, ok: (x: T) => boolean): boolean {
  return v !== UNKNOWN && !ok(v);
}

export function listOf(items: readonly string[]): string {
  return items.length === 0 ? "none" : items.join(", ");
}
