/**
 * Compares the types an SDK declares (read as source by sdk-source.ts) with the schema's types,
 * collecting every mismatch: the checker schema-check.ts runs over each class, function and config key.
 */
import * as ts from "typescript";

import { PropDecl, SdkModel, Shape, shapeOf, describeShape } from "./sdk-source";
import type { PulumiSchema, SchemaType } from "./provider-schema";

function describeSchema(t: SchemaType): string {
  if (t.$ref) return t.$ref;
  if (t.type === "array" && t.items) return `${describeSchema(t.items)}[]`;
  if (t.type === "object" && t.additionalProperties) return `map<${describeSchema(t.additionalProperties)}>`;
  return t.type ?? "?";
}

/** Which requiredness rule applies to an object's properties. */
type Side = "input" | "output";

export class Checker {
  readonly errors: string[] = [];
  /** Object types already checked (interface name + schema type), so recursion ends. */
  private readonly seen = new Set<string>();
  checkedProperties = 0;

  constructor(
    private readonly schema: PulumiSchema,
    private readonly model: SdkModel,
  ) {}

  /** Compares one declared type with a schema type; recurses into referenced object types. */
  compareType(where: string, node: ts.TypeNode | undefined, expected: SchemaType, side: Side): void {
    this.compareShape(where, shapeOf(node).shape, expected, side);
  }

  private compareShape(where: string, shape: Shape, expected: SchemaType, side: Side): void {
    const mismatch = (): void => {
      this.errors.push(
        `${where}: type ${describeShape(shape)} does not match schema ${describeSchema(expected)}`,
      );
    };
    if (expected.$ref === "pulumi.json#/Any") {
      if (shape.kind !== "any") mismatch();
      return;
    }
    if (expected.$ref) {
      const m = /^#\/types\/(.+)$/.exec(expected.$ref);
      if (!m || !this.schema.types[m[1]]) {
        this.errors.push(`${where}: unsupported or unknown schema reference ${expected.$ref}`);
        return;
      }
      const last = m[1].split(":").pop()!;
      const want = last[0].toUpperCase() + last.slice(1);
      const short = shape.kind === "ref" ? shape.name.split(".").pop()! : "";
      if (shape.kind !== "ref" || (short !== want && short !== `${want}Args`)) return mismatch();
      const decl = this.model.interfaces.get(shape.name);
      if (!decl) {
        this.errors.push(`${where}: interface ${shape.name} is not declared in the SDK`);
        return;
      }
      const objSide: Side = shape.name.startsWith("outputs.") ? "output" : side;
      const key = `${shape.name}|${m[1]}|${objSide}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
      const t = this.schema.types[m[1]];
      const nodejs = t.language?.nodejs;
      const required =
        objSide === "input"
          ? (nodejs?.requiredInputs ?? t.required ?? [])
          : (nodejs?.requiredOutputs ?? t.required ?? []);
      this.checkObject(shape.name, decl, t.properties ?? {}, required, objSide, "exact");
      return;
    }
    switch (expected.type) {
      case "string":
      case "boolean":
        if (shape.kind !== expected.type) mismatch();
        return;
      case "integer":
      case "number":
        if (shape.kind !== "number") mismatch();
        return;
      case "array":
        if (shape.kind !== "array" || !expected.items) return mismatch();
        return this.compareShape(`${where}[]`, shape.items, expected.items, side);
      case "object":
        if (shape.kind !== "map" || !expected.additionalProperties) return mismatch();
        return this.compareShape(`${where}{}`, shape.values, expected.additionalProperties, side);
      default:
        this.errors.push(`${where}: unsupported schema type ${describeSchema(expected)}`);
    }
  }

  /**
   * Checks an interface against a schema object. `requiredness`: "exact" (optional exactly when not
   * required; required ones must be declared) or "allOptional" (state interfaces).
   */
  checkObject(
    where: string,
    decl: PropDecl[],
    properties: Record<string, SchemaType>,
    required: string[],
    side: Side,
    requiredness: "exact" | "allOptional",
  ): void {
    const declared = new Set(decl.map((p) => p.name));
    for (const p of decl) {
      this.checkedProperties++;
      const spec = properties[p.name];
      if (!spec) {
        this.errors.push(`${where}.${p.name}: not a property of the schema object`);
        continue;
      }
      const isRequired = required.includes(p.name);
      if (requiredness === "allOptional" && !p.optional) {
        this.errors.push(`${where}.${p.name}: should be optional`);
      } else if (requiredness === "exact" && p.optional === isRequired) {
        this.errors.push(
          `${where}.${p.name}: declared ${p.optional ? "optional" : "required"}, schema says ${isRequired ? "required" : "optional"}`,
        );
      }
      this.compareType(`${where}.${p.name}`, p.type, spec, side);
    }
    if (requiredness === "exact") {
      for (const r of required) {
        if (!declared.has(r) && properties[r])
          this.errors.push(`${where}.${r}: required by the schema but not declared`);
      }
    }
  }

  iface(where: string, name: string): PropDecl[] | undefined {
    const decl = this.model.interfaces.get(name);
    if (!decl) this.errors.push(`${where}: interface ${name} is not declared`);
    return decl;
  }
}
