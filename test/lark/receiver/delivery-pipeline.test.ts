import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseOrganisationFile } from '../../../src/cli/organisation-file-schema.ts';
import { docxDocumentRenderer } from '../../../src/documents/docx-document-renderer.ts';
import { docxArchiveFiles } from '../../../src/export/docx-archive-files.ts';
import { DeliveryPipeline } from '../../../src/lark/receiver/delivery-pipeline.ts';
import { buildEnvelope, textMessageEvent } from '../../../lark-stand-in/event-envelopes.ts';
import { createLogger } from '../../../src/logging/logger.ts';
import type { EvidenceFiles, EvidenceRows, MessageResources } from '../../../src/ports/evidence.ts';
import type { Store } from '../../../src/ports/store.ts';
import { importOrganisation } from '../../../src/use-cases/organisation/import-organisation.ts';
import { pushDailyChecklists } from '../../../src/use-cases/daily-control/push-daily-checklists.ts';
import { organisationYaml, people } from '../../support/service-harness.ts';
import { openTestDatabase } from '../../support/test-database.ts';

// These deliveries are text: nothing is downloaded or kept.
const noEvidence: { resources: MessageResources; files: EvidenceFiles; rows: EvidenceRows } = {
  resources: { fetch: async () => ({ ok: false, failure: 'unavailable' }) },
  files: { keep: async () => { throw new Error('no evidence in these tests'); }, read: async () => null },
  rows: { all: async () => [] },
};


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

/** A store whose transactions wait until the test opens the gate, as a database behind a backlog would. */
function gatedStore(store: Store): Store & { open(): void } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    open: () => open(),
    async transaction(work) {
      await gate;
      return store.transaction(work);
    },
  };
}

function answerEnvelope(messageId: string) {
  const sentAt = new Date('2026-11-02T09:00:00+08:00').getTime();
  return buildEnvelope(
    { appId: 'cli_a1b2c3d4e5f60718', tenantKey: 'tenant', verificationToken: 'token' },
    'im.message.receive_v1',
    textMessageEvent({ senderOpenId: people.officerWang.openId, text: '全部正常', messageId, chatId: 'oc_wang', chatType: 'p2p', tenantKey: 'tenant', createTime: sentAt }),
    sentAt,
  );
}

/** These deliveries never ask for an archive link. */
const unusedArchiveLinks = { lifetimeHours: 24, urlFor: () => 'http://localhost/archive' };

describe('deliveries are acknowledged once stored and processed behind', () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const silent = createLogger('silent', new Writable({ write: (_chunk, _encoding, done) => done() }));
  const pipelineOn = (store: Store) =>
    new DeliveryPipeline({
      inboundEvents: database.inboundEvents,
      handlers: { store, documents: docxDocumentRenderer, archiveRows: database.archiveRows, archiveFiles: docxArchiveFiles, archiveLinks: unusedArchiveLinks, evidence: noEvidence, logger: silent, now: () => new Date('2026-11-02T09:00:00+08:00') },
      logger: silent,
    });
  beforeEach(async () => {
    database = await openTestDatabase();
    const parsed = parseOrganisationFile(organisationYaml);
    if (!parsed.ok) throw new Error('fixture');
    await importOrganisation({ store: database.store, directory: undefined, defaultTimeZone: 'Asia/Shanghai', now: new Date('2026-10-01T08:00:00+08:00') }, parsed.plan);
    await pushDailyChecklists(database.store, { unitId: 'acme-plant', date: '2026-11-02', now: new Date('2026-11-02T08:30:00+08:00') });
  });
  afterEach(async () => database.remove());

  it('a text answer gets its 200 as soon as it is stored, however long processing waits, and is processed after', async () => {
    const store = gatedStore(database.store);
    const pipeline = pipelineOn(store);

    expect((await pipeline.receiveEnvelope(answerEnvelope('om_backlog_0001'))).status).toBe(200);

    expect((await database.rows.inboundEvent.findUniqueOrThrow({ where: { key: 'message:om_backlog_0001' } })).status).toBe('received');
    expect((await database.operationalStatus()).inboundEvents).toMatchObject({ inProgress: 1, oldestInProgressSince: new Date('2026-11-02T09:00:00+08:00') });
    store.open();
    await vi.waitFor(async () => expect((await database.rows.inboundEvent.findUniqueOrThrow({ where: { key: 'message:om_backlog_0001' } })).status).toBe('processed'));
    expect(await database.rows.dailyCheck.count({ where: { status: 'submitted' } })).toBe(1);
  });

  it('another process does not take up a delivery while the process that stored it holds its claim, and does once the claim has run out', async () => {
    const pipeline = pipelineOn(database.store);
    const stored = (messageId: string, claimedUntil: Date) =>
      database.inboundEvents.record({
        key: `message:${messageId}`,
        eventType: 'message',
        payload: answerEnvelope(messageId),
        receivedAt: new Date('2026-11-02T09:00:00+08:00'),
        claim: { holder: 'another-process', until: claimedUntil },
      });

    await stored('om_claimed_0001', new Date(Date.now() + 60_000));
    expect(await pipeline.retryUnfinished(0)).toBe(0);
    expect(await database.rows.dailyCheck.count({ where: { status: 'submitted' } })).toBe(0);

    // The process that stored this one died: its claim ran out.
    await stored('om_orphan_0001', new Date(Date.now() - 1_000));
    expect(await pipeline.retryUnfinished(0)).toBe(1);
    expect((await database.rows.inboundEvent.findUniqueOrThrow({ where: { key: 'message:om_orphan_0001' } })).status).toBe('processed');
    expect((await database.rows.inboundEvent.findUniqueOrThrow({ where: { key: 'message:om_claimed_0001' } })).status).toBe('received');
    expect(await database.rows.dailyCheck.count({ where: { status: 'submitted' } })).toBe(1);
  });
});

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
      handlers: { store, documents: docxDocumentRenderer, archiveRows: database.archiveRows, archiveFiles: docxArchiveFiles, archiveLinks: unusedArchiveLinks, evidence: noEvidence, logger, now: () => new Date('2026-11-02T09:00:00+08:00') },
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
    await vi.waitFor(async () => expect(await database.rows.inboundEvent.findUniqueOrThrow({ where: { key: 'message:om_flaky_0001' } })).toMatchObject({ status: 'failed', lastError: 'database is locked' }));
    expect(logLines.join('')).toContain('will be retried');
    expect(await database.rows.dailyCheck.count({ where: { status: 'submitted' } })).toBe(0);

    expect(await pipeline.retryUnfinished(0)).toBe(1);
    expect((await database.rows.inboundEvent.findUniqueOrThrow({ where: { key: 'message:om_flaky_0001' } })).status).toBe('processed');
    expect(await database.rows.dailyCheck.count({ where: { status: 'submitted' } })).toBe(1);

    expect((await pipeline.receiveEnvelope(envelope)).status).toBe(200);
    expect(await pipeline.retryUnfinished(0)).toBe(0);
  });
});
