// The tokenizer fed a part in pieces, as a part over 8 MB is (1 MB at a time): wherever a piece ends, inside an
// entity or between a CR and its LF, the text reads as it does in one piece.
import { parseXml, type XmlHandler } from "../../src/xlsx/xml";

function textOf(xml: string, cuts: number[]): string {
  let text = "";
  const handler: XmlHandler = { open: () => undefined, close: () => undefined, text: (t) => (text += t) };
  parseXml("test.xml", (write) => {
    let from = 0;
    for (const cut of [...cuts, xml.length]) {
      write(xml.slice(from, cut));
      from = cut;
    }
  }, handler);
  return text;
}

const XML = "<a>Kế hoạch &amp; báo cáo&#10;dòng 2\r\ndòng 3 &lt;4&gt;</a>";
const WHOLE = "Kế hoạch & báo cáo\ndòng 2\ndòng 3 <4>";

test("read whole, the text decodes its entities and reads CRLF as LF", () => {
  expect(textOf(XML, [])).toBe(WHOLE);
});

test.each(Array.from({ length: XML.length - 1 }, (_, i) => i + 1))("cut after %p characters, the text is the same", (cut) => {
  expect(textOf(XML, [cut])).toBe(WHOLE);
});
