/**
 * The add-in's document settings as Excel keeps them in a saved workbook: each Office add-in's settings are
 * properties of its web extension part (xl/webextensions/webextension*.xml, [MS-OWEXML]):
 * <we:property name="cchc.form" value="…JSON…"/>. Office serialises each value as JSON, so a string value is a quoted
 * JSON string. Read with the bounded zip reader (zip.ts) and a small attribute reader, in Node and the browser alike.
 */
import { BoundedZip } from "./zip";

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** A setting's stored value as the add-in wrote it: the JSON string decoded once (a string stays a string). */
function settingValue(raw: string): string {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === "string" ? v : raw;
  } catch {
    return raw;
  }
}

/** Every add-in setting found in the workbook's web extension parts, by name (later parts win). */
export async function readWorkbookSettings(data: Uint8Array | ArrayBuffer): Promise<Map<string, string>> {
  const zip = await BoundedZip.open(data);
  const settings = new Map<string, string>();
  const parts = zip
    .names()
    .filter((n) => /^xl\/webextensions\/webextension\d*\.xml$/i.test(n))
    .sort();
  for (const name of parts) {
    const xml = await zip.text(name);
    if (xml === null) continue;
    for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*?)\/?>/g)) {
      const attrs = new Map<string, string>();
      for (const a of m[1].matchAll(/(\w+)\s*=\s*("([^"]*)"|'([^']*)')/g))
        attrs.set(a[1], unescapeXml(a[3] ?? a[4] ?? ""));
      const key = attrs.get("name");
      const value = attrs.get("value");
      if (key !== undefined && value !== undefined) settings.set(key, settingValue(value));
    }
  }
  return settings;
}
