// One facet of the filters: a fieldset of real checkboxes, each with its count.
import { useId, type ReactNode } from 'react';

export interface FacetOption {
  readonly key: string;
  readonly label: ReactNode;
  readonly count: number;
  readonly checked: boolean;
  readonly onToggle: () => void;
}

export function FacetFieldset({
  legend,
  unit,
  options,
}: {
  legend: string;
  /** What the counts count, said once in the legend rather than after every option. */
  unit: string;
  options: readonly FacetOption[];
}) {
  const id = useId();
  return (
    <fieldset className="facet">
      <legend>
        {legend} <span className="muted">({unit})</span>
      </legend>
      {options.map((o) => (
        <div key={o.key} className="facet__option">
          <input id={`${id}-${o.key}`} type="checkbox" checked={o.checked} onChange={o.onToggle} />
          <label htmlFor={`${id}-${o.key}`}>
            {o.label} <span className="muted">({o.count})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
