import { personName } from '../../../shared/domain/contact-map-model';
import type { StageChoiceSetup } from '../../../shared/kinds/stage-choice';
import './exhibit-diagram.css';

const WIDTH = 1000;
const HEIGHT = 520;
/** Wide enough for "Key account manager" in the label's type, with room either side. */
const BOX = { w: 270, h: 62 };

/**
 * A stage-choice exhibit drawn from its contact map, as the course's slide lays it out: the
 * supplier's functions in a column behind the key account manager, and the customer's person
 * the KAM is in touch with.
 */
export function ExhibitDiagram({ exhibit }: { exhibit: StageChoiceSetup['exhibit'] }) {
  const { people, links } = exhibit.map;
  const functions = people.filter((p) => p.side === 'supplier' && !p.isKeyAccountManager);
  const kam = people.find((p) => p.isKeyAccountManager);
  const buyer = people.find((p) => p.side === 'customer');
  if (!kam || !buyer) return null;

  const gap = (HEIGHT - functions.length * BOX.h) / (functions.length + 1);
  const position = new Map<string, { x: number; y: number }>();
  functions.forEach((p, i) => position.set(p.id, { x: 20, y: gap + i * (BOX.h + gap) }));
  position.set(kam.id, { x: 385, y: HEIGHT / 2 - BOX.h / 2 });
  position.set(buyer.id, { x: WIDTH - BOX.w - 20, y: HEIGHT / 2 - BOX.h / 2 });

  return (
    <svg
      className="exhibit-diagram"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={exhibit.description}
    >
      <text className="exhibit-diagram__side" x={20} y={16}>
        Supplier
      </text>
      <text className="exhibit-diagram__side" x={WIDTH - BOX.w - 20} y={16}>
        Customer
      </text>
      <line className="exhibit-diagram__divider" x1={685} y1={30} x2={685} y2={HEIGHT} />
      {links.map((link) => {
        const from = position.get(link.from);
        const to = position.get(link.to);
        if (!from || !to) return null;
        const fromRight = from.x < to.x;
        return (
          <line
            key={link.id}
            className="exhibit-diagram__link"
            x1={fromRight ? from.x + BOX.w : from.x}
            y1={from.y + BOX.h / 2}
            x2={fromRight ? to.x : to.x + BOX.w}
            y2={to.y + BOX.h / 2}
          />
        );
      })}
      {[...functions, kam, buyer].map((person) => {
        const at = position.get(person.id);
        if (!at) return null;
        const role = person === kam ? 'kam' : person === buyer ? 'customer' : 'supplier';
        return (
          <g key={person.id} className={`exhibit-diagram__person exhibit-diagram__person--${role}`}>
            <rect x={at.x} y={at.y} width={BOX.w} height={BOX.h} rx={12} />
            <text x={at.x + BOX.w / 2} y={at.y + BOX.h / 2} dominantBaseline="central">
              {person === kam
                ? 'Key account manager'
                : person === buyer
                  ? personName(person)
                  : person.department}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
