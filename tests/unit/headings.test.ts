import {describe, expect, it} from 'vitest';
import {extractHeadings, frontMatterTitle} from '../../src/content/headings';

describe('extractHeadings', () => {
  it('reads levels, texts and explicit ids, skipping front matter and code blocks', () => {
    const source = [
      '---',
      'title: Pavadinimas',
      '# not a heading: front matter ends below',
      '---',
      '## Rizikos matrica {#risk-matrix}',
      'Text',
      '```md',
      '## Inside a code block {#ignored}',
      '```',
      '### Be ID',
      '#### Gilesnė {#deeper}',
    ].join('\n');
    expect(extractHeadings(source)).toEqual([
      {level: 2, text: 'Rizikos matrica', id: 'risk-matrix', line: 5},
      {level: 3, text: 'Be ID', id: null, line: 10},
      {level: 4, text: 'Gilesnė', id: 'deeper', line: 11},
    ]);
  });

  it('does not take "#hashtag" text or an unterminated id for a heading id', () => {
    expect(extractHeadings('#hashtag\n## Title {#ok\n')).toEqual([
      {level: 2, text: 'Title {#ok', id: null, line: 2},
    ]);
  });
});

describe('frontMatterTitle', () => {
  it('reads a plain or quoted title and returns null without one', () => {
    expect(frontMatterTitle('---\ntitle: "Apie vadovą"\n---\n')).toBe('Apie vadovą');
    expect(frontMatterTitle('---\ndescription: x\n---\n')).toBeNull();
    expect(frontMatterTitle('No front matter')).toBeNull();
  });
});
