/**
 * Listen in real Chromium. Headless Chromium has no voices, so each test
 * puts a recording stand-in for the browser's speech synthesis in place
 * first: it keeps what it was asked to say (text, language, rate, voice) and
 * speaks nothing until the test ends the utterance (`finish`), as a voice
 * would at the end of a paragraph.
 */
import type { Page } from "@playwright/test";
import { homePath } from "../../src/content/paths.ts";
import { plainText } from "../../src/app/listen/plainText.ts";
import { axeViolations, CHECKED_THEMES, inTheme } from "./axe.ts";
import { seedStory } from "./edition.ts";
import {
  expect,
  hydrated,
  STORY_HEADLINE,
  STORY_PATH,
  test,
} from "./fixtures.ts";

/** What the story's utterances say: the headline, then each paragraph. */
const HEADLINE = STORY_HEADLINE;
const PARAGRAPHS = seedStory.body.map((paragraph) =>
  plainText(paragraph.inlines),
);
const LISTEN = { name: "Listen", exact: true };
const SPEED_KEY = "dateline:listen-speed";

type Spoken = { text: string; lang: string; rate: number; voice: string };
type Speech = {
  spoken: Spoken[];
  cancels: number;
  paused: boolean;
  speaking: boolean;
  scrolls: ScrollIntoViewOptions[];
  finish(): void;
};
declare global {
  interface Window {
    __speech: Speech;
  }
}

type Voice = { name: string; lang: string };

/**
 * Replaces speechSynthesis and SpeechSynthesisUtterance before the page's
 * first script with the recording stand-in, whose `voices` are listed at
 * once or, with `lateMs`, only then and with a `voiceschanged` event, as
 * Chrome does. Also records every scrollIntoView's options.
 */
async function fakeSpeech(
  page: Page,
  {
    voices = [{ name: "Test English", lang: "en-US" }],
    lateMs = 0,
  }: { voices?: Voice[]; lateMs?: number } = {},
): Promise<void> {
  await page.addInitScript(
    ({ voices, lateMs }) => {
      type Handler = ((event: object) => void) | null;
      class FakeUtterance {
        lang = "";
        rate = 1;
        pitch = 1;
        volume = 1;
        voice: Voice | null = null;
        onstart: Handler = null;
        onend: Handler = null;
        onerror: Handler = null;
        constructor(public text = "") {}
      }
      const all = voices.map((voice) => ({
        ...voice,
        voiceURI: voice.name,
        default: false,
        localService: true,
      }));
      let listed = lateMs > 0 ? [] : all;
      /** The first is being spoken; the rest wait. */
      const queue: FakeUtterance[] = [];
      const synthesis = new EventTarget();
      const speech = {
        spoken: [] as Spoken[],
        cancels: 0,
        paused: false,
        get speaking() {
          return queue.length > 0;
        },
        scrolls: [] as ScrollIntoViewOptions[],
        finish() {
          const utterance = queue.shift();
          if (!utterance || speech.paused)
            throw new Error("nothing is being spoken");
          utterance.onend?.({ type: "end", utterance });
          const next = queue[0];
          if (next) next.onstart?.({ type: "start", utterance: next });
        },
      };
      Object.assign(synthesis, {
        getVoices: () => listed,
        speak(utterance: FakeUtterance) {
          queue.push(utterance);
          speech.spoken.push({
            text: utterance.text,
            lang: utterance.lang,
            rate: utterance.rate,
            voice: utterance.voice?.name ?? "",
          });
        },
        cancel() {
          speech.cancels++;
          const dropped = queue.splice(0);
          // As a browser does: after the call, in a task of its own.
          setTimeout(() => {
            for (const [i, utterance] of dropped.entries())
              utterance.onerror?.({
                type: "error",
                utterance,
                error: i === 0 ? "interrupted" : "canceled",
              });
          });
        },
        pause() {
          speech.paused = true;
        },
        resume() {
          speech.paused = false;
        },
      });
      for (const name of ["speaking", "paused", "pending"] as const)
        Object.defineProperty(synthesis, name, {
          get: () =>
            name === "paused"
              ? speech.paused
              : queue.length > (name === "pending" ? 1 : 0),
        });
      if (lateMs > 0)
        setTimeout(() => {
          listed = all;
          synthesis.dispatchEvent(new Event("voiceschanged"));
        }, lateMs);
      Object.defineProperty(window, "speechSynthesis", {
        value: synthesis,
        configurable: true,
      });
      Object.defineProperty(window, "SpeechSynthesisUtterance", {
        value: FakeUtterance,
        configurable: true,
        writable: true,
      });
      const scrollIntoView: unknown = Reflect.get(
        Element.prototype,
        "scrollIntoView",
      );
      Element.prototype.scrollIntoView = function (
        this: Element,
        options?: boolean | ScrollIntoViewOptions,
      ) {
        if (typeof options === "object") speech.scrolls.push(options);
        if (typeof scrollIntoView === "function")
          Reflect.apply(scrollIntoView, this, [options]);
      };
      window.__speech = speech;
    },
    { voices, lateMs },
  );
}

const spoken = (page: Page) => page.evaluate(() => window.__speech.spoken);
const finish = (page: Page) => page.evaluate(() => window.__speech.finish());
const status = (page: Page) =>
  page
    .getByRole("status")
    .filter({ hasText: /Listening|Paused|Stopped|Finished/ });

async function openStory(page: Page): Promise<void> {
  await page.goto(STORY_PATH);
  await hydrated(page);
  await expect(page.getByRole("button", LISTEN)).toBeVisible();
}

for (const reducedMotion of ["no-preference", "reduce"] as const) {
  test(`Listen reads the headline, then each paragraph, marking the one read and keeping it in view (motion: ${reducedMotion})`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion });
    await page.setViewportSize({ width: 375, height: 640 });
    await fakeSpeech(page);
    await openStory(page);
    await page.getByRole("button", LISTEN).click();

    await expect
      .poll(() => spoken(page))
      .toEqual([
        { text: HEADLINE, lang: "en", rate: 1, voice: "Test English" },
      ]);
    await expect(
      page.getByRole("status").getByText(`Listening: ${HEADLINE}`),
    ).toBeAttached();
    const player = page.getByRole("group", { name: "Listening" });
    await expect(player.getByRole("button", { name: "Pause" })).toBeFocused();

    for (let position = 1; position <= 6; position++) {
      await finish(page);
      await expect
        .poll(async () => (await spoken(page)).map((s) => s.text))
        .toEqual([HEADLINE, ...PARAGRAPHS.slice(0, position)]);
      const paragraph = page.locator(`#p-${position}`);
      await expect(paragraph).toHaveAttribute("data-listening");
      await expect(paragraph).toBeInViewport();
      await expect(page.locator("[data-listening]")).toHaveCount(1);
    }
    // Marked by a rule and a tint, not by colour alone.
    const marked = await page.locator("#p-6").evaluate((element) => ({
      rule: getComputedStyle(element, "::before").borderInlineStartWidth,
      tint: getComputedStyle(element).backgroundColor,
      page: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(marked.rule).toBe("4px");
    expect(marked.tint).not.toBe(marked.page);
    // The paragraphs are not announced: the status still says what started.
    await expect(status(page)).toHaveText(`Listening: ${HEADLINE}`);
    const scrolls = await page.evaluate(() => window.__speech.scrolls);
    expect(scrolls.length).toBeGreaterThan(0);
    for (const options of scrolls)
      expect(options.behavior).toBe(
        reducedMotion === "reduce" ? "auto" : "smooth",
      );

    for (let position = 7; position <= PARAGRAPHS.length; position++)
      await finish(page);
    await finish(page);
    await expect(status(page)).toHaveText("Finished");
    await expect(player).toHaveCount(0);
    await expect(page.locator("[data-listening]")).toHaveCount(0);
    await expect(page.getByRole("button", LISTEN)).toBeFocused();
    expect(await spoken(page)).toHaveLength(PARAGRAPHS.length + 1);
  });
}

test("Pause, Resume and Stop do what they say, and say it politely", async ({
  page,
}) => {
  await fakeSpeech(page);
  await openStory(page);
  await page.getByRole("button", LISTEN).click();
  await finish(page);
  const player = page.getByRole("group", { name: "Listening" });

  await player.getByRole("button", { name: "Pause" }).click();
  await expect(status(page)).toHaveText("Paused");
  expect(await page.evaluate(() => window.__speech.paused)).toBe(true);
  await player.getByRole("button", { name: "Resume" }).click();
  await expect(status(page)).toHaveText("Listening");
  expect(await page.evaluate(() => window.__speech.paused)).toBe(false);
  await finish(page);
  await expect.poll(async () => (await spoken(page)).length).toBe(3);
  await expect(page.locator("#p-2")).toHaveAttribute("data-listening");

  // Stopped while paused: the engine is resumed, or it would never speak again.
  await player.getByRole("button", { name: "Pause" }).click();
  await player.getByRole("button", { name: "Stop" }).click();
  await expect(status(page)).toHaveText("Stopped");
  await expect(player).toHaveCount(0);
  await expect(page.locator("[data-listening]")).toHaveCount(0);
  await expect(page.getByRole("button", LISTEN)).toBeFocused();
  const speech = await page.evaluate(() => ({ ...window.__speech }));
  expect(speech).toMatchObject({ paused: false, speaking: false });
  expect(speech.cancels).toBeGreaterThan(0);
  // The stopped paragraph's "interrupted" error moves nothing on.
  await page.waitForTimeout(100);
  expect(await spoken(page)).toHaveLength(3);

  // Every region that speaks is polite: nothing here interrupts a screen reader.
  expect(
    await page.locator("[aria-live=assertive], [role=alert]").count(),
  ).toBe(0);
  await expect(status(page)).not.toHaveAttribute("aria-live", "assertive");
});

test("a new speed applies from the next paragraph and is kept for next time", async ({
  page,
}) => {
  await fakeSpeech(page);
  await openStory(page);
  await page.getByRole("button", LISTEN).click();
  const speed = page.getByRole("combobox", { name: "Speed" });
  await expect(speed).toHaveValue("1");
  await speed.selectOption({ label: "1.5×" });
  await finish(page);
  await expect
    .poll(async () => (await spoken(page)).map((s) => s.rate))
    .toEqual([1, 1.5]);
  expect(
    await page.evaluate((key) => localStorage.getItem(key), SPEED_KEY),
  ).toBe("1.5");

  await page.reload();
  await hydrated(page);
  await page.getByRole("button", LISTEN).click();
  await expect(page.getByRole("combobox", { name: "Speed" })).toHaveValue(
    "1.5",
  );
  await expect
    .poll(async () => (await spoken(page)).map((s) => s.rate))
    .toEqual([1.5]);
});

test("a broken stored speed reads as normal, and storage that refuses still lets the reader change it", async ({
  page,
}) => {
  await page.addInitScript((key) => {
    localStorage.setItem(key, "warp 9");
    Storage.prototype.setItem = () => {
      throw new DOMException(
        "The quota has been exceeded.",
        "QuotaExceededError",
      );
    };
  }, SPEED_KEY);
  await fakeSpeech(page);
  await openStory(page);
  await page.getByRole("button", LISTEN).click();
  await page.getByRole("combobox", { name: "Speed" }).selectOption("2");
  await finish(page);
  await expect
    .poll(async () => (await spoken(page)).map((s) => s.rate))
    .toEqual([1, 2]);
});

test("Listen from paragraph 3 starts there, and the place read is kept for continue reading", async ({
  page,
}) => {
  // Tall enough that nothing scrolls: the place is the one the voice reached.
  await page.setViewportSize({ width: 1280, height: 3000 });
  await fakeSpeech(page);
  await openStory(page);
  await page.getByRole("button", { name: "Listen from paragraph 3" }).click();
  await expect
    .poll(async () => (await spoken(page)).map((s) => s.text))
    .toEqual([PARAGRAPHS[2]]);
  await expect(status(page)).toHaveText("Listening from paragraph 3");
  await expect(page.locator("#p-3")).toHaveAttribute("data-listening");
  await finish(page);
  await expect(page.locator("#p-4")).toHaveAttribute("data-listening");
  await expect
    .poll(async (): Promise<unknown> =>
      JSON.parse(
        (await page.evaluate(() => localStorage.getItem("dateline:reader"))) ??
          "{}",
      ),
    )
    .toMatchObject({ progress: { [seedStory.slug]: { paragraph: 4 } } });

  await page.goto(homePath);
  await hydrated(page);
  await expect(
    page.getByRole("link", { name: /Continue where you left off/ }),
  ).toContainText(`paragraph 4 of ${PARAGRAPHS.length}`);
  await page.goto(STORY_PATH);
  await hydrated(page);
  await expect(
    page.getByRole("link", { name: /Continue where you left off/ }),
  ).toContainText(`paragraph 4 of ${PARAGRAPHS.length}`);
});

test("voices listed late still bring the Listen control", async ({ page }) => {
  await fakeSpeech(page, { lateMs: 700 });
  await openStory(page);
});

test("without speech synthesis there is no Listen control at all", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.addInitScript(() => {
    Reflect.deleteProperty(window, "speechSynthesis");
    Reflect.deleteProperty(window, "SpeechSynthesisUtterance");
  });
  await page.goto(STORY_PATH);
  await hydrated(page);
  expect(await page.evaluate(() => "speechSynthesis" in window)).toBe(false);
  await expect
    .poll(() => requested.some((url) => /\/listenTools-/.test(url)))
    .toBe(true);
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", LISTEN)).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Listen from/ })).toHaveCount(
    0,
  );
  // Nor is the player's code fetched.
  expect(
    requested.filter((url) => /\/(Listen|ListenFrom|player)-/.test(url)),
  ).toEqual([]);
});

test("with voices in another language only, there is no Listen control", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await fakeSpeech(page, { voices: [{ name: "Amélie", lang: "fr-FR" }] });
  await page.goto(STORY_PATH);
  await hydrated(page);
  await expect
    .poll(() => requested.some((url) => /\/listenTools-/.test(url)))
    .toBe(true);
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("button", LISTEN)).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Listen from/ })).toHaveCount(
    0,
  );
  expect(
    requested.filter((url) => /\/(Listen|ListenFrom|player)-/.test(url)),
  ).toEqual([]);
});

test("leaving the story stops the voice: a reader is never read a page they left", async ({
  page,
}) => {
  await fakeSpeech(page);
  await openStory(page);
  await page.getByRole("button", LISTEN).click();
  await finish(page);
  const cancels = await page.evaluate(() => window.__speech.cancels);
  const related = page.getByRole("complementary").getByRole("link").first();
  const name = await related.innerText();
  await related.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  const speech = await page.evaluate(() => ({ ...window.__speech }));
  expect(speech.cancels).toBeGreaterThan(cancels);
  expect(speech.speaking).toBe(false);
  await expect(page.getByRole("group", { name: "Listening" })).toHaveCount(0);
  await page.waitForTimeout(100);
  expect(await spoken(page)).toHaveLength(2);
});

test("the keyboard alone: Tab to Listen, Enter starts, Space pauses, and Listen from a paragraph", async ({
  page,
}) => {
  await fakeSpeech(page);
  await openStory(page);
  await page
    .getByRole("button", { name: `Save “${STORY_HEADLINE}”` })
    .first()
    .focus();
  await page.keyboard.press("Tab");
  const listen = page.getByRole("button", LISTEN);
  await expect(listen).toBeFocused();
  await page.keyboard.press("Enter");
  const player = page.getByRole("group", { name: "Listening" });
  await expect(player.getByRole("button", { name: "Pause" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(player.getByRole("button", { name: "Resume" })).toBeFocused();
  await expect(status(page)).toHaveText("Paused");
  await page.keyboard.press("Space");
  await expect(status(page)).toHaveText("Listening");
  await page.keyboard.press("Tab");
  await expect(player.getByRole("button", { name: "Stop" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(player.getByRole("combobox", { name: "Speed" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(status(page)).toHaveText("Stopped");
  await expect(listen).toBeFocused();

  // After paragraph 2's ¶ link, its Listen from here, with a ring a reader can see.
  await page.getByRole("link", { name: "Link to paragraph 2" }).focus();
  await page.keyboard.press("Tab");
  const from = page.getByRole("button", { name: "Listen from paragraph 2" });
  await expect(from).toBeFocused();
  const ring = await from.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press("Enter");
  await expect
    .poll(async () => (await spoken(page)).at(-1)?.text)
    .toBe(PARAGRAPHS[1]);
  await expect(from).toBeFocused();
});

test("the player leaves room at the end of the page on a phone, and prints as nothing", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 640 });
  await fakeSpeech(page);
  await openStory(page);
  await page.getByRole("button", LISTEN).click();
  const player = page.getByRole("group", { name: "Listening" });
  await expect(player).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const [footer, bar] = await Promise.all([
    page.getByRole("contentinfo").boundingBox(),
    player.boundingBox(),
  ]);
  expect(footer && bar && footer.y + footer.height).toBeLessThanOrEqual(
    bar?.y ?? 0,
  );
  // Within the phone's width: nothing spills sideways.
  expect(bar && bar.x + bar.width).toBeLessThanOrEqual(375);

  // A control that takes focus under the bar is brought out above it.
  const from = page.getByRole("button", { name: "Listen from paragraph 5" });
  await from.evaluate((button) => {
    window.scrollBy(0, button.getBoundingClientRect().top - innerHeight + 30);
  });
  await from.evaluate((button) => (button as HTMLElement).focus());
  const [focused, barNow] = await Promise.all([
    from.boundingBox(),
    player.boundingBox(),
  ]);
  expect(focused && focused.y + focused.height).toBeLessThanOrEqual(
    barNow?.y ?? 0,
  );

  await page.emulateMedia({ media: "print" });
  await expect(player).toBeHidden();
  await expect(
    page.getByRole("button", { name: "Listen from paragraph 1" }),
  ).toBeHidden();
});

for (const theme of CHECKED_THEMES)
  for (const width of [375, 1280])
    test(`axe finds no violations with the player open: ${theme.name}, ${width} px`, async ({
      page,
    }) => {
      await inTheme(page, theme);
      await page.setViewportSize({ width, height: 900 });
      await fakeSpeech(page);
      await openStory(page);
      await page.getByRole("button", LISTEN).click();
      await finish(page);
      await finish(page);
      await expect(page.locator("#p-2")).toHaveAttribute("data-listening");
      expect(await axeViolations(page)).toEqual([]);
      await page
        .getByRole("group", { name: "Listening" })
        .getByRole("button", { name: "Pause" })
        .click();
      expect(await axeViolations(page)).toEqual([]);
    });
