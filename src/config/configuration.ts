import { z } from 'zod';
import { isTimeZone } from '../domain/calendar/local-time.ts';
import { DEFAULT_RETENTION_YEARS, MINIMUM_RETENTION_YEARS } from '../domain/archive/retention.ts';

const TimeZoneName = z.string().refine(
  isTimeZone,
  { message: 'IANA 时区名称，例如 Asia/Shanghai' },
);

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

export const Environment = z.object({
  LARK_APP_ID: optionalText,
  LARK_APP_SECRET: optionalText,
  LARK_DOMAIN: z
    .string()
    .trim()
    .default('https://open.feishu.cn')
    .pipe(z.url({ protocol: /^https?$/, message: 'http(s) 地址，例如 https://open.feishu.cn' }))
    .transform((url) => url.replace(/\/+$/, '')),
  LARK_ENCRYPT_KEY: optionalText,
  LARK_VERIFICATION_TOKEN: optionalText,
  LARK_EVENT_MODE: z.enum(['webhook', 'ws'], { message: 'webhook 或 ws' }).default('webhook'),
  LARK_URGENT: z.enum(['app', 'sms', 'phone', 'off'], { message: 'app、sms、phone 或 off' }).default('app'),
  DATABASE_URL: z
    .string()
    .trim()
    .default('file:./data/qs.db')
    .refine((url) => url.startsWith('file:') || /^postgres(ql)?:\/\//.test(url), {
      message: 'SQLite 用 file:<路径>，PostgreSQL 用 postgresql://…',
    }),
  EVIDENCE_DIR: z.string().trim().default('./data/evidence').pipe(z.string().min(1, { message: '存放证据照片和文件的文件夹，例如 ./data/evidence' })),
  PORT: z.coerce
    .number({ message: '端口号（0 到 65535 的整数）' })
    .int({ message: '端口号（0 到 65535 的整数）' })
    .min(0, { message: '端口号（0 到 65535 的整数）' })
    .max(65535, { message: '端口号（0 到 65535 的整数）' })
    .default(3000),
  ADMIN_TOKEN: optionalText,
  TZ_NAME: TimeZoneName.default('Asia/Shanghai'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SCHEDULER: z.enum(['on', 'off'], { message: 'on 或 off' }).default('on'),
  ARCHIVE_LINK_SECRET: optionalText,
  ARCHIVE_LINK_HOURS: z.coerce
    .number({ message: '归档查阅链接的有效小时数（1 到 720 的整数）' })
    .int({ message: '归档查阅链接的有效小时数（1 到 720 的整数）' })
    .min(1, { message: '归档查阅链接的有效小时数（1 到 720 的整数）' })
    .max(720, { message: '归档查阅链接的有效小时数（1 到 720 的整数）' })
    .default(24),
  PUBLIC_BASE_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, message: '浏览器访问本服务的 http(s) 地址，例如 https://qs.example.com' })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
  ),
  RETENTION_YEARS: z.coerce
    .number({ message: `保存年限（不少于 ${MINIMUM_RETENTION_YEARS} 的整数）` })
    .int({ message: `保存年限（不少于 ${MINIMUM_RETENTION_YEARS} 的整数）` })
    .min(MINIMUM_RETENTION_YEARS, { message: `保存年限（不少于 ${MINIMUM_RETENTION_YEARS} 的整数：记录至少保存两年）` })
    .default(DEFAULT_RETENTION_YEARS),
});

export interface Configuration {
  lark: {
    appId?: string;
    appSecret?: string;
    domain: string;
    encryptKey?: string;
    verificationToken?: string;
    eventMode: 'webhook' | 'ws';
    /** How serious hazards and vetoes are buzzed (加急): sms and phone spend the tenant's paid quota. */
    urgent: 'app' | 'sms' | 'phone' | 'off';
  };
  databaseUrl: string;
  /** The folder holding the photos and files sent as evidence, each named by its SHA-256. */
  evidenceDirectory: string;
  port: number;
  adminToken?: string;
  defaultTimeZone: string;
  logLevel: z.infer<typeof Environment>['LOG_LEVEL'];
  /** Whether this process runs the scheduled jobs; off where they are run by `qs job run` from outside. */
  scheduler: boolean;
  /** How many years records are kept before `qs purge` may remove them. */
  retentionYears: number;
  /** The signed links to the archive page: their secret (else derived from the app secret), lifetime and address. */
  archiveLinks: { secret?: string; lifetimeHours: number; publicBaseUrl?: string };
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置有误：\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n每个变量的含义和可取值见 .env.example。`);
    this.name = 'ConfigurationError';
  }
}

export function readConfiguration(environment: NodeJS.ProcessEnv = process.env): Configuration {
  const parsed = Environment.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}：应为${issue.message}，实际为 ${JSON.stringify(environment[String(issue.path[0])])}`),
    );
  }
  const value = parsed.data;
  return {
    lark: {
      appId: value.LARK_APP_ID,
      appSecret: value.LARK_APP_SECRET,
      domain: value.LARK_DOMAIN,
      encryptKey: value.LARK_ENCRYPT_KEY,
      verificationToken: value.LARK_VERIFICATION_TOKEN,
      eventMode: value.LARK_EVENT_MODE,
      urgent: value.LARK_URGENT,
    },
    databaseUrl: value.DATABASE_URL,
    evidenceDirectory: value.EVIDENCE_DIR,
    port: value.PORT,
    adminToken: value.ADMIN_TOKEN,
    defaultTimeZone: value.TZ_NAME,
    logLevel: value.LOG_LEVEL,
    scheduler: value.SCHEDULER === 'on',
    retentionYears: value.RETENTION_YEARS,
    archiveLinks: { secret: value.ARCHIVE_LINK_SECRET, lifetimeHours: value.ARCHIVE_LINK_HOURS, publicBaseUrl: value.PUBLIC_BASE_URL },
  };
}

/** The service cannot talk to Lark without the app's credentials; the CLI can still do most of its work. */
export function requireLarkCredentials(configuration: Configuration): { appId: string; appSecret: string } {
  const missing = [
    configuration.lark.appId ? undefined : 'LARK_APP_ID',
    configuration.lark.appSecret ? undefined : 'LARK_APP_SECRET',
  ].filter((name): name is string => name !== undefined);
  if (missing.length > 0) {
    throw new ConfigurationError(
      missing.map((name) => `未设置 ${name}：请把 .env.example 复制为 .env，填入飞书开发者后台「凭证与基础信息」中的应用凭证`),
    );
  }
  return { appId: configuration.lark.appId!, appSecret: configuration.lark.appSecret! };
}
