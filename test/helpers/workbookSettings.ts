/** An .xlsx with the add-in's document settings, as Excel keeps them in a web extension part ([MS-OWEXML]). */
import JSZip from "jszip";

export async function withSettings(xlsx: Buffer | Uint8Array, settings: Record<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const props = Object.entries(settings)
    .map(([name, value]) => `<we:property name="${esc(name)}" value="${esc(JSON.stringify(value))}"/>`)
    .join("");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6A1B5C2E-0000-4000-8000-000000000001}"><we:reference id="cchc-addin" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  return Buffer.from(await zip.generateAsync({ type: "uint8array" }));
}
