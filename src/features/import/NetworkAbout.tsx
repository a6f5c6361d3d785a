// "About this network": the imported network's own metadata (name, description, author, organism,
// licence, reference, version, then every other network attribute the file gives), and the credit its
// licence asks for. Values are text, never markup; a value that is a web address is a link only when
// the project's allow-list (model/webLink.ts) accepts it.
import { attributionOf, networkMetadata } from '../../import/metadata';
import type { ImportedNetwork } from '../../import/types';
import { webUrl } from '../../model/webLink';

export function NetworkAbout({ network }: { network: ImportedNetwork }) {
  const items = networkMetadata(network.attributes);
  const credit = attributionOf(network);
  if (items.length === 0) return null;
  return (
    <details className="network-about">
      <summary>About this network</summary>
      <dl>
        {items.map((m) => {
          const link = webUrl(m.value);
          return (
            <div key={m.key} className="network-about__item">
              <dt>{m.label}</dt>
              <dd>
                {link ? (
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    {m.value}
                  </a>
                ) : (
                  m.value
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {credit && (
        <p className="network-about__credit">
          Its licence asks for credit; pictures and citations of it say: {credit}
        </p>
      )}
    </details>
  );
}
