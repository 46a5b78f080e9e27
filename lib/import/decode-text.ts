import { ImportInputError } from './problem';

/** The encodings an export file may come in: LinkedIn's own, and what spreadsheets re-save it as. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

// Windows-1252 leaves these five bytes undefined: a file holding one was written in something else.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function refuse(name: string, what: string): never {
  throw new ImportInputError(
    name,
    `${what}; Rapport reads UTF-8, UTF-16 with a byte order mark, and Windows-1252: open it in a spreadsheet and save it as "CSV UTF-8"`,
  );
}

/**
 * A file's text, whichever of the supported encodings it is in (the byte order mark is not part of the text).
 * A byte order mark decides (UTF-8, UTF-16 LE/BE; UTF-32 is refused). Without one, bytes that are valid UTF-8 are
 * UTF-8 (LinkedIn's own files, plain ASCII included); otherwise the file is read as Windows-1252 (Excel's "CSV" on
 * Windows) unless it holds what no text in that encoding holds: NUL bytes (UTF-16 without a mark, or a binary
 * file), other control characters, or the five bytes 1252 leaves undefined.
 */
export function decodeText(name: string, bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const marked = markedEncoding(name, bytes);
  if (marked) return { text: new TextDecoder(marked).decode(bytes), encoding: marked };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a single-byte encoding, or no text at all.
  }
  for (const byte of bytes) {
    if (byte === 0) refuse(name, 'holds NUL bytes (UTF-16 without a byte order mark, or not text at all)');
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || UNDEFINED_IN_1252.has(byte))
      refuse(
        name,
        `is in an encoding Rapport cannot recognise (byte 0x${byte.toString(16).padStart(2, '0')})`,
      );
  }
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

function markedEncoding(name: string, bytes: Uint8Array): TextEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff]))
    refuse(name, 'is UTF-32 text');
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}
