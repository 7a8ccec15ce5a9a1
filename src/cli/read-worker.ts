// The reading thread of `build` (isolate.ts): the workbook's grids and custom XML parts.
import { serveInWorker } from "./isolate";
import { loadFile } from "./load";

serveInWorker((data: { file: string }) => loadFile(data.file));
