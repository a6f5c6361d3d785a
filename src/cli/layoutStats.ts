// `npm run layout:stats`: straight-line relation crossings (node centre to node centre) of each
// stored layout of the whole curated map, the numbers the README reports.
import { countCrossings } from '../model/crossings';
import { lanePositions } from '../model/lanes';
import { layeredPositions, STORED_LAYOUT } from '../model/mapLayout';
import { loadGraphOrExit, madeFrom } from './layoutRun';

const graph = loadGraphOrExit();
const lanes = countCrossings(graph.edges, lanePositions(graph));
const stored = layeredPositions(graph);
const layered = stored ? countCrossings(graph.edges, stored) : null;
console.log(`Whole map: ${graph.nodes.length} entities, ${graph.edges.length} relations`);
console.log(`  Curated lanes      ${String(lanes).padStart(5)} crossings`);
if (layered === null)
  console.log('  Layered (ELK)      no stored positions for this graph: run npm run layout');
else {
  const share = Math.round((layered / lanes) * 1000) / 10;
  console.log(`  Layered (ELK)      ${String(layered).padStart(5)} crossings (${share} % of the lanes)`);
}
const made = madeFrom(graph);
if (STORED_LAYOUT.elk.version !== made.version || STORED_LAYOUT.elk.request !== made.request) {
  console.log('  The stored layered positions are stale: run npm run layout');
}
