// compression is connect middleware and works on Node's own request and
// response; its published types ask for Express's, which this server has not.
declare module "compression" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  import type { BrotliOptions, ZlibOptions } from "node:zlib";

  type Options = ZlibOptions & { brotli?: BrotliOptions; threshold?: number };

  export default function compression(
    options?: Options,
  ): (
    request: IncomingMessage,
    response: ServerResponse,
    next: (error?: unknown) => void,
  ) => void;
}
