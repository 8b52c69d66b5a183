/**
 * The gaps a relationship plan can close, found in what the learner has worked out about one
 * account: the top-three mismatches (C), the stage and the two views of it (D), the map (G),
 * its single threads and the target map, the thin layers of involvement, and the buyer's lens.
 * Each gap has a key that stays the same while the gap is there, so an action can point at it.
 */
import { buyerHeadingInfo, buyerHeadings } from '../course/buyers-lens';
import { layerInfo } from '../course/layers-of-involvement';
import { stageStatements } from '../course/stage-statements';
import { stageInfo } from '../course/stages';
import {
  diagnoseContactMap,
  levelLabels,
  patternInfo,
  personName,
  personWithTitle,
  sideLabels,
  singleThreads,
  soleContactsOf,
  verdictLabels,
  type ContactMap,
  type Person,
} from '../domain/contact-map';
import { perceptionGap, type Stage, type StatementScore } from '../domain/stage';
import { compareStageWithMap } from '../domain/stage-versus-map';
import { targetMapDiff } from '../domain/target-map';
import { matchTopThree } from '../domain/top-three';
import type { TopThreeAnswer } from '../kinds/top-three';
import {
  gapKinds,
  MAX_GAP_LABEL_CHARS,
  type GapKind,
  type GapRef,
  type PlanAction,
} from './actions';
import { thinLayers, type LayersPart } from './layers';

/** What the gaps are found in. */
export interface PlanInputs {
  topThree: TopThreeAnswer;
  /** Our scores of the six statements: the working answer, or the latest saved scoring. */
  ownScores: ReadonlyArray<StatementScore | null>;
  customerScores: ReadonlyArray<StatementScore | null>;
  /** The account's current stage, by our own scoring; null while unscored. */
  stage: Stage | null;
  map: ContactMap;
  /** The target map; null when none has been made. */
  target: ContactMap | null;
  layers: LayersPart;
}

/** The longest quotation of a learner's text inside a gap's label. */
const QUOTE_CHARS = 80;

/** A learner's text cut to a quotable length at a word. */
export function quote(text: string, max = QUOTE_CHARS): string {
  const plain = text.trim().replace(/\s+/g, ' ');
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const stageAdvice: Readonly<Record<Stage, string>> = {
  basic: 'take it on towards interdependent — or keep it basic on purpose',
  'co-operative': 'don’t prolong it: move it forwards, or backwards',
  interdependent: 'keep it there, and see whether integrated is worth it for both',
  integrated: 'keep it there: it is rare, and a deterrent to competitors',
};

function mismatchGaps(topThree: TopThreeAnswer): Array<Omit<GapRef, 'kind'>> {
  const match = matchTopThree(topThree.customer, topThree.supplier, topThree.links);
  return [
    ...match.onlyCustomer
      .filter(({ pick }) => pick.text.trim() !== '')
      .map(({ pick, rank }) => ({
        key: `customer:${pick.id}`,
        label: `The customer’s no. ${rank}, “${quote(pick.text)}”, is not in your top three`,
      })),
    ...match.onlySupplier
      .filter(({ pick }) => pick.text.trim() !== '')
      .map(({ pick, rank }) => ({
        key: `supplier:${pick.id}`,
        label: `Your no. ${rank}, “${quote(pick.text)}”, is not in the customer’s top three`,
      })),
    ...match.pairs
      .filter((pair) => pair.rankDistance >= 2)
      .map((pair) => ({
        key: `rank:${pair.customer.id}`,
        label: `“${quote(pair.customer.text)}” is no. ${pair.customerRank} for the customer, no. ${pair.supplierRank} for you`,
      })),
  ];
}

function stageGaps(inputs: PlanInputs): Array<Omit<GapRef, 'kind'>> {
  const gaps: Array<Omit<GapRef, 'kind'>> = [];
  if (inputs.stage === null) {
    gaps.push({ key: 'stage:unscored', label: 'The stage is not scored yet' });
  } else {
    const label = stageInfo[inputs.stage].label;
    gaps.push({
      key: `stage:${inputs.stage}`,
      label: `${label} stage: ${stageAdvice[inputs.stage]}`,
    });
  }
  const gap = perceptionGap(inputs.ownScores, inputs.customerScores);
  gap.perStatement.forEach((difference, i) => {
    if (difference === null || difference === 0) return;
    const statement = stageStatements[i]!;
    gaps.push({
      key: `perception:${statement.id}`,
      label: `Statement ${i + 1}: we score ${inputs.ownScores[i]}, the customer ${inputs.customerScores[i]} — “${quote(statement.text, 60)}”`,
    });
  });
  return gaps;
}

const whereabouts = (p: Person) =>
  `${sideLabels[p.side]}, ${levelLabels[p.level]}${p.department.trim() ? `, ${p.department.trim()}` : ''}`;

function mapGaps(inputs: PlanInputs): Array<Omit<GapRef, 'kind'>> {
  const gaps: Array<Omit<GapRef, 'kind'>> = [];
  const diagnosis = diagnoseContactMap(inputs.map);
  if (diagnosis.pattern !== 'empty' && diagnosis.pattern !== 'interdependent') {
    gaps.push({
      key: `pattern:${diagnosis.pattern}`,
      label: `The map shows ${patternInfo[diagnosis.pattern].label.toLowerCase()} (${verdictLabels[diagnosis.verdict].toLowerCase()})`,
    });
  }
  const comparison = compareStageWithMap(inputs.stage, diagnosis);
  if (comparison.agreement === 'contradict') {
    gaps.push({ key: 'versus-score', label: `${comparison.headline}: ${comparison.reasons[0]}` });
  }
  if (inputs.target) {
    const diff = targetMapDiff(inputs.map, inputs.target);
    for (const { person } of diff.peopleToBringIn) {
      gaps.push({
        key: `bring-in:${person.id}`,
        label: `Bring in ${personWithTitle(person)} (${whereabouts(person)})`,
      });
    }
    for (const contact of diff.contactsToBuild) {
      const verb =
        contact.change === 'new'
          ? 'Build a contact'
          : contact.change === 'reciprocate'
            ? 'Make the contact two-way'
            : 'Strengthen the contact';
      gaps.push({
        key: `contact:${contact.supplier.id}:${contact.customer.id}`,
        label: `${verb}: ${personName(contact.supplier)} with ${personWithTitle(contact.customer)}`,
      });
    }
  }
  return gaps;
}

function threadGaps(map: ContactMap): Array<Omit<GapRef, 'kind'>> {
  const byId = new Map(map.people.map((p) => [p.id, p]));
  const threads = singleThreads(map);
  const solesOf = soleContactsOf(map, threads);
  return threads.map((id) => {
    const person = byId.get(id)!;
    const thread = byId.get(solesOf.get(id) ?? '');
    return {
      key: id,
      label: `${personWithTitle(person)} hangs by a single thread${thread ? `: ${personName(thread)}` : ''}`,
    };
  });
}

/** Every gap found in the account's work, grouped by kind in the order of gapKinds. */
export function planGaps(inputs: PlanInputs): GapRef[] {
  const byKind: Record<GapKind, Array<Omit<GapRef, 'kind'>>> = {
    mismatch: mismatchGaps(inputs.topThree),
    stage: stageGaps(inputs),
    map: mapGaps(inputs),
    'single-thread': threadGaps(inputs.map),
    layer: thinLayers(inputs.layers).map((layer) => ({
      key: layer,
      label: `Thin layer: ${layerInfo[layer].label.toLowerCase()} (${layerInfo[layer].shorthand.toLowerCase()})`,
    })),
    buyer: buyerHeadings.map((heading) => ({
      key: heading,
      label: `${buyerHeadingInfo[heading].label}: ${buyerHeadingInfo[heading].kamQuestion}`,
    })),
  };
  return gapKinds.flatMap((kind) =>
    byKind[kind].map((gap) => ({
      kind,
      key: gap.key,
      label: gap.label.slice(0, MAX_GAP_LABEL_CHARS),
    })),
  );
}

/** Whether two gap references name the same gap. */
export function sameGap(a: Pick<GapRef, 'kind' | 'key'>, b: Pick<GapRef, 'kind' | 'key'>): boolean {
  return a.kind === b.kind && a.key === b.key;
}

/** The gaps no action (other than a dropped one) is planned against, in order. */
export function gapsWithoutAction(
  gaps: readonly GapRef[],
  actions: ReadonlyArray<Pick<PlanAction, 'closes' | 'status'>>,
): GapRef[] {
  return gaps.filter(
    (gap) => !actions.some((a) => a.closes && sameGap(a.closes, gap) && a.status !== 'dropped'),
  );
}

/** The scores that speak for a side now: the working ones once any is given, else the latest saved. */
export function scoresNow(
  working: ReadonlyArray<StatementScore | null>,
  savedNewestFirst: ReadonlyArray<{ scores: readonly StatementScore[] }>,
): Array<StatementScore | null> {
  const latest = savedNewestFirst[0];
  return working.some((s) => s !== null) || !latest ? [...working] : [...latest.scores];
}
