/**
 * The narrative kept with the workbook: its stored form lives in the core (src/core/narrative/saved.ts), shared with
 * the command line, which reads it from a saved workbook.
 */
export * from "../core/narrative/saved";
