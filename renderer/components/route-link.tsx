import type { ReactNode } from 'react';
import { pathOf, type Route } from '../store/routes';
import type { RouteActions } from '../store/slices/route-slice';

interface RouteLinkProps {
  route: Route;
  navigate: RouteActions['navigate'];
  className?: string;
  children: ReactNode;
  'aria-label'?: string;
  'aria-current'?: 'page';
}

/** A real link (so it can be opened in a new tab) that navigates in place when clicked. */
export function RouteLink({ route, navigate, className, children, ...rest }: RouteLinkProps) {
  return (
    <a
      href={pathOf(route)}
      className={className}
      aria-label={rest['aria-label']}
      aria-current={rest['aria-current']}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
          return;
        event.preventDefault();
        navigate(route);
      }}
    >
      {children}
    </a>
  );
}
