// Vector PDF from the exported SVG: jsPDF draws the page, svg2pdf.js turns the SVG's paths and
// <text> into PDF paths and text. DejaVu Sans (the canvas's font) is embedded because the PDF
// standard fonts have no Greek letters, and labels such as "TGF-β1" need them. Loaded on demand:
// this module and the fonts are fetched only when someone exports a PDF.
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import type { Size } from './imageSize';
import { placeOnPage, type PageSize } from './imagePage';

async function fontBase64(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function svgToPdf(svgText: string, size: Size, page: PageSize, title: string): Promise<Blob> {
  const place = placeOnPage(size, page);
  const doc = new jsPDF({ orientation: place.orientation, unit: 'mm', format: page, compress: true });
  const [regular, bold] = await Promise.all([fontBase64(regularUrl), fontBase64(boldUrl)]);
  doc.addFileToVFS('DejaVuSans.ttf', regular);
  doc.addFont('DejaVuSans.ttf', 'DejaVu Sans', 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', bold);
  doc.addFont('DejaVuSans-Bold.ttf', 'DejaVu Sans', 'bold');
  doc.setFont('DejaVu Sans', 'normal');
  doc.setProperties({ title, creator: 'Nociscope', subject: 'Knowledge graph export' });
  const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  // svg2pdf reads computed styles for some attributes, so the element is briefly in the document.
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:-99999px;top:0;width:0;height:0;overflow:hidden';
  host.appendChild(svg);
  document.body.appendChild(host);
  try {
    await svg2pdf(svg, doc, { x: place.x, y: place.y, width: place.w, height: place.h });
  } finally {
    host.remove();
  }
  return doc.output('blob');
}
