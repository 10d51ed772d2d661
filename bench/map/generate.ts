import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { NEEDLES } from '../../shared/needles.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { regionAt } from '../../shared/regions.ts';
import type { Session } from '../../shared/session.ts';
import { draftSession } from '../../tests/shared/sessionFixtures.ts';

/** A small deterministic PRNG (mulberry32), so every run charts the same points. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A draft session with `count` points spread over the charted regions of one view. */
export function generatedSession(count: number, view: InjectionPoint['view'] = 'body-front'): Session {
  const random = rng(42);
  const art = MAP_ARTWORK[view];
  const points: InjectionPoint[] = [];
  while (points.length < count) {
    const x = Math.round(random() * art.width * 10) / 10;
    const y = Math.round(random() * art.height * 10) / 10;
    const region = regionAt(view, x, y);
    if (!region) continue;
    const i = points.length;
    points.push({
      id: uuid(i + 1),
      view,
      x,
      y,
      region: region.id,
      depthMm: 4 + Math.floor(random() * 5) * 0.5,
      needle: (NEEDLES[Math.floor(random() * NEEDLES.length)] ?? NEEDLES[0]).id,
      injector: random() < 0.08 ? { kind: 'multi', needleCount: 3 + Math.floor(random() * 16) } : { kind: 'single' },
      technique: 'point',
      productIndex: null,
      volumeMl: null,
      note: '',
    });
  }
  return draftSession({ id: uuid(999999), patientId: uuid(999998), practitioner: 'Bench', points });
}
