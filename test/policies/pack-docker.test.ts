// The pack through its real interface, on plans of the Docker stand-in.
import type { PolicyRunner } from "../../analyzer/policy-runner";
import type { PlanDocument } from "../../analyzer/plan-document";
import { COMPONENT, LABEL, TYPE } from "../../policies/contract";
import { dockerDoc } from "../support/analyzer-docker-plan";
import { SITE } from "../support/analyzer-lab";
import { find, mutate, setInput } from "../support/analyzer-mutators";
import { startPack } from "../support/analyzer-pack";
import { packExpectations, summary } from "../support/analyzer-expect";

let runner: PolicyRunner;
beforeAll(async () => {
  runner = await startPack();
});
afterAll(async () => {
  await runner?.close();
});
const { run, only } = packExpectations(() => runner);

const base = dockerDoc();
const VM = (n: string) => `${SITE}-${n}`;
const HOST = (i: number) => `${SITE}-esx-0${i}`;

function setLabel(doc: PlanDocument, vm: string, label: string, value: string): PlanDocument {
  return mutate(doc, TYPE.container, VM(vm), (r) => {
    const labels = r.inputs.labels as { label: string; value: string }[];
    labels.find((l) => l.label === label)!.value = value;
  });
}

/** Moves a container onto another stand-in host's provider (its labels unchanged). */
function onHost(doc: PlanDocument, vm: string, host: number): PlanDocument {
  const provider = find(doc, TYPE.dockerProvider, HOST(host));
  return mutate(doc, TYPE.container, VM(vm), (r) => (r.provider = `${provider.urn}::${provider.id}`));
}

test("the conformant Docker stand-in passes every policy", async () => {
  expect(summary(await run(base))).toEqual([]);
});

describe("each broken practice gives exactly its violation", () => {
  test("vm-sizing-per-genesys-guide: 2 vCPU declared", async () => {
    await only(setLabel(base, "urs-backup", LABEL.vcpus, "2"), "vm-sizing-per-genesys-guide", "mandatory");
  });

  test("vm-nics-vmxnet3: e1000 declared", async () => {
    await only(setLabel(base, "mcp-1", LABEL.adapterType, "e1000"), "vm-nics-vmxnet3", "mandatory");
  });

  test("vm-tools-upgrade-and-time-sync: no time sync", async () => {
    await only(
      setLabel(base, "mcp-1", LABEL.toolsTimeSync, "false"),
      "vm-tools-upgrade-and-time-sync",
      "advisory",
    );
  });

  test("vm-no-legacy-devices: a USB controller declared, a host device mapped", async () => {
    let doc = setLabel(base, "simulator-1", LABEL.devices, "usb");
    doc = setInput(doc, TYPE.container, VM("simulator-1"), "devices", [{ hostPath: "/dev/ttyS0" }]);
    const [v] = await only(doc, "vm-no-legacy-devices", "advisory");
    expect(v.message).toContain("usb, host device /dev/ttyS0");
  });

  test("cluster-ha-enabled: no restart policy", async () => {
    const [v] = await only(
      setInput(base, TYPE.container, VM("urs-primary"), "restart", "no"),
      "cluster-ha-enabled",
      "mandatory",
    );
    expect(v.message).toContain("restart policy");
  });

  test("cluster-ha-enabled: no healthcheck", async () => {
    await only(
      setInput(base, TYPE.container, VM("urs-primary"), "healthcheck", undefined),
      "cluster-ha-enabled",
      "mandatory",
    );
  });

  test("failover-capacity-single-host-loss: a small third host", async () => {
    const doc = setInput(base, COMPONENT.dockerHost, HOST(3), "host.threads", 16);
    const vs = await only(doc, "failover-capacity-single-host-loss", "mandatory");
    expect(vs.map((v) => v.message).join("\n")).toContain(`host ${HOST(1)} fails`);
  });

  test("vmotion-network-isolated: a container on the vMotion network", async () => {
    const doc = setInput(base, TYPE.container, VM("mcp-2"), "networksAdvanced.1", { name: "lab-vmotion" });
    const vs = await only(doc, "vmotion-network-isolated", "mandatory");
    expect(vs[0].message).toContain(VM("mcp-2"));
  });

  test("ha-pair-anti-affinity: every primary on the backups' host", async () => {
    let doc = base;
    for (const p of ["sip-server", "stat-server", "urs", "rm"]) doc = onHost(doc, `${p}-primary`, 2);
    const vs = await only(doc, "ha-pair-anti-affinity", "mandatory");
    expect(vs).toHaveLength(4);
  });

  test("mcp-vms-spread: both MCPs on one host", async () => {
    await only(onHost(base, "mcp-2", 3), "mcp-vms-spread", "advisory");
  });

  test("dependent-vms-together: a backup on its own network", async () => {
    const doc = setInput(base, TYPE.container, VM("rm-backup"), "networksAdvanced.0.name", "lab-other");
    await only(doc, "dependent-vms-together", "advisory");
  });

  test("addp-timeout-max: an 8 s remote timeout", async () => {
    await only(
      setLabel(base, "sip-server-backup", LABEL.addpRemoteTimeout, "8"),
      "addp-timeout-max",
      "advisory",
    );
  });

  test("host-bios-virtualization: hyper-threading off", async () => {
    const doc = setInput(base, COMPONENT.dockerHost, HOST(1), "host.bios.hyperThreading", false);
    await only(doc, "host-bios-virtualization", "advisory");
  });

  test("voice-vms-protected: one container unprotected", async () => {
    await only(
      mutate(base, TYPE.container, VM("mcp-1"), (r) => (r.protect = false)),
      "voice-vms-protected",
      "advisory",
    );
  });

  test("docker-stand-in-hardened: privileged with a published port", async () => {
    let doc = setInput(base, TYPE.container, VM("sip-server-primary"), "privileged", true);
    doc = setInput(doc, TYPE.container, VM("sip-server-primary"), "ports", [
      { internal: 5060, external: 5060 },
    ]);
    const [v] = await only(doc, "docker-stand-in-hardened", "mandatory");
    expect(v.message).toMatch(/privileged, publishes 1 port/);
  });

  test("docker-stand-in-hardened: vMotion network not internal", async () => {
    const doc = setInput(base, TYPE.dockerNetwork, `${HOST(2)}-vmotion`, "internal", false);
    expect((await only(doc, "docker-stand-in-hardened", "mandatory"))[0].message).toContain("lab-vmotion");
  });
});
