import React, {type ReactNode, useCallback, useMemo, useState} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {isLocale} from '@site/src/assessment/checklist';
import type {EditionItems} from '@site/src/assessment/edition-items';
import {carryOver, type CarryOver} from '@site/src/assessment/migration';
import {browserStorage, deserializeRecord, editionsWithAnswers, storageKey} from '@site/src/assessment/store';
import type {AssessmentGlobalData} from '@site/src/plugins/checklists';
import {AssessmentContext, useAssessmentContext, type AssessmentContextValue} from './context';
import ProfileSection from './ProfileSection';
import QuestionsSection from './QuestionsSection';
import {editionLabel} from './labels';
import StorageNotice from './StorageNotice';
import TaskList from './TaskList';
import LaterSections from './LaterSections';
import {useQuestionsInPage, useQuestionsView} from './view';
import {useAssessment} from './useAssessment';
import styles from './page.module.css';

/** Offers to carry answers over from another edition kept in this browser; reports what cannot be. */
/** Item ids named to the user after carrying answers over. */
function ItemIds({ids, attributes}: {ids: string[]; attributes?: Record<string, string>}): ReactNode {
  return (
    <ul {...attributes}>
      {ids.map((id) => (
        <li key={id}>
          <code>{id}</code>
        </li>
      ))}
    </ul>
  );
}

function CarryOverOffer({editions}: {editions: AssessmentGlobalData['editions']}): ReactNode {
  const {edition, store, state} = useAssessmentContext();
  const [result, setResult] = useState<{from: string; outcome: CarryOver} | null>(null);
  const others = useMemo(() => {
    const storage = store ? browserStorage() : null;
    return storage
      ? editionsWithAnswers(
          storage,
          editions.map((e) => e.name).filter((n) => n !== edition.edition),
        )
      : [];
  }, [store, editions, edition.edition]);
  const labelOf = editionLabel;
  const empty = Object.values(state.record.current.answers).every((a) => a.answer === null);
  if (result) {
    return (
      <div role="status" className={styles.panel} data-carry-over>
        <p>
          <Translate
            id="assessment.carry.done"
            values={{count: result.outcome.carried.length, edition: labelOf(result.from)}}>
            {'Perkelta atsakymų iš leidimo „{edition}“: {count}.'}
          </Translate>
        </p>
        {result.outcome.notInEdition.length > 0 ? (
          <>
            <p>
              <Translate id="assessment.carry.missing">
                Šių klausimų naujame leidime nebėra, todėl jų atsakymai neperkelti (jie liko ankstesnio
                leidimo vertinime):
              </Translate>
            </p>
            <ItemIds ids={result.outcome.notInEdition} />
          </>
        ) : null}
        {result.outcome.reworded.length > 0 ? (
          <>
            <p>
              <Translate id="assessment.carry.reworded">
                Šių klausimų formuluotė naujame leidime pakeista. Jų atsakymai perkelti, bet peržiūrėkite, ar
                jie vis dar teisingi:
              </Translate>
            </p>
            <ItemIds ids={result.outcome.reworded} attributes={{'data-carry-reworded': ''}} />
          </>
        ) : null}
      </div>
    );
  }
  if (!store || !empty || others.length === 0) {
    return null;
  }
  return (
    <div className={styles.panel}>
      {others.map((name) => (
        <p key={name}>
          <Translate id="assessment.carry.offer" values={{edition: labelOf(name)}}>
            {'Šioje naršyklėje yra atsakymų, pateiktų vertinant pagal leidimą „{edition}“.'}
          </Translate>{' '}
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={() => {
              const raw = browserStorage()?.getItem(storageKey(name));
              if (!raw) {
                return;
              }
              const outcome = carryOver(deserializeRecord(raw, name).current, edition, Date.now(), name);
              store.replaceCurrent(outcome.state);
              setResult({from: name, outcome});
            }}>
            <Translate id="assessment.carry.button">Perkelti atsakymus į šį leidimą</Translate>
          </button>
        </p>
      ))}
    </div>
  );
}

interface Props {
  edition: EditionItems;
}

/**
 * The page's content, which holds the answers' state. It sits inside the theme's layout, not around
 * it, so that reading the stored answers, adding the remaining chapters' questions and every answer
 * after that render the assessment only: rendered again with each of them, the layout's navbar read
 * the scroll position, which forced the browser to lay out the whole page in the middle of the
 * update (50 ms per chapter added, at phone speed).
 */
function AssessmentContent({edition, title}: Props & {title: string}): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = isLocale(i18n.currentLocale) ? i18n.currentLocale : 'lt';
  const {store, state} = useAssessment(edition.edition);
  const view = useQuestionsView(edition, state.record.current);
  const inPage = useQuestionsInPage(edition, store !== null);
  const label = editionLabel(edition.edition);
  // The sections after the questions are made live after the page has loaded (see LaterSections).
  const [laterLive, setLaterLive] = useState(false);
  const markLaterLive = useCallback(() => setLaterLive(true), []);
  const global = usePluginData('skaidrumo-checklists') as AssessmentGlobalData;
  const otherEditions = global.editions.filter((e) => e.name !== edition.edition);
  // One value while none of its parts changes: the sections that do not show the questions' view
  // (memoized below and in their modules) are then not rendered again when a chapter's questions are
  // added or a chapter is folded.
  const context = useMemo<AssessmentContextValue>(
    () => ({edition, editionLabel: label, store, state, locale}),
    [edition, label, store, state, locale],
  );
  return (
    <AssessmentContext.Provider value={context}>
      <main
        className={`container margin-vert--lg ${styles.page}`}
        data-ready={store && inPage.complete && laterLive ? 'true' : 'false'}
        data-assessment-page>
        <Heading as="h1">
          {title} <span className={`badge badge--secondary ${styles.edition}`}>{label}</span>
        </Heading>
        <aside className={styles.privacy} aria-labelledby="privacy">
          <Heading as="h2" id="privacy" className={styles.privacyTitle}>
            <Translate id="assessment.privacy.title">Jūsų duomenys lieka jūsų naršyklėje</Translate>
          </Heading>
          <p>
            <Translate id="assessment.privacy.body">
              Atsakymai saugomi tik šioje naršyklėje (jos vietinėje saugykloje) ir niekur nesiunčiami.
              Svetainė nenaudoja slapukų ir lankomumo analitikos. Kitiems atsakymus galite perduoti tik patys,
              eksportavę failą. Viską ištrinti galite šio puslapio apačioje.
            </Translate>
          </p>
          {otherEditions.length > 0 ? (
            <p>
              <Translate id="assessment.otherEditions">Kitų leidimų vertinimai:</Translate>{' '}
              {otherEditions.map((e, index) => (
                <React.Fragment key={e.name}>
                  {index > 0 ? ', ' : ''}
                  <Link to={e.path}>{editionLabel(e.name)}</Link>
                </React.Fragment>
              ))}
            </p>
          ) : null}
        </aside>
        <StorageNotice state={state} />
        <CarryOverOffer editions={global.editions} />
        <TaskList view={view} />
        <ProfileSection />
        <QuestionsSection view={view} inPage={inPage} />
        <LaterSections start={store !== null && inPage.inUse} onLive={markLaterLive} />
      </main>
    </AssessmentContext.Provider>
  );
}

/** The whole-institution self-assessment of one edition. */
export default function AssessmentPage({edition}: Props): ReactNode {
  const title = translate({id: 'assessment.title', message: 'Įstaigos savęs vertinimas'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'assessment.description',
        message:
          'Visos įstaigos savęs vertinimas pagal vadovo klausimus: rezultatai, veiksmų planas, istorija, eksportas ir ataskaita.',
      })}>
      <AssessmentContent edition={edition} title={title} />
    </Layout>
  );
}
