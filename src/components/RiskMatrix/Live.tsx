import React, {type ReactNode, useId} from 'react';
import clsx from 'clsx';
import Translate, {translate} from '@docusaurus/Translate';
import ScrollFrame from '@site/src/components/ScrollFrame';
import {riskBand, riskScore, SCALE, type RiskBand} from '@site/src/risk/matrix';
import styles from './styles.module.css';

function bandLabel(band: RiskBand): string {
  switch (band) {
    case 'low':
      return translate({id: 'riskMatrix.band.low', message: 'maža', description: 'Risk band 1–4'});
    case 'medium':
      return translate({id: 'riskMatrix.band.medium', message: 'vidutinė', description: 'Risk band 5–9'});
    case 'high':
      return translate({id: 'riskMatrix.band.high', message: 'didelė', description: 'Risk band 10–16'});
    case 'very-high':
      return translate({
        id: 'riskMatrix.band.veryHigh',
        message: 'labai didelė',
        description: 'Risk band 20–25',
      });
  }
}

/**
 * The 5 × 5 likelihood × impact matrix as a data table: every cell states its score and band in
 * words, so colour only repeats what the text says (and print needs no colour at all).
 */
export default function RiskMatrix(): ReactNode {
  const likelihoodsTopDown = [...SCALE].reverse();
  const captionId = useId();
  return (
    <figure className={styles.figure}>
      <ScrollFrame labelledBy={captionId}>
        <table className={styles.matrix}>
          <caption id={captionId} className={styles.caption}>
            <Translate id="riskMatrix.caption" description="Caption of the risk matrix table">
              Rizikos matrica: rizikos lygis R = tikimybė (L) × poveikis (I)
            </Translate>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Translate
                  id="riskMatrix.corner"
                  description="Corner header: rows are likelihood, columns impact">
                  Tikimybė ↓ / poveikis →
                </Translate>
              </th>
              {SCALE.map((impact) => (
                <th key={impact} scope="col">
                  <Translate
                    id="riskMatrix.impactHeader"
                    values={{level: impact}}
                    description="Column header: impact level">
                    {'I = {level}'}
                  </Translate>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {likelihoodsTopDown.map((likelihood) => (
              <tr key={likelihood}>
                <th scope="row">
                  <Translate
                    id="riskMatrix.likelihoodHeader"
                    values={{level: likelihood}}
                    description="Row header: likelihood level">
                    {'L = {level}'}
                  </Translate>
                </th>
                {SCALE.map((impact) => {
                  const score = riskScore(likelihood, impact);
                  const band = riskBand(score);
                  return (
                    <td key={impact} className={clsx(styles.cell, styles[band])}>
                      <span className={styles.score}>{score}</span>
                      <span className={styles.band}>{bandLabel(band)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
      <figcaption className={styles.legend}>
        <Translate id="riskMatrix.legend" description="Legend under the risk matrix">
          Rizikos lygiai: 1–4 maža, 5–9 vidutinė, 10–16 didelė, 20–25 labai didelė.
        </Translate>
      </figcaption>
    </figure>
  );
}
