import { createRoot } from 'react-dom/client';
import type { Course } from '../../shared/course.ts';
import { courseTimeline } from '../../shared/courseSchedule.ts';
import { addDays } from '../../shared/courseSchedule.ts';
import type { Patient } from '../../shared/patient.ts';
import type { Session, SessionSummary } from '../../shared/session.ts';
import { diffSessions } from '../../shared/sessionDiff.ts';
import { API_GLOBAL } from '../../shared/api.ts';
import { ComparePage } from '../../renderer/compare/ComparePage.tsx';
import { generatedSession } from '../map/generate.ts';
import '../../renderer/styles.css';

/**
 * The compare benchmark page: a patient with a 15-session course of 100 points a session on the body
 * front, served by an in-page stand-in for the preload (answers at once, as envelopes, computed with the
 * same shared functions main uses); the real ComparePage opens on 4 of the sessions. It reports the
 * time from render to the four maps drawn and the frame after (bench/compare/suite.mjs reads it).
 */
const SESSIONS = 15;
const PER_SESSION = 100;
const uuid = (kind: number, n: number) => `00000000-0000-4000-8${kind}00-${n.toString(16).padStart(12, '0')}`;

const patient: Patient = {
  id: uuid(1, 1), firstName: 'Marie', lastName: 'Dupont', dateOfBirth: '1980-01-01', sex: 'female', phone: '', email: '', address: '', allergies: '', notes: '', screening: null, medication: '', language: null,
  archived: false, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
};
const course: Course = {
  id: uuid(2, 1), patientId: patient.id, indication: 'cellulite', area: 'Thighs', plannedSessions: 10, intervalDays: 7, maintenanceIntervalDays: 30, startDate: '2025-01-06', status: 'active', notes: '', diagnosis: '',
  createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
};
const all = generatedSession(SESSIONS * PER_SESSION);
const sessions: Session[] = Array.from({ length: SESSIONS }, (_, i) => ({
  ...all,
  id: uuid(3, i + 1),
  patientId: patient.id,
  courseId: course.id,
  numberInCourse: i + 1,
  date: addDays(course.startDate, i < 10 ? i * 7 : 63 + (i - 9) * 30),
  time: '10:00',
  vasBefore: Math.max(0, 8 - Math.floor(i / 2)),
  vasAfter: Math.max(0, 6 - Math.floor(i / 2)),
  points: all.points.slice(i * PER_SESSION, (i + 1) * PER_SESSION),
  amendments: [],
}));
const summary = (s: Session): SessionSummary => ({ id: s.id, courseId: s.courseId, numberInCourse: s.numberInCourse, date: s.date, time: s.time, indication: s.indication, treatedAreas: s.treatedAreas, status: s.status, practitioner: s.practitioner, pointCount: s.points.length });

const ok = (value: unknown) => Promise.resolve({ ok: true, value: structuredClone(value) });
const byId = new Map(sessions.map((s) => [s.id, s]));
const handlers: Record<string, (input: any) => Promise<unknown>> = {
  getPatient: () => ok(patient),
  getSettings: () => ok({ depthRange: { min: 4, max: 6 }, practitionerName: 'Dr Bench' }),
  listSessions: () => ok(sessions.map(summary)),
  getSession: ({ id }) => ok(byId.get(id)),
  getCourseTimeline: () => ok({ course, timeline: courseTimeline(course, sessions.map(summary), '2025-06-01') }),
  compareSessions: ({ sessionIds }) => ok(diffSessions(sessionIds.map((id: string) => byId.get(id) as Session))),
  // The photo strip under the maps (issue 7): this bench clinic has no photos.
  listPhotos: () => ok([]),
};
(window as unknown as Record<string, unknown>)[API_GLOBAL] = new Proxy({}, { get: (_, name: string) => handlers[name] ?? (() => ok(null)) });

type Bench = { ready: boolean; openMs: number | null; draws: number[] };
const bench: Bench = { ready: false, openMs: null, draws: [] };
(window as unknown as { __bench: Bench }).__bench = bench;

const chosen = [2, 5, 8, 11].map((i) => sessions[i]!.id);
const drawn = new Set<number>();
const t0 = performance.now();
(globalThis as { __comparePerf?: unknown }).__comparePerf = {
  drawn: (pane: number, at: number) => {
    bench.draws.push(Math.round(at - t0));
    drawn.add(pane);
    if (drawn.size === chosen.length && bench.openMs === null) {
      bench.openMs = -1;
      requestAnimationFrame(() => {
        bench.openMs = performance.now() - t0;
        bench.ready = true;
      });
    }
  },
};
createRoot(document.getElementById('root') as HTMLElement).render(<ComparePage patientId={patient.id} sessionIds={chosen} courseId={null} mode="side" />);
