/// <reference types="vitest/config" />
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { checkStories } from "./src/content/checkStoriesPlugin.ts";

export default defineConfig({
  plugins: [
    checkStories(join(import.meta.dirname, "src/content/stories")),
    react(),
  ],
  build: { target: "es2022" },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/testing/setup.ts"],
  },
});
