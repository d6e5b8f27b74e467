// A media problem (bad link, wrong type, too big) is the client's input: answered as "Invalid data!" on that field.
import { MediaError } from '../../messages/resolve-media';
import { replies, RestFailure } from './responses';

export async function asInvalidData<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof MediaError)
      throw new RestFailure(replies.invalid({ [error.field]: [error.message] }));
    throw error;
  }
}
