// JSON for every error and unknown route — never an HTML page or a stack trace.
import type { FastifyError, FastifyInstance } from 'fastify';
import { ContractError } from '../../../shared/errors';
import { httpStatusOf, toWireError } from '../errors';

export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    const msg = `Not found: ${request.method} ${request.url.split('?')[0]}`;
    reply.code(404).send({ status: false, msg, message: msg });
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ContractError) {
      return reply
        .code(httpStatusOf[error.code])
        .send({ status: false, msg: error.message, message: error.message, errors: error.details });
    }
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'unhandled API error');
    const msg =
      status === 413
        ? 'Request body is too large.'
        : status === 500
          ? toWireError(error).message
          : error.message;
    return reply.code(status).send({ status: false, msg, message: msg });
  });
}
