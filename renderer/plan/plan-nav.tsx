import { RouteLink } from '../components/route-link';
import { planSections, type PlanSection, type Route } from '../store/routes';
import type { RouteActions } from '../store/slices/route-slice';
import { sectionTitles } from './plan-sections';

type PlanRoute = Extract<Route, { name: 'plan' }>;

/** The plan's pages, as links (the exercises' tabs): the plan itself first, then the tools that feed it. */
export function PlanNav({
  route,
  current,
  navigate,
}: {
  route: PlanRoute;
  current: PlanSection;
  navigate: RouteActions['navigate'];
}) {
  return (
    <nav className="exercise-tabs" aria-label="Plan pages">
      <ol>
        {planSections.map((section) => (
          <li key={section}>
            <RouteLink
              route={{ ...route, section }}
              navigate={navigate}
              className="exercise-tabs__link"
              aria-current={section === current ? 'page' : undefined}
            >
              {sectionTitles[section]}
            </RouteLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
