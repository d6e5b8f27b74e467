// The fake of the preload's `window.wasender` that component tests run against (installed by vitest.setup.ts):
// each test says what a contract method answers and reads back what the component invoked.
import type { ContractBridge, MethodInput, MethodName, MethodOutput } from '../../../shared/contract';

type Answer<M extends MethodName> = (input: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;

const answers = new Map<MethodName, (input: unknown) => unknown>();

/** Every call made through the bridge in this test, in order. */
export const invoked: { method: MethodName; input: unknown }[] = [];

export const testBridge: ContractBridge = {
  invoke: (async (method: MethodName, input?: unknown) => {
    invoked.push({ method, input });
    const answerOf = answers.get(method);
    // A method the test did not expect fails loudly instead of leaving a query pending.
    if (!answerOf) throw new Error(`test bridge: no answer for ${method}`);
    return answerOf(input);
  }) as ContractBridge['invoke'],
  subscribe: () => () => {},
};

/** What `method` answers from now on in this test (a thrown error is the call's failure). */
export function answer<M extends MethodName>(method: M, answerOf: Answer<M>) {
  answers.set(method, answerOf as (input: unknown) => unknown);
}

export function resetTestBridge() {
  answers.clear();
  invoked.length = 0;
}
