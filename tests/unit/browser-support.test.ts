import {describe, expect, it} from 'vitest';
import {foreignRequests} from '../support/browser';

describe('foreignRequests', () => {
  it('keeps only requests that leave the site origin', () => {
    const origin = 'http://127.0.0.1:4000';
    expect(
      foreignRequests(origin, [
        `${origin}/`,
        `${origin}/assets/css/styles.css`,
        'data:font/woff2;base64,AAAA',
        'blob:http://127.0.0.1:4000/1234',
        'https://fonts.googleapis.com/css2?family=Literata',
        'http://127.0.0.1:4001/other-port.js',
        'http://127.0.0.1:40000/prefix-trick.js',
      ]),
    ).toEqual([
      'https://fonts.googleapis.com/css2?family=Literata',
      'http://127.0.0.1:4001/other-port.js',
      'http://127.0.0.1:40000/prefix-trick.js',
    ]);
  });
});
