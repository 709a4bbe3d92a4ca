/**
 * One way to start and finish an XML document, so the sitemap and the feed
 * agree on the declaration, the layout and on refusing to write what no
 * parser would read back.
 */
import { create } from "xmlbuilder2";

// xmlbuilder2's package root does not export its builder type.
export type XmlNode = ReturnType<typeof create>;

export function xmlDocument(): XmlNode {
  return create({ version: "1.0", encoding: "UTF-8" });
}

/**
 * The document as text, indented and ending with a newline.
 * @throws Error if some text holds characters XML cannot carry (control
 * characters, lone surrogates): xmlbuilder2 would otherwise write them as they
 * are, and every reader would reject the whole file.
 */
export function xmlText(document: XmlNode): string {
  return `${document.end({ prettyPrint: true, wellFormed: true })}\n`;
}

/**
 * Text to hand to xmlbuilder2 so it comes out exactly as given. The builder
 * leaves anything that looks like an entity alone ("&lt;" would read back as
 * "<", "&amp;" as "&"), so every "&" is escaped here first; the builder then
 * escapes "<" and ">" and keeps these "&amp;"s as they are.
 */
export function literal(value: string): string {
  return value.replaceAll("&", "&amp;");
}
