// Blank the screen, as presentation software does: a clicker's "blank" button sends B or a period.
// While blank, the projector shows black and any key (or a click) brings the story back without
// also stepping it, so a teacher who presses Page Down to come back does not skip a step.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { isTypingTarget } from './commands';

/** Keys that blank (and unblank) the screen: B and the period, as in PowerPoint and Keynote. */
export const BLANK_KEYS: readonly string[] = ['b', 'B', '.'];

/** Modifier keys alone never bring the story back: Shift might be half of a shortcut. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

/** Whether the screen is blank; the keys are listened to only while `enabled` (presenter mode). */
export function useBlankScreen(enabled: boolean): [boolean, (blank: boolean) => void] {
  const [blank, setBlank] = useState(false);
  useEffect(() => {
    if (!enabled) {
      setBlank(false);
      return;
    }
    const onKeyDown = (e: KeyboardEvent) => {
      if (blank) {
        if (MODIFIERS.has(e.key)) return;
        // Captured on the window before the story's own keys: this press only brings the story back.
        e.preventDefault();
        e.stopImmediatePropagation();
        setBlank(false);
        return;
      }
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return;
      if (!BLANK_KEYS.includes(e.key)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      setBlank(true);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [enabled, blank]);
  return [blank, setBlank];
}

/** The black screen itself, over everything (in document.body: no panel may clip it). */
export function BlankScreen({ onRestore }: { onRestore: () => void }) {
  return createPortal(
    <div className="story-blank" data-testid="story-blank" onClick={onRestore}>
      <p className="story-blank__note" role="status">
        Screen blanked. Press any key to return to the story.
      </p>
    </div>,
    document.body,
  );
}
