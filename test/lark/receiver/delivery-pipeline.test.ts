import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOrganisationFile } from '../../../src/cli/organisation-file-schema.ts';
import { docxDocumentRenderer } from '../../../src/documents/docx-document-renderer.ts';
import { docxArchiveFiles } from '../../../src/export/docx-archive-files.ts';
import { DeliveryPipeline } from '../../../src/lark/receiver/delivery-pipeline.ts';
import { buildEnvelope, textMessageEvent } from '../../../lark-stand-in/event-envelopes.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import type { Store } from '../../../src/ports/store.ts';
import { importOrganisation } from '../../../src/use-cases/organisation/import-organisation.ts';
import { pushDailyChecklists } from '../../../src/use-cases/daily-control/push-daily-checklists.ts';
import { organisationYaml, people } from '../../support/service-harness.ts';
import { openTestDatabase } from '../../support/test-database.ts';


/** A store whose next transaction fails, as a locked or briefly unreachable database would. */
function flakyStore(store: Store): Store & { failNext(): void } {
  let failing = false;
  return {
    failNext: () => {
      failing = true;
    },
    transaction(work) {
      if (failing) {
        failing = false;
        return Promise.reject(new Error('database is locked'));
      }
      return store.transaction(work);
    },
  };
}

describe('a delivery that fails while being processed', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeEach(async () => {
    database = await openTestDatabase();
    const parsed = parseOrganisationFile(organisationYaml);
    if (!parsed.ok) throw new Error('fixture');
    await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-10-01T08:00:00+08:00') }, parsed.plan);
    await pushDailyChecklists(database.store, { unitId: 'acme-plant', date: '2026-11-02', now: new Date('2026-11-02T08:30:00+08:00') });
  });
  afterEach(async () => database.remove());

  it('is kept, acknowledged, and retried later instead of being lost', async () => {
    const store = flakyStore(database.store);
    const logLines: string[] = [];
    const logger = createLogger('info', new Writable({ write: (chunk: Buffer, _encoding, done) => (logLines.push(chunk.toString()), done()) }));
    const pipeline = new DeliveryPipeline({
      inboundEvents: database.inboundEvents,
      handlers: { store, documents: docxDocumentRenderer, archiveRows: database.archiveRows, archiveFiles: docxArchiveFiles, logger, now: () => new Date('2026-11-02T09:00:00+08:00') },
      logger,
    });
    const sentAt = new Date('2026-11-02T09:00:00+08:00').getTime();
    const envelope = buildEnvelope(
      { appId: 'cli_a1b2c3d4e5f60718', tenantKey: 'tenant', verificationToken: 'token' },
      'im.message.receive_v1',
      textMessageEvent({ senderOpenId: people.officerWang.openId, text: '全部正常', messageId: 'om_flaky_0001', chatId: 'oc_wang', chatType: 'p2p', tenantKey: 'tenant', createTime: sentAt }),
      sentAt,
    );

    store.failNext();
    expect((await pipeline.receiveEnvelope(envelope)).status).toBe(200);
    expect(await database.rows.inboundEvent.findUniqueOrThrow({ where: { key: 'message:om_flaky_0001' } })).toMatchObject({ status: 'failed', lastError: 'database is locked' });
    expect(logLines.join('')).toContain('will be retried');
    expect(await database.rows.dailyCheck.count({ where: { status: 'submitted' } })).toBe(0);

    expect(await pipeline.retryUnfinished(0)).toBe(1);
    expect((await database.rows.inboundEvent.findUniqueOrThrow({ where: { key: 'message:om_flaky_0001' } })).status).toBe('processed');
    expect(await database.rows.dailyCheck.count({ where: { status: 'submitted' } })).toBe(1);

    expect((await pipeline.receiveEnvelope(envelope)).status).toBe(200);
    expect(await pipeline.retryUnfinished(0)).toBe(0);
  });
});
