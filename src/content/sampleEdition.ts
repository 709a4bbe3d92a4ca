/** A small made-up edition for tests of the catalogue and its queries. */
import { checkEdition } from "./catalogue.ts";
import type { FullStory } from "./story.ts";

export function full(
  slug: string,
  overrides: Partial<FullStory> = {},
): FullStory {
  return {
    kind: "full",
    slug,
    headline: `Headline of ${slug}`,
    published: "2018-04-20",
    section: "World",
    topics: ["Russia"],
    body: [{ inlines: [{ type: "text", value: `Text of ${slug}.` }] }],
    related: [],
    ...overrides,
  };
}

export function files(
  ...stories: ({ slug: string } & Record<string, unknown>)[]
): Record<string, unknown> {
  return Object.fromEntries(stories.map((s) => [`stories/${s.slug}.json`, s]));
}

export const sampleCatalogue = checkEdition(
  files(
    full("older", {
      published: "2018-03-01",
      topics: ["Russia", "Donald Trump"],
      related: ["a-brief"],
    }),
    full("newer", {
      published: "2018-04-20",
      headline: "Lavrov rejects claptrap",
      body: [
        { inlines: [{ type: "text", value: "Nothing here." }] },
        {
          inlines: [
            { type: "text", value: "Elections were discussed in Moscow." },
          ],
        },
      ],
      related: ["a-brief", "older"],
    }),
    { kind: "brief", slug: "a-brief", headline: "Putin visits Washington" },
  ),
);
