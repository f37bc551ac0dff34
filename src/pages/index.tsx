import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useLatestVersion} from '@docusaurus/plugin-content-docs/client';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import PdfDownloads from '@site/src/components/PdfDownloads';
import SearchBox from '@site/src/components/Search/SearchBox';
import BookContents from '@site/src/components/BookContents';
import styles from './index.module.css';

/** Path of a doc in the edition a reader gets by default (the newest released one). */
function useDocPath(docId: string): string {
  const version = useLatestVersion(undefined);
  const doc = version.docs.find((d) => d.id === docId);
  if (!doc) {
    throw new Error(`The home page links to the doc "${docId}", which the edition ${version.name} lacks`);
  }
  return doc.path;
}

interface WayIn {
  key: string;
  title: ReactNode;
  body: ReactNode;
  link?: {to: string; label: ReactNode};
  extra?: ReactNode;
}

export default function Home(): ReactNode {
  const aboutPath = useDocPath('about');
  const ways: WayIn[] = [
    {
      key: 'read',
      title: <Translate id="home.read.title">Skaitykite</Translate>,
      body: (
        <Translate id="home.read.body">
          Skyriai paaiškina, ko reikalauja teisės aktai, ką tai reiškia kasdieniame savivaldybės ir jos
          įstaigų darbe ir ką galima padaryti jau šį mėnesį. Kiekviename skyriuje yra pavyzdžių, rizikos
          požymių ir Norvegijos savivaldybių patirties.
        </Translate>
      ),
      link: {to: aboutPath, label: <Translate id="home.read.link">Pradėti skaityti</Translate>},
    },
    {
      key: 'assess',
      title: <Translate id="home.assess.title">Įsivertinkite</Translate>,
      body: (
        <Translate id="home.assess.body">
          Skyriuose pateikti savęs vertinimo klausimai, į kuriuos įstaiga atsako remdamasi savo dokumentais:
          „Taip“, „Iš dalies“, „Ne“ arba „Netaikoma“. Savęs vertinimo puslapyje jie sudedami į visos įstaigos
          rezultatą, veiksmų planą ir spausdinamą ataskaitą; rezultatus galima palyginti su ankstesniais
          metais ir kitomis įstaigomis. Atsakymai lieka jūsų naršyklėje.
        </Translate>
      ),
      link: {
        to: '/self-assessment',
        label: <Translate id="home.assess.link">Pradėti savęs vertinimą</Translate>,
      },
    },
    {
      key: 'print',
      title: <Translate id="home.print.title">Atsisiųskite ir spausdinkite</Translate>,
      body: (
        <Translate id="home.print.body">
          Kiekvienas išleistas vadovo leidimas skelbiamas ir kaip spausdinti parengtas PDF dokumentas lietuvių
          ir anglų kalbomis, su turiniu ir savęs vertinimo formomis. Bet kurį skyrių galima atsispausdinti ir
          tiesiai iš naršyklės.
        </Translate>
      ),
      extra: <PdfDownloads />,
    },
  ];

  return (
    <Layout
      title={translate({id: 'home.pageTitle', message: 'Pradžia'})}
      description={translate({
        id: 'home.description',
        message:
          'Praktinis vadovas savivaldybių ir jų įstaigų darbuotojams: kaip skaidriai įgyvendinti valstybės gerovės politiką ir valdyti korupcijos rizikas.',
      })}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            <Translate id="home.title">Valstybės gerovės įgyvendinimo skaidrumo politikos vadovas</Translate>
          </Heading>
          <p className={styles.lead}>
            <Translate id="home.lead">
              Praktinis vadovas savivaldybių ir jų įstaigų darbuotojams, kurie skiria socialinę paramą, teikia
              socialines, švietimo ir sveikatos paslaugas, perka ir skirsto lėšas. Jis padeda užtikrinti, kad
              šie sprendimai būtų priimami skaidriai, sąžiningai ir atskaitingai.
            </Translate>
          </p>
          <SearchBox variant="hero" />
        </div>
      </header>
      <main className="container margin-vert--lg">
        <BookContents />
        <section aria-labelledby="for-whom" className={styles.section}>
          <Heading as="h2" id="for-whom">
            <Translate id="home.forWhom.title">Kam skirtas vadovas</Translate>
          </Heading>
          <p>
            <Translate id="home.forWhom.body">
              Savivaldybių tarybų nariams, merams ir administracijų darbuotojams, už antikorupcinę aplinką
              atsakingiems asmenims, socialinių paslaugų, globos, švietimo, kultūros ir visuomenės sveikatos
              įstaigų vadovams ir darbuotojams, taip pat visiems, kurie prižiūri, kaip šios įstaigos dirba.
            </Translate>
          </p>
        </section>
        <section aria-labelledby="ways-in" className={styles.section}>
          <Heading as="h2" id="ways-in">
            <Translate id="home.waysIn.title">Kaip naudotis vadovu</Translate>
          </Heading>
          <ul className={styles.ways}>
            {ways.map((way) => (
              <li key={way.key} className={styles.way}>
                <Heading as="h3">{way.title}</Heading>
                <p>{way.body}</p>
                {way.link ? (
                  <Link className="button button--primary" to={way.link.to}>
                    {way.link.label}
                  </Link>
                ) : null}
                {way.extra}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="origin" className={styles.section}>
          <Heading as="h2" id="origin">
            <Translate id="home.origin.title">Vadovo kilmė</Translate>
          </Heading>
          <p>
            <Translate id="home.origin.body">
              Vadovas parengtas įgyvendinant projektą „Tvarios plėtros skatinimas stiprinant viešojo
              sektoriaus socialinę klasterystę“ (Nr. NOR-LT10-VRM-01-K-02-006, 2015–2017 m.). Projektui
              vadovavo Lietuvos edukologijos universitetas, partneriai – Fleksibel utdanning Norge (Lanksčiojo
              mokymo Norvegija), Utenos, Prienų ir Biržų rajonų savivaldybės, Druskininkų savivaldybė ir jų
              įstaigos. Vienas iš projekto tikslų – užtikrinti valstybės gerovės politikos įgyvendinimo
              skaidrumą, kuriant ir diegiant inovatyvias antikorupcines priemones vietos ir regionų lygmeniu
              ir perimant Norvegijos savivaldybių patirtį.
            </Translate>
          </p>
          <p className={styles.funding}>
            <Translate id="home.origin.funding">
              Projektas finansuotas Norvegijos finansinio mechanizmo 2009–2014 m. programos LT10 lėšomis.
            </Translate>
          </p>
        </section>
      </main>
    </Layout>
  );
}
