// The compose.* slice of the contract: one message sent through the same pipeline as the REST API.
import { z } from 'zod';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** The REST send endpoints the compose page can call. */
export const composePaths = [
  '/send-message',
  '/send-media',
  '/send-button',
  '/send-template',
  '/send-list',
  '/send-poll',
  '/send-location',
  '/send-contact',
] as const;
export type ComposePath = (typeof composePaths)[number];

/** A file picked from disk, sent as /send-media's multipart `file` (documents up to 100 MB). */
export const composeFileSchema = z
  .object({
    name: z.string().max(255),
    mimetype: z.string().max(200),
    dataBase64: z.string().max(140 * 1024 * 1024),
  })
  .strict();

const sendResult = z.object({
  number: z.string(),
  status: z.boolean(),
  id: z.string().optional(),
  msg: z.string().optional(),
  errors: z.string().optional(),
});

export const composeMethods = {
  /**
   * Sends like `POST <path>` with these params (no api_key): the same validation errors (`invalid_input`,
   * details `{field: [Laravel message]}`), `session_not_connected` and `send_failed` (reason as message).
   */
  'compose.send': method(
    z
      .object({
        path: z.enum(composePaths),
        params: z.record(z.string(), z.unknown()),
        file: composeFileSchema.optional(),
      })
      .strict(),
    z.object({ id: z.string(), results: z.array(sendResult).optional() }),
  ),
} as const;
