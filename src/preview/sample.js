/**
 * The sample appendix's URL. `new URL(file, import.meta.url)` makes webpack emit the file with the build and give
 * its address, so the preview does not depend on a copy step. Plain JavaScript (typed by sample.d.ts) because the
 * project's tsconfig compiles to CommonJS, where TypeScript refuses import.meta.
 */
export const SAMPLE_URL = new URL("../../assets/samples/phu-luc-mau.xlsx", import.meta.url).href;
