import {
  isReciprocated,
  levelLabels,
  levels,
  personName,
  personTitleLine,
  sides,
  strengthOf,
  type ContactMap,
  type Link,
  type Person,
  type Side,
} from '../../../shared/domain/contact-map';
import {
  BAND_LABEL_HEIGHT,
  HEADER_HEIGHT,
  NODE_HEIGHT,
  NODE_WIDTH,
  layoutContactMap,
  roundedPath,
  type LinkRoute,
  type MapFrame,
  type MapLayout,
  type Point,
} from '../../../shared/domain/contact-map-layout';
import { placeMap, type Box } from './map-geometry';
import { colors, sizes } from './theme';
import type { PdfWriter } from './writer';

export type { Box } from './map-geometry';

const sideTint = { supplier: colors.tint, customer: colors.customerTint } as const;
const sideInk = { supplier: colors.supplier, customer: colors.customer } as const;

/** The largest and smallest type on a card, in points. */
const CARD_TYPE = { most: 8.5, least: 4 };

/** The KAM's badge in a card's lower right corner, as on screen. */
function drawKamBadge(w: PdfWriter, right: number, bottom: number, size: number): void {
  const width = kamBadgeWidth(w, size);
  const height = size * 1.35;
  w.doc
    .roundedRect(right - width, bottom - height, width, height, size * 0.3)
    .fill(colors.supplier);
  w.place('KAM', right - width + size * 0.4, bottom - height + size * 0.12, {
    style: 'bold',
    size,
    color: colors.white,
  });
}

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

const kamBadgeWidth = (w: PdfWriter, size: number) => w.widthOf('KAM', 'bold', size) + size * 0.8;

/**
 * One person's card: their name, on up to two lines, then their title (or else department), and
 * the KAM's badge, in type sized to the card: a name is cut only when two lines cannot hold it.
 */
function drawCard(w: PdfWriter, person: Person, at: Point, scale: number): void {
  const doc = w.doc;
  const x = at.x * scale;
  const y = at.y * scale;
  const width = NODE_WIDTH * scale;
  const height = NODE_HEIGHT * scale;
  const kam = person.isKeyAccountManager === true;
  doc
    .roundedRect(x, y, width, height, Math.min(4, height * 0.18))
    .lineWidth(kam ? 1.6 : 0.7)
    .fillAndStroke(kam ? colors.tintStrong : colors.white, sideInk[person.side]);
  // Type for a name and a second line; a card too small for that keeps the smallest type while
  // one line of it fits, so a crowded map still names everyone.
  const size = Math.max(
    Math.min(CARD_TYPE.most, height * 0.22),
    Math.min(CARD_TYPE.least, height * 0.45),
  );
  if (size < CARD_TYPE.least) return;
  const pad = Math.min(5, width * 0.06);
  const badge = size * 0.8;
  // Text keeps clear of the KAM's badge in the corner.
  const inner = width - 2 * pad - (kam ? kamBadgeWidth(w, badge) + 2 : 0);
  const lineHeight = size * 1.18;
  const room = Math.max(1, Math.floor((height - pad) / lineHeight));
  const [name, second] = cardLines(person);
  const names = w.lines(name, 'bold', size, inner, Math.min(2, room));
  const showSecond = second !== '' && names.length < room;
  let top = y + (height - (names.length + (showSecond ? 1 : 0)) * lineHeight) / 2;
  for (const line of names) {
    w.place(line, x + pad, top, { style: 'bold', size, color: colors.ink });
    top += lineHeight;
  }
  if (showSecond) {
    const small = size * 0.9;
    w.place(w.fitLine(second, 'regular', small, inner), x + pad, top, {
      size: small,
      color: colors.muted,
    });
  }
  if (kam) drawKamBadge(w, x + width - pad * 0.6, y + height - pad * 0.6, badge);
}

/** How a link is stroked: contacts by strength, one-sided dashed, internal links thin and grey. */
function strokeLink(w: PdfWriter, link: Link, contact: boolean): void {
  const doc = w.doc;
  if (!contact) doc.lineWidth(0.6).strokeOpacity(0.9).stroke(colors.faint);
  else if (!isReciprocated(link)) doc.lineWidth(0.9).dash(3, { space: 2 }).stroke(colors.negative);
  else
    doc
      .lineWidth(0.5 + strengthOf(link) * 0.55)
      .strokeOpacity(0.9)
      .stroke(colors.accentDark);
}

/** Every link along its route, as on screen: contacts drawn over the internal links. */
function drawLinks(w: PdfWriter, map: ContactMap, routes: readonly LinkRoute[], scale: number) {
  const doc = w.doc;
  const links = new Map(map.links.map((link) => [link.id, link]));
  const ordered = [...routes].sort((a, b) => Number(a.contact) - Number(b.contact));
  for (const route of ordered) {
    const link = links.get(route.id);
    if (!link) continue;
    doc.save();
    for (const step of roundedPath(route.points)) {
      const to = { x: step.to.x * scale, y: step.to.y * scale };
      if (step.kind === 'move') doc.moveTo(to.x, to.y);
      else if (step.kind === 'line') doc.lineTo(to.x, to.y);
      else doc.quadraticCurveTo(step.control.x * scale, step.control.y * scale, to.x, to.y);
    }
    strokeLink(w, link, route.contact);
    doc.restore();
  }
}

function drawBackground(
  w: PdfWriter,
  frame: MapFrame,
  scale: number,
  names: Readonly<Record<Side, string>>,
): void {
  const doc = w.doc;
  const labelSize = Math.min(sizes.tiny, BAND_LABEL_HEIGHT * scale * 0.55);
  for (const side of sides) {
    const x = frame.sides[side].start * scale;
    const width = frame.sides[side].size * scale;
    doc.rect(x, 0, width, frame.height * scale).fill(sideTint[side]);
    w.place(
      w.fitLine(names[side].toUpperCase(), 'bold', sizes.small, width - 16, true),
      x + 8,
      (HEADER_HEIGHT * scale) / 2 - 5,
      { style: 'bold', size: sizes.small, color: sideInk[side], tracked: true },
    );
    for (const level of levels) {
      const top = frame.bands[level].top * scale;
      doc
        .moveTo(x, top)
        .lineTo(x + width, top)
        .lineWidth(0.5)
        .stroke(colors.rule);
      // At the band's outer end, in the strip no line runs along.
      w.place(levelLabels[level], x + 6, top + 2, {
        size: labelSize,
        color: colors.muted,
        width: width - 12,
        align: side === 'supplier' ? 'left' : 'right',
      });
    }
  }
}

/**
 * Draws a contact map as vector graphics, laid out as on screen (the shared layout), scaled to
 * fit the box and centred across it: the organisations' columns and level bands, the links, then
 * the people's cards. Leaves the cursor below the map.
 */
export function drawContactMap(
  w: PdfWriter,
  map: ContactMap,
  box: Box,
  options: {
    positions?: Readonly<Record<string, Point>>;
    /** The map laid out already, when the caller needed its size first. */
    layout?: MapLayout;
    supplierName?: string;
    customerName?: string;
  } = {},
): void {
  const layout = options.layout ?? layoutContactMap(map, options.positions);
  const placed = placeMap(layout, box);
  const doc = w.doc;
  doc.save();
  doc.translate(placed.x, placed.y);
  drawBackground(w, layout.frame, placed.scale, {
    supplier: options.supplierName ?? 'Your organisation',
    customer: options.customerName ?? 'Customer',
  });
  drawLinks(w, map, layout.routes, placed.scale);
  for (const person of map.people) {
    const at = layout.cards[person.id];
    if (at) drawCard(w, person, at, placed.scale);
  }
  doc.restore();
  doc.y = placed.y + placed.height + 10;
}
