import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ROUTES, type Plan, type PlanSection, type SectionContent } from '@polyphony/contracts';
import { ApiError, call } from '../../app/api-client';
import { planKey, usePlanActions } from './usePlan';
import type { SavedNotice } from './usePlanPresence';

export type AutosaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'conflict' | 'error';
export const AUTOSAVE_MS = 1500;

/** The plan's cached copy with one section replaced: only a draft copy holds the sections being edited. */
export function withSection(old: Plan | undefined, section: PlanSection): Plan | undefined {
  return old && 'sections' in old && old.showing === 'draft'
    ? { ...old, sections: old.sections.map((x) => (x.id === section.id ? section : x)) }
    : old;
}

/** After a save answered: saved, unless the form changed again while it was on its way. */
export function statusAfterSave(latest: SectionContent, sent: SectionContent): AutosaveStatus {
  return latest === sent ? 'saved' : 'dirty';
}

/**
 * Whether the form takes a colleague's save of its section: only a newer revision of this section, and
 * only while the form has nothing of its own to send (idle or saved); otherwise the next save meets a conflict.
 */
export function takesTheirSave(notice: SavedNotice | null, sectionId: string, revision: number, status: AutosaveStatus): boolean {
  if (!notice || notice.sectionId !== sectionId || notice.revision <= revision) return false;
  return status === 'idle' || status === 'saved';
}

/** Filling or approving languages writes a new revision: not while the form's own text is unsent or in conflict. */
export function languagesLocked(status: AutosaveStatus): boolean {
  return status === 'dirty' || status === 'saving' || status === 'conflict';
}

const draftOf = (planId: string) => call(ROUTES.plan.get, { params: { idOrSlug: planId }, query: { version: 'draft' } });

/**
 * One section's form with autosave: every change is saved a moment after typing stops, from the revision
 * the editor last saw. If someone saved in between, the server refuses (409 plan.edit_conflict) and their
 * text is fetched to be shown beside the form's: nothing is silently overwritten. Leaving the section with
 * a change not yet sent sends it at once; a colleague's save is taken while the form has no change of its own.
 */
export function usePlanSectionAutosave(plan: Plan, section: PlanSection, saved: SavedNotice | null) {
  const queryClient = useQueryClient();
  const actions = usePlanActions(plan.slug, plan.id);
  const [content, setContent] = useState<SectionContent>(section.content);
  const [revision, setRevision] = useState(section.revision);
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<PlanSection | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ content, revision });
  latest.current = { content, revision };

  const save = (base = latest.current.revision, body = latest.current.content) => {
    setStatus('saving');
    actions.saveSection.mutate(
      { id: section.id, revision: base, content: body },
      {
        onSuccess: (s) => {
          setRevision(s.revision);
          setTheirs(null);
          setError(null);
          // Keep the page's copy in step without resetting this form.
          queryClient.setQueriesData<Plan>({ queryKey: planKey(plan.slug) }, (old) => withSection(old, s));
          setStatus(statusAfterSave(latest.current.content, body));
        },
        onError: (e) => {
          setError(e);
          if (e instanceof ApiError && e.code === 'plan.edit_conflict') {
            queryClient.fetchQuery({ queryKey: [...planKey(plan.slug), 'draft'], queryFn: () => draftOf(plan.id), staleTime: 0 }).then(
              (fresh) => {
                setTheirs(fresh.sections.find((x) => x.id === section.id) ?? null);
                setStatus('conflict');
              },
              () => setStatus('error'),
            );
          } else setStatus('error');
        },
      },
    );
  };

  const pending = useRef(false);
  /** The form's new content, saved AUTOSAVE_MS after the last change. */
  const change = (next: SectionContent) => {
    setContent(next);
    setStatus('dirty');
    pending.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = false;
      save();
    }, AUTOSAVE_MS);
  };
  // Leaving the section with a change not yet sent: send it now rather than lose it.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current) {
        void call(ROUTES.plan.updateSection, {
          params: { id: plan.id, sectionId: section.id },
          body: { revision: latest.current.revision, content: latest.current.content },
        })
          .then(() => queryClient.invalidateQueries({ queryKey: planKey(plan.slug) }))
          .catch(() => undefined);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  // Someone else saved this section while this form has no pending change: take their text.
  useEffect(() => {
    if (!takesTheirSave(saved, section.id, latest.current.revision, status)) return;
    void draftOf(plan.id).then((fresh) => {
      const s = fresh.sections.find((x) => x.id === section.id);
      if (s) {
        setContent(s.content);
        setRevision(s.revision);
      }
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);

  /** The section as the server answered another write (languages filled or approved): the form takes it. */
  const adopt = (s: PlanSection) => {
    setContent(s.content);
    setRevision(s.revision);
    setStatus('saved');
    queryClient.setQueriesData<Plan>({ queryKey: planKey(plan.slug) }, (old) => withSection(old, s));
  };
  /** In a conflict: take their text and drop the form's. */
  const takeTheirs = () => {
    if (theirs) {
      setContent(theirs.content);
      setRevision(theirs.revision);
      setStatus('saved');
      setTheirs(null);
    }
  };
  /** In a conflict: save the form's text over theirs, from their revision. */
  const keepMine = () => theirs && save(theirs.revision, latest.current.content);

  return { content, revision, status, error, theirs, change, adopt, takeTheirs, keepMine };
}
