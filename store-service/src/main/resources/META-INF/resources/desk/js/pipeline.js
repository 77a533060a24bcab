// Pipeline: each service's readiness, the broker, consumer lag, dead letters and the store's write rate
// (GET /pipeline), refreshed every few seconds while the page is open.
import { h, notice, time } from './dom.js';
import { getJson } from './api.js';

const REFRESH_MS = 5000;

export async function pipelinePage(main) {
  const body = h('div', { class: 'pipeline' });
  const updated = h('p', { class: 'live-status', role: 'status' }, 'Loading…');
  main.append(h('div', { class: 'page-head' }, h('h1', {}, 'Pipeline'), updated), body);
  let timer = null;
  let stopped = false;
  const refresh = async () => {
    try {
      const status = await getJson('/pipeline');
      body.replaceChildren(...view(status));
      updated.replaceChildren('Checked ', time(status.checkedAt), `, every ${REFRESH_MS / 1000} s`);
    } catch (e) {
      body.replaceChildren(notice(e.message, 'error'));
    }
    if (!stopped) timer = setTimeout(refresh, REFRESH_MS);
  };
  await refresh();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

function badge(status) {
  return h('span', { class: `status status-${String(status).toLowerCase()}` }, String(status).replace('_', ' ').toLowerCase());
}

function table(caption, headers, rows) {
  return h('table', {}, h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headers.map((name) => h('th', { scope: 'col' }, name)))),
    h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell, i) => i === 0 ? h('th', { scope: 'row' }, cell) : h('td', {}, cell))))));
}

function view(status) {
  const store = status.store;
  return [
    table('Services', ['Service', 'Status', 'Detail'], status.services.map((s) => [
      s.name, badge(s.status), s.detail || (s.url ? s.url : '')])),
    table('Kafka', ['Broker', 'Status', 'Detail'], [[
      'cluster', badge(status.kafka.status), status.kafka.brokers !== undefined ? `${status.kafka.brokers} broker(s)` : (status.kafka.detail || '')]]),
    table('Consumers', ['Group', 'Topic', 'State', 'Members', 'Lag'], status.consumers.map((c) => [
      c.group, c.topic, c.state.toLowerCase(), String(c.members), h('span', { class: c.lag > 0 ? 'lagging' : null }, String(c.lag))])),
    table('Dead letters', ['Topic', 'Letters', 'Not yet re-driven'], status.deadLetters.map((d) => [
      d.topic, String(d.letters), h('span', { class: d.notRedriven > 0 ? 'lagging' : null }, String(d.notRedriven))])),
    store
      ? table('Store writes', ['Period', 'Articles stored', 'Per second'], [
        ['last minute', String(store.lastMinute), String(store.perSecond)],
        ['last hour', `${store.capped ? 'at least ' : ''}${store.lastHour}`, (store.lastHour / 3600).toFixed(2)]])
      : notice('The database does not answer: no write rate.', 'warning'),
    h('p', { class: 'hint' }, 'Lag and dead letters are counted in records a reader sees: Kafka transaction markers and aborted records are left out, so a caught-up consumer shows 0.'),
  ];
}
