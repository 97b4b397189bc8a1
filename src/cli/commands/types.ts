/** One `cchc` subcommand: its name, its usage lines and what it does. main.ts dispatches on the name. */
import type { Io } from "../io";

export interface CliCommand {
  name: string;
  /** Usage lines for `cchc --help` (bilingual text, one line per form of the command, then option notes). */
  usage: string;
  /** Runs the command; returns the exit status. Throws InputError for input that cannot be used (exit 2). */
  run(argv: readonly string[], io: Io): Promise<number>;
}
