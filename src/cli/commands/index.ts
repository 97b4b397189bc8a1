/** Every `cchc` subcommand. A new one is a file in this folder and one entry here. */
import { checkCommand } from "./check";
import { checkAllCommand } from "./checkAll";
import { exportCommand } from "./export";
import { formCommand } from "./form";
import type { CliCommand } from "./types";

export const COMMANDS: readonly CliCommand[] = [checkCommand, checkAllCommand, exportCommand, formCommand];
