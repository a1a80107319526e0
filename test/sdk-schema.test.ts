/**
 * The SDK generated in sdks/vsphere against the pulumi-vsphere v4.17.0 schema committed beside it:
 * every resource and function of the schema is there, and every class, function, config key,
 * property, requiredness, type and secret it declares (read back from its TypeScript source with an
 * independent parser, not the generator) agrees with the schema; and it is the SDK the project
 * resolves. How its resources and functions behave under Pulumi mocks: sdk-mocks.test.ts; that the
 * checks catch mistakes: sdk-schema-checker.test.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { PulumiSchema, SDK_DIR, loadSchema } from "./support/provider-schema";
import { checkClass, checkConfig, checkFunction } from "./support/schema-check";
import { parseSdk, readSdkSources } from "./support/sdk-source";

const model = parseSdk(readSdkSources(SDK_DIR));
const schema: PulumiSchema = loadSchema();

/** `vsphere:index/getHost:getHost` -> `getHost`: the published SDK names things after their token. */
const tokenName = (token: string): string => token.split(":").pop()!;
const methodTokens = new Set(Object.values(schema.provider.methods ?? {}));
const schemaFunctions = Object.keys(schema.functions).filter((t) => !methodTokens.has(t));

describe("sdks/vsphere declares the whole v4.17.0 schema", () => {
  test("the committed schema is v4.17.0's: 49 resources and 34 functions", () => {
    expect(Object.keys(schema.resources)).toHaveLength(49);
    expect(Object.keys(schema.functions)).toHaveLength(34);
  });

  test("a class for the provider and for every resource, and nothing else", () => {
    const wanted = ["Provider", ...Object.keys(schema.resources).map(tokenName)];
    expect(model.classes.map((c) => c.name).sort()).toEqual(wanted.sort());
  });

  test("getX and getXOutput for every function; the provider's methods on Provider", () => {
    const wanted = schemaFunctions.flatMap((t) => [tokenName(t), `${tokenName(t)}Output`]);
    expect(model.functions.map((f) => f.name).sort()).toEqual(wanted.sort());
    const provider = model.classes.find((c) => c.name === "Provider");
    expect(provider?.methods.map((m) => m.name).sort()).toEqual(
      Object.keys(schema.provider.methods ?? {}).sort(),
    );
  });
});

describe("sdks/vsphere against the v4.17.0 provider schema", () => {
  const s = schema;

  describe.each(model.classes.map((c) => [c.name, c] as const))("resource class %s", (_name, cls) => {
    test("token, Args, State, outputs and secrets agree with the schema", () => {
      const result = checkClass(s, model, cls);
      expect(result.errors).toEqual([]);
      expect(result.checkedProperties).toBeGreaterThan(0);
    });
  });

  describe.each(model.functions.map((f) => [f.name, f] as const))("function %s", (_name, fn) => {
    test("token, args and result agree with the schema", () => {
      const result = checkFunction(s, model, fn);
      expect(result.errors).toEqual([]);
      expect(result.checkedProperties).toBeGreaterThan(0);
    });
  });

  test("the config module exports every vsphere: key with its type", () => {
    const result = checkConfig(s, model);
    expect(result.errors).toEqual([]);
    expect(result.checkedProperties).toBe(Object.keys(s.config?.variables ?? {}).length);
  });

  test("the VirtualMachine and ComputeCluster inputs the project relies on are declared", () => {
    const names = (i: string) => (model.interfaces.get(i) ?? []).map((p) => p.name);
    expect(names("VirtualMachineArgs")).toEqual(
      expect.arrayContaining([
        "resourcePoolId",
        "datastoreId",
        "numCpus",
        "memory",
        "networkInterfaces",
        "disks",
        "clone",
      ]),
    );
    expect(names("ComputeClusterArgs")).toEqual(
      expect.arrayContaining([
        "datacenterId",
        "hostSystemIds",
        "haEnabled",
        "drsEnabled",
        "haAdvancedOptions",
      ]),
    );
    expect(names("inputs.VnicIpv4")).toEqual(expect.arrayContaining(["ip", "netmask", "gw", "dhcp"]));
  });
});

describe("the @pulumi/vsphere the project resolves", () => {
  test("is this SDK, built, with the same exports as its source", async () => {
    const pkgJson = fs.realpathSync(require.resolve("@pulumi/vsphere/package.json"));
    expect(pkgJson).toBe(fs.realpathSync(path.join(SDK_DIR, "package.json")));
    const main = path.join(SDK_DIR, "bin", "index.js");
    if (!fs.existsSync(main)) throw new Error(`${main} is missing: run "npm run build" (or npm ci) first`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = Object.keys(require(main)).sort();
    const source = Object.keys(await import("../sdks/vsphere")).sort();
    expect(built).toEqual(source);
  });
});
