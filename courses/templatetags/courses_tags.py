from django import template

register = template.Library()


@register.filter
def get_item(mapping, key):
    """`{{ reflections|get_item:block_id }}`: dictionary lookup with a variable key."""
    if not mapping:
        return None
    return mapping.get(key, mapping.get(str(key)))


@register.filter
def minutes(value):
    """Render a duration in minutes as "1 u 30 min" / "45 min"."""
    try:
        value = int(value)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(value, 60)
    if hours and rest:
        return f"{hours} u {rest} min"
    if hours:
        return f"{hours} u"
    return f"{rest} min"
