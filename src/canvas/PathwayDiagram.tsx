// A pathway diagram: the relations of a path query, a therapy's impact or a comparison drawn left
// to right from cause to endpoint by ELK's layered algorithm (in a Web Worker), in its own Cytoscape
// instance beside the map. Read by eye, by keyboard (arrow keys step through the entities) and by
// screen reader (the lists below it). Its export buttons are the caller's (`actions`: the pathways
// feature's DiagramExportBar), so the canvas never imports the image code that reads it.
import type { Core } from 'cytoscape';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { shortCitation } from '../export/citation';
import { buildDiagram, diagramElkInput, type Diagram, type DiagramGroupInput } from '../model/diagram';
import type { Graph } from '../model/graph';
import { nodeById, sourceById } from '../model/ids';
import { elkCentres } from '../model/layered';
import type { NodeId, RelationId } from '../model/schema';
import { NODE_KIND_LABELS } from '../model/vocabulary';
import { CytoscapeCanvas } from './CytoscapeCanvas';
import { DIAGRAM_STYLESHEET, diagramElements } from './diagramElements';
import { layoutDiagram, prefetchDiagramLayout } from './diagramLayout';
import './diagram.css';

declare global {
  interface Window {
    /** The last pathway diagram's Cytoscape instance, for browser tests. */
    nociscopeDiagramCy?: Core;
  }
}

export interface PathwayDiagramProps {
  readonly graph: Graph;
  readonly relationIds: readonly RelationId[];
  readonly from?: NodeId;
  readonly to?: NodeId;
  readonly knockedOut?: readonly NodeId[];
  readonly groups?: readonly DiagramGroupInput[];
  /** Title of the exported picture and its file name; default "Pathway diagram". */
  readonly title?: string;
  /** Controls drawn under the diagram (its export buttons), given what they draw from. */
  readonly actions?: (diagram: Diagram, picture: DiagramPicture | null) => ReactNode;
  /**
   * Drawn as the stage's picture (a story step on a projector) rather than in a dialog: the canvas
   * fills its box, no relation captions (compact gaps), and neither the lists nor the actions (the
   * story card reads the routes out and has its own step pictures).
   */
  readonly stage?: boolean;
}

/** What a picture of the diagram needs of its canvas: null until it is laid out. */
export interface DiagramPicture {
  /** The diagram's Cytoscape instance, for src/image. */
  readonly cy: Core;
  /** Run `draw` without the keyboard ring (it is for the screen, not the figure). */
  readonly withoutRing: <T>(draw: () => Promise<T>) => Promise<T>;
}

/** The picture handle of `cy`; `ringed` names the entity the keyboard ring is on when asked. */
function pictureOf(cy: Core | null, ringed: () => string | undefined): DiagramPicture | null {
  if (!cy) return null;
  return {
    cy,
    withoutRing: (draw) => {
      cy.nodes().removeClass('focused');
      return draw().finally(() => {
        const id = ringed();
        if (id && !cy.destroyed()) cy.getElementById(id).addClass('focused');
      });
    },
  };
}

/**
 * Below this zoom the 18 px labels shrink under 14.4 px and the 15 px captions under 12 px: too
 * small for the back of a classroom on a 1024-px projector.
 */
export const MIN_READABLE_ZOOM = 0.8;
const MAX_ZOOM = 1.2;
/** Margin of a diagram on the stage (screen px): every pixel goes to the picture. */
const STAGE_PADDING = 10;
const PRESET = { name: 'preset', fit: false };
const FILL = { width: '100%', height: '100%' };

/** The whole diagram when it fits at a readable size; otherwise readable, from its start. */
function showReadable(cy: Core, padding = 24) {
  cy.fit(undefined, padding);
  if (cy.zoom() > MAX_ZOOM) {
    // At most a little over life size: a two-step path should not be blown up to fill the box.
    cy.zoom(MAX_ZOOM);
    cy.center();
  } else if (cy.zoom() < MIN_READABLE_ZOOM) {
    const bb = cy.elements().boundingBox();
    cy.zoom(MIN_READABLE_ZOOM);
    // Start at the cause, on the left, vertically centred: arrow keys and dragging move along.
    cy.pan({
      x: padding - bb.x1 * MIN_READABLE_ZOOM,
      y: cy.height() / 2 - ((bb.y1 + bb.y2) / 2) * MIN_READABLE_ZOOM,
    });
  }
}

/** Bring an entity into view if it is outside it (keyboard steps through a large diagram). */
function reveal(cy: Core, id: string) {
  const n = cy.getElementById(id);
  if (n.empty()) return;
  const ext = cy.extent();
  const { x, y } = n.position();
  if (x < ext.x1 || x > ext.x2 || y < ext.y1 || y > ext.y2) cy.center(n);
}

type Layout =
  { key: string; positions: Map<string, { x: number; y: number }> } | { key: string; error: string };

/**
 * Lay out the diagram these props would draw while the reader is still reading the answer (the
 * Pathways panel calls it for the answer on show): "Draw as a diagram" then finds it laid out.
 * Returns a cancel for a reader who moves on first.
 */
export function prefetchDiagram(props: PathwayDiagramProps): () => void {
  return prefetchDiagramLayout(() => diagramElkInput(buildDiagram(props.graph, props)));
}

/** A stable key for the inputs: callers often pass fresh arrays with the same content. */
function inputKey(p: PathwayDiagramProps): string {
  return JSON.stringify([p.relationIds, p.from, p.to, p.knockedOut, p.groups, p.graph.version]);
}

export function PathwayDiagram(props: PathwayDiagramProps) {
  const { graph } = props;
  const key = inputKey(props);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the inputs' content
  const diagram = useMemo(() => buildDiagram(graph, props), [key]);
  const [layout, setLayout] = useState<Layout | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [focused, setFocused] = useState(-1);
  const id = useId();

  useEffect(() => {
    if (diagram.edges.length === 0) return;
    let live = true;
    layoutDiagram(diagramElkInput(diagram, !props.stage)).then(
      (out) => live && setLayout({ key, positions: elkCentres(out) }),
      (err: unknown) => live && setLayout({ key, error: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, [diagram, key, props.stage]);

  const ready = layout && layout.key === key && 'positions' in layout ? layout.positions : null;
  // Reading order for the keyboard and the lists: as drawn, left to right, then top to bottom.
  const order = useMemo(() => {
    if (!ready) return diagram.nodes;
    const at = (id: string) => ready.get(id) ?? { x: 0, y: 0 };
    return [...diagram.nodes].sort((a, b) => at(a.id).x - at(b.id).x || at(a.id).y - at(b.id).y);
  }, [ready, diagram]);
  const elements = useMemo(
    () => (ready ? diagramElements(diagram, ready, !props.stage) : null),
    [diagram, ready, props.stage],
  );
  const padding = props.stage ? STAGE_PADDING : 24;
  const onReady = useCallback(
    (instance: Core) => {
      showReadable(instance, padding);
      window.nociscopeDiagramCy = instance;
      setCy(instance);
      return () => {
        setCy(null);
        if (window.nociscopeDiagramCy === instance) delete window.nociscopeDiagramCy;
      };
    },
    [padding],
  );

  // On the stage the box follows the story card's height (a revealed answer makes it taller): the
  // diagram is re-framed whenever its box changes size.
  useEffect(() => {
    const box = cy?.container();
    if (!cy || !box || !props.stage || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => {
      // A new diagram (another key) destroys this instance before this effect is cleaned up: a
      // size change reported in between must not touch it (Cytoscape throws on a destroyed core).
      if (cy.destroyed()) return;
      cy.resize();
      showReadable(cy, STAGE_PADDING);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [cy, props.stage]);

  // The entity picked by keyboard or from the list is ringed on the diagram.
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().removeClass('focused');
      const n = order[focused];
      if (n) cy.getElementById(n.id).addClass('focused');
    });
    const n = order[focused];
    if (n) reveal(cy, n.id);
  }, [cy, focused, order]);
  const ringed = useRef<string | undefined>(undefined);
  ringed.current = order[focused]?.id;
  const picture = useMemo(() => pictureOf(cy, () => ringed.current), [cy]);

  if (diagram.edges.length === 0) {
    return <p className="diagram-empty">Nothing to draw: no relations were given.</p>;
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? -1
          : 0;
    if (!step) return;
    e.preventDefault();
    setFocused((i) => (i + step + order.length) % order.length);
  };
  const current = order[focused];
  const toggleWhole = () => {
    if (!cy) return;
    if (cy.zoom() < MIN_READABLE_ZOOM - 0.001) showReadable(cy);
    else cy.fit(undefined, 24);
  };
  const error = layout && layout.key === key && 'error' in layout ? layout.error : null;
  return (
    <figure
      className={props.stage ? 'pathway-diagram pathway-diagram--stage' : 'pathway-diagram'}
      aria-labelledby={`${id}-caption`}
    >
      <figcaption id={`${id}-caption`}>
        {props.title ?? 'Pathway diagram'}
        {props.stage ? (
          // The relations carry no captions on the stage: the key says how to read their lines.
          <span className="diagram-key"> · → increases · ⊣ decreases · dashed: broken</span>
        ) : (
          `: ${diagram.nodes.length} entities, ${diagram.edges.length} relations`
        )}
        {diagram.unknown.length > 0 &&
          ` (${diagram.unknown.length} asked-for relation${diagram.unknown.length === 1 ? ' is' : 's are'} not in this version of the map)`}
      </figcaption>
      <GroupKey diagram={diagram} />
      <div
        className="diagram-canvas"
        role="group"
        tabIndex={0}
        aria-roledescription="pathway diagram"
        aria-label={`Pathway diagram. Arrow keys step through its ${diagram.nodes.length} entities; the lists below read it in full.`}
        aria-describedby={`${id}-focus`}
        aria-busy={!cy}
        onKeyDown={onKeyDown}
        data-testid="pathway-diagram"
      >
        {elements && (
          // A new instance per laid-out diagram: its own elements, fitted once.
          <CytoscapeCanvas
            key={key}
            elements={elements}
            stylesheet={DIAGRAM_STYLESHEET}
            layout={PRESET}
            style={FILL}
            minZoom={0.2}
            maxZoom={2}
            userZoomingEnabled={false}
            boxSelectionEnabled={false}
            autoungrabify
            onReady={onReady}
          />
        )}
      </div>
      <p id={`${id}-focus`} className={props.stage ? 'visually-hidden' : 'muted'} aria-live="polite">
        {error
          ? `The diagram could not be laid out (${error}); the lists below still read it in full.`
          : !cy
            ? 'Laying out the diagram…'
            : current
              ? `${current.label} (${NODE_KIND_LABELS[current.kind]})${current.knockedOut ? ', knocked out' : ''}`
              : ''}
      </p>
      {!props.stage && (
        <>
          <button type="button" onClick={toggleWhole} disabled={!cy}>
            Whole diagram / readable size
          </button>
          {props.actions?.(diagram, picture)}
          {/* On the stage the story card reads the routes out; the lists would push the picture away. */}
          <DiagramLists graph={graph} diagram={diagram} nodes={order} onPick={setFocused} />
        </>
      )}
    </figure>
  );
}

function GroupKey({ diagram }: { diagram: Diagram }) {
  if (diagram.groups.length === 0) return null;
  return (
    <ul className="diagram-groups" aria-label="Groups: letter and colour">
      {diagram.groups.map((g) => (
        <li key={g.id}>
          <span className="diagram-swatch" style={{ background: g.colour }} aria-hidden="true" />
          <strong>{g.letter}</strong> {g.label}
        </li>
      ))}
      {diagram.groups.length > 1 && (
        <li>
          <span className="diagram-swatch" style={{ background: '#000' }} aria-hidden="true" />
          <strong>{diagram.groups.map((g) => g.letter).join('+')}</strong> shared
        </li>
      )}
    </ul>
  );
}

function DiagramLists({
  graph,
  diagram,
  nodes,
  onPick,
}: {
  graph: Graph;
  diagram: Diagram;
  nodes: Diagram['nodes'];
  onPick: (index: number) => void;
}) {
  const label = (nodeId: string) => nodeById(graph, nodeId)?.label ?? nodeId;
  const cite = (ids: readonly string[]) =>
    ids
      .map((s) => sourceById(graph, s))
      .flatMap((s) => (s ? [shortCitation(s)] : []))
      .join('; ');
  return (
    <div className="diagram-lists">
      <h4>Entities</h4>
      <ul>
        {nodes.map((n, i) => (
          <li key={n.id}>
            <button type="button" className="link-button" onClick={() => onPick(i)} onFocus={() => onPick(i)}>
              {n.label}
            </button>{' '}
            <span className="muted">
              {NODE_KIND_LABELS[n.kind]}
              {n.role === 'from' ? ', start' : n.role === 'to' ? ', end' : ''}
            </span>
            {n.knockedOut && <strong> ✕ knocked out</strong>}
          </li>
        ))}
      </ul>
      <h4>Relations</h4>
      <ol>
        {diagram.edges.map((e) => (
          <li key={e.id} className={e.broken ? 'broken' : undefined}>
            {e.groups.length > 0 && <strong>[{e.groups.join('+')}] </strong>}
            {label(e.source)} {e.verb} {label(e.target)} ({e.sign}){e.observed && ' · observed in a study'}
            {e.broken && <strong> ✕ broken by the knock-out</strong>}
            {e.caveat && <span> ⚠ Caveat: {e.caveat}</span>}
            <span className="muted"> — {cite(e.sources)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
