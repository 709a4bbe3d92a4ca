import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, expect, test, vi } from "vitest";
import { checkEdition } from "../../content/catalogue.ts";
import { catalogueContent } from "../../content/content.ts";
import { storyPath } from "../../content/paths.ts";
import { files, full } from "../../content/sampleEdition.ts";
import { seedStory, testContent } from "../testing/edition.ts";
import { renderAt } from "../testing/renderAt.tsx";
import { startShortcuts } from "./startShortcuts.ts";

/** A section of 25 stories: its front has two pages. */
const longSection = catalogueContent(
  checkEdition(
    files(
      ...Array.from({ length: 25 }, (_, i) =>
        full(`story-${i + 1}`, {
          published: `2018-04-${String(i + 1).padStart(2, "0")}`,
        }),
      ),
    ),
  ),
);

// Each test renders whole pages through the route table and presses keys: seconds on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

let stop = () => {};
afterEach(() => {
  stop();
});

async function openAt(path: string, content = longSection) {
  const rendered = renderAt(path, content);
  // The first page's code is compiled on first use: slow on a busy machine.
  await screen.findByRole("heading", { level: 1 }, { timeout: 10_000 });
  stop = startShortcuts(rendered.router);
  return rendered;
}

test("] and [ go to the next and previous page of a list, within the app", async () => {
  const { router, user } = await openAt("/world/");
  await user.keyboard("]");
  await waitFor(
    () => expect(router.state.location.pathname).toBe("/world/page/2/"),
    { timeout: 10_000 },
  );
  expect(
    await screen.findByText("Page 2 of 2", {}, { timeout: 10_000 }),
  ).toBeInTheDocument();
  await user.keyboard("[[");
  await waitFor(() => expect(router.state.location.pathname).toBe("/world/"), {
    timeout: 10_000,
  });
});

test("a list without another page leaves [ and ] alone", async () => {
  const { router, user } = await openAt("/world/page/2/");
  await user.keyboard("]");
  expect(router.state.location.pathname).toBe("/world/page/2/");
});

test("s saves the story on its page, and s again unsaves it", async () => {
  const { user } = await openAt(storyPath(seedStory), testContent);
  const save = await screen.findByRole("button", {
    name: `Save “${seedStory.headline}”`,
  });
  expect(save).toHaveAttribute("aria-pressed", "false");
  await user.keyboard("s");
  await waitFor(() => expect(save).toHaveAttribute("aria-pressed", "true"));
  await user.keyboard("s");
  await waitFor(() => expect(save).toHaveAttribute("aria-pressed", "false"));
});

test("no key acts with Ctrl, Alt or Meta held", async () => {
  const { router, user } = await openAt("/world/");
  await user.keyboard("{Control>}]{/Control}");
  await user.keyboard("{Alt>}]{/Alt}");
  await user.keyboard("{Meta>}]{/Meta}");
  expect(router.state.location.pathname).toBe("/world/");
});

test("no key acts while the reader types in a field", async () => {
  const { router, user } = await openAt("/search/");
  const field = await screen.findByRole("searchbox");
  await user.click(field);
  await user.keyboard("[[]s");
  expect(field).toHaveValue("[]s");
  expect(router.state.location.pathname).toBe("/search/");
});

test("/ moves focus to the page's search field and types nothing", async () => {
  const { user } = await openAt("/search/");
  const search = screen.getByRole("search");
  await user.keyboard("/");
  const field = within(search).getByRole("searchbox");
  expect(field).toHaveFocus();
  expect(field).toHaveValue("");
});

test("with shortcuts turned off in Text settings, no key acts, and on again they act at once", async () => {
  const { router, user } = await openAt("/world/");
  const choose = async (choice: "On" | "Off") => {
    await user.click(screen.getByRole("button", { name: "Text settings" }));
    const group = screen.getByRole("group", { name: "Single-key shortcuts" });
    await user.click(within(group).getByRole("radio", { name: choice }));
    // Out of the panel (which closes), so the next key is not typed in it.
    await user.click(document.body);
  };
  await choose("Off");
  await user.keyboard("]");
  expect(router.state.location.pathname).toBe("/world/");
  await choose("On");
  await user.keyboard("]");
  await waitFor(
    () => expect(router.state.location.pathname).toBe("/world/page/2/"),
    { timeout: 10_000 },
  );
});
