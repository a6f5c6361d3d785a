// The network's own metadata, as a reader of the layer wants it: its name, description, author,
// organism, licence, reference and version first, under plain names, whatever each format calls them
// (NDEx's "rights", Dublin Core's "dc:creator"…), then every other network attribute. And the
// attribution a Creative Commons BY licence asks for, for picture captions and citations. Pure text:
// values are never markup (a description's HTML tags are shown as text with the tags taken out).
import type { Attributes, AttributeValue, ImportedNetwork } from './types';

/** One line of "About this network". */
export interface MetadataItem {
  /** The attribute's name in the file. */
  readonly key: string;
  /** What it is, in plain words ("Licence"), or the file's own name for the others. */
  readonly label: string;
  /** The value as text: lists joined, HTML tags taken out. */
  readonly value: string;
}

/** The facts people look for, in the order shown, each with the names files give it (any case). */
const KNOWN: readonly (readonly [string, readonly string[]])[] = [
  ['Name', ['name', 'title', 'dc:title']],
  ['Description', ['description', 'dc:description', 'dcterms:description', 'desc']],
  ['Author', ['author', 'authors', 'creator', 'dc:creator', 'dcterms:creator', 'rightsholder', 'owner']],
  ['Organism', ['organism', 'species', 'taxon', 'ncbitaxon', 'organism name']],
  ['Licence', ['license', 'licence', 'rights', 'dc:rights', 'dcterms:license', 'dcterms:rights']],
  ['Reference', ['reference', 'references', 'citation', 'doi', 'pmid', 'pubmed', 'source']],
  ['Version', ['version', 'dc:hasversion']],
];

/** Housekeeping of the tools, not facts about the network: left out of "About this network". */
const HOUSEKEEPING = /^(selected|suid|shared[ _]name|@context|x\.context|collection name|__.*)$/i;

const text = (v: AttributeValue): string =>
  (Array.isArray(v) ? v.map(String).join('; ') : String(v))
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The network's metadata, known facts first (in KNOWN's order), then the rest in the file's order. */
export function networkMetadata(attributes: Attributes): MetadataItem[] {
  const out: MetadataItem[] = [];
  const used = new Set<string>();
  for (const [label, names] of KNOWN) {
    for (const [key, value] of Object.entries(attributes)) {
      if (used.has(key) || !names.includes(key.toLowerCase())) continue;
      const shown = text(value);
      if (shown === '') continue;
      used.add(key);
      out.push({ key, label, value: shown });
    }
  }
  for (const [key, value] of Object.entries(attributes)) {
    if (used.has(key) || HOUSEKEEPING.test(key)) continue;
    const shown = text(value);
    if (shown !== '') out.push({ key, label: key, value: shown });
  }
  return out;
}

/** The value of a known fact ("Licence", "Author"…), or undefined. */
export const metadataFact = (attributes: Attributes, label: string) =>
  networkMetadata(attributes).find((m) => m.label === label)?.value;

/**
 * True for a licence that asks to be credited: Creative Commons BY and its variants (BY-SA, BY-NC…),
 * written as a code or a link; CC0 and public domain do not.
 */
export function asksForAttribution(licence: string | undefined): boolean {
  if (!licence) return false;
  return (
    /\bCC[\s-]*BY\b/i.test(licence) ||
    /creativecommons\.org\/licenses\/by/i.test(licence) ||
    /\bAttribution\b/i.test(licence)
  );
}

/**
 * The credit a network's licence asks for ("“WP5049 …” by A. Writer, CC BY-SA 4.0"), or undefined
 * when its licence does not ask for one.
 */
export function attributionOf(network: Pick<ImportedNetwork, 'name' | 'attributes'>): string | undefined {
  const licence = metadataFact(network.attributes, 'Licence');
  if (!asksForAttribution(licence)) return undefined;
  const author = metadataFact(network.attributes, 'Author');
  const reference = metadataFact(network.attributes, 'Reference');
  return [
    `“${network.name}”${author ? ` by ${author}` : ''}`,
    licence,
    ...(reference ? [reference] : []),
  ].join(', ');
}
