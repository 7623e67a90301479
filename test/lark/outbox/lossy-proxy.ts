import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A real HTTP proxy between the bot and the Lark stand-in that can lose an answer: the request reaches Lark (which
 * acts on it), but the bot never hears back, either because the connection is reset or because nothing comes at all.
 * This is the case a send's uuid exists for.
 */
export interface LossyProxy {
  /** Pass as the messenger's `domain`. */
  readonly url: string;
  /** The next `count` requests to `method path` reach Lark, and their answers are lost in the way given. */
  loseAnswers(match: { method: string; path: string; count?: number }, how: 'reset' | 'silence'): void;
  /** The JSON bodies of the requests that went through to `method path`, oldest first. */
  bodiesSentTo(method: string, path: string): unknown[];
  close(): Promise<void>;
}

interface Loss {
  method: string;
  path: string;
  remaining: number;
  how: 'reset' | 'silence';
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export async function startLossyProxy(targetUrl: string): Promise<LossyProxy> {
  const target = new URL(targetUrl);
  const losses: Loss[] = [];
  const sent: Array<{ method: string; path: string; body: Buffer; contentType: string | undefined }> = [];
  const sockets = new Set<Socket>();

  function takeLoss(method: string, path: string): Loss | undefined {
    const loss = losses.find((candidate) => candidate.method === method && candidate.path === path && candidate.remaining > 0);
    if (loss) loss.remaining -= 1;
    return loss;
  }

  async function relay(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const body = await readBody(incoming);
    const method = incoming.method ?? 'GET';
    const path = new URL(incoming.url ?? '/', target).pathname;
    sent.push({ method, path, body, contentType: incoming.headers['content-type'] });
    const loss = takeLoss(method, path);
    const upstream = forward({ host: target.hostname, port: target.port, method, path: incoming.url, headers: { ...incoming.headers, host: target.host } });
    upstream.on('response', async (answer) => {
      const answerBody = await readBody(answer);
      if (loss?.how === 'reset') {
        incoming.socket.destroy();
        return;
      }
      if (loss?.how === 'silence') return;
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      outgoing.end(answerBody);
    });
    upstream.on('error', () => incoming.socket.destroy());
    upstream.end(body);
  }

  const server = createServer((incoming, outgoing) => void relay(incoming, outgoing));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    loseAnswers({ method, path, count = 1 }, how) {
      losses.push({ method, path, remaining: count, how });
    },
    bodiesSentTo(method, path) {
      return sent
        .filter((request) => request.method === method && request.path === path && request.contentType?.includes('json'))
        .map((request) => JSON.parse(request.body.toString('utf8')) as unknown);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
