"""Round 28's open findings in the dialogue and the readings, fixed in the session of round 29:
a rape told without the word, a no to voicemail said after the referral was sent, and no
"I'm glad you're safe" said to someone who never said they were safe."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import corrections
from actions.wording import changed_line
from core import yaml_files


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        # Sophie, 19: "Sorry, I didn't quite get that. You could say, for example, 'burgled'".
        (
            "my flatmates boyfriend. he came in my room when she was asleep. 2 weeks ago. i "
            "didnt want to",
            "sexual_offence",
        ),
        ("he came into my bed. i didnt want to and he didnt stop", "sexual_offence"),
        (
            "i stayed over and woke up and he was doing stuff to me. i didnt want it",
            "sexual_offence",
        ),
        ("my mum came in my room and i didnt want to get up", None),
        ("my dad came in my room and shouted, i didnt want to go to school", None),
    ],
)
def test_a_rape_told_without_the_word(text, crime):
    assert read_account(text).crime_type == crime


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Paul: his voicemail choice was lost; "please tell them NOT to leave a voicemail" was
        # read as a yes because it starts with "please".
        ("please tell them NOT to leave a voicemail", False),
        ("No, she sometimes plays my messages for me", False),
        ("no voicemails please", False),
        ("yes voicemail is fine", True),
        ("please do", True),
        ("yes", True),
    ],
)
def test_voicemail_answers(text, value):
    assert read_answer("voicemail_ok", text).value is value


_REFERRED = {
    "consent": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_details": "020 8800 1234",
    "contact_times": "afternoons",
}


@pytest.mark.parametrize(
    "text",
    ["No, she sometimes plays my messages for me", "please tell them NOT to leave a voicemail"],
)
def test_no_voicemail_after_the_referral_puts_the_referral_right(text):
    changes = corrections(text, _REFERRED)
    assert changes.get("voicemail_ok") is False
    assert changed_line(changes) == "Thank you, I've changed that: they won't leave a voicemail."


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("No, she sometimes plays my messages for me", {**_REFERRED, "contact_method": "text"}),
        ("no voicemail", {**_REFERRED, "voicemail_ok": False}),
        ("no thanks", _REFERRED),
        ("thank you for the messages", _REFERRED),
    ],
)
def test_voicemail_is_not_changed_on_a_guess(text, answers):
    assert "voicemail_ok" not in corrections(text, answers)


def test_no_voicemail_after_the_referral_reopens_the_form(dispatcher, domain):
    from actions.dialogue import ActionOutsideQuestions
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots={**_REFERRED, "assessment_done": True, "results_shown": True},
        text="please tell them NOT to leave a voicemail", intent="nlu_fallback",
        active_loop=None,
    )  # fmt: skip
    events = ActionOutsideQuestions().run(dispatcher, tracker, domain)
    slots = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
    assert slots["voicemail_ok"] is False and slots["assessment_done"] is False
    assert any(e.get("event") == "followup" for e in events)


def test_no_reply_says_glad_you_are_safe():
    # Sophie, locked in her room with the man in the flat: "hes not doing anything. hes just
    # there. i cant call 999 for that" got "I'm glad you're safe now." She never said so.
    with open("bot/domain/responses.yml", encoding="utf-8") as handle:
        responses = yaml_files.load(handle)["responses"]
    texts = [v["text"] for variants in responses.values() for v in variants if "text" in v]
    assert not [t for t in texts if "glad you're safe" in t.lower()]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # Ali: "Thank you, I've changed that: you've told the police." He hadn't: the hate
        # crime number is a phone number, not a crime reference number.
        (
            "still says terrorism. forget it. no dont pass my details ill ring the hate crime "
            "number myself",
            None,
        ),
        ("i have a crime number", True),
        ("they gave me a crime ref", True),
    ],
)
def test_the_hate_crime_number_is_not_a_crime_number(text, reported):
    assert read_account(text).reported is reported


def test_times_when_a_call_would_not_be_heard_are_not_times_to_call():
    from actions.answers import contact_said

    # Bernard, 74: "I am hard of hearing in the evenings" was kept as a time to call.
    said = contact_said(
        "Very well. Yes, pass my details on. Daytime is best, I am hard of hearing in the evenings."
    )
    assert said["contact_times"] == "daytime, not evenings"
    assert contact_said("evenings are best")["contact_times"] == "evenings"


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        # Fatma asked for Turkish five times; the confirmation never said it was passed on.
        ("turkish", "by text, with a Turkish interpreter"),
        ("bsl", "by text, with a BSL interpreter"),
        ("other", "by text"),
        ("english", "by text"),
        (None, "by text"),
    ],
)
def test_the_confirmation_says_an_interpreter_was_asked_for(language, shown):
    from actions.wording import contact_line

    assert contact_line({"contact_method": "text", "language": language}) == shown


def test_the_longest_confirmation_is_one_text():
    from actions.wording import contact_line

    line = contact_line(
        {
            "contact_method": "call",
            "voicemail_ok": False,
            "contact_details": "07911 123456",
            "contact_times": "weekdays between 10 and 2 when hes at work, never weekends " * 3,
            "worker_gender": "woman",
            "language": "portuguese",
        }
    )
    with open("bot/domain/responses.yml", encoding="utf-8") as handle:
        variants = yaml_files.load(handle)["responses"]["utter_referral_saved"]
    for variant in variants:
        text = variant["text"].format(contact_how=line, case_reference="VC-ABC123")
        assert len(text) <= 320


_CHANTELLE_FIRST = (
    "he punched me in the face tnight and went out hes back in like an hour can i get in a "
    "refuge tonite i got my baby shes 9 months pls"
)


def test_a_refuge_asked_for_in_the_first_message_is_answered_at_once():
    # Chantelle, 26: the refuge helpline came in the bot's eighth reply.
    from actions.reading import Turn, read_turn

    reading = read_turn(Turn(text=_CHANTELLE_FIRST, intent="inform", requested="consent",
                             opening=True))  # fmt: skip
    assert [s.response for s in reading.say] == ["utter_living_with_them"]


def test_a_refuge_asked_for_beside_danger_is_answered_with_the_999_line():
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(text="26 pls im not safe hes back soon REFUGE NUMBER", intent="in_danger",
             requested="age", answers={"consent": True, "in_danger": False,
                                       "crime_type": "assault"}, asked={"in_danger": 1})
    )  # fmt: skip
    assert [s.response for s in reading.say] == ["utter_emergency", "utter_living_with_them"]
    assert reading.slots["age"] == 26.0


@pytest.mark.parametrize(
    ("text", "pregnant", "recent"),
    [
        # "I can't say if the baby is OK, but your midwife can check" to a mother of a baby of
        # nine months; and "hes back in like an hour" read as long ago.
        (_CHANTELLE_FIRST, False, None),
        ("im 6 months pregnant and he pushed me", True, None),
        ("shes 7 months and he kicked her stomach", True, None),
        ("it happened back in 2015", False, False),
    ],
)
def test_a_babys_age_is_not_a_pregnancy(text, pregnant, recent):
    account = read_account(text)
    assert ("pregnant" in account.details) is pregnant
    assert account.within_12_months is recent


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Chantelle: "I'm glad you're safe now", and the refuge question never answered. Not
        # wanting to call 999 is not being safe: the refuge line, and the questions still wait.
        (
            "i dont want to call 999 they'll take him and his mum will kick off. i just need a "
            "refuge TONITE who do i ring for a refuge",
            # -- round 45, helper P6 --: the answer alone, not the same holding text beside it.
            ["utter_living_with_them"],
        ),
        (
            "ok hes gone out im safe now. who do i ring for a refuge",
            ["utter_glad_safe_go_on", "utter_living_with_them"],
        ),
    ],
)
def test_what_they_ask_after_the_999_lines_is_answered(dispatcher, domain, text, said):
    from actions.dialogue import ActionResumeAssessment
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": True, "in_danger": True, "crime_type": "assault"},
        text=text, intent="inform", active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )  # fmt: skip
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == said


@pytest.mark.parametrize(
    ("text", "fear"),
    [
        # Janet: the court-fear question again, word for word, to a mother whose daughter's
        # killer was convicted three years ago.
        (
            "it already went to court, three years ago, he got life with minimum 14 years, I sat "
            "through all of it. why would he be up for parole already if it was 14 years?? is "
            "this a mistake",
            False,
        ),
        ("yes im scared hes in prison but his mates arent", True),
    ],
)
def test_a_trial_already_over_answers_the_court_question(text, fear):
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(text=text, intent="inform", requested="fear_of_giving_evidence",
             answers={"consent": True, "crime_type": "homicide", "bereaved": True})
    )  # fmt: skip
    assert reading.slots["fear_of_giving_evidence"] is fear


def test_a_referral_yes_after_the_question_was_cut_short(dispatcher, domain):
    # Ellie, 19: "ok yes pass my details to someone pls" got "What would you like to do?" after
    # a mistaken delete confirmation had cut the referral question short.
    from actions.dialogue import ActionOutsideQuestions
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots={"consent": True, "results_shown": True, "assessment_done": False},
        text="ok yes pass my details to someone pls", intent="nlu_fallback", active_loop=None,
    )  # fmt: skip
    events = ActionOutsideQuestions().run(dispatcher, tracker, domain)
    slots = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
    assert slots == {"referral_consent": True}
    assert events[-1].get("name") == "needs_assessment_form"


@pytest.mark.parametrize(
    ("text", "back"),
    [
        # Hugh: "carry on" inside a longer message, while waiting for a person, was not seen.
        ("Fine. carry on then, quickly. and does the ombudsman cost anything", True),
        ("ok continue", True),
        ("i dont want to carry on", False),
        ("can i carry on later", False),
        ("hello? anyone there", False),
    ],
)
def test_carry_on_inside_a_message_while_waiting(dispatcher, domain, text, back):
    from actions.dialogue import ActionWhileWaiting
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots={"consent": True, "waiting_for_person": True, "handoff": "waiting",
               "crime_type": "fraud"},
        text=text, intent="nlu_fallback", active_loop=None,
    )  # fmt: skip
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    resumed = any(e.get("name") == "needs_assessment_form" for e in events)
    assert resumed is back


@pytest.mark.parametrize(
    ("text", "communities"),
    [
        # Marcus, raped by a man: "im not gay if thats what ur asking", then an LGBT+ helpline
        # first in his results.
        ("no idk. im not gay if thats what ur asking", ()),
        (
            "why is there an lgbt line i said im not gay. is there something for normal guys "
            "this happened to",
            (),
        ),
        ("is there a muslim service", ("muslim",)),
        ("im gay and they knew it", ("lgbt",)),
    ],
)
def test_who_someone_says_they_are_not(text, communities):
    assert read_account(text).communities == communities


_ASKED_TWO = {"consent": True, "in_danger": False, "crime_type": "fraud"}


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # Hugh, Samir and (round 28) Liam asked and were ignored.
        ("How many more of these?", True),
        ("look how many more questions, I've got a shop to run", True),
        ("how many questions is this", True),
        ("how much more money will i lose", False),
        ("how many more times will he do this", False),
        ("how many times did he call", False),
    ],
)
def test_how_many_questions_are_left(text, left):
    from actions.questions import known_answer

    said = known_answer(text, "fraud", answers=_ASKED_TWO)
    assert (said is not None and said.args.get("utter_action") == "utter_questions_left") is left
    if left:
        assert said is not None and said.text is not None and len(said.text) <= 320


def test_no_count_once_the_result_is_shown():
    from actions.questions import questions_left

    assert questions_left("how many more?", {**_ASKED_TWO, "results_shown": True}) is None


def test_what_happened_told_at_the_privacy_question_is_heard():
    # Ellie, 19: "my ex has pics of me" / "like nudes" / "and hes saying hell send them to my
    # mum and dad" got only the privacy question, three times.
    from actions.reading import Turn, read_turn

    heard = read_turn(Turn(text="like nudes", intent="inform", requested="consent"))
    assert heard.say[0].response == "utter_heard_you"
    again = read_turn(
        Turn(text="like nudes", intent="inform", requested="consent", said=("utter_heard_you",))
    )
    assert "utter_heard_you" not in [s.response for s in again.say]
    assert read_turn(Turn(text="ok", intent="affirm", requested="consent")).say == []


@pytest.mark.parametrize(
    "name",
    [
        "utter_when_safe",
        "utter_when_ready",
        "utter_stop",
        "utter_iamabot",
        "utter_out_of_scope",
        "utter_default",
        "utter_put_simply",
        "utter_goodbye",
    ],
)
def test_no_voice_number_to_someone_who_cannot_phone(name):
    # Hannah, Deaf: "i tell you i cannot phone!! why give phone number" after the out-of-scope
    # line gave Victim Support's phone number.
    with open("bot/domain/responses.yml", encoding="utf-8") as handle:
        variants = yaml_files.load(handle)["responses"][name]
    cannot = [
        v
        for v in variants
        if {"name": "cannot_phone"}.items() <= (v.get("condition") or [{}])[0].items()
    ]
    assert len(cannot) == 1
    assert "08 08 16 89 111" not in cannot[0]["text"] and len(cannot[0]["text"]) <= 320
    plain = [v for v in variants if not v.get("condition")]
    assert cannot[0].get("buttons") == plain[0].get("buttons")


@pytest.mark.parametrize(
    ("requested", "text", "method"),
    [
        # Abdi and Hannah gave an email address and were asked "How should they contact you?".
        (
            "contact_safe",
            "ye its safe. they took my phone tho this is my cousins phone. use my email "
            "abdi.h2006@gmail.com",
            "email",
        ),
        # k77b (round 77, Sophie): the only detail given is an email address, so the way is
        # email: a text cannot be sent to it, and no number was asked for after it.
        ("contact_method", "text me please, or email abdi@x.com", "email"),
    ],
)
def test_an_email_address_given_is_contact_by_email(requested, text, method):
    from actions.reading import Turn, read_turn

    answers = {"consent": True, "referral_consent": True, "crime_type": "robbery"}
    if requested == "contact_method":
        answers["contact_safe"] = True
    reading = read_turn(Turn(text=text, intent="inform", requested=requested, answers=answers))
    assert reading.slots["contact_method"] == method


@pytest.mark.parametrize(
    ("text", "deletes"),
    [
        # Ellie: "delete all his messages" got "Do you want me to delete everything from this
        # conversation?".
        ("i want to delete all his texts", False),
        ("should i block him and delete all his messages? i just want it gone", False),
        ("delete my data", True),
        ("please delete this chat", True),
    ],
)
def test_deleting_their_things_is_not_deleting_this_chat(text, deletes):
    from tests.unit.test_safety_net import classify

    assert (classify(text, "delete_my_data") == "delete_my_data") is deletes


def test_out_of_scope_during_the_questions_is_answered_when_it_can_be(dispatcher, domain):
    # Hannah, Deaf: "window broken, landlord ignore me. who help fix? i scared sleep tonight"
    # was read as out of scope during the questions and got a phone number she cannot use.
    from actions.dialogue import ActionOutsideQuestions
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": True, "in_danger": False, "crime_type": "burglary",
               "cannot_phone": True},
        text="window broken, landlord ignore me. who help fix? i scared sleep tonight",
        intent="out_of_scope", requested_slot="age",
    )  # fmt: skip
    assert ActionOutsideQuestions().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_secure_home_no_phone"]


@pytest.mark.parametrize(
    ("text", "hate", "strands"),
    [
        # Aisha: "ok but is it a hate crime or not" was recorded as a race hate crime.
        ("ok but is it a hate crime or not", None, ()),
        ("its a hate crime", True, ("race",)),
        ("I'm a trans woman. Is this a hate crime?", True, ("transgender_identity",)),
    ],
)
def test_asking_if_it_is_a_hate_crime_is_not_saying_so(text, hate, strands):
    account = read_account(text)
    assert (account.hate, account.hate_strands) == (hate, strands)


def test_a_date_in_someones_life_is_not_the_date_of_the_crime():
    # Gary: "had a stent put in 2022" made the crime more than a year old.
    assert (
        read_account("heart. had a stent put in 2022. doc says avoid stress lol").within_12_months
        is None
    )
    assert read_account("it happened in 2019").within_12_months is False


def test_a_neck_hold_question_gets_one_answer_about_the_neck():
    # Fatma: "he hold neck. is bad?" got the get-your-neck-checked line and the answer to it.
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(text="no heart. last week. he hold neck. is bad?", intent="inform",
             requested="impairment", answers={"consent": True, "crime_type": "domestic_abuse"})
    )  # fmt: skip
    assert [s.response for s in reading.say] == ["utter_strangling_is_a_crime"]


def test_do_i_have_to_at_the_police_question():
    # Sophie: "no. do i have to?" to "Have you reported it to the police?" got "I can't answer".
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(text="no. do i have to?", intent="deny", requested="reported_to_police",
             answers={"consent": True, "crime_type": "sexual_offence"})
    )  # fmt: skip
    assert reading.slots["reported_to_police"] is False
    assert [s.response for s in reading.say] == ["utter_support_without_report"]


def test_a_language_given_at_another_question_is_said_back():
    # Wojtek typed "polish" at the referral question and heard nothing of it.
    from actions.wording import noted_line

    assert noted_line({"language": "polish"}) == (
        "Thank you. I've noted: support in Polish, with an interpreter. If any of that is wrong, "
        "just tell me."
    )


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # Leon, 16: "does it go to feds? i aint snitching" and "do the police see this" were
        # never answered; the privacy question came again.
        ("does it go to feds? i aint snitching", True),
        ("answer me tho. do the police see this", True),
        ("does this go to the police", True),
        ("do the police know he did it", False),
        ("will it go to court", False),
    ],
)
def test_does_this_go_to_the_police(text, asks):
    from core.privacy_question import asks_about_privacy

    assert asks_about_privacy(text) is asks


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # Dorothy, 77: "Should I tell my son?" at "Do you know who did it?" made her son the one.
        ("Should I tell my son? He will be so cross with me.", None),
        ("does my mum have to know", None),
        ("should i tell my mum. it was my stepdad", "family_member"),
        ("my son did it", "family_member"),
    ],
)
def test_someone_to_tell_is_not_who_did_it(text, who):
    assert read_answer("relationship_to_offender", text).value == who


def test_no_court_question_once_the_trial_is_over():
    # Janet: "If this went to court, would you feel scared...?" three years after the trial.
    from actions.skip_logic import questions_to_ask

    account = read_account(
        "my daughter Sophie was killed three years ago, the man who did it got life, and today I "
        "got a letter saying he might be released on parole"
    )
    assert "after_trial" in account.details
    answers = {
        "consent": True,
        "crime_type": "homicide",
        "account_details": sorted(account.details),
    }
    assert "fear_of_giving_evidence" not in questions_to_ask(answers)
    before = {"consent": True, "crime_type": "assault", "account_details": ["injured"]}
    assert "fear_of_giving_evidence" in questions_to_ask(before)


@pytest.mark.parametrize(
    ("requested", "text", "gender"),
    [
        # Chantelle and Bukola typed "woman" expecting the question: "Sorry, I didn't
        # understand" and "No problem, let's skip that one".
        ("repeat_victimisation", "woman", "woman"),
        ("referral_consent", "woman", "woman"),
        ("relationship_to_offender", "a man", None),
        ("repeat_victimisation", "the man came back", None),
    ],
)
def test_a_gender_typed_at_another_question_is_kept(requested, text, gender):
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(text=text, intent="inform", requested=requested,
             answers={"consent": True, "crime_type": "assault", "results_shown": True})
    )  # fmt: skip
    assert reading.slots.get("gender") == gender


def test_a_refuge_question_is_not_about_the_bank_card():
    from actions.questions import known_answer

    said = known_answer(
        "no. ok ringing that number. will they take me tonite with the baby? what do i bring i "
        "got no money hes got my bank card",
        "assault",
        answers={"consent": True, "crime_type": "assault"},
    )
    assert said is not None and said.response == "utter_living_with_them"


def test_nothing_said_before_the_form_asks_again(dispatcher, domain):
    # "feeling safe" at the age question got "Sorry, I didn't understand" and then the form's
    # own "No problem, let's skip that one".
    from actions.dialogue import ActionOutsideQuestions
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": True, "in_danger": False, "crime_type": "assault"},
        text="feeling safe", intent="nlu_fallback", requested_slot="age",
    )  # fmt: skip
    assert ActionOutsideQuestions().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == []


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        # Dorothy, 77: "no, I'm not in any danger" at "Is it safe for a support worker to
        # contact you?" gave "OK, nobody will contact you".
        (
            "Goodness, no, I'm not in any danger dear. I just meant I would like some help. "
            "Please carry on.",
            True,
        ),
        ("no he checks my phone, im safe tho", False),
        ("no", False),
    ],
)
def test_not_in_danger_is_safe_to_contact(text, safe):
    assert read_answer("contact_safe", text).value is safe


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("Yes, it's quite safe, I live alone.", True),
        ("its fine", False),
        ("its safe now", False),
        ("no", False),
    ],
)
def test_safe_to_contact_after_nobody_will(text, changed):
    answers = {"consent": True, "referral_consent": True, "contact_safe": False}
    assert (corrections(text, answers).get("contact_safe") is True) is changed


def test_an_interpreter_asked_for_is_said_to_be_in_the_request():
    # Hannah: "you tell them i need BSL interpreter? not write only" got "Tell the support
    # service when they contact you", after her request already said so.
    from actions.questions import known_answer

    text = "you tell them i need BSL interpreter? not write only"
    referred = {"crime_type": "burglary", "referral_consent": True, "language": "bsl"}
    said = known_answer(text, "burglary", answers=referred)
    assert said is not None and said.response == "utter_interpreter_passed_on"
    said = known_answer(text, "burglary", answers={"crime_type": "burglary", "language": "bsl"})
    assert said is not None and said.response == "utter_interpreter"


def test_a_question_mark_on_another_sentence_is_not_a_question_about_the_worker():
    from actions.questions import known_answer

    said = known_answer(
        "maybe? people in building know i deaf. they know i not hear. not sure", "burglary"
    )
    assert said is None or said.response != "utter_worker_reads_chat"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Frank: his wife's illness was recorded as his, and WHY said he had a condition.
        (
            "I would not call it domestic abuse. She does not know what she is doing. It is the "
            "illness. No to your question.",
            False,
        ),
        ("She does not know what she is doing. It is the illness.", None),
        ("my wife has dementia, i have a bad back", True),
        ("yes i have depression. my wife too", True),
    ],
)
def test_someone_elses_condition_is_not_theirs(text, value):
    assert read_answer("impairment", text).value is value


def test_a_condition_said_of_the_person_written_for_is_theirs():
    from actions.reading import Turn, read_turn

    for answers, text in (
        ({"for_someone_else": True}, "she has a learning disability"),
        ({"for_child": True}, "my son has autism"),
    ):
        reading = read_turn(
            Turn(text=text, intent="inform", requested="impairment",
                 answers={"consent": True, "crime_type": "assault", **answers})
        )  # fmt: skip
        assert reading.slots["impairment"] is True


def test_carers_as_a_group_is_not_a_carer_who_harmed():
    # Frank: "Is there nobody who helps carers of people with dementia?" brought adult
    # safeguarding, the thing he feared.
    text = (
        "Would safeguarding mean they take my wife into a home? That is the very thing I fear. "
        "Is there nobody who helps carers of people with dementia?"
    )
    assert "carer" not in read_account(text).details
    assert "carer" in read_account("my carer hit me").details


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        # Lily, 15: "what do i do tmrw tho" after pupils threatened to jump her got the 999 and
        # "press 55" line written for an abuser at the door.
        (
            "ok no then ill maybe call childline. what do i do tmrw tho",
            {"crime_type": "online_abuse", "age": 15.0, "under_18": True},
            True,
        ),
        (
            "what abt tmrw they said they'd jump me",
            {
                "crime_type": "online_abuse",
                "age": 15.0,
                "relationship_to_offender": "someone_known",
            },
            True,
        ),
        (
            "what do i do tomorrow when he comes back",
            {"crime_type": "domestic_abuse", "age": 35.0},
            False,
        ),
        ("what do i do tmrw tho", {"crime_type": "online_abuse", "age": 25.0}, False),
        ("what do i do about friday", {"crime_type": "human_trafficking", "age": 14.0}, False),
    ],
)
def test_a_child_threatened_by_pupils(text, answers, expected):
    from actions.questions import known_answer

    said = known_answer(text, answers["crime_type"], answers=answers)
    got = said is not None and said.response == "utter_child_threatened_by_pupils"
    assert got is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hugh: "Action Fraud. Is that the police or not?" got who the support team are.
        ("I just told you. Action Fraud. Is that the police or not?", True),
        ("does that count as reporting to the police? i used action fraud", True),
        ("i reported to action fraud", False),
        ("is that the police?", False),
    ],
)
def test_is_action_fraud_the_police(text, expected):
    from actions.questions import known_answer

    said = known_answer(text, "fraud", answers={"crime_type": "fraud"})
    assert (said is not None and said.response == "utter_action_fraud_is_police") is expected


def test_no_cannot_answer_when_the_first_question_is_answered_next(dispatcher, domain):
    # Wojtek: "tak ok. but is crime?" got "I can't answer your question here" and then, from the
    # form, the answer to his first message's question.
    from rasa_sdk import Tracker

    from actions.dialogue import ActionAnswerRight
    from tests.unit.conftest import responses

    first = (
        "hello. my boss no pay me 2 month. I work budowa, building. he have my ID card he not "
        "give back. is this crime or no?"
    )
    latest = {"text": "tak ok. but is crime?", "intent": {"name": "ask_right", "confidence": 0.9}}
    tracker = Tracker.from_dict(
        {
            "sender_id": "wojtek",
            "slots": {"requested_slot": "consent", "consent": None},
            "latest_message": latest,
            "events": [
                {"event": "user", "text": first, "parse_data": {}},
                {"event": "bot", "text": "x", "metadata": {"utter_action": "utter_ask_consent"}},
                {"event": "action", "name": "action_listen"},
                {"event": "user", "text": latest["text"], "parse_data": latest},
            ],
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": "needs_assessment_form"},
            "latest_action_name": "action_listen",
        }
    )
    ActionAnswerRight().run(dispatcher, tracker, domain)
    assert "utter_cannot_answer" not in responses(dispatcher)


def test_reply_times_said_back_without_the_yes(dispatcher, domain):
    # Ellie: "I've told the support team to reply only at these times: yes any time."
    from actions.dialogue import _reply_time
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots={"consent": True, "waiting_for_person": True}, text="yes any time",
        active_loop=None, sent=["utter_ask_reply_time"],
    )  # fmt: skip
    events = _reply_time(dispatcher, tracker, "yes any time")
    assert dispatcher.messages[0]["times"] == "any time"
    assert events[0]["value"] == "any time"


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        # Rosa: "what I do tomorrow?" got the age question again; before, only "call 999".
        (
            "no no police. if I tell, he say I steal or something and I lose job. what I do "
            "tomorrow?",
            {"crime_type": "sexual_offence", "relationship_to_offender": "someone_known",
             "account_details": ["domestic_worker"]},
            True,
        ),
        ("what do i do tomorrow at work", {"crime_type": "domestic_abuse"}, False),
        ("what do i do tomorrow", {"crime_type": "sexual_offence",
                                   "relationship_to_offender": "partner_or_ex"}, False),
    ],
)  # fmt: skip
def test_harassed_at_work_what_to_do_tomorrow(text, answers, expected):
    from actions.questions import known_answer

    said = known_answer(text, answers["crime_type"], answers=answers)
    assert (said is not None and said.response == "utter_harassed_at_work_tomorrow") is expected


def test_an_answer_beside_carry_on_while_waiting_is_kept(dispatcher, domain):
    from actions.dialogue import ActionWhileWaiting
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots={"consent": True, "waiting_for_person": True, "handoff": "waiting",
               "crime_type": "assault", "requested_slot": "fear_of_giving_evidence"},
        text="carry on i guess. and yes id be worried about court, they'd probably deadname me "
        "there too", intent="nlu_fallback", active_loop=None,
    )  # fmt: skip
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    slots = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
    assert slots["fear_of_giving_evidence"] is True


@pytest.mark.parametrize(
    "text",
    [
        # Siobhan, stalked by her ex-husband: "I can't answer that one here", twice.
        "Thank you, that's helpful. Before I answer, is there some kind of order that would make "
        "him stay away from my work? I've heard of restraining orders but I don't know if you "
        "need to go to court yourself.",
        "Sorry, I think I explained badly. I meant an order to keep him away, like a restraining "
        "order or a stalking protection order. Not a trial.",
    ],
)
def test_an_order_to_keep_him_away(text):
    from actions.questions import known_answer

    answers = {"crime_type": "stalking_harassment", "relationship_to_offender": "partner_or_ex"}
    said = known_answer(text, "stalking_harassment", answers=answers)
    assert said is not None
    assert said.response in ("utter_protection_order", "utter_stalking_protection_order")


# -- round 30 (played on the bot with round 29's fixes) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        # Jermaine, 17: "fraud or a scam" for men who said they were police and slammed him on
        # a car; the courier fraud that posing as police usually is still reads as fraud.
        (
            "2 men stopped me, said they was police but no uniform, searched me and slammed me on "
            "a car. my arm is still messed up",
            "assault",
        ),
        (
            "a man rang saying they were police officers and a courier would collect my card",
            "fraud",
        ),
        # Mia: a lecturer's hand on her thigh was never read as a sexual offence.
        ("he put his hand on my thigh and kept it there", "sexual_offence"),
        ("he put his hand on my shoulder", None),
    ],
)
def test_round_30_accounts(text, crime):
    assert read_account(text).crime_type == crime


def test_a_scam_victim_who_has_not_told_his_wife():
    # Raj: "I haven't told my wife" made his wife the one who did it (economic abuse).
    text = (
        "some guy called Daniel on whatsapp, probably not his real name. I haven't told my wife. "
        "I can't face her"
    )
    assert read_answer("relationship_to_offender", text).value != "partner_or_ex"
    assert read_answer("relationship_to_offender", "it was my dad. i told my mum").value == (
        "family_member"
    )


@pytest.mark.parametrize(
    ("text", "response"),
    [
        # Ahmed, robbed at knifepoint: "do i have to go to court?? they had a knife" was told off
        # for carrying a knife, twice.
        (
            "wait do i have to go to court?? they had a knife man i dont want them seeing my face",
            "utter_court",
        ),
        ("can i carry a knife for protection", "utter_knife_for_protection"),
        # Chloe: "if i call the havens do they tell the police?" got "Yes, likely".
        (
            "if i call the havens do they tell the police? and is it still ok its been 5 days and "
            "i washed",
            "utter_havens_police_only_if_you_want",
        ),
    ],
)
def test_round_30_answers(text, response):
    from actions.questions import known_answer

    said = known_answer(text, "robbery" if "knife" in text else "sexual_offence")
    assert said is not None and said.response == response


def test_hearing_him_get_up_is_danger_now():
    # Helen, hiding in the bathroom: "wait i heard him get up" got the hate-crime question.
    from bot.risk_words import detect_risk

    assert detect_risk("wait i heard him get up") == "in_danger"
    assert detect_risk("i heard him get up this morning and leave for work") is None


@pytest.mark.parametrize(
    ("text", "released"),
    [
        # Pauline: "when will they release his body" got the Victim Contact Scheme (prisoners).
        ("when will they release his body", True),
        (
            "What happens now? Nobody tells me when they will release him so we can have the "
            "funeral",
            True,
        ),
        ("when will he be released from prison", False),
    ],
)
def test_the_release_of_a_body_is_not_of_a_prisoner(text, released):
    from actions.questions import known_answer, topic_fits

    said = known_answer(text, "homicide", answers={"crime_type": "homicide", "bereaved": True})
    assert (said is not None and said.response == "utter_body_release") is released
    assert topic_fits("victim_contact_scheme", text) is not released


def test_sympathy_when_a_death_is_told_after_the_opening():
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(text="no. my son was stabbed. two weeks ago. he died", intent="inform",
             requested="in_danger", answers={"consent": True})
    )  # fmt: skip
    assert reading.say[0].response == "utter_sorry_for_loss"


def test_thoughts_of_suicide_get_the_safety_question_even_after_idk_to_danger():
    # Kieran, 15: "idk" to the danger question, then "id rather die": the crisis lines and then
    # the hate-crime question in the same turn.
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(text="can u make him delete them. i cant do this if everyone sees them id rather die",
             intent="self_harm", requested="repeat_victimisation",
             answers={"consent": True, "crime_type": "online_abuse", "age": 15.0,
                      "under_18": True}, asked={"in_danger": 1})
    )  # fmt: skip
    assert reading.slots["safety_check"] == "self_harm"


def test_the_sextortion_answer_before_the_age_is_known_names_childline():
    # Kieran was given the Revenge Porn Helpline (for adults) before he said he was 15.
    with open("bot/domain/responses.yml", encoding="utf-8") as handle:
        variants = yaml_files.load(handle)["responses"]["utter_sextortion"]
    plain_variant = next(v for v in variants if not v.get("condition"))["text"]
    assert "Childline: 0800 1111" in plain_variant and len(plain_variant) <= 320


def test_a_camera_into_her_window_is_not_a_smashed_windscreen():
    # Fiona: "Is this even a crime or is it a civil thing?" about a neighbour's camera got the
    # answer about a smashed windscreen.
    from actions.questions import known_answer

    text = (
        "My neighbour has put up a CCTV camera that points straight into my garden and my "
        "bedroom window and when I asked him to move it he stood in the street shouting abuse "
        "at me. Is this even a crime or is it a civil thing?"
    )
    said = known_answer(text, None)
    assert said is None or said.response != "utter_damage_not_civil"
    gary = "they say its a civil matter about parking. its not when theyre smashing my windscreen"
    said = known_answer(gary + "?", "stalking_harassment")
    assert said is not None and said.response == "utter_damage_not_civil"


def test_make_my_life_hell_is_not_about_her_own_life():
    from bot.risk_words import trusted_crisis

    text = "not in danger no. just worn out. he shouts that he'll make my life hell"
    assert not trusted_crisis(text, "self_harm")


def test_a_grown_up_daughter_written_for():
    # Margaret, writing for her daughter Lucy, 38: "it's about you, not a child".
    account = read_account(
        "I'm writing about my daughter Lucy, she's 38 and has a learning disability. Every week "
        "these so called friends of hers take her to the cashpoint"
    )
    assert account.for_child is not True and account.for_someone_else is True
    assert read_account("my son was stabbed, hes 15").for_child is True
    changes = corrections(
        "38. I told you that at the start. She's not a child, she's a grown woman",
        {"for_child": True},
    )
    assert changes == {"for_child": False, "for_someone_else": True}


@pytest.mark.parametrize(
    ("text", "danger"),
    [
        # Helen, after "wait i heard him get up": "ok he went back" read as a yes for its "ok".
        ("ok he went back. no to that question. where can i go tonight", False),
        ("ok he went back to bed", False),
        ("he went back inside and hes coming out again", True),
        ("yes hes back", True),
    ],
)
def test_he_went_back_is_not_danger_now(text, danger):
    assert read_answer("in_danger", text).value is danger


@pytest.mark.parametrize(
    ("text", "under"),
    [
        # The round-29 conversation of a man raped three weeks ago: "no it was 3 weeks ago" to
        # "Were you under 18 when it happened?" was read as aged 3 (vulnerable, as a child).
        ("no it was 3 weeks ago", False),
        ("yes i was 15", True),
        ("it was 2 years ago, i was 16", True),
    ],
)
def test_weeks_ago_is_not_an_age(text, under):
    assert read_answer("under_18", text).value is under


def test_gibberish_during_the_questions_still_gets_what_they_can_do(dispatcher, domain):
    from actions.dialogue import ActionOutsideQuestions
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": False}, text="zxqv plonk wibble", intent="nlu_fallback",
        requested_slot="in_danger",
    )  # fmt: skip
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_default"]
