// Tests check what parses, as a crawler would read it, not how the text happens to look.
export function parseXml(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return document;
}

/** Only children, so a channel's <title> is not mistaken for an item's. */
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

/** Never trimmed, so spaces count. */
export function childText(
  parent: Element,
  localName: string,
  namespace: string | null = null,
): string {
  return onlyChild(parent, localName, namespace).textContent;
}
