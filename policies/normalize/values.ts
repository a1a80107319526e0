// Plain-data access to resource properties, safe during preview.
//
// @pulumi/policy hands a policy its properties behind a proxy that throws `UnknownValueError` on the
// first read of a value the engine does not know yet (preview), and the SDK turns that throw into an
// advisory "can't run policy during preview" diagnostic: noise, and the rest of the policy is lost.
// `plain()` copies the properties out from under that proxy without reading through it (property
// descriptors bypass its `get` trap), so each normalizer sees the unknown sentinels as data and maps
// them to UNKNOWN, and each policy decides what it can still judge.

import { deserializedSource, sharedProps } from "../secret-marks";

/** The sentinels the engine sends for values unknown during preview (one per value kind). */
const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
  "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
  "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
  "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string (also the generic "unknown")
  "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
  "030794c1-ac77-496b-92df-f27374a8bd58", // asset
  "e48ece36-62e2-4504-bad9-02848725956a", // archive
  "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

/** A value the engine will only know after the update. */
export const UNKNOWN: unique symbol = Symbol("unknown");
export type Unknown = typeof UNKNOWN;
/** T, or not known yet. */
export type U<T> = T | Unknown;

export type Props = Record<string, unknown>;

/** A JSON object (not an array, not null): the one such guard of the repository. */
export function isObj(v: unknown): v is Props {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function isUnknown(v: unknown): boolean {
  return v === UNKNOWN || (typeof v === "string" && UNKNOWN_SENTINELS.has(v));
}

/**
 * An object (possibly the SDK's unknown-checking proxy) as plain data, sentinels kept: the deeply
 * frozen copy every policy shares when the pack decoded the request (secret-marks.ts), else a copy.
 */
export function plain(v: unknown): Readonly<Props> {
  if (typeof v !== "object" || v === null) return {};
  const shared = sharedProps(v);
  if (shared) return shared;
  const out: Props = {};
  const source = deserializedSource(v);
  if (source) {
    // Plain data properties only, as the SDK's deserializer makes them.
    for (const key of Object.keys(source)) if (source[key] !== undefined) out[key] = source[key];
    return out;
  }
  for (const key of Object.keys(v)) {
    const desc = Object.getOwnPropertyDescriptor(v, key);
    if (desc && "value" in desc && desc.value !== undefined) out[key] = desc.value;
  }
  return out;
}

/** Reads a dotted path without throwing; UNKNOWN when any step is unknown. */
export function at(obj: unknown, ...path: string[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (isUnknown(cur)) return UNKNOWN;
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Props)[key];
  }
  return isUnknown(cur) ? UNKNOWN : cur;
}

export function str(v: unknown): U<string | undefined> {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

export function num(v: unknown): U<number | undefined> {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

export function bool(v: unknown): U<boolean | undefined> {
  if (isUnknown(v)) return UNKNOWN;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    const s = v.toLowerCase();
    if (s === "true") return true;
    if (s === "false") return false;
  }
  return undefined;
}

/** An array input: UNKNOWN when the array itself is unknown; [] when absent. */
export function list(v: unknown): U<unknown[]> {
  if (isUnknown(v)) return UNKNOWN;
  return Array.isArray(v) ? v : [];
}

/** Maps a list, UNKNOWN as soon as one mapped element is unknown. */
export function mapAll<T>(v: unknown, f: (e: unknown) => U<T>): U<T[]> {
  const l = list(v);
  if (l === UNKNOWN) return UNKNOWN;
  const out: T[] = [];
  for (const e of l) {
    const r = f(e);
    if (r === UNKNOWN) return UNKNOWN;
    out.push(r);
  }
  return out;
}

/** Docker labels ([{label, value}] or a plain map) as a map; UNKNOWN entries kept as UNKNOWN. */
export function dockerLabels(v: unknown): U<Map<string, U<string>>> {
  if (isUnknown(v)) return UNKNOWN;
  const m = new Map<string, U<string>>();
  if (Array.isArray(v)) {
    for (const e of v) {
      const k = str(at(e, "label"));
      if (typeof k !== "string") continue;
      const val = str(at(e, "value"));
      m.set(k, val === UNKNOWN ? UNKNOWN : (val ?? ""));
    }
  } else if (typeof v === "object" && v !== null) {
    for (const [k, raw] of Object.entries(v)) {
      const val = str(raw);
      m.set(k, val === UNKNOWN ? UNKNOWN : (val ?? ""));
    }
  }
  return m;
}

/** Narrows away UNKNOWN. */
export function known<T>(v: U<T>): v is T {
  return v !== UNKNOWN;
}
