from django.conf import settings
from django.core.files.storage import FileSystemStorage
from whitenoise.storage import CompressedManifestStaticFilesStorage


class ManifestOutsideStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """whitenoise's hashed, compressed static files, with the manifest
    (staticfiles.json, a list of every file) written beside STATIC_ROOT rather
    than in it: whitenoise and nginx serve STATIC_ROOT as it is."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "manifest_storage",
            FileSystemStorage(location=settings.STATIC_MANIFEST_DIR),
        )
        super().__init__(*args, **kwargs)
