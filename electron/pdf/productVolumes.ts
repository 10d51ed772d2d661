import { sessionVolumes, type ProductTotal } from '../../shared/productTotals.ts';
import type { Session } from '../../shared/session.ts';
import { MUTED, SIZE, paragraph, space, type Flow } from './layout.ts';
import { table, type Column } from './tables.ts';

/**
 * Under the table of points: the volume used per product (the volumes charted at the points that name
 * it, beside what the cocktail says of it), then the points that name no product, then the grand total.
 */
export function writeProductVolumes(flow: Flow, session: Pick<Session, 'products' | 'points'>): void {
  if (session.points.length === 0 || session.products.length === 0) return;
  const { t, fmt } = flow;
  const volumes = sessionVolumes(session.products, session.points);
  type Row = { label: string; lot: string; points: number; injected: string; cocktail: string };
  const injected = (r: Pick<ProductTotal, 'pointsWithVolume' | 'injectedMl'>) => (r.pointsWithVolume > 0 ? fmt.volume(r.injectedMl) : '—');
  const rows: Row[] = volumes.products.map((p) => ({
    label: `${p.index + 1}. ${p.name}`,
    lot: p.lot || '—',
    points: p.points,
    injected: injected(p),
    cocktail: p.cocktailMl === null ? '—' : fmt.volume(p.cocktailMl),
  }));
  if (volumes.withoutProduct.points > 0) {
    rows.push({ label: t('pdf:volumes.withoutProduct'), lot: '', points: volumes.withoutProduct.points, injected: volumes.withoutProduct.injectedMl > 0 ? fmt.volume(volumes.withoutProduct.injectedMl) : '—', cocktail: '' });
  }
  rows.push({ label: t('pdf:volumes.total'), lot: '', points: session.points.length, injected: fmt.volume(volumes.totalMl), cocktail: '' });
  const columns: Column<Row>[] = [
    { header: t('pdf:volumes.product'), width: 3, wrap: true, bold: true, text: (r) => r.label },
    { header: t('pdf:volumes.lot'), width: 1.4, text: (r) => r.lot },
    { header: t('pdf:volumes.points'), width: 0.8, align: 'right', text: (r) => fmt.integer(r.points) },
    { header: t('pdf:volumes.injected'), width: 1.3, align: 'right', text: (r) => r.injected },
    { header: t('pdf:volumes.inCocktail'), width: 1.3, align: 'right', text: (r) => r.cocktail },
  ];
  space(flow, 4);
  paragraph(flow, t('pdf:volumes.heading'), { bold: true, size: SIZE.body });
  table(flow, columns, rows, { padY: 2.2 });
  paragraph(flow, t('pdf:volumes.explained'), { size: SIZE.small, colour: MUTED });
}
