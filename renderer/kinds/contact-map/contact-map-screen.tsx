import { useId } from 'react';
import { useKindStore } from '../kind-store';
import { ContactMapper } from '../../mapper/contact-mapper';
import type { ExerciseScreenProps } from '../screen-props';
import '../../mapper/map-panel.css';

/** A contact map (G): the learner's contact map of one key account, diagnosed as it is drawn. */
export function ContactMapScreen({
  answer,
  onChange,
  account,
  definition,
  revealed,
}: ExerciseScreenProps<'contact-map'>) {
  // The organisation taking the workshop is the supplier; without one, the learner's own.
  const client = useKindStore((s) => s.current?.workshop.client.trim() ?? '');
  const debriefId = useId();
  const model = definition.model;
  return (
    <div className="map-screen">
      <ContactMapper
        answer={answer}
        onChange={onChange}
        supplierLabel={`Supplier: ${client || 'your organisation'}`}
        customerLabel={`Customer: ${account?.name ?? 'the key account'}`}
      />
      {revealed && (
        <section className="map-panel map-debrief" aria-labelledby={debriefId}>
          <h2 id={debriefId} className="map-panel__title">
            Debrief: {model.intro}
          </h2>
          <ul className="map-debrief__points">
            {model.points.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
