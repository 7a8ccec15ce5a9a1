// The one loader every shell reads workbooks through (the command line, the Word pane, consolidation):
// bytes in, the engine's grids out, or a LoadError carrying one Vietnamese clause. Browser-safe.
import { diagnoseNonZip } from "./diagnose";
import { LimitError } from "./limits";
import { LoadError } from "./load-error";
import { NotWorkbookError, readPackage, type WorkbookContent } from "./read";
import { limitText, reason } from "./strings.vi";
import { XmlError } from "./xml";
import { hasZipMagic, ZipArchive, ZipError, type RawInflate } from "./zip";

export type LoadedWorkbook = WorkbookContent;

export { LoadError };

export interface LoadOptions {
  /** A native inflater (Node's zlib); without one, fflate inflates in JavaScript. */
  inflateRaw?: RawInflate;
}

export function loadWorkbook(bytes: Uint8Array, options: LoadOptions = {}): LoadedWorkbook {
  if (bytes.length === 0) throw new LoadError(reason.empty);
  if (!hasZipMagic(bytes)) throw new LoadError(diagnoseNonZip(bytes));
  try {
    return readPackage(new ZipArchive(bytes, options.inflateRaw));
  } catch (error) {
    throw new LoadError(reasonFor(error));
  }
}


function reasonFor(error: unknown): string {
  if (error instanceof NotWorkbookError) return error.reason;
  if (error instanceof LimitError) return reason.tooComplex(error.detail);
  if (error instanceof ZipError) {
    if (error.kind === "bomb") return reason.bomb;
    if (error.kind === "unsupported") return reason.unsupported(error.part ?? "?");
    return error.part ? reason.damagedPart(error.part) : reason.damaged;
  }
  if (error instanceof XmlError) {
    if (error.kind === "dtd") return reason.entities(error.part);
    if (error.kind === "depth") return reason.tooComplex(limitText.nesting(String(256)));
    return reason.damagedPart(error.part);
  }
  // A stack or memory exhausted by some structure no bound foresaw.
  if (error instanceof RangeError) return reason.tooComplex(limitText.memory);
  return reason.damaged;
}
