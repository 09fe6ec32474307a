"""Who is asking: the client address that lockouts and rate limits count by."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings


def client_ip(request) -> str:
    """The visitor's address. Behind deploy/'s nginx, X-Real-IP, which nginx
    always overwrites (so a client cannot choose it); otherwise the socket's peer.
    """
    if settings.BEHIND_PROXY and request.META.get("HTTP_X_REAL_IP"):
        return request.META["HTTP_X_REAL_IP"][:64]
    return request.META.get("REMOTE_ADDR", "")


class LoginLockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check, for logins that come with a request.

    Every web login does (the admin's form passes it); a login without one
    (Django's test client, a script calling authenticate()) has no client
    address to count by, so it is left to the next backend instead of
    raising AxesBackendRequestParameterRequired.
    """

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


# AccessAttempt.username is a varchar(255); Django's login form does not enforce
# its own 150-character limit (it sets max_length after the field is built), so
# a longer name would reach PostgreSQL and fail the login with a 500.
LOCKOUT_USERNAME_LENGTH = 150


def lockout_username(request, credentials=None) -> str | None:
    """The username django-axes counts failures for, cut to a storable length."""
    source = credentials or getattr(request, "POST", {})
    username = source.get("username")
    return username[:LOCKOUT_USERNAME_LENGTH] if username else username
