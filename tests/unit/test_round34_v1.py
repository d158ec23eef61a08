"""Round 34 answers (helper V1): urgent safety and practical questions five role-players asked
mid-conversation that got "I can't answer", a repeat, or the wrong answer.

- Amina, 36, leaving her violent husband tonight with three children: what to take, what if the
  refuge is full, can Brent council give them a room tonight, can he take the children.
- Kwabena, 34, e-bike robbed at knifepoint, tracker showed it in Plumstead: should he go and get
  it himself, and what about the wages he lost when he wasn't injured.
- Bogdan, 41, broken nose a week after a robbery: A&E or a doctor; compensation without police.
- Derek, 72, moved £9,000 after a fake bank call: will they try again, posing as police.
- Gloria, 67, handbag snatched with her pension card and keys: the card, and not wanting to
  sleep at home before the locks are changed.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

from actions import questions

NEW = (
    "utter_what_to_take_when_leaving",
    "utter_council_housing_tonight",
    "utter_leaving_with_the_children",
    "utter_dont_go_after_it",
    "utter_lost_earnings",
    "utter_broken_nose",
    "utter_cica_report_injury_only",
    "utter_scammers_try_again",
    "utter_stolen_pension_card",
    "utter_not_sleeping_there_tonight",
)
PARTNER = {"relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 34, helper V1", ({}, {"for_someone_else": True}, {"cannot_phone": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_the_new_names_are_defined_once():
    source = Path(questions.__file__).read_text()
    names = re.findall(r"^(_[A-Z][A-Z0-9_]*|def \w+)", source, flags=re.M)
    block = source[source.index("# -- round 34, helper V1 --\n") :].split("\ndef known_answer(")[0]
    for name in re.findall(r"^(_[A-Z][A-Z0-9_]*|def \w+)", block, flags=re.M):
        assert names.count(name) == 1, name


# -- 1. Amina: leaving tonight with three children -------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "ok I call them. but if refuge full? and no money for taxi or food. what I take with me",
        "passport? children papers? I must take? please quick",
        "what should I take when I leave?",
        "do I need to bring the kids birth certificates?",
    ],
)
def test_what_to_take_when_leaving(said):
    assert answer(said, "domestic_abuse", **PARTNER) == "utter_what_to_take_when_leaving"


def test_brent_council_room_tonight():
    said = "no time for many question. can Brent council give us room tonight?"
    assert answer(said, "domestic_abuse", **PARTNER) == "utter_council_housing_tonight"
    assert (
        answer("will the council find us somewhere to stay tonight?", "domestic_abuse")
        == "utter_council_housing_tonight"
    )


def test_he_cannot_just_take_the_children():
    said = "no police. I am scared he take the children from me if I go. can he?"
    assert answer(said, "domestic_abuse", **PARTNER) == "utter_leaving_with_the_children"
    assert (
        answer("is it kidnapping if I take the kids with me?", "domestic_abuse", **PARTNER)
        == "utter_leaving_with_the_children"
    )


@pytest.mark.parametrize(
    "said, crime_type",
    [
        # Chantelle (round 29): whether a refuge will take her is the refuge answer.
        (
            "will they take me tonite with the baby? what do i bring i got no money hes got my "
            "bank card",
            "domestic_abuse",
        ),
        ("what should I take to the police station?", "assault"),
        ("what do I bring to court?", "assault"),
        ("can the council move me? the neighbours keep shouting abuse", "hate_crime"),
        ("will social services take my baby if I tell them?", "domestic_abuse"),
        ("my passport was in the bag they took, what do I do?", "robbery"),
        ("the council said they cant help, what now?", "stalking_harassment"),
        ("he took the car keys and left", "domestic_abuse"),
    ],
)
def test_ordinary_messages_are_not_the_leaving_answers(said, crime_type):
    got = answer(said, crime_type)
    assert got not in (
        "utter_what_to_take_when_leaving",
        "utter_council_housing_tonight",
        "utter_leaving_with_the_children",
    ), (said, got)


# -- 2. Kwabena: the tracked e-bike and lost wages ---------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "34. the tracker showed it in plumstead for like an hour before it died. should i go look "
        "for it myself?",
        "strangers. 2 young guys with balaclavas. my mate says we should go plumstead and get it "
        "back ourselves",
    ],
)
def test_dont_go_after_the_bike(said):
    assert answer(said, "robbery") == "utter_dont_go_after_it"


@pytest.mark.parametrize(
    "said",
    [
        "no. i wasnt injured tho so thats no good? what about the wages i lost",
        "no first time. but what about money? i cant work without the bike, rent is due. is there "
        "compensation or something",
    ],
)
def test_lost_wages_without_an_injury(said):
    assert answer(said, "robbery") in ("utter_lost_earnings", "utter_l6_damage_and_lost_earnings")


@pytest.mark.parametrize(
    "said, crime_type, expected",
    [
        # Tyrone (round 27), a phone located by Find My: the tracked-phone answer.
        (
            "find my iphone says its in a flat in brixton rn. can i just go get it",
            "robbery",
            "utter_tracked_property",
        ),
        # Gary (round 29), a threat to go round: the don't-go-round answer, with no weapon
        # named, as he named none (round 41, J2).
        (
            "im about ready to go round there and sort them out myself",
            "criminal_damage",
            "utter_j2_dont_go_round_neighbours",
        ),
    ],
)
def test_older_tracked_and_retaliation_answers_stay(said, crime_type, expected):
    assert answer(said, crime_type) == expected


@pytest.mark.parametrize(
    "said, crime_type",
    [
        ("will I lose pay for the days at court?", "assault"),
        ("who pays for the days I lose going to court as a witness?", "robbery"),
        ("I lost my keys as well, can you help?", "robbery"),
        ("im going to look for a new job", "assault"),
        ("can you look for a service near me?", "robbery"),
        ("i was hurt quite badly, can i claim?", "assault"),
    ],
)
def test_ordinary_messages_are_not_the_bike_or_wages_answers(said, crime_type):
    got = answer(said, crime_type)
    assert got not in ("utter_dont_go_after_it", "utter_lost_earnings"), (said, got)


# -- 3. Bogdan: a broken nose a week on, and compensation without the police ------------------


@pytest.mark.parametrize(
    "said",
    [
        "nose hurt, still swell. i go A&E? is one week now. also sleep bad",
        "multumesc. but nose? i go doctor or no",
    ],
)
def test_broken_nose_a_week_on(said):
    assert answer(said, "robbery") == "utter_broken_nose"


@pytest.mark.parametrize(
    "said",
    [
        "compensation i can get if i not tell police?",
        "no i ask about money. CICA. they pay me if no police report?",
    ],
)
def test_compensation_without_the_police(said):
    assert answer(said, "robbery") == "utter_cica_report_injury_only"


@pytest.mark.parametrize(
    "said, crime_type",
    [
        ("he hit me in the face, my nose is bleeding and it wont stop", "assault"),
        ("i dont want to be nosey but who will see this?", "robbery"),
        ("my neighbour is so nosy, is that harassment?", "stalking_harassment"),
        ("do i have to report it to police to get compensation?", "assault"),
        ("will the support service tell the police?", "robbery"),
    ],
)
def test_ordinary_messages_are_not_the_nose_or_cica_answers(said, crime_type):
    got = answer(said, crime_type)
    assert got not in ("utter_broken_nose", "utter_cica_report_injury_only"), (said, got)


# -- 4. Derek: will they try again? --------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No, just the once. Though my daughter says they may try again?",
        "No. Possibly my age. Sorry I didnt answer, you did not say whether they will try again, "
        "should I be worried about that",
        "I wear a hearing aid, that is all. Please can you answer my question about them trying "
        "again",
        "Thank you. One last thing, will the scammers ring me again? Somebody said they sometimes "
        "pretend to be police after",
    ],
)
def test_scammers_may_try_again(said):
    assert answer(said, "fraud") == "utter_scammers_try_again"


@pytest.mark.parametrize(
    "said, crime_type, not_expected",
    [
        ("He is ringing again today, what do I say to him?", "fraud", True),
        ("should I pay the release fee to get my money back?", "fraud", True),
        ("can I try again later? im busy now", "fraud", True),
        ("i will try again to call the bank", "fraud", True),
        ("he might try again to get in the house", "burglary", True),
    ],
)
def test_ordinary_messages_are_not_the_try_again_answer(said, crime_type, not_expected):
    assert answer(said, crime_type) != "utter_scammers_try_again", said


# -- 5. Gloria: the pension card, and not sleeping at home tonight ------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No first time. You never answer me about the pension card though",
        "Just my knees and a bit of sugar diabetes. Please love somebody tell me what to do with "
        "the pension card, can he take out my money??",
    ],
)
def test_the_stolen_pension_card(said):
    assert answer(said, "robbery") == "utter_stolen_pension_card"


def test_which_number_first_still_wins_when_asked_with_the_card():
    said = (
        "Doreen say I should ring the police, is it 999 or the other one? And what about my "
        "pension card, the money is in the post office account"
    )
    assert answer(said, "robbery") == "utter_report_when_its_over"


def test_not_sleeping_there_tonight_without_new_locks():
    said = (
        "Yes please pass it on. Will somebody ring me today? I dont really want to sleep there "
        "tonight with no lock change"
    )
    assert answer(said, "robbery") == "utter_not_sleeping_there_tonight"


@pytest.mark.parametrize(
    "said, crime_type, answers",
    [
        ("I dont want to go back home tonight, hes there", "domestic_abuse", PARTNER),
        ("I dont want to stay at home alone, can someone come?", "assault", {}),
        ("what about my bus pass?", "robbery", {}),
        ("my bank card was in the bag, what do I do?", "robbery", {}),
        ("should I get the locks changed?", "burglary", {}),
    ],
)
def test_ordinary_messages_are_not_the_card_or_tonight_answers(said, crime_type, answers):
    got = answer(said, crime_type, **answers)
    assert got not in ("utter_stolen_pension_card", "utter_not_sleeping_there_tonight"), (
        said,
        got,
    )


@pytest.mark.parametrize(
    "said, crime_type",
    [
        ("does it cover the money i lost from work? i missed 4 weeks at work", "serious_violence"),
        (
            "so the CICA one, will they pay me for lost wages? I've lost 2 weeks money already and "
            "it's going to be 6 more",
            "assault",
        ),
    ],
)
def test_someone_injured_asking_about_the_injury_scheme_is_not_the_lost_wages_answer(
    said, crime_type
):
    assert answer(said, crime_type) != "utter_lost_earnings"


@pytest.mark.parametrize(
    "said",
    ["should i go look for my keys? i think i dropped them", "can i go and look for it later"],
)
def test_looking_for_lost_things_is_not_the_dont_go_answer(said):
    assert answer(said, "robbery") != "utter_dont_go_after_it"
