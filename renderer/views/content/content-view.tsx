import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/shallow';
import { changesNothing } from '../../../shared/content/content-changes';
import { resolveContent } from '../../../shared/content/resolve-content';
import { StatusPanel } from '../../components/status-panel';
import { WorkshopBreadcrumb } from '../../components/workshop-breadcrumb';
import { RouteLink } from '../../components/route-link';
import { ContentErrorContext } from '../../content-editor/content-error';
import { ContentSaveStatus } from '../../content-editor/content-save-status';
import { ExerciseEditor } from '../../content-editor/exercise-editor';
import { RunOfShowEditor } from '../../content-editor/run-of-show-editor';
import { SaveTemplateDialog } from '../../content-editor/save-template-dialog';
import { useAppStore } from '../../store/store-context';
import '../../content-editor/content-editor.css';

/**
 * The trainer's own version of the module for one workshop: every step's time and notes, the
 * run of show, each exercise's questions, hint, timer and model answer, and slides of their
 * own. Saved as typed; a session that is running shows each change as it is saved.
 */
export function ContentView({ workshopId }: { workshopId: string }) {
  const { entry, loadContent, editContent, updateContent, navigate, workshop } = useAppStore(
    useShallow((s) => ({
      entry: s.content.get(workshopId),
      loadContent: s.loadContent,
      editContent: s.editContent,
      updateContent: s.updateContent,
      navigate: s.navigate,
      workshop: s.currentId === workshopId ? s.current?.workshop : undefined,
    })),
  );
  const [saving, setSaving] = useState(false);
  const loaded = entry !== undefined;
  useEffect(() => {
    if (!loaded) void loadContent(workshopId);
  }, [loaded, workshopId, loadContent]);

  if (!entry) {
    return (
      <div className="page">
        <WorkshopBreadcrumb workshopId={workshopId} />
        <StatusPanel kind="loading" title="Loading the content…" />
      </div>
    );
  }

  const { draft } = entry;
  const shown = resolveContent(draft);
  const edit = (next: typeof draft) => editContent(workshopId, next);
  const sessionRoute = workshop?.mode === 'self-study' ? 'session' : 'console';
  return (
    <div className="page content-page">
      <WorkshopBreadcrumb workshopId={workshopId} />
      <div className="page__head">
        <div>
          <h1 className="page__title">Content</h1>
          <p className="page__lead">
            This workshop’s own version of the module. Anything you change here shows against the
            course’s text and is saved as you type; the presenter, the console, the exercise pages
            and the PDFs use it.
          </p>
        </div>
        <div className="page__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setSaving(true)}
          >
            Save as template…
          </button>
          <RouteLink
            route={{ name: sessionRoute, workshopId }}
            navigate={navigate}
            className="button button--ghost"
          >
            {sessionRoute === 'console' ? 'Open the console' : 'Open self-study'}
          </RouteLink>
        </div>
      </div>
      <div className="content-page__status">
        <ContentSaveStatus entry={entry} onRetry={() => void updateContent(workshopId, draft)} />
        <span className="content-page__summary">
          {changesNothing(entry.changes) ? 'The course as written.' : 'Changed from the course.'}
        </span>
      </div>
      <ContentErrorContext.Provider value={entry.status === 'invalid' ? entry.error : null}>
        <RunOfShowEditor changes={draft} onChange={edit} />
        <section className="section content-section" aria-labelledby="content-exercises-title">
          <div className="section__head">
            <h2 id="content-exercises-title" className="section__title">
              Exercises
            </h2>
          </div>
          <p className="section__hint">
            Open an exercise to change its questions, hint, timer and model answer. Learners’
            matches to a model item you edit stay with it.
          </p>
          <ol className="content-exercises">
            {shown.exercises.map((exercise) => (
              <ExerciseEditor
                key={exercise.letter}
                exercise={exercise}
                changes={draft}
                onChange={edit}
              />
            ))}
          </ol>
        </section>
      </ContentErrorContext.Provider>
      <SaveTemplateDialog
        open={saving}
        workshopId={workshopId}
        suggestedName={workshop?.title ?? ''}
        onClose={() => setSaving(false)}
      />
    </div>
  );
}
