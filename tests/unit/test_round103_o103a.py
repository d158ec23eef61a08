"""Round 103, helper o103a: a question asked again in other words after the bot missed or
misread it ("I was asking whether ...", "you still have not told me whether ...", "why you not
answer about ...", "I mean ..."), a complaint of not being read, and "either is fine" at the
contact question."""

from __future__ import annotations

from actions.answers import read_answer
from tests.unit.known_answers import answer_in_conversation


def _responses(text: str, crime_type: str | None, said: list[str]) -> list[str | None]:
    got = answer_in_conversation(text, crime_type, said)
    return [] if got is None else [got.response, *(then.response for then in got.then)]


BEA_FIRST = (
    "Not as such. A bit of arthritis in my hands, and my hearing is not what it was, which is "
    "probably why I did not wake up. Will I have to go to court if they catch someone?"
)
BEA_AGAIN = (
    "Goodness, no, I have not hurt myself and I have no intention of doing so. I only meant that "
    "I did not wake up during the burglary because of my hearing. I was asking whether I would "
    "have to go to court."
)
BEA_STILL = (
    "Please stop telling me to ring the Samaritans, I am not suicidal, I am a burglary victim who "
    "cannot sleep. To answer you: yes, I think I would be rather frightened, standing up in front "
    "of whoever did this. But you still have not told me whether I would have to."
)


def test_bea_court_question_asked_again_is_answered() -> None:
    said = [BEA_FIRST]
    assert _responses("I was asking whether I would have to go to court.", "burglary", said) == [
        "utter_court"
    ]
    assert "utter_court" in _responses(BEA_AGAIN, "burglary", [*said, BEA_AGAIN])
    # "whether I would have to": the court question she asked before.
    assert _responses(
        "But you still have not told me whether I would have to.", "burglary", said
    ) == ["utter_court"]
    assert "utter_court" in _responses(BEA_STILL, "burglary", [*said, BEA_AGAIN, BEA_STILL])


def test_short_restated_question_needs_an_earlier_question() -> None:
    assert (
        _responses("But you still have not told me whether I would have to.", "burglary", []) == []
    )


PIOTR = [
    "hello. i need help please, my boss on building site he hit me",
    "no i am home now. it was tuesday on site. we argue about money he not pay me 2 weeks, then "
    "he punch me in face, my nose bleed",
    "no no, he hit me only one time, tuesday. before only shouting. what question? i not ask "
    "question. maybe because i am Polish i dont know, he call me stupid polak sometimes",
]


def test_piotr_why_you_not_answer_about_racism() -> None:
    text = (
        "feeling safe, and interpreter. and my money he not pay. why you not answer about racism???"
    )
    assert _responses(text, "assault", PIOTR) == ["utter_is_it_hate_crime"]
    assert _responses("why you not answer about racism???", "assault", PIOTR) == [
        "utter_is_it_hate_crime"
    ]


FRANK = [
    "Hello. I am writing because I have been conned I think. A man rang saying he was from HMRC "
    "and I owed tax and would be arrested if I didnt pay today. I paid him £8,000 by bank "
    "transfer. I am hard of hearing so please do everything in writing I cannot use the phone.",
    "Yes that is ok. Will the bank give it back? It was this morning. It is our savings, I look "
    "after my wife she has dementia",
    "Getting the money back, and help to communicate as I said in writing. And someone to help me "
    "with the forms, my wife used to do all this",
]


def test_frank_i_mean_the_money_sent_to_the_scammer() -> None:
    first = _responses(FRANK[1], "fraud", FRANK[:2])
    text = (
        "English. I do not understand, what has my pay got to do with it? I am retired. I mean "
        "the £8,000 I sent to the scammer"
    )
    # The answer he got first: "Tell your bank now ... banks usually have to refund you".
    assert _responses(text, "fraud", [*FRANK, text]) == first == ["utter_bank_scam"]


def test_chloe_i_just_told_you_is_a_complaint_not_a_question() -> None:
    text = "i just told u what happened?? he shared my nude pic to the group chat"
    assert _responses(text, None, [text])[0] in (
        "utter_w86s_not_read_sorry",
        "utter_w86s_not_read_sorry_alone",
    )


def test_anjali_either_is_fine_at_contact_question() -> None:
    assert read_answer("contact_method", "either is fine, I said").value == "text"
    assert read_answer("contact_method", "both are fine").value == "text"
    assert read_answer("contact_method", "no").value is None
    assert read_answer("contact_method", "text is fine").value == "text"


def test_anjali_either_is_fine_taken_in_the_turn() -> None:
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    answers = dict(
        consent=True,
        crime_type="homicide",
        bereaved=True,
        referral_consent=True,
        contact_safe=True,
        age=48.0,
        said=["yes. 07700 900835, you can call or text, evenings are better"],
    )
    reading = read_turn(
        Turn(
            text="either is fine, I said",
            intent="inform",
            requested="contact_method",
            answers=answers,
            asked={"contact_method": 1},
            organisations=default_directory(),
        )
    )
    assert reading.slots.get("contact_method") == "text"


def test_piotr_slur_question_beside_his_nose_gets_the_hate_crime_answer() -> None:
    text = (
        "no. only my nose hurt still, i think not broken. you write that he say stupid polak? this "
        "is important?"
    )
    assert _responses(text, "assault", PIOTR) == ["utter_is_it_hate_crime"]
    # Bogdan's nose question, the nose told before it, still gets its answer.
    assert _responses("nose hurt, still swell. i go A&E? is one week now", "assault", []) == [
        "utter_broken_nose"
    ]
