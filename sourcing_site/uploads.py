from django.core.exceptions import SuspiciousOperation
from django.core.files.uploadhandler import FileUploadHandler


class FileUploadRefused(SuspiciousOperation):
    """Answered with the 400 page."""


class RefuseFilesHandler(FileUploadHandler):
    """No form on this site takes a file, so a file part is refused as soon
    as its headers are parsed: nothing is kept in memory or spooled to disk.
    Ordinary form fields in a multipart body (how Django's test client and
    some browsers send forms) are unaffected."""

    def new_file(self, *args, **kwargs):
        raise FileUploadRefused("This site accepts no file uploads.")

    def receive_data_chunk(self, raw_data, start):
        return None

    def file_complete(self, file_size):
        return None
