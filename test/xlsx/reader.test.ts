// The reader on packages written by hand, one per way real writers differ from Excel (prefixes, no r=, inline
// strings, a workbook part elsewhere, strict namespaces, an empty deflated entry …). Expected grids written by hand.
import JSZip from "jszip";
import type { SheetGrid } from "../../src/core/types";
import { LoadError, loadWorkbook } from "../../src/xlsx/load";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Pkg {
  workbook?: string;
  workbookPath?: string;
  sheets: string[];
  sharedStrings?: string;
  styles?: string;
  rel?: string;
  extra?: Record<string, string>;
}

/** A package whose parts live where `workbookPath` says (xl/workbook.xml by default), found through its rels. */
async function pkg(spec: Pkg, compression: "DEFLATE" | "STORE" = "DEFLATE"): Promise<Uint8Array> {
  const rel = spec.rel ?? REL;
  const path = spec.workbookPath ?? "xl/workbook.xml";
  const folder = path.slice(0, path.lastIndexOf("/") + 1);
  const file = path.slice(path.lastIndexOf("/") + 1);
  const zip = new JSZip();
  const type = (t: string) => (rel === STRICT_REL ? `${STRICT_REL}/${t}` : `${REL}/${t}`);
  zip.file("_rels/.rels", `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${type("officeDocument")}" Target="/${path}"/></Relationships>`);
  const rels = spec.sheets.map((_, i) => `<Relationship Id="rS${i}" Type="${type("worksheet")}" Target="sheets/s${i}.xml"/>`);
  if (spec.sharedStrings) rels.push(`<Relationship Id="rSS" Type="${type("sharedStrings")}" Target="strings.xml"/>`);
  if (spec.styles) rels.push(`<Relationship Id="rST" Type="${type("styles")}" Target="styles.xml"/>`);
  zip.file(`${folder}_rels/${file}.rels`, `<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`);
  zip.file(path, spec.workbook ?? `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${spec.sheets.map((_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rS${i}"/>`).join("")}</sheets></workbook>`);
  spec.sheets.forEach((xml, i) => zip.file(`${folder}sheets/s${i}.xml`, xml));
  if (spec.sharedStrings) zip.file(`${folder}strings.xml`, spec.sharedStrings);
  if (spec.styles) zip.file(`${folder}styles.xml`, spec.styles);
  for (const [name, text] of Object.entries(spec.extra ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression });
}

const sheet = (data: string, ns = MAIN, extra = "") => `<worksheet xmlns="${ns}"><sheetData>${data}</sheetData>${extra}</worksheet>`;
const only = async (spec: Pkg): Promise<SheetGrid> => {
  const grids = loadWorkbook(await pkg(spec)).grids;
  expect(grids).toHaveLength(1);
  return grids[0];
};

describe("the reader finds and reads parts however they are written", () => {
  it("prefixed elements (<x:c>, as the Open XML SDK and ClosedXML write) and ns0: from Python", async () => {
    const x = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Nội dung</x:t></x:is></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const workbook = `<ns0:workbook xmlns:ns0="${MAIN}" xmlns:ns1="${REL}"><ns0:sheets><ns0:sheet name="Kế hoạch" sheetId="1" ns1:id="rS0"/></ns0:sheets></ns0:workbook>`;
    const grid = await only({ workbook, sheets: [x] });
    expect(grid.name).toBe("Kế hoạch");
    expect(grid.values).toEqual([["Nội dung", 5]]);
  });

  it("rows and cells without r= follow one another", async () => {
    const grid = await only({ sheets: [sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>a</t></is></c><c r="C2"><v>3</v></c><c><v>4</v></c></row>')] });
    expect(grid.values).toEqual([
      [1, 2, null, null],
      ["a", null, 3, 4],
    ]);
  });

  it("a workbook part that is not at xl/workbook.xml, found through _rels/.rels", async () => {
    const grid = await only({ workbookPath: "spreadsheet/book.xml", sheets: [sheet('<row r="2"><c r="B2"><v>7</v></c></row>')] });
    expect(grid.values).toEqual([
      [null, null],
      [null, 7],
    ]);
  });

  it("strict OOXML namespaces, with ISO dates in t=\"d\" cells", async () => {
    const workbook = `<workbook xmlns="${STRICT}" xmlns:r="${STRICT_REL}"><sheets><sheet name="Strict" sheetId="1" r:id="rS0"/></sheets></workbook>`;
    const grid = await only({ rel: STRICT_REL, workbook, sheets: [sheet('<row r="1"><c r="A1" t="d"><v>2026-03-31T00:00:00</v></c></row>', STRICT)] });
    expect(grid.values).toEqual([[new Date(Date.UTC(2026, 2, 31))]]);
  });

  it("empty deflated entries (a printer-settings stub, a sheet part of no bytes) are empty, not a truncated file", async () => {
    const zip = await JSZip.loadAsync(await pkg({ sheets: [sheet('<row r="1"><c r="A1"><v>1</v></c></row>'), "x"] }));
    zip.file("xl/sheets/s1.xml", "");
    zip.file("xl/printerSettings/printerSettings1.bin", "");
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(loadWorkbook(bytes).grids.map((grid) => grid.values)).toEqual([[[1]], []]);
  });

  it("shared strings with rich-text runs joined, phonetic runs left out, _xHHHH_ escapes decoded", async () => {
    const sharedStrings = `<sst xmlns="${MAIN}"><si><r><t>Cải cách </t></r><r><rPr><b/></rPr><t>thể chế</t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></si><si><t>Dòng 1_x000D_</t></si></sst>`;
    const grid = await only({ sharedStrings, sheets: [sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>')] });
    expect(grid.values).toEqual([["Cải cách thể chế", "漢字", "Dòng 1\r"]]);
  });

  it("cells and strings of the one-step shape read as those the long way round do (entities, CR, spaces, other prefixes)", async () => {
    const sharedStrings =
      `<sst xmlns="${MAIN}"><si><t>Một</t></si><si><t xml:space="preserve"> hai </t></si><si><t>A &amp; B</t></si>` +
      `<si><t>x\r\ny</t></si><si><r><t>ba</t></r><r><t> bốn</t></r></si><si><t>năm</t><rPh><t>phát âm</t></rPh></si></sst>`;
    const data =
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c>' +
      '<x:c r="D1" t="s"><x:v>3</x:v></x:c><x:c r="E1" t="s"><x:v>4</x:v></x:c><x:c r="F1" t="s"><x:v>5</x:v></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2"><x:v>12</x:v></x:c><x:c r="B2" t="str"><x:v>C &amp; D</x:v></x:c><x:c r="C2" t="str"><x:v>u\r\nv</x:v></x:c>' +
      `<x:c r="D2"><y:v>7</y:v></x:c><x:c r="E2"><x:v>8</x:v> </x:c><x:c r="F2"><x:f>A2*2</x:f><x:v>24</x:v></x:c></x:row>`;
    const worksheet = `<x:worksheet xmlns:x="${MAIN}" xmlns:y="${MAIN}"><x:sheetData>${data}</x:sheetData></x:worksheet>`;
    const grid = await only({ sharedStrings, sheets: [worksheet] });
    expect(grid.values).toEqual([
      ["Một", " hai ", "A & B", "x\ny", "ba bốn", "năm"],
      [12, "C & D", "u\nv", 7, 8, 24],
    ]);
    expect(grid.formulas?.[1][5]).toBe("A2*2");
  });

  it("an empty value is no cell, whether read in one step or not", async () => {
    const grid = await only({ sheets: [sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="str"><v></v></c><c r="C1" t="b"><v></v></c><c r="D1"><v>4</v></c></row>')] });
    expect(grid.values).toEqual([[1, null, null, 4]]);
  });

  it("every cell type: n, s, str, inlineStr, b, e, and formulas with cached values (0 kept), shared formulas translated", async () => {
    const data =
      '<row r="1"><c r="A1"><v>5</v></c><c r="B1"><f>A1*2</f><v>10</v></c><c r="C1"><f>A1-A1</f><v>0</v></c><c r="D1"><f>A1+1</f></c>' +
      '<c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#REF!</v></c><c r="G1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>' +
      '<row r="2"><c r="A2"><v>7</v></c><c r="B2"><f t="shared" ref="B2:B3" si="0">A2*2</f><v>14</v></c></row>' +
      '<row r="3"><c r="A3"><v>8</v></c><c r="B3"><f t="shared" si="0"/><v>16</v></c></row>';
    const grid = await only({ sheets: [sheet(data)] });
    expect(grid.values[0]).toEqual([5, 10, 0, null, true, { error: "#REF!" }, "ab"]);
    expect(grid.formulas?.[0]).toEqual([null, "A1*2", "A1-A1", "A1+1", null, null, '"a"&"b"']);
    expect(grid.formulas?.[1].slice(0, 2)).toEqual([null, "A2*2"]);
    expect(grid.formulas?.[2].slice(0, 2)).toEqual([null, "A3*2"]);
    expect(grid.values[2].slice(0, 2)).toEqual([8, 16]);
  });

  it("dates through built-in (14) and custom formats, upper case too, in the 1900 and 1904 systems", async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="DD/MM/YYYY"/><numFmt numFmtId="165" formatCode="#,##0&quot; đ&quot;"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>`;
    const data = '<row r="1"><c r="A1" s="1"><v>46112</v></c><c r="B1" s="2"><v>46112.75</v></c><c r="C1" s="3"><v>46112</v></c></row>';
    const date = new Date(Date.UTC(2026, 2, 31));
    expect((await only({ styles, sheets: [sheet(data)] })).values).toEqual([[date, date, 46112]]);
    const workbook1904 = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="1"/><sheets><sheet name="S0" sheetId="1" r:id="rS0"/></sheets></workbook>`;
    const in1904 = await only({ workbook: workbook1904, styles, sheets: [sheet('<row r="1"><c r="A1" s="1"><v>44650</v></c></row>')] });
    expect(in1904.values).toEqual([[date]]);
  });

  it("dates shown as a month (mm/yyyy, mmm-yy, built-in 17), a year or a day without its year are reported with what they show", async () => {
    const codes = ["mm/yyyy", "[$-42A]mmmm yyyy", "yyyy", "dd/mm", "dd/mm/yyyy", "h:mm"];
    const numFmts = codes.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${code}"/>`).join("");
    const xfs = ['<xf numFmtId="17"/>', ...codes.map((_, i) => `<xf numFmtId="${164 + i}"/>`), '<xf numFmtId="16"/>'].join("");
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="${codes.length}">${numFmts}</numFmts><cellXfs count="${codes.length + 2}">${xfs}</cellXfs></styleSheet>`;
    const cells = [0, 1, 2, 3, 4, 5, 6, 7].map((s, i) => `<c r="${String.fromCharCode(65 + i)}2" s="${s}"><v>46174</v></c>`).join("");
    const grid = await only({ styles, sheets: [sheet(`<row r="2">${cells}</row>`)] });
    // 46174 is 1 June 2026: a value stays the date it is; what the format shows is told apart.
    expect(grid.values[1]).toEqual(Array(8).fill(new Date(Date.UTC(2026, 5, 1))));
    expect(grid.coarseDates).toEqual([
      { row: 1, col: 0, shows: "month" },
      { row: 1, col: 1, shows: "month" },
      { row: 1, col: 2, shows: "month" },
      { row: 1, col: 3, shows: "year" },
      { row: 1, col: 4, shows: "day-month" },
      { row: 1, col: 7, shows: "day-month" },
    ]);
  });

  it("merged ranges, covered cells emptied; hidden rows, columns and sheets reported", async () => {
    const data = '<row r="1" hidden="1"><c r="A1" t="inlineStr"><is><t>Trách nhiệm</t></is></c><c r="B1" t="inlineStr"><is><t>bị che</t></is></c></row>';
    const extra = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
    const ws = `<worksheet xmlns="${MAIN}"><cols><col min="2" max="3" hidden="1"/></cols><sheetData>${data}</sheetData>${extra}</worksheet>`;
    const workbook = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Ẩn" sheetId="1" state="veryHidden" r:id="rS0"/></sheets></workbook>`;
    const grid = await only({ workbook, sheets: [ws] });
    // The grid spans cells that hold something; the covered B1 holds nothing once the merge hides it.
    expect(grid.values).toEqual([["Trách nhiệm"]]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(grid.hiddenRows).toEqual([0]);
    expect(grid.hiddenCols).toEqual([{ first: 1, last: 2 }]);
    expect(grid.state).toBe("veryHidden");
  });

  it("a stray cell far away becomes its own small grid; the plan's grid stays anchored at A1", async () => {
    const data = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="1048576"><c r="XFD1048576"><v>9</v></c></row>';
    const grids = loadWorkbook(await pkg({ sheets: [sheet(data)] })).grids;
    expect(grids.map((g) => [g.name, g.originRow, g.originCol, g.values])).toEqual([
      ["S0", 0, 0, [[1, 2]]],
      ["S0", 1048575, 16383, [[9]]],
    ]);
  });

  it("custom XML parts come back as their text; one with a DTD is left out", async () => {
    const item = '<?xml version="1.0"?><cchc xmlns="urn:cchc:reading"><correction row="5" field="lead"/></cchc>';
    const bad = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>';
    const bytes = await pkg({ sheets: [sheet("")], extra: { "customXml/item1.xml": item, "customXml/item2.xml": bad, "customXml/itemProps1.xml": "<p/>" } });
    expect(loadWorkbook(bytes).customXmlParts).toEqual([item]);
  });

  it("a custom XML part past 1 MB (no saved reading is) is left out, not held whole", async () => {
    const item = '<?xml version="1.0"?><cchc xmlns="urn:cchc:reading"><correction row="5" field="lead"/></cchc>';
    const huge = `<?xml version="1.0"?><x>${"<y>dữ liệu của phần mềm khác</y>".repeat(40_000)}</x>`;
    const bytes = await pkg({ sheets: [sheet("")], extra: { "customXml/item1.xml": item, "customXml/item2.xml": huge } });
    expect(loadWorkbook(bytes).customXmlParts).toEqual([item]);
  });
});

describe("the workbook's last-saved date (docProps core properties), which tells a unit's later draft", () => {
  const CORE_NS = 'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:t="http://purl.org/dc/terms/"';
  const core = (modified: string) => `<cp:coreProperties ${CORE_NS}><t:modified>${modified}</t:modified></cp:coreProperties>`;

  it("reads dcterms:modified under any prefix, as an ISO instant", async () => {
    const bytes = await pkg({ sheets: [sheet("")], extra: { "docProps/core.xml": core(" 2026-03-05T08:30:00+07:00 ") } });
    expect(loadWorkbook(bytes).modified).toBe("2026-03-05T01:30:00.000Z");
  });

  it("finds the part where the package relationships put it", async () => {
    const rels = `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="meta/props.xml"/></Relationships>`;
    const bytes = await pkg({ sheets: [sheet("")], extra: { "_rels/.rels": rels, "meta/props.xml": core("2025-12-31T23:59:59Z") } });
    expect(loadWorkbook(bytes).modified).toBe("2025-12-31T23:59:59.000Z");
  });

  it.each([
    ["no core properties", {}],
    ["an undated one", { "docProps/core.xml": `<cp:coreProperties ${CORE_NS}/>` }],
    ["a date that is no date", { "docProps/core.xml": core("hôm qua") }],
    ["one with a DTD", { "docProps/core.xml": `<!DOCTYPE x [<!ENTITY e "2026-01-01">]>${core("&e;")}` }],
  ])("leaves the date unknown, and the cells read, with %s", async (_, extra) => {
    const bytes = await pkg({ sheets: [sheet('<row r="1"><c r="A1"><v>7</v></c></row>')], extra });
    expect(loadWorkbook(bytes)).toMatchObject({ modified: null, grids: [{ values: [[7]] }] });
  });
});

describe("what the reader refuses, with one reason", () => {
  const reasonOf = (bytes: Uint8Array) => {
    try {
      loadWorkbook(bytes);
      return "read";
    } catch (error) {
      expect(error).toBeInstanceOf(LoadError);
      return (error as LoadError).reason;
    }
  };

  it("malformed sheet XML is damaged, naming the part", async () => {
    expect(reasonOf(await pkg({ sheets: [sheet('<row r="1"><c r="A1"><v>1</c></row>')] }))).toBe("tệp Excel bị hỏng: phần xl/sheets/s0.xml không đọc được");
  });

  it("an entity other than the five XML ones is refused, never looked up", async () => {
    expect(reasonOf(await pkg({ sheets: [sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>')] }))).toMatch(/bị hỏng/);
  });

  it("a sheet part compressed with a method the reader has not (deflate64) is 'not yet supported', naming it", async () => {
    const bytes = Buffer.from(await pkg({ sheets: [sheet("")] }, "STORE"));
    const name = Buffer.from("xl/sheets/s0.xml");
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1)) {
      if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt16LE(9, at - 46 + 10);
    }
    expect(reasonOf(bytes)).toBe("tệp có nội dung chưa hỗ trợ (phần xl/sheets/s0.xml)");
  });
});
