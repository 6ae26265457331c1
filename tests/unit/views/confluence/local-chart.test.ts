import { renderStorageToHtml } from '../../../../local/confluence';
import { stackedBarChart } from '../../../../src/confluence/blocks';
import { toStorage } from '../../../../src/confluence/xml';
import { buildPublication } from '../../../../src/services/publishing/publication-model';
import { HOSTILE, hostileInput } from './publication-fixture';

/** The local site draws the chart macro the pages use, so `npm start` shows the sponsor's picture. */
describe('the local renderer draws the chart macro', () => {
  it('as a figure with its title, a legend and every number written beside its bar', () => {
    const storage = toStorage(stackedBarChart('Issues per stream', 'Stream', ['Done', 'In progress', 'To do'], [
      { label: 'CRM', values: [3, 1, 0] },
      { label: 'Web', values: [0, 2, 2] },
    ]));
    const html = renderStorageToHtml(storage);
    expect(html).toContain('<figure class="chart chart-bar" aria-label="Issues per stream"><figcaption>Issues per stream</figcaption>');
    expect(html).toContain('<span class="chart-label">CRM</span>');
    expect(html).toContain('<span class="chart-values">Done 3 · In progress 1 · To do 0</span>');
    expect(html).toContain('<span class="chart-values">Done 0 · In progress 2 · To do 2</span>');
    // Stacked: the bars of a row add up to its share of the longest row (both rows hold 4 issues here).
    const crmWidths = [...(html.split('chart-label">CRM')[1] ?? '').split('chart-values')[0]!.matchAll(/width:([\d.]+)%/g)].map((m) => Number(m[1]));
    expect(crmWidths).toEqual([75, 25, 0]);
    expect(html).not.toContain('macro-unknown');
  });

  it('reads Confluence' + "'" + 's default orientation too: one column per category', () => {
    const storage = '<ac:structured-macro ac:name="chart"><ac:parameter ac:name="type">bar</ac:parameter><ac:rich-text-body><table><tbody>'
      + '<tr><th><p>Fish</p></th><th><p>2004</p></th><th><p>2005</p></th></tr>'
      + '<tr><th><p>Herring</p></th><td><p>9</p></td><td><p>8</p></td></tr>'
      + '<tr><th><p>Tuna</p></th><td><p>1</p></td><td><p>2</p></td></tr></tbody></table></ac:rich-text-body></ac:structured-macro>';
    const html = renderStorageToHtml(storage);
    expect(html).toContain('<span class="chart-label">2004</span>');
    expect(html).toContain('<span class="chart-values">Herring 9 · Tuna 1</span>');
  });

  it('shows the data of chart types it does not draw, labelled', () => {
    const html = renderStorageToHtml('<ac:structured-macro ac:name="chart"><ac:parameter ac:name="type">pie</ac:parameter><ac:rich-text-body><table><tbody><tr><th><p>A</p></th></tr></tbody></table></ac:rich-text-body></ac:structured-macro>');
    expect(html).toContain('Chart (pie)');
    expect(html).toContain('<th><p>A</p></th>');
  });

  it('escapes hostile labels and draws the published roll-up' + "'" + 's chart', () => {
    const rollUp = buildPublication(hostileInput()).find((page) => page.pageKey === 'rollup');
    const html = renderStorageToHtml(rollUp?.storage ?? '');
    expect(html).toContain('<figcaption>Issues per stream</figcaption>');
    expect(html).not.toContain('<script>');
    expect(html).toContain(`<span class="chart-label">CRM ${HOSTILE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</span>`);
  });
});
