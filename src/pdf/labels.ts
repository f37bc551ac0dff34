/**
 * The printed book's own words (cover, imprint, contents, running heads, forms), in both
 * languages. The chapter text and the checklist forms come from the built site; these are the
 * pieces only the PDF has.
 */
import type {Locale} from '../assessment/checklist';
import {CURRENT_EDITION} from '../editions/editions';

export interface BookLabels {
  title: string;
  shortTitle: string;
  author: string;
  subject: string;
  keywords: string;
  language: string;
  edition(name: string): string;
  generated: string;
  contents: string;
  chapter(n: number): string;
  annex(letter: string): string;
  /** Before a page number in a cross-reference: "p. 12". */
  page: string;
  draft: string;
  imprint: string;
  howToCite: string;
  citation(edition: string): string;
  webAddress: string;
  licence: string;
  corrections: string;
  noCorrections: string;
  origin: string;
  funding: string;
  scoreSheet: string;
  scoreSheetIntro: string;
  sheetInstitution: string;
  sheetDate: string;
  scoreColumns: [string, string, string, string, string];
  total: string;
  bands: string;
  bandRange: [string, string][];
}

const ORIGIN_LT =
  'Vadovas kilo iš projekto „Tvarios plėtros skatinimas stiprinant viešojo sektoriaus socialinę klasterystę“ (Nr. NOR-LT10-VRM-01-K-02-006, 2015–2017 m.).';
const ORIGIN_EN =
  'The guide began in the project Promotion of Sustainable Development by Strengthening the Social Clustering in Public Sector (No NOR-LT10-VRM-01-K-02-006, 2015–2017).';

export const BOOK_LABELS: Record<Locale, BookLabels> = {
  lt: {
    title: 'Valstybės gerovės įgyvendinimo skaidrumo politikos vadovas',
    shortTitle: 'Skaidrumo vadovas',
    author: 'Skaidrumo vadovas',
    subject:
      'Praktinis vadovas savivaldybių ir jų įstaigų darbuotojams: kaip skaidriai įgyvendinti valstybės gerovės politiką ir valdyti korupcijos rizikas.',
    keywords: 'skaidrumas, korupcijos prevencija, savivaldybės, socialinės paslaugos, savęs vertinimas',
    language: 'Lietuvių kalba',
    edition: (name) => (name === CURRENT_EDITION ? 'Rengiamas leidimas' : `${name} m. leidimas`),
    generated: 'Parengta',
    contents: 'Turinys',
    chapter: (n) => `${n} skyrius`,
    annex: (letter) => `${letter} priedas`,
    page: 'p.',
    draft: 'JUODRAŠTIS – rengiamas leidimas, tekstas dar gali keistis',
    imprint: 'Apie šį leidinį',
    howToCite: 'Kaip cituoti',
    citation: (edition) => `Valstybės gerovės įgyvendinimo skaidrumo politikos vadovas, ${edition}.`,
    webAddress: 'Leidimas internete',
    licence: 'Licencija',
    corrections: 'Pataisymai po išleidimo',
    noCorrections: 'Pataisymų nėra.',
    origin: ORIGIN_LT,
    funding: 'Projektas finansuotas Norvegijos finansinio mechanizmo 2009–2014 m. programos LT10 lėšomis.',
    scoreSheet: 'Savęs vertinimo rezultatų lapas',
    scoreSheetIntro:
      'Į lapą perrašykite kiekvieno skyriaus formos sumas. Sumuojami tik klausimai, į kuriuos atsakyta „Taip“ (v = 1), „Iš dalies“ (v = 0,5) arba „Ne“ (v = 0); „Netaikoma“ ir neatsakyti klausimai neįtraukiami. Visos įstaigos rezultatas apskaičiuojamas iš visų skyrių sumų, ne kaip skyrių rezultatų vidurkis.',
    sheetInstitution: 'Įstaiga',
    sheetDate: 'Data',
    scoreColumns: ['Skyrius', 'Klausimų', 'Σ w·v', 'Σ w', 'S'],
    total: 'Iš viso',
    bands: 'Lygiai',
    bandRange: [
      ['0,80–1', 'aukštas'],
      ['0,60–0,79', 'aukštesnis nei vidutinis'],
      ['0,40–0,59', 'vidutinis'],
      ['0,20–0,39', 'žemesnis nei vidutinis'],
      ['0–0,19', 'žemas'],
    ],
  },
  en: {
    title: 'State Welfare Transparency Policy Guide',
    shortTitle: 'Transparency guide',
    author: 'Skaidrumo vadovas',
    subject:
      'A practical guide for the staff of municipalities and their institutions: implementing state welfare policy transparently and managing corruption risks.',
    keywords: 'transparency, corruption prevention, municipalities, social services, self-assessment',
    language: 'English',
    edition: (name) => (name === CURRENT_EDITION ? 'Draft edition' : `${name} edition`),
    generated: 'Generated',
    contents: 'Contents',
    chapter: (n) => `Chapter ${n}`,
    annex: (letter) => `Annex ${letter}`,
    page: 'p.',
    draft: 'DRAFT – edition in preparation, the text may still change',
    imprint: 'About this document',
    howToCite: 'How to cite',
    citation: (edition) => `State Welfare Transparency Policy Guide, ${edition}.`,
    webAddress: 'This edition on the web',
    licence: 'Licence',
    corrections: 'Corrections since release',
    noCorrections: 'None.',
    origin: ORIGIN_EN,
    funding: 'The project was funded by the Norwegian Financial Mechanism 2009–2014, programme LT10.',
    scoreSheet: 'Self-assessment score sheet',
    scoreSheetIntro:
      'Copy the sums from each chapter’s form onto this sheet. Only items answered Yes (v = 1), Partly (v = 0.5) or No (v = 0) count; Not applicable and unanswered items are left out. The whole institution’s score is computed from the sums of all chapters, not as the average of the chapters’ scores.',
    sheetInstitution: 'Institution',
    sheetDate: 'Date',
    scoreColumns: ['Chapter', 'Items', 'Σ w·v', 'Σ w', 'S'],
    total: 'Total',
    bands: 'Bands',
    bandRange: [
      ['0.80–1', 'high'],
      ['0.60–0.79', 'above average'],
      ['0.40–0.59', 'average'],
      ['0.20–0.39', 'below average'],
      ['0–0.19', 'low'],
    ],
  },
};
