"""The keyword safety net: every phrase here must be caught whatever the classifier says."""

import pytest

from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk

DANGER = [
    "hes here now",
    "he's outside my door",
    "HE'S HERE",
    "he’s at the door",
    "someone is trying to get in",
    "they're trying to break in",
    "he has a knife",
    "hes got a knife",
    "he is going to kill me",
    "gonna kill me",
    "i am not safe",
    "im not safe right now",
    "i'm in danger",
    "he's hitting me",
    "hiding from him in the bathroom",
    "locked in the bathroom",
    "help me please he's back",
    "my ex is outside the house",
    "hes banging on the door",
    "he'll kill me",
    "someones banging on the front door",
    "they're smashing my window",
    "his car just pulled up outside",
]
# Danger in the words people use, beyond the obvious (written for these tests).
DANGER += [
    "my brother says he'll break my legs if i go to court",
    "got a text saying ur dead when i see u",
    "hes waiting at the end of my road right now",
    "i can hear someone downstairs, i think they've broken in",
    "hes got my little boy in the car and wont let me near",
    "they're keeping me in a room and took my phone",
    "he said if i leave he'll throw acid on me",
    "someone is following me home rn",
    "the guy who robbed me is at the bus stop staring at me",
]
SELF_HARM_ = [
    "i want to die",
    "i wanna die",
    "thinking of ending it all",
    "i'm going to kill myself",
    "took loads of pills",
    "i've taken a load of paracetamol",
    "i cut myself again",
    "i feel suicidal",
    "everyone would be better off without me",
    "no point living anymore",
    "i cant go on",
    "i don't want to be here anymore",
    "i self harm",
    "thinking about taking all my meds at once",
    "gonna take all my tablets tonight",
    "swallowed a whole packet of paracetamol",
    "burned my arm with a lighter on purpose",
    "cutting again",
    "i'm on the bridge",
    "i just want to go to sleep and not wake up",
    "nobody would notice if i was gone",
    "got all the \U0001f48a ready",
    "took a whole box of my sleeping pills",
    "no one would even care",
    "the kids would be better without me",
    "everyone would cope fine without me",
]
NEITHER = [
    "this waiting is doing my head in, its killing me",
    "my mum will kill me if i lose another phone lol",
    "my battery's about to die",
    "he punched me in 2019 and got sent down for it",
    "they smashed my car window last night",
    "she pushed me once years ago",
    "no, nobody died",
    "my grandad died last year, this is something else",
    "i was terrified i was going to die",
    "i dont want to live with him any more",
    "its safe when he is at work",
    "hes following me on instagram and commenting on everything",
    "i am not in danger, i just want advice",
    "my house was burgled",
    "im not in danger",
    "no longer in danger",
    "its not safe to call me",
    "he hit me last week",
    "im safe now",
    "i want to report a crime",
    "hackney",
    "he burned my arm with a cigarette",
    "he cut my face",
    "i want to know when he's coming out",
    "what is a victim personal statement",
    "my mum would be fine without me for a weekend",
    "took a packet of crisps",
    "",
]


@pytest.mark.parametrize("text", DANGER)
def test_danger_is_caught(text):
    assert detect_risk(text) == IN_DANGER


@pytest.mark.parametrize("text", SELF_HARM_)
def test_self_harm_is_caught(text):
    assert detect_risk(text) == SELF_HARM


@pytest.mark.parametrize("text", NEITHER)
def test_everyday_answers_are_left_alone(text):
    assert detect_risk(text) is None


def test_danger_wins_over_self_harm():
    assert detect_risk("he's here and i want to die") == IN_DANGER
