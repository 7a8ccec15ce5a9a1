// Body XML written as text (the appendix tables, table-xml.ts) goes into the package docx packs: docx writes a
// stand-in paragraph where each block belongs, and the block takes its place in word/document.xml afterwards.
import { Packer, Paragraph, type Document } from "docx";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { FFLATE_CODEC, zipParts } from "../xlsx/zip-write";

const DOCUMENT_PART = "word/document.xml";
/** A style id only this module writes: text from the plan is escaped, so no cell can produce the stand-in. */
const STAND_IN_STYLE = "CchcXmlBlock";
const STAND_IN = new RegExp(`<w:p><w:pPr><w:pStyle w:val="${STAND_IN_STYLE}(\\d+)"/></w:pPr></w:p>`, "g");

export class XmlBlocks {
  private readonly blocks: string[] = [];

  /** The paragraph to put in the document where `xml` belongs. */
  standIn(xml: string): Paragraph {
    this.blocks.push(xml);
    return new Paragraph({ style: `${STAND_IN_STYLE}${this.blocks.length - 1}` });
  }

  /** The document packed, each stand-in replaced by its block. */
  async pack(document: Document): Promise<Uint8Array> {
    const packed = new Uint8Array(await Packer.toArrayBuffer(document));
    if (this.blocks.length === 0) return packed;
    const parts = unzipSync(packed);
    const placed = this.blocks.map(() => 0);
    parts[DOCUMENT_PART] = strToU8(
      strFromU8(parts[DOCUMENT_PART]).replace(STAND_IN, (_, index: string) => {
        placed[Number(index)] += 1;
        return this.blocks[Number(index)] ?? "";
      }),
    );
    // Each block exactly once: a stand-in docx dropped, doubled or never made is a bug, never a document.
    if (placed.some((count) => count !== 1) || placed.length !== this.blocks.length) {
      throw new Error(`table blocks placed ${placed.join(",")} times`);
    }
    return zipParts(
      Object.entries(parts).map(([name, data]) => ({ name, data })),
      FFLATE_CODEC,
    );
  }
}

/** Base64 of the package, the form Word's insertFileFromBase64 and createDocument take; in Node and the browser. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
