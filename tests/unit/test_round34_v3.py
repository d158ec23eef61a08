"""Round 34 answers (helper V3): sexual health, anonymity, court and safety-at-home questions
that five role-players asked mid-conversation and got "I can't answer", the same text again, or
the wrong answer.

- Sinead, maybe raped two days before after being drugged: the morning-after pill, STIs and HIV
  ("is 2 days too late??", "can it wait till after work tomorrow") got the forensic "within 7
  days" text three times.
- Luke, filmed during sex without knowing, then robbed, and Holly, whose ex shared her intimate
  photos: "will I be outed if I report", "will my name be kept private" (Holly first got the
  insurance answer, for "crime number"); Luke's "he'll send the video to people if I go to the
  police".
- Eileen, 81, whose grandson takes her money and pushed her: "Is she safe to stay in the house
  with him?".
- Tariq, whose brother of 14 was stabbed: "when he comes home from hospital will the police do
  anything to keep him safe" got "If you report it ... 101".
- Ray, whose son was killed by a drunk driver: "Can I speak in court or not?", three times.

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
    sendable,
)

from actions import questions

NEW = (
    "utter_ec_and_pep_go_today",
    "utter_sexual_offence_anonymity",
    "utter_threat_to_share_video",
    "utter_safe_living_with_relative",
    "utter_safe_home_from_hospital",
    "utter_speak_in_court_vps",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name,
        "round 34, helper V3",
        (
            {},
            {"for_someone_else": True},
            {"bereaved": True},
            {"crime_type": "homicide"},
        ),
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_the_new_patterns_and_predicates_are_defined_once():
    source = Path(questions.__file__).read_text()
    names = re.findall(r"^(_[A-Z][A-Z0-9_]*) = ", source, flags=re.M)
    functions = re.findall(r"^def (\w+)\(", source, flags=re.M)
    block = source[source.index("# -- round 34, helper V3 --\n# Sexual") :]
    block = block.split("\ndef known_answer(")[0]
    for name in re.findall(r"^(_[A-Z][A-Z0-9_]*) = ", block, re.M):
        assert names.count(name) == 1, name
    for name in re.findall(r"^def (\w+)\(", block, re.M):
        assert functions.count(name) == 1, name


# -- 1. Sinead: the morning-after pill and HIV medicine against the clock ----------------------

SINEAD = [
    "31. also I'm worried about like pregnancy and STIs, is there a time limit on that",
    "I don't know. it was my friend's flat but there were other people there after the club, I "
    "don't know them. can you answer about the morning after pill, is it too late?",
    "my health. seriously I need to know about the pill and HIV stuff, is 2 days too late??",
    "no I'll ring the havens myself. should I go today or can it wait till after work tomorrow",
]


@pytest.mark.parametrize("text", SINEAD)
def test_sinead_is_told_to_go_today(text):
    assert answer(text, "sexual_offence") == "utter_ec_and_pep_go_today"


def test_the_answer_gives_the_time_limits_and_says_go_today():
    (text,) = sendable("utter_ec_and_pep_go_today")
    assert "today" in text and "72 hours" in text and "120 hours" in text
    assert "5 days" in text and "020 3299 6900" in text
    assert "7 days" not in text and "12 months" not in text


def test_the_pill_asked_about_with_a_rape_word_needs_no_crime_recorded():
    text = "i think i was raped on friday, can i still get the morning after pill?"
    assert answer(text, None) == "utter_ec_and_pep_go_today"


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        # The tests' answer, as before (round 10).
        ("is it too late to get tested, like for drugs or stds or whatever", "sexual_offence"),
        ("ok yeah. it was 2 days ago. is it too late to get tested? I haven't washed the "
         "clothes, they're in a bag", "sexual_offence"),
        ("is it too late to report it to the police?", "sexual_offence"),
        ("im pregnant, he pushed me down the stairs yesterday, should i go to hospital?",
         "domestic_abuse"),
        ("can it wait till tomorrow? the locksmith is busy", "burglary"),
        ("should I go today or can it wait till after work tomorrow", "burglary"),
        ("can it wait till monday to report it?", "sexual_offence"),
        ("i have hiv and they called me names for it, is that a hate crime?", None),
        ("i take the pill every day, is that relevant?", None),
        ("how long will the police take to ring me back?", "sexual_offence"),
    ],
)  # fmt: skip
def test_other_time_questions_are_not_the_pill_answer(text, crime_type):
    assert answer(text, crime_type) != "utter_ec_and_pep_go_today"


# -- 2. Luke and Holly: anonymity; Luke's video threat -----------------------------------------

HOLLY = {"relationship_to_offender": "partner_or_ex", "account_details": ["intimate_images"]}
LUKE = {"hate_strand": ["sexual_orientation"]}


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        ("No. If I report it will it come out that I'm gay? My family don't know and neither "
         "does work. Would it be in court or the papers?", "fraud", {}),
        ("yes, terrified. esp if my name gets out", "robbery", LUKE),
        ("before I say yes. if I go to police does my name get kept private? I can't have my "
         "family or work finding out", "robbery", LUKE),
        ("28. i havent reported it tho so idk what crime number. if i report would everyone "
         "find out its me, like would it be in the news", "online_abuse", HOLLY),
        ("what?? insurer?? this isnt about insurance. im asking if people would find out my "
         "name if i went to the police. this is so humiliating i honestly just want to "
         "disappear", "online_abuse", HOLLY),
        ("no just this. but you still didnt tell me if my name would come out if i report",
         "online_abuse", HOLLY),
        ("ok. last time, if i report will my name be kept private?", "online_abuse", HOLLY),
        ("if i report the rape will my name be in the papers?", None, {}),
    ],
)  # fmt: skip
def test_anonymity_is_answered(text, crime_type, answers):
    assert answer(text, crime_type, **answers) == "utter_sexual_offence_anonymity"


def test_the_anonymity_answer_names_the_law_and_what_it_covers():
    (text,) = sendable("utter_sexual_offence_anonymity")
    assert "Sexual Offences (Amendment) Act 1992" in text
    assert "for life" in text and "filmed" in text and "intimate images" in text


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        ("will my name be kept private if i report the burglary?", "burglary", {}),
        ("if i report it will they know it was me who told?", "sexual_offence", {}),
        ("who can see this chat? i dont want my family finding out", "sexual_offence", {}),
        ("whats my name on the form, do you need it?", "sexual_offence", {}),
        ("i got the crime number, what do i give my insurer?", "burglary", {}),
    ],
)  # fmt: skip
def test_other_privacy_questions_are_not_the_anonymity_answer(text, crime_type, answers):
    assert answer(text, crime_type, **answers) != "utter_sexual_offence_anonymity"


def test_holly_gets_no_insurance_answer_for_crime_number_she_has_not_got():
    text = (
        "28. i havent reported it tho so idk what crime number. if i report would everyone "
        "find out its me, like would it be in the news"
    )
    assert not questions.asks_about_insurance(text)
    assert not questions.asks_about_insurance("what?? insurer?? this isnt about insurance.")
    # Still the insurance answer where it is one.
    assert questions.asks_about_insurance("where do i get a crime number for my insurance?")
    assert questions.asks_about_insurance("how do i get a crime number?")


LUKE_VIDEO = [
    "no. but he messaged from a new number yesterday saying he'll send the video to people if "
    "I go to the police",
    "yes probably. I think they pick gay guys on purpose because they know we won't report. "
    "did you see what I said about the video though?",
    "Report fraud? it wasn't a scam, they stood over me and made me do the transfer. and "
    "nobody has said anything about him threatening to send the video round. what do I do "
    "about that",
]


@pytest.mark.parametrize("text", LUKE_VIDEO)
def test_luke_is_told_the_threat_is_a_crime(text):
    assert answer(text, "robbery") == "utter_threat_to_share_video"


def test_the_threat_answer_gives_the_law_and_the_helpline():
    (text,) = sendable("utter_threat_to_share_video")
    assert "66B" in text and "0345 6000 459" in text and "18+" in text
    assert "messages" in text and "pay" in text


@pytest.mark.parametrize(
    "text",
    [
        "he said he'll send the pics to my school unless i pay him 100 quid",
        "i have cctv video of him smashing the window, should i send it to the police?",
        "can i send the video of the attack to the police?",
        "he says hell post it everywhere, what do i do",
    ],
)
def test_other_videos_and_sextortion_are_not_the_threat_answer(text):
    assert answer(text, None) != "utter_threat_to_share_video"


# -- 3. Eileen: safe living with the grandson ------------------------------------------------------


def test_eileen_safe_at_home_is_answered():
    text = (
        "Yes, it's been going on for months, most weeks. Is she safe to stay in the house with "
        "him? She won't hear of him leaving."
    )
    said = answer(text, "theft", relationship_to_offender="family_member", for_someone_else=True)
    assert said == "utter_safe_living_with_relative"
    assert answer("is my nan safe living with my brother? he steals off her", None) == (
        "utter_safe_living_with_relative"
    )
    for text in sendable("utter_safe_living_with_relative") + sendable(
        "utter_safe_living_with_relative", for_someone_else=True
    ):
        assert "999" in text and "adult safeguarding" in text and "0808 2000 247" in text


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("is it safe to stay at home tonight?", {"relationship_to_offender": "stranger"}),
        ("is she safe to stay with him?", {"relationship_to_offender": "partner_or_ex"}),
        ("my son is staying with his dad this weekend", {}),
        ("are we safe at home now the burglar has our keys?", {}),
    ],
)
def test_other_safety_questions_are_not_the_relative_answer(text, answers):
    assert answer(text, None, **answers) != "utter_safe_living_with_relative"


# -- 4. Tariq: safe when his brother comes home from hospital -------------------------------------

TARIQ = [
    "ok thanks. the interpreter is for mum not me btw. last thing, when he comes home from "
    "hospital will the police do anything to keep him safe",
    "we already reported it, police are literally at the hospital. i asked will they keep him "
    "safe when hes home",
]


@pytest.mark.parametrize("text", TARIQ)
def test_tariq_is_told_to_ask_for_a_safety_plan(text):
    said = answer(text, "serious_violence", for_someone_else=True, age=14)
    assert said == "utter_safe_home_from_hospital"


def test_the_hospital_answer_does_not_tell_them_to_report():
    for text in sendable("utter_safe_home_from_hospital") + sendable(
        "utter_safe_home_from_hospital", for_someone_else=True
    ):
        assert "officer in" in text and "Redthread" in text and "999" in text
        assert "101" not in text and "If you report" not in text


@pytest.mark.parametrize(
    "text",
    [
        "when can he come home from hospital?",
        "will the police do anything?",
        "my husband comes home from hospital tomorrow, will i be safe?",
        "is it safe to go home?",
    ],
)
def test_other_hospital_or_home_questions_are_not_the_safety_plan(text):
    assert answer(text, "serious_violence") != "utter_safe_home_from_hospital"


# -- 5. Ray: speaking in court ---------------------------------------------------------------------

RAY = [
    "No Im not in danger. Can I speak in court or not?",
    "58. What's the point of you if you cant tell me that. Theres a thing called a victim "
    "statement isnt there",
    "no. I'm not sleeping, I'm back driving the lorry because I have to, my wife's in bits. I "
    "just want to know if I get to tell the judge what he took from us",
    "My son was killed by a drunk driver 3 months ago. He was 24. The bloke's been charged with "
    "death by dangerous driving. I want to know what happens at the trial and whether I get to "
    "say anything in court.",
]


@pytest.mark.parametrize("text", RAY)
def test_ray_is_told_about_the_victim_personal_statement(text):
    assert answer(text, "homicide", bereaved=True) == "utter_speak_in_court_vps"


def test_a_bereaved_relative_hears_yes_and_the_family_liaison_officer():
    for slots in ({"bereaved": True}, {"crime_type": "homicide"}):
        (text,) = sendable("utter_speak_in_court_vps", **slots)
        assert text.startswith("Yes") and "death" in text and "Family Liaison Officer" in text
    (text,) = sendable("utter_speak_in_court_vps")
    assert text.startswith("Yes") and "death" not in text and "Right 7" in text


@pytest.mark.parametrize(
    "text",
    [
        "do i have to speak in court?",
        "will i have to give evidence in court?",
        "im scared to speak in court in front of him",
        "who do i send my victim statement to for the parole hearing?",
        "can i speak to someone about the court case?",
        "can my mum come to court with me?",
    ],
)
def test_other_court_questions_are_not_the_vps_answer(text):
    assert answer(text, "assault") != "utter_speak_in_court_vps"
