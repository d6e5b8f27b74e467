// Lets the event loop turn in the middle of Baileys' Signal work. libsignal's crypto is synchronous and Baileys
// runs it in long promise chains: 20 campaigns starting at once ran 655 ms of session set-ups as microtasks
// without the loop turning once (scale bench CPU profile, test/bench/README.md), so the REST API, the UI's calls
// and the webhooks all waited. The key store is awaited at every step of those chains (whatsapp/auth-state.ts):
// there, once the loop has not turned for TURN_MS, the chain waits for one turn.
const TURN_MS = 10;

let lastTurn = performance.now();
let markScheduled = false;

export async function letTheLoopTurn(): Promise<void> {
  if (!markScheduled) {
    // The loop turned since the last call (or this is the first): count from now.
    markScheduled = true;
    lastTurn = performance.now();
    // Runs at the next turn of the loop (its check phase): the time of the last turn, as far as we can see.
    setImmediate(() => {
      markScheduled = false;
      lastTurn = performance.now();
    });
  }
  if (performance.now() - lastTurn < TURN_MS) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
}
