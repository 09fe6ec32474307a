import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.starter import first_time
from editorial import registry

EDITORS_GROUP = "Editors"


def editor_permissions():
    """Editors manage content and nothing else: no users, no groups, and what
    the registry lets them only view (saved advisor results must keep showing
    what visitors saw) only to look at."""
    wanted = [
        (entry.model._meta.app_label, f"{action}_{entry.model._meta.model_name}")
        for entry in registry.content_models()
        if entry.edited_by_editors
        for action in ("add", "change", "delete", "view")
    ]
    for other in registry.not_content_models():
        if other.editors_may_view:
            app_label, model_name = other.label.lower().split(".")
            wanted.append((app_label, f"view_{model_name}"))
    perms = Permission.objects.filter(
        content_type__app_label__in={app for app, _ in wanted},
        codename__in={codename for _, codename in wanted},
    )
    perms = perms.select_related("content_type")
    return [p for p in perms if (p.content_type.app_label, p.codename) in wanted]


class Command(BaseCommand):
    help = (
        "Create or update the Editors group (content permissions only). With "
        "--user, also create that staff account in the group; its password comes "
        "from DJANGO_EDITOR_PASSWORD or a prompt."
    )

    def add_arguments(self, parser):
        parser.add_argument("--user", help="username of an editor account to create")

    @transaction.atomic
    def handle(self, *args, user=None, **options):
        group, created = Group.objects.get_or_create(name=EDITORS_GROUP)
        # Each permission is granted once, the first time it exists: an
        # administrator's removals and additions stick on every later run
        # (make run calls this each time), and a new content model's
        # permissions still arrive. A group made anew gets them all again.
        new = [
            perm
            for perm in editor_permissions()
            if first_time(
                f"editor-permission:{perm.content_type.app_label}.{perm.codename}"
            )
            or created
        ]
        group.permissions.add(*new)
        self.stdout.write(
            f"Group '{EDITORS_GROUP}': {group.permissions.count()} permissions "
            f"({len(new)} new)."
        )
        if user:
            self.create_editor(group, user)

    def create_editor(self, group, username):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"A user called {username!r} already exists.")
        password = os.environ.get("DJANGO_EDITOR_PASSWORD")
        if not password:
            from getpass import getpass

            password = getpass(f"Password for {username}: ")
        editor = User(username=username, is_staff=True)
        try:
            # The project's validators, as for any password set in admin.
            validate_password(password, user=editor)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        editor.set_password(password)
        editor.save()
        editor.groups.add(group)
        self.stdout.write(f"Editor {username!r} created: log in at /admin/.")
