import type {CheerioAPI} from 'cheerio';

/**
 * The readable text of a page's <main>, one block per line and table cells
 * separated by " | ", so a snapshot diff reads like the page.
 */
export function pageText($: CheerioAPI): string {
  const main = $('main').clone();
  main.find('td, th').append(' | ');
  main.find('p, li, h1, h2, h3, h4, dt, dd, tr, pre, blockquote, nav, caption, label, button, .token-line').append('\n');
  return main
    .text()
    .replace(/\u200b/g, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
