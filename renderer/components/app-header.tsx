import { ExportMenu } from '../exports/export-menu';
import { useAppStore } from '../store/store-context';
import { RouteLink } from './route-link';
import { TextSizeControl } from './text-size-control';

/** The thin bar across the top: the app's name (home) and the text size. */
export function AppHeader() {
  const navigate = useAppStore((s) => s.navigate);
  // Export works on the workshop shown: its page, its exercise pages, its content and its plans.
  const exportable = useAppStore((s) =>
    s.route.name === 'workshop' ||
    s.route.name === 'exercise' ||
    s.route.name === 'content' ||
    s.route.name === 'plan'
      ? s.current
      : null,
  );
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <RouteLink route={{ name: 'home' }} navigate={navigate} className="brand">
          <span className="brand__mark" aria-hidden="true">
            K
          </span>
          <span className="brand__name">KAM Relationship Workshop</span>
        </RouteLink>
        <div className="app-header__tools">
          {exportable && <ExportMenu detail={exportable} />}
          <RouteLink route={{ name: 'about' }} navigate={navigate} className="app-header__link">
            About
          </RouteLink>
          <TextSizeControl />
        </div>
      </div>
    </header>
  );
}
