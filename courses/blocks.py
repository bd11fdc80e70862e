"""StreamField blocks a lesson is written with."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "courses/blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=[("tip", _("Tip")), ("warning", _("Warning")), ("example", _("Example"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("title"), max_length=200, required=False)
    body = blocks.RichTextBlock(label=_("body"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Callout")
        template = "courses/blocks/callout.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        required=False,
        help_text=_("Describe the image for people who cannot see it. Empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("caption"), max_length=250, required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video address"), help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(label=_("caption"), max_length=250, required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    label = blocks.CharBlock(
        label=_("link text"), max_length=200, required=False, help_text=_("Defaults to its title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "courses/blocks/document.html"


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    items = blocks.ListBlock(blocks.CharBlock(label=_("item"), max_length=300), label=_("items"))

    class Meta:
        icon = "list-ul"
        label = _("Checklist")
        template = "courses/blocks/checklist.html"


class ExamplePostBlock(blocks.StructBlock):
    """A mock-up of a social-media post, to show what good (or bad) looks like."""

    network = blocks.ChoiceBlock(
        label=_("network"),
        choices=[("linkedin", "LinkedIn"), ("tiktok", "TikTok")],
        default="linkedin",
    )
    author_name = blocks.CharBlock(label=_("author"), max_length=120)
    author_headline = blocks.CharBlock(label=_("author headline"), max_length=200, required=False)
    text = blocks.TextBlock(label=_("post text"))
    hashtags = blocks.CharBlock(
        label=_("hashtags"), max_length=300, required=False, help_text=_("Separated by spaces.")
    )
    commentary = blocks.TextBlock(
        label=_("trainer's commentary"),
        required=False,
        help_text=_("Why this post works, or what is wrong with it."),
    )

    class Meta:
        icon = "openquote"
        label = _("Example post")
        template = "courses/blocks/example_post.html"


class ReflectionBlock(blocks.StructBlock):
    """A question the ambassador answers in writing; the answer is kept for them and their coach.

    Answers are stored by block id: do not delete and re-create a reflection block to reword it.
    """

    prompt = blocks.TextBlock(label=_("question"))
    guidance = blocks.TextBlock(label=_("guidance"), required=False)

    class Meta:
        icon = "edit"
        label = _("Reflection exercise")
        template = "courses/blocks/reflection.html"


class LessonBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Rich text"), features=RICH_TEXT_FEATURES)
    heading = HeadingBlock()
    callout = CalloutBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    checklist = ChecklistBlock()
    example_post = ExamplePostBlock()
    reflection = ReflectionBlock()
