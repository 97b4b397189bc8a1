/**
 * The four reports of districts2.cases.ts: every planted disagreement is an error on the right row, cell, quote and
 * values; no consistent figure is an error; figures that are not in the form (changes "tăng 5% so với", shares of
 * other bases, table cells) are never matched; impossible dates and dates after the report date are flagged. NFC and NFD.
 */
import { describeDistrictReports } from "./districtSuite";
import { CASES2 as CASES } from "./districts2.cases";

describeDistrictReports(CASES);
