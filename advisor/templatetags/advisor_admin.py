from django import template

from advisor.admin import ADVISOR_OFF
from advisor.availability import advisor_is_ready

register = template.Library()


@register.simple_tag
def advisor_warning() -> str:
    """What the admin index warns editors about, "" when all is well."""
    return "" if advisor_is_ready() else ADVISOR_OFF
