import { useShallow } from 'zustand/shallow';
import { BackIcon, BuildingIcon, CalendarIcon, PersonIcon } from '../../components/icons';
import { RouteLink } from '../../components/route-link';
import { StatusPanel } from '../../components/status-panel';
import { modeLabels } from '../../format/format';
import { formatDate } from '../../../shared/format/dates';
import { useAppStore } from '../../store/store-context';
import { SessionLink } from '../console/session-link';
import { ExportWorkshopButton } from '../../workshop-file/export-workshop-button';
import { ExercisesSection } from './exercises-section';
import { ParticipantsSection } from './participants-section';

/** One workshop: its details and the people and key accounts in it. */
export function WorkshopView() {
  const { detail, status, error, currentId, navigate, loadCurrent } = useAppStore(
    useShallow((s) => ({
      detail: s.current,
      status: s.currentStatus,
      error: s.currentError,
      currentId: s.currentId,
      navigate: s.navigate,
      loadCurrent: s.loadCurrent,
    })),
  );

  const back = (
    <RouteLink route={{ name: 'home' }} navigate={navigate} className="back-link">
      <BackIcon />
      Workshops
    </RouteLink>
  );

  if (!detail) {
    return (
      <div className="page">
        <nav aria-label="Breadcrumb">{back}</nav>
        {status === 'error' ? (
          <StatusPanel
            kind="error"
            title={
              error?.code === 'not-found'
                ? 'This workshop no longer exists'
                : 'The workshop could not be loaded'
            }
            detail={error?.message}
            action={
              error?.code !== 'not-found' && currentId ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => loadCurrent(currentId)}
                >
                  Retry
                </button>
              ) : undefined
            }
          />
        ) : (
          <StatusPanel kind="loading" title="Loading workshop…" />
        )}
      </div>
    );
  }

  const { workshop, participants } = detail;
  return (
    <div className="page">
      <nav aria-label="Breadcrumb">{back}</nav>
      <div className="page__head page__head--workshop">
        <div>
          <span className={`badge badge--${workshop.mode}`}>{modeLabels[workshop.mode]}</span>
          <h1 className="page__title">{workshop.title}</h1>
          <ul className="meta meta--large" aria-label="Details">
            <li className="meta__item">
              <CalendarIcon />
              <time dateTime={workshop.date}>{formatDate(workshop.date)}</time>
            </li>
            <li className="meta__item">
              <BuildingIcon />
              <span className="visually-hidden">Client: </span>
              {workshop.client || <span className="meta__empty">No client organisation</span>}
            </li>
            <li className="meta__item">
              <PersonIcon />
              <span className="visually-hidden">Facilitator: </span>
              {workshop.facilitator || <span className="meta__empty">No facilitator</span>}
            </li>
          </ul>
        </div>
        <div className="page__actions">
          <RouteLink
            route={{ name: 'content', workshopId: workshop.id }}
            navigate={navigate}
            className="button button--secondary"
          >
            Edit the content
          </RouteLink>
          <ExportWorkshopButton workshopId={workshop.id} />
          <SessionLink workshop={workshop} navigate={navigate} />
        </div>
      </div>
      {status === 'error' && error && (
        <StatusPanel kind="error" title="This workshop may be out of date" detail={error.message} />
      )}
      <ExercisesSection workshopId={workshop.id} participants={participants} navigate={navigate} />
      <ParticipantsSection workshopMode={workshop.mode} participants={participants} />
    </div>
  );
}
