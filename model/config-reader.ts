// Typed reads of untrusted configuration values. Each read records a problem instead of throwing,
// so one run reports every mistake; the caller gets `undefined` for a value it cannot use.
import { Issues } from "./errors";
import { namesCredential } from "./secrets";

export { IPV4_PATTERN } from "../policies/ipv4";

export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A reader for one object in the config: knows its key path and the keys it may hold. */
export class ObjReader {
  constructor(
    readonly issues: Issues,
    readonly key: string,
    readonly obj: Obj,
  ) {}

  /** Reads `value` as an object with only `allowedKeys`; records a problem and returns undefined otherwise. */
  static open(
    issues: Issues,
    key: string,
    value: unknown,
    allowedKeys: readonly string[],
  ): ObjReader | undefined {
    if (!isObject(value)) {
      issues.add(key, value, `an object with keys ${allowedKeys.join(", ")}`);
      return undefined;
    }
    for (const k of Object.keys(value)) {
      if (!allowedKeys.includes(k)) {
        issues.add(
          `${key}.${k}`,
          value[k],
          `unknown key; allowed keys here: ${allowedKeys.join(", ")}`,
          namesCredential(k),
        );
      }
    }
    return new ObjReader(issues, key, value);
  }

  /** Where a field was written: its own object, or the defaults it inherited it from. */
  path(field: string): string {
    return this.inherited.has(field) ? `${this.inheritedFrom}.${field}` : `${this.key}.${field}`;
  }

  private inheritedFrom = "";
  private inherited = new Set<string>();

  /** Reads `own` merged over `defaults` (written at `defaultsKey`), naming each value where it was written. */
  static openMerged(
    issues: Issues,
    key: string,
    own: unknown,
    defaults: Obj,
    defaultsKey: string,
    allowedKeys: readonly string[],
  ): ObjReader | undefined {
    // Unknown keys of the object itself are reported here; those of the defaults were reported
    // once, where the defaults are written, not again for every object that inherits them.
    const own_ = ObjReader.open(issues, key, own, allowedKeys);
    if (!own_) return undefined;
    const r = new ObjReader(issues, key, { ...defaults, ...own_.obj });
    r.inheritedFrom = defaultsKey;
    r.inherited = new Set(Object.keys(defaults).filter((k) => !(k in own_.obj)));
    return r;
  }

  has(field: string): boolean {
    return this.obj[field] !== undefined && this.obj[field] !== null;
  }

  string(
    field: string,
    opts: {
      default?: string;
      pattern?: RegExp;
      describe?: string;
      /** A further rule: what is wrong with the value, or undefined when it is fine. */
      problem?: (v: string) => string | undefined;
    } = {},
  ): string | undefined {
    const v = this.obj[field];
    if (v === undefined || v === null) {
      if (opts.default === undefined)
        this.issues.add(this.path(field), v, `required: ${opts.describe ?? "a string"}`);
      return opts.default;
    }
    if (typeof v !== "string" || v.trim() === "" || (opts.pattern && !opts.pattern.test(v))) {
      // A blank string is told the value's own rule (a host name's, a netmask's) when there is one.
      const rule = opts.describe ?? (typeof v === "string" ? opts.problem?.(v) : undefined);
      this.issues.add(this.path(field), v, rule ?? "a non-empty string");
      return undefined;
    }
    const problem = opts.problem?.(v);
    if (problem !== undefined) {
      this.issues.add(this.path(field), v, problem);
      return undefined;
    }
    return v;
  }

  optionalString(field: string, describe = "a non-empty string"): string | undefined {
    if (!this.has(field)) return undefined;
    return this.string(field, { describe });
  }

  int(field: string, opts: { default?: number; min: number; max: number }): number | undefined {
    return readInt(this.issues, this.path(field), this.obj[field], opts);
  }

  bool(field: string, def?: boolean): boolean | undefined {
    const v = this.obj[field];
    if (v === undefined || v === null) {
      if (def === undefined) this.issues.add(this.path(field), v, "required: true or false");
      return def;
    }
    return readBool(this.issues, this.path(field), v);
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], def?: T): T | undefined {
    const v = this.obj[field];
    if ((v === undefined || v === null) && def !== undefined) return def;
    return readOneOf(this.issues, this.path(field), v, allowed);
  }

  stringList(
    field: string,
    opts: { minItems: number; pattern?: RegExp; describe: string },
  ): string[] | undefined {
    const v = this.obj[field];
    const key = this.path(field);
    if (!Array.isArray(v) || v.length < opts.minItems) {
      this.issues.add(key, v, `a list of at least ${opts.minItems} ${opts.describe}`);
      return undefined;
    }
    const bad = v.filter(
      (x) => typeof x !== "string" || (opts.pattern !== undefined && !opts.pattern.test(x)),
    );
    if (bad.length > 0) {
      this.issues.add(key, v, `a list of ${opts.describe}`);
      return undefined;
    }
    const dup = duplicatesOf(v as string[]);
    if (dup.length > 0) {
      this.issues.add(key, v, `each entry once (repeated: ${dup.join(", ")})`);
      return undefined;
    }
    return v as string[];
  }
}

export function readInt(
  issues: Issues,
  key: string,
  v: unknown,
  opts: { default?: number; min: number; max: number },
): number | undefined {
  if (v === undefined || v === null) {
    if (opts.default === undefined)
      issues.add(key, v, `required: a whole number from ${opts.min} to ${opts.max}`);
    return opts.default;
  }
  // Pulumi hands simple config values over as strings: accept "4" as well as 4.
  const n = typeof v === "string" && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isInteger(n) || n < opts.min || n > opts.max) {
    issues.add(key, v, `a whole number from ${opts.min} to ${opts.max}`);
    return undefined;
  }
  return n;
}

export function readBool(issues: Issues, key: string, v: unknown): boolean | undefined {
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "false") return v === "true";
  issues.add(key, v, "true or false");
  return undefined;
}

export function readOneOf<T extends string>(
  issues: Issues,
  key: string,
  v: unknown,
  allowed: readonly T[],
): T | undefined {
  if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
  issues.add(key, v, `one of ${allowed.join(", ")}`);
  return undefined;
}

export function duplicatesOf(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const n of names) (seen.has(n) ? dup : seen).add(n);
  return [...dup];
}

/** Names usable as vSphere object names and as Pulumi resource name parts. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
export const NAME_RULE = "1 to 63 letters, digits, '.', '_' or '-', starting with a letter or digit";
