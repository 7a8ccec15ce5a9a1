// FormLayouts (src/core/forms) straight to an .xlsx package: shared strings, one cell format per style × number
// format × alignment, merges, widths, frozen panes, A4 print setup, no cached formula results (Excel computes them on
// open). Written for the merged workbook, whose 300,000-odd styled cells ExcelJS takes tens of seconds to write; the
// bytes depend on the layouts, the given date and the zip codec only. Cells go straight to UTF-8 bytes (ByteWriter);
// a merged sheet's data rows may come one at a time (LayoutRows). Browser-safe: TextEncoder, and fflate by default.
import { FONT_NAME, FONT_SIZE, STYLES, type CellStyle, type FormLayout, type LayoutCell, type StyleName } from "../core/forms";
import { a1, columnLetters } from "../core/text";
import type { LayoutRows } from "../core/merge";
import { ascii, ByteWriter } from "./byte-writer";
import { FFLATE_CODEC, zipParts, type ZipCodec, type ZipPart } from "./zip-write";

const A4 = 9;

// XML 1.0 forbids most control characters; a cell holding one would make Excel refuse the file.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

const NEEDS_ESCAPE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff&<>"]/;

export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

class Strings {
  private readonly index = new Map<string, number>();
  readonly list: string[] = [];
  count = 0;
  id(text: string): number {
    this.count += 1;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.list.length;
      this.index.set(text, id);
      this.list.push(text);
    }
    return id;
  }
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

/** A layout whose data rows may come one at a time (the merged sheet, LayoutOptions.rowsApart). */
type WritableLayout = FormLayout & { rows?: LayoutRows };

/**
 * What goes at each place of the sheet, by row then column (a later cell at the same place wins): 2 × the index of a
 * layout cell, or 2 × style + 1 for a cell a merged block covers (styled like its top-left, so borders and fills show).
 * Style and string numbers are given in cell order, so the bytes follow the layout alone.
 */
class Grid {
  readonly rows: number[][] = [];
  readonly cellStyles: number[];
  readonly stringIds: number[];

  constructor(
    private readonly layout: FormLayout,
    private readonly styles: Styles,
    private readonly strings: Strings,
  ) {
    this.cellStyles = new Array(layout.cells.length);
    this.stringIds = new Array(layout.cells.length);
  }

  place(from: number, to: number): void {
    const { layout, rows } = this;
    const data = layout.dataRows;
    for (let index = from; index < to; index++) {
      const cell = layout.cells[index];
      const inData = data !== undefined && cell.row >= data.first && cell.row <= data.last + 1;
      const s = this.styles.ofStyle(cell.style, cell.numberFormat, inData ? layout.columns[cell.col]?.align : undefined);
      this.cellStyles[index] = s;
      if (cell.formula === undefined && typeof cell.value === "string" && cell.value !== "") this.stringIds[index] = this.strings.id(cell.value);
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
  write(out: ByteWriter, first: number, end: number, heights: (number | undefined)[]): void {
    for (let row = first; row < Math.min(end, this.rows.length); row++) {
      const places = this.rows[row];
      if (places === undefined) continue;
      openRow(out, row, heights[row]);
      for (let col = 0; col < places.length; col++) {
        const code = places[col];
        if (code === undefined) continue;
        if (code % 2 === 1) {
          writeRef(out, row, col, (code - 1) / 2);
          out.raw(EMPTY_CLOSE);
        } else {
          const cell = this.layout.cells[code / 2];
          writeCell(out, cell.row, cell.col, cell, this.cellStyles[code / 2], this.stringIds[code / 2]);
        }
      }
      out.write("</row>");
    }
  }
}

function openRow(out: ByteWriter, row: number, height: number | undefined): void {
  out.write('<row r="');
  out.int(row + 1);
  if (height) out.write(`" ht="${height}" customHeight="1">`);
  else out.write('">');
}

/** The data rows given apart, each written as it comes: no object is kept per cell. */
function writeDataRows(out: ByteWriter, layout: FormLayout, rows: LayoutRows, styles: Styles, strings: Strings): void {
  const width = layout.columns.length;
  for (let i = 0; i < rows.count; i++) {
    const { style, cells, height } = rows.row(i);
    const row = rows.first + i;
    openRow(out, row, height);
    for (let col = 0; col < width; col++) {
      const cell = cells[col];
      const s = styles.ofStyle(style, cell.numberFormat, layout.columns[col].align);
      const id = cell.formula === undefined && typeof cell.value === "string" && cell.value !== "" ? strings.id(cell.value) : -1;
      writeCell(out, row, col, cell, s, id);
    }
    out.write("</row>");
  }
}

/** `<c r="B` for each column, encoded once. */
const CELL_OPEN: Uint8Array[] = [];
const STYLE_ATTR = ascii('" s="');
const FORMULA_OPEN = ascii('"><f>');
const FORMULA_CLOSE = ascii("</f></c>");
const NUMBER_OPEN = ascii('"><v>');
const VALUE_CLOSE = ascii("</v></c>");
const STRING_OPEN = ascii('" t="s"><v>');
const EMPTY_CLOSE = ascii('"/>');

function writeRef(out: ByteWriter, row: number, col: number, s: number): void {
  out.raw((CELL_OPEN[col] ??= ascii(`<c r="${columnLetters(col)}`)));
  out.int(row + 1);
  out.raw(STYLE_ATTR);
  out.int(s);
}

function writeCell(out: ByteWriter, row: number, col: number, cell: Partial<LayoutCell>, s: number, stringId: number): void {
  writeRef(out, row, col, s);
  const value = cell.value;
  if (cell.formula !== undefined) {
    out.raw(FORMULA_OPEN);
    out.write(escapeXml(cell.formula));
    out.raw(FORMULA_CLOSE);
  } else if (typeof value === "number" && Number.isFinite(value)) {
    out.raw(NUMBER_OPEN);
    if (Number.isSafeInteger(value) && value >= 0) out.int(value);
    else out.write(String(value));
    out.raw(VALUE_CLOSE);
  } else if (typeof value === "string" && value !== "") {
    out.raw(STRING_OPEN);
    out.int(stringId);
    out.raw(VALUE_CLOSE);
  } else out.raw(EMPTY_CLOSE);
}

function columnStyle(layout: FormLayout, col: number, styles: Styles): number {
  const column = layout.columns[col];
  return styles.id({ style: { wrap: column.wrap ?? false }, numberFormat: column.numberFormat, align: undefined });
}

function sheetXml(layout: WritableLayout, styles: Styles, strings: Strings): Uint8Array {
  const grid = new Grid(layout, styles, strings);
  const data = layout.rows;
  const rowsXml = new ByteWriter();
  const heights: (number | undefined)[] = [];
  for (const h of layout.rowHeights ?? []) heights[h.row] = h.points;
  if (data) {
    // Above the data rows, the data rows, below them: each cell's style and string numbered in the layout's order.
    grid.place(0, data.at);
    grid.write(rowsXml, 0, data.first, heights);
    writeDataRows(rowsXml, layout, data, styles, strings);
    grid.place(data.at, layout.cells.length);
    grid.write(rowsXml, data.first + data.count, Infinity, heights);
  } else {
    grid.place(0, layout.cells.length);
    grid.write(rowsXml, 0, Infinity, heights);
  }
  const freeze = layout.freezeRows;
  const pane = freeze > 0 ? `<pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/>` : "";
  const cols = layout.columns
    .map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1" style="${columnStyle(layout, i, styles)}"/>`)
    .join("");
  const out = new ByteWriter();
  out.write(SHEET_HEAD);
  out.write(`<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`);
  if (cols) out.write(`<cols>${cols}</cols>`);
  out.write("<sheetData>");
  out.raw(rowsXml.bytes());
  out.write("</sheetData>");
  const merges: string[] = [];
  for (const c of layout.cells) {
    if (c.merge && (c.merge.rows > 1 || c.merge.cols > 1)) merges.push(`<mergeCell ref="${a1(c.row, c.col)}:${a1(c.row + c.merge.rows - 1, c.col + c.merge.cols - 1)}"/>`);
  }
  if (merges.length) out.write(`<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`);
  out.write('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  out.write(`<pageSetup paperSize="${A4}" orientation="${layout.print.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`);
  out.write("</worksheet>");
  return out.bytes();
}

function sharedStringsXml(strings: Strings): Uint8Array {
  const out = new ByteWriter();
  out.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.count}" uniqueCount="${strings.list.length}">`,
  );
  for (const text of strings.list) {
    out.write('<si><t xml:space="preserve">');
    out.write(escapeXml(text));
    out.write("</t></si>");
  }
  out.write("</sst>");
  return out.bytes();
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

export function layoutsToXlsxBytes(layouts: WritableLayout[], options: PackageOptions): Uint8Array {
  const styles = new Styles();
  const strings = new Strings();
  const encoder = new TextEncoder();
  const parts: ZipPart[] = [];
  const put = (name: string, xml: string | Uint8Array) => parts.push({ name, data: typeof xml === "string" ? encoder.encode(xml) : xml });
  const sheets = layouts.map((layout) => sheetXml(layout, styles, strings));
  const creator = escapeXml(options.creator ?? "Kế hoạch CCHC");
  const date = options.date.toISOString().replace(/\.\d{3}Z$/, "Z");
  const sheetOverrides = layouts.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  put(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheetOverrides.join("") +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
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
      `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  sheets.forEach((xml, i) => put(`xl/worksheets/sheet${i + 1}.xml`, xml));
  put("xl/styles.xml", styles.xml());
  put("xl/sharedStrings.xml", sharedStringsXml(strings));
  return zipParts(parts, options.codec ?? FFLATE_CODEC);
}

