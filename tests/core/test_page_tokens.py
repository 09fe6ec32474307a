"""A cached page with a form: the page is shared, the CSRF token never is."""

import gzip

import pytest

from core.page_tokens import TokenPage

TOKEN = "a" * 32 + "B" * 32
FORM = (
    '<p>Start</p><form method="post"><input type="hidden" '
    f'name="csrfmiddlewaretoken" value="{TOKEN}"><button>Go</button></form>'
)


@pytest.mark.parametrize("compressed", [False, True])
def test_a_page_is_kept_without_its_token_and_served_with_another(compressed):
    page = (FORM * 3).encode()
    stored = TokenPage.cut(gzip.compress(page) if compressed else page, compressed)

    assert all(TOKEN.encode() not in part for part in stored.parts)
    other = "z" * 64
    served = stored.with_token(other)
    # gzip checks the length and the checksum of what it inflates.
    plain = gzip.decompress(served) if compressed else served
    assert plain == (FORM * 3).replace(TOKEN, other).encode()


def test_a_long_page_stays_compressed_to_about_its_gzip_size():
    page = ("<li>Offshoring means moving work abroad.</li>" * 400 + FORM).encode()
    stored = TokenPage.cut(gzip.compress(page), compressed=True)
    served = stored.with_token("y" * 64)
    assert len(served) < 2 * len(gzip.compress(page))
    assert gzip.decompress(served).count(b"<li>") == 400


@pytest.mark.parametrize(
    "page",
    [
        "<p>No form here.</p>",
        # A token shown anywhere else could be a visitor's: never stored.
        FORM + f'<meta name="csrf" content="{TOKEN}">',
    ],
)
def test_pages_without_a_form_token_or_with_one_elsewhere_are_not_kept(page):
    assert TokenPage.cut(page.encode(), compressed=False) is None
