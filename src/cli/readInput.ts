/**
 * Node only: read an input file whole, at most maxBytes. A regular file larger than that is refused at once; a
 * device or a pipe (/dev/zero, /dev/stdin) is read until it ends or passes maxBytes, so nothing reads forever.
 */
import { open } from "node:fs/promises";
import { InputError } from "./errors";

const MiB = 1024 * 1024;

/** Largest workbook or report read (a district's appendix is tens of kilobytes; a report with photos, a few MB). */
export const MAX_INPUT_BYTES = 50 * MiB;

export async function readInputFile(
  file: string,
  cannotRead: { vi: string; en: string },
  maxBytes = MAX_INPUT_BYTES,
): Promise<Buffer> {
  const tooLarge = new InputError({
    vi: `Tệp quá lớn (hơn ${Math.round(maxBytes / MiB)} MB), không kiểm tra: ${file}`,
    en: `The file is too large (over ${Math.round(maxBytes / MiB)} MB) to check: ${file}`,
  });
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    throw new InputError(cannotRead);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(cannotRead);
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 * MiB, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge;
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(cannotRead);
  } finally {
    await handle.close().catch(() => undefined);
  }
}
