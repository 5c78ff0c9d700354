// The plugin's JSON routes, relative to this module (static/ sits beside the routes).

const BASE = new URL('../', import.meta.url);

/** GET a route with query params; resolves to {status, body} (body {error} when not JSON). */
export async function getJSON(route, params = {}) {
  const url = new URL(route, BASE);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  let response;
  try {
    response = await fetch(url, {headers: {Accept: 'application/json'}});
  } catch (err) {
    return {status: 0, body: {error: `TensorBoard did not answer (${err.message})`}};
  }
  let body;
  try {
    body = await response.json();
  } catch {
    body = {error: `unexpected answer from ${route} (HTTP ${response.status})`};
  }
  return {status: response.status, body};
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GET a route until it stops answering 202 ("computing"). onWait(body) is called on each 202;
 * isCurrent() false stops polling (the user picked something else) and resolves to null.
 * params.refresh is sent only with the first request.
 */
export async function poll(route, params, {onWait = () => {}, isCurrent = () => true} = {}) {
  let delay = 400;
  let query = params;
  for (;;) {
    const answer = await getJSON(route, query);
    if (!isCurrent()) return null;
    if (answer.status !== 202) return answer;
    onWait(answer.body);
    await sleep(delay);
    if (!isCurrent()) return null;
    delay = Math.min(delay * 1.5, 2000);
    query = {...params, refresh: undefined};
  }
}
