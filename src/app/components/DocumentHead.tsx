import { CARD_SIZE, siteCardPath } from "../../content/paths.ts";
import { siteFeed, type FeedLink } from "../feeds.ts";
import { absoluteUrl, siteLocale, siteName, sitePath } from "../site.ts";

export type ArticleMeta = {
  /** A date and time with its zone, as publishedTime (newsArticle.ts) writes a story's day. */
  published: string;
  section: string;
  tags: string[];
  /** The credit's organization, the one source a story names, for previews that show an author. */
  author?: string | undefined;
};

/** A share card: every one is a CARD_SIZE PNG (src/tools/build/cards). */
export type ShareImage = { path: string; alt: string };

/** The masthead card every page that is not a story shares. */
export const siteCard: ShareImage = {
  path: siteCardPath,
  alt: `${siteName}: the news, readable`,
};

type Props = {
  /** The page's own title; the site's name is added here. */
  title: string;
  description: string;
  /** The page's one true path, for its canonical URL; left out where no single URL is right (not found). */
  path?: string | undefined;
  noindex?: boolean;
  article?: ArticleMeta | undefined;
  pages?: { previous?: string | undefined; next?: string | undefined };
  image?: ShareImage;
  /** The page's own feed (a topic's, a section's), linked beside the site's. */
  feed?: FeedLink | undefined;
};

/**
 * React 19 hoists these into <head>, and the pre-render moves them there in
 * the HTML, so a link preview that runs no JavaScript still sees them.
 */
export function DocumentHead({
  title,
  description,
  path,
  noindex = false,
  article,
  pages,
  image = siteCard,
  feed,
}: Props) {
  const url = path === undefined ? undefined : absoluteUrl(path);
  const imageUrl = absoluteUrl(image.path);
  return (
    <>
      <title>{title === siteName ? title : `${title} — ${siteName}`}</title>
      <meta name="description" content={description} />
      {url && <link rel="canonical" href={url} />}
      {noindex && <meta name="robots" content="noindex" />}
      {pages?.previous && <link rel="prev" href={sitePath(pages.previous)} />}
      {pages?.next && <link rel="next" href={sitePath(pages.next)} />}
      {[siteFeed, ...(feed ? [feed] : [])].map((link) => (
        <link
          key={link.path}
          rel="alternate"
          type="application/rss+xml"
          title={link.title}
          href={sitePath(link.path)}
        />
      ))}
      <meta property="og:type" content={article ? "article" : "website"} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      {url && <meta property="og:url" content={url} />}
      <meta property="og:site_name" content={siteName} />
      <meta property="og:locale" content={siteLocale} />
      <meta property="og:image" content={imageUrl} />
      <meta property="og:image:width" content={String(CARD_SIZE.width)} />
      <meta property="og:image:height" content={String(CARD_SIZE.height)} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:alt" content={image.alt} />
      {article && (
        <>
          <meta property="article:published_time" content={article.published} />
          <meta property="article:section" content={article.section} />
          {article.tags.map((tag) => (
            <meta key={tag} property="article:tag" content={tag} />
          ))}
          {article.author && (
            <>
              <meta name="author" content={article.author} />
              <meta property="article:author" content={article.author} />
            </>
          )}
        </>
      )}
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:image" content={imageUrl} />
      <meta name="twitter:image:alt" content={image.alt} />
    </>
  );
}
