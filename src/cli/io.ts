/** Where a command writes: stdout and stderr in the CLI, strings in the tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /**
   * Waits until what was written to out has been written, and gives the error that kept it from being written
   * (a full disk, a closed pipe), or null. Optional: strings in the tests cannot fail.
   */
  flushed?(): Promise<NodeJS.ErrnoException | null>;
}
