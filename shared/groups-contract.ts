// The groups.* slice of the contract (spread into shared/contract.ts): the groups of a device, their members, a
// members list for campaigns, creating a group and its invite link (electron/core/groups/).
import { z } from 'zod';

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const deviceId = z.number().int().positive();
const jid = z.string().regex(/^[\d-]+@g\.us$/);

export const groupSummarySchema = z.object({
  jid: z.string(),
  subject: z.string(),
  size: z.number().int(),
  weAdmin: z.boolean(),
});
export type GroupSummary = z.infer<typeof groupSummarySchema>;

export const groupMemberSchema = z.object({
  id: z.string(),
  /** Digits, or null when WhatsApp shows the member only by LID and the app knows no number for it. */
  phone: z.string().nullable(),
  admin: z.boolean(),
});
export type GroupMember = z.infer<typeof groupMemberSchema>;

export const groupsMethods = {
  'groups.list': method(z.object({ deviceId }).strict(), z.array(groupSummarySchema)),
  'groups.members': method(z.object({ deviceId, jid }).strict(), z.array(groupMemberSchema)),
  /** Members → a new contact list; `unresolved` members (LID only, number unknown) are left out. */
  'groups.toContactList': method(
    z.object({ deviceId, jid }).strict(),
    z.object({ listId: z.number().int(), added: z.number().int(), unresolved: z.number().int() }),
  ),
  /** A contact list whose rows are these groups: a campaign to it sends one message per group. */
  'groups.toCampaignList': method(
    z.object({ deviceId, jids: z.array(jid).min(1).max(500), name: z.string().min(1).max(200) }).strict(),
    z.object({ listId: z.number().int(), groups: z.number().int() }),
  ),
  'groups.create': method(
    z
      .object({ deviceId, subject: z.string().min(1).max(100), phones: z.array(z.string()).min(1).max(100) })
      .strict(),
    groupSummarySchema,
  ),
  /** The invite link (admins only; `revoke` makes a new one). */
  'groups.invite': method(
    z.object({ deviceId, jid, revoke: z.boolean().default(false) }).strict(),
    z.object({ link: z.string() }),
  ),
} as const;

export const groupsEvents = {
  /** The kept groups of this device changed (connect, a notification, a change made here). */
  'groups.changed': z.object({ deviceId: z.number().int() }),
} as const;
