/**
 * Programs written the way public Pulumi programs use @pulumi/vsphere (test/fixtures/sdk-programs)
 * type-check in strict mode against this project's SDK, as a user's `tsc` would see it: through
 * node_modules and the built declarations. Controls prove that wrong names and types do fail.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const repoRoot = path.resolve(__dirname, "..");
const fixturesDir = path.join(__dirname, "fixtures", "sdk-programs");
const fixtures = fs
  .readdirSync(fixturesDir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => path.join(fixturesDir, f));

const options: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  esModuleInterop: true,
  skipLibCheck: true,
  types: ["node"],
  typeRoots: [path.join(repoRoot, "node_modules", "@types")],
};

/** Type-checks the given files (plus in-memory ones) and returns the diagnostics as text. */
function typeCheck(
  files: string[],
  virtual: Record<string, string> = {},
): { errors: string[]; program: ts.Program } {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => virtual[f] ?? readFile(f);
  host.fileExists = (f) => f in virtual || fileExists(f);
  host.getSourceFile = (f, lang, ...rest) =>
    f in virtual ? ts.createSourceFile(f, virtual[f], lang) : getSourceFile(f, lang, ...rest);
  const program = ts.createProgram([...files, ...Object.keys(virtual)], options, host);
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${path.relative(repoRoot, d.file.fileName)}: ` : "";
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
  return { errors, program };
}

beforeAll(() => {
  const built = path.join(repoRoot, "sdks", "vsphere", "bin", "index.d.ts");
  if (!fs.existsSync(built)) throw new Error(`${built} is missing: run "npm run build" (or npm ci) first`);
});

describe("public-style programs against the project's @pulumi/vsphere", () => {
  test("there are fixtures to check", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(3);
  });

  test("every fixture type-checks in strict mode", () => {
    const { errors, program } = typeCheck(fixtures);
    expect(errors).toEqual([]);
    // The SDK they were checked against is this repository's (node_modules links to it), built.
    const built = path.join(repoRoot, "sdks", "vsphere", "bin", "index.d.ts");
    expect(program.getSourceFiles().some((f) => fs.realpathSync(f.fileName) === built)).toBe(true);
  });

  test("a wrong property, a missing required input and a wrong type are reported (control)", () => {
    const file = path.join(fixturesDir, "__control__.ts");
    const { errors } = typeCheck([], {
      [file]: [
        'import * as vsphere from "@pulumi/vsphere";',
        'new vsphere.Folder("f", { path: "voice", typ: "vm" });',
        'new vsphere.Tag("t", { name: "voice" });',
        'vsphere.getHostThumbprint({ address: "esxi-01", insecure: "yes" });',
        'new vsphere.DistributedSwitch("d", {});',
      ].join("\n"),
    });
    const text = errors.join("\n");
    expect(text).toMatch(/'typ' does not exist in type 'FolderArgs'/);
    expect(text).toMatch(/Property 'categoryId' is missing/);
    expect(text).toMatch(/Type 'string' is not assignable to type 'boolean/);
    expect(text).toMatch(/Property 'DistributedSwitch' does not exist/);
    expect(errors).toHaveLength(4);
  });
});
