from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from . import selectors
from .models import Term


class StaticPagesSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return ["home", "glossary:term-list", "glossary:compare-index", "advisor:start"]

    def location(self, item):
        return reverse(item)


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
    "pages": StaticPagesSitemap,
    "terms": TermSitemap,
    "comparisons": ComparisonSitemap,
}
