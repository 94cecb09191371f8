/**
 * A real HTTP server on a loopback address that logs every request (for "nothing reaches it"
 * assertions) and answers from a small route table. Started and closed by each test.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

export interface CountingServer {
  origin: string;
  /** Every request as `METHOD /path`, in order. */
  log: string[];
  /** Answers `path` with this route (CORS open, like a static host for team bundles). */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified',
};

export async function startCountingServer(host = '127.0.0.1'): Promise<CountingServer> {
  const log: string[] = [];
  const routes = new Map<string, Route>();
  const sockets = new Set<Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    log.push(`${req.method} ${req.url}`);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'Access-Control-Allow-Methods': 'GET' });
      res.end();
      return;
    }
    const route = routes.get((req.url ?? '').split('?')[0] ?? '');
    if (!route) {
      // A 1×1 GIF for anything else: a request that got here would have loaded.
      res.writeHead(200, { ...CORS, 'content-type': 'image/gif' });
      res.end(Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64'));
      return;
    }
    res.writeHead(route.status ?? 200, { ...CORS, ...route.headers });
    res.end(route.body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    log,
    route(path, route) {
      routes.set(path, route);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

export function jsonRoute(value: unknown): Route {
  return {
    headers: { 'content-type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' },
    body: typeof value === 'string' ? value : JSON.stringify(value),
  };
}
