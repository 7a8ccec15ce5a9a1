// The closing of the plan: "Nơi nhận" on the left, the signature block on the right, in a borderless table.
import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { mm, para, pt, wordTwips, type Particulars } from "./format";
import { NO_BORDERS } from "./header";
import * as S from "./strings.vi";

const LEFT_WIDTH = mm(75);
const SIGN_SPACE_LINES = 4;

/** Each recipient "- …;", the last line "- Lưu: VT, <unit>." unless the list already ends with one. */
export function recipientLines(p: Particulars): string[] {
  const names = p.recipients.length > 0 ? p.recipients : S.recipientsDefault;
  const archiveGiven = /^[-\s]*lưu\s*:/i.test(names[names.length - 1] ?? "");
  const listed = archiveGiven ? names.slice(0, -1) : names;
  const lines = listed.map((name) => `- ${name.replace(/^[-\s]+/, "").replace(/[;.,\s]+$/, "")};`);
  const archive = archiveGiven
    ? names[names.length - 1].replace(/^[-\s]+/, "").replace(/[;.,\s]+$/, "")
    : `${S.archivePrefix}${p.archiveUnit}`;
  return lines.concat(`- ${archive}.`);
}

function recipientsColumn(p: Particulars): Paragraph[] {
  const label = para(S.recipientsLabel, { size: pt(12), bold: true, italics: true }, { spacing: { before: 0, after: 0 } });
  const lines = recipientLines(p).map((line) => para(line, { size: pt(11) }, { spacing: { before: 0, after: 0 } }));
  return [label, ...lines];
}

const SIGN_POINTS = 14;
/** Word and LibreOffice pad a cell 0.19 cm each side when the table sets no margins. */
const CELL_PADDING = 108;
const NBSP = "\u00a0";
const PHRASE_START = /^(của|ủy ban|uỷ ban|ubnd|hđnd|sở|bộ|cục|phòng|tỉnh|huyện|quận|thành phố|thị xã|xã|phường)(\s|$)/iu;

/**
 * The lines a signature line is set in, so that no line wraps where the program chooses: one line where it fits,
 * else phrases (cut after a comma or before "CỦA", "ỦY BAN", "HUYỆN" …) packed into as few lines as fit, the
 * spaces inside each line kept together: "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ" never leaves "KÝ" alone on a line.
 */
export function signatureLines(text: string, width: number): string[] {
  const usable = width - 2 * CELL_PADDING;
  const fits = (line: string) => wordTwips(line, SIGN_POINTS, true) <= usable;
  const keep = (line: string) => line.trim().replace(/\s+/g, NBSP);
  const words = text.trim().split(/\s+/);
  if (fits(words.join(" "))) return [keep(text)];
  const phrases: string[][] = [];
  words.forEach((word, i) => {
    const opens = i === 0 || words[i - 1].endsWith(",") || PHRASE_START.test(words.slice(i).join(" "));
    if (opens) phrases.push([word]);
    else phrases[phrases.length - 1].push(word);
  });
  // A phrase too long for a line is packed word by word.
  const units = phrases.flatMap((phrase) => (fits(phrase.join(" ")) ? [phrase.join(" ")] : phrase));
  const lines: string[] = [];
  for (const unit of units) {
    const joined = lines.length > 0 ? `${lines[lines.length - 1]} ${unit}` : unit;
    if (lines.length > 0 && fits(joined)) lines[lines.length - 1] = joined;
    else lines.push(unit);
  }
  return lines.map(keep);
}

function signatureColumn(p: Particulars, width: number): Paragraph[] {
  const centred = (text: string, bold: boolean) =>
    para(text, { size: pt(SIGN_POINTS), bold }, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } });
  const upper = (text: string) => signatureLines(text.toLocaleUpperCase("vi"), width).map((line) => centred(line, true));
  const out: Paragraph[] = [];
  if (p.signingAuthority) out.push(...upper(p.signingAuthority));
  out.push(...upper(p.signerTitle));
  for (let i = 0; i < SIGN_SPACE_LINES; i++) out.push(centred("", false));
  out.push(...signatureLines(p.signerName, width).map((line) => centred(line, true)));
  return out;
}

export function closingTable(p: Particulars, textWidth: number): Table {
  const rightWidth = textWidth - LEFT_WIDTH;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [LEFT_WIDTH, rightWidth],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(LEFT_WIDTH, recipientsColumn(p)), cell(rightWidth, signatureColumn(p, rightWidth))],
      }),
    ],
  });
}
