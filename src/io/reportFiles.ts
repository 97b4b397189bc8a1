/**
 * The exported report's files from its model: the .docx, and the same report as rich text and plain text for the
 * clipboard. The pane loads this module on demand (its own webpack chunk, with the docx library).
 */
import "./textEncoderShim";
import type { ReportModel } from "../core/report/model";
import { reportDocx } from "./reportDocx";
import { reportHtml, reportText } from "./reportHtml";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function renderReport(model: ReportModel): Promise<{ bytes: Uint8Array; html: string; text: string }> {
  return { bytes: await reportDocx(model), html: reportHtml(model), text: reportText(model) };
}
