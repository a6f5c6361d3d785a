// The line above the map that says how much of it the filters show, announced politely when it
// changes, with "Show all" while something is left out. The curated map and an imported layer each
// word their own text; the line's look (a fixed height, see .hidden-indicator) is this one.
export function FilterLine({ text, onShowAll }: { text: string; onShowAll?: () => void }) {
  return (
    <div className="hidden-indicator">
      <p role="status" aria-live="polite" title={text}>
        {text}
      </p>
      {onShowAll && (
        <button type="button" onClick={onShowAll}>
          Show all
        </button>
      )}
    </div>
  );
}
