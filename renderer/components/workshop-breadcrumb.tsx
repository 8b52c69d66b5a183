import { useShallow } from 'zustand/shallow';
import { useAppStore } from '../store/store-context';
import { BackIcon } from './icons';
import { RouteLink } from './route-link';

/** The way back from a workshop's inner screens to the workshop page, named by its title. */
export function WorkshopBreadcrumb({ workshopId }: { workshopId: string }) {
  const { navigate, title } = useAppStore(
    useShallow((s) => ({
      navigate: s.navigate,
      title: s.currentId === workshopId ? s.current?.workshop.title : undefined,
    })),
  );
  return (
    <nav aria-label="Breadcrumb">
      <RouteLink
        route={{ name: 'workshop', id: workshopId }}
        navigate={navigate}
        className="back-link"
      >
        <BackIcon />
        {title ?? 'Workshop'}
      </RouteLink>
    </nav>
  );
}
