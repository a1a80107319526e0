// Small helpers shared by the policy modules: settings (each default written once, in the config
// schema, and read back from it), reading a policy's config over those defaults, and adapting the
// SDK's two entry points to the normalized views.
import type { ReportViolation, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { fromValidationArgs, type RawResource } from "./normalize/resource";
import { stackViewOf, type StackView } from "./normalize/stack";
import { perRequest } from "./secret-marks";
import { UNKNOWN, type U } from "./normalize/values";

/** One config setting of a policy, as JSON schema; its `default` is the policy's only copy of it. */
export type Setting =
  | { type: "number"; description: string; default: number; minimum: number }
  | { type: "boolean"; description: string; default: boolean }
  | { type: "string"; description: string; default: string };
export type Settings = Record<string, Setting>;
/** The values a policy's check receives: each setting's default type. */
export type ValuesOf<S extends Settings> = { [K in keyof S]: S[K]["default"] };

/** JSON schema for a number setting. */
export function numberSetting(description: string, def: number, minimum = 0) {
  return { type: "number" as const, description, default: def, minimum };
}

export function booleanSetting(description: string, def: boolean) {
  return { type: "boolean" as const, description, default: def };
}

export function stringSetting(description: string, def: string) {
  return { type: "string" as const, description, default: def };
}

/** The defaults a policy's config schema declares. */
export function defaultsOf<S extends Settings>(settings: S): ValuesOf<S> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(settings)) out[k] = s.default;
  return out as ValuesOf<S>;
}

/** The policy's config over its defaults; a value of the wrong type keeps the default. */
export function configOf<S extends Settings>(
  args: { getConfig<C extends object>(): C },
  settings: S,
): ValuesOf<S> {
  const given = args.getConfig<Partial<Record<keyof S, unknown>>>() ?? {};
  const out = defaultsOf(settings);
  for (const k of Object.keys(settings) as (keyof S)[]) {
    const v = given[k];
    if (v !== undefined && v !== null && typeof v === typeof out[k]) out[k] = v as ValuesOf<S>[keyof S];
  }
  return out;
}

/**
 * A resource policy body over a normalized view; nothing is reported for resources it does not cover.
 * The view is made once per request for each normalizer, and shared frozen by the policies that
 * use the same one (several judge one VM's view).
 */
export function onResource<V, S extends Settings>(
  normalize: (r: RawResource) => V | undefined,
  settings: S,
  check: (view: V, config: ValuesOf<S>, report: (message: string) => void, raw: RawResource) => void,
) {
  return (args: ResourceValidationArgs, report: ReportViolation): void => {
    const { raw, view } = perRequest(args.props, normalize, () => {
      const raw = fromValidationArgs(args);
      return { raw, view: normalize(raw) };
    });
    if (view === undefined) return;
    check(view, configOf(args, settings), (message) => report(message), raw);
  };
}

/** A stack policy body over the stack view. */
export function onStack<S extends Settings>(
  settings: S,
  check: (view: StackView, config: ValuesOf<S>, report: (message: string, urn?: string) => void) => void,
) {
  return (args: StackValidationArgs, report: ReportViolation): void => {
    const view = stackViewOf(args.resources);
    check(view, configOf(args, settings), (message, urn) => report(message, urn));
  };
}

/** True when a value is known and fails the test; unknown values never fail. */
export function fails<T>(v: U<T>, ok: (x: T) => boolean): boolean {
  return v !== UNKNOWN && !ok(v);
}

export function listOf(items: readonly string[]): string {
  return items.length === 0 ? "none" : items.join(", ");
}
