"""Round 86, helper w86s: asked about a word the bot said and they never did, or not read.

1. Hassan, told "You can report it to the police for your child, whatever the school says":
   "What school? This was on the bus". Leon: "wat police officer?? i told u i aint talkin to
   police". Aisha: "why did you say monday", "why stalking helpline hes not stalking me". Ewa:
   "Why you say press 55?". All got "I can't answer your question here", nothing, or the
   helpline's description again: now a sorry that names the word.
2. Tom: "Did you actually read what I wrote?", Amara: "did u even read what i said": a sorry and
   what is noted, never "I can't answer".
3. Kemi: "wait im not drinking more?? i meant i was drunk that night" and Daniel: "what?? i dont
   want police at my family. i asked if someone can call ME before friday" got the same answer
   again word for word: now the honest "I've sent what I know about that above, and I'm sorry".
"""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import echo_complaints
from actions.assessment_form import ValidateNeedsAssessmentForm, answers_from
from actions.questions import known_answer
from referrals.matching import default_directory
from tests.unit.known_answers import ALL_RESPONSES, sendable

FORM = ValidateNeedsAssessmentForm()
ECHO = "utter_w86s_not_your_word"
CANT = {"utter_question_beside_answer", "utter_cannot_answer"}

Line = str | tuple[str, str]


def _tracker(
    slots: dict[str, Any], requested: str, earlier: list[str], bot: list[Line], text: str,
    intent: str = "inform",
) -> Tracker:  # fmt: skip
    """The person's earlier messages, then the bot's last turn (texts, with their response
    names), then this message, as the form's validation sees it."""
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events: list[dict[str, Any]] = [
        {"event": "user", "text": said, "parse_data": {"text": said}} for said in earlier
    ]
    for line in bot:
        name, words = line if isinstance(line, tuple) else ("", line)
        events.append(
            {"event": "bot", "text": words, "metadata": {"utter_action": name} if name else {}}
        )
    events += [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": latest, "input_channel": "rest"},
        {"event": "action", "name": "needs_assessment_form"},
    ]
    return Tracker.from_dict(
        {
            "sender_id": "w86s",
            "slots": {"requested_slot": requested, **slots},
            "latest_message": latest,
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": "needs_assessment_form"},
            "latest_action_name": "action_listen",
        }
    )


async def _sent(domain, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    await FORM.run(dispatcher, _tracker(*args, **kwargs), domain)
    return dispatcher.messages


def _names(messages: list[dict[str, Any]]) -> list[str | None]:
    return [message.get("response") for message in messages]


def _echoed(messages: list[dict[str, Any]]) -> str | None:
    for message in messages:
        if message.get("response") == ECHO:
            return str(message["phrase"])
    return None


# -- 1. A word the bot said and they never did -------------------------------------------------

HASSAN_EARLIER = [
    "Salam. Yesterday on the 25 bus a man shouted at me and my daughter, calling us terrorists "
    "and saying go back to your country, then he spat at me. My daughter is 6.",
    "Yes OK. Can I report this without going to the police station? I work long hours and I "
    "don't want to take my daughter there.",
]
HASSAN_BOT: list[Line] = [
    "Yes. You can report it to the police for your child, whatever the school says: call 101, go "
    "to a police station front counter, or report online at met.police.uk or report-it.org.uk.",
    "You don't have to go to a police station. You can report online at met.police.uk or call "
    "101, free (999 in an emergency).",
    ("utter_ask_in_danger", "First, are you in danger right now?"),
]
HASSAN = (
    "No we are safe at home. What school? This was on the bus, nothing to do with school. It was "
    "me he spat on, my daughter was with me and she was very scared."
)


async def test_hassan_what_school_gets_a_sorry_for_school(domain) -> None:
    sent = await _sent(domain, {"consent": True}, "in_danger", HASSAN_EARLIER, HASSAN_BOT, HASSAN)
    assert _echoed(sent) == "school"
    assert not CANT & set(_names(sent))


LEON_SLOTS = {
    "consent": True, "in_danger": False, "crime_type": "serious_violence",
    "reported_to_police": False, "age": 19.0, "under_18": False,
    "relationship_to_offender": "stranger", "repeat_victimisation": False,
}  # fmt: skip
LEON_EARLIER = [
    "im in hospital got stabbed in my leg last nite. im safe in here innit but wen i get out idk",
    "nah im not a snitch. will the hospital tell them tho? the nurse was askin loads",
    "nah first time. but they said they gonna come back for me. thats wat im scared of",
]
LEON_BOT: list[Line] = [
    "That fear makes sense. Tell the police officer what they saw or may know about you, and that "
    "you're afraid they'll come back: they can give you safety advice.",
    (
        "utter_ask_hate_motivated",
        "Do you think you were targeted because of your race, religion, sexuality, a disability "
        "or being trans?",
    ),
]
LEON = "wat police officer?? i told u i aint talkin to police. nah its not that its postcode ting"


async def test_leon_wat_police_officer_gets_a_sorry_and_his_no_is_kept(domain) -> None:
    dispatcher = CollectingDispatcher()
    tracker = _tracker(LEON_SLOTS, "hate_motivated", LEON_EARLIER, LEON_BOT, LEON, "deny")
    events = await FORM.run(dispatcher, tracker, domain)
    assert _echoed(dispatcher.messages) == "police officer"
    assert {"event": "slot", "name": "hate_motivated", "value": False} in [
        {key: event.get(key) for key in ("event", "name", "value")} for event in events
    ]


AISHA_SLOTS = {
    "consent": True, "in_danger": False, "crime_type": "sexual_offence",
    "repeat_victimisation": True,
}  # fmt: skip
AISHA_EARLIER = [
    "im not in danger. its just. something happened 2 weeks ago with a guy from work. he raped "
    "me. i havent told anyone. i still see him at work sometimes and i feel sick every time"
]
AISHA_BOT: list[Line] = [
    "That sounds really hard. You can ask HR or another manager, before Monday if you can, for "
    "changes so you're not alone with him, like other shifts, another team or working from home.",
    "Thank you. I've noted: a sexual offence and it has happened more than once. If any of that "
    "is wrong, just tell me.",
    (
        "utter_ask_reported_to_police",
        "Have you reported it yet? You don't have to, to get support.",
    ),
]
AISHA = (
    "no it only happened once. and i dont want HR to know, thats the whole thing. why did you say "
    "monday"
)


async def test_aisha_why_did_you_say_monday(domain) -> None:
    sent = await _sent(domain, AISHA_SLOTS, "reported_to_police", AISHA_EARLIER, AISHA_BOT, AISHA)
    assert _echoed(sent) == "Monday"


AISHA_LATER = {
    **AISHA_SLOTS, "repeat_victimisation": False, "reported_to_police": False, "age": 26.0,
    "under_18": False, "relationship_to_offender": "someone_known", "hate_motivated": False,
    "impairment": False, "fear_of_giving_evidence": True, "needs": ["emotional"],
}  # fmt: skip
AISHA_BOT_LATER: list[Line] = [
    "If you report it, you can tell the police where and when suits you to talk, and ask them not "
    "to come to your work. Reporting stays your choice. The Stalking Helpline can talk it "
    "through: 0808 802 0300.",
    ("utter_ask_language", "Which language would you like support in?"),
]


async def test_aisha_why_stalking_helpline_is_not_its_description_again(domain) -> None:
    sent = await _sent(
        domain, AISHA_LATER, "language", AISHA_EARLIER, AISHA_BOT_LATER,
        "english. why stalking helpline hes not stalking me",
    )  # fmt: skip
    assert _echoed(sent) == "Stalking Helpline"
    assert not any(
        "Advice and support for victims of stalking" in (m.get("text") or "") for m in sent
    )


async def test_aisha_asking_what_the_stalking_helpline_is_still_gets_it(domain) -> None:
    sent = await _sent(
        domain, AISHA_LATER, "language", AISHA_EARLIER, AISHA_BOT_LATER,
        "english. what is the stalking helpline?",
    )  # fmt: skip
    assert _echoed(sent) is None
    assert any("National Stalking Helpline" in (m.get("text") or "") for m in sent)


EWA_SLOTS = {
    "consent": True, "in_danger": False, "crime_type": "burglary", "reported_to_police": True,
    "age": 41.0, "under_18": False, "relationship_to_offender": "stranger",
}  # fmt: skip
EWA_BOT: list[Line] = [
    "If you're in danger now, call 999. If you can't speak, call 999 from a mobile, stay on the "
    "line and press 55 when asked (the Silent Solution).",
    "By law every state school must have a behaviour policy to prevent bullying.",
    ("utter_safety_check", "Are you in danger right now? If you're safe, we'll carry on."),
]
EWA = (
    "What? Nobody is bullying my kids and I am not in danger. I ask about the school laptops that "
    "the burglars took. Why you say press 55?"
)


async def test_ewa_why_you_say_press_55(domain) -> None:
    earlier = [
        "no first time. Also what I tell to the school? The laptops was from school, my son is 12 "
        "and daughter 9. Will I have to pay them back?"
    ]
    sent = await _sent(domain, EWA_SLOTS, "repeat_victimisation", earlier, EWA_BOT, EWA)
    assert _echoed(sent) == "press 55"
    assert not CANT & set(_names(sent))


def _known(text: str, bot: list[str], said: list[str] = ()) -> Any:  # type: ignore[assignment]
    answers = {"said": [*said, text], "last_turn_bot_texts": tuple(bot)}
    return known_answer(text, "sexual_offence", default_directory(), answers=answers)


PRESS_55 = ["If you can't speak, call 999, stay on the line and press 55 when asked."]


@pytest.mark.parametrize(
    "text, bot, said",
    [
        # Real questions about the thing: their answers, never the sorry.
        ("what is press 55?", PRESS_55, []),
        ("what does press 55 mean", PRESS_55, []),
        ("what is the stalking helpline?", ["The Stalking Helpline can help: 0808 802 0300."], []),
        ("whats the stalking helpline", ["The Stalking Helpline can help: 0808 802 0300."], []),
        # Said by them first: not the bot's word.
        ("why did you say press 55", PRESS_55, ["can i press 55 if i cant talk"]),
        # Not said in the bot's last turn.
        ("why did you say monday", ["Have you reported it yet?"], []),
        # A word in nearly every message: the objection is to something else.
        ("what help?? nobody helped me", ["Victim Support can help, free."], []),
    ],
)
def test_no_sorry_for_a_real_question_or_their_own_word(text, bot, said) -> None:
    assert (
        echo_complaints.echoed_word(text, {"said": [*said, text], "last_turn_bot_texts": bot})
        is None
    )
    found = _known(text, bot, said)
    assert found is None or found.response != ECHO


def test_the_sorry_is_one_sms_and_names_the_word() -> None:
    (text,) = sendable(ECHO)
    assert "{phrase}" in text
    assert len(text.replace("{phrase}", "stalking helpline")) <= 320
    assert len(ALL_RESPONSES["utter_w86s_not_read_sorry_alone"][0]["text"]) <= 320


def test_the_last_turn_is_what_the_bot_sent_since_their_last_message() -> None:
    tracker = _tracker({"consent": True}, "in_danger", HASSAN_EARLIER, HASSAN_BOT, HASSAN)
    answers = answers_from(tracker)
    assert len(answers["last_turn_bot_texts"]) == 3
    assert answers["last_turn_responses"] == ("utter_ask_in_danger",)


# -- 2. "Did you actually read what I wrote?" ---------------------------------------------------

TOM = (
    "Right, I'll be honest I don't expect much from this. Last Tuesday I was cycling down Camden "
    "Road about 8am, a white van pulled out of a side road without looking, clipped my back wheel "
    "and I went over the bars. Broken collarbone. The driver drove off. I reported it and the "
    "police have done absolutely nothing."
)


async def test_tom_did_you_actually_read_what_i_wrote(domain) -> None:
    bot: list[Line] = ["Hello.", "Privacy: if you agree...", ("utter_ask_consent", "Is that OK?")]
    sent = await _sent(
        domain, {}, "consent", [TOM], bot, "Fine, yes. Did you actually read what I wrote?",
        "affirm",
    )  # fmt: skip
    assert "utter_w86s_not_read_sorry_alone" in _names(sent)
    assert not CANT & set(_names(sent))


async def test_amara_did_u_even_read_what_i_said(domain) -> None:
    earlier = [
        "hiya i need help but u cant tell my parents",
        "no not like that its not like someone is gonna hurt me its worse lowkey. this boy at "
        "school i sent him a pic like a private one n now hes sent it to everyone",
    ]
    bot: list[Line] = [
        "If you're in danger now, call 999.",
        ("utter_safety_check", "Are you in danger right now? If you're safe, we'll carry on."),
    ]
    text = "i said no?? im safe im at home. did u even read what i said"
    sent = await _sent(domain, {"consent": True}, "in_danger", earlier, bot, text, "deny")
    assert "utter_w86s_not_read_sorry_alone" in _names(sent)
    assert not CANT & set(_names(sent))


def test_not_read_with_something_noted_reads_it_back() -> None:
    facts = {
        "crime_type": "assault",
        "reported_to_police": True,
        "said": ["are you even listening"],
    }
    found = known_answer("are you even listening", "assault", default_directory(), answers=facts)
    assert found is not None and found.response == "utter_w86s_not_read_sorry"
    assert found.then[0].text is not None and found.then[0].text.startswith(
        "Here's what I've noted"
    )


@pytest.mark.parametrize(
    "text",
    [
        "did you read what I said about the camera?",  # about something: its own answer
        "r u even listening. i asked about the trial",
        "will someone read what I wrote?",
    ],
)
def test_not_read_only_as_a_complaint_on_its_own(text) -> None:
    assert not echo_complaints.complains_not_read(text)


# -- 3. Not the same answer after "you misread me" ----------------------------------------------

KEMI_SLOTS = {
    "consent": True, "in_danger": False, "crime_type": "assault", "reported_to_police": False,
    "age": 23.0, "under_18": False, "relationship_to_offender": "stranger",
    "repeat_victimisation": False, "hate_motivated": False, "impairment": False,
    "fear_of_giving_evidence": True, "borough": "hackney",
}  # fmt: skip
KEMI_BOT: list[Line] = [
    ("utter_court_only_if_trial", "Only if there's a trial and your evidence is needed."),
    (
        "utter_l3_drinking_flashbacks",
        "Thank you for telling me. Seeing it again when you shut your eyes, poor sleep and "
        "drinking more are common after an attack, and help works.",
    ),
    ("utter_ask_needs", "What would help most now?"),
]
KEMI = "wait im not drinking more?? i meant i was drunk that night. and i asked about jay not me"


async def test_kemi_does_not_get_the_drinking_answer_again(domain) -> None:
    earlier = [
        "23. tbh i'd been drinking quite a lot so i dont know if theyll even take me serious",
        "kinda yeh cos theyd probably bring up the drinking. would jay have to go to court too",
    ]
    sent = await _sent(domain, KEMI_SLOTS, "needs", earlier, KEMI_BOT, KEMI)
    assert "utter_l3_drinking_flashbacks" not in _names(sent)
    # v86b2 gave her words their own answer (drink that night, Jay as a witness): that, or the
    # honest "answered above", never the misread one again.
    assert {"utter_answered_above", "utter_v86b2_drink_and_witness"} & set(_names(sent))


DANIEL_SLOTS = {
    "consent": True, "in_danger": False, "crime_type": "sexual_offence",
    "reported_to_police": False, "age": 28.0, "under_18": False,
    "relationship_to_offender": "someone_known", "repeat_victimisation": True,
    "hate_motivated": False, "impairment": False, "fear_of_giving_evidence": True,
    "needs": ["emotional"], "language": "english", "borough": "lambeth", "gender": "man",
    "results_shown": True, "referral_consent": True,
}  # fmt: skip


async def test_daniel_does_not_get_the_family_visit_answer_twice(domain) -> None:
    earlier = [
        "hi i need help asap, a guy i met on an app is saying he'll send pics of me to my family "
        "unless i pay him 500 by friday",
        "ok thats good. yes pass my details, galop maybe? can they call before friday",
    ]
    bot: list[Line] = [
        (
            "utter_y4_police_adapt_visit",
            "Yes, you can ask. When you report, tell the police what your family needs, for "
            "example to phone first, to agree a time, or to send officers in plain clothes.",
        ),
        ("utter_ask_contact_safe", "Is it safe for a support worker to contact you?"),
    ]
    text = "what?? i dont want police at my family. i asked if someone can call ME before friday"
    sent = await _sent(domain, DANIEL_SLOTS, "contact_safe", earlier, bot, text)
    assert "utter_y4_police_adapt_visit" not in _names(sent)
    # v86c3 answered his request for a call before Friday: that, or "answered above".
    names = _names(sent)
    assert "utter_answered_above" in names or any(
        name.startswith("utter_v86c3_call_before") for name in names
    )


def test_an_answer_asked_for_again_without_a_misreading_is_still_sent() -> None:
    said = echo_complaints.Say(response="utter_l3_drinking_flashbacks")
    answers = {"last_turn_responses": ("utter_l3_drinking_flashbacks",), "last_turn_bot_texts": ()}
    assert echo_complaints.not_again(said, "can my gp help with that", answers) == said
    assert echo_complaints.not_again(said, KEMI, answers).response == "utter_answered_above"


def test_safety_answers_come_again_after_a_misreading() -> None:
    said = echo_complaints.Say(response="utter_head_injury_now")
    answers = {"last_turn_responses": ("utter_head_injury_now",), "last_turn_bot_texts": ()}
    text = "i meant my head is still thumping"
    assert echo_complaints.not_again(said, text, answers) == said
