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
    return f"courses:token:learner:{user_id}"


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
    tokens = [EVERYTHING_TOKEN, *tokens]
    try:
        found = cache.get_many([key, *tokens])
        current = _tokens_current(tokens, found)
    except Exception:  # the cache is down, or holds what this code cannot read back
        logger.exception("The cache could not be read (%s): reading the database.", key)
        return read()[0]
    entry = found.get(key)
    if entry is not None:
        stored_tokens, value, valid_until = entry
        if stored_tokens == current and (valid_until is None or timezone.now() < valid_until):
            return value
    value, valid_until = read()
    try:
        cache.set(key, (current, value, valid_until), ENTRY_SECONDS)
    except Exception:
        logger.exception("The cache could not keep %s.", key)
    return value


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
