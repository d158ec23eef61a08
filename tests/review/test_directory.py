"""The directory page: free-text search through the directory's FTS5 index, the four filters,
what each entry shows, who may open it, its audit entry, and hostile query strings.

Most tests run on a small directory of our own, loaded with ``referrals.store`` before the app
starts (the app keeps a table it finds), so they do not move when the real directory is edited;
one checks that an app with no table loads the real ``referrals/directory.yml``.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils
from markupsafe import escape

from referrals.directory import Contact, Organisation, Serves, load_directory
from referrals.store import build_directory_db
from review import organisations
from tests.support import review_server
from tests.support.review_server import Client, Server

WORKER = ("wendy", "W long pass phrase 1")
ADMIN = ("adam", "A long pass phrase 2")
HOSTILE_NOTE = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def org(
    org_id: str,
    name: str,
    helps_with: str,
    *,
    crime_types: tuple[str, ...] = ("any",),
    boroughs: tuple[str, ...] = ("any",),
    languages: tuple[str, ...] = ("english",),
    needs: tuple[str, ...] = (),
    min_age: int | None = None,
    contact: Contact | None = None,
    source: tuple[str, ...] | None = None,
    hours: str | None = None,
    notes: str | None = None,
) -> Organisation:
    return Organisation(
        id=org_id,
        name=name,
        helps_with=helps_with,
        specialist=False,
        general=False,
        serves=Serves(
            crime_types=crime_types,
            boroughs=boroughs,
            languages=languages,
            needs=needs,
            min_age=min_age,
        ),
        contact=contact or Contact(phone="0800 000 0000"),
        source=source or (f"https://{org_id}.example.org/about",),
        checked=dt.date(2026, 10, 1),
        hours=hours,
        notes=notes,
    )


DIRECTORY = [
    org(
        "hackney-stalking-help",
        "Hackney Stalking Help",
        "Advocates for people being stalked in Hackney.",
        crime_types=("stalking_harassment",),
        boroughs=("hackney",),
        languages=("english", "polish"),
        needs=("safety",),
        hours="Monday to Friday, 9am to 5pm",
        min_age=16,
    ),
    org(
        "london-court-friends",
        "London Court Friends",
        "Someone beside you before and at court.",
        boroughs=("london",),
        needs=("court",),
        source=("reference: pack.md section 2 (no web address given)",),
    ),
    org(
        "national-crime-line",
        "National Crime Line",
        "A national helpline for anyone affected by crime.",
        languages=("any",),
        contact=Contact(phone="0800 111 2222", web="https://national-crime-line.example.org"),
    ),
    org(
        "fraud-recovery",
        "Fraud Recovery Service",
        "Help to recover after fraud and scams.",
        crime_types=("fraud",),
        needs=("practical", "information"),
        notes=HOSTILE_NOTE,
        source=("javascript:alert(3)", "https://fraud-recovery.example.org/"),
    ),
]
NAMES = {o.id: o.name for o in DIRECTORY}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    work = tmp_path_factory.mktemp("review-directory")
    build_directory_db(work / "records.db", DIRECTORY).close()
    with review_server.running(work, work / "rasa.db", work / "records.db") as running:
        running.add_user(WORKER[0], "worker", WORKER[1])
        running.add_user(ADMIN[0], "admin", ADMIN[1])
        yield running


def signed_in(server: Server, who: tuple[str, str] = WORKER) -> Client:
    client = server.client()
    assert client.login(*who).status_code == 302
    return client


def shown(client: Client, **params: str) -> set[str]:
    """The ids of the organisations the page lists."""
    response = client.get("/directory", params=params)
    assert response.status_code == 200, response.text[:500]
    return set(re.findall(r'<h2 id="org-([^"]+)">', response.text))


def test_signed_out_visitors_are_sent_to_log_in(server: Server) -> None:
    response = server.client().get("/directory", params={"q": "court"})
    assert response.status_code == 302
    assert response.headers["location"] == "/login?next=%2Fdirectory"


def test_workers_and_admins_see_every_organisation_by_name(server: Server) -> None:
    assert shown(signed_in(server)) == set(NAMES)
    page = signed_in(server, ADMIN).get("/directory").text
    names = re.findall(r'<h2 id="org-[^"]+">([^<]+)</h2>', page)
    assert names == sorted(names, key=str.lower)


def test_the_navigation_links_to_the_directory(server: Server) -> None:
    assert 'href="/directory"' in signed_in(server).get("/queue").text


def test_search_finds_organisations_by_word(server: Server) -> None:
    client = signed_in(server)
    assert shown(client, q="court") == {"london-court-friends"}
    assert shown(client, q="stalked") == {"hackney-stalking-help"}, "by stem too"
    assert shown(client, q="SCAMS fraud") == {"fraud-recovery"}, "every word, any case"
    assert shown(client, q="Fraud Recovery") == {"fraud-recovery"}, "names are searched"
    assert shown(client, q="court fraud") == set(), "all the words must be there"
    assert "No organisations match." in client.get("/directory", params={"q": "zebra"}).text


def test_each_filter_narrows_the_list(server: Server) -> None:
    client = signed_in(server)
    everyone = set(NAMES)
    cases = {
        "need": ("court", {"london-court-friends"}),
        "crime_type": ("fraud", everyone - {"hackney-stalking-help"}),
        "borough": ("camden", everyone - {"hackney-stalking-help"}),
        "language": ("Polish", {"hackney-stalking-help", "national-crime-line"}),
    }
    for name, (value, expected) in cases.items():
        assert shown(client, **{name: value}) == expected, name
        assert expected < everyone, f"{name} narrows"
    assert shown(client, borough="outside_london") == {"national-crime-line", "fraud-recovery"}
    assert shown(client, borough="hackney") == everyone
    assert shown(client, q="help") == {"hackney-stalking-help", "fraud-recovery"}
    assert shown(client, q="help", crime_type="stalking_harassment") == {"hackney-stalking-help"}, (
        "a filter narrows a search too"
    )


def test_a_filter_value_not_on_the_form_is_ignored(server: Server) -> None:
    client = signed_in(server)
    assert shown(client, need="<b>court</b>", crime_type="1 OR 1", borough="mars") == set(NAMES)


def test_an_entry_shows_what_it_does_who_it_serves_contact_sources_and_checked_date(
    server: Server,
) -> None:
    page = signed_in(server).get("/directory", params={"q": "stalked"}).text
    entry = page.split('id="org-hackney-stalking-help"')[1]
    assert "Advocates for people being stalked in Hackney." in entry
    assert "stalking harassment" in entry and "16 and over" in entry
    assert "Hackney" in entry and "english, polish" in entry and "safety" in entry
    assert "Phone 0800 000 0000" in entry and "Monday to Friday, 9am to 5pm" in entry
    assert '<a href="https://hackney-stalking-help.example.org/about">' in entry
    assert '<time datetime="2026-10-01">1 October 2026</time>' in entry

    page = signed_in(server).get("/directory", params={"q": "court"}).text
    entry = page.split('id="org-london-court-friends"')[1]
    assert "reference: pack.md section 2 (no web address given)</li>" in entry, "shown as text"
    assert "all of London" in entry


def test_directory_text_is_escaped_and_only_web_addresses_become_links(server: Server) -> None:
    page = signed_in(server).get("/directory", params={"q": "fraud"}).text
    assert str(escape(HOSTILE_NOTE)) in page
    assert "<script>" not in page and "<img" not in page
    assert 'href="javascript:' not in page and "javascript:alert(3)" in page
    assert '<a href="https://fraud-recovery.example.org/">' in page


HOSTILE_QUERIES = [
    '"',
    '""',
    '"unbalanced',
    "*",
    "stalk*",
    "NEAR(",
    "NEAR(court help, 2)",
    "court OR fraud",
    "NOT court",
    "name:court",
    "^court",
    "court AND (",
    "\x00court",
    "'; DROP TABLE organisations; --",
    "<script>alert(1)</script>",
    "x" * 5000,
    ('"court" NEAR(help, 2) * ' * 250)[:5000],
    "court " * 1000,
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_a_hostile_query_gives_a_normal_page(server: Server, query: str) -> None:
    client = signed_in(server)
    for params in ({"q": query}, {"language": query[:1000], "need": query[:1000]}):
        response = client.get("/directory", params=params)
        assert response.status_code == 200
        assert "<h1>Directory</h1>" in response.text
        assert "<script>" not in response.text
        assert "Content-Security-Policy" in response.headers
    assert shown(client) == set(NAMES), "the table is still there"


def test_a_query_string_too_long_for_sanic_is_refused_before_the_app(server: Server) -> None:
    # Sanic refuses a request line and headers over 8 KiB itself: a 413, never a 500.
    response = signed_in(server).get("/directory", params={"q": '"' * 5000})
    assert response.status_code == 413


def test_the_page_has_the_security_headers(server: Server) -> None:
    headers = signed_in(server).get("/directory").headers
    assert "script-src 'none'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["cache-control"] == "no-store"


def test_each_view_is_audited_without_the_words_searched(server: Server) -> None:
    client = signed_in(server)
    client.get("/directory", params={"q": "confidential words", "need": "court"})
    with sqlite3.connect(server.env["REVIEW_DB"]) as conn:
        rows = conn.execute(
            "SELECT user, role, action, detail FROM audit WHERE action = 'view_directory' "
            "ORDER BY id DESC LIMIT 1"
        ).fetchall()
        everything = str(conn.execute("SELECT * FROM audit").fetchall())
    assert rows == [(WORKER[0], "worker", "view_directory", "filters: q, need")]
    assert "confidential" not in everything


def test_the_app_loads_the_directory_file_when_the_table_is_missing(tmp_path: Path) -> None:
    with review_server.running(tmp_path, tmp_path / "rasa.db", tmp_path / "records.db") as app:
        app.add_user(WORKER[0], "worker", WORKER[1])
        page = signed_in(app).get("/directory").text
    for entry in load_directory():
        assert str(escape(entry.name)) in page


# --------------------------------------------------------- the search itself, no HTTP ----


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    return build_directory_db(tmp_path / "records.db", DIRECTORY)


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=range(len(HOSTILE_QUERIES)))
def test_find_never_raises(db: sqlite_utils.Database, query: str) -> None:
    found = organisations.find(db, organisations.filters_from({"q": query}))
    assert all(entry.id in NAMES for entry in found)


def test_no_table_means_no_entries(tmp_path: Path) -> None:
    empty = sqlite_utils.Database(tmp_path / "empty.db")
    assert not organisations.table_ready(empty)
    assert organisations.find(empty, organisations.DirectoryFilters(q="court")) == []
    assert organisations.languages(empty) == []
