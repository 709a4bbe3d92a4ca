/**
 * A search excerpt is HTML (Pagefind writes escaped text with the matched
 * words in <mark>). It becomes plain data here, so the page renders it as
 * React text and <mark> elements: nothing in it is ever markup.
 */
export type ExcerptPart = { text: string; marked: boolean };

// <mark> and </mark>, or an entity; anything else is text, even if it looks like a tag.
const TOKEN = /<(\/?)mark>|&(#x[\da-f]+|#\d+|[a-z]+);/gi;

const NAMED = new Map([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["nbsp", "\u00a0"],
]);

function decoded(entity: string, whole: string): string {
  if (entity.startsWith("#")) {
    const hex = /^#x/i.test(entity);
    const code = Number.parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10);
    // No NUL, surrogates or beyond Unicode: the entity stays as written.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  }
  return NAMED.get(entity.toLowerCase()) ?? whole;
}

/**
 * Nested marks count once; adjacent ones join; a stray </mark> is dropped.
 * @example parseExcerpt("a <mark>b</mark> &amp; c") → [{ text: "a ", marked: false }, { text: "b", marked: true }, { text: " & c", marked: false }]
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let depth = 0;
  const add = (text: string) => {
    if (text === "") return;
    const marked = depth > 0;
    const last = parts.at(-1);
    if (last?.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let from = 0;
  for (const match of html.matchAll(TOKEN)) {
    add(html.slice(from, match.index));
    from = match.index + match[0].length;
    const [whole, closing, entity] = match;
    if (entity !== undefined) add(decoded(entity, whole));
    else if (closing) depth = Math.max(0, depth - 1);
    else depth += 1;
  }
  add(html.slice(from));
  return parts;
}

/** @example excerptText(parseExcerpt("<mark>a</mark> b")) === "a b" */
export function excerptText(parts: readonly ExcerptPart[]): string {
  return parts.map((part) => part.text).join("");
}
