// The list of guided stories, with Start, Present (full screen, large type) and a printable handout.
import type { Story } from '../../model/story';
import { selectStory } from '../../store/selectors';
import { useAppStore } from '../../store/store';
import { useKnowledgeBase } from '../common/graphContext';
import { enterFullscreen } from './fullscreen';
import { useHandoutStore } from './handoutState';
import './stories.css';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function StoriesPanel() {
  const { stories } = useKnowledgeBase();
  return (
    <div className="panel stories-panel">
      <h2>Stories</h2>
      <p className="muted">
        Guided walks through the map for teaching. While a story plays: → or Space for the next step, ← to go
        back, Esc to leave; a clicker’s Page Down / Page Up do the same. Presenting, ↓ / ↑ step too and B or .
        blanks the screen.
      </p>
      {stories.length === 0 ? (
        <p>No stories yet.</p>
      ) : (
        <ul className="story-list">
          {stories.map((s) => (
            <StoryItem key={s.id} story={s} />
          ))}
        </ul>
      )}
    </div>
  );
}

function StoryItem({ story }: { story: Story }) {
  const current = useAppStore(selectStory);
  const openHandout = useHandoutStore((s) => s.openHandout);
  const playing = current?.id === story.id;
  const questions = story.steps.filter((s) => s.question || s.predict).length;

  const start = () => {
    // The canvas frames the first step by itself (src/store/fit.ts).
    useAppStore.getState().openStory(story.id);
  };
  const present = () => {
    const { openStory, setPresenter } = useAppStore.getState();
    openStory(story.id);
    setPresenter(true);
    enterFullscreen();
  };

  return (
    <li className="story-list__item" aria-current={playing ? 'true' : undefined}>
      <h3 id={`story-${story.id}`}>{story.title}</h3>
      <p>{story.summary}</p>
      <p className="muted">
        {plural(story.steps.length, 'step')}
        {questions > 0 && ` · ${plural(questions, 'question')}`}
        {playing && current && ` · playing, step ${current.step + 1}`}
      </p>
      <div className="story-list__actions">
        <button
          type="button"
          onClick={start}
          aria-label={`Start: ${story.title}`}
          data-story-start={story.id}
        >
          Start
        </button>
        <button type="button" onClick={present} aria-label={`Present: ${story.title}`}>
          Present
        </button>
        <button
          type="button"
          onClick={() => openHandout(story.id)}
          aria-label={`Print handout: ${story.title}`}
        >
          Print handout
        </button>
      </div>
    </li>
  );
}
