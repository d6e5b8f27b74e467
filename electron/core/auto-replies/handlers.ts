// Auto-reply part of the contract: rules per device (create, edit, remove, reorder) and a dry-run test.
import type { Database } from 'better-sqlite3';
import type { HandlersFor } from '../../../shared/contract';
import type { AutoReplyRule } from '../../../shared/inbox';
import { findDevice } from '../devices/queries';
import { AppError, appError } from '../errors';
import type { EventBus } from '../events';
import { findMatchingRule, patternProblem } from './match';
import { deleteRule, findRule, insertRule, listRules, setRulePosition, updateRule } from './queries';

function assertPatternSaves(match: AutoReplyRule['match'], pattern: string): void {
  const problem = patternProblem(match, pattern);
  if (problem) throw appError('invalid_input', problem, undefined, { pattern: problem });
}

export function createAutoReplyHandlers(db: Database, events: EventBus) {
  const changed = <T>(deviceId: number, result: T): T => {
    events.emit('autoReplies.changed', { deviceId });
    return result;
  };
  return {
    'autoReplies.list': ({ deviceId }) => listRules(db, deviceId),
    'autoReplies.create': (input) => {
      if (!findDevice(db, input.deviceId))
        throw new AppError('not_found', `Device ${input.deviceId} does not exist.`);
      assertPatternSaves(input.match, input.pattern);
      return changed(input.deviceId, insertRule(db, { ...input, mediaUrl: input.mediaUrl || null }));
    },
    'autoReplies.update': ({ id, ...patch }) => {
      const rule = findRule(db, id);
      if (!rule) throw new AppError('not_found', `Rule ${id} does not exist.`);
      const next = {
        ...rule,
        ...patch,
        mediaUrl: patch.mediaUrl === undefined ? rule.mediaUrl : patch.mediaUrl || null,
      };
      assertPatternSaves(next.match, next.pattern);
      return changed(rule.deviceId, updateRule(db, next));
    },
    'autoReplies.remove': ({ id }) => {
      const rule = findRule(db, id);
      return changed(rule?.deviceId ?? 0, { removed: deleteRule(db, id) });
    },
    'autoReplies.reorder': ({ deviceId, ids }) => {
      db.transaction(() => ids.forEach((id, index) => setRulePosition(db, id, deviceId, index + 1)))();
      return changed(deviceId, listRules(db, deviceId));
    },
    'autoReplies.test': ({ deviceId, text }) => {
      const rule = findMatchingRule(listRules(db, deviceId), text);
      return { rule, reply: rule?.reply ?? null };
    },
  } satisfies HandlersFor<
    | 'autoReplies.list'
    | 'autoReplies.create'
    | 'autoReplies.update'
    | 'autoReplies.remove'
    | 'autoReplies.reorder'
    | 'autoReplies.test'
  >;
}
