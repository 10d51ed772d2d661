import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPTH_STEP_MM } from '../../shared/depth.ts';
import { parseDecimal } from '../../shared/format/parseDecimal.ts';
import { viewLabel } from '../../shared/mapViews.ts';
import { MAX_INJECTOR_NEEDLES, MIN_INJECTOR_NEEDLES, needleChoices, needleLabel, type Injector, type NeedleId } from '../../shared/needles.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { regionLabel } from '../../shared/regions.ts';
import { depthOutsideTechnique, techniqueChoices, techniqueLabel, type TechniqueId } from '../../shared/techniques.ts';
import { Field, type ControlProps } from '../components/Field.tsx';
import type { ChartEditor } from '../editor/store.ts';
import type { ChartState, PointPatch } from '../editor/types.ts';
import { useFormat } from '../i18n/locale.ts';
import { pointNumbers } from './drawInfo.ts';
import { editorText } from './editorText.ts';
import { MarkerIcon } from './MarkerIcon.tsx';
import { depthColour, needleShape } from './markerStyle.ts';
import { shallowArray, useChart } from '../editor/useChart.ts';

const MIXED = Symbol('mixed');
type Maybe<T> = T | typeof MIXED;

function common<T>(points: readonly InjectionPoint[], get: (p: InjectionPoint) => T): Maybe<T> {
  const first = points[0];
  if (!first) return MIXED;
  const v = get(first);
  const key = JSON.stringify(v);
  return points.every((p) => JSON.stringify(get(p)) === key) ? v : MIXED;
}

const FROZEN: InjectionPoint[] = [];
function selectedPoints(s: ChartState): InjectionPoint[] {
  if (s.dragging) return FROZEN;
  const out: InjectionPoint[] = [];
  for (const id of s.selection) {
    const i = s.pointIndex[id];
    const p = i === undefined ? undefined : s.points[i];
    if (p) out.push(p);
  }
  return out;
}

function depthOptions(range: { min: number; max: number }): number[] {
  const out: number[] = [];
  for (let d = Math.ceil(range.min / DEPTH_STEP_MM) * DEPTH_STEP_MM; d <= range.max + 1e-9; d += DEPTH_STEP_MM) out.push(Math.round(d * 10) / 10);
  return out;
}

/** A number typed into a field and applied on Enter or when the field is left. */
function NumberDraft({ control, value, onCommit, disabled, min, max, step }: { control: ControlProps; value: Maybe<number | null>; onCommit: (v: number | null) => boolean | void; disabled: boolean; min: number; max: number; step: number }) {
  const { t } = useTranslation(['map']);
  const shown = value === MIXED || value === null ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown]);
  const commit = () => {
    if (draft.trim() === shown) return;
    // "5,5" is 5.5 mm, as "5.5" is (shared/format/parseDecimal.ts); the field is text so that the comma reaches it.
    const n = parseDecimal(draft);
    if (n === null) {
      if (value !== MIXED && value !== null) onCommit(null);
      return;
    }
    // A refused value goes back to what the points hold; the inspector says why.
    if (onCommit(n === 'invalid' ? NaN : n) === false) setDraft(shown);
  };
  return (
    <input
      {...control}
      className="inspector__input"
      type="text"
      inputMode="decimal"
      value={draft}
      placeholder={value === MIXED ? t('inspector.mixed') : ''}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        commit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
        if (e.key === 'Escape') setDraft(shown);
        // The arrows step as a number field's do (the field is text so that "5,5" reaches the parser).
        if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && typeof value === 'number') {
          e.preventDefault();
          const next = Math.round((value + (e.key === 'ArrowUp' ? step : -step)) / step) * step;
          onCommit(Math.min(max, Math.max(min, Math.round(next * 100) / 100)));
        }
      }}
    />
  );
}

/**
 * The properties of the selected point(s): depth, needle, injector, technique, product, volume, note.
 * Several points at once show "mixed" where they differ, and a change applies to all of them as one
 * undo step. A refused value (a depth outside the allowed range) is explained here and nothing changes.
 */
export function Inspector({ editor }: { editor: ChartEditor }) {
  const { t, i18n } = useTranslation(['map', 'clinical']);
  const format = useFormat();
  const points = useChart(editor, selectedPoints, shallowArray);
  const last = useRef<InjectionPoint[]>([]);
  const dragging = points === FROZEN;
  const sel = dragging ? last.current : points;
  if (!dragging) last.current = points;
  const range = useChart(editor, (s) => s.depthRange);
  const needles = useChart(editor, (s) => s.needles);
  const products = useChart(editor, (s) => s.fields.products);
  const readOnly = useChart(editor, (s) => s.readOnly);
  const problem = useChart(editor, (s) => s.problem);
  const allPoints = useChart(editor, (s) => s.points);
  const defaults = useChart(editor, (s) => s.fields);
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const apply = (patch: PointPatch, coalesce?: string) => editor.updateSelection(patch, coalesce ? { coalesce } : {});

  if (sel.length === 0) {
    return (
      <section className="panel inspector" aria-labelledby={id('title')}>
        <h2 className="panel__title" id={id('title')}>
          {t('inspector.point')}
        </h2>
        <p className="inspector__empty">{readOnly ? t('inspector.emptyReadOnly') : t('inspector.empty')}</p>
        <dl className="inspector__defaults">
          <dt>{t('inspector.newPoints')}</dt>
          <dd>
            {format.depth(editor.state.defaultDepthMm)} · {needleLabel(t, defaults.defaultNeedle, needles)} · {techniqueLabel(t, defaults.defaultTechnique)}
            {defaults.injector.kind === 'multi' ? ` · ${t('inspector.multiDefaults', { count: defaults.injector.needleCount })}` : ''}
          </dd>
        </dl>
        {problem ? (
          <p className="inspector__error" role="alert">
            {editorText(i18n.t, format, problem.message)}
          </p>
        ) : null}
      </section>
    );
  }

  const numbers = pointNumbers(allPoints);
  const first = sel[0] as InjectionPoint;
  const depth = common(sel, (p) => p.depthMm);
  const needle = common(sel, (p) => p.needle);
  const injectorKind = common(sel, (p) => p.injector.kind);
  const needleCount = common(sel, (p) => (p.injector.kind === 'multi' ? p.injector.needleCount : null));
  const technique = common(sel, (p) => p.technique);
  const product = common(sel, (p) => p.productIndex);
  const volume = common(sel, (p) => p.volumeMl);
  const note = common(sel, (p) => p.note);
  const regions = [...new Set(sel.map((p) => (p.region ? (regionLabel(t, p.view, p.region) ?? p.region) : t('inspector.outside'))))];
  const viewName = viewLabel(t, first.view);
  const title = sel.length === 1 ? t('inspector.title', { number: numbers.get(first.id) ?? '' }) : t('inspector.titleMany', { count: sel.length });
  const problemText = problem ? editorText(i18n.t, format, problem.message) : null;
  const fieldProblem = (f: string) => (problem && problem.field === f ? problemText : null);
  const otherProblem = problem && !['depthMm', 'needle', 'injector', 'volumeMl', 'productIndex'].includes(problem.field) ? problemText : null;
  // A depth outside its technique's usual range is allowed, and said (the first such point of the selection).
  const unusual = sel.map((p) => ({ p, usual: depthOutsideTechnique(p.depthMm, p.technique) })).find((x) => x.usual !== null);
  const options = depthOptions(range);
  const chipLabel = (mm: number) => format.numberFixed(mm, 1);

  return (
    <section className="panel inspector" aria-labelledby={id('title')} data-testid="inspector">
      <div className="inspector__head">
        {depth !== MIXED && needle !== MIXED ? <MarkerIcon fill={depthColour(depth, range)} shape={needleShape(needle)} size={24} /> : null}
        <div>
          <h2 className="panel__title inspector__title" id={id('title')}>
            {title}
          </h2>
          <p className="inspector__where" data-testid="inspector-region">
            {regions.length <= 3 ? regions.join(', ') : t('inspector.regions', { count: regions.length })} · {viewName}
          </p>
        </div>
      </div>

      <fieldset className="inspector__fieldset" disabled={readOnly}>
        <legend className="sr-only">{t('inspector.properties')}</legend>
        {/* Depth is a group (the chips and the typed value); the typed value is the field its problems concern. */}
        <div className="inspector__row">
          <span className="inspector__label">{t('inspector.depth')}</span>
          <div className="depth-chips" role="radiogroup" aria-label={t('inspector.depthRange', { min: format.number(range.min), max: format.number(range.max) })}>
            {options.map((d) => (
              <button
                key={d}
                type="button"
                role="radio"
                aria-checked={depth === d}
                className={`depth-chip${depth === d ? ' depth-chip--on' : ''}`}
                onClick={() => apply({ depthMm: d })}
              >
                <span className="depth-chip__swatch" style={{ background: depthColour(d, range) }} aria-hidden="true" />
                {chipLabel(d)}
              </button>
            ))}
          </div>
          <Field
            layout="inline"
            id={id('depth')}
            label={t('inspector.depthInMm')}
            hint={t('inspector.depthHint', { min: format.number(range.min), max: format.number(range.max), step: format.number(DEPTH_STEP_MM) })}
            error={fieldProblem('depthMm')}
          >
            {(c) => <NumberDraft control={c} value={depth} min={range.min} max={range.max} step={DEPTH_STEP_MM} disabled={readOnly} onCommit={(v) => v !== null && apply({ depthMm: v }).ok} />}
          </Field>
        </div>

        <Field layout="inspector" id={id('needle')} label={t('inspector.needle')} error={fieldProblem('needle')}>
          {(c) => (
            <select {...c} className="inspector__input" value={needle === MIXED ? '' : needle} onChange={(e) => apply({ needle: e.target.value as NeedleId })}>
              {needle === MIXED ? (
                <option value="" disabled>
                  {t('inspector.mixed')}
                </option>
              ) : null}
              {needleChoices(needles, needle === MIXED ? null : needle).map((n) => (
                <option key={n.id} value={n.id}>
                  {n.retired ? t('clinical:needle.retired', { needle: needleLabel(t, n.id, needles) }) : needleLabel(t, n.id, needles)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field layout="inspector" id={id('injector')} label={t('inspector.injector')} error={fieldProblem('injector')}>
          {(c) => (
            <div className="inspector__inline">
              <select
                {...c}
                className="inspector__input"
                value={injectorKind === MIXED ? '' : injectorKind}
                onChange={(e) => {
                  const kind = e.target.value;
                  const injector: Injector = kind === 'multi' ? { kind: 'multi', needleCount: needleCount !== MIXED && needleCount !== null ? needleCount : 5 } : { kind: 'single' };
                  apply({ injector });
                }}
              >
                {injectorKind === MIXED ? (
                  <option value="" disabled>
                    {t('inspector.mixed')}
                  </option>
                ) : null}
                <option value="single">{t('inspector.single')}</option>
                <option value="multi">{t('inspector.multi')}</option>
              </select>
              {injectorKind === 'multi' ? (
                <Field layout="inline" id={id('needles')} label={t('inspector.needles')}>
                  {(n) => <NumberDraft control={n} value={needleCount} min={MIN_INJECTOR_NEEDLES} max={MAX_INJECTOR_NEEDLES} step={1} disabled={readOnly} onCommit={(v) => apply({ injector: { kind: 'multi', needleCount: v ?? MIN_INJECTOR_NEEDLES } }).ok} />}
                </Field>
              ) : null}
            </div>
          )}
        </Field>

        <Field layout="inspector" id={id('technique')} label={t('inspector.technique')}>
          {(c) => (
            <>
              <select {...c} className="inspector__input" value={technique === MIXED ? '' : technique} onChange={(e) => apply({ technique: e.target.value as TechniqueId })}>
                {technique === MIXED ? (
                  <option value="" disabled>
                    {t('inspector.mixed')}
                  </option>
                ) : null}
                {techniqueChoices(technique === MIXED ? null : technique).map((x) => (
                  <option key={x} value={x}>
                    {techniqueLabel(t, x)}
                  </option>
                ))}
              </select>
              {unusual?.usual ? (
                <p className="inspector__warning" role="status" data-testid="technique-depth-warning">
                  {t('inspector.techniqueDepth', { technique: techniqueLabel(t, unusual.p.technique), min: format.number(unusual.usual.min), max: format.number(unusual.usual.max) })}
                </p>
              ) : null}
            </>
          )}
        </Field>

        <Field layout="inspector" id={id('product')} label={t('inspector.product')} error={fieldProblem('productIndex')} hint={products.length === 0 ? t('inspector.cocktailEmpty') : undefined}>
          {(c) => (
            <select
              {...c}
              className="inspector__input"
              value={product === MIXED ? 'mixed' : product === null ? 'none' : String(product)}
              disabled={products.length === 0}
              onChange={(e) => apply({ productIndex: e.target.value === 'none' ? null : Number(e.target.value) })}
            >
              {product === MIXED ? (
                <option value="mixed" disabled>
                  {t('inspector.mixed')}
                </option>
              ) : null}
              <option value="none">{t('inspector.noProduct')}</option>
              {products.map((p, i) => (
                <option key={i} value={String(i)}>
                  {p.name}
                  {p.concentration ? ` (${p.concentration})` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field layout="inspector" id={id('volume')} label={t('inspector.volume')} error={fieldProblem('volumeMl')}>
          {(c) => <NumberDraft control={c} value={volume} min={0} max={10} step={0.05} disabled={readOnly} onCommit={(v) => apply({ volumeMl: v }).ok} />}
        </Field>

        <Field layout="inspector" id={id('note')} label={t('inspector.note')}>
          {(c) => (
            <textarea
              {...c}
              className="inspector__input inspector__note"
              rows={2}
              maxLength={500}
              value={note === MIXED ? '' : note}
              placeholder={note === MIXED ? t('inspector.mixed') : t('inspector.notePlaceholder')}
              onChange={(e) => apply({ note: e.target.value }, `note:${sel.map((p) => p.id).join(',')}`)}
            />
          )}
        </Field>
      </fieldset>

      {otherProblem ? (
        <p className="inspector__error" role="alert">
          {otherProblem}
        </p>
      ) : null}

      <div className="inspector__actions">
        <button type="button" className="map-button" disabled={readOnly} onClick={() => editor.duplicateSelection()} title={t('inspector.duplicateTitle')}>
          {t('inspector.duplicate')}
        </button>
        <button type="button" className="map-button map-button--danger" disabled={readOnly} onClick={() => editor.deleteSelection()} title={t('inspector.deleteTitle')}>
          {t('inspector.delete', { count: sel.length })}
        </button>
      </div>
    </section>
  );
}
