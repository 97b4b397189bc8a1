/**
 * The browser preview end to end, in Debian's chromium (playwright-core): build the pages, serve them on 127.0.0.1,
 * open preview.html with every request outside 127.0.0.1 blocked, and go through an officer's session on the
 * sample appendix: check, select a finding's cell, edit a cell (live re-check), apply a fix, undo, compare a Word
 * narrative (made here with the docx package), clear.
 * Screenshots go to test-artifacts/e2e/.
 */
import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import { Document, Packer, Paragraph } from "docx";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildPages, ROOT } from "./build";
import { serveDirectory, type StaticServer } from "./server";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = join(ROOT, "test-artifacts", "e2e");
const ERROR_FILL = "#FFC7CE";

// Each step waits on the page (live re-check, chunks loading); the build in beforeAll has its own timeout.
jest.setTimeout(60_000);

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `SKIPPED the preview e2e test: no chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH).`,
  );
}
const describeIfChromium = hasChromium ? describe : describe.skip;

describeIfChromium("browser preview (chromium)", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const external: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const scripts: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dist = await buildPages();
    expect(existsSync(join(dist, "preview.html"))).toBe(true);
    server = await serveDirectory(dist);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    context = await browser.newContext({ locale: "vi-VN", viewport: { width: 1400, height: 900 } });
    // The preview must work offline: refuse (and remember) every request that leaves 127.0.0.1.
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
      external.push(url.href);
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cell = (local: string) => page.locator(`.sheet-grid [data-address="${local}"]`);
  const finding = (code: string, severity?: string) =>
    page.locator(`li[data-code="${code}"]${severity ? `[data-severity="${severity}"]` : ""}`);
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });

  test("the sample loads without network and without office.js", async () => {
    await page.goto(`${server.url}/preview.html`);
    await page.locator(".preview-file").filter({ hasText: "phu-luc-mau.xlsx" }).waitFor();
    await cell("D120").waitFor();
    expect(await cell("D120").textContent()).toBe("5.75%");
    expect(await cell("D6").textContent()).toBe("76%");
    expect(await page.getByRole("tab", { name: "Phụ lục" }).getAttribute("aria-selected")).toBe("true");
    await shot("01-loaded");
    expect(external).toEqual([]);
    expect(scripts.some((s) => /office\.js$/i.test(s))).toBe(false);
    // The workbook reader is not in the entry bundle: it came as a chunk of its own (with jszip), after the page.
    const html = await (await fetch(`${server.url}/preview.html`)).text();
    const entryScripts = [...html.matchAll(/<script[^>]+src=["']?([^"' >]+)/g)].map(
      (m) => new URL(m[1], `${server.url}/`).pathname,
    );
    expect(entryScripts).toEqual(["/preview.js"]);
    const later = scripts.filter((s) => !entryScripts.includes(s));
    expect(later).toContainEqual(expect.stringMatching(/\/xlsx\.[0-9a-f]+\.js$/));
    expect(later.every((s) => /\.[0-9a-f]{8,}\.js$/.test(s))).toBe(true);
  });

  test("“Kiểm tra phụ lục” lists the findings and highlights their cells", async () => {
    await page.getByRole("button", { name: "Kiểm tra phụ lục" }).click();
    await finding("7.2.4", "error").waitFor();
    await finding("3.1.4").first().waitFor();
    expect(await finding("7.2.4", "error").textContent()).toMatch(/5,75%.*7,76%/);
    const summary = page.getByRole("group", { name: "Tổng hợp kết quả" });
    expect(await summary.textContent()).toMatch(/[1-9]\d* lỗi/);
    await page.getByRole("heading", { name: /^7\. Xây dựng và phát triển chính quyền điện tử/ }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-address="D120"]')?.getAttribute("data-fill") === "#FFC7CE",
    );
    expect(await cell("D120").getAttribute("data-fill")).toBe(ERROR_FILL);
    await shot("02-checked");
  });

  test("clicking a finding selects its cell in the sheet", async () => {
    await finding("7.2.4", "error")
      .getByRole("button", { name: /^7\.2\.4/ })
      .click();
    await page.waitForFunction(
      () => document.querySelector('[data-address="D120"]')?.getAttribute("aria-selected") === "true",
    );
    expect(await page.getByTestId("namebox").textContent()).toBe("D120");
    expect(await cell("D120").evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    await shot("03-selected");
  });

  test("editing a cell re-checks by itself and the list changes", async () => {
    expect(await finding("3.1.4").count()).toBeGreaterThan(0);
    await cell("D39").dblclick();
    const editor = page.getByRole("textbox", { name: "Sửa ô D39" });
    await editor.fill("364");
    await editor.press("Enter");
    expect(await cell("D39").textContent()).toBe("364");
    // The live check (debounced) drops the "3.1.4 is empty" finding.
    await finding("3.1.4").first().waitFor({ state: "detached" });
    await shot("04-edited");
  });

  test("“Sửa” writes the fix and its finding goes; “Hoàn tác” brings the old value back", async () => {
    const fix = page.getByRole("button", { name: /^Sửa 7\.2\.4: ghi 7,76%/ });
    await fix.click();
    await finding("7.2.4", "error").waitFor({ state: "detached" });
    // The fix writes a real percent (0.0776 formatted 0.00%), so the "read from text" warning goes too.
    await finding("7.2.4").first().waitFor({ state: "detached" });
    expect(await cell("D120").textContent()).toMatch(/^7[.,]76%$/);
    await page.getByText("Đã ghi 7,76% vào chỉ tiêu 7.2.4.").waitFor();
    await shot("05-fixed");

    await page.getByRole("button", { name: "Hoàn tác" }).click();
    await finding("7.2.4", "error").waitFor();
    expect(await cell("D120").textContent()).toBe("5.75%");
  });

  test("“Đối chiếu thuyết minh”: a Word report's figures are compared with the table", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("3. Về công tác kiểm tra CCHC:"),
            new Paragraph(
              "Đến thời điểm kiểm tra, cơ quan chuyên môn kiểm tra nội dung công tác CCHC được 03 đơn vị cấp xã.",
            ),
          ],
        },
      ],
    });
    const buffer = await Packer.toBuffer(doc);
    await page.locator('#narrative input[type="file"]').setInputFiles({
      name: "bao-cao.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer,
    });
    const group = page.getByRole("region", { name: "Thuyết minh", exact: true });
    await group.locator('li[data-code="1.3.1"][data-severity="error"]').waitFor();
    expect(await group.locator("mark").first().textContent()).toBe("03");
    await page.getByText("Đang đối chiếu: “bao-cao.docx”.", { exact: false }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-address="D10"]')?.getAttribute("data-fill") === "#FFC7CE",
    );
    // The .docx reader came on demand too.
    expect(scripts.some((s) => /docx/i.test(s))).toBe(true);
    await group.scrollIntoViewIfNeeded();
    await shot("06-narrative");
  });

  test("“Xóa đánh dấu” clears every highlight", async () => {
    await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
    await page.waitForFunction(() => document.querySelectorAll(".sheet-grid [data-fill]").length === 0);
    await shot("07-cleared");
  });

  test("“Chèn biểu phụ lục” adds the official table as a new sheet and leaves the existing one untouched", async () => {
    await page.getByLabel("Đơn vị báo cáo").fill("UBND huyện Bạch Thông");
    await page.getByRole("button", { name: "Chèn biểu phụ lục" }).click();
    const tab = page.getByRole("tab", { name: "Phụ lục (2)" });
    await tab.waitFor();
    await page.waitForFunction(
      () => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === "Phụ lục (2)",
    );
    // The existing sheet is untouched; the new one carries every row of the form.
    const texts = await page.locator(".sheet-grid td").allTextContents();
    for (const label of [
      "STT",
      "Chỉ tiêu thống kê",
      "Số liệu",
      "Tổng số người làm việc được giao",
      "Số hồ sơ TTHC giải quyết đúng hạn",
    ]) {
      expect(texts).toContain(label);
    }
    await page.screenshot({ path: join(SHOTS, "09-inserted.png") });
    await page.getByRole("tab", { name: "Phụ lục", exact: true }).click();
    expect(await cell("D120").textContent()).toBe("5.75%");
  });

  test("no errors in the page", () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
  });

  test("?lang=en shows the English pane", async () => {
    const en = await context.newPage();
    await en.goto(`${server.url}/preview.html?lang=en`);
    await en.getByRole("button", { name: "Check the appendix" }).waitFor();
    await en.locator('.sheet-grid [data-address="D120"]').waitFor();
    await en.getByRole("button", { name: "Check the appendix" }).click();
    await en.locator('li[data-code="7.2.4"][data-severity="error"]').waitFor();
    await en.screenshot({ path: join(SHOTS, "08-english.png") });
    await en.close();
  });
});
