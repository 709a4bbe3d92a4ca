/**
 * Reads the builders' output back the way a crawler or a feed reader would,
 * so tests check what parses, not how the text happens to look. Only tests
 * import this.
 */

/** @throws Error quoting the parser's complaint if `xml` is not well-formed */
export function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

/**
 * The child elements of `parent` with this local name and namespace (none by
 * default, as in RSS), in document order. Only children, so a channel's
 * <title> is not mistaken for an item's.
 */
export function childrenNamed(
  parent: Element,
  localName: string,
  namespace: string | null = null,
): Element[] {
  return Array.from(parent.children).filter(
    (child) =>
      child.localName === localName && child.namespaceURI === namespace,
  );
}

/** @throws Error unless `parent` has exactly one such child */
export function onlyChild(
  parent: Element,
  localName: string,
  namespace: string | null = null,
): Element {
  const found = childrenNamed(parent, localName, namespace);
  const [only] = found;
  if (found.length !== 1 || only === undefined)
    throw new Error(
      `expected one <${localName}> in <${parent.localName}>, found ${found.length}`,
    );
  return only;
}

/** The exact text of the one such child; never trimmed, so spaces count. */
export function childText(
  parent: Element,
  localName: string,
  namespace: string | null = null,
): string {
  return onlyChild(parent, localName, namespace).textContent;
}
