"""Markdown written by editors, rendered safely.

Markdown allows raw HTML; nh3 (the Rust "ammonia" sanitiser) then keeps only a
small allow-list of tags and attributes, so no script, style or event handler
can reach a visitor whatever an editor (or an attacker with an editor's
password) types.

`[[slug]]` and `[[slug|label]]` link to a glossary term. Core knows no terms:
the caller passes the links it resolved (one query for a whole page, see
glossary.selectors.term_links); a slug it did not resolve (unknown, or a draft
for the public) is shown as plain text, never as a broken link.
"""

import re
import xml.etree.ElementTree as etree
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import markdown as markdown_lib
import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown.inlinepatterns import InlineProcessor

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "hr", "table", "thead",
    "tbody", "tr", "th", "td", "abbr",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


# The slug's shape is the glossary's SlugField; a label stops at "]" or a newline.
TERM_LINK = r"\[\[([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|([^\]\n]+))?\]\]"


@dataclass(frozen=True)
class TermLink:
    url: str
    name: str


def link_slugs(*texts: str) -> set[str]:
    """Every slug named in [[...]] in these texts."""
    return {m[1] for text in texts for m in re.finditer(TERM_LINK, text or "")}


class _TermLinkProcessor(InlineProcessor):
    def __init__(self, links: Mapping[str, TermLink]):
        super().__init__(TERM_LINK)
        self.links = links

    def handleMatch(self, m, data):  # noqa: N802 - Markdown's API
        slug, label = m.group(1), (m.group(2) or "").strip()
        link = self.links.get(slug)
        if link is None:
            # Plain text, as the reader would have read it without the link.
            return label or slug.replace("-", " "), m.start(0), m.end(0)
        element = etree.Element("a", {"href": link.url})
        element.text = label or link.name
        return element, m.start(0), m.end(0)


class _TermLinks(markdown_lib.Extension):
    def __init__(self, links: Mapping[str, TermLink]):
        super().__init__()
        self.links = links

    def extendMarkdown(self, md):  # noqa: N802 - Markdown's API
        # Before Markdown's own links (priority 160), so "[[a]]" is not "[a]".
        md.inlinePatterns.register(_TermLinkProcessor(self.links), "term_link", 175)


def render_markdown(
    text: str, links: Mapping[str, TermLink] | None = None
) -> SafeString:
    text = text or ""
    # Only the links this text names can change its HTML.
    named = sorted(link_slugs(text) & set(links or ()))
    return _rendered(text, tuple((slug, links[slug]) for slug in named if links))


# Markdown in pure Python costs about a millisecond a field, most of a page's
# rendering. The HTML depends on nothing but the text and the links it names,
# so each process keeps the latest few thousand: an editor's change is a new
# text (rendered afresh) and a renamed or unpublished term a new link.
RENDERED_TEXTS_KEPT = 4096


@lru_cache(maxsize=RENDERED_TEXTS_KEPT)
def _rendered(text: str, links: tuple[tuple[str, TermLink], ...]) -> SafeString:
    html = markdown_lib.markdown(
        text, extensions=["tables", "sane_lists", _TermLinks(dict(links))]
    )
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(clean)  # noqa: S308 - sanitised just above
