/**
 * Hostile zips, made in the test in milliseconds: a part that inflates to hundreds of megabytes from a few hundred
 * kilobytes (one deflate chunk of a megabyte of zeros, repeated: each repetition is valid after the last), written
 * into a zip by hand so that nothing has to inflate it to build it.
 */
import { constants, deflateRawSync } from "node:zlib";

/** Raw deflate data that inflates to `mb` megabytes of "0" characters (0x30, text an XML reader would read). */
export function deflatedZeros(mb: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1 << 20, 0x30), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...Array.from({ length: mb }, () => chunk), Buffer.from([0x03, 0x00])]);
}

export interface RawEntry {
  name: string;
  /** Stored as is (method 0) when a string; deflate data (method 8) when a Buffer. */
  data: string | Buffer;
  /** The uncompressed size the headers claim (a zip can lie; default 1 KB for deflate data: jszip reads nothing of a
   * part that claims 0). */
  claimedSize?: number;
}

/** A zip of the entries (no CRC: readers that do not check it, as jszip by default, read it). */
export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const stored = typeof e.data === "string";
    const data = stored ? Buffer.from(e.data as string, "utf8") : (e.data as Buffer);
    const size = e.claimedSize ?? (stored ? data.length : 1024);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
