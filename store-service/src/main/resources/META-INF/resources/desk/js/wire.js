// Wire: the newest articles, then every article the store keeps from now on, live (Server-Sent Events from
// GET /articles/stream). A new version replaces its card; a cancellation marks it.
import { h, card, notice } from './dom.js';
import { getJson } from './api.js';

const MAX_CARDS = 100;

export async function wirePage(main) {
  const status = h('p', { class: 'live-status', role: 'status', 'aria-live': 'polite' }, 'Connecting…');
  const list = h('ol', { class: 'cards wire', 'aria-label': 'Newest articles, newest first' });
  main.append(h('div', { class: 'page-head' }, h('h1', {}, 'Wire'), status), list);

  const cards = new Map();
  const show = (article, fresh) => {
    const item = h('li', { class: fresh ? 'fresh' : null }, card(article));
    const old = cards.get(article.id);
    if (old) old.replaceWith(item);
    if (!old || fresh) list.prepend(item);
    cards.set(article.id, item);
    while (list.children.length > MAX_CARDS) {
      const last = list.lastElementChild;
      cards.delete(last.querySelector('.card').dataset.id);
      last.remove();
    }
  };

  // The stream first, then the newest list: an article stored in between comes on the stream and is not missed
  // (the stream sends only what is stored after it opens; the list only fills in what came before).
  const stream = new EventSource('/articles/stream');
  let loaded = false;
  const pending = [];
  const receive = (event) => {
    const article = JSON.parse(event.data);
    if (loaded) show(article, true);
    else pending.push(article);
  };
  stream.addEventListener('article', receive);
  stream.addEventListener('canceled', receive);
  stream.addEventListener('open', () => {
    status.textContent = 'Live: new articles appear at the top';
    status.dataset.state = 'live';
  });
  stream.addEventListener('error', () => {
    status.textContent = 'Reconnecting… (nothing is missed: the stream resumes after the last article shown)';
    status.dataset.state = 'reconnecting';
  });

  try {
    const newest = await getJson('/articles?limit=30');
    for (const article of newest.items.slice().reverse()) show(article, false);
    if (!newest.items.length) list.before(notice('No articles yet: post one to ingest-service and it appears here.'));
  } catch (e) {
    list.before(notice(e.message, 'error'));
  }
  loaded = true;
  for (const article of pending) show(article, true);
  return () => stream.close();
}
