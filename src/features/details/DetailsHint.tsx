// The details panel with nothing (or nothing known) selected. Its own small module: the app shows it
// at first paint without loading the rest of the panel.

export function DetailsHint({ headingId, missing }: { headingId: string; missing?: string }) {
  return (
    <>
      <h2 id={headingId} tabIndex={-1}>
        Details
      </h2>
      {missing !== undefined && <p>Nothing called “{missing}” is in the knowledge base.</p>}
      <p className="muted">
        Select an entity or a relation on the map, or search for one by name, to see what it does and which
        sources say so.
      </p>
    </>
  );
}
