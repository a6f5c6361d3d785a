// A labelled group of radio buttons (a fieldset with a legend), the one way panels offer a choice
// among a few options: keyboard users move with the arrow keys, screen readers hear the legend.
import { useId, type ReactNode } from 'react';

export interface RadioOption<T> {
  readonly value: T;
  readonly label: ReactNode;
}

export function RadioGroup<T extends string | number>({
  legend,
  value,
  options,
  onChange,
  row = false,
}: {
  legend: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
  /** Lay the options out on one line. */
  row?: boolean;
}) {
  const name = useId();
  return (
    <fieldset className={row ? 'export__radios export__radios--row' : 'export__radios'}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={String(o.value)}>
          <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
