/**
 * Exercise G: diagnosing a two-sided contact map between a supplier and a key customer.
 *
 * The map is measured (contact-map-metrics), then the first matching rule names its pattern.
 * The rules are checked in this order, each reading of the course's debrief slides:
 *
 * 1. empty — no reciprocated contact: nothing to diagnose (one-sided contacts are "one hand
 *    clapping" and never count).
 * 2. kam-hog — the KAM holds at least KAM_HOG_SHARE_MIN of the contacts, and either colleagues
 *    are ranged behind the KAM (the bow-tie) or there are more than a few contacts. Checked
 *    before few-low-level because the bow-tie of exercise F has a single contact: it is the
 *    shape behind the KAM, not the number of lines, that makes it a hog.
 * 3. few-low-level — at most FEW_CONTACTS_MAX contacts, every contact-holder below senior level.
 * 4. not-joined-up / customer-controlled — several supplier contact-holders, fewer than
 *    JOINED_UP_SHARE_MIN of them joined to the KAM. Customer-controlled when the customer's
 *    contact-holders are joined up around its hub instead (at least JOINED_UP_SHARE_MIN of
 *    them, and at least HUB_MIN_JOINED); otherwise not joined up.
 * 5. interdependent — many contacts, across levels (senior included) and departments on both
 *    sides, the supplier's contact-holders joined up through the KAM.
 * 6. co-operative — everything between.
 */
import { measureContactMap, type ContactMapMetrics } from './contact-map-metrics';
import { patternInfo, type ContactMap, type Pattern, type Verdict } from './contact-map-model';
import { reasonsFor } from './contact-map-reasons';
import { patternOf } from './contact-map-rules';

export * from './contact-map-model';
export * from './contact-map-thresholds';
export { ContactMapError, ContactMapSchema, validateContactMap } from './contact-map-validation';
export type { ContactMapMetrics } from './contact-map-metrics';
export type { CentralityMeasure } from './contact-map-graph';

/** What a contact map shows: its pattern, the verdict, why, and every measure. */
export interface Diagnosis {
  pattern: Pattern;
  verdict: Verdict;
  /** Plain sentences naming the measures that decided. */
  reasons: string[];
  metrics: ContactMapMetrics;
}

/**
 * Diagnoses a contact map: its pattern, verdict, the reasons and the measures. The same
 * people and links in any order give the same diagnosis. Never throws on a map that passes
 * validateContactMap; dangling links in an unvalidated map are ignored.
 */
export function diagnoseContactMap(map: ContactMap): Diagnosis {
  const metrics = measureContactMap(map);
  const pattern = patternOf(metrics);
  return {
    pattern,
    verdict: patternInfo[pattern].verdict,
    reasons: reasonsFor(pattern, metrics, map),
    metrics,
  };
}
