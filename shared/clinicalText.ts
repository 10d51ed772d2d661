import type { Namespace, TFunction } from 'i18next';

/**
 * The clinical vocabulary (techniques, needles, side effects, indications, contraindications, views,
 * regions, poses) is worded from the `clinical` namespace, keyed by the ids the records store:
 * 'linear-retrograde' is `clinical:technique.linearRetrograde`. Such keys are built at run time, so the
 * type system cannot check them; tests/shared/clinicalLabels.test.ts walks every id list instead and
 * finds each key in every language. An id that no list knows (an old record's) is printed as it is by
 * the label functions, never looked up.
 */

/** 'thigh-outer-left' → 'thighOuterLeft': the catalogue key of an id. */
export function idKey(id: string): string {
  return id.replace(/-([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
}

/**
 * The text of `clinical:<key>` (a key built from ids of the lists, so known to exist).
 * `TFunction<Namespace>` is the type every `t` fits, whatever namespaces its useTranslation listed;
 * the plain `TFunction` is the default namespace's only, which a component's `t` is not.
 */
export function clinicalText(t: TFunction<Namespace>, key: string): string {
  return (t as unknown as (key: string) => string)(`clinical:${key}`);
}
