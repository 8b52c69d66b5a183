/** Graph measures of a contact map: reachability and centrality, over canonical indices. */
import { levels, type Level, type Person } from './contact-map-model';

/** Undirected adjacency in compressed rows: neighbours of i are `to[start[i] .. start[i+1])`. */
export interface Graph {
  start: Int32Array;
  to: Int32Array;
}

/** The graph of n people joined by `ends` = [a0, b0, a1, b1, …]; neighbours keep link order. */
export function graphOf(n: number, ends: readonly number[]): Graph {
  const start = new Int32Array(n + 1);
  for (const end of ends) start[end + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const to = new Int32Array(start[n]!);
  for (let k = 0; k < ends.length; k += 2) {
    const a = ends[k]!;
    const b = ends[k + 1]!;
    to[fill[a]!++] = b;
    to[fill[b]!++] = a;
  }
  return { start, to };
}

/** Who `from` reaches in the graph, itself included. */
export function reach(graph: Graph, from: number): Uint8Array {
  const seen = new Uint8Array(graph.start.length - 1);
  const queue = [from];
  seen[from] = 1;
  for (let head = 0; head < queue.length; head++) {
    const w = queue[head]!;
    for (let e = graph.start[w]!; e < graph.start[w + 1]!; e++) {
      const v = graph.to[e]!;
      if (!seen[v]) {
        seen[v] = 1;
        queue.push(v);
      }
    }
  }
  return seen;
}

/**
 * Betweenness restricted to supplier→customer paths (Brandes 2001, with targets weighted):
 * for each supplier person s and customer person t, the share of shortest s–t paths that pass
 * through v, summed. That is the course's "centrality": who can block or grant access between
 * the two organisations. Restricting sources to one side halves plain Brandes' O(V·E) and asks
 * exactly the cross-boundary question; the same paths read backwards serve customer→supplier.
 */
function crossBetweenness(graph: Graph, people: readonly Person[]): Float64Array {
  const n = people.length;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const isTarget = Float64Array.from(people, (p) => (p.side === 'customer' ? 1 : 0));
  const { start, to } = graph;
  for (let s = 0; s < n; s++) {
    if (people[s]!.side !== 'supplier' || start[s] === start[s + 1]) continue;
    let size = 0;
    order[size++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    for (let head = 0; head < size; head++) {
      const w = order[head]!;
      const next = dist[w]! + 1;
      const sw = sigma[w]!;
      const end = start[w + 1]!;
      for (let e = start[w]!; e < end; e++) {
        const v = to[e]!;
        const dv = dist[v]!;
        if (dv < 0) {
          dist[v] = next;
          order[size++] = v;
          sigma[v] = sw;
        } else if (dv === next) sigma[v]! += sw;
      }
    }
    for (let k = size - 1; k > 0; k--) {
      const w = order[k]!;
      const previous = dist[w]! - 1;
      const carry = (isTarget[w]! + delta[w]!) / sigma[w]!;
      const end = start[w + 1]!;
      for (let e = start[w]!; e < end; e++) {
        const v = to[e]!;
        if (dist[v] === previous) delta[v]! += sigma[v]! * carry;
      }
      if (w !== s) score[w]! += delta[w]!;
    }
    for (let k = 0; k < size; k++) {
      const w = order[k]!;
      dist[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
    }
  }
  return score;
}

/** How the central person was chosen. */
export type CentralityMeasure = 'betweenness' | 'weighted-degree';

/**
 * The most work (supplier sources × directed links walked) spent on exact betweenness: about
 * 100 supplier people with 500 links, about 1 ms on the 2-core bench machine. A workshop map
 * (tens of people) is far below it. Beyond it people are ranked by strength-weighted degree,
 * O(E): a 500-person, 2,000-link map would take some 12 ms by betweenness, over the 5 ms budget.
 */
export const BETWEENNESS_WORK_MAX = 100_000;

const seniority = (level: Level) => levels.indexOf(level);

/**
 * The most central person: who can block or grant access between the two organisations.
 * Highest score first, then the strongest links, then the most senior, then the first id
 * (people are in id order, so a strict comparison keeps the first of equals). Betweenness
 * scores are compared at 1e-9 so that rounding in the sums cannot split a tie.
 */
export function centralPerson(
  graph: Graph,
  people: readonly Person[],
  weightedDegree: Int32Array,
): { index: number; measure: CentralityMeasure; score: number } {
  const n = people.length;
  let suppliers = 0;
  let customers = 0;
  let work = 0;
  for (let i = 0; i < n; i++) {
    if (people[i]!.side === 'customer') customers++;
    else {
      suppliers++;
      if (graph.start[i] !== graph.start[i + 1]) work += graph.to.length;
    }
  }
  const measure: CentralityMeasure =
    work <= BETWEENNESS_WORK_MAX ? 'betweenness' : 'weighted-degree';
  let scoreOf: (i: number) => number;
  if (measure === 'betweenness') {
    const betweenness = crossBetweenness(graph, people);
    const paths = Math.max(1, suppliers * customers);
    scoreOf = (i) => Math.round((betweenness[i]! / paths) * 1e9) / 1e9;
  } else {
    scoreOf = (i) => weightedDegree[i]!;
  }
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < n; i++) {
    if (graph.start[i] === graph.start[i + 1]) continue;
    const score = scoreOf(i);
    if (best >= 0) {
      const byScore = score - bestScore;
      const byWeight = weightedDegree[i]! - weightedDegree[best]!;
      const bySeniority = seniority(people[best]!.level) - seniority(people[i]!.level);
      const better =
        byScore > 0 || (byScore === 0 && (byWeight > 0 || (byWeight === 0 && bySeniority > 0)));
      if (!better) continue;
    }
    best = i;
    bestScore = score;
  }
  return { index: best, measure, score: best >= 0 ? bestScore : 0 };
}
