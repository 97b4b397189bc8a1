/**
 * The registry of appendix form versions, and lookups on a form's rows and relations.
 * A new version (a commune form, the 2025 forms) is a data file with `defineForm` plus one entry in FORMS.
 */
import { DISTRICT_2022 } from "./district-2022";
import type { FormDefinition, FormRow, Relation, RelationInput } from "./schema";

export * from "./schema";
export { DISTRICT_2022 } from "./district-2022";

export interface FormRegistry {
  readonly forms: readonly FormDefinition[];
  get(id: string): FormDefinition | undefined;
}

/** Build a registry over some form versions; throws if two share an id. */
export function createFormRegistry(forms: readonly FormDefinition[]): FormRegistry {
  const byId = new Map<string, FormDefinition>();
  for (const form of forms) {
    if (byId.has(form.id)) throw new Error(`Duplicate form id ${form.id}`);
    byId.set(form.id, form);
  }
  const list = Object.freeze([...forms]);
  return { forms: list, get: (id) => byId.get(id) };
}

const REGISTRY = createFormRegistry([DISTRICT_2022]);

/** Every form version known to the add-in and the CLI. */
export const FORMS: readonly FormDefinition[] = REGISTRY.forms;

/** The form version used when none is named. */
export const CURRENT_FORM_ID = "district-2022";

export function getForm(id: string): FormDefinition | undefined {
  return REGISTRY.get(id);
}

export function currentForm(): FormDefinition {
  const form = getForm(CURRENT_FORM_ID);
  if (!form) throw new Error(`Current form ${CURRENT_FORM_ID} is not registered`);
  return form;
}

// --- lookups (indexed once per form) -------------------------------------------------------------------------------

interface FormIndex {
  byCode: Map<string, FormRow>;
  children: Map<string, FormRow[]>;
  relations: Map<string, Relation[]>;
}

const indexes = new WeakMap<FormDefinition, FormIndex>();

/** The row codes a relation names, in the order percent/numerator/denominator, total/parts, part/whole. */
export function relationCodes(relation: RelationInput): string[] {
  switch (relation.type) {
    case "ratio":
      return [relation.percent, relation.numerator, relation.denominator];
    case "sum":
      return [relation.total, ...relation.parts];
    case "part-of":
      return [relation.part, relation.whole];
  }
}

function indexOf(form: FormDefinition): FormIndex {
  let index = indexes.get(form);
  if (index) return index;
  index = { byCode: new Map(), children: new Map(), relations: new Map() };
  for (const row of form.rows) {
    index.byCode.set(row.code, row);
    if (row.parent !== null) {
      const siblings = index.children.get(row.parent) ?? [];
      siblings.push(row);
      index.children.set(row.parent, siblings);
    }
  }
  for (const relation of form.relations) {
    for (const code of new Set(relationCodes(relation))) {
      const list = index.relations.get(code) ?? [];
      list.push(relation);
      index.relations.set(code, list);
    }
  }
  indexes.set(form, index);
  return index;
}

/** The row with this code, or undefined. */
export function rowByCode(form: FormDefinition, code: string): FormRow | undefined {
  return indexOf(form).byCode.get(code);
}

/** The rows whose parent is this code, in form order (direct children only). */
export function childrenOf(form: FormDefinition, code: string): FormRow[] {
  return [...(indexOf(form).children.get(code) ?? [])];
}

/** The relations that name this code in any role, in form order. */
export function relationsOf(form: FormDefinition, code: string): Relation[] {
  return [...(indexOf(form).relations.get(code) ?? [])];
}
