import React, {type ReactNode, useEffect} from 'react';
import ActionPlanSection from '../ActionPlanSection';
import DataSection from '../DataSection';
import HistorySection from '../HistorySection';
import InstitutionsSection from '../InstitutionsSection';
import ReportSection from '../ReportSection';
import ResultsSection from '../ResultsSection';

export interface Props {
  /** The reader has started using the page: made live now, wherever they are in it. */
  start: boolean;
  /** Called once the sections are live. */
  onLive: () => void;
}

/**
 * The self-assessment page's sections after the questions: results, action plan, history, data,
 * other institutions and the printable report. Read from the page's context (./context).
 */
export default function LaterSections({onLive}: Props): ReactNode {
  useEffect(() => onLive(), [onLive]);
  return (
    <>
      <ResultsSection />
      <ActionPlanSection />
      <HistorySection />
      <DataSection />
      <InstitutionsSection />
      <ReportSection />
    </>
  );
}
