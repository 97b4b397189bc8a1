/**
 * The task pane's entry inside Excel: wait for Office, then render the pane over the Office.js host.
 * ?action=check (ribbon "Kiểm tra") runs a check on open; ?action=export scrolls to "Xuất Word".
 */
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../office/excelHost";
import { App, type PaneAction } from "./App";

export function actionFromUrl(search: string): PaneAction | null {
  const action = new URLSearchParams(search).get("action");
  return action === "check" || action === "export" ? action : null;
}

function start() {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<App host={createExcelHost()} action={actionFromUrl(window.location.search)} />);
}

void Office.onReady(() => start());
