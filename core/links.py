"""Addresses of the site's own pages, reversed once per process.

A glossary page links every term it lists, often twice (the link and its
structured data), and Django's reverse() costs tens of microseconds a call:
on a page of a hundred terms, more than the rest of the page's rendering.
An address depends only on the URLconf, the script prefix and the arguments,
so each is kept once worked out.
"""

from functools import lru_cache

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse

ADDRESSES_KEPT = 20_000


def page_url(viewname: str, *args: str) -> str:
    """reverse(viewname, args=args), worked out once per process."""
    return _reversed(viewname, args, get_script_prefix(), get_urlconf())


@lru_cache(maxsize=ADDRESSES_KEPT)
def _reversed(viewname, args, script_prefix, urlconf) -> str:
    # script_prefix and urlconf are part of the key: reverse() reads both.
    return reverse(viewname, args=args, urlconf=urlconf)


@receiver(setting_changed)
def forget_addresses(*, setting, **kwargs):
    if setting == "ROOT_URLCONF":
        _reversed.cache_clear()
