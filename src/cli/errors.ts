import type { Bilingual } from "../core/findings";

/** The input could not be checked (exit status 2): a message for the officer, no stack trace. */
export class InputError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}
