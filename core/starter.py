"""The ledger every starter loader consults before creating an item.

A loader creates an item only the first time its key is seen; a StarterItem
row then remembers the key, so loading again neither overwrites what an editor
changed nor brings back what an editor deleted. Keys read "<kind>:<natural
key>", e.g. "term:outsourcing" or "rule:speed:fast:reshoring".
"""

from .models import StarterItem


def first_time(key: str) -> bool:
    """True the first time a starter item is seen; remembers it from then on."""
    return StarterItem.objects.get_or_create(key=key)[1]
