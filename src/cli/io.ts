/** Where a command writes: stdout and stderr in the CLI, strings in the tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal: progress may redraw one line in place (`check-all`). */
  isTerminal?: boolean;
  /** The terminal's width, when it is one. */
  columns?(): number | undefined;
  /**
   * Waits until what was written to out has been written, and gives the error that kept it from being written
   * (a full disk, a closed pipe), or null. Optional: strings in the tests cannot fail.
   */
  flushed?(): Promise<NodeJS.ErrnoException | null>;
}
