// vm-guest-identity through the pack's real interface: every rule broken on its own, on vSphere and
// on the Docker stand-in, gives this policy's violation and nothing else.
import type { PolicyRunner } from "../../analyzer/policy-runner";
import { TYPE } from "../../policies/contract";
import { dockerDoc } from "../support/analyzer-docker-plan";
import { SITE } from "../support/analyzer-lab";
import { vsphereDoc } from "../support/analyzer-vsphere-plan";
import { find, setInput } from "../support/analyzer-mutators";
import { startPack } from "../support/analyzer-pack";
import { packExpectations } from "../support/analyzer-expect";

let runner: PolicyRunner;
beforeAll(async () => {
  runner = await startPack();
});
afterAll(async () => {
  await runner?.close();
});
const { run, only } = packExpectations(() => runner);
const POLICY = "vm-guest-identity";
const VM = (n: string) => `${SITE}-${n}`;
const vsphere = vsphereDoc();
const docker = dockerDoc();
const NAME = "clone.customize.windowsOptions.computerName";
const ADDRESS = "clone.customize.networkInterfaces.0.ipv4Address";
/** A violation's message without the policy's description before it. */
const last = (v: { message: string }) => v.message.split("\n").pop()!;
const addressOf = (vm: string) =>
  (find(vsphere, TYPE.vm, VM(vm)).inputs as any).clone.customize.networkInterfaces[0].ipv4Address as string;

test("the fixtures' VMs, each with its own name and address in the VM network, pass", async () => {
  for (const doc of [vsphere, docker])
    expect((await run(doc)).filter((v) => v.policyName === POLICY)).toEqual([]);
});

describe("vSphere: each broken rule is reported on the VM that breaks it", () => {
  test.each([
    ["no computer name (no customization)", "mcp-1", "clone.customize", undefined, "has no computer name"],
    ["no static address (DHCP)", "mcp-1", "clone.customize.networkInterfaces", [], "no static IPv4 address"],
    ["an address outside the VM network", "mcp-1", ADDRESS, "192.168.1.20", "outside 10.10.0.0/16"],
    ["the network's own address", "mcp-1", ADDRESS, "10.10.0.0", "the network address of 10.10.0.0/16"],
    ["the broadcast address", "mcp-1", ADDRESS, "10.10.255.255", "the broadcast address"],
    ["the gateway's address", "mcp-1", ADDRESS, "10.10.0.1", "the gateway's address"],
    [
      "a netmask other than the network's",
      "mcp-1",
      "clone.customize.networkInterfaces.0.ipv4Netmask",
      24,
      "/24; the VM network is 10.10.0.0/16",
    ],
  ])("%s", async (_title, vm, path, value, message) => {
    const vs = await only(setInput(vsphere, TYPE.vm, VM(vm), path, value), POLICY, "mandatory");
    for (const v of vs) expect(v.urn).toContain(`::${VM(vm)}`);
    expect(vs.map(last).join("\n")).toContain(message);
  });

  test("a computer name used twice (in other letter case too)", async () => {
    const doc = setInput(vsphere, TYPE.vm, VM("mcp-2"), NAME, VM("mcp-1").toLowerCase());
    const vs = await only(doc, POLICY, "mandatory");
    expect(vs.map(last)).toEqual([
      `VM ${VM("mcp-2")} has the computer name ${VM("mcp-1").toUpperCase()} of VM ${VM("mcp-1")}.`,
    ]);
  });

  test("an address used twice", async () => {
    const doc = setInput(vsphere, TYPE.vm, VM("mcp-2"), ADDRESS, addressOf("sip-server-primary"));
    const vs = await only(doc, POLICY, "mandatory");
    expect(vs.map(last)).toEqual([
      `VM ${VM("mcp-2")} has the address ${addressOf("sip-server-primary")} of VM ${VM("sip-server-primary")}.`,
    ]);
  });

  test("an address used twice across two sites of one stack", async () => {
    const two = vsphereDoc(["east", "west"]);
    const taken = (find(two, TYPE.vm, "east-mcp-1").inputs as any).clone.customize.networkInterfaces[0]
      .ipv4Address;
    const vs = await only(setInput(two, TYPE.vm, "west-mcp-1", ADDRESS, taken), POLICY, "mandatory");
    expect(vs.map(last)).toEqual([`VM west-mcp-1 has the address ${taken} of VM east-mcp-1.`]);
  });
});

describe("Docker stand-in: the container's hostname and address are the guest's", () => {
  test("a container without a hostname", async () => {
    const vs = await only(
      setInput(docker, TYPE.container, VM("urs-backup"), "hostname", undefined),
      POLICY,
      "mandatory",
    );
    expect(vs[0].message).toContain("has no computer name");
  });

  test("a container without its planned address", async () => {
    const doc = setInput(
      docker,
      TYPE.container,
      VM("urs-backup"),
      "networksAdvanced.0.ipv4Address",
      undefined,
    );
    const vs = await only(doc, POLICY, "mandatory");
    expect(vs[0].message).toContain("no static IPv4 address");
  });

  test("two containers with one hostname", async () => {
    const doc = setInput(
      docker,
      TYPE.container,
      VM("urs-backup"),
      "hostname",
      VM("urs-primary").toUpperCase(),
    );
    const vs = await only(doc, POLICY, "mandatory");
    expect(vs.map(last)).toEqual([
      `VM ${VM("urs-backup")} has the computer name ${VM("urs-primary").toUpperCase()} of VM ${VM("urs-primary")}.`,
    ]);
  });
});
