import type { Tools } from "../readingTools/tools.ts";

/** Listen and Listen from here, or nothing where the browser cannot speak. */
export function listenTools(): Promise<
  Pick<Tools, "listen" | "listenFrom"> | undefined
> {
  return Promise.resolve(undefined);
}
