import type { Account, Participant } from '../../shared/schemas/workshop';
import { StatusPanel } from '../components/status-panel';
import { WorkshopBreadcrumb } from '../components/workshop-breadcrumb';
import { useShownWorkshop, WorkshopPending } from '../components/workshop-pending';
import type { PlanSection, Route } from '../store/routes';
import { OwnerPicker } from '../views/exercise/owner-picker';
import { PlanNav } from './plan-nav';
import { sectionTitles } from './plan-sections';
import { ActionsPage } from './sections/actions-page';
import { BuyerLensPage } from './sections/buyer-lens-page';
import { LayersPage } from './sections/layers-page';
import { MapCheckPage } from './sections/map-check-page';
import { PracticesPage } from './sections/practices-page';
import { ProgressPage } from './sections/progress-page';
import { ReadinessPage } from './sections/readiness-page';
import { StageViewsPage } from './sections/stage-views-page';
import { TargetMapPage } from './sections/target-map-page';
import { useAccountWork } from './use-account-work';
import '../kinds/stage-scores/stage-scores.css';
import './plan.css';

type PlanRoute = Extract<Route, { name: 'plan' }>;

/** What every page of the plan is given. */
export interface PlanPageProps {
  workshopId: string;
  participant: Participant;
  account: Account;
  route: PlanRoute;
}

/** One key account's relationship development plan: the plan itself, and the tools behind it. */
export function PlanView({ route }: { route: PlanRoute }) {
  const { detail, status, error, navigate } = useShownWorkshop(route.workshopId);
  if (!detail) return <WorkshopPending status={status} error={error} loading="Loading the plan…" />;
  const { workshop, participants } = detail;
  const participant = participants.find((p) => p.id === route.participantId) ?? participants[0];
  const account =
    participant?.accounts.find((a) => a.id === route.accountId) ?? participant?.accounts[0];
  const section = route.section ?? 'actions';
  const go = (change: Partial<PlanRoute>) => navigate({ ...route, ...change }, { replace: true });

  return (
    <div className="page page--wide plan-page">
      <WorkshopBreadcrumb workshopId={workshop.id} />
      <header className="plan-head">
        <h1 className="page__title plan-head__title">
          <span className="plan-head__kicker">Relationship plan</span>
          {account ? account.name : 'Key account'}
        </h1>
        {participant && (
          <OwnerPicker
            participants={participants}
            participant={participant}
            account={account}
            forAccount
            onParticipant={(participantId) => go({ participantId, accountId: undefined })}
            onAccount={(accountId) => go({ accountId })}
          />
        )}
      </header>
      {!participant ? (
        <StatusPanel
          kind="empty"
          title="Nobody is in this workshop yet"
          detail="Add participants and their key accounts on the workshop page."
        />
      ) : !account ? (
        <StatusPanel
          kind="empty"
          title={`${participant.name} has no key accounts yet`}
          detail="A relationship plan is made for one key account. Add one on the workshop page first."
        />
      ) : (
        <>
          <PlanNav route={route} current={section} navigate={navigate} />
          <PlanPage
            key={`${participant.id}|${account.id}|${section}`}
            section={section}
            props={{ workshopId: workshop.id, participant, account, route }}
          />
        </>
      )}
    </div>
  );
}

/** The page of the plan the route names. */
function PlanPage({ section, props }: { section: PlanSection; props: PlanPageProps }) {
  const work = useAccountWork(props.participant, props.account);
  const title = sectionTitles[section];
  return (
    <section className="plan-section" aria-labelledby="plan-section-title">
      <h2 id="plan-section-title" className="plan-section__title">
        {title}
      </h2>
      {work.loading ? (
        <StatusPanel kind="loading" title="Loading the account’s work…" />
      ) : section === 'actions' ? (
        <ActionsPage {...props} work={work} />
      ) : section === 'stage' ? (
        <StageViewsPage {...props} work={work} />
      ) : section === 'map' ? (
        <MapCheckPage {...props} work={work} />
      ) : section === 'target' ? (
        <TargetMapPage {...props} work={work} />
      ) : section === 'layers' ? (
        <LayersPage {...props} />
      ) : section === 'buyer' ? (
        <BuyerLensPage {...props} />
      ) : section === 'readiness' ? (
        <ReadinessPage {...props} />
      ) : section === 'practices' ? (
        <PracticesPage {...props} />
      ) : (
        <ProgressPage {...props} work={work} />
      )}
    </section>
  );
}
