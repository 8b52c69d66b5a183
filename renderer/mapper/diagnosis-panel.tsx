import { useId } from 'react';
import {
  levelLabels,
  patternInfo,
  personName,
  verdictLabels,
  type Diagnosis,
  type Person,
} from '../../shared/domain/contact-map';
import { DiagnosisSummary } from './verdict-badge';
import './map-panel.css';
import './diagnosis-panel.css';

interface DiagnosisPanelProps {
  diagnosis: Diagnosis;
  people: readonly Person[];
  highlightCentral: boolean;
  onHighlightCentral(on: boolean): void;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const list = (items: readonly string[]) => (items.length ? items.join(', ') : 'none');

/** What the map shows, updated on every change: pattern, verdict, reasons and the measures. */
export function DiagnosisPanel(props: DiagnosisPanelProps) {
  const { diagnosis, people } = props;
  const m = diagnosis.metrics;
  const headingId = useId();
  const central = m.centralPersonId ? people.find((p) => p.id === m.centralPersonId) : undefined;
  const measures: Array<[string, string]> = [
    ['Contacts (reciprocated)', String(m.contactCount)],
    ['One-sided contacts', String(m.oneSidedContactCount)],
    ['Contacts held by the KAM', m.kamId ? percent(m.kamContactShare) : 'no KAM marked'],
    ['Supplier contact-holders joined up to the KAM', percent(m.supplierJoinedToKamShare)],
    ['Customer contact-holders joined up to their hub', percent(m.customerJoinedToHubShare)],
    ['Supplier levels in contact', list(m.supplierLevels.map((l) => levelLabels[l]))],
    ['Customer levels in contact', list(m.customerLevels.map((l) => levelLabels[l]))],
    ['Supplier departments in contact', list(m.supplierDepartments)],
    ['Customer departments in contact', list(m.customerDepartments)],
    ['Senior people in contact on both sides', m.seniorOnBothSides ? 'Yes' : 'No'],
    ['Most central person', central ? personName(central) : 'nobody yet'],
  ];
  return (
    <section className="map-panel diagnosis-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="map-panel__title">
        What the map shows
      </h2>
      <DiagnosisSummary diagnosis={diagnosis} />
      {/* Only the pattern is announced: the reasons and measures are there to read. */}
      <p className="visually-hidden" aria-live="polite">
        Diagnosis: {patternInfo[diagnosis.pattern].label}, {verdictLabels[diagnosis.verdict]}
      </p>
      <dl className="measure-list">
        {measures.map(([term, value]) => (
          <div key={term} className="measure-list__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <label className="map-check">
        <input
          type="checkbox"
          checked={props.highlightCentral}
          disabled={!central}
          onChange={(e) => props.onHighlightCentral(e.currentTarget.checked)}
        />
        Highlight the most central person
      </label>
    </section>
  );
}
