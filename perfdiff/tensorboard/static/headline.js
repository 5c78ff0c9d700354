// The verdict at the top of a report: the sentences of perfdiff/report/headline.py, as the /report
// route serves them (the CLI prints the same strings as its "verdict" line).

import {el} from './dom.js';

/** The headline section of a /report answer, or null when it has none (an older plugin's answer). */
export function headlineView(sentences) {
  if (!sentences || !sentences.length) return null;
  return el('section', {class: 'pd-headline', id: 'pd-headline', 'aria-label': 'verdict'},
    sentences.map((text, i) => el('p', {class: i === 0 ? 'pd-headline-main' : 'pd-headline-next', text})));
}
