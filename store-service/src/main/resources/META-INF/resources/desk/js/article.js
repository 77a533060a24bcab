// Article: headline and text with each entity mention highlighted and linked to its entity page, topics with
// confidence, entities with Wikidata links, version and cancellation state, and the original ninjs on request.
import { h, notice, time, safeHttpUrl, wikidataUrl, entityHref, formatTime, TYPE_LABELS } from './dom.js';
import { getJson } from './api.js';

export async function articlePage(main, id) {
  let article;
  try {
    article = await getJson(`/articles/${encodeURIComponent(id)}`);
  } catch (e) {
    if (e.status === 410) {
      main.append(h('h1', {}, 'Canceled article'),
        notice(`Its source canceled this article on ${formatTime(e.problem.canceledAt)}; the archive keeps it for audit but no longer serves it.`, 'warning'),
        h('p', {}, h('a', { href: '#/wire' }, 'Back to the wire')));
      return null;
    }
    if (e.status === 404) {
      main.append(h('h1', {}, 'Article not found'), notice('The archive has no article with this id.', 'error'));
      return null;
    }
    throw e;
  }

  const mentions = (field) => (article.entities || []).flatMap((entity) => (entity.mentions || [])
    .filter((m) => m.field === field).map((m) => ({ ...m, entity })));
  const link = safeHttpUrl(article.url);
  main.append(h('div', { class: 'article-layout' },
    h('article', { class: 'story' },
      h('h1', { class: 'headline' }, ...highlighted(article.headline, mentions('headline'))),
      h('p', { class: 'meta' }, h('span', { class: 'source' }, article.source), ' · ', time(article.published || article.versionCreated),
        article.authors && article.authors.length ? ` · ${article.authors.join(', ')}` : null),
      article.summary ? h('p', { class: 'lede' }, article.summary) : null,
      h('div', { class: 'body-text' }, ...highlighted(article.bodyText || '', mentions('bodyText'))),
      ninjs(article.id)),
    h('aside', { class: 'article-facts', 'aria-label': 'About this article' },
      h('section', {}, h('h2', {}, 'Version'), h('dl', { class: 'facts' },
        fact('Version', String(article.version)),
        fact('Version created', time(article.versionCreated)),
        fact('Status', article.pubStatus),
        fact('Language', article.language),
        fact('Enriched', time(article.enrichedAt)),
        fact('Original', link ? h('a', { href: link, rel: 'noopener noreferrer' }, new URL(link).host) : (article.url || '—')))),
      topics(article.categories || []),
      entities(article.entities || []))));
  return null;
}

function fact(name, value) {
  return [h('dt', {}, name), h('dd', {}, value)];
}

/**
 * The text cut at its mentions: plain stretches as text nodes, each mention a link to its entity. Offsets are UTF-16
 * positions (as Java and JavaScript count); a mention overlapping an earlier one or outside the text is skipped.
 */
export function highlighted(text, mentions) {
  const sorted = mentions.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(h('a', { class: `mention type-${m.entity.type}`, href: entityHref(m.entity.key),
      title: `${TYPE_LABELS[m.entity.type] || m.entity.type}: ${m.entity.name}` }, text.slice(m.start, m.end)));
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function topics(categories) {
  if (!categories.length) return null;
  const list = h('ul', { class: 'topic-list' });
  for (const c of categories) {
    const percent = Math.round(c.confidence * 100);
    const bar = h('span', { class: 'bar' });
    // Through the CSSOM: a style attribute is inline style, which the desk's Content-Security-Policy refuses.
    bar.style.width = `${percent}%`;
    list.append(h('li', {},
      h('a', { href: `#/search?category=${encodeURIComponent(c.code)}` }, c.label),
      h('span', { class: 'confidence' }, bar, ` ${percent}%`)));
  }
  return h('section', {}, h('h2', {}, 'Topics'), list);
}

function entities(list) {
  if (!list.length) return null;
  const items = h('ul', { class: 'entity-list' });
  for (const e of list) {
    const wikidata = wikidataUrl(e.wikidataId);
    items.append(h('li', {},
      h('a', { class: `chip entity type-${e.type}`, href: entityHref(e.key) }, e.name),
      ` ${TYPE_LABELS[e.type] || e.type}, ${e.mentionCount} mention${e.mentionCount === 1 ? '' : 's'}`,
      wikidata ? [' · ', h('a', { href: wikidata, rel: 'noopener noreferrer' }, `Wikidata ${e.wikidataId}`)] : null));
  }
  return h('section', {}, h('h2', {}, 'Entities'), items);
}

/** The article as IPTC ninjs (Accept: application/ninjs+json), fetched when the reader opens it. */
function ninjs(id) {
  const pre = h('pre', { class: 'ninjs', tabindex: '0' }, 'Loading…');
  const details = h('details', { class: 'ninjs-box' }, h('summary', {}, 'Original ninjs'), pre);
  details.addEventListener('toggle', async () => {
    if (!details.open || pre.dataset.loaded) return;
    try {
      const doc = await getJson(`/articles/${encodeURIComponent(id)}`, 'application/ninjs+json');
      pre.textContent = JSON.stringify(doc, null, 2);
      pre.dataset.loaded = 'true';
    } catch (e) {
      pre.textContent = e.message;
    }
  });
  return details;
}
