/**
 * Where `check-all` keeps each unit's finding rows until the summary is written: one JSON line per unit in a
 * temporary file, read back one unit at a time. The run's memory so holds only the small per-unit summaries.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FindingRow } from "./unit";

export interface SpoolRef {
  offset: number;
  length: number;
}

export class FindingSpool {
  private readonly dir = mkdtempSync(path.join(tmpdir(), "cchc-check-all-"));
  private readonly fd = openSync(path.join(this.dir, "findings.jsonl"), "w+");
  private size = 0;

  add(rows: readonly FindingRow[]): SpoolRef {
    const data = Buffer.from(JSON.stringify(rows) + "\n", "utf8");
    writeSync(this.fd, data, 0, data.length, this.size);
    const ref = { offset: this.size, length: data.length - 1 };
    this.size += data.length;
    return ref;
  }

  read(ref: SpoolRef): FindingRow[] {
    const buffer = Buffer.alloc(ref.length);
    readSync(this.fd, buffer, 0, ref.length, ref.offset);
    return JSON.parse(buffer.toString("utf8")) as FindingRow[];
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
