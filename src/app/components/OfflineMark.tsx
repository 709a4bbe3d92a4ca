import { useOfflineParts } from "../offline/offlineParts.ts";

type Props = { slug: string; path: string };

/** Offline only: whether this story opens without a network. */
export function OfflineMark({ slug, path }: Props) {
  const parts = useOfflineParts();
  return parts ? <parts.OpensOffline slug={slug} path={path} /> : null;
}
