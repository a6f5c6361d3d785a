// The import dialog: progress and Cancel while the file is checked, then what was found — problems
// (errors block; warnings are shown, identical ones folded, and never block a file that reads), how to open it (on its own or over the curated map) and,
// for an overlay, the proposed matches. Nothing reaches the map before "Open".
import { useEffect, useId, useRef } from 'react';
import { BIG_LAYER } from '../../canvas/importedStylesheet';
import { IMPORT_FORMAT_LABELS, hasErrors } from '../../import/types';
import { MatchList } from './MatchList';
import { ProblemList } from './ProblemList';
import './import.css';
import { useImportSession } from './session';

function Checked() {
  const s = useImportSession();
  const checked = s.checked!;
  const network = checked.network;
  const errors = hasErrors(checked.problems);
  const warnings = checked.problems.length > 0 && !errors;
  // Warnings say what was read differently or left out; they inform, so they do not gate "Open" (a
  // valid file repeating one warning on every row must not look broken).
  const canOpen = !!network && !errors;
  return (
    <>
      {network && (
        <p>
          {network.name}: {network.nodes.length.toLocaleString('en')} nodes,{' '}
          {network.edges.length.toLocaleString('en')} edges ({IMPORT_FORMAT_LABELS[network.format]}).{' '}
          {checked.laidOut === 0
            ? 'Drawn at the positions stored in the file.'
            : checked.laidOut === network.nodes.length
              ? network.edges.length > 0 && s.mode === 'own'
                ? 'The file stores no positions: laid out force-directed once opened (Cancel keeps a grid).'
                : 'The file stores no positions: laid out on a grid.'
              : `${checked.laidOut} nodes without a stored position are placed on a grid.`}
        </p>
      )}
      {errors && (
        <p role="alert">
          This file cannot be opened until the errors below are fixed. The map has not been changed.
        </p>
      )}
      {warnings && (
        <p role="status">
          The file can be opened. The notes below say what was read differently or left out.
        </p>
      )}
      {checked.problems.length > 0 && <ProblemList problems={checked.problems} />}
      {network && !errors && (
        <>
          <fieldset>
            <legend>How to open it</legend>
            <label>
              <input
                type="radio"
                name="import-mode"
                checked={s.mode === 'own'}
                onChange={() => s.setMode('own')}
              />{' '}
              On its own (instead of the curated map)
            </label>
            <label>
              <input
                type="radio"
                name="import-mode"
                checked={s.mode === 'overlay'}
                onChange={() => s.setMode('overlay')}
              />{' '}
              Over the curated map, matched entities joined
            </label>
          </fieldset>
          {s.mode === 'overlay' && network.nodes.length >= BIG_LAYER && (
            <p>
              Over the curated map, a network this size is drawn for speed, as it is on its own: grey squares
              and thin lines until you zoom in far enough to read it. Drawing it takes a few seconds, during
              which the page does not respond.
            </p>
          )}
          {s.mode === 'overlay' && (
            <MatchList network={network} matches={s.matches} undone={s.undone} onToggle={s.toggleMatch} />
          )}
        </>
      )}
      <div className="import__actions">
        {network && !errors && (
          <button type="button" disabled={!canOpen} onClick={() => void s.confirm()}>
            Open
          </button>
        )}
        <button type="button" onClick={s.close}>
          {errors ? 'Close' : 'Cancel'}
        </button>
      </div>
    </>
  );
}

export function ImportDialog() {
  const headingId = useId();
  const status = useImportSession((s) => s.status);
  const fileName = useImportSession((s) => s.fileName);
  const progress = useImportSession((s) => s.progress);
  const cancel = useImportSession((s) => s.cancel);
  const close = useImportSession((s) => s.close);
  const ref = useRef<HTMLElement>(null);
  // Move focus into the dialog when it opens and when the check ends, so keyboard users follow it.
  useEffect(() => {
    if (status) ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [status]);
  if (!status) return null;
  return (
    <section
      ref={ref}
      className="panel import"
      role="dialog"
      aria-labelledby={headingId}
      data-testid="import-dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <h2 id={headingId} tabIndex={-1}>
        Open network: {fileName}
      </h2>
      {status === 'checking' && (
        <>
          <p>
            Checking the file… <progress max={1} value={progress} aria-label="Checking the file" />{' '}
            {Math.round(progress * 100)}%
          </p>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </>
      )}
      {status === 'cancelled' && (
        <>
          <p role="status">Import cancelled. The map has not been changed.</p>
          <button type="button" onClick={close}>
            Close
          </button>
        </>
      )}
      {status === 'checked' && <Checked />}
    </section>
  );
}
