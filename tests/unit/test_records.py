import json

from core import records


def test_case_is_saved_updated_and_erased(tmp_path):
    db = records.open_db(tmp_path / "records.db")
    reference = records.save_case(
        db,
        sender_id="abc",
        channel="rest",
        answers={"crime_type": "burglary"},
        categories=[],
        reasons=[],
        referrals=["victim-support"],
        contact={"referral_consent": False},
    )
    assert reference.startswith("VC-") and len(reference) == 9
    again = records.save_case(
        db,
        sender_id="abc",
        channel="rest",
        answers={"crime_type": "burglary"},
        categories=["vulnerable"],
        reasons=[{"category": "vulnerable", "reason": "under 18"}],
        referrals=["victim-support"],
        contact={"referral_consent": True, "contact_safe": True, "contact_method": "text"},
    )
    assert again == reference, "one conversation keeps one reference"
    case = records.case_for(db, "abc")
    assert case["status"] == "referral_requested"
    assert json.loads(case["categories"]) == ["vulnerable"]
    records.raise_flag(db, "abc", "in_danger", "rest")
    assert records.flags_for(db, "abc") == ["in_danger"]

    assert records.erase(db, "abc") == {"cases": 1, "flags": 1}
    assert records.case_for(db, "abc") is None
    assert records.flags_for(db, "abc") == []


def test_erasing_one_conversation_leaves_others(tmp_path):
    db = records.open_db(tmp_path / "records.db")
    records.raise_flag(db, "one", "self_harm")
    records.raise_flag(db, "two", "human")
    records.erase(db, "one")
    assert records.flags_for(db, "two") == ["human"]


def test_references_use_an_unambiguous_alphabet():
    refs = {records.new_case_reference() for _ in range(200)}
    assert len(refs) == 200
    assert not any(set(r[3:]) & set("01OIL") for r in refs)


def test_database_is_in_wal_mode(tmp_path):
    db = records.open_db(tmp_path / "records.db")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
