// The loader's one error type, apart from the loader: the command line's dispatcher needs the class, not the reader.

/** The file cannot be read as a workbook; `reason` completes "Không đọc được "<tệp>": …". */
export class LoadError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}
