/**
 * Related stories: the editor's "More:" links first, then the full stories
 * most like this one, worked out at build time.
 *
 * How alike two stories are:
 *
 *     similarity = 0.6 × text + 0.4 × topics
 *     score      = similarity × (0.8 + 0.2 × 2^(−days apart / 30))
 *
 * - text: the cosine of the two stories' TF-IDF vectors over headline and
 *   text. A term's weight is (1 + ln tf) × ln(1 + N / df); headline words
 *   count twice, as the headline says what the story is about.
 * - topics: the share of topics the two have in common (shared / all, Jaccard).
 * - recency scales the score between 0.8 (far apart) and 1 (the same day),
 *   halving its bonus every 30 days: it orders stories that are alike, but
 *   never makes unlike stories alike.
 * - a similarity under 0.05 (one shared everyday word, say) suggests nothing.
 *
 * Near-linear: an inverted index (term → the stories that weigh it most) is
 * built once per edition. Each story keeps only its TERMS_PER_STORY heaviest
 * terms, and only the HOLDERS_PER_TERM heaviest holders of each term, plus
 * the TOPIC_NEIGHBOURS stories nearest in date on each of its topics, are
 * scored. So the text score is the cosine over those top terms, a close lower
 * bound of the full one, and each story costs the same at any edition size.
 */
import { slugify } from "./slug.ts";
import { plainText, type FullStory, type Story } from "./story.ts";

/** How many related stories a story shows, the editor's included, unless the editor picked more. */
export const RELATED_LIMIT = 6;

const TEXT_WEIGHT = 0.6;
const TOPIC_WEIGHT = 0.4;
/** The score a story keeps however far apart in time: recency only reorders. */
const RECENCY_FLOOR = 0.8;
const RECENCY_HALF_LIFE_DAYS = 30;
/** Below this, what two stories share is more likely chance than subject. */
const MIN_SIMILARITY = 0.05;
const HEADLINE_REPEATS = 2;
/** Enough to say what a story is about; its other terms add little but cost. */
const TERMS_PER_STORY = 20;
/** Caps the work per term however common it is, so the cost per story stays flat. */
const HOLDERS_PER_TERM = 100;
/** Stories on each side, by date, looked at on each of a story's topics. */
const TOPIC_NEIGHBOURS = 30;
const DAY_MS = 86_400_000;

/**
 * Words too common to say what a story is about: a small English list,
 * with the reporting verbs every news story uses.
 */
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
said says say told mr mrs ms per via`.split(/\s+/),
);

/**
 * Runs of letters, marks and digits in any script, full stops kept for the
 * moment. Scripts written without spaces (Chinese, Japanese, Thai) give one
 * term per run: there is no word segmenter.
 */
const NOT_WORD = /[^\p{L}\p{M}\p{N}.]+/u;
/** "Putin's" is about Putin; other apostrophes join ("won't" → "wont"), as in slugs. */
const POSSESSIVE = /['’]s(?![\p{L}\p{M}\p{N}])/gu;
const APOSTROPHE = /['’]/g;
/** "U.N." and "U.S.A." are one word each, as in slugs. */
const INITIALISM = /^(?:\p{L}\.)+\p{L}?\.?$/u;

/**
 * The terms the similarity is computed over: lower-cased, NFKC-normalised,
 * with stop words and single Latin letters or digits left out. No stemming:
 * "election" and "elections" are two terms.
 *
 * @example terms("Putin's talks, and the U.N.") → ["putin", "talks", "un"]
 */
export function terms(text: string): string[] {
  const found: string[] = [];
  const words = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(POSSESSIVE, "")
    .replace(APOSTROPHE, "")
    .split(NOT_WORD);
  for (const word of words) {
    if (!word.includes(".")) keep(word, found);
    else if (INITIALISM.test(word)) keep(word.replaceAll(".", ""), found);
    else for (const part of word.split(".")) keep(part, found);
  }
  return found;
}

function keep(word: string, found: string[]): void {
  if (
    word !== "" &&
    !STOP_WORDS.has(word) &&
    (word.length > 1 || word.charCodeAt(0) > 0x7f)
  )
    found.push(word);
}

export type SimilarStories = {
  /**
   * Up to `count` full stories most like the one with this slug, best first,
   * ties by slug. Never the story itself nor any slug in `skip`; none for a
   * slug that is not a full story of the edition.
   */
  similarTo(
    slug: string,
    count: number,
    skip?: ReadonlySet<string>,
  ): FullStory[];
};

/** One story's place in the index: ints, so scoring touches no strings. */
type Profile = {
  story: FullStory;
  day: number;
  /** Its heaviest terms (ids) and their weights, over the full vector's length. */
  termIds: Int32Array;
  weights: Float64Array;
  /** Unique topic ids, ascending, and the story's place in each topic's list. */
  topicIds: Int32Array;
  topicPlaces: Int32Array;
};

/**
 * Builds the index once; call it once per edition and ask it for every story.
 * The result depends only on the set of stories, not their order.
 *
 * @example
 *   const similar = similarStories(catalogue.stories);
 *   similar.similarTo("lavrov-rejects-claptrap", 3); // [FullStory, FullStory, FullStory]
 */
export function similarStories(stories: readonly FullStory[]): SimilarStories {
  // Slug order: the same stories in any order build the same index.
  const sorted = [...stories].sort((a, b) => compare(a.slug, b.slug));
  const n = sorted.length;
  const placeOf = new Map(sorted.map((story, i) => [story.slug, i]));

  const counts = sorted.map(termCounts);
  const documentFrequency = new Map<string, number>();
  for (const count of counts)
    for (const term of count.keys())
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);

  const termIdOf = new Map<string, number>();
  const holders: { story: number; weight: number }[][] = [];
  const topicIdOf = new Map<string, number>();
  const topicMembers: number[][] = [];
  const days = sorted.map((story) => Date.parse(story.published) / DAY_MS);

  const draft = sorted.map((story, index) => {
    const count = counts[index] ?? new Map<string, number>();
    const weighted: { term: string; weight: number }[] = [];
    let squares = 0;
    for (const [term, tf] of count) {
      const df = documentFrequency.get(term) ?? 1;
      const weight = (1 + Math.log(tf)) * Math.log(1 + n / df);
      squares += weight * weight;
      // A term no other story has can match nothing, so it takes no slot.
      if (df > 1) weighted.push({ term, weight });
    }
    const length = Math.sqrt(squares) || 1;
    const top = weighted
      .sort((a, b) => b.weight - a.weight || compare(a.term, b.term))
      .slice(0, TERMS_PER_STORY);
    const termIds = new Int32Array(top.length);
    const weights = new Float64Array(top.length);
    top.forEach(({ term, weight }, i) => {
      let id = termIdOf.get(term);
      if (id === undefined) {
        id = holders.length;
        termIdOf.set(term, id);
        holders.push([]);
      }
      termIds[i] = id;
      weights[i] = weight / length;
      holders[id]?.push({ story: index, weight: weight / length });
    });

    const topicIds = [
      ...new Set(
        story.topics.map((name) => {
          const key = topicKey(name);
          let id = topicIdOf.get(key);
          if (id === undefined) {
            id = topicMembers.length;
            topicIdOf.set(key, id);
            topicMembers.push([]);
          }
          topicMembers[id]?.push(index);
          return id;
        }),
      ),
    ].sort((a, b) => a - b);
    return { termIds, weights, topicIds: Int32Array.from(topicIds) };
  });

  // Heaviest holders first (a stable sort keeps slug order among equals).
  const postingStories = holders.map((list) => {
    list.sort((a, b) => b.weight - a.weight);
    return Int32Array.from(list, (h) => h.story);
  });
  const postingWeights = holders.map((list) =>
    Float64Array.from(list, (h) => h.weight),
  );
  // Each topic's stories by date, so a story's nearest in time sit beside it.
  const byDay = (a: number, b: number) =>
    (days[a] ?? 0) - (days[b] ?? 0) || a - b;
  for (const members of topicMembers) members.sort(byDay);
  const topicPlace = topicMembers.map(
    (members) => new Map(members.map((story, place) => [story, place])),
  );

  const profiles: Profile[] = sorted.map((story, index) => {
    const { termIds, weights, topicIds } = draft[index] ?? {
      termIds: new Int32Array(),
      weights: new Float64Array(),
      topicIds: new Int32Array(),
    };
    return {
      story,
      day: days[index] ?? 0,
      termIds,
      weights,
      topicIds,
      topicPlaces: topicIds.map((topic) => topicPlace[topic]?.get(index) ?? 0),
    };
  });

  // What scoring reads of every candidate, in flat arrays: candidates are
  // thousands per story, and objects scattered over the heap are slow to visit.
  const dayOf = Float64Array.from(days);
  const topicStart = new Int32Array(n + 1);
  profiles.forEach((profile, index) => {
    topicStart[index + 1] = (topicStart[index] ?? 0) + profile.topicIds.length;
  });
  const topicFlat = new Int32Array(topicStart[n] ?? 0);
  profiles.forEach((profile, index) =>
    topicFlat.set(profile.topicIds, topicStart[index]),
  );

  // Reused for every question: one slot per story, cleared after each. Plain
  // loops below, as this runs for every story of the edition.
  const textScore = new Float64Array(n);
  /** 0: not met yet; 1: a candidate; 2: barred (the story itself, or skipped). */
  const mark = new Uint8Array(n);
  const candidates: number[] = [];

  return {
    similarTo(slug, count, skip = new Set()) {
      const self = placeOf.get(slug);
      const profile = self === undefined ? undefined : profiles[self];
      if (self === undefined || !profile || count <= 0) return [];
      const barred = [self];
      for (const other of skip) {
        const place = placeOf.get(other);
        if (place !== undefined) barred.push(place);
      }
      for (const place of barred) mark[place] = 2;

      const { termIds, weights, topicIds, topicPlaces } = profile;
      for (let i = 0; i < termIds.length; i++) {
        const term = termIds[i] ?? 0;
        const weight = weights[i] ?? 0;
        const stories = postingStories[term] ?? new Int32Array();
        const termWeights = postingWeights[term] ?? new Float64Array();
        const end = Math.min(stories.length, HOLDERS_PER_TERM + 1);
        for (let at = 0; at < end; at++) {
          const other = stories[at] ?? self;
          if (mark[other] === 2) continue;
          if (mark[other] === 0) {
            mark[other] = 1;
            candidates.push(other);
          }
          textScore[other] =
            (textScore[other] ?? 0) + weight * (termWeights[at] ?? 0);
        }
      }
      for (let i = 0; i < topicIds.length; i++) {
        const members = topicMembers[topicIds[i] ?? 0] ?? [];
        const place = topicPlaces[i] ?? 0;
        const to = Math.min(members.length, place + TOPIC_NEIGHBOURS + 1);
        for (let at = Math.max(0, place - TOPIC_NEIGHBOURS); at < to; at++) {
          const other = members[at] ?? self;
          if (mark[other] === 0) {
            mark[other] = 1;
            candidates.push(other);
          }
        }
      }

      // The best `count` so far, best first: score down, then slug order.
      const bestPlaces: number[] = [];
      const bestScores: number[] = [];
      const ownFrom = topicStart[self] ?? 0;
      const ownTo = topicStart[self + 1] ?? 0;
      for (const other of candidates) {
        const text = textScore[other] ?? 0;
        textScore[other] = 0;
        mark[other] = 0;
        const similarity =
          TEXT_WEIGHT * text +
          TOPIC_WEIGHT *
            shareOf(
              topicFlat,
              ownFrom,
              ownTo,
              topicStart[other] ?? 0,
              topicStart[other + 1] ?? 0,
            );
        if (similarity < MIN_SIMILARITY) continue;
        // Recency only lowers a score: one that cannot make the list is done with.
        const worst = bestScores[count - 1];
        if (worst !== undefined && similarity < worst) continue;
        const apart = Math.abs(profile.day - (dayOf[other] ?? 0));
        const score =
          similarity *
          (RECENCY_FLOOR +
            (1 - RECENCY_FLOOR) * 2 ** (-apart / RECENCY_HALF_LIFE_DAYS));
        let at = bestPlaces.length;
        while (
          at > 0 &&
          (score > (bestScores[at - 1] ?? 0) ||
            (score === bestScores[at - 1] && other < (bestPlaces[at - 1] ?? 0)))
        )
          at--;
        if (at >= count) continue;
        bestPlaces.splice(at, 0, other);
        bestScores.splice(at, 0, score);
        if (bestPlaces.length > count) {
          bestPlaces.pop();
          bestScores.pop();
        }
      }
      candidates.length = 0;
      for (const place of barred) mark[place] = 0;
      return bestPlaces.flatMap((place) => profiles[place]?.story ?? []);
    },
  };
}

/** How a related story got into the list: the reader is told which is which. */
export type RelatedStory = {
  story: Story;
  chosenBy: "editor" | "similarity";
};

/**
 * The editor's picks first, in their order, then the most similar stories up
 * to `limit` in all. Never the story itself, never a story twice.
 *
 * @example
 *   relatedStories(story, [brief], similarStories(catalogue.stories))
 *   // [{ story: brief, chosenBy: "editor" }, { story: …, chosenBy: "similarity" }, …]
 */
export function relatedStories(
  story: FullStory,
  editorsPicks: readonly Story[],
  similar: SimilarStories,
  limit = RELATED_LIMIT,
): RelatedStory[] {
  const listed = new Set([story.slug]);
  const picks = editorsPicks.filter((pick) => {
    if (listed.has(pick.slug)) return false;
    listed.add(pick.slug);
    return true;
  });
  return [
    ...picks.map((pick): RelatedStory => ({ story: pick, chosenBy: "editor" })),
    ...similar
      .similarTo(story.slug, limit - picks.length, listed)
      .map((found): RelatedStory => ({ story: found, chosenBy: "similarity" })),
  ];
}

function termCounts(story: FullStory): Map<string, number> {
  const count = new Map<string, number>();
  const add = (text: string, times: number) => {
    for (const term of terms(text))
      count.set(term, (count.get(term) ?? 0) + times);
  };
  add(story.headline, HEADLINE_REPEATS);
  for (const paragraph of story.body) add(plainText(paragraph.inlines), 1);
  return count;
}

/**
 * A topic is the same topic however it is capitalised, as its page's URL has it;
 * a name in a script slugify drops keeps its own spelling.
 */
function topicKey(name: string): string {
  return slugify(name) || name.normalize("NFKC").toLowerCase();
}

/**
 * Shared topics over all topics of the two (Jaccard): `topics[aFrom..aTo)` and
 * `topics[bFrom..bTo)`, each ascending.
 */
function shareOf(
  topics: Int32Array,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
): number {
  if (aFrom === aTo || bFrom === bTo) return 0;
  let shared = 0;
  let i = aFrom;
  let j = bFrom;
  while (i < aTo && j < bTo) {
    const x = topics[i] ?? 0;
    const y = topics[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (aTo - aFrom + bTo - bFrom - shared);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
