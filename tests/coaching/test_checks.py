"""The automatic checks of draft posts: each one fires when it should, and only then."""

import pytest

from coaching.checks import LineRules, draft_checks

RULES = LineRules(
    organisation_name="Acme",
    confidential_terms=("Projet Orion", "budget 2027"),
    offer_keywords=("ThermoPilot", "audit énergétique"),
)


def codes(text, network="linkedin", rules=RULES):
    return [
        check.code for check in draft_checks(text=text, network=network, organisation_line=rules)
    ]


def test_linkedin_post_over_3000_characters_is_an_error():
    checks = draft_checks(text="a" * 3001, network="linkedin", organisation_line=RULES)
    (check,) = [c for c in checks if c.code == "linkedin_length"]
    assert check.level == "error"
    assert check.detail == "3001 / 3000"
    assert check.message


def test_linkedin_post_of_exactly_3000_characters_passes():
    assert "linkedin_length" not in codes("a" * 3000)


def test_tiktok_caption_limit_is_2200_characters():
    assert "tiktok_length" in codes("a" * 2201, network="tiktok")
    assert "tiktok_length" not in codes("a" * 2200, network="tiktok")
    # LinkedIn's limit does not apply to TikTok and vice versa.
    assert "linkedin_length" not in codes("a" * 2500, network="tiktok")
    assert "tiktok_length" not in codes("a" * 2500, network="linkedin")


def test_hook_longer_than_what_shows_before_see_more_is_flagged():
    text = "x" * 211 + "\n\nLa suite."
    assert "hook_too_long" in codes(text)


def test_short_first_line_followed_by_a_long_body_is_fine():
    text = "Une accroche courte.\n" + "corps " * 200
    assert "hook_too_long" not in codes(text)


def test_more_than_five_hashtags_is_flagged():
    assert "too_many_hashtags" in codes("Bilan #a #b #c #d #e #f")
    assert "too_many_hashtags" not in codes("Bilan #a #b #c #d #e")


def test_anchor_in_a_link_is_not_a_hashtag():
    text = "Voir https://example.org/page#a #b #c #d #e #f"
    assert "too_many_hashtags" not in codes(text)


def test_promoting_the_offer_without_disclosure_is_an_error():
    checks = draft_checks(
        text="ThermoPilot a réduit notre facture de 20 %.",
        network="linkedin",
        organisation_line=RULES,
    )
    (check,) = [c for c in checks if c.code == "missing_disclosure"]
    assert check.level == "error"
    assert "ThermoPilot" in check.detail


@pytest.mark.parametrize(
    "disclosure",
    ["Je travaille chez Acme.", "I work at Acme.", "#employee", "Mon employeur le vend."],
)
def test_promoting_the_offer_with_a_disclosure_passes(disclosure):
    assert "missing_disclosure" not in codes(f"Découvrez ThermoPilot. {disclosure}")


def test_post_without_offer_keyword_needs_no_disclosure():
    assert "missing_disclosure" not in codes("Trois conseils pour économiser l'énergie.")


def test_offer_keyword_matches_whole_words_case_insensitively():
    assert "missing_disclosure" in codes("Un AUDIT ÉNERGÉTIQUE gratuit")
    assert "missing_disclosure" not in codes("Les thermopilotes du futur")


def test_confidential_terms_of_the_organisation_are_flagged():
    checks = draft_checks(
        text="Hâte de vous parler du projet orion !", network="linkedin", organisation_line=RULES
    )
    (check,) = [c for c in checks if c.code == "confidential_term"]
    assert check.level == "error"
    assert check.detail == "Projet Orion"


def test_no_confidential_term_no_flag():
    assert "confidential_term" not in codes("Hâte de vous parler de notre métier.")
    assert "confidential_term" not in codes("Projet Orion", rules=None)


def test_mentions_and_full_names_ask_for_consent():
    checks = draft_checks(
        text="Merci à Marie Dupont et @jean.martin pour ce projet.",
        network="linkedin",
        organisation_line=RULES,
    )
    (check,) = [c for c in checks if c.code == "people_named"]
    assert check.level == "warning"
    assert "Marie Dupont" in check.detail
    assert "@jean.martin" in check.detail


def test_sentence_starts_and_single_capitals_are_not_names():
    text = "Le projet avance. Nous avons livré. Paris est belle."
    assert "people_named" not in codes(text)


def test_email_address_is_not_a_mention():
    assert "people_named" not in codes("Écrivez à contact@example.org")


def test_links_and_mentions_are_counted_for_information():
    checks = draft_checks(
        text="Lisez https://example.org et www.example.com avec @acme",
        network="linkedin",
        organisation_line=RULES,
    )
    (check,) = [c for c in checks if c.code == "links_and_mentions"]
    assert check.level == "info"
    assert check.detail == "links=2 mentions=1"


def test_plain_post_has_no_links_note():
    assert codes("Un message simple sans lien.") == []


def test_checks_accept_the_organisation_line_model(organisation):
    from coaching.factories import OrganisationEditorialLineFactory

    line = OrganisationEditorialLineFactory(organisation=organisation)
    checks = draft_checks(text="Le Projet Orion", network="linkedin", organisation_line=line)
    assert [c.code for c in checks] == ["confidential_term"]


def test_messages_are_translated_to_french():
    from django.utils import translation

    with translation.override("fr"):
        (check,) = draft_checks(text="Titre\n" + "a" * 3000, network="linkedin")
    assert "LinkedIn" in check.message
    assert "caractères" in check.message
