import { exercises } from '../../../shared/course/exercises';
import { moduleInfo } from '../../../shared/course/module-info';
import { BackIcon } from '../../components/icons';
import { RouteLink } from '../../components/route-link';
import { formatMinutes } from '../../../shared/format/durations';
import { useAppStore } from '../../store/store-context';

/** What the app teaches, and whose course it is. */
export function AboutView() {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <div className="page about-page">
      <nav aria-label="Breadcrumb">
        <RouteLink route={{ name: 'home' }} navigate={navigate} className="back-link">
          <BackIcon />
          Workshops
        </RouteLink>
      </nav>
      <h1 className="page__title">About KAM Relationship Workshop</h1>
      <p className="page__lead">
        A guided workshop for module {moduleInfo.code}, <cite>{moduleInfo.title}</cite>, of the{' '}
        {moduleInfo.programme.toLowerCase()}.
      </p>
      <section className="about-card" aria-labelledby="credit-heading">
        <h2 id="credit-heading">Course and author</h2>
        <p>
          Module {moduleInfo.code}: <strong>{moduleInfo.title}</strong>, by{' '}
          <strong>{moduleInfo.author}</strong>.
        </p>
        <p>{moduleInfo.credit}</p>
      </section>
      <section className="about-card" aria-labelledby="exercises-heading">
        <h2 id="exercises-heading">The exercises</h2>
        <ol className="about-exercises">
          {exercises.map((e) => (
            <li key={e.letter}>
              <strong>
                {e.letter}. {e.title}
              </strong>{' '}
              — {formatMinutes(e.defaultDurationMs)},{' '}
              {e.owner === 'account' ? 'for each key account' : 'for each participant'}
            </li>
          ))}
        </ol>
      </section>
      <section className="about-card" aria-labelledby="data-heading">
        <h2 id="data-heading">Your data</h2>
        <p>
          Everything you type stays on this computer, in one database file in the app’s data folder.
          The app works offline.
        </p>
      </section>
    </div>
  );
}
