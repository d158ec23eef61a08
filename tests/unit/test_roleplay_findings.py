"""Messages from role-played conversations that the bot once got wrong, kept so it does not again.

Each test names what went wrong in the conversation; the messages are as the role-players typed
them (lower case, no full stops, several things in one text)."""

from __future__ import annotations

import pytest

from actions.account import read_account, spiked_not_knowing_more, strangers
from actions.answers import contact_said, read_answer, read_child_age
from actions.questions import (
    GLOSSARY,
    afraid_of_what_comes_next,
    asks_about_compensation_rules,
    asks_about_evidence,
    asks_about_property,
    asks_for_discreet_words,
    asks_if_economic_abuse_is_a_crime,
    asks_what_text_relay_is,
    asks_what_was_noted,
    danger_is_past,
    known_answer,
    mentions_injury,
    rights_answer,
)
from actions.reading import Turn, corrections, read_turn
from bot.keywords import control_intent
from bot.risk_words import detect_risk, trusted_crisis
from core.person_request import asks_for_a_call, asks_for_person
from core.privacy_question import asks_about_privacy
from referrals.directory import load_directory


@pytest.mark.parametrize(
    "text",
    [
        "my son put this number in my phone, he rang the police for me",
        "my daughter reported it for me on the action fraud website",
        "my brother took me to hospital after",
    ],
)
def test_a_relative_who_helped_is_not_taken_for_the_offender(text):
    assert read_account(text).offender is None


@pytest.mark.parametrize(
    "text",
    [
        "a man i dont know pulled my hijab off outside the station",
        "some lads grabbed my arm and scratched my face",
    ],
)
def test_an_attack_by_a_stranger_is_read_as_a_stranger(text):
    assert strangers(text)


@pytest.mark.parametrize(
    "text",
    [
        "i dont want him to kill me if i go to court",
        "there was a stabbing outside the chicken shop last year",
        "my friend killed himself two years ago, thats partly why im so shaken",
        "no im not going to hurt myself, i just want the police to do something",
        "i got hit by a car last year and now this",
    ],
)
def test_what_is_not_a_crisis_now_raises_no_alarm(text):
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        ("in_danger", "no im not in danger now, hes gone", False),
        ("in_danger", "not in any danger", False),
        ("hate_motivated", "maybe, because of my headscarf. actually no", False),
        ("fear_of_giving_evidence", "it would be really hard to have to face her", True),
        ("fear_of_giving_evidence", "why would i be scared", False),
        ("contact_safe", "yes by email, my dad doesnt know my school email", True),
    ],
)
def test_answers_from_role_play_are_read(slot, text, value):
    assert read_answer(slot, text).value is value


def test_a_known_offender_is_not_taken_for_dont_know():
    assert read_answer("relationship_to_offender", "he goes to my school").value is not None


@pytest.mark.parametrize(
    ("text", "answers", "changes"),
    [
        ("it only happened once", {"repeat_victimisation": True}, {"repeat_victimisation": False}),
        ("i wasnt under 18", {"under_18": True}, {"under_18": False}),
        ("no im 23", {"under_18": True, "age": 15.0}, {"under_18": False, "age": 23.0}),
        (
            "my daughter did not do it",
            {"relationship_to_offender": "family_member"},
            {"relationship_to_offender": None},
        ),
        (
            "wait no i want them to email me",
            {"contact_safe": False},
            {"contact_safe": True, "contact_method": "email"},
        ),
        (
            "it wasnt a hate crime",
            {"hate_motivated": True},
            {"hate_motivated": False, "hate_strand": None},
        ),
    ],
)
def test_a_correction_changes_the_earlier_answer(text, answers, changes):
    assert corrections(text, answers) == changes


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("it happened once before and then again this week", {"repeat_victimisation": True}),
        ("im 15", {"under_18": True}),
        ("my daughter did it", {"relationship_to_offender": "family_member"}),
    ],
)
def test_what_is_no_correction_changes_nothing(text, answers):
    assert corrections(text, answers) == {}


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        (
            "someone to actually make the police and council do something",
            ["practical", "information"],
        ),
        ("help with the police, they are useless", ["information"]),
    ],
)
def test_needs_said_in_their_own_words_are_read(text, needs):
    assert read_answer("needs", text).value == needs


# -- the second round of role-play (25 people) -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wait i never said it was a hate crime and i dont have a disability?? thats wrong",
        "can i report it online? i dont want to go to the police station",
        "it wasnt domestic abuse",
        "i wasnt under 18?? im 22",
        "whats the point. nobody can fix my face. maybe everyone would be better off without me",
        "should she shower or not?? the havens will they make her talk to police",
        "hang on i didnt say yes to that yet. who would you pass it to",
        "it was racist tho, he used the p word. doesnt that count as hate crime",
        "i did report it, i told you. on monday. is there anything for men",
    ],
)
def test_only_a_clear_yes_or_no_answers_the_referral_question(text):
    assert read_answer("referral_consent", text).value is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i want you to pass my details on", True),
        ("ok yeah go on then", True),
        ("yes but not call. they hear. text", True),
        ("no ta", False),
        ("nah im good", False),
        ("i dont want them to contact me", False),
    ],
)
def test_a_clear_referral_answer_is_still_read(text, value):
    assert read_answer("referral_consent", text).value is value


@pytest.mark.parametrize(
    "text",
    ["i dont want a robot can i talk to a real person", "i dont no what that means"],
)
def test_not_understanding_the_privacy_question_is_not_a_no(text):
    assert read_answer("consent", text).value is None


def test_a_no_to_keeping_the_chat_said_in_words_is_a_no():
    assert read_answer("consent", "I would rather you did not keep anything").value is False


@pytest.mark.parametrize(
    ("text", "age"),
    [("i was 81 in march", 81.0), ("i said i was 81", 81.0), ("i said 16", 16.0)],
)
def test_ages_said_as_people_say_them(text, age):
    assert read_answer("age", text).value == age


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        ("fear_of_giving_evidence", "a bit", True),
        ("reported_to_police", "my mum called them they came to the hospital", True),
        ("reported_to_police", "no i havent called them", False),
        ("contact_details", "ann.example at example dot com", "ann.example@example.com"),
    ],
)
def test_second_round_answers_are_read(slot, text, value):
    assert read_answer(slot, text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "i TOLD you i have panic attacks. why do you keep asking",
        "my car was set on fire outside my house in feb",
    ],
)
def test_second_round_messages_raise_no_alarm(text):
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "what is danger",
        "my car was set on fire outside my house in feb",
        "i am at home. my support worker sue is coming thursday",
    ],
)
def test_the_classifiers_guess_of_danger_is_not_believed_for(text):
    assert not trusted_crisis(text, "in_danger")


def test_more_than_a_dose_of_pills_is_a_crisis():
    assert detect_risk("only like 4 paracetamol its fine") == "self_harm"
    assert detect_risk("i took 2 paracetamol for my headache") is None


def test_someone_beside_the_person_is_not_the_offender():
    text = "two men shouted dirty jew and spat at me and my son, they threw a can"
    assert read_account(text).offender is None
    assert read_account(text).crime_type != "domestic_abuse"


def test_being_at_the_trial_every_day_is_not_being_targeted_again():
    account = read_account("my son was killed in march. i just want to be at court every day")
    assert account.repeat is None


@pytest.mark.parametrize(
    ("text", "answers", "changes"),
    [
        (
            "It was NOT my family. Two strangers. My son was with me",
            {"relationship_to_offender": "family_member", "crime_type": "domestic_abuse"},
            {"relationship_to_offender": "stranger", "crime_type": None},
        ),
        (
            "I did not tell you it was domestic abuse",
            {"crime_type": "domestic_abuse"},
            {"crime_type": None},
        ),
        (
            "ok you can keep my data. now can i talk to a person",
            {"consent": False},
            {"consent": True},
        ),
        (
            "no. wait for the last one, yes he was racist, he called me a p*ki",
            {"hate_motivated": False},
            {"hate_motivated": True, "hate_strand": ["race"]},
        ),
    ],
)
def test_second_round_corrections(text, answers, changes):
    assert corrections(text, answers) == changes


def test_an_injury_after_the_questions_gets_health_advice():
    assert mentions_injury("ive had a headache since saturday where he hit me and i was sick")
    assert not mentions_injury("thank you, that helps")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("i dont understand", "help"),
        ("Yes, delete it", "delete_my_data"),
        ("No, keep it", "deny"),
        ("the police came and took him away. im ok now. can we carry on", "carry_on"),
    ],
)
def test_words_that_must_mean_what_they_say(text, intent):
    assert control_intent(text) == intent


def test_forced_labour_described_plainly_is_trafficking_and_not_theft_is_taken_back():
    said = "my boss dont pay me 3 month and he take my passport"
    assert read_account(said).crime_type == "human_trafficking"
    correction = "no. not theft. he keep my passport and i work every day 12 hour, no money"
    assert corrections(correction, {"crime_type": "theft"}) == {"crime_type": "human_trafficking"}


@pytest.mark.parametrize(
    "text",
    [
        "should i delete these messages?",
        "should i delete these messages",
        "how do i clear the messages off my phone",
    ],
)
def test_deleting_messages_off_a_phone_is_a_privacy_question_not_erasure(text):
    # The erase-everything question was asked of a woman whose partner reads her phone.
    assert asks_about_privacy(text)


@pytest.mark.parametrize("text", ["delete my data", "please delete everything"])
def test_asking_us_to_delete_stays_a_delete_request(text):
    assert not asks_about_privacy(text)


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        (
            "someone put something in my drink at a bar and i woke up in a strangers flat",
            "sexual_offence",
        ),
        ("i think i was drugged at a party", "assault"),
        ("someone slipped something in my drink last night", "assault"),
    ],
)
def test_spiking_is_understood(text, crime):
    assert read_account(text).crime_type == crime


def test_drugged_up_is_not_spiking():
    assert read_account("he was drugged up and shouting").crime_type is None


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("my neighbour threatened to kill me last week", True),
        ("my ex used to beat me", True),
        ("he threatened to kill me", False),
        ("he said hed kill me yesterday and hes outside now", False),
        ("he threatened me last week and keeps texting", False),
    ],
)
def test_a_threat_told_as_past_is_not_danger_now(text, past):
    assert danger_is_past(text) is past


@pytest.mark.parametrize(
    ("text", "wants"),
    [
        ("no wait i didnt say no, yes ring me", True),
        ("yes please refer me", True),
        ("ok they can ring me", True),
        ("please dont call me", False),
        ("nobody can text me", False),
        ("no dont refer me", False),
    ],
)
def test_asking_for_the_referral_after_declining_it(text, wants):
    answers = {"consent": True, "referral_consent": False}
    assert (corrections(text, answers).get("referral_consent") is True) is wants


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("will i get my things back though", True),
        ("will i get my phone back?", True),
        ("can you get back to me", False),
        ("i want my laptop back", False),
    ],
)
def test_asking_for_property_back_is_answered_with_right_10(text, asks):
    assert asks_about_property(text) is asks


@pytest.mark.parametrize(
    "text",
    [
        "yeah ok. but you just said you cant answer, so whats the point of this? i just want to "
        "know about compo",
        "what?? im not suicidal mate i just meant this chat. yes its ok, keep it",
    ],
)
def test_talk_about_the_chat_is_not_a_suicide_alarm(text):
    assert not trusted_crisis(text, "self_harm")


@pytest.mark.parametrize(
    "text", ["whats the point of anything", "im not suicidal but i want to die"]
)
def test_real_despair_is_still_believed(text):
    assert trusted_crisis(text, "self_harm")


def test_cant_leave_messages_is_how_to_be_contacted_not_being_trapped():
    text = "yes but they cant call when hes home. hes home after 6. and they cant leave messages"
    assert detect_risk(text) is None
    assert detect_risk("i cant leave the house he wont let me") == "in_danger"


def test_a_yes_after_a_question_in_the_same_message_is_consent():
    text = "what?? im not suicidal mate i just meant this chat. yes its ok, keep it"
    assert read_answer("consent", text).value is True
    assert read_answer("consent", "will he see this?").value is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Actually yes, ring me. Evenings only mind, after 6, and dont leave a voicemail",
            {
                "contact_method": "call",
                "voicemail_ok": False,
                "contact_times": "evenings only, after 6",
            },
        ),
        # When NOT to call is not a time to call: asked, not guessed.
        (
            "yes but they cant call when hes home. hes home after 6. and they cant leave messages",
            {"voicemail_ok": False},
        ),
        ("no text messages please", {}),
    ],
)
def test_how_and_when_to_call_said_beside_a_yes_is_kept(text, said):
    assert contact_said(text) == said


def test_already_said_is_not_kept_as_the_time():
    assert read_answer("contact_times", "i just said. weekdays before 6pm").value == (
        "weekdays before 6pm"
    )


def test_a_question_beside_an_answer_is_answered_not_ignored():
    turn = Turn(
        text="no. he takes my wages and goes through my whatsapp. should i delete these messages?",
        intent="ask_right",
        confidence=0.9,
        requested="reported_to_police",
        answers={"consent": True, "in_danger": False},
        rights_topic="compensation",
        rights_confidence=0.95,
    )
    result = read_turn(turn)
    assert result.slots["reported_to_police"] is False
    assert [s.response for s in result.say] == ["utter_privacy_answer"]


def test_is_economic_abuse_a_crime_is_answered():
    assert asks_if_economic_abuse_is_a_crime("is what he does with money even a crime?")
    assert not asks_if_economic_abuse_is_a_crime("is he allowed to come to court?")


@pytest.mark.parametrize(
    ("text", "relationship"),
    [
        ("no know. man with hood. he push me when bus stop", "unknown"),
        ("my man did it", "partner_or_ex"),
        ("a man", "stranger"),
    ],
)
def test_a_man_is_not_a_partner_unless_he_is_hers(text, relationship):
    # "man with hood" once made a robbery on a bus domestic abuse, with the Men's Advice Line.
    assert read_answer("relationship_to_offender", text).value == relationship


@pytest.mark.parametrize(
    ("text", "consent"),
    [
        ("no danger. i am home. this is friend phone", None),
        ("no im safe", None),
        ("sorry i dont understand all. yes ok", True),
        ("no. keep nothing please", False),
    ],
)
def test_consent_is_only_an_answer_to_the_consent_question(text, consent):
    assert read_answer("consent", text).value is consent


def test_force_beside_a_theft_makes_it_a_robbery():
    turn = Turn(
        text="no know. man with hood. he push me when bus stop",
        intent="inform",
        confidence=0.9,
        requested="relationship_to_offender",
        answers={"consent": True, "in_danger": False, "crime_type": "theft"},
    )
    assert read_turn(turn).slots["crime_type"] == "robbery"


@pytest.mark.parametrize(
    "text",
    [
        "no. i dont even know who he is. i want to talk to a human",
        "can i speak to a real person",
        "put me through to a caseworker",
    ],
)
def test_asking_for_a_person_inside_a_sentence_is_heard(text):
    assert asks_for_person(text)


@pytest.mark.parametrize("text", ["i need someone to talk to", "i want to talk to my mum first"])
def test_wanting_someone_to_talk_to_is_a_need_not_a_handoff(text):
    assert not asks_for_person(text)


def test_an_answer_beside_a_request_for_a_person_gives_way_to_it():
    turn = Turn(
        text="no. i dont even know who he is. i want to talk to a human",
        intent="request_human",
        confidence=1.0,
        requested="repeat_victimisation",
        answers={"consent": True, "in_danger": False},
    )
    assert read_turn(turn).reject


@pytest.mark.parametrize(
    "text",
    [
        "im scared to go home tonight",
        "what do i do tonight when i go home",
        "what if he is on the stairs again",
    ],
)
def test_fear_of_what_comes_next_gets_what_to_do(text):
    assert afraid_of_what_comes_next(text)


def test_fear_of_going_home_is_not_a_miss_of_the_referral_question():
    turn = Turn(
        text="thats not what i asked. im scared to go home tonight",
        intent="inform",
        confidence=0.6,
        requested="referral_consent",
        answers={"consent": True, "in_danger": False},
        missed={"referral_consent": 1},
    )
    result = read_turn(turn)
    assert [s.response for s in result.say] == ["utter_if_he_comes"]
    assert result.skipped == []


@pytest.mark.parametrize(
    ("text", "cannot_phone"),
    [("Bit of arthritis and Im a bit deaf in one ear", None), ("im deaf", True)],
)
def test_a_bit_deaf_in_one_ear_can_still_phone(text, cannot_phone):
    account = read_account(text)
    assert account.cannot_phone is cannot_phone
    assert ("deaf" in account.communities) is bool(cannot_phone)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("my son was robbed at knifepoint yesterday, hes 15", 15),
        ("im writing for my 15 year old, she was groomed online", 15),
        ("im 44 and my son was attacked", None),
    ],
)
def test_a_parent_writing_for_their_child(text, age):
    account = read_account(text)
    assert account.for_child is True
    assert account.age == age


def test_my_son_hit_me_is_not_writing_for_a_child():
    assert read_account("my son hit me").for_child is None


def test_the_childs_age_from_a_parent_who_gives_both():
    assert read_child_age("me or him? im 44, hes 15").value == 15


def test_spiked_without_saying_more_is_not_told_back_as_a_sexual_offence():
    text = "someone put something in my drink at a bar and i woke up in a strangers flat"
    assert spiked_not_knowing_more(text)
    assert not spiked_not_knowing_more("he spiked my drink and raped me")


@pytest.mark.parametrize(
    ("text", "crime", "asks"),
    [
        ("should i have a shower? i really want to have a shower", "sexual_offence", True),
        ("can they test if i was spiked?", "sexual_offence", True),
        ("should i have a shower?", "burglary", False),
        ("do i need evidence?", "fraud", False),
    ],
)
def test_washing_and_evidence_after_a_sexual_offence_get_the_havens(text, crime, asks):
    assert asks_about_evidence(text, crime) is asks


@pytest.mark.parametrize(
    "text",
    [
        "so can CICA pay my lost earnings? and do i have to wait for him to be caught?",
        "will i get paid for the week ive missed? im self employed",
    ],
)
def test_compensation_rules_questions_are_answered(text):
    assert asks_about_compensation_rules(text)


def test_what_text_relay_is_is_answered():
    assert asks_what_text_relay_is("Whats text relay? I can use the phone fine")


@pytest.mark.parametrize(("text", "method"), [("phone call", "call"), ("text please", "text")])
def test_how_to_contact_them_answers_whether_it_is_safe(text, method):
    answer = read_answer("contact_safe", text)
    assert answer.value is True and answer.extra == {"contact_method": method}


def test_a_parents_own_age_does_not_correct_their_childs():
    answers = {"for_child": True, "age": 15.0, "under_18": True, "consent": True}
    assert corrections("me or him? im 44, hes 15", answers) == {}


def test_money_back_from_the_bank_is_not_property_the_police_hold():
    text = (
        "Susan rang the bank, they said they might not give it back because i did the "
        "transfer myself. is that right??"
    )
    assert not asks_about_property(text)


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("does that count as a hate crime?", "utter_is_it_hate_crime"),
        ("so i dont have to report it to you, you're not the police?", "utter_not_the_police"),
        ("yes thats alright i think. what does victims code mean", "utter_what_is_the_code"),
        ("should i delete these messages?", "utter_privacy_answer"),
        ("im scared to go home tonight", "utter_if_he_comes"),
    ],
)
def test_questions_the_bot_can_answer_by_their_words(text, response):
    known = known_answer(text)
    assert known is not None and known.response == response


def test_a_question_naming_an_organisation_is_answered_from_the_directory():
    known = known_answer("what is tell mama?", None, load_directory())
    assert known is not None and known.text is not None and known.text.startswith("Tell MAMA:")


def test_a_question_the_bot_cannot_answer_has_no_known_answer():
    assert known_answer("do i have to give them my deadname?") is None


@pytest.mark.parametrize(
    "text",
    [
        "i dont even want to go to school anymore. sometimes i think about not being here anymore",
        "i think about dying a lot",
    ],
)
def test_thoughts_of_not_being_here_are_heard(text):
    # A 16-year-old's first words about it were missed and the questions went on.
    assert detect_risk(text) == "self_harm"


def test_not_being_around_when_he_comes_is_a_plan_not_a_crisis():
    text = "i was thinking about not being around when he comes, maybe go to my mums"
    assert detect_risk(text) is None


def test_a_negated_time_is_asked_not_guessed():
    text = "ok yes but text only and not after 4 when mums home. and not on the weekend"
    # -- round 43, helper M4 --: the times to avoid are kept in their words (Joanne was asked
    # again after "not after 6 or weekends"), still not guessed into a time to call.
    assert contact_said(text) == {
        "contact_method": "text",
        "contact_times": "not after 4, not at weekends",
    }


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("if i say yes will they tell my mum or school? im 16", "utter_who_we_tell"),
        (
            "They said they know where I live. Should I tell the police officer?",
            "utter_telling_the_police",
        ),
        ("what do i do when they come back to the shop? call 999?", "utter_if_he_comes"),
        (
            "is it only for the person it happened to? he cant exactly message you",
            "utter_for_families",
        ),
        ("will you tell the police?", "utter_support_not_police"),
    ],
)
def test_round_5_questions_are_answered(text, response):
    known = known_answer(text)
    assert known is not None and known.response == response


def test_asking_where_to_get_help_is_not_danger():
    assert (
        detect_risk("is this where i can get help with someone posting pics of me online") is None
    )
    assert detect_risk("please send help hes here") == "in_danger"


@pytest.mark.parametrize(
    ("text", "word"),
    [("what mean targeted? sorry", "targeted"), ("what is borough", "borough")],
)
def test_the_bots_own_words_are_explained(text, word):
    known = known_answer(text)
    assert known is not None and known.text == GLOSSARY[word]


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        ("weekdays before 4", {"contact_times": "weekdays, before 4"}),
        ("07700 900555", {"contact_details": "07700900555"}),
        ("not at weekends", {}),
    ],
)
def test_when_or_where_to_contact_them_answers_whether_it_is_safe(text, extra):
    # A 16-year-old's "weekdays before 4" and then her number were read as misses, and the
    # referral ended with "nobody will contact you".
    answer = read_answer("contact_safe", text)
    assert answer.value is True and answer.extra == extra


def test_any_time_but_a_day_keeps_the_day():
    assert read_answer("contact_times", "any time. not tuesday").value == "any time. not tuesday"
    assert read_answer("contact_times", "anytime thanks").value == "any time"


@pytest.mark.parametrize(
    ("text", "response"),
    [
        (
            "my partner strangled me last night. i just want to talk to a human being",
            "utter_strangled",
        ),
        (
            "my neck is really sore today and my voice has gone a bit funny. my friend says i "
            "should go to a&e",
            "utter_strangled",
        ),
        ("should i go to the hospital about my neck? its still hurting", "utter_strangled"),
        ("ok. i keep the messages? i delete them?", "utter_keep_evidence"),
        ("he raped me. i never told anyone. is it too late now", "utter_not_too_late"),
    ],
)
def test_round_6_questions_are_answered(text, response):
    known = known_answer(text)
    assert known is not None and known.response == response


@pytest.mark.parametrize(
    "text",
    [
        "ok ill do the report fraud thing. but do people get their money back? my mum is gonna "
        "kill me",
        "i need her, i cant get out of the house on my own. my son said i should tell someone",
        "should i go to the hospital about my neck? its still hurting and i cough a bit",
    ],
)
def test_figures_of_speech_and_pain_are_not_danger(text):
    assert detect_risk(text) is None


def test_real_danger_is_still_heard():
    assert detect_risk("hes still hitting me") == "in_danger"
    assert detect_risk("my dad is gonna kill me he has a knife") == "in_danger"
    assert not trusted_crisis("whats the point of reporting it again, they dont care", "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "39. but its my daughter not me, she is 14. human",
        "i said human. i need person speak somali",
        "i said i want a real person. please",
    ],
)
def test_human_said_inside_a_message_is_heard(text):
    assert asks_for_person(text)


def test_an_ok_to_the_result_beside_a_question_is_not_a_referral_yes():
    text = "ok ill do the report fraud thing. but do people actually get their money back?"
    assert read_answer("referral_consent", text).value is None


def test_asking_for_a_woman_worker_is_answered_honestly():
    known = known_answer("will it be a woman? i need to know before i say yes to this")
    assert known is not None and known.response == "utter_worker_gender"
    assert known_answer("a man pushed me") is None


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is 14 and a man online is grooming her, he sends her messages",
        "39. but its my daughter not me, she is 14. human",
        "a man on instagram is talking to my daughter, she is 14, he asks her for pictures",
    ],
)
def test_a_mother_writing_about_her_groomed_daughter(text):
    # Once noted as "it was a family member", with the mother's own age and health asked.
    account = read_account(text)
    assert account.for_child is True and account.age == 14 and account.offender is None


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("its a robbery not just assault can you change it", {"crime_type": "robbery"}),
        (
            "no i havent told the police, i said i never reported it. 35",
            {"reported_to_police": False},
        ),
        ("I wasnt targeted more than once, it was one scam", {"repeat_victimisation": False}),
    ],
)
def test_round_7_corrections_are_made(text, changes):
    answers = {
        "consent": True,
        "crime_type": "assault",
        "reported_to_police": True,
        "repeat_victimisation": True,
    }
    assert corrections(text, answers) == changes


def test_never_told_anyone_or_reported_it_is_not_reported():
    text = "it was at a festival 3 years ago. i never told anyone or reported it"
    assert read_account(text).reported is False


@pytest.mark.parametrize(("text", "value"), [("yes. human", True), ("i said yes??", True)])
def test_round_7_consent(text, value):
    assert read_answer("consent", text).value is value


def test_text_me_dont_call_is_safe_by_text():
    answer = read_answer("contact_safe", "text me dont call. my mum might pick up otherwise")
    assert answer.value is True and answer.extra == {"contact_method": "text"}


@pytest.mark.parametrize(
    "text",
    [
        "will he find out i reported him? like if the police go and talk to him will they say it "
        "was me",
        "if i talk to them do they tell the man dem who snitched",
    ],
)
def test_will_they_know_it_was_me_is_answered(text):
    known = known_answer(text)
    assert known is not None and known.response == "utter_will_they_know"


def test_the_compensation_answer_to_someone_stabbed_leaves_out_the_bereaved():
    said = rights_answer("compensation", {"crime_type": "serious_violence"})
    assert said.text is not None and "Relatives of someone killed" not in said.text
    assert rights_answer("compensation", {"crime_type": "homicide"}).response


def test_whats_the_point_reporting_is_not_a_crisis():
    assert not trusted_crisis("i just mean like whats the point reporting", "self_harm")
    assert trusted_crisis("whats the point in it all", "self_harm")


def test_only_do_text_means_they_cannot_phone():
    text = "I'm hard of hearing so I can only do text please, no phone calls"
    assert read_account(text).cannot_phone is True


def test_action_fraud_is_explained():
    known = known_answer("Is Report Fraud the same as Action Fraud?")
    assert known is not None and known.response == "utter_action_fraud"


def test_seeing_someone_in_court_is_not_about_who_sees_the_chat():
    assert not asks_about_privacy("would they see me in court?")
    assert asks_about_privacy("ye ok whatever. so u dont tell police?")


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        # r7-01 asked three times who would ring her and whether it was the police.
        ("who is the support team, is that police?", "stalking_harassment", "utter_who_contacts"),
        ("who is going to ring me, you or the police?", None, "utter_who_contacts"),
        ("which service is ringing me, the stalking one?", None, "utter_who_contacts"),
        # r7-02: a father's main question, about his 13-year-old son.
        ("does my son have to go to court?? hes 13", "robbery", "utter_court"),
        (
            "can someone tell me about court for him, the police lady said he might have to do a "
            "video interview??",
            "robbery",
            "utter_court",
        ),
        ("would they see me in court?", "serious_violence", "utter_court"),
        # r7-03 lives with the man who strangled her, home at 6.
        # Round 46: his coming back at 6 gets the plan for before he's back.
        ("is this going to take long hes back at 6", "domestic_abuse", "utter_q3_plan_before_back"),
        ("i live with him", "domestic_abuse", "utter_living_with_them"),
        # r7-04's shame got the next question.
        (
            "I feel such a fool, I should have known better at my age",
            "fraud",
            "utter_q2_scam_not_your_fault",  # round 46: "a well-known scam ... not your fault"
        ),
        ("Is it normal to feel this ashamed", "fraud", "utter_not_your_fault"),
    ],
)
def test_round_7_questions_and_disclosures_are_answered(text, crime_type, response):
    known = known_answer(text, crime_type)
    assert known is not None and known.response == response


@pytest.mark.parametrize(
    "text",
    [
        "it wasnt my fault",
        "my brother lives with my mum",
        "he got home at 6 and found the door smashed in",
        "the court case is next week",
    ],
)
def test_statements_near_those_words_are_left_alone(text):
    assert known_answer(text, "burglary") is None


# -- round 8 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        ("is there a way to report it without them knowing it was me. like anonymous", "robbery",
         "utter_anonymous_reporting"),
        ("Will I get my money back?", "fraud", "utter_bank_scam"),
        ("Should I answer the telephone if he rings back tonight?", "fraud", "utter_bank_scam"),
        ("Thank you. But what do I do about my bank card. Should I ring the bank.", "burglary",
         "utter_bank_card"),
        ("my brother took my passport and they want me to marry my cousin. is that a crime",
         "domestic_abuse", "utter_forced_marriage"),
        ("A friend mentioned something called Report Remove? Or CEOP? to get the photos taken "
         "down", "online_abuse", "utter_images_online"),
        ("whats happening with the inquest thing, my mum got a letter from the coroner",
         "homicide", "utter_inquest"),
        ("so how do i actually report it to the police?", "assault", "utter_how_to_report"),
        ("52. police? i not call police yet. i must call?", "theft", "utter_how_to_report"),
        ("will they tell immigration? i dont have papers", "human_trafficking",
         "utter_immigration"),
        ("yes. in polish language please, someone speak polish?", "theft", "utter_interpreter"),
        ("no. honestly is it even worth reporting?", "assault", "utter_worth_reporting"),
        ("Will they know about my hearing, so they speak up?", "fraud",
         "utter_worker_reads_chat"),
        ("did it get the bit about next week too? after 8pm?", "stalking_harassment",
         "utter_worker_reads_chat"),
        ("is there somewhere me and the kids can go tonight", "domestic_abuse",
         "utter_living_with_them"),
    ],
)  # fmt: skip
def test_round_8_questions_are_answered(text, crime_type, response):
    known = known_answer(text, crime_type)
    assert known is not None and known.response == response


def test_what_have_you_written_down_reads_the_answers_back():
    answers = {"crime_type": "burglary", "age": 81.0, "relationship_to_offender": "stranger"}
    known = known_answer("Can you tell me what you have written down about me?", answers=answers)
    assert known is not None and known.text is not None
    assert "a burglary" in known.text and "you are 81" in known.text


def test_an_organisation_asked_about_by_can_is_described():
    organisations = load_directory()
    text = "yes ok - actually wait, can tell mama report it for me? - yes pass my details"
    known = known_answer(text, "assault", organisations)
    # Since round 37 the question itself is answered (Tell MAMA takes reports), with its number.
    assert known is not None and known.response == "utter_tell_mama_reports"


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        # r8b-06: the girlfriend was beside him, the attacker a stranger.
        ("relationship_to_offender",
         "never seen him before in my life. my girlfriend was with me, she pulled me away after",
         "stranger"),
        ("under_18", "no?? im 45 i said. its happening now not when i was a kid", False),
        ("in_danger", "safe yeah, home now", False),
        ("contact_safe", "yeh", True),
        ("contact_times", "yeah fine", None),
        ("contact_times", "kaiboi07@gmail.com", "any time"),
    ],
)  # fmt: skip
def test_round_8_answers_are_read(slot, text, value):
    assert read_answer(slot, text).value == value


def test_an_email_typed_at_the_times_question_is_kept_as_the_address():
    assert read_answer("contact_times", "kaiboi07@gmail.com").extra == {
        "contact_details": "kaiboi07@gmail.com"
    }


def test_a_time_said_of_the_abuser_is_not_the_time_to_call():
    said = contact_said("only on my mobile in work hours. she goes through it in the evenings")
    assert said == {"contact_times": "work hours"}


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("07700 900654 mobile only", {"contact_details": "07700900654"}),
        ("change the contact time to weekdays 9am to 4pm",
         {"contact_times": "weekdays 9am to 4pm"}),
    ],
)  # fmt: skip
def test_contact_put_right_after_the_referral(text, changes):
    answers = {
        "referral_consent": True, "contact_safe": True, "contact_times": "evenings",
        "skipped_slots": ["contact_details"],
    }  # fmt: skip
    assert corrections(text, answers) == changes


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("some older man dem took my phone yesterday by the school, one of them had a shank out",
         "robbery"),
        ("A man said he was from the water board. I let him in and while I was in the kitchen my "
         "purse and my rings went.", "burglary"),
        ("sort of? i only met him that night but we'd been messaging on the app for a week",
         None),
    ],
)  # fmt: skip
def test_round_8_accounts(text, crime_type):
    assert read_account(text).crime_type == crime_type


def test_its_my_mum_says_whom_it_happened_to_not_who_did_it():
    text = "To be clear it's my MUM who has dementia, not me. Targeted because of her dementia?"
    answers = {"crime_type": "assault", "relationship_to_offender": "someone_known"}
    assert "relationship_to_offender" not in corrections(text, answers)


def test_a_theft_with_a_knife_is_put_right_as_a_robbery():
    text = (
        "nah. whats the point feds dont do nothing. and it wernt just theft they had a knife on me"
    )
    assert corrections(text, {"crime_type": "theft"}) == {"crime_type": "robbery"}


@pytest.mark.parametrize(
    "text",
    [
        "whats the point feds dont do nothing",
        "whats the point. they aint gonna do nothing",
        "info on reporting it i guess, and maybe someone for my bf to talk to. can he get help too",
        "english. why did it ask if im in danger again?? im fine",
    ],
)
def test_round_8_false_alarms(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "self_harm")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("MORE. You have not answered me about the bank.", "show_services"),
        ("Alright. Thank you for your help. Goodbye.", "goodbye"),
        ("ok. jazakallah khair", "thanks"),
        ("he hit me. thanks", None),
    ],
)
def test_round_8_keywords(text, intent):
    assert control_intent(text) == intent


def test_a_number_typed_at_the_voicemail_question_is_kept():
    turn = Turn(text="020 8800 4417", intent="inform", requested="voicemail_ok")
    assert read_turn(turn).slots.get("contact_details") == "02088004417"


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        ("what happens if i do, will they tell the police", "sexual_offence",
         "utter_support_not_police"),
        ("and you def havent kept any of this right? even the stuff i said about ending it",
         "assault", "utter_what_we_keep"),
        ("if i say human does that mean you keep my messages? cos i said no to that", "assault",
         "utter_handoff_needs_consent"),
        ("So the CICA will pay for my door and the stock?", "arson",
         "utter_compensation_not_violent"),
        ("So youre not the police. Can I report it through you or not?", "criminal_damage",
         "utter_not_the_police"),
        ("i need to know what to do if they take me to pakistan. can someone stop it",
         "domestic_abuse", "utter_forced_marriage_order"),
    ],
)  # fmt: skip
def test_round_8_privacy_and_police_questions(text, crime_type, response):
    known = known_answer(text, crime_type)
    assert known is not None and known.response == response


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("text. and i want a woman please", "woman"),
        ("cant you just write down that i want a woman? what if a man rings me", "woman"),
        ("ok. please tell them i want a woman. thanks i guess", "woman"),
        ("women only services?", None),
        ("a man with a knife took my bag", None),
    ],
)
def test_asking_for_a_woman_worker_is_kept_for_the_support_team(text, who):
    assert corrections(text, {}).get("worker_gender") == who


# -- round 9 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        ("My friend say there is a court order that can stop them taking her out of country. "
         "Is this true?", "domestic_abuse", "utter_forced_marriage_order"),
        ("And her passport, her father has her passport. Can I stop them using it? Can I get "
         "it back?", "domestic_abuse", "utter_forced_marriage_order"),
        ("No. If we tell police will they go to his family?", "domestic_abuse",
         "utter_will_they_know"),
        ("Thank you. They know I need Urdu? And should I tell her school teacher about this?",
         "domestic_abuse", "utter_worker_reads_chat"),
        ("if i say yes does this go to the feds? cos i dont want it going round",
         "serious_violence", "utter_support_not_police"),
        ("ok. if i say yes to passing my details on, do the police get told", "serious_violence",
         "utter_support_not_police"),
        ("does it cover the money i lost from work? i missed 4 weeks at work", "serious_violence",
         "utter_cica_rules"),
    ],
)  # fmt: skip
def test_round_9_questions_are_answered(text, crime_type, response):
    known = known_answer(text, crime_type)
    assert known is not None and known.response == response


@pytest.mark.parametrize(
    "text", ["Again targeted. What is mean targeted?", "targeted? I dont understand this word"]
)
def test_a_word_not_understood_is_explained(text):
    assert known_answer(text) is not None


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        ("repeat_victimisation", "it cant happen more than once", False),
        ("relationship_to_offender",
         "no, a stranger. he said he was from HMRC. i feel so stupid, my wife would have known",
         "stranger"),
        ("hate_motivated", "I dont know. Because I am Polish? I dont think so. I dont know who",
         False),
    ],
)  # fmt: skip
def test_round_9_answers_are_read(slot, text, value):
    assert read_answer(slot, text).value == value


def test_a_question_beginning_if_i_say_yes_is_not_a_yes():
    turn = Turn(
        text="ok. if i say yes to passing my details on, do the police get told",
        intent="inform",
        requested="referral_consent",
        answers={"consent": True, "crime_type": "assault"},
    )
    reading = read_turn(turn)
    assert "referral_consent" not in reading.slots
    # The question is answered (here, or by the rules when the form lets it go).
    assert reading.reject or [say.response for say in reading.say] == ["utter_support_not_police"]


@pytest.mark.parametrize(
    "text",
    [
        "last month he pushed me down the stairs. i hurt my wrist.",
        "the hospital called them innit. but whats the point with the feds tbh they aint gonna "
        "do nothing",
    ],
)
def test_round_9_false_alarms(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "self_harm")


def test_ring_again_is_not_being_targeted_again():
    assert read_account("you have told me to ring again. I CANT HEAR ON THE PHONE.").repeat is None
    assert read_account("hit by my stepdad again last night").repeat is True


def test_a_burglary_told_with_a_mothers_jewellery():
    account = read_account(
        "when I come home the door is broken and my laptop and jewellery is gone. Jewellery "
        "from my mother"
    )
    assert account.crime_type == "burglary" and account.offender is None
    assert read_account("Police I call yesterday, they give me number of crime").reported


@pytest.mark.parametrize(
    ("text", "wants"),
    [
        ("actually i can't make myself call anyone. could someone call me instead?", True),
        ("i don't want them to reply here i want a phone call", True),
        ("no dont reply here!! he checks my phone at night. just the phone call before 7", True),
        ("please dont call me", False),
        ("i want to talk to a person", False),
    ],
)
def test_asking_for_a_call_is_told_from_asking_for_a_person(text, wants):
    assert asks_for_a_call(text) is wants


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        ("and my mum? can they help her too", "homicide", "utter_for_families"),
        ("who would actually contact me. police or not", "assault", "utter_who_contacts"),
        ("no. you didnt answer me, can i do it anonymously?", "assault",
         "utter_anonymous_reporting"),
    ],
)  # fmt: skip
def test_round_9_more_questions_are_answered(text, crime_type, response):
    known = known_answer(text, crime_type)
    assert known is not None and known.response == response


def test_an_organisation_named_by_its_first_word():
    known = known_answer("is there not anything trans specific? like galop?", "assault",
                         load_directory())  # fmt: skip
    assert known is not None and known.text is not None and known.text.startswith("Galop")


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("can you fix the notes. it was strangers not someone we know",
         {"relationship_to_offender": "stranger"}),
        ("A stranger", {"relationship_to_offender": "stranger"}),
    ],
)  # fmt: skip
def test_who_did_it_put_right_after_the_result(text, changes):
    answers = {"crime_type": "robbery", "relationship_to_offender": "someone_known"}
    assert corrections(text, answers) == changes


def test_a_knife_pulled_while_a_phone_was_taken_is_a_robbery():
    text = "3 lads took his phone off him near the bus station, one of them pulled a knife out"
    assert read_account(text).crime_type == "robbery"


def test_honestly_yeah_is_yes():
    assert read_answer("fear_of_giving_evidence", "honestly yeah. i dont want to see them").value


# -- round 10 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "before anything can you not use words like police or abuse in your messages",
        "no dont keep anything. and pls dont say those words",
        "i asked you not to write that word!!",
    ],
)
def test_round_10_asking_for_plain_words(text):
    assert asks_for_discreet_words(text)


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        ("17. am i too young to get help from u lot", "domestic_abuse", "utter_not_too_young"),
        ("is it too late to get tested, like for drugs or stds or whatever", "sexual_offence",
         "utter_evidence_advice"),
    ],
)  # fmt: skip
def test_round_10_questions_are_answered(text, crime_type, response):
    known = known_answer(text, crime_type)
    assert known is not None and known.response == response


@pytest.mark.parametrize(
    "text",
    [
        "ok. hes back at 5 so i need to delete all this before. thank you",
        "wait so no one will help me?? could they email me instead",
    ],
)
def test_round_10_false_alarms(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


def test_a_statement_already_answered_is_not_answered_again():
    turn = Turn(
        text="my bf hit me again on saturday. he always checks my phone",
        intent="inform",
        requested="repeat_victimisation",
        answers={"consent": True},
        said=frozenset({"utter_privacy_answer"}),
    )
    assert "utter_privacy_answer" not in [s.response for s in read_turn(turn).say]


@pytest.mark.parametrize(
    "text", ["ok but please answer, who pay for car?", "ok but what about the window money"]
)
def test_ok_but_a_question_is_not_a_yes_to_the_referral(text):
    turn = Turn(text=text, intent="inform", requested="referral_consent",
                answers={"consent": True, "crime_type": "arson"})  # fmt: skip
    assert "referral_consent" not in read_turn(turn).slots


def test_a_parents_age_beside_the_childs_is_the_childs():
    assert read_child_age("I'm 48 but this is about my daughter who's 14").value == 14.0


def test_an_adult_son_is_not_a_child():
    turn = Turn(text="30", intent="inform", requested="age",
                answers={"for_child": True, "crime_type": "domestic_abuse"})  # fmt: skip
    assert read_turn(turn).slots == {"for_child": False}
    text = "Please change it so they dont think a child is hurt. its me"
    assert corrections(text, {"for_child": True}) == {"for_child": False}


def test_spiked_then_sexual_is_a_sexual_offence():
    turn = Turn(
        text="i think something happened, like sexually. sorry this is hard to type",
        intent="inform",
        requested="in_danger",
        answers={"consent": True, "crime_type": "assault"},
    )
    assert read_turn(turn).slots.get("crime_type") == "sexual_offence"


def test_a_yes_that_starts_the_second_sentence_is_a_yes():
    text = "good these text. yes pass details. but contact me text or email only."
    assert read_answer("referral_consent", text).value is True


def test_will_the_police_tell_my_college_is_answered():
    known = known_answer("u didnt answer, will the police tell my college?", "robbery")
    assert known is not None and known.response == "utter_will_they_know"


# -- round 11 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        ("is it even a crime, him posting my photos?", "online_abuse",
         "utter_images_are_a_crime"),
        ("is what hes doing even illegal? hes my landlord", "stalking_harassment",
         "utter_harassment_crime"),
        ("who even is the support team", "robbery", "utter_who_contacts"),
    ],
)  # fmt: skip
def test_round_11_questions_are_answered(text, crime_type, response):
    known = known_answer(text, crime_type)
    assert known is not None and known.response == response


def test_compensation_after_a_stabbing_is_not_the_property_answer():
    text = "she may have nerve damage. can she get compensation for that? she works in a shop"
    known = known_answer(text, "serious_violence")
    assert known is not None and known.response != "utter_compensation_not_violent"


def test_illegal_is_not_about_immigration():
    known = known_answer("is that even illegal? im british", "stalking_harassment")
    assert known is None or known.response != "utter_immigration"


def test_thought_she_was_my_partner_then_a_stranger():
    text = "Well I thought she was my partner in a way. But I never met her. I suppose a stranger."
    assert read_answer("relationship_to_offender", text).value == "stranger"


def test_a_son_taking_his_mothers_pension_is_abuse_by_family():
    text = "Its about my son. Hes 34. He takes my pension and last week he pushed me"
    assert read_account(text).crime_type == "domestic_abuse"


def test_two_ages_from_a_parent_give_the_childs():
    assert read_child_age("Im 46, Josh is 13").value == 13.0


def test_rights_answers_are_plain_for_someone_who_asked():
    said = rights_answer("compensation", {"crime_type": "assault", "discreet": True})
    assert said.text is not None and "police" not in said.text


def test_a_question_about_passing_details_on_is_not_a_yes():
    turn = Turn(text="if u pass my details will they tell my mum? she'll go mad",
                intent="inform", requested="referral_consent",
                answers={"consent": True, "crime_type": "assault"})  # fmt: skip
    assert "referral_consent" not in read_turn(turn).slots


def test_videos_off_snapchat_and_the_school_gate():
    known = known_answer("how do i get the videos off snap theres like 3 of them", "assault")
    assert known is not None and known.response == "utter_images_online"
    assert afraid_of_what_comes_next("what do i do tmrw tho theyll be waiting at the gate")


def test_not_wanting_the_police_is_not_an_answer_about_contact():
    text = "wtf thats not what i asked. i said i dont want the police"
    assert read_answer("contact_safe", text).value is None


@pytest.mark.parametrize(
    "text",
    [
        "i need help for my son. someone took his phone and hit him. Im writing for him",
        "help for my son please",
        "writing for him, my grandson, hes 15",
    ],
)
def test_a_parent_asking_help_for_their_child_is_writing_for_the_child(text):
    assert read_account(text).for_child is True


def test_help_for_a_partner_is_not_for_a_child():
    assert read_account("i want help for my wife, she was attacked").for_child is None


@pytest.mark.parametrize(
    "text",
    ["they took his phone and punched him", "a man grabbed my bag and pushed me over"],
)
def test_taking_something_then_force_is_a_robbery(text):
    assert read_account(text).crime_type == "robbery"


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("can i get a restraining order?", "utter_protection_order"),
        ("can I get an order to keep him away from me and the kids", "utter_protection_order"),
        ("how long will all this take?", "utter_how_long"),
        ("how long will the court case take?", "utter_how_long"),
        ("am i in trouble for sending the photo?", "utter_images_not_in_trouble"),
        ("will i get in trouble for sending it to him", "utter_images_not_in_trouble"),
        ("who pays for my window?", "utter_compensation_not_violent"),
    ],
)
def test_questions_round_eleven_could_not_get_answered(text, response):
    known = known_answer(text, "burglary")
    assert known is not None and known.response == response


@pytest.mark.parametrize(
    ("text", "not_response"),
    [
        ("how long do you keep my data?", "utter_how_long"),
        ("a court order can stop them taking her out of the country?", "utter_protection_order"),
    ],
)
def test_look_alike_questions_keep_their_own_answers(text, not_response):
    known = known_answer(text, "domestic_abuse")
    assert known is None or known.response != not_response


# Round 12.
@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("actually wait, can i still get help?", None),
        ("cant talk hes still there", "in_danger"),
        ("I'm safe now. mum locked the door and my brother is here. should i call police", None),
        ("im safe now but hes outside", "in_danger"),
        ("im fine hes still here", "in_danger"),
    ],
)
def test_round_twelve_danger_readings(text, risk):
    assert detect_risk(text) == risk


def test_yeah_safe_is_not_a_yes_to_danger():
    assert read_answer("in_danger", "im home now so yeah safe").value is False
    assert read_answer("in_danger", "yeah safe to talk but hes in the next room").value is True


def test_an_answer_then_stop_stops():
    turn = Turn(text="no. stop", intent="stop", requested="hate_motivated",
                answers={"consent": True, "crime_type": "assault"})  # fmt: skip
    assert read_turn(turn).reject


def test_money_back_is_not_a_question_about_the_worker():
    known = known_answer("will they get my money back?", "fraud")
    assert known is None or known.response != "utter_worker_reads_chat"


def test_catch_me_is_not_the_hate_crime_service():
    organisations = load_directory()
    known = known_answer("what about the messages. they said theyll catch me again", "assault",
                         organisations)  # fmt: skip
    assert known is None or "CATCH" not in (known.text or "")


def test_a_punch_from_a_partner_is_domestic_abuse():
    text = "he punched the wall next to my head"
    assert read_account(text, "partner_or_ex").crime_type == "domestic_abuse"
    assert read_account("a stranger punched me").crime_type == "assault"


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        ("contact_method", "email i guess. actually no she might see that too. text", "text"),
        ("contact_method", "text, not call", "text"),
        ("contact_times", "after 6. i already said. and text not call", "after 6"),
        ("referral_consent", "What about the school though? And yes please pass details on", True),
        ("reported_to_police", "what if they find out i reported them", None),
        ("reported_to_police", "yes but im scared they find out i reported", True),
        (
            "crime_type",
            "men came to my door saying my roof tiles were loose, ive been had",
            "fraud",
        ),
        ("crime_type", "roofers. took me to the bank for 4000 cash. never came back", "fraud"),
        ("crime_type", "Nobody has been killed!! Im asking if my parents will find out", None),
    ],
)
def test_round_twelve_answers(slot, text, value):
    assert read_answer(slot, text).value == value


def test_someone_else_looking_at_the_phone_keeps_messages_plain():
    answers = {"consent": True, "referral_consent": True}
    turn = Turn(text="yes its my phone. but my mum sometimes looks at it", intent="affirm",
                requested="contact_safe", answers=answers)  # fmt: skip
    reading = read_turn(turn)
    assert reading.slots == {"contact_safe": True, "discreet": True}
    assert [say.response for say in reading.say] == ["utter_phone_seen"]


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        ("do i have to report to police for tell mama?", "assault", "utter_support_without_report"),
        ("will the people at galop tell the police?", "assault", "utter_support_not_police"),
        ("what about my lip tho. should i go a&e or is it fine", "assault", "utter_injury"),
        ("who pay for my tools? insurance? police pay?", "theft", "utter_compensation_not_violent"),
        ("am i in trouble you didnt say", "online_abuse", "utter_images_not_in_trouble"),
        ("Can they help her without our parents knowing?", None, "utter_will_they_know"),
    ],
)
def test_round_twelve_questions(text, crime_type, response):
    known = known_answer(text, crime_type)
    assert known is not None and known.response == response


@pytest.mark.parametrize(
    "text",
    [
        "he kept asking for pics and i sent some and now hes saying hell send them to everyone "
        "if i dont send more",
        "hes blackmailing me with pics",
    ],
)
def test_threats_to_share_pictures_are_image_abuse(text):
    found = read_account(text)
    # Since round 31 a threat to send them "unless"/"if i dont send more" is read as the sexual
    # offence it is (Sexual Offences Act 2003, s.66B): still image abuse, with its services.
    assert found.crime_type in ("online_abuse", "sexual_offence")
    assert "intimate_images" in found.details


def test_who_sees_it_asks_about_privacy():
    assert asks_about_privacy("who sees it")


# Round 13.
@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("do i have to report it to police to get the compensation. yes or no", None),
        ("should i confront him or call the police??", "utter_child_disclosed"),
        ("my mate said i left with someone. im scared something else happened to me",
         "utter_evidence_advice"),
    ],
)  # fmt: skip
def test_round_thirteen_questions(text, response):
    answers = {"for_child": True, "crime_type": "sexual_offence"} if "confront" in text else {}
    known = known_answer(text, answers.get("crime_type", "assault"), answers=answers)
    if response is None:
        # The criminal injuries scheme needs a report: never "No, you can get support without".
        assert known is None or known.response != "utter_support_without_report"
    else:
        assert known is not None and known.response == response


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        ("contact_times", "hello?? i asked if i agreed to pass my details on", None),
        ("contact_times", "thats not a time lol. evenings after 5", "evenings after 5"),
        ("contact_times", "Text message", None),
        ("reported_to_police", "you still havent said if i call the police", None),
        ("hate_motivated", "maybe. he call us gypsy and say romanians are thief", True),
    ],
)
def test_round_thirteen_answers(slot, text, value):
    assert read_answer(slot, text).value == value


def test_times_said_beside_a_yes_are_kept():
    assert contact_said("yes but only weekdays 9-4 when hes at work") == {
        "contact_times": "weekdays, 9 to 4"
    }
    assert contact_said("yes but they cant call me. he will hear. only text. at work 12 to 1") == {
        "contact_method": "text",
        "contact_times": "12 to 1",
    }


def test_asking_about_the_police_is_not_having_reported():
    assert read_account("No, safe. They're long gone. Crime number??").reported is None
    assert read_account("they gave me a crime number").reported is True


def test_a_man_who_did_it_is_not_a_request_for_a_man():
    text = "hello. I need some help please. a man on a motorbike took my handbag"
    assert "worker_gender" not in corrections(text, {})
    fixed = corrections("I didnt ask for a man. a lady would be nice actually",
                        {"worker_gender": "man"})  # fmt: skip
    assert fixed == {"worker_gender": "woman"}


def test_consent_said_before_thoughts_of_suicide_is_kept():
    text = "yeah ok. honestly sometimes i think everyone would be better off without me"
    reading = read_turn(Turn(text=text, intent="self_harm", requested="consent"))
    assert reading.slots.get("consent") is True and "self_harm" in reading.flags
    assert (
        read_turn(Turn(text="yes i want to die", intent="self_harm", requested="consent")).slots
        == {}
    )


def test_you_can_keep_after_a_no_is_consent():
    assert corrections("no danger. and you can keep, i say da = yes", {"consent": False}) == {
        "consent": True
    }


def test_a_no_that_corrects_the_police_answer_is_not_a_no_to_the_referral():
    answers = {"consent": True, "crime_type": "sexual_offence", "reported_to_police": True}
    turn = Turn(text="NO i have NOT told the police", intent="deny",
                requested="referral_consent", answers=answers)  # fmt: skip
    assert read_turn(turn).slots == {"reported_to_police": False}
    turn = Turn(text="no. and i havent told the police", intent="deny",
                requested="referral_consent", answers=answers)  # fmt: skip
    assert read_turn(turn).slots == {"reported_to_police": False, "referral_consent": False}


# Round 14.
def test_not_seeing_the_point_said_on_its_own_is_a_suicide_risk():
    assert detect_risk("honestly some days i dont see the point") == "self_harm"
    assert detect_risk("i dont see the point in reporting it") is None


def test_teeth_lost_in_a_punch_are_not_money_lost():
    text = "Got punched outside a pub saturday night by some random guy. Lost 2 front teeth"
    assert read_account(text).crime_type == "assault"
    assert read_account("lost 2k on a scam").crime_type == "fraud"


@pytest.mark.parametrize(
    ("text", "offender"),
    [
        (
            "its my husband. he hit me last week, slapped me across the face. and he takes all "
            "my wages every month",
            "partner_or_ex",
        ),
        (
            "hi um a boy at my school sent a pic of me to loads of people. like a private pic",
            "someone_known",
        ),
        ("some girls in my year keep posting about me", "someone_known"),
        ("its my mum. she has dementia", None),
        ("i was with a girl from my class and a man hit us", None),
    ],
)
def test_who_did_it_said_in_passing_is_not_asked_again(text, offender):
    assert read_account(text).offender == offender


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no dont pass it on. my mum will find out", False),
        ("please dont pass it on", False),
        ("please no", False),
        ("pass it on please", True),
        ("yes pass it on", True),
    ],
)
def test_a_no_to_passing_details_on_is_a_no(text, value):
    assert read_answer("referral_consent", text).value is value


def test_someone_who_looks_at_their_phone_keeps_messages_plain():
    reading = read_turn(
        Turn(
            text="no just once. theres someone who looks at my phone sometimes",
            intent="deny",
            requested="repeat_victimisation",
        )
    )
    assert reading.slots["discreet"] is True
    assert reading.slots["repeat_victimisation"] is False
    assert [s.response for s in reading.say] == ["utter_phone_seen"]


@pytest.mark.parametrize(
    ("text", "crime_type", "answers", "response"),
    [
        (
            "no. can you get it deleted off everyones phones?",
            "online_abuse",
            {"account_details": ["intimate_images"]},
            "utter_images_off_phones",
        ),
        (
            "is that a disability? i wear 2 hearing aids",
            "burglary",
            {},
            "utter_what_counts_disability",
        ),
        (
            "Paul says to ask who sees all this, its not a scam is it? will you ask me for money",
            "burglary",
            {},
            "utter_not_a_scam",
        ),
        ("are you a scam?", "fraud", {}, "utter_not_a_scam"),
    ],
)
def test_round_fourteen_questions(text, crime_type, answers, response):
    said = known_answer(text, crime_type, answers=answers)
    assert said is not None and said.response == response


def test_a_fraud_victim_asking_if_a_call_was_a_scam_is_not_told_we_are_not_one():
    assert known_answer("is this a scam?", "fraud", answers={}) is None


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("any time but TEXT please not phone", "any time"),
        ("after 9pm i said", "after 9pm"),
        ("mornings but not weekends", "mornings but not weekends"),
        ("only weekdays 12 to 2. i said already", "only weekdays 12 to 2"),
    ],
)
def test_contact_times_keep_only_the_times(text, times):
    assert read_answer("contact_times", text).value == times


@pytest.mark.parametrize("text", ["da", "tak", "da ok. vorbiti romana?"])
def test_yes_in_another_language_is_not_an_english_answer(text):
    from bot.language import is_english

    assert not is_english(text)


def test_loans_in_their_name_get_the_identity_fraud_answer_not_the_refund():
    account = read_account("someone took out 3 loans in my name and a credit card")
    assert "identity_fraud" in account.details
    answers = {"account_details": sorted(account.details)}
    said = known_answer("how do I fix my credit file", "fraud", answers=answers)
    assert said is not None and said.response == "utter_identity_fraud"
    # Round 33 (Olivia): whether they must pay is answered (not liable, bailiffs need a court
    # judgment), still not the refund answer.
    said = known_answer(
        "What does the bank actually have to do? Do I have to pay these back while they "
        "investigate??",
        "fraud",
        answers=answers,
    )
    assert said is not None and said.response == "utter_fraud_credit_not_yours"
    said = known_answer(
        "will i get my money back?", "fraud", answers={"account_details": ["economic"]}
    )
    assert said is not None and said.response == "utter_bank_scam"


# Round 15.
def test_not_sure_after_being_told_he_is_on_his_way_gets_what_to_do_and_no_more_questions():
    reading = read_turn(
        Turn(
            text="idk im home alone, mums at work. what do i do",
            intent="dont_know",
            requested="in_danger",
            answers={"consent": True, "crime_type": "domestic_abuse"},
            asked={"in_danger": 2},
            said=frozenset({"utter_emergency", "utter_ask_in_danger"}),
        )
    )
    assert [s.response for s in reading.say] == ["utter_danger_steps"]
    assert reading.pause


def test_danger_after_the_danger_question_was_asked_twice_still_stops_the_questions():
    reading = read_turn(
        Turn(
            text="hes here hes banging on the door",
            intent="in_danger",
            requested="hate_motivated",
            answers={"consent": True, "in_danger": False, "crime_type": "domestic_abuse"},
            asked={"in_danger": 2, "hate_motivated": 1},
            said=frozenset({"utter_emergency"}),
        )
    )
    assert reading.pause
    assert [s.response for s in reading.say] == ["utter_emergency", "utter_when_safe"]


@pytest.mark.parametrize(
    "text",
    [
        "I do not want her coming in if she is stealing but I need someone to help me wash and "
        "dress.",
        "i dont want her coming in",
    ],
)
def test_not_wanting_someone_to_come_is_not_danger(text):
    assert detect_risk(text) is None


def test_someone_coming_in_now_is_still_danger():
    assert detect_risk("i dont want him coming round, hes outside now") == "in_danger"


def test_not_stopping_when_told_no_is_a_sexual_offence():
    text = "i met a guy on hinge and we went back to his after and he didnt stop when i said no"
    assert read_account(text).crime_type == "sexual_offence"


@pytest.mark.parametrize(
    "text",
    [
        "nah i aint reporting it. is there a way without police knowing its me",
        "no thanks, i dont want the police involved",
    ],
)
def test_a_no_to_the_police_is_not_a_no_to_being_referred(text):
    assert read_answer("referral_consent", text).value is None


def test_telling_without_snitching_gets_the_anonymous_routes():
    for text in (
        "nah i aint reporting it. is there a way without police knowing its me",
        "wait i didnt mean no to help. i meant no police. can i tell someone without snitching",
    ):
        said = known_answer(text, "robbery", answers={})
        assert said is not None and said.response == "utter_anonymous_reporting"


def test_asking_what_ceop_is_is_not_about_images():
    said = known_answer("whats ceop? he didnt do anything online", "domestic_abuse", answers={})
    assert said is None or said.response != "utter_images_online"


def test_times_and_a_phone_call_said_beside_a_yes_are_kept():
    said = contact_said(
        "Yes, but not in the mornings when the carer is here please. After eleven is best. A "
        "phone call, I do not do texting very well, my daughter set this up."
    )
    assert said == {"contact_method": "call", "contact_times": "after eleven, not mornings"}


def test_a_complaint_inside_the_times_is_not_kept():
    said = read_answer("contact_times", "After eleven in the morning, I told you. Not before")
    assert said.value == "After eleven in the morning, Not before"


def test_a_method_changed_at_the_voicemail_question_is_kept():
    reading = read_turn(
        Turn(
            text="No, my husband might hear it. Text is better actually",
            intent="deny",
            requested="voicemail_ok",
            answers={"consent": True, "referral_consent": True, "contact_method": "call"},
        )
    )
    assert reading.slots == {"voicemail_ok": False, "contact_method": "text"}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("no not now. delete my data please", "delete_my_data"),
        ("please delete my data", "delete_my_data"),
        ("ok thanks. delete my data now pls in case he sees", "delete_my_data"),
        ("if i say delete my data will they still text me?", None),
        ("no keep it then. ill just delete the texts", None),
        ("dont delete my data", None),
    ],
)
def test_delete_my_data_beside_another_answer_still_deletes(text, intent):
    assert control_intent(text) == intent


def test_no_not_that_is_not_a_no_to_being_referred():
    text = "no not that. the police one. FAMILY liaison. hes there now. ive given up"
    assert read_answer("referral_consent", text).value is None
    assert read_answer("referral_consent", "no not now").value is False


@pytest.mark.parametrize(
    ("text", "response"),
    [
        (
            "what?? no i cant stop the cards he would know. i asked if its abuse. he controls the "
            "money, i have to ask him for money for tampons",
            "utter_economic_abuse",
        ),
        (
            "if i say delete my data will they still text me? i want this chat gone from here but "
            "still want the help",
            "utter_delete_cancels_referral",
        ),
        (
            "thats not what i asked. if i delete my data do i lose the referral",
            "utter_delete_cancels_referral",
        ),
        # Round 46: "I can only write in English" and the right to an interpreter.
        ("przepraszam, my english not good. you have polish? po polsku?", "utter_other_language"),
        ("polish please. polski", "utter_interpreter"),
    ],
)
def test_round_fifteen_questions(text, response):
    said = known_answer(
        text, "domestic_abuse", answers={"relationship_to_offender": "partner_or_ex"}
    )
    assert said is not None and said.response == response


@pytest.mark.parametrize(
    "text",
    [
        "hi im texting for my sister, her boyfriend beat her up last night and she cant text "
        "herself",
        "me? no, its her. shes at mine now in croydon",
        "this is her son david typing now, mum is 84",
    ],
)
def test_someone_writing_for_another_adult_is_recognised(text):
    assert read_account(text).for_someone_else is True


def test_her_boyfriend_is_the_partner_when_writing_for_her():
    account = read_account(
        "hi im texting for my sister, her boyfriend beat her up last night and she cant text "
        "herself"
    )
    assert (account.crime_type, account.offender) == ("domestic_abuse", "partner_or_ex")
    assert read_account("her boyfriend hit me").offender is None


def test_writing_for_someone_is_said_back_once_and_their_age_is_theirs():
    reading = read_turn(
        Turn(text="me? no, its her. shes at mine now in croydon", requested="in_danger")
    )
    assert reading.slots["for_someone_else"] is True
    assert "utter_about_them" in [s.response for s in reading.say]
    age = read_turn(
        Turn(
            text="me 45, but shes 38",
            requested="age",
            answers={"for_someone_else": True},
        )
    )
    assert age.slots["age"] == 38.0


def test_paying_loans_back_is_not_asking_if_we_charge():
    said = known_answer("Yes that is ok. Do I have to pay these loans back?", None, answers={})
    assert said is None or said.response != "utter_not_a_scam"
    said = known_answer("will i have to pay for the support?", None, answers={})
    assert said is not None and said.response == "utter_not_a_scam"


@pytest.mark.parametrize(
    "text",
    [
        "she should call the police shouldnt she?",
        "a stranger. she says he was about 40. should we call the police now or 101?",
    ],
)
def test_whether_she_or_we_should_call_the_police_is_answered(text):
    said = known_answer(text, "burglary", answers={})
    assert said is not None and said.response == "utter_telling_the_police"


def test_describing_trauma_is_not_a_suicide_risk():
    text = (
        "Not before. Now I think maybe PTSD, my GP said maybe. I jump at every noise. My wife "
        "says I shout in my sleep"
    )
    assert not trusted_crisis(text, "self_harm")
    assert trusted_crisis("i want to jump off a bridge", "self_harm")


def test_phone_is_ok_said_with_the_yes_is_the_method():
    said = contact_said("Yes. Phone is ok, weekdays before 3pm, 07700 900 764")
    assert said == {"contact_method": "call", "contact_times": "weekdays, before 3pm"}


def test_a_black_eye_asked_about_is_not_a_yes_to_hate_and_gets_medical_advice():
    text = "she has a black eye and her ribs hurt, should she go to a&e?"
    assert read_answer("hate_motivated", text).value is None
    said = known_answer(text, "domestic_abuse", answers={})
    assert said is not None and said.response == "utter_injury"


def test_not_the_first_time_is_a_repeat():
    text = "no not yet, she doesnt want to. its not the first time, hes been like this for a year"
    assert read_account(text).repeat is True
    assert read_account("it was the first time").repeat is False


def test_they_go_my_school_is_someone_known():
    text = "kinda. they go my school. year 12s. im scared to go in tmrw"
    assert read_answer("relationship_to_offender", text).value == "someone_known"


# Round 16.
@pytest.mark.parametrize(
    "text",
    [
        "hi my brother got mugged last night outside the station, someone hit him with a bottle. "
        "hes in hospital and cant use his phone so im texting for him",
        "carry on. Chloe again. gran had a nap. can we just get someone to ring us please, she "
        "doesnt like typing",
    ],
)
def test_what_happened_last_night_and_asking_for_a_call_are_not_danger(text):
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "oh god hes just come home hes shouting",
        "the man who attacked me last week is on the platform staring at me",
        "he hit me last night and now hes outside",
    ],
)
def test_someone_home_or_there_now_is_danger(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        ("yes whatever but should i pay?? he said tonight", None, "utter_sextortion"),
        (
            "will they tell my parents? and should i pay him or not. its 4pm",
            None,
            "utter_sextortion",
        ),
        ("boss can take my passport? this is legal?", None, "utter_passport_at_work"),
        (
            "feeling safe and information. can they stop my parents taking me? can i get my "
            "passport hidden or something",
            "domestic_abuse",
            "utter_forced_marriage_order",
        ),
        (
            "English. i cant phone anyone, they will hear me. is there something i can text",
            "domestic_abuse",
            "utter_text_routes",
        ),
        (
            "No. That is my problem. I can not phone them. Is there text or email for police?",
            "assault",
            "utter_how_to_report",
        ),
        (
            "Hello. I am Deaf, use BSL. I was attacked in pub car park Saturday night. I cannot "
            "use phone. How I contact police by text?",
            "assault",
            # Round 39: the ways in by text, whatever the crime (Maureen's fraud got the 101
            # answer's Report Fraud variant three times).
            "utter_police_by_text",
        ),
        (
            "Can I ask about the funeral, I cant afford it. Who pays?",
            "homicide",
            "utter_funeral_costs",
        ),
    ],
)
def test_round_sixteen_questions(text, crime_type, response):
    said = known_answer(text, crime_type, answers={})
    assert said is not None and said.response == response


def test_should_i_pay_a_debt_collector_is_not_sextortion():
    said = known_answer("should i pay the debt collector?", "fraud", answers={})
    assert said is None or said.response != "utter_sextortion"


def test_a_deaf_man_who_cannot_phone_is_not_told_his_words_will_be_plain():
    text = (
        "Hello. I am Deaf, use BSL. I was attacked in pub car park Saturday night. I cannot use "
        "phone. How I contact police by text?"
    )
    assert not asks_for_discreet_words(text)


def test_please_answer_is_not_a_yes_to_being_referred():
    text = "please answer. they have my passport. they say send me to Turkey"
    assert read_answer("referral_consent", text).value is None
    assert read_answer("referral_consent", "please").value is True


def test_muslim_scum_sprayed_on_a_shop_is_hate():
    account = read_account("someone threw a brick through my shop window and sprayed muslim scum")
    assert account.hate is True and "muslim" in account.communities


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("hate crime?? nah its not that. its cos i talked to police", {"hate_motivated": True}),
        ("no she wasnt targeted for that", {"hate_motivated": True}),
    ],
)
def test_a_hate_crime_yes_can_be_taken_back(text, answers):
    assert corrections(text, answers)["hate_motivated"] is False


def test_not_knowing_if_she_was_sexually_assaulted_takes_back_the_label():
    changes = corrections(
        "wait i never said i was sexually assaulted. i dont know if i was",
        {"crime_type": "sexual_offence"},
    )
    assert changes["crime_type"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ok. no i dont want anyone contacting me", False),
        ("ok no thanks", False),
        ("ok. yes someone can text me", True),
        ("ok", True),
    ],
)
def test_ok_then_the_answer(text, value):
    assert read_answer("referral_consent", text).value is value


def test_does_my_ex_find_out_i_contacted_you_gets_the_privacy_answer():
    said = known_answer(
        "thanks. does my ex find out i contacted you?", "domestic_abuse", answers={}
    )
    assert said is not None and said.response == "utter_privacy_answer"


def test_he_is_not_here_now_with_what_he_usually_does_is_not_danger():
    text = (
        "no hes not here now. but he turns up like every few days, banging on the door, last "
        "week he waited outside my work"
    )
    assert detect_risk(text) is None
    assert detect_risk("hes not here now but hes coming back tonight") == "in_danger"
    assert detect_risk("hes not here now but hes outside") == "in_danger"


@pytest.mark.parametrize(
    "text",
    [
        "Yes. Should I clean the door off now or leave it for the police to photograph?",
        "Yes but i asked before, can it be a woman who calls me? also does this count as "
        "stalking if hes only messaged like 3 times",
    ],
)
def test_a_yes_with_a_question_beside_it_is_a_yes_to_being_referred(text):
    reading = read_turn(
        Turn(
            text=text,
            intent="affirm",
            requested="referral_consent",
            answers={"consent": True, "crime_type": "stalking_harassment"},
        )
    )
    assert reading.slots["referral_consent"] is True


@pytest.mark.parametrize(
    "text",
    [
        "he hit me last year but hes moved to scotland and i havent heard from him since",
        "i'm scared he'll get off",
    ],
)
def test_the_suites_last_false_alarms_are_not_trusted_as_danger(text):
    assert not trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        (
            "can i tell someone about them without my name? and i still owe them 2000",
            "kidnap_false_imprisonment",
            "utter_anonymous_reporting",
        ),
        (
            "can u just tell me how to get the account down",
            "online_abuse",
            "utter_images_off_phones",
        ),
        (
            "should i screenshot everything before i report the account?",
            "online_abuse",
            "utter_keep_evidence",
        ),
        (
            "nah A&E is overkill. ill just take paracetamol and sleep it off",
            "assault",
            "utter_injury",
        ),
    ],
)
def test_round_sixteen_more_questions(text, crime_type, response):
    answers = {"account_details": ["intimate_images", "injured"]}
    said = known_answer(text, crime_type, answers=answers)
    assert said is not None and said.response == response


def test_i_know_them_puts_right_a_stranger():
    answers = {"relationship_to_offender": "stranger", "crime_type": "kidnap_false_imprisonment"}
    text = "35. you wrote i dont know them, thats wrong, i know them"
    assert corrections(text, answers)["relationship_to_offender"] == "someone_known"
    assert corrections("no i dont know them", answers) == {}


def test_where_they_live_said_outright_is_kept_and_said_back():
    reading = read_turn(
        Turn(
            text="this is her son david typing now, mum is 84. she lives alone in richmond. she "
            "should call the police shouldnt she?",
            intent="inform",
            requested="age",
            answers={"consent": True, "crime_type": "fraud"},
        )
    )
    assert reading.slots["borough"] == reading.noted["borough"] == "richmond upon thames"
    for text in ("i live in a flat", "we live in fear"):
        other = read_turn(Turn(text=text, intent="inform", requested="age", answers={}))
        assert "borough" not in other.slots


@pytest.mark.parametrize(
    ("text", "about_them"),
    [
        ("my mum lives alone in richmond and a man took her savings", True),
        ("my brother got attacked last night", True),
        ("my sister was attacked by her boyfriend", True),
        ("my husband hit me", None),
        ("he took her phone and hit me", None),
        ("me and my mum were attacked", None),
    ],
)
def test_a_crime_told_of_an_adult_relative_is_writing_for_someone_else(text, about_them):
    assert read_account(text).for_someone_else is about_them


# -- round 16, the rest ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "her carers son",
        "the carers son, he comes with her on tuesdays",
        "it was the carer's son",
        "the son of the carer",
    ],
)
def test_the_relative_of_a_carer_is_someone_known_not_family(text):
    assert read_answer("relationship_to_offender", text).value == "someone_known"


def test_their_own_son_is_still_family():
    assert read_answer("relationship_to_offender", "my son").value == "family_member"


@pytest.mark.parametrize(
    "text",
    [
        "me and my boy got jumped leaving the club last night",
        "my boy and me got attacked by some guys outside the chicken shop",
    ],
)
def test_my_boy_beside_them_is_a_friend_not_a_child(text):
    assert not read_account(text).for_child


def test_my_boy_who_was_hurt_is_still_a_child():
    assert read_account("my boy was stabbed last night hes 15").for_child


@pytest.mark.parametrize(
    "text", ["a man took her savings", "someone has been taking money from his wallet"]
)
def test_a_theft_from_someone_else_is_read(text):
    assert read_account(text).crime_type == "theft"


@pytest.mark.parametrize(
    ("requested", "text", "borough"),
    [("age", "croydon", "croydon"), ("gender", "in Tower Hamlets", "tower hamlets")],
)
def test_a_bare_borough_at_another_question_is_kept(requested, text, borough):
    reading = read_turn(Turn(text=text, intent="inform", requested=requested, answers={}))
    assert reading.slots.get("borough") == borough


def test_a_place_said_in_an_account_is_not_taken_for_where_they_live():
    turn = Turn(text="it happened in croydon", intent="inform", requested="age", answers={})
    assert "borough" not in read_turn(turn).slots


@pytest.mark.parametrize(
    "text",
    [
        "its for my mum, she only speaks gujarati really",
        "my dad speaks mainly polish so can someone help him in polish",
    ],
)
def test_a_language_said_in_passing_is_kept(text):
    reading = read_turn(Turn(text=text, intent="inform", requested="age", answers={}))
    assert reading.slots.get("language") not in (None, "english")


def test_speaking_to_someone_is_not_a_language():
    turn = Turn(text="he speaks to me like dirt", intent="inform", requested="age", answers={})
    assert "language" not in read_turn(turn).slots


# -- round 17 -----------------------------------------------------------------------------


def _turn(text, requested, intent="inform", **answers):
    return read_turn(Turn(text=text, intent=intent, requested=requested, answers=answers))


@pytest.mark.parametrize(
    "text",
    [
        "My chest has been a bit tight all evening with the worry",
        "Its in my left arm a bit too now. Should I worry?",
    ],
)
def test_signs_of_a_heart_attack_get_999_and_the_questions_wait(text):
    reading = _turn(text, "borough")
    assert [s.response for s in reading.say] == ["utter_medical_emergency"]
    assert reading.pause
    assert known_answer(text, "theft", answers={}).response == "utter_medical_emergency"


@pytest.mark.parametrize(
    "text",
    ["i was so scared i thought i would have a heart attack", "no chest pain just bruises"],
)
def test_a_heart_attack_as_a_figure_of_speech_is_not_an_emergency(text):
    said = known_answer(text, "assault", answers={})
    assert said is None or said.response != "utter_medical_emergency"


def test_someone_pulling_up_outside_stops_the_questions_even_after_danger_was_skipped():
    reading = read_turn(
        Turn(
            text="oh my god hes just pulled up outside",
            intent="in_danger",
            requested="relationship_to_offender",
            answers={"crime_type": "stalking_harassment"},
            asked={"in_danger": 2},
        )
    )
    assert reading.pause and reading.slots["in_danger"] is True
    assert [s.response for s in reading.say] == ["utter_emergency", "utter_when_safe"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "no not in danger. A man came to the door in october said my roof tiles were loose "
            "and he would fix them, I paid him six thousand pounds and he never did anything. now "
            "hes come back saying he needs more money for materials",
            "in_danger",
        ),
        (
            "hes home with me now, hes ok just shaking. they took his phone near the school "
            "gates after school, 3 of them maybe 16 or 17, one showed a knife",
            "in_danger",
        ),
        ("ye im home. but my eye is proper bad, kinda blurry still. should i go a&e", "inform"),
    ],
)
def test_safe_now_at_the_danger_question_raises_no_alarm(text, intent):
    reading = _turn(text, "in_danger", intent=intent)
    assert reading.slots.get("in_danger") is False
    assert "utter_emergency" not in [s.response for s in reading.say]
    assert not reading.pause


def test_hes_safe_about_the_person_written_for_is_a_no_to_danger():
    text = "hes safe, hes in hillingdon hospital. some guy got out of his car and punched him"
    assert read_answer("in_danger", text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "reported it 4 times. police do nothing. whats the point",
        "Samaritans?? Im not going to top myself mate Im fed up with the police. Im 63",
    ],
)
def test_being_fed_up_with_the_police_is_not_a_suicide_risk(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "self_harm")


def test_a_real_risk_beside_the_police_is_still_caught():
    assert detect_risk("police do nothing. whats the point of anything, i want to die") == (
        "self_harm"
    )


def test_thoughts_of_suicide_are_followed_by_are_you_safe_however_often_danger_was_asked():
    reading = read_turn(
        Turn(
            text="support for them?? hes gone. i dont want to be here without him",
            intent="self_harm",
            requested="impairment",
            answers={"in_danger": False, "crime_type": "homicide"},
            asked={"in_danger": 2},
        )
    )
    assert reading.slots.get("safety_check") == "self_harm"
    assert reading.slots.get("in_danger", "kept") is None


def test_a_bereaved_parent_is_not_asked_about_their_child():
    account = read_account(
        "my son was stabbed. 3 weeks ago. he died. im sorry i dont know what im doing here"
    )
    assert account.crime_type == "homicide" and not account.for_child


@pytest.mark.parametrize(
    "text",
    [
        "it wasnt my ex. i dont know who did it",
        "what?? it wasnt a family member it was a stranger. my parents have nothing to do with "
        "it. please dont tell them",
    ],
)
def test_a_correction_at_the_referral_question_is_not_a_no(text):
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested="referral_consent",
            answers={"relationship_to_offender": "partner_or_ex", "crime_type": "online_abuse"},
        )
    )
    assert reading.slots.get("referral_consent") is not False


def test_no_police_at_the_consent_question_is_not_a_no_to_keeping_the_chat():
    text = "what is 90 days? you tell police? no police please, problem with documents"
    assert read_answer("consent", text).value is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("enfield. will i get in trouble cos i was drinking?? my parents dont know i drink", None),
        (
            "i literally just said i dont know. the only person i ever sent those photos to was my "
            "ex but we broke up fine 2 years ago, i dont think its him",
            "unknown",
        ),
    ],
)
def test_a_relative_or_ex_mentioned_in_passing_is_not_who_did_it(text, value):
    found = read_answer("relationship_to_offender", text).value
    assert found not in ("family_member", "partner_or_ex")


def test_probably_not_takes_back_a_maybe_about_hate():
    text = "i dont know. i wear a hijab so idk maybe? no probably not"
    assert read_answer("hate_motivated", text).value is False


@pytest.mark.parametrize(
    ("text", "borough"),
    [
        ("ye they messaged like 5 times from diff accounts. im in hackney", "hackney"),
        ("english. kingston", "kingston upon thames"),
        ("i want my passport back. i am in ealing", "ealing"),
    ],
)
def test_a_borough_beside_another_answer_is_kept(text, borough):
    assert _turn(text, "needs").slots.get("borough") == borough


def test_the_writers_own_borough_is_not_taken_for_theirs():
    assert "borough" not in _turn("im in hounslow", "needs", for_someone_else=True).slots


def test_someone_who_speaks_their_language_is_kept_as_the_language():
    assert _turn("someone speak polish? i am in ealing", "needs").slots.get("language") == (
        "polish"
    )


def test_a_witness_threatened_is_told_what_to_do():
    account = read_account(
        "i seen a stabbing outside the chicken shop last month n gave a statement to feds. now "
        "his mandem messaging me on insta saying we know where u live dont go court"
    )
    assert account.crime_type == "stalking_harassment" and "witness" in account.details
    answers = {"crime_type": account.crime_type, "account_details": sorted(account.details)}
    for text in [
        "last time im asking. they sent a pic of my road. do i tell the police about the threats",
        "should i tell the feds about the messages or will that make it worse",
    ]:
        assert known_answer(text, account.crime_type, answers=answers).response == (
            "utter_witness_intimidation"
        )


def test_a_picture_of_their_street_is_not_an_intimate_image():
    said = known_answer("they sent a pic of my road. what do i do?", "stalking_harassment")
    assert said is None or said.response != "utter_images_online"


def test_asked_for_a_domestic_abuse_helpline_it_is_named():
    said = known_answer(
        "you didnt answer. is there a domestic abuse helpline",
        "stalking_harassment",
        load_directory(),
        answers={},
    )
    assert said is not None and "0808 2000 247" in (said.text or "")


def test_stalking_by_an_ex_offers_a_domestic_abuse_service():
    from referrals.matching import match_organisations

    chosen = match_organisations(
        {"crime_type": "stalking_harassment", "relationship_to_offender": "partner_or_ex"}
    )
    assert "national-domestic-abuse-helpline" in [org.id for org in chosen]


@pytest.mark.parametrize(
    "text",
    [
        "is it still rape if i was drunk? like i didnt say no i just couldnt really do anything",
        "but you didnt answer me. is it rape if i was drunk",
    ],
)
def test_consent_when_drunk_is_answered(text):
    assert known_answer(text, "sexual_offence", answers={}).response == "utter_consent_drunk"


def test_human_as_the_first_word_asks_for_a_person():
    assert asks_for_person("human. text only pls")


def test_asking_to_be_phoned_during_the_questions_is_answered_and_kept():
    reading = _turn("did you not read what I wrote. can someone phone me please", "needs")
    assert reading.slots.get("contact_method") == "call"
    assert [s.response for s in reading.say] == ["utter_call_later"]


def test_a_number_given_at_the_voicemail_question_is_said_to_be_kept():
    reading = _turn(
        "07911 123456 its dev, his brother",
        "voicemail_ok",
        referral_consent=True,
        contact_method="call",
    )
    assert reading.slots.get("contact_details") and not reading.skipped
    assert [s.response for s in reading.say] == ["utter_number_kept"]


def test_cannot_phone_said_again_gets_ways_without_a_call():
    reading = _turn(
        "I CAN NOT PHONE. I am deaf. you give me phone number again",
        "needs",
        impairment=True,
        community=["deaf"],
        cannot_phone=True,
    )
    assert [s.response for s in reading.say] == ["utter_text_routes"]


def test_a_night_time_is_kept_with_its_night():
    assert "night" in contact_said("night time after 10 when boss go home")["contact_times"]


def test_money_is_not_an_age():
    assert read_account("my boss pay me 20 pound for day only. i sleep there").age is None


def test_a_named_persons_age_is_theirs_not_the_writers():
    reading = _turn("raj is 40. im 42 if that matters", "age", for_someone_else=True)
    assert reading.slots.get("age") == 40.0


@pytest.mark.parametrize(
    "text",
    [
        "no. what age did you put down btw, its raj who was attacked not me",
        "before I say yes, what have you got down for his age and where he lives?",
    ],
)
def test_what_was_written_down_is_answered(text):
    assert asks_what_was_noted(text)


def test_an_email_given_after_text_or_email_is_written_to_by_email():
    reading = _turn("marek.k@example.com", "contact_details", contact_method="text")
    assert reading.slots.get("contact_method") == "email"


def test_the_referral_confirmation_shows_which_number():
    from actions.wording import contact_line

    line = contact_line({"contact_method": "call", "contact_details": "07911123456"})
    assert "ending 456" in line and "07911123456" not in line


def test_courier_fraud_told_at_the_start_is_fraud_with_a_card_taken():
    account = read_account(
        "Last week two men came to my door saying they were police officers and that my bank "
        "card had been used by criminals. They said a courier would collect my card and I gave "
        "them my PIN number. Now £3,400 has gone from my account."
    )
    assert account.crime_type == "fraud" and "card_taken" in account.details
    said = known_answer(
        "But you have not told me if the bank will give the money back. Will they?",
        "fraud",
        answers={"crime_type": "fraud", "account_details": ["card_taken"]},
    )
    assert said is not None and said.response == "utter_card_used"


def test_did_i_do_something_stupid_is_answered():
    said = known_answer("Did I do something very stupid?", "fraud", answers={})
    assert said is not None and said.response == "utter_not_your_fault"


def test_a_slur_written_with_stars_is_hate():
    account = read_account(
        "got jumped leaving a club sat night, 3 guys i didnt know calling me f****t and that"
    )
    assert account.hate and "sexual_orientation" in account.hate_strands


def test_asked_whether_any_service_is_lgbt_galop_is_named():
    said = known_answer("is any of them lgbt tho?", "assault", load_directory(), answers={})
    assert said is not None and "Galop" in (said.text or "")


def test_not_wanting_to_go_into_a_station_is_not_asking_to_be_anonymous():
    said = known_answer(
        "i dont want anonymous i just dont wanna go IN. can i do it online?", "assault", answers={}
    )
    assert said is not None and said.response == "utter_how_to_report"


def test_dont_pass_my_details_on_is_a_no():
    text = "forget it. no dont pass my details on ill look at the catch thing myself"
    assert read_answer("referral_consent", text).value is False


def test_her_husband_said_by_her_child_is_her_partner():
    changes = corrections(
        "oh and to be clear he's her husband, my dad",
        {"relationship_to_offender": "family_member", "for_someone_else": True},
    )
    assert changes.get("relationship_to_offender") == "partner_or_ex"


def test_will_the_person_who_texts_me_know_is_answered():
    said = known_answer(
        "will the person who texts me know mum needs gujarati?", "domestic_abuse", answers={}
    )
    assert said is not None and said.response == "utter_worker_reads_chat"


def test_a_brother_saying_go_to_the_police_is_not_a_request_for_plain_words():
    assert not asks_for_discreet_words(
        "not yet. my brother says go to the police but i dont know if they will even care"
    )


def test_an_age_put_right_as_not_this_but_that_is_changed():
    changes = corrections("no no i am not 20. 20 is pound. i am 38 years", {"age": 20.0})
    assert changes.get("age") == 38.0


def test_who_fixes_my_locks_is_answered():
    said = known_answer("so who actually fixes my locks? thats what i need", "burglary")
    assert said is not None and said.response == "utter_secure_home"


# -- round 18 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["hes home early i have to go", "hes back. how do i delete this quick", "gtg"],
)
def test_having_to_go_now_gets_one_short_message_and_the_questions_wait(text):
    reading = _turn(text, "under_18")
    assert [s.response for s in reading.say] == ["utter_go_now"]
    assert reading.pause


def test_he_went_out_again_is_safe_to_carry_on():
    assert read_answer("in_danger", "ok he went out again. sorry").value is False


def test_a_photo_deleted_is_not_a_request_to_delete_their_data():
    reading = _turn("getting it deleted. bromley", "needs", intent="delete_my_data")
    assert not reading.reject


@pytest.mark.parametrize(
    "text",
    [
        "i think its this guy on my course but i cant prove it. i havent told my parents, my dad "
        "would kill him lol",
        "just my arthritis and my heart tablets. and my nerves are bad since all this",
    ],
)
def test_everyday_words_raise_no_alarm(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger") and not trusted_crisis(text, "self_harm")


def test_what_a_father_would_do_does_not_make_him_the_offender():
    text = "i havent told my parents, my dad would kill him lol"
    assert read_account(text).offender != "family_member"


def test_all_my_heart_tablets_is_still_a_risk():
    assert detect_risk("i took all my heart tablets") == "self_harm"


def test_a_grown_up_daughter_written_for_keeps_her_age_and_is_written_for():
    reading = _turn(
        "Gemma is 29. She's an adult but she has the understanding of someone much younger",
        "age",
        for_child=True,
    )
    assert reading.slots["for_child"] is False and reading.slots["for_someone_else"] is True
    assert reading.slots["age"] == 29.0


def test_its_me_it_happened_to_is_not_writing_for_someone_else():
    assert corrections(
        "no wait. its not her. its me. she hits me.", {"for_someone_else": True}
    ) == {"for_someone_else": False}


def test_no_wait_then_ok_to_keep_it_is_consent():
    text = "no wait. its not her. its me. she hits me. ok to keep it i guess"
    assert read_answer("consent", text).value is True


def test_worried_for_my_papers_is_not_consent():
    text = "you tell police? or home office? i am worried for my visa papers"
    assert read_answer("consent", text).value is None


@pytest.mark.parametrize(
    "text",
    [
        "hello. I have been robbed,, by the phone. the bank man.",
        "it is not robbery. it was on the telephone, he said he is from Barclays and I must move "
        "my money to safe account.",
    ],
)
def test_robbed_by_phone_is_fraud(text):
    assert read_account(text).crime_type == "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "hes shouting downstairs right now",
        "no. im scared hes gonna go up here",
        "yeah loads. he just smashed something i can hear it",
    ],
)
def test_violence_going_on_in_the_house_now_is_danger(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    "text", ["hes shouting at the tv downstairs lol", "im scared hes gonna come round tomorrow"]
)
def test_noise_or_tomorrow_is_not_danger_now(text):
    assert detect_risk(text) is None


def test_a_mums_boyfriend_who_hits_is_abuse_at_home():
    account = read_account("idk. im in my room. my mums boyfriend hits her and sometimes me")
    assert account.crime_type == "domestic_abuse" and account.offender == "family_member"
    assert read_answer("relationship_to_offender", "my mums boyfriend i said").value == (
        "family_member"
    )


def test_the_answer_after_not_what_i_asked_is_read():
    text = "thats not what i asked. ok yes pass my details on, call me, after 6pm, 07700 900233"
    assert read_answer("referral_consent", text).value is True


def test_a_sons_deafness_does_not_make_the_parent_unable_to_phone():
    account = read_account(
        "not me. my son is deaf though, he's 9, BSL. if anyone needs to talk to him. i can do "
        "phone calls fine"
    )
    assert not account.cannot_phone and "deaf" not in account.communities


def test_i_can_hear_puts_phone_numbers_back():
    changes = corrections(
        "I CAN HEAR. I can use the phone. please give me normal phone numbers",
        {"cannot_phone": True, "community": ["deaf"]},
    )
    assert changes == {"cannot_phone": False, "community": []}


def test_an_older_adult_is_not_asked_if_they_were_a_child_after_a_fraud():
    from actions.skip_logic import under_18_then_matters

    assert not under_18_then_matters({"age": 66, "crime_type": "fraud", "within_12_months": False})
    assert under_18_then_matters({"age": 40, "crime_type": "sexual_offence"})


def test_a_doorstep_con_that_keeps_coming_back_is_fraud():
    account = read_account(
        "Hi I'm writing on behalf of my mum she's 79 and has dementia, some man claiming to be a "
        "gardener keeps turning up at her house and taking money off her"
    )
    assert account.crime_type == "fraud"
    assert corrections(
        "its not stalking, hes conning her out of money. doorstep scam",
        {"crime_type": "stalking_harassment"},
    ) == {"crime_type": "fraud"}


def test_it_wasnt_me_it_was_my_mum_is_about_whom_not_who_did_it():
    changes = corrections(
        "it wasnt me it was my mum. can her council step in?",
        {"relationship_to_offender": "stranger", "for_someone_else": True},
    )
    assert "relationship_to_offender" not in changes


def test_who_did_it_said_at_the_referral_question_is_not_a_no():
    reading = _turn(
        "NO the gardener did it, not family! he's a stranger. I'm her daughter trying to help",
        "referral_consent",
        relationship_to_offender="family_member",
        for_someone_else=True,
        crime_type="fraud",
    )
    assert reading.slots.get("referral_consent") is not False


def test_a_father_who_would_kill_him_raises_no_alarm_written_with_he():
    assert detect_risk("i havent told my dad, he would kill him if he knew lol") is None


def test_nightmares_every_night_is_not_a_time_to_contact():
    assert "contact_times" not in contact_said("ive been having nightmares every night since")


def test_a_rape_told_without_the_word_is_read():
    account = read_account("i went on a date. with a guy from hinge. and he. i didnt want to")
    assert account.crime_type == "sexual_offence"


@pytest.mark.parametrize(
    ("text", "response"),
    [
        (
            "i showered tho. it was 2 days ago. is it too late. and do i have to report it to "
            "police to go there",
            "utter_havens_not_too_late",
        ),
        ("but do i HAVE to report it. yes or no", "utter_support_without_report"),
    ],
)
def test_after_a_rape_too_late_and_must_i_report_are_answered(text, response):
    said = known_answer(text, "sexual_offence", answers={"crime_type": "sexual_offence"})
    assert said is not None and said.response == response


def test_a_man_who_says_he_is_a_gardener_and_takes_cash_is_a_doorstep_con():
    account = read_account(
        "A man who says he is a gardener keeps calling at her house and she gives him cash every "
        "time"
    )
    assert account.crime_type == "fraud"


def test_nobody_knows_him_is_a_stranger():
    text = "nobody knows him, he just knocked one day"
    assert read_answer("relationship_to_offender", text).value == "stranger"


def test_asking_the_council_to_stop_him_coming_is_not_danger():
    assert detect_risk("can the council stop him coming round?") is None
    assert not trusted_crisis("can the council stop him coming round?", "in_danger")
    assert detect_risk("please stop him coming in hes at the door now") == "in_danger"


def test_i_dont_answer_at_night_is_not_kept_as_a_time_to_call():
    said = contact_said(
        "Yes please. Could they ring me in the daytime, I don't answer the phone at night"
    )
    assert said["contact_times"] == "daytime"


# -- round 19 -----------------------------------------------------------------------------


def test_a_non_molestation_order_is_not_a_sexual_offence():
    account = read_account(
        "I have a non-molestation order against my ex-husband but he keeps emailing me and has "
        "turned up at my children's school twice this month."
    )
    assert account.crime_type != "sexual_offence"
    assert read_account("he molested me").crime_type == "sexual_offence"


def test_slashed_tyres_are_damage_not_violence():
    assert read_account("my neighbour has slashed my tyres AGAIN. third time.").crime_type == (
        "criminal_damage"
    )


def test_grooming_told_without_the_word_is_read_and_meeting_him_is_answered():
    account = read_account(
        "theres this guy on snapchat he said hes 17 but i think hes older like way older. he "
        "wants to meet up and he sends me stuff. am i in trouble"
    )
    assert account.crime_type == "sexual_offence"
    answers = {"crime_type": "sexual_offence", "age": 15, "under_18": True}
    said = known_answer("hes asked me to meet him saturday in town. should i go", answers=answers)
    assert said is not None and said.response == "utter_dont_meet"
    said = known_answer("should i go to the police", "sexual_offence", answers=answers)
    assert said is None or said.response != "utter_dont_meet"


def test_ok_whatever_no_thanks_is_a_no():
    text = "ok whatever. no thanks im fine. ill maybe call tell mama"
    assert read_answer("referral_consent", text).value is False


# -- round 19, the rest -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "yes every day. 2 years. he is coming. I must stop",
        "he is coming now",
        "No. Did you read what I said? She's with him NOW. What should I do?",
        "Jo is back at home with him now",
        "he'll be back tonight what do i do if he has the knife again. i cant ring 999 i wont hear "
        "them",
        "im ok now he went out. but he'll be back tonight probly. he had the big kitchen knife and "
        "said hed use it if i didnt give him the pension money",
    ],
)
def test_someone_coming_or_with_her_now_or_armed_tonight_is_danger(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is with him now, its his weekend",
        "he is coming to court on monday",
        "the police took the knife, he'll be back tonight from his mums",
        "Thank you for the Refuge number. But I asked twice - can I report it to the police "
        "myself, as her friend? And is strangling serious even without marks?",
    ],
)
def test_a_custody_weekend_a_court_date_or_strangling_asked_about_is_not_danger(text):
    assert detect_risk(text) is None


def test_he_keeps_seeing_the_knife_is_a_flashback_not_danger():
    text = "no. but he is not sleeping, he keeps seeing the knife"
    assert detect_risk(text) is None and not trusted_crisis(text, "in_danger")


def test_i_am_back_and_asking_what_to_do_is_not_a_yes_to_hate():
    text = "I am back. they are sleeping. please what can I do"
    assert read_answer("hate_motivated", text).value is None


def test_please_in_a_longer_message_is_not_a_yes_to_disability():
    text = "Information, and help with court. Also, could I speak to a woman worker please?"
    assert read_answer("impairment", text).value is None


def test_a_friend_says_it_is_not_her_and_yes_to_keeping_the_chat():
    text = "It's not me, it's my friend Jo. But yes ok"
    assert read_answer("consent", text).value is True
    answers = {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "for_someone_else": True,
    }
    assert corrections(text, answers) == {}


def test_her_partner_strangled_her_from_a_best_friend_is_domestic_abuse_by_a_partner():
    found = read_account(
        "Hi, I'm writing on behalf of my best friend. Her partner strangled her last night and "
        "she won't go to the police. I don't know what to do"
    )
    assert (found.crime_type, found.offender, found.for_someone_else) == (
        "domestic_abuse",
        "partner_or_ex",
        True,
    )


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("50. and before you ask again, NOBODY ATTACKED ME. its criminal damage. to my CAR",
         "criminal_damage"),
        ("I WAS NOT WOUNDED. NOBODY HURT ME. fix your record. he DAMAGED MY CAR",
         "criminal_damage"),
        ("no. not until you get it right. it was CRIMINAL DAMAGE not an attack", "criminal_damage"),
        ("VIOLENT ATTACK?? nobody attacked ME. he keyed my car and slashed my tyres", None),
    ],
)  # fmt: skip
def test_nobody_attacked_me_puts_right_a_violent_attack(text, now):
    assert corrections(text, {"crime_type": "serious_violence"}) == {"crime_type": now}


@pytest.mark.parametrize(
    ("text", "now"),
    [
        ("Sorry, that's wrong - it's not a sexual offence.", None),
        ("please correct my record: it is not a sexual offence.", None),
        ("The crime is stalking and harassment by my ex-husband, not sexual.",
         "stalking_harassment"),
        ("These are rape services. I was not raped", None),
    ],
)  # fmt: skip
def test_not_a_sexual_offence_puts_the_label_right(text, now):
    assert corrections(text, {"crime_type": "sexual_offence"}) == {"crime_type": now}


def test_a_husband_and_his_family_holding_her_is_domestic_abuse():
    reading = read_turn(
        Turn(
            text="my husband family. his mother and brothers. husband also",
            intent="inform",
            requested="relationship_to_offender",
            answers={"crime_type": "human_trafficking", "consent": True},
        )
    )
    assert reading.slots["relationship_to_offender"] == "partner_or_ex"
    assert reading.slots["crime_type"] == "domestic_abuse"


@pytest.mark.parametrize(
    "text",
    [
        "Yes OK. How I contact police by text? I can not call 999.",
        "No danger. I am DEAF. I can not call. I can not press 55. Please text way.",
        "60. You not answer me. How I tell police with text?",
    ],
)
def test_a_deaf_man_asking_how_to_reach_the_police_by_text_is_told_how(text):
    say = known_answer(text, "burglary", answers={"crime_type": "burglary", "cannot_phone": True})
    # Round 39: "by text" asked outright gets the ways in by text (utter_police_by_text).
    assert say is not None and say.response in ("utter_how_to_report", "utter_police_by_text")


def test_pain_after_saying_she_is_pregnant_goes_to_maternity_care():
    said = read_account("no and i dont want him arrested. im pregnant is the baby gonna be ok")
    assert "pregnant" in said.details
    answers = {"crime_type": "domestic_abuse", "account_details": sorted(said.details)}
    say = known_answer("should i go hospital? ive had a bit of pain since", "domestic_abuse",
                       answers=answers)  # fmt: skip
    assert say is not None and say.response == "utter_pregnant_after_harm"


def test_im_pregnant_does_that_matter_is_a_question_without_its_mark():
    answers = {"crime_type": "domestic_abuse", "account_details": ["pregnant"]}
    say = known_answer("ok. im pregnant tho does that matter", "domestic_abuse", answers=answers)
    assert say is not None and say.response == "utter_pregnant_after_harm"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I dont know. Door broken. TV and laptop gone. Can police come visit me? I need BSL "
         "interpreter.", "bsl"),
        ("help with window and feeling safe. and help in somali language please", "somali"),
    ],
)  # fmt: skip
def test_the_language_asked_for_with_an_interpreter_is_kept(text, language):
    reading = read_turn(
        Turn(text=text, intent="inform", requested="needs", answers={"consent": True})
    )
    assert reading.slots.get("language") == language


def test_an_interpreter_asked_for_beside_a_broken_door_is_answered_first():
    text = "I dont know. Door broken. TV and laptop gone. Can police come visit me? I need BSL "
    text += "interpreter."
    say = known_answer(text, "burglary", answers={"crime_type": "burglary"})
    assert say is not None and say.response == "utter_interpreter"


def test_reported_said_after_a_correction_is_the_answer():
    text = (
        "Sorry, that's wrong - it's not a sexual offence. It's breaches of a non-molestation "
        "order: harassment by my ex-husband. Yes, I've reported the breaches to the police."
    )
    assert read_answer("reported_to_police", text).value is True


# -- round 20 -----------------------------------------------------------------------------------


def test_he_did_it_anyway_after_i_said_no_is_a_sexual_offence():
    text = (
        "met a guy on an app 2 days ago. went back to his. i said i didnt want to do stuff and he "
        "did it anyway."
    )
    assert read_account(text).crime_type == "sexual_offence"


@pytest.mark.parametrize(
    ("text", "crime_type", "response"),
    [
        ("i need to get tested. he didnt use anything. where do i go", "assault",
         "utter_havens_today"),
        ("no. can u just tell me where to get tested pls", "assault", "utter_havens_today"),
        ("so theres nothing for getting tested? its been 2 days i read u have to take something "
         "within 3 days", "sexual_offence", "utter_havens_today"),
        ("i agreed to go to his flat so idk if thats like. assault or whatever", "assault",
         "utter_going_back_not_consent"),
        ("you didnt say if it counts. like is it actually assault if i went there", "assault",
         "utter_going_back_not_consent"),
        ("should i actually call 999 though? hes just sitting there, he hasnt done anything. i "
         "dont want to waste their time", "stalking_harassment", "utter_call_999_yes"),
        ("not now. tmrw tho. wat do i do", "assault", "utter_if_he_comes"),
        # Round 34: "get it back" is answered with how (utter_passport_back_exploitation).
        ("can I get my passport back? Is it allowed for them to keep it?", "human_trafficking",
         "utter_passport_back_exploitation"),
        ("should I pay the release fee, he says I will get 40 thousand back", "fraud",
         "utter_recovery_fee"),
        ("He is ringing again today, what do I say to him?", "fraud", "utter_recovery_fee"),
        ("I'm 40. It was years, not days. You didn't answer me - is it rape if it's your husband?",
         "sexual_offence", "utter_rape_in_marriage"),
        ("Can I give evidence behind a screen? I couldn't face him", "sexual_offence",
         "utter_court"),
        ("if they call my phone and mother in law answer? she check my phone sometimes",
         "domestic_abuse", "utter_if_someone_answers"),
    ],
)  # fmt: skip
def test_round_20_questions_get_their_answers(text, crime_type, response):
    say = known_answer(text, crime_type, answers={"crime_type": crime_type})
    assert say is not None and say.response == response


def test_what_is_an_isva_is_explained():
    say = known_answer("what is an ISVA", "sexual_offence", answers={})
    assert say is not None and "Independent Sexual Violence Adviser" in (say.text or "")


@pytest.mark.parametrize(
    "text",
    [
        "yes whatever but should she go to hospital shes 62 and confused",
        "62 i said. is it serious being confused after banging ur head? she keeps asking what day "
        "it is",
    ],
)
def test_should_she_go_to_hospital_gets_the_injury_answer(text):
    answers = {"crime_type": "robbery", "for_someone_else": True}
    say = known_answer(text, "robbery", answers=answers)
    assert say is not None and say.response == "utter_injury"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("n wat about tmrw. do i just not go in", None),
        ("ok thank u. and is what hes doing actually illegal", None),
        ("ok we'll ring them now. no need to pass details shes gonna call herself", False),
        ("NO. He is not a family member!!", None),
        ("no, she is not ready", False),
        ("yes please", True),
    ],
)
def test_the_referral_answer_is_not_read_from_ok_or_no_before_something_else(text, value):
    assert read_answer("referral_consent", text).value is value


def test_mornings_are_best_is_safe_to_contact():
    text = "in the mornings is best, he sleeps late. its my landline really, i dont use this phone"
    assert read_answer("contact_safe", text).value is True


def test_happened_to_her_on_the_way_home_is_not_danger():
    text = (
        "shes asking if anything else happened to her on the way home, she cant remember, shes "
        "getting really upset now"
    )
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    ("text", "for_child", "for_someone_else"),
    [
        ("salaam. my son they stab him leg. he is 15. please help", True, None),
        ("hi my mums been mugged at a bus stop yesterday they pushed her over and took her bag",
         None, True),
    ],
)  # fmt: skip
def test_whom_it_happened_to_is_read_from_my_son_they_stab_him_and_my_mums_been_mugged(
    text, for_child, for_someone_else
):
    found = read_account(text)
    assert (found.for_child, found.for_someone_else, found.offender) == (
        for_child,
        for_someone_else,
        None,
    )


def test_is_it_actually_a_crime_after_intimate_pictures_were_threatened_is_answered():
    said = read_account(
        "my ex is threatening to put my pictures online, like private ones, intimate ones, unless "
        "i get back with him"
    )
    assert "intimate_images" in said.details and said.crime_type == "online_abuse"
    answers = {"crime_type": "online_abuse", "account_details": sorted(said.details)}
    for text in ("no. i dont know if they'd even care. is it actually a crime",
                 "ok thank u. and is what hes doing actually illegal"):  # fmt: skip
        say = known_answer(text, "online_abuse", answers=answers)
        assert say is not None and say.response == "utter_images_are_a_crime"


def test_its_my_daughter_not_me_does_not_make_a_family_member_the_offender():
    text = "It's my daughter who's entitled, not me. Police already know, why CEOP?"
    answers = {"crime_type": "sexual_offence", "relationship_to_offender": "someone_known"}
    assert "relationship_to_offender" not in corrections(text, {**answers, "for_child": True})


@pytest.mark.parametrize(
    "text",
    ["u didnt answer, is it just the hangover?", "A&E for a punch tho? bit dramatic",
     "gonna have a nap and sleep it off"],
)  # fmt: skip
def test_putting_off_care_after_being_knocked_out_gets_the_injury_answer_again(text):
    say = known_answer(text, "assault", answers={"crime_type": "assault"})
    assert say is not None and say.response == "utter_injury"


def test_lamped_and_sparked_out_is_an_assault():
    text = "some bloke lamped me outside a bar on saturday, sparked me out for a sec"
    assert read_account(text).crime_type == "assault"


@pytest.mark.parametrize(
    ("text", "response"),
    [
        # z87d (round 87): with no faith told, the answer without the faith services.
        ("can i make them treat it as hate crime", "utter_hate_taken_seriously_any"),
        ("do i get anything for the car? its a write off", "utter_damage_who_pays"),
    ],
)
def test_a_burnt_out_car_with_go_home_sprayed_gets_its_answers(text, response):
    answers = {"crime_type": "arson", "hate_motivated": True}
    say = known_answer(text, "arson", answers=answers)
    assert say is not None and say.response == response


# -- round 21 -----------------------------------------------------------------------------------


def test_a_doorstep_trader_coming_back_on_friday_is_not_danger_now():
    assert detect_risk("no im not in danger now but he said hes coming back on friday") is None
    assert detect_risk("hes coming back now") == "in_danger"


@pytest.mark.parametrize(
    ("text", "crime_type", "answers", "response"),
    [
        ("no im not in danger now but he said hes coming back on friday for the rest of the "
         "money. should i let him in?", "fraud", {}, "utter_doorstep_trader_back"),
        ("sorry dear i dont understand, im not in danger. its about friday. should i open the "
         "door to him", "fraud", {}, "utter_doorstep_trader_back"),
        ("no we havent. dean doesnt want to get them in trouble. can social services help him?",
         "theft", {"for_someone_else": True}, "utter_adult_social_care"),
        ("where can i stay tonight? i cant be in the flat", "sexual_offence", {},
         "utter_somewhere_to_stay"),
    ],
)  # fmt: skip
def test_round_21_questions_get_their_answers(text, crime_type, answers, response):
    say = known_answer(text, crime_type, answers={"crime_type": crime_type, **answers})
    assert say is not None and say.response == response


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("they rob him", "robbery"),
        ("they take his money when they come round", "theft"),
        ("he sends me sexual things. i didnt ask for it", "online_abuse"),
    ],
)
def test_what_happened_in_few_words_is_read(text, crime_type):
    assert read_answer("crime_type", text).value == crime_type


@pytest.mark.parametrize(
    "text",
    [
        "Yes, several times. I'm a trans woman and he calls me 'sir' on purpose and left notes "
        "saying 'men in dresses' aren't welcome. Is this a hate crime?",
        "No. Though honestly it's affecting my sleep and I'm on edge every time I open the front "
        "door.",
        "Yes, she reported it to BTP on Saturday. It was hard, there was no interpreter at first, "
        "they tried to do it by writing notes",
        "information about the police investigation and someone to talk to. i am on my own here, "
        "his dad is on the way from manchester",
        "not now. he is work. but he come back 6 oclock",
        "ok. the visa thing, i can stay in uk if i leave him? who help me with this, they speak "
        "farsi?",
    ],
)
def test_notes_on_edge_a_dad_on_his_way_and_help_me_with_are_not_crises(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger") and not trusted_crisis(text, "self_harm")


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("i wrote letters to my kids just in case", "self_harm"),
        ("im standing on the edge", "self_harm"),
        ("please help me hes outside", "in_danger"),
        ("hes on his way", "in_danger"),
    ],
)
def test_goodbye_letters_an_edge_and_someone_on_his_way_stay_crises(text, risk):
    assert detect_risk(text) == risk


@pytest.mark.parametrize("text", ["husband home now", "i have to go hes home"])
def test_husband_home_now_is_a_goodbye_in_a_hurry(text):
    reading = read_turn(
        Turn(text=text, intent="inform", requested="hate_motivated", answers={"consent": True})
    )
    assert [say.response for say in reading.say] == ["utter_go_now"] and reading.pause


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        ("why domestic abuse? i never even met him", False),
        (
            "No Im safe, I told you that already. Im asking how to get the police to enforce it",
            False,
        ),
        ("can i meet the person who did it, to ask why", True),
        ("could he say sorry to me face to face", True),
    ],
)
def test_restorative_justice_is_given_only_when_the_message_is_about_it(text, fits):
    from actions.questions import topic_fits

    assert topic_fits("restorative_justice", text) is fits


def test_saving_for_my_funeral_is_not_a_question_about_a_death():
    text = "Information. And getting the money back. I have been saving that for my funeral."
    say = known_answer(text, "fraud", answers={"crime_type": "fraud"})
    assert say is None or say.response != "utter_funeral_costs"


@pytest.mark.parametrize(
    ("text", "answers", "response"),
    [
        ("am i gonna get arrested", {"crime_type": "human_trafficking", "age": 17},
         "utter_exploited_not_blamed"),
        ("can i take my statement back?", {"crime_type": "stalking_harassment"},
         "utter_witness_intimidation"),
        ("will the school find out. i dont want my mum to know",
         {"crime_type": "online_abuse", "age": 14}, "utter_who_we_tell"),
    ],
)  # fmt: skip
def test_round_21_young_people_and_witnesses_get_their_answers(text, answers, response):
    say = known_answer(text, answers["crime_type"], answers=answers)
    assert say is not None and say.response == response


def test_a_question_with_no_in_it_is_not_a_no_to_a_yes_no_question():
    """Found by the conversation suite: "no marks" in a friend's question answered "has this
    happened more than once?" with a no, and the question was never asked."""
    text = "is it serious if there are no marks? and can I report it myself even if she won't?"
    assert read_answer("repeat_victimisation", text).value is None
    assert read_answer("repeat_victimisation", "no. why do you ask?").value is False


def test_he_is_here_now_im_in_danger_is_danger_with_its_flag_not_a_goodbye():
    """Found by CI: the "husband home now" reading caught "he is here now im in danger", which
    then got the short goodbye and no danger flag for the support team."""
    reading = read_turn(
        Turn(
            text="he is here now im in danger",
            intent="in_danger",
            requested="hate_motivated",
            answers={"consent": True, "in_danger": False},
        )
    )
    assert "utter_emergency" in [say.response for say in reading.say]
    assert "in_danger" in reading.flags


def test_a_goodbye_in_a_hurry_keeps_a_danger_flag():
    reading = read_turn(
        Turn(text="husband home now", intent="inform", requested="age", answers={"consent": True})
    )
    assert reading.flags == ["in_danger"]
