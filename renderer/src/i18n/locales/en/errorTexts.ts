// core's error texts in English: the table itself (shared/error-texts.ts), the words the API and the logs use.
import { errorTexts as table } from '../../../../../shared/error-texts';
import type { Shape } from '../../shape';
import type * as id from '../id/errorTexts';

export const errorTexts: Shape<typeof id.errorTexts> = table;
