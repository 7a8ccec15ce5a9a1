// The appendix tables (the plan's and the schedule's) written as WordprocessingML text. A 2,000-row plan's table is
// 16,000 cells; as docx objects (about six per cell, each built, walked and serialised) they took most of the build
// (bench/word.ts). The XML is the one docx wrote for the same tables, less its explicit "not bold" on runs whose style
// is not bold. Their text is escaped here and nowhere else.
import { escapeXml } from "../core/text";
import { cleanText } from "./format";

export interface CellSpec {
  text: string;
  /** Paragraph style id (STYLE); none takes the document defaults, a plain cell's. */
  style?: string;
  bold?: boolean;
  /** Twips; the plan table's body cells take theirs from the fixed grid and carry none. */
  width?: number;
  gridSpan?: number;
  /** "restart" opens a cell merged down; "continue" is the empty cell under it. */
  vMerge?: "restart" | "continue";
  shading?: Shading;
  centreVertically?: boolean;
  /** Text size in half-points; none takes the style's. */
  size?: number;
  /** Text colour, hex RGB. */
  color?: string;
}

/** A cell's background: `fill` (hex RGB) in a pattern ("clear" for a plain fill) drawn in `color`. */
export interface Shading {
  fill: string;
  pattern?: string;
  color?: string;
}

function runPropertiesXml(cell: CellSpec): string {
  let xml = cell.bold ? "<w:b/><w:bCs/>" : "";
  if (cell.color) xml += `<w:color w:val="${cell.color}"/>`;
  if (cell.size !== undefined) xml += `<w:sz w:val="${cell.size}"/><w:szCs w:val="${cell.size}"/>`;
  return xml ? `<w:rPr>${xml}</w:rPr>` : "";
}

/** One run per line; lines after the first open with a line break, so a cell's line breaks survive. */
function runsXml(cell: CellSpec): string {
  const properties = runPropertiesXml(cell);
  const lines = cleanText(cell.text).split("\n");
  let xml = "";
  for (let i = 0; i < lines.length; i++) {
    xml += `<w:r>${properties}${i > 0 ? "<w:br/>" : ""}<w:t xml:space="preserve">${escapeXml(lines[i])}</w:t></w:r>`;
  }
  return xml;
}

function cellPropertiesXml(cell: CellSpec): string {
  let xml = "";
  if (cell.width !== undefined) xml += `<w:tcW w:type="dxa" w:w="${cell.width}"/>`;
  if (cell.gridSpan !== undefined) xml += `<w:gridSpan w:val="${cell.gridSpan}"/>`;
  if (cell.vMerge) xml += `<w:vMerge w:val="${cell.vMerge}"/>`;
  const shading = cell.shading;
  if (shading) xml += `<w:shd w:fill="${shading.fill}" w:color="${shading.color ?? "auto"}" w:val="${shading.pattern ?? "clear"}"/>`;
  if (cell.centreVertically) xml += '<w:vAlign w:val="center"/>';
  return xml ? `<w:tcPr>${xml}</w:tcPr>` : "";
}

export function cellXml(cell: CellSpec): string {
  if (cell.vMerge === "continue") return `<w:tc>${cellPropertiesXml(cell)}<w:p/></w:tc>`;
  const paragraphProperties = cell.style ? `<w:pPr><w:pStyle w:val="${cell.style}"/></w:pPr>` : "";
  return `<w:tc>${cellPropertiesXml(cell)}<w:p>${paragraphProperties}${runsXml(cell)}</w:p></w:tc>`;
}

/** A header row repeats on every page; a body row is never split across two pages; a loose row may be. */
export type RowKind = "header" | "body" | "loose";

const ROW_PROPERTIES: Record<RowKind, string> = {
  header: "<w:trPr><w:tblHeader/></w:trPr>",
  body: "<w:trPr><w:cantSplit/></w:trPr>",
  loose: "",
};

export function rowXml(cells: string[], kind: RowKind): string {
  return `<w:tr>${ROW_PROPERTIES[kind]}${cells.join("")}</w:tr>`;
}

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => `<w:${side} ${BORDER}/>`).join("");

/** A fixed-layout table with single borders, its columns `columns` twips wide, `margin` twips inside each cell's sides
 *  (Word's default where none is given). */
export function tableXml(columns: number[], rows: string[], margin?: number): string {
  const width = columns.reduce((a, b) => a + b, 0);
  const grid = columns.map((column) => `<w:gridCol w:w="${column}"/>`).join("");
  const margins = margin === undefined ? "" : `<w:tblCellMar><w:left w:type="dxa" w:w="${margin}"/><w:right w:type="dxa" w:w="${margin}"/></w:tblCellMar>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/>${margins}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`
  );
}
