/**
 * rows + report details → report model. The one entry point of the export, shared by the pane and the command line:
 * the header and signing block from the details, the body generated from the rows (or the officer's draft with its
 * figures rewritten), the appendix table, and what the officer must be told (figures left as written, rows with
 * errors whose values the report quotes).
 */
import type { Appendix } from "../appendix";
import type { Finding } from "../findings";
import type { NarrativeDocument } from "../narrative/document";
import { buildAppendixTable } from "./appendixTable";
import {
  issuerLines,
  periodPhrase,
  placeDateLine,
  recipientLines,
  signingBlock,
  summaryLine,
  type ReportDetails,
} from "./details";
import { withDraftDetails } from "./draftDetails";
import { generateBody } from "./generate";
import { withSheetDetails } from "./sheetDetails";
import type { Block, LinkedFigure, ReportModel, UnlinkedFigure } from "./model";
import { officerSections, rewriteDraft } from "./rewrite";

export type ReportSource = "sheet" | "draft";

export interface ReportInput {
  appendix: Appendix;
  details: ReportDetails;
  /** The officer's draft (a .docx, a text, or the narrative kept in the workbook). */
  draft?: NarrativeDocument | null;
  /**
   * sheet (default without a draft): the body generated from the rows; a draft then gives sections III and IV only.
   * draft (default with one): the draft's body kept paragraph by paragraph, its figures rewritten from the rows.
   */
  source?: ReportSource;
  /** The table check's findings: rows with errors that the report quotes are listed in `flagged`. */
  findings?: readonly Finding[];
}

function figuresOf(blocks: Block[], source: LinkedFigure["source"]): LinkedFigure[] {
  return blocks.flatMap((b) =>
    b.type === "table"
      ? []
      : b.runs.flatMap((r) => (r.kind === "figure" ? [{ code: r.code, text: r.text, source }] : [])),
  );
}

export function closingParagraph(details: ReportDetails): Block {
  const unit = details.unitName?.trim() || "đơn vị";
  return {
    type: "paragraph",
    runs: [
      {
        kind: "text",
        text: `Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính ${periodPhrase(details)} của ${unit}./.`,
      },
    ],
  };
}

export function buildReport(input: ReportInput): ReportModel {
  const { appendix } = input;
  const draft = input.draft && input.draft.paragraphs.length > 0 ? input.draft : null;
  const source: ReportSource = input.source ?? (draft ? "draft" : "sheet");
  // the draft's own header and signer where the officer gave none, then the sheet's title and signature blocks
  // (explicit > draft > sheet, field by field)
  const afterDraft = source === "draft" && draft ? withDraftDetails(input.details, draft) : input.details;
  const details = withSheetDetails(afterDraft, appendix);
  const added = (from: ReportDetails, to: ReportDetails) =>
    (Object.keys(to) as (keyof ReportDetails)[]).filter((k) => to[k] !== undefined && from[k] === undefined);
  const detailsFrom = { draft: added(input.details, afterDraft), sheet: added(afterDraft, details) };

  let body: Block[];
  let figures: LinkedFigure[];
  let unlinked: UnlinkedFigure[] = [];
  if (source === "draft" && draft) {
    const rewritten = rewriteDraft(draft, appendix);
    body = rewritten.hasClosing ? rewritten.blocks : [...rewritten.blocks, closingParagraph(details)];
    figures = rewritten.figures;
    unlinked = rewritten.unlinked;
  } else {
    const officer = draft ? officerSections(draft, appendix) : null;
    body = [...generateBody(appendix, details, officer ?? {}), closingParagraph(details)];
    const fromOfficer = new Set([...(officer?.assessment ?? []), ...(officer?.nextTasks ?? [])]);
    figures = [
      ...figuresOf(
        body.filter((b) => !fromOfficer.has(b)),
        "sheet",
      ),
      ...(officer?.figures ?? []),
    ];
    unlinked = officer?.unlinked ?? [];
  }

  const quoted = new Set(figures.map((f) => f.code));
  const flagged = [
    ...new Set(
      (input.findings ?? [])
        .filter((f) => f.severity === "error" && f.kind !== "narrative-mismatch" && f.kind !== "date")
        .map((f) => f.codes[0])
        .filter((c): c is string => !!c && quoted.has(c)),
    ),
  ];

  const issuer = issuerLines(details);
  return {
    header: {
      parentBody: issuer.parentBody,
      issuer: issuer.issuer,
      number: issuer.number,
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: placeDateLine(details),
    },
    title: "BÁO CÁO",
    summary: summaryLine(details),
    body,
    recipients: recipientLines(details),
    signature: signingBlock(details),
    appendix: buildAppendixTable(appendix, details),
    figures,
    unlinked,
    flagged,
    details,
    detailsFrom,
  };
}

export { PLACEHOLDER } from "./generate";
