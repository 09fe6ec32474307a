from django.contrib import admin

from editorial.admin import EditorialAdmin

from .models import Work


@admin.register(Work)
class WorkAdmin(EditorialAdmin):
    list_display = ["title", "authors", "year", "publisher", "kind"]
    list_filter = ["kind", "year"]
    search_fields = ["title", "authors", "publisher", "url"]
