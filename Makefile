# Two commands on a fresh machine: `make run` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
STAMP := $(VENV)/.installed
# pytest-xdist processes for `make test` (the CI machine has 2 cores).
TEST_WORKERS ?= 2

.PHONY: setup run test lint messages clean worker bench

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	$(BIN)/pip install --quiet --no-deps -c constraints.txt openbadges  # pins an old click
	$(BIN)/python manage.py compilemessages --ignore=.venv -v 0
	touch $(STAMP)

run: setup
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py run_with_worker --port $(PORT)

worker: setup
	$(BIN)/celery -A lms worker --beat -l info --concurrency 2

test: setup
	$(BIN)/python manage.py compilemessages --ignore=.venv -v 0
	$(BIN)/pytest -n $(TEST_WORKERS)

# Performance figures against references measured in the same run, on a PostgreSQL database of
# its own (BENCH_DATABASE_URL); writes bench/RESULTS.md. BENCH_QUICK=1 for a smoke run.
bench: setup
	BENCH_WRITE=$${BENCH_WRITE:-1} $(BIN)/python -m bench.run

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Extract UI strings: lms and the shared templates into locale/; each app, and the quizzes and
# cohorts parts of courses, into their own locale/ (their templates come in through the
# _templates and _email_templates links).
messages: setup
	env -u DJANGO_SETTINGS_MODULE $(BIN)/django-admin makemessages -l fr -l en --no-obsolete \
		--ignore=.venv --ignore=var --ignore=tests --ignore=bench --ignore=docs \
		--ignore=test-artifacts --ignore=courses --ignore=charter --ignore=coaching \
		--ignore=templates/courses --ignore=templates/charter --ignore=templates/coaching \
		--ignore=templates/emails/charter --ignore=templates/emails/coaching \
		--ignore=templates/emails/cohorts \
		--ignore=lms/certification --ignore=lms/hr --ignore=lms/audit --ignore=lms/privacy \
		--ignore=lms/operations --ignore=templates/certification --ignore=templates/hr \
		--ignore=templates/audit --ignore=templates/privacy --ignore=templates/operations \
		--ignore=templates/emails/certification --ignore=templates/emails/hr \
		--ignore=templates/emails/audit --ignore=templates/emails/privacy \
		--ignore=templates/emails/operations
	for part in courses/quizzes courses/cohorts lms/certification lms/hr lms/audit lms/privacy \
			lms/operations; do \
		(cd $$part && env -u DJANGO_SETTINGS_MODULE $(CURDIR)/$(BIN)/django-admin makemessages \
			-l fr -l en --no-obsolete --symlinks); done
	for app in courses charter coaching; do \
		(cd $$app && env -u DJANGO_SETTINGS_MODULE $(CURDIR)/$(BIN)/django-admin makemessages \
			-l fr -l en --no-obsolete --symlinks --ignore=quizzes --ignore=cohorts \
			--ignore=models/quizzes.py --ignore=models/cohorts.py); done

clean:
	rm -rf $(VENV) var db.sqlite3 staticfiles
