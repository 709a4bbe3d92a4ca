import { create } from "xmlbuilder2";

// xmlbuilder2's package root does not export its builder type.
export type XmlNode = ReturnType<typeof create>;

export function xmlDocument(): XmlNode {
  return create({ version: "1.0", encoding: "UTF-8" });
}

// wellFormed: without it xmlbuilder2 writes control characters as they are, and readers reject the file.
export function xmlText(document: XmlNode): string {
  return `${document.end({ prettyPrint: true, wellFormed: true })}\n`;
}

/** xmlbuilder2 leaves entity-like text alone ("&lt;" would read back as "<"), so "&" is escaped first. */
export function literal(value: string): string {
  return value.replaceAll("&", "&amp;");
}
