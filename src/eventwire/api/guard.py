"""The ASGI guard in front of the app: body size limit, API token, security headers.

It runs before FastAPI reads anything, so an oversized body or a missing token is refused
without parsing the request, and every response carries a strict Content-Security-Policy (the
dashboard loads only its own scripts and styles; no inline script can run).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]


async def _send_error(send: Send, status: int, message: str, extra_headers: list | None = None) -> None:
    body = json.dumps({"error": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
               *SECURITY_HEADERS, *(extra_headers or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


class Guard:
    """Wraps an ASGI app. ``token``: when set, every /v1/ request must carry it
    (``Authorization: Bearer TOKEN`` or ``X-API-Token: TOKEN``)."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, token: str | None = None,
                 allowed_hosts: tuple[str, ...] | None = None, protected_prefix: str = "/v1/") -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.token = token or None
        self.allowed_hosts = tuple(h.lower() for h in allowed_hosts) if allowed_hosts else None
        self.protected_prefix = protected_prefix

    def _host_allowed(self, scope: Scope) -> bool:
        """With ``allowed_hosts``, the Host header (port aside) must be one of them: a page on another
        site that rebinds its DNS name to 127.0.0.1 cannot reach the API."""
        if self.allowed_hosts is None:
            return True
        host = (_header(scope, b"host") or "").lower()
        if host.startswith("["):  # [::1]:8000
            name = host[1:].split("]", 1)[0]
        else:
            name = host.split(":", 1)[0]
        return name in self.allowed_hosts

    def _authorised(self, scope: Scope) -> bool:
        if self.token is None or not scope.get("path", "").startswith(self.protected_prefix):
            return True
        given = _header(scope, b"x-api-token")
        auth = _header(scope, b"authorization")
        if given is None and auth and auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not self._host_allowed(scope):
            await _send_error(send, 400, "this server does not answer for the host named in the request")
            return
        if not self._authorised(scope):
            await _send_error(send, 401, "missing or wrong API token: send 'Authorization: Bearer TOKEN'",
                              [(b"www-authenticate", b"Bearer")])
            return
        length = _header(scope, b"content-length")
        if length is not None:
            if not length.isdigit():
                await _send_error(send, 400, f"bad Content-Length header {length!r}")
                return
            if int(length) > self.max_body_bytes:
                await _send_error(send, 413, f"request body of {int(length)} bytes is larger than the limit of "
                                  f"{self.max_body_bytes} bytes")
                return
        body, too_large = await self._read_body(receive)
        if too_large:
            await _send_error(send, 413, f"request body is larger than the limit of {self.max_body_bytes} bytes")
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, replay, send_with_headers)

    async def _read_body(self, receive: Receive) -> tuple[bytes, bool]:
        """The whole request body, read up to the limit; (body, True) when it is larger."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return b"", True
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks), False
