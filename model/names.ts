// Names derived from the model, in one place so components, rules and outputs agree.
import { GenesysVm } from "./types";

/** The VM's name within its site (`sip-primary`, `mcp-1`): VM names are `<site>-<local name>`. */
export function localName(vm: Pick<GenesysVm, "name" | "site">): string {
  return vm.name.startsWith(`${vm.site}-`) ? vm.name.slice(vm.site.length + 1) : vm.name;
}

/** A Pulumi child name from its component's name and a part of its own. */
export function childName(parent: string, part: string): string {
  return `${parent}-${part}`;
}
