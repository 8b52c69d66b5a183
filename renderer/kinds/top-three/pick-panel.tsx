import { useEffect, useId, useRef } from 'react';
import type { ExerciseLetter } from '../../../shared/exercises/letters';
import type { ListItem } from '../../../shared/kinds/list';
import { TOP_COUNT } from '../../../shared/domain/top-three';
import type { TopPick } from '../../../shared/kinds/top-three';
import { RouteLink } from '../../components/route-link';
import { useKindStore } from '../kind-store';
import { PickAdder } from './pick-adder';
import { PickList } from './pick-list';

interface PickPanelProps {
  title: string;
  /** Says whose the picks are, for screen readers: "Globex’s top three". */
  listLabel: string;
  /** The list exercise the picks come from. */
  source: { letter: ExerciseLetter; title: string };
  /** The learner's list of that exercise. */
  sourceItems: readonly ListItem[];
  picks: readonly TopPick[];
  workshopId: string;
  participantId: string;
  onAdd(text: string, sourceItemId: string | null): void;
  onMove(id: string, toIndex: number): void;
  onRemove(id: string): void;
}

/** One side's top three: ranked picks, open slots, and the ways to add one. */
export function PickPanel(props: PickPanelProps) {
  const { title, source, sourceItems, picks } = props;
  const navigate = useKindStore((s) => s.navigate);
  const adder = useRef<HTMLDivElement>(null);
  const fullNote = useRef<HTMLParagraphElement>(null);
  const headingId = useId();

  // Adding the third pick removes the field that had focus: keep the learner in this panel.
  useEffect(() => {
    if (picks.length === TOP_COUNT && document.activeElement === document.body)
      fullNote.current?.focus();
  }, [picks.length]);
  const pickedSources = new Set(picks.map((p) => p.sourceItemId));
  const choices = sourceItems.filter(
    (item) => item.text.trim() !== '' && !pickedSources.has(item.id),
  );

  return (
    <section className="exercise-card pick-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="exercise-card__title">
        {title}
      </h3>
      <PickList
        picks={picks}
        label={props.listLabel}
        onMove={props.onMove}
        onRemove={props.onRemove}
        onEmptied={() => adder.current?.querySelector<HTMLElement>('select, input')?.focus()}
      />
      {sourceItems.length === 0 && (
        <p className="exercise-card__note">
          Your {source.letter} list is empty.{' '}
          <RouteLink
            route={{
              name: 'exercise',
              workshopId: props.workshopId,
              letter: source.letter,
              participantId: props.participantId,
            }}
            navigate={navigate}
          >
            Do exercise {source.letter} first
          </RouteLink>{' '}
          to pick from it — or type the expectations here.
        </p>
      )}
      {picks.length < TOP_COUNT ? (
        <PickAdder
          sourceLetter={source.letter}
          choices={choices}
          rootRef={adder}
          onAdd={props.onAdd}
        />
      ) : (
        <p ref={fullNote} tabIndex={-1} className="exercise-card__note">
          All three chosen — remove one to choose another.
        </p>
      )}
    </section>
  );
}
