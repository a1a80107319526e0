// The commands of `genesys-iac`, by name, in the order the usage lists them.
import type { Command } from "../command";
import { check } from "./check";
import { diff } from "./diff";
import { importCommand } from "./import";
import { plan } from "./plan";

export const commands: Record<string, Command> = { plan, check, diff, import: importCommand };
