// Run before each browser test file (vitest.e2e.config.ts setupFiles): the error watch's check after
// every test. A setup file, not a hook in browser.ts, since the files share that module.
import { afterEach } from 'vitest';
import { checkPageErrors } from './browser';

afterEach(checkPageErrors);
