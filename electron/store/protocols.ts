import type { SqlDatabase } from './sqlDatabase.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import { protocolNameKey, type Protocol, type ProtocolPoint } from '../../shared/protocols.ts';
import { statement } from './statements.ts';

type ProtocolRow = {
  id: string;
  name: string;
  name_key: string;
  view: MapViewId;
  points: string;
  created_at: string;
  created_by: string;
};

const COLUMNS = 'id, name, name_key, view, points, created_at, created_by';
const SELECT_ALL = `SELECT ${COLUMNS} FROM protocols ORDER BY name_key`;
const SELECT_OF_VIEW = `SELECT ${COLUMNS} FROM protocols WHERE view = ? ORDER BY name_key`;
const SELECT_BY_ID = `SELECT ${COLUMNS} FROM protocols WHERE id = ?`;
const SELECT_BY_NAME_KEY = `SELECT ${COLUMNS} FROM protocols WHERE name_key = ?`;
const INSERT_PROTOCOL = `
  INSERT INTO protocols (${COLUMNS}) VALUES (:id, :name, :name_key, :view, :points, :created_at, :created_by)`;
const DELETE_PROTOCOL = 'DELETE FROM protocols WHERE id = ?';

/** Protocols by name, of one view or of all. */
export function listProtocols(db: SqlDatabase, view?: MapViewId): Protocol[] {
  const rows = (view === undefined ? statement(db, SELECT_ALL).all() : statement(db, SELECT_OF_VIEW).all(view)) as unknown as ProtocolRow[];
  return rows.map(protocolFromRow);
}

export function findProtocol(db: SqlDatabase, id: string): Protocol | null {
  const row = statement(db, SELECT_BY_ID).get(id) as ProtocolRow | undefined;
  return row ? protocolFromRow(row) : null;
}

/** The protocol whose name is the same as `name` regardless of case and spacing. */
export function findProtocolByName(db: SqlDatabase, name: string): Protocol | null {
  const row = statement(db, SELECT_BY_NAME_KEY).get(protocolNameKey(name)) as ProtocolRow | undefined;
  return row ? protocolFromRow(row) : null;
}

export function insertProtocol(db: SqlDatabase, protocol: Protocol): void {
  statement(db, INSERT_PROTOCOL).run({
    id: protocol.id,
    name: protocol.name,
    name_key: protocolNameKey(protocol.name),
    view: protocol.view,
    points: JSON.stringify(protocol.points),
    created_at: protocol.createdAt,
    created_by: protocol.createdBy,
  });
}

export function deleteProtocol(db: SqlDatabase, id: string): void {
  statement(db, DELETE_PROTOCOL).run(id);
}

function protocolFromRow(row: ProtocolRow): Protocol {
  return {
    id: row.id,
    name: row.name,
    view: row.view,
    points: JSON.parse(row.points) as ProtocolPoint[],
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}
