// Zips written byte by byte, so tests and benchmarks can build what no zip tool writes: a directory whose entries
// share one compressed stream, sizes that lie, tens of thousands of entries, zip64 fields.
import { deflateSync } from 'fflate';
import { crc32 } from '../../lib/import/zip-reader';

export interface CraftedFile {
  name: string;
  data: Uint8Array;
  /** Stored as is instead of deflated. */
  store?: boolean;
}

/** One central-directory record: which written file it points at, and what it claims about it. */
export interface DirectoryRecord {
  name: string;
  file: number;
  size?: number;
  crc?: number;
  /** Sizes and offset in a zip64 extra field instead of the record's own fields. */
  zip64?: boolean;
}

const bytesOf = (write: (view: DataView) => void, length: number) => {
  const out = new Uint8Array(length);
  write(new DataView(out.buffer));
  return out;
};

/**
 * A zip of `files`, with a central directory of `directory` (by default, one honest record per file). `count`
 * overrides the entry count the end record declares.
 */
export function craftZip(files: CraftedFile[], directory?: DirectoryRecord[], count?: number): Uint8Array {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let offset = 0;
  const push = (part: Uint8Array) => {
    parts.push(part);
    offset += part.length;
  };
  const written = files.map((file) => {
    const name = encoder.encode(file.name);
    const body = file.store ? file.data : deflateSync(file.data);
    const at = offset;
    const method = file.store ? 0 : 8;
    const crc = crc32(file.data);
    push(
      bytesOf((v) => {
        v.setUint32(0, 0x04034b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, 0x800, true);
        v.setUint16(8, method, true);
        v.setUint32(14, crc, true);
        v.setUint32(18, body.length, true);
        v.setUint32(22, file.data.length, true);
        v.setUint16(26, name.length, true);
      }, 30),
    );
    push(name);
    push(body);
    return { at, method, crc, compressedSize: body.length, size: file.data.length };
  });
  const records: DirectoryRecord[] = directory ?? files.map((file, i) => ({ name: file.name, file: i }));
  const directoryAt = offset;
  for (const record of records) {
    const file = written[record.file]!;
    const name = encoder.encode(record.name);
    const size = record.size ?? file.size;
    const extra = record.zip64
      ? bytesOf((v) => {
          v.setUint16(0, 0x0001, true);
          v.setUint16(2, 24, true);
          v.setBigUint64(4, BigInt(size), true);
          v.setBigUint64(12, BigInt(file.compressedSize), true);
          v.setBigUint64(20, BigInt(file.at), true);
        }, 28)
      : new Uint8Array(0);
    const wide = (value: number) => (record.zip64 ? 0xffffffff : value);
    push(
      bytesOf((v) => {
        v.setUint32(0, 0x02014b50, true);
        v.setUint16(4, 45, true);
        v.setUint16(6, 45, true);
        v.setUint16(8, 0x800, true);
        v.setUint16(10, file.method, true);
        v.setUint32(16, record.crc ?? file.crc, true);
        v.setUint32(20, wide(file.compressedSize), true);
        v.setUint32(24, wide(size), true);
        v.setUint16(28, name.length, true);
        v.setUint16(30, extra.length, true);
        v.setUint32(42, wide(file.at), true);
      }, 46),
    );
    push(name);
    push(extra);
  }
  const directorySize = offset - directoryAt;
  const entries = count ?? records.length;
  push(
    bytesOf((v) => {
      v.setUint32(0, 0x06054b50, true);
      v.setUint16(8, Math.min(entries, 0xffff), true);
      v.setUint16(10, Math.min(entries, 0xffff), true);
      v.setUint32(12, directorySize, true);
      v.setUint32(16, directoryAt, true);
    }, 22),
  );
  const zip = new Uint8Array(offset);
  let at = 0;
  for (const part of parts) {
    zip.set(part, at);
    at += part.length;
  }
  return zip;
}

/** What a 128 MB file of one repeated CSV line deflates to: the payload of every bomb here. */
export function bombPayload(megabytes: number): Uint8Array {
  const line = new TextEncoder().encode('a,b,c,d\n');
  const data = new Uint8Array(megabytes * 1024 * 1024);
  for (let i = 0; i < data.length; i += line.length) data.set(line, i);
  return data;
}

/**
 * The bomb the issue found: one deflated file of `megabytes`, listed `copies` times in the directory under export
 * names, every record pointing at the same data. 128 MB × 42 is the 132 KB zip that took the page to 5.4 GB.
 */
export function overlappingBomb(megabytes = 128, copies = 42): Uint8Array {
  return craftZip(
    [{ name: 'messages.csv', data: bombPayload(megabytes) }],
    Array.from({ length: copies }, (_, i) => ({ name: `part-${i}/messages.csv`, file: 0 })),
  );
}
