/**
 * A short dialog from the ribbon command (which has no pane): notice.html with what to say in its query string.
 * Resolves when the officer closes it (or it could not be shown), so that the command completes after it.
 */

export type NoticeKind = "no-appendix" | "error" | "protected" | "unsupported";

/** How long a notice may stay open before the command completes anyway (Excel gives up on a command after 5 min). */
export const NOTICE_TIMEOUT_MS = 120_000;

/** notice.html beside the page this runs in (commands.html). */
export function noticeUrl(kind: NoticeKind, detail = "", base = globalThis.location?.href ?? ""): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("kind", kind);
  if (detail) url.searchParams.set("detail", detail);
  return url.toString();
}

export function showNotice(kind: NoticeKind, detail = ""): Promise<void> {
  return new Promise<void>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      if (timer !== undefined) clearTimeout(timer);
      resolve();
    };
    try {
      Office.context.ui.displayDialogAsync(
        noticeUrl(kind, detail),
        { height: 30, width: 30, displayInIframe: true },
        (result) => {
          if (result.status === Office.AsyncResultStatus.Failed) {
            console.error("notice", result.error?.message);
            done();
            return;
          }
          const dialog = result.value;
          const close = () => {
            try {
              dialog.close();
            } catch {
              // already closed
            }
            done();
          };
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
          dialog.addEventHandler(Office.EventType.DialogEventReceived, close);
          timer = setTimeout(close, NOTICE_TIMEOUT_MS);
        },
      );
    } catch (e) {
      console.error("notice", e);
      done();
    }
  });
}
