type Props = { title: string; description: string; noindex?: boolean };

/**
 * The page's title and description. React 19 hoists these into <head>, so
 * every page names itself wherever it is rendered.
 */
export function DocumentHead({ title, description, noindex = false }: Props) {
  return (
    <>
      <title>{title === "Dateline" ? title : `${title} — Dateline`}</title>
      <meta name="description" content={description} />
      {noindex && <meta name="robots" content="noindex" />}
    </>
  );
}
