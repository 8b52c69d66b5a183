import {
  isReciprocated,
  levelLabels,
  levels,
  personName,
  personTitleLine,
  sides,
  strengthOf,
  type ContactMap,
  type Person,
  type Side,
} from '../../../shared/domain/contact-map';
import {
  BAND_LABEL_HEIGHT,
  CANVAS_HEIGHT,
  CANVAS_WIDTH,
  HEADER_HEIGHT,
  SIDE_WIDTH,
  bandTop,
  sideX,
  type Point,
} from '../../../shared/domain/contact-map-layout';
import { cardRects, type CardRect } from './map-geometry';
import { colors, sizes } from './theme';
import { KAM_ROLE_LABEL } from '../../../shared/kinds/contact-map';
import type { PdfWriter } from './writer';

/** The rectangle on the page the map is fitted into, in points. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const sideTint = { supplier: colors.tint, customer: colors.customerTint } as const;
const sideInk = { supplier: colors.supplier, customer: colors.customer } as const;

/**
 * What a card says, as on screen: the person's name, then their title or else department. A
 * name that ends with the department — a client-safe label, "Senior management, Purchasing (2)"
 * — is split there, so the card shows the role over the department and its number.
 */
function cardLines(person: Person): [string, string] {
  const name = personName(person);
  const department = person.department.trim();
  const at = department ? name.lastIndexOf(`, ${department}`) : -1;
  if (at > 0) return [name.slice(0, at), name.slice(at + 2)];
  return [name, personTitleLine(person) || department];
}

function drawCard(w: PdfWriter, person: Person, r: CardRect, scale: number): void {
  const doc = w.doc;
  const x = r.x * scale;
  const y = r.y * scale;
  const width = r.width * scale;
  const height = r.height * scale;
  const kam = person.isKeyAccountManager === true;
  doc
    .roundedRect(x, y, width, height, Math.min(4, height * 0.18))
    .lineWidth(kam ? 1.6 : 0.7)
    .fillAndStroke(kam ? colors.tintStrong : colors.white, sideInk[person.side]);
  const size = Math.min(8.5, height * 0.3, width * 0.11);
  if (size < 2.6) return;
  const pad = Math.min(5, width * 0.06);
  const inner = width - 2 * pad;
  const [head, second] = cardLines(person);
  const title = kam && head !== KAM_ROLE_LABEL ? `KAM · ${head}` : head;
  const oneLine = height < size * 2.9 || second === '';
  const firstY = oneLine ? y + (height - size * 1.25) / 2 : y + height / 2 - size * 1.3;
  w.place(w.fitLine(title, 'bold', size, inner), x + pad, firstY, {
    style: 'bold',
    size,
    color: colors.ink,
  });
  if (!oneLine) {
    w.place(w.fitLine(second, 'regular', size * 0.9, inner), x + pad, firstY + size * 1.35, {
      size: size * 0.9,
      color: colors.muted,
    });
  }
}

function centre(r: CardRect): Point {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

function drawLinks(
  w: PdfWriter,
  map: ContactMap,
  rects: Map<string, CardRect>,
  scale: number,
): void {
  const doc = w.doc;
  const sideOf = new Map(map.people.map((p) => [p.id, p.side]));
  // Internal links first, so the contacts between the organisations lie on top of them.
  const ordered = [...map.links].sort(
    (a, b) =>
      Number(sideOf.get(a.from) !== sideOf.get(a.to)) -
      Number(sideOf.get(b.from) !== sideOf.get(b.to)),
  );
  for (const link of ordered) {
    const from = rects.get(link.from);
    const to = rects.get(link.to);
    if (!from || !to || link.from === link.to) continue;
    const a = centre(from);
    const b = centre(to);
    const crossing = sideOf.get(link.from) !== sideOf.get(link.to);
    const strength = strengthOf(link);
    doc.save();
    doc.moveTo(a.x * scale, a.y * scale).lineTo(b.x * scale, b.y * scale);
    if (!crossing) {
      doc.lineWidth(0.6).strokeOpacity(0.8).stroke(colors.faint);
    } else if (!isReciprocated(link)) {
      doc.lineWidth(0.9).dash(3, { space: 2 }).stroke(colors.negative);
    } else {
      doc
        .lineWidth(0.5 + strength * 0.55)
        .strokeOpacity(0.85)
        .stroke(colors.accentDark);
    }
    doc.restore();
  }
}

function drawBackground(w: PdfWriter, scale: number, names: Readonly<Record<Side, string>>): void {
  const doc = w.doc;
  for (const side of sides) {
    const x = sideX(side) * scale;
    doc.rect(x, 0, SIDE_WIDTH * scale, CANVAS_HEIGHT * scale).fill(sideTint[side]);
    w.place(
      w.fitLine(names[side].toUpperCase(), 'bold', sizes.small, SIDE_WIDTH * scale - 16),
      x + 8,
      (HEADER_HEIGHT * scale) / 2 - 5,
      {
        style: 'bold',
        size: sizes.small,
        color: sideInk[side],
        characterSpacing: 0.8,
      },
    );
    for (const level of levels) {
      const top = bandTop(level) * scale;
      doc
        .moveTo(x, top)
        .lineTo(x + SIDE_WIDTH * scale, top)
        .lineWidth(0.5)
        .stroke(colors.rule);
      // Sized to the strip above the cards, so the cards never cover the level's name.
      w.place(levelLabels[level], x + 6, top + 2, {
        size: Math.min(sizes.tiny, BAND_LABEL_HEIGHT * scale * 0.55),
        color: colors.muted,
      });
    }
  }
}

/**
 * Draws a contact map as vector graphics, scaled to fit the box and centred in it:
 * the two organisations' columns and level bands, the links, then the people's cards.
 */
export function drawContactMap(
  w: PdfWriter,
  map: ContactMap,
  box: Box,
  options: {
    positions?: Readonly<Record<string, Point>>;
    supplierName?: string;
    customerName?: string;
  } = {},
): void {
  const scale = Math.min(box.width / CANVAS_WIDTH, box.height / CANVAS_HEIGHT);
  const offsetX = box.x + (box.width - CANVAS_WIDTH * scale) / 2;
  const offsetY = box.y;
  const rects = cardRects(map, options.positions);
  const doc = w.doc;
  doc.save();
  doc.translate(offsetX, offsetY);
  drawBackground(w, scale, {
    supplier: options.supplierName ?? 'Your organisation',
    customer: options.customerName ?? 'Customer',
  });
  drawLinks(w, map, rects, scale);
  for (const person of map.people) {
    const r = rects.get(person.id);
    if (r) drawCard(w, person, r, scale);
  }
  doc.restore();
  doc.y = offsetY + CANVAS_HEIGHT * scale + 10;
}

/** The height a map takes when fitted to a width. */
export function mapHeightForWidth(width: number): number {
  return (width / CANVAS_WIDTH) * CANVAS_HEIGHT;
}
