import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {checkTranslations} from '../../scripts/lib/translations';
import {copySite, type SiteCopy} from '../../scripts/lib/site-copy';

let copy: SiteCopy | undefined;
afterEach(() => copy?.remove());

function editCode(dir: string, locale: string, edit: (json: Record<string, {message: string}>) => void) {
  const file = join(dir, 'i18n', locale, 'code.json');
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  edit(json);
  writeFileSync(file, JSON.stringify(json, null, 2));
}

describe('interface translations (docusaurus write-translations)', () => {
  it('the site translates every generated key into Lithuanian and English', () => {
    const {files, problems} = checkTranslations(process.cwd());
    expect(problems).toEqual([]);
    const code = files.find((f) => f.file === 'code.json');
    expect(code?.expected.length).toBeGreaterThan(100);
    expect(files.map((f) => f.file).sort()).toEqual(
      expect.arrayContaining([
        'code.json',
        'docusaurus-plugin-content-docs/current.json',
        'docusaurus-theme-classic/footer.json',
        'docusaurus-theme-classic/navbar.json',
      ]),
    );
  });

  it('fails naming a key that has no Lithuanian translation', () => {
    copy = copySite(process.cwd());
    editCode(copy.dir, 'lt', (json) => delete json['theme.docs.paginator.next']);
    expect(checkTranslations(copy.dir).problems).toEqual([
      'i18n/lt/code.json: no translation for "theme.docs.paginator.next"',
    ]);
  });

  it('fails naming a Lithuanian string left in English', () => {
    copy = copySite(process.cwd());
    editCode(copy.dir, 'lt', (json) => {
      json['theme.docs.paginator.next'] = {message: 'Next'};
    });
    editCode(copy.dir, 'en', (json) => {
      json['theme.docs.paginator.next'] = {message: 'Next'};
    });
    expect(checkTranslations(copy.dir).problems).toEqual([
      'i18n/lt/code.json: "theme.docs.paginator.next" is the same as in English ("Next"); translate it, or list the key in SAME_IN_BOTH (src/content/translations.ts) with a reason',
    ]);
  });
});
