// The catalogue of one language: its namespaces, imported so that a bundler keeps the language in a chunk of its own.
import common from './common.json' with { type: 'json' };
import errors from './errors.json' with { type: 'json' };
import clinical from './clinical.json' with { type: 'json' };
import access from './access.json' with { type: 'json' };
import patients from './patients.json' with { type: 'json' };
import sessions from './sessions.json' with { type: 'json' };
import map from './map.json' with { type: 'json' };
import courses from './courses.json' with { type: 'json' };
import compare from './compare.json' with { type: 'json' };
import consent from './consent.json' with { type: 'json' };
import photos from './photos.json' with { type: 'json' };
import records from './records.json' with { type: 'json' };
import settings from './settings.json' with { type: 'json' };
import pdf from './pdf.json' with { type: 'json' };
import main from './main.json' with { type: 'json' };
import adverseEvents from './adverseEvents.json' with { type: 'json' };
import products from './products.json' with { type: 'json' };
import stock from './stock.json' with { type: 'json' };
import type { Catalogue } from '../en/index.ts';

// satisfies: a key that English has and this language lacks is a type error.
export default { common, errors, clinical, access, patients, sessions, map, courses, compare, consent, photos, records, settings, pdf, main, adverseEvents, products, stock } satisfies Catalogue;
