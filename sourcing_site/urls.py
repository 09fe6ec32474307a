from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.decorators.http import require_safe

from glossary import sitemaps as glossary_sitemaps
from glossary import views as glossary_views

from . import views
from .sitemaps import StaticPagesSitemap

admin.site.site_header = "Sourcing Guide editors"
admin.site.site_title = "Sourcing Guide admin"
admin.site.index_title = "Content"

SITEMAPS = {"pages": StaticPagesSitemap, **glossary_sitemaps.SITEMAPS}

urlpatterns = [
    path("", require_safe(glossary_views.home), name="home"),
    path("", include("glossary.urls")),
    path("advisor/", include("advisor.urls")),
    path("where/", include("locations.urls")),
    path("cost/", include("costs.urls")),
    path("admin/login/", views.admin_login),
    # Before admin's own URLs, whose catch-all would answer 404 for these.
    path("admin/editorial/", include("editorial.urls")),
    path("admin/", admin.site.urls),
    path("sitemap.xml", require_safe(sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("healthz", views.healthz, name="healthz"),
]

handler400 = "sourcing_site.views.bad_request"
handler404 = "sourcing_site.views.page_not_found"
handler500 = "sourcing_site.views.server_error"
