/**
 * The serve command: the built site as a plain static host would serve it,
 * with no fallback to index.html, so a missing page shows up as a 404 here
 * before it does in production.
 *
 *     npm run serve -- [--dir dist] [--port 4173] [--host 127.0.0.1]
 *
 * The base path comes from DATELINE_BASE, as it does for the build.
 */
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { UserError } from "../../content/userError.ts";
import { siteConfig } from "../build/siteConfig.ts";
import { runCommand } from "../runCommand.ts";
import { createStaticServer } from "./staticServer.ts";

const USAGE =
  "usage: npm run serve -- [--dir FOLDER] [--port N] [--host ADDRESS]";

type Options = { dir: string; port: number; host: string; base: string };

function readOptions(args: string[], env: NodeJS.ProcessEnv): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        dir: { type: "string", default: "dist" },
        port: { type: "string", default: "4173" },
        host: { type: "string", default: "127.0.0.1" },
      },
    }));
  } catch (error) {
    throw new UserError(
      `${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
  }
  return {
    dir: resolve(values.dir),
    port: portFrom(values.port),
    host: values.host,
    // Checked as the build checks it: the same variable, the same rule.
    base: siteConfig({ DATELINE_BASE: env["DATELINE_BASE"] }).base,
  };
}

function portFrom(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new UserError(`--port ${value}: expected a number from 0 to 65535`);
  return port;
}

/** The folder as the user would type it, e.g. "dist/". */
function shown(dir: string): string {
  return `${relative(process.cwd(), dir) || "."}/`;
}

function checkBuilt(dir: string): void {
  if (!existsSync(dir))
    throw new UserError(`${shown(dir)} not found: run \`npm run build\` first`);
  if (!existsSync(join(dir, "index.html")))
    throw new UserError(
      `${shown(dir)}index.html not found: run \`npm run build\` first`,
    );
}

/** IPv6 addresses need brackets in a URL. */
function urlHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

function listen(server: Server, options: Options): Promise<void> {
  return new Promise((resolveListen, rejectListen) => {
    const refuse = (error: NodeJS.ErrnoException) => {
      rejectListen(
        error.code === "EADDRINUSE"
          ? new UserError(
              `port ${options.port} is already in use on ${options.host}: stop the other server or pass --port`,
            )
          : error,
      );
    };
    server.once("error", refuse);
    server.listen(options.port, options.host, () => {
      server.off("error", refuse);
      resolveListen();
    });
  });
}

async function main(args: string[]): Promise<void> {
  const options = readOptions(args, process.env);
  checkBuilt(options.dir);
  const server = createStaticServer({ root: options.dir, base: options.base });
  await listen(server, options);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.stdout.write(
    `Dateline is served at http://${urlHost(options.host)}:${port}${options.base} (${shown(options.dir)}, no SPA fallback)\n`,
  );

  const stop = () => {
    server.close();
    // Browsers hold keep-alive connections open; close() alone would wait for them.
    server.closeAllConnections();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

runCommand("serve failed", () => main(process.argv.slice(2)));
