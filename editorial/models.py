from django.db import models


class SlugRedirect(models.Model):
    """A term's former address: links to it keep working after a rename."""

    old_slug = models.SlugField(max_length=120, unique=True)
    term = models.ForeignKey(
        "glossary.Term", on_delete=models.CASCADE, related_name="old_slugs"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["old_slug"]

    def __str__(self):
        return f"{self.old_slug} → {self.term.slug}"
