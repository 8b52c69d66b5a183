import type { WorkshopSummary } from '../../../shared/schemas/workshop';
import { WorkshopFields } from '../../../shared/schemas/workshop';
import { EditableName } from '../../components/editable-name';
import { BuildingIcon, CalendarIcon, PersonIcon, TrashIcon } from '../../components/icons';
import { RouteLink } from '../../components/route-link';
import { modeLabels } from '../../format/format';
import { formatDate } from '../../../shared/format/dates';
import { plural } from '../../../shared/format/plural';
import { useAppStore } from '../../store/store-context';

interface WorkshopRowProps {
  workshop: WorkshopSummary;
  onDelete(workshop: WorkshopSummary): void;
}

/** One workshop in the home list: its title opens it; rename and delete sit at the end. */
export function WorkshopRow({ workshop, onDelete }: WorkshopRowProps) {
  const navigate = useAppStore((s) => s.navigate);
  const renameWorkshop = useAppStore((s) => s.renameWorkshop);

  return (
    <li className="workshop-row">
      <div className="workshop-row__main">
        <EditableName
          kind="workshop"
          name={workshop.title}
          schema={WorkshopFields.shape.title}
          onRename={(title) => renameWorkshop(workshop.id, title)}
        >
          <h3 className="workshop-row__title">
            <RouteLink
              route={{ name: 'workshop', id: workshop.id }}
              navigate={navigate}
              className="workshop-row__link"
            >
              {workshop.title}
            </RouteLink>
          </h3>
        </EditableName>
        <ul className="meta" aria-label="Details">
          <li className="meta__item">
            <CalendarIcon />
            <time dateTime={workshop.date}>{formatDate(workshop.date)}</time>
          </li>
          {workshop.client && (
            <li className="meta__item">
              <BuildingIcon />
              <span className="visually-hidden">Client: </span>
              {workshop.client}
            </li>
          )}
          {workshop.facilitator && (
            <li className="meta__item">
              <PersonIcon />
              <span className="visually-hidden">Facilitator: </span>
              {workshop.facilitator}
            </li>
          )}
        </ul>
      </div>
      <div className="workshop-row__side">
        <span className={`badge badge--${workshop.mode}`}>{modeLabels[workshop.mode]}</span>
        <span className="workshop-row__counts">
          {plural(workshop.participantCount, 'participant')} ·{' '}
          {plural(workshop.accountCount, 'key account')}
        </span>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={`Delete workshop ${workshop.title}`}
          title="Delete"
          onClick={() => onDelete(workshop)}
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
}
