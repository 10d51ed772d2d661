import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import type { RawApi } from '../../../shared/api.ts';
import type { CatalogueProduct } from '../../../shared/productCatalogue.ts';
import type { RecordStore } from '../../../shared/repository.ts';
import { testAccess } from '../access/fixtures.ts';
import { memorySettings, ok } from '../handlerFixtures.ts';
import { dumpDatabase, openTestStore } from '../store/fixtures.ts';

let store: RecordStore;
let path: string;
let api: RawApi;

beforeEach(() => {
  ({ store, path } = openTestStore());
  api = createHandlers({ store: holdStore(store), settings: memorySettings(), access: testAccess({ name: 'Dr Weiß' }), appInfo: () => ({ version: 't', dataDir: '', databasePath: path, schemaVersion: store.schemaVersion }) });
});
afterEach(() => store.close());

const refusal = async (result: Promise<unknown>) => ((await result) as { ok: false; error: unknown }).error;

describe('the catalogue channels', () => {
  it('add, list, find by GTIN, edit and retire, in the unlocked practitioner’s name', async () => {
    const added = await ok<CatalogueProduct>(api.saveCatalogueProduct({ name: 'Lidocaine 2%', kind: 'medicinal', presentation: { form: 'ampoule', volumeMl: 5 }, gtins: [' 4006381333931 '] }));
    expect(added).toMatchObject({ name: 'Lidocaine 2%', kind: 'medicinal', activeIngredients: '', gtins: ['04006381333931'], retired: false });
    expect(await ok(api.listCatalogue({}))).toEqual([added]);
    expect(await ok(api.findCatalogueProductByGtin({ gtin: '04006381333931' }))).toEqual(added);
    expect(await ok(api.findCatalogueProductByGtin({ gtin: '12345670' }))).toBeNull();

    const edited = await ok<CatalogueProduct>(api.saveCatalogueProduct({ ...added, concentration: '20 mg/ml' }));
    expect(edited).toMatchObject({ id: added.id, concentration: '20 mg/ml', createdAt: added.createdAt });
    expect(await ok(api.setProductRetired({ id: added.id, retired: true }))).toMatchObject({ retired: true });
    expect(await ok(api.listCatalogue({}))).toEqual([]);
    expect(await ok(api.listCatalogue({ includeRetired: true }))).toMatchObject([{ id: added.id, retired: true }]);
    expect(store.listAudit(added.id)).toMatchObject([
      { action: 'catalogue-product.create', actor: 'Dr Weiß' },
      { action: 'catalogue-product.update', actor: 'Dr Weiß' },
      { action: 'catalogue-product.retire', actor: 'Dr Weiß' },
    ]);
  });

  it('refuses a GTIN whose check digit is wrong, naming its place, before anything is written', async () => {
    const before = dumpDatabase(path);
    expect(await refusal(api.saveCatalogueProduct({ name: 'Lidocaine 2%', kind: 'medicinal', gtins: ['4006381333932'] }))).toEqual({
      code: 'invalid-input',
      field: 'gtins.0',
      reason: 'gtin-check-digit',
      params: {},
    });
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('names what is wrong with a GTIN: its digits, a repeat, too many; and a kind left out', async () => {
    const save = (input: object) => refusal(api.saveCatalogueProduct({ name: 'HA 1%', kind: 'device', ...input }));
    expect(await save({ gtins: ['12345670', '40063813339'] })).toMatchObject({ field: 'gtins.1', reason: 'gtin-format' });
    expect(await save({ gtins: ['EAN 4006381333931'] })).toMatchObject({ field: 'gtins.0', reason: 'gtin-format' });
    // The same box code as an EAN-13 and as a GTIN-14.
    expect(await save({ gtins: ['4006381333931', '04006381333931'] })).toMatchObject({ field: 'gtins.1', reason: 'gtin-repeated' });
    expect(await save({ gtins: Array.from({ length: 11 }, () => '12345670') })).toMatchObject({ field: 'gtins', reason: 'too_big', params: { maximum: 10 } });
    expect(await refusal(api.saveCatalogueProduct({ name: 'HA 1%' }))).toMatchObject({ field: 'kind', reason: 'invalid_value', params: { values: ['medicinal', 'device', 'cosmetic'] } });
    expect(await refusal(api.findCatalogueProductByGtin({ gtin: '4006381333932' }))).toMatchObject({ field: 'gtin', reason: 'gtin-check-digit' });
    expect(await ok(api.listCatalogue({ includeRetired: true }))).toEqual([]);
  });

  it('answers a conflict on a GTIN with the field and the product that has it', async () => {
    await ok(api.saveCatalogueProduct({ name: 'Lidocaine 2%', kind: 'medicinal', gtins: ['4006381333931'] }));
    expect(await refusal(api.saveCatalogueProduct({ name: 'Procaine 2%', kind: 'medicinal', gtins: ['12345670', '4006381333931'] }))).toEqual({
      code: 'conflict',
      field: 'gtins.1',
      reason: 'gtin-taken',
      params: { gtin: '04006381333931', name: 'Lidocaine 2%' },
    });
  });
});
