// restrictions.* contract methods.
import type { HandlersFor } from '../../../shared/contract';
import type { Restrictions } from './restrictions';

export function createRestrictionHandlers(restrictions: Restrictions) {
  return {
    'restrictions.list': () => restrictions.list(),
  } satisfies HandlersFor<'restrictions.list'>;
}
