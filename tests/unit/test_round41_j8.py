"""Round 41 answers (helper J8): the questions the held-out conversations ask while the borough
question is pending, each written fresh. They got "I can't answer", nothing, or another answer
(the sexual-assault answer to a knife threat, the sextortion answer to blackmail over an affair,
home security to a landlord changing the locks, the bank refund to "how will I know it's really
the bank", MORE to "can the council move me somewhere else?").

Each question is tested with the words asked, three or more other wordings, and ordinary
messages that must not get its answer, in the context the bot had (the answers given before).
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

NEW = (
    "utter_q41_man_believed",
    "utter_q41_refuge_address_secret",
    "utter_q41_threat_is_a_crime",
    "utter_q41_blackmail_dont_pay",
    "utter_q41_report_unknown_account",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 41, helper J8", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize("name", NEW)
def test_someone_else_gets_their_own_wording(name):
    mine, theirs = sendable(name), sendable(name, for_someone_else=True)
    assert len(mine) == len(theirs) == 1 and mine != theirs


DA_MAN = {"relationship_to_offender": "partner_or_ex", "age": 38, "reported_to_police": False}
DA_WOMAN = {"relationship_to_offender": "partner_or_ex", "age": 29, "reported_to_police": False}
REFUGE = {"relationship_to_offender": "partner_or_ex", "age": 33, "reported_to_police": True}
NUDES = {"relationship_to_offender": "partner_or_ex", "age": 24, "repeat_victimisation": True}
EXPOSURE = {"relationship_to_offender": "stranger", "age": 58, "reported_to_police": True}
STALKED = {"relationship_to_offender": "partner_or_ex", "age": 28, "reported_to_police": False}
NURSE = {"relationship_to_offender": "stranger", "age": 44, "reported_to_police": True}
KNIFE = {"relationship_to_offender": "someone_known", "age": 40, "reported_to_police": True}
SNATCH = {"relationship_to_offender": "stranger", "age": 27, "reported_to_police": True}
BINGO = {"relationship_to_offender": "unknown", "age": 72, "reported_to_police": True}
BANK = {"age": 90, "impairment": True}
ID_FRAUD = {"age": 41, "reported_to_police": True}
SWASTIKA = {"age": 64, "reported_to_police": True, "hate_motivated": True}
TIKTOK = {"relationship_to_offender": "unknown", "age": 22, "hate_motivated": True}
DOG = {"relationship_to_offender": "someone_known", "age": 63, "reported_to_police": True}
EVICTED = {"relationship_to_offender": "someone_known", "age": 38}
BLACKMAIL = {"age": 50, "reported_to_police": False, "fear_of_giving_evidence": True}
RAPED_MAN = {"age": 38}
BUS = {"reported_to_police": True, "language": "polish"}
RACIST = {
    "relationship_to_offender": "someone_known",
    "age": 50,
    "reported_to_police": True,
    "hate_motivated": True,
}

# (expected response, crime type, answers, the words asked first, then other wordings)
CASES = {
    "man_believed": (
        "utter_q41_man_believed",
        "domestic_abuse",
        DA_MAN,
        [
            "will the police actually believe a bloke got hit by his girlfriend?",
            "would they even believe me, a man getting hit by his wife?",
            "will the police take me seriously as a man?",
            "are they just gonna laugh at me cos im a guy and shes a woman?",
            "do the police believe men who say their partner hits them?",
        ],
    ),
    "same_sex": (
        "utter_about_organisation",
        "domestic_abuse",
        DA_WOMAN,
        [
            "is there anyone who gets what it's like in a same sex relationship?",
            "is there a service that understands same-sex relationships?",
            "is there an lgbt charity that could help?",
            "any organisation that works with gay couples?",
        ],
    ),
    "refuge": (
        "utter_q41_refuge_address_secret",
        "domestic_abuse",
        REFUGE,
        [
            "can he find out which refuge I am in?",
            "could he find out where the refuge is?",
            "is the refuge address kept secret?",
            "will anyone tell him which refuge im at?",
        ],
    ),
    "images_off": (
        "utter_images_off_phones",
        "online_abuse",
        NUDES,
        [
            "how do i get the photos taken off the site?",
            "can they take my nudes down off insta?",
            "how do I get the pictures removed from the website?",
            "is there a way to get the pics off instagram?",
        ],
    ),
    "exposure": (
        "utter_exposure_is_a_crime",
        "sexual_offence",
        EXPOSURE,
        [
            "is flashing actually a crime or just being a creep?",
            "is it illegal to expose yourself like that?",
            "does a man flashing you count as a crime?",
            "is indecent exposure even an offence?",
        ],
    ),
    "keep_away": (
        "utter_protection_order",
        "stalking_harassment",
        STALKED,
        [
            "can the police make him stay away from me?",
            "can I get him to stay away from me?",
            "is there a way to make him keep away from me?",
            "can they order him to stay away from my house?",
        ],
    ),
    "at_work": (
        "utter_emergency_workers_law",
        "assault",
        NURSE,
        [
            "does it count more because i was at work in the hospital?",
            "is it more serious because im a nurse?",
            "does it make a difference that i'm an NHS worker?",
        ],
    ),
    "threat": (
        "utter_q41_threat_is_a_crime",
        "assault",
        KNIFE,
        [
            "he didn't touch me so is it even a crime?",
            "he never actually hurt me, does it still count?",
            "nobody got hurt so is it even illegal?",
            "is it a crime if he didnt touch me?",
        ],
    ),
    "tracked": (
        "utter_tracked_property",
        "robbery",
        SNATCH,
        [
            "should i go to the address find my iphone shows?",
            "can i go round to where the tracker says it is?",
            "find my phone is showing a house in kentish town, should i go there?",
            "should I go and get it back, the airtag location is showing a flat",
        ],
    ),
    "fingerprints": (
        # -- round 71, helper x71c --: BINGO has reported it, so not "When you report it" (Gwen).
        "utter_x71c_burglary_fingerprints_reported",
        "burglary",
        BINGO,
        [
            "will the police come round to look for fingerprints?",
            "are they going to send someone for forensics?",
            "will someone come and dust for prints?",
            "will the police come out to the house?",
        ],
    ),
    "really_the_bank": (
        "utter_g4_stop_scam_calls",
        "fraud",
        BANK,
        [
            "how will I know if the bank phones me for real next time?",
            "how can I tell it's really my bank calling?",
            "if the bank rings me again how do i know it's genuine?",
            "how do I check a call is actually from the bank?",
        ],
    ),
    "identity": (
        "utter_identity_fraud",
        "fraud",
        ID_FRAUD,
        [
            "how do i stop them opening more accounts in my name?",
            "can I stop more loans being taken out in my name?",
            "what do i do to stop them using my identity again?",
            "how do I stop anyone getting credit cards in my name?",
        ],
    ),
    "jewish": (
        "utter_about_organisation",
        "criminal_damage",
        SWASTIKA,
        [
            "is there a jewish organisation that helps with this?",
            "is there a Jewish charity that deals with antisemitic attacks?",
            "any jewish groups that could help?",
            "is there someone who specialises in antisemitism?",
        ],
    ),
    "unknown_account": (
        "utter_q41_report_unknown_account",
        "online_abuse",
        TIKTOK,
        [
            "can I report it if I don't know who the account is?",
            "can the police do anything if it's an anonymous account?",
            "is it worth reporting when i dont know who is behind it?",
            "can i still report fake accounts?",
        ],
    ),
    "dog": (
        "utter_dog_attack_crime",
        "other",
        DOG,
        [
            "is the owner responsible for what the dog did?",
            "can the owner get in trouble for her dog biting me?",
            "is she to blame for what her dog did?",
            "is it a crime for the owner if a dog bites someone?",
        ],
    ),
    "locks": (
        "utter_landlord_harassment_crime",
        "other",
        EVICTED,
        [
            "is it legal for him to change the locks like that?",
            # "is my landlord allowed to lock me out?": the lock-out answer since round 81
            # (test_round81_lead.py).
            "can he just change the locks without telling me?",
            "is it illegal to throw my stuff out and change the locks?",
        ],
    ),
    "blackmail": (
        "utter_q41_blackmail_dont_pay",
        "other",
        BLACKMAIL,
        [
            "should I just pay him so it goes away?",
            "if i pay will he leave me alone?",
            "would it stop if I give him the money?",
            "shall i just pay them and be done with it?",
        ],
    ),
    "parole": (
        "utter_parole_statement",
        "homicide",
        {},
        [
            "can I have a say in whether he gets out?",
            "do I get any say in his parole?",
            "can I object to him being released?",
            "will they listen to my views before he is let out?",
        ],
    ),
    "havens": (
        "utter_havens_police_only_if_you_want",
        "sexual_offence",
        RAPED_MAN,
        [
            "will anyone find out if i go to the havens?",
            "do the havens tell the police?",
            "is the havens confidential?",
            "if i go to the havens will they tell my family?",
        ],
    ),
    "cctv": (
        "utter_cctv",
        "robbery",
        BUS,
        [
            "can i see the cctv from the bus?",
            "will they get the footage from the bus?",
            "does the bus have cameras?",
            "can the police get the cctv from the shop?",
        ],
    ),
}


@pytest.mark.parametrize(
    ("expected", "crime_type", "answers", "said"),
    [
        pytest.param(expected, crime, answers, said, id=f"{key}-{i}")
        for key, (expected, crime, answers, wordings) in CASES.items()
        for i, said in enumerate(wordings)
    ],
)
def test_each_question_gets_its_answer(expected, crime_type, answers, said):
    assert answer(said, crime_type, **answers) == expected


def test_at_work_with_no_job_told_gets_both_laws():
    # -- round 69, lead --: with no job told, both rules (a bus driver was told the Act was his).
    said = "is it worse cos it happened while i was on shift?"
    assert answer(said, "assault", **NURSE) == "utter_l69_emergency_law_depends"


def test_a_stalker_who_is_not_a_partner_gets_the_stalking_order():
    said = "can the police make him stay away from me?"
    assert answer(said, "stalking_harassment", relationship_to_offender="someone_known") in (
        "utter_stalking_protection_order",
        "utter_harassment_injunction",
    )


def test_a_same_sex_service_is_galop_and_a_jewish_one_cst():
    from known_answers import ORGANISATIONS

    from actions.questions import known_answer

    said = known_answer(
        "is there anyone who gets what it's like in a same sex relationship?",
        "domestic_abuse", ORGANISATIONS, answers=DA_WOMAN,
    )  # fmt: skip
    assert said is not None and "Galop" in (said.text or "")
    said = known_answer(
        "is there a jewish organisation that helps with this?",
        "criminal_damage", ORGANISATIONS, answers=SWASTIKA,
    )  # fmt: skip
    assert said is not None and "CST" in (said.text or "")


def test_men_get_survivors_uk():
    from known_answers import ORGANISATIONS

    from actions.questions import known_answer

    for said in (
        "is there somewhere for men who this happened to?",
        "is there a charity for male victims?",
        "are there any services for male survivors?",
    ):
        got = known_answer(said, "sexual_offence", ORGANISATIONS, answers={"age": 20})
        assert got is not None and "SurvivorsUK" in (got.text or ""), said


# Ordinary messages: answers to the bot's questions, and other questions with other answers.
@pytest.mark.parametrize(
    ("said", "crime_type", "answers"),
    [
        ("hounslow", "domestic_abuse", DA_MAN),
        ("my girlfriend, we live together", "domestic_abuse", DA_MAN),
        ("i dont think anyone would believe me", "domestic_abuse", DA_MAN),
        ("lambeth, brixton", "domestic_abuse", DA_WOMAN),
        ("someone to talk to who gets same sex relationships", "domestic_abuse", DA_WOMAN),
        ("im in a refuge in kent", "domestic_abuse", REFUGE),
        ("southwark", "online_abuse", NUDES),
        ("he put the photos on insta", "online_abuse", NUDES),
        ("richmond", "sexual_offence", EXPOSURE),
        ("he flashed me on the towpath", "sexual_offence", EXPOSURE),
        ("merton", "stalking_harassment", STALKED),
        ("lambeth", "assault", NURSE),
        ("i was at work in the hospital", "assault", NURSE),
        ("he didnt touch me", "assault", KNIFE),
        ("camden", "robbery", SNATCH),
        ("find my iphone says its in tottenham", "robbery", SNATCH),
        ("havering", "burglary", BINGO),
        ("bromley", "fraud", BANK),
        ("someone opened accounts in my name", "fraud", ID_FRAUD),
        ("hackney. we are jewish", "criminal_damage", SWASTIKA),
        ("i dont know who the account is", "online_abuse", TIKTOK),
        ("barnet", "other", DOG),
        ("her dog bit my arm", "other", DOG),
        ("he changed the locks", "other", EVICTED),
        ("he wants me to pay 2 grand", "other", BLACKMAIL),
        ("greenwich", "sexual_offence", RAPED_MAN),
        ("newham", "robbery", BUS),
        ("yes", "robbery", BUS),
    ],
)
def test_ordinary_messages_get_none_of_these_answers(said, crime_type, answers):
    got = answer(said, crime_type, **answers)
    assert got not in {
        *NEW,
        "utter_images_off_phones",
        "utter_exposure_is_a_crime",
        "utter_emergency_workers_law",
        "utter_tracked_property",
        "utter_g4_stop_scam_calls",
        "utter_identity_fraud",
        "utter_dog_attack_crime",
        "utter_landlord_harassment_crime",
        "utter_parole_statement",
        "utter_havens_police_only_if_you_want",
        "utter_cctv",
    }, said


@pytest.mark.parametrize(
    ("said", "crime_type", "answers", "not_expected"),
    [
        # Other questions keep their own answers.
        ("should i send them the nudes he asked for?", "online_abuse", NUDES,
         "utter_images_off_phones"),
        ("will he come back tonight?", "burglary", BINGO, "utter_j4_burglary_fingerprints"),
        ("how much should I pay for new locks?", "burglary", BINGO,
         "utter_q41_blackmail_dont_pay"),
        ("should i pay the fine?", "other", BLACKMAIL, "utter_q41_blackmail_dont_pay"),
        ("is the havens open at night?", "sexual_offence", RAPED_MAN,
         "utter_havens_police_only_if_you_want"),
        ("will the police believe me?", "sexual_offence", {"age": 23},
         "utter_q41_man_believed"),
        ("can i put up my own cctv?", "burglary", BINGO, "utter_cctv"),
        ("will they pay me for lost wages?", "other", BLACKMAIL, "utter_q41_blackmail_dont_pay"),
        ("will they stop my carer coming? i cant get out of bed", "theft", {},
         "utter_parole_statement"),
        ("can they get the videos of the fight taken down?", "assault", NURSE,
         "utter_images_off_phones"),
        ("is my injury worse than it looks?", "assault", NURSE, "utter_emergency_workers_law"),
    ],
)  # fmt: skip
def test_other_questions_do_not_get_these_answers(said, crime_type, answers, not_expected):
    assert answer(said, crime_type, **answers) != not_expected


def test_the_racist_neighbours_move_question_taken_for_more_is_answered(dispatcher, domain):
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={**RACIST, "crime_type": "stalking_harassment", "requested_slot": "borough"},
        text="can the council move me somewhere else?", intent="show_services",
    )  # fmt: skip
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_council_move"]


def test_more_asked_for_is_still_the_services(dispatcher, domain):
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots={**RACIST, "crime_type": "stalking_harassment", "assessment_done": True,
               "results_shown": True},
        text="MORE", intent="show_services", active_loop=None,
    )  # fmt: skip
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0].get("utter_action") == "utter_show_services"
