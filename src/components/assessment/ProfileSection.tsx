import React, {memo, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import {LIMITS, type Profile} from '@site/src/assessment/model';
import {useAssessmentContext} from './context';
import UntilReady from './UntilReady';
import styles from './styles.module.css';

type Field = Exclude<keyof Profile, 'updatedAt'>;

function ProfileSection(): ReactNode {
  const {store, state} = useAssessmentContext();
  const profile = state.record.current.profile;
  const field = (name: Field, label: ReactNode, type: 'text' | 'date' = 'text') => (
    <label className={styles.field}>
      <span>{label}</span>
      <input
        type={type}
        name={name}
        value={profile[name]}
        maxLength={name === 'assessors' ? LIMITS.assessors : LIMITS.shortText}
        onChange={(event) => store?.setProfile({[name]: event.target.value}, {typing: type === 'text'})}
      />
    </label>
  );
  return (
    <section aria-labelledby="profile" className="margin-bottom--lg">
      <Heading as="h2" id="profile">
        <Translate id="assessment.profile.title">Įstaiga ir vertintojai</Translate>
      </Heading>
      {/* Usable once the page has read storage: one attribute for the four fields (see UntilReady). */}
      <UntilReady ready={store !== null}>
        <div className={styles.fields}>
          {field('institution', <Translate id="assessment.profile.institution">Įstaiga</Translate>)}
          {field('municipality', <Translate id="assessment.profile.municipality">Savivaldybė</Translate>)}
          {field(
            'assessors',
            <Translate
              id="assessment.profile.assessors"
              description="Label of the field listing the people who assess">
              Vertintojai (vardai ir pareigos)
            </Translate>,
          )}
          {field('date', <Translate id="assessment.profile.date">Vertinimo data</Translate>, 'date')}
        </div>
      </UntilReady>
    </section>
  );
}

/** Rendered again only when the assessment's context changes, not with the questions' view. */
export default memo(ProfileSection);
