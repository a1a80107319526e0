// The genesys-vmware policy pack: the deployment guide's best practices, checked before any change.
// This file only assembles the pack; each area lives in its own module.
import { PolicyPack } from "@pulumi/policy";
import { allPolicies } from "./policies";

new PolicyPack("genesys-vmware", {
  description:
    "Genesys SIP Server / GVP on VMware vSphere: sizing, devices, HA and DRS, anti-affinity of the HA " +
    "pairs, vMotion isolation, ADDP, and single-host failover capacity (and their Docker stand-ins).",
  policies: allPolicies,
});
