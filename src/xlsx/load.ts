// loadWorkbook: the loader (load-with.ts) with fflate inflating in JavaScript, as the browser reads, unless a native
// whole-entry inflater is given. The command line calls loadWorkbookWith and zlib directly, never loading fflate.
import { inflateInJs } from "./inflate-js";
import { loadWorkbookWith, type LoadedWorkbook } from "./load-with";
import { wholeEntries, type RawInflate } from "./zip";

export { LoadError, loadWorkbookWith, type LoadedWorkbook } from "./load-with";

export interface LoadOptions {
  /** A native inflater (Node's zlib); without one, fflate inflates in JavaScript. */
  inflateRaw?: RawInflate;
}

export function loadWorkbook(bytes: Uint8Array, options: LoadOptions = {}): LoadedWorkbook {
  return loadWorkbookWith(bytes, options.inflateRaw ? wholeEntries(options.inflateRaw) : inflateInJs);
}
