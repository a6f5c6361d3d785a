// @vitest-environment jsdom
// "About this network" (issue 22): an imported network's own metadata, known facts first, links only
// through the allow-list, its HTML shown as text, and the credit a CC BY licence asks for.
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NetworkAbout } from '../../src/features/import/NetworkAbout';
import type { ImportedNetwork } from '../../src/import/types';

const network = (attributes: ImportedNetwork['attributes']): ImportedNetwork => ({
  name: 'WP5049 (test)',
  format: 'cx2',
  fileNames: ['wp.cx2'],
  directed: true,
  attributes,
  nodes: [],
  edges: [],
});

describe('About this network', () => {
  it('shows the metadata, links web addresses and credits a CC BY-SA licence', async () => {
    render(
      <NetworkAbout
        network={network({
          version: '3 (test)',
          rights: 'CC BY-SA 4.0',
          author: 'A. Writer (test)',
          description: '<i>Glycolysis</i> in senescence',
          reference: 'https://www.wikipathways.org/pathways/WP5049',
          homepage: 'javascript:alert(1)',
          SUID: 52,
        })}
      />,
    );
    await userEvent.click(screen.getByText('About this network'));
    const terms = screen.getAllByRole('term').map((t) => t.textContent);
    expect(terms).toEqual(['Description', 'Author', 'Licence', 'Reference', 'Version', 'homepage']);
    expect(screen.getByText('Glycolysis in senescence')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'https://www.wikipathways.org/pathways/WP5049' });
    expect(link.getAttribute('href')).toBe('https://www.wikipathways.org/pathways/WP5049');
    // An address the allow-list refuses stays text.
    const row = screen.getByText('javascript:alert(1)');
    expect(within(row).queryByRole('link')).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByText(/Its licence asks for credit/).textContent).toContain(
      '“WP5049 (test)” by A. Writer (test), CC BY-SA 4.0',
    );
  });

  it('says nothing when the file gives no metadata', () => {
    const { container } = render(<NetworkAbout network={network({ SUID: 1, selected: true })} />);
    expect(container.textContent).toBe('');
  });
});
