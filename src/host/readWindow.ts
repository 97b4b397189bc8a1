/**
 * How much of a sheet a host reads: a window from the top-left of its used range. The appendix sits near the top of
 * its sheet (a title, the header, about 150 rows; a copy pasted from Word repeats its header at page breaks), so a
 * window of 2,000 rows × 30 columns holds it with room to spare, while a 50,000-row data sheet beside it costs the
 * check a bounded time and, in Excel, bounded requests.
 */
export const WINDOW_ROWS = 2000;
export const WINDOW_COLUMNS = 30;
