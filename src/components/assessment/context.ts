import {createContext, useContext} from 'react';
import type {Locale} from '@site/src/assessment/checklist';
import type {EditionItems} from '@site/src/assessment/edition-items';
import type {AssessmentStore, StoreState} from '@site/src/assessment/store';

export interface AssessmentContextValue {
  edition: EditionItems;
  editionLabel: string;
  store: AssessmentStore | null;
  state: StoreState;
  locale: Locale;
}

export const AssessmentContext = createContext<AssessmentContextValue | null>(null);

export function useAssessmentContext(): AssessmentContextValue {
  const value = useContext(AssessmentContext);
  if (!value) {
    throw new Error('useAssessmentContext is used outside the assessment page');
  }
  return value;
}
