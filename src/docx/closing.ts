// The closing of the plan: "Nơi nhận" on the left, the signature block on the right, in a borderless table.
import { AlignmentType, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import { mm, para, pt, type Particulars } from "./format";
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

function signatureColumn(p: Particulars): Paragraph[] {
  const centred = (text: string, bold: boolean) =>
    para(text, { size: pt(14), bold }, { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } });
  const out: Paragraph[] = [];
  if (p.signingAuthority) out.push(centred(p.signingAuthority.toLocaleUpperCase("vi"), true));
  out.push(centred(p.signerTitle.toLocaleUpperCase("vi"), true));
  for (let i = 0; i < SIGN_SPACE_LINES; i++) out.push(centred("", false));
  out.push(centred(p.signerName, true));
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
        children: [cell(LEFT_WIDTH, recipientsColumn(p)), cell(rightWidth, signatureColumn(p))],
      }),
    ],
  });
}
