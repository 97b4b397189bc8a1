/** The narrative check: figures and dates of the report's prose against the appendix. Pure core. */
export { checkNarrative, analyzeNarrative, type NarrativeOptions, type FigureOutcome } from "./check";
export {
  reportDateFrom,
  reportPeriodFrom,
  periodOf,
  type SimpleDate,
  type ReportPeriod,
  type PeriodKind,
} from "./dates";
export {
  readPlainText,
  type FigureMark,
  type NarrativeDocument,
  type NarrativeParagraph,
  type NarrativePart,
  type TextConversion,
} from "./document";
export { splitSentences, type Sentence, type Heading } from "./sentences";
export { findFigures, type Figure, type FigureKind } from "./figures";
