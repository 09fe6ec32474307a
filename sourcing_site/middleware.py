from django.core.exceptions import SuspiciousOperation

NUL_ENCODINGS = ("%00", "\x00")


class NulByteMiddleware:
    """A NUL character is never meaningful input, and PostgreSQL refuses text
    containing one (it would surface as a 500 from any lookup or filter).

    In a query string it is dropped, so a search for "off%00shoring" still
    finds offshoring; in a submitted form it gets the friendly 400 page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if any(nul in query for nul in NUL_ENCODINGS):
            for nul in NUL_ENCODINGS:
                query = query.replace(nul, "")
            request.META["QUERY_STRING"] = query
            request.GET = request.GET.__class__(query)
        if request.method == "POST" and self.form_has_nul(request):
            raise SuspiciousOperation("A form field contained a NUL character.")
        return self.get_response(request)

    @staticmethod
    def form_has_nul(request):
        return any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.POST.lists()
        )
