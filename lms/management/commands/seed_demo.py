from django.core.management.base import BaseCommand

from lms.demo import DEMO_DOMAIN, PEOPLE, demo_password, demo_seed


class Command(BaseCommand):
    help = "Create or refresh the demo organisation, its people and their journey (idempotent)."

    def handle(self, *args, **options):
        demo_seed(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data ready."))
        self.stdout.write("Log in at http://127.0.0.1:8000/accounts/login/ with:")
        for key, first_name, last_name, *_rest in PEOPLE:
            self.stdout.write(f"  {key + '@' + DEMO_DOMAIN:<26} {first_name} {last_name}")
        self.stdout.write(f"Password for every demo account: {demo_password()}")
        self.stdout.write("Wagtail admin: http://127.0.0.1:8000/admin/")
