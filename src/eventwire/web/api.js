// Calls to the eventwire REST API. The API token (when the server has one) is kept for this tab only.

const TOKEN_KEY = "eventwire-token";

export class ApiError extends Error {
  // `token` is the API token the failed request was sent with (null: none)
  constructor(status, message, token = null) {
    super(message);
    this.status = status;
    this.token = token;
  }
}

export function currentToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

function headers(token, extra = {}) {
  const out = { Accept: "application/json", ...extra };
  if (token) out.Authorization = `Bearer ${token}`;
  return out;
}

async function parse(resp, token) {
  let body = null;
  try { body = await resp.json(); } catch (err) { body = null; }
  if (!resp.ok) {
    const message = body && typeof body.error === "string" ? body.error : `HTTP ${resp.status}`;
    throw new ApiError(resp.status, message, token);
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
  const token = currentToken();
  return parse(await fetch(url, { headers: headers(token) }), token);
}

export async function post(path, body) {
  const token = currentToken();
  const resp = await fetch(`/v1/${path}`, {
    method: "POST", headers: headers(token, { "Content-Type": "application/json" }), body: JSON.stringify(body),
  });
  return parse(resp, token);
}
