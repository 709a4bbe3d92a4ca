/**
 * A problem the person running a command can fix: bad story data, a bad
 * setting, a missing file. Commands print its message alone; any other error
 * is a bug and keeps its stack (see tools/runCommand.ts). Subclass it rather
 * than listing error classes where they are caught.
 *
 * @example throw new UserError("DATELINE_BASE: must start and end with /")
 */
export class UserError extends Error {
  override name = "UserError";
}
