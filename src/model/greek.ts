// Greek letters spelled out, as gene and protein names write them (TNF-α = TNF-alpha): one table
// for file names, import matching and anything else that must read "α" as "alpha".

/** Each lower-case Greek letter (and the micro sign keyboards produce for µ) with its name. */
export const GREEK_NAMES: Readonly<Record<string, string>> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ζ: 'zeta',
  η: 'eta',
  θ: 'theta',
  ι: 'iota',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  µ: 'mu',
  ν: 'nu',
  ξ: 'xi',
  ο: 'omicron',
  π: 'pi',
  ρ: 'rho',
  σ: 'sigma',
  ς: 'sigma',
  τ: 'tau',
  υ: 'upsilon',
  φ: 'phi',
  χ: 'chi',
  ψ: 'psi',
  ω: 'omega',
};

const GREEK_LETTER = new RegExp(`[${Object.keys(GREEK_NAMES).join('')}]`, 'g');

/** The text with every Greek letter replaced by `spell(name)` (by default the name itself). */
export function spellGreek(text: string, spell: (name: string) => string = (name) => name): string {
  return text.replace(GREEK_LETTER, (c) => spell(GREEK_NAMES[c]!));
}
