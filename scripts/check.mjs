// `npm run check` (and so `npm test`): every gate, run so that a two-core machine is kept busy.
//
// Run one after another, the gates took about 8 min 20 s on an idle two-core machine, most of it on
// one core: the type check, lint and format check are single-threaded, and the browser tests spend
// much of their time waiting on the page. So they run in two stages:
//   1. typecheck, lint, format:check, validate and build (then size), side by side;
//   2. the unit tests and the browser tests side by side (the browser tests serve dist/, which no
//      unit test writes).
// Each gate's output is printed whole when it ends, under its name, so parallel output never
// interleaves. A failed gate fails the check; the rest of its stage still runs to the end, so one
// run shows every failure of that stage, and the next stage does not start.
// `node scripts/check.mjs typecheck lint` runs only the named gates (in the same stages).
import { spawn } from 'node:child_process';

/** Each gate: its npm script, and what must have passed before it starts. */
const GATES = {
  typecheck: { stage: 1 },
  lint: { stage: 1 },
  'format:check': { stage: 1 },
  validate: { stage: 1 },
  build: { stage: 1 },
  size: { stage: 1, after: 'build' },
  'test:unit': { stage: 2 },
  'test:e2e': { stage: 2 },
};

const only = process.argv.slice(2);
for (const name of only)
  if (!(name in GATES)) {
    console.error(`check: no gate "${name}" (gates: ${Object.keys(GATES).join(', ')})`);
    process.exit(2);
  }
const wanted = (name) => only.length === 0 || only.includes(name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Run one npm script with its output kept; print it whole when it ends. */
function run(name) {
  const start = Date.now();
  console.log(`▶ ${name}`);
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') },
    });
    const chunks = [];
    child.stdout.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => chunks.push(d));
    child.on('error', (err) => chunks.push(Buffer.from(String(err))));
    child.on('close', (code, signal) => {
      const ok = code === 0;
      const output = Buffer.concat(chunks).toString().trimEnd();
      const took = seconds(Date.now() - start);
      console.log(`\n── ${ok ? '✓' : '✗'} ${name} (${took})${ok ? '' : `: exit ${code ?? signal}`} ──`);
      if (output) console.log(output);
      resolve({ name, ok, took });
    });
  });
}

/** Run a stage's gates side by side, each as soon as what it needs has passed. */
async function stage(names) {
  const done = new Map();
  const start = (name) => {
    if (!done.has(name)) {
      const after = GATES[name].after;
      const ready = after && wanted(after) ? start(after) : Promise.resolve({ ok: true });
      done.set(
        name,
        ready.then((prev) => (prev.ok ? run(name) : { name, ok: false, took: 'not run', skipped: true })),
      );
    }
    return done.get(name);
  };
  return Promise.all(names.map(start));
}

const results = [];
for (const n of [1, 2]) {
  const names = Object.keys(GATES).filter((g) => GATES[g].stage === n && wanted(g));
  if (names.length === 0) continue;
  results.push(...(await stage(names)));
  if (results.some((r) => !r.ok)) break;
}

console.log(`\n${results.map((r) => `${r.ok ? '✓' : '✗'} ${r.name} (${r.took})`).join('\n')}`);
const failed = results.filter((r) => !r.ok);
console.log(
  `${failed.length ? `✗ failed: ${failed.map((r) => r.name).join(', ')}` : '✓ every gate passed'} in ${seconds(Date.now() - started)}`,
);
process.exit(failed.length ? 1 : 0);
