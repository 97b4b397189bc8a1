/**
 * The browser preview: the task pane (the very same <App>) on the left over an in-memory workbook, and the workbook
 * on the right. The sample appendix loads on start; "Mở tệp .xlsx" opens another file.
 */
import { useCallback, useEffect, useState, type ChangeEvent } from "react";
import { App } from "../taskpane/App";
import { fileBytes } from "../taskpane/fileBytes";
import type { MemoryHost } from "./memoryHost";
import { SheetView } from "./SheetView";
import { SAMPLE_URL } from "./sample";
import { NotAWorkbookError, readXlsx, WorkbookTooLargeError } from "./xlsx";

/** The sample (assets/samples/phu-luc-mau.xlsx, emitted by the build) opens on start. */
export const SAMPLE_NAME = "phu-luc-mau.xlsx";

type Status = { kind: "loading"; name: string } | { kind: "ready"; name: string } | { kind: "error"; message: string };

export function PreviewPage({ host, sampleUrl = SAMPLE_URL }: { host: MemoryHost; sampleUrl?: string }) {
  const [status, setStatus] = useState<Status>({ kind: "loading", name: SAMPLE_NAME });
  /** Remount the pane for each workbook so its findings never belong to another file. */
  const [workbookKey, setWorkbookKey] = useState(0);

  const open = useCallback(
    async (name: string, bytes: () => Promise<ArrayBuffer>) => {
      setStatus({ kind: "loading", name });
      try {
        const data = await bytes();
        const input = await readXlsx(data);
        // The narrative and the report details belong to the workbook they were given for: another file starts
        // without them, the same file (name and size) finds them again.
        host.load(input, `${name}#${data.byteLength}`);
        setWorkbookKey((k) => k + 1);
        setStatus({ kind: "ready", name });
      } catch (e) {
        setStatus({ kind: "error", message: openError(name, e) });
      }
    },
    [host],
  );

  useEffect(() => {
    void open(SAMPLE_NAME, async () => {
      const res = await fetch(sampleUrl);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.arrayBuffer();
    });
  }, [open, sampleUrl]);

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) void open(file.name, () => fileBytes(file));
  };

  return (
    <div className="preview">
      <aside className="preview-pane" aria-label="Ngăn tác vụ">
        <App key={workbookKey} host={host} />
      </aside>
      <section className="preview-book" aria-label="Sổ tính">
        <div className="preview-toolbar">
          <label className="preview-open">
            Mở tệp .xlsx
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={onFile}
            />
          </label>
          <span className="preview-file" role="status" data-status={status.kind}>
            {status.kind === "loading" && `Đang mở ${status.name}…`}
            {status.kind === "ready" && status.name}
            {status.kind === "error" && status.message}
          </span>
          <span className="preview-tip">Nhấp đúp vào một ô để sửa, Enter để ghi.</span>
        </div>
        <SheetView host={host} />
      </section>
    </div>
  );
}

/** Why a file did not open, in the officer's words. */
function openError(name: string, e: unknown): string {
  if (e instanceof NotAWorkbookError) {
    return e.what === "word"
      ? `“${name}” là văn bản Word, không phải sổ tính Excel (.xlsx). Để đối chiếu báo cáo, mở tệp ở mục “Đối chiếu thuyết minh” bên trái.`
      : `“${name}” không phải sổ tính Excel (.xlsx).`;
  }
  if (e instanceof WorkbookTooLargeError) return `“${name}” quá lớn để mở (giải nén ra quá nhiều hoặc quá nhiều ô).`;
  return `Không mở được “${name}”: ${e instanceof Error ? e.message : String(e)}`;
}
