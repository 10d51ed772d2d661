import { writeFileSync } from 'node:fs';

export type Figure = { name: string; value: number; budget?: number; better?: 'lower' | 'higher'; note?: string };

/** A suite's last step: hand its figures to bench/run.mjs (see the protocol there). */
export function report(figures: Figure[]): void {
  const out = process.env.BENCH_OUT;
  for (const f of figures) console.log(`${f.name} = ${f.value}${f.budget !== undefined ? ` (budget ${f.budget})` : ''}`);
  if (out) writeFileSync(out, JSON.stringify({ figures }));
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);
