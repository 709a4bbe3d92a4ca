import { UserError } from "../content/userError.ts";

/**
 * Runs a command's main function: a UserError is printed as one line after
 * `label` (no stack trace: the message is the whole story) and exits 1; any
 * other error is a bug, printed with its stack.
 *
 * @example runCommand("build failed", main)
 */
export function runCommand(label: string, main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof UserError) console.error(`${label}: ${error.message}`);
    else console.error(error);
    process.exit(1);
  });
}
