"""Learner reads kept in Django's cache between requests, so a page does not rebuild the programme
and the learner's progress each time it is served.

Every entry is stored with the tokens of what it was read from, and is used only while those
tokens are unchanged. A token is a random value: the content token changes whenever a page, a
view restriction or a quiz is saved, published, moved or deleted, and a learner's token whenever
their own records change (lesson completions, reflection answers, quiz attempts, enrolments,
roles; for lms, their charter, coaching and certification records) or their cohort's do (its
status, its sessions' dates and opening). Signals change tokens when the write happens and again
once its transaction commits (courses.signals), so a reader that raced the writer cannot keep an
answer read before the commit. An entry may also carry the moment it stops being true by itself
(a session that opens at a given time, a cohort session that opens tomorrow).

This needs a cache shared by every process that serves pages or writes these records: the
settings give one (a Redis server through CACHE_URL, else a folder on this machine). When it
cannot be reached, these reads go to the database and writes go on (what it kept then expires
within ENTRY_SECONDS); Wagtail itself needs it to route pages.
"""

import logging
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

logger = logging.getLogger(__name__)

CONTENT_TOKEN = "courses:token:content"
# Part of every entry: changed after `migrate` (a database made anew reuses ids) and after
# writes made in bulk without signals (the demo's seeding).
EVERYTHING_TOKEN = "courses:token:everything"
# Entries live at most this long, so what no signal reports (a change made in SQL) is seen.
ENTRY_SECONDS = 60 * 60


def learner_token(user_id: int) -> str:
    """A learner's seats and what opens sessions to them: enrolments, cohorts, roles."""
    return f"courses:token:learner:{user_id}"


def completions_token(user_id: int) -> str:
    """The lessons a learner completed: changed by every completion, so kept apart from the
    rest (the page after a completion reads only the completions again)."""
    return f"courses:token:completions:{user_id}"


def reflections_token(user_id: int) -> str:
    return f"courses:token:reflections:{user_id}"


def attempts_token(user_id: int) -> str:
    """A learner's quiz attempts."""
    return f"courses:token:attempts:{user_id}"


def person_tokens(user_id: int) -> list[str]:
    """Every token of one person's records kept by courses (a change to all of them)."""
    return [
        learner_token(user_id),
        completions_token(user_id),
        reflections_token(user_id),
        attempts_token(user_id),
    ]


def _tokens_change(keys: list[str]) -> None:
    try:
        cache.set_many({key: uuid.uuid4().hex for key in keys}, None)
    except Exception:  # the write goes on; entries expire within ENTRY_SECONDS
        logger.exception("The cache could not be told of a change (%s).", ", ".join(keys))


def tokens_change(keys: Iterable[str]) -> None:
    """Invalidate every entry read from `keys`: now, and again when the transaction commits."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return
    _tokens_change(keys)
    transaction.on_commit(lambda: _tokens_change(keys), robust=True)


def _tokens_current(keys: list[str], found: dict) -> tuple:
    """The tokens' values; a token never set (or evicted) gets one, so entries read before it
    was lost are not used."""
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            cache.add(key, uuid.uuid4().hex, None)
        found = {**found, **cache.get_many(missing)}
    return tuple(found.get(key) for key in keys)


def cached_read(key: str, *, tokens: list[str], read: Callable[[], tuple]) -> object:
    """The value stored under `key` while `tokens` are unchanged and it has not expired; else
    `read()`, which returns (value, valid until or None), stored for the next request.

    One cache round trip when the entry is good."""
    (value,) = cached_reads((key, tokens, read))
    return value


def cached_reads(*entries: tuple[str, list[str], Callable[[], tuple]]) -> list:
    """`cached_read` for several (key, tokens, read) entries, in one round trip."""
    entries = [(key, [EVERYTHING_TOKEN, *tokens], read) for key, tokens, read in entries]
    all_tokens = list(dict.fromkeys(token for _key, tokens, _read in entries for token in tokens))
    try:
        found = cache.get_many([key for key, _tokens, _read in entries] + all_tokens)
        current = dict(zip(all_tokens, _tokens_current(all_tokens, found), strict=True))
    except Exception:  # the cache is down, or holds what this code cannot read back
        logger.exception("The cache could not be read: reading the database.")
        return [read()[0] for _key, _tokens, read in entries]
    now = timezone.now()
    values, stored = [], {}
    for key, tokens, read in entries:
        expected = tuple(current[token] for token in tokens)
        entry = found.get(key)
        if entry is not None:
            stored_tokens, value, valid_until = entry
            if stored_tokens == expected and (valid_until is None or now < valid_until):
                values.append(value)
                continue
        value, valid_until = read()
        stored[key] = (expected, value, valid_until)
        values.append(value)
    if stored:
        try:
            cache.set_many(stored, ENTRY_SECONDS)
        except Exception:
            logger.exception("The cache could not keep %s.", ", ".join(stored))
    return values


def earliest(moments: Iterable[datetime | None]) -> datetime | None:
    """The first of the future `moments`, or None."""
    now = timezone.now()
    future = [moment for moment in moments if moment is not None and moment > now]
    return min(future, default=None)


def everything_forget(**kwargs) -> None:
    """Invalidate every entry (a receiver of post_migrate too)."""
    tokens_change([EVERYTHING_TOKEN])


def next_midnight() -> datetime:
    """The start of tomorrow in the site's time zone."""
    today = timezone.localdate()
    tomorrow = datetime.combine(today, datetime.min.time()) + timedelta(days=1)
    return timezone.make_aware(tomorrow)
