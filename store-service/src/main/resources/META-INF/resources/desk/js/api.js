// The store's JSON API, same origin. A problem+json answer becomes an ApiError carrying the problem document.

export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem || {};
  }
}

function describe(status, problem, labels = {}) {
  if (!problem) return `The archive answered ${status}.`;
  const fields = (problem.errors || []).map((e) => `${labels[e.field] || e.field}: ${e.message}`).join('; ');
  return [problem.title || `HTTP ${status}`, problem.detail, fields].filter(Boolean).join(' — ');
}

/** An error's message for a page whose form names the API's parameters otherwise ({to: 'Published before'}). */
export function explain(error, labels) {
  return error instanceof ApiError ? describe(error.status, error.problem, labels) : String(error.message || error);
}

export async function getJson(path, accept = 'application/json') {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: accept } });
  } catch (e) {
    throw new ApiError(0, { title: 'The store cannot be reached', detail: String(e.message || e) });
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** A query string of the non-empty values, in a stable order. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, value);
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
