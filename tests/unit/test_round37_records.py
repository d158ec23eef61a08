"""Round 37 role-play (21 people who had not read the code): what was read or answered wrongly,
each with the person's own words and ordinary messages that must not change."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import read_answer
from bot.risk_words import someone_else_at_risk, trusted_crisis
from tests.unit.known_answers import (
    ALL_RESPONSES,
    RESPONSES,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

# -- Hannah, 29, stalked by her ex --------------------------------------------------------------


def test_the_point_of_reporting_again_is_not_a_crisis():
    text = (
        "no its not that, hes just obsessed. Tom says I should report it again but whats the point"
    )
    assert not trusted_crisis(text, "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "whats the point",
        "i should report it but whats the point in anything anymore",
        "whats the point in living",
        "you cant help me. whats the point",
    ],
)
def test_despair_stays_a_crisis(text):
    assert trusted_crisis(text, "self_harm")


def test_keeping_screenshots_of_the_posts():
    text = (
        "thanks. one more thing, should i be keeping screenshots of all the posts and the new "
        "accounts? tom thinks i should just delete everything"
    )
    assert answer(text, "stalking_harassment") == "utter_keep_evidence"


def test_no_crime_number_after_reporting_twice():
    text = (
        "before that - the police never got back to me after i reported it twice. am i allowed "
        "to chase them? i dont even have a crime number i dont think"
    )
    assert answer(text, "stalking_harassment") == "utter_crime_number_right"
    assert answer("do i have to give my crime number to the insurance?", "theft") != (
        "utter_crime_number_right"
    )


# -- Mr Okafor, 67, paid a rogue builder in cash, hard of hearing -------------------------------


def test_cash_paid_is_read_from_the_account():
    told = account.read_account(
        "In March a builder came to my door in Croydon and offered to repair my roof. I paid him "
        "£4,000 in cash as a deposit. He has not returned."
    )
    assert "paid_cash" in told.details
    assert "paid_cash" not in account.read_account("I paid by card online").details


def test_money_back_after_paying_cash_gets_the_cash_answer():
    text = "Thank you. Can you tell me please, is it likely that I will get my £4,000 back?"
    assert answer(text, "fraud", account_details=["paid_cash"]) == "utter_cash_not_refunded"
    assert answer("will i get my money back?", "fraud") == "utter_bank_scam"


def test_reporting_without_telephoning():
    text = (
        "I have not reported it to the police yet. I must tell you that I am hard of hearing and "
        "I find telephone calls very difficult. Is there a way to report without telephoning?"
    )
    assert answer(text, "fraud") == "utter_how_to_report"


# -- Callum, 34, punched outside a bar --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no. whats the deal with my tooth tho, do i need to pay for the dentist myself? its proper "
        "chipped at the front",
        "cheers. last thing, should i go to a dentist asap or A&E? it's a bit sensitive",
        "ok but should i go dentist or a&e for my tooth",
    ],
)
def test_a_chipped_tooth(text):
    assert answer(text, "assault") == "utter_injured_tooth"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("can i get compo for the tooth?", "assault"),
        ("my tooth is fine", "assault"),
        ("is the dentist open on sunday?", "fraud"),
    ],
)
def test_not_the_tooth_answer(text, crime):
    assert answer(text, crime) != "utter_injured_tooth"


def test_reporting_hate_without_the_police_is_not_about_buses_or_muslims():
    text = "can i report it without going to the police station? like through galop or something"
    assert answer(text, "assault", hate_motivated=True) == "utter_report_without_police"
    for variant in ALL_RESPONSES["utter_report_without_police"]:
        assert "MAMA" not in variant["text"] and "Bus" not in variant["text"]
        assert "report-it.org.uk" in variant["text"]


# -- Fatima, 45, Urdu her first language ---------------------------------------------------------


@pytest.mark.parametrize("text", ["sorry I not understand all. is ok yes", "is ok yes", "its ok"])
def test_is_ok_is_a_yes_to_keeping_the_chat(text):
    assert read_answer("consent", text).value is True


def test_a_passport_kept_by_a_mother_in_law_is_not_a_forced_marriage():
    text = (
        "my husband he shout all the time. one time he push me. his mother she take my passport, "
        "she not give back. I cannot go out alone"
    )
    assert answer(text, "domestic_abuse") != "utter_forced_marriage"
    assert answer("they took my passport and want me to marry my cousin", None) == (
        "utter_forced_marriage"
    )


def test_if_he_pushes_her_again():
    text = "thank you. if he push me again what I do? I cannot speak on phone when he there"
    assert answer(text, "domestic_abuse") == "utter_if_it_starts_again"
    assert "55" in sendable("utter_if_it_starts_again")[0]


# -- Pete, 52, tools stolen from his van -------------------------------------------------------


def test_no_one_calling_is_a_no_to_the_referral():
    text = "you already said that. useless. fine whatever, no i dont need anyone calling me"
    assert read_answer("referral_consent", text).value is False
    assert (
        read_answer("referral_consent", "i dont need anyone to call, text is better").value
        is not False
    )


# -- Grace, 38, her brother killed; about their mum ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yes please. Can they help mum too? She's taking it worse than me, she barely eats. I just "
        "want to make sure she's ok, sometimes she says she doesn't want to be here without him.",
        "Yes it's safe. But I'm really worried about mum. She said last night she doesn't want to "
        "live without Daniel. What should I do?",
        "Thank you. Sorry, one last thing. If mum talks about ending her life again tonight, who "
        "do I call?",
    ],
)
def test_a_mother_who_does_not_want_to_live(text):
    assert someone_else_at_risk(text)
    assert answer(text, "homicide") == "utter_j2_someone_else_at_risk"


@pytest.mark.parametrize(
    "text", ["she doesnt want to live with him anymore", "she doesnt want to live in london"]
)
def test_where_someone_lives_is_not_a_risk(text):
    assert not someone_else_at_risk(text)


# -- Olu, 23, his phone robbed at knifepoint ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "compensation and someone to talk to i guess. can i actually get compensation for this? "
        "phone was like 900 quid",
        "i wasnt injured tho, he just had the knife out. so i get nothing for the phone?",
    ],
)
def test_compensation_for_a_robbed_phone(text):
    assert answer(text, "robbery") == "utter_robbery_things_taken"


def test_not_the_robbed_phone_answer():
    assert answer("can i get compensation for my wages?", "robbery") != (
        "utter_robbery_things_taken"
    )
    assert answer("can i get compensation for my phone?", "theft") != "utter_robbery_things_taken"


def test_will_the_police_track_a_located_phone():
    text = (
        "yeah reported it online the next day. got a crime ref. will they actually track my phone "
        "tho? find my iphone shows its in tottenham"
    )
    assert answer(text, "robbery") == "utter_tracked_property"


# -- Maria, hiding from her husband ------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["can i text 999?? my kids are in there bedroom", "should i text the police"]
)
def test_can_i_text_999(text):
    assert answer(text, "domestic_abuse") == "utter_text_999"
    said = RESPONSES["utter_text_999"][0]["text"]
    assert "emergencySMS" in said and "18000" in said and "55" in said


@pytest.mark.parametrize("text", ["i will text you later", "can you text me instead?"])
def test_texting_us_is_not_texting_999(text):
    assert answer(text, "domestic_abuse") != "utter_text_999"


# -- Aisha, 22, her hijab pulled off -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "yeah kind of. i wouldnt want to see him again. can tell mama report it to police for me?",
        "i asked about reporting tho. how do i actually report it if i want to, and can tell mama "
        "do it for me or not",
    ],
)
def test_tell_mama_takes_reports(text):
    assert answer(text, "assault", hate_motivated=True) == "utter_tell_mama_reports"


def test_what_tell_mama_is_stays_the_organisation_answer():
    assert answer("what is tell mama?", "assault") == "utter_about_organisation"


# -- Rob, 45, a romance scam ---------------------------------------------------------------------


def test_a_girlfriend_who_was_never_real_is_a_stranger():
    text = (
        "well i thought she was my girlfriend lol. called herself Elena. probably not even a real "
        "person"
    )
    assert read_answer("relationship_to_offender", text).value == "stranger"
    assert read_answer("relationship_to_offender", "my girlfriend").value == "partner_or_ex"


# -- Nia, 17, her boyfriend of 18 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        (
            "no im at home. its my boyfriend hes 18. he goes thru my phone and tells me who i can "
            "see and he's hit me twice. is that like domestic abuse if im only 17??",
            {},
        ),
        (
            "no. so it does count then? i thought it was only for married people or adults",
            {"age": 17.0, "relationship_to_offender": "partner_or_ex"},
        ),
        (
            "yes its been going on since like september. does it count as domestic abuse or not",
            {"age": 17.0, "relationship_to_offender": "partner_or_ex"},
        ),
    ],
)
def test_domestic_abuse_counts_from_16(text, answers):
    assert answer(text, "domestic_abuse", **answers) == "utter_da_counts_from_16"


def test_an_adult_asking_if_it_counts_is_not_told_about_16():
    answers = {"age": 40.0, "relationship_to_offender": "partner_or_ex"}
    assert answer("is it domestic abuse?", "domestic_abuse", **answers) != "utter_da_counts_from_16"


# -- Samuel, 70, and his daughter Ruth ----------------------------------------------------------


def test_not_getting_out_much_is_not_danger():
    from bot.risk_words import detect_risk

    assert (
        detect_risk("Well because Im old and I cant get out much, I suppose. I use a frame.")
        is None
    )
    assert detect_risk("i cant get out, hes locked the door") == "in_danger"


# -- Kasia, 27, assaulted by a senior colleague --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "No. Do I must report to police to get help? I am not sure I want, he is senior in my "
        "company",
        "27. But I asked if I MUST report to police. I dont want to report now",
    ],
)
def test_support_without_reporting(text):
    assert answer(text, "sexual_offence") == "utter_support_without_report"


def test_fear_of_losing_a_job_is_not_lost_earnings():
    assert answer("Should I tell HR? I am scared I lose my job", "sexual_offence") != (
        "utter_lost_earnings"
    )
    assert (
        # -- round 42, helper L6 --: no bike said, so no bike in the answer.
        answer("i wasnt hurt but what about the wages i lost?", "robbery")
        == "utter_l6_damage_and_lost_earnings"
    )


NEW = (
    "utter_injured_tooth",
    "utter_robbery_things_taken",
    "utter_text_999",
    "utter_tell_mama_reports",
    "utter_da_counts_from_16",
)


@pytest.mark.parametrize("name", NEW)
def test_round37_answers_are_one_sms_with_sources_and_known_numbers(name):
    assert_one_sms_with_source(name, "(round 37)")
    assert numbers_not_in_directory(name) == []


# -- Grace: the answer about her mum, once a turn, and every time she asks -----------------------


def _read(text, requested, said=frozenset(), said_twice=frozenset(), **answers):
    from actions.reading import Turn, read_turn
    from tests.unit.known_answers import ORGANISATIONS

    reading = read_turn(
        Turn(
            text=text, intent="inform", requested=requested, answers=answers,
            organisations=ORGANISATIONS, said=said, said_twice=said_twice,
        )
    )  # fmt: skip
    return [message.response or message.args.get("utter_action") for message in reading.say]


def test_someone_else_at_risk_is_sent_once_in_a_turn():
    text = (
        "Yes please. Can they help mum too? She's taking it worse than me, she barely eats. I just "
        "want to make sure she's ok, sometimes she says she doesn't want to be here without him."
    )
    said = _read(text, "referral_consent", crime_type="homicide", consent=True)
    assert said.count("utter_j2_someone_else_at_risk") == 1


def test_someone_else_at_risk_is_answered_again_when_asked_again():
    text = (
        "Thank you. Sorry, one last thing. If mum talks about ending her life again tonight, who "
        "do I call?"
    )
    twice = frozenset({"utter_j2_someone_else_at_risk"})
    said = _read(text, None, said=twice, said_twice=twice, crime_type="homicide", consent=True)
    assert "utter_j2_someone_else_at_risk" in said and "utter_answered_above" not in said


# -- Wendy, 74, her daughter's partner takes her pension -----------------------------------------


@pytest.mark.parametrize(
    ("text", "witness"),
    [
        ("yes thats ok. will my daughter see any of this", False),
        ("can my son see this chat?", False),
        ("he hit me and my kids saw it", True),
        ("my son saw everything", True),
    ],
)
def test_asking_who_sees_the_chat_is_not_a_child_who_saw_abuse(text, witness):
    assert ("child_witness" in account.read_account(text).details) is witness


# -- Tony, 40, writing about his son of 12 -----------------------------------------------------


def test_my_sons_been_bullied_is_about_the_child():
    told = account.read_account(
        "Hi, my son's been getting bullied for months and yesterday some older lads took his bike "
        "off him in the park and punched him in the face. He's 12. Not sure what to do"
    )
    assert told.for_child is True and told.age == 12


@pytest.mark.parametrize(
    "text", ["my daughters friend was hit", "my sons teacher shouted at me", "i was robbed"]
)
def test_a_childs_friend_or_teacher_is_not_the_child(text):
    assert account.read_account(text).for_child is None
