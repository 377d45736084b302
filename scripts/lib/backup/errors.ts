// The one error type of `npm run db:backup` / `db:restore` whose message the
// operator sees as it is: what went wrong and what to do, in Chinese, then in
// English (operators of a district's server are not always Chinese readers of
// stack traces, and the English line is what they search for). Any other error
// is printed with its own message.

export class BackupError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh}\n${en}`);
    this.name = 'BackupError';
  }
}

/** The message a damaged or cut-off backup file is refused with. */
export function damagedFile(zhDetail: string, enDetail: string): BackupError {
  return new BackupError(
    `备份文件已损坏或不完整（${zhDetail}），未做任何更改。`,
    `The backup file is damaged or incomplete (${enDetail}); nothing was changed.`,
  );
}

/** Prints an error for the terminal: a BackupError as it is, anything else with its message. */
export function describeFailure(error: unknown): string {
  if (error instanceof BackupError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `失败 / Failed: ${message}`;
}
