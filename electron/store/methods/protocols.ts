import { randomUUID } from 'node:crypto';
import { ApiError, notFound } from '../../../shared/errors.ts';
import { protocolPointsFrom, type Protocol } from '../../../shared/protocols.ts';
import type { ProtocolStore } from '../../../shared/repository.ts';
import { protocolNameTaken } from '../alreadyExists.ts';
import { deleteProtocol, findProtocol, findProtocolByName, insertProtocol, listProtocols } from '../protocols.ts';
import type { StoreContext, Synchronous } from './context.ts';

/** Protocols: named selections of points, unique by name. */
export function protocolMethods({ db, mutate, read, audit }: StoreContext): Synchronous<ProtocolStore> {
  return {
    listProtocols: (view) => read(() => listProtocols(db, view)),

    saveProtocol: (fields, actor) =>
      mutate(actor, (at) => {
        const name = fields.name.trim();
        if (name === '') throw new ApiError({ code: 'invalid-input', field: 'name', reason: 'required' });
        if (fields.points.length === 0) throw new ApiError({ code: 'invalid-input', field: 'points', reason: 'too_small', params: { minimum: 1, inclusive: true, origin: 'array', unit: 'point' } });
        const strayIndex = fields.points.findIndex((p) => p.view !== fields.view);
        if (strayIndex >= 0) {
          throw new ApiError({ code: 'invalid-input', field: `points.${strayIndex}.view`, reason: 'not-protocol-view', params: { view: fields.view } });
        }
        const existing = findProtocolByName(db, name);
        if (existing) throw protocolNameTaken(existing.name);
        const protocol: Protocol = { id: randomUUID(), name, view: fields.view, points: protocolPointsFrom(fields.points), createdAt: at, createdBy: actor.name };
        insertProtocol(db, protocol);
        audit(at, actor, 'protocol.create', 'protocol', protocol.id, { name, view: protocol.view, points: protocol.points.length });
        return protocol;
      }),

    deleteProtocol: (id, actor) =>
      mutate(actor, (at) => {
        const protocol = findProtocol(db, id);
        if (!protocol) throw notFound('protocol', id);
        deleteProtocol(db, id);
        audit(at, actor, 'protocol.delete', 'protocol', id, { name: protocol.name });
        return protocol;
      }),
  };
}
