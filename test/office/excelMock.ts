/**
 * An Excel and Office stand-in for the adapter's tests, built on office-addin-mock: OfficeMockObject enforces
 * load-before-read and sync-before-read (an unloaded or unsynced property reads as an error string). Every
 * context.sync is counted and logged. Beyond the cells: used-range dimensions and windows read by index (with a
 * payload limit), conditional formats (added, found again, deleted), sheet protection, formulas, Excel.run's options
 * and failures (cell-edit mode), and the document settings as Office keeps them: a saved copy in the document and an
 * in-memory copy per runtime, which refreshAsync and saveAsync copy one way or the other.
 */
import { OfficeMockObject } from "office-addin-mock";

export type Handler = (args: Record<string, unknown>) => Promise<void>;

export interface CellSpec {
  value?: string | number | boolean;
  /** "=SUM(D10:D13)": the cell holds a formula (value is its result). */
  formula?: string;
  numberFormat?: string;
  fill?: string;
  /** Locked on a protected sheet (Excel's default for every cell is locked). */
  locked?: boolean;
}

export interface SheetSpec {
  name: string;
  id?: string;
  protected?: boolean;
  used?: { rowIndex: number; columnIndex: number; values: unknown[][]; text: string[][]; numberFormat: string[][] };
  /** Dimensions of the used range when they are larger than the values given (a stray cell far away). */
  usedSize?: { rowCount: number; columnCount: number };
  cells?: Record<string, CellSpec>;
}

export interface ConditionalFormatModel {
  id: string;
  sheet: string;
  type: string;
  formula: string;
  color: string;
  /** "D7:D9,D12" */
  areas: string;
  deleted: boolean;
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

function cellData(spec: CellSpec, env: MockEnv, sheet: SheetSpec, address: string) {
  const noFill = spec.fill === undefined;
  return {
    values: [[spec.value ?? ""]],
    formulas: [[spec.formula ?? spec.value ?? ""]],
    numberFormat: [[spec.numberFormat ?? "General"]],
    format: {
      fill: {
        color: spec.fill ?? "#FFFFFF",
        pattern: noFill ? "None" : "Solid",
        clear(this: any) {
          env.log.push(`clear ${sheet.name}!${address}`);
          this.color = "#FFFFFF";
          this.pattern = "None";
        },
      },
      protection: { locked: spec.locked ?? true },
    },
    worksheet: {
      protection: { protected: sheet.protected ?? false },
      activate: () => env.log.push(`activate ${sheet.name}`),
    },
    select: () => env.log.push(`select ${sheet.name}!${address}`),
  };
}

let unique = 0;

function sheetData(spec: SheetSpec, env: MockEnv) {
  const used = spec.used;
  const dims = used
    ? {
        rowIndex: used.rowIndex,
        columnIndex: used.columnIndex,
        rowCount: spec.usedSize?.rowCount ?? used.values.length,
        columnCount: spec.usedSize?.columnCount ?? Math.max(0, ...used.values.map((r) => r.length)),
      }
    : { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 };
  const slice = (m: unknown[][], r: number, c: number, rows: number, cols: number, fill: unknown) =>
    Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => {
        const v = m[r - dims.rowIndex + i]?.[c - dims.columnIndex + j];
        return v === undefined ? fill : v;
      }),
    );
  return {
    name: spec.name,
    id: spec.id ?? `{${spec.name}}`,
    protection: { protected: spec.protected ?? false },
    usedRange: { ...dims },
    windows: {},
    areas: {},
    cells: Object.fromEntries(Object.entries(spec.cells ?? {}).map(([a, c]) => [a, cellData(c, env, spec, a)])),
    getUsedRangeOrNullObject(this: any, valuesOnly?: boolean) {
      env.log.push(`usedRange ${spec.name} valuesOnly=${valuesOnly}`);
      return this.usedRange;
    },
    getRangeByIndexes(this: any, row: number, col: number, rows: number, cols: number) {
      if (!used) throw new Error(`test: no used range on ${spec.name}`);
      env.reads.push({ sheet: spec.name, row, col, rows, cols });
      env.pendingCells += rows * cols;
      const key = `w${unique++}`;
      this.windows.addMock(key);
      this.windows[key].populate({
        values: slice(used.values, row, col, rows, cols, ""),
        text: slice(used.text, row, col, rows, cols, ""),
        numberFormat: slice(used.numberFormat, row, col, rows, cols, "General"),
      });
      return this.windows[key];
    },
    getRange(this: any, address?: string) {
      if (address === undefined) return conditionalFormatHost(this, spec.name, env);
      const cell = this.cells[address];
      if (!cell) throw new Error(`test: no cell ${address} on ${spec.name}`);
      return cell;
    },
    getRanges(this: any, list: string) {
      return {
        conditionalFormats: {
          add: (type: string) => {
            const model: ConditionalFormatModel = {
              id: `cf${unique++}`,
              sheet: spec.name,
              type,
              formula: "",
              color: "",
              areas: list,
              deleted: false,
            };
            env.pendingFormats.push(model);
            env.log.push(`add format ${spec.name}!${list}`);
            // What the adapter writes lands in the model at the next sync.
            return {
              custom: {
                rule: {
                  set formula(f: string) {
                    model.formula = f;
                  },
                },
                format: {
                  fill: {
                    set color(c: string) {
                      model.color = c;
                    },
                  },
                },
              },
            };
          },
        },
      };
    },
  };
}

/** ws.getRange(): the whole sheet, for its conditional formats (a fresh mock of the current ones each time). */
function conditionalFormatHost(ws: any, sheet: string, env: MockEnv) {
  const key = `a${unique++}`;
  ws.areas.addMock(key);
  const formats = env.formats.filter((f) => f.sheet === sheet && !f.deleted);
  const holder = ws.areas[key];
  holder.populate({
    conditionalFormats: Object.fromEntries(
      formats.map((f, i) => [
        `f${i}`,
        {
          id: f.id,
          type: f.type,
          customOrNullObject: { rule: { formula: f.formula } },
          ranges: {
            address: f.areas
              .split(",")
              .map((a) => `'${sheet}'!${a}`)
              .join(", "),
          },
        },
      ]),
    ),
  });
  const collection = holder.conditionalFormats;
  formats.forEach((f, i) => {
    const item = collection[`f${i}`];
    item.delete = () => {
      env.log.push(`delete format ${sheet}!${f.areas}`);
      env.pendingDeletes.push(f);
    };
    item.getRanges = () => item.ranges;
  });
  collection.load = function (this: any, props: string) {
    this.items = formats.map((_f, i) => this[`f${i}`]);
    for (const path of props.split(",")) {
      const [, ...rest] = path.trim().split("/");
      this.items.forEach((item: any) => item.load(rest.join("/")));
    }
    return this;
  };
  return holder;
}

export interface MockEnv {
  log: string[];
  syncs: number;
  handlers: { handler: Handler; where: string; removed: boolean }[];
  addHandler(h: Handler, where: string): { context: unknown; remove(): void };
  /** Called at each context.sync, with its 1-based number. */
  onSync?: (n: number) => void;
  /** Settings saved in the document (what every runtime sees after a refresh). */
  document: Map<string, unknown>;
  /** This runtime's in-memory copy of the settings. */
  memory: Map<string, unknown>;
  saves: number;
  /** The next saveAsync calls fail. */
  failSaves: number;
  excelApi: number;
  excel: any;
  /** Options of every Excel.run. */
  runOptions: unknown[];
  /** Errors the next Excel.run calls throw (one each). */
  runErrors: unknown[];
  /** Windows read by getRangeByIndexes. */
  reads: { sheet: string; row: number; col: number; rows: number; cols: number }[];
  /** Cells queued for the next sync; more than payloadCells fails it as Excel on the web does (5 MB). */
  pendingCells: number;
  payloadCells: number;
  formats: ConditionalFormatModel[];
  pendingFormats: ConditionalFormatModel[];
  pendingDeletes: ConditionalFormatModel[];
  /** Conditional formats alive now, by severity formula. */
  liveFormats(): ConditionalFormatModel[];
}

export function setup(
  sheets: SheetSpec[],
  options: {
    excelApi?: number;
    settings?: Map<string, unknown>;
    active?: string;
    formats?: Partial<ConditionalFormatModel>[];
  } = {},
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
    document: options.settings ?? new Map(),
    memory: new Map(options.settings ?? []),
    saves: 0,
    failSaves: 0,
    excelApi: options.excelApi ?? 14,
    excel: null,
    runOptions: [],
    runErrors: [],
    reads: [],
    pendingCells: 0,
    payloadCells: Infinity,
    formats: (options.formats ?? []).map((f, i) => ({
      id: `pre${i}`,
      sheet: sheets[0]?.name ?? "",
      type: "Custom",
      formula: "",
      color: "",
      areas: "A1",
      deleted: false,
      ...f,
    })),
    pendingFormats: [],
    pendingDeletes: [],
    liveFormats: () => env.formats.filter((f) => !f.deleted),
  };
  const order = sheets.map((s) => s.name);
  let active = options.active ?? order[0];
  const data = {
    context: {
      workbook: {
        worksheets: {
          byName: Object.fromEntries(sheets.map((s) => [s.name, sheetData(s, env)])),
          load(this: any, props: string) {
            this.items = order.map((n) => this.byName[n]);
            for (const path of props.split(",").map((p) => p.trim().replace(/^items\//, ""))) {
              const parts = path.split("/");
              this.items.forEach((s: any) => {
                let target = s;
                for (const nav of parts.slice(0, -1)) target = target[nav];
                target.load(parts[parts.length - 1]);
              });
            }
            return this;
          },
          getItem(this: any, name: string) {
            const sheet = order.includes(name) ? this.byName[name] : undefined;
            if (!sheet) throw new Error(`ItemNotFound: ${name}`);
            return sheet;
          },
          getActiveWorksheet(this: any) {
            return this.byName[active];
          },
          add(this: any, name: string) {
            env.log.push(`add ${name}`);
            this.byName.addMock(name);
            this.byName[name].populate({ name, id: `{${name}}` });
            order.push(name);
            active = name;
            return recorder(env.log, `[${name}]`);
          },
          onChanged: { add: (h: Handler) => env.addHandler(h, "workbook") },
        },
      },
    },
    run: async function (this: any, a: unknown, b?: unknown) {
      const batch = (typeof a === "function" ? a : b) as (ctx: unknown) => Promise<unknown>;
      env.runOptions.push(typeof a === "function" ? undefined : a);
      if (env.runErrors.length > 0) throw env.runErrors.shift();
      return batch(this.context);
    },
  };
  env.excel = new OfficeMockObject(data);
  for (const s of sheets) env.excel.context.workbook.worksheets.byName[s.name].usedRange.isNullObject = !s.used;
  const context = env.excel.context;
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    env.syncs++;
    env.log.push(`sync ${env.syncs}`);
    env.onSync?.(env.syncs);
    const cells = env.pendingCells;
    env.pendingCells = 0;
    if (cells > env.payloadCells) {
      env.pendingFormats = [];
      env.pendingDeletes = [];
      throw Object.assign(new Error("The response payload size has exceeded the limit."), {
        code: "ResponsePayloadSizeLimitExceeded",
      });
    }
    for (const f of env.pendingDeletes) f.deleted = true;
    env.formats.push(...env.pendingFormats);
    env.pendingFormats = [];
    env.pendingDeletes = [];
    await mockSync();
  };
  (globalThis as any).Excel = env.excel;
  const later = (fn: () => void) => setTimeout(fn, 0);
  (globalThis as any).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      displayLanguage: "vi-VN",
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === "ExcelApi" && Number(version.split(".")[1]) <= env.excelApi,
      },
      document: {
        settings: {
          get: (k: string) => env.memory.get(k) ?? null,
          set: (k: string, v: unknown) => void env.memory.set(k, v),
          remove: (k: string) => void env.memory.delete(k),
          saveAsync: (cb?: (r: unknown) => void) =>
            later(() => {
              env.saves++;
              if (env.failSaves > 0) {
                env.failSaves--;
                cb?.({ status: "failed", error: { message: "The document is read-only." } });
                return;
              }
              env.document.clear();
              for (const [k, v] of env.memory) env.document.set(k, v);
              cb?.({ status: "succeeded" });
            }),
          refreshAsync: (cb?: (r: unknown) => void) =>
            later(() => {
              env.memory = new Map(env.document);
              cb?.({ status: "succeeded" });
            }),
        },
      },
    },
  };
  return env;
}

export const cellOf = (env: MockEnv, sheet: string, address: string) =>
  env.excel.context.workbook.worksheets.byName[sheet].cells[address];

/** A cell's fill colour as the add-in would read it (load, sync, read). */
export async function fillOf(env: MockEnv, sheet: string, address: string): Promise<string> {
  const fill = cellOf(env, sheet, address).format.fill.load("color");
  await env.excel.context.sync();
  return fill.color;
}

/** Removes the globals setup() installed. */
export function teardown(): void {
  delete (globalThis as any).Excel;
  delete (globalThis as any).Office;
}
