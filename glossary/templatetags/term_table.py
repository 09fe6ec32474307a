from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def table_url(context, table, sort=None, page=None, export=None):
    """The address of a view of the open-data table, in its one canonical
    form (TermTable.query): `{% table_url table page=2 %}`."""
    path = context["request"].path
    return path + table.query(sort=sort, page=page, export=export)
