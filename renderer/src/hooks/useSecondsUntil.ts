// Whole seconds until a moment (ms since epoch), re-rendering every second; null when there is no moment.
import { useEffect, useState } from 'react';

export function useSecondsUntil(at: number | null | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at == null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at == null ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
