"""Renamed terms: their old addresses answer with a permanent redirect."""

from django.db.models.signals import pre_save
from django.dispatch import receiver

from .models import SlugRedirect, Term


@receiver(pre_save, sender=Term, dispatch_uid="editorial_remember_old_slug")
def remember_old_slug(sender, instance, raw=False, **kwargs):
    """A signal, not code in TermAdmin: a slug also changes through a revert,
    a recovery or an import, and each must keep the old address alive."""
    if instance.pk is None:
        return
    old = Term.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
    if old is None or old == instance.slug:
        return
    # The live term wins: a slug given back to a term is no longer a redirect.
    SlugRedirect.objects.filter(old_slug=instance.slug).delete()
    SlugRedirect.objects.update_or_create(
        old_slug=old, defaults={"term_id": instance.pk}
    )


def current_slugs(old_slugs: list[str]) -> dict[str, str]:
    """{old slug: the published term's slug now}, for the ones that moved."""
    redirects = SlugRedirect.objects.filter(
        old_slug__in=old_slugs, term__status=Term.Status.PUBLISHED
    ).values_list("old_slug", "term__slug")
    return dict(redirects)
