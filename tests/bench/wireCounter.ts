/**
 * Counts what the server sends, on the server: every byte written to a
 * socket (status line, headers, the compressed body, chunk framing), for
 * every request, whoever made it. Playwright sees only the page's own
 * requests; the service worker's background downloads reach the server too.
 *
 *     const wire = wireCounter(server);
 *     const visit = wire.start();
 *     await page.goto(url);
 *     visit.stop(); // → { bytes: 183_204, requests: 14, files: [...] }
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

export type Transfer = {
  /** Wire bytes, headers included. */
  bytes: number;
  requests: number;
  /** One per request, in the order they came. */
  files: { url: string; status: number; bytes: number }[];
};

export type WireWindow = {
  /** What was sent so far; the window stays open. */
  read(): Transfer;
  /** What was sent, and the window closes. */
  stop(): Transfer;
};

export type WireCounter = {
  /** Counts every response the server begins from now until `stop()`. */
  start(): WireWindow;
};

type Exchange = {
  url: string;
  response: ServerResponse;
  socket: Socket;
  /** The socket's count when the request arrived; a kept-alive socket carries many. */
  before: number;
  /** Set once the response is done. */
  bytes: number | undefined;
};

/** Listens for as long as the server lives; each `start()` is its own window. */
export function wireCounter(server: Server): WireCounter {
  const windows = new Set<Exchange[]>();
  // First in line, so nothing the site's handler writes comes before `before`.
  server.prependListener(
    "request",
    (request: IncomingMessage, response: ServerResponse) => {
      if (windows.size === 0) return;
      const exchange: Exchange = {
        url: request.url ?? "",
        response,
        socket: request.socket,
        before: request.socket.bytesWritten,
        bytes: undefined,
      };
      for (const exchanges of windows) exchanges.push(exchange);
      // Read at "finish", before the socket carries the next response; at
      // "close" for a response cut off (which has no "finish").
      const done = () => {
        exchange.bytes ??= written(exchange);
      };
      response.once("finish", done);
      response.once("close", done);
    },
  );
  return {
    start() {
      const exchanges: Exchange[] = [];
      windows.add(exchanges);
      const read = (): Transfer => {
        // A response still on its way counts for what it has sent so far.
        const files = exchanges.map((exchange) => ({
          url: exchange.url,
          status: exchange.response.statusCode,
          bytes: exchange.bytes ?? written(exchange),
        }));
        return {
          bytes: files.reduce((sum, file) => sum + file.bytes, 0),
          requests: files.length,
          files,
        };
      };
      return {
        read,
        stop() {
          windows.delete(exchanges);
          return read();
        },
      };
    },
  };
}

function written({ socket, before }: Exchange): number {
  return socket.bytesWritten - before;
}
