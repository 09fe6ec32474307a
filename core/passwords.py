"""A password check Django lacks: enough different characters."""

from django.core.exceptions import ValidationError


class CharacterVarietyValidator:
    """Refuses passwords like "aaaaaaaaaaaa" or "abababababab": long, yet
    guessed at once. Django's validators accept them."""

    def __init__(self, min_distinct: int = 5):
        self.min_distinct = min_distinct

    def validate(self, password, user=None):
        if len(set(password)) < self.min_distinct:
            raise ValidationError(
                "This password repeats too few characters: use at least "
                "%(min)d different ones.",
                code="password_too_repetitive",
                params={"min": self.min_distinct},
            )

    def get_help_text(self):
        return (
            f"Your password must use at least {self.min_distinct} different characters."
        )
