import json
from html import escape

from django import template
from django.utils.safestring import mark_safe

from core import links

register = template.Library()


@register.simple_tag
def page_url(viewname, *args):
    """{% url %} for the site's own pages, worked out once per process
    (core.links): a page's navigation and lists link the same few addresses
    on every request."""
    return links.page_url(viewname, *(str(arg) for arg in args))


# The same escapes as Django's json_script: "</script>" or "<!--" in a term's
# text cannot end the block or open a comment.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """Structured data for a <script type="application/ld+json"> block."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))


@register.filter
def option_tags(bound_field):
    """A select's <option>s, the submitted one selected: a glossary's list of
    terms is long, and Django's widget renders a template per option."""
    chosen = str(bound_field.value() or "")
    options = (
        '<option value="{}"{}>{}</option>'.format(
            escape(str(value)),
            " selected" if value and value == chosen else "",
            escape(str(label)),
        )
        for value, label in bound_field.field.choices
    )
    return mark_safe("".join(options))  # noqa: S308 - every value escaped above


@register.filter
def input_tag(option):
    """A radio or checkbox option's <input>, as `option.tag` writes it (the
    attributes as flatatt writes them), without a template per option: a step
    of the advisor has dozens."""
    data = option.data
    html = [
        '<input type="{}" name="{}"'.format(escape(data["type"]), escape(data["name"]))
    ]
    if data["value"] is not None:
        html.append(f' value="{escape(str(data["value"]))}"')
    for name, value in data["attrs"].items():
        if value is True:
            html.append(f" {escape(name)}")
        elif value is not False and value is not None:
            html.append(f' {escape(name)}="{escape(str(value))}"')
    html.append(">")
    return mark_safe("".join(html))  # noqa: S308 - every part escaped above
