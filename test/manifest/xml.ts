// A small XML element reader for the manifest tests: enough for a well-formed manifest (elements, attributes,
// comments, declaration), so the checks do not lean on a parser that is only a transitive dependency.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (entity) => ENTITIES[entity]);
}

function readAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[match[1]] = decode(match[2] ?? match[3]);
  }
  return attrs;
}

/** Parses the document and returns its root element; throws on mismatched tags. */
export function parseXml(xml: string): XmlElement {
  const withoutNoise = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [root];
  const tokens = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const [, closing, name, attrSource, selfClosing, text] of withoutNoise.matchAll(tokens)) {
    const parent = stack[stack.length - 1];
    if (text !== undefined) {
      parent.text += decode(text).trim();
    } else if (closing) {
      if (parent.name !== name) throw new Error(`</${name}> closes <${parent.name}>`);
      stack.pop();
    } else {
      const element: XmlElement = { name, attrs: readAttrs(attrSource ?? ""), children: [], text: "" };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  return root.children[0];
}

/** Every element below `element` (depth first) whose local name (prefix dropped) is `name`. */
export function findAll(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of element.children) {
    if (child.name.replace(/^\w+:/, "") === name) found.push(child);
    found.push(...findAll(child, name));
  }
  return found;
}

/** The direct children of `element` with the local name `name`. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name.replace(/^\w+:/, "") === name);
}
