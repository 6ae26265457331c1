/** The site shell's storage → HTML renderer: safe output and the building blocks of §9. */
import { renderStorageToHtml } from '../../../local/confluence/render';

const macro = (name: string, params: Record<string, string>, body = '') =>
  `<ac:structured-macro ac:name="${name}" ac:schema-version="1">${Object.entries(params)
    .map(([key, value]) => `<ac:parameter ac:name="${key}">${value}</ac:parameter>`)
    .join('')}${body}</ac:structured-macro>`;

describe('Confluence storage renderer', () => {
  it('escapes <script> in text, drops script elements, and escapes attribute values', () => {
    const html = renderStorageToHtml(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script>alert(2)</script>' +
        '<p><a href="https://x.org/?q=&quot;&gt;&lt;script&gt;">x</a></p>' +
        macro('info', { title: '&lt;script&gt;t&lt;/script&gt;"' }, '<ac:rich-text-body><p>b</p></ac:rich-text-body>'),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(html).not.toContain('alert(2)');
    expect(html).toContain('href="https://x.org/?q=&quot;&gt;&lt;script&gt;"');
    expect(html).toContain('<div class="panel-title">&lt;script&gt;t&lt;/script&gt;&quot;</div>');
  });

  it('removes dangerous links and event-handler attributes', () => {
    const html = renderStorageToHtml('<p onclick="evil()"><a href="javascript:alert(1)">j</a><a href=" java&#9;script:x">k</a><span style="x">s</span></p>');
    expect(html).toBe('<p><span class="link-removed">j</span><span class="link-removed">k</span><span>s</span></p>');
  });

  it("opens links to the emulated site's own address inside the local shell, and leaves other sites' links alone", () => {
    const html = renderStorageToHtml('<p><a href="https://local-site.atlassian.net/browse/EMA-3">EMA-3</a> <a href="https://example.org/browse/X-1">X</a></p>', { siteUrl: 'https://local-site.atlassian.net' });
    expect(html).toContain('<a href="/browse/EMA-3"');
    expect(html).toContain('<a href="https://example.org/browse/X-1"');
  });

  it('renders headings, paragraphs, lists and tables, keeping numeric table attributes only', () => {
    const html = renderStorageToHtml('<h2>Stream: Checkout</h2><ul><li><p>one</p></li></ul><table><tbody><tr><th><p>Epic</p></th><td colspan="2" class="x"><p>WEB-5</p></td></tr></tbody></table><p>a<br/>b</p>');
    expect(html).toBe(
      '<h2>Stream: Checkout</h2><ul><li><p>one</p></li></ul><table><tbody><tr><th><p>Epic</p></th><td colspan="2"><p>WEB-5</p></td></tr></tbody></table><p>a<br>b</p>',
    );
  });

  it('renders status lozenges with the British colour parameter and subtle style', () => {
    expect(renderStorageToHtml(macro('status', { colour: 'Yellow', title: 'AT RISK', subtle: 'true' }))).toBe(
      '<span class="status-lozenge status-yellow status-subtle">AT RISK</span>',
    );
    expect(renderStorageToHtml(macro('status', { colour: 'Purple&quot;&gt;&lt;b&gt;' }))).toBe('<span class="status-lozenge status-grey">Grey</span>');
    expect(renderStorageToHtml(macro('status', { colour: 'Green' }))).toBe('<span class="status-lozenge status-green">Green</span>');
  });

  it('renders panels, expand and code (CDATA kept as escaped text)', () => {
    for (const panel of ['info', 'note', 'warning', 'tip']) {
      expect(renderStorageToHtml(macro(panel, {}, '<ac:rich-text-body><p>x</p></ac:rich-text-body>'))).toBe(
        `<div class="panel panel-${panel}" role="note"><div class="panel-body"><p>x</p></div></div>`,
      );
    }
    expect(renderStorageToHtml(macro('expand', { title: 'Evidence (3 links)' }, '<ac:rich-text-body><ul><li><p>WEB-9 blocks APP-3</p></li></ul></ac:rich-text-body>'))).toBe(
      '<details class="expand"><summary>Evidence (3 links)</summary><div class="expand-body"><ul><li><p>WEB-9 blocks APP-3</p></li></ul></div></details>',
    );
    expect(renderStorageToHtml(macro('code', { language: 'json' }, '<ac:plain-text-body><![CDATA[{"a": "<b>"}]]></ac:plain-text-body>'))).toBe(
      '<pre class="code-block" data-language="json"><code>{&quot;a&quot;: &quot;&lt;b&gt;&quot;}</code></pre>',
    );
  });

  it('links Jira issue macros, pages and users through the options, and boxes unknown macros', () => {
    const options = {
      jiraIssueUrl: (key: string) => `/jira/browse/${key}`,
      pageUrl: ({ title }: { title: string }) => `/wiki/page?title=${encodeURIComponent(title)}`,
      userName: (id: string) => (id === 'acc-1' ? 'Ann <Admin>' : undefined),
    };
    expect(renderStorageToHtml(macro('jira', { server: 'System Jira', key: 'WEB-7' }), options)).toBe('<a class="jira-issue" href="/jira/browse/WEB-7">WEB-7</a>');
    const badKey = renderStorageToHtml(macro('jira', { key: '&quot;&gt;&lt;script&gt;' }));
    expect(badKey).toContain('macro-unknown');
    expect(badKey).not.toMatch(/<script/);
    expect(renderStorageToHtml('<p><ac:link><ri:page ri:content-title="Strategy tree" ri:space-key="PROG"/></ac:link></p>', options)).toBe(
      '<p><a class="page-link" href="/wiki/page?title=Strategy%20tree">Strategy tree</a></p>',
    );
    expect(renderStorageToHtml('<ac:link><ri:user ri:account-id="acc-1"/></ac:link>', options)).toBe(
      '<span class="user-mention" data-account-id="acc-1">@Ann &lt;Admin&gt;</span>',
    );
    expect(renderStorageToHtml(macro('toc', { maxLevel: '2' }))).toBe(
      '<div class="macro macro-unknown" data-macro-name="toc"><div class="macro-label">Macro: toc</div></div>',
    );
  });

  it('decodes numeric references once and reports unparsable storage instead of guessing', () => {
    expect(renderStorageToHtml('<p>A &#8211; B &amp;lt;</p>')).toBe('<p>A \u2013 B &amp;lt;</p>');
    expect(renderStorageToHtml('<p>unclosed')).toMatch(/^<div class="render-error">This page could not be rendered: .+<\/div>$/);
  });
});
