import { useState } from 'react';
import {
  isReciprocated,
  levelLabels,
  personName,
  sideLabels,
  strengthOf,
  type Link,
  type Person,
} from '../../shared/domain/contact-map';
import { plural } from '../../shared/format/plural';
import './map-as-list.css';

const sideLabel = (p: Person | undefined) => (p ? sideLabels[p.side] : '?');

/**
 * The map as two tables, people and links, so it is perceivable without seeing the canvas.
 * Rendered only while open: a 200-person map would otherwise weigh on every change.
 */
export function MapAsList({
  people,
  links,
}: {
  people: readonly Person[];
  links: readonly Link[];
}) {
  const [open, setOpen] = useState(false);
  const byId = new Map(people.map((p) => [p.id, p]));
  return (
    <details className="map-as-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Map as a list ({plural(people.length, 'person', 'people')}, {plural(links.length, 'link')})
      </summary>
      {open && (
        <div className="map-as-list__tables">
          <table>
            <caption>People</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Title</th>
                <th scope="col">Department</th>
                <th scope="col">Side</th>
                <th scope="col">Level</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {personName(p)}
                    {p.isKeyAccountManager ? ' (KAM)' : ''}
                  </th>
                  <td>{p.title}</td>
                  <td>{p.department}</td>
                  <td>{sideLabel(p)}</td>
                  <td>{levelLabels[p.level]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>Links</caption>
            <thead>
              <tr>
                <th scope="col">Between</th>
                <th scope="col">Kind</th>
                <th scope="col">Strength</th>
                <th scope="col">Reciprocated</th>
              </tr>
            </thead>
            <tbody>
              {links.map((l) => {
                const from = byId.get(l.from);
                const to = byId.get(l.to);
                return (
                  <tr key={l.id}>
                    <th scope="row">
                      {from ? personName(from) : '?'} – {to ? personName(to) : '?'}
                    </th>
                    <td>{from?.side === to?.side ? `Internal (${sideLabel(from)})` : 'Contact'}</td>
                    <td>{strengthOf(l)}</td>
                    <td>{isReciprocated(l) ? 'Yes' : 'No, one-sided'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
