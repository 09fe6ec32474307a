"""Cached pages that carry each visitor's own CSRF token.

A page with a form (the advisor's start page and first question, a saved
result) is the same for every new visitor but for the CSRF token in its forms,
which is per visitor and must never be shared: a token reveals the secret in
its owner's cookie. So the page is stored with its tokens cut out, and each
visitor served from the cache gets a token of their own cookie's secret (or of
a new one, with its cookie), exactly as Django's CsrfViewMiddleware would.

A compressed page stays compressed without compressing it again: each piece
around a token is deflated on its own (a full flush, no reference to what came
before), so a served page is the stored pieces with a freshly deflated token
between them, behind a gzip header and a new checksum. A token deflated apart
from the page also gives BREACH nothing to measure.
"""

import gzip
import re
import struct
import zlib
from dataclasses import dataclass

from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token

# What {% csrf_token %} writes; the token is the second group.
TOKEN_INPUT = re.compile(
    rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(")'
)
# Anything else shaped like a token: a page showing one elsewhere is not stored.
TOKEN_LIKE = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
# gzip's fixed header: deflate, no flags, no time, unknown OS (as gzip.compress).
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


def _never_called(request) -> HttpResponse:
    raise NotImplementedError  # only the middleware's request and response hooks run


_csrf = CsrfViewMiddleware(get_response=_never_called)


def _deflated(data: bytes, last: bool) -> bytes:
    """Raw deflate of `data` alone, ending on a byte boundary (or the stream)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush(
        zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH
    )


@dataclass(frozen=True)
class TokenPage:
    """A page's bytes around each CSRF token, and each piece deflated alone
    when the page was compressed."""

    parts: tuple[bytes, ...]
    deflated: tuple[bytes, ...] | None

    @classmethod
    def cut(cls, content: bytes, compressed: bool) -> "TokenPage | None":
        """The page without its tokens; None if it has none, or shows
        anything else that could be one."""
        page = gzip.decompress(content) if compressed else content
        parts, start = [], 0
        for match in TOKEN_INPUT.finditer(page):
            parts.append(page[start : match.start(2)])
            start = match.end(2)
        parts.append(page[start:])
        if len(parts) == 1 or any(TOKEN_LIKE.search(part) for part in parts):
            return None
        deflated = None
        if compressed:
            deflated = tuple(
                _deflated(part, last=n == len(parts) - 1)
                for n, part in enumerate(parts)
            )
        return cls(tuple(parts), deflated)

    def with_token(self, token: str) -> bytes:
        raw = token.encode()
        if self.deflated is None:
            return raw.join(self.parts)
        token_block = _deflated(raw, last=False)
        checksum, pieces = 0, [GZIP_HEADER]
        for n, (part, deflated) in enumerate(
            zip(self.parts, self.deflated, strict=True)
        ):
            if n:
                pieces.append(token_block)
                checksum = zlib.crc32(raw, checksum)
            pieces.append(deflated)
            checksum = zlib.crc32(part, checksum)
        size = sum(map(len, self.parts)) + len(raw) * (len(self.parts) - 1)
        pieces.append(struct.pack("<II", checksum, size & 0xFFFFFFFF))
        return b"".join(pieces)


def serve(request, page: TokenPage, response_class, status, headers):
    """The stored page with this visitor's token, and their CSRF cookie set or
    renewed as CsrfViewMiddleware does."""
    _csrf.process_request(request)
    body = page.with_token(get_token(request))
    response = response_class(body, status=status, headers=headers)
    response["Content-Length"] = str(len(body))
    return _csrf.process_response(request, response)
