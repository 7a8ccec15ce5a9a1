// FormLayouts (src/core/forms) straight to an .xlsx package: one cell format per style × number format × alignment,
// merges, widths, frozen panes, A4 print setup, no cached formula results (Excel computes them on open). Written for
// the merged workbook, whose 300,000-odd styled cells ExcelJS takes tens of seconds to write; the bytes depend on the
// layouts, the given date and the zip codec only. Text is written inline (t="inlineStr", as Apache POI's streaming
// writer does): a table of shared strings would hash 300,000 texts, most of them found once, to save a few bytes the
// zip takes back anyway. A merged sheet's data rows may come one at a time (LayoutRows), or drawn and deflated by
// other threads (renderedRows). Browser-safe: TextEncoder, and fflate by default.
import { BUDGET_FORMAT, FONT_NAME, FONT_SIZE, STYLES, type CellStyle, type FormLayout, type LayoutCell, type LayoutColumn, type StyleName } from "../core/forms";
import { a1, columnLetters, escapeXml } from "../core/text";
import type { DataRow, LayoutRows } from "../core/merge";
import { FFLATE_CODEC, joinBytes, zipParts, type DeflatedPiece, type ZipCodec, type ZipPart, type ZipPiece } from "./zip-write";

export type { DeflatedPiece };

const A4 = 9;

/** The styles of a merged sheet's data rows (styleOf in core/merge/sheets.ts). */
const DATA_ROW_STYLES = ["area", "result", "activity"] as const;
type DataRowStyle = (typeof DATA_ROW_STYLES)[number];

/** Cell format ids of data rows: by style, then [no number format, BUDGET_FORMAT], then column. */
export type DataRowStyleIds = Record<DataRowStyle, number[][]>;

/** The ids a workbook's data rows get (its first layout with rows apart), for threads drawing them elsewhere. */
export function dataRowStyleIds(columns: LayoutColumn[]): DataRowStyleIds {
  return new Styles().dataRowIds(columns);
}

interface Format {
  /** A name for the style where it has one (STYLES), so the key is cheap to build for every cell. */
  name?: string;
  style: CellStyle;
  numberFormat: string | undefined;
  align: CellStyle["align"];
}

/** Fonts, fills, borders, number formats and cell formats, each listed once. */
class Styles {
  private readonly fonts = new Map<string, number>([["0|0|12", 0]]);
  private readonly fills = new Map<string, number>();
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Map<string, number>([["default", 0]]);
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  /** name → number format → alignment → id: constant strings, so no key is built per cell. */
  private readonly named = new Map<string, Map<string, Map<string, number>>>();

  /**
   * The cell formats a merged sheet's data rows may use (its three row styles, with or without the budget format, in
   * each column's alignment), numbered before any other cell's: so a thread that draws those rows alone knows them.
   */
  dataRowIds(columns: LayoutColumn[]): DataRowStyleIds {
    const ids = {} as DataRowStyleIds;
    for (const style of DATA_ROW_STYLES) {
      ids[style] = [undefined, BUDGET_FORMAT].map((format) => columns.map((column) => this.ofStyle(style, format, column.align)));
    }
    return ids;
  }

  /** The cell format of a named style (STYLES) with a cell's number format and its column's alignment. */
  ofStyle(name: StyleName, numberFormat: string | undefined, align: CellStyle["align"]): number {
    let byFormat = this.named.get(name);
    if (!byFormat) this.named.set(name, (byFormat = new Map()));
    let byAlign = byFormat.get(numberFormat ?? "");
    if (!byAlign) byFormat.set(numberFormat ?? "", (byAlign = new Map()));
    let id = byAlign.get(align ?? "");
    if (id === undefined) byAlign.set(align ?? "", (id = this.id({ name, style: STYLES[name], numberFormat, align })));
    return id;
  }

  private font(style: CellStyle): number {
    const key = `${style.bold ? 1 : 0}|${style.italic ? 1 : 0}|${style.size ?? FONT_SIZE}`;
    let id = this.fonts.get(key);
    if (id === undefined) this.fonts.set(key, (id = this.fonts.size));
    return id;
  }

  private fill(hex: string | undefined): number {
    if (!hex) return 0;
    let id = this.fills.get(hex);
    if (id === undefined) this.fills.set(hex, (id = this.fills.size + 2)); // 0 none and 1 gray125 are required
    return id;
  }

  private numFmt(format: string | undefined): number {
    if (!format || format === "General") return 0;
    if (format === "#,##0") return 3; // a built-in format
    let id = this.numFmts.get(format);
    if (id === undefined) this.numFmts.set(format, (id = 164 + this.numFmts.size));
    return id;
  }

  id(format: Format): number {
    const { style, align } = format;
    const key = format.name !== undefined ? `${format.name}|${format.numberFormat ?? ""}|${align ?? ""}` : JSON.stringify([style, format.numberFormat, align]);
    let id = this.xfs.get(key);
    if (id !== undefined) return id;
    const numFmt = this.numFmt(format.numberFormat ?? style.numberFormat);
    const horizontal = align ?? style.align ?? "left";
    const vertical = style.valign === "middle" ? "center" : "top";
    const wrap = style.wrap ? ' wrapText="1"' : "";
    this.xfXml.push(
      `<xf numFmtId="${numFmt}" fontId="${this.font(style)}" fillId="${this.fill(style.fill)}" borderId="${style.border ? 1 : 0}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="${horizontal}" vertical="${vertical}"${wrap}/></xf>`,
    );
    this.xfs.set(key, (id = this.xfXml.length - 1));
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    const fonts = [...this.fonts.keys()].map((key) => {
      const [bold, italic, size] = key.split("|");
      return `<font>${bold === "1" ? "<b/>" : ""}${italic === "1" ? "<i/>" : ""}<sz val="${size}"/><name val="${escapeXml(FONT_NAME)}"/><family val="1"/></font>`;
    });
    const fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
    for (const hex of this.fills.keys()) fills.push(`<fill><patternFill patternType="solid"><fgColor rgb="FF${hex}"/><bgColor indexed="64"/></patternFill></fill>`);
    const thin = '<left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/>';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${fonts.length}">${fonts.join("")}</fonts><fills count="${fills.length}">${fills.join("")}</fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    );
  }
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';

/**
 * A layout whose data rows may come one at a time (the merged sheet, LayoutOptions.rowsApart), or already written:
 * `renderedRows` is then the data rows' XML, in order, as text or as pieces deflated by the threads that drew them
 * (with dataRowStyleIds and dataRowXml).
 */
export type WrittenLayout = FormLayout & { rows?: LayoutRows; renderedRows?: (string | DeflatedPiece)[] };

/**
 * What goes at each place of the sheet, by row then column (a later cell at the same place wins): 2 × the index of a
 * layout cell, or 2 × style + 1 for a cell a merged block covers (styled like its top-left, so borders and fills show).
 * Style and string numbers are given in cell order, so the bytes follow the layout alone.
 */
class Grid {
  readonly rows: number[][] = [];
  readonly cellStyles: number[];

  constructor(
    private readonly layout: FormLayout,
    private readonly styles: Styles,
  ) {
    this.cellStyles = new Array(layout.cells.length);
  }

  place(from: number, to: number): void {
    const { layout, rows } = this;
    const data = layout.dataRows;
    for (let index = from; index < to; index++) {
      const cell = layout.cells[index];
      const inData = data !== undefined && cell.row >= data.first && cell.row <= data.last + 1;
      const s = this.styles.ofStyle(cell.style, cell.numberFormat, inData ? layout.columns[cell.col]?.align : undefined);
      this.cellStyles[index] = s;
      const merge = cell.merge;
      if (merge && (merge.rows > 1 || merge.cols > 1)) {
        for (let r = 0; r < merge.rows; r++) {
          const row = (rows[cell.row + r] ??= []);
          for (let c = r === 0 ? 1 : 0; c < merge.cols; c++) row[cell.col + c] = 2 * s + 1;
        }
      }
      (rows[cell.row] ??= [])[cell.col] = 2 * index;
    }
  }

  /** The placed rows from `first` up to (not including) `end`. */
  write(out: XmlChunks, first: number, end: number, heights: (number | undefined)[]): void {
    for (let row = first; row < Math.min(end, this.rows.length); row++) {
      const places = this.rows[row];
      if (places === undefined) continue;
      const n = row + 1;
      let xml = openRow(n, heights[row]);
      for (let col = 0; col < places.length; col++) {
        const code = places[col];
        if (code === undefined) continue;
        if (code % 2 === 1) xml += `${cellRef(col)}${n}" s="${(code - 1) / 2}"/>`;
        else {
          const cell = this.layout.cells[code / 2];
          xml += cellXml(n, cell.col, cell, this.cellStyles[code / 2]);
        }
      }
      out.add(xml + "</row>");
    }
  }
}

const encoder = new TextEncoder();

/**
 * Sheet XML gathered as text and encoded to UTF-8 a few tens of kilobytes at a time, then joined once: one native
 * encode per chunk instead of several small writes per cell, and no buffer regrown and copied as the sheet grows.
 */
class XmlChunks {
  private text = "";
  private readonly parts: Uint8Array[] = [];

  add(xml: string): void {
    this.text += xml;
    if (this.text.length > 1 << 15) this.flush();
  }

  private flush(): void {
    if (this.text === "") return;
    const bytes = encoder.encode(this.text);
    this.parts.push(bytes);
    this.text = "";
  }

  /** The text so far between `head` and `tail`, as one array of bytes. */
  bytes(head: string, tail: string): Uint8Array {
    this.flush();
    const first = encoder.encode(head);
    const last = encoder.encode(tail);
    return joinBytes([first, ...this.parts, last]);
  }
}

function openRow(n: number, height: number | undefined): string {
  return height ? `<row r="${n}" ht="${height}" customHeight="1">` : `<row r="${n}">`;
}

/** The data rows given apart, each written as it comes: no object is kept per cell. */
function writeDataRows(out: XmlChunks, rows: LayoutRows, ids: DataRowStyleIds): void {
  for (let i = 0; i < rows.count; i++) out.add(dataRowXml(rows.first + i + 1, rows.row(i), ids));
}

/** One data row of a merged sheet, `n` its 1-based row, its cells' formats from `ids` (dataRowStyleIds). */
export function dataRowXml(n: number, row: DataRow, ids: DataRowStyleIds): string {
  const { cells, height } = row;
  const byFormat = ids[row.style as DataRowStyle];
  if (!byFormat) throw new Error(`a data row has style ${row.style}`);
  const [plain, budget] = byFormat;
  let xml = openRow(n, height);
  for (let col = 0; col < plain.length; col++) {
    const cell = cells[col];
    const format = cell.numberFormat;
    if (format !== undefined && format !== BUDGET_FORMAT) throw new Error(`a data row's cell has number format ${format}`);
    xml += cellXml(n, col, cell, format === undefined ? plain[col] : budget[col]);
  }
  return xml + "</row>";
}

/** `<c r="B` for each column. */
const CELL_OPEN: string[] = [];
const cellRef = (col: number) => (CELL_OPEN[col] ??= `<c r="${columnLetters(col)}`);
/** Text that would lose its leading or trailing spaces, tabs or line breaks without xml:space="preserve". */
const EDGE_SPACE = /^\s|\s$/;

/** One cell, `n` its 1-based row: a formula (no cached result), a number, an inline string, or only its style. */
function cellXml(n: number, col: number, cell: Partial<LayoutCell>, s: number): string {
  const open = `${cellRef(col)}${n}" s="${s}`;
  const value = cell.value;
  if (cell.formula !== undefined) return `${open}"><f>${escapeXml(cell.formula)}</f></c>`;
  if (typeof value === "number" && Number.isFinite(value)) return `${open}"><v>${value}</v></c>`;
  if (typeof value === "string" && value !== "") {
    return `${open}" t="inlineStr"><is><t${EDGE_SPACE.test(value) ? ' xml:space="preserve"' : ""}>${escapeXml(value)}</t></is></c>`;
  }
  return `${open}"/>`;
}

function columnStyle(layout: FormLayout, col: number, styles: Styles): number {
  const column = layout.columns[col];
  return styles.id({ style: { wrap: column.wrap ?? false }, numberFormat: column.numberFormat, align: undefined });
}

function sheetXml(layout: WrittenLayout, styles: Styles, ids: DataRowStyleIds | undefined): ZipPiece[] {
  const grid = new Grid(layout, styles);
  const data = layout.rows;
  // The sheet's text, broken where a piece deflated elsewhere goes; it starts and ends with text.
  const parts: (XmlChunks | DeflatedPiece)[] = [new XmlChunks()];
  const text = () => parts[parts.length - 1] as XmlChunks;
  const heights: (number | undefined)[] = [];
  for (const h of layout.rowHeights ?? []) heights[h.row] = h.points;
  if (data) {
    if (!ids) throw new Error("a layout's rows apart need their formats numbered first");
    // Above the data rows, the data rows, below them: each cell's style numbered in the layout's order.
    grid.place(0, data.at);
    grid.write(text(), 0, data.first, heights);
    if (layout.renderedRows) {
      for (const piece of layout.renderedRows) {
        if (typeof piece === "string") text().add(piece);
        else parts.push(piece, new XmlChunks());
      }
    } else writeDataRows(text(), data, ids);
    grid.place(data.at, layout.cells.length);
    grid.write(text(), data.first + data.count, Infinity, heights);
  } else {
    grid.place(0, layout.cells.length);
    grid.write(text(), 0, Infinity, heights);
  }
  const freeze = layout.freezeRows;
  const pane = freeze > 0 ? `<pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/>` : "";
  const cols = layout.columns
    .map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1" style="${columnStyle(layout, i, styles)}"/>`)
    .join("");
  const head =
    SHEET_HEAD +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    "<sheetData>";
  const merges: string[] = [];
  for (const c of layout.cells) {
    if (c.merge && (c.merge.rows > 1 || c.merge.cols > 1)) merges.push(`<mergeCell ref="${a1(c.row, c.col)}:${a1(c.row + c.merge.rows - 1, c.col + c.merge.cols - 1)}"/>`);
  }
  const tail =
    "</sheetData>" +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${A4}" orientation="${layout.print.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>` +
    "</worksheet>";
  return parts.map((part, i) => (part instanceof XmlChunks ? part.bytes(i === 0 ? head : "", i === parts.length - 1 ? tail : "") : part));
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface PackageOptions {
  /** dcterms:created and dcterms:modified. */
  date: Date;
  creator?: string;
  /** The deflater and checksum of the zip: fflate's (browser-safe) where absent; the command line gives Node's zlib. */
  codec?: ZipCodec;
}

export function layoutsToXlsxBytes(layouts: WrittenLayout[], options: PackageOptions): Uint8Array {
  const styles = new Styles();
  const parts: ZipPart[] = [];
  const put = (name: string, xml: string | Uint8Array) => parts.push({ name, data: typeof xml === "string" ? encoder.encode(xml) : xml });
  // A merged sheet's data-row formats are numbered first (dataRowStyleIds), whoever draws the rows, and whether they
  // come apart or as cells (the same workbook either way).
  const withRows = layouts.filter((layout) => layout.rows || layout.dataRows);
  if (withRows.some((layout, i) => i > 0 && layout.renderedRows)) throw new Error("only the first layout with rows apart may bring them written");
  const ids = new Map(withRows.map((layout) => [layout, styles.dataRowIds(layout.columns)]));
  const sheets = layouts.map((layout) => sheetXml(layout, styles, ids.get(layout)));
  const creator = escapeXml(options.creator ?? "Kế hoạch CCHC");
  const date = options.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const sheetOverrides = layouts.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  put(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheetOverrides.join("") +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
  );
  put(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
  );
  put(
    "docProps/core.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${creator}</dc:creator><cp:lastModifiedBy>${creator}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified></cp:coreProperties>`,
  );
  put(
    "docProps/app.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>',
  );
  const printTitles = layouts
    .map((layout, i) => {
      const [first, last] = layout.print.repeatRows;
      return `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(quoteSheet(layout.sheetName))}!$${first + 1}:$${last + 1}</definedName>`;
    })
    .join("");
  put(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>' +
      layouts.map((layout, i) => `<sheet name="${escapeXml(layout.sheetName)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets><definedNames>${printTitles}</definedNames><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
  );
  const n = layouts.length;
  put(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      layouts.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  sheets.forEach((pieces, i) => parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, pieces }));
  put("xl/styles.xml", styles.xml());
  return zipParts(parts, options.codec ?? FFLATE_CODEC);
}

