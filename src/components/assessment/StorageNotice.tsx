import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import type {StoreState} from '@site/src/assessment/store';
import styles from './page.module.css';

/** What the reader must know when the browser does not keep the answers, on every page with answers. */
export default function StorageNotice({state}: {state: StoreState}): ReactNode {
  return (
    <>
      {state.persistence === 'unavailable' ? (
        <p role="alert" className={styles.warning} data-persistence="unavailable">
          <Translate id="assessment.storage.unavailable">
            Ši naršyklė neleidžia svetainei išsaugoti duomenų, todėl atsakymai išliks tik tol, kol atidarytas
            šis puslapis. Baigę eksportuokite juos į JSON failą.
          </Translate>
        </p>
      ) : null}
      {state.persistence === 'full' ? (
        <p role="alert" className={styles.warning} data-persistence="full">
          <Translate id="assessment.storage.full">
            Naršyklės saugykla pilna: paskutiniai pakeitimai neišsaugoti, bet jie yra šiame puslapyje.
            Eksportuokite atsakymus į JSON failą arba ištrinkite senus išsaugotus vertinimus.
          </Translate>
        </p>
      ) : null}
      {state.setAsideKey ? (
        <p role="alert" className={styles.warning} data-persistence="set-aside">
          <Translate id="assessment.storage.setAside" values={{key: <code>{state.setAsideKey}</code>}}>
            {
              'Anksčiau išsaugotų atsakymų nepavyko perskaityti. Jie neištrinti: naršyklės saugykloje jie perkelti į {key}. Pradedamas naujas vertinimas.'
            }
          </Translate>
        </p>
      ) : null}
    </>
  );
}
