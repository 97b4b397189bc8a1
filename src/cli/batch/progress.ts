/**
 * Progress of a `check-all` run, on stderr. On a terminal: one line redrawn in place, a bar with the counts and the
 * file in hand, at most ten times a second. Elsewhere (a log, a pipe): one plain line per unit as it is done.
 */
import type { Lang } from "../../core/findings";
import type { Io } from "../io";
import type { UnitResult } from "./unit";

const T = {
  checking: { vi: "Đang kiểm tra", en: "Checking" },
  unreadable: { vi: (n: number) => `${n} không kiểm tra được`, en: (n: number) => `${n} could not be checked` },
  errors: { vi: (n: number) => `${n} lỗi`, en: (n: number) => `${n} errors` },
  result: {
    vi: (e: number, w: number) => `${e} lỗi, ${w} cảnh báo`,
    en: (e: number, w: number) => `${e} errors, ${w} warnings`,
  },
  failed: { vi: "KHÔNG KIỂM TRA ĐƯỢC", en: "COULD NOT CHECK" },
};

export interface Progress {
  started(name: string): void;
  finished(name: string, result: UnitResult): void;
  /** Clears the terminal line (the final report follows on stdout). */
  end(): void;
}

/** The bar's width: 24 cells, narrower on a narrow terminal so that the counts stay in view. */
const barWidth = (columns: number) => Math.max(8, Math.min(24, columns - 56));
const REDRAW_MS = 100;

export function createProgress(io: Io, lang: Lang, total: number, now: () => number = Date.now): Progress {
  let done = 0;
  let failed = 0;
  let errors = 0;
  const inHand: string[] = [];
  const width = String(total).length;
  const counter = () => `${String(done).padStart(width)}/${total}`;

  if (!io.isTerminal) {
    return {
      started: () => {},
      finished(name, result) {
        done++;
        const what =
          result.status === "checked"
            ? T.result[lang](result.errors, result.warnings)
            : `${T.failed[lang]}: ${result.reason[lang]}`;
        io.err(`[${counter()}] ${name}: ${what}\n`);
      },
      end: () => {},
    };
  }

  let lastDraw = -Infinity;
  let drawn = false;
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - lastDraw < REDRAW_MS) return;
    lastDraw = t;
    const columns = io.columns?.() || 80;
    const bar = barWidth(columns);
    const filled = total ? Math.round((done / total) * bar) : bar;
    const parts = [
      `${T.checking[lang]} [${"█".repeat(filled)}${"░".repeat(bar - filled)}] ${counter()}`,
      T.errors[lang](errors),
    ];
    if (failed) parts.push(T.unreadable[lang](failed));
    if (inHand.length) parts.push(inHand[inHand.length - 1]);
    let line = parts.join(" · ");
    if (line.length > columns - 1) line = line.slice(0, Math.max(0, columns - 2)) + "…";
    io.err(`\r\x1b[K${line}`);
    drawn = true;
  };

  return {
    started(name) {
      inHand.push(name);
      draw(false);
    },
    finished(name, result) {
      done++;
      const i = inHand.indexOf(name);
      if (i >= 0) inHand.splice(i, 1);
      if (result.status === "checked") errors += result.errors;
      else failed++;
      draw(done === total);
    },
    end() {
      if (drawn) io.err("\r\x1b[K");
    },
  };
}
