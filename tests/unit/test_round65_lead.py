"""Round 65, lead: Dave (van broken into, wants a crime number for his insurer) was asked the
privacy question four times: "whatever. crime number?" and "ffs yes ok. now how do i get a crime
number" were neither a yes nor a question the bot knew, and the question went unanswered."""

import pytest

from actions import reading
from actions.account import read_account
from actions.answers import read_answer
from bot.risk_words import detect_risk
from tests.unit.known_answers import RESPONSES, answer, said_answer

DAVE_FIRST = (
    "some scumbag done my van last night, 4 grand of tools gone. i need a crime number for the "
    "insurance how do i get one"
)


@pytest.mark.parametrize(
    "text",
    [
        "ffs yes ok. now how do i get a crime number",
        "ffs yes ok",
        "omg yes fine",
        "for gods sake yes. what now",
    ],
)
def test_an_exasperated_yes_is_a_yes_to_keeping(text):
    assert read_answer("consent", text).value is True


@pytest.mark.parametrize(
    "text", ["ffs no", "omg no dont keep it", "ffs. what is this for?", "whatever. crime number?"]
)
def test_exasperation_without_a_yes_is_not_a_yes(text):
    assert read_answer("consent", text).value is not True


@pytest.mark.parametrize(
    "text",
    [
        "whatever. crime number?",
        "crime number?",
        "now how do i get a crime number",
        "ffs yes ok. now how do i get a crime number",
    ],
)
def test_the_crime_number_question_is_answered(text):
    assert said_answer(text, "theft", [DAVE_FIRST]) == "utter_insurance_crime_number"


def test_crime_number_alone_is_not_taken_as_asking_how_to_get_one_without_that_before():
    # "Crime number??" may be not knowing the words (test_round17_answers).
    assert answer("whatever. crime number?", "theft") != "utter_insurance_crime_number"


@pytest.mark.parametrize(
    "text",
    [
        "my crime number is 3012345/26",
        "i have a crime number already",
        "now he is outside again",
        "look what he did to my car",
    ],
)
def test_a_crime_number_told_or_a_sentence_starting_now_is_not_that_question(text):
    assert answer(text, "theft") != "utter_insurance_crime_number"


# Aaron, 19, saw his friend stabbed and is afraid to give a statement.
@pytest.mark.parametrize(
    "text",
    [
        "yo. my boy got stabbed last week right in front of me, hes ok now, out of hospital. feds "
        "want me to give a statement but if i do im dead basically. whats the move",
        "not rn im at my mums. but man are saying whoever talks gets it. the mandem know who "
        "did it",
        "everyone knows anyone who snitches gets stabbed",
    ],
)
def test_a_threat_to_whoever_talks_gets_the_witness_intimidation_answer(text):
    assert answer(text, "assault") == "utter_witness_intimidation"


@pytest.mark.parametrize(
    "text",
    [
        "if i do im dead lol",
        "whoever talks to me gets a hug",
        "if i do the washing im done for today",
    ],
)
def test_other_ifs_and_whoevers_are_not_witness_threats(text):
    assert answer(text, "assault") != "utter_witness_intimidation"


def test_an_adult_witness_is_not_sent_to_childline():
    variants = RESPONSES["utter_q2_witness_threats_online"]
    # u86b (round 86): the adult's answer is the one sent unless they are under 18 (Joyce, 58,
    # got Childline before her age was asked).
    adult = next(v for v in variants if not v.get("condition"))
    assert "Childline" not in adult["text"] and "adult you trust" not in adult["text"]
    young = next(v for v in variants if v.get("condition"))
    assert young["condition"][0]["value"] is True and "Childline" in young["text"]


# Joan, 69: the referral went with "in the day"; her grandson is up in the afternoons.
JOAN_REFERRED = {
    "consent": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_times": "in the day",
    "voicemail_ok": False,
    "contact_details": "020 8681 4437",
    "crime_type": "domestic_abuse",
}


def test_times_before_a_comma_put_the_referral_right():
    changes = reading.corrections("weekday mornings, he sleeps till dinner time", JOAN_REFERRED)
    assert changes == {"contact_times": "weekday mornings"}


@pytest.mark.parametrize(
    "text",
    [
        "he came at 6, kicked the door",
        "what if he comes at 6, what do i do",
        "he sleeps till dinner time, he is a good boy really",
    ],
)
def test_a_time_in_a_sentence_about_something_else_is_not_the_times(text):
    assert "contact_times" not in reading.corrections(text, JOAN_REFERRED)


# Marcus: an injury told again after "read what i said" set off the danger reply.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "i havent told the police anything, they DID it. read what i said. two officers hurt "
            "my wrist during a stop and search",
            None,
        ),
        ("read what i said. two officers hurt my wrist", None),
        ("like i said he will kill me", "in_danger"),
        ("what i said is he texted he will stab me", "in_danger"),
        ("listen to what i said, hes outside now", "in_danger"),
    ],
)
def test_what_i_said_is_not_a_threat_someone_made(text, expected):
    assert detect_risk(text) == expected


# Rachel, whose son Josh (16) was robbed by boys from his school.
RACHEL_SAID = [
    "Hello, I'm writing on behalf of my son, he's 16. He was set upon by a gang of boys on "
    "Tuesday after school and they took his trainers and hit him. He's very shaken up."
]


@pytest.mark.parametrize(
    "text",
    [
        "And he doesn't want to go back to school, what do I do about that?",
        "Thank you. What have you got down? And he doesn't want to go back to school, what do I do "
        "about that?",
        "she refuses to go to school now, what should i do",
    ],
)
def test_a_parent_whose_child_wont_go_to_school_is_answered(text):
    got = said_answer(text, "robbery", RACHEL_SAID, for_child=True, for_someone_else=True)
    assert got == "utter_l65_child_wont_go_to_school"


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("i dont want to go back to school what do i do", {"age": 15}),
        ("he won't go to school on the day of the trial, is that ok?", {}),
        ("should i tell his school?", {"for_child": True}),
    ],
)
def test_others_about_school_do_not_get_it(text, answers):
    assert said_answer(text, "robbery", [], **answers) != "utter_l65_child_wont_go_to_school"


@pytest.mark.parametrize("text", ["who did it go to, stop hate?", "where did my details go"])
def test_where_the_referral_went_is_answered_after_a_referral(text):
    got = said_answer(text, "assault", [], referral_consent=True, consent=True)
    assert got == "utter_referral_which_service_contacts"


@pytest.mark.parametrize("text", ["who did it go to, stop hate?", "who did it to me"])
def test_not_before_a_referral_or_about_who_did_it(text):
    got = said_answer(text, "assault", [], consent=True)
    assert got != "utter_referral_which_service_contacts"


def test_the_landlord_changing_the_locks_is_not_a_tenant_asking_to_change_them():
    said = ["my landlord told me to leave and now he has changed the locks while i was at work"]
    got = said_answer("is it legal for him to change the locks like that?", None, said)
    assert got != "utter_l5_tenant_change_lock"


# Round 67: Nkechi, a nurse grabbed by a patient's son; Winston, 80, hard of hearing, not Deaf.
@pytest.mark.parametrize(
    "text",
    [
        "Someone I know, hes the son of a man on my ward",
        "the man who did it is a patients son",
        "my neighbours son",
    ],
)
def test_someone_elses_son_is_someone_known_not_family(text):
    assert read_answer("relationship_to_offender", text).value == "someone_known"


@pytest.mark.parametrize("text", ["my son", "its my son, the son of my ex"])
def test_ones_own_son_is_still_family(text):
    assert read_answer("relationship_to_offender", text).value == "family_member"


@pytest.mark.parametrize(
    "text", ["not deaf mind, I can manage the phone if people speak up", "I aint deaf"]
)
def test_not_deaf_can_phone(text):
    assert read_account(text).cannot_phone is None


@pytest.mark.parametrize("text", ["I am deaf", "im Deaf, BSL is my language"])
def test_deaf_still_cannot_phone(text):
    assert read_account(text).cannot_phone is True
