/**
 * WorkbookHost.deliverFile inside Excel: which way a file can reach the officer on each platform.
 *
 *   Excel on the web        download (the pane is a frame of the browser), else clipboard
 *   Windows, WebView2       download (works in current runtimes, shown in the pane's download bar), then browser,
 *                           then clipboard
 *   Windows, older web view browser (EdgeHTML and IE web views cannot save a Blob), then clipboard
 *   Mac (WKWebView), iPad   browser (the web view cannot download at all: office-js issues 2700, 3385), then clipboard
 *
 * "browser" opens the add-in's own download.html in the default browser with Office.context.ui.openBrowserWindow
 * (OpenBrowserWindowApi 1.1: Windows 1810+, Office 2021, Mac; not Excel on the web), the file in the address's
 * fragment (src/host/downloadLink.ts). None of this is verified in a real Excel here; see the README.
 */
import { copyRichText, downloadBytes } from "../host/browserDelivery";
import { downloadPageUrl } from "../host/downloadLink";
import type { Delivery, DeliveryWay, OutgoingFile, WorkbookHost } from "../host/types";

/** What the delivery needs from Office and the page (replaced in tests). */
export interface DeliveryEnv {
  /** Office.context.diagnostics.platform: "OfficeOnline", "PC", "Mac", "iOS", … */
  platform(): string | null;
  userAgent(): string;
  canOpenBrowserWindow(): boolean;
  openBrowserWindow(url: string): void;
  /** The address of the add-in's download page. */
  downloadPage(): string;
  download(file: OutgoingFile): void;
  copy(html: string, text: string): Promise<void>;
}

export function officeDeliveryEnv(): DeliveryEnv {
  return {
    platform: () => {
      try {
        return String(Office.context.diagnostics.platform);
      } catch {
        return null;
      }
    },
    userAgent: () => (typeof navigator === "undefined" ? "" : navigator.userAgent),
    canOpenBrowserWindow: () => {
      try {
        return Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1");
      } catch {
        return false;
      }
    },
    openBrowserWindow: (url) => Office.context.ui.openBrowserWindow(url),
    downloadPage: () => new URL("download.html", window.location.href).href,
    download: (file) => downloadBytes(file),
    copy: (html, text) => copyRichText(html, text),
  };
}

/** The ways this platform offers, best first. */
export function waysFor(platform: string | null, userAgent: string, canOpenBrowser: boolean): DeliveryWay[] {
  const browser: DeliveryWay[] = canOpenBrowser ? ["browser"] : [];
  switch (platform) {
    case "OfficeOnline":
      return ["download", "clipboard"];
    case "PC":
      // WebView2 says "Edg/"; the EdgeHTML web view "Edge/", Internet Explorer "Trident".
      return /\bEdg\//.test(userAgent) ? ["download", ...browser, "clipboard"] : [...browser, "clipboard"];
    case "Mac":
    case "iOS":
      return [...browser, "clipboard"];
    default:
      return ["download", ...browser, "clipboard"];
  }
}

export function createFileDelivery(env: DeliveryEnv = officeDeliveryEnv()): WorkbookHost["deliverFile"] {
  return async (file, asked) => {
    const offered = waysFor(env.platform(), env.userAgent(), env.canOpenBrowserWindow());
    const order = (asked ?? offered).filter((w) => offered.includes(w));
    const problems: string[] = [];
    for (const way of order) {
      const alternatives = offered.filter((w) => w !== way);
      try {
        if (way === "download") env.download(file);
        else if (way === "browser") {
          const url = downloadPageUrl(env.downloadPage(), file);
          if (!url) throw new Error("the file is too large to hand to the browser");
          env.openBrowserWindow(url);
        } else await env.copy(file.html, file.text);
        return { way, alternatives } satisfies Delivery;
      } catch (e) {
        problems.push(`${way}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return {
      way: null,
      alternatives: offered.filter((w) => !order.includes(w)),
      error: problems.join("; ") || "no way to deliver a file here",
    };
  };
}
