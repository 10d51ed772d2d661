import { ApiError, notFound } from '../../../shared/errors.ts';
import type { PractitionerStore } from '../../../shared/repository.ts';
import { practitionerNameTaken, profileExists } from '../alreadyExists.ts';
import {
  countPractitioners,
  findPractitioner,
  findPractitionerByName,
  insertPractitioner,
  listPractitioners,
  updatePractitionerCredential,
  updatePractitionerDisabled,
  updatePractitionerLanguage,
  updatePractitionerRegistration,
} from '../practitioners.ts';
import type { StoreContext, Synchronous } from './context.ts';

/** Practitioner profiles (credentials included, never answered with a summary) and who unlocked. */
export function practitionerMethods({ db, mutate, read, audit, readOnly }: StoreContext): Synchronous<PractitionerStore> {
  return {
    listPractitioners: () => read(() => listPractitioners(db)),

    findPractitioner: (id) => read(() => findPractitioner(db, id)),

    createPractitioner: ({ id, displayName, credential, language = null, onlyIfNone }, actor) =>
      mutate(actor, (at) => {
        const name = displayName.trim();
        if (onlyIfNone && countPractitioners(db) > 0) throw profileExists();
        if (findPractitionerByName(db, name)) throw practitionerNameTaken(name);
        insertPractitioner(db, { id, displayName: name, credential, language, at });
        audit(at, actor, 'practitioner.create', 'practitioner', id, { displayName: name, language });
        return { id, displayName: name, createdAt: at, disabled: false, language, registration: null, qualification: '' };
      }),

    setPractitionerCredential: (id, credential, actor) =>
      mutate(actor, (at) => {
        const found = findPractitioner(db, id);
        if (!found) throw notFound('practitioner', id);
        updatePractitionerCredential(db, id, credential, at);
        audit(at, actor, 'practitioner.passphrase-change', 'practitioner', id, {});
        const { credential: _old, ...summary } = found;
        return summary;
      }),

    setPractitionerDisabled: (id, disabled, actor) =>
      mutate(actor, (at) => {
        const found = findPractitioner(db, id);
        if (!found) throw notFound('practitioner', id);
        const { credential: _credential, ...summary } = found;
        if (disabled && !found.disabled && listPractitioners(db).filter((p) => !p.disabled).length <= 1) {
          throw new ApiError({ code: 'conflict', field: 'id', reason: 'last-enabled-practitioner' });
        }
        updatePractitionerDisabled(db, id, disabled, at);
        audit(at, actor, disabled ? 'practitioner.disable' : 'practitioner.enable', 'practitioner', id, {});
        return { ...summary, disabled };
      }),

    setPractitionerLanguage: (id, language, actor) =>
      mutate(actor, (at) => {
        const found = findPractitioner(db, id);
        if (!found) throw notFound('practitioner', id);
        const { credential: _credential, ...summary } = found;
        updatePractitionerLanguage(db, id, language, at);
        audit(at, actor, 'practitioner.language', 'practitioner', id, { from: found.language, to: language });
        return { ...summary, language };
      }),

    setPractitionerRegistration: (id, { registration, qualification }, actor) =>
      mutate(actor, (at) => {
        const found = findPractitioner(db, id);
        if (!found) throw notFound('practitioner', id);
        const { credential: _credential, ...summary } = found;
        updatePractitionerRegistration(db, id, registration, qualification, at);
        audit(at, actor, 'practitioner.registration', 'practitioner', id, { from: { registration: found.registration, qualification: found.qualification }, to: { registration, qualification } });
        return { ...summary, registration, qualification };
      }),

    recordUnlock: (actor) => {
      if (readOnly) return;
      mutate(actor, (at) => audit(at, actor, 'practitioner.unlock', 'practitioner', actor.id ?? '', {}));
    },

    recordFailedUnlock: ({ id, displayName }) => {
      if (readOnly) return;
      const claimed = { name: displayName };
      mutate(claimed, (at) => audit(at, claimed, 'practitioner.unlock-failed', 'practitioner', id, {}));
    },
  };
}
