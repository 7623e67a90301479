import type { Logger } from '../../logging/logger.ts';
import type { Store } from '../../ports/store.ts';

export interface HandlerDependencies {
  store: Store;
  logger: Logger;
  now: () => Date;
}
