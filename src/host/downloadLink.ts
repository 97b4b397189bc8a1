/**
 * The address of the add-in's download page (download.html) carrying a file in its fragment:
 *   https://…/download.html#name=bao-cao.docx&type=application%2F…&data=<base64url>
 * The fragment never leaves the browser (it is not sent to the server). Opened in the system's default browser with
 * Office.context.ui.openBrowserWindow where the pane itself cannot download (Mac), the page turns it back into the
 * file and saves it. Pure code: used by the pane (to build the address) and by the page (to read it).
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes → base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

/** base64url (or base64) → bytes; null when the text is not base64. */
export function fromBase64Url(text: string): Uint8Array | null {
  const s = text.replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  if (s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const c = [0, 1, 2, 3].map((k) => (i + k < s.length ? INDEX.get(s[i + k]) : 0));
    if (c.some((v) => v === undefined)) return null;
    const n = (c[0]! << 18) | (c[1]! << 12) | (c[2]! << 6) | c[3]!;
    out[o++] = (n >> 16) & 255;
    if (i + 2 < s.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < s.length) out[o++] = n & 255;
  }
  return out.subarray(0, o);
}

/**
 * Longest address handed to the default browser. Chromium-based browsers take 2 MB, Safari about 80 000 characters
 * in the address bar; a district report is about 40 000 (28 kB as base64). Longer files take the clipboard way.
 */
export const MAX_DOWNLOAD_URL = 80_000;

export interface DownloadFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** The download page's address with the file in its fragment, or null when it would be too long. */
export function downloadPageUrl(pageUrl: string, file: DownloadFile): string | null {
  const base = pageUrl.replace(/#.*$/, "");
  const fragment = `name=${encodeURIComponent(file.name)}&type=${encodeURIComponent(file.mimeType)}&data=${toBase64Url(file.bytes)}`;
  const url = `${base}#${fragment}`;
  return url.length <= MAX_DOWNLOAD_URL ? url : null;
}

/** The file in a download page's fragment ("#name=…&type=…&data=…"), or null. */
export function fileFromFragment(hash: string): DownloadFile | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const name = params.get("name");
  const data = params.get("data");
  if (!name || data === null) return null;
  const bytes = fromBase64Url(data);
  if (!bytes) return null;
  // Only a plain file name: no folders.
  const safe =
    [...name]
      .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? "_" : c))
      .join("")
      .replace(/_+/g, "_")
      .slice(0, 200) || "tep";
  return { name: safe, mimeType: params.get("type") || "application/octet-stream", bytes };
}
