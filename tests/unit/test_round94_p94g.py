"""Round 94, helper p94g: Anjali (her husband forces sex), Joan (66, stalked by a man from her
choir; the police gave him "words of advice"), Tyler (trans, punched outside a club) and George
(his son, 9, punched by older boys) (round 94, r94b-*)."""

from __future__ import annotations

from actions.account import read_account
from core.text import SMS_LIMIT
from tests.unit.known_answers import answer_in_conversation, said_answer, sendable, sources_above

ANJALI_FIRST = (
    "hello, i dont know if i should even be asking this. my husband, when i say no he still does "
    "it, he forces. but we are married so i dont know if it counts. my mummy ji says it is the "
    "wife's duty"
)
ANJALI = [ANJALI_FIRST, "will he find out? he sometimes looks at my phone"]

JOAN = [
    "hello. I am not sure if this is the right place. There is a man from my church choir, he has "
    "been writing me letters, 6 or 7 now, and he waits outside my house on a thursday after "
    "practice. My neighbour Pat has seen him too. I told the police and they gave him words of "
    "advice and that was that, I felt quite dismissed to be honest",
    "Yes that is alright. But is this stalking? That is what I really want to know. My late "
    "husband Derek would have known what to do",
]
JOAN_COMPLAIN = (
    "No I am at home with the door locked, it is tuesday so he wont be there today. Thank you for "
    "saying that, the officer made me feel like I was making a fuss about nothing. Pat next door "
    "says I should complain about how the police handled it, how would I go about that?"
)
OFFICER = "utter_i6_complain_about_officer"
NOT_TOLD = "utter_p94g_complaint_not_told"


def test_anjali_does_it_count_if_married_gets_the_answer_first_time():
    text = "ok haan yes. but please tell me, does it count if we are married?"
    assert said_answer(text, None, ANJALI) == "utter_rape_in_marriage"


def test_anjali_complaint_of_no_answer_gets_the_answer():
    text = (
        "he is at work now till 7. so now ok. but at night i dont know. i asked if forcing is a "
        "crime when its your husband, you did not answer"
    )
    assert said_answer(text, None, ANJALI) == "utter_rape_in_marriage"


def test_anjali_story_is_read_so_she_is_not_asked_what_happened_again():
    assert read_account(ANJALI_FIRST).crime_type == "sexual_offence"


def test_does_it_count_if_not_married_is_not_rape_in_marriage():
    said = ["my boyfriend hits me and checks my phone, im 17"]
    text = "does it count if we are not married?"
    assert said_answer(text, None, said) != "utter_rape_in_marriage"
    # Hitting by a husband: "does it count" is not answered with rape.
    said = ["my husband hits me when he is drunk"]
    assert said_answer("does it count if we are married?", None, said) != ("utter_rape_in_marriage")


def test_joan_how_to_complain_about_the_police_first_time():
    assert said_answer(JOAN_COMPLAIN, "stalking", JOAN) == OFFICER
    text = (
        "Someone I know, well from choir. His name is Malcolm. But please, how do I complain "
        "about the police? I have asked twice now"
    )
    assert said_answer(text, "stalking", [*JOAN, JOAN_COMPLAIN]) == OFFICER
    text = "is it 101 I ring to complain about the officer, or someone else?"
    assert said_answer(text, "stalking", JOAN) == OFFICER


def test_joan_not_answered_about_the_complaint():
    said = [*JOAN, JOAN_COMPLAIN]
    text = (
        "I am 66. You have not answered me about the complaint though. And it is letters, not "
        "accounts, I dont do the computer much, my grandson set this up for me"
    )
    assert said_answer(text, "stalking", said) == OFFICER


def test_joan_will_malcolm_be_told():
    said = [*JOAN, JOAN_COMPLAIN]
    text = (
        "No I dont think so. Sorry, who is the organisation, the police station in Barnet? I have "
        "the officers name on a card somewhere. Will Malcolm be told I complained? I still have "
        "to see him at choir every week"
    )
    got = answer_in_conversation(text, "stalking", said)
    assert got is not None and got.response == NOT_TOLD
    assert [then.response for then in got.then] == [OFFICER]
    text = (
        "just my knees. But you have not said if Malcolm will know I complained. That frightens "
        "me a bit"
    )
    got = answer_in_conversation(text, "stalking", said)
    assert got is not None and got.response == NOT_TOLD and not got.then
    text = "They wont contact Malcolm will they? Or the church? I dont want a fuss at choir"
    assert said_answer(text, "stalking", said) == NOT_TOLD


def test_not_told_answer_is_short_sourced_and_honest():
    (text,) = sendable(NOT_TOLD)
    assert len(text) <= SMS_LIMIT
    assert "policeconduct.gov.uk" in sources_above(NOT_TOLD)
    assert "Malcolm" not in text and "church" not in text


def test_a_complaint_about_a_care_home_is_not_about_the_police():
    text = "will the manager know i complained about the care home?"
    assert said_answer(text, "assault", ["the carer hit my mum"]) != NOT_TOLD


def test_tyler_old_name_first_time():
    said = [
        "hi um. got punched outside a club on saturday in croydon, some guy called me a tr*nny "
        "and f*ggot and just swung at me. black eye lol. is there like lgbt support or whatever",
        "ok yeah. but do i have to go to the police? bc i dont really trust them tbh lol",
    ]
    text = (
        "nah im fine im at my mates. eye is still swollen tho. if i did report would i have to "
        "give my old name?? my id still says it lol which is the whole problem"
    )
    assert said_answer(text, "hate_crime", said) == "utter_misgendered_by_police"


def test_george_can_boys_of_10_or_11_get_in_trouble():
    said = [
        "Hi, my son got punched by some older boys at school last week, we ended up in A&E with "
        "him, suspected broken nose. The school keeps saying they're 'looking into it' and "
        "nothing happens. Is it even a crime when they're kids? Wandsworth",
        "yes fine. well it didnt happen to me, it happened to my boy, hes 9. so is it a crime or "
        "not?",
    ]
    text = (
        "no. we already went to A&E, theyre sending us to fracture clinic. but the boys are like "
        "10 or 11, can they actually get in trouble with police at that age?"
    )
    for crime in ("assault", None):
        got = said_answer(text, crime, said, for_child=True)
        assert got == "utter_h3_child_suspect_age"
