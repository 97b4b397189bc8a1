/**
 * A small, strict option parser shared by every subcommand: `--flag`, `--name value`, positional arguments.
 * Unknown options, missing values and extra arguments are InputErrors (exit 2, one line for the officer).
 */
import type { Lang } from "../core/findings";
import { InputError } from "./errors";

export interface OptionSpec {
  /** Options that take no value, e.g. ["--json"]. */
  flags?: readonly string[];
  /** Options that take one value, e.g. ["--report", "--out"]. */
  values?: readonly string[];
  /** How many positional arguments at most (default 1). */
  maxPositional?: number;
}

export interface ParsedOptions {
  flags: Set<string>;
  values: Map<string, string>;
  positional: string[];
  /** --lang, always accepted: vi (default) or en. */
  lang: Lang;
}

export function parseOptions(argv: readonly string[], spec: OptionSpec): ParsedOptions {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  let lang: Lang = "vi";
  const valueNames = new Set([...(spec.values ?? []), "--lang"]);
  const flagNames = new Set(spec.flags ?? []);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (flagNames.has(a)) flags.add(a);
    else if (valueNames.has(a)) {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--"))
        throw new InputError({ vi: `Thiếu giá trị cho ${a}`, en: `Missing value for ${a}` });
      if (a === "--lang") {
        if (v !== "vi" && v !== "en")
          throw new InputError({ vi: `--lang chỉ nhận vi hoặc en`, en: `--lang takes vi or en` });
        lang = v;
      } else values.set(a, v);
    } else if (a.startsWith("--"))
      throw new InputError({ vi: `Tùy chọn không hợp lệ: ${a}`, en: `Unknown option: ${a}` });
    else if (positional.length < (spec.maxPositional ?? 1)) positional.push(a);
    else throw new InputError({ vi: `Thừa tham số: ${a}`, en: `Unexpected argument: ${a}` });
  }
  return { flags, values, positional, lang };
}

/** The language asked for on the command line, read before parsing so that a parse error is already in it. */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  return i >= 0 && argv[i + 1] === "en" ? "en" : "vi";
}
