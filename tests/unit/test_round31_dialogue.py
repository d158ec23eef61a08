"""Round 31 (dialogue): what role-players met in the flow of the conversation itself.

- Sarah, 29, tracked by her ex, typed "no. human please" to the hate-crime question and got
  the next question: the request for a person was lost behind the answer beside it.
- Lucy, 38, asked twice at the start whether she was in danger, later wrote "Some days I think
  everyone would be better off without me": she got the Samaritans and then straight on to the
  court question, never "are you safe right now?".
"""

from __future__ import annotations

import pytest

from core.person_request import asks_for_person
from tests.unit.conftest import make_tracker, responses
from tests.unit.test_assessment_form import FORM, STARTED, slots_of


@pytest.mark.parametrize(
    "text",
    [
        "no. human please",  # Sarah (r31a)
        "I asked for a human",  # Sarah, the second time
        "human please",
        "a human pls",
        "real person please",
        "Human please. can they text me",
    ],
)
def test_a_person_asked_for_beside_an_answer_is_a_request_for_a_person(text):
    assert asks_for_person(text)


@pytest.mark.parametrize(
    "text",
    [
        "the person please",
        "a nice person please",
        "he is a horrible person",
        "is it a real person?",
        "i asked for help with a person at work",
        "no",
        "human rights please",
    ],
)
def test_ordinary_words_about_people_are_not_a_request(text):
    assert not asks_for_person(text)


async def test_first_thoughts_of_suicide_get_the_safety_check_however_often_danger_was_asked(
    dispatcher, domain
):
    slots = slots_of(
        await FORM.run(
            dispatcher,
            make_tracker(
                slots={**STARTED, "crime_type": "stalking_harassment"},
                text=(
                    "Not formally. My GP mentioned anxiety. Honestly I'm so worn down by all of "
                    "it. Some days I think everyone would be better off without me."
                ),
                intent="self_harm",
                requested_slot="impairment",
                sent=["utter_ask_in_danger", "utter_ask_in_danger", "utter_ask_impairment"],
            ),
            domain,
        )
    )
    assert responses(dispatcher)[0] == "utter_self_harm"
    assert slots["requested_slot"] == "in_danger"
    assert slots["safety_check"] == "self_harm"


def test_thoughts_of_suicide_after_the_result_get_the_lines_and_no_questions_to_carry_on(
    dispatcher, domain, records_db
):
    from actions.dialogue import ActionSelfHarmInterrupt

    tracker = make_tracker(
        slots={**STARTED, "crime_type": "stalking_harassment", "assessment_done": True},
        text="I'm so tired of it all, I think everyone would be better off without me",
        intent="self_harm",
        active_loop=None,
    )
    ActionSelfHarmInterrupt().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_self_harm", "utter_here_after_result"]


def test_an_answer_sent_twice_is_not_sent_a_third_time():
    from actions.questions import Say
    from actions.reading import answer_not_thrice

    insurer = Say(response="utter_insurer_crime_reference")
    assert answer_not_thrice(insurer, frozenset()) == insurer
    assert answer_not_thrice(insurer, frozenset({"utter_other"})) == insurer
    third = answer_not_thrice(insurer, frozenset({"utter_insurer_crime_reference"}))
    assert third.response == "utter_answered_above"


async def test_the_form_counts_what_it_sent_twice(dispatcher, domain):
    # Terry (r31a) got the insurance text after "ok" and twice more; a third would say so.
    from actions.assessment_form import said_twice

    tracker = make_tracker(
        slots=STARTED,
        sent=["utter_ask_age", "utter_x", "utter_x", "utter_y", "utter_ask_age"],
    )
    assert said_twice(tracker) == frozenset({"utter_x", "utter_ask_age"})


@pytest.mark.parametrize(
    "text",
    [
        # Precious (r31b), police with her, at "What happened?": she got "What happened?" again.
        "police are with me now so yes for now. but he can come back tonight cant he? he still "
        "has a key",
        "police are here now. can they take my dog away tonight?",
    ],
)
def test_a_question_beside_a_fact_noted_at_another_question_is_not_dropped(text):
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(text=text, intent="inform", requested="crime_type",
             answers={"consent": True, "in_danger": False})
    )  # fmt: skip
    assert reading.slots["reported_to_police"] is True
    assert reading.say, "what they asked is answered (or said it cannot be, and who can)"


def test_somewhere_to_stay_from_family_abuse_is_the_refuge_line_not_stay_with_family():
    from known_answers import answer

    # Rukhsana, 24 (r31a), threatened by her brother and uncles.
    asked = (
        "No. I don't want my family to get in trouble, I just want it to stop. Is there "
        "somewhere I can stay tonight if I can't go back?"
    )
    family = {"relationship_to_offender": "family_member"}
    assert answer(asked, "domestic_abuse", **family) == "utter_living_with_them"
    assert answer(asked, "burglary") == "utter_somewhere_to_stay"


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("I feel very foolish.", True),  # Gwen, 84 (r31a), after a doorstep fraud
        ("feeling quite gullible tbh", True),
        ("I feel such a fool", True),
        ("i feel daft asking this but is it a crime", False),
        ("i feel very scared", False),
    ],
)
def test_feeling_foolish_is_blaming_oneself(text, blamed):
    from actions.questions import blames_self

    assert blames_self(text) is blamed


@pytest.mark.parametrize(
    "text",
    [
        # Sam, 34, non-binary (r31c), at the last question, then asking after it.
        "any time. 07700 900731. and I'm they/them btw, in case they write anything",
        "did you get the pronouns bit? and thanks",
        "my pronouns are she/her",
    ],
)
def test_pronouns_given_are_acknowledged(text):
    from known_answers import answer, sendable

    assert answer(text, "burglary") == "utter_pronouns_noted"
    (kept,) = sendable("utter_pronouns_noted", consent=True)
    assert "can read this chat" in kept
    (not_kept,) = sendable("utter_pronouns_noted", consent=False)
    assert "haven't kept" in not_kept


@pytest.mark.parametrize(
    "text", ["they said he hit her", "he told them to leave", "she took her phone", "tell them"]
)
def test_ordinary_pronouns_in_an_account_are_not_pronouns_given(text):
    from actions.questions import gives_pronouns

    assert not gives_pronouns(text)


def test_a_daughter_who_lives_with_her_mother_robbed_by_a_paid_carer_gets_no_refuge_line():
    from known_answers import answer

    # Irena (r31c): her first reply was the National Domestic Abuse Helpline's refuge line.
    irena = (
        "Good afternoon. I am writing on behalf of my daughter Maja, who is 30 and has a learning "
        "disability. She lives with me in Enfield. I have discovered that a paid carer from an "
        "agency has been using Maja's bank card and has taken about £900 over the last two "
        "months."
    )
    assert answer(irena, None) != "utter_living_with_them"
    assert answer("my husband hit me, i live with him, hes back at 6", None) == (
        "utter_living_with_them"
    )


def test_is_it_a_crime_about_a_paid_carer_is_answered_with_theft_and_safeguarding():
    from known_answers import answer, sendable, sources_above

    irena = (
        "No, we are safe. I have told the agency and they say they are 'looking into it', and "
        "the carer has not been back this week. Is this actually a crime? I am Maja's appointee "
        "for her benefits."
    )
    carer = {"account_details": ["carer", "paid_carer"]}
    assert answer(irena, "fraud", **carer) == "utter_carer_theft_is_a_crime"
    assert answer("he takes my wages, is that even a crime?", "domestic_abuse") == (
        "utter_economic_abuse"
    )
    (text,) = sendable("utter_carer_theft_is_a_crime")
    assert "Domestic Abuse" not in text and "s.42" in text and len(text) <= 320
    assert "Fraud Act 2006" in sources_above("utter_carer_theft_is_a_crime")


@pytest.mark.parametrize(
    ("text", "cannot"),
    [
        # Gwen, 84 (r31a), twice told to dial 159 after saying so.
        (
            "I am not in danger, thank you. However I am rather hard of hearing and I find the "
            "telephone very difficult. Is there another way to contact the bank?",
            True,
        ),
        ("No, I have not. I explained that I cannot manage the telephone well.", True),
        ("I am a bit deaf in one ear", None),
        ("he took my phone", None),
    ],
)
def test_finding_the_telephone_difficult_is_cannot_phone(text, cannot):
    from actions.account import read_account

    assert read_account(text).cannot_phone is cannot


@pytest.mark.parametrize(
    "text",
    [
        # Becca, 22 (r31c), asking about a drug test after her drink was spiked.
        "if i go to the police do they test me or do i have to go to a&e or what. and does it "
        "cost anything",
        "i didnt say it was a scam lol i meant does the TEST cost anything",
    ],
)
def test_what_a_test_costs_is_not_whether_this_service_is_a_scam(text):
    from known_answers import answer

    assert answer(text, "assault") != "utter_not_a_scam"
    assert answer("does this cost anything?", "assault") == "utter_not_a_scam"


def test_a_son_with_a_drug_problem_is_a_relatives_drug_use_for_the_matcher():
    from actions.account import read_account

    # Graham, 66 (r31b): Adfam was never offered for his son's drug use.
    graham = (
        "Oh no, nothing like that. He's out at the moment. My son is 35 and lives with me. He "
        "has a drug problem, I'm afraid, and money keeps going missing from my wallet."
    )
    assert "family_substance_use" in read_account(graham).details
    assert "family_substance_use" not in read_account("i have a drug problem").details


def test_pictures_threatened_to_a_school_unless_she_sends_more_is_sextortion():
    from actions.account import read_account

    # The suite's 16-year-old (round 31): "send them to" was missed, so it stayed online abuse.
    told = read_account(
        "i sent him some pics and now he says he'll send them to my school and my family "
        "unless i send more by tonight"
    )
    assert told.crime_type == "sexual_offence"
    assert {"sextortion", "intimate_images"} <= told.details


def test_in_trouble_over_pictures_before_the_age_is_known_is_answered_when_blackmailed():
    from known_answers import answer

    said = "wait am i gonna get in trouble?? theyre private pics"
    blackmailed = {"account_details": ["online", "intimate_images", "sextortion"]}
    assert answer(said, "sexual_offence", **blackmailed) == "utter_sextortion_not_your_fault"
    # An adult gets the adult's answer (round 37, helper H2), not the children's.
    assert answer(said, "sexual_offence", age=30, **blackmailed) == "utter_sextortion_victim"


async def test_an_answer_beside_a_question_keeps_the_form_so_rasa_does_not_drop_it(
    dispatcher, domain
):
    # The suite's 16-year-old (round 31): "should i just send them so he stops??" at "Have you
    # reported it?" was answered by the reading, but no slot was set, so Rasa rejected the
    # form and the answer was dropped with it.
    events = await FORM.run(
        dispatcher,
        make_tracker(
            slots={
                **STARTED, "crime_type": "online_abuse", "repeat_victimisation": True,
                "account_details": ["intimate_images", "online"], "skipped_slots": [],
            },
            text="should i just send them so he stops??",
            requested_slot="reported_to_police",
            sent=["utter_ask_reported_to_police"],
        ),
        domain,
    )  # fmt: skip
    assert responses(dispatcher) == ["utter_sextortion"]
    kept = [e for e in events if e["event"] == "slot" and e["name"] != "requested_slot"]
    assert kept, "a slot besides the question is set, or Rasa rejects the form"
    assert slots_of(events)["requested_slot"] == "reported_to_police"


async def test_a_miss_still_lets_the_form_go_to_the_rules(dispatcher, domain):
    events = await FORM.run(
        dispatcher,
        make_tracker(
            slots={**STARTED, "crime_type": "burglary"}, text="purple",
            requested_slot="reported_to_police", sent=["utter_ask_reported_to_police"],
        ),
        domain,
    )  # fmt: skip
    assert responses(dispatcher) == ["utter_reask_reported_to_police"]
    assert [e["name"] for e in events if e["event"] == "slot"] == ["requested_slot"]


@pytest.mark.parametrize(
    "text",
    [
        # Yusuf, 19 (r32b), punched in a fight and arrested too: given the homicide service.
        "no im safe. so can i get victim support if im also the suspect? thats what i really "
        "wanna know",
        "ok but will victim support even help someone whos been arrested? dont wanna ring and "
        "get told no",
        "what is victim support?",
    ],
)
def test_victim_support_named_is_the_supportline_not_the_homicide_service(text):
    from referrals.directory import load_directory, named_in_question

    named = named_in_question(text, load_directory())
    assert named is not None and named.id == "victim-support-supportline"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Raj (r32c) and Mariam (r32c): each was given an interpreter they did not want.
        ("English fine. Gujarati for my mother but not needed", "english"),
        ("English is ok, I also speak Bengali.", "english"),
        ("my english is not good, polish", "polish"),
        ("english ok but polish better for me", "polish"),
        ("polish please", "polish"),
    ],
)
def test_english_said_to_be_fine_is_english_whatever_else_they_speak(text, language):
    from actions.answers import read_answer

    assert read_answer("language", text).value == language


def test_no_interpreter_after_the_referral_puts_it_right_and_says_so():
    from actions.reading import corrections
    from actions.wording import changed_line

    raj = "No no I dont need Gujarati interpreter, I speak English! I said for my mother"
    changes = corrections(raj, {"language": "gujarati", "referral_consent": True})
    assert changes == {"language": "english"}
    assert changed_line(changes) == "Thank you, I've changed that: no interpreter."
    assert corrections(raj, {"language": "english"}) == {}


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # Ana (r32a), who had not reported: recorded as having told the police.
        ("no thanks. i think i call the police. its ok one week later?", None),
        ("maybe i call police tomorrow", None),
        ("yesterday i call police and they come", True),
        ("i called the police", True),
    ],
)
def test_meaning_to_call_the_police_is_not_having_told_them(text, reported):
    from actions.account import read_account

    assert read_account(text).reported is reported


def test_a_demoted_guess_never_falls_to_erasure_without_words_of_erasure():
    from tests.unit.test_safety_net import classify

    # Jamal (r32b) was asked "Do you want me to delete everything?" after agreeing to be
    # referred: the classifier's guess (a rights question) was demoted to its next, erasure.
    jamal = "thats not what i asked. whatever. yeah pass my details, text me dont call"
    assert classify(jamal, "ask_right", ["ask_right", "delete_my_data", "affirm"]) != (
        "delete_my_data"
    )


def test_men_using_her_son_to_sell_drugs_is_exploitation():
    from actions.account import read_account

    # Rosa (r32b): "they use him to sell drogas" was read as no crime at all.
    rosa = (
        "hola, please help. my son he is 16, some men older they use him to sell drogas, he go "
        "missing two times. now the men come to my door say he have a debt. tengo mucho miedo"
    )
    assert read_account(rosa).crime_type == "human_trafficking"
    assert read_account("i use my car to sell stuff").crime_type is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Liam, 13 (r32c), at "would you like us to pass your details on?": recorded as yes.
        ("ok idk. maybe ill tell my mum first. bye", None),
        ("ok maybe later", None),
        ("ok", True),
        ("ok go on then", True),
        ("ok yes please, text me. bye", True),
    ],
)
def test_ok_beside_not_knowing_or_signing_off_is_not_a_yes_to_referral(text, value):
    from actions.answers import read_answer

    assert read_answer("referral_consent", text).value is value


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        # Keisha, 15 (r32a): recorded as "it has happened more than once".
        ("i said girls from my school. i aint goin back there ngl theyll do it again", None),
        ("I am safe, nobody is here. But they might ring again can they?", None),  # Pete
        ("he did it again last night", True),
        ("hes hit me again and im scared hell do it again", True),
    ],
)
def test_a_fear_that_it_will_happen_again_is_not_its_having_happened_again(text, repeat):
    from actions.account import read_account

    assert read_account(text).repeat is repeat


def test_a_driver_who_got_out_and_hit_him_with_a_steering_lock_is_an_assault_not_a_crash():
    from actions.account import read_account

    # Sean (r33b) was told CICA can't help "after a hit and run" and given road-crash services.
    sean = (
        "Hello there. Some fella attacked me in his car last week, well got out of his car, hit "
        "me over the head with one of them steering locks. Had to get 6 stitches"
    )
    told = read_account(sean)
    assert "road_crash" not in told.details and told.crime_type != "other"
    crash = read_account("Hit and run. Car ran a red light, hit me, didn't stop. I was injured.")
    assert "road_crash" in crash.details


def test_what_a_university_can_do_is_not_the_police_at_home_tonight():
    from known_answers import answer

    # Ellie (r33a), at a friend's, no police there: told to "ask the officers with you".
    ex = {"relationship_to_offender": "partner_or_ex"}
    said = "can my uni do anything? like stop him getting into halls or something"
    assert answer(said, "stalking_harassment", **ex) != "utter_partner_coming_back"


def test_no_source_file_holds_a_control_character():
    # A "\b" typed into a non-raw string became a backspace in two patterns, which then never
    # matched (found in round 33): no such character belongs in the code or the domain.
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for folder in ("actions", "bot", "core", "referrals", "review"):
        for path in (root / folder).rglob("*"):
            if path.suffix in (".py", ".yml", ".yaml"):
                text = path.read_text(encoding="utf-8")
                bad = [c for c in text if ord(c) < 32 and c not in "\n\t"]
                assert not bad, path


def test_no_module_defines_a_name_twice():
    # Five patterns in questions.py had a second definition further down with the same name,
    # which silently replaced the first for every predicate that used it (found in round 33).
    # A name grown on purpose from itself ("X = X | {...}") is allowed.
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for folder in ("actions", "bot", "core", "referrals", "review"):
        for path in (root / folder).rglob("*.py"):
            seen: dict[str, int] = {}
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                    names = [node.name]
                elif isinstance(node, ast.Assign):
                    grown = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
                    names = [
                        t.id for t in node.targets if isinstance(t, ast.Name) and t.id not in grown
                    ]
                else:
                    continue
                for name in names:
                    assert name not in seen, f"{path}: {name} at {seen[name]} and {node.lineno}"
                    seen[name] = node.lineno
