// The generated stacks the benchmark plans and checks: `n` copies of the lab site of
// `Pulumi.lab.yaml` (11 VMs, 3 hosts each), each with its own name, datacenter, host names and
// vMotion addresses, in a scratch project that has the repository's `Pulumi.yaml`.
"use strict";
const fs = require("fs");
const path = require("path");
const YAML = require("yaml");

/** Writes `Pulumi.sites<n>.yaml` into `dir`; returns the stack name. */
function writeSitesStack(repo, dir, n) {
  const lab = YAML.parse(fs.readFileSync(path.join(repo, "Pulumi.lab.yaml"), "utf8"));
  const site = lab.config["genesys-iac:sites"][0];
  const sites = [];
  for (let i = 1; i <= n; i++) {
    const s = JSON.parse(JSON.stringify(site));
    s.name = `s${String(i).padStart(3, "0")}`;
    s.datacenter = `DC-${i}`;
    s.hosts = s.hosts.map((_, j) => ({
      name: `esx0${j + 1}.${s.name}.example`,
      // Second octet per site: up to 255 sites.
      vmotionIp: `10.${i}.30.${11 + j}`,
    }));
    // Each site its own VM network and computer names: both must be unique in the stack.
    s.networks.vmTraffic.ipv4 = {
      ...s.networks.vmTraffic.ipv4,
      cidr: `10.${i}.10.0/24`,
      gateway: `10.${i}.10.1`,
    };
    delete s.networks.vmTraffic.ipv4.firstAddress;
    s.networks.vmTraffic.ipv4.dnsServers = [`10.${i}.10.5`];
    s.guest = { ...s.guest, computerNamePrefix: s.name.toUpperCase() };
    // Placement names the lab's hosts; the copies have hosts of their own.
    delete s.placement;
    sites.push(s);
  }
  lab.config["genesys-iac:sites"] = sites;
  const stack = `sites${n}`;
  fs.writeFileSync(path.join(dir, `Pulumi.${stack}.yaml`), YAML.stringify(lab));
  return stack;
}

/** A scratch project holding one generated stack per site count. */
function scratchProject(repo, dir, siteCounts) {
  fs.copyFileSync(path.join(repo, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
  const stacks = {};
  for (const n of siteCounts) {
    if (n < 1 || n > 255) throw new Error(`--sites: ${n} is outside 1..255`);
    stacks[n] = writeSitesStack(repo, dir, n);
  }
  return stacks;
}

module.exports = { scratchProject };
