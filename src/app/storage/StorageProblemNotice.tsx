import {
  problemMessage,
  type StorageProblem,
  type StorageSubject,
} from "./storageProblem.ts";
import { StorageNotice } from "../components/StorageNotice.tsx";

type Props = { problem: StorageProblem; subject: StorageSubject };

/**
 * Why saving is not working, in words. Its own module, loaded only when
 * storage has failed: the words are of no use to a page whose storage works,
 * which is nearly every page, so no first download carries them.
 */
export function StorageProblemNotice({ problem, subject }: Props) {
  return <StorageNotice message={problemMessage(problem, subject)} />;
}
