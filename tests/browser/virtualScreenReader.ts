/**
 * A virtual screen reader in the page, for specs that assert what a
 * screen-reader user hears: @guidepup/virtual-screen-reader walks the page's
 * accessibility tree as a screen reader's cursor does, speaks each item
 * ("heading, Dateline front page, level 1"), and speaks what changes in live
 * regions. It runs in real Chromium against the built site, so the phrases
 * come from the real pages, their live regions and their focus moves.
 */
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Page } from "@playwright/test";
import type { Virtual } from "@guidepup/virtual-screen-reader";

declare global {
  interface Window {
    virtualScreenReader: Virtual;
  }
}

let source: Promise<string> | undefined;

/**
 * The library is ES modules with dependencies, written for a DOM: bundled
 * once per run into one script that puts it on `window`.
 */
function screenReaderSource(): Promise<string> {
  source ??= build({
    stdin: {
      contents:
        'import { Virtual } from "@guidepup/virtual-screen-reader";\n' +
        "window.virtualScreenReader = new Virtual();\n",
      // Resolved from the project, where the package is installed.
      resolveDir: fileURLToPath(new URL("../..", import.meta.url)),
      loader: "js",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
    logLevel: "silent",
  }).then((result) => {
    const [output] = result.outputFiles;
    if (!output) throw new Error("esbuild produced no bundle");
    return output.text;
  });
  return source;
}

/** The names of the library's cursor commands (virtual.commands). */
export type Command = keyof Virtual["commands"];

/**
 * Drives the virtual screen reader in `page`, one user action per call, and
 * keeps everything it has spoken since the spec began (`heard`), across
 * page loads, which start the reader afresh.
 *
 * @example
 *   const reader = screenReader(page);
 *   await reader.start();
 *   expect(await reader.perform("moveToNextLandmark")).toEqual(["banner"]);
 */
export function screenReader(page: Page) {
  const heard: string[] = [];
  let seen = 0;

  /** What the reader has spoken since the last call, added to `heard`. */
  const spoken = async (): Promise<string[]> => {
    const log = await page.evaluate(() =>
      window.virtualScreenReader.spokenPhraseLog(),
    );
    const fresh = log.slice(seen);
    seen = log.length;
    heard.push(...fresh);
    return fresh;
  };

  const reader = {
    heard,
    /**
     * Starts the reader over the whole page, as a screen reader does when
     * a page loads (after each full page load too). Resolves to what it said.
     */
    async start(): Promise<string[]> {
      if (!(await page.evaluate(() => "virtualScreenReader" in window)))
        await page.evaluate(await screenReaderSource());
      await page.evaluate(() =>
        window.virtualScreenReader.start({ container: document.body }),
      );
      seen = 0;
      return spoken();
    },
    async stop(): Promise<void> {
      await spoken();
      await page.evaluate(() => window.virtualScreenReader.stop());
    },
    /** Moves to the next item; resolves to what was said. */
    async next(): Promise<string[]> {
      await page.evaluate(() => window.virtualScreenReader.next());
      return spoken();
    },
    /** Moves to the previous item; resolves to what was said. */
    async previous(): Promise<string[]> {
      await page.evaluate(() => window.virtualScreenReader.previous());
      return spoken();
    },
    /** A quick-navigation command, e.g. "moveToNextLandmark". */
    async perform(command: Command): Promise<string[]> {
      await page.evaluate(
        (name) =>
          window.virtualScreenReader.perform(
            window.virtualScreenReader.commands[name],
          ),
        command,
      );
      return spoken();
    },
    /** Activates the item under the cursor (Enter or a double tap). */
    async act(): Promise<string[]> {
      await page.evaluate(() => window.virtualScreenReader.act());
      return spoken();
    },
    /**
     * Activates the item under the cursor when that loads a new document:
     * waits for the load, starts the reader over the new page and resolves
     * to what it said.
     */
    async actAndLoad(): Promise<string[]> {
      await spoken();
      const loaded = page.waitForEvent("load");
      // The click navigates, so the page's context may go before it answers.
      await page
        .evaluate(() => window.virtualScreenReader.act())
        .catch(() => undefined);
      await loaded;
      return reader.start();
    },
    /**
     * Presses a key on the real keyboard, where focus is: trusted input, so
     * the browser's own default actions run (Escape closes a modal
     * <dialog>), and any key can be pressed ("/" cannot be through press).
     */
    async keyboard(key: string): Promise<string[]> {
      await page.keyboard.press(key);
      return spoken();
    },
    /** Presses a key (e.g. "Enter") on the item under the cursor, which it focuses first. */
    async press(key: string): Promise<string[]> {
      await page.evaluate(
        (name) => window.virtualScreenReader.press(name),
        key,
      );
      return spoken();
    },
    /** Types into the field under the cursor. */
    async type(text: string): Promise<string[]> {
      await page.evaluate(
        (words) => window.virtualScreenReader.type(words),
        text,
      );
      return spoken();
    },
    /**
     * Moves on item by item until the reader says a phrase that matches
     * (at most `limit` moves); resolves to everything said on the way.
     */
    async nextUntil(phrase: RegExp | string, limit = 200): Promise<string[]> {
      const said: string[] = [];
      for (let i = 0; i < limit; i++) {
        said.push(...(await reader.next()));
        if (matches(said.at(-1) ?? "", phrase)) return said;
      }
      throw new Error(
        `the reader never said ${String(phrase)}; it said:\n${said.join("\n")}`,
      );
    },
    /** Moves back item by item until the reader says a phrase that matches. */
    async previousUntil(
      phrase: RegExp | string,
      limit = 200,
    ): Promise<string[]> {
      const said: string[] = [];
      for (let i = 0; i < limit; i++) {
        said.push(...(await reader.previous()));
        if (matches(said.at(-1) ?? "", phrase)) return said;
      }
      throw new Error(
        `the reader never said ${String(phrase)}; it said:\n${said.join("\n")}`,
      );
    },
    /**
     * Waits, without moving, until the reader has said a phrase that
     * matches (a live region's news, or where focus went) since `since`, a
     * length of `heard` taken before the action that should bring it
     * about; resolves to everything said since then.
     */
    async hears(
      phrase: RegExp | string,
      since: number,
      timeout = 5_000,
    ): Promise<string[]> {
      const deadline = Date.now() + timeout;
      for (;;) {
        await spoken();
        const said = heard.slice(since);
        if (said.some((item) => matches(item, phrase))) return said;
        if (Date.now() > deadline)
          throw new Error(
            `the reader never said ${String(phrase)}; it said:\n${said.join("\n")}`,
          );
        await page.waitForTimeout(50);
      }
    },
    /** What it has said since the last call. */
    spoken,
  };
  return reader;
}

function matches(said: string, phrase: RegExp | string): boolean {
  return typeof phrase === "string" ? said === phrase : phrase.test(said);
}

/**
 * Headless Chromium has no voices, so Listen would offer nothing: this puts
 * a recording stand-in for speechSynthesis and SpeechSynthesisUtterance in
 * place before the page's first script. It has one "en-US" voice, starts
 * each utterance a task after `speak` and keeps it going until cancelled,
 * so Listen stays playing while the reader looks around. Resolves to a
 * function that lists the texts it was asked to speak.
 *
 * @example
 *   const spokenAloud = await recordingSpeech(page);
 *   await page.goto(STORY_PATH);
 *   expect(await spokenAloud()).toEqual([]);
 */
export async function recordingSpeech(
  page: Page,
): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    type Handler = ((event: object) => void) | null;
    class Utterance {
      lang = "";
      rate = 1;
      pitch = 1;
      volume = 1;
      voice: object | null = null;
      onstart: Handler = null;
      onend: Handler = null;
      onerror: Handler = null;
      constructor(public text = "") {}
    }
    const voice = {
      name: "Test English",
      lang: "en-US",
      voiceURI: "Test English",
      default: true,
      localService: true,
    };
    const asked: string[] = [];
    let current: Utterance | undefined;
    const engine = Object.assign(new EventTarget(), {
      paused: false,
      pending: false,
      get speaking() {
        return current !== undefined;
      },
      onvoiceschanged: null,
      getVoices: () => [voice],
      speak(utterance: Utterance) {
        asked.push(utterance.text);
        current = utterance;
        setTimeout(() => utterance.onstart?.({ type: "start", utterance }));
      },
      cancel() {
        const dropped = current;
        current = undefined;
        setTimeout(() =>
          dropped?.onerror?.({ type: "error", error: "canceled" }),
        );
      },
      pause() {
        engine.paused = true;
      },
      resume() {
        engine.paused = false;
      },
    });
    Object.defineProperty(window, "speechSynthesis", {
      value: engine,
      configurable: true,
    });
    Object.defineProperty(window, "SpeechSynthesisUtterance", {
      value: Utterance,
      configurable: true,
      writable: true,
    });
    Reflect.set(window, "speechAsked", asked);
  });
  return () =>
    page.evaluate(() => Reflect.get(window, "speechAsked") as string[]);
}
