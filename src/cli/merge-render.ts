// Tổng hợp's rows that one draft brings, drawn and deflated by the thread that holds the draft: a reading worker
// (merge-worker.ts), or the main thread under --jobs 1 or when that worker has died. Each run of the draft's rows is
// one piece of the sheet, the merge's own rows just above it (its area and unit rows, drawn by the main thread) in
// front. The same draft and the same request give the same bytes on any thread.
import { draftRowCells, mergedShape, type DraftRead, type DraftRun, type MergedLayout, type MergeForm } from "../core/merge";
import type { LayoutCell } from "../core/forms";
import { dataRowStyleIds, dataRowXml, type DataRowStyleIds, type DeflatedPiece, type WrittenLayout } from "../xlsx/write-layouts";
import { NODE_ZIP_CODEC } from "./merge-write";

/** One run of a draft's rows, with the XML of the merge's own rows just above it. */
export interface RunToDraw {
  above: string;
  run: DraftRun;
}

/** What a thread needs, beside the draft, to draw its runs. */
export interface DrawRequest {
  form: MergeForm;
  /** The workbook's cell formats of data rows (dataRowStyleIds). */
  ids: DataRowStyleIds;
  runs: RunToDraw[];
}

/** Deflated as the rest of the part is (NODE_ZIP_CODEC), ended by a sync flush so the pieces join up. */
function deflatePiece(xml: string): DeflatedPiece {
  const bytes = Buffer.from(xml, "utf8");
  // A copy of its own: zlib's output may sit in Node's shared pool, which cannot be handed to another thread.
  return { deflated: new Uint8Array(NODE_ZIP_CODEC.deflateRawPiece!(bytes)), crc: NODE_ZIP_CODEC.crc32(bytes), size: bytes.length };
}

export function drawRuns(draft: DraftRead, request: DrawRequest): DeflatedPiece[] {
  const shape = mergedShape(request.form);
  const values: Partial<LayoutCell>[] = new Array(shape.columns.length);
  const rows = draft.analysis.plan.rows;
  return request.runs.map(({ above, run }) => {
    let xml = above;
    for (const place of run.places) {
      const row = rows[place.index];
      const origin = { unit: run.unit, file: run.file, sheet: row.sheet, row: row.row, index: place.index };
      xml += dataRowXml(place.row + 1, draftRowCells(row, place, origin, shape, values, true), request.ids);
    }
    return deflatePiece(xml);
  });
}

/**
 * Tổng hợp's data rows written: the merge's own rows here, each draft's runs by the thread holding the draft (`draw`,
 * DraftSession.draw), in parallel, then set in sheet order as the layout's renderedRows for the writer.
 * `indexOf` maps a draft's file to its index in `draw`'s requests.
 */
export async function drawMergedRows(
  layout: MergedLayout,
  form: MergeForm,
  indexOf: (file: string) => number,
  draw: (requests: Map<number, DrawRequest>) => Promise<Map<number, DeflatedPiece[]>>,
): Promise<WrittenLayout> {
  const rows = layout.rows;
  if (!rows) throw new Error("Tổng hợp's rows must come apart to be drawn by the threads");
  const ids = dataRowStyleIds(layout.columns);
  const own = (from: number, to: number) => {
    let xml = "";
    for (let i = from; i < to; i++) xml += dataRowXml(rows.first + i + 1, rows.row(i), ids);
    return xml;
  };
  const requests = new Map<number, DrawRequest>();
  const order: { index: number; k: number }[] = [];
  let next = 0;
  for (const run of rows.runs()) {
    const index = indexOf(run.file);
    let request = requests.get(index);
    if (!request) requests.set(index, (request = { form, ids, runs: [] }));
    order.push({ index, k: request.runs.length });
    request.runs.push({ above: own(next, run.from), run });
    next = run.to;
  }
  const below = own(next, rows.count);
  const drawn = await draw(requests);
  const piece = (index: number, k: number) => {
    const found = drawn.get(index)?.[k];
    if (!found) throw new Error(`the run ${k} of draft ${index} was not drawn`);
    return found;
  };
  return { ...layout, renderedRows: [...order.map(({ index, k }) => piece(index, k)), below] };
}
