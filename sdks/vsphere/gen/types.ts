/**
 * TypeScript types of schema properties, in the four forms the published SDK uses:
 * - input: resource Args/State and `types.input` objects, every level a `pulumi.Input`;
 * - plain: arguments of `getX`, plain values;
 * - outputArgs: arguments of `getXOutput`, like input but objects as `inputs.XArgs`;
 * - output: resource outputs, `getX` results and `types.output` objects, plain values.
 */
import { docComment } from "./docs";
import { PropertySpec, TypeSpec, objectTypeName, refToken, sortedEntries } from "./schema";

export type Form = "input" | "plain" | "outputArgs" | "output";

/** The object type (`inputs.X`, `inputs.XArgs`, `outputs.X`) a `$ref` stands for, or `any`. */
function refType(ref: string, form: Form): string {
  const token = refToken(ref);
  if (token === undefined) return "any"; // pulumi.json#/Any and other built-in references
  const name = objectTypeName(token);
  if (form === "output") return `outputs.${name}`;
  return form === "outputArgs" ? `inputs.${name}Args` : `inputs.${name}`;
}

function primitive(t: TypeSpec, where: string): string {
  switch (t.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    default:
      throw new Error(`${where}: unsupported schema type ${JSON.stringify(t)}`);
  }
}

/** The type without the outermost `pulumi.Input` (for the input forms) and without `| undefined`. */
export function innerType(t: TypeSpec, form: Form, where: string): string {
  const wrapped = form === "input" || form === "outputArgs";
  const element = (e: TypeSpec): string => {
    const inner = innerType(e, form, where);
    return wrapped ? `pulumi.Input<${inner}>` : inner;
  };
  if (t.$ref) return refType(t.$ref, form);
  if (t.type === "array") return `${element(t.items ?? {})}[]`;
  if (t.type === "object") return `{[key: string]: ${element(t.additionalProperties ?? { $ref: "any" })}}`;
  return primitive(t, where);
}

/** A property's declared type; optional input properties also accept `undefined` as a value. */
export function propertyType(t: TypeSpec, form: Form, optional: boolean, where: string): string {
  const inner = innerType(t, form, where);
  if (form === "input" || form === "outputArgs") {
    return `pulumi.Input<${inner}${optional ? " | undefined" : ""}>`;
  }
  return inner;
}

/** Object type tokens a type refers to (directly, through arrays and maps). */
export function referencedTokens(t: TypeSpec): string[] {
  if (t.$ref) {
    const token = refToken(t.$ref);
    return token ? [token] : [];
  }
  if (t.items) return referencedTokens(t.items);
  if (t.additionalProperties) return referencedTokens(t.additionalProperties);
  return [];
}

/** Property keys that are not plain identifiers are written quoted. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/**
 * The members of an interface: each property with its doc comment, optional exactly when not in
 * `required`, typed in `form`. `where` names the interface in errors.
 */
export function propertyLines(
  indent: string,
  where: string,
  properties: Record<string, PropertySpec> | undefined,
  required: string[],
  form: Form,
  readonly = false,
): string[] {
  return sortedEntries(properties).flatMap(([prop, p]) => {
    const optional = !required.includes(prop);
    const type = propertyType(p, form, optional, `${where}.${prop}`);
    return [
      ...docComment(indent, p.description, p.deprecationMessage),
      `${indent}${readonly ? "readonly " : ""}${propertyKey(prop)}${optional ? "?" : ""}: ${type};`,
    ];
  });
}
