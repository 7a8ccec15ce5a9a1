// The one loader every shell reads workbooks through (the command line, the Word pane, consolidation):
// bytes in, the engine's grids out, or a LoadError carrying one Vietnamese clause. Browser-safe. The inflater is
// the shell's: loadWorkbook (load.ts) gives fflate's where none is given; the command line gives zlib's.
import { diagnoseNonZip } from "./diagnose";
import { LimitError } from "./limits";
import { LoadError } from "./load-error";
import { NotWorkbookError, readPackage, type WorkbookContent } from "./read";
import { limitText, reason } from "./strings.vi";
import { XmlError } from "./xml";
import { hasZipMagic, ZipArchive, ZipError, type EntryInflater } from "./zip";

export type LoadedWorkbook = WorkbookContent;

export { LoadError };

export function loadWorkbookWith(bytes: Uint8Array, inflate: EntryInflater): LoadedWorkbook {
  if (bytes.length === 0) throw new LoadError(reason.empty);
  if (!hasZipMagic(bytes)) throw new LoadError(diagnoseNonZip(bytes));
  try {
    return readPackage(new ZipArchive(bytes, inflate));
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
