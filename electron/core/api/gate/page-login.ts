// Headless page login (filled in by the login slice).
import type { FastifyRequest } from 'fastify';

export interface PageAccess {
  loggedIn(request: FastifyRequest): boolean;
}
