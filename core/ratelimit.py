"""Rate limits that normal use never meets, counted in the shared cache.

A small counter rather than django-ratelimit: the one behaviour needed beyond
"N per window per address" is failing open, and with the cache unreachable
this lets every request through instead of refusing the whole site.
"""

import logging
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache

from .responses import refused
from .security import client_ip

logger = logging.getLogger(__name__)


def rate_limited(group: str, when):
    """Refuse with 429 once an address exceeds settings.RATE_LIMITS[group],
    counting only requests for which when(request, **view_kwargs) is true."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if when(request, **kwargs) and over_limit(group, client_ip(request)):
                logger.warning("Rate limit %r reached by %s", group, client_ip(request))
                return refused(request, 429, retry_after=retry_after(group))
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def over_limit(group: str, address: str) -> bool:
    limit, period = settings.RATE_LIMITS[group]
    window = int(time.time() // period)
    key = f"ratelimit:{group}:{address}:{window}"
    try:
        cache.add(key, 0, timeout=period + 1)
        count = cache.incr(key)
    except Exception:  # the cache is down or the key vanished: fail open
        return False
    return count is not None and count > limit


def retry_after(group: str) -> int:
    period = settings.RATE_LIMITS[group][1]
    return period - int(time.time()) % period
