// Where the browser finds the build's data files. Apart from editionData.ts,
// which makes them, so fetching one never brings in the code that makes them.

/** Relative to the site's base path. */
export const dataFile = {
  index: "data/index.json",
  story: (slug: string) => `data/stories/${slug}.json`,
  /** The search index's folder: Pagefind's script, its WebAssembly and the index in chunks. */
  searchBundle: "pagefind/",
};
