// Export buttons of a pathway diagram: the picture as PNG, SVG or PDF with the map's caption band
// (title, legend, what was knocked out or compared, data version, date, sources), and its rows as CSV.
// Drawn under the diagram through its `actions` (src/canvas/PathwayDiagram.tsx): the canvas draws,
// this feature exports, so the canvas never imports the image code.
import { useState, type ReactNode } from 'react';
import { diagramView, toDiagramCsv, type Diagram, type DiagramPicture } from '../../canvas/diagrams';
import { exportImage, type ImageFormat } from '../../image/imageExport';
import type { Graph } from '../../model/graph';
import { nodeById } from '../../model/ids';

const isoDate = () => new Date().toISOString().slice(0, 10);
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60) || 'pathway-diagram';

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What the caption says besides the title: the knock-out and the compared groups, in words. */
export function diagramCaptionNote(graph: Graph, d: Diagram): string {
  const parts: string[] = [];
  const out = d.nodes.filter((n) => n.knockedOut).map((n) => n.label);
  if (out.length) parts.push(`Knocked out (✕): ${out.join(', ')}; dashed grey relations are broken`);
  if (d.groups.length) parts.push(`Compared: ${d.groups.map((g) => `${g.letter} = ${g.label}`).join(', ')}`);
  if (d.from || d.to) {
    const name = (id: string | null) => (id ? (nodeById(graph, id)?.label ?? id) : '…');
    parts.push(`From ${name(d.from)} to ${name(d.to)}`);
  }
  return parts.join('. ');
}

/** The `actions` of a PathwayDiagram: its export buttons, under `title`. */
export const diagramExport =
  (graph: Graph, title = 'Pathway diagram') =>
  (diagram: Diagram, picture: DiagramPicture | null): ReactNode => (
    <DiagramExportBar graph={graph} diagram={diagram} picture={picture} title={title} />
  );

export function DiagramExportBar({
  graph,
  diagram,
  picture,
  title,
}: {
  graph: Graph;
  diagram: Diagram;
  picture: DiagramPicture | null;
  title: string;
}) {
  const [status, setStatus] = useState('');
  const base = `nociscope-${slug(title)}-${isoDate()}`;
  const image = async (format: ImageFormat) => {
    setStatus(`Making the ${format.toUpperCase()}…`);
    if (!picture) return;
    const draw = () =>
      exportImage(
        graph,
        diagramView(diagram),
        {
          format,
          scale: 2,
          region: 'full',
          background: 'white',
          caption: { title, filters: diagramCaptionNote(graph, diagram), date: isoDate() },
          includeFaded: true,
          page: 'a4',
        },
        picture.cy,
      );
    // The keyboard ring is for the screen, not for the figure.
    const result = await picture.withoutRing(draw);
    if (!result.ok) return setStatus(result.message);
    save(result.blob, `${base}.${format}`);
    setStatus(`Saved ${base}.${format} (${result.size.width} × ${result.size.height} px).`);
  };
  const csv = () => {
    // A byte-order mark, as the map's CSV: spreadsheets then read Greek letters right.
    save(
      new Blob(['\uFEFF', toDiagramCsv(graph, diagram)], { type: 'text/csv;charset=utf-8' }),
      `${base}.csv`,
    );
    setStatus(`Saved ${base}.csv (${diagram.edges.length} relations).`);
  };
  return (
    <div className="diagram-export" role="group" aria-label="Export this diagram">
      {(['png', 'svg', 'pdf'] as const).map((f) => (
        <button key={f} type="button" disabled={!picture} onClick={() => void image(f)}>
          {f.toUpperCase()}
        </button>
      ))}
      <button type="button" onClick={csv}>
        CSV rows
      </button>
      <span role="status" className="muted">
        {status}
      </span>
    </div>
  );
}
