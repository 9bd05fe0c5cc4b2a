import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

function listen(server: Server): Promise<LocalServer> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.keepAliveTimeout = 1000;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Serves a built folder on 127.0.0.1 (the bench pages). */
export function serveFolder(root: string): Promise<LocalServer> {
  return listen(
    createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      const file = join(root, path);
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      readFile(file).then(
        (body) =>
          response
            .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
            .end(body),
        () => response.writeHead(404).end('not found'),
      );
    }),
  );
}

/** Serves fixed JSON bodies by path on 127.0.0.1 (generated traces, the same bytes for every client). */
export function serveBodies(bodies: Map<string, Buffer>): Promise<LocalServer> {
  return listen(
    createServer((request, response) => {
      const body = bodies.get(new URL(request.url ?? '/', 'http://x').pathname);
      if (!body) {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not found"}');
        return;
      }
      response
        .writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
        .end(body);
    }),
  );
}
