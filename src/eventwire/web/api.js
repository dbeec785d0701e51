// Calls to the eventwire REST API. The API token (when the server has one) is kept for this tab only.

const TOKEN_KEY = "eventwire-token";

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

function headers(extra = {}) {
  const out = { Accept: "application/json", ...extra };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) out.Authorization = `Bearer ${token}`;
  return out;
}

async function parse(resp) {
  let body = null;
  try { body = await resp.json(); } catch (err) { body = null; }
  if (!resp.ok) {
    const message = body && typeof body.error === "string" ? body.error : `HTTP ${resp.status}`;
    throw new ApiError(resp.status, message);
  }
  return body;
}

// GET /v1/<path> with the non-empty params as the query string.
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const url = `/v1/${path}` + (query.toString() ? `?${query}` : "");
  return parse(await fetch(url, { headers: headers() }));
}

export async function post(path, body) {
  const resp = await fetch(`/v1/${path}`, {
    method: "POST", headers: headers({ "Content-Type": "application/json" }), body: JSON.stringify(body),
  });
  return parse(resp);
}
