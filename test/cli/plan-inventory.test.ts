// `plan` (text) says where a site's VMs live in vCenter and how its distributed switch is built.
import { siteInventoryLines } from "../../cli/plan-inventory";
import { distributed, loadLab } from "../support/lab-variants";
import { runCli } from "../support/project";

describe("plan's inventory lines", () => {
  it("show the lab's folder, pool and tags", async () => {
    const r = await runCli(["plan", "--stack", "lab"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("VMs in:     folder genesys-lab, resource pool the cluster's root pool");
    expect(r.stdout).toContain("Tags:       genesys-role = the VM's role, genesys-site = lab");
  });

  it("show a created pool's shares and reservations, an existing folder, and the switch's uplinks", () => {
    const site = loadLab((s) => {
      distributed(s);
      s.vmFolder = { path: "Voice/Genesys", existing: true };
      s.resourcePool = { memoryReservationMb: 8192 };
    }).sites[0];
    expect(siteInventoryLines(site, "vsphere")).toEqual([
      "  Distributed switch lab-dvs: uplinks vm-uplink1, vm-uplink2, vmotion-uplink1, vmotion-uplink2 " +
        "(VM traffic active on vm-uplink1, vm-uplink2, vMotion on vmotion-uplink1, vmotion-uplink2)",
      "  VMs in:     folder Voice/Genesys (existing), resource pool genesys-lab (shares CPU high, memory high; reserved 0 MHz, 8192 MB)",
      "  Tags:       genesys-role = the VM's role, genesys-site = lab",
    ]);
  });

  it("say nothing of folders, pools or tags on the Docker stand-in", () => {
    const site = loadLab(() => {}).sites[0];
    expect(siteInventoryLines(site, "docker")).toEqual([]);
  });
});
