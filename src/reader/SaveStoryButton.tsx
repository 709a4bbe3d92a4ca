import { SaveButton } from "../components/SaveButton.tsx";
import { readerStore } from "./readerStore.ts";
import { useIsSaved } from "./useReader.ts";

type Props = { slug: string; headline: string };

/** The Save button for one story, wired to this device's reading list. */
export function SaveStoryButton({ slug, headline }: Props) {
  return (
    <SaveButton
      saved={useIsSaved(slug)}
      onToggle={() => readerStore().toggleSaved(slug)}
      headline={headline}
    />
  );
}
