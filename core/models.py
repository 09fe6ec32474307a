from django.db import models


class StarterItem(models.Model):
    """Remembers which starter items were loaded once, so that loading again never
    brings back something an editor deleted or overwrites what they changed."""

    key = models.CharField(max_length=200, unique=True)
    loaded_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key
