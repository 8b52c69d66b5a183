import { useEffect } from 'react';
import type { WorkshopContent } from '../../shared/content/resolve-content';
import { useAppStore } from './store-context';

/**
 * A workshop's own version of the module (the course with the trainer's changes); null until
 * it has loaded, so no screen shows the course's text where the trainer wrote their own.
 */
export function useWorkshopContent(workshopId: string): WorkshopContent | null {
  const loaded = useAppStore((s) => s.content.get(workshopId));
  const loadContent = useAppStore((s) => s.loadContent);
  const has = loaded !== undefined;
  useEffect(() => {
    if (!has) void loadContent(workshopId);
  }, [workshopId, has, loadContent]);
  return loaded?.content ?? null;
}
