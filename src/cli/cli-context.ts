import type { Configuration } from '../config/configuration.ts';
import type { Logger } from '../logging/logger.ts';
import type { Database } from '../store/open-database.ts';
import type { LarkMessenger } from '../lark/messenger.ts';

export interface CliContext {
  configuration: Configuration;
  database: Database;
  /** Present when the Lark app's credentials are configured. */
  messenger: LarkMessenger | undefined;
  logger: Logger;
  print(line: string): void;
  now(): Date;
}

/** A refusal the person running the command can fix; printed without a stack trace. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}
