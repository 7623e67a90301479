import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomBytes, randomUUID } from 'node:crypto';
import { Router } from 'express';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { EventEnvelope } from './event-envelopes.ts';
import { newDeviceId } from './lark-ids.ts';
import { decodeFrame, encodeFrame, frameMethod, headerValue, type Frame } from './pbbp2-frame.ts';
import type { StandInContext } from './stand-in-context.ts';

export const longConnectionEndpointPath = '/callback/ws/endpoint';
const socketPath = '/ws';
const serviceId = 1;

// Seconds, as Lark sends them; the SDK reads them from the handshake and again from every pong.
const clientConfig = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 120, ReconnectNonce: 30 };

/** What the bot's handler answered, decoded from the ACK frame: `code` 200 (or 500 when it threw) and its result. */
export interface LongConnectionAck {
  code: number;
  data: unknown;
}

interface PendingAck {
  socket: WebSocket;
  resolve: (ack: LongConnectionAck) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

function decodeAck(payload: Uint8Array | undefined): LongConnectionAck {
  const answer = JSON.parse(Buffer.from(payload ?? []).toString('utf8')) as { code: number; data?: string };
  const data = answer.data === undefined ? undefined : (JSON.parse(Buffer.from(answer.data, 'base64').toString('utf8')) as unknown);
  return { code: answer.code, data };
}

/**
 * Lark's long connection ("ws mode"): the handshake endpoint that hands out a WebSocket URL, and the WebSocket server
 * speaking protobuf `pbbp2.Frame`. Events go to the most recently connected client, as Lark sends each event to
 * one client of the app.
 */
export class LongConnection {
  readonly #context: StandInContext;
  readonly #server = new WebSocketServer({ noServer: true });
  readonly #deviceIds = new Set<string>();
  readonly #clients: WebSocket[] = [];
  readonly #pending = new Map<string, PendingAck>();
  readonly #waiters: Array<() => void> = [];
  #sequence = 0;

  constructor(context: StandInContext) {
    this.#context = context;
    this.#server.on('connection', (socket) => this.#accept(socket));
  }

  get connectedClients(): number {
    return this.#clients.length;
  }

  routes(): Router {
    const router = Router();
    router.post(longConnectionEndpointPath, (request, response) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (body['AppID'] !== this.#context.appId || body['AppSecret'] !== this.#context.appSecret) {
        // The SDK treats any code but 0 and 1000040343 as final, so a wrong secret stops the client at once.
        response.status(200).json({ code: 514, msg: 'auth failed', data: {} });
        return;
      }
      const deviceId = newDeviceId();
      this.#deviceIds.add(deviceId);
      // service_id last: the SDK parses the whole URL as a query string, so only keys after the first are read right.
      const url = `ws://${request.headers.host ?? '127.0.0.1'}${socketPath}?device_id=${deviceId}&service_id=${serviceId}`;
      response.status(200).json({ code: 0, msg: 'ok', data: { URL: url, ClientConfig: clientConfig } });
    });
    return router;
  }

  attach(server: Server): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(request.url ?? '/', 'http://stand-in');
      const deviceId = url.searchParams.get('device_id');
      if (url.pathname !== socketPath || deviceId === null || !this.#deviceIds.has(deviceId)) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        return;
      }
      this.#server.handleUpgrade(request, socket, head, (webSocket) => this.#server.emit('connection', webSocket, request));
    });
  }

  /** Resolves once a client is connected and has sent its first frame; rejects after `timeoutMs`. */
  waitForClient(timeoutMs = 5000): Promise<void> {
    if (this.#clients.length > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no long-connection client connected within ${timeoutMs} ms`)), timeoutMs);
      this.#waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Sends the envelope as one `type=event` data frame and resolves with the client's decoded ACK. */
  async pushEvent(envelope: EventEnvelope, options: { timeoutMs?: number } = {}): Promise<LongConnectionAck> {
    const timeoutMs = options.timeoutMs ?? 10_000;
    await this.waitForClient(timeoutMs);
    const socket = this.#clients.filter((client) => client.readyState === client.OPEN).at(-1);
    if (socket === undefined) throw new Error('the long-connection client is closing');
    const messageId = randomUUID();
    this.#sequence += 1;
    const frame: Frame = {
      SeqID: this.#sequence,
      LogID: randomBytes(6).readUIntBE(0, 6),
      service: serviceId,
      method: frameMethod.data,
      headers: [
        { key: 'type', value: 'event' },
        { key: 'message_id', value: messageId },
        { key: 'sum', value: '1' },
        { key: 'seq', value: '0' },
        { key: 'trace_id', value: randomUUID() },
      ],
      payload: Buffer.from(JSON.stringify(envelope), 'utf8'),
    };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(messageId);
        reject(new Error(`no ACK for event ${envelope.header.event_id} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(messageId, { socket, resolve, reject, timer });
      socket.send(encodeFrame(frame), (error) => {
        if (error === undefined || error === null) return;
        clearTimeout(timer);
        this.#pending.delete(messageId);
        reject(error);
      });
      this.#context.log(`ws push ${envelope.header.event_type} ${envelope.header.event_id}`);
    });
  }

  close(): void {
    for (const [messageId, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error('the stand-in closed before the ACK arrived'));
      this.#pending.delete(messageId);
    }
    for (const socket of this.#server.clients) socket.terminate();
    this.#server.close();
  }

  #accept(socket: WebSocket): void {
    socket.on('message', (data) => {
      this.#markReady(socket);
      this.#receive(socket, data);
    });
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      const index = this.#clients.indexOf(socket);
      if (index >= 0) this.#clients.splice(index, 1);
      for (const [messageId, pending] of this.#pending) {
        if (pending.socket !== socket) continue;
        clearTimeout(pending.timer);
        pending.reject(new Error('the long-connection client disconnected before it acknowledged'));
        this.#pending.delete(messageId);
      }
    });
  }

  // The SDK listens for frames only after its 'open' handler has sent the first ping, so a frame pushed before that
  // ping arrives is lost: a client counts as connected from its first frame on.
  #markReady(socket: WebSocket): void {
    if (this.#clients.includes(socket)) return;
    this.#clients.push(socket);
    for (const wake of this.#waiters.splice(0)) wake();
  }

  #receive(socket: WebSocket, data: RawData): void {
    let frame: Frame;
    try {
      frame = decodeFrame(toBytes(data));
    } catch {
      return;
    }
    const type = headerValue(frame, 'type');
    if (frame.method === frameMethod.control && type === 'ping') {
      const pong: Frame = {
        ...frame,
        headers: [{ key: 'type', value: 'pong' }],
        payload: Buffer.from(JSON.stringify(clientConfig), 'utf8'),
      };
      socket.send(encodeFrame(pong));
      return;
    }
    if (frame.method !== frameMethod.data) return;
    const messageId = headerValue(frame, 'message_id');
    const pending = messageId === undefined ? undefined : this.#pending.get(messageId);
    if (messageId === undefined || pending === undefined) return;
    clearTimeout(pending.timer);
    this.#pending.delete(messageId);
    try {
      pending.resolve(decodeAck(frame.payload));
    } catch (error) {
      pending.reject(error as Error);
    }
  }
}
