// Sends from one device to one chat go out one after another, in the order they were asked for: a big
// document followed by a short text must not arrive after it. Different chats still send in parallel.
export type ChatQueue = <T>(key: string, task: () => Promise<T>) => Promise<T>;

export function createChatQueue(): ChatQueue {
  const tails = new Map<string, Promise<unknown>>();
  return (key, task) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}
