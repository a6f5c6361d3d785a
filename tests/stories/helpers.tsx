// The real knowledge base and its render helper (shared with the panel tests), plus story lookup.
import { kb } from '../features/helpers';

export { kb, renderWithGraph } from '../features/helpers';

export function storyById(id: string) {
  const story = kb.stories.find((s) => s.id === id);
  if (!story) throw new Error(`no story ${id}`);
  return story;
}
