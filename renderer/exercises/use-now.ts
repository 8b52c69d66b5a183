import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` while `active`. Only a timer's own display
 * subscribes to this, so ticking re-renders nothing else.
 */
export function useNow(active: boolean, intervalMs = 200): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return undefined;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [active, intervalMs]);
  return now;
}
