from django.contrib.sitemaps import Sitemap

from . import selectors
from .models import Term


class TermSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Term.objects.published().order_by("slug")

    def lastmod(self, term):
        return term.updated_at


class ComparisonSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return selectors.curated_comparisons()

    def lastmod(self, comparison):
        return comparison.updated_at


SITEMAPS = {
    "terms": TermSitemap,
    "comparisons": ComparisonSitemap,
}
