/** A local HTTP server of a folder's files, as an editor in a browser loads an extension's files. */
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.md': 'text/markdown',
  '.html': 'text/html',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  origin: string;
  close(): void;
}

/**
 * Serves the files under `root` (never a path outside it) on a free port of 127.0.0.1, and `page`,
 * when given, at `/`. Every answer allows any origin: the editor's page fetches from another port.
 */
export async function serveFolder(root: string, page?: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const headers = { 'access-control-allow-origin': '*' };
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/' && page !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(page);
      return;
    }
    const file = path.join(base, decodeURIComponent(url.pathname));
    if (!file.startsWith(`${base}${path.sep}`) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, headers).end();
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
