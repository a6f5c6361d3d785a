// "Did you mean …?" for mistyped ids: a teacher who writes `tgfb_1` should be told `tgfb1` exists.

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** A "; did you mean …?" suffix naming the closest known ids, or '' when none is close. */
export function suggest(wrong: string, known: readonly string[]): string {
  const limit = Math.max(2, Math.floor(wrong.length / 3));
  const close = known
    .map((k) => ({ k, d: distance(wrong, k) }))
    .filter(({ k, d }) => d <= limit || k.includes(wrong) || wrong.includes(k))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map(({ k }) => `"${k}"`);
  return close.length ? `; did you mean ${close.join(' or ')}?` : '';
}
