/**
 * The `cchc` command line: `cchc <command> ...` (see each command in ./commands).
 * Exit status: 0 done (no errors), 1 errors found, 2 the input could not be used (one line on stderr, no stack trace).
 */
import { COMMANDS } from "./commands";
import { InputError } from "./errors";
import type { Io } from "./io";
import { langOf } from "./options";

export type { Io } from "./io";

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTerminal: Boolean(process.stderr.isTTY),
  columns: () => process.stderr.columns,
};

export const USAGE = `Cách dùng / Usage:\n${COMMANDS.map((c) => c.usage).join("\n\n")}`;

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const lang = langOf(argv);
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === "help" || argv.includes("--help") || argv.includes("-h")) {
      io.out(USAGE + "\n");
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      const names = COMMANDS.map((c) => c.name).join(", ");
      throw new InputError({
        vi: `Lệnh không hợp lệ: ${name}. Các lệnh: ${names}. Dùng: cchc check <tệp.xlsx>`,
        en: `Unknown command: ${name}. Commands: ${names}. Use: cchc check <file.xlsx>`,
      });
    }
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`cchc: ${e.text[lang]}\n`);
      return 2;
    }
    throw e;
  }
}
