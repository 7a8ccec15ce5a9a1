// The appendix tables written as WordprocessingML text. A 2,000-row plan's table is 16,000 cells; as docx objects
// (about six per cell, each built, walked and serialised) they took most of the build (bench/word.ts). The XML is
// the one docx wrote for the same table. Text is escaped here and nowhere else.
import { escapeXml } from "../core/text";
import { cleanText } from "./format";

export interface CellSpec {
  text: string;
  /** Paragraph style id (STYLE); none takes the document defaults, a plain cell's. */
  style?: string;
  bold?: boolean;
  /** Twips; body cells take theirs from the fixed grid and carry none. */
  width?: number;
  gridSpan?: number;
  /** "restart" opens a cell merged down; "continue" is the empty cell under it. */
  vMerge?: "restart" | "continue";
  /** Background fill, hex RGB. */
  fill?: string;
  centreVertically?: boolean;
}

const BOLD_RUN = "<w:rPr><w:b/><w:bCs/></w:rPr>";

/** One run per line; lines after the first open with a line break, so a cell's line breaks survive. */
function runsXml(text: string, bold: boolean): string {
  const properties = bold ? BOLD_RUN : "";
  const lines = cleanText(text).split("\n");
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
  if (cell.fill) xml += `<w:shd w:fill="${cell.fill}" w:color="auto" w:val="clear"/>`;
  if (cell.centreVertically) xml += '<w:vAlign w:val="center"/>';
  return xml ? `<w:tcPr>${xml}</w:tcPr>` : "";
}

export function cellXml(cell: CellSpec): string {
  if (cell.vMerge === "continue") return `<w:tc>${cellPropertiesXml(cell)}<w:p/></w:tc>`;
  const paragraphProperties = cell.style ? `<w:pPr><w:pStyle w:val="${cell.style}"/></w:pPr>` : "";
  return `<w:tc>${cellPropertiesXml(cell)}<w:p>${paragraphProperties}${runsXml(cell.text, cell.bold === true)}</w:p></w:tc>`;
}

/** A header row repeats on every page; a body row is never split across two. */
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

/** A fixed-layout table with single borders, its columns `columns` twips wide, `margin` twips inside each cell's sides. */
export function tableXml(columns: number[], margin: number, rows: string[]): string {
  const width = columns.reduce((a, b) => a + b, 0);
  const grid = columns.map((column) => `<w:gridCol w:w="${column}"/>`).join("");
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:type="dxa" w:w="${margin}"/><w:right w:type="dxa" w:w="${margin}"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${rows.join("")}</w:tbl>`
  );
}
