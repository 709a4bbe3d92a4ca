import { SaveButton } from "../components/SaveButton.tsx";
import { reader } from "./deferredReader.ts";
import { useIsSaved } from "./useReader.ts";

type Props = { slug: string; headline: string };

/** The Save button for one story, wired to this device's reading list. */
export function SaveStoryButton({ slug, headline }: Props) {
  return (
    <SaveButton
      saved={useIsSaved(slug)}
      onToggle={() =>
        void reader()
          .ready()
          .then((store) => store.toggleSaved(slug))
      }
      headline={headline}
    />
  );
}
