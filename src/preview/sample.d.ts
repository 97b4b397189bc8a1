/** The sample appendix's URL in the build (see sample.js). */
export declare const SAMPLE_URL: string;
