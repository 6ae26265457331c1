import { cdata, escapeXml } from '../../../../src/confluence/escape';
import { element, fragment, toStorage } from '../../../../src/confluence/xml';
import { checkStorageXhtml } from '../../../../local/confluence/storage-validation';
import { decodeXml, readStorage } from './storage-text';

describe('escapeXml, the one escaping function of the published pages', () => {
  it('escapes text with XML entities only, so a typed &nbsp; stays text', () => {
    expect(escapeXml('a &nbsp; b <i> & c')).toBe('a &amp;nbsp; b &lt;i&gt; &amp; c');
    expect(escapeXml(`say "hi" it's`)).toBe(`say "hi" it's`);
  });

  it('escapes quotes too in attribute values', () => {
    expect(escapeXml(`a "b" 'c' <&>`, 'attribute')).toBe('a &quot;b&quot; &#39;c&#39; &lt;&amp;&gt;');
  });

  it('drops characters XML cannot carry and keeps emoji, tabs and line breaks', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(escapeXml('lone \uD83D high, lone \uDE00 low, pair 😀')).toBe('lone  high, lone  low, pair 😀');
    expect(escapeXml('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
  });

  it('keeps a CDATA section intact when the text contains its end marker', () => {
    const section = cdata('a ]]> b ]]]]> c');
    const storage = `<ac:plain-text-body>${section}</ac:plain-text-body>`;
    expect(checkStorageXhtml(storage)).toEqual({ ok: true });
    expect(section.match(/<!\[CDATA\[(.*?)\]\]>/gs)?.map((part) => part.slice(9, -3)).join('')).toBe('a ]]> b ]]]]> c');
  });

  it('lets no string become markup: element content and attributes come back as they were given', () => {
    const hostile = `</p><script>x</script> & "q" 'a' &amp; ]]>`;
    const storage = toStorage(element('p', { title: hostile }, hostile, fragment(' ', 42)));
    expect(checkStorageXhtml(storage)).toEqual({ ok: true });
    const read = readStorage(storage);
    expect(read.elements).toEqual(['p']);
    expect(read.texts).toEqual([`${hostile} 42`]);
    expect(read.attributes).toEqual([hostile]);
  });

  it('refuses element names that are not plain names', () => {
    expect(() => element('p onclick="x"', {})).toThrow('not an element or attribute name');
    expect(() => element('p', { 'a"b': 'x' })).toThrow('not an element or attribute name');
  });

  it('the test decoder itself refuses named HTML entities', () => {
    expect(() => decodeXml('&nbsp;')).toThrow('named entity');
  });
});
