"""Editors' Markdown reaches visitors formatted, but never as active content."""

import pytest

from core.markdown import render_markdown


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>Hello",
        "<SCRIPT>alert(1)</SCRIPT>Hello",
        "Hello <script src='https://evil.example/x.js'></script>",
    ],
)
def test_scripts_are_removed_with_their_content(text):
    html = render_markdown(text)

    assert "<script" not in html.lower()
    assert "alert(1)" not in html
    assert "Hello" in html


@pytest.mark.parametrize(
    "text",
    [
        '<p onclick="steal()">Text</p>',
        "<img src=x onerror=steal()>",
        "<svg onload=steal()>",
        '<a href="https://example.com" onmouseover="steal()">Text</a>',
    ],
)
def test_event_handler_attributes_are_removed(text):
    html = render_markdown(text)

    assert "steal" not in html
    assert "onclick" not in html and "onerror" not in html


@pytest.mark.parametrize(
    "text",
    [
        "[Click](javascript:alert(1))",
        '<a href="javascript:alert(1)">Click</a>',
        '<a href="JaVaScRiPt:alert(1)">Click</a>',
        "[Click](data:text/html;base64,PHNjcmlwdD4=)",
    ],
)
def test_dangerous_link_targets_are_removed_but_the_text_stays(text):
    html = render_markdown(text)

    assert "javascript" not in html.lower()
    assert "data:" not in html
    assert "Click" in html


def test_iframes_are_removed():
    html = render_markdown('Before <iframe src="https://evil.example"></iframe>')

    assert "iframe" not in html
    assert "evil.example" not in html


def test_style_attributes_and_style_blocks_are_removed():
    html = render_markdown(
        '<p style="position:fixed">Text</p>\n\n<style>body{display:none}</style>'
    )

    assert "style" not in html
    assert "display:none" not in html
    assert "Text" in html


def test_bold_emphasis_and_lists_are_kept():
    html = render_markdown("**Bold** and *soft*.\n\n- one\n- two\n\n1. first\n2. next")

    assert "<strong>Bold</strong>" in html
    assert "<em>soft</em>" in html
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in html
    assert "<ol>\n<li>first</li>\n<li>next</li>\n</ol>" in html


def test_links_are_kept_with_a_safe_rel():
    html = render_markdown('[Source](https://example.com/page "A title")')

    assert 'href="https://example.com/page"' in html
    assert 'title="A title"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_mailto_links_are_kept():
    assert 'href="mailto:editor@example.com"' in render_markdown(
        "[Write to us](mailto:editor@example.com)"
    )


def test_tables_are_kept():
    html = render_markdown("| Who | Where |\n|---|---|\n| Provider | Abroad |")

    assert "<th>Who</th>" in html
    assert "<td>Abroad</td>" in html


@pytest.mark.parametrize("text", ["", None])
def test_nothing_renders_as_nothing(text):
    assert render_markdown(text) == ""
