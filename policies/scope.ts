// Which VMs the Genesys rules judge. A real site runs other VMs beside Genesys (the Configuration
// Server database, jump hosts, SBCs, or a whole other program in the same vCenter): the Table 3
// sizing, ADDP, protection and HA-pair rules must leave those alone, while the generic VMware rules
// (vmxnet3, devices, pinning, HA/DRS, vMotion isolation) judge every VM.
//
// A VM is a Genesys VM when what the program wrote on it says so (see NormalizedVm.genesys and the
// stack view's tags), or, for stacks made elsewhere, when its name matches the policy's
// `genesysVmNamePattern` setting.
import type { StackValidationPolicy } from "@pulumi/policy";
import { onStack, stringSetting, type Settings, type ValuesOf } from "./common";
import type { StackView, StackVm } from "./normalize/stack";

export const SCOPE_KEY = "genesysVmNamePattern";

/** The setting every Genesys-only policy takes. */
export const GENESYS_SCOPE = {
  [SCOPE_KEY]: stringSetting(
    "Regular expression: VMs whose name matches are Genesys VMs too (for stacks made elsewhere, " +
      "whose VMs carry no guestinfo.genesys.role key, genesys-role tag or GenesysVm component). Empty: none.",
    "",
  ),
};

/** The Genesys VMs of the stack; an invalid pattern is reported once and matches nothing. */
export function genesysVms(
  view: StackView,
  pattern: string,
  report: (message: string, urn?: string) => void,
): StackVm[] {
  let re: RegExp | undefined;
  if (pattern !== "") {
    try {
      re = new RegExp(pattern);
    } catch (e) {
      report(
        `Policy config ${SCOPE_KEY}: ${JSON.stringify(pattern)} is not a regular expression (${(e as Error).message}).`,
      );
    }
  }
  return view.vms.filter((vm) => vm.genesys || (re !== undefined && re.test(vm.name)));
}

/** The stack view with only its Genesys VMs, for the policies whose best practice is Genesys's. */
export function onGenesysStack<S extends Settings>(
  settings: S,
  check: (
    view: StackView,
    config: ValuesOf<S & typeof GENESYS_SCOPE>,
    report: (message: string, urn?: string) => void,
  ) => void,
): StackValidationPolicy["validateStack"] {
  return onStack({ ...settings, ...GENESYS_SCOPE }, (view, config, report) =>
    check({ ...view, vms: genesysVms(view, config[SCOPE_KEY], report) }, config, report),
  );
}

/** A per-VM check over the Genesys VMs, each violation on its VM. */
export function onGenesysVm<S extends Settings>(
  settings: S,
  check: (vm: StackVm, config: ValuesOf<S & typeof GENESYS_SCOPE>, report: (message: string) => void) => void,
): StackValidationPolicy["validateStack"] {
  return onGenesysStack(settings, (view, config, report) => {
    for (const vm of view.vms) check(vm, config, (message) => report(message, vm.urn));
  });
}
