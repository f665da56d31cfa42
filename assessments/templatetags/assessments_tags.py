from django import template

register = template.Library()


@register.filter
def lookup(mapping, key):
    """A saved answer's value for an option id (JSON turns the ids into strings)."""
    if not isinstance(mapping, dict):
        return None
    value = mapping.get(str(key), mapping.get(key))
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


@register.filter
def position(order, pk):
    """The 1-based place of ``pk`` in a saved order, or "" when it has none."""
    try:
        return list(order).index(pk) + 1
    except (TypeError, ValueError):
        return ""
