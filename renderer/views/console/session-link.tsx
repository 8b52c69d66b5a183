import type { Workshop } from '../../../shared/schemas/workshop';
import { RouteLink } from '../../components/route-link';
import type { RouteActions } from '../../store/slices/route-slice';

/** The way into the guided session: the trainer's console, or a learner's self-study. */
export function SessionLink({
  workshop,
  navigate,
}: {
  workshop: Workshop;
  navigate: RouteActions['navigate'];
}) {
  const selfStudy = workshop.mode === 'self-study';
  return (
    <RouteLink
      route={{ name: selfStudy ? 'session' : 'console', workshopId: workshop.id }}
      navigate={navigate}
      className="button button--primary session-link"
    >
      {selfStudy ? 'Start or continue self-study' : 'Present the session'}
    </RouteLink>
  );
}
