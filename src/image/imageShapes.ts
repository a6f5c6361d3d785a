// Node shapes and arrow heads as SVG path data, in the geometry Cytoscape draws them with (its unit
// polygons and corner radii), so SVG/PDF exports and caption legends match the canvas. Canvas code
// reuses the same strings through Path2D.

type Pt = readonly [number, number];

/** Regular n-gon fitted to the unit square, as cytoscape's generateUnitNgonPointsFitToSquare. */
function unitNgon(sides: number): Pt[] {
  const inc = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + inc / 2 : Math.PI / 2;
  const raw = Array.from(
    { length: sides },
    (_, i) => [Math.cos(start + i * inc), Math.sin(-(start + i * inc))] as const,
  );
  const xs = raw.map((p) => p[0]);
  const ys = raw.map((p) => p[1]);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const scaled = raw.map(([x, y]) => [x * sx, y * sy] as const);
  const minY = Math.min(...scaled.map((p) => p[1]));
  return minY < -1 ? scaled.map(([x, y]) => [x, y + (-1 - minY)] as const) : scaled;
}

const POLYGONS: Record<string, Pt[]> = {
  octagon: unitNgon(8),
  hexagon: unitNgon(6),
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  tag: [
    [-1, -1],
    [0.25, -1],
    [1, 0],
    [0.25, 1],
    [-1, 1],
  ],
};

const f = (n: number) => (Math.round(n * 100) / 100).toString();

function roundedPolygon(points: Pt[], r: number): string {
  const n = points.length;
  let d = '';
  for (let i = 0; i < n; i++) {
    const v = points[i]!;
    const prev = points[(i + n - 1) % n]!;
    const next = points[(i + 1) % n]!;
    const toward = (p: Pt): Pt => {
      const dx = p[0] - v[0];
      const dy = p[1] - v[1];
      const len = Math.hypot(dx, dy) || 1;
      const k = Math.min(r, len / 2) / len;
      return [v[0] + dx * k, v[1] + dy * k];
    };
    const a = toward(prev);
    const b = toward(next);
    d += `${i === 0 ? 'M' : 'L'}${f(a[0])} ${f(a[1])}Q${f(v[0])} ${f(v[1])} ${f(b[0])} ${f(b[1])}`;
  }
  return d + 'Z';
}

/** SVG path data of a Cytoscape node shape centred on (cx, cy), `w` × `h` in size. */
export function nodeShapePath(shape: string, cx: number, cy: number, w: number, h: number): string {
  const rx = w / 2;
  const ry = h / 2;
  if (shape === 'ellipse') {
    return `M${f(cx - rx)} ${f(cy)}A${f(rx)} ${f(ry)} 0 1 0 ${f(cx + rx)} ${f(cy)}A${f(rx)} ${f(ry)} 0 1 0 ${f(cx - rx)} ${f(cy)}Z`;
  }
  const round = shape.startsWith('round-');
  const base = shape.replace(/^round-/, '');
  if (base === 'rectangle' || !POLYGONS[base]) {
    const r = round ? Math.min(w / 4, h / 4, 8) : 0;
    const corners: Pt[] = [
      [cx - rx, cy - ry],
      [cx + rx, cy - ry],
      [cx + rx, cy + ry],
      [cx - rx, cy + ry],
    ];
    return roundedPolygon(corners, r);
  }
  const pts = POLYGONS[base]!.map(([x, y]) => [cx + x * rx, cy + y * ry] as const);
  return roundedPolygon(pts, round ? Math.min(w / 10, h / 10, 8) : 0);
}

/** Cytoscape's arrow size for an edge width and arrow-scale. */
export const arrowSize = (edgeWidth: number, scale: number) =>
  Math.max(Math.pow(edgeWidth * 13.37, 0.9), 29) * scale;

/** How far the line stops short of the arrow tip, as Cytoscape's arrow "gap". */
export function arrowGap(arrow: string, edgeWidth: number, scale: number): number {
  if (arrow === 'triangle') return edgeWidth * scale * 2;
  if (arrow === 'diamond') return edgeWidth * scale;
  return arrow === 'tee' ? 1 : 0;
}

const ARROW_POINTS: Record<string, Pt[]> = {
  triangle: [
    [-0.15, -0.3],
    [0, 0],
    [0.15, -0.3],
  ],
  tee: [
    [-0.15, 0],
    [-0.15, -0.1],
    [0.15, -0.1],
    [0.15, 0],
  ],
  diamond: [
    [-0.15, -0.15],
    [0, -0.3],
    [0.15, -0.15],
    [0, 0],
  ],
};

/**
 * Arrow head path with its tip at (x, y), pointing along `angle` (radians, direction of travel).
 * Cytoscape's arrow frame has y running back along the line, x across it.
 */
export function arrowPath(arrow: string, x: number, y: number, angle: number, size: number): string {
  const pts = ARROW_POINTS[arrow];
  if (!pts) return '';
  // The frame's y runs along the edge (negative = back towards the source), x across it.
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  const out = pts.map(
    ([px, py]) => [x + ux * py * size - uy * px * size, y + uy * py * size + ux * px * size] as const,
  );
  return out.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(p[0])} ${f(p[1])}`).join('') + 'Z';
}
