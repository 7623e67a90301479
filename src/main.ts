import 'dotenv/config';
import { ConfigurationError, readConfiguration, requireLarkCredentials } from './config/configuration.ts';
import { createLogger } from './logging/logger.ts';
import { isPortUnavailable, startService } from './start-service.ts';

async function main(): Promise<void> {
  let configuration;
  let credentials;
  try {
    configuration = readConfiguration();
    credentials = requireLarkCredentials(configuration);
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`质安助手无法启动。\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(configuration.logLevel);
  const service = await startService({ configuration, credentials, logger, scheduler: configuration.scheduler });
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await service.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (isPortUnavailable(error)) {
    process.stderr.write(`质安助手无法启动：${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`质安助手启动失败：${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
