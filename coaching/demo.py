"""This app's part of `manage.py seed_demo`: the demo organisation's editorial line, coach
assignments, a coaching session, two personal lines and reviewed draft posts. Idempotent."""

import datetime

from django.db import transaction
from django.utils import timezone

from .models import (
    ActionItem,
    CoachingSession,
    CoachPrivateNote,
    DraftComment,
    DraftPost,
    EditorialLine,
    OrganisationEditorialLine,
    OrganisationPillar,
    SessionFormat,
)
from .services import (
    coach_assign,
    draft_post_mark_ready,
    editorial_line_request_changes,
    editorial_line_save_draft,
    editorial_line_submit,
    editorial_line_validate,
)

ORGANISATION_LINE = {
    "objectives": (
        "Faire connaître l'expertise de nos équipes en efficacité énergétique industrielle.\n"
        "Attirer des talents techniques, en particulier des alternants et jeunes ingénieurs.\n"
        "Montrer la réalité de nos métiers, au-delà du discours de marque."
    ),
    "key_messages": (
        "Nous aidons les usines à consommer moins sans produire moins.\n"
        "Nos solutions naissent sur le terrain, avec les équipes de production.\n"
        "Chez Démo Industries, chacun peut apprendre et transmettre."
    ),
    "internal_sources": (
        "Lettre interne mensuelle\nArticles du blog technique\nÉtudes de cas clients validées "
        "par le service communication"
    ),
    "external_sources": (
        "Publications de l'ADEME\nPresse industrielle spécialisée\nRapports publics sur la "
        "transition énergétique"
    ),
    "networks": "LinkedIn en priorité ; TikTok pour les métiers et le recrutement.",
    "common_to_all_audiences": (
        "Un ton concret et humble, des chiffres sourcés, aucune promesse commerciale chiffrée."
    ),
    "audience_specifics": (
        "Clients industriels : retours d'expérience et méthodes.\n"
        "Candidats : coulisses des métiers, parcours, apprentissage.\n"
        "Grand public : pédagogie de la sobriété énergétique."
    ),
    "confidential_terms": "Projet Orion\nusine de Douai\nbudget 2027\nAcmé Chimie",
    "offer_keywords": "ThermoPilot\naudit énergétique\nDémo Monitor",
    "disclosure_phrases": "je fais partie de Démo Industries",
}
PILLARS = [
    ("Sobriété énergétique", "Méthodes et résultats concrets pour consommer moins."),
    ("Innovation industrielle", "Capteurs, données et maintenance prédictive."),
    ("Métiers et parcours", "Les femmes et les hommes qui font l'entreprise, l'apprentissage."),
    ("Terrain et clients", "Ce que nous apprenons chez nos clients, avec leur accord."),
]

# Ambassador key -> coach key.
ASSIGNMENTS = {
    "ambassador1": "coach",
    "ambassador2": "coach",
    "ambassador3": "coach",
    "ambassador4": "trainer",
    "ambassador5": "trainer",
    "ambassador6": "trainer",
}

CAMILLE_LINE = {
    "positioning": (
        "Ingénieure commerciale, je parle de ce que la sobriété énergétique change "
        "concrètement pour les responsables d'usine."
    ),
    "target_audiences": "Responsables de production\nDirecteurs de site\nAcheteurs industriels",
    "mix_others": 4,
    "mix_reshare": 1,
    "mix_own": 1,
    "formats": "Texte court avec photo de terrain\nCarrousel de chiffres clés",
    "networks": ["linkedin"],
    "rhythm": "Un post par semaine, le mardi ; trois commentaires par semaine",
    "tone": "Concret, chaleureux, sans jargon",
    "excluded_topics": "Prix et remises\nConcurrents nommés\nPolitique",
}
CAMILLE_PILLARS = [
    ("Les gains d'énergie vus du terrain", 0),
    ("Les capteurs expliqués simplement", 1),
    ("Mon métier de commerciale technique", 2),
]
HUGO_LINE = {
    "positioning": "Ingénieur R&D, je parle de maintenance prédictive.",
    "target_audiences": "Ingénieurs maintenance",
    "mix_others": 2,
    "mix_reshare": 2,
    "mix_own": 2,
    "formats": "Vidéos courtes",
    "networks": ["linkedin", "tiktok"],
    "rhythm": "Quand j'ai le temps",
    "tone": "Technique",
    "excluded_topics": "",
}
HUGO_PILLARS = [
    ("Maintenance prédictive", 1),
    ("Données industrielles", 1),
    ("La vie du labo", 2),
]
HUGO_CHANGES = (
    "Ton positionnement est clair. Deux points : précise un rythme tenable (« quand j'ai le "
    "temps » ne t'aidera pas à t'y tenir) et rééquilibre ton mix, 2-2-2 fait trop de promotion. "
    "Pense aussi à lister les sujets que tu ne traiteras pas."
)

DRAFTS = [
    {
        "text": (
            "Ce que 18 mois de mesures m'ont appris sur la consommation d'une ligne de "
            "conditionnement.\n\nLa plus grosse économie ne venait pas des machines mais des "
            "arrêts du week-end. Un simple planning de mise en veille a réduit la facture "
            "de 12 %.\n\nEt chez vous, qu'est-ce qui tourne quand personne ne regarde ?\n\n"
            "#efficacitéénergétique #industrie #sobriété"
        ),
        "ready": True,
        "comments": [
            (
                "coach",
                "Très bonne accroche, courte et concrète. La question finale invite au "
                "dialogue : c'est exactement ce qu'on cherche.",
            ),
            ("ambassador1", "Merci ! Je publie mardi matin."),
        ],
    },
    {
        "text": (
            "Découvrez ThermoPilot, la solution qui a permis à notre client Acmé Chimie de "
            "réduire sa consommation de 20 % sur l'usine de Douai grâce à un audit énergétique "
            "complet et à nos capteurs connectés, installés en seulement trois semaines par "
            "une équipe formidable !\n\nMerci à Paul Martin pour son accueil. #ThermoPilot "
            "#énergie #industrie #innovation #client #réussite"
        ),
        "ready": False,
        "comments": [
            (
                "coach",
                "Les vérifications automatiques ont raison sur tout : l'accroche est trop "
                "longue, le client et le site sont confidentiels, et il manque la mention de ton "
                "employeur. Demande aussi son accord à Paul Martin avant de le citer.",
            ),
        ],
    },
]


def _organisation_line_seed(organisation) -> OrganisationEditorialLine:
    line, _created = OrganisationEditorialLine.objects.update_or_create(
        organisation=organisation, defaults=ORGANISATION_LINE
    )
    for order, (name, description) in enumerate(PILLARS):
        OrganisationPillar.objects.update_or_create(
            line=line, name=name, defaults={"description": description, "sort_order": order}
        )
    return line


def _personal_line_seed(*, ambassador, data, pillars, organisation_line) -> EditorialLine | None:
    """Build a line through the workflow, once: a line that already has versions is kept."""
    line, _created = EditorialLine.objects.get_or_create(
        ambassador=ambassador, defaults={"organisation_id": ambassador.organisation_id}
    )
    if line.versions.exists():
        return None
    organisation_pillars = list(organisation_line.pillars.order_by("sort_order"))
    rows = [(name, organisation_pillars[index].pk) for name, index in pillars]
    editorial_line_save_draft(line=line, data=data, pillars=rows)
    editorial_line_submit(line=line, user=ambassador)
    return line


def _session_seed(*, coach, ambassador) -> None:
    session, created = CoachingSession.objects.get_or_create(
        coach=coach,
        ambassador=ambassador,
        agenda="Trouver ma voix : expertise, publics et trois piliers",
        defaults={
            "starts_at": timezone.now() - datetime.timedelta(days=10),
            "format": SessionFormat.IN_PERSON,
            "shared_notes": (
                "Ton expertise : les gains d'énergie observés chez les clients. Tes publics : "
                "responsables de production et directeurs de site. Nous avons retenu trois "
                "piliers et un rythme d'un post par semaine."
            ),
        },
    )
    CoachPrivateNote.objects.get_or_create(
        session=session,
        defaults={
            "author": coach,
            "text": (
                "Craint le regard de son manager sur ses publications : en reparler à la "
                "prochaine séance, sans insister."
            ),
        },
    )
    if created:
        today = timezone.localdate()
        ActionItem.objects.create(
            session=session,
            title="Lister cinq retours d'expérience clients publiables",
            due_date=today + datetime.timedelta(days=7),
        )
        ActionItem.objects.create(
            session=session,
            title="Relire la charte de bonne conduite",
            due_date=today - datetime.timedelta(days=3),
            done=True,
            done_at=timezone.now(),
            done_by=ambassador,
        )
    CoachingSession.objects.get_or_create(
        coach=coach,
        ambassador=ambassador,
        agenda="Atelier d'écriture : relire les deux premiers brouillons",
        defaults={
            "starts_at": timezone.now() + datetime.timedelta(days=5),
            "format": SessionFormat.VIDEO,
        },
    )


def _drafts_seed(*, ambassador, coach, people) -> None:
    pillar = ambassador.editorial_line.pillars.order_by("position").first()
    for spec in DRAFTS:
        draft, created = DraftPost.objects.get_or_create(
            author=ambassador, text=spec["text"], defaults={"pillar": pillar}
        )
        if not created:
            continue
        for author_key, text in spec["comments"]:
            DraftComment.objects.create(draft=draft, author=people[author_key], text=text)
        if spec["ready"]:
            draft_post_mark_ready(draft=draft, coach=coach)


@transaction.atomic
def demo_seed(*, organisation, people, stdout) -> None:
    organisation_line = _organisation_line_seed(organisation)
    for ambassador_key, coach_key in ASSIGNMENTS.items():
        coach_assign(coach=people[coach_key], ambassador=people[ambassador_key])
    coach, camille, hugo = people["coach"], people["ambassador1"], people["ambassador2"]
    if _personal_line_seed(
        ambassador=camille,
        data=CAMILLE_LINE,
        pillars=CAMILLE_PILLARS,
        organisation_line=organisation_line,
    ):
        editorial_line_validate(
            line=camille.editorial_line, coach=coach, comment="Ligne claire et tenable. Bravo !"
        )
    if _personal_line_seed(
        ambassador=hugo, data=HUGO_LINE, pillars=HUGO_PILLARS, organisation_line=organisation_line
    ):
        editorial_line_request_changes(line=hugo.editorial_line, coach=coach, comment=HUGO_CHANGES)
    _session_seed(coach=coach, ambassador=camille)
    _drafts_seed(ambassador=camille, coach=coach, people=people)
    stdout.write("Coaching: editorial line, 6 coach assignments, sessions, lines and drafts.")
