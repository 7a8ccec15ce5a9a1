// The first-page header (Nghị định 30/2020, Phụ lục I): issuing body on the left, national name and motto on
// the right, in a borderless two-column table; then the title "KẾ HOẠCH", the subject and the legal bases.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type IBorderOptions,
  type ITableBordersOptions,
} from "docx";
import { BODY_AFTER, mm, para, pt, type Particulars } from "./format";
import * as S from "./strings.vi";

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };
export const NO_BORDERS: ITableBordersOptions = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 };

/** The header table is wider than the text block and reaches 10 mm into the left margin, as templates do,
 *  so the national name fits on one line at 12 pt. */
const LEFT_WIDTH = mm(68);
const RIGHT_WIDTH = mm(110);
const TABLE_INDENT = -mm(10);
const MOTTO_WIDTH = mm(60);
const NUMBER_GAP = { before: 120, after: 0 };

/** Word and LibreOffice pad table cells by 0.19 cm each side when the table sets no cell margins. */
const CELL_PADDING = 108;

/** An empty hairline paragraph carrying only a rule `length` long, centred in a block `blockWidth` wide. */
function shortRule(blockWidth: number, length: number, inCell: boolean, after = 0): Paragraph {
  const usable = blockWidth - (inCell ? 2 * CELL_PADDING : 0);
  const side = Math.max(0, Math.round((usable - length) / 2));
  return new Paragraph({
    border: { top: RULE },
    indent: { left: side, right: side },
    spacing: { before: 80, after, line: 120, lineRule: "exact" },
    run: { size: 2 },
    children: [],
  });
}

function centred(text: string, size: number, style: { bold?: boolean; italics?: boolean } = {}, after = 0): Paragraph {
  return para(text, { size: pt(size), ...style }, { alignment: AlignmentType.CENTER, spacing: { after, before: 0 } });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
}

function issuerColumn(p: Particulars): Paragraph[] {
  const upper = (text: string) => text.toLocaleUpperCase("vi");
  const lines: Paragraph[] = [];
  if (p.parentBody) lines.push(centred(upper(p.parentBody), 13));
  lines.push(centred(upper(p.issuingBody), 13, { bold: true }));
  lines.push(shortRule(LEFT_WIDTH, mm(25), true));
  return lines;
}

function nationColumn(): Paragraph[] {
  return [
    centred(S.NATIONAL_NAME, 12, { bold: true }),
    centred(S.NATIONAL_MOTTO, 14, { bold: true }),
    // As long as the motto: 14 pt bold Times New Roman (and its metric twin Liberation Serif) sets it at MOTTO_WIDTH.
    shortRule(RIGHT_WIDTH, MOTTO_WIDTH, true),
  ];
}

function datedLine(p: Particulars): Paragraph {
  const dated = S.fill(S.dateLine, { day: p.date.day, month: p.date.month, year: p.date.year });
  const line = `${p.place}, ${dated}`;
  return para(line, { size: pt(14), italics: true }, { alignment: AlignmentType.CENTER, spacing: NUMBER_GAP });
}

/** The borderless national header: names in the first row, number and date in the second so they line up. */
export function nationalHeader(p: Particulars): Table {
  const numberLine = para(S.NUMBER_PREFIX + p.number, { size: pt(13) }, { alignment: AlignmentType.CENTER, spacing: NUMBER_GAP });
  const date = datedLine(p);
  return new Table({
    width: { size: LEFT_WIDTH + RIGHT_WIDTH, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    indent: { size: TABLE_INDENT, type: WidthType.DXA },
    borders: NO_BORDERS,
    rows: [
      new TableRow({ children: [cell(LEFT_WIDTH, issuerColumn(p)), cell(RIGHT_WIDTH, nationColumn())] }),
      new TableRow({ children: [cell(LEFT_WIDTH, [numberLine]), cell(RIGHT_WIDTH, [date])] }),
    ],
  });
}

/** "KẾ HOẠCH", the subject with a short rule under it, then the legal bases in italics, one a line, spaced as the body. */
export function titleBlock(p: Particulars, textWidth: number): Paragraph[] {
  const blocks = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
    centred(S.DOC_KIND, 14, { bold: true }, 0),
    centred(p.subject, 14, { bold: true }, 0),
    shortRule(textWidth, mm(30), false, 240),
  ];
  const bases = p.legalBases.map((line) =>
    para(line, { italics: true, size: pt(14) }, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: mm(10) }, spacing: { after: BODY_AFTER } }),
  );
  return blocks.concat(bases);
}
