/**
 * How the resources and functions of the SDK generated in sdks/vsphere behave under Pulumi mocks (its
 * TypeScript source, loaded through ts-jest), with inputs of every type the v4.17.0 schema declares.
 */
import * as pulumi from "@pulumi/pulumi";
import { PulumiSchema, SDK_DIR, SchemaResource, loadSchema, sampleValue } from "./support/provider-schema";
import { parseSdk, readSdkSources } from "./support/sdk-source";

const model = parseSdk(readSdkSources(SDK_DIR));
const schema: PulumiSchema = loadSchema();

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
