// What WhatsApp restricts on a number (timelock, new-chat cap), in plain words, with what to do. English.
import type { Shape } from '../../shape';
import type * as id from '../id/restrictions';

export const restrictions: Shape<typeof id.restrictions> = {
  timelock: {
    title: 'WhatsApp has temporarily blocked this number from starting new chats',
    body: 'Messages to people who never chatted with this number are refused until {{time}}. Existing chats still work. Campaigns of this number are paused and continue by themselves at {{resume}}.',
    countdown: 'Lifts in {{left}}',
    todo: 'What to do: do not message new numbers for now, do not retry, and answer your customers as usual. Sending more makes the block longer or worse.',
  },
  margin: {
    title: "WhatsApp's block has lifted",
    body: 'To be safe, campaigns of this number continue at {{resume}}.',
    countdown: 'Continues in {{left}}',
  },
  capped: {
    title: 'This number has reached WhatsApp’s limit of new chats',
    body: 'For now it may only message people who chatted with it before. Campaigns skip new contacts.',
    todo: 'What to do: message only customers who already chatted with you, and wait for WhatsApp to lift the limit.',
  },
  warning: {
    FIRST_WARNING: 'First warning from WhatsApp: too many new chats',
    SECOND_WARNING: 'Second warning from WhatsApp: too many new chats',
    body: 'Campaigns of this number go slower and with a lower daily limit, so the number is not restricted.',
    todo: 'What to do: message fewer new numbers and invite customers to reply to you.',
  },
  health: {
    title: 'Number health',
    help: "New chats today against WhatsApp's cap, and whether WhatsApp restricts the number now.",
    device: 'Number',
    newChats: 'New chats today',
    cap: "WhatsApp's cap",
    capUnknown: 'not known yet',
    capNone: 'no cap',
    capUsed: '{{used}} of {{total}} used',
    status: 'Health',
    good: 'Healthy',
    warningState: 'Careful',
    restricted: 'Restricted',
    empty: 'No devices yet.',
  },
};
