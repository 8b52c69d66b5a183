import { useMemo } from 'react';
import { matchTopThree } from '../../../shared/domain/top-three';
import { Debrief } from './debrief';
import { LinkPairs } from './link-pairs';
import { MatchView } from './match-view';
import { PickPanel } from './pick-panel';
import { ReflectionField } from './reflection-field';
import type { TopThreeSide } from '../../../shared/kinds/top-three';
import { addPick, movePick, removePick, setLink } from './top-three-edits';
import type { ExerciseScreenProps } from '../screen-props';
import { useAnswer } from '../../exercises/use-answer';
import '../exercise-card.css';
import './top-three.css';

/** A top three (C): the customer's and the organisation's top three for one account, and their match. */
export function TopThreeScreen(props: ExerciseScreenProps<'top-three'>) {
  const { answer, onChange, participant, definition } = props;
  const accountName = props.account?.name ?? 'the customer';
  // The top threes are picked from the participant's own lists (A and B in the course).
  // The course's sources are A and B; the workshop's own titles name them.
  const listExercise = (letter: string) => {
    const found = props.exercises.find((e) => e.letter === letter && e.kind === 'list');
    if (!found) throw new Error(`Exercise ${letter} is not a list to pick from`);
    return { letter: found.letter, title: found.title, kind: 'list' as const };
  };
  const sources = {
    customer: listExercise(definition.sources.customer),
    supplier: listExercise(definition.sources.supplier),
  };
  const customerList = useAnswer(participant.id, sources.customer, null).answer.items;
  const supplierList = useAnswer(participant.id, sources.supplier, null).answer.items;
  const match = useMemo(
    () => matchTopThree(answer.customer, answer.supplier, answer.links),
    [answer.customer, answer.supplier, answer.links],
  );

  const panel = (side: TopThreeSide) => ({
    picks: answer[side],
    workshopId: props.workshopId,
    participantId: participant.id,
    onAdd: (text: string, sourceItemId: string | null) =>
      onChange(addPick(answer, side, text, sourceItemId)),
    onMove: (id: string, toIndex: number) => onChange(movePick(answer, side, id, toIndex)),
    onRemove: (id: string) => onChange(removePick(answer, side, id)),
  });

  return (
    <div className="exercise-cards">
      <div className="pick-panels">
        <PickPanel
          {...panel('customer')}
          title={`What ${accountName} wants most`}
          listLabel={`${accountName}’s top three`}
          source={sources.customer}
          sourceItems={customerList}
        />
        <PickPanel
          {...panel('supplier')}
          title="What your organisation wants most"
          listLabel="Your organisation’s top three"
          source={sources.supplier}
          sourceItems={supplierList}
        />
      </div>
      {answer.customer.length > 0 && answer.supplier.length > 0 && (
        <LinkPairs
          customer={answer.customer}
          supplier={answer.supplier}
          match={match}
          accountName={accountName}
          onLink={(customerId, supplierId) => onChange(setLink(answer, customerId, supplierId))}
        />
      )}
      <MatchView
        match={match}
        customer={answer.customer}
        supplier={answer.supplier}
        accountName={accountName}
      />
      <ReflectionField
        value={answer.reflection}
        onChange={(reflection) => onChange({ ...answer, reflection })}
      />
      {props.revealed && <Debrief model={definition.model} />}
    </div>
  );
}
