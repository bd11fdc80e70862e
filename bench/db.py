"""The benchmark's own PostgreSQL database: created fresh for each run, dropped at the end."""

from urllib.parse import urlsplit

import psycopg
from psycopg import sql


def _maintenance(url: str):
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name or name in {"postgres", "template0", "template1", "test"}:
        raise SystemExit(f"Refusing to use the database {name!r}: name one of its own.")
    admin_url = parts._replace(path="/postgres").geturl()
    return psycopg.connect(admin_url, autocommit=True), name


def database_recreate(url: str) -> None:
    connection, name = _maintenance(url)
    with connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def database_drop(url: str) -> None:
    connection, name = _maintenance(url)
    with connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def server_version(url: str) -> str:
    connection, _name = _maintenance(url)
    with connection:
        return connection.execute("SHOW server_version").fetchone()[0]
