// Zod compiles fast parsers with new Function, which the page's Content-Security-Policy forbids (no
// 'unsafe-eval'); even its probe for eval is reported as a violation. Parse without it. Imported
// first by main.tsx: schemas built while later modules load already read this setting.
import { config } from 'zod';

config({ jitless: true });
