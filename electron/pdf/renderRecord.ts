import { PDFDocument } from 'pdfkit';
import type { Writable } from 'node:stream';
import type { Namespace, TFunction } from 'i18next';
import { createFormatter } from '../../shared/format/formatter.ts';
import type { UiLanguage } from '../../shared/i18n/languages.ts';
import { createTranslator, type Translator } from '../../shared/i18n/translator.ts';
import { patientDisplayName } from '../../shared/patient.ts';
import { writeCourseRecord } from './courseRecord.ts';
import { registerFonts } from './fonts.ts';
import { newFlow } from './layout.ts';
import { drawPageFrames } from './pageFrame.ts';
import type { RecordData } from './recordData.ts';
import { writeSessionSection } from './sessionRecord.ts';
import { writeConsentRecord } from './consentRecord.ts';
import { writeAdverseEventReport } from './adverseEventReport.ts';

/**
 * Renders a session or course record into `out` (a file stream, usually) and resolves once the last
 * byte is written. Plain Node: runs in the export worker, in tests and in the benchmark alike.
 *
 * Pages are buffered (pdfkit's bufferPages) because "Page n of m" needs the count, which only the end
 * knows; the bytes still go to `out` as pdfkit produces them, never into one big buffer here.
 */

export type RenderOptions = {
  fontDir?: string;
  /** After each session of a course (and once for a session record). */
  onProgress?: (progress: { sessionsDone: number; sessionsTotal: number; pages: number }) => void;
  /** Off only for the benchmark's comparison; on in every record. */
  compress?: boolean;
};

export type RenderResult = { pages: number; bytes: number };

/** One translator per language per thread: the worker keeps them between exports. */
const translators = new Map<UiLanguage, Promise<Translator>>();
export async function recordWords(language: UiLanguage): Promise<TFunction<Namespace>> {
  let translator = translators.get(language);
  if (!translator) translators.set(language, (translator = createTranslator(language)));
  return (await translator).t as TFunction<Namespace>;
}

/**
 * A record asks for the same words thousands of times (a course of 1,500 points: the view, region,
 * needle and technique of each): each answer is kept for the record, keyed by the key and its
 * parameters, since in one language the same call always gives the same words.
 */
function remembered(t: TFunction<Namespace>): TFunction<Namespace> {
  const words = new Map<string, string>();
  const call = t as unknown as (key: unknown, options?: unknown) => string;
  const lookUp = (key: unknown, options?: unknown): string => {
    if (options !== undefined && (options === null || typeof options !== 'object')) return call(key, options);
    const id = JSON.stringify([key, options ?? null]);
    let text = words.get(id);
    if (text === undefined) words.set(id, (text = call(key, options)));
    return text;
  };
  return lookUp as unknown as TFunction<Namespace>;
}

/**
 * An A4 document streamed to `out` as pdfkit produces it, pages buffered for "page n of m", with the
 * project's fonts: what every printed record and letter starts from. `finish()` ends it and answers
 * its page count and the bytes written once `out` has them.
 */
export function openRecordDocument(
  out: Writable,
  language: UiLanguage,
  info: { Title: string; Author: string; Subject?: string },
  options: Pick<RenderOptions, 'compress' | 'fontDir'>,
): { doc: PDFDocument; finish: () => Promise<RenderResult> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    bufferPages: true,
    compress: options.compress ?? true,
    lang: language === 'en-XA' ? 'en' : language,
    displayTitle: true,
    info: { ...info, Creator: 'MesoChart', Producer: 'MesoChart (pdfkit)' },
  });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', (e) => reject(e ?? new Error('PDF generation failed')));
  });
  doc.pipe(out);
  registerFonts(doc, options.fontDir);
  const finish = () => {
    const pages = doc.bufferedPageRange().count;
    doc.end();
    return finished.then(() => ({ pages, bytes: (out as { bytesWritten?: number }).bytesWritten ?? 0 }));
  };
  return { doc, finish };
}

export async function renderRecord(data: RecordData, out: Writable, options: RenderOptions = {}): Promise<RenderResult> {
  const t = remembered(await recordWords(data.language));
  const fmt = createFormatter(data.language, data.timeZone);
  const name = patientDisplayName(data.patient);
  const title =
    data.kind === 'session'
      ? t('pdf:frame.sessionTitle', { date: fmt.date(data.entry.session.date) })
      : data.kind === 'consent'
        ? t('pdf:frame.consentTitle', { date: fmt.date(fmt.instantDay(data.consent.signedAt)) })
        : data.kind === 'adverse-event'
          ? t('adverseEvents:pdf.frameTitle', { date: fmt.date(data.event.onsetDate) })
          : t('pdf:frame.courseTitle', { area: data.course.area });
  const { doc, finish } = openRecordDocument(out, data.language, { Title: `${title}: ${name}`, Author: data.printedBy, Subject: t('pdf:frame.subject', { name }) }, options);

  const flow = newFlow(doc, { section: '', draft: false }, t, fmt);
  const pages = () => doc.bufferedPageRange().count;
  if (data.kind === 'session') {
    writeSessionSection(flow, data);
    options.onProgress?.({ sessionsDone: 1, sessionsTotal: 1, pages: pages() });
  } else if (data.kind === 'consent') {
    writeConsentRecord(flow, data);
    options.onProgress?.({ sessionsDone: 1, sessionsTotal: 1, pages: pages() });
  } else if (data.kind === 'adverse-event') {
    writeAdverseEventReport(flow, data);
    options.onProgress?.({ sessionsDone: 1, sessionsTotal: 1, pages: pages() });
  } else {
    flow.current = { section: t('pdf:course.summarySection'), draft: false };
    flow.tags[0] = flow.current;
    writeCourseRecord(flow, data, (done, total) => options.onProgress?.({ sessionsDone: done, sessionsTotal: total, pages: pages() }));
  }
  drawPageFrames(flow, data.patient, data, title);
  return finish();
}
