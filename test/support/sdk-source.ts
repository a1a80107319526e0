/**
 * Reads the declarations of a Pulumi SDK from its TypeScript source (the compiler API, no type
 * checker): classes, their Args and outputs, functions, and the shape of each property type.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
// ---------------------------------------------------------------------------------------------
// SDK model, parsed from source text.

export interface PropDecl {
  name: string;
  optional: boolean;
  type: ts.TypeNode | undefined;
}

export interface ClassDecl {
  name: string;
  file: string;
  base: string;
  /** Value of the `__pulumiType` static, as written. */
  pulumiType?: string;
  outputs: PropDecl[];
  /** Whether the constructor's args parameter is optional (first signature). */
  argsOptional?: boolean;
  /** Names listed in `additionalSecretOutputs` in the class body. */
  secretOutputs: string[];
  /** Methods that call a provider function (`pulumi.runtime.call`): name, tokens and result type. */
  methods: { name: string; tokens: string[]; resultType?: string }[];
}

export interface FunctionDecl {
  name: string;
  file: string;
  /** String tokens passed to `pulumi.runtime.invoke*` in the body. */
  tokens: string[];
  /** Type of the parameter named `args`, when there is one (a function without inputs has none). */
  argsType?: string;
  argsOptional: boolean;
  resultType?: string;
}

export interface SdkModel {
  classes: ClassDecl[];
  functions: FunctionDecl[];
  /**
   * Interfaces by qualified name: `inputs.X` (types/input.ts), `outputs.X` (types/output.ts),
   * `N.X` (inside `namespace N`), else `X`.
   */
  interfaces: Map<string, PropDecl[]>;
  /** `export declare const` of config/*.ts (the package's config keys), by name. */
  configVars: Map<string, ts.TypeNode | undefined>;
}

/** Reads `*.ts`, `config/*.ts` and `types/*.ts` of an SDK directory (no `bin`, no declaration files). */
export function readSdkSources(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const sub of [".", "config", "types"]) {
    for (const f of fs.readdirSync(path.join(dir, sub))) {
      if (f.endsWith(".ts") && !f.endsWith(".d.ts")) {
        const rel = sub === "." ? f : `${sub}/${f}`;
        files[rel] = fs.readFileSync(path.join(dir, rel), "utf8");
      }
    }
  }
  return files;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

function nameText(name: ts.PropertyName | ts.BindingName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

export function typeName(node: ts.TypeNode | undefined): string | undefined {
  return node && ts.isTypeReferenceNode(node) ? node.typeName.getText() : undefined;
}

/** String tokens passed as first argument to calls of functions whose name matches `callee`. */
function calledTokens(node: ts.Node, callee: RegExp): string[] {
  const tokens: string[] = [];
  const visit = (n: ts.Node): void => {
    if (
      ts.isCallExpression(n) &&
      callee.test(n.expression.getText()) &&
      n.arguments[0] &&
      ts.isStringLiteralLike(n.arguments[0])
    ) {
      tokens.push(n.arguments[0].text);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return tokens;
}

/** Names in `additionalSecretOutputs: [...]` anywhere below `node`. */
function secretOutputNames(node: ts.Node): string[] {
  const names: string[] = [];
  const visit = (n: ts.Node): void => {
    if (
      ts.isPropertyAssignment(n) &&
      nameText(n.name) === "additionalSecretOutputs" &&
      ts.isArrayLiteralExpression(n.initializer)
    ) {
      for (const e of n.initializer.elements) if (ts.isStringLiteralLike(e)) names.push(e.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return names;
}

/** `Promise<X>` / `pulumi.Output<X>` -> X's name. */
function resultTypeName(node: ts.TypeNode | undefined): string | undefined {
  if (node && ts.isTypeReferenceNode(node) && /^(Promise|pulumi\.Output)$/.test(typeName(node)!)) {
    return typeName(node.typeArguments?.[0]);
  }
  return undefined;
}

function interfaceProps(st: ts.InterfaceDeclaration): PropDecl[] {
  return st.members.filter(ts.isPropertySignature).map((m) => ({
    name: nameText(m.name),
    optional: m.questionToken !== undefined,
    type: m.type,
  }));
}

/** Parses SDK sources (relative file name -> text) into declarations. */
export function parseSdk(files: Record<string, string>): SdkModel {
  const model: SdkModel = { classes: [], functions: [], interfaces: new Map(), configVars: new Map() };
  for (const [file, text] of Object.entries(files)) {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const ns = /(^|\/)types\/input\.ts$/.test(file)
      ? "inputs."
      : /(^|\/)types\/output\.ts$/.test(file)
        ? "outputs."
        : "";
    for (const st of sf.statements) {
      if (ts.isInterfaceDeclaration(st)) {
        model.interfaces.set(ns + st.name.text, interfaceProps(st));
      } else if (ts.isModuleDeclaration(st) && st.body && ts.isModuleBlock(st.body)) {
        for (const inner of st.body.statements) {
          if (ts.isInterfaceDeclaration(inner))
            model.interfaces.set(`${ns}${st.name.getText()}.${inner.name.text}`, interfaceProps(inner));
        }
      } else if (
        ts.isVariableStatement(st) &&
        /^config\//.test(file) &&
        hasModifier(st, ts.SyntaxKind.DeclareKeyword) &&
        hasModifier(st, ts.SyntaxKind.ExportKeyword)
      ) {
        for (const d of st.declarationList.declarations) model.configVars.set(nameText(d.name), d.type);
      } else if (ts.isClassDeclaration(st) && st.name) {
        const heritage = st.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
        const cls: ClassDecl = {
          name: st.name.text,
          file,
          base: heritage?.types[0]?.expression.getText() ?? "",
          outputs: [],
          secretOutputs: secretOutputNames(st),
          methods: [],
        };
        for (const m of st.members) {
          if (ts.isPropertyDeclaration(m)) {
            const n = nameText(m.name);
            if (hasModifier(m, ts.SyntaxKind.StaticKeyword)) {
              if (n === "__pulumiType" && m.initializer && ts.isStringLiteralLike(m.initializer)) {
                cls.pulumiType = m.initializer.text;
              }
            } else if (
              hasModifier(m, ts.SyntaxKind.ReadonlyKeyword) &&
              !hasModifier(m, ts.SyntaxKind.PrivateKeyword) &&
              !hasModifier(m, ts.SyntaxKind.ProtectedKeyword)
            ) {
              cls.outputs.push({ name: n, optional: m.questionToken !== undefined, type: m.type });
            }
          } else if (ts.isConstructorDeclaration(m) && cls.argsOptional === undefined && m.parameters[1]) {
            const p = m.parameters[1];
            cls.argsOptional = p.questionToken !== undefined || p.initializer !== undefined;
          } else if (ts.isMethodDeclaration(m) && !hasModifier(m, ts.SyntaxKind.StaticKeyword) && m.body) {
            const tokens = calledTokens(m.body, /^pulumi\.runtime\.call$/);
            if (tokens.length > 0)
              cls.methods.push({ name: nameText(m.name), tokens, resultType: resultTypeName(m.type) });
          }
        }
        model.classes.push(cls);
      } else if (ts.isFunctionDeclaration(st) && st.name && hasModifier(st, ts.SyntaxKind.ExportKeyword)) {
        const tokens = st.body
          ? calledTokens(st.body, /^pulumi\.runtime\.invoke(Output|Single|SingleOutput)?$/)
          : [];
        if (tokens.length === 0) continue; // a helper, not an invoke wrapper
        const args = st.parameters.find((p) => nameText(p.name) === "args");
        const result = resultTypeName(st.type);
        model.functions.push({
          name: st.name.text,
          file,
          tokens,
          argsType: typeName(args?.type),
          argsOptional: !!args && (args.questionToken !== undefined || args.initializer !== undefined),
          resultType: result,
        });
      }
    }
  }
  return model;
}

// ---------------------------------------------------------------------------------------------
// TypeScript type shapes.

export type Shape =
  | { kind: "string" | "number" | "boolean" | "any" }
  | { kind: "array"; items: Shape }
  | { kind: "map"; values: Shape }
  | { kind: "ref"; name: string }
  | { kind: "unsupported"; text: string };

/** Peels `pulumi.Input`/`pulumi.Output`/parentheses and `| undefined`; reports whether undefined was there. */
export function shapeOf(node: ts.TypeNode | undefined): { shape: Shape; orUndefined: boolean } {
  let orUndefined = false;
  const walk = (n: ts.TypeNode | undefined): Shape => {
    if (!n) return { kind: "unsupported", text: "(no type)" };
    if (ts.isParenthesizedTypeNode(n)) return walk(n.type);
    if (ts.isUnionTypeNode(n)) {
      const rest = n.types.filter((t) => {
        const isUndef =
          t.kind === ts.SyntaxKind.UndefinedKeyword ||
          (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.UndefinedKeyword);
        if (isUndef) orUndefined = true;
        return !isUndef;
      });
      return rest.length === 1 ? walk(rest[0]) : { kind: "unsupported", text: n.getText() };
    }
    if (n.kind === ts.SyntaxKind.StringKeyword) return { kind: "string" };
    if (n.kind === ts.SyntaxKind.NumberKeyword) return { kind: "number" };
    if (n.kind === ts.SyntaxKind.BooleanKeyword) return { kind: "boolean" };
    if (n.kind === ts.SyntaxKind.AnyKeyword) return { kind: "any" };
    if (ts.isArrayTypeNode(n)) return { kind: "array", items: walk(n.elementType) };
    if (ts.isTypeLiteralNode(n) && n.members.length === 1 && ts.isIndexSignatureDeclaration(n.members[0])) {
      const sig = n.members[0];
      if (sig.parameters[0]?.type?.kind === ts.SyntaxKind.StringKeyword)
        return { kind: "map", values: walk(sig.type) };
    }
    if (ts.isTypeReferenceNode(n)) {
      const name = n.typeName.getText();
      const args = n.typeArguments ?? [];
      if ((name === "pulumi.Input" || name === "pulumi.Output") && args.length === 1) return walk(args[0]);
      if (name === "Array" && args.length === 1) return { kind: "array", items: walk(args[0]) };
      if (name === "Record" && args.length === 2 && args[0].kind === ts.SyntaxKind.StringKeyword) {
        return { kind: "map", values: walk(args[1]) };
      }
      if (args.length === 0) return { kind: "ref", name };
    }
    return { kind: "unsupported", text: n.getText() };
  };
  const shape = walk(node);
  return { shape, orUndefined };
}

export function describeShape(s: Shape): string {
  switch (s.kind) {
    case "array":
      return `${describeShape(s.items)}[]`;
    case "map":
      return `map<${describeShape(s.values)}>`;
    case "ref":
      return s.name;
    case "unsupported":
      return `unsupported(${s.text})`;
    default:
      return s.kind;
  }
}
