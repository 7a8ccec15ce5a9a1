// Finding parts the OPC way: through relationships (`_rels/.rels` → the workbook → its sheets, shared strings,
// styles, custom XML), never by assuming where a writer put them.
import { parseXml, type XmlElement } from "./xml";
import type { ZipArchive } from "./zip";

export interface Relationship {
  id: string;
  /** The relationship type's last segment: "officeDocument", "worksheet", "sharedStrings", "styles", "customXml" … */
  type: string;
  /** The target part's name in the zip (resolved, no leading slash); null for an external target. */
  target: string | null;
}

/** The relationships of `part` (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`); empty when it has none. */
export function relationshipsOf(zip: ZipArchive, part: string): Relationship[] {
  const slash = part.lastIndexOf("/");
  const folder = slash < 0 ? "" : part.slice(0, slash + 1);
  const relsName = `${folder}_rels/${part.slice(slash + 1)}.rels`;
  if (!zip.has(relsName)) return [];
  const found: Relationship[] = [];
  parseXml(relsName, (write) => zip.stream(relsName, write), {
    open(element: XmlElement) {
      if (element.local !== "Relationship") return;
      const attrs = element.attrs;
      const id = attrs.get("Id") ?? "";
      const type = attrs.get("Type") ?? "";
      const target = attrs.get("Target") ?? "";
      const mode = attrs.get("TargetMode");
      found.push({
        id,
        type: type.slice(type.lastIndexOf("/") + 1),
        target: mode === "External" ? null : resolveTarget(folder, target),
      });
    },
    close() {},
    text() {},
  });
  return found;
}

/** A relative target against its source's folder, `..` resolved; an absolute one from the package root. */
export function resolveTarget(folder: string, target: string): string {
  const path = target.replace(/\\/g, "/");
  const segments = (path.startsWith("/") ? path : folder + path).split("/");
  const resolved: string[] = [];
  for (const segment of segments) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") resolved.pop();
    else resolved.push(decodeSegment(segment));
  }
  return resolved.join("/");
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
