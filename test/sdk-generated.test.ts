/**
 * The committed sdks/vsphere is exactly what its generator writes from the committed schema: no
 * hand edit, no stale file, no schema change left unregenerated (`npm run gen:sdk` fixes all three).
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { GENERATED_MARK } from "../sdks/vsphere/gen/emit";
import { generate } from "../sdks/vsphere/gen/generate";
import { generatedFilesOnDisk, readSources } from "../sdks/vsphere/gen/paths";

const sdkDir = path.resolve(__dirname, "..", "sdks", "vsphere");
const { schemaText, version } = readSources(sdkDir);
const files = generate(schemaText, version);

describe("sdks/vsphere regenerated from sdks/vsphere/schema.json", () => {
  test("gives byte-identical files to those committed", () => {
    const differing = [...files]
      .filter(
        ([rel, text]) =>
          !fs.existsSync(path.join(sdkDir, rel)) || fs.readFileSync(path.join(sdkDir, rel), "utf8") !== text,
      )
      .map(([rel]) => rel);
    expect(differing).toEqual([]);
  });

  test("leaves no generated file behind that the schema no longer has", () => {
    expect(generatedFilesOnDisk(sdkDir, GENERATED_MARK)).toEqual([...files.keys()]);
  });

  test("covers every resource and function, the provider, config, types and the index", () => {
    const schema = JSON.parse(schemaText) as { resources: object; functions: Record<string, unknown> };
    const modules = [...files.keys()].filter((f) => !f.includes("/"));
    // One module per resource and per package-level function (terraformConfig is a Provider method),
    // plus provider.ts, index.ts and utilities.ts.
    const functions = Object.keys(schema.functions).filter((t) => !t.startsWith("pulumi:providers:"));
    expect(modules).toHaveLength(Object.keys(schema.resources).length + functions.length + 3);
    expect([...files.keys()].filter((f) => f.includes("/"))).toEqual([
      "config/index.ts",
      "config/vars.ts",
      "types/index.ts",
      "types/input.ts",
      "types/output.ts",
    ]);
  });

  test("every file says it is generated, by what, and from which schema", () => {
    const sha = createHash("sha256").update(schemaText).digest("hex").slice(0, 16);
    for (const [rel, text] of files) {
      const [first, second] = text.split("\n");
      expect({ rel, first }).toEqual({ rel, first: GENERATED_MARK });
      expect({ rel, second }).toEqual({
        rel,
        second: expect.stringContaining(`v${version} (sha256 ${sha})`),
      });
    }
  });

  test("a changed schema changes the files (control: the comparison can fail)", () => {
    const schema = JSON.parse(schemaText);
    delete schema.resources["vsphere:index/folder:Folder"];
    schema.resources["vsphere:index/tag:Tag"].inputProperties.colour = { type: "string" };
    const changed = generate(JSON.stringify(schema), version);
    expect(changed.has("folder.ts")).toBe(false);
    expect(changed.get("tag.ts")).toContain("colour?: pulumi.Input<string | undefined>;");
    expect(changed.get("tag.ts")).not.toEqual(files.get("tag.ts"));
  });

  test("secrets, deprecations and doc comments come from the schema", () => {
    const host = files.get("host.ts")!;
    expect(host).toContain('additionalSecretOutputs: ["password"]');
    expect(host).toContain(
      'resourceInputs["password"] = args?.password ? pulumi.secret(args.password) : undefined;',
    );
    const provider = files.get("provider.ts")!;
    expect(provider).toMatch(
      /\* @deprecated This field has been renamed to vsphere_server\.\n\s+\*\/\n\s+vcenterServer\?/,
    );
    // Language choosers keep the Node.js spelling and the TypeScript example only.
    const folder = files.get("folder.ts")!;
    expect(folder).toContain(
      "* The `vsphere.Folder` resource can be used to manage vSphere inventory folders.",
    );
    expect(folder).toContain("* ```typescript");
    expect(folder).not.toMatch(/```python|pulumi-lang-|PulumiCodeChooser/);
  });
});
