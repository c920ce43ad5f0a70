import { useCallback, useEffect, useReducer, useRef } from 'react';
import { ApiError, client } from '../../../api/graphql-client';
import { graphql } from '../../../gql';
import { EMPTY_DRAFT, sameDraft, type AnswerDraft } from './answer-draft';

const SaveAnswersDocument = graphql(`
  mutation SaveAnswers($input: SaveAnswersInput!) {
    saveAnswers(input: $input) {
      questionCode
      value
      notApplicable
      comment
      version
      answeredAt
      answeredBy {
        displayName
      }
    }
  }
`);

const CurrentAnswersDocument = graphql(`
  query CurrentAnswers($id: ID!) {
    assessment(id: $id) {
      id
      answers {
        questionCode
        value
        notApplicable
        comment
        version
        answeredAt
        answeredBy {
          displayName
        }
      }
    }
  }
`);

/** An answer as the server last gave it, with its optimistic-lock version and who saved it. */
export interface SavedAnswer extends AnswerDraft {
  questionCode: string;
  version: number;
  answeredAt: string | null;
  answeredBy: { displayName: string } | null | undefined;
}

/** Someone else saved the answer after this user read it: both values, for the user to choose. */
export interface AnswerConflict {
  mine: AnswerDraft;
  theirs: SavedAnswer;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

/** Wait this long after the last keystroke or click before saving (a typed sentence is one save, not thirty). */
const DEBOUNCE_MS = 800;
const ANSWER_FIELD = /^answers\.(.+)$/;

/** The question codes the api names in its field errors (`answers.T6.3`), with their messages. */
function codesOf(error: ApiError): Map<string, string> {
  return new Map(
    error.fields.flatMap(({ field, message }) => {
      const code = ANSWER_FIELD.exec(field)?.[1];
      return code ? [[code, message] as const] : [];
    }),
  );
}

/** Only the draft's own fields: a saved answer carries more (version, author) that a save must not send. */
const draftOf = ({ value, notApplicable, comment }: AnswerDraft): AnswerDraft => ({ value, notApplicable, comment });

function neverSaved(questionCode: string): SavedAnswer {
  return { ...EMPTY_DRAFT, questionCode, version: 0, answeredAt: null, answeredBy: null };
}

/**
 * The answers of one assessment as the respondent edits them, saved in the background. Edits wait DEBOUNCE_MS,
 * then every pending one goes in one saveAnswers batch naming the version it was read at. When the api answers
 * CONFLICT (someone saved meanwhile), the answers it names are read again and held as conflicts until the user
 * keeps theirs or overwrites with their own; answers the api refuses as invalid wait for the user to correct them.
 * Everything else is retried with the next save.
 */
export function useAnswerAutosave(assessmentId: string, serverAnswers: readonly SavedAnswer[] | undefined, onSaved: () => void) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const saved = useRef(new Map<string, SavedAnswer>());
  const drafts = useRef(new Map<string, AnswerDraft>());
  const conflicts = useRef(new Map<string, AnswerConflict>());
  const problems = useRef(new Map<string, string>());
  const status = useRef<SaveStatus>('idle');
  const failure = useRef<ApiError | null>(null);
  const saving = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  // What the server says now, except where the user has an edit or a conflict open: that edit must still be
  // saved against the version the user read, so that a newer one answers CONFLICT instead of being overwritten.
  useEffect(() => {
    for (const answer of serverAnswers ?? []) {
      const known = saved.current.get(answer.questionCode);
      const busy = drafts.current.has(answer.questionCode) || conflicts.current.has(answer.questionCode);
      if (!busy && (!known || known.version < answer.version)) saved.current.set(answer.questionCode, answer);
    }
    rerender();
  }, [serverAnswers]);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (saving.current) {
      again.current = true;
      return;
    }
    const batch = [...drafts.current].filter(([code]) => !conflicts.current.has(code) && !problems.current.has(code));
    if (batch.length === 0) return;
    saving.current = true;
    status.current = 'saving';
    rerender();
    let retry = false;
    try {
      const { saveAnswers } = await client.request(SaveAnswersDocument, {
        input: {
          assessmentId,
          answers: batch.map(([questionCode, { value, notApplicable, comment }]) => ({
            questionCode,
            value,
            notApplicable,
            comment,
            expectedVersion: saved.current.get(questionCode)?.version ?? 0,
          })),
        },
      });
      for (const answer of saveAnswers) saved.current.set(answer.questionCode, answer);
      // An edit made while this batch was on its way is newer than what was sent: it stays for the next save.
      for (const [code, sent] of batch) if (sameDraft(drafts.current.get(code), sent)) drafts.current.delete(code);
      status.current = 'saved';
      failure.current = null;
      onSavedRef.current();
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(String(caught), undefined);
      // Only answers of this batch are set aside, so the retry sends a smaller batch and cannot loop.
      const named = new Map([...codesOf(error)].filter(([code]) => batch.some(([sent]) => sent === code)));
      if (error.code === 'CONFLICT' && named.size > 0) {
        retry = await holdConflicts([...named.keys()]).then(
          () => true,
          () => false,
        );
      } else if (error.code === 'BAD_USER_INPUT' && named.size > 0) {
        for (const [code, message] of named) problems.current.set(code, message);
        retry = true;
      }
      if (!retry) {
        status.current = 'error';
        failure.current = error;
      }
    } finally {
      saving.current = false;
      rerender();
    }
    if (retry || again.current) {
      again.current = false;
      await flush();
    }

    async function holdConflicts(codes: string[]): Promise<void> {
      const { assessment } = await client.request(CurrentAnswersDocument, { id: assessmentId });
      const current = new Map(assessment.answers.map((answer) => [answer.questionCode, answer]));
      for (const code of codes) {
        const mine = drafts.current.get(code);
        if (mine) conflicts.current.set(code, { mine: draftOf(mine), theirs: current.get(code) ?? neverSaved(code) });
      }
    }
  }, [assessmentId]);

  // Leaving the page saves what is pending; closing the tab with unsaved edits asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (drafts.current.size > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void flush();
    };
  }, [flush]);

  const edit = useCallback(
    (code: string, draft: AnswerDraft) => {
      drafts.current.set(code, draftOf(draft));
      problems.current.delete(code);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
      rerender();
    },
    [flush],
  );

  const resolve = useCallback(
    (code: string, choice: 'theirs' | 'mine') => {
      const conflict = conflicts.current.get(code);
      if (!conflict) return;
      conflicts.current.delete(code);
      saved.current.set(code, conflict.theirs);
      if (choice === 'theirs') {
        drafts.current.delete(code);
        rerender();
        onSavedRef.current();
      } else {
        // Now read at their version: saving it again overwrites theirs on purpose.
        drafts.current.set(code, conflict.mine);
        void flush();
      }
    },
    [flush],
  );

  return {
    /** What the control shows: the user's pending edit, else the saved answer. */
    answerOf: (code: string): AnswerDraft => draftOf(drafts.current.get(code) ?? saved.current.get(code) ?? EMPTY_DRAFT),
    isSaved: (code: string) => (saved.current.get(code)?.version ?? 0) > 0,
    conflictOf: (code: string) => conflicts.current.get(code),
    problemOf: (code: string) => problems.current.get(code),
    pending: drafts.current.size,
    status: status.current,
    failure: failure.current,
    edit,
    resolve,
    flush,
  };
}
