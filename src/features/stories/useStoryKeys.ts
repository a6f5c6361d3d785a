// Global keys while a story plays: → or Space next (or reveal the answer), ← back, Esc leave.
// Bound to window so they work wherever focus is, except in fields, which keep their keys.
import { useEffect } from 'react';
import type { Story } from '../../model/story';
import { commandForEvent } from './commands';

export function useStoryKeys(story: Story | undefined, enabled: boolean): void {
  useEffect(() => {
    if (!story || !enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const command = commandForEvent(e);
      if (!command) return;
      // Space would otherwise scroll the page, arrows pan it.
      e.preventDefault();
      command.run(story);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [story, enabled]);
}
