// @vitest-environment node
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, test } from "vitest";
import { wireCounter } from "./wireCounter.ts";

const BODY = "x".repeat(10_000);
let server: Server | undefined;

async function serve(): Promise<string> {
  server = createServer((request, response) => {
    if (request.url === "/missing") {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "text/plain" });
    // Later, as a real handler answers after reading a file.
    setTimeout(() => response.end(BODY), 5);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

test("counts each response's bytes on the wire, headers included", async () => {
  const origin = await serve();
  const wire = wireCounter(server as Server);
  const visit = wire.start();
  expect((await (await fetch(`${origin}/a`)).text()).length).toBe(10_000);
  await (await fetch(`${origin}/missing`)).text();
  const transfer = visit.stop();

  expect(transfer.requests).toBe(2);
  expect(transfer.files.map(({ url, status }) => ({ url, status }))).toEqual([
    { url: "/a", status: 200 },
    { url: "/missing", status: 404 },
  ]);
  const [page, missing] = transfer.files;
  // The body, and a status line and headers that are not free.
  expect(page?.bytes).toBeGreaterThan(10_000);
  expect(page?.bytes).toBeLessThan(10_400);
  expect(missing?.bytes).toBeGreaterThan(30);
  expect(missing?.bytes).toBeLessThan(400);
  expect(transfer.bytes).toBe((page?.bytes ?? 0) + (missing?.bytes ?? 0));
});

test("a window counts only what was asked for while it was open, on a kept-alive socket too, and can be read before it closes", async () => {
  const origin = await serve();
  const wire = wireCounter(server as Server);
  const whole = wire.start();
  await (await fetch(`${origin}/first`)).text();
  const later = wire.start();
  await (await fetch(`${origin}/second`)).text();
  const laterTransfer = later.stop();
  expect(whole.read().requests).toBe(2);
  await (await fetch(`${origin}/third`)).text();
  const wholeTransfer = whole.stop();

  expect(laterTransfer.files.map((file) => file.url)).toEqual(["/second"]);
  expect(laterTransfer.bytes).toBeGreaterThan(10_000);
  expect(laterTransfer.bytes).toBeLessThan(10_400);
  expect(wholeTransfer.requests).toBe(3);
  expect(wholeTransfer.bytes).toBeGreaterThan(3 * 10_000);
});

test("nothing is counted outside a window", async () => {
  const origin = await serve();
  const wire = wireCounter(server as Server);
  await (await fetch(`${origin}/before`)).text();
  const visit = wire.start();
  expect(visit.stop()).toEqual({ bytes: 0, requests: 0, files: [] });
});
