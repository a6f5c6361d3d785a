// Export buttons of a pathway diagram: the picture as PNG, SVG or PDF with the map's caption band
// (title, legend, what was knocked out or compared, data version, date, sources), and its rows as CSV.
import type { Core } from 'cytoscape';
import { useState } from 'react';
import { toDiagramCsv } from '../export/diagramCsv';
import { diagramView, type Diagram } from '../model/diagram';
import type { Graph } from '../model/graph';
import { nodeById } from '../model/ids';
import { exportImage, type ImageFormat } from '../image/imageExport';

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

export function DiagramExportBar({
  graph,
  diagram,
  cy,
  title,
}: {
  graph: Graph;
  diagram: Diagram;
  cy: Core | null;
  title: string;
}) {
  const [status, setStatus] = useState('');
  const base = `nociscope-${slug(title)}-${isoDate()}`;
  const image = async (format: ImageFormat) => {
    setStatus(`Making the ${format.toUpperCase()}…`);
    // The keyboard ring is for the screen, not for the figure.
    const ring = cy?.nodes('.focused');
    ring?.removeClass('focused');
    const result = await exportImage(
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
      cy,
    ).finally(() => ring?.addClass('focused'));
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
        <button key={f} type="button" disabled={!cy} onClick={() => void image(f)}>
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
