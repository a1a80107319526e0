/**
 * The SDK schema checker (support/schema-check.ts) must catch mistakes: independent of the schema
 * file, it is run on a small schema and snippets of SDK source, correct and broken.
 */
import { PulumiSchema } from "./support/provider-schema";
import { checkSdk } from "./support/schema-check";
import { parseSdk } from "./support/sdk-source";

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
