import { Contained } from "../components/Contained.tsx";
import { ShareButton } from "../components/ShareButton.tsx";
import { SaveStoryButton } from "./SaveStoryButton.tsx";

type Props = { url: string; slug: string; headline: string };

/**
 * A story's Share and Save buttons, on story and brief pages alike. Both
 * lean on the browser (share sheet, clipboard, storage); if they fail to
 * render, they go and the story stays.
 */
export function ReaderTools({ url, slug, headline }: Props) {
  return (
    <Contained key={slug} fallback={null}>
      <ShareButton url={url} title={headline} />
      <SaveStoryButton slug={slug} headline={headline} />
    </Contained>
  );
}
