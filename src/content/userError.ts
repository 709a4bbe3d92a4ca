/**
 * A problem the user can fix; commands print its message without a stack (tools/runCommand.ts).
 * Subclass it rather than listing error classes where they are caught.
 * @example throw new UserError("DATELINE_BASE: must start and end with /")
 */
export class UserError extends Error {
  override name = "UserError";
}
