// The restrictions.* slice of the contract (spread into shared/contract.ts).
import { z } from 'zod';
import { deviceRestrictionSchema } from './restrictions';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const restrictionMethods = {
  /** Every device's restriction state (timelock, cap stage, new chats today). */
  'restrictions.list': method(z.object({}).strict().optional(), z.array(deviceRestrictionSchema)),
} as const;

export const restrictionEvents = {
  /** A number's restriction changed (WhatsApp set or lifted a timelock, a cap stage, or the count moved). */
  'device.restriction': deviceRestrictionSchema,
} as const;
