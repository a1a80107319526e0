/**
 * The SDK generated in sdks/vsphere against the pulumi-vsphere v4.17.0 schema committed beside it:
 * every resource and function of the schema is there, and every class, function, config key,
 * property, requiredness, type and secret it declares (read back from its TypeScript source with an
 * independent parser, not the generator) agrees with the schema; then how its resources and
 * functions behave under Pulumi mocks.
 */
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import {
  PulumiSchema,
  SchemaResource,
  checkClass,
  checkConfig,
  checkFunction,
  checkSdk,
  loadSchema,
  sampleValue,
} from "./support/schema-check";
import { parseSdk, readSdkSources } from "./support/sdk-source";

const repoRoot = path.resolve(__dirname, "..");
const sdkDir = path.join(repoRoot, "sdks", "vsphere");
const model = parseSdk(readSdkSources(sdkDir));
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

// ---------------------------------------------------------------------------------------------
// Runtime behaviour under mocks (the SDK's TypeScript source, loaded through ts-jest).

interface Registered {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
}
const registered: Registered[] = [];
const calls: { token: string; inputs: Record<string, unknown> }[] = [];

/** Pulumi's mocks hand secrets over as wrapped values. */
function isSecretValue(v: unknown): boolean {
  const sig = "4dabf18193072939515e22adb298388d";
  return (
    !!v && typeof v === "object" && (v as Record<string, unknown>)[sig] === "1b47061264138c4ac30d75fd1eb44270"
  );
}

/** The plain value of a possibly secret one. */
function unsecret(v: unknown): unknown {
  return isSecretValue(v) ? (v as Record<string, unknown>).value : v;
}

function resolved<T>(o: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => o.apply((v) => resolve(v)));
}

describe("sdks/vsphere under Pulumi mocks", () => {
  const s = schema;
  let vsphere: Record<string, unknown>;

  beforeAll(async () => {
    await pulumi.runtime.setMocks(
      {
        newResource: (args) => {
          registered.push({ type: args.type, name: args.name, inputs: args.inputs });
          return { id: `${args.name}-id`, state: args.inputs };
        },
        call: (args) => {
          calls.push({ token: args.token, inputs: args.inputs });
          return { ...args.inputs, id: "call-id" };
        },
      },
      "sdk-test",
      "test",
      false,
    );
    // Loaded after the mocks are in place, like a program would be.
    vsphere = await import("../sdks/vsphere");
  });

  const specOf = (cls: (typeof model.classes)[number]): { token: string; spec: SchemaResource } =>
    cls.base === "pulumi.ProviderResource"
      ? { token: `pulumi:providers:${cls.pulumiType}`, spec: s.provider }
      : { token: cls.pulumiType!, spec: s.resources[cls.pulumiType!] };

  /** A value for every input the class declares, typed from the schema. */
  const sampleArgs = (cls: (typeof model.classes)[number]): Record<string, unknown> => {
    const { spec } = specOf(cls);
    const args: Record<string, unknown> = {};
    for (const p of model.interfaces.get(`${cls.name}Args`) ?? []) {
      args[p.name] = sampleValue(s, spec.inputProperties![p.name], p.name);
    }
    return args;
  };

  type Ctor = new (name: string, args?: unknown, opts?: unknown) => pulumi.CustomResource;

  describe.each(model.classes.map((c) => [c.name, c] as const))("%s", (name, cls) => {
    test("registers its token and passes every input through", async () => {
      const Cls = vsphere[name] as Ctor;
      const args = sampleArgs(cls);
      const res = new Cls(`mock-${name}`, args);
      await resolved(res.urn);
      const reg = registered.find((r) => r.name === `mock-${name}`);
      expect(reg?.type).toBe(specOf(cls).token);
      expect((Cls as unknown as { isInstance(o: unknown): boolean }).isInstance(res)).toBe(true);
      const inputSpecs = specOf(cls).spec.inputProperties ?? {};
      for (const [k, v] of Object.entries(args)) {
        // Secret inputs (Host.password) reach the engine as secrets even when given in plain text.
        expect({ [k]: isSecretValue(reg!.inputs[k]) }).toEqual({ [k]: inputSpecs[k]?.secret === true });
        const got = unsecret(reg!.inputs[k]);
        // The provider takes its non-string settings JSON-encoded, as the published SDK sends them.
        const want = cls.base === "pulumi.ProviderResource" && typeof v !== "string" ? JSON.stringify(v) : v;
        expect({ [k]: got }).toEqual({ [k]: want });
      }
      for (const o of cls.outputs) {
        expect({
          [o.name]: pulumi.Output.isInstance((res as unknown as Record<string, unknown>)[o.name]),
        }).toEqual({
          [o.name]: true,
        });
      }
    });

    const required = specOf(cls).spec.requiredInputs ?? [];
    if (required.length > 0) {
      test.each(required)("throws naming '%s' when it is missing", (key) => {
        const Cls = vsphere[name] as Ctor;
        const args = sampleArgs(cls);
        delete args[key];
        expect(() => new Cls(`missing-${name}-${key}`, args)).toThrow(
          new RegExp(`Missing required property '${key}'`),
        );
      });
    }
  });

  test("config reads vsphere: keys, then the environment variables the schema names", () => {
    const config = vsphere.config as Record<string, unknown>;
    pulumi.runtime.setConfig("vsphere:user", "administrator@vsphere.local");
    pulumi.runtime.setConfig("vsphere:apiTimeout", "12");
    process.env.VSPHERE_ALLOW_UNVERIFIED_SSL = "true";
    process.env.VSPHERE_VIM_KEEP_ALIVE = "5";
    try {
      expect(config.user).toBe("administrator@vsphere.local");
      expect(config.apiTimeout).toBe(12);
      expect(config.allowUnverifiedSsl).toBe(true);
      expect(config.vimKeepAlive).toBe(5);
      // No environment default in the schema: unset stays unset.
      expect(config.vsphereServer).toBeUndefined();
    } finally {
      delete process.env.VSPHERE_ALLOW_UNVERIFIED_SSL;
      delete process.env.VSPHERE_VIM_KEEP_ALIVE;
    }
  });

  test("a Provider falls back on the schema's environment defaults, JSON-encoded where not strings", async () => {
    process.env.VSPHERE_PERSIST_SESSION = "false";
    process.env.VSPHERE_REST_SESSION_PATH = "/var/lib/sessions";
    try {
      const Provider = vsphere.Provider as new (name: string, args?: unknown) => pulumi.ProviderResource;
      await resolved(new Provider("mock-env-provider", { user: "u" }).urn);
    } finally {
      delete process.env.VSPHERE_PERSIST_SESSION;
      delete process.env.VSPHERE_REST_SESSION_PATH;
    }
    const reg = registered.find((r) => r.name === "mock-env-provider");
    expect(reg?.inputs).toMatchObject({
      user: "u",
      persistSession: "false",
      restSessionPath: "/var/lib/sessions",
    });
  });

  describe.each(model.functions.filter((f) => !f.name.endsWith("Output")).map((f) => [f.name, f] as const))(
    "%s",
    (name, fn) => {
      test("invokes its token with the given args, in both forms", async () => {
        const spec = s.functions[fn.tokens[0]];
        const args: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(spec.inputs?.properties ?? {})) args[k] = sampleValue(s, v, k);
        type Invoke<R> = (...a: unknown[]) => R;
        const plain = vsphere[name] as Invoke<Promise<Record<string, unknown>>>;
        const output = vsphere[`${name}Output`] as Invoke<pulumi.Output<Record<string, unknown>>>;
        // A function without inputs (getHostBaseImages) takes only its options.
        const callArgs = spec.inputs ? [args] : [];
        const before = calls.length;
        const r1 = await plain(...callArgs);
        const r2 = await resolved(output(...callArgs));
        expect(calls.slice(before).map((c) => c.token)).toEqual([fn.tokens[0], fn.tokens[0]]);
        for (const c of calls.slice(before)) expect(c.inputs).toEqual(args);
        expect(r1.id).toBe("call-id");
        expect(r2.id).toBe("call-id");
      });
    },
  );
});

// ---------------------------------------------------------------------------------------------
// The checker itself must catch mistakes (independent of the schema file: uses a small schema).

describe("schema checker catches mistakes", () => {
  const tiny: PulumiSchema = {
    name: "vsphere",
    provider: { inputProperties: { user: { type: "string" } }, properties: { user: { type: "string" } } },
    resources: {
      "vsphere:index/vnic:Vnic": {
        inputProperties: {
          host: { type: "string" },
          mtu: { type: "integer" },
          services: { type: "array", items: { type: "string" } },
          ipv4: { $ref: "#/types/vsphere:index/VnicIpv4:VnicIpv4" },
        },
        requiredInputs: ["host"],
        properties: {
          host: { type: "string" },
          mtu: { type: "integer" },
          services: { type: "array", items: { type: "string" } },
          ipv4: { $ref: "#/types/vsphere:index/VnicIpv4:VnicIpv4" },
        },
        required: ["host", "mtu"],
        stateInputs: { properties: { host: { type: "string" }, mtu: { type: "integer" } } },
      },
    },
    functions: {
      "vsphere:index/getHost:getHost": {
        inputs: {
          properties: { datacenterId: { type: "string" }, name: { type: "string" } },
          required: ["datacenterId"],
        },
        outputs: { properties: { id: { type: "string" }, name: { type: "string" } }, required: ["id"] },
      },
    },
    types: {
      "vsphere:index/VnicIpv4:VnicIpv4": {
        properties: { ip: { type: "string" }, dhcp: { type: "boolean" }, gw: { type: "string" } },
      },
    },
  };

  const good = {
    "vnic.ts": `
      import * as pulumi from "@pulumi/pulumi";
      import * as inputs from "./types/input";
      export class Vnic extends pulumi.CustomResource {
        private static readonly __pulumiType = "vsphere:index/vnic:Vnic";
        public declare readonly host: pulumi.Output<string>;
        public declare readonly mtu: pulumi.Output<number>;
        public declare readonly ipv4: pulumi.Output<outputs.VnicIpv4 | undefined>;
        constructor(name: string, args: VnicArgs, opts?: pulumi.CustomResourceOptions) { super("", name, {}, opts); }
      }
      export interface VnicArgs {
        host: pulumi.Input<string>;
        mtu?: pulumi.Input<number>;
        services?: pulumi.Input<pulumi.Input<string>[]>;
        ipv4?: pulumi.Input<inputs.VnicIpv4>;
      }
      export interface VnicState { host?: pulumi.Input<string>; mtu?: pulumi.Input<number>; }`,
    "getHost.ts": `
      export function getHost(args: GetHostArgs): Promise<GetHostResult> {
        return pulumi.runtime.invoke("vsphere:index/getHost:getHost", args);
      }
      export interface GetHostArgs { datacenterId: string; name?: string; }
      export interface GetHostResult { readonly id: string; readonly name?: string; }`,
    "types/input.ts": `export interface VnicIpv4 { ip?: pulumi.Input<string>; dhcp?: pulumi.Input<boolean>; gw?: pulumi.Input<string>; }`,
    "types/output.ts": `export interface VnicIpv4 { ip?: string; dhcp?: boolean; gw?: string; }`,
  };

  test("a correct snippet passes (control)", () => {
    expect(checkSdk(tiny, parseSdk(good))).toEqual([]);
  });

  test("wrong names, types, requiredness and tokens are reported", () => {
    const bad = {
      ...good,
      "vnic.ts": good["vnic.ts"]
        .replace("host: pulumi.Input<string>;", "host?: pulumi.Input<string>;")
        .replace("mtu?: pulumi.Input<number>;", "mtu?: pulumi.Input<string>;")
        .replace("services?: pulumi.Input<pulumi.Input<string>[]>;", "servicez?: pulumi.Input<string[]>;")
        .replace("pulumi.Output<number>", "pulumi.Output<number | undefined>"),
      "types/input.ts": `export interface VnicIpv4 { ip?: pulumi.Input<string>; dhcp: pulumi.Input<string>; gateway?: pulumi.Input<string>; }`,
      "getHost.ts": good["getHost.ts"].replace("getHost:getHost", "getHosts:getHosts"),
    };
    const errors = checkSdk(tiny, parseSdk(bad));
    const expected = [
      "VnicArgs.host: declared optional, schema says required",
      "VnicArgs.mtu: type string does not match schema integer",
      "VnicArgs.servicez: not a property of the schema object",
      "Vnic.mtu: '| undefined' on a required output",
      "inputs.VnicIpv4.dhcp: declared required, schema says optional",
      "inputs.VnicIpv4.dhcp: type string does not match schema boolean",
      "inputs.VnicIpv4.gateway: not a property of the schema object",
      "getHost: token vsphere:index/getHosts:getHosts is not a function of the schema",
    ];
    expect([...errors].sort()).toEqual([...expected].sort());
  });

  test("a secret output left out of additionalSecretOutputs is reported", () => {
    const vnic = tiny.resources["vsphere:index/vnic:Vnic"];
    const withSecret: PulumiSchema = {
      ...tiny,
      resources: {
        "vsphere:index/vnic:Vnic": {
          ...vnic,
          properties: { ...vnic.properties, host: { type: "string", secret: true } },
        },
      },
    };
    expect(checkSdk(withSecret, parseSdk(good))).toEqual([
      "Vnic: additionalSecretOutputs [], schema secrets [host]",
    ]);
  });

  test("config keys with a wrong type, missing or unknown are reported", () => {
    const withConfig: PulumiSchema = {
      ...tiny,
      config: { variables: { user: { type: "string" }, apiTimeout: { type: "integer" } } },
    };
    const files = {
      ...good,
      "config/vars.ts": `
        declare var exports: any;
        export declare const user: number | undefined;
        export declare const userName: string | undefined;`,
    };
    expect(checkSdk(withConfig, parseSdk(files)).sort()).toEqual([
      "config.apiTimeout: config variable of the schema is not exported",
      "config.user: type number does not match schema string",
      "config.userName: not a config variable of the schema",
    ]);
  });

  test("a function without inputs must not take args", () => {
    const noInputs: PulumiSchema = {
      ...tiny,
      functions: {
        "vsphere:index/getHost:getHost": { outputs: tiny.functions["vsphere:index/getHost:getHost"].outputs },
      },
    };
    expect(checkSdk(noInputs, parseSdk(good))).toEqual([
      "getHost: takes args, the schema function has no inputs",
    ]);
  });

  test("an unknown resource token is reported", () => {
    const bad = { ...good, "vnic.ts": good["vnic.ts"].replace("index/vnic:Vnic", "index/vnics:Vnics") };
    expect(checkSdk(tiny, parseSdk(bad))).toContain(
      "Vnic: token vsphere:index/vnics:Vnics is not a resource of the schema",
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe("the @pulumi/vsphere the project resolves", () => {
  test("is this SDK, built, with the same exports as its source", async () => {
    const pkgJson = fs.realpathSync(require.resolve("@pulumi/vsphere/package.json"));
    expect(pkgJson).toBe(fs.realpathSync(path.join(sdkDir, "package.json")));
    const main = path.join(sdkDir, "bin", "index.js");
    if (!fs.existsSync(main)) throw new Error(`${main} is missing: run "npm run build" (or npm ci) first`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const built = Object.keys(require(main)).sort();
    const source = Object.keys(await import("../sdks/vsphere")).sort();
    expect(built).toEqual(source);
  });
});
