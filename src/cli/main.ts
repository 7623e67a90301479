import 'dotenv/config';
import { parseArgs } from 'node:util';
import { readConfiguration } from '../config/configuration.ts';
import { OutboxSender } from '../lark/outbox-sender.ts';
import { SendingLease } from '../lark/sending-lease.ts';
import { LarkMessenger } from '../lark/messenger.ts';
import { createLogger } from '../logging/logger.ts';
import { openDatabase } from '../store/open-database.ts';
import { applyMigrations } from '../store/database/apply-migrations.ts';
import { type CliContext, CommandError } from './cli-context.ts';
import { failureReport } from './failure-report.ts';
import { backupCommand } from './commands/backup-command.ts';
import { exportCommand } from './commands/export-command.ts';
import { jobRunCommand } from './commands/job-run-command.ts';
import { purgeCommand } from './commands/purge-command.ts';
import { verifyCommand } from './commands/verify-command.ts';
import { organisationImportCommand } from './commands/organisation-import-command.ts';
import { suspensionAddCommand } from './commands/suspension-add-command.ts';
import { trainingAddCommand } from './commands/training-add-command.ts';
import { assessmentAddCommand } from './commands/assessment-add-command.ts';

const usage = `质安助手命令行：npm run qs -- <命令>
  org import <file.yaml>                              导入组织文件（单位、人员、任命、风险管控清单）
  job run <job> --date YYYY-MM-DD [--unit ID]         按指定日期运行一次定时任务：daily-push、daily-remind、daily-close、weekly-report、monthly-minutes
  suspension add --unit ID --from D --to D --reason R  登记停产停业期间（期间暂停日管控并在记录中注明）
  training add --unit ID --date D --subject S --hours H [--trainer T] [--content C] --people ID,ID…
                                                      登记质量安全总监、质量安全员参加的一次培训（人员编号见组织文件）
  assessment add --unit ID --person ID --date D --result passed|failed [--score N] [--assessor A]
                                                      登记一次考核；加 --kind spot-check 登记监督抽查考核，
                                                      不合格时可加 --rectification 整改措施 --rectified-on D
  export --unit ID --from D --to D --out DIR          导出存档备查的档案（Word 文档、records.json、检查索引、文件清单）
  verify [--seal N:HASH …] [--export DIR]             核对审计链和全部记录（--seal：还核对机器人在聊天中发送的封存值仍在链中）；或核对一份导出的档案
  purge --before D [--yes]                            删除保存期（RETENTION_YEARS，默认 5 年，不少于 2 年）以前的记录；意见建议和否决建议不删除
  backup --out FILE                                   在服务运行时备份内置数据库（SQLite）到一个新文件
  db migrate                                          应用数据库迁移`;

async function run(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      unit: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      reason: { type: 'string' },
      subject: { type: 'string' },
      hours: { type: 'string' },
      trainer: { type: 'string' },
      content: { type: 'string' },
      people: { type: 'string' },
      person: { type: 'string' },
      result: { type: 'string' },
      score: { type: 'string' },
      assessor: { type: 'string' },
      kind: { type: 'string' },
      rectification: { type: 'string' },
      'rectified-on': { type: 'string' },
      out: { type: 'string' },
      export: { type: 'string' },
      seal: { type: 'string', multiple: true },
      before: { type: 'string' },
      yes: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [group, action, argument] = positionals;
  if (values.help || !group) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const configuration = readConfiguration();
  if (group === 'db' && action === 'migrate') {
    const applied = await applyMigrations(configuration.databaseUrl);
    process.stdout.write(applied.length > 0 ? `已应用迁移：${applied.join('、')}\n` : '数据库已是最新，无需迁移。\n');
    return;
  }
  // Logs go to stderr so that the command's own output stays readable and pipeable.
  const logger = createLogger(configuration.logLevel === 'info' ? 'warn' : configuration.logLevel, process.stderr);
  const database = await openDatabase(configuration.databaseUrl);
  const { appId, appSecret } = configuration.lark;
  const messenger = appId && appSecret ? new LarkMessenger({ appId, appSecret, domain: configuration.lark.domain }, logger, { urgentChannel: configuration.lark.urgent }) : undefined;
  const context: CliContext = { configuration, database, messenger, logger, print: (line) => process.stdout.write(`${line}\n`), now: () => new Date() };
  try {
    if (group === 'org' && action === 'import') await organisationImportCommand(context, argument);
    else if (group === 'job' && action === 'run') await jobRunCommand(context, { job: argument, date: values.date, unitId: values.unit });
    else if (group === 'suspension' && action === 'add') await suspensionAddCommand(context, { unitId: values.unit, from: values.from, to: values.to, reason: values.reason });
    else if (group === 'training' && action === 'add') {
      await trainingAddCommand(context, { unitId: values.unit, date: values.date, subject: values.subject, hours: values.hours, trainer: values.trainer, content: values.content, people: values.people });
    } else if (group === 'assessment' && action === 'add') {
      await assessmentAddCommand(context, {
        unitId: values.unit,
        personKey: values.person,
        date: values.date,
        result: values.result,
        score: values.score,
        assessor: values.assessor,
        kind: values.kind,
        rectification: values.rectification,
        rectifiedOn: values['rectified-on'],
      });
    } else if (group === 'export') await exportCommand(context, { unitId: values.unit, from: values.from, to: values.to, out: values.out });
    else if (group === 'verify') await verifyCommand(context, { exportFolder: values.export, seals: values.seal ?? [] });
    else if (group === 'backup') await backupCommand(context, { out: values.out });
    else if (group === 'purge') await purgeCommand(context, { before: values.before, yes: values.yes === true });
    else throw new CommandError(`未知命令：${positionals.join(' ')}\n${usage}`, 2);
    // What the command queued goes out now when this machine can reach Lark, unless a running service sends the
    // outbox: then it is left to the service rather than sent twice at once.
    if (messenger) {
      const sender = new OutboxSender(database.outbox, messenger, logger, new SendingLease(database.outbox, logger));
      if ((await sender.drain(15_000)) === 'handed-over') process.stderr.write('待发送的消息已交给正在运行的服务发送。\n');
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2))
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    const report = failureReport(error);
    process.stderr.write(`${report.text}\n`);
    process.exit(report.exitCode);
  });
