import { useMemo, useState } from 'react';
import { exampleMaps } from '../../shared/course/example-maps';
import { diagnoseContactMap } from '../../shared/domain/contact-map';
import { ModalDialog } from '../components/modal-dialog';
import { ReadOnlyMap } from './read-only-map';
import { DiagnosisSummary } from './verdict-badge';
import './map-panel.css';
import './compare-examples.css';

/** Each course example, drawn and diagnosed, so learners can hold their map against them. */
function ExampleList() {
  const diagnoses = useMemo(() => exampleMaps.map((e) => diagnoseContactMap(e.map)), []);
  return (
    <ul className="example-list">
      {exampleMaps.map((example, i) => (
        <li key={example.id} className="example-card">
          <h3 className="example-card__title">{example.title}</h3>
          <p className="example-card__description">{example.description}</p>
          <ReadOnlyMap
            map={example.map}
            supplierLabel="Supplier"
            customerLabel="Customer"
            label={`Example map: ${example.title}`}
          />
          <DiagnosisSummary diagnosis={diagnoses[i]!} headingLevel={4} />
        </li>
      ))}
    </ul>
  );
}

/** The "Compare with examples" button and the dialog of course examples it opens. */
export function CompareExamples() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        Compare with examples
      </button>
      <ModalDialog
        open={open}
        title="Compare with examples"
        onClose={() => setOpen(false)}
        size="medium"
      >
        <div className="examples-dialog">
          <div className="examples-dialog__bar">
            <p className="map-form__lead">
              The course’s contact-map patterns, each drawn and diagnosed the same way as yours.
            </p>
            <button
              type="button"
              className="button button--primary"
              data-initial-focus
              onClick={() => setOpen(false)}
            >
              Close
            </button>
          </div>
          {open && <ExampleList />}
        </div>
      </ModalDialog>
    </>
  );
}
