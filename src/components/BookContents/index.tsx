import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {
  useDocsPreferredVersion,
  useLatestVersion,
  type GlobalVersion,
} from '@docusaurus/plugin-content-docs/client';
import contents from '@generated/skaidrumo-contents/default/contents.json';
import type {ContentsDoc, ContentsPart} from '@site/src/book/contents';
import type {BookDocId, BookPartKey} from '@site/src/book/outline';
import styles from './styles.module.css';

/** The question each doc answers, in one line. */
function question(id: BookDocId): string {
  const questions: Record<BookDocId, string> = {
    about: translate({id: 'home.question.about', message: 'Kam skirtas vadovas ir kaip juo naudotis?'}),
    'transparency-in-welfare': translate({
      id: 'home.question.transparency-in-welfare',
      message: 'Kodėl korupcijos rizika telkiasi gerovės paslaugose ir kaip ją mažina skaidrumas?',
    }),
    'legal-framework': translate({
      id: 'home.question.legal-framework',
      message: 'Kokie teisės aktai nustato skaidrumo pareigas ir kas už ką atsako?',
    }),
    'anti-corruption-environment': translate({
      id: 'home.question.anti-corruption-environment',
      message: 'Ką savivaldybė ir jos įstaigos privalo daryti, kad sukurtų antikorupcinę aplinką?',
    }),
    'corruption-risk': translate({
      id: 'home.question.corruption-risk',
      message: 'Kaip nustatyti, įvertinti ir sumažinti korupcijos rizikas?',
    }),
    'conflicts-of-interest': translate({
      id: 'home.question.conflicts-of-interest',
      message: 'Kas deklaruoja interesus, kada reikia nusišalinti ir ar galima priimti dovaną?',
    }),
    'staff-selection': translate({
      id: 'home.question.staff-selection',
      message: 'Kaip skaidriai atrinkti darbuotojus ir vadovus?',
    }),
    'social-services': translate({
      id: 'home.question.social-services',
      message: 'Kaip priimti skaidrius ir patikrinamus sprendimus dėl paramos ir paslaugų?',
    }),
    'education-admissions': translate({
      id: 'home.question.education-admissions',
      message: 'Kaip sąžiningai priimti vaikus į darželius ir mokyklas ir tvarkyti eiles?',
    }),
    'informal-payments': translate({
      id: 'home.question.informal-payments',
      message: 'Kaip atpažinti neoficialius mokėjimus ir skaidriai priimti paramą?',
    }),
    'public-procurement': translate({
      id: 'home.question.public-procurement',
      message: 'Kaip pirkti taip, kad kiekvieną sprendimą būtų galima paaiškinti ir patikrinti?',
    }),
    'budget-and-grants': translate({
      id: 'home.question.budget-and-grants',
      message: 'Kaip atvirai skelbti biudžetą, skaidriai finansuoti NVO ir prižiūrėti savivaldybės įmones?',
    }),
    'property-and-resources': translate({
      id: 'home.question.property-and-resources',
      message: 'Kaip skaidriai naudoti patalpas, automobilius, socialinį būstą ir ES lėšas?',
    }),
    'access-to-information': translate({
      id: 'home.question.access-to-information',
      message: 'Kaip atsakyti į prašymus gauti informaciją ir ką skelbti patiems?',
    }),
    whistleblowing: translate({
      id: 'home.question.whistleblowing',
      message: 'Kaip pranešti apie pažeidimą ir kaip apsaugomas pranešęs asmuo?',
    }),
    'lobbying-and-decision-making': translate({
      id: 'home.question.lobbying-and-decision-making',
      message: 'Kaip deklaruoti lobistinę įtaką ir įtraukti gyventojus į sprendimus?',
    }),
    'elected-members': translate({
      id: 'home.question.elected-members',
      message: 'Kaip skaidriai tvarkyti tarybos narių išlaidas ir jų kreipimusis dėl sprendimų?',
    }),
    'oversight-and-audit': translate({
      id: 'home.question.oversight-and-audit',
      message: 'Kaip veikia vidaus kontrolė ir auditas ir kaip įgyvendinti jų rekomendacijas?',
    }),
    'social-clustering': translate({
      id: 'home.question.social-clustering',
      message: 'Kaip savivaldybė, NVO, verslas ir gyventojai gali kartu saugoti sąžiningumą?',
    }),
    'norwegian-practice': translate({
      id: 'home.question.norwegian-practice',
      message: 'Ką galima perimti iš Norvegijos savivaldybių patirties?',
    }),
    'monitoring-and-improvement': translate({
      id: 'home.question.monitoring-and-improvement',
      message: 'Kaip įsivertinti įstaigą ir rezultatus paversti veiksmų planu?',
    }),
    glossary: translate({id: 'home.question.glossary', message: 'Ką reiškia vadove vartojami terminai?'}),
    'legal-acts': translate({
      id: 'home.question.legal-acts',
      message: 'Kur rasti visus vadove cituojamus teisės aktus ir jų oficialius tekstus?',
    }),
    'what-changed': translate({
      id: 'home.question.what-changed',
      message: 'Kuo šis leidimas skiriasi nuo ankstesnio?',
    }),
  };
  return questions[id];
}

function partTitle(key: BookPartKey): string {
  const titles: Record<BookPartKey, string> = {
    foundations: translate({id: 'home.part.foundations', message: 'Pagrindai'}),
    areas: translate({id: 'home.part.areas', message: 'Veiklos sritys'}),
    oversight: translate({id: 'home.part.oversight', message: 'Priežiūra ir tobulinimas'}),
    annexes: translate({id: 'home.part.annexes', message: 'Priedai'}),
  };
  return titles[key];
}

/** The most frequent questions, each answered by one section. */
function commonTasks(): {doc: BookDocId; section: string; label: string}[] {
  return [
    {
      doc: 'conflicts-of-interest',
      section: 'gifts',
      label: translate({id: 'home.task.gift', message: 'Ar galima priimti dovaną?'}),
    },
    {
      doc: 'whistleblowing',
      section: 'internal-channel',
      label: translate({id: 'home.task.report', message: 'Kaip pranešti apie pažeidimą?'}),
    },
    {
      doc: 'monitoring-and-improvement',
      section: 'running-the-session',
      label: translate({id: 'home.task.assess', message: 'Kaip įsivertinti įstaigą?'}),
    },
    {
      doc: 'conflicts-of-interest',
      section: 'recusal',
      label: translate({id: 'home.task.recuse', message: 'Kada reikia nusišalinti?'}),
    },
  ];
}

/** The edition the reader is reading: the one chosen last (stored by Docusaurus), else the newest. */
function useEdition(): {version: GlobalVersion; parts: ContentsPart[]} {
  const {preferredVersion} = useDocsPreferredVersion();
  const latest = useLatestVersion(undefined);
  const version = preferredVersion ?? latest;
  const parts = contents.editions[version.name] ?? contents.editions[latest.name] ?? [];
  return {version, parts};
}

function docPath(version: GlobalVersion, id: string): string | null {
  return version.docs.find((d) => d.id === id)?.path ?? null;
}

function DocEntry({doc, path}: {doc: ContentsDoc; path: string}): ReactNode {
  return (
    <li className={styles.doc}>
      <Link to={path} className={styles.docLink}>
        {doc.title}
      </Link>
      <p className={styles.question}>{question(doc.id)}</p>
      {doc.sections.length > 0 ? (
        <details className={styles.sections}>
          <summary>
            <Translate id="home.contents.sections">Poskyriai</Translate>
            <span className="sr-only">: {doc.title}</span>
          </summary>
          <ul>
            {doc.sections.map((section) => (
              <li key={section.id}>
                <Link to={`${path}#${section.id}`}>{section.title}</Link>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/**
 * The home page's way into the book: the most common questions, linked to the sections that
 * answer them, and every doc of the edition being read, grouped by part, each with the question it
 * answers and its sections one tap away.
 */
export default function BookContents(): ReactNode {
  const {version, parts} = useEdition();
  const sectionsOf = (id: string) => parts.flatMap((p) => p.docs).find((d) => d.id === id)?.sections ?? [];
  const tasks = commonTasks().filter((task) => sectionsOf(task.doc).some((s) => s.id === task.section));
  return (
    <>
      {tasks.length > 0 ? (
        <section aria-labelledby="common-questions" className={styles.block}>
          <Heading as="h2" id="common-questions">
            <Translate id="home.tasks.title">Dažniausi klausimai</Translate>
          </Heading>
          <ul className={styles.tasks}>
            {tasks.map((task) => {
              const path = docPath(version, task.doc);
              return path ? (
                <li key={`${task.doc}#${task.section}`}>
                  <Link to={`${path}#${task.section}`} className={styles.task}>
                    {task.label}
                  </Link>
                </li>
              ) : null;
            })}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="contents" className={styles.block}>
        <Heading as="h2" id="contents">
          <Translate id="home.contents.title">Vadovo turinys</Translate>
        </Heading>
        <p className={styles.edition}>{version.label}</p>
        {parts.map((part) => (
          <div key={part.key} className={styles.part}>
            <Heading as="h3" id={`part-${part.key}`}>
              {partTitle(part.key)}
            </Heading>
            <ul className={styles.docs}>
              {part.docs.map((doc) => {
                const path = docPath(version, doc.id);
                return path ? <DocEntry key={doc.id} doc={doc} path={path} /> : null;
              })}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
