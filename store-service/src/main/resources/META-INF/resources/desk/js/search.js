// Search: full text with highlighted snippets, facets that narrow the result as they are clicked (each one a link to
// the narrower search, so the browser's back button widens it again), and cursor paging ("More results").
import { h, append, card, notice, TYPE_LABELS } from './dom.js';
import { getJson, query, explain } from './api.js';

export const FILTERS = ['q', 'category', 'entity', 'entityType', 'source', 'language', 'from', 'to'];
const FILTER_LABELS = { q: 'Text', category: 'Topic', entity: 'Entity', entityType: 'Type', source: 'Source',
  language: 'Language', from: 'From', to: 'Before' };
const PERIOD_NAMES = { 10: 'day', 7: 'month', 4: 'year' };

let topicTree = null;

/** The IPTC tree (GET /categories), read once: labels and which top-level topic each code belongs to. */
async function topics() {
  if (!topicTree) {
    const tree = await getJson('/categories');
    topicTree = { parent: new Map(), label: new Map() };
    for (const top of tree) {
      topicTree.label.set(top.code, top.label);
      for (const child of top.children) {
        topicTree.parent.set(child.code, top.code);
        topicTree.label.set(child.code, child.label);
      }
    }
  }
  return topicTree;
}

function filtersOf(params) {
  const filters = {};
  for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name);
  return filters;
}

const searchHref = (filters) => `#/search${query(filters)}`;

export async function searchPage(main, _param, params) {
  const filters = filtersOf(params);
  const form = searchForm(filters);
  const results = h('section', { class: 'results', 'aria-labelledby': 'results-heading' });
  const facets = h('aside', { class: 'facets', id: 'facets', tabindex: '-1', 'aria-label': 'Narrow the search' });
  // Keyboard users reach the facets without tabbing through every result first.
  const skip = h('a', { class: 'skip-facets', href: '#facets' }, 'Skip to filters');
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    facets.focus();
  });
  // append() skips the null of "no active filters" (main.append would print it as the word "null").
  append(main, [h('h1', {}, 'Search'), form, activeFilters(filters), skip,
    h('div', { class: 'search-layout' }, results, facets)]);

  let page;
  try {
    page = await getJson(`/articles${query({ ...filters, facets: 'true', limit: 20 })}`);
  } catch (e) {
    // The form's own words for its fields: "Published before: must be after 'from'", not "to: …".
    results.append(notice(explain(e, { q: 'Search the archive', from: 'Published from', to: 'Published before' }), 'error'));
    return null;
  }
  const total = page.facets.exact ? `${countOf(page.facets)} found` : `showing the newest of many`;
  results.append(h('h2', { id: 'results-heading' }, `Results (${total})`));
  const list = h('ol', { class: 'cards', 'aria-label': 'Results' });
  results.append(list);
  if (!page.items.length) results.append(notice('Nothing matches. Remove a filter or try other words.'));
  addPage(list, results, page, filters);
  facets.append(...(await facetSections(page.facets, filters)));
  return null;
}

/** Matches counted by the facets: the sources' counts add up to it (each article has one source). */
function countOf(facets) {
  return facets.sources.reduce((sum, s) => sum + s.count, 0);
}

function addPage(list, results, page, filters) {
  for (const article of page.items) list.append(h('li', {}, card(article, { headingLevel: 'h3' })));
  if (page.nextCursor) {
    const more = h('button', { type: 'button', class: 'more' }, 'More results');
    more.addEventListener('click', async () => {
      more.disabled = true;
      more.textContent = 'Loading…';
      try {
        const next = await getJson(`/articles${query({ ...filters, limit: 20, cursor: page.nextCursor })}`);
        const first = list.children.length;
        more.remove();
        addPage(list, results, next, filters);
        // Keyboard users continue at the first new result, not at the top of the page.
        list.children[first]?.querySelector('a')?.focus();
      } catch (e) {
        more.replaceWith(notice(e.message, 'error'));
      }
    });
    results.append(more);
  }
}

function searchForm(filters) {
  const q = h('input', { type: 'search', id: 'q', name: 'q', value: filters.q || '', autocomplete: 'off',
    placeholder: 'words, "a phrase", OR, -not', maxlength: 200 });
  const from = h('input', { type: 'date', id: 'from', name: 'from', value: utcDate(filters.from) });
  const to = h('input', { type: 'date', id: 'to', name: 'to', value: utcDate(filters.to) });
  // A bound with a time (from a link or a typed URL) shows as its UTC date; it is kept unless the reader changes it.
  const bound = (input, given) => (given && input.value === utcDate(given) ? given : input.value);
  const form = h('form', { role: 'search', class: 'search-form' },
    h('div', { class: 'field grow' }, h('label', { for: 'q' }, 'Search the archive'), q),
    h('div', { class: 'field' }, h('label', { for: 'from' }, 'Published from (UTC)'), from),
    h('div', { class: 'field' }, h('label', { for: 'to' }, 'Published before (UTC)'), to),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = searchHref({ ...filters, q: q.value.trim(), from: bound(from, filters.from), to: bound(to, filters.to) });
  });
  return form;
}

/** The UTC day of a bound ("2026-09-02T01:00+02:00" is 2026-09-01), as the date fields and the API's dates mean it. */
function utcDate(bound) {
  if (!bound) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(bound)) return bound;
  const time = new Date(bound);
  return Number.isNaN(time.getTime()) ? bound.slice(0, 10) : time.toISOString().slice(0, 10);
}

function activeFilters(filters) {
  const names = Object.keys(filters);
  if (!names.length) return null;
  const list = h('ul', { class: 'chips active-filters', 'aria-label': 'Active filters' });
  for (const name of names) {
    const without = { ...filters };
    delete without[name];
    list.append(h('li', {}, h('a', { class: 'chip removable', href: searchHref(without),
      'aria-label': `Remove filter ${FILTER_LABELS[name]}: ${filters[name]}` },
    `${FILTER_LABELS[name]}: ${filters[name]}`, h('span', { 'aria-hidden': 'true' }, ' ×'))));
  }
  return list;
}

async function facetSections(facets, filters) {
  const tree = await topics().catch(() => ({ parent: new Map(), label: new Map() }));
  return [
    facetSection('Topics', 'category', topicItems(facets.categories, tree), filters),
    facetSection('Entity type', 'entityType', facets.entityTypes.map((c) => ({ ...c, label: TYPE_LABELS[c.value] || c.value })), filters),
    facetSection('Entities', 'entity', facets.entities, filters),
    facetSection('Source', 'source', facets.sources, filters),
    facetSection('Language', 'language', facets.languages || [], filters),
    periodSection(facets.published || [], filters),
    facets.exact ? null : h('p', { class: 'hint' }, `Counts cover the newest ${facets.scope} matches.`),
  ].filter(Boolean);
}

/** Facet categories as a tree: top-level topics with their second-level topics under them. */
function topicItems(categories, tree) {
  const byCode = new Map(categories.map((c) => [c.code ?? c.value, c]));
  const items = [];
  const childrenOf = new Map();
  for (const c of categories) {
    const parent = tree.parent.get(c.value);
    if (parent && byCode.has(parent)) {
      if (!childrenOf.has(parent)) childrenOf.set(parent, []);
      childrenOf.get(parent).push(c);
    }
  }
  for (const c of categories) {
    const parent = tree.parent.get(c.value);
    if (parent && byCode.has(parent)) continue;
    items.push({ ...c, label: c.label || tree.label.get(c.value) || c.value, children: childrenOf.get(c.value) || [] });
  }
  return items;
}

function facetSection(title, name, counts, filters) {
  if (!counts.length) return null;
  const list = h('ul', { class: 'facet-list' });
  for (const c of counts) list.append(facetItem(name, c, filters));
  return h('section', { class: 'facet' }, h('h2', {}, title), list);
}

/** The date-range facet: each period a link to the search narrowed to it (its from and to), newest first. */
function periodSection(periods, filters) {
  if (!periods.length) return null;
  const list = h('ul', { class: 'facet-list' });
  for (const p of periods) {
    const narrowed = { ...filters, from: p.from };
    if (p.to) narrowed.to = p.to;
    else delete narrowed.to;
    const active = filters.from === p.from && (filters.to || null) === (p.to || null);
    const label = h('span', { class: 'visually-hidden' }, `${PERIOD_NAMES[p.value.length] || 'period'} `);
    const link = active
      ? h('span', { class: 'facet-value active', 'aria-current': 'true' }, label, p.value)
      : h('a', { class: 'facet-value', href: searchHref(narrowed), 'data-facet': 'published', 'data-value': p.value }, label, p.value);
    list.append(h('li', {}, link, ' ', h('span', { class: 'count' }, String(p.count))));
  }
  return h('section', { class: 'facet' }, h('h2', {}, 'Published (UTC)'), list);
}

function facetItem(name, c, filters) {
  const active = filters[name] === c.value;
  const link = active
    ? h('span', { class: 'facet-value active', 'aria-current': 'true' }, c.label || c.value)
    : h('a', { class: 'facet-value', href: searchHref({ ...filters, [name]: c.value }), 'data-facet': name, 'data-value': c.value },
      c.label || c.value);
  const item = h('li', {}, link, ' ', h('span', { class: 'count' }, String(c.count)));
  if (c.children && c.children.length) {
    const sub = h('ul', { class: 'facet-list sub' });
    for (const child of c.children) sub.append(facetItem(name, child, filters));
    item.append(sub);
  }
  return item;
}
