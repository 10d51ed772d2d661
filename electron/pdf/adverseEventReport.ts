import { ageOn } from '../../shared/age.ts';
import { adverseEventOutcomeLabel, adverseEventSeverityLabel, adverseEventTitle, daysToOnset } from '../../shared/adverseEvents.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { needleLabel } from '../../shared/needles.ts';
import { techniqueLabel } from '../../shared/techniques.ts';
import { pointsConcernedText, reportText } from './adverseEvents.ts';
import { CONTENT_LEFT, CONTENT_WIDTH, INK, MUTED, OK, SIZE, WARN, badge, ensureSpace, fieldGrid, fitText, measure, paragraph, sectionHeading, setFont, type Flow } from './layout.ts';
import type { AdverseEventRecordData } from './recordData.ts';
import { table, type Column } from './tables.ts';

/**
 * One adverse event as a report of its own: a one-page form with what an agency's report asks (the
 * patient by initials, sex and age; the reporter; the reaction, its onset after the session, severity,
 * treatment and outcome; the products given, with lots and expiry; whether and when it was reported and
 * its reference), so that the national agency's form can be filled from it. Same frame as the records.
 */
export function writeAdverseEventReport(flow: Flow, data: AdverseEventRecordData): void {
  const { doc, t, fmt } = flow;
  const { event, patient } = data;
  const session = sessionWithAmendments(data.entry.session);
  flow.current = { section: t('adverseEvents:pdf.reportSection', { date: fmt.date(event.onsetDate) }), draft: false };
  flow.tags[flow.tags.length - 1] = flow.current;

  ensureSpace(flow, 60);
  setFont(doc, 'bold', SIZE.title, INK);
  const heading = t('adverseEvents:pdf.reportHeading');
  doc.text(fitText(doc, heading, CONTENT_WIDTH - 140), CONTENT_LEFT, flow.y, { lineBreak: false });
  const open = event.outcome === 'ongoing';
  badge(doc, adverseEventOutcomeLabel(t, event.outcome).toLocaleUpperCase(fmt.locale), CONTENT_LEFT + Math.min(measure(doc, heading), CONTENT_WIDTH - 140) + 10, flow.y + 4, open ? WARN : OK);
  flow.y += 24;
  paragraph(flow, data.agency ? t('adverseEvents:pdf.reportIntro', { agency: data.agency }) : t('adverseEvents:pdf.reportIntroNational'), { colour: MUTED, size: SIZE.small });

  const age = ageOn(patient.dateOfBirth, event.onsetDate);
  sectionHeading(flow, t('adverseEvents:pdf.patientHeading'), 30);
  fieldGrid(flow, [
    [t('adverseEvents:pdf.initials'), initials(patient.firstName, patient.lastName)],
    [t('adverseEvents:pdf.dateOfBirth'), fmt.date(patient.dateOfBirth)],
    [t('adverseEvents:pdf.ageAtOnset'), age === null ? '—' : t('patients:age.years', { count: age.years })],
    [t('adverseEvents:pdf.sex'), t(`patients:sex.${patient.sex}`)],
    [t('adverseEvents:pdf.allergies'), patient.allergies || '—'],
  ], 5);

  sectionHeading(flow, t('adverseEvents:pdf.reporterHeading'), 30);
  fieldGrid(flow, [
    [t('adverseEvents:pdf.practitioner'), session.practitioner],
    [t('adverseEvents:pdf.clinic'), [data.clinic.name, data.clinic.address.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ') || '—'],
    [t('adverseEvents:pdf.phone'), data.clinic.phone || '—'],
  ], 3);

  sectionHeading(flow, t('adverseEvents:pdf.eventHeading'), 60);
  const days = daysToOnset(session.date, event.onsetDate);
  fieldGrid(flow, [
    [t('adverseEvents:field.type'), adverseEventTitle(t, event)],
    [t('adverseEvents:field.onsetDate'), days === 0 ? t('adverseEvents:pdf.onsetSameDay', { date: fmt.date(event.onsetDate) }) : t('adverseEvents:pdf.onsetValue', { date: fmt.date(event.onsetDate), count: days })],
    [t('adverseEvents:field.severity'), adverseEventSeverityLabel(t, event.severity)],
    [t('adverseEvents:field.outcome'), adverseEventOutcomeLabel(t, event.outcome)],
    [t('adverseEvents:field.followUpDate'), event.followUpDate ? fmt.date(event.followUpDate) : '—'],
    [t('adverseEvents:field.pointIds'), pointsConcernedText(flow, data.entry.session, event.pointIds)],
  ], 3);
  if (event.type !== 'other' && event.description) fieldGrid(flow, [[t('adverseEvents:field.description'), event.description]], 1);
  fieldGrid(flow, [[t('adverseEvents:field.treatment'), event.treatment || '—']], 1);
  if (event.note) fieldGrid(flow, [[t('adverseEvents:field.note'), event.note]], 1);

  sectionHeading(flow, t('adverseEvents:pdf.sessionHeading'), 60);
  fieldGrid(flow, [
    [t('adverseEvents:pdf.sessionDate'), t('pdf:common.dateTime', { date: fmt.date(session.date), time: fmt.time(session.time) })],
    [t('adverseEvents:pdf.indication'), indicationLabel(t, session.indication)],
    [t('adverseEvents:pdf.session'), data.entry.courseLabel ?? t('pdf:particulars.outsideCourse')],
    [t('adverseEvents:pdf.treatedAreas'), session.treatedAreas.join('; ')],
    [t('adverseEvents:pdf.technique'), `${needleLabel(t, session.defaultNeedle, data.needles)}, ${techniqueLabel(t, session.defaultTechnique)}`],
    [t('adverseEvents:pdf.points'), fmt.integer(session.points.length)],
  ], 3);
  if (session.products.length === 0) {
    paragraph(flow, t('pdf:cocktail.none'), { colour: MUTED });
  } else {
    type Row = (typeof session.products)[number];
    const columns: Column<Row>[] = [
      { header: t('pdf:cocktail.product'), width: 2, wrap: true, bold: true, text: (p) => p.name },
      { header: t('pdf:cocktail.ingredients'), width: 2, wrap: true, text: (p) => p.activeIngredients || '—' },
      { header: t('pdf:cocktail.concentration'), width: 1, wrap: true, text: (p) => p.concentration || '—' },
      { header: t('pdf:cocktail.volume'), width: 0.8, align: 'right', text: (p) => (p.volumeMl === null ? '—' : fmt.volume(p.volumeMl)) },
      { header: t('pdf:cocktail.lot'), width: 1.3, bold: true, text: (p) => p.lot || t('pdf:cocktail.lotMissing'), colour: (p) => (p.lot ? undefined : WARN) },
      { header: t('pdf:cocktail.expiry'), width: 1, text: (p) => (p.expiry ? fmt.dateShort(p.expiry) : '—') },
    ];
    table(flow, columns, session.products);
  }

  sectionHeading(flow, t('adverseEvents:pdf.agencyHeading'), 30);
  fieldGrid(flow, [
    [t('adverseEvents:pdf.agency'), data.agency ?? t('adverseEvents:report.nationalAgency')],
    [t('adverseEvents:field.reportedToAgency'), reportText(flow, event)],
  ], 2);

  ensureSpace(flow, 24);
  const recorded = t('adverseEvents:pdf.recorded', { created: fmt.instant(event.createdAt), createdBy: event.createdBy, updated: fmt.instant(event.updatedAt), updatedBy: event.updatedBy });
  paragraph(flow, recorded, { colour: MUTED, size: SIZE.small });
}

/** "A. K.": the initials agency forms ask for instead of the name (each name's first letter, any script). */
function initials(...names: string[]): string {
  return names
    .flatMap((name) => name.split(/[\s-]+/))
    .map((part) => Array.from(part.normalize('NFC'))[0] ?? '')
    .filter(Boolean)
    .map((letter) => `${letter.toLocaleUpperCase()}.`)
    .join(' ');
}
