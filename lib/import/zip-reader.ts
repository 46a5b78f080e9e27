import { Inflate } from 'fflate';

/**
 * A zip read with bounded memory. Everything about an entry is decided from the central directory before a byte is
 * inflated (how many entries, where each one's data lies, what size it declares), and inflating is streamed in
 * small steps that stop the moment an entry gives more than it declared. A zip bomb — entries sharing one
 * compressed stream, sizes that lie, a directory of a million entries — is refused, not expanded.
 */

/** A LinkedIn export holds a few dozen files; ten thousand is far past any real one. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Compressed input per inflate step: deflate expands at most ~1,032×, so one step yields at most ~4 MB. */
const STEP_BYTES = 4 * 1024;

/** Why a zip cannot be read, in words for the user (the caller names the file). */
export class UnreadableZip extends Error {}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only two methods LinkedIn's exports (and every common zip tool) use. */
  method: number;
  crc: number;
  compressedSize: number;
  /** What the directory says the entry inflates to; never trusted beyond being a limit. */
  size: number;
  localHeaderAt: number;
  /** Where the entry's compressed data starts, read from its local header. */
  dataAt: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;

function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const within = (at: number, length: number) => {
    if (at < 0 || at + length > bytes.length) throw new UnreadableZip('it ends before its directory does');
  };
  return {
    u16: (at: number) => {
      within(at, 2);
      return view.getUint16(at, true);
    },
    u32: (at: number) => {
      within(at, 4);
      return view.getUint32(at, true);
    },
    u64: (at: number) => {
      within(at, 8);
      const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
      if (!Number.isSafeInteger(value)) throw new UnreadableZip('it declares an impossible size');
      return value;
    },
  };
}

function findEndOfDirectory(bytes: Uint8Array, u32: (at: number) => number): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(at) === END_OF_DIRECTORY) return at;
  }
  throw new UnreadableZip('it has no zip directory (damaged or incomplete)');
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder();

/** The entries of a zip, from its central directory, each checked to lie in the file and overlap no other. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const { u16, u32, u64 } = reader(bytes);
  const end = findEndOfDirectory(bytes, u32);
  let count = u16(end + 10);
  let directorySize = u32(end + 12);
  let directoryAt = u32(end + 16);
  if ((count === 0xffff || directoryAt === 0xffffffff) && end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
    const zip64 = u64(end - 12);
    if (u32(zip64) !== ZIP64_END) throw new UnreadableZip('its zip64 directory is missing');
    count = u64(zip64 + 32);
    directorySize = u64(zip64 + 40);
    directoryAt = u64(zip64 + 48);
  }
  if (count > MAX_ZIP_ENTRIES)
    throw new UnreadableZip(
      `it lists ${count.toLocaleString('en')} files; an export has a few dozen (Rapport opens up to ${MAX_ZIP_ENTRIES.toLocaleString('en')})`,
    );
  if (directoryAt + directorySize > bytes.length) throw new UnreadableZip('its directory lies past its end');

  const entries: ZipEntry[] = [];
  let at = directoryAt;
  for (let i = 0; i < count; i++) {
    if (u32(at) !== DIRECTORY_ENTRY) throw new UnreadableZip('its directory is damaged');
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    if (at + 46 + nameLength > bytes.length) throw new UnreadableZip('its directory is damaged');
    const name = (flags & 0x800 ? utf8 : latin1).decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new UnreadableZip(`${name} is encrypted`);
    let size = u32(at + 24);
    let compressedSize = u32(at + 20);
    let localHeaderAt = u32(at + 42);
    // Zip64: a field of all ones is in the extra field instead, in this order.
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(extra);
      const length = u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const next = () => {
          field += 8;
          return u64(field - 8);
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderAt === 0xffffffff) localHeaderAt = next();
      }
      extra += 4 + length;
    }
    if (u32(localHeaderAt) !== LOCAL_HEADER) throw new UnreadableZip(`the data of ${name} is missing`);
    const dataAt = localHeaderAt + 30 + u16(localHeaderAt + 26) + u16(localHeaderAt + 28);
    entries.push({
      name,
      method: u16(at + 10),
      crc: u32(at + 16),
      compressedSize,
      size,
      localHeaderAt,
      dataAt,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }

  // Every zip tool writes each entry's data once; entries sharing data are how a 100 KB zip claims gigabytes.
  const byPlace = [...entries].sort((a, b) => a.localHeaderAt - b.localHeaderAt);
  for (let i = 0; i < byPlace.length; i++) {
    const entry = byPlace[i]!;
    const next = byPlace[i + 1]?.localHeaderAt ?? directoryAt;
    if (entry.dataAt + entry.compressedSize > next)
      throw new UnreadableZip(
        `its entries overlap (${entry.name} runs into the next one), which no zip tool writes: it is not opened`,
      );
  }
  return entries;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

const tooLarge = (entry: ZipEntry) =>
  new UnreadableZip(`${entry.name} holds more than the ${entry.size} bytes it declares`);

/**
 * The entry's bytes. Memory is the declared size, allocated once: inflating stops as soon as the entry would give
 * more than that, and an entry that gives less, or other bytes than its checksum says, is refused as damaged.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const compressed = bytes.subarray(entry.dataAt, entry.dataAt + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new UnreadableZip(`${entry.name} is damaged`);
    out = compressed.slice();
  } else if (entry.method === 8) {
    out = new Uint8Array(entry.size);
    let written = 0;
    let ended = false;
    const inflate = new Inflate((chunk, final) => {
      if (written + chunk.length > entry.size) throw tooLarge(entry);
      out.set(chunk, written);
      written += chunk.length;
      ended = final;
    });
    try {
      for (let at = 0; at < compressed.length; at += STEP_BYTES) {
        const end = Math.min(at + STEP_BYTES, compressed.length);
        inflate.push(compressed.subarray(at, end), end === compressed.length);
      }
    } catch (error) {
      if (error instanceof UnreadableZip) throw error;
      throw new UnreadableZip(`${entry.name} is damaged (${error instanceof Error ? error.message : error})`);
    }
    if (!ended || written !== entry.size) throw new UnreadableZip(`${entry.name} is damaged or incomplete`);
  } else {
    throw new UnreadableZip(
      `${entry.name} is compressed in a way Rapport cannot read (method ${entry.method})`,
    );
  }
  return checksummed(entry, out);
}

function checksummed(entry: ZipEntry, out: Uint8Array): Uint8Array {
  if (crc32(out) !== entry.crc) throw new UnreadableZip(`${entry.name} is damaged (checksum)`);
  return out;
}

/**
 * As inflateEntry, with the browser's own inflater (DecompressionStream), three to four times as fast: the bench's
 * export (56 MB of CSV) took 0.9–1.1 s against 3.2–3.8 s in Chromium's options page. The same bounds: memory is the
 * declared size, reading stops as soon as the entry would give more, and less, or other bytes than its checksum
 * says, is refused. The compressed bytes go in STEP_BYTES at a time, each once the output before it is read: the
 * inflater makes all of a step's output at once (a whole 192 KB bomb given at once grew the browser's memory by
 * 132 MB before the first read). Stored entries (and any other method) go through inflateEntry.
 */
export async function inflateEntryNatively(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  if (entry.method !== 8) return inflateEntry(bytes, entry);
  // A view of the picked file (an ArrayBuffer, never shared).
  const compressed = bytes.subarray(
    entry.dataAt,
    entry.dataAt + entry.compressedSize,
  ) as Uint8Array<ArrayBuffer>;
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  // A write resolves once the inflater has taken it and what it made is being read (the stream's backpressure).
  const feeding = (async () => {
    for (let at = 0; at < compressed.length; at += STEP_BYTES)
      await writer.write(compressed.subarray(at, at + STEP_BYTES));
    await writer.close();
  })();
  // Its failure is the inflater's, which the reads below see (or the cancel below caused).
  feeding.catch(() => undefined);
  const out = new Uint8Array(entry.size);
  let written = 0;
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      if (written + part.value.length > entry.size) throw tooLarge(entry);
      out.set(part.value, written);
      written += part.value.length;
    }
  } catch (error) {
    // Stops the inflater: nothing more of a lying entry is made.
    reader.cancel().catch(() => undefined);
    if (error instanceof UnreadableZip) throw error;
    throw new UnreadableZip(`${entry.name} is damaged (${error instanceof Error ? error.message : error})`);
  }
  if (written !== entry.size) throw new UnreadableZip(`${entry.name} is damaged or incomplete`);
  return checksummed(entry, out);
}
