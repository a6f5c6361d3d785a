// jsPDF loads three optional libraries on demand: html2canvas (for doc.html), canvg (for addSvgAsImage)
// and DOMPurify (for doc.html), with core-js behind canvg, ~380 KB in all. Nociscope draws its PDFs
// with svg2pdf.js and never calls those methods, but the bundler still builds the libraries, and the
// service worker then caches them for offline use. This plugin answers jsPDF's three imports with a
// tiny module that fails with a clear message, so they are neither built nor cached. Other importers
// of the same packages are left alone.
import type { Plugin } from 'vite';

/** The packages jsPDF imports on demand that Nociscope never needs. */
export const JSPDF_UNUSED_ADDONS = ['html2canvas', 'canvg', 'dompurify'] as const;

const STUB_ID = '\0nociscope:jspdf-unused-addon';

/** What a call into one of them reports (jsPDF prefixes it with "Could not load <name>: "). */
export const ADDON_ERROR =
  'Nociscope does not bundle this optional jsPDF add-on (html2canvas, canvg, DOMPurify): ' +
  'PDFs are drawn with svg2pdf.js. See build/jspdfAddons.ts to bring one back.';

const fromJspdf = (importer: string | undefined) =>
  importer !== undefined && /[\\/]node_modules[\\/]jspdf[\\/]/.test(importer);

export function jspdfWithoutAddons(): Plugin {
  return {
    name: 'nociscope-jspdf-without-addons',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!(JSPDF_UNUSED_ADDONS as readonly string[]).includes(source) || !fromJspdf(importer)) return null;
      return STUB_ID;
    },
    load(id) {
      // Thrown when the module is evaluated: jsPDF's import() rejects and jsPDF reports the reason.
      return id === STUB_ID ? `throw new Error(${JSON.stringify(ADDON_ERROR)});\n` : null;
    },
  };
}
