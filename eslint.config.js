// @ts-check
import { builtinModules } from "node:module";
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import tseslint from "typescript-eslint";

/** What browser code may not import: Node's modules and the Node tools. */
const browserSafe = [
  {
    group: ["node:*", ...builtinModules],
    message:
      "This code runs in the reader's browser: Node's modules are not there.",
  },
  {
    // The wire texts are read as fixtures (?raw) by the story page's test.
    regex: "/tools/(?!import/sources/[^/]+\\.txt\\?raw$)",
    message:
      "src/tools runs in Node (build, import, serve); the browser cannot import it.",
  },
];

/**
 * Import bans for one folder. A later block for the same files replaces the
 * rule, so each one repeats the browser bans.
 * @param {...{ group?: string[]; regex?: string; message: string; allowTypeImports?: boolean }} extra
 */
function restrictImports(...extra) {
  return {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      { patterns: [...browserSafe, ...extra] },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      "dist",
      "**/*.building",
      "**/*.previous",
      "node_modules",
      "test-results",
      "playwright-report",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    ...jsxA11y.flatConfigs.strict,
    plugins: {
      ...jsxA11y.flatConfigs.strict.plugins,
      "react-hooks": reactHooks,
    },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      ...reactHooks.configs.recommended.rules,
      // Story text is a tagged union; a node type the renderer forgets is a bug.
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        {
          considerDefaultExhaustiveForUnions: true,
          requireDefaultForNonUnion: true,
        },
      ],
      // Loaders throw react-router's responses (404s, redirects) by design.
      "@typescript-eslint/only-throw-error": [
        "error",
        {
          allow: [
            { from: "lib", name: "Response" },
            {
              from: "package",
              package: "react-router",
              name: "DataWithResponseInit",
            },
          ],
        },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "ExportDefaultDeclaration",
          message: "Use named exports (STYLE.md 3).",
        },
      ],
    },
  },
  {
    // Where code runs is its folder: src/app ships to readers and src/content is
    // shared with the build, so neither may reach for Node or the Node tools.
    // (tsconfig.app.json has no Node types either, so the typecheck fails too.)
    files: ["src/app/**/*.{ts,tsx}", "src/content/**/*.{ts,tsx}"],
    rules: restrictImports(),
  },
  {
    // Shared content is plain data and functions: no React, no app.
    files: ["src/content/**/*.{ts,tsx}"],
    rules: restrictImports({
      group: ["react", "react-dom", "react-dom/*", "react-router", "**/app/**"],
      message:
        "src/content is shared by the app and the Node tools: keep React and the app out of it.",
    }),
  },
  {
    // Data flows one way: content → route loader → page → components. Components get props.
    files: ["src/app/components/**/*.{ts,tsx}"],
    rules: restrictImports({
      // URL builders are not data: every link needs them.
      group: [
        "../../content/*",
        "!../../content/paths.ts",
        "../pages/*",
        "../routes*",
      ],
      allowTypeImports: true,
      message:
        "Components take props: load data in a route loader and pass it down.",
    }),
  },
  {
    files: ["src/**/*.test.{ts,tsx}"],
    // Build-time code is tested on the HTML and XML it writes, not through Testing Library.
    ignores: ["src/tools/**"],
    ...testingLibrary.configs["flat/react"],
    // Only Testing Library's own render returns a screen; renderToString returns markup.
    settings: { "testing-library/custom-renders": "off" },
  },
  {
    // Vite and Playwright read their configs from a default export, and a
    // declaration must match the package's own.
    files: [
      "vite.config.ts",
      "tests/browser/playwright.config.ts",
      "src/tools/serve/compression.d.ts",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
  {
    // Tool configs sit outside the type-checked projects; lint them without types.
    files: ["eslint.config.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
