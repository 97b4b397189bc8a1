/**
 * The report model → rich text (HTML with inline styles) and plain text, for the clipboard way of delivering the
 * report: pasted into Word it keeps Times New Roman, the sizes, bold and italics, the header and signing tables and
 * the appendix table. Linked figures are HTML anchors named as the .docx bookmarks (Word turns <a name> into
 * bookmarks when pasting; not verified here, no Word on the development machines).
 */
import { markName, type MarkKind } from "../core/report/marks";
import type { Block, ReportModel, Run } from "../core/report/model";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const FONT = "font-family:'Times New Roman',serif";
const P = (size: number, extra = "") => `${FONT};font-size:${size}pt;margin:0;${extra}`;
const BODY = `${FONT};font-size:14pt;text-align:justify;text-indent:1.27cm;margin:0 0 6pt 0;line-height:1.2`;

function runsHtml(runs: readonly Run[], next: () => number): string {
  return runs
    .map((r) => {
      let t = esc(r.text);
      if (r.kind === "text" && r.bold) t = `<b>${t}</b>`;
      if (r.kind === "text" && r.italic) t = `<i>${t}</i>`;
      if (r.kind === "figure" || r.kind === "label") {
        const kind: MarkKind = r.kind === "label" ? "label" : r.zero ? "zero" : "figure";
        const name = markName(kind, next(), r.code);
        if (name) t = `<a name="${name}">${t}</a>`;
      }
      return t;
    })
    .join("");
}

function blockHtml(b: Block, next: () => number): string {
  if (b.type === "table") {
    const rows = b.rows
      .map((r) => `<tr>${r.map((c) => `<td style="border:1px solid #000;${P(12)}">${esc(c)}</td>`).join("")}</tr>`)
      .join("");
    return `<table style="border-collapse:collapse;width:100%">${rows}</table>`;
  }
  const inner = runsHtml(b.runs, next);
  if (b.type === "heading") {
    const style = `${BODY};font-weight:bold${b.level === 3 ? ";font-style:italic" : ""}`;
    return `<p style="${style}">${inner}</p>`;
  }
  const style = b.placeholder ? `${BODY};font-style:italic;background:yellow` : BODY;
  return `<p style="${style}">${inner}</p>`;
}

export function reportHtml(model: ReportModel): string {
  let serial = 0;
  const next = () => ++serial;
  const h = model.header;
  const center = (text: string, size: number, extra = "") =>
    `<p style="${P(size, `text-align:center;${extra}`)}">${esc(text)}</p>`;
  const header = `<table style="border-collapse:collapse;width:100%"><tr>
<td style="width:38%;vertical-align:top">${h.parentBody === null ? "" : center(h.parentBody, 13)}${h.issuer.map((l, i) => center(l, 13, `font-weight:bold${i === h.issuer.length - 1 ? ";text-decoration:underline" : ""}`)).join("")}${center(h.number, 13, "margin-top:6pt")}</td>
<td style="width:62%;vertical-align:top">${center(h.nation, 12, "font-weight:bold")}${center(h.motto, 13, "font-weight:bold;text-decoration:underline")}${center(h.placeDate, 14, "font-style:italic;margin-top:12pt")}</td>
</tr></table>`;
  const title = `${center(model.title, 14, "font-weight:bold;margin-top:18pt")}${center(model.summary, 14, "font-weight:bold;margin-bottom:12pt")}`;
  const body = model.body.map((b) => blockHtml(b, next)).join("\n");
  const signature = `<table style="border-collapse:collapse;width:100%;margin-top:12pt"><tr>
<td style="width:45%;vertical-align:top"><p style="${P(12, "font-weight:bold;font-style:italic")}">Nơi nhận:</p>${model.recipients
    .map((r) => `<p style="${P(11)}">${esc(r)}</p>`)
    .join("")}</td>
<td style="width:55%;vertical-align:top">${model.signature.lines.map((l) => center(l, 14, "font-weight:bold")).join("")}${center(" ", 14, "height:60pt")}${center(model.signature.name, 14, "font-weight:bold;margin-top:48pt")}</td>
</tr></table>`;
  let appendix = "";
  if (model.appendix) {
    const a = model.appendix;
    const cellStyle = `border:1px solid #000;${P(12)};padding:1pt 3pt`;
    const th = (text: string, span = "") => `<th${span} style="${cellStyle}">${esc(text)}</th>`;
    // one value column: "Kết quả thống kê" over "Đơn vị tính | Số liệu"; several: "Số liệu" over their headings
    const head =
      a.columns.length === 1
        ? `<tr>${th("STT", ' rowspan="2"')}${th("Chỉ tiêu thống kê", ' rowspan="2"')}${th("Kết quả thống kê", ' colspan="2"')}${th("Ghi chú", ' rowspan="2"')}</tr>
<tr>${th("Đơn vị tính")}${th("Số liệu")}</tr>`
        : `<tr>${th("STT", ' rowspan="2"')}${th("Chỉ tiêu thống kê", ' rowspan="2"')}${th("Đơn vị tính", ' rowspan="2"')}${th("Số liệu", ` colspan="${a.columns.length}"`)}${th("Ghi chú", ' rowspan="2"')}</tr>
<tr>${a.columns.map((c) => th(c.title)).join("")}</tr>`;
    const rows = a.rows
      .map((r) => {
        const s = `${cellStyle}${r.bold ? ";font-weight:bold" : ""}${r.italic ? ";font-style:italic" : ""}`;
        // only the main column's figure is linked (an anchor named after the row)
        const values = r.values
          .map((v, i) =>
            a.columns[i].main && r.linked ? runsHtml([{ kind: "figure", text: v, code: r.code }], next) : esc(v),
          )
          .map((v) => `<td style="${s};text-align:center">${v}</td>`)
          .join("");
        return `<tr><td style="${s};text-align:center">${esc(r.stt)}</td><td style="${s}">${esc(r.label)}</td><td style="${s};text-align:center">${esc(r.unit)}</td>${values}<td style="${s}">${esc(r.note)}</td></tr>`;
      })
      .join("\n");
    appendix = `<br style="page-break-before:always" clear="all">
${center(a.heading, 14, "font-weight:bold")}${center(a.title, 14, "font-weight:bold")}${a.period === null ? "" : center(a.period, 14, "font-weight:bold")}${center(a.attachment, 14, "font-style:italic;margin-bottom:12pt")}
<table style="border-collapse:collapse;width:100%"><thead>${head}</thead><tbody>${rows}</tbody></table>`;
  }
  return `<html><head><meta charset="utf-8"></head><body>${header}\n${title}\n${body}\n${signature}\n${appendix}</body></html>`;
}

/** The report as plain text (the clipboard's text/plain): paragraphs as lines, table rows with tabs. */
export function reportText(model: ReportModel): string {
  const h = model.header;
  const lines = [
    `${h.parentBody ?? h.issuer[0]}\t${h.nation}`,
    `${(h.parentBody === null ? h.issuer.slice(1) : h.issuer).join(" ")}\t${h.motto}`,
    `${h.number}\t${h.placeDate}`,
    "",
    model.title,
    model.summary,
    "",
    ...model.body.map((b) =>
      b.type === "table" ? b.rows.map((r) => r.join("\t")).join("\n") : b.runs.map((r) => r.text).join(""),
    ),
    "",
    "Nơi nhận:",
    ...model.recipients,
    "",
    ...model.signature.lines,
    "",
    model.signature.name,
  ];
  if (model.appendix) {
    const a = model.appendix;
    lines.push(
      "",
      a.heading,
      a.title,
      ...(a.period === null ? [] : [a.period]),
      a.attachment,
      "",
      ["STT", "Chỉ tiêu thống kê", "Đơn vị tính", ...a.columns.map((c) => c.title), "Ghi chú"].join("\t"),
    );
    for (const r of a.rows) lines.push([r.stt, r.label, r.unit, ...r.values, r.note].join("\t"));
  }
  return lines.join("\n");
}
