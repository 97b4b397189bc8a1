/**
 * An Excel and Office stand-in for the adapter's tests, built on office-addin-mock: OfficeMockObject enforces
 * load-before-read and sync-before-read (an unloaded or unsynced property reads as an error string). Every
 * context.sync is counted and logged, with the cells' fills, selections and the new sheets' writes.
 */
import { OfficeMockObject } from "office-addin-mock";

export type Handler = (args: Record<string, unknown>) => Promise<void>;

export interface CellSpec {
  value?: string | number;
  numberFormat?: string;
  fill?: string;
  /** ExcelApi 1.9 fill pattern: "None" for no fill. */
  pattern?: string;
}

export interface SheetSpec {
  name: string;
  used?: { rowIndex: number; columnIndex: number; values: unknown[][]; text: string[][]; numberFormat: string[][] };
  cells?: Record<string, CellSpec>;
}

/** A permissive stand-in for a new sheet: records every assignment and call, in order. */
function recorder(log: string[], path: string): any {
  return new Proxy(function () {}, {
    get: (_t, prop) =>
      prop === "then" || typeof prop === "symbol" ? undefined : recorder(log, `${path}.${String(prop)}`),
    set: (_t, prop, value) => {
      log.push(`${path}.${String(prop)}=${JSON.stringify(value)}`);
      return true;
    },
    apply: (_t, _this, args: unknown[]) => {
      log.push(`${path}(${args.map((a) => JSON.stringify(a)).join(",")})`);
      return recorder(log, `${path}(${args.map((a) => JSON.stringify(a)).join(",")})`);
    },
  });
}

function cellData(spec: CellSpec, log: string[], sheet: string, address: string) {
  const noFill = spec.fill === undefined;
  return {
    values: [[spec.value ?? ""]],
    numberFormat: [[spec.numberFormat ?? "General"]],
    format: {
      fill: {
        color: spec.fill ?? "#FFFFFF",
        pattern: spec.pattern ?? (noFill ? "None" : "Solid"),
        clear(this: any) {
          log.push(`clear ${sheet}!${address}`);
          this.color = "#FFFFFF";
          this.pattern = "None";
        },
      },
    },
    worksheet: { activate: () => log.push(`activate ${sheet}`) },
    select: () => log.push(`select ${sheet}!${address}`),
  };
}

export function sheetData(spec: SheetSpec, env: MockEnv) {
  const empty = { rowIndex: 0, columnIndex: 0, values: [[""]], text: [[""]], numberFormat: [["General"]] };
  return {
    name: spec.name,
    usedRange: spec.used ?? empty,
    cells: Object.fromEntries(
      Object.entries(spec.cells ?? {}).map(([a, c]) => [a, cellData(c, env.log, spec.name, a)]),
    ),
    getUsedRangeOrNullObject(this: any, valuesOnly?: boolean) {
      env.log.push(`usedRange ${spec.name} valuesOnly=${valuesOnly}`);
      return this.usedRange;
    },
    getRange(this: any, address: string) {
      const cell = this.cells[address];
      if (!cell) throw new Error(`test: no cell ${address} on ${spec.name}`);
      return cell;
    },
    onChanged: {
      add: (h: Handler) => env.addHandler(h, `sheet ${spec.name}`),
    },
  };
}

export interface MockEnv {
  log: string[];
  syncs: number;
  handlers: { handler: Handler; where: string; removed: boolean }[];
  addHandler(h: Handler, where: string): { context: unknown; remove(): void };
  /** Called at each context.sync, with its 1-based number. */
  onSync?: (n: number) => void;
  settings: Map<string, unknown>;
  saves: number;
  excelApi: number;
  excel: any;
}

export function setup(
  sheets: SheetSpec[],
  options: { excelApi?: number; settings?: Map<string, unknown> } = {},
): MockEnv {
  const env: MockEnv = {
    log: [],
    syncs: 0,
    handlers: [],
    addHandler(handler, where) {
      const entry = { handler, where, removed: false };
      env.handlers.push(entry);
      return { context: env.excel.context, remove: () => void (entry.removed = true) };
    },
    settings: options.settings ?? new Map(),
    saves: 0,
    excelApi: options.excelApi ?? 9,
    excel: null,
  };
  const order = sheets.map((s) => s.name);
  const data = {
    context: {
      workbook: {
        worksheets: {
          byName: Object.fromEntries(sheets.map((s) => [s.name, sheetData(s, env)])),
          load(this: any, props: string) {
            if (props !== "items/name") throw new Error(`test: unexpected worksheets.load(${props})`);
            this.items = order.map((n) => this.byName[n]);
            this.items.forEach((s: any) => s.load("name"));
            return this;
          },
          getItem(this: any, name: string) {
            const sheet = order.includes(name) ? this.byName[name] : undefined;
            if (!sheet) throw new Error(`ItemNotFound: ${name}`);
            return sheet;
          },
          add(this: any, name: string) {
            env.log.push(`add ${name}`);
            this.byName.addMock(name);
            this.byName[name].populate({ name });
            order.push(name);
            return recorder(env.log, `[${name}]`);
          },
          onChanged: { add: (h: Handler) => env.addHandler(h, "workbook") },
          onAdded: { add: (h: Handler) => env.addHandler(h, "onAdded") },
        },
      },
    },
    run: async function (this: any, a: unknown, b?: unknown) {
      const batch = (typeof a === "function" ? a : b) as (ctx: unknown) => Promise<unknown>;
      return batch(this.context);
    },
  };
  env.excel = new OfficeMockObject(data);
  // Sheets with no used range: their getUsedRangeOrNullObject is the null object.
  for (const s of sheets) env.excel.context.workbook.worksheets.byName[s.name].usedRange.isNullObject = !s.used;
  const context = env.excel.context;
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    env.syncs++;
    env.log.push(`sync ${env.syncs}`);
    env.onSync?.(env.syncs);
    await mockSync();
  };
  (globalThis as any).Excel = env.excel;
  (globalThis as any).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: "vi-VN",
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version.split(".")[1]) <= env.excelApi,
      },
      document: {
        settings: {
          get: (k: string) => env.settings.get(k) ?? null,
          set: (k: string, v: unknown) => void env.settings.set(k, v),
          remove: (k: string) => void env.settings.delete(k),
          saveAsync: (cb?: (r: unknown) => void) => {
            env.saves++;
            cb?.({ status: "succeeded" });
          },
          refreshAsync: (cb?: (r: unknown) => void) => cb?.({ status: "succeeded" }),
        },
      },
    },
  };
  return env;
}

export const cellOf = (env: MockEnv, sheet: string, address: string) =>
  env.excel.context.workbook.worksheets.byName[sheet].cells[address];

/** Removes the globals setup() installed. */
export function teardown(): void {
  delete (globalThis as any).Excel;
  delete (globalThis as any).Office;
}
