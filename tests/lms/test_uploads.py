"""Images and documents uploaded in the Wagtail admin are checked for size, type and pixels."""

import io

import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def png(width=20, height=20) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def upload_image(client, name, content, content_type="image/png"):
    return client.post(
        "/admin/images/add/",
        {"title": "Affiche", "file": SimpleUploadedFile(name, content, content_type)},
    )


def upload_document(client, name, content):
    return client.post(
        "/admin/documents/add/",
        {"title": "Support", "file": SimpleUploadedFile(name, content, "application/octet-stream")},
    )


@pytest.fixture
def admin_client(client, editor):
    client.force_login(editor)
    return client


def test_a_small_png_is_accepted(admin_client):
    assert upload_image(admin_client, "affiche.png", png()).status_code == 302
    assert get_image_model().objects.count() == 1


def test_an_svg_is_refused(admin_client):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = upload_image(admin_client, "logo.svg", svg, "image/svg+xml")
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_a_file_pretending_to_be_an_image_is_refused(admin_client):
    response = upload_image(admin_client, "photo.png", b"<html><script>x</script></html>")
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=1024)
def test_an_image_over_the_size_limit_is_refused(admin_client):
    big = png(400, 400)
    big += b"\0" * 2048
    response = upload_image(admin_client, "grande.png", big)
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100 * 100)
def test_an_image_with_too_many_pixels_is_refused(admin_client):
    response = upload_image(admin_client, "immense.png", png(200, 200))
    assert response.status_code == 200
    assert not get_image_model().objects.exists()


def test_the_image_limits_are_set_for_production():
    from django.conf import settings

    assert settings.WAGTAILIMAGES_EXTENSIONS == ["gif", "jpg", "jpeg", "png", "webp"]
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 5 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 10 * 1024 * 1024


def test_a_document_of_a_forbidden_type_is_refused(admin_client):
    response = upload_document(admin_client, "page.html", b"<script>alert(1)</script>")
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_a_document_over_the_size_limit_is_refused(admin_client):
    response = upload_document(admin_client, "support.pdf", b"%PDF-1.4" + b"0" * 4096)
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_a_pdf_document_is_accepted(admin_client):
    response = upload_document(admin_client, "support.pdf", b"%PDF-1.4 minimal")
    assert response.status_code == 302
    assert get_document_model().objects.count() == 1
