"""One place that opens an HTTP(S) connection for the outbound HTTP clients.

Both the usage-records REST source (`github_rest`) and the HTTP forward sink
(`http_forward`) talk to one configured endpoint per instance; they share how the
connection is opened: TLS with the caller's context (or the system default one) for
``https``, plain HTTP otherwise, always with a timeout.
"""

from __future__ import annotations

import http.client
import ssl


def open_connection(
    scheme: str,
    host: str | None,
    port: int | None,
    *,
    timeout_s: float,
    ssl_context: ssl.SSLContext | None = None,
) -> http.client.HTTPConnection:
    """Return an unopened connection to ``host:port`` (the first request connects).

    Args:
        scheme: ``"https"`` for TLS; anything else is plain HTTP (the callers accept only
            ``http`` and ``https`` URLs).
        host: Host name or address, as split from the configured URL.
        port: Port, or None for the scheme's default.
        timeout_s: Socket timeout in seconds for connecting and each read.
        ssl_context: TLS context (e.g. with a private CA); the system default when None.
    """
    if scheme == "https":
        return http.client.HTTPSConnection(
            host or "",
            port,
            timeout=timeout_s,
            context=ssl_context or ssl.create_default_context(),
        )
    return http.client.HTTPConnection(host or "", port, timeout=timeout_s)
