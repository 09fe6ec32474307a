"""The benchmark's reference: one bare Django view ("ok"), no middleware, no
database, served by the same gunicorn settings as the site. Every page's CPU
per request is given as a multiple of this one's.

    gunicorn -c deploy/gunicorn.conf.py bench.bare:application
"""

import django
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-bare-view-" + "x" * 40,
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    DATABASES={},
)
django.setup()


def ok(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("", ok)]
application = get_wsgi_application()
