"""DATABASE_URL becomes Rasa's tracker store endpoint without the password leaking anywhere."""

import os
import stat
from pathlib import Path

import pytest
from rasa.core.utils import AvailableEndpoints

from core import database

ROOT = Path(__file__).resolve().parents[2]
# Every character that means something in a URL, in YAML or to Rasa's ${...} expansion.
PASSWORD = "p@ss:w/rd%${HOME}'\"#\\u0041"
URL = (
    "postgresql://victims:p%40ss%3Aw%2Frd%25%24%7BHOME%7D%27%22%23%5Cu0041"
    "@db.example:6543/victims?sslmode=require"
)


def write_endpoints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    var = tmp_path / "var"
    var.mkdir(mode=0o700)
    path = var / "endpoints.yml"
    path.write_text((ROOT / "endpoints.yml").read_text())
    monkeypatch.setenv("DATABASE_URL", URL)
    assert database.main(["endpoints", str(path)]) == 0
    return path


def test_rasa_reads_every_part_of_the_url(tmp_path, monkeypatch):
    path = write_endpoints(tmp_path, monkeypatch)
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "token")

    endpoints = AvailableEndpoints.read_endpoints(str(path))

    store = endpoints.tracker_store
    assert store.type == database.TRACKER_STORE_CLASS
    assert store.url == "db.example"
    assert store.kwargs == {
        "dialect": "postgresql",
        "port": 6543,
        "db": "victims",
        "username": "victims",
        "password": PASSWORD,
        "query": {"sslmode": "require"},
    }
    assert endpoints.action.headers == {"Authorization": "Bearer token"}, "the rest is kept"


def test_the_endpoints_file_is_private_and_the_password_never_printed(
    tmp_path, monkeypatch, capsys
):
    path = write_endpoints(tmp_path, monkeypatch)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert path.read_text().count("tracker_store:") == 1
    printed = capsys.readouterr()
    assert "victims on db.example:6543" in printed.out
    assert "p@ss" not in printed.out + printed.err


def test_a_folder_others_can_read_is_refused(tmp_path, monkeypatch, capsys):
    path = tmp_path / "endpoints.yml"
    path.write_text("tracker_store:\n  type: x\n")
    os.chmod(tmp_path, 0o755)
    monkeypatch.setenv("DATABASE_URL", URL)
    assert database.main(["endpoints", str(path)]) == 1
    assert "type: x" in path.read_text()


@pytest.mark.parametrize(
    "url, problem",
    [
        ("mysql://u:secret@h/db", "must start with postgresql://"),
        ("postgresql://u:secret@h:port/db", "not a database URL"),
        ("postgresql://u:secret@h", "names no database"),
    ],
)
def test_a_bad_url_is_named_without_its_password(url, problem):
    with pytest.raises(database.BadDatabaseUrl) as raised:
        database.parse(url)
    assert problem in str(raised.value) and "secret" not in str(raised.value)


def test_postgres_scheme_and_ipv6_hosts():
    url = database.parse("postgres://u@[::1]:5432/victims")
    assert url.drivername == "postgresql"
    assert database.tracker_store_endpoint(url)["url"] == "[::1]"
