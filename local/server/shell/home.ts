/** `/`: every surface of the manifest with a link to open it, the JQL aliases, scheduled triggers and the instruments. */
import type { LocalSite } from '../../site/create-local-site';
import type { SiteUser } from '../../site/schema';
import { html, type SafeHtml } from '../html';
import { surfacesOf } from './surfaces';

export interface HomeInput {
  local: LocalSite;
  titles: Record<string, string>;
  user: SiteUser | undefined;
  /** a result line after "Run now" or "Reset" */
  notice?: string;
}

function surfacesTable({ local, titles, user }: HomeInput): SafeHtml {
  const rows = surfacesOf(local, titles, user).map(
    (s) => html`<tr><td>${s.path ? html`<a href="${s.path}">${s.title}</a>` : s.title}</td><td><code>${s.module.type}</code></td><td><code>${s.module.key}</code></td>
      <td>${s.module.resource ?? html`<span class="muted">none</span>`}</td></tr>`,
  );
  return html`<table><caption class="muted">UI modules of manifest.yml</caption>
    <thead><tr><th scope="col">Surface</th><th scope="col">Module type</th><th scope="col">Key</th><th scope="col">Resource</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function aliasesTable(local: LocalSite): SafeHtml {
  const rows = local.app.entityProperties.flatMap((module) =>
    module.values.map(
      (v) => html`<tr><td>${v.searchAlias ? html`<a href="/jira/issues?jql=${encodeURIComponent(`${v.searchAlias} is not EMPTY`)}"><code>${v.searchAlias}</code></a>` : html`<span class="muted">—</span>`}</td>
        <td><code>issue.property[${module.propertyKey}].${v.path}</code></td><td>${v.type}</td><td><code>${module.key}</code></td></tr>`,
    ),
  );
  if (rows.length === 0) return html`<p class="muted">The manifest declares no jira:entityProperty module.</p>`;
  return html`<table><thead><tr><th scope="col">JQL alias</th><th scope="col">Property path</th><th scope="col">Type</th><th scope="col">Module</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function triggersList(local: LocalSite): SafeHtml {
  const triggers = local.app.scheduledTriggers;
  if (triggers.length === 0) return html`<p class="muted">The manifest declares no scheduledTrigger.</p>`;
  return html`<ul>${triggers.map(
    (t) => html`<li><code>${t.key}</code> (${t.interval}, function <code>${t.functionKey}</code>)
      <form method="post" action="/shell/triggers/${encodeURIComponent(t.key)}/run" style="display:inline"><button type="submit">Run now</button></form></li>`,
  )}</ul>`;
}

function instruments(local: LocalSite): SafeHtml {
  const counts = Object.entries(local.instruments.counts()).sort(([a], [b]) => a.localeCompare(b));
  const host = local.host.counters();
  return html`<p>Product calls by route (latency, 429s and 5xx are injected through <code>POST /api/instruments/latency</code> and <code>/fail</code>):</p>
    ${counts.length ? html`<table><tbody>${counts.map(([route, n]) => html`<tr><td><code>${route}</code></td><td>${n}</td></tr>`)}</tbody></table>` : html`<p class="muted">No product calls yet.</p>`}
    <p>Function invocations: ${Object.entries(host.invocations).map(([key, n]) => `${key} × ${n}`).join(', ') || 'none'} · store reads ${host.kvsReads}, writes ${host.kvsWrites}</p>
    <form method="post" action="/shell/instruments/reset"><button type="submit">Reset instruments and counts</button></form>`;
}

export function homeBody(input: HomeInput): SafeHtml {
  return html`<h1>Programme Orchestrator</h1>
    ${input.notice ? html`<p class="card" role="status">${input.notice}</p>` : ''}
    <section class="card" aria-labelledby="surfaces"><h2 id="surfaces">Surfaces</h2>${surfacesTable(input)}</section>
    <section class="card" aria-labelledby="aliases"><h2 id="aliases">JQL over issue properties</h2>${aliasesTable(input.local)}</section>
    <section class="card" aria-labelledby="triggers"><h2 id="triggers">Scheduled triggers</h2>${triggersList(input.local)}</section>
    <section class="card" aria-labelledby="instruments"><h2 id="instruments">Local instruments</h2>${instruments(input.local)}</section>
    <p class="muted">Drive a resolver without a browser: <code>POST /api/invoke {moduleKey, resolverKey, payload, accountId}</code>.</p>`;
}
