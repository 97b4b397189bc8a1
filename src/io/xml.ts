/**
 * The project's own XML reading for Office parts (.docx, .xlsx), in Node and in the browser alike: a tolerant
 * tokenizer, linear in its input whatever the input. No DTD is read, so no entity is ever expanded beyond the five
 * XML ones, &nbsp; and character references (no XXE, no "billion laughs").
 */
export interface Tag {
  type: "open" | "close" | "empty";
  /** Qualified name, e.g. "w:p". */
  name: string;
  attrs: Record<string, string>;
}
export type Token = Tag | { type: "text"; text: string };

const NO_ATTRS: Record<string, string> = Object.freeze(Object.create(null) as Record<string, string>);

/**
 * Tolerant XML tokenizer: tags and text, entities decoded; comments, processing instructions and doctype skipped,
 * CDATA read as text. Never throws on malformed input (an unclosed "<" is read as text).
 */
export function* tokenizeXml(xml: string): Generator<Token> {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      yield { type: "text", text: decodeEntities(xml.slice(i)) };
      return;
    }
    if (lt > i) yield { type: "text", text: decodeEntities(xml.slice(i, lt)) };
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      yield { type: "text", text: xml.slice(lt + 9, end < 0 ? n : end) };
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith("<?", lt) || xml.startsWith("<!", lt)) {
      const end = xml.indexOf(">", lt);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const gt = findTagEnd(xml, lt + 1);
    if (gt < 0) {
      yield { type: "text", text: decodeEntities(xml.slice(lt)) };
      return;
    }
    const body = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (body.startsWith("/")) {
      yield { type: "close", name: body.slice(1).trim(), attrs: NO_ATTRS };
      continue;
    }
    const selfClosing = body.endsWith("/");
    const inner = selfClosing ? body.slice(0, -1) : body;
    const m = /^\s*([^\s/>]+)/.exec(inner);
    if (!m) continue;
    yield { type: selfClosing ? "empty" : "open", name: m[1], attrs: parseAttrs(inner.slice(m[0].length)) };
  }
}

/** Index of the ">" closing a tag, skipping quoted attribute values. */
function findTagEnd(xml: string, from: number): number {
  let quote = "";
  for (let j = from; j < xml.length; j++) {
    const c = xml[j];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return j;
    else if (c === "<") return -1;
  }
  return -1;
}

/**
 * name="value" / name='value' pairs, read in one pass (a pattern here rescanned a long run without "=" from each of
 * its characters: a tag of 1 MB took minutes). Anything else is skipped.
 */
function parseAttrs(s: string): Record<string, string> {
  // no prototype: an attribute named "__proto__" or "constructor" is just an attribute
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < n && s[i] !== "=" && !isSpace(s.charCodeAt(i))) i++;
    const name = s.slice(nameStart, i);
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (s[i] !== "=" || name === "") {
      if (i === nameStart) i++;
      continue;
    }
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const quote = s[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = s.indexOf(quote, i + 1);
    if (close < 0) break;
    attrs[name] = decodeEntities(s.slice(i + 1, close));
    i = close + 1;
  }
  return attrs;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * Character data as a parser gives it: line ends normalized to "\n" (XML 1.0, 2.11: a raw "\r\n" or "\r" is "\n";
 * a "\r" written as &#13; stays), then entities decoded.
 */
export function decodeEntities(s: string): string {
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ent: string) => {
    if (ent[0] === "#") {
      const code = ent[1] === "x" || ent[1] === "X" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED_ENTITIES[ent.toLowerCase()] ?? all;
  });
}

/** Local name of a qualified name: "w:p" → "p". */
export function local(name: string): string {
  const c = name.indexOf(":");
  return c < 0 ? name : name.slice(c + 1);
}

export function attr(tag: Tag, localName: string): string | undefined {
  const attrs = tag.attrs;
  if (localName in attrs) return attrs[localName];
  for (const k in attrs) {
    const colon = k.indexOf(":");
    if (colon >= 0 && k.length - colon - 1 === localName.length && k.endsWith(localName)) return attrs[k];
  }
  return undefined;
}
