// Headless page login: when the app listens beyond this computer (--host 0.0.0.0, the LAN switch) the page, its RPC
// token, /rpc and /rpc/events need a login — the API key or the password given at start (--ui-password). A session
// cookie (HttpOnly; SameSite=Strict) marks a logged-in browser. Wrong attempts are counted per address like wrong
// API keys, and the right secret is always accepted (failed-key-limiter.ts), so nobody can lock the owner out.
// The desktop app never serves the page: its token stays inside the process.
import { randomBytes } from 'node:crypto';
import formbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Language } from '../../../../shared/domain';
import { sameSecret } from '../same-secret';
import { createFailedAttemptLimiter } from './failed-key-limiter';
import { LOGIN_PAGE_CSP, renderLoginPage, type LoginProblem } from './login-page';

export const SESSION_COOKIE = 'wasender_session';
const SESSION_MS = 12 * 60 * 60 * 1000;
export const FAILED_LOGIN_LIMIT = 10;

export interface PageAccess {
  loggedIn(request: FastifyRequest): boolean;
}

export interface PageLoginOptions {
  /** The secrets that log in: the API key (read live: it can be regenerated) and an optional password. */
  secrets: () => string[];
  language: () => Language;
  now?: () => number;
}

const cookieOf = (request: FastifyRequest, name: string): string | undefined => {
  for (const part of String(request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
};

export function createPageLogin(options: PageLoginOptions) {
  const now = options.now ?? (() => Date.now());
  const sessions = new Map<string, number>();
  const limiter = createFailedAttemptLimiter(FAILED_LOGIN_LIMIT, 60_000, now);

  const loggedIn = (request: FastifyRequest) => {
    const id = cookieOf(request, SESSION_COOKIE);
    const expires = id ? sessions.get(id) : undefined;
    if (!id || expires === undefined) return false;
    if (expires < now()) {
      sessions.delete(id);
      return false;
    }
    return true;
  };

  const page = (reply: FastifyReply, code: number, problem?: LoginProblem) =>
    reply
      .code(code)
      .type('text/html; charset=utf-8')
      .headers({
        'cache-control': 'no-store',
        'content-security-policy': LOGIN_PAGE_CSP,
        'x-frame-options': 'DENY',
        'referrer-policy': 'same-origin',
      })
      .send(renderLoginPage(options.language(), problem));

  async function register(app: FastifyInstance) {
    await app.register(async (scope) => {
      await scope.register(formbody, { bodyLimit: 4096 });
      scope.get('/login', (request, reply) =>
        loggedIn(request) ? reply.redirect('/', 303) : page(reply, 200),
      );
      scope.post<{ Body: { password?: unknown } }>('/login', (request, reply) => {
        const given = typeof request.body?.password === 'string' ? request.body.password : undefined;
        if (given && options.secrets().some((secret) => sameSecret(given, secret))) {
          const id = randomBytes(32).toString('base64url');
          sessions.set(id, now() + SESSION_MS);
          return reply
            .header(
              'set-cookie',
              `${SESSION_COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_MS / 1000}`,
            )
            .redirect('/', 303);
        }
        const wait = limiter.blockedFor(request.ip);
        if (wait > 0)
          return page(reply.header('retry-after', String(wait)), 429, { kind: 'too-many', seconds: wait });
        limiter.recordFailure(request.ip);
        request.log.warn({ ip: request.ip }, 'wrong login on the headless page');
        return page(reply, 401, { kind: 'wrong' });
      });
      scope.post('/logout', (request, reply) => {
        const id = cookieOf(request, SESSION_COOKIE);
        if (id) sessions.delete(id);
        return reply
          .header('set-cookie', `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`)
          .redirect('/login', 303);
      });
    });
  }

  return { loggedIn, register } satisfies PageAccess & { register: typeof register };
}

export type PageLogin = ReturnType<typeof createPageLogin>;

/** 127.x, ::1 and localhost: only this computer can connect, so the page needs no login unless asked for. */
export const isLoopbackHost = (host: string) =>
  host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
