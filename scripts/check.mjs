// `npm run check` (and so `npm test`): every gate, run so that a two-core machine is kept busy.
//
// Run one after another, the gates took about 8 min 20 s on an idle two-core machine, much of it on
// one core: the type check, lint and format check are single-threaded, and the browser tests spend
// much of their time waiting on the page. So each gate starts as soon as what it needs has passed:
// the type check, lint, format check, data check and build at once; the bundle size after the
// build, and the browser tests after that (they serve dist/, which no unit test writes), while the
// unit tests start once the four static checks have passed.
// Each gate's output is printed whole when it ends, under its name, so parallel output never
// interleaves. A failed gate fails the check: what needs it does not start, what is running runs to
// the end, so one run shows every failure it can.
// `node scripts/check.mjs typecheck lint` runs only the named gates (still after what they need,
// when that is named too).
import { spawn } from 'node:child_process';

/** Each gate (an npm script) and the gates that must have passed before it starts. */
const GATES = {
  typecheck: [],
  lint: [],
  'format:check': [],
  validate: [],
  build: [],
  size: ['build'],
  'test:e2e': ['size'],
  'test:unit': ['typecheck', 'lint', 'format:check', 'validate'],
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

const runs = new Map();
/** Start a gate once what it needs has passed; a gate whose needs failed is not run. */
function start(name) {
  if (!runs.has(name)) {
    const needs = GATES[name].filter(wanted);
    runs.set(
      name,
      Promise.all(needs.map(start)).then((prev) =>
        prev.every((r) => r.ok) ? run(name) : { name, ok: false, took: 'not run' },
      ),
    );
  }
  return runs.get(name);
}

const results = await Promise.all(Object.keys(GATES).filter(wanted).map(start));
console.log(`\n${results.map((r) => `${r.ok ? '✓' : '✗'} ${r.name} (${r.took})`).join('\n')}`);
const failed = results.filter((r) => !r.ok);
console.log(
  `${failed.length ? `✗ failed: ${failed.map((r) => r.name).join(', ')}` : '✓ every gate passed'} in ${seconds(Date.now() - started)}`,
);
process.exit(failed.length ? 1 : 0);
