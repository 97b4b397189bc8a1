/**
 * The `cchc` command line: `cchc <command> ...` (see each command in ./commands).
 * Exit status: 0 done (no errors), 1 errors found, 2 the input could not be used (one line on stderr, no stack trace).
 */
import { COMMANDS } from "./commands";
import { InputError } from "./errors";
import type { Io } from "./io";
import { langOf } from "./options";
import type { Lang } from "../core/findings";

export type { Io } from "./io";

/**
 * stdout and stderr. A write to stdout can fail (a full disk, a closed pipe): the first error is kept, nothing more
 * is written, and main() says so and exits 2 instead of losing the output silently.
 */
function processIo(): Io {
  let failed: NodeJS.ErrnoException | null = null;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    failed ??= e;
  });
  return {
    out: (t) => {
      if (!failed) process.stdout.write(t);
    },
    err: (t) => process.stderr.write(t),
    isTerminal: Boolean(process.stderr.isTTY),
    columns: () => process.stderr.columns,
    flushed: () =>
      new Promise((resolve) => {
        if (failed) return resolve(failed);
        process.stdout.write("", (e) => resolve(failed ?? (e as NodeJS.ErrnoException | null | undefined) ?? null));
      }),
  };
}

export const USAGE = `Cách dùng / Usage:\n${COMMANDS.map((c) => c.usage).join("\n\n")}`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const lang = langOf(argv);
  const code = await run(argv, io, lang);
  const failed = io.flushed ? await io.flushed() : null;
  if (failed) {
    // a closed pipe (| head) is the reader's choice: no message, but the status says the output is incomplete
    if (failed.code !== "EPIPE")
      io.err(
        lang === "en"
          ? `cchc: Could not write the output (${failed.code ?? failed.message})\n`
          : `cchc: Không ghi được kết quả (${failed.code ?? failed.message})\n`,
      );
    return 2;
  }
  return code;
}

async function run(argv: string[], io: Io, lang: Lang): Promise<number> {
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
