import { absoluteUrl, siteLocale, siteName, sitePath } from "../site.ts";

export type ArticleMeta = {
  /** yyyy-mm-dd */
  published: string;
  section: string;
  tags: string[];
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
}: Props) {
  const url = path === undefined ? undefined : absoluteUrl(path);
  return (
    <>
      <title>{title === siteName ? title : `${title} — ${siteName}`}</title>
      <meta name="description" content={description} />
      {url && <link rel="canonical" href={url} />}
      {noindex && <meta name="robots" content="noindex" />}
      {pages?.previous && <link rel="prev" href={sitePath(pages.previous)} />}
      {pages?.next && <link rel="next" href={sitePath(pages.next)} />}
      <link
        rel="alternate"
        type="application/rss+xml"
        title={`${siteName}: latest stories`}
        href={sitePath("/feed.xml")}
      />
      <meta property="og:type" content={article ? "article" : "website"} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      {url && <meta property="og:url" content={url} />}
      <meta property="og:site_name" content={siteName} />
      <meta property="og:locale" content={siteLocale} />
      {article && (
        <>
          <meta property="article:published_time" content={article.published} />
          <meta property="article:section" content={article.section} />
          {article.tags.map((tag) => (
            <meta key={tag} property="article:tag" content={tag} />
          ))}
        </>
      )}
      <meta name="twitter:card" content="summary" />
    </>
  );
}
