/**
 * Learn a form from the table in front of the officer: the outline from the STT column, each row's kind from its
 * unit and label, and the relations from the labels' meaning, each with its evidence and a confidence. The result is
 * an ordinary FormDefinition (validated by the form schema), so every rule and the narrative matcher run on it
 * unchanged. Only relations the finders are sure of raise errors (severity "error"); the rest raise warnings.
 */
import type { Cell } from "../../grid";
import { defineForm, type FormDefinition, type FormLevel, type FormRowInput, type RelationInput } from "../schema";
import { inferConjunctionSums } from "./conjunctions";
import { buildOutline } from "./hierarchy";
import { inferKind } from "./kind";
import { cellNumber, ERROR_CONFIDENCE, isQuantity, pairKey, type Found, type Node } from "./model";
import { inferSiblingParts } from "./partOf";
import { inferRatios } from "./ratios";
import { senseOf, withoutScope } from "./sense";
import { inferSums } from "./sums";

export { ERROR_CONFIDENCE } from "./model";

/** One row of the table as read (locate/tableRows gives these). */
export interface InferRow {
  stt: string;
  label: string;
  unit: string;
  /** The value cell: tells the kind of a row that prints no unit. */
  value?: Cell;
}

export interface InferOptions {
  id?: string;
  title?: string;
  titleEn?: string;
  year?: number;
  level?: FormLevel;
}

export const INFERRED_FORM_ID = "inferred";

function cellText(cell: Cell | undefined): string {
  if (!cell) return "";
  return (cell.text || (cell.value === null ? "" : String(cell.value))).trim();
}

/** A label without the bullet or letter written before it ("- Trực tuyến" → "Trực tuyến"). */
function cleanLabel(label: string): string {
  const t = label.replace(/\s+/g, " ").trim();
  return t.replace(/^[-–—+•*·]\s*(?=\S)/, "").replace(/^[a-zđ][)/]\s+/, "") || t;
}

/**
 * The level of the body whose form it is: a department (Sở) or a province (its labels speak of "cấp tỉnh", of the
 * province as a whole, or, since 1 July 2025, split figures into "cấp tỉnh" and "cấp xã"); a district (before the
 * reform); else a commune, ward or special zone.
 */
function guessLevel(rows: readonly InferRow[]): FormLevel {
  const text = rows.map((r) => r.label.toLowerCase()).join(" ");
  if (/(^|\s)sở(\s|$)|đơn vị trực thuộc sở/.test(text)) return "province";
  if (/cấp huyện|ubnd huyện/.test(text)) return "district";
  if (/cấp tỉnh|toàn tỉnh|của tỉnh(\s|$)|ubnd tỉnh|ủy ban nhân dân tỉnh/.test(text)) return "province";
  return "commune";
}

/** The rows of the form, with what the relation finders need. */
function buildNodes(rows: readonly InferRow[]): { inputs: FormRowInput[]; nodes: Node[] } {
  const outline = buildOutline(
    rows.map((r) => ({ stt: r.stt, label: r.label, hasContent: r.unit.trim() !== "" || cellText(r.value) !== "" })),
  );
  const hasChildren = new Set(outline.map((o) => o.parent).filter((p): p is string => p !== null));
  const byCode = new Map<string, Node>();
  const nodes: Node[] = [];
  const inputs: FormRowInput[] = [];
  outline.forEach((o, i) => {
    const row = rows[i];
    const label = cleanLabel(row.label);
    const parent = o.parent === null ? null : (byCode.get(o.parent) ?? null);
    let kind = o.inWhichLine
      ? { kind: "heading" as const, unit: null }
      : inferKind({
          label,
          unit: row.unit,
          value: row.value,
          hasChildren: hasChildren.has(o.code),
          group: o.mark.type === "roman" || (o.mark.type === "letter" && o.mark.upper),
        });
    // A sub-row that prints no unit ("- Trực tuyến" under "Tổng số hồ sơ") counts what its parent counts.
    if (!row.unit.trim() && parent && (parent.kind === "count" || parent.kind === "amount") && kind.kind === "text")
      kind = { kind: parent.kind, unit: null };
    const node: Node = {
      index: i,
      code: o.code,
      label,
      unit: kind.unit,
      kind: kind.kind,
      parent,
      children: [],
      sense: senseOf(label, kind.unit),
      inWhich: o.inWhich,
      value: kind.kind === "count" || kind.kind === "amount" ? cellNumber(row.value, kind.kind) : null,
    };
    parent?.children.push(node);
    byCode.set(o.code, node);
    nodes.push(node);
    inputs.push({
      code: o.code,
      stt: o.stt,
      label,
      unit: kind.unit,
      kind: kind.kind,
      parent: o.parent,
      italic: o.subRow,
      // what the STT column prints for a sub-row ("-", "+", "a", "Trong đó"), as the sheet prints it
      ...(o.stt === null && row.stt.trim() && !o.inWhichLine ? { sttText: row.stt.replace(/\s+/g, " ").trim() } : {}),
      ...("options" in kind && kind.options ? { options: kind.options } : {}),
    });
  });
  scopeLevel(nodes);
  return { inputs, nodes };
}

/**
 * What only says the form's own scope is dropped from the senses of its main rows (not from a sub-row, where a level
 * splits its parent): a level named by the rows and by no other level ("cấp xã" in a commune's form), and a closing
 * "… của xã", "… phường", "… trên địa bàn" (sense.ts, withoutScope).
 */
function scopeLevel(nodes: Node[]): void {
  const levels = new Set(nodes.flatMap((n) => [...n.sense.facets.level]));
  const levelIsScope = levels.size === 1 && !levels.has("all");
  for (const n of nodes) if (!(n.parent && isQuantity(n.parent))) n.sense = withoutScope(n.sense, levelIsScope);
}

/** Every relation the finders give, without repeats: a ratio's pair and a sum's parts are not also part-of pairs. */
function mergeRelations(found: Found[]): Found[] {
  const out: Found[] = [];
  const covered = new Set<string>();
  const totals = new Map<string, Found>();
  for (const f of found) {
    const r = f.relation;
    if (r.type === "ratio") {
      covered.add(pairKey(r.numerator, r.denominator));
      out.push(f);
    } else if (r.type === "sum") {
      const had = totals.get(r.total);
      if (had && had.confidence >= f.confidence) continue;
      if (had) out.splice(out.indexOf(had), 1);
      totals.set(r.total, f);
      out.push(f);
    }
  }
  for (const f of out)
    if (f.relation.type === "sum") for (const p of f.relation.parts) covered.add(pairKey(p, f.relation.total));
  for (const f of found) {
    const r = f.relation;
    if (r.type !== "part-of") continue;
    const key = pairKey(r.part, r.whole);
    if (covered.has(key)) continue;
    covered.add(key);
    out.push(f);
  }
  return out;
}

function toRelation(f: Found): RelationInput {
  const confidence = Math.round(f.confidence * 100) / 100;
  return {
    ...f.relation,
    severity: confidence >= ERROR_CONFIDENCE ? "error" : "warning",
    inferred: { evidence: f.evidence, confidence },
  };
}

/** The form the table's rows describe. Rows without a label are left out. */
export function inferForm(tableRows: readonly InferRow[], options: InferOptions = {}): FormDefinition {
  const rows = tableRows.filter((r) => r.label.trim() !== "");
  if (rows.length === 0) throw new Error("No labelled rows to infer a form from");
  const { inputs, nodes } = buildNodes(rows);
  const found = mergeRelations([
    ...inferRatios(nodes),
    ...inferSums(nodes),
    ...inferConjunctionSums(nodes),
    ...inferSiblingParts(nodes),
  ]);
  for (const n of nodes) if (n.canExceed) inputs[n.index].canExceed = true;
  return defineForm({
    id: options.id ?? INFERRED_FORM_ID,
    level: options.level ?? guessLevel(rows),
    year: options.year ?? new Date().getFullYear(),
    title: options.title ?? "Biểu đọc từ trang tính",
    titleEn: options.titleEn ?? "Form read from the sheet",
    rows: inputs,
    relations: found.map(toRelation),
  });
}

/** What a form holds, for the pane and the command line: "36 chỉ tiêu, 6 tỷ lệ, 2 tổng". */
export interface FormSummary {
  /** Rows that hold a value (chỉ tiêu). */
  indicators: number;
  ratios: number;
  sums: number;
  partOfs: number;
  /** Inferred relations that only raise warnings. */
  uncertain: number;
}

export function summarizeForm(form: FormDefinition): FormSummary {
  const count = (t: string) => form.relations.filter((r) => r.type === t).length;
  return {
    indicators: form.rows.filter((r) => r.kind !== "heading").length,
    ratios: count("ratio"),
    sums: count("sum"),
    partOfs: count("part-of"),
    uncertain: form.relations.filter((r) => r.inferred && r.severity === "warning").length,
  };
}
