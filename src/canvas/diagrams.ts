// The pathway diagram's one entry point: features import what draws, exports and describes a
// diagram from here. The pieces, from question to file:
//   src/model/diagramInput.ts        the contract: relation ids, ends, knock-outs, compared groups
//   src/model/pathways/diagram.ts    a pathway answer → that contract
//   src/model/diagram.ts             the contract → the pure Diagram (rows, signs, groups, ELK input)
//   src/canvas/diagramLayout.ts      ELK, in a Web Worker (in-process in unit tests)
//   src/canvas/diagramElements.ts    the Diagram → Cytoscape elements and stylesheet
//   src/canvas/PathwayDiagram.tsx    the component: layout, canvas, keyboard, lists; `actions` below it
//   src/canvas/diagram.css           its look beside the map
//   src/export/diagramCsv.ts         its rows as CSV
//   src/features/pathways/           DiagramExportBar (PNG/SVG/PDF through src/image, CSV), and the
//                                    panels that open a diagram (DiagramSlot, PathsDiagram)
export {
  PathwayDiagram,
  prefetchDiagram,
  MIN_READABLE_ZOOM,
  type DiagramPicture,
  type PathwayDiagramProps,
} from './PathwayDiagram';
export { layoutDiagram } from './diagramLayout';
export {
  buildDiagram,
  diagramView,
  type Diagram,
  type DiagramGroupInput,
  type DiagramInput,
} from '../model/diagram';
export { toDiagramCsv } from '../export/diagramCsv';
export type { PathwayDiagramInput } from '../model/pathways/diagram';
