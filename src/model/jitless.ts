// Zod compiles fast parsers with `new Function` unless told not to; under the app's Content Security
// Policy even its probe for that is reported as a violation. Imported first wherever zod runs outside
// the main bundle's start (the import worker, the layer storage loaded on demand).
import { config } from 'zod';

config({ jitless: true });
