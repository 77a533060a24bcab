// The desk: a hash router over five pages. Each page renders into <main> and may return a function that stops what
// it started (the wire's event stream, the pipeline's refresh) when the reader moves on.
import { notice } from './dom.js';
import { wirePage } from './wire.js';
import { searchPage } from './search.js';
import { articlePage } from './article.js';
import { entityPage } from './entity.js';
import { pipelinePage } from './pipeline.js';

const main = document.getElementById('main');
let stop = null;

function route() {
  const hash = location.hash.replace(/^#\/?/, '') || 'wire';
  const [path, queryText = ''] = hash.split('?');
  const [page, ...rest] = path.split('/');
  const param = rest.length ? decodeURIComponent(rest.join('/')) : '';
  const params = new URLSearchParams(queryText);
  return { page, param, params };
}

const PAGES = { wire: wirePage, search: searchPage, article: articlePage, entity: entityPage, pipeline: pipelinePage };

async function render() {
  // Read before <main> is emptied: a link or form inside it that started this change is gone afterwards.
  const moved = document.activeElement && document.activeElement !== document.body;
  if (stop) stop();
  stop = null;
  const { page, param, params } = route();
  for (const link of document.querySelectorAll('nav a[data-page]')) {
    if (link.dataset.page === page) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  main.replaceChildren();
  // A hash that is no route (#main from a bookmarked skip link) shows the first page, not "No such page".
  const show = PAGES[page] || (location.hash.startsWith('#/') ? null : PAGES.wire);
  if (!show) {
    main.append(notice('No such page.', 'error'));
    return;
  }
  try {
    stop = (await show(main, param, params)) || null;
  } catch (e) {
    main.append(notice(e.message || String(e), 'error'));
  }
  // Keyboard and screen-reader users land on the new page's heading, not on the link they left.
  const heading = main.querySelector('h1');
  if (heading && moved) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

// The skip link moves the focus to the page, not the route: its #main must never reach the hash router.
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', render);
render();
