import { useId } from 'react';
import { personName } from '../../shared/domain/contact-map';
import type { MapSelection } from './flow-elements';
import { LinkEditor, LinkPeopleForm } from './link-forms';
import type { MapCanvasHandlers } from './map-canvas';
import { addLink, addPerson, updateLink, updatePerson } from './map-edits';
import type { ContactMapAnswer } from '../../shared/kinds/contact-map';
import { PersonForm } from './person-form';
import type { MapNotice } from './use-map-editor';
import './map-panel.css';

/** What the side panel shows when nothing is selected. */
export type PanelMode = 'idle' | 'add-person' | 'link-people';

interface MapperSidePanelProps {
  map: ContactMapAnswer;
  mode: PanelMode;
  selection: MapSelection;
  commit(map: ContactMapAnswer, notice?: MapNotice): void;
  handlers: MapCanvasHandlers;
  onSelect(selection: MapSelection): void;
  onMode(mode: PanelMode): void;
}

/** The panel beside the canvas: add a person, link two people, or edit what is selected. */
export function MapperSidePanel(props: MapperSidePanelProps) {
  const { map, mode, selection, commit, handlers, onSelect, onMode } = props;
  const headingId = useId();
  const person =
    selection?.kind === 'person' ? map.people.find((p) => p.id === selection.id) : undefined;
  const link =
    selection?.kind === 'link' ? map.links.find((l) => l.id === selection.id) : undefined;
  const title = person
    ? `Edit ${personName(person)}`
    : link
      ? 'Edit link'
      : mode === 'add-person'
        ? 'Add person'
        : mode === 'link-people'
          ? 'Link two people'
          : 'Build the map';

  let body;
  if (person) {
    const { id, ...fields } = person;
    body = (
      <PersonForm
        key={id}
        map={map}
        editing={{ id, fields }}
        onSubmit={(next) =>
          commit(updatePerson(map, id, next), { text: `Saved ${personName({ ...next })}.` })
        }
        onCancel={() => onSelect(null)}
        onDelete={() => handlers.remove({ kind: 'person', id })}
      />
    );
  } else if (link) {
    body = (
      <LinkEditor
        key={link.id}
        link={link}
        people={map.people}
        onChange={(change) => commit(updateLink(map, link.id, change))}
        onDelete={() => handlers.remove({ kind: 'link', id: link.id })}
        onClose={() => onSelect(null)}
      />
    );
  } else if (mode === 'add-person') {
    body = (
      <PersonForm
        map={map}
        onSubmit={(fields) => {
          const added = addPerson(map, fields);
          commit(added.map, { text: `Added ${personName(fields)}.` });
        }}
        onCancel={() => onMode('idle')}
      />
    );
  } else if (mode === 'link-people') {
    body = (
      <LinkPeopleForm
        map={map}
        onSubmit={(from, to, options) => {
          const added = addLink(map, from, to, options);
          if (!added) return;
          commit(added.map, { text: 'Link added.' });
        }}
        onCancel={() => onMode('idle')}
      />
    );
  } else {
    body = (
      <ul className="map-help">
        <li>Add people with “Add person”, on their side and level.</li>
        <li>
          Drag from the dot on one card to another card to link them, or use “Link two people”.
        </li>
        <li>
          Drag a card to another band to move it; with a card focused, arrow keys move it too.
        </li>
        <li>Select a card or a line to edit or delete it.</li>
      </ul>
    );
  }

  return (
    <section className="map-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="map-panel__title">
        {title}
      </h2>
      {body}
    </section>
  );
}
