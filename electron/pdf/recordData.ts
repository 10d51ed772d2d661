import { sessionOfCourseLabel, courseTimeline, numberCourseSessions, type CourseTimeline } from '../../shared/courseSchedule.ts';
import type { AuditHead } from '../../shared/audit.ts';
import type { Course } from '../../shared/course.ts';
import type { DepthRange } from '../../shared/depth.ts';
import { needleCatalogue, type Needle } from '../../shared/needles.ts';
import { notFound } from '../../shared/errors.ts';
import type { Patient } from '../../shared/patient.ts';
import type { RecordStore } from '../../shared/repository.ts';
import type { Session } from '../../shared/session.ts';
import type { Settings } from '../../shared/settings.ts';
import type { Consent, SessionConsent } from '../../shared/consent.ts';
import type { PhotoPose } from '../../shared/photo.ts';
import { nationalAgency, type AdverseEvent } from '../../shared/adverseEvents.ts';
import type { PhotoCodec } from '../photos/photoCodec.ts';
import { derivedImage } from '../photos/photoFiles.ts';
import type { PractitionerOnRecord } from '../../shared/practitionerOnRecord.ts';
import { signedInFile, type ImportOrigin } from '../../shared/patientImport.ts';
import type { UiLanguage } from '../../shared/i18n/languages.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { createFormatter, systemTimeZone } from '../../shared/format/formatter.ts';

/**
 * What a printed record shows, gathered in the main thread from the record store and handed to the
 * export worker as plain data (structured clone): the worker never opens the database. Reading even a
 * long course is a few queries; laying out, compressing and writing the PDF is the slow part, and that
 * is what runs off the event loop. It also keeps one reader of the store, whichever backend it is.
 */

export type RecordMeta = {
  clinic: Settings['clinic'];
  depthRange: DepthRange;
  /** The clinic's needle catalogue, for the needles' names (its own names for them, retired ones too). */
  needles?: readonly Needle[] | undefined;
  /** When the record was printed (ISO instant), and by whom: the practitioner unlocked at the time ('' when nobody is named). */
  printedAt: string;
  printedBy: string;
  /**
   * The clinic's practitioners as records name them (name, qualification, registration), for the
   * session's practitioner, the signer and the consent's countersignature (absent: none known).
   */
  practitioners?: readonly PractitionerOnRecord[] | undefined;
  /** The record's language: asked for, else the patient's, else the clinic's, else English. */
  language: UiLanguage;
  /** The clinic's time zone: instants (signatures, printing) read as on the screen. */
  timeZone: string;
  /** The audit trail's newest link when the record was printed, for its footer (absent or null: none to print). */
  auditHead?: AuditHead | null | undefined;
};

/** One session as the record prints it, with its place in its course. */
export type SessionEntry = {
  session: Session;
  /** "session 3 of 10"; null outside a course. */
  courseLabel: string | null;
  /** The session's adverse events, newest onset first (absent: none were read). */
  adverseEvents?: AdverseEvent[] | undefined;
  /** The import the session came signed with: signed elsewhere, as the file records it (absent: signed here, or a draft). */
  signedElsewhere?: ImportOrigin | undefined;
};

/** A session's photo as the record prints it: a display copy (JPEG, orientation applied, no metadata). */
export type PdfPhoto = { pose: PhotoPose; caption: string; sessionDate: string; jpeg: Uint8Array; width: number; height: number };

export type SessionRecordData = RecordMeta & {
  kind: 'session';
  patient: Patient;
  course: Course | null;
  entry: SessionEntry;
  /** The consent that covers the session, or the override its course started with. */
  consent?: SessionConsent | undefined;
  /** Only when the record is printed with its photos. */
  photos?: PdfPhoto[] | undefined;
};
/** `signedElsewhere`: the import the consent came with (absent: signed in these records). */
export type ConsentRecordData = RecordMeta & { kind: 'consent'; patient: Patient; consent: Consent; signedElsewhere?: ImportOrigin | undefined };
export type CourseRecordData = RecordMeta & { kind: 'course'; patient: Patient; course: Course; timeline: CourseTimeline; entries: SessionEntry[] };
/** One adverse event as a report of its own: the event, its session (as signed, with its amendments), the agency of the clinic's country. */
export type AdverseEventRecordData = RecordMeta & { kind: 'adverse-event'; patient: Patient; event: AdverseEvent; entry: SessionEntry; agency: string | null };
export type RecordData = SessionRecordData | CourseRecordData | ConsentRecordData | AdverseEventRecordData;

type Sources = {
  store: RecordStore;
  settings: Settings;
  now?: () => Date;
  /** The photos' folder and how their files are kept: given, the session record prints the session's photos. */
  photos?: { dir: string; codec: PhotoCodec };
  /** The language the practitioner asked the record in; absent: the patient's. */
  language?: UiLanguage | undefined;
  /** Who prints: the unlocked practitioner's name. */
  printedBy?: string | undefined;
  /** The clinic's practitioners as records name them. */
  practitioners?: readonly PractitionerOnRecord[] | undefined;
  /** The audit trail's newest link as the record is printed. */
  auditHead?: AuditHead | null | undefined;
};

/** The record's language: the one asked for, else the patient's, else the clinic's, else English. */
function recordLanguage(sources: Pick<Sources, 'settings' | 'language'>, patient: Pick<Patient, 'language'>): UiLanguage {
  return sources.language ?? patient.language ?? sources.settings.language ?? 'en';
}

/** The words of the record's language, for the labels gathered here ("session 3 of 10"). */
async function wordsOf(language: UiLanguage) {
  return (await createTranslator(language)).t;
}

function meta({ settings, now, language, printedBy, practitioners, auditHead }: Sources, patient: Pick<Patient, 'language'>): RecordMeta {
  return {
    clinic: settings.clinic,
    depthRange: settings.depthRange,
    needles: needleCatalogue(settings.needles),
    printedAt: (now?.() ?? new Date()).toISOString(),
    // The practitioner unlocked when printing (the actor), whatever the settings say; empty: "printed" without a name.
    printedBy: printedBy ?? '',
    practitioners: practitioners ?? [],
    language: recordLanguage({ settings, language }, patient),
    timeZone: settings.timeZone ?? systemTimeZone(),
    auditHead: auditHead ?? null,
  };
}

async function courseOf(store: RecordStore, patientId: string, courseId: string): Promise<Course | null> {
  return (await store.listCourses(patientId)).find((c) => c.id === courseId) ?? null;
}

export async function loadSessionRecord(sources: Sources, sessionId: string): Promise<SessionRecordData> {
  const { store } = sources;
  const session = await store.getSession(sessionId);
  if (!session) throw notFound('session', sessionId);
  const patient = await store.getPatient(session.patientId);
  if (!patient) throw notFound('patient', session.patientId);
  let course: Course | null = null;
  let courseLabel: string | null = null;
  if (session.courseId) {
    course = await courseOf(store, patient.id, session.courseId);
    if (course) {
      const inCourse = (await store.listSessions(patient.id)).filter((s) => s.courseId === session.courseId);
      const number = numberCourseSessions(inCourse).find((n) => n.session.id === session.id)?.number ?? session.numberInCourse;
      if (number) courseLabel = sessionOfCourseLabel(await wordsOf(recordLanguage(sources, patient)), number, course.plannedSessions);
    }
  }
  const consent = (await store.getSessionConsent(session.id)) ?? undefined;
  let photos: PdfPhoto[] | undefined;
  if (sources.photos) {
    photos = [];
    for (const photo of await store.listPhotos({ patientId: patient.id, sessionId: session.id })) {
      const copy = await derivedImage(sources.photos.dir, photo.hash, photo.format, 'display', sources.photos.codec);
      photos.push({ pose: photo.pose, caption: photo.caption, sessionDate: photo.sessionDate, jpeg: new Uint8Array(copy.data), width: copy.width, height: copy.height });
    }
  }
  const adverseEvents = await store.listAdverseEvents({ sessionId: session.id });
  const signedElsewhere = signedInFile(await store.getPatientImport(patient.id), 'session', session.id) ?? undefined;
  return { kind: 'session', ...meta(sources, patient), patient, course, entry: { session, courseLabel, adverseEvents, signedElsewhere }, consent, photos };
}

export async function loadConsentRecord(sources: Sources, consentId: string): Promise<ConsentRecordData> {
  const consent = await sources.store.getConsent(consentId);
  if (!consent) throw notFound('consent', consentId);
  const patient = await sources.store.getPatient(consent.patientId);
  if (!patient) throw notFound('patient', consent.patientId);
  // A signed consent prints in the language of the text the patient read, unless another is asked for.
  const signedElsewhere = signedInFile(await sources.store.getPatientImport(patient.id), 'consent', consent.id) ?? undefined;
  return { kind: 'consent', ...meta({ ...sources, language: sources.language ?? consent.language }, patient), patient, consent, signedElsewhere };
}

export async function loadCourseRecord(sources: Sources, courseId: string): Promise<CourseRecordData> {
  const { store } = sources;
  const course = await store.getCourse(courseId);
  if (!course) throw notFound('course', courseId);
  const patient = await store.getPatient(course.patientId);
  if (!patient) throw notFound('patient', course.patientId);
  const summaries = (await store.listSessions(patient.id)).filter((s) => s.courseId === courseId);
  const numbered = numberCourseSessions(summaries);
  const entries: SessionEntry[] = [];
  const t = await wordsOf(recordLanguage(sources, patient));
  const imported = await store.getPatientImport(patient.id);
  for (const { number, session: summary } of numbered) {
    const session = await store.getSession(summary.id);
    const signedElsewhere = signedInFile(imported, 'session', summary.id) ?? undefined;
    if (session) entries.push({ session, courseLabel: sessionOfCourseLabel(t, number, course.plannedSessions), adverseEvents: await store.listAdverseEvents({ sessionId: session.id }), signedElsewhere });
  }
  const metadata = meta(sources, patient);
  // "Overdue as of": the day of printing in the clinic's time zone.
  const timeline = courseTimeline(course, summaries, createFormatter('en', metadata.timeZone).instantDay(metadata.printedAt));
  return { kind: 'course', ...metadata, patient, course, timeline, entries };
}

/** An adverse event's report: the event, its session with its place in its course, the agency of the clinic's country. */
export async function loadAdverseEventRecord(sources: Sources, adverseEventId: string): Promise<AdverseEventRecordData> {
  const { store } = sources;
  const event = await store.getAdverseEvent(adverseEventId);
  if (!event) throw notFound('adverseEvent', adverseEventId);
  const session = await loadSessionRecord(sources, event.sessionId);
  return { kind: 'adverse-event', ...meta(sources, session.patient), patient: session.patient, event, entry: session.entry, agency: nationalAgency(sources.settings.country) };
}
