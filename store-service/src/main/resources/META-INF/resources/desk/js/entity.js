// Entity: how often it is in the news (a bar chart of articles per day), who appears with it, its latest articles.
import { h, svg, card, notice, wikidataUrl, entityHref, TYPE_LABELS } from './dom.js';
import { getJson, query } from './api.js';

const RANGES = [30, 90, 365];

export async function entityPage(main, key, params) {
  const days = RANGES.includes(Number(params.get('days'))) ? Number(params.get('days')) : 90;
  let page;
  try {
    page = await getJson(`/entities/${encodeURIComponent(key)}`);
  } catch (e) {
    main.append(h('h1', {}, 'Entity'), notice(e.status === 404 ? 'The archive has no entity with this key.' : e.message, 'error'));
    return null;
  }
  const { entity } = page;
  const wikidata = wikidataUrl(entity.wikidataId);
  const chart = h('figure', { class: 'timeline' });
  main.append(
    h('h1', {}, entity.name),
    h('p', { class: 'meta' }, `${TYPE_LABELS[entity.type] || entity.type} · ${entity.articleCount} article${entity.articleCount === 1 ? '' : 's'} · `,
      h('code', {}, entity.key),
      wikidata ? [' · ', h('a', { href: wikidata, rel: 'noopener noreferrer' }, `Wikidata ${entity.wikidataId}`)] : null,
      ' · ', h('a', { href: `#/search${query({ entity: entity.key })}` }, 'Search its articles')),
    h('section', { 'aria-labelledby': 'timeline-heading' },
      h('div', { class: 'page-head' }, h('h2', { id: 'timeline-heading' }, 'Mentions over time'), rangeLinks(key, days)),
      chart),
    h('div', { class: 'entity-layout' },
      h('section', { 'aria-labelledby': 'latest-heading' }, h('h2', { id: 'latest-heading' }, 'Latest articles'),
        page.recentArticles.length ? h('ol', { class: 'cards' }, ...page.recentArticles.map((a) => h('li', {}, card(a, { headingLevel: 'h3' }))))
          : notice('No visible articles.')),
      related(page.relatedEntities)));
  try {
    chart.append(...drawTimeline(await getJson(`/entities/${encodeURIComponent(key)}/timeline?days=${days}`)));
  } catch (e) {
    chart.append(notice(e.message, 'error'));
  }
  return null;
}

function rangeLinks(key, days) {
  return h('ul', { class: 'ranges', 'aria-label': 'Period' }, ...RANGES.map((d) => h('li', {}, d === days
    ? h('span', { 'aria-current': 'true', class: 'active' }, `${d} days`)
    : h('a', { href: `${entityHref(key)}?days=${d}` }, `${d} days`))));
}

/** A bar per day, scaled to the busiest day; every bar has a tooltip, the figure a text summary. */
function drawTimeline(timeline) {
  const width = 720;
  const height = 160;
  const pad = { left: 28, bottom: 20, top: 8 };
  const max = Math.max(1, ...timeline.points.map((p) => p.count));
  const step = (width - pad.left) / timeline.points.length;
  const plot = height - pad.bottom - pad.top;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart',
    'aria-label': `${timeline.total} articles in the last ${timeline.days} days, at most ${max} on one day` });
  chart.append(svg('line', { x1: pad.left, y1: height - pad.bottom, x2: width, y2: height - pad.bottom, class: 'axis' }));
  chart.append(svg('text', { x: pad.left - 4, y: pad.top + 10, 'text-anchor': 'end', class: 'tick' }, String(max)));
  chart.append(svg('text', { x: pad.left - 4, y: height - pad.bottom, 'text-anchor': 'end', class: 'tick' }, '0'));
  timeline.points.forEach((p, i) => {
    const barHeight = (p.count / max) * plot;
    if (p.count > 0) {
      chart.append(svg('rect', { x: pad.left + i * step + step * 0.1, y: height - pad.bottom - barHeight,
        width: Math.max(1, step * 0.8), height: barHeight, class: 'bar', 'data-date': p.date, 'data-count': p.count },
      svg('title', {}, `${p.date}: ${p.count} article${p.count === 1 ? '' : 's'}`)));
    }
  });
  chart.append(svg('text', { x: pad.left, y: height - 4, class: 'tick' }, timeline.from));
  chart.append(svg('text', { x: width, y: height - 4, 'text-anchor': 'end', class: 'tick' }, timeline.to));
  return [chart, h('figcaption', {}, `${timeline.total} article${timeline.total === 1 ? '' : 's'} from ${timeline.from} to ${timeline.to} (UTC days of publication)`)];
}

function related(entities) {
  const list = h('ul', { class: 'related' });
  for (const e of entities) {
    list.append(h('li', {}, h('a', { class: `chip entity type-${e.type}`, href: entityHref(e.key) }, e.name),
      ` ${e.sharedArticles} shared article${e.sharedArticles === 1 ? '' : 's'}`));
  }
  return h('section', { 'aria-labelledby': 'related-heading' }, h('h2', { id: 'related-heading' }, 'Appears with'),
    entities.length ? list : notice('Nobody else yet.'));
}
