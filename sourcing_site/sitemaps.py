from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class StaticPagesSitemap(Sitemap):
    """The site's fixed pages; each app lists its own content in its sitemaps."""

    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "glossary:term-list",
            "glossary:compare-index",
            "advisor:start",
            "locations:shortlist",
        ]

    def location(self, item):
        return reverse(item)
