/**
 * A stand-in for GitHub's REST API on loopback (node:http, 127.0.0.1, a random port), shaped like the
 * real one: paginated `pulls/{n}/files` with Link headers and the 3,000-file cap, issue comments,
 * and injectable faults (403/429 with retry-after, 500s, a read-only token).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePullFile {
  filename: string;
  status?: string;
  changes?: number;
  patch?: string;
}

export interface FakeComment {
  id: number;
  body: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface Fault {
  method?: string;
  /** Matched against the path without the query. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many requests it answers before it is used up; Infinity for all. */
  times: number;
}

export interface FakeGitHub {
  url: string;
  /** PR number → its files, in the order the API lists them. */
  pullFiles: Map<number, FakePullFile[]>;
  /** PR number → its conversation comments. */
  comments: Map<number, FakeComment[]>;
  requests: RecordedRequest[];
  faults: Fault[];
  /** Every write answers 403 "Resource not accessible by integration", as a fork PR's token gets. */
  readOnly: boolean;
  close(): Promise<void>;
}

const MAX_FILES = 3000;

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextCommentId = 1000;
  const state: Omit<FakeGitHub, 'url' | 'close'> = { pullFiles: new Map(), comments: new Map(), requests: [], faults: [], readOnly: false };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? (JSON.parse(raw) as unknown) : undefined;
    const method = req.method ?? 'GET';
    state.requests.push({ method, path: url.pathname + url.search, authorization: req.headers.authorization, body });

    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
    };

    const fault = state.faults.find((f) => f.times > 0 && f.path.test(url.pathname) && (!f.method || f.method === method));
    if (fault) {
      fault.times--;
      return send(fault.status, { message: fault.message ?? `fake fault ${fault.status}`, documentation_url: 'https://docs.github.com/rest' }, fault.headers);
    }
    if (method !== 'GET' && state.readOnly) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    }

    const files = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(url.pathname);
    if (files && method === 'GET') {
      const all = (state.pullFiles.get(Number(files[3])) ?? []).slice(0, MAX_FILES);
      return sendPage(url, all.map(toApiFile), send);
    }
    const listComments = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (listComments && method === 'GET') return sendPage(url, state.comments.get(Number(listComments[3])) ?? [], send);
    if (listComments && method === 'POST') {
      const number = Number(listComments[3]);
      const comment = { id: nextCommentId++, body: (body as { body: string }).body };
      state.comments.set(number, [...(state.comments.get(number) ?? []), comment]);
      return send(201, comment);
    }
    const oneComment = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (oneComment && method === 'PATCH') {
      for (const list of state.comments.values()) {
        const comment = list.find((c) => c.id === Number(oneComment[3]));
        if (comment) {
          comment.body = (body as { body: string }).body;
          return send(200, comment);
        }
      }
    }
    send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** One page of a list, with GitHub's Link header (next/last) when there are more. */
function sendPage(url: URL, items: readonly unknown[], send: (status: number, data: unknown, headers?: Record<string, string>) => void): void {
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
  const page = Number(url.searchParams.get('page') ?? 1);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number): string => {
    const target = new URL(url);
    target.searchParams.set('page', String(p));
    return `<${target.toString()}>`;
  };
  const headers: Record<string, string> = {};
  if (page < lastPage) headers.link = `${link(page + 1)}; rel="next", ${link(lastPage)}; rel="last"`;
  send(200, items.slice((page - 1) * perPage, page * perPage), headers);
}

function toApiFile(file: FakePullFile): Record<string, unknown> {
  const changes = file.changes ?? (file.patch ? file.patch.split('\n').filter((l) => /^[+-]/.test(l)).length : 0);
  return {
    sha: '0'.repeat(40),
    filename: file.filename,
    status: file.status ?? 'modified',
    additions: changes,
    deletions: 0,
    changes,
    blob_url: `https://github.com/o/r/blob/head/${file.filename}`,
    raw_url: `https://github.com/o/r/raw/head/${file.filename}`,
    contents_url: `https://api.github.com/repos/o/r/contents/${file.filename}`,
    ...(file.patch === undefined ? {} : { patch: file.patch }),
  };
}
