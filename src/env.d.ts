/// <reference types="vite/client" />

// Fixed at build time by vite.config.ts from src/site/config.ts.
interface ImportMetaEnv {
  readonly DATELINE_ORIGIN: string;
  readonly DATELINE_BUILD_DATE: string;
}
