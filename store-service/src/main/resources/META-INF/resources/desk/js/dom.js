// Building the page from data. Article text, headlines, names and every other value from the API only ever become
// text nodes (textContent) or checked attribute values, never markup: no innerHTML anywhere in the desk.

/** An element: h('a', {href: '#/x', class: 'chip'}, 'text', otherNode). Null and false children are skipped. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An SVG element (the entity chart). */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  append(el, children);
  return el;
}

/** Only web links from articles become hrefs: a javascript: or data: URL stays text. */
export function safeHttpUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function wikidataUrl(id) {
  return typeof id === 'string' && /^Q[0-9]+$/.test(id) ? `https://www.wikidata.org/wiki/${id}` : null;
}

export const entityHref = (key) => `#/entity/${encodeURIComponent(key)}`;
export const articleHref = (id) => `#/article/${encodeURIComponent(id)}`;

export function formatTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function time(iso) {
  return h('time', { datetime: iso }, formatTime(iso));
}

export const TYPE_LABELS = { PERSON: 'Person', ORGANIZATION: 'Organisation', LOCATION: 'Place', MISC: 'Other' };

/** A snippet of the search API: HTML-escaped text whose only markup is <mark>…</mark>. Marks become <mark> elements,
 *  everything else text (unescaped from its entities), so a headline's own tags are shown, never interpreted. */
export function snippet(text) {
  const out = h('p', { class: 'snippet' });
  const parts = String(text).split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) out.append(marked ? h('mark', {}, unescapeHtml(part)) : document.createTextNode(unescapeHtml(part)));
  }
  return out;
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&apos;': "'" };

export function unescapeHtml(text) {
  return text.replace(/&(?:amp|lt|gt|quot|apos|#39|#x27);/g, (entity) => ENTITIES[entity]);
}

/** The topic and entity chips of an article in a list. */
export function chips(article, max = 6) {
  const list = h('ul', { class: 'chips', 'aria-label': 'Topics and entities' });
  for (const c of (article.categories || []).slice(0, 3)) {
    list.append(h('li', {}, h('a', { class: 'chip topic', href: `#/search?category=${encodeURIComponent(c.code)}`,
      title: `Topic ${c.code}, confidence ${Math.round(c.confidence * 100)}%` }, c.label)));
  }
  for (const e of (article.entities || []).slice(0, max)) {
    list.append(h('li', {}, h('a', { class: `chip entity type-${e.type}`, href: entityHref(e.key),
      title: `${TYPE_LABELS[e.type] || e.type}${e.wikidataId ? ', ' + e.wikidataId : ''}` }, e.name)));
  }
  return list;
}

/** An article in a list (wire, search, entity page). */
export function card(article, { headingLevel = 'h2' } = {}) {
  const canceled = article.pubStatus === 'canceled';
  return h('article', { class: 'card' + (canceled ? ' canceled' : ''), 'data-id': article.id },
    h(headingLevel, { class: 'headline' }, h('a', { href: articleHref(article.id) }, article.headline)),
    h('p', { class: 'meta' },
      h('span', { class: 'source' }, article.source), ' · ', time(article.published || article.versionCreated),
      ' · ', article.language,
      canceled ? h('strong', { class: 'badge' }, ' canceled') : null),
    article.snippet ? snippet(article.snippet) : (article.summary ? h('p', { class: 'summary' }, article.summary) : null),
    chips(article));
}

/** A message in place of content (loading, empty, error). */
export function notice(text, kind = 'info') {
  return h('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
