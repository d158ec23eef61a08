"""Round 78, helper k78g: services that fit (Gary, a man hit by his wife; Margaret, 80, whose
grandson takes her money; Rose, for Elsie, 88, robbed by a stranger)."""

from __future__ import annotations

from known_answers import answer, sendable

from referrals.matching import match_organisations

GARY = {"relationship_to_offender": "partner_or_ex", "age": 58}


def test_gary_anything_for_men_gets_the_answer_for_men() -> None:
    text = (
        "dunno. someone to talk to maybe. is there actually anything for men or is it all "
        "womens refuges and that"
    )
    assert answer(text, "domestic_abuse", **GARY, gender="man") == "utter_for_men_too"
    assert answer(text, "assault", **GARY) == "utter_for_men_too"


def test_gary_nothing_for_blokes_gets_the_answer_for_men() -> None:
    text = "so nothing for blokes then. figured. dont know why i bothered"
    assert answer(text, "domestic_abuse", **GARY, gender="man") == "utter_for_men_too"


def test_refuge_questions_keep_the_refuge_answer() -> None:
    # Negatives: asking how to go to a refuge is still answered about refuges.
    said = answer("can i go to a refuge with my kids?", "domestic_abuse", **GARY)
    assert said != "utter_for_men_too"


def test_gary_a_man_abused_by_his_wife_gets_the_mens_advice_line() -> None:
    ids = [
        org.id
        for org in match_organisations(
            {"crime_type": "domestic_abuse", **GARY, "gender": "man", "borough": "havering"}
        )
    ]
    assert ids[0] == "mens-advice-line"
    assert "national-domestic-abuse-helpline" not in ids


MARGARET = {
    "relationship_to_offender": "family_member",
    "age": 80,
    "gender": "woman",
    "borough": "richmond",
    "repeat_victimisation": True,
    "needs": ["information", "emotional"],
}


def test_margaret_80_abused_by_her_grandson_gets_hourglass() -> None:
    for crime in ("domestic_abuse", "theft", "stalking_harassment"):
        ids = [org.id for org in match_organisations({"crime_type": crime, **MARGARET})]
        assert ids[0] == "hourglass-helpline", (crime, ids)


def test_hourglass_not_for_younger_or_stranger_crime() -> None:
    younger = [
        o.id for o in match_organisations({"crime_type": "domestic_abuse", **MARGARET, "age": 45})
    ]
    assert "hourglass-helpline" not in younger
    elsie = {
        "crime_type": "burglary",
        "relationship_to_offender": "stranger",
        "age": 88,
        "borough": "barnet",
    }
    assert "hourglass-helpline" not in [o.id for o in match_organisations(elsie)]


ELSIE = {"relationship_to_offender": "stranger", "age": 88, "for_someone_else": True}


def test_rose_older_people_for_a_stranger_crime_is_not_hourglass() -> None:
    text = (
        "Is there nothing for older people like Age UK? Yes please pass it on, Elsie says yes. "
        "Best to contact me and I'll go round with them, or even better if someone could visit "
        "her. My number is 07700 900288, I'm Rose"
    )
    assert answer(text, "burglary", **ELSIE) == "utter_k78g_older_people_stranger"
    for said in sendable("utter_k78g_older_people_stranger", for_someone_else=True):
        assert "Hourglass" not in said and len(said) <= 320
    for said in sendable("utter_k78g_older_people_stranger"):
        assert len(said) <= 320


def test_older_people_abused_by_family_keep_hourglass() -> None:
    text = "is there someone for older people, my neighbour said age uk"
    assert answer(text, "theft", relationship_to_offender="family_member", age=79) == (
        "utter_y3_older_people_help"
    )
