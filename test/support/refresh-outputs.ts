// What `pulumi refresh` writes into a resource's outputs beyond what the program declared: the values
// terraform-provider-vsphere (v4.17.0) reads back from vCenter, its schema defaults and computed
// fields. A declared output is never changed here (drift is applied on purpose, elsewhere).
import type { PlanDocument, PlanResource } from "../../analyzer/plan-document";
import { TYPE } from "../../policies/contract";
import { seededBytes } from "./vcenter-ids";

type Props = Record<string, unknown>;

/** What the computed outputs of one resource may draw on from the rest of the stack. */
interface Deployed {
  /** The host a VM runs on, by VM name (where DRS put it: its intended host). */
  hostOfVm: Map<string, string>;
  /** When the VM's configuration last changed (vCenter's changeVersion). */
  changedAt: string;
}

/** A MAC address in VMware's range for vCenter-assigned addresses (00:50:56:80-bf). */
function macFor(seed: string): string {
  const b = seededBytes(`mac:${seed}`, 3);
  return ["00", "50", "56", (0x80 | (b[0] & 0x3f)).toString(16), ...[b[1], b[2]].map((x) => x.toString(16))]
    .map((x) => x.padStart(2, "0"))
    .join(":");
}

/** The IPv6 link-local address a guest derives from its MAC (EUI-64). */
function linkLocal(mac: string): string {
  const b = mac.split(":").map((x) => parseInt(x, 16));
  const words = [(b[0] ^ 2) * 256 + b[1], b[2] * 256 + 0xff, 0xfe00 + b[3], b[4] * 256 + b[5]];
  return `fe80::${words.map((w) => w.toString(16)).join(":")}`;
}

function list(v: unknown): Props[] {
  return Array.isArray(v) ? (v as Props[]) : [];
}

function vmOutputs(r: PlanResource, d: Deployed): Props {
  const name = String(r.inputs.name);
  const mac = macFor(r.urn);
  const customize = (r.inputs.clone as Props | undefined)?.customize as Props | undefined;
  const ip = list(customize?.networkInterfaces)[0]?.ipv4Address as string | undefined;
  const host = d.hostOfVm.get(name);
  return {
    disks: list(r.outputs.disks).map((disk, i) => ({
      ...disk,
      uuid: `6000C29${seededBytes(`disk:${r.urn}:${i}`, 13).toString("hex").slice(0, 25)}`,
      key: 2000 + i,
      path: i === 0 ? `${name}/${name}.vmdk` : `${name}/${name}_${i}.vmdk`,
      deviceAddress: `scsi:0:${i}`,
      unitNumber: i,
      diskMode: "persistent",
      writeThrough: false,
      keepOnRemove: false,
      ioShareLevel: "normal",
      ioLimit: -1,
      ioReservation: 0,
    })),
    networkInterfaces: list(r.outputs.networkInterfaces).map((nic, i) => ({
      ...nic,
      macAddress: i === 0 ? mac : macFor(`${r.urn}:${i}`),
      key: 4000 + i,
      deviceAddress: `pci:0:${7 + i}`,
      bandwidthShareLevel: "normal",
      bandwidthLimit: -1,
      bandwidthReservation: 0,
      useStaticMac: false,
    })),
    ...(host ? { hostSystemId: host } : {}),
    eptRviMode: "automatic",
    hvMode: "hvAuto",
    vmwareToolsStatus: "guestToolsRunning",
    guestIpAddresses: ip ? [ip, linkLocal(mac)] : [linkLocal(mac)],
    defaultIpAddress: ip ?? "",
    changeVersion: d.changedAt,
    vmxPath: `${name}/${name}.vmx`,
    imported: false,
    rebootRequired: false,
    firmware: "bios",
    numCoresPerSocket: 1,
    memoryReservation: 0,
    scsiControllerCount: 1,
    waitForGuestIpTimeout: 0,
    waitForGuestNetTimeout: 5,
    latencySensitivity: "normal",
    swapPlacementPolicy: "inherit",
    storagePolicyId: "",
    vappTransports: [],
    datastoreClusterId: "",
  };
}

/** Computed outputs and defaults by type; other types report what they declare. */
const REFRESHED: Record<string, (r: PlanResource, d: Deployed) => Props> = {
  [TYPE.vm]: vmOutputs,
  [TYPE.cluster]: () => ({
    haAdmissionControlPerformanceTolerance: 100,
    haHeartbeatDatastorePolicy: "allFeasibleDsWithUserPreference",
    drsMigrationThreshold: 3,
    haVmComponentProtection: "enabled",
    haDatastoreApdResponse: "disabled",
    vsanEnabled: false,
  }),
  [TYPE.vswitch]: () => ({
    numberOfPorts: 128,
    linkDiscoveryOperation: "listen",
    linkDiscoveryProtocol: "cdp",
    teamingPolicy: "loadbalance_srcid",
    allowPromiscuous: false,
    allowForgedTransmits: true,
    allowMacChanges: true,
    shapingEnabled: false,
  }),
  [TYPE.portGroup]: (r) => ({ key: `key-vim.host.PortGroup-${r.inputs.name}` }),
  [TYPE.vnic]: (r) => ({ mac: macFor(r.urn), netstack: "defaultTcpipStack" }),
};

/** Where DRS runs each VM: on the host the program intended (GenesysVm components name it). */
function hostOfVm(doc: PlanDocument): Map<string, string> {
  const res = doc.deployment.resources;
  const hostIds = new Map<string, string>();
  for (const h of res.filter((r) => r.type === "genesys:vsphere:Host")) {
    const host = h.outputs.host as Props | undefined;
    if (host?.name && h.outputs.hostSystemId) hostIds.set(String(host.name), String(h.outputs.hostSystemId));
  }
  const out = new Map<string, string>();
  for (const c of res.filter((r) => r.type === "genesys:vsphere:GenesysVm")) {
    const vm = c.inputs.vm as Props | undefined;
    const id = hostIds.get(String(vm?.intendedHost));
    if (vm?.name && id) out.set(String(vm.name), id);
  }
  return out;
}

/** The document with each custom resource's outputs as a refresh writes them. */
export function refreshedOutputs(doc: PlanDocument, changedAt: string): PlanDocument {
  const d: Deployed = { hostOfVm: hostOfVm(doc), changedAt };
  const resources = doc.deployment.resources.map((r) => {
    const computed = REFRESHED[r.type]?.(r, d);
    if (!computed) return r;
    // Declared scalars stay as declared; lists of blocks gain their computed fields.
    const added = Object.fromEntries(
      Object.entries(computed).filter(([k]) => !(k in r.outputs) || Array.isArray(r.outputs[k])),
    );
    return { ...r, outputs: { ...r.outputs, ...added } };
  });
  return { ...doc, deployment: { ...doc.deployment, resources } };
}
