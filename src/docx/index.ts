// The formal plan document (domain brief §8, Nghị định 30/2020/NĐ-CP Phụ lục I) built with docx 9.
// Runs in Node and in the task pane: no Node imports; the package comes back as bytes.
import { AlignmentType, Document, Header, PageNumber, PageOrientation, Paragraph, Table, TextRun, type ISectionOptions } from "docx";
import type { Analysis } from "../core/analyze";
import type { PlanInfo } from "../core/types";
import { buildSchedule } from "../core/schedule";
import { withUnitHeadings } from "../core/merge/unit-headings";
import { appendixHeading, appendixLabel, appendixTableXml, appendixWords, tableAppendixTitle } from "./appendix";
import { planBody, type AppendixRefs } from "./body";
import { closingTable } from "./closing";
import { DEFAULT_PARAGRAPH, DEFAULT_RUN_SIZE, FONT, mm, PARAGRAPH_STYLES, particulars, pt, type Particulars } from "./format";
import { nationalHeader, titleBlock } from "./header";
import { scheduleAppendixTitle, scheduleContent } from "./schedule";
import { toBase64, XmlBlocks } from "./xml-blocks";

export interface BuildOptions {
  /** Overrides the workbook's "Thông tin kế hoạch" fields (number, date, signer, …). */
  info?: PlanInfo;
  /** Append "Phụ lục II: Tiến độ thực hiện", the schedule by month (cchc build --schedule, the pane's switch). */
  schedule?: boolean;
}

/** One landscape appendix: its title (printed in capitals under "Phụ lục …") and its content at the text width,
 *  tables written as text going into `blocks`. The plan tables come first, then the schedule; all are numbered
 *  together (Phụ lục I, II …). */
export interface Appendix {
  title: string;
  content: (textWidth: number, blocks: XmlBlocks) => (Paragraph | Table)[];
}

const A4 = { width: 11906, height: 16838 };
/** Decree 30 ranges: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const PORTRAIT_TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;

/** Page number centred in the top margin; the first page of each section gets an empty header. */
function pageHeaders(): ISectionOptions["headers"] {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })],
  });
  return { default: new Header({ children: [number] }), first: new Header({ children: [new Paragraph({ children: [] })] }) };
}

function mainSection(analysis: Analysis, info: PlanInfo | undefined, refs: AppendixRefs | undefined): ISectionOptions {
  const p = particulars(analysis.plan, info);
  return {
    properties: { titlePage: true, page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
    headers: pageHeaders(),
    children: [
      nationalHeader(p),
      ...titleBlock(p, PORTRAIT_TEXT_WIDTH),
      ...planBody(analysis, p, PORTRAIT_TEXT_WIDTH, refs),
      new Paragraph({ spacing: { after: 120 }, children: [] }),
      closingTable(p, PORTRAIT_TEXT_WIDTH),
    ],
  };
}

/** A landscape section whose pages are numbered from 1 (each appendix counts its own pages). */
function landscapeSection(children: ISectionOptions["children"]): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { ...A4, orientation: PageOrientation.LANDSCAPE },
        margin: MARGIN,
        pageNumbers: { start: 1 },
      },
    },
    headers: pageHeaders(),
    children,
  };
}

/** The plan tables' appendices: each table in its form's columns, the total in words under it. */
function tableAppendices(analysis: Analysis, p: Particulars): Appendix[] {
  return analysis.plan.tables.map((_, tableIndex) => ({
    title: tableAppendixTitle(analysis, tableIndex, p),
    content: (textWidth, blocks) => [blocks.standIn(appendixTableXml(analysis, tableIndex, textWidth)), appendixWords(analysis, tableIndex)],
  }));
}

/** The document docx packs, and the blocks that go into it once packed. */
function planDocument(read: Analysis, options: BuildOptions): { document: Document; blocks: XmlBlocks } {
  // A Tổng hợp read back keeps its units: each unit's rows under its "Đơn vị: …" heading, as the merge writes them.
  const analysis = withUnitHeadings(read);
  const blocks = new XmlBlocks();
  const p = particulars(analysis.plan, options.info);
  const appendices = tableAppendices(analysis, p);
  if (options.schedule) {
    const schedule = buildSchedule(analysis.plan, { year: options.info?.year });
    appendices.push({ title: scheduleAppendixTitle(p), content: (textWidth, blocks) => scheduleContent(schedule, textWidth, blocks) });
  }
  const labels = appendices.map((_, i) => appendixLabel(i, appendices.length));
  const sections = appendices.map((appendix, i) =>
    landscapeSection([...appendixHeading(labels[i], appendix.title, p), ...appendix.content(LANDSCAPE_TEXT_WIDTH, blocks)]),
  );
  const tables = analysis.plan.tables.length;
  const refs: AppendixRefs | undefined = options.schedule ? { tables: labels.slice(0, tables), schedule: labels[tables] } : undefined;
  const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
  const document = new Document({
    creator: "Kế hoạch CCHC",
    title: p.subject,
    styles: {
      default: {
        document: { run: { font, size: DEFAULT_RUN_SIZE, color: "000000" }, paragraph: DEFAULT_PARAGRAPH },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [mainSection(analysis, options.info, refs), ...sections],
  });
  return { document, blocks };
}

/** The .docx package as bytes, in Node or the browser. */
export async function buildPlanDocx(analysis: Analysis, options: BuildOptions = {}): Promise<Uint8Array> {
  const { document, blocks } = planDocument(analysis, options);
  return blocks.pack(document);
}

/** The same package as base64, the form Word's insertFileFromBase64 and createDocument take. */
export async function buildPlanDocxBase64(analysis: Analysis, options: BuildOptions = {}): Promise<string> {
  return toBase64(await buildPlanDocx(analysis, options));
}
