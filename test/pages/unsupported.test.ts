/**
 * The HTML pages where the bundles cannot run: taskpane.html and commands.html carry a plain ES5 check (the bundles
 * are ES2020) that shows, or opens, a clear Vietnamese message instead of a blank pane or a button that does nothing;
 * notice.html is the ribbon command's dialog. Each inline script must parse as ES5, and is run in jsdom both as a
 * modern webview (nothing happens) and as one that cannot parse ES2020 (Function rejects the probe's syntax).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parse } from "acorn";
import { JSDOM } from "jsdom";

const ROOT = join(__dirname, "../..");
const PAGES = {
  taskpane: join(ROOT, "src/taskpane/taskpane.html"),
  commands: join(ROOT, "src/commands/commands.html"),
  notice: join(ROOT, "src/commands/notice.html"),
};

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

/** A webview that cannot parse ES2020: the probe's new Function(...) throws a SyntaxError, as EdgeHTML's does. */
function oldWebview(window: Window) {
  (window as unknown as { Function: unknown }).Function = function () {
    throw new SyntaxError("Expected identifier");
  };
}

const windows: { close(): void }[] = [];
afterEach(() => windows.splice(0).forEach((w) => w.close()));

function open(file: string, options: { old?: boolean; url?: string; office?: object } = {}) {
  const dom = new JSDOM(readFileSync(file, "utf8"), {
    runScripts: "dangerously",
    url: options.url ?? "https://cchc.example.gov.vn/addin/taskpane.html",
    beforeParse(window) {
      if (options.old) oldWebview(window as unknown as Window);
      if (options.office) (window as unknown as { Office: object }).Office = options.office;
    },
  });
  windows.push(dom.window);
  return dom.window;
}

test.each(Object.entries(PAGES))("%s.html: every inline script is ES5", (_name, file) => {
  const scripts = inlineScripts(readFileSync(file, "utf8"));
  if (file !== PAGES.notice) expect(scripts.join("")).toContain("cchcSupported");
  for (const script of scripts) expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
});

describe("taskpane.html", () => {
  test("in a modern webview the check stays out of the way", () => {
    const window = open(PAGES.taskpane);
    expect((window as unknown as { cchcSupported: boolean }).cchcSupported).toBe(true);
    expect(window.document.getElementById("container")?.innerHTML).toBe("");
  });

  test("where the bundle cannot run, the pane says what Office is needed, in Vietnamese first", async () => {
    const window = open(PAGES.taskpane, { old: true });
    await new Promise<void>((resolve) =>
      window.document.readyState === "loading"
        ? window.document.addEventListener("DOMContentLoaded", () => resolve())
        : resolve(),
    );
    expect((window as unknown as { cchcSupported: boolean }).cchcSupported).toBe(false);
    const alert = window.document.querySelector('#container [role="alert"]');
    expect(alert?.textContent).toContain(
      "Phần bổ trợ cần Office 2021 trở lên, Microsoft 365 có WebView2, Mac hoặc Excel trên web.",
    );
    expect(alert?.querySelector('a[href="support.html"]')).not.toBeNull();
  });
});

describe("commands.html", () => {
  function office(dialogs: string[], close: (() => void)[]) {
    return {
      EventType: { DialogMessageReceived: "m", DialogEventReceived: "e" },
      context: {
        ui: {
          displayDialogAsync(url: string, _o: unknown, cb: (r: unknown) => void) {
            dialogs.push(url);
            cb({
              status: "succeeded",
              value: { close() {}, addEventHandler: (_t: string, h: () => void) => close.push(h) },
            });
          },
        },
      },
    };
  }

  test("in a modern webview the fallback registers nothing (the bundle registers the command)", () => {
    const window = open(PAGES.commands, {
      url: "https://cchc.example.gov.vn/addin/commands.html",
      office: office([], []),
    });
    expect((window as unknown as { checkAppendix?: unknown }).checkAppendix).toBeUndefined();
  });

  test("where the bundle cannot run, “Kiểm tra nhanh” opens the notice saying what Office is needed", () => {
    const dialogs: string[] = [];
    const close: (() => void)[] = [];
    const window = open(PAGES.commands, {
      old: true,
      url: "https://cchc.example.gov.vn/addin/commands.html?_host_Info=Excel",
      office: office(dialogs, close),
    });
    const command = (window as unknown as { checkAppendix: (e: { completed(): void }) => void }).checkAppendix;
    expect(typeof command).toBe("function");
    const completed = jest.fn();
    command({ completed });
    expect(dialogs).toEqual(["https://cchc.example.gov.vn/addin/notice.html?kind=unsupported"]);
    expect(completed).not.toHaveBeenCalled();
    close.forEach((h) => h());
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("notice.html", () => {
  const notice = (query: string) =>
    open(PAGES.notice, { url: `https://cchc.example.gov.vn/addin/notice.html${query}` }).document;

  test("says what the command found, with the detail as plain text", () => {
    expect(notice("?kind=no-appendix").getElementById("message")?.textContent).toMatch(
      /^Không tìm thấy biểu phụ lục CCHC trong tệp này\./,
    );
    const error = notice("?kind=error&detail=%3Cb%3EExcel%20is%20busy%3C%2Fb%3E");
    expect(error.getElementById("message")?.textContent).toMatch(/không thực hiện được/);
    expect(error.getElementById("detail")?.textContent).toBe("<b>Excel is busy</b>");
    expect(error.querySelector("#detail b")).toBeNull();
    expect(notice("?kind=unsupported").getElementById("message")?.textContent).toBe(
      "Phụ lục CCHC cần Office 2021 trở lên, Microsoft 365 có WebView2, Mac hoặc Excel trên web.",
    );
  });
});
