/** A data row that was not imported, and why. `line` is the physical line in the file, 1-based, preamble included. */
export interface RowProblem {
  line: number;
  reason: string;
}

/**
 * Input that cannot be imported at all (not an export, a damaged zip, a file too large, a broken CSV):
 * the import stops before writing anything, and the message says which file and, when known, which line.
 */
export class ImportInputError extends Error {
  constructor(
    readonly file: string,
    /** What is wrong, without the file name. */
    readonly reason: string,
    readonly line?: number,
  ) {
    super(line === undefined ? `${file}: ${reason}` : `${file}, line ${line}: ${reason}`);
  }
}
