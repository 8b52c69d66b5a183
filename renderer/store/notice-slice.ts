import type { StateCreator } from 'zustand/vanilla';
import type { AppStore, NoticeActions, NoticeState } from './types';

let nextId = 1;

/** The live region's message: what was just saved or what went wrong. */
export const createNoticeSlice: StateCreator<AppStore, [], [], NoticeState & NoticeActions> = (
  set,
) => ({
  notice: null,
  announce(text, tone = 'success') {
    set({ notice: { id: nextId++, text, tone } });
  },
  dismissNotice() {
    set({ notice: null });
  },
});
