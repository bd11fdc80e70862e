import random
import string

import pytest
import segno

from lms.certification.qr import qr_make


def _addresses(count: int) -> list[str]:
    """Verification addresses of every length a site and a code can give, and a few more."""
    rnd = random.Random(13)
    alphabet = string.ascii_letters + string.digits + "-_"
    sites = ["http://127.0.0.1:8000", "https://academy.example.org", "https://a.example"]
    addresses = []
    for _ in range(count):
        code = "".join(rnd.choice(alphabet) for _ in range(rnd.choice([22, 27, 43, 86])))
        addresses.append(f"{rnd.choice(sites)}/fr/certificats/verifier/{code}/")
    return addresses


@pytest.mark.parametrize("content", ["ABC", "https://x.fr/é", "x" * 300, *_addresses(120)])
def test_the_symbol_is_segnos_module_for_module(content):
    expected, made = segno.make(content, error="m"), qr_make(content)
    assert (made.version, made.mask) == (expected.version, expected.mask)
    assert made.error == expected.error
    assert made.matrix == expected.matrix
    assert made.svg_data_uri(scale=4, border=2) == expected.svg_data_uri(scale=4, border=2)


def test_every_mask_is_chosen_somewhere():
    """The eight penalties are all computed: each mask wins for some address."""
    assert {qr_make(address).mask for address in _addresses(120)} == set(range(8))
