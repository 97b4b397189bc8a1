/**
 * The report's prose from the sheet alone: every section of the outline gets sentences generated from its rows, in
 * the register of real reports ("Tổng số hồ sơ TTHC đã tiếp nhận là 4.520 hồ sơ, trong đó tiếp nhận trực tuyến 3.100
 * hồ sơ, đạt tỷ lệ 68,58%; tiếp nhận trực tiếp 1.420 hồ sơ"; "Đã hoàn thành 18 nhiệm vụ CCHC").
 *
 * Driven by the form's data, never by row codes. The groups (rows without a parent) are the sections (the group of
 * "chỉ đạo, điều hành" is section I, the others numbered under II; a form whose top rows hold figures is said under II
 * without subsections), their heading rows with children the subsections, deeper headings a paragraph led by their
 * label. Within one heading, the rows are said as a tree, so that a row's meaning is kept where it depends on another:
 * - the parts of a total (a sum relation, or the sub-rows printed under a row: "Trong đó", "-", "a") are said inside
 *   the total's sentence after "trong đó", a part's own parts in brackets;
 * - a ratio's percent is said after its numerator ("…, đạt tỷ lệ 99,53%"), and the numerator after its denominator
 *   when it follows it on the form (inside "trong đó" when it counts part of it, after a comma when it does not: money
 *   spent against a plan, revenue against an estimate), or in short ("đạt 75% (18/24 nhiệm vụ)");
 * - a label "Số <what> đã/đang <verb>" is said as the verb ("đã hoàn thành 18 nhiệm vụ CCHC"), "Số <what> được <verb>"
 *   as what ("có 1.250 lượt người được tuyên truyền"), other labels with "là" ("Tổng số … là 312 thủ tục").
 * Rows left blank are not invented (nothing is said); a zero is said as "không phát sinh", several in a row in one
 * sentence; a ratio with nothing to divide by says no percent. Wording varies where rows repeat a pattern (the ratio
 * sentence's two shapes, the percent's link, the paragraphs' openings), so the text reads as prose, not a list dump.
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
  /** One plain clause ("số cơ quan chuyên môn là 04 cơ quan"): a few in a row are said as one sentence. */
  plain?: boolean;
}

/** What a scope says, in form order: a row's sentence, or a deeper heading that leads a new paragraph. */
type Entry = { type: "row"; code: string } | { type: "lead"; row: FormRow };

/** At most this many sentences in one paragraph. */
const SENTENCES_PER_PARAGRAPH = 4;
/** A verb phrase said before the figure ("đã triển khai thanh toán trực tuyến 110 TTHC") has at most this many syllables. */
const SHORT_VERB_PHRASE = 7;
/** Short sentences of the plain shape ("Số … là 45 người") joined into one, at most this many. */
const CLAUSES_PER_SENTENCE = 3;

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

// --- the tree of what is said inside what ---------------------------------------------------------------------------

type Link = "part" | "next";

/** Which row is said inside which, which percent after which numerator, which rows are not said at all. */
interface Plan {
  /** row → the row whose sentence says it, and how (a part after "trong đó", or the next clause). */
  host: Map<string, { host: string; link: Link }>;
  /** host → the rows said inside its sentence, in form order. */
  inside: Map<string, { code: string; link: Link }[]>;
  /** numerator → the percent said after it. */
  percentOf: Map<string, string>;
  /** Percents said after their numerator, and rows not said (the percent and numerator of a zero denominator). */
  placed: Set<string>;
  /** A percent printed over its own numerator and denominator (1.2 over 1.2.1 and 1.2.2): it leads their sentence. */
  leads: Map<string, { numerator: string; denominator: string }>;
}

const isNumberKind = (r: FormRow | undefined) => r?.kind === "count" || r?.kind === "amount";

function said(row: AppendixRow | undefined): ValueSaid["type"] {
  return row ? valueSaid(row).type : "empty";
}

/**
 * The scope of each row: its nearest heading above it, or, for a form whose top rows hold figures themselves, the run
 * of such top rows it belongs to. Rows are said together only within one scope.
 */
function scopes(form: FormDefinition): Map<string, string> {
  const out = new Map<string, string>();
  let run = 0;
  let lastTop: FormRow | null = null;
  for (const row of form.rows) {
    if (row.parent === null) {
      if (row.kind === "heading") out.set(row.code, row.code);
      else {
        if (lastTop?.kind === "heading" || lastTop === null) run++;
        out.set(row.code, `run:${run}`);
      }
      lastTop = row;
      continue;
    }
    const parent = rowByCode(form, row.parent);
    out.set(row.code, parent?.kind === "heading" ? parent.code : (out.get(row.parent) ?? row.parent));
  }
  return out;
}

function planOf(appendix: Appendix): Plan {
  const { form } = appendix;
  const scope = scopes(form);
  const order = new Map(form.rows.map((r, i) => [r.code, i]));
  const located = (c: string) => appendix.rows.has(c) && rowByCode(form, c)?.kind !== "heading";
  const plan: Plan = { host: new Map(), inside: new Map(), percentOf: new Map(), placed: new Set(), leads: new Map() };
  const hostChain = (c: string): string[] => {
    const chain: string[] = [];
    for (let h = plan.host.get(c)?.host; h && !chain.includes(h); h = plan.host.get(h)?.host) chain.push(h);
    return chain;
  };
  const link = (code: string, host: string, how: Link): boolean => {
    if (code === host || plan.host.has(code) || plan.placed.has(code) || plan.placed.has(host)) return false;
    if (!located(code) || !located(host) || scope.get(code) !== scope.get(host)) return false;
    if (hostChain(host).includes(code)) return false;
    plan.host.set(code, { host, link: how });
    return true;
  };
  const isPartOf = (part: string, whole: string) =>
    rowByCode(form, part)?.parent === whole ||
    form.relations.some(
      (r) =>
        (r.type === "sum" && r.total === whole && r.parts.includes(part)) ||
        (r.type === "part-of" && r.whole === whole && r.part === part),
    );

  const parentOf = (c: string) => rowByCode(form, c)?.parent ?? null;
  // the parts of each total printed under it or beside it (a total of rows printed elsewhere is said apart from them)
  for (const rel of form.relations) {
    if (rel.type === "sum") {
      for (const p of rel.parts)
        if (parentOf(p) === rel.total || parentOf(p) === parentOf(rel.total)) link(p, rel.total, "part");
    } else if (rel.type === "part-of" && parentOf(rel.part) === rel.whole) link(rel.part, rel.whole, "part");
  }
  // ratios: the percent after its numerator, the numerator after its denominator when it follows it on the form
  /** The rows said at the head of a sentence so far (and the denominator), in form order, the percent left out. */
  const roots = (percent: string, denominator: string) =>
    form.rows
      .filter(
        (r) =>
          located(r.code) &&
          r.code !== percent &&
          (r.code === denominator || (!plan.host.has(r.code) && !plan.placed.has(r.code))),
      )
      .map((r) => r.code);
  for (const rel of form.relations) {
    if (rel.type !== "ratio") continue;
    const [P, N, D] = [rel.percent, rel.numerator, rel.denominator];
    const pRow = rowByCode(form, P);
    if (pRow?.kind !== "percent" || !isNumberKind(rowByCode(form, N)) || !isNumberKind(rowByCode(form, D))) continue;
    if (![P, N, D].every((c) => located(c) && scope.get(c) === scope.get(P))) continue;
    if (plan.placed.has(P) || [...plan.percentOf.values()].includes(P)) continue;
    const d = said(appendix.rows.get(D));
    const n = said(appendix.rows.get(N));
    if (d === "zero") {
      // nothing to divide by: no percent, and no numerator unless it says something
      plan.placed.add(P);
      if ((n === "zero" || n === "empty") && !plan.host.has(N)) plan.placed.add(N);
      continue;
    }
    if (d !== "number" || n !== "number") continue;
    const p = said(appendix.rows.get(P));
    const hosts = (c: string) => [...plan.host.values()].some((h) => h.host === c);
    const free = (c: string) => !plan.host.has(c) && !hosts(c);
    if (p === "number" && parentOf(N) === P && parentOf(D) === P && free(N) && free(D)) {
      // "Tỷ lệ hoàn thành Kế hoạch CCHC năm đạt 76%: số nhiệm vụ đề ra … là 46 nhiệm vụ, đã hoàn thành 35 nhiệm vụ"
      plan.leads.set(P, { numerator: N, denominator: D });
      plan.placed.add(N);
      plan.placed.add(D);
      continue;
    }
    if (plan.host.has(N) && plan.host.get(N)!.host !== D) continue; // said inside another sentence: the percent apart
    if (p === "number" && !plan.percentOf.has(N)) {
      plan.percentOf.set(N, P);
      plan.placed.add(P);
    }
    if (plan.host.has(N)) continue;
    const list = roots(P, D);
    const follows = list.indexOf(N) === list.indexOf(D) + 1;
    const subset = isPartOf(N, D) || (rowByCode(form, N)?.kind === "count" && !pRow.canExceed);
    const hasNext = [...plan.host.values()].some((h) => h.host === D && h.link === "next");
    if (follows && (subset || !hasNext)) link(N, D, subset ? "part" : "next");
  }
  // the sub-rows printed under a count or an amount (no STT of their own): said as its parts
  for (const row of form.rows) {
    if (row.stt !== null || row.parent === null || plan.placed.has(row.code)) continue;
    if (isNumberKind(rowByCode(form, row.parent))) link(row.code, row.parent, "part");
  }
  for (const [code, { host, link: how }] of plan.host) {
    const list = plan.inside.get(host) ?? [];
    list.push({ code, link: how });
    plan.inside.set(host, list);
  }
  for (const list of plan.inside.values()) list.sort((a, b) => order.get(a.code)! - order.get(b.code)!);
  return plan;
}

// --- clauses ---------------------------------------------------------------------------------------------------------

/** Variation: counters that rotate the wording of repeated patterns. */
class Voice {
  private ratios = 0;
  private percents = 0;
  private openings = 0;
  constructor(private readonly period: string) {}
  /** The short shape of a ratio sentence ("đạt 75% (18/24 nhiệm vụ)") every other time. */
  shortRatio(): boolean {
    return this.ratios++ % 2 === 1;
  }
  /** How a percent follows its numerator: ", đạt tỷ lệ 99,53%" and ", đạt 99,53%" in turn. */
  percentLink(): string {
    return this.percents++ % 2 === 0 ? ", đạt tỷ lệ " : ", đạt ";
  }
  /** The opening of a paragraph: "Trong quý III năm 2022, ", "", "Trong kỳ báo cáo, " in turn. */
  opening(): string {
    const o = this.openings++ % 3;
    return o === 0 ? `Trong ${this.period}, ` : o === 1 ? "" : "Trong kỳ báo cáo, ";
  }
}

/** A sentence builder. */
class Line {
  readonly runs: Run[] = [];
  qualifier: string | null = null;
  plain = false;
  add(...runs: Run[]): this {
    this.runs.push(...runs);
    return this;
  }
  words(row: FormRow, t: string): this {
    return this.add(labelRun(row, t));
  }
  /** The row's label as a phrase inside the sentence (its qualifier kept to say before the sentence). */
  label(row: AppendixRow, transform: (t: string) => string = (t) => t): this {
    const { text: t, qualifier } = labelPhrase(row.formRow);
    this.qualifier ??= qualifier;
    return this.words(row.formRow, transform(t));
  }
  figure(row: AppendixRow, t: string): this {
    return this.add({ kind: "figure", text: t, code: row.code });
  }
  zero(row: AppendixRow, t: string): this {
    return this.add({ kind: "figure", text: t, code: row.code, zero: true });
  }
  /** The figure and its unit word: "254 hồ sơ". */
  amount(row: AppendixRow, v: Extract<ValueSaid, { type: "number" }>): this {
    this.figure(row, v.text);
    const u = v.kind === "percent" ? "" : unitWord(row.formRow.unit);
    return u ? this.add(text(` ${u}`)) : this;
  }
  done(): Said {
    return { runs: this.runs, qualifier: this.qualifier, plain: this.plain };
  }
}

const initials = (s: string) =>
  s
    .split(/[\s,/-]+/)
    .filter(Boolean)
    .map((w) => w[0].toLocaleUpperCase("vi-VN"))
    .join("");

/** Does the noun phrase count in the unit ("nhiệm vụ CCHC" in Nhiệm vụ, "TTHC" in Thủ tục, "phản ánh, kiến nghị" in PAKN)? */
function countsInUnit(noun: string, unit: string): boolean {
  const n = noun.toLocaleLowerCase("vi-VN");
  const u = unit.toLocaleLowerCase("vi-VN");
  if (!u) return false;
  if (n === u || n.startsWith(`${u} `) || n.startsWith(`${u},`)) return true;
  // "lượt cán bộ, công chức" counted in "Lượt người"
  const unitWords = u.split(/\s+/);
  if (unitWords.length > 1 && n.split(/\s+/)[0] === unitWords[0]) return true;
  const first = noun.split(/\s+/)[0];
  if (/^\p{Lu}{2,}$/u.test(first) && first.startsWith(initials(unit))) return true;
  return /^\p{Lu}{2,}$/u.test(unit) && initials(noun.replace(/\s*\(.*$/, "")) === unit;
}

/**
 * "Số nhiệm vụ CCHC đã hoàn thành" → the verb first ("đã hoàn thành" + "nhiệm vụ CCHC"); "Số lượt người được tuyên
 * truyền" → the noun first ("lượt người" + "được tuyên truyền"). Null when the label is not of that shape, or its
 * noun does not name what the unit counts (then "đơn vị SNCL đã thực hiện tự chủ" is not turned into an object).
 */
function verbShape(row: AppendixRow): { noun: string; verb: string; verbFirst: boolean } | null {
  const kind = row.formRow.kind;
  if (kind !== "count" && kind !== "amount") return null;
  const full = labelPhrase(row.formRow).text;
  // a closing aside ("(kết luận, chỉ thị, công văn chỉ đạo, quán triệt)") is said after the noun
  const aside = /\s*(\([^()]*\))$/u.exec(full);
  const phrase = aside ? full.slice(0, aside.index) : full;
  const m = /^(?:số lượng|số)\s+(.+?)\s+((?:đã|đang|được|bị)\s.+)$/u.exec(phrase);
  if (!m) return null;
  const [noun, verb] = [m[1], m[2]];
  const unit = unitWord(row.formRow.unit);
  if (kind === "count" ? !countsInUnit(noun, unit) : !unit) return null;
  const closing = aside ? ` ${aside[1]}` : "";
  const passive = /^(đã\s+)?(được|bị)\s/u.test(verb);
  // what follows a preposition qualifies the noun: "đã rà soát thuộc thẩm quyền" → "đã rà soát 20 VBQPPL thuộc thẩm quyền"
  const tail = /^(\S+\s+\S+(?:\s+\S+)?)\s+((?:thuộc|theo|tại|trên|của|trong|cho|với|qua|về|từ|sau)\s.+)$/u.exec(verb);
  const core = tail ? tail[1] : verb;
  const syllables = core.split(/[\s,]+/).filter(Boolean).length;
  if (!passive && syllables <= SHORT_VERB_PHRASE && !/\d\)?$/.test(core))
    return { noun: `${noun}${tail ? ` ${tail[2]}` : ""}${closing}`, verb: core, verbFirst: true };
  return { noun, verb: `${verb}${closing}`, verbFirst: false };
}

/** "là" between a label and its figure in a sentence of its own; in a list, only after a label ending in a digit. */
function labelLink(row: AppendixRow, inList: boolean): string {
  if (!inList) return " là ";
  return /[\d)]$/.test(labelPhrase(row.formRow).text) ? " là " : " ";
}

/**
 * One row's clause: "đã hoàn thành 18 nhiệm vụ CCHC", "tổng số TTHC … là 312 thủ tục", "tỷ lệ … đạt 75%",
 * "số VBQPPL đã kiểm tra: không phát sinh", "Trung tâm … có hệ thống đánh giá sự hài lòng". inList: a part of another
 * row's sentence; withHas: "có" before a noun said first ("có 1.250 lượt người được …"). Null for an empty row.
 */
function clause(row: AppendixRow, inList: boolean, withHas = !inList): Line | null {
  const v = valueSaid(row);
  const line = new Line();
  switch (v.type) {
    case "empty":
      return null;
    case "zero":
      return line
        .label(row)
        .add(text(": "))
        .zero(row, inList ? "không có" : "không phát sinh");
    case "yesNo": {
      // "Trung tâm … có hệ thống đánh giá" is said as it reads: "có" or "chưa có" in place of the label's "có"
      const phrase = labelPhrase(row.formRow);
      line.qualifier = phrase.qualifier;
      const has = /^(.*?\S)\s+có\s+(\S.*)$/u.exec(phrase.text);
      if (has && !/^có\s/u.test(phrase.text))
        return line
          .words(row.formRow, `${has[1]} `)
          .figure(row, v.yes ? "có" : "chưa có")
          .words(row.formRow, ` ${has[2]}`);
      return line.label(row).add(text(": ")).figure(row, v.text);
    }
    case "text":
      return line.label(row).add(text(": ")).figure(row, v.text);
    case "number": {
      if (v.kind === "percent")
        return line
          .label(row)
          .add(text(v.value === 0 ? " là " : " đạt "))
          .figure(row, v.text);
      const shape = verbShape(row);
      if (shape) {
        line.qualifier = labelPhrase(row.formRow).qualifier;
        const counted = () => {
          line.figure(row, v.text);
          if (v.kind === "amount") line.add(text(` ${unitWord(row.formRow.unit)}`));
          line.add(text(" ")).words(row.formRow, shape.noun);
        };
        if (shape.verbFirst) {
          line.words(row.formRow, `${shape.verb} `);
          counted();
        } else {
          if (withHas) line.add(text("có "));
          counted();
          line.add(text(" ")).words(row.formRow, shape.verb);
        }
        return line;
      }
      line.plain = true;
      return line
        .label(row)
        .add(text(labelLink(row, inList)))
        .amount(row, v);
    }
  }
}

// --- sentences -------------------------------------------------------------------------------------------------------

class Speaker {
  constructor(
    private readonly appendix: Appendix,
    private readonly plan: Plan,
    private readonly voice: Voice,
  ) {}

  private row(code: string): AppendixRow | undefined {
    return this.appendix.rows.get(code);
  }

  /** Does this row, or anything said inside it, say something? */
  private says(code: string): boolean {
    if (said(this.row(code)) !== "empty") return true;
    return (this.plan.inside.get(code) ?? []).some((i) => this.says(i.code));
  }

  /** Says nothing but zeros (or nothing): a row to gather with other zeros. */
  isZero(code: string): boolean {
    const row = this.row(code);
    if (!row || said(row) !== "zero" || row.formRow.kind !== "count") return false;
    return (this.plan.inside.get(code) ?? []).every((i) => !this.says(i.code) || said(this.row(i.code)) === "zero");
  }

  /** ", đạt tỷ lệ 99,53%" after a numerator. */
  private percent(line: Line, code: string): void {
    const p = this.plan.percentOf.get(code);
    const row = p ? this.row(p) : undefined;
    const v = row ? valueSaid(row) : null;
    if (!row || v?.type !== "number") return;
    line.add(text(this.voice.percentLink())).figure(row, v.text);
  }

  /** A clause and what is said inside it; depth 0 is a sentence's head. */
  private tree(code: string, depth: number): Line | null {
    const row = this.row(code);
    if (!row) return null;
    const items = (this.plan.inside.get(code) ?? []).filter((i) => this.says(i.code));
    const parts = items.filter((i) => i.link === "part");
    const next = items.filter((i) => i.link === "next");
    const head = clause(row, depth > 0);
    const partsSaid = parts.map((p) => this.tree(p.code, depth + 1)).filter((l): l is Line => l !== null);
    const allZero = parts.every(
      (p) => said(this.row(p.code)) === "zero" && !(this.plan.inside.get(p.code) ?? []).length,
    );
    let line: Line;
    const plain = head?.plain === true && partsSaid.length === 0 && next.length === 0 && !this.plan.percentOf.has(code);
    if (head === null) {
      if (partsSaid.length === 0) return null;
      // "Tổng số TTHC thuộc thẩm quyền …: số TTHC cấp huyện 256 thủ tục, số TTHC cấp xã 108 thủ tục"
      line = new Line().label(row).add(text(": "));
      this.list(line, partsSaid);
    } else {
      line = head;
      // a sentence's head says its percent before "trong đó"; a part says its own parts in brackets, then its percent
      if (depth === 0) this.percent(line, code);
      const zeroHead = said(row) === "zero";
      if (partsSaid.length > 0 && !(zeroHead && allZero)) {
        if (depth === 0)
          line.add(text(partsSaid.length > 1 && this.joiner(partsSaid) === "; " ? ", trong đó: " : ", trong đó "));
        else line.add(text(" ("));
        this.list(line, partsSaid);
        if (depth > 0) line.add(text(")"));
      }
      if (depth > 0) this.percent(line, code);
    }
    for (const n of next) {
      const l = this.tree(n.code, depth + 1);
      if (!l) continue;
      line.add(text(depth > 0 ? "; " : ", "), ...l.runs);
      line.qualifier ??= l.qualifier;
    }
    line.plain = plain;
    return line;
  }

  private joiner(lines: Line[]): string {
    return lines.some((l) => l.runs.some((r) => r.text.includes(",") || r.text.includes("("))) ? "; " : ", ";
  }

  private list(line: Line, lines: Line[]): void {
    const joiner = this.joiner(lines);
    lines.forEach((l, i) => {
      if (i > 0) line.add(text(joiner));
      line.add(...l.runs);
      line.qualifier ??= l.qualifier;
    });
  }

  /** The short shape of a ratio: "Tỷ lệ … đạt 75% (18/24 nhiệm vụ)", for a count and its part with nothing else. */
  private shortRatio(code: string): Line | null {
    const inside = this.plan.inside.get(code) ?? [];
    if (inside.length !== 1 || inside[0].link !== "part") return null;
    const n = inside[0].code;
    const p = this.plan.percentOf.get(n);
    const [D, N, P] = [this.row(code), this.row(n), p ? this.row(p) : undefined];
    if (!D || !N || !P || (this.plan.inside.get(n) ?? []).length > 0) return null;
    if (D.formRow.kind !== "count" || N.formRow.kind !== "count") return null;
    const [dv, nv, pv] = [valueSaid(D, false), valueSaid(N, false), valueSaid(P)];
    if (dv.type !== "number" || nv.type !== "number" || pv.type !== "number") return null;
    if (!this.voice.shortRatio()) return null;
    const line = new Line().label(P).add(text(" đạt ")).figure(P, pv.text).add(text(" ("));
    return line.figure(N, nv.text).add(text("/")).amount(D, dv).add(text(")"));
  }

  /**
   * A percent over its own numerator and denominator: "Tỷ lệ … đạt 76% (35/46 nhiệm vụ)", or "Tỷ lệ thực hiện kế
   * hoạch giải ngân vốn đầu tư công đạt 18,21%: kế hoạch được giao là 69.843,532 triệu đồng, đã thực hiện 12.715,025
   * triệu đồng".
   */
  private leading(code: string): Line | null {
    const lead = this.plan.leads.get(code);
    const [P, N, D] = [this.row(code), lead && this.row(lead.numerator), lead && this.row(lead.denominator)];
    if (!P || !N || !D) return null;
    const pv = valueSaid(P);
    if (pv.type !== "number") return null;
    const line = new Line().label(P).add(text(" đạt ")).figure(P, pv.text);
    const [dv, nv] = [valueSaid(D, false), valueSaid(N, false)];
    if (D.formRow.kind === "count" && N.formRow.kind === "count" && dv.type === "number" && nv.type === "number")
      if (this.voice.shortRatio())
        return line.add(text(" (")).figure(N, nv.text).add(text("/")).amount(D, dv).add(text(")"));
    const [d, n] = [clause(D, false), clause(N, true, true)];
    if (!d || !n) return null;
    line.add(text(": "), ...d.runs, text(", "), ...n.runs);
    line.qualifier ??= d.qualifier ?? n.qualifier;
    return line;
  }

  /** The sentence a row heads, or null when it says nothing. */
  sentence(code: string): Said | null {
    const line = this.leading(code) ?? this.shortRatio(code) ?? this.tree(code, 0);
    return line && line.runs.length > 0 ? line.done() : null;
  }

  /** Several rows that are all zero, in one sentence: "Không phát sinh: TTHC công bố mới; TTHC bãi bỏ, thay thế". */
  zeros(codes: string[]): Said {
    if (codes.length === 1) return this.sentence(codes[0])!;
    const line = new Line().add(text("không phát sinh: "));
    codes.forEach((c, i) => {
      if (i > 0) line.add(text("; "));
      const row = this.row(c)!;
      const { text: t, qualifier } = labelPhrase(row.formRow);
      line.qualifier ??= qualifier;
      line.zero(row, t.replace(/^(số lượng|số)\s+/u, ""));
    });
    return line.done();
  }
}

// --- paragraphs ------------------------------------------------------------------------------------------------------

/** The entries of a scope (a group's own rows, or a subsection), in form order; subsections excluded. */
function entries(form: FormDefinition, roots: FormRow[], plan: Plan, isSubsection: (r: FormRow) => boolean): Entry[] {
  const out: Entry[] = [];
  const visit = (row: FormRow) => {
    if (row.kind === "heading") {
      for (const child of childrenOf(form, row.code)) {
        if (isSubsection(child)) continue;
        if (child.kind === "heading") {
          if (childrenOf(form, child.code).length > 0) {
            out.push({ type: "lead", row: child });
            visit(child);
          }
          continue;
        }
        visitRow(child);
      }
    } else visitRow(row);
  };
  const visitRow = (row: FormRow) => {
    if (!plan.host.has(row.code) && !plan.placed.has(row.code)) out.push({ type: "row", code: row.code });
    for (const child of childrenOf(form, row.code)) visit(child);
  };
  for (const r of roots) visit(r);
  return out;
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

/** Paragraphs of a scope's entries: a lead heading starts a new paragraph; at most a few sentences each. */
function paragraphs(list: Entry[], speaker: Speaker, voice: Voice): Block[] {
  const blocks: Block[] = [];
  let sentences: Run[][] = [];
  let lead: string | null = null;
  /** The qualifier already said in this paragraph ("lũy kế đến thời điểm báo cáo" is said once). */
  let saidQualifier: string | null = null;
  let zeros: string[] = [];
  let plain: Said[] = [];
  const flush = () => {
    sayZeros();
    sayPlain();
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
    saidQualifier = null;
  };
  const say = (s: Said) => {
    const first = sentences.length === 0 && lead === null;
    const sayQualifier = s.qualifier !== null && s.qualifier !== saidQualifier;
    const opening = first && !sayQualifier ? voice.opening() : "";
    const runs = finish(s, opening, sayQualifier);
    if (s.qualifier) saidQualifier = s.qualifier;
    // After a lead ("Kiểm tra CCHC: "), the sentence continues the lead: no capital.
    if (sentences.length === 0 && lead !== null && runs[0]?.kind === "text" && !sayQualifier)
      runs[0] = { ...runs[0], text: lowerFirstRun(runs[0].text) };
    sentences.push(runs);
  };
  function sayZeros() {
    if (zeros.length > 0) say(speaker.zeros(zeros));
    zeros = [];
  }
  /** "Số cơ quan … là 04 cơ quan; số biên chế … là 45 người; số … hiện có là 52 người." */
  function sayPlain() {
    // evenly: four clauses are two sentences of two, not three and one
    const size = Math.ceil(plain.length / Math.ceil(plain.length / CLAUSES_PER_SENTENCE));
    for (let i = 0; i < plain.length; i += size) {
      const chunk = plain.slice(i, i + size);
      const runs = chunk.flatMap((c, j) => (j === 0 ? c.runs : [text("; "), ...c.runs]));
      say({ runs, qualifier: chunk[0].qualifier });
    }
    plain = [];
  }
  for (const entry of list) {
    if (entry.type === "lead") {
      flush();
      lead = upperFirst(labelPhrase(entry.row).text);
      continue;
    }
    if (speaker.isZero(entry.code)) {
      sayPlain();
      zeros.push(entry.code);
      continue;
    }
    const s = speaker.sentence(entry.code);
    if (!s) continue;
    sayZeros();
    if (s.plain && (plain.length === 0 || plain[0].qualifier === s.qualifier)) {
      plain.push(s);
      continue;
    }
    sayPlain();
    if (s.plain) plain.push(s);
    else say(s);
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
  const plan = planOf(appendix);
  const speaker = new Speaker(appendix, plan, voice);
  const tops = form.rows.filter((r) => r.parent === null);
  const groups = tops.filter((r) => r.kind === "heading");
  const direction = groups.find(isDirectionGroup) ?? null;
  const isSubsectionOf = (group: FormRow) => (r: FormRow) =>
    r.parent === group.code && r.kind === "heading" && childrenOf(form, r.code).length > 0;
  // An abbreviation is written out where it is first used (Nghị định 30/2020, Phụ lục I): "Ủy ban nhân dân (UBND) xã …"
  const unit = (details.unitName?.trim() || "đơn vị").replace(/^UBND\s+/u, "Ủy ban nhân dân (UBND) ");

  const blocks: Block[] = [
    {
      type: "paragraph",
      runs: [
        text(
          `Thực hiện chế độ báo cáo định kỳ về công tác cải cách hành chính (CCHC), ${unit} báo cáo kết quả thực hiện công tác CCHC ${periodPhrase(details)} như sau:`,
        ),
      ],
    },
  ];

  /** A group's own rows, then each subsection with its number. */
  const section = (group: FormRow, number: (i: number) => string, level: 2 | 3): Block[] => {
    const out: Block[] = [];
    const isSub = isSubsectionOf(group);
    out.push(...paragraphs(entries(form, [group], plan, isSub), speaker, voice));
    childrenOf(form, group.code)
      .filter(isSub)
      .forEach((sub) => {
        const body = paragraphs(
          entries(form, [sub], plan, () => false),
          speaker,
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
  let number = 0;
  let said = false;
  // The top rows in order: a group is a numbered section; top rows holding figures are said together, unnumbered.
  for (let i = 0; i < tops.length; i++) {
    const top = tops[i];
    if (top === direction) continue;
    if (top.kind !== "heading") {
      const run: FormRow[] = [];
      while (i < tops.length && tops[i].kind !== "heading") run.push(tops[i++]);
      i--;
      const body = paragraphs(
        entries(form, run, plan, () => false),
        speaker,
        voice,
      );
      blocks.push(...body);
      said ||= body.length > 0;
      continue;
    }
    const n = ++number;
    blocks.push(heading(2, `${n}. ${upperFirst(labelPhrase(top).text)}`));
    const body = section(top, (k) => `${n}.${k}.`, 3);
    blocks.push(...(body.length > 0 ? body : [placeholder(PLACEHOLDER.noData)]));
    said = true;
  }
  if (!said) blocks.push(placeholder(PLACEHOLDER.section));

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
