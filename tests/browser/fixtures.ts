import { test as base, expect } from "@playwright/test";

/**
 * Every browser test fails if the page logs an error or throws: a reader never
 * sees the console, so the tests watch it for them.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning")
          errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors and warnings").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const STORY_PATH =
  "/world/2018/04/20/russia-trump-promised-to-make-visit-to-moscow-if-putin-accepts-invite-to-white-house";
export const STORY_HEADLINE =
  "Russia: Trump promised to make visit to Moscow if Putin accepts invite to White House";
