// The pack's wrapper of @pulumi/policy's deserializeProperties: secret marks beside the values, and
// each protobuf Struct decoded once however many policies ask for it, with no value shared.
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { deserializedSource, installSecretMarks, secretPathsOf } from "../../policies/secret-marks";
import { plain } from "../../policies/normalize/values";
import {
  specialSecretSig as SECRET_SIG_VALUE,
  specialSigKey as SECRET_SIG_KEY,
  unknownValue as UNKNOWN_VALUE,
} from "@pulumi/pulumi/runtime/rpc";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdk = require("@pulumi/policy/deserialize") as {
  deserializeProperties(s: Struct, proxySecrets: boolean): Record<string, unknown>;
};

test("each Struct is decoded once; every policy gets its own copy, with the secret marks", () => {
  expect(installSecretMarks()).toBe(true);
  const struct = Struct.fromJavaScript({
    password: { [SECRET_SIG_KEY]: SECRET_SIG_VALUE, value: "hunter2" },
    disks: [{ size: 40, labels: ["a"] }],
    name: "vm",
  });
  const walk = jest.spyOn(struct, "toJavaScript");
  const first = sdk.deserializeProperties(struct, false);
  const second = sdk.deserializeProperties(struct, false);
  expect(walk).toHaveBeenCalledTimes(1);
  expect(first).toEqual({ password: "hunter2", disks: [{ size: 40, labels: ["a"] }], name: "vm" });
  expect(second).toEqual(first);
  expect(secretPathsOf(first)).toEqual(new Set(["password"]));
  expect(secretPathsOf(second)).toEqual(new Set(["password"]));
  // A policy that changed what it was given would not change what the next one gets.
  (first.disks as { size: number }[])[0].size = 1;
  (first.disks as unknown[]).push("x");
  expect(second.disks).toEqual([{ size: 40, labels: ["a"] }]);
  expect(sdk.deserializeProperties(struct, false).disks).toEqual([{ size: 40, labels: ["a"] }]);
  // Another Struct is decoded on its own.
  expect(sdk.deserializeProperties(Struct.fromJavaScript({ name: "other" }), false)).toEqual({
    name: "other",
  });
});

test("plain() copies what the SDK deserialized from behind its proxy, sentinels and all, without reading through it", () => {
  expect(installSecretMarks()).toBe(true);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unknownCheckingProxy } = require("@pulumi/policy/proxy") as { unknownCheckingProxy<T>(o: T): T };
  const deserialized = sdk.deserializeProperties(
    Struct.fromJavaScript({ name: "vm", numCpus: 4, host: UNKNOWN_VALUE, disks: [{ size: 40 }] }),
    false,
  );
  const props = unknownCheckingProxy(deserialized);
  expect(() => props.host).toThrow();
  expect(deserializedSource(props)).toBe(deserialized);
  const copy = plain(props);
  expect(copy).toEqual({ name: "vm", numCpus: 4, host: UNKNOWN_VALUE, disks: [{ size: 40 }] });
  expect(copy).not.toBe(deserialized);
  // Objects the pack did not deserialize are copied as before.
  expect(deserializedSource({ a: 1 })).toBeUndefined();
  expect(plain({ a: 1, b: undefined })).toEqual({ a: 1 });
});
