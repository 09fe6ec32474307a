import json

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


# The same escapes as Django's json_script: "</script>" or "<!--" in a term's
# text cannot end the block or open a comment.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """Structured data for a <script type="application/ld+json"> block."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))
