/**
 * Handing a file to the officer from a web page (DOM only, no Office.js): a download through a temporary link, and
 * a rich-text copy for pasting into Word. Used by the Office adapter (src/office/fileDelivery.ts), the browser
 * preview and the download page.
 */
import type { DownloadFile } from "./downloadLink";

/** Save the bytes as a file: a Blob, a temporary link with `download`, a click. */
export function downloadBytes(file: DownloadFile, doc: Document = document): void {
  const view = doc.defaultView ?? window;
  const blob = new Blob([file.bytes as BlobPart], { type: file.mimeType });
  const url = view.URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = file.name;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the address is released.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
}

/**
 * Copy rich text (HTML, with a plain-text alternative) to the clipboard: the asynchronous Clipboard API where the
 * page may use it, else a selection of a hidden copy of the HTML and document.execCommand("copy") (older web views,
 * frames without the clipboard-write permission). Must run in the officer's click. Rejects when neither works.
 */
export async function copyRichText(html: string, text: string, doc: Document = document): Promise<void> {
  const view = doc.defaultView ?? window;
  const clipboard = view.navigator.clipboard as Clipboard | undefined;
  const Item = (view as unknown as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (clipboard?.write && Item) {
    try {
      await clipboard.write([
        new Item({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return;
    } catch {
      // fall through to the selection copy
    }
  }
  const holder = doc.createElement("div");
  holder.contentEditable = "true";
  holder.setAttribute("aria-hidden", "true");
  holder.style.cssText = "position:fixed;left:-10000px;top:0;width:800px;opacity:0;pointer-events:none";
  holder.innerHTML = html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/g, "");
  doc.body.appendChild(holder);
  const selection = view.getSelection();
  try {
    const range = doc.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    const ok = typeof doc.execCommand === "function" && doc.execCommand("copy");
    if (!ok) throw new Error("copy refused");
  } finally {
    selection?.removeAllRanges();
    holder.remove();
  }
}
