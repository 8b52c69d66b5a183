import type { Slice } from './slice';

/** A short message for the live region: saves and errors. */
export interface Notice {
  id: number;
  text: string;
  tone: 'success' | 'error';
}

export interface NoticeState {
  notice: Notice | null;
}

export interface NoticeActions {
  announce(text: string, tone?: Notice['tone']): void;
  dismissNotice(): void;
}

export type NoticeSlice = NoticeState & NoticeActions;

/** The live region's message: what was just saved or what went wrong. */
export const createNoticeSlice: Slice<NoticeSlice> = ({ set }) => {
  let nextId = 1;
  return {
    notice: null,
    announce(text, tone = 'success') {
      set({ notice: { id: nextId++, text, tone } });
    },
    dismissNotice() {
      set({ notice: null });
    },
  };
};
