import express, { type Request, type Response } from 'express';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { z } from 'zod';
import { OPERATOR_VIEWER, readArchiveLink } from '../../domain/archive/archive-link-signature.ts';
import type { ArchiveMonthView, ArchiveViewer } from '../../domain/archive/archive-month-view.ts';
import { isDomainError } from '../../domain/domain-error.ts';
import { sameSecret } from '../../security/same-secret.ts';
import { type ArchiveCredentials, ARCHIVE_PATHS, archiveAddresses } from './archive-link-addresses.ts';
import { ArchiveMonthPage } from './archive-month-page.tsx';
import { ArchiveRefusalPage } from './archive-refusal-page.tsx';
import { ARCHIVE_STYLESHEET } from './archive-stylesheet.ts';

/** What the archive routes need done; the composition root runs the use cases behind them. */
export interface ArchivePageActions {
  /** The key links are signed with. */
  secret: Uint8Array;
  adminToken: string | undefined;
  now: () => Date;
  readMonth(input: { viewer: ArchiveViewer; unitId: string; month: string; page: number }): Promise<ArchiveMonthView>;
  readDocument(input: { viewer: ArchiveViewer; unitId: string; month: string; path: string }): Promise<{ unitName: string; path: string; bytes: Uint8Array }>;
  readEvidence(input: { viewer: ArchiveViewer; unitId: string; sha256: string }): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array }>;
  issueOperatorLink(input: { unitId: string; month: string }): Promise<{ url: string; expiresAt: Date }>;
}

const UnitId = z.string().regex(/^[a-z0-9-]{1,64}$/);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const Credentials = z.object({ viewer: z.string().max(200).optional(), expires: z.string().max(20).optional(), signature: z.string().max(100).optional() });
const ArchiveMonthQuery = Credentials.extend({ unit: UnitId, month: Month });
const ArchivePageQuery = ArchiveMonthQuery.extend({ page: z.string().max(20).optional() });
/** Which page of officers: not part of what the link's signature covers, so a wrong one is a bad request, not a bad link. */
const OfficerPageNumber = z.string().regex(/^[1-9]\d{0,8}$/).transform(Number);
const ArchiveDocumentQuery = ArchiveMonthQuery.extend({ path: z.string().max(300) });
const ArchiveEvidenceQuery = Credentials.extend({ unit: UnitId, sha256: z.string().regex(/^[0-9a-f]{64}$/) });
const OperatorArchiveLinkQuery = z.object({ unit: UnitId, month: Month });

const REFUSALS = {
  invalid: '链接无效。请在飞书中向质安助手发送「归档」获取新的链接。',
  expired: '链接已过期，请在飞书中向质安助手重新发送「归档」。',
  missing: '档案中没有这个文件。请返回档案页面重新选择。',
} as const;

const badPage = (page: string) => `页码「${page}」无效：page 应为从 1 开始的整数。请使用页面上的翻页链接。`;

/** Images a browser may show inline; anything else is only ever downloaded, so it cannot run as a page of ours. */
const INLINE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

function html(page: ReactElement): string {
  return `<!doctype html>${renderToStaticMarkup(page)}`;
}

/** RFC 6266 with RFC 5987's filename* for the Chinese name, and a plain ASCII one for older clients. */
function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

function credentialsOf(query: z.infer<typeof Credentials>): ArchiveCredentials {
  return { ...(query.viewer === undefined ? {} : { viewer: query.viewer }), ...(query.expires === undefined ? {} : { expires: query.expires }), ...(query.signature === undefined ? {} : { signature: query.signature }) };
}

/**
 * The read-only archive page, its documents and evidence. Who is looking is settled on every request: an operator's
 * bearer token, or a link's signature and expiry; which unit they may see is the use case's to decide, at that moment.
 */
export function archiveRoutes(actions: ArchivePageActions): { pages: express.Router; admin: express.Router } {
  const pages = express.Router();

  pages.use(ARCHIVE_PATHS.page, (_request, response, next) => {
    response.set({
      'Cache-Control': 'no-store',
      // The signature is in the address: no page the archive links to may learn it.
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
    next();
  });

  const refuse = (response: Response, status: 403 | 404, reason: keyof typeof REFUSALS) => {
    response.status(status).type('html').send(html(<ArchiveRefusalPage message={REFUSALS[reason]} stylesheet={ARCHIVE_PATHS.stylesheet} />));
  };

  const viewerOf = (request: Request, credentials: ArchiveCredentials): ArchiveViewer | 'invalid' | 'expired' => {
    const authorization = request.headers.authorization;
    if (actions.adminToken && authorization !== undefined) return sameSecret(authorization, `Bearer ${actions.adminToken}`) ? { kind: 'operator' } : 'invalid';
    const reading = readArchiveLink(actions.secret, credentials, actions.now());
    if (reading.kind === 'refused') return reading.reason;
    return reading.viewer === OPERATOR_VIEWER ? { kind: 'operator' } : { kind: 'person', openId: reading.viewer };
  };

  /** Parses the query, settles the viewer, runs `serve`; every refusal reads the same, whatever was wrong. */
  const guarded =
    <Query extends z.infer<typeof Credentials>>(schema: z.ZodType<Query>, serve: (viewer: ArchiveViewer, query: Query, response: Response) => Promise<void>) =>
    async (request: Request, response: Response) => {
      const parsed = schema.safeParse(request.query);
      if (!parsed.success) return refuse(response, 403, 'invalid');
      const viewer = viewerOf(request, credentialsOf(parsed.data));
      if (viewer === 'invalid' || viewer === 'expired') return refuse(response, 403, viewer);
      try {
        await serve(viewer, parsed.data, response);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        if (error.code === 'archive.file-not-found') return refuse(response, 404, 'missing');
        return refuse(response, 403, 'invalid');
      }
    };

  pages.get(ARCHIVE_PATHS.stylesheet, (_request, response) => {
    response.type('text/css').send(ARCHIVE_STYLESHEET);
  });

  pages.get(
    ARCHIVE_PATHS.page,
    guarded(ArchivePageQuery, async (viewer, query, response) => {
      const page = query.page === undefined ? { success: true as const, data: 1 } : OfficerPageNumber.safeParse(query.page);
      if (!page.success) {
        response.status(400).type('html').send(html(<ArchiveRefusalPage message={badPage(query.page ?? '')} stylesheet={ARCHIVE_PATHS.stylesheet} />));
        return;
      }
      const view = await actions.readMonth({ viewer, unitId: query.unit, month: query.month, page: page.data });
      response.type('html').send(html(<ArchiveMonthPage view={view} addresses={archiveAddresses(credentialsOf(query))} />));
    }),
  );

  pages.get(
    ARCHIVE_PATHS.document,
    guarded(ArchiveDocumentQuery, async (viewer, query, response) => {
      const document = await actions.readDocument({ viewer, unitId: query.unit, month: query.month, path: query.path });
      response
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .set('Content-Disposition', attachmentDisposition(`${document.unitName}_${query.month}_${document.path.replace(/\//g, '_')}`))
        .send(Buffer.from(document.bytes));
    }),
  );

  pages.get(
    ARCHIVE_PATHS.evidence,
    guarded(ArchiveEvidenceQuery, async (viewer, query, response) => {
      const evidence = await actions.readEvidence({ viewer, unitId: query.unit, sha256: query.sha256 });
      if (INLINE_IMAGES.has(evidence.mediaType)) response.type(evidence.mediaType);
      else response.type('application/octet-stream').set('Content-Disposition', attachmentDisposition(evidence.fileName));
      response.send(Buffer.from(evidence.bytes));
    }),
  );

  // Mounted behind the /admin bearer check.
  const admin = express.Router();
  admin.get('/archive-link', async (request, response) => {
    const parsed = OperatorArchiveLinkQuery.safeParse(request.query);
    if (!parsed.success) {
      response.status(400).json({ error: '请用 unit=<单位编号>&month=YYYY-MM 指明单位和月份' });
      return;
    }
    try {
      const link = await actions.issueOperatorLink({ unitId: parsed.data.unit, month: parsed.data.month });
      response.set('Cache-Control', 'no-store').json({ url: link.url, expiresAt: link.expiresAt.toISOString() });
    } catch (error) {
      if (!isDomainError(error) || error.code !== 'archive.unit-not-found') throw error;
      response.status(404).json({ error: `找不到单位 ${parsed.data.unit}` });
    }
  });
  return { pages, admin };
}
