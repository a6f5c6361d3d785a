// Which story's printable handout is open. Kept in a small store of this feature: the panel opens it,
// the player (always mounted) shows it, and ?story=ID&print=1 opens it on load. It is not part of the
// shared view state in the URL, which is why it does not live in src/store.
import { create } from 'zustand';

interface HandoutState {
  /** The story whose handout is shown, or null. */
  storyId: string | null;
  /** Open the browser's print dialog once the handout has been drawn. */
  autoPrint: boolean;
  /** Print the answers of questions and predictions (the teacher's copy) or leave room for them. */
  includeAnswers: boolean;
  openHandout: (storyId: string, autoPrint?: boolean) => void;
  closeHandout: () => void;
  setIncludeAnswers: (include: boolean) => void;
}

/**
 * ?story=ID&print=1 asks for the handout of that story, printed straight away; &answers=0 for the
 * students' copy, without the answers.
 */
export function handoutFromSearch(search: string): {
  storyId: string | null;
  autoPrint: boolean;
  includeAnswers: boolean;
} {
  const p = new URLSearchParams(search);
  const storyId = p.get('print') === '1' ? p.get('story') : null;
  return { storyId, autoPrint: storyId !== null, includeAnswers: p.get('answers') !== '0' };
}

// Read once, when the app first loads: URL sync rewrites the address soon after and drops `print`.
const initial =
  typeof window === 'undefined'
    ? { storyId: null, autoPrint: false, includeAnswers: true }
    : handoutFromSearch(window.location.search);

export const useHandoutStore = create<HandoutState>()((set) => ({
  ...initial,
  openHandout: (storyId, autoPrint = true) => set({ storyId, autoPrint }),
  closeHandout: () => set({ storyId: null, autoPrint: false }),
  setIncludeAnswers: (includeAnswers) => set({ includeAnswers }),
}));

export const selectHandoutId = (s: HandoutState) => s.storyId;

/** For tests. */
export function resetHandout(): void {
  useHandoutStore.setState({ storyId: null, autoPrint: false, includeAnswers: true });
}
