import { useEffect } from 'react';
import { useShallow } from 'zustand/shallow';
import type { Notice } from '../store/slices/notice-slice';
import { useAppStore } from '../store/store-context';

const SHOWN_MS = { success: 4000, error: 9000 } as const;

/**
 * Announces saves and errors to screen readers and shows them as a small toast.
 * The region is always in the page: a live region added together with its text is
 * often not read out.
 */
export function LiveRegion() {
  const { notice, dismissNotice } = useAppStore(
    useShallow((s) => ({ notice: s.notice, dismissNotice: s.dismissNotice })),
  );
  return <NoticeRegion notice={notice} dismissNotice={dismissNotice} />;
}

/** The live region over any store's notice: the app's, or the room's learner page. */
export function NoticeRegion({
  notice,
  dismissNotice,
}: {
  notice: Notice | null;
  dismissNotice(): void;
}) {
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(dismissNotice, SHOWN_MS[notice.tone]);
    return () => clearTimeout(timer);
  }, [notice, dismissNotice]);

  return (
    <div className="toast-region" role="status" aria-live="polite" aria-atomic="true">
      {notice && (
        <div key={notice.id} className={`toast toast--${notice.tone}`}>
          <span className="toast__dot" aria-hidden="true" />
          {notice.tone === 'error' && <span className="visually-hidden">Error: </span>}
          {notice.text}
        </div>
      )}
    </div>
  );
}
