import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { isLocalDate } from '../src/domain/calendar/local-time.ts';
import { ROLE_NAMES } from '../src/domain/people/role.ts';
import { JOB_NAMES } from '../src/domain/schedules/due-jobs.ts';
import { chatEntries } from './chat-entries.ts';
import { FIELD_PREFIX } from './cards/interactive-elements.tsx';
import { JOB_LABELS } from './job-labels.ts';
import { type PageFrame, renderChatPage, renderNotFoundPage, renderWelcomePage } from './pages/render-pages.tsx';
import type { SidebarUnit } from './pages/sandbox-layout.tsx';
import { pressButton, sendAttachment, sendText } from './person-actions.ts';
import { SANDBOX_SCRIPT } from './sandbox-script.ts';
import { SANDBOX_STYLESHEET } from './sandbox-stylesheet.ts';
import type { Notice, SandboxWorld } from './sandbox-world.ts';
import { advanceDay, runJobAsOf } from './time-actions.ts';

const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Images a browser may show inline; anything else is only ever downloaded, so no posted file runs as a page. */
const INLINE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

const PersonParams = z.object({ openId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/) });
const KeyParams = z.object({ key: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/) });
/** A page of this sandbox to return to; nothing else, so a form cannot send the browser elsewhere. */
const Back = z.string().regex(/^\/(people\/[A-Za-z0-9_-]{1,128})?$/).catch('/');
const PressForm = z.object({
  messageId: z.string().min(1, '缺少消息编号').max(200),
  button: z.string().regex(/^\d{1,4}$/, '缺少按钮编号').transform(Number),
});
const SayForm = z.object({ text: z.string().trim().min(1, '消息不能为空').max(4000, '消息不能超过 4000 字') });
const JobForm = z.object({
  job: z.enum(JOB_NAMES, '没有这个任务'),
  unit: z.string().min(1, '请选择单位'),
  date: z.string().refine(isLocalDate, '日期须为 YYYY-MM-DD'),
  back: Back,
});
const AdvanceForm = z.object({ back: Back });

function firstProblem(error: z.ZodError): string {
  return error.issues[0]?.message ?? '提交的内容有误';
}

/** A posted form's string fields; a field sent twice keeps its last value. */
function postedStrings(body: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (typeof body !== 'object' || body === null) return fields;
  for (const [name, value] of Object.entries(body)) {
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (typeof last === 'string') fields[name] = last;
  }
  return fields;
}

/**
 * The sandbox's web page: people and their chats, and forms that act as them or move the simulated time. Every action
 * runs one at a time, and answers with a redirect to the page, which then shows the bot's answer.
 */
export function createSandboxApp(world: SandboxWorld): express.Express {
  const app = express();
  app.disable('x-powered-by');
  let pendingNotice: Notice | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(action: () => Promise<T>): Promise<T> => {
    const run = queue.then(action, action);
    queue = run.catch(() => undefined);
    return run;
  };

  const people = world.organisation.units.flatMap((unit) =>
    unit.people.map((person) => ({ ...person, unitName: unit.name, roleNames: person.roles.map((role) => ROLE_NAMES[role]).join('、') })),
  );
  const sidebar: SidebarUnit[] = world.organisation.units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    people: unit.people.map((person) => ({ openId: person.openId, name: person.name, roleNames: person.roles.map((role) => ROLE_NAMES[role]).join('、') })),
  }));
  const jobs = JOB_NAMES.map((name) => ({ name, label: JOB_LABELS[name] }));

  const frame = (selectedOpenId: string | undefined, back: string): PageFrame => {
    const notice = pendingNotice;
    pendingNotice = undefined;
    return { clock: world.clock.describe(), units: sidebar, jobs, today: world.clock.localDate(), selectedOpenId, notice, back };
  };

  const finish = (response: Response, back: string, notice: Notice | undefined) => {
    pendingNotice = notice;
    response.redirect(303, back === '/' ? '/' : `${back}#newest`);
  };

  const act = (handler: (request: Request, response: Response) => Promise<void>) => async (request: Request, response: Response) => {
    try {
      await oneAtATime(() => handler(request, response));
    } catch (error) {
      const back = Back.parse(request.params.openId ? `/people/${request.params.openId}` : postedStrings(request.body).back);
      finish(response, back, { kind: 'error', text: `操作未完成：${error instanceof Error ? error.message : String(error)}` });
    }
  };

  app.use((_request, response, next) => {
    response.set('content-security-policy', "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'");
    response.set('x-content-type-options', 'nosniff');
    next();
  });
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));

  app.get('/sandbox.css', (_request, response) => {
    response.type('text/css').send(SANDBOX_STYLESHEET);
  });
  app.get('/sandbox.js', (_request, response) => {
    response.type('text/javascript').send(SANDBOX_SCRIPT);
  });

  app.get('/', (_request, response) => {
    response.type('html').send(renderWelcomePage(frame(undefined, '/')));
  });

  const personOf = (request: Request) => {
    const params = PersonParams.safeParse(request.params);
    return params.success ? people.find((person) => person.openId === params.data.openId) : undefined;
  };

  const notFound = (response: Response, text: string) => {
    response.status(404).type('html').send(renderNotFoundPage(frame(undefined, '/'), text));
  };

  app.get('/people/:openId', async (request, response) => {
    const person = personOf(request);
    if (!person) return notFound(response, '演示组织中没有这个人。');
    // A page drawn while a delivery is still being answered would show half of it.
    await queue;
    await world.stage.settle();
    const entries = chatEntries(world.stage.standIn, person.openId, world.timeZone);
    response.type('html').send(
      renderChatPage(frame(person.openId, `/people/${person.openId}`), {
        person: { openId: person.openId, name: person.name, unitName: person.unitName, roleNames: person.roleNames },
        entries,
      }),
    );
  });

  app.post(
    '/people/:openId/press',
    act(async (request, response) => {
      const person = personOf(request);
      if (!person) return notFound(response, '演示组织中没有这个人。');
      const back = `/people/${person.openId}`;
      const posted = postedStrings(request.body);
      const form = PressForm.safeParse(posted);
      if (!form.success) return finish(response, back, { kind: 'error', text: `未点击：${firstProblem(form.error)}` });
      const fields = new Map(
        Object.entries(posted)
          .filter(([name]) => name.startsWith(FIELD_PREFIX))
          .map(([name, value]) => [name.slice(FIELD_PREFIX.length), value]),
      );
      const notice = await pressButton(world, { openId: person.openId, messageId: form.data.messageId, position: form.data.button, fields });
      finish(response, back, notice);
    }),
  );

  app.post(
    '/people/:openId/say',
    act(async (request, response) => {
      const person = personOf(request);
      if (!person) return notFound(response, '演示组织中没有这个人。');
      const back = `/people/${person.openId}`;
      const form = SayForm.safeParse(postedStrings(request.body));
      if (!form.success) return finish(response, back, { kind: 'error', text: `未发送：${firstProblem(form.error)}` });
      finish(response, back, await sendText(world, person.openId, form.data.text));
    }),
  );

  app.post(
    '/people/:openId/attach',
    express.raw({ type: 'multipart/form-data', limit: MAX_ATTACHMENT_BYTES + 64 * 1024 }),
    act(async (request, response) => {
      const person = personOf(request);
      if (!person) return notFound(response, '演示组织中没有这个人。');
      const back = `/people/${person.openId}`;
      const contentType = request.get('content-type') ?? '';
      if (!Buffer.isBuffer(request.body) || !contentType.startsWith('multipart/form-data')) {
        return finish(response, back, { kind: 'error', text: '未发送：请选择一个图片或文件' });
      }
      const posted = await new Response(request.body, { headers: { 'content-type': contentType } }).formData();
      const file = posted.get('file');
      if (!(file instanceof File) || file.size === 0) return finish(response, back, { kind: 'error', text: '未发送：请选择一个图片或文件' });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const notice = await sendAttachment(world, person.openId, { bytes, mediaType: file.type || 'application/octet-stream', fileName: file.name || 'file' });
      finish(response, back, notice);
    }),
  );

  app.post(
    '/jobs',
    act(async (request, response) => {
      const posted = postedStrings(request.body);
      const form = JobForm.safeParse(posted);
      if (!form.success) return finish(response, Back.parse(posted.back), { kind: 'error', text: `任务未运行：${firstProblem(form.error)}` });
      const notice = await runJobAsOf(world, { job: form.data.job, unitId: form.data.unit, date: form.data.date });
      finish(response, form.data.back, notice);
    }),
  );

  app.post(
    '/advance-day',
    act(async (request, response) => {
      const form = AdvanceForm.parse(postedStrings(request.body));
      finish(response, form.back, await advanceDay(world));
    }),
  );

  app.get('/files/:key', (request, response) => {
    const params = KeyParams.safeParse(request.params);
    const file = params.success ? world.stage.standIn.files.find((candidate) => candidate.fileKey === params.data.key) : undefined;
    if (!file) return notFound(response, '飞书替身中没有这个文件。');
    const mediaType = file.partMimeType ?? 'application/octet-stream';
    response.type(mediaType);
    response.attachment(file.fileName);
    response.send(file.bytes);
  });

  app.get('/attachments/:key', (request, response) => {
    const params = KeyParams.safeParse(request.params);
    const resource = params.success ? world.stage.standIn.userResource(params.data.key) : undefined;
    if (!resource) return notFound(response, '飞书替身中没有这个附件。');
    const inline = resource.kind === 'image' && INLINE_IMAGE_TYPES.has(resource.mediaType);
    response.type(inline ? resource.mediaType : 'application/octet-stream');
    if (!inline) response.attachment(params.data?.key ?? 'file');
    response.send(Buffer.from(resource.bytes));
  });

  return app;
}
