/**
 * Getting the exported file to the officer inside Excel: the way each platform takes (web: download; Windows: a
 * WebView2 download, else the default browser; Mac: the default browser), the fallbacks when a way fails, and the
 * download page's address that carries the file in its fragment.
 */
import { createFileDelivery, officeDeliveryEnv, waysFor, type DeliveryEnv } from "../../src/office/fileDelivery";
import { downloadPageUrl, fileFromFragment, fromBase64Url, MAX_DOWNLOAD_URL, toBase64Url } from "../../src/host/downloadLink";
import type { OutgoingFile } from "../../src/host/types";

const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WKWEBVIEW = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";

const file = (size = 30_000): OutgoingFile => ({
  name: "bao-cao-cchc-quy-iii-2022.docx",
  mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  bytes: Uint8Array.from({ length: size }, (_, i) => (i * 7919) % 256),
  html: "<p>báo cáo</p>",
  text: "báo cáo",
});

function env(platform: string, userAgent: string, canOpen: boolean, overrides: Partial<DeliveryEnv> = {}) {
  const calls: string[] = [];
  const e: DeliveryEnv = {
    platform: () => platform,
    userAgent: () => userAgent,
    canOpenBrowserWindow: () => canOpen,
    openBrowserWindow: (url) => void calls.push(`browser ${url.slice(0, url.indexOf("#") + 6)}`),
    downloadPage: () => "https://cchc-addin.example.vn/download.html",
    download: (f) => void calls.push(`download ${f.name}`),
    copy: async () => void calls.push("copy"),
    ...overrides,
  };
  return { env: e, calls };
}

describe("the way each platform takes", () => {
  it.each([
    ["Excel on the web", "OfficeOnline", WEBVIEW2, false, ["download", "clipboard"]],
    ["Windows, WebView2", "PC", WEBVIEW2, true, ["download", "browser", "clipboard"]],
    ["Windows, EdgeHTML web view", "PC", EDGE_HTML, true, ["browser", "clipboard"]],
    ["Office 2019 without OpenBrowserWindowApi", "PC", EDGE_HTML, false, ["clipboard"]],
    ["Mac", "Mac", WKWEBVIEW, true, ["browser", "clipboard"]],
    ["an old Mac build", "Mac", WKWEBVIEW, false, ["clipboard"]],
    ["iPad", "iOS", WKWEBVIEW, true, ["browser", "clipboard"]],
  ])("%s", (_name, platform, ua, canOpen, ways) => {
    expect(waysFor(platform as string, ua as string, canOpen as boolean)).toEqual(ways);
  });

  it("Excel on the web downloads; Windows tries the pane's download first; the Mac opens the default browser", async () => {
    const web = env("OfficeOnline", WEBVIEW2, false);
    expect(await createFileDelivery(web.env)(file())).toEqual({ way: "download", alternatives: ["clipboard"] });
    expect(web.calls).toEqual(["download bao-cao-cchc-quy-iii-2022.docx"]);

    const pc = env("PC", WEBVIEW2, true);
    expect(await createFileDelivery(pc.env)(file())).toEqual({ way: "download", alternatives: ["browser", "clipboard"] });

    const mac = env("Mac", WKWEBVIEW, true);
    expect(await createFileDelivery(mac.env)(file())).toEqual({ way: "browser", alternatives: ["clipboard"] });
    expect(mac.calls).toEqual(["browser https://cchc-addin.example.vn/download.html#name="]);
  });

  it("falls back to the next way when one fails, and to the clipboard for a file too large for an address", async () => {
    const failing = env("PC", WEBVIEW2, true, {
      download: () => {
        throw new Error("blocked");
      },
    });
    expect((await createFileDelivery(failing.env)(file())).way).toBe("browser");

    const mac = env("Mac", WKWEBVIEW, true);
    const big = await createFileDelivery(mac.env)(file(MAX_DOWNLOAD_URL));
    expect(big.way).toBe("clipboard");
    expect(mac.calls).toEqual(["copy"]);

    const none = env("Mac", WKWEBVIEW, false, { copy: async () => Promise.reject(new Error("copy refused")) });
    const result = await createFileDelivery(none.env)(file());
    expect(result.way).toBeNull();
    expect(result.error).toMatch(/clipboard: copy refused/);
  });

  it("takes only the ways asked for (the officer's “Copy” click), among those the platform offers", async () => {
    const pc = env("PC", WEBVIEW2, true);
    expect(await createFileDelivery(pc.env)(file(), ["clipboard"])).toEqual({
      way: "clipboard",
      alternatives: ["download", "browser"],
    });
    const web = env("OfficeOnline", WEBVIEW2, false);
    expect((await createFileDelivery(web.env)(file(), ["browser"])).way).toBeNull();
  });

  it("reads the platform and the requirement set from Office.js", async () => {
    const opened: string[] = [];
    // The Common API (Office.context) is a plain object, not a proxy to load: as in excelMock.ts.
    const office = {
      context: {
        diagnostics: { platform: "Mac" },
        requirements: { isSetSupported: (name: string, version: string) => name === "OpenBrowserWindowApi" && version === "1.1" },
        ui: { openBrowserWindow: (url: string) => opened.push(url) },
      },
    };
    (globalThis as unknown as { Office: unknown }).Office = office;
    (globalThis as unknown as { window: unknown }).window = { location: { href: "https://localhost:3000/taskpane.html?action=export" } };
    try {
      const e = officeDeliveryEnv();
      expect(e.platform()).toBe("Mac");
      expect(e.canOpenBrowserWindow()).toBe(true);
      expect(e.downloadPage()).toBe("https://localhost:3000/download.html");
      const delivered = await createFileDelivery({ ...e, userAgent: () => WKWEBVIEW })(file(2000));
      expect(delivered.way).toBe("browser");
      expect(opened).toHaveLength(1);
      expect(fileFromFragment(new URL(opened[0]).hash)!.bytes).toEqual(file(2000).bytes);
    } finally {
      delete (globalThis as unknown as { Office?: unknown }).Office;
      delete (globalThis as unknown as { window?: unknown }).window;
    }
  });
});

describe("the download page's address", () => {
  it("carries the file in the fragment, bytes intact", () => {
    for (const size of [0, 1, 2, 3, 4, 5, 1000, 30_001]) {
      const f = file(size);
      expect(fromBase64Url(toBase64Url(f.bytes))).toEqual(f.bytes);
      const url = downloadPageUrl("https://x.vn/download.html#old", f)!;
      expect(url.startsWith("https://x.vn/download.html#name=bao-cao-cchc-quy-iii-2022.docx&type=")).toBe(true);
      const back = fileFromFragment(new URL(url).hash)!;
      expect(back.name).toBe(f.name);
      expect(back.mimeType).toBe(f.mimeType);
      expect(back.bytes).toEqual(f.bytes);
    }
    expect(Buffer.from(toBase64Url(Buffer.from("Báo cáo CCHC")), "base64url").toString()).toBe("Báo cáo CCHC");
  });

  it("refuses what is not a file, and names the file without folders", () => {
    expect(fileFromFragment("#name=a.docx")).toBeNull();
    expect(fileFromFragment("#data=AAAA")).toBeNull();
    expect(fileFromFragment("#name=a.docx&data=%%%")).toBeNull();
    expect(fileFromFragment("#name=..%2F..%2Fetc%2Fpasswd&data=AAAA")!.name).toBe(".._.._etc_passwd");
    expect(downloadPageUrl("https://x.vn/download.html", file(MAX_DOWNLOAD_URL))).toBeNull();
  });
});
