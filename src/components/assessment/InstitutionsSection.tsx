import React, {memo, type ReactNode, useState} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {institutionScores, type InstitutionScores} from '@site/src/assessment/compare';
import {MAX_IMPORT_BYTES, parseExport} from '@site/src/assessment/exchange';
import {useAssessmentContext} from './context';
import {importErrorMessage} from './messages';
import {formatScore} from './labels';
import ScoreChart from './ScoreChart';
import styles from './page.module.css';

/** Several institutions' exported files side by side: read in the browser, stored nowhere. */
function InstitutionsSection(): ReactNode {
  const {edition, locale} = useAssessmentContext();
  const [loaded, setLoaded] = useState<InstitutionScores[]>([]);
  const [errors, setErrors] = useState<{name: string; message: string}[]>([]);
  const titles = Object.fromEntries(edition.chapters.map((c) => [c.chapter, c.title[locale]]));
  const chapters = Array.from(new Set(loaded.flatMap((l) => Object.keys(l.chapters)))).sort(
    (a, b) =>
      edition.chapters.findIndex((c) => c.chapter === a) - edition.chapters.findIndex((c) => c.chapter === b),
  );

  const read = async (files: File[]) => {
    const results: InstitutionScores[] = [];
    const problems: {name: string; message: string}[] = [];
    for (const file of files) {
      const parsed =
        file.size > MAX_IMPORT_BYTES ? parseExport('', file.size) : parseExport(await file.text(), file.size);
      if (parsed.ok) {
        results.push(institutionScores(parsed.file, file.name));
      } else {
        problems.push({name: file.name, message: importErrorMessage(parsed.error, locale)});
      }
    }
    setLoaded(results);
    setErrors(problems);
  };

  const overallLabel = translate({id: 'assessment.overall', message: 'Visa įstaiga'});
  return (
    <section aria-labelledby="institutions" className="margin-bottom--lg" data-section="institutions">
      <Heading as="h2" id="institutions">
        <Translate id="assessment.institutions.title">Kelių įstaigų palyginimas</Translate>
      </Heading>
      <p>
        <Translate id="assessment.institutions.intro">
          Įkelkite kelių įstaigų (pavyzdžiui, savivaldybės administracijos, globos namų, bibliotekos, mokyklų)
          eksportuotus JSON failus ir palyginkite jų rezultatus. Failai perskaitomi tik šioje naršyklėje ir
          niekur neišsaugomi.
        </Translate>
      </p>
      <label className={styles.inline}>
        <Translate id="assessment.institutions.load">Įkelti įstaigų failus</Translate>{' '}
        <input
          type="file"
          accept="application/json,.json"
          multiple
          onChange={(event) => {
            void read(Array.from(event.target.files ?? []));
            event.target.value = '';
          }}
        />
      </label>
      {errors.length > 0 ? (
        <ul role="alert" className={styles.error}>
          {errors.map((e) => (
            <li key={e.name}>
              <strong>{e.name}</strong>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
      {loaded.length > 0 ? (
        <div data-comparison="institutions">
          <div className={styles.scroll}>
            <table className={styles.table}>
              <caption>
                <Translate id="assessment.institutions.caption">Įstaigų rezultatai pagal skyrius</Translate>
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <Translate id="assessment.institutions.institution">Įstaiga</Translate>
                  </th>
                  <th scope="col">{overallLabel}</th>
                  {chapters.map((c) => (
                    <th key={c} scope="col">
                      {titles[c] ?? c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {loaded.map((l, index) => (
                  <tr key={`${l.name}-${index}`}>
                    <th scope="row">
                      {l.name}
                      <br />
                      <small>{l.date}</small>
                    </th>
                    <td>{formatScore(l.overall.value, locale)}</td>
                    {chapters.map((c) => (
                      <td key={c}>{formatScore(l.chapters[c]?.value ?? null, locale)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ScoreChart
            title={translate({id: 'assessment.institutions.chart', message: 'Įstaigų rezultatai (0–1)'})}
            categories={[overallLabel, ...chapters.map((c) => titles[c] ?? c)]}
            series={loaded.map((l, index) => ({
              name: loaded.filter((x) => x.name === l.name).length > 1 ? `${l.name} (${index + 1})` : l.name,
              values: [l.overall.value, ...chapters.map((c) => l.chapters[c]?.value ?? null)],
            }))}
          />
        </div>
      ) : null}
    </section>
  );
}

/** Rendered again only when the assessment's context changes, not with the questions' view. */
export default memo(InstitutionsSection);
