/**
 * Reading the parts of an Office file (.docx, .xlsx: a zip of XML parts) with bounds, in Node and in the browser
 * alike (jszip; no Node APIs). A zip can say anything about itself: a 1 MB file can inflate to gigabytes. So:
 * - the number of entries is read from the zip's end record before anything else (at most maxEntries);
 * - a part is inflated as a stream and its size counted WHILE inflating: past maxEntryBytes for the part, or
 *   maxTotalBytes for all parts read so far, inflating stops at once and ZipLimitError says which bound it hit;
 * - parts are decoded as UTF-8 text only when asked (the XML readers never see more than the bounds).
 */
import JSZip from "jszip";

export interface ZipLimits {
  /** Inflated bytes of one part at most. */
  maxEntryBytes: number;
  /** Inflated bytes of all the parts read from one file at most. */
  maxTotalBytes: number;
  /** Entries in the zip at most. */
  maxEntries: number;
}

const MiB = 1024 * 1024;

/** A 5,000-page report's document.xml is about 50 MB; a sheet of 500,000 rows, about as much. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntryBytes: 64 * MiB, maxTotalBytes: 160 * MiB, maxEntries: 10_000 };

export class ZipLimitError extends Error {
  constructor(
    readonly bound: "entry" | "total" | "entries",
    readonly limit: number,
    readonly part?: string,
  ) {
    super(
      bound === "entries"
        ? `The zip has more than ${limit} entries`
        : `${bound === "entry" ? `The part ${part}` : "The parts read"} inflate to more than ${Math.round(limit / MiB)} MB`,
    );
    this.name = "ZipLimitError";
  }
}

/** jszip's documented ZipObject#internalStream (a StreamHelper that can pause), missing from its type definitions. */
type StreamingZipObject = JSZip.JSZipObject & {
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
};

/** An opened zip whose parts are read within bounds. */
export class BoundedZip {
  private total = 0;

  private constructor(
    private readonly zip: JSZip,
    readonly limits: ZipLimits,
  ) {}

  /** Open a zip: checks the entry count, reads the directory; inflates nothing yet. Throws on a file that is no zip. */
  static async open(data: Uint8Array | ArrayBuffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<BoundedZip> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const entries = zipEntryCount(bytes);
    if (entries !== null && entries > limits.maxEntries) throw new ZipLimitError("entries", limits.maxEntries);
    const zip = await JSZip.loadAsync(bytes);
    return new BoundedZip(zip, limits);
  }

  /** Bytes inflated so far from this zip (counted as they come, so a read past a bound stops near it). */
  get inflated(): number {
    return this.total;
  }

  /** The names of the file entries (not folders). */
  names(): string[] {
    return Object.keys(this.zip.files).filter((n) => !this.zip.files[n].dir);
  }

  has(name: string): boolean {
    const f = this.zip.files[name];
    return !!f && !f.dir;
  }

  /** A part as UTF-8 text (a leading BOM dropped), or null when there is no such part. */
  async text(name: string): Promise<string | null> {
    const bytes = await this.bytes(name);
    if (bytes === null) return null;
    return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  }

  /** A part's bytes, inflated within the bounds, or null when there is no such part. */
  bytes(name: string): Promise<Uint8Array | null> {
    const file = this.zip.files[name];
    if (!file || file.dir) return Promise.resolve(null);
    const { maxEntryBytes, maxTotalBytes } = this.limits;
    return new Promise<Uint8Array | null>((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let stopped = false;
      const stream = (file as StreamingZipObject).internalStream("uint8array");
      stream
        .on("data", (chunk: Uint8Array) => {
          if (stopped) return;
          size += chunk.length;
          this.total += chunk.length;
          if (size > maxEntryBytes || this.total > maxTotalBytes) {
            stopped = true;
            stream.pause();
            chunks.length = 0;
            reject(
              size > maxEntryBytes
                ? new ZipLimitError("entry", maxEntryBytes, name)
                : new ZipLimitError("total", maxTotalBytes, name),
            );
            return;
          }
          chunks.push(chunk);
        })
        .on("error", (e: Error) => {
          if (stopped) return;
          stopped = true;
          reject(e);
        })
        .on("end", () => {
          if (stopped) return;
          resolve(concat(chunks, size));
        })
        .resume();
    });
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The entry count from the zip's end-of-central-directory record (ZIP64 too), or null when there is no such record
 * (jszip will then refuse the file itself).
 */
export function zipEntryCount(b: Uint8Array): number | null {
  const u16 = (i: number) => b[i] | (b[i + 1] << 8);
  const u32 = (i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
  // the record is 22 bytes plus a comment of at most 65,535 bytes, at the end of the file
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] !== 0x50 || b[i + 1] !== 0x4b || b[i + 2] !== 0x05 || b[i + 3] !== 0x06) continue;
    const count = u16(i + 10);
    if (count !== 0xffff) return count;
    // ZIP64: the locator just before points to the ZIP64 end record, which has an 8-byte count
    const loc = i - 20;
    if (loc < 0 || u32(loc) !== 0x07064b50) return count;
    const rec = u32(loc + 8) + u32(loc + 12) * 0x100000000;
    if (rec + 40 > b.length || u32(rec) !== 0x06064b50) return count;
    return u32(rec + 32) + u32(rec + 36) * 0x100000000;
  }
  return null;
}
