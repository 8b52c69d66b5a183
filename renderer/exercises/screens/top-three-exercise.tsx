import { useMemo } from 'react';
import { matchTopThree } from '../../../shared/domain/top-three';
import { Debrief } from '../top-three/debrief';
import { LinkPairs } from '../top-three/link-pairs';
import { MatchView } from '../top-three/match-view';
import { PickPanel } from '../top-three/pick-panel';
import { ReflectionField } from '../top-three/reflection-field';
import { addPick, movePick, removePick, setLink, type Side } from '../top-three/top-three-edits';
import type { ExerciseScreenProps } from '../screen-props';
import { useAnswer } from '../use-answer';
import '../../styles/exercise-c-d.css';

/** Exercise C: the customer's and the organisation's top three for one account, and their match. */
export function TopThreeExercise(props: ExerciseScreenProps<'C'>) {
  const { answer, onChange, participant, definition } = props;
  const accountName = props.account?.name ?? 'the customer';
  // The top threes are picked from the participant's own A and B lists.
  const listA = useAnswer(participant.id, 'A', null).answer.items;
  const listB = useAnswer(participant.id, 'B', null).answer.items;
  const match = useMemo(
    () => matchTopThree(answer.customer, answer.supplier, answer.links),
    [answer.customer, answer.supplier, answer.links],
  );

  const panel = (side: Side) => ({
    picks: answer[side],
    workshopId: props.workshopId,
    participantId: participant.id,
    onAdd: (text: string, sourceItemId: string | null) =>
      onChange(addPick(answer, side, text, sourceItemId)),
    onMove: (id: string, toIndex: number) => onChange(movePick(answer, side, id, toIndex)),
    onRemove: (id: string) => onChange(removePick(answer, side, id)),
  });

  return (
    <div className="cd-screen">
      <div className="pick-panels">
        <PickPanel
          {...panel('customer')}
          title={`What ${accountName} wants most`}
          listLabel={`${accountName}’s top three`}
          sourceLetter="A"
          sourceItems={listA}
        />
        <PickPanel
          {...panel('supplier')}
          title="What your organisation wants most"
          listLabel="Your organisation’s top three"
          sourceLetter="B"
          sourceItems={listB}
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
      {props.revealed && definition.model.kind === 'debrief' && (
        <Debrief model={definition.model} />
      )}
    </div>
  );
}
