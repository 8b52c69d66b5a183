import { useEffect } from 'react';
import { AppHeader } from '../components/app-header';
import { LiveRegion } from '../components/live-region';
import { useAppStore } from '../store/store-context';
import { AppCommands } from '../workshop-file/app-commands';
import { HomeView } from './home/home-view';
import { AboutView } from './about/about-view';
import { ExerciseView } from './exercise/exercise-view';
import { ConsoleView } from './console/console-view';
import { ContentView } from './content/content-view';
import { SelfStudyView } from './console/self-study-view';
import { PresentView } from './present/present-view';
import { WorkshopView } from './workshop/workshop-view';
import { PlanView } from '../plan/plan-view';

/** The app's frame: header, the current screen, and the live region. */
export function App() {
  const route = useAppStore((s) => s.route);
  const title = useAppStore((s) =>
    s.route.name !== 'home' && s.route.name !== 'about' ? s.current?.workshop.title : null,
  );

  useEffect(() => {
    document.title = title ? `${title} · KAM Relationship Workshop` : 'KAM Relationship Workshop';
  }, [title]);

  // The projector shows the slide alone: no header, nothing to tab through.
  if (route.name === 'present')
    return <PresentView key={route.workshopId} workshopId={route.workshopId} />;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <main id="main" className="app-main">
        {route.name === 'workshop' ? (
          <WorkshopView key={route.id} />
        ) : route.name === 'exercise' ? (
          <ExerciseView route={route} />
        ) : route.name === 'plan' ? (
          <PlanView route={route} />
        ) : route.name === 'console' ? (
          <ConsoleView key={route.workshopId} workshopId={route.workshopId} />
        ) : route.name === 'session' ? (
          <SelfStudyView key={route.workshopId} workshopId={route.workshopId} />
        ) : route.name === 'content' ? (
          <ContentView key={route.workshopId} workshopId={route.workshopId} />
        ) : route.name === 'about' ? (
          <AboutView />
        ) : (
          <HomeView />
        )}
      </main>
      <AppCommands />
      <LiveRegion />
    </>
  );
}
