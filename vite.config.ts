/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { editionPlugin } from "./src/tools/build/contentPlugin.ts";
import { devFiles } from "./src/tools/build/devFiles.ts";
import { storiesDir } from "./src/tools/build/loadEdition.ts";
import { siteConfig } from "./src/tools/build/siteConfig.ts";

/**
 * The boot script and what it imports wait for the first paint anyway (see
 * src/app/boot.ts); low priority keeps their download out of the way of the
 * page's HTML, stylesheet and fonts. Vite writes these tags itself, so the
 * attribute goes on afterwards.
 */
function lowPriorityScripts(): Plugin {
  return {
    name: "dateline:low-priority-scripts",
    transformIndexHtml: {
      order: "post",
      handler: (html) =>
        html.replace(
          /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
          '<$1 fetchpriority="low"',
        ),
    },
  };
}

// Read once: the client build and the pre-render build must agree on all of it.
const site = siteConfig(process.env);
const stories = storiesDir(process.env);
const storyOptions = { today: site.buildDate };

export default defineConfig({
  base: site.base,
  define: {
    "import.meta.env.DATELINE_ORIGIN": JSON.stringify(site.origin),
    "import.meta.env.DATELINE_BUILD_DATE": JSON.stringify(site.buildDate),
  },
  plugins: [
    editionPlugin(stories, storyOptions),
    devFiles(stories, storyOptions),
    react(),
    lowPriorityScripts(),
  ],
  build: {
    target: "es2022",
    // One stylesheet, in every page's HTML: the pre-rendered markup needs all
    // of it for the first paint, whichever chunk's components drew it.
    cssCodeSplit: false,
    // Every browser that runs module scripts and dynamic import (es2022) has modulepreload.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // A page loads at most: boot, vendor (react, react-dom, react-router:
        // changes rarely, so stays cached across deploys), the app frame, the
        // kit shared by pages, what list pages share, and its own page. Left
        // alone, the bundler cuts a dozen tiny shared chunks, each a request
        // with its own overhead.
        advancedChunks: {
          groups: [
            {
              name: "vendor",
              // What every page needs; other packages (workbox-window) load on demand.
              test: /node_modules\/(react|react-dom|react-router|scheduler|cookie|set-cookie-parser)\//,
            },
            { name: "preload", test: /preload-helper/ },
            {
              // What only the list pages share (front, topic, search, brief):
              // kept out of the kit, so a story page does not load it.
              name: "lists",
              test: /src\/(content\/queries|app\/listing|app\/components\/(Pagination|PageSection|StoryList))\.tsx?$/,
              minShareCount: 2,
              // Only these: what they import that a story page needs too belongs to the kit.
              includeDependenciesRecursively: false,
            },
            {
              name: "kit",
              // With the pages' shared CSS module, the loaders' content context, what they shape stories with, and the reading tools' slots.
              test: /src\/(app\/components|content|app\/(reader|readingTools)\/[A-Z]\w+\.tsx|app\/(teaser|contentContext)\.ts|app\/pages\/\w+\.module\.css)/,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    // The bench's pure helpers too; its browser and Lighthouse parts are run, not unit-tested.
    include: ["src/**/*.test.{ts,tsx}", "tests/bench/**/*.test.ts"],
    setupFiles: ["src/app/testing/setup.ts"],
    // tokens.test.ts reads the palette as text; Vitest empties other CSS.
    css: { include: [/tokens\.css/] },
  },
});
