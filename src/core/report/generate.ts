/**
 * The report's prose from the sheet alone: every section of the outline gets sentences generated from its rows, in
 * the register of real reports ("Tổng số hồ sơ TTHC đã giải quyết xong là 254 hồ sơ, trong đó số hồ sơ TTHC giải
 * quyết đúng hạn 254 hồ sơ, đạt tỷ lệ 100%").
 *
 * Driven by the form's data, never by row codes: the groups (rows without a parent) are the sections (the group of
 * "chỉ đạo, điều hành" is section I, the others numbered under II), their heading rows with children the
 * subsections, a ratio relation (percent, numerator, denominator within one group) one sentence, a sum relation
 * (total and parts within one group) one sentence, any other row a clause of its own. Rows left blank are not
 * invented (nothing is said); a zero is said as "không phát sinh"; several zeros in a row are one sentence.
 * Wording varies where rows repeat a pattern (three shapes of ratio sentence, alternating links and openings), so
 * the text reads as prose, not a list dump.
 */
import type { Appendix, AppendixRow } from "../appendix";
import { childrenOf, rowByCode } from "../form";
import type { FormDefinition, FormRow } from "../form/schema";
import { matchText } from "../narrative/text";
import { nextPeriodPhrase, periodPhrase, type ReportDetails } from "./details";
import type { Block, Run } from "./model";
import { labelPhrase, labelRun, unitWord, upperFirst, valueSaid, type ValueSaid } from "./phrases";

/** A sentence: its runs, and a qualifier said before it ("lũy kế đến thời điểm báo cáo"). */
interface Said {
  runs: Run[];
  qualifier: string | null;
}

type Item =
  | { type: "single"; row: AppendixRow }
  | { type: "ratio"; percent: AppendixRow | null; numerator: AppendixRow | null; denominator: AppendixRow | null }
  | { type: "sum"; total: AppendixRow | null; parts: AppendixRow[] }
  | { type: "zeros"; rows: AppendixRow[] }
  /** A heading below a subsection: a new paragraph led by its label. */
  | { type: "lead"; row: FormRow };

interface Cluster {
  anchor: string;
  item: Extract<Item, { type: "ratio" | "sum" }>;
}

/** At most this many sentences in one paragraph. */
const SENTENCES_PER_PARAGRAPH = 4;

/** Text of a placeholder paragraph the officer replaces. */
export const PLACEHOLDER = {
  section: "(Đơn vị bổ sung nội dung phần này.)",
  noData: "(Biểu chưa có số liệu của phần này; đơn vị bổ sung nội dung.)",
  strengths: "(Đơn vị bổ sung những kết quả nổi bật, ưu điểm trong kỳ.)",
  weaknesses: "(Đơn vị bổ sung những tồn tại, hạn chế và nguyên nhân.)",
  nextTasks: "(Đơn vị bổ sung phương hướng, nhiệm vụ trọng tâm kỳ tới.)",
};

const text = (t: string): Run => ({ kind: "text", text: t });

/** Is this group the "chỉ đạo, điều hành" one (section I)? */
export function isDirectionGroup(row: FormRow): boolean {
  const t = matchText(row.label);
  return t.includes("chỉ đạo") && t.includes("điều hành");
}

/** Top-level ancestor (group) of a row. */
function groupOf(form: FormDefinition, code: string): string {
  let row = rowByCode(form, code);
  while (row && row.parent !== null) row = rowByCode(form, row.parent);
  return row?.code ?? code;
}

/** Ratio and sum relations whose rows sit in one group: one sentence each, said where its first row is. */
function clustersOf(appendix: Appendix): Map<string, Cluster> {
  const { form } = appendix;
  const order = new Map(form.rows.map((r, i) => [r.code, i]));
  const byCode = new Map<string, Cluster>();
  const row = (c: string) => appendix.rows.get(c) ?? null;
  const claim = (codes: string[], item: Cluster["item"]) => {
    if (codes.some((c) => byCode.has(c) || !order.has(c))) return;
    const group = groupOf(form, codes[0]);
    if (codes.some((c) => groupOf(form, c) !== group)) return;
    const anchor = [...codes].sort((a, b) => order.get(a)! - order.get(b)!)[0];
    const cluster = { anchor, item };
    for (const c of codes) byCode.set(c, cluster);
  };
  for (const rel of form.relations) {
    if (rel.type !== "ratio") continue;
    const kinds = [rel.numerator, rel.denominator].map((c) => rowByCode(form, c)?.kind);
    if (rowByCode(form, rel.percent)?.kind !== "percent" || kinds.some((k) => k !== "count" && k !== "amount"))
      continue;
    claim([rel.percent, rel.numerator, rel.denominator], {
      type: "ratio",
      percent: row(rel.percent),
      numerator: row(rel.numerator),
      denominator: row(rel.denominator),
    });
  }
  for (const rel of form.relations) {
    if (rel.type !== "sum") continue;
    claim([rel.total, ...rel.parts], {
      type: "sum",
      total: row(rel.total),
      parts: rel.parts.map(row).filter((r): r is AppendixRow => r !== null),
    });
  }
  return byCode;
}

/** Variation: counters that rotate the wording of repeated patterns. */
class Voice {
  private ratios = 0;
  private links = 0;
  private openings = 0;
  constructor(private readonly period: string) {}
  /** One of three ratio sentence shapes, in turn. */
  ratioShape(): 0 | 1 | 2 {
    return (this.ratios++ % 3) as 0 | 1 | 2;
  }
  /** "là" or ":" between a label and its count, in turn. */
  link(): string {
    return this.links++ % 2 === 0 ? " là " : ": ";
  }
  /** The opening of a paragraph: "Trong quý III năm 2022, ", "", "Trong kỳ, " in turn. */
  opening(): string {
    const o = this.openings++ % 3;
    return o === 0 ? `Trong ${this.period}, ` : o === 1 ? "" : "Trong kỳ báo cáo, ";
  }
}

/** A sentence builder. */
class Line {
  readonly runs: Run[] = [];
  qualifier: string | null = null;
  add(...runs: Run[]): this {
    this.runs.push(...runs);
    return this;
  }
  label(row: AppendixRow): this {
    const { text: t, qualifier } = labelPhrase(row.formRow);
    this.qualifier ??= qualifier;
    return this.add(labelRun(row.formRow, t));
  }
  figure(row: AppendixRow, said: string): this {
    return this.add({ kind: "figure", text: said, code: row.code });
  }
  zero(row: AppendixRow, said = "không phát sinh"): this {
    return this.add({ kind: "figure", text: said, code: row.code, zero: true });
  }
  /** The figure and its unit word: "254 hồ sơ". */
  amount(row: AppendixRow, v: Extract<ValueSaid, { type: "number" }>, unitOf: AppendixRow = row): this {
    this.figure(row, v.text);
    const u = v.kind === "percent" ? "" : unitWord(unitOf.formRow.unit);
    return u ? this.add(text(` ${u}`)) : this;
  }
  done(): Said {
    return { runs: this.runs, qualifier: this.qualifier };
  }
}

/** "label là 14 văn bản" / "label: không phát sinh" / "label đạt 76%" / "label: đã thực hiện". */
function single(row: AppendixRow, voice: Voice, unitFrom?: string | null): Said | null {
  const v = valueSaid(row);
  const line = new Line().label(row);
  switch (v.type) {
    case "empty":
      return null;
    case "zero":
      return line.add(text(": ")).zero(row).done();
    case "yesNo":
    case "text":
      return line.add(text(": ")).figure(row, v.text).done();
    case "number":
      if (v.kind === "percent")
        return line
          .add(text(v.value === 0 ? " là " : " đạt "))
          .figure(row, v.text)
          .done();
      line.add(text(voice.link())).figure(row, v.text);
      {
        const u = unitWord(row.formRow.unit ?? unitFrom ?? null);
        if (u) line.add(text(` ${u}`));
      }
      return line.done();
  }
}

function numberOf(row: AppendixRow | null, padded = true): Extract<ValueSaid, { type: "number" }> | null {
  if (!row) return null;
  const v = valueSaid(row, padded);
  return v.type === "number" ? v : null;
}

function isZero(row: AppendixRow | null): boolean {
  return !!row && valueSaid(row).type === "zero";
}

function isEmpty(row: AppendixRow | null): boolean {
  return !row || valueSaid(row).type === "empty";
}

function ratio(item: Extract<Item, { type: "ratio" }>, voice: Voice): Said[] {
  const { percent: P, numerator: N, denominator: D } = item;
  const out: Said[] = [];
  const push = (s: Said | null) => s && out.push(s);
  // Nothing to divide by: the denominator is said as none, the numerator and the percent are not said.
  if (D && isZero(D)) {
    push(single(D, voice));
    if (N && !isZero(N) && !isEmpty(N)) push(single(N, voice));
    return out;
  }
  const p = numberOf(P);
  const n = numberOf(N);
  const d = numberOf(D);
  if (!N || !D || !n || !d) {
    for (const r of [P, D, N]) if (r) push(single(r, voice));
    return out;
  }
  if (P && !p) push(single(P, voice)); // a percent cell holding words ("Không có TTHC ở mức độ 3") is said as written
  const line = new Line();
  const shape = p && P ? voice.ratioShape() : 2;
  if (shape === 0 && p && P) {
    // "Tỷ lệ … đạt 100%: tổng số … là 254 hồ sơ, số … là 254 hồ sơ."
    line.label(P).add(text(" đạt ")).figure(P, p.text).add(text(": "));
    line.label(D).add(text(" là ")).amount(D, d).add(text(", ")).label(N).add(text(" là ")).amount(N, n);
  } else if (shape === 1 && p && P) {
    // "Tỷ lệ … đạt 100% (1.851/1.851 hồ sơ)."
    const nn = numberOf(N, false)!;
    const dd = numberOf(D, false)!;
    line.label(P).add(text(" đạt ")).figure(P, p.text).add(text(" (")).figure(N, nn.text).add(text("/"));
    line.amount(D, dd).add(text(")"));
  } else {
    // "Tổng số … là 269 hồ sơ, trong đó số … 254 hồ sơ, đạt tỷ lệ 100%."
    line.label(D).add(text(" là ")).amount(D, d).add(text(", trong đó ")).label(N).add(text(" ")).amount(N, n);
    if (p && P) line.add(text(", đạt tỷ lệ ")).figure(P, p.text);
  }
  out.push(line.done());
  return out;
}

function sum(item: Extract<Item, { type: "sum" }>, voice: Voice): Said[] {
  const { total: T, parts } = item;
  const said = parts.filter((r) => !isEmpty(r));
  const unitFrom = parts.find((r) => r.formRow.unit)?.formRow.unit ?? null;
  if (said.length === 0 || said.every(isZero)) {
    if (!T) return [];
    const s = single(T, voice, unitFrom);
    return s ? [s] : [];
  }
  const line = new Line();
  if (T) {
    line.label(T);
    const t = numberOf(T);
    if (t) {
      line.add(text(" là ")).figure(T, t.text);
      const u = unitWord(T.formRow.unit ?? unitFrom);
      if (u) line.add(text(` ${u}`));
      line.add(text(", trong đó: "));
    } else if (isZero(T)) {
      line.add(text(": ")).zero(T).add(text("; trong đó: "));
    } else line.add(text(": "));
  }
  said.forEach((r, i) => {
    if (i > 0) line.add(text("; "));
    line.label(r);
    const v = numberOf(r);
    if (v) line.add(text(" ")).amount(r, v);
    else if (isZero(r)) line.add(text(": ")).zero(r, "không có");
    else {
      const w = valueSaid(r);
      if (w.type === "text" || w.type === "yesNo") line.add(text(": ")).figure(r, w.text);
    }
  });
  return [line.done()];
}

function zeros(rows: AppendixRow[]): Said {
  const line = new Line().add(text("không phát sinh: "));
  rows.forEach((r, i) => {
    if (i > 0) line.add(text("; "));
    const { text: t, qualifier } = labelPhrase(r.formRow);
    line.qualifier ??= qualifier;
    line.add({ kind: "figure", text: t, code: r.code, zero: true });
  });
  return line.done();
}

/** The items of a scope (a group's own rows, or a subsection), in form order; subsections excluded. */
function collect(
  appendix: Appendix,
  root: FormRow,
  clusters: Map<string, Cluster>,
  isSubsection: (r: FormRow) => boolean,
): Item[] {
  const out: Item[] = [];
  const visit = (parent: FormRow) => {
    for (const child of childrenOf(appendix.form, parent.code)) {
      if (isSubsection(child)) continue;
      if (child.kind === "heading") {
        if (childrenOf(appendix.form, child.code).length > 0) {
          out.push({ type: "lead", row: child });
          visit(child);
        }
        continue;
      }
      const cluster = clusters.get(child.code);
      if (cluster) {
        if (cluster.anchor === child.code) out.push(cluster.item);
      } else {
        const row = appendix.rows.get(child.code);
        if (row) out.push({ type: "single", row });
      }
      visit(child);
    }
  };
  visit(root);
  // A ratio with nothing to divide by is said as its denominator's zero; runs of zero counts are one sentence.
  const merged: Item[] = [];
  for (const raw of out) {
    const item: Item =
      raw.type === "ratio" &&
      raw.denominator &&
      isZero(raw.denominator) &&
      (!raw.numerator || isZero(raw.numerator) || isEmpty(raw.numerator))
        ? { type: "single", row: raw.denominator }
        : raw;
    const zero = item.type === "single" && item.row.formRow.kind === "count" && isZero(item.row);
    const last = merged[merged.length - 1];
    if (zero && last?.type === "zeros") last.rows.push((item as { row: AppendixRow }).row);
    else if (zero && last?.type === "single" && last.row.formRow.kind === "count" && isZero(last.row))
      merged[merged.length - 1] = { type: "zeros", rows: [last.row, (item as { row: AppendixRow }).row] };
    else merged.push(item);
  }
  return merged;
}

function sentencesOf(item: Item, voice: Voice): Said[] {
  switch (item.type) {
    case "single": {
      const s = single(item.row, voice);
      return s ? [s] : [];
    }
    case "ratio":
      return ratio(item, voice);
    case "sum":
      return sum(item, voice);
    case "zeros":
      return [zeros(item.rows)];
    case "lead":
      return [];
  }
}

/** Runs of one sentence, with its opening (or qualifier) and capital letter, ending with a full stop. */
function finish(s: Said, opening: string, sayQualifier: boolean): Run[] {
  const runs = s.runs.map((r) => ({ ...r }));
  const lead = s.qualifier && sayQualifier ? `${upperFirst(s.qualifier)}, ` : opening;
  if (lead) runs.unshift(text(lead));
  else if (runs[0]) runs[0] = { ...runs[0], text: upperFirst(runs[0].text) } as Run;
  runs.push(text("."));
  return runs;
}

/** Paragraphs of a scope's items: a lead heading starts a new paragraph; at most a few sentences each. */
function paragraphs(items: Item[], voice: Voice): Block[] {
  const blocks: Block[] = [];
  let sentences: Run[][] = [];
  let lead: string | null = null;
  /** The qualifier already said in this paragraph ("lũy kế đến thời điểm báo cáo" is said once). */
  let said: string | null = null;
  const flush = () => {
    for (let i = 0; i < sentences.length; i += SENTENCES_PER_PARAGRAPH) {
      const runs: Run[] = [];
      const chunk = sentences.slice(i, i + SENTENCES_PER_PARAGRAPH);
      if (i === 0 && lead) runs.push(text(`${lead}: `));
      chunk.forEach((s, j) => {
        if (j > 0) runs.push(text(" "));
        runs.push(...s);
      });
      blocks.push({ type: "paragraph", runs: merge(runs) });
    }
    sentences = [];
    lead = null;
    said = null;
  };
  for (const item of items) {
    if (item.type === "lead") {
      flush();
      lead = upperFirst(labelPhrase(item.row).text);
      continue;
    }
    for (const s of sentencesOf(item, voice)) {
      const first = sentences.length === 0 && lead === null;
      const sayQualifier = s.qualifier !== null && s.qualifier !== said;
      const opening = first && !sayQualifier ? voice.opening() : "";
      const runs = finish(s, opening, sayQualifier);
      if (s.qualifier) said = s.qualifier;
      // After a lead ("Kiểm tra CCHC: "), the sentence continues the lead: no capital.
      if (sentences.length === 0 && lead !== null && runs[0]?.kind === "text" && !sayQualifier)
        runs[0] = { ...runs[0], text: lowerFirstRun(runs[0].text) };
      sentences.push(runs);
    }
  }
  flush();
  return blocks;
}

function lowerFirstRun(t: string): string {
  const letters = (/^\S+/u.exec(t)?.[0] ?? "").replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toLocaleUpperCase("vi-VN")) return t;
  return t.charAt(0).toLocaleLowerCase("vi-VN") + t.slice(1);
}

/** Neighbouring plain text runs joined. */
function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (r.kind === "text" && last?.kind === "text" && !last.bold && !last.italic && !r.bold && !r.italic)
      out[out.length - 1] = { ...last, text: last.text + r.text };
    else if (r.text !== "") out.push(r);
  }
  return out;
}

const heading = (level: 1 | 2 | 3, t: string): Block => ({ type: "heading", level, runs: [text(t)] });
const placeholder = (t: string): Block => ({ type: "paragraph", runs: [text(t)], placeholder: true });

export interface OfficerSections {
  /** The officer's paragraphs of "III. Đánh giá chung" (without its heading), when a draft has them. */
  assessment?: Block[];
  /** The officer's paragraphs of "IV. Phương hướng, nhiệm vụ …" (without its heading). */
  nextTasks?: Block[];
}

const upper = (s: string) => s.toLocaleUpperCase("vi-VN");

/** The body of the report from the sheet: introduction, I, II (from the rows), III and IV (officer's text or placeholders). */
export function generateBody(appendix: Appendix, details: ReportDetails, officer: OfficerSections = {}): Block[] {
  const form = appendix.form;
  const voice = new Voice(periodPhrase(details));
  const clusters = clustersOf(appendix);
  const groups = form.rows.filter((r) => r.parent === null);
  const direction = groups.find(isDirectionGroup) ?? null;
  const results = groups.filter((g) => g !== direction);
  const isSubsectionOf = (group: FormRow) => (r: FormRow) =>
    r.parent === group.code && r.kind === "heading" && childrenOf(form, r.code).length > 0;
  const unit = details.unitName?.trim() || "đơn vị";

  const blocks: Block[] = [
    {
      type: "paragraph",
      runs: [
        text(
          `Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính, ${unit} báo cáo kết quả thực hiện công tác cải cách hành chính ${periodPhrase(details)} như sau:`,
        ),
      ],
    },
  ];

  /** A group's own rows, then each subsection with its number. */
  const section = (group: FormRow, number: (i: number) => string, level: 2 | 3): Block[] => {
    const out: Block[] = [];
    const isSub = isSubsectionOf(group);
    out.push(...paragraphs(collect(appendix, group, clusters, isSub), voice));
    childrenOf(form, group.code)
      .filter(isSub)
      .forEach((sub) => {
        const body = paragraphs(
          collect(appendix, sub, clusters, () => false),
          voice,
        );
        if (body.length === 0) return;
        out.push(
          heading(
            level,
            `${number(out.filter((b) => b.type === "heading").length + 1)} ${upperFirst(labelPhrase(sub).text)}`,
          ),
        );
        out.push(...body);
      });
    return out;
  };

  blocks.push(heading(1, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC"));
  if (direction) {
    const body = section(direction, (i) => `${i}.`, 2);
    blocks.push(...(body.length > 0 ? body : [placeholder(PLACEHOLDER.noData)]));
  } else blocks.push(placeholder(PLACEHOLDER.section));

  blocks.push(heading(1, "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC"));
  results.forEach((group, gi) => {
    blocks.push(heading(2, `${gi + 1}. ${upperFirst(labelPhrase(group).text)}`));
    const body = section(group, (i) => `${gi + 1}.${i}.`, 3);
    blocks.push(...(body.length > 0 ? body : [placeholder(PLACEHOLDER.noData)]));
  });
  if (results.length === 0) blocks.push(placeholder(PLACEHOLDER.section));

  blocks.push(heading(1, "III. ĐÁNH GIÁ CHUNG"));
  if (officer.assessment?.length) blocks.push(...officer.assessment);
  else {
    blocks.push(heading(2, "1. Ưu điểm"), placeholder(PLACEHOLDER.strengths));
    blocks.push(heading(2, "2. Tồn tại, hạn chế và nguyên nhân"), placeholder(PLACEHOLDER.weaknesses));
  }
  const next = nextPeriodPhrase(details);
  blocks.push(heading(1, `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM ${upper(next ?? "kỳ tới")}`));
  if (officer.nextTasks?.length) blocks.push(...officer.nextTasks);
  else blocks.push(placeholder(PLACEHOLDER.nextTasks));
  return blocks;
}
