from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

register = template.Library()


def _block_html(block: str) -> str:
    lines = [line.strip() for line in block.splitlines() if line.strip()]
    if lines and all(line.startswith("- ") for line in lines):
        items = format_html_join("", "<li>{}</li>", ((line[2:],) for line in lines))
        return format_html("<ul>{}</ul>", items)
    intro = [line for line in lines if not line.startswith("- ")]
    items = [line[2:] for line in lines if line.startswith("- ")]
    html = format_html("<p>{}</p>", " ".join(intro)) if intro else ""
    if items:
        html += format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((i,) for i in items))
        )
    return html


@register.filter
def charter_text(text: str) -> str:
    """Plain charter text as HTML: blank lines separate paragraphs, '- ' lines make a list."""
    blocks = [block for block in (text or "").split("\n\n") if block.strip()]
    # Every piece was built with format_html / format_html_join, which escape the text.
    return mark_safe("".join(_block_html(block) for block in blocks))  # nosec
