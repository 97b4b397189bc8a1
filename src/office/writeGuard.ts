/**
 * Telling the add-in's own writes from the user's edits. Excel's onChanged event carries no "written by an add-in"
 * flag before ExcelApi 1.14 (triggerSource), and it arrives asynchronously, after the write's sync. So every own write
 * runs inside the guard, and a change event is the add-in's own while a write is in flight or for a short window
 * after it ends.
 */

/** Long enough for Excel to deliver the change events of a write (they follow its sync within a few hundred ms). */
export const OWN_WRITE_WINDOW_MS = 1500;

export class WriteGuard {
  private inFlight = 0;
  private until = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly windowMs: number = OWN_WRITE_WINDOW_MS,
  ) {}

  /** Runs a write (usually `() => context.sync()`) as the add-in's own. */
  async around<T>(write: () => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await write();
    } finally {
      this.inFlight--;
      this.until = this.now() + this.windowMs;
    }
  }

  /** True while an own write is in flight or just ended. */
  active(): boolean {
    return this.inFlight > 0 || this.now() < this.until;
  }

  /**
   * Whether a worksheet change event comes from the add-in. Where Excel says who triggered it (ExcelApi 1.14), that
   * settles it; otherwise the time window does.
   */
  isOwnChange(args: Pick<Excel.WorksheetChangedEventArgs, "triggerSource">): boolean {
    if (args.triggerSource !== undefined) return args.triggerSource === "ThisLocalAddin";
    return this.active();
  }
}
