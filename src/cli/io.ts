/** Where a command writes: stdout and stderr in the CLI, strings in the tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}
