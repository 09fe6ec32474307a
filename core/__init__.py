"""What every app of the site uses: safe Markdown, the starter-content ledger,
template filters, the Editors group and the sitemap of static pages.

core imports no app of this project (see docs/architecture.md).
"""
