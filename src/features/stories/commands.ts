// Story navigation as data (STYLE.md habit 5): each command is a record with its label and keys, so
// the player's buttons and the global keyboard shortcuts run the same code and can be tested alone.
import type { Story } from '../../model/story';
import { useAppStore } from '../../store/store';
import { leaveFullscreen } from './fullscreen';
import { scrollStoryText } from './storyText';

export interface StoryCommand {
  readonly id: 'back' | 'next' | 'exit';
  readonly label: string;
  /** KeyboardEvent.key values that run the command while a story is open. */
  readonly keys: readonly string[];
  /**
   * More keys in presenter mode only: some clickers send ↑/↓. Elsewhere they stay with the page
   * (Map as text, lists and the details panel use them).
   */
  readonly presenterKeys?: readonly string[];
  readonly run: (story: Story) => void;
  readonly enabled: (story: Story) => boolean;
}

/**
 * A question or prediction step whose answer is still hidden: the next key press reveals it instead
 * of moving on.
 */
export function answerPending(story: Story): boolean {
  const s = useAppStore.getState();
  if (!s.story || s.story.id !== story.id) return false;
  const step = story.steps[s.story.step];
  return Boolean(step?.question || step?.predict) && !s.answerShown;
}

const stepOf = (story: Story) => {
  const s = useAppStore.getState().story;
  return s && s.id === story.id ? s.step : -1;
};

export const STORY_COMMANDS: readonly StoryCommand[] = [
  {
    id: 'back',
    label: 'Back',
    // Presentation clickers send Page Up / Page Down.
    keys: ['ArrowLeft', 'PageUp'],
    presenterKeys: ['ArrowUp'],
    enabled: (story) => stepOf(story) > 0,
    run: (story) => {
      const step = stepOf(story);
      if (step < 0 || scrollStoryText(-1)) return;
      if (step > 0) useAppStore.getState().setStep(step - 1);
    },
  },
  {
    id: 'next',
    label: 'Next',
    keys: ['ArrowRight', ' ', 'PageDown'],
    presenterKeys: ['ArrowDown'],
    enabled: (story) =>
      answerPending(story) || (stepOf(story) >= 0 && stepOf(story) < story.steps.length - 1),
    run: (story) => {
      const s = useAppStore.getState();
      const step = stepOf(story);
      // Text still below in the presenter card (the prompt, or the answer's routes) comes first.
      if (step < 0 || scrollStoryText(1)) return;
      if (answerPending(story)) s.showAnswer(true);
      else if (step < story.steps.length - 1) s.setStep(step + 1);
    },
  },
  {
    id: 'exit',
    label: 'Exit',
    keys: ['Escape'],
    enabled: () => true,
    run: (story) => {
      useAppStore.getState().closeStory();
      leaveFullscreen();
      // The story card that held focus is gone: hand focus to the story's Start button (or the map),
      // not to the page body, so keyboard users carry on from where they were.
      requestAnimationFrame(() => {
        const target =
          document.querySelector<HTMLElement>(`[data-story-start="${CSS.escape(story.id)}"]`) ??
          document.querySelector<HTMLElement>('[data-testid="graph-canvas"]');
        target?.focus();
      });
    },
  },
];

export const commandFor = (key: string, presenter = false): StoryCommand | undefined =>
  STORY_COMMANDS.find((c) => c.keys.includes(key) || (presenter && c.presenterKeys?.includes(key)));

/** Keys typed into a field belong to the field, not to the story. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

/** A focused button or link already answers Space and Enter itself; running a story command too would step twice. */
function activatesOnSpace(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('button, a[href], [role="button"], [role="tab"]') !== null
  );
}

/** The story command a keydown should run, or undefined when the key belongs to something else. */
export function commandForEvent(e: KeyboardEvent): StoryCommand | undefined {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTypingTarget(e.target)) return undefined;
  if (e.key === ' ' && activatesOnSpace(e.target)) return undefined;
  return commandFor(e.key, useAppStore.getState().presenter);
}
