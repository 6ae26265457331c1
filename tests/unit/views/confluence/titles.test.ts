import { fitTitle, MAX_TITLE_CHARS, uniqueTitles } from '../../../../src/confluence/titles';

describe('page titles', () => {
  it('cuts a long title at 255 characters with an ellipsis, keeping the suffix', () => {
    const name = 'x'.repeat(300);
    const title = fitTitle('Strategy: ', name, ' (1.2)');
    expect(title).toHaveLength(MAX_TITLE_CHARS);
    expect(title.startsWith('Strategy: xxx')).toBe(true);
    expect(title.endsWith('x… (1.2)')).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const title = fitTitle('S: ', '😀'.repeat(200));
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(title).toMatch(/^S: (😀)+…$/u);
  });

  it('leaves a short title alone and cleans control characters and line breaks', () => {
    expect(uniqueTitles([{ prefix: 'Stream: ', name: ' CRM\n\u0007 Core ', distinguisher: 'crm' }])).toEqual(['Stream: CRM Core']);
  });

  it('gives two nodes with the same title different titles by their outline numbers', () => {
    const titles = uniqueTitles([
      { prefix: 'Strategy: ', name: 'CRM', distinguisher: '1.1' },
      { prefix: 'Strategy: ', name: 'crm', distinguisher: '1.2' },
      { prefix: 'Strategy: ', name: 'Mail', distinguisher: '2' },
    ]);
    expect(titles).toEqual(['Strategy: CRM (1.1)', 'Strategy: crm (1.2)', 'Strategy: Mail']);
  });

  it('keeps 300-character twins apart after cutting them', () => {
    const long = 'y'.repeat(300);
    const titles = uniqueTitles([
      { prefix: 'Strategy: ', name: `${long}a`, distinguisher: '1' },
      { prefix: 'Strategy: ', name: `${long}b`, distinguisher: '2' },
    ]);
    expect(new Set(titles).size).toBe(2);
    for (const title of titles) expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
  });

  it('avoids titles other pages took, and a distinguished title another page already has', () => {
    const titles = uniqueTitles(
      [
        { prefix: '', name: 'Strategy tree', distinguisher: '1' },
        { prefix: '', name: 'A', distinguisher: 'x' },
        { prefix: '', name: 'A', distinguisher: 'y' },
        { prefix: '', name: 'A (x)', distinguisher: 'z' },
      ],
      new Set(['Strategy tree']),
    );
    expect(titles[0]).toBe('Strategy tree (1)');
    expect(new Set(titles.map((title) => title.toLowerCase())).size).toBe(4);
  });
});
