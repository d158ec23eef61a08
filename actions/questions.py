"""Questions the bot can answer in its own words, recognised whatever the classifier made of
them (pure): what to do if they come back, who sees the chat, evidence, court, compensation, an
organisation by name, and the rest of ``known_answer``'s table. The form (actions/reading.py)
and the dialogue actions answer them beside an answer or on their own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from actions import account, wording
from actions.skip_logic import questions_to_ask
from bot.risk_words import someone_else_at_risk, takes_back_self_harm
from core import code_rules
from core.privacy_question import asks_about_keeping_evidence, asks_about_privacy
from core.text import SMS_LIMIT
from core.vocabulary import plain
from referrals.directory import Organisation, describe, named_in_question

_QUESTION_START = re.compile(
    r"^(?:what|whats|how|hows|can|could|will|would|do|does|did|is|are|am|should|shall|why|"
    r"when|where|who|which|whos|have i|has|may|if i|wat|wot|wen|y|shud|shld|cud|wud)\b"
)


@dataclass(frozen=True)
class Say:
    """A message to send: a domain response by name, or text."""

    response: str | None = None
    text: str | None = None
    args: Mapping[str, Any] = field(default_factory=dict)
    # A second question in the same message, answered after this one.
    then: tuple[Say, ...] = ()


_CALL_FOR_ME = re.compile(
    r"\b(?:(?:can|could|will|would|pls|please|plz) (?:you|u|someone|somebody) (?:please )?"
    r"(?:call|ring|phone|contact|text|get|send|alert|tell) (?:the )?(?:police|999|cops|help|"
    r"an ambulance|ambulance|someone|somebody)|(?:call|ring|phone) (?:the )?(?:police|999|"
    r"cops) for me|send (?:the )?(?:police|help|someone|somebody)|get (?:me )?help here)\b"
)


# Signs of an injury or illness that needs a doctor: "I've had a headache since he hit me and
# I was sick this morning".
_STRANGLED = re.compile(
    r"\b(?<!not )(?<!never )(?:strangled|strangling|strangulation|choked|choking|(?:hands|hand|arm)"
    r" (?:round|around|on) my (?:neck|throat)|squeezed my (?:neck|throat)|grabbed (?:me by )?my "
    r"(?:neck|throat)|"
    # In few words of English: "last week he hold my neck", "he press my throat".
    r"(?:he|she|they) (?:hold|holds|held|press|pressed|presses|squeeze|squeezes|grab|grabs|put "
    r"(?:his|her|their) hands? (?:on|round|around)) (?:my |me by my |me by the )?(?:neck|throat)|"
    # "when he choke me before christmas i could not breathe" (round 40, Aminata).
    r"(?:he|she|they) (?:choke|chokes|strangle|strangles) (?:me|my))\b"
)


def mentions_strangling(text: str) -> bool:
    """Strangling can do harm that shows later: whenever it is told, they are told to get
    checked."""
    return bool(_STRANGLED.search(plain(text)))


# Harm to the neck or throat, as after strangling.
_NECK = re.compile(
    r"\b(?:neck|throat|voice (?:has gone|s gone|went|sounds)|hoarse|swallow\w*|cough\w*)\b"
)
_INJURY = re.compile(
    r"\b(?:sore neck|neck (?:is |s )?(?:really |still |so )?(?:sore|hurts|hurting|swollen|"
    r"bruised)|voice (?:has gone|s gone|went|sounds (?:funny|weird|strange|different|hoarse))|"
    r"hoarse|(?:cant|hard to|trouble|struggling to) (?:swallow|swallowing|breathe|breathing)|"
    r"coughing|i cough|(?:should|do|does|shall|must) (?:i|she|he|they|we) (?:need to )?"
    r"(?:go to|see|go) (?:a |the )?(?:hospital|"
    r"a ?& ?e|a and e|doctor|gp)|headaches?|head injury|hit my head|banged my head|concuss\w*|"
    r"(?:been|was|being|keep being) sick|vomit\w*|throwing up|threw up|dizzy|blurr\w* (?:vision|"
    r"eyes)|blacked out|passed out|fainted|cant breathe|short of breath|chest pain|still bleeding|"
    r"wont stop bleeding|broken (?:nose|arm|wrist|rib|ribs|jaw|finger|fingers|leg|ankle)|swollen|"
    r"bruis\w*|really hurts|in pain|lot of pain|cant move my|numb|split lip|my lip|stitches|"
    r"(?:get|have) (?:it|this|my \w+) (?:looked at|checked)|cant walk)\b"
)


def mentions_injury(text: str) -> bool:
    """Also read after the results (actions/dialogue.py), where "my eye is still blurry from the
    punch" once got "I can't do more with that here"."""
    words = plain(text)
    return bool(_INJURY.search(words)) or mentions_urgent_symptom(text)


# Signs after a blow that need care the same day, answered even when told, not asked: "its
# blurry like when i look at stuff far away. since last night".
_URGENT_SYMPTOM = re.compile(
    r"\b(?:blurr\w*|double vision|seeing double|see(?:ing)? (?:stars|flashes|spots)|(?:cant|"
    r"cannot|hard to|struggling to) see (?:properly|clearly|right|well|straight|out of)|my "
    r"(?:sight|vision|eyesight)|dizz\w*|(?:been|being|was|keep being|keeps being) sick(?! of)|"
    r"vomit\w*|throwing up|threw up|head (?:is )?(?:still )?(?:hurts|hurting|pounding|banging)|"
    r"headaches?|concuss\w*|blacked out|passed out|fainted|keep(?:s)? fainting)\b"
)


# -- round 27, helper D --
# "yes. text 07700 900233. break over gotta go": going back to work after a break, not having
# to stop in secret. Said just before the "gotta go" (the ways someone must go because of who is
# there are read apart, so "break over gotta go hes home" still is).
_BACK_TO_WORK = "".join(
    f"(?<!{end}{link})"
    for end in (
        "break over ",
        "breaks over ",
        "break s over ",
        "break is over ",
        "break done ",
        "break finished ",
        "lunch over ",
        "lunch is over ",
        "lunch s over ",
        "back to work ",
        "at work ",
        "on shift ",
    )
    for link in ("", "i ", "so ", "so i ", "now ", "now i ")
)
# Someone who must stop now: "hes home early i have to go", "how do i delete this quick".
_MUST_GO = re.compile(
    r"\b(?:(?:hes|shes|theyre|he s|she s|he is|she is|they are) (?:just )?(?:home|back|here|"
    r"coming in|walking in)\b.{0,40}\b(?:(?:i )?(?:have to|got to|gotta|need to|must) go|gtg|"
    rf"cant talk|bye|delete this)|(?:i )?{_BACK_TO_WORK}(?:have to|got to|gotta|need to|must) go "
    rf"(?:now|quick|sorry)\b|{_BACK_TO_WORK}\bgtg\b|how (?:do i|can i|to) delete this (?:chat |"
    r"quick|now|fast)?|"
    # "he is coming. I must stop", "someone coming, I go".
    r"\b(?:hes|shes|theyre|he s|she s|he is|she is|they are|someone|somebody|someone is) coming\b"
    r".{0,30}\b(?:i )?(?:must|have to|need to|got to|gotta) (?:stop|go)\b|"
    r"\bcoming,? i (?:go|stop)\b|"
    # "i have to go hes home", "husband home now"
    # "i have to go my brother is home"
    r"\b(?:i )?(?:have to|got to|gotta|need to|must) go\b(?! to\b).{0,20}\b(?:hes|shes|theyre|"
    r"he is|she is|he s|husband|wife|partner|dad|mum|(?:my |his |her )?(?:brothers?|sisters?|"
    r"father|mother|uncle|family|boyfriend|girlfriend|parents)(?: is| are| s)?) (?:\w+ )?(?:home|"
    r"back|here|coming)\b|^(?:my )?(?:husband|"
    r"wife|partner|boyfriend|dad|he|hes) (?:is )?(?:home|back) now\W*$|"
    # "no. wait my brother is home": broken off, because of who has come in (not "wait my son
    # is home from school", nor "wait my brother is home on tuesdays").
    r"\b(?:wait|hang on|hold on|oh no|shit|crap|uh oh)\W+(?:my )?(?:hes|shes|theyre|he is|she is|"
    r"they are|husband|wife|partner|boyfriend|girlfriend|brothers?|sisters?|dad|father|mum|mother|"
    r"uncle|family|parents|in laws?)(?: is| s| are| re)? (?:home|back|here|coming|coming in|"
    r"in)(?: (?:now|early|already|back))?(?: (?:bye|sorry|gtg|i (?:have to|must|got to|gotta|"
    r"need to) (?:go|stop)))?\W*$)"
)


# Must stop now, in the words of someone texting in secret: "i must go soon", "i have to go
# someone is awake", "someone is awake". Not a question ("do i have to go?") nor a place ("i have
# to go to court").
_MUST_GO_SOON = re.compile(
    rf"\b(?:i )?{_BACK_TO_WORK}(?:must|have to|got to|gotta|need to) (?:go|stop)(?: (?:now|soon|"
    r"quick|quickly|sorry|bye|ok))*\W*$|"
    r"\b(?:i )?(?:must|have to|got to|gotta|need to) (?:go|stop)(?: (?:now|soon|quick|quickly|"
    r"sorry|bye|ok))* (?:someone|somebody|they|theyre|they re|he|hes|she|shes|"
    # Not a child home from school: "i need to go, my son is coming back from school soon".
    r"my (?!(?:son|daughter|kids?|children|boy|girl|baby|little one)\b)\w+) "
    r"(?:is |s |are |re )?(?:awake|up|waking|coming|home|back|here)\b|"
    r"\b(?:someone|somebody|they|everyone) (?:is |s |are |re )?(?:awake|waking up|up now)\b|"
    r"\b(?:someone|somebody) (?:is |s )?coming(?: (?:now|in|back|home|up|down|upstairs))*\W*$"
)
_ASKED_IF = re.compile(
    r"\b(?:do|does|did|will|would|should|shall|if|when|whether|dont|do not|why)\s+"
    r"(?:(?:i|he|she|they|we|you|u|my \w+|the \w+)\s+)?$"
)


def must_go(text: str) -> bool:
    """Must stop now ("hes home i have to go", "i must go soon", "someone is awake"), as
    opposed to "do i have to go to court?"."""
    words = plain(text)
    if _MUST_GO.search(words):
        return True
    return any(
        not _ASKED_IF.search(words[: found.start()]) for found in _MUST_GO_SOON.finditer(words)
    )


# Signs of a heart attack or a stroke, whatever the crime: 999 at once, not "get it checked".
_MEDICAL_EMERGENCY = re.compile(
    r"\b(?<!no )(?<!not )(?:chest (?:pain|pains|is (?:\w+ )?(?:tight|hurting|sore|heavy)|(?:feels |"
    r"has been |s been |been |is |gone |went |getting |a bit |bit |really |very |so )+(?:tight|"
    r"heavy|crushing|painful)|tightness|pressure|hurts)|(?:pain|tightness|pressure|crushing) "
    r"(?:in|across) (?:my|his|her|the) chest|(?:pain|tingling|numb\w*|ache|aching) (?:in|down) "
    r"(?:my|his|her) (?:left )?arm|left arm\b.{0,20}\b(?:pain|hurts|numb\w*|tingl\w*|heavy)|"
    r"(?:in|to) my left arm|(?:cant|can t|cannot|struggling to|hard to) (?:breathe|breath)|"
    r"face (?:is )?(?:drooping|dropped|fallen)|slurr\w* (?:my |his |her )?(?:speech|words)|"
    r"heart attack|having a stroke)"
)


# -- round 28, helper E --
# "he hold my neck i cant breath": breathing stopped by a hand on the neck is strangling (the
# strangling answer), not a sign of a heart attack. Chest pain or a drooping face beside it still
# is.
_NECK_HELD = re.compile(
    r"\b(?:neck|throat|strangl\w*|chok\w*|smother\w*|suffocat\w*|pillow over (?:my|her|his) "
    r"face)\b"
)
_NO_BREATH = re.compile(
    r"\b(?:cant|can t|cannot|couldnt|could not|struggling to|hard to) (?:breathe|breath)\b"
)


# Round 46, Pippa, 30 weeks pregnant, pushed into the fridge by her partner: "i havent felt
# much in the last couple hours. my midwife's number goes to voicemail", "the baby isnt moving
# much. what do i do if the midwife doesnt answer" got "Sorry, I didn't catch that", then
# "I've sent what I know". A baby moving less is a warning sign to act on now, said or asked.
_BABY_MOVING_LESS = re.compile(
    r"\b(?:baby|babys|bump|little one)\b.{0,40}\b(?:(?:isnt|is not|not|hasnt|has not|stopped|"
    r"barely|hardly) (?:been )?(?:moving|moved|kicking|kicked)|(?:moving|kicking) (?:a lot |much )?"
    r"(?:less|slower)|(?:moving|kicking) (?:a bit )?less|less (?:movement|kicking|moving))\b|"
    r"\b(?:reduced|less|fewer|no) (?:baby |fetal |foetal )?movements?\b|"
    r"\b(?:havent|have not|not|cant|can t|cannot|didnt) (?:really )?(?:felt|feel) (?:the baby|"
    r"him|her|it|much|any ?thing|baby)\b.{0,30}\b(?:move|moving|kick\w*|hours?|today|since|all "
    r"day|much)\b|\btrying to feel the baby move\b"
)


def baby_moving_less(text: str) -> bool:
    return bool(_BABY_MOVING_LESS.search(plain(text)))


def mentions_medical_emergency(text: str) -> bool:
    """ "my chest has been tight all evening... its in my left arm now": possibly a heart attack,
    so 999 now, wherever it is said and whatever the crime."""
    words = plain(text)
    if _NECK_HELD.search(words):
        words = _NO_BREATH.sub(" ", words)
    if j1_panic_breathless(text):
        return False  # -- round 41, helper J1 -- "omg i cant breathe" (Jess): panic
    return bool(_MEDICAL_EMERGENCY.search(words)) and not re.search(
        r"\b(?:had|after|since|my|his|her) (?:a )?(?:heart attack|stroke) (?:in|last|years?|"
        r"ago|before)\b|\b(?:what is|whats) a heart attack\b|\b(?:nearly|almost|would|gave "
        r"(?:me|him|her)|going to|gonna|thought i d) (?:have |had )?a heart attack\b|"
        r"\bbreathe? (?:when|whenever|if|at night|thinking)\b|\bpanic\w*|anxiety|anxious|"
        r"keep checking",
        words,
    )


# A blurry picture is not blurred sight.
_PICTURE = re.compile(
    r"\b(?:cctv|footage|photos?|pictures?|pics?|videos?|cameras?|images?|"
    r"screenshots?|number ?plate|reg)\b"
)


def mentions_urgent_symptom(text: str) -> bool:
    """ "my eye is still blurry from the punch": a change in sight, being sick, dizziness or a
    headache after a blow needs a doctor today, question or not."""
    words = plain(text)
    return bool(_URGENT_SYMPTOM.search(words)) and not _PICTURE.search(words)


_PAST_TIME = re.compile(
    r"\b(?:last (?:week|month|year|night|weekend|time|summer|winter|spring|autumn|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|the other (?:day|night|week)|"
    r"(?:days|weeks|months|years) ago|a (?:week|month|year|few \w+) ago|back in|in (?:19|20)\d\d|"
    r"when i was (?:a |little|young|\d+)|used to)\b"
)
_NOW = re.compile(
    r"\b(?:now|right now|outside|here|at the door|on (?:his|her|their) way|coming|tonight|today|"
    r"this (?:morning|afternoon|evening)|still|keeps|keep|again)\b"
)


def danger_is_past(text: str) -> bool:
    """A threat or attack told as past ("he threatened to kill me last week"), with nothing
    saying it goes on now: 999 is said, but the questions start (the first asks whether they
    are safe now) rather than waiting for "carry on"."""
    words = plain(text)
    return bool(_PAST_TIME.search(words)) and not _NOW.search(words)


_PROPERTY_BACK = re.compile(
    r"\b(?:(?:get|getting|got|have|having|give|giving) (?:my|our|me my|us our|the|them|it|"
    r"everything|anything) (?:\w+ )?back|(?:return|returned|give back) (?:my|our)|(?:my|our) "
    r"(?:things|stuff|property|belongings) (?:back|returned)|property (?:back|returned))\b"
)


# Money back from a bank after a scam is not property the police hold.
# -- round 33, helper U2 --: nor is crypto a recovery firm offers to get back for a fee (Maria).
_MONEY_BACK = re.compile(
    r"\b(?:money|bank|banks|refund\w*|transfer\w*|account|paid|pounds|£|crypto\w*|bitcoin\w*|"
    r"btc|coins?|fee|fees|savings|investment\w*)"
)


def asks_about_property(text: str) -> bool:
    """ "will i get my things back though": Right 10 covers property the police hold."""
    words = plain(text)
    return (
        is_question(text)
        and bool(_PROPERTY_BACK.search(words))
        and not _MONEY_BACK.search(text.lower())
    )


# Said after Right 10, so it is not read as a promise that stolen things will be found.
PROPERTY_UNKNOWN = (
    "I can't say whether stolen things will be found; the officer on your case may know more."
)


def property_answer() -> str:
    return f"{code_rules.answer_for('expenses_property')} {PROPERTY_UNKNOWN}"


_IS_IT_A_CRIME = re.compile(
    r"\b(?:is|isnt|is it|is that|is this|are|if (?:its|it s|it is|that s|thats|this is))\b.{0,60}"
    r"\b(?:a crime|illegal|against the law|"
    r"abuse|allowed)\b|\b(?:am i|im) (?:just )?overreacting\b"
)
_MONEY = re.compile(
    r"\b(?:money|wages|wage|salary|pay|bank|card|cards|benefits|finances|debt|debts|credit|"
    r"savings|account)\b"
)


def asks_if_economic_abuse_is_a_crime(text: str) -> bool:
    """ "is what he does with money even a crime?": the Domestic Abuse Act 2021 answers it."""
    words = plain(text)
    return is_question(text) and bool(_IS_IT_A_CRIME.search(words) and _MONEY.search(words))


_AFRAID_NOW = re.compile(
    r"\b(?:(?:scared|afraid|terrified|frightened|worried|nervous) (?:to go|of going|about going)"
    r" (?:home|back)|(?:dont|do not) want to go (?:home|back)|what (?:do i do|should i do) "
    r"(?:tonight|when i (?:go|get) home)|(?:what|wat|wot) (?:do|should|shall) i do\b.{0,15}\b"
    r"(?:tmrw|tomorrow|tmr|tomoz|after school)|(?:tmrw|tomorrow|tmr|tomoz)\b.{0,15}\b(?:what|wat|"
    r"wot) (?:do|should|shall) i do|what if (?:he|she|they) (?:is|are|comes?|turns? up)|"
    r"(?:scared|afraid|terrified|frightened) (?:he|she|they)(?:ll| will| is going to| are going "
    r"to) (?:come|be there|find|wait)|what (?:do|should) i do (?:if|when) (?:he|she|they) "
    r"(?:come|comes|turn up|turns up|show up|shows up|come back|comes back)|(?:should i |do i )?"
    r"(?<!cant )(?<!can not )(?<!cannot )(?<!unable to )"
    r"(?:call|ring|dial) 999\s*$|(?:theyll|they will|hell|he will|shell|she will) be waiting)\b"
)


def afraid_of_what_comes_next(text: str) -> bool:
    """ "im scared to go home tonight": not danger now, but what to do if it comes."""
    words = plain(text)
    return bool(_AFRAID_NOW.search(words)) or (
        bool(_AFRAID_NOW_R27.search(words)) and not _NOT_SAFETY_NOW.search(words)
    )


_EVIDENCE = re.compile(
    r"\b(?:shower|bath|wash|washing|change (?:my )?clothes|get changed|evidence|forensic\w*|"
    r"(?:can|could|will|would) they test|tested|drug test|test (?:me|for|if|whether)|spiked|"
    r"(?:the )?havens|(?:\d+|a few|couple of|two|three|four|five|six) days)\b"
)


def asks_about_evidence(text: str, crime_type: str | None) -> bool:
    """ "should i have a shower?" after a rape or a spiking: the Havens can advise, and time
    matters."""
    words = plain(text)
    if (
        asks_if_still_time_for_tests(text, crime_type)
        or asks_about_washing_before_the_havens(text, crime_type, None)
        or asks_about_a_breach(text)
    ):
        return False  # the Havens today, or an order breached: their own answers (round 19)
    if crime_type not in ("sexual_offence", None, "assault") and not (
        account.spiked_not_knowing_more(text)
    ):
        return False
    if crime_type != "sexual_offence" and not re.search(
        r"\b(?:spiked|drugged|sexual\w*|rape\w*)", words
    ):
        return False  # an assault or an unknown crime: only when spiking or sex is named
    if re.search(
        r"\b(?:give|giving|gave) evidence|\bevidence (?:in court|behind|by video|from another)|"
        r"\bscreen\b|special measures|\bcourt\b|months ago|years ago|\bisva",
        words,
    ):
        return False  # giving evidence in court, or long ago: not the forensic advice
    return is_question(text) and bool(_EVIDENCE.search(words) or _TESTS.search(words))


# "my mate said i left with someone. im scared something else happened to me", after a spiking.
_MAYBE_MORE = re.compile(
    r"\b(?:something (?:else )?(?:happened|was done)|(?:did|done) (?:something|stuff|things) to "
    r"me|(?:left|went|gone) (?:home )?with (?:someone|somebody|a (?:man|guy|woman|stranger)|him|"
    r"her|them)|woke up (?:in|at|somewhere|next to|with)|(?:might|may) have (?:had sex|been "
    r"raped|been touched)|(?:my )?clothes (?:were|was) (?:off|missing|ripped|wrong))\b"
)


def fears_more_after_spiking(text: str, crime_type: str | None) -> bool:
    """Spiked (or sexually assaulted), and afraid that more happened while they cannot
    remember: the Havens can advise, and tests and evidence have time limits."""
    words = plain(text)
    if crime_type is None and not _OUT_OF_IT.search(words):
        return False  # "something happened to me today, what do i do?" is not a spiking
    return crime_type in ("assault", "sexual_offence", None) and bool(_MAYBE_MORE.search(words))


_OUT_OF_IT = re.compile(
    r"\b(?:spik\w*|drugg?\w*|drink\w*|drunk|passed out|blacked out|black ?out|(?:cant|can t|"
    r"dont|don t|do not|cannot) (?:remember|recall)|no memory|out of it|woke up|came round)\b"
)


_TESTS = re.compile(r"\b(?:tests?|tested|testing|stds?|stis?|forensic\w*)\b")


_CICA_DETAIL = re.compile(
    r"\b(?:lost (?:earnings|wages|pay|work|income)|loss of earnings|money i lost from work|"
    r"work money|missed (?:\w+ )?(?:weeks|days|months)? ?(?:at|of) work|(?:my |the )?(?:wages|"
    r"earnings)|time off work|off work|self employed|paid for the (?:week|time|days)|(?:wait|"
    r"waiting) (?:for|until) (?:him|her|them|someone) (?:to be|is|are|gets?) (?:caught|arrested|"
    r"convicted|charged)|(?:have to|need to|does he have to|do they have to) be (?:caught|"
    r"convicted|charged)|if (?:he|she|they|nobody|no one) (?:is|are|isnt|arent|gets?|get) (?:not )?"
    r"(?:caught|convicted))\b"
)
_COMPENSATION = re.compile(r"\b(?:cica|compensation|compo|claim|paid|pay|cover)\b")


def asks_about_compensation_rules(text: str) -> bool:
    """ "can CICA pay my lost earnings? do i have to wait for him to be caught?" """
    words = plain(text)
    return is_question(text) and bool(
        _CICA_DETAIL.search(words) and (_COMPENSATION.search(words) or "work money" in words)
    )


_TEXT_RELAY = re.compile(
    r"\b(?:whats|what is|what s|what does|how does|how do i use) (?:the )?(?:text relay|relay uk|"
    r"typetalk|18001)\b"
)


def asks_what_text_relay_is(text: str) -> bool:
    return bool(_TEXT_RELAY.search(plain(text)))


_WHAT_IS_THE_CODE = re.compile(
    r"\b(?:what|whats|wat)(?: is| does| s)?(?: the| this)? (?:victims|victim s|victim) code\b|"
    r"\bvictims code (?:mean|is)\b"
)


def asks_what_the_code_is(text: str) -> bool:
    return bool(_WHAT_IS_THE_CODE.search(plain(text)))


_IS_IT_HATE_CRIME = re.compile(
    r"\b(?:is|does|would|could|count|counts|classed|class)\b.{0,50}\bhate crimes?\b|\bhate "
    r"crimes?\b.{0,30}\b(?:count|counts|is it|or not)\b"
)
_ARE_YOU_POLICE = re.compile(
    r"\b(?:are you|r u|youre not|you are not|your not|is this) (?:the )?(?:police|cops|met)\b|"
    r"\b(?:report(?: it)?|reporting) (?:it )?(?:to|with|through) (?:you|this)\b"
)


def asks_if_hate_crime(text: str) -> bool:
    """ "does that count as a hate crime?" """
    return is_question(text) and bool(_IS_IT_HATE_CRIME.search(plain(text)))


def asks_if_we_are_police(text: str) -> bool:
    """ "so i dont have to report it to you, you're not the police?" """
    return bool(_ARE_YOU_POLICE.search(plain(text))) and "?" in text


_WHEN_CONTACTED = re.compile(
    r"\b(?:when|how soon|how long)\b.{0,30}\b(?:will|would|till|until|before|do|does)\b.{0,20}"
    r"\b(?:they|somebody|someone|anyone|you|a worker|the team)\b.{0,20}\b(?:call|ring|text|"
    r"contact|email|message|get in touch|phone|hear)|\bwill (?:somebody|someone|they) (?:call|ring|"
    r"text|contact|phone|email) (?:me )?(?:today|tonight|tomorrow|soon)\b"
)


def asks_when_they_will_be_contacted(text: str) -> bool:
    """ "when will they text?" after asking for a referral."""
    return bool(_WHEN_CONTACTED.search(plain(text)))


_FOR_MEN = re.compile(
    r"\b(?:anywhere|anything|anyone|anybody|somewhere|service|services|help|support|helpline|"
    r"charity|one|place)\b.{0,30}\b(?:for|helps?|that helps?) (?:men|males|a man|blokes|guys|"
    r"lads)\b|\b(?:only|just|mainly|all) for (?:women|woman|ladies|females|girls)\b|\bdo (?:you|"
    r"they) (?:help|support|take|do) (?:men|males|blokes|guys)\b"
)


def services_for_men(
    text: str, crime_type: str | None, organisations: Sequence[Organisation]
) -> list[Organisation]:
    """ "is there anywhere that actually helps men?": the directory's services for men, for
    what happened if it is known."""
    if not (is_question(text) and _FOR_MEN.search(plain(text))):
        return []
    return [
        org
        for org in organisations
        if "men" in org.serves.genders
        and not org.is_retired
        and (crime_type is None or crime_type in org.serves.crime_types)
    ]


# A community someone asks a service for, as the directory's serves.communities names it.
_COMMUNITY_WORDS = (
    ("lgbt", r"lgbt\w*|lgbtq\w*|gay|lesbian|bisexual|bi|trans|transgender|queer|non binary"),
    ("muslim", r"muslims?|islam\w*"),
    ("jewish", r"jewish|jews?|antisemit\w*"),
)
# The community just after "for", "help" or "support": "is there anything for lgbt people",
# "does that help trans people too?" (not "can you help me, the man was gay?").
_FOR_GROUP = (
    r"\b(?:for|help|helps|support|supports|take|takes|specialis\w* in)(?: \w+){{0,2}} (?:{})\b"
)


def services_for_community(text: str, organisations: Sequence[Organisation]) -> list[Organisation]:
    """ "is there anything for lgbt people specifically?": the directory's services for that
    community (Galop, Tell MAMA, CST), whatever the crime."""
    words = plain(text)
    if not is_question(text):
        return []
    for community, pattern in _COMMUNITY_WORDS:
        # Also "is any of them lgbt tho?", "u didnt say if any are lgbt".
        if re.search(_FOR_GROUP.format(pattern), words) or re.search(
            rf"\b(?:any|are|is|r)(?: of)? (?:them|these|those|they|any|it|that one|one)(?: \w+)?"
            rf" (?:{pattern})\b|\bif any (?:are|is|of them are) (?:{pattern})\b",
            words,
        ):
            return [
                org
                for org in organisations
                if community in org.serves.communities and not org.is_retired
            ]
    return []


# A kind of service asked for by what happened: "is there a domestic abuse helpline", "is there
# not a domestic violence place?", "any stalking charity".
_KIND_OF_SERVICE = (
    ("domestic_abuse", r"domestic (?:abuse|violence)|dv|da"),
    ("stalking_harassment", r"stalking|stalker"),
    ("sexual_offence", r"rape|sexual (?:assault|abuse|violence)"),
)
_SERVICE_WORDS = (
    r"(?:helplines?|lines?|services?|charit(?:y|ies)|places?|organisations?|orgs?|support|"
    r"numbers?|groups?|people|someone|specialists?|advocates?)"
)


def services_for_crime(
    text: str, organisations: Sequence[Organisation], gender: str | None = None
) -> list[Organisation]:
    """ "is there a domestic abuse helpline": the directory's specialists for that crime, those
    for men first to a man and those for women first otherwise."""
    words = plain(text)
    if not is_question(text) and not words.startswith(("is there", "any ")):
        return []
    for crime, pattern in _KIND_OF_SERVICE:
        if re.search(rf"\b(?:{pattern})\b(?: \w+){{0,2}} {_SERVICE_WORDS}\b", words):
            found = [
                org
                for org in organisations
                if org.specialist
                and crime in org.serves.crime_types
                and not org.is_retired
                and org.contact.phone
            ]
            mine = "men" if gender == "man" else "women"
            return sorted(found, key=lambda org: (mine not in org.serves.genders, org.priority))
    return []


_WHO_WE_TELL = re.compile(
    r"\b(?:will|would|do|does|can|could|are|is) (?:you|they|anyone|it|this|the service|a worker|"
    r"support|u)\b.{0,25}\b(?:tell|telling|inform|contact|call|ring|text|let)\b.{0,15}\b"
    r"(?:my |the )?(?:mum|mom|mam|dad|parents?|family|school|teachers?|work|boss|employer|"
    r"social services|social worker)\b|\b(?:will|would) (?:my |the )?(?:mum|mom|dad|parents?|"
    r"school|teachers?|work|boss) (?:find out|know|be told)\b"
)


def asks_who_we_tell(text: str) -> bool:
    """ "if i say yes will they tell my mum or school? im 16" """
    return bool(_WHO_WE_TELL.search(plain(text)))


_SHOULD_I_TELL_POLICE = re.compile(
    r"\b(?:should|shall|do|must|can) (?:i|we|she|he|they) (?:tell|call|ring|contact|report (?:it |"
    r"this |them )?to|let|go to|inform) (?:the )?(?:police|officer|police officer|detective|cops|"
    r"feds|old bill|101)\b|\bshould (?:i|we|she|he|they) report (?:it|this|them)\b|\bdo i "
    r"(?:have|need) to (?:report|go to (?:the )?police)\b|\b(?:she|he|they|we|i) should "
    r"(?:call|ring|tell|report it to|contact) (?:the )?police\b"
)


_REPORT_FOR_SUPPORT = re.compile(
    r"\b(?:do|will|would|must) (?:i|we|you|she|he|they) (?:have|need|got) to (?:report|go to the "
    r"police|tell the police)\b.{0,40}\b(?:for|to get|to use|to go|to see|before|so)\b|"
    # "but do i HAVE to report it. yes or no"
    r"\bdo (?:i|we) (?:have|need|got) to (?:report(?: it| this)?|tell the police|go to the "
    r"police)(?: it)?\W*(?:yes or no|or not|though|tho)?\W*$|\b(?:can|could|will|"
    r"would) (?:\w+ ){1,3}help (?:me|us|her|him|them)?\s*(?:even )?(?:if|without|when) (?:i|we|"
    r"she|he|they) (?:dont|do not|havent|have not|didnt|did not|wont|never) (?:report|go to the "
    r"police|tell the police)|\bwithout (?:reporting|going to the police|telling the police|the "
    r"police)\b"
)


def asks_if_support_needs_a_report(text: str) -> bool:
    """ "do i have to report to police for tell mama?", "can they help if i dont report?"; not
    about compensation, for which the criminal injuries scheme does need a report."""
    words = plain(text)
    return (
        is_question(text)
        and bool(_REPORT_FOR_SUPPORT.search(words))
        and not _ASKS_COMPENSATION.search(words)
    )


_WHAT_DO_I_DO = re.compile(
    r"\b(?:what (?:do|should|shall|can) (?:i|we) do|what do (?:i|we) do now|wat do i do|"
    r"what now|what (?:do|should) i do now|where (?:do|should|can) (?:i|we) go|should (?:i|we) "
    r"(?:run|leave|hide|get out|go out|lock the door|open the door|answer the door))\b"
)


def asks_what_to_do_now(text: str) -> bool:
    """ "what do i do", "should i open the door": asked while in danger, the steps to take now."""
    return bool(_WHAT_DO_I_DO.search(plain(text)))


def asks_whether_to_tell_police(text: str) -> bool:
    """ "Should I tell the police officer?", "should i report it?" (not "do i have to report it
    to get compensation?", which the compensation answers take)"""
    words = plain(text)
    return (
        is_question(text)
        and bool(_SHOULD_I_TELL_POLICE.search(words))
        and not _ASKS_COMPENSATION.search(words)
    )


_FOR_FAMILIES = re.compile(
    r"\b(?:only|just) for (?:the person|people|victims?|the victim|the one)\b|\b(?:is|are|can) "
    r"(?:this|it|you|there) (?:\w+ )?(?:for|help) (?:families|family|relatives|parents|(?:the )?"
    r"family)\b|\bwhat (?:help|support) (?:do|does|can) (?:families|family|relatives|parents)\b|"
    r"\b(?:help|support|someone) for (?:my|her|his|our) (?:mum|mother|dad|father|family|sister|"
    r"brother|parents|kids|children|nan|gran)\b|\bcan (?:they|you|someone) (?:help|support) "
    r"(?:her|him|them|my \w+)(?: too| as well)?\b"
)


def asks_if_families_count(text: str) -> bool:
    """ "is it only for the person it happened to? he cant exactly message you" """
    return is_question(text) and bool(_FOR_FAMILIES.search(plain(text)))


# Words the bot itself uses, in plain English, for "what is borough?" or "what mean targeted?".
GLOSSARY = {
    # Home Office, "The role of the Independent Sexual Violence Adviser: essential elements"
    # (gov.uk, 2017): support whether or not the person reports, through the justice process.
    "isva": "An ISVA (Independent Sexual Violence Adviser) is a trained adviser who supports "
    "someone after rape or sexual assault, whether or not they report it, and can stay with them "
    "through the police and court process. The Havens or Rape Crisis can put you in touch.",
    "borough": "A borough is the part of London you live in, like Hackney or Croydon: the name "
    "of your local council.",
    "voicemail": "A voicemail is a recorded message someone leaves on your phone when you don't "
    "answer.",
    "reference": "Your reference is a short code, like VC-AB12CD. The support team use it to find "
    "your chat.",
    "evidence": "Evidence is anything that helps show what happened, like messages, photos, or "
    "what people saw.",
    "targeted": "Targeted means someone picked on you on purpose, or did it to you more than once.",
    "referral": "A referral means we pass your name and how to contact you to a support service, "
    "so they can contact you and offer help.",
    "support worker": "A support worker is a person whose job is to help victims of crime: to "
    "listen, explain what happens next, and help with practical things.",
}
_GLOSSARY_WORD = re.compile(
    r"\b(?:what|whats|wat|wot)(?: is| does| s| mean| means)?(?: a| an| the| my)? ("
    + "|".join(sorted(GLOSSARY, key=len, reverse=True))
    + r")\b|\b("
    + "|".join(sorted(GLOSSARY, key=len, reverse=True))
    + r") (?:means?|meaning)\b|\b(?:what (?:is|does) (?:mean|it mean) ?|i dont understand "
    r"(?:this |the )?(?:word )?)("
    + "|".join(sorted(GLOSSARY, key=len, reverse=True))
    + r")\b|\b("
    + "|".join(sorted(GLOSSARY, key=len, reverse=True))
    + r")\W+i (?:dont|do not) (?:understand|know what)"
)


def glossary_answer(text: str) -> str | None:
    """The plain meaning of a word the bot used, when someone asks what it means."""
    found = _GLOSSARY_WORD.search(plain(text))
    if not found:
        return None
    return GLOSSARY[next(group for group in found.groups() if group)]


_TOO_LATE = re.compile(
    r"\b(?:is it|its|is it not|am i) (?:\w+ )?too late\b|\btoo (?:long|late) ago\b|\bcan i "
    r"(?:still )?report (?:it|this|something) (?:\w+ )?(?:years|months|a long time) (?:later|after|"
    r"ago)\b"
)


def asks_if_too_late(text: str) -> bool:
    """ "is it too late now" about something years ago."""
    return bool(_TOO_LATE.search(plain(text)))


_WORKER_GENDER = re.compile(
    r"\b(?:female|woman|women|a lady|male|man|men) (?:worker|support worker|caseworker|case "
    r"worker|counsellor|advocate|to talk to|to speak to)\b|\bwill it be a (?:woman|man|"
    r"female|male|lady)\b|\b(?:can|could) (?:it|they|i (?:have|get|ask for)) (?:be )?a (?:woman|"
    r"man|female|male|lady)\b"
)


def asks_for_worker_gender(text: str) -> bool:
    """ "i want a female worker", "will it be a woman?" """
    return worker_gender_asked(text) is not None


_WANTS_A = re.compile(
    r"\b(?:i want|i need|i would like|id like|i d like|i prefer|id prefer|i d prefer|prefer|"
    r"ask for|asked for|can i have|can i get|could i have|only|please|pls|tell them i want|must "
    r"be|has to be|needs to be)\b(?: to (?:talk|speak) to| to have)? (?:a |an )?(?P<who>woman|"
    r"female|lady|man|male)\b(?! (?:only|services?))(?!\s+(?:on|in|at|who|that|took|came|was|"
    r"were|with|from|had|has|did|grabbed|snatched|hit|attacked|followed|outside|is|s|said|just)\b)|"
    r"\b(?:a )?(?P<who2>woman|female|lady|man|male) (?:please|pls|only|if possible|would be "
    r"(?:nice|good|better|great|best|preferred|easier))\b"
)
_WOMAN_WORDS = ("woman", "women", "female", "lady")
# "I didnt ask for a man. it was a man that took my bag": a request put right.
_NOT_ASKED = re.compile(
    r"\b(?:didnt|did not|never|not) (?:ask|asked|want|wanted|say|said)\b(?: (?:for|to have))? "
    r"(?:a |an )?(?P<who>woman|female|lady|man|male)\b"
)


def _gender_of(said: str) -> str:
    return "woman" if any(re.search(rf"\b{w}\b", said) for w in _WOMAN_WORDS) else "man"


def worker_gender_asked(text: str) -> str | None:
    """ "i want a woman please", "will it be a woman?": whom they asked to be supported by, read
    sentence by sentence ("help please. a man on a motorbike took my bag" asks for nobody)."""
    wanted = None
    for sentence in re.split(r"[.!?\n]+", text):
        words = plain(sentence)
        if _NOT_ASKED.search(words):
            continue
        found = _WORKER_GENDER.search(words) or _WANTS_A.search(words)
        if found:
            wanted = _gender_of(found.group(0))
    return wanted


def worker_gender_refused(text: str) -> str | None:
    """ "I didnt ask for a man": the worker they did not ask for."""
    found = _NOT_ASKED.search(plain(text))
    return _gender_of(found.group(0)) if found else None


_WILL_THEY_KNOW = re.compile(
    r"\b(?:will|would|do|does|can|could)(?: the)? (?:he|she|they|him|them|police|cops|feds|the "
    r"police|anyone)\b.{0,40}\b(?:find out|know|told|tell (?:him|her|them|the (?:man|people|ppl|"
    r"man dem|person)))\b.{0,40}\b(?:i reported|it was me|i told|who (?:reported|told|snitched)|"
    r"i (?:talked|spoke|went)|i been talkin\w*|reported (?:him|her|them|it))\b|\b(?:will|would|do|"
    r"does) (?:the )?(?:police|they|cops|feds) tell my (?:college|school|work|employer|boss|mum|"
    r"dad|parents|family|landlord)\b|\bwill (?:he|she|"
    r"they) (?:find out|know) (?:i|it was me)\b|\b(?:tell|tells) the (?:people|ppl|man dem|man|"
    r"person|ones) who (?:did it|done it|snitched)\b|\bwithout (?:my|our|her|his|their|the) "
    r"(?:parents|family|mum|dad|husband|wife|partner|brothers?|sisters?|in laws|relatives) "
    r"(?:knowing|finding out|being told|seeing)\b|\b(?:will|would|could|can) (?:anyone|anybody|"
    r"someone) (?:in|from) (?:my|our|her|his|the) family (?:be able to )?(?:see|find out|know)\b"
)


_GO_TO_FAMILY = re.compile(
    r"\b(?:will|would|do|does) (?:they|the police|police|the feds|you) (?:go|come) (?:to|round to|"
    r"and see|and talk to) (?:his|her|their|the|my) (?:family|house|dad|father|brothers?|mum|"
    r"parents)\b"
)


def asks_if_they_will_know(text: str) -> bool:
    """ "will he find out i reported him?", "do they tell the people who did it?" """
    words = plain(text)
    return bool(_WILL_THEY_KNOW.search(words) or _GO_TO_FAMILY.search(words))


_WHO_CONTACTS = re.compile(
    r"\bwho (?:even |actually |exactly )?(?:is|are|s) (?:even |actually )?(?:the |your |our |"
    r"this )?support (?:team|worker|workers|service|people)\b|"
    r"\bwho (?:will|would|is going to|s going to|is gonna|s gonna|gonna|exactly will) "
    r"(?:actually |exactly |then )?(?:ring|"
    r"call|text|contact|phone|email|message|get in touch with|be (?:ringing|calling|contacting))"
    r"\b|\b(?:which|what) (?:service|one|organisation|charity|team|people)\b.{0,25}\b(?:ring|"
    r"call|contact|phone|text|ringing|calling|contacting)\b|\bis (?:that|it|the support team|"
    r"the team|the support worker|this support team) (?:the )?(?:police|cops|feds)\b"
)


# -- round 27 (main) ------------------------------------------------------------------------------

# "can someone read things to him" (a blind man, a neighbour typing), "i cant read letters".
_CANNOT_READ = re.compile(
    r"\b(?:read (?:things|it|them|letters?|this|stuff|everything|out) (?:to|for|out to) (?:him|her|"
    r"me|them|my \w+)|(?:he|she|i|they) (?:cant|can t|cannot|can not|isnt able to|is not able to|"
    r"am not able to) (?:read|see) (?:letters|websites?|the website|emails?|texts?|messages)|"
    r"(?:hes|shes|im|he is|she is|i am) (?:registered )?blind\b.{0,40}\b(?:read|website|letters?|"
    r"emails?))\b"
)


def asks_for_things_read_aloud(text: str) -> bool:
    return bool(_CANNOT_READ.search(plain(text)))


# A young person whose face was put on a nude body: "will i get in trouble?? its not even real
# its my face on someone elses body", "can it be deleted off everyones phones?".
_FAKE_IMAGE = re.compile(
    r"\b(?:fake|faked|edited|photoshop\w*|ai|app|deep ?fakes?|not (?:even )?real|my face on|"
    r"nudes?|naked|nude (?:pic|photo|image)s?|sexual (?:pic|photo|image)s?)\b"
)
_IN_TROUBLE = re.compile(
    r"\b(?:will|would|could|am|can) i (?:get |be |go )?(?:in trouble|arrested|excluded|expelled|"
    r"blamed)\b"
)
_DELETED_FROM_PHONES = re.compile(
    r"\b(?:delet\w*|remov\w*|get rid of)\b.{0,40}\b(?:(?:every(?:one|body)s?|their|peoples|"
    r"all the|other) phones?|phones)\b|\bmake (?:them|everyone|people) delete\b"
)


def _young(answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    age = answers.get("age")
    return answers.get("under_18") is True or (age is not None and float(age) < 18)


def fears_trouble_over_a_fake_image(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return _young(answers) and bool(_IN_TROUBLE.search(words)) and bool(_FAKE_IMAGE.search(words))


def asks_to_delete_copies_on_phones(text: str, answers: Mapping[str, Any] | None) -> bool:
    return _young(answers) and is_question(text) and bool(_DELETED_FROM_PHONES.search(plain(text)))


# A child threatened over a debt by those exploiting them: "they said if i dont pay by friday
# they come to my house", "but what do i do about friday. im scared".
_DEBT_THREAT = re.compile(
    r"\b(?:if i dont|if i don t|unless i) (?:pay|give|bring|find)\b.{0,40}\b(?:they|he|she)(?:ll|"
    r" will| are going to| gonna)? (?:come|coming|find|get|hurt|do)\b|\b(?:owe|debt)\b.{0,40}"
    r"\b(?:come to my|find me|hurt me)\b"
)
_WHAT_DO_I_DO_ABOUT = re.compile(
    r"\bwhat (?:do|should|can) i do (?:about|on|by|before) (?:friday|monday|tuesday|wednesday|"
    r"thursday|saturday|sunday|tomorrow|tonight|the weekend|it|them)\b"
)


def threatened_by_exploiters(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    words = plain(text)
    exploited = answers.get("crime_type") == "human_trafficking" or bool(
        re.search(
            r"\b(?:county lines|packages?|owe them|debt|hold (?:stuff|things|drugs))\b", words
        )
    )
    return _young(answers) and (
        bool(_DEBT_THREAT.search(words)) or (exploited and bool(_WHAT_DO_I_DO_ABOUT.search(words)))
    )


def asks_about_a_stalking_protection_order(text: str) -> bool:
    """ "would a stalking protection order be better than the non mol?" """
    words = plain(text)
    return bool(re.search(r"\b(?:stalking protection orders?|spo)\b", words)) and (
        is_question(text) or bool(re.search(r"\b(?:asked|about|what about|tell me)\b", words))
    )


_IS_IT_POLICE = re.compile(
    r"\b(?:is|are) (?:it|that|they|this|them|\w+) (?:the |a |like |part of the )?(?:police|cops|"
    r"feds)\b|\binstead of (?:the )?police\b"
)


def asks_if_it_is_the_police(text: str) -> bool:
    return bool(_IS_IT_POLICE.search(plain(text)))


def organisation_is_police_line(org: Organisation) -> str:
    """One text: whether an organisation is the police, then what it does and how to reach it."""
    police = "police" in org.name.lower()
    first = "Yes, it's part of the police." if police else "No, it's not the police."
    return f"{first} {describe(org, limit=SMS_LIMIT - len(first) - 1)}"


def asks_who_will_contact(text: str) -> bool:
    """ "who is the support team, is that police?", "who is going to ring me?" """
    return bool(_WHO_CONTACTS.search(plain(text)))


_WHAT_NOTED = re.compile(
    r"\bwhat (?:have |has |did )?(?:you|u|youve|you ve) (?:actually |got |have )?(?:written|write|"
    r"wrote|noted|put|recorded|record|saved|kept)(?: down)?\b|\b(?:the|my) (?:actual )?notes\b|"
    r"\bwhat (?:do|did) you (?:have|know) (?:down |written )?(?:about|on) me\b|"
    r"\bwhats on (?:the|my) notes\b|\bwhat s on (?:the|my) notes\b|"
    r"\bdid you (?:put|write|note|get) (?:down )?(?:about|that|anything about)\b|"
    r"\b(?:read|tell|show) me (?:back )?what you (?:have|ve|got|noted|wrote|put)\b|"
    r"\bwhat (?:have|has) (?:been|you) (?:noted|recorded|written)\b|"
    # "what age did you put down", "what have you got down for his age and where he lives?"
    r"\bwhat (?:\w+ )?(?:did|have) (?:you|u) (?:(?:put|write|written|wrote|noted|record\w*)"
    r"(?: down)?|got down|get down)\b|\bwhat (?:have|ve) (?:you|u) got (?:down|written)\b"
)


def _summary(answers: Mapping[str, Any]) -> str:
    line = wording.summary_line(answers)
    return wording.discreet(line) if answers.get("discreet") else line


def asks_what_was_noted(text: str) -> bool:
    """ "Can you tell me what you have written down about me so I know it is right." """
    return bool(_WHAT_NOTED.search(plain(text)))


_WORKER_WILL_KNOW = re.compile(
    r"\b(?:will|would|do|does) (?:they|the (?:support )?worker|the team|the support team|"
    r"whoever (?:calls|rings|texts)|the person|the (?:person|worker|woman|man) who (?:calls|rings|"
    r"texts|contacts|emails|messages) (?:me|us)) (?:(?:know|see|be told|have|hear) (?:about|that|"
    r"what i|the bit|my|mum|mom|dad|her|his|she|he|i|not to)|get (?:told|the bit|that|what i|the "
    r"message))\b|"
    r"\bdid (?:it|you|that) (?:get|take|catch|pick up|note|save|"
    r"record|write down) (?:the bit|that|my|what i|it|the part)\b|\bhave you (?:got|noted|"
    r"written down|recorded|saved|passed on) (?:the bit|that|my|what i|the part)\b"
)


_THEY_KNOW = re.compile(
    r"^(?:and |so |ok )?(?:they|she|he|the worker|the person (?:who|that) (?:calls?|rings?|texts?) "
    r"me)\W*(?:will )?(?:know|knows)\b (?:i|that|about|my|not to)\b"
)


def asks_if_the_worker_will_know(text: str) -> bool:
    """ "Will they know about my hearing, so they speak up?", "did it get the bit about next
    week too?", "The person who call me, she know I need polish?" """
    words = plain(text)
    # The sentence that asks, not "maybe? people in building know i deaf. they know i not hear"
    # (round 29 replay, Hannah: a question mark on "maybe" made it a question about the worker).
    asked = any(
        _THEY_KNOW.search(plain(part))
        for question in re.findall(r"[^.!?;]*\?", text)
        for part in re.split(r",", question)
    )
    return asked or bool(_WORKER_WILL_KNOW.search(words))


_WORTH_REPORTING = re.compile(
    r"\b(?:is it|its|it s|is this|is that) (?:even |really )?worth (?:reporting|it|telling|going "
    r"to)|\bwhats the point (?:of |in )?report\w*|\bwould (?:they|the police) (?:even )?(?:bother|"
    r"care|do anything|take it seriously)|\bwill (?:it|they|anything) (?:even )?(?:go anywhere|"
    r"do anything|happen)|\bdoes reporting (?:it )?(?:even )?(?:do|help|change) anything\b"
)


def asks_if_worth_reporting(text: str) -> bool:
    """ "honestly is it even worth reporting?", "would they even bother?" """
    return bool(_WORTH_REPORTING.search(plain(text)))


_ANONYMOUS = re.compile(
    r"\b(?:anonymous\w*|anon|without (?:giving|saying|using|telling them) my name|without "
    r"(?:them|him|her|anyone|the police|police|they) knowing (?:it was me|its me|it s me|who|my "
    r"name)|(?:not|dont|without) giv\w* (?:them )?my name|without (?:my|giving my|using my) "
    r"name|without snitching|without (?:the )?police (?:knowing|finding out)|(?:tell|report) "
    r"(?:someone|somebody|it) without(?! (?:going|having to go|leaving|visiting|calling|"
    r"ringing|phoning|speaking)))\b"
)


def asks_about_reporting_anonymously(text: str) -> bool:
    """ "is there a way to report it without them knowing it was me. like anonymous" """
    words = plain(text)
    if re.search(r"\b(?:dont|do not|not) (?:want|need) (?:to be |it )?anonymous", words):
        return False  # "i dont want anonymous i just dont wanna go IN"
    return bool(_ANONYMOUS.search(words)) and (
        is_question(text) or bool(re.search(r"\breport\w*|tell\w*|snitch|police", words))
    )


_BANK = re.compile(
    r"\b(?:bank|banks|barclays|hsbc|lloyds|natwest|santander|monzo|halifax|nationwide|starling|"
    r"revolut|bank card|debit card|credit card|my cards?|cancel (?:my|the) cards?)\b"
)
_MONEY_BACK_SCAM = re.compile(
    r"\b(?:money back|get (?:it|my money|the money) back|refund\w*|safe account|rings? back|"
    r"calls? back|answer the (?:tele)?phone)\b"
)


def asks_about_the_bank(text: str, crime_type: str | None) -> bool:
    """ "should I ring Barclays first?", "will I get my money back?" after a scam."""
    if not is_question(text):
        return False
    words = plain(text)
    if _KILL_THREAT.search(words):
        # "he has my card and my passport and says he will kill me, what do i do": the threat.
        return False
    return bool(_BANK.search(words)) or (
        crime_type == "fraud" and bool(_MONEY_BACK_SCAM.search(words))
    )


_LENDER_QUESTION = re.compile(
    r"\b(?:pay (?:these|them|it|the loans?|this) back|credit (?:file|report|score|rating)|"
    r"lenders?|loans?|what (?:does|do|should) (?:the )?(?:bank|lender)s? (?:actually )?have to do|"
    r"fix (?:my )?credit)\b"
)


def asks_about_credit_in_their_name(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "do i have to pay these back?", "how do i fix my credit file" after loans in their name."""
    details = (answers or {}).get("account_details") or ()
    return (
        "identity_fraud" in details
        and is_question(text)
        and bool(_LENDER_QUESTION.search(plain(text)))
    )


# A card or PIN taken, or a card used without their say: payments they did not authorise, not a
# transfer they were tricked into making ("fake police came to the door and took my card and
# PIN", a courier fraud).
_CARD_MISUSED = re.compile(
    r"\b(?:(?:took|take|taken|takes|collect\w*|picked up|pick up|handed(?: over)?|hand(?: over)?|"
    r"gave|give|given) (?:\w+ ){0,2}(?:my|the|our|his|her|their|mums?|dads?) (?:bank |debit |"
    r"credit )?(?:cards?|pin)|(?:cards?|card details) (?:and|&|with) (?:my |the )?pin|(?:my|the) "
    r"pin (?:and|&) (?:my |the )?(?:bank |debit |credit )?cards?|(?:used|using|use|uses) (?:my|the"
    r"|our|his|her) (?:bank |debit |credit )?card|cards? (?:was |were |has been |have been |been "
    r")?used|without my (?:permission|consent|ok|say ?so|knowing)|(?:didnt|did not|never) "
    r"(?:make|authori[sz]e|agree to|do|spend|take out) (?:these|those|the|this|that|them|any)"
    r"(?: \w+)? (?:payments?|transactions?|purchases?|withdrawals?|spending)|unauthori[sz]ed|"
    r"courier fraud)\b"
)


def _bank_answer(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> str:
    """Loans taken in their name are not a transfer they were tricked into: no refund answer.
    Nor is a card taken or used without their say, which the unauthorised-payment rules cover
    (not after abuse by a partner or family, where the card answer stands)."""
    answers = answers or {}
    if "identity_fraud" in (answers.get("account_details") or ()):
        return "utter_identity_fraud"
    close = crime_type == "domestic_abuse" or answers.get("relationship_to_offender") in (
        "partner_or_ex",
        "family_member",
    )
    taken = "card_taken" in (answers.get("account_details") or ())
    if not close and (taken or _CARD_MISUSED.search(plain(text))):
        return "utter_card_used"
    return "utter_bank_scam" if crime_type == "fraud" else "utter_bank_card"


_FORCED_MARRIAGE = re.compile(
    r"\b(?:forced? (?:me |her |him )?(?:to |into )?marr\w*|forced marriage|make me marry|"
    r"marry (?:a|my|his|her) cousin|"
    r"take me (?:abroad|to pakistan|to bangladesh|to india|to somalia|back home)|book\w* (?:the|a|"
    r"my) (?:flight|ticket))\b"
)
# A passport taken is a sign of a forced marriage only beside a marriage or a journey: "his
# mother she take my passport" from a wife of six years (round 37, Fatima) is control at home.
_PASSPORT_TAKEN = re.compile(
    r"\b(?:took|taken|take|has|kept|keeps|hid|hidden) (?:my|her|his) passport\b"
)
_MARRIAGE_OR_JOURNEY = re.compile(
    r"\b(?:marry|marrying|marriage|wedding|engaged|fiance\w*|abroad|pakistan|bangladesh|india|"
    r"somalia|back home|flights?|tickets?|holiday|summer)\b"
)


def mentions_forced_marriage(text: str) -> bool:
    words = plain(text)
    return bool(_FORCED_MARRIAGE.search(words)) or bool(
        _PASSPORT_TAKEN.search(words) and _MARRIAGE_OR_JOURNEY.search(words)
    )


_ORDER_TO_STOP = re.compile(
    r"\b(?:court order|protection order|an order|injunction|stop (?:them|him|her) (?:taking|from "
    r"taking)|stop it|stop (?:the )?(?:marriage|wedding)|out of (?:the )?country|(?:get|getting) "
    r"(?:the |her |his |my )?passport back|stop them using (?:it|the passport)|stop (?:my|our) "
    r"(?:parents|family|mum|dad|brother|uncle) (?:from )?taking (?:me|her|him)|(?:hide|hidden|"
    r"keep) (?:my|her|his) passport|(?:they|he|she) (?:have|has|took|taken|keep|keeps) "
    r"(?:my|her|his) passport|send (?:me|her|him) (?:back )?to)\b"
)


def asks_to_stop_a_forced_marriage(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None = None
) -> bool:
    """ "My friend say there is a court order that can stop them taking her out of country";
    "ok but can anyone stop them taking me in the summer??" after telling of the marriage."""
    words = plain(text)
    told = "forced_marriage" in ((answers or {}).get("account_details") or ())
    about_it = (
        mentions_forced_marriage(text)
        or bool(
            re.search(
                r"\b(?:marr\w*|wedding|pakistan|bangladesh|abroad|passport|out of (?:the )?"
                r"country)\b",
                words,
            )
        )
        or (told and bool(re.search(r"\b(?:stop (?:it|this|them|him|her)|taking me)\b", words)))
    )
    asked = is_question(text) or bool(re.search(r"\bplease (?:answer|help)\b", words))
    if crime_type == "human_trafficking" and not mentions_forced_marriage(text):
        return False  # "can I get my passport back?" from someone kept by an employer
    return asked and about_it and bool(_ORDER_TO_STOP.search(words))


_IMAGES = re.compile(
    r"\b(?:pictures?|photos?|pics?|images?|nudes?|videos?|selfies?)\b.{0,60}\b(?:share|shared|"
    r"sharing|post|posted|posting|send|sent|sending|taken down|take (?:them|it) down|remove\w*|"
    r"delete\w*|blackmail\w*|threat\w*|leak\w*)|\b(?:sextortion|report remove)\b|"
    r"\b(?:get|take|getting|taking) (?:the |them |it |those )?(?:pictures?|photos?|pics?|images?|"
    r"nudes?|videos?) (?:off|down)\b"
)


_SCAM_OR_MONEY = re.compile(
    r"\b(?:(?:is|isnt|its not|it s not|this is not|this isnt|not|are|arent) "
    r"(?:this |it |you |u )?(?:a |an )?(?:scam|con|fake|phishing)|"
    r"(?:a|this) scam\b.{0,20}\b(?:is it|isnt it|right)|(?:will|do|would) "
    r"(?:you|they|i) (?:\w+ )?(?:ask (?:me )?for|want|need|have to pay|charge)(?: (?:me|any))? "
    r"(?:money|payment|bank details|card details|a fee)|(?:do|will|would) i (?:have|need) to "
    r"pay(?: (?:for (?:this|it|the service|the support|the help|support|help)|anything))?\b"
    r"(?! (?:\w+ )?(?:back|off|loans?|debts?|the|them|these|it|that))|(?:does|will) (?:it|this) "
    r"cost|how much (?:does|is) "
    r"(?:it|this)|is (?:it|this) free)\b"
)


def asks_if_a_scam(text: str, crime_type: str | None = None) -> bool:
    """ "its not a scam is it? will you ask me for money". After a fraud, "is this a scam?" may
    be about a call they had, so only a question that names us counts."""
    words = plain(text)
    if crime_type == "fraud" and not re.search(
        r"\b(?:you|u|this (?:service|chat|bot|number|site|website|helpline)|all this)\b", words
    ):
        return False
    if re.search(
        r"\b(?:(?:is|was|isnt|wasnt) (?:it|she|he|they|that|her|him|this woman|this man|this "
        r"person)|(?:it|she|he|they|that) (?:is|was|isnt|wasnt|s)) (?:all |just |really |"
        r"actually )?(?:a )?scam",
        words,
    ) and not re.search(
        r"\b(?:are (?:you|u)|(?:you|u) (?:a |the )?scam|this (?:service|chat|bot|number|site|"
        r"website|helpline))\b",
        words,
    ):
        # "Now will you please answer my question. Is it a scam or isn't it" (round 40, George,
        # about the woman he sent £40,000): about her, never "It's not a scam" about us.
        return False
    if re.search(
        r"\b(?:tests?|testing|tested|a ?e|a and e|hospital|havens|forensic\w*|doctor|gp|ambulance|"
        r"solicitor|lawyer|locks?|locksmith|counsell\w*|therap\w*|interpreter|"
        # -- round 39, helper F7 --: "the funeral director wants a deposit ... do i have to pay
        # first" (Sandra, whose son was killed) was told "It's not a scam".
        r"funerals?|deposit)\b",
        words,
    ) and not re.search(r"\b(?:you|u|this (?:service|chat|bot|number|helpline))\b", words):
        # "do they test me or do i have to go to a&e ... and does it cost anything": the test,
        # not this service (round 31, Becca, told "It's not a scam").
        return False
    return is_question(text) and bool(_SCAM_OR_MONEY.search(words))


_DOES_IT_COUNT = re.compile(
    r"\b(?:is|does|would|do|will|could) (?:that|this|it|\w+(?: \w+)?) (?:count|counts|be "
    r"counted|class|be classed|considered|be considered|(?:a |an )?(?:disability|disabled|"
    r"condition|impairment))\b"
)


def asks_what_counts_as_disability(text: str) -> bool:
    """ "is that a disability? i wear 2 hearing aids", "does ptsd count as a disability" """
    words = plain(text)
    return (
        is_question(text)
        and bool(_DOES_IT_COUNT.search(words))
        and bool(re.search(r"\b(?:disab\w*|impairment|condition)\b", words))
    )


_SEXTORTION_QUESTION = re.compile(
    r"\b(?:pay|paying|block|blocked|reply|answer (?:him|her|them)|really (?:send|post|share)|"
    r"(?:send|post|share|leak)s? it|what (?:do|should|can) i do|what now|deadline|\d+ hours?)\b"
)


_PAY_THEM = re.compile(
    r"\b(?:should i (?:just )?pay\b(?! (?:the|my|for|a|an|it|this|that|back|off|bills?|rent|"
    r"debts?|fees?|money back))|do i pay (?:him|her|them)|pay (?:him|her|them) or not)"
)


def asks_about_sextortion(
    text: str, answers: Mapping[str, Any] | None, crime_type: str | None = None
) -> bool:
    """ "should i pay them??", "will he really send it", "i blocked him. is that ok" when
    someone threatens to share images for money; a threat with a deadline is answered too."""
    words = plain(text)
    if re.search(account.SEXTORTION, words):
        return True
    crime = crime_type or (answers or {}).get("crime_type")
    if crime in (None, "online_abuse", "other") and is_question(text) and _PAY_THEM.search(words):
        return True  # "yes whatever but should i pay?? he said tonight", before anything is kept
    shared = "intimate_images" in ((answers or {}).get("account_details") or ())
    if re.search(r"\b(?:meet|meeting|come round|coming round|come over|turn up|my house)\b", words):
        return False  # "he said hes coming round at 10 what do i do": a visit, not the images
    return shared and is_question(text) and bool(_SEXTORTION_QUESTION.search(words))


_DELETE_AND_HELP = re.compile(
    r"\b(?:if|when|once) (?:i|we) (?:say |do |ask (?:you )?to )?(?:delete|erase|wipe) "
    r"(?:my|the|our) (?:data|chat|details|answers)\b"
)


# "nah A&E is overkill ... i'll just sleep it off" after a blow: the injury answer again.
_PUTS_OFF_CARE = re.compile(
    r"\b(?:a ?& ?e|a and e|hospital|doctor|111) (?:is|s) (?:overkill|too much|a waste)|"
    r"sleep it off|(?:just )?take (?:some )?paracetamol|(?:dont|do not) (?:need|want) "
    r"(?:to go to )?(?:a ?& ?e|a and e|hospital|a doctor)|"
    # "A&E for a punch tho? bit dramatic", "its probably just the hangover still right"
    r"(?:a ?& ?e|a and e|hospital)\b.{0,30}\b(?:dramatic|overkill|over the top|a bit much)|"
    r"(?:just|only) (?:the )?hangover|(?:have|having|take|taking) a nap"
)


def puts_off_care_after_a_blow(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    hurt = "injured" in (answers.get("account_details") or ()) or answers.get("crime_type") in (
        "assault",
        "serious_violence",
        "robbery",
    )
    return hurt and bool(_PUTS_OFF_CARE.search(plain(text)))


def asks_if_deleting_cancels_help(text: str) -> bool:
    """ "if i delete my data do i lose the referral", "if i say delete my data will they still
    text me?": deleting cancels the request too, so they can choose knowing it."""
    return is_question(text) and bool(_DELETE_AND_HELP.search(plain(text)))


_VENUE = re.compile(
    r"\b(?:club|nightclub|bouncers?|door ?staff|doormen|door ?men|door supervisors?|security "
    r"(?:guards?|staff)|pub|bar|venue|licen[cs]e)\b"
)


def wants_to_complain_about_a_venue(text: str) -> bool:
    """ "i want to complain about them" (bouncers), "can they lose their licence": the council's
    licensing team, not the Victims' Code complaint route to the Ombudsman."""
    words = plain(text)
    return bool(
        re.search(r"\b(?:complain\w*|lose (?:their|its|the) licen[cs]e|report the club)\b", words)
        and _VENUE.search(words)
    )


_AT_WORK = re.compile(
    r"\b(?:boss|employer|work|job|agency|site|wages?|gangmaster|manager|foreman|pay me|paid)\b"
)


def asks_about_passport_at_work(text: str) -> bool:
    """ "boss can take my passport? this is legal?": labour exploitation, not forced marriage."""
    words = plain(text)
    return bool(re.search(r"\bpassports?\b", words) and _AT_WORK.search(words))


_TEXT_ROUTE = re.compile(
    r"\b(?:something|someone|anyone|anything|somewhere|one of (?:these|them)|them) (?:i can|to) "
    r"(?:text|message|email|chat)|can i (?:text|message|email|chat (?:to|with)) (?:one of )?"
    r"(?:them|these|someone|anyone|you)|(?:text|chat|email) instead|without (?:a )?(?:phone call|"
    r"calling)|"
    r"is there (?:a )?(?:text|chat|email)\b"
)


def asks_for_a_way_without_calling(text: str) -> bool:
    """ "i cant phone anyone, they will hear me. is there something i can text" """
    return is_question(text) and bool(_TEXT_ROUTE.search(plain(text)))


def asks_about_funeral_costs(text: str) -> bool:
    """ "Can I ask about the funeral, I cant afford it. Who pays?" """
    words = plain(text)
    if re.search(r"\b(?:for|towards) my (?:own )?funeral\b|\bmy funeral\b", words):
        return False  # "I have been saving that for my funeral": savings, nobody killed
    if re.search(
        r"\b(?:sav\w*|put (?:aside|by|away)|set aside|kept)\b(?: \w+){0,4} (?:for|towards) "
        r"(?:the|a|my) funeral\b|\bfuneral (?:fund|plan|savings|pot|money)\b",
        words,
    ):
        return False  # "it was my savings for the funeral" (round 39, Maureen): one day, her own
    return bool(
        re.search(r"\bfuneral\b", words)
        and re.search(r"\b(?:afford|pay|pays|paying|cost|costs|money|help with|expenses)\b", words)
    )


# Round 17: a witness threatened ("we know where you live, dont go court"), the council's
# anti-social behaviour team, insurance and the crime number, locks after a burglary, low mood.
_THREAT = re.compile(
    r"\b(?:threat\w*|intimidat\w*|know where (?:i|you|we|she|he|they) live\w*|(?:told|warned|"
    r"said to|messaged|texted) (?:me|her|him|us) (?:not to|to not|dont|do not|not) (?:go|give|"
    r"say|testify|speak|talk)\w*|(?:dont|do not|not to|to not) (?:go|come) (?:to )?court|"
    r"(?:drop|withdraw) (?:the |my )?(?:charges?|case|statement)|(?:get|got|getting) (?:me|her|"
    r"him) back for|pay for (?:it|this|that) if|(?:get|hurt|stab|kill|do|come for) (?:me|her|him|"
    r"us) if (?:i|she|he|we) (?:go|give|testify|speak|talk|say))\b"
)
_TOLD_NOT_TO = re.compile(
    r"\b(?:know where (?:i|you|we|she|he|they) live\w*|(?:said|told|messaged|texted|warned|"
    r"saying|says)\b.{0,40}\b(?:dont|do not|not to|to not|if (?:i|you|she|he|we)) (?:go|come|"
    r"give|testify|say|speak|talk)|(?:get|hurt|stab|kill|do|come for) (?:me|her|him|us) if)\b"
)
_AS_A_WITNESS = re.compile(
    r"\b(?:witness\w*|court|trial|testify\w*|give evidence|giving evidence|(?:my|a|the) "
    r"statement|the case)\b"
)


def asks_about_witness_intimidation(text: str) -> bool:
    """ "is there witness protection?", "do I have to go to court if they threaten me?" from a
    witness told "we know where you live, dont go court"."""
    words = plain(text)
    if re.search(
        # "can I take my statement back?": often asked by a witness under pressure.
        r"\b(?:take|taking) (?:my|the) statement back\b|\bwithdraw\w* (?:my|the) statement\b|"
        r"\bwitness (?:protection|protect\w*|relocat\w*)\b|\bprotect\w* (?:me |us |her |him )?"
        r"(?:as a|as the|as|being a) witness\b",
        words,
    ):
        return True
    if re.search(r"\b(?:court order|order|injunction)\b", words):
        return False  # "can i get a court order, he threatens me": the protection order answer
    if not (_THREAT.search(words) and _AS_A_WITNESS.search(words)):
        return False
    asked = is_question(text) or bool(
        re.search(r"\b(?:what|wat|wot) (?:do|should|can) i do\b", words)
    )
    # Told, not asked: "they said theyll get me if i go court" is answered too, but not "i dont go
    # to court till march".
    return asked or bool(_TOLD_NOT_TO.search(words))


_ASB = re.compile(
    r"\b(?:asb|anti ?social(?: behaviou?r)?|community trigger|asb (?:case )?review)\b"
)
_COUNCIL = re.compile(r"\b(?:council|councils|local authority)\b")
# What the council is asked to do about it: "can the council do anything?", "should i tell the
# council"; not "will you tell the council?" (who we tell).
_COUNCIL_ACT = re.compile(
    r"\b(?:neighbou?rs?|next door|upstairs|downstairs|harass\w*|noise|noisy|shout\w*|"
    r"council (?:\w+ ){0,3}(?:do|help|act|step in|sort|deal|stop|get involved)|(?:i|we) (?:\w+ )"
    r"{0,2}(?:tell|report (?:\w+ )?to|contact|ring|call|complain to|go to) (?:the |my )?council)\b"
)
# The council as landlord, housing, money or a licence is another question.
_COUNCIL_OTHER = re.compile(
    r"\b(?:locks?|locksmith|doors?|windows?|repair\w*|fix\w*|rehous\w*|housing|move|moving|"
    r"homeless\w*|refuge|rent|tax|benefits?|licen[cs]e\w*|school|social (?:services|worker))\b"
)


def asks_about_the_council_asb_team(text: str) -> bool:
    """ "can the council do anything?", "should I tell the council asb team" about a neighbour
    harassing them; not the council fixing a door (the home security answer)."""
    words = plain(text)
    asked = is_question(text)
    if _ASB.search(words) and (
        asked or re.search(r"\b(?:shud|should|can|could|tell|report|contact|help)\b", words)
    ):
        return True  # "shud i tell the council asb team"
    return asked and bool(
        _COUNCIL.search(words) and _COUNCIL_ACT.search(words) and not _COUNCIL_OTHER.search(words)
    )


_INSURANCE = re.compile(r"\b(?:insurance|insurer\w*|insured|insure)\b")
# Not "whats my reference number?", which may be our own case reference.
# -- round 33, helper U2 --: "crime no" only as a crime number, not "is a crime. No
# disabilities" run together (Dev got the insurance answer for it).
_CRIME_NUMBER = re.compile(
    r"\b(?:crime (?:ref\w*|reference|number|no(?=$| \d| (?:for|from|is|please|pls)\b))|police "
    r"(?:ref\w*|reference|number)|incident number)\b"
)
# -- round 34, helper V3 --: not reported yet, so no crime number to give an insurer; or "this
# isnt about insurance".
_V3_NOT_INSURANCE = re.compile(
    r"\b(?:(?:havent|have not|hasnt|not|never|didnt|did not) (?:\w+ )?report\w*(?: \w+){0,5} "
    r"(?:idk|dont know|do not know|no idea)|(?:isnt|wasnt|its not|it s not|aint) (?:\w+ )?(?:about|"
    r"to do with) (?:\w+ )?insurance)\b"
)
# "I never mentioned insurance??" (Dev) is no question about it.
_NOT_ABOUT_INSURANCE = re.compile(
    r"\b(?:never|didnt|did not|not|nothing) (?:\w+ )?(?:mention\w*|said|say|ask\w*|talk\w* about|"
    r"about|to do with) (?:\w+ )?insurance\b"
)
# Said, not asked: "my insurance wants a crime number", "need help with the insurance claim",
# "info for insurance" (as the help they need).
_INSURANCE_ASK = re.compile(
    r"\b(?:claim\w*|crime (?:ref\w*|reference|number|no)|reference number|police report|"
    r"wants?|needs?|asking|asked|help|info\w*|letter|for (?:my |the )?insurance)\b"
)
# "just a crime ref for insurance which i have"
_ALREADY_HAVE = re.compile(
    r"\b(?:which|that) i (?:have|got|ve got)|(?:i|ive) (?:already )?(?:have|got) (?:it|one|the "
    r"crime|a crime)|already (?:have|got|done|sorted)\b"
)


def asks_about_insurance(text: str) -> bool:
    """ "my insurance wants a crime number", "how do I claim on insurance", "where do i get a
    crime number?"; not "I have insurance"."""
    words = plain(text)
    # -- round 31, helper S2 --: "not insured for tools in the van" (Terry) is no question about
    # an insurer, and "reported it online got a crime number ... whats the point" has one.
    if _NOT_INSURED.search(words) or _NOT_ABOUT_INSURANCE.search(words):
        return False
    # -- round 34, helper V3 --: "i havent reported it tho so idk what crime number. if i report
    # would everyone find out its me" and "this isnt about insurance" (Holly) ask no such thing.
    if _V3_NOT_INSURANCE.search(words):
        return False
    if _INSURANCE.search(words):
        if _ALREADY_HAVE.search(words) and not is_question(text):
            return False
        return is_question(text) or bool(_INSURANCE_ASK.search(words))
    return is_question(text) and bool(
        _CRIME_NUMBER.search(words)
        and re.search(r"\b(?:how|where|get|got|give|find|need|what|whats)\b", words)
        and not _HAS_CRIME_NUMBER.search(words)
    )


_REPAIR_LOCKS = re.compile(
    r"\b(?:(?:fix|fixing|change|changing|replace|replacing|repair|repairing|mend|new|broken|"
    r"bust|smashed|kicked in) (?:\w+ ){0,2}(?:locks?|door|doors|window|windows|front door)|"
    r"(?:locks?|door|doors|window|windows) (?:\w+ ){0,2}(?:fixed|changed|replaced|repaired|mended|"
    r"broken|bust|smashed|kicked in|boarded)|locksmith|board\w* (?:it |them )?up|(?:fixes|fix|"
    r"sorts?|does|change|changes) (?:my |the |our )?(?:locks?|door|doors|window|windows))\b"
)
_SAFE_HOME = re.compile(
    r"\b(?:(?:make|making|get|getting|keep|keeping|feel) (?:my |the |our )?(?:home|house|flat|"
    r"place) (?:safe|secure|safer|more secure)|(?:home|house|flat) security|secur\w* (?:my |the |"
    r"our )?(?:home|house|flat|place)|smoke alarms?|fire safety)\b"
)
# Crimes against the home or things, where making the home secure again is the question.
_PROPERTY_CRIMES = frozenset({"burglary", "arson", "criminal_damage", "theft", "robbery", "other"})


def asks_about_securing_home(text: str, crime_type: str | None) -> bool:
    """ "can someone help fix my locks", "how do i make my home safe again" after a burglary or
    arson. Not after domestic abuse, where keeping someone out is a different question, and
    "make my home safe" only after a crime against the home or things (or before it is known)."""
    if crime_type == "domestic_abuse":
        return False
    words = plain(text)
    # "i need my locks changed asap", said not asked, but not "they smashed the window, please
    # help" (the account of what happened).
    asked = is_question(text) or bool(
        re.search(
            r"\b(?:need|needs|want)\b (?:\w+ ){0,4}(?:locks?|locksmith|doors?|windows?)\b", words
        )
    )
    if not asked:
        return False
    return bool(_REPAIR_LOCKS.search(words)) or (
        (crime_type is None or crime_type in _PROPERTY_CRIMES) and bool(_SAFE_HOME.search(words))
    )


_LOW_MOOD = re.compile(
    r"\b(?:depress\w*|low mood|feel\w* (?:so |really |very )?(?:low|down|empty|numb|awful|"
    r"terrible|rubbish|anxious|on edge)|(?:cant|can t|cannot|struggling to|not able to) (?:sleep|"
    r"stop crying|eat|cope|stop thinking about it)|not sleeping|no sleep|nightmares?|"
    r"flashbacks?|panic attacks?|anxiety|anxious|ptsd|trauma\w*|(?:my )?mental health|counsell\w*|"
    r"therap\w*|someone to talk to)\b"
)
_HELP_ASKED = re.compile(
    r"\b(?:help|support|talk|talking|someone|anyone|therap\w*|counsell\w*|gp|doctor|normal|"
    r"what (?:can|should|do) i do|is there|where can i|who can|can i get|how do i get)\b"
)
# A blow to the head or a wound keeps the injury answer: "i cant sleep and my head hurts".
_HURT = re.compile(
    r"\b(?:head|neck|throat|bleed\w*|broken|bruis\w*|swollen|pain|hurts?|hurting|injur\w*|"
    r"stitches|wound\w*)\b"
)
# Crisis words are for the safety messages, never for this answer.
_CRISIS = re.compile(
    r"\b(?:suicid\w*|kill (?:my ?self|me)|end (?:it|my life|it all)|self ?harm\w*|hurt "
    r"(?:my ?self)|want to die|better off dead|not want to be here|dont want to be here)\b"
)


def asks_about_low_mood(text: str) -> bool:
    """ "i cant sleep, i think im depressed, is there help?" after a crime, not a crisis."""
    words = plain(text)
    asked = is_question(text) or bool(
        re.search(r"\b(?:(?:who|what|where) can|is there|any help|need help)\b", words)
    )
    return (
        asked
        and bool(_LOW_MOOD.search(words) and _HELP_ASKED.search(words))
        and not _CRISIS.search(words)
        and not _HURT.search(words)
        and not mentions_urgent_symptom(text)
    )


_REMOVE_IT = re.compile(
    r"\b(?:(?:get|take|have) (?:the |his |her |their |that |this )?(?:fake )?(?:account|profile|"
    r"page|posts?|pics|photos) (?:down|removed|deleted|taken down|shut down)|"
    r"(?:get|have|make) (?:it|them|that|this) (?:\w+ )?(?:deleted|removed|taken "
    r"(?:down|off))|"
    r"(?:delete|remove|take down|wipe) (?:it|them)|take (?:it|them) (?:down|off))\b"
)


def asks_to_remove_shared_images(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "can you get it deleted off everyones phones?" after saying a photo was shared."""
    shared = "intimate_images" in ((answers or {}).get("account_details") or ())
    return shared and is_question(text) and bool(_REMOVE_IT.search(plain(text)))


# "they sent a pic of my road": a threat to say they know where someone lives, not an image
# of them.
_PICTURE_OF_A_PLACE = re.compile(
    r"\b(?:pictures?|photos?|pics?|images?|videos?|screenshots?) of (?:my|our|the|his|her|their) "
    r"(?:front |back )?(?:road|street|house|home|door|car|flat|building|block|address|school|"
    r"work|area|estate|garden|gate|window)\b"
)


_INTIMATE = re.compile(
    r"\b(?:nudes?|naked|intimate|sexual|sex|explicit|private|topless|underwear|revenge porn|"
    r"sextortion)\b"
)
_FILMED_TO_MOCK = re.compile(
    r"\b(?:laugh\w*|mock\w*|film\w* me|filming|tiktok|youtube|snapchat|instagram|wheelchair)\b"
)


def asks_to_get_mocking_videos_down(text: str) -> bool:
    """ "what about the videos they put online, can they get them taken down", then "its not
    that kind of video, its them laughing at me in my wheelchair. on tiktok": the platform's
    report button and Report Harmful Content, not the intimate-image helplines."""
    words = plain(text)
    return (
        is_question(text)
        and bool(re.search(r"\btake (?:it|them|that|this) down|taken (?:down|off)|remov\w*", words))
        and bool(re.search(r"\bvideos?\b", words))
        and (
            not _INTIMATE.search(words)
            or bool(re.search(r"\bnot (?:that|this|a|the) (?:kind|sort|type) of video", words))
        )
        and (
            bool(_FILMED_TO_MOCK.search(words))
            or bool(re.search(r"\bput (?:\w+ )?online\b", words))
        )
    )


def asks_about_images_online(text: str) -> bool:
    """ "she's scared he'll post the pictures, can we get them taken down?" """
    words = plain(text)
    return (
        is_question(text)
        and bool(_IMAGES.search(words))
        and not _PICTURE_OF_A_PLACE.search(words)
        # "can i just send the video online" about a dashcam (round 29, helper G): evidence.
        and not is_evidence_video(text)
    )


def mentions_inquest(text: str) -> bool:
    return bool(re.search(r"\b(?:inquest\w*|coroner\w*)\b", plain(text)))


_HOW_TO_REPORT = re.compile(
    r"\bhow (?:do |can |would |should )?(?:i|we|you) (?:actually )?report\b|\bhow to report\b|"
    r"\bwhere (?:do|can|should) (?:i|we) report\b|\breport (?:it )?online\b|\bwithout going to "
    r"(?:a|the) (?:police )?station\b|\b(?:i|we) must call (?:the )?police\b|\bmust (?:i|we) call "
    r"(?:the )?police\b|\bdo i (?:just )?go to the (?:police )?station\b|\bi must (?:call|"
    r"report)\b|\b(?:contact|reach|tell|report to) (?:the )?police (?:by text|by email|without "
    r"(?:a )?(?:phone|call\w*))|\b(?:text|email) (?:or (?:text|email) )?for (?:the )?police\b|"
    r"\breport (?:it )?(?:to (?:the )?police )?without (?:a )?(?:phone|calling|telephon\w*|"
    r"ringing|speaking|talking)\b|\b(?:a|any|another) way to report\b|\bhow (?:do |"
    r"can )?i (?:contact|tell|reach) (?:the )?police\b|\b(?:police|999) (?:by|with|through|on|"
    r"over) text\b|\btext way\b|\b(?:can|could) (?:i|we) (?:do|report) (?:it|this|that) "
    r"(?:online|on the internet|on line|by text|by email)\b|\b(?:dont|do not) (?:want to|wanna) "
    r"go (?:in|into the station|to the station)\b"
)


def asks_how_to_report(text: str) -> bool:
    """ "how do i actually report it?", "police? i must call?" """
    return bool(_HOW_TO_REPORT.search(plain(text)))


_IMMIGRATION = re.compile(
    r"\b(?:immigration|home office|deport\w*|my visa|visa|my papers|no papers|here illegally|"
    r"illegal immigrant|im illegal|asylum|"
    r"my status|leave to remain|send me back)\b"
)


def asks_about_immigration(text: str) -> bool:
    """ "will they tell immigration?" """
    return is_question(text) and bool(_IMMIGRATION.search(plain(text)))


_LANGUAGES = (
    r"(?:polish|romanian|arabic|urdu|bengali|somali|turkish|portuguese|spanish|french|"
    r"lithuanian|tamil|gujarati|punjabi|farsi|kurdish|albanian|chinese|mandarin|cantonese|"
    r"russian|ukrainian|italian|tigrinya|amharic|pashto|yoruba|bulgarian|hungarian|greek|hindi|"
    r"twi|vietnamese)"
)
_INTERPRETER = re.compile(
    r"\b(?:interpreter|translator|translat\w+|in my (?:own )?language|someone (?:who )?speaks?|"
    rf"(?:speak|speaks|write|writes|in|you have|have you got|got) {_LANGUAGES}|"
    rf"{_LANGUAGES} (?:speakers?|speaking|interpreter|translator)|"
    # "po polsku?", "polski", "vorbiti romana?": asking for their language in it.
    r"po polsku|polski|romana|romaneste|vorbiti|vorbesti|en espanol|em portugues)\b"
)


def asks_for_an_interpreter(text: str) -> bool:
    """ "in polish language please, someone speak polish?", "polish please. polski" """
    words = plain(text)
    return (is_question(text) or bool(re.search(rf"\b{_LANGUAGES} please\b", words))) and bool(
        _INTERPRETER.search(words) or re.search(rf"\b{_LANGUAGES} please\b", words)
    )


_DISCREET = re.compile(
    # Not "I cannot use phone. How I contact police by text?" (a Deaf man).
    r"\b(?:dont|do not|never|please dont|pls dont|cant|can t|cannot|without|no|not)\b"
    r"(?! (?:use (?:the |a )?phone|call|phone|hear|speak|talk)\b)(?: [\w']+){0,4} "
    r"(?:say|says|saying|write|writes|writing|put|mention|use|using|send|sending|text|message|"
    r"words?|anything)\b[^.!?]{0,40}\b(?:police|abuse|abused|violence|domestic|who (?:you|they) "
    r"are|where (?:you|its|it s|they are) from|the name|your name|victim support|what its about|"
    r"what it s about)\b|\b(?:dont|do not|not|never|stop) (?:to )?(?:say|saying|use|using|"
    r"write|writing|send|sending) (?:those|these|that|the) words?\b"
)


def asks_for_discreet_words(text: str) -> bool:
    """ "please dont send me anything that says police or abuse, he checks my phone" (not "not
    yet. my brother says go to the police": each sentence on its own)."""
    return any(_DISCREET.search(plain(part)) for part in re.split(r"[.!?;\n]+", text))


_TELL_THE_POLICE = re.compile(
    r"\b(?:will|would|do|does|can|could) (?:they|you|the (?:support )?(?:worker|service|team)|"
    r"the havens|victim support|the charity|the helpline|support services?|the (?:people|staff|"
    r"workers?|volunteers?|counsellors?) (?:at|from) \w+(?: \w+)?|galop|tell mama|refuge|"
    r"childline|rape crisis|the samaritans|samaritans|catch|cst|karma nirvana|stop hate uk)\b"
    r".{0,20}\b(?:tell|"
    r"call|inform|report (?:it |me )?to|contact|go to|make me (?:go to|report to|tell)) (?:the )?"
    r"(?:police|feds|cops)\b|\bdo they make (?:you|me) (?:go to|report to|tell) (?:the )?police\b|"
    r"\b(?:does|will|would|do) (?:this|it|my info|my information|my details|that|any of this) go "
    r"(?:to|round to|straight to) (?:the )?(?:police|feds|cops|old bill)\b|"
    r"\b(?:do|does|will|would) the (?:police|feds|cops) (?:get told|find out|know|hear|be told)\b|"
    r"\b(?:aint|arent|wont|won t|not) (?:gonna |going to )?tell (?:the )?(?:police|feds|cops)\b"
)


def asks_if_support_tells_the_police(text: str) -> bool:
    """ "what happens if i do, will they tell the police", "do they make you go to police" """
    return bool(_TELL_THE_POLICE.search(plain(text)))


_KEPT = re.compile(
    r"\bwhat (?:happens|will happen|happened) (?:to|with) (?:my|the|all) (?:data|information|info|"
    r"details|answers)\b|\bwhat happens (?:to|with) (?:what|everything) (?:ive|i have|i) "
    r"(?:told|said|written|typed)\b|"
    r"\b(?:have|did|do) you (?:kept|keep|saved|save|stored|store|recorded|record)\b|\byou "
    r"(?:def |definitely |really )?(?:havent|have not|didnt|did not|dont|do not) (?:kept|keep|"
    r"saved|save|stored|store)\b|\bis (?:any of )?(?:this|it) (?:kept|saved|stored)\b"
)


def asks_what_is_kept(text: str) -> bool:
    """ "and you def havent kept any of this right? even the stuff i said about ending it" """
    return is_question(text) and bool(_KEPT.search(plain(text)))


_HUMAN_MEANS_KEEPING = re.compile(
    r"\b(?:if i (?:say|ask for|want) (?:a )?(?:human|person|support worker)|talk(?:ing)? to a "
    r"(?:person|human))\b.{0,40}\b(?:keep|kept|store|stored|save|saved)\b"
)


_PROPERTY_COMPENSATION = re.compile(
    r"\b(?:compensation|compo|claim|cica|pays? for|paid for|government)\b.{0,60}\b(?:door|stock|"
    r"car|damage|damaged|property|paintwork|window|windows|phone|bag|things|shop|house|repairs?|"
    r"tools?|van|bike|laptop|stuff|belongings)\b|"
    r"\b(?:door|stock|car|damage|property|paintwork|window|shop|repairs?)\b.{0,60}\b(?:compensation|"
    r"compo|claim|cica|pay for|paid for)\b"
)


def asks_compensation_for_property(text: str, crime_type: str | None = None) -> bool:
    """ "So the CICA will pay for my door and the stock?" (not an injury after violence)"""
    if crime_type in VIOLENT or mentions_injury(text):
        return False
    return is_question(text) and bool(_PROPERTY_COMPENSATION.search(plain(text)))


# Crimes of violence, where compensation for an injury may be claimed (CICA).
VIOLENT = frozenset(
    {"assault", "serious_violence", "sexual_offence", "attempted_murder", "homicide",
     "domestic_abuse", "robbery", "kidnap_false_imprisonment", "terrorism"}
)  # fmt: skip
_ASKS_COMPENSATION = re.compile(r"\b(?:compensation|compo|cica|claim|get money|money for)\b")


_REPORT_QUESTION = re.compile(
    r"\b(?:(?:do|should|shall|must|can) i (?:have to |need to |also |still )?(?:report|tell|"
    r"call|ring|contact|go to|inform)\b.{0,30}\b(?:police|101|report fraud|action fraud)|"
    r"(?:have|need) to (?:report|tell|go to) (?:it |this )?(?:to )?(?:the )?police|is the bank "
    r"enough|(?:where|who) (?:do|should|can) i report|how (?:do|can|should) i report|report (?:it|"
    r"this) to (?:the )?police|"
    # -- round 33, helper U2 --: "Where I report this? Police station?" (Maria).
    r"where (?:i|to|must i|shall i) report)\b"
)


def asks_how_to_report_fraud(text: str, crime_type: str | None) -> bool:
    """ "Should I report it to the police as well or is the bank enough?" after a scam: fraud is
    reported to Report Fraud, not on 101, and the bank answer is not what was asked."""
    return (
        crime_type == "fraud" and is_question(text) and bool(_REPORT_QUESTION.search(plain(text)))
    )


_SCHOOL = re.compile(r"\b(?:school|skool|college|class|lessons?)\b")
_SCHOOL_WORRY = re.compile(
    r"\b(?:(?:what|wat|wot) (?:do|should|can|shud) (?:i|we) do|(?:gonna|going to|will|ll|"
    r"gna) be (?:there|at|in)|(?:scared|afraid|frightened|dont want|not going|cant go|worried)"
    r"\b.{0,20}\b(?:school|skool|college)|see (?:them|him|her) (?:at|in))\b"
)


def worried_about_school(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "wat do i do about school tmrw. they gonna be there" from a 15-year-old robbed by older
    pupils: a young person, worried about facing them at school."""
    answers = answers or {}
    age = answers.get("age")
    adult = isinstance(age, (int, float)) and age >= 18 and answers.get("under_18") is not True
    words = plain(text)
    return (
        not adult
        and not answers.get("for_child")
        and bool(_SCHOOL.search(words) and _SCHOOL_WORRY.search(words))
    )


_HAVENS_LATE = re.compile(
    r"\b(?:too late|still (?:go|get|see|call|contact|use)|(?:its|it s|it has|its been|been|"
    r"happened|was) (?:\w+ )?(?:\d+|a|one|two|three|four|five|six|a few|few|couple of) "
    r"(?:weeks?|months?))\b"
)


def _too_late_to_go(text: str) -> bool:
    """ "it was 2 days ago. is it too late": asked on its own after a rape, about getting care,
    not "too late to get tested" (the evidence answer) or "too late to report" (reporting)."""
    return any(
        "too late" in plain(part)
        and not re.search(
            r"\b(?:test\w*|evidence|forensic\w*|dna|swab\w*|report\w*|police|tell\w*|claim\w*)\b",
            plain(part),
        )
        for part in re.split(r"[.!?\n]+", text)
    )


def asks_if_too_late_for_the_havens(text: str, crime_type: str | None) -> bool:
    """ "is it too late to go to the havens? its been 2 weeks": the Havens see people up to 12
    months after; only forensic evidence is best within days."""
    words = plain(text)
    # Only with the Havens named: "is it too late to get tested" is for the evidence answer.
    havens = bool(re.search(r"\b(?:the )?havens?\b|\bsarc\b", words))
    return (
        crime_type in ("sexual_offence", None, "assault")
        and (havens or (crime_type == "sexual_offence" and _too_late_to_go(text)))
        and is_question(text)
        and bool(_HAVENS_LATE.search(words))
    )


_FAMILY_LIAISON = re.compile(r"\b(?:family liaison|liaison officer|flo)\b")
_WHOSE_SIDE = re.compile(
    r"\b(?:on (?:our|my|their|his|her|the other|whose) side|(?:our|my) side or (?:theirs|his|"
    r"hers)|whose side|side (?:is|are) (?:he|she|they) on|work(?:s|ing)? for (?:us|them|the "
    r"police))\b"
)


def asks_about_family_liaison(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "family liaison officer. what is it", "is he on our side or theirs" after a killing:
    the police family liaison officer, not the probation Victim Liaison Officer."""
    answers = answers or {}
    words = plain(text)
    bereaved = answers.get("crime_type") == "homicide" or answers.get("bereaved") is True
    if says_the_flo_does_not_call(text):
        return False  # what to do when they do not call back, not the definition again
    if _FAMILY_LIAISON.search(words) and "victim liaison" not in words:
        return is_question(text) or bool(re.search(r"\b(?:what|who|mean)\b", words))
    return bereaved and is_question(text) and bool(_WHOSE_SIDE.search(words))


_MUST_REPORT_FOR_IT = re.compile(
    r"\b(?:have|need|got|has) to (?:report|go to|tell|contact|call)\b|\bmust (?:i|we|it) "
    r"(?:report|go to|be reported)\b|\bwithout (?:reporting|going to|telling|the police)\b|"
    r"\b(?:only|just) if (?:i|we|it) (?:report|reported|was reported|go to)\b"
)
_APPLY_WHERE = re.compile(
    r"\b(?:where|how) (?:do|can|should|would) (?:i|we) (?:even |actually )?(?:apply|claim|"
    r"start|get it|make a claim)|\b(?:is there|got|have you got|send me) (?:a |the )?(?:link|"
    r"website|form)|\b(?:apply|claim) online\b|\bwhere (?:is|s) the (?:form|link|website)\b"
)


def asks_if_compensation_needs_police(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "do i have to report to police to get the compensation thing?"; "do i HAVE to go to
    police" from someone who asked for help with compensation. A plain yes, not the scheme's
    whole paragraph again."""
    words = plain(text)
    # "you didnt answer, do i HAVE to go to police" has its question after a comma.
    asked = is_question(text) or bool(re.search(r"\b(?:do|must|should) (?:i|we)\b", words))
    if not (asked and _MUST_REPORT_FOR_IT.search(words)):
        return False
    if not re.search(r"\b(?:polic\w*|report\w*|cops|101)\b", words):
        return False
    needs = (answers or {}).get("needs") or ()
    return bool(_ASKS_COMPENSATION.search(words)) or "compensation" in needs


def asks_where_to_claim_compensation(text: str) -> bool:
    """ "where do i even apply for the compensation, is there a link" """
    words = plain(text)
    return is_question(text) and bool(
        _ASKS_COMPENSATION.search(words) and _APPLY_WHERE.search(words)
    )


# Their messages, to keep or not: "Should I be keeping his messages?"
_KEEP_THEIR_MESSAGES = re.compile(
    r"\b(?:keep\w*|sav\w*|delet\w*|screenshot\w*|get rid of|wip\w*)\b (?:all )?(?:of )?(?:his|"
    r"her|their|the stalkers|the) (?:messages?|texts?|emails?|voicemails?|dms?|letters?|notes?|"
    r"calls? log)\b"
)


def asks_about_keeping_their_messages(text: str) -> bool:
    return is_question(text) and bool(_KEEP_THEIR_MESSAGES.search(plain(text)))


_IS_IT_STALKING = re.compile(
    r"\b(?:is (?:this|it|that|what (?:he|she|they)s? (?:is )?doing) (?:even |really |still |"
    r"actually )?stalking|(?:count|counts|classed|class) as stalking|(?:still|even) (?:be |count "
    r"as )?stalking (?:if|when|though)|stalking (?:if|when|even if|without)|is (?:he|she|they) "
    r"stalking me)\b"
)


def asks_if_stalking(text: str) -> bool:
    """ "is this stalking even if he never threatened me?" """
    return is_question(text) and bool(_IS_IT_STALKING.search(plain(text)))


# "I don't understand", alone: not a question about any Right, and no word to explain.
_LOST = re.compile(
    r"^(?:sorry |im sorry |sorry but )?(?:i (?:dont|do not|didnt|did not) (?:understand|get "
    r"(?:it|this|that|you|what you mean)|follow|know what (?:you mean|that means|this means))|"
    r"(?:what do|wat do|what does) (?:you|u|that|this|it) mean|im (?:confused|lost)|i am "
    r"(?:confused|lost)|confused|dont understand|(?:i )?dont get it|huh|eh|what)(?: (?:sorry|"
    r"please|pls|at all|any of (?:this|it)))?$"
)


def does_not_understand(text: str) -> bool:
    """ "I don't understand" on its own: said again more simply, not read as a complaint (the
    rights selector once answered it with the complaints Right)."""
    return bool(_LOST.match(plain(text).strip()))


_TOO_YOUNG = re.compile(
    r"\b(?:am i|im|i am|is she|is he|are they) (?:too young|old enough)\b|\btoo young (?:for|"
    r"to get|to have|to ask)\b|\b(?:can|do) (?:kids|children|teenagers|under 18s|you help) "
    r"(?:get help|under 18s)\b"
)


def asks_if_too_young(text: str) -> bool:
    """ "am i too young to get help from u lot" """
    return bool(_TOO_YOUNG.search(plain(text)))


_IS_IT_A_CRIME_Q = re.compile(
    r"\b(?:(?:is|if) (?:it|this|that|its|what (?:he|she|they)s? (?:is )?doing) (?:even |actually |"
    r"really )?(?:a crime|illegal|"
    r"against the law|allowed|legal|harassment)|can (?:he|she|they) (?:even )?do that|is (?:he|she|"
    r"they) allowed)\b"
)
_IMAGES_WORDS = re.compile(r"\b(?:photos?|pictures?|pics?|images?|videos?|nudes?)\b")


def asks_if_images_are_a_crime(text: str, answers: Mapping[str, Any] | None = None) -> bool:
    """ "is it even a crime, him posting them?", or "is it actually a crime" after telling of
    intimate images shared or threatened."""
    words = plain(text)
    told = "intimate_images" in ((answers or {}).get("account_details") or ())
    return bool(_IS_IT_A_CRIME_Q.search(words)) and (told or bool(_IMAGES_WORDS.search(words)))


def asks_if_harassment_is_a_crime(text: str, crime_type: str | None) -> bool:
    """ "is what he's doing even illegal?" from someone harassed or stalked."""
    words = plain(text)
    return bool(_IS_IT_A_CRIME_Q.search(words)) and (
        crime_type == "stalking_harassment" or "harass" in words
    )


# -- round 39, main --: "is it a crime what they did? I feel such a fool" (Maureen, 74, a
# doorstep roofing con), "is this even illegal?": the crime read from what they said, with the
# Act that makes it one (sources above utter_is_it_a_crime).
IS_A_CRIME = {
    "sexual_offence": "a sexual offence, which is a crime (Sexual Offences Act 2003)",
    "assault": "an assault, which is a crime",
    "serious_violence": "a serious violent attack, which is a crime",
    "attempted_murder": "attempted murder, a very serious crime",
    "robbery": "robbery, which is a crime (Theft Act 1968, s.8)",
    "burglary": "burglary, which is a crime (Theft Act 1968, s.9)",
    "theft": "theft, which is a crime (Theft Act 1968, s.1)",
    "fraud": "fraud, which is a crime (Fraud Act 2006)",
    "criminal_damage": "criminal damage, which is a crime (Criminal Damage Act 1971)",
    "arson": "arson, which is a crime (Criminal Damage Act 1971)",
    "kidnap_false_imprisonment": "kidnap or false imprisonment, which are crimes",
    "human_trafficking": "trafficking or forced work, crimes under the Modern Slavery Act 2015",
    "domestic_abuse": (
        "domestic abuse: violence, threats and controlling behaviour by a partner or relative are "
        "crimes"
    ),
    "online_abuse": "online abuse: threatening or grossly offensive messages can be crimes",
}
_IS_IT_A_CRIME_NOW = re.compile(
    r"\b(?:is|was|isnt|wasnt) (?:it|this|that|what (?:he|she|they|them|that man|those men) "
    r"(?:did|done|has done|have done|is doing|are doing|does|do)|what happened) (?:even |actually "
    r"|really |still |definitely )?(?:a crime|illegal|against the law|a criminal offence|an "
    r"offence)\b(?! (?:to|if|for (?:me|us)|when i|that i|because i))|\bdid (?:they|he|she) "
    r"(?:commit|do) (?:a|any) crime\b"
)


def asks_if_age_counts_as_hate(text: str) -> bool:
    """ "Perhaps because I'm old? Does that count?" at the hate question (round 39, Maureen)."""
    words = plain(text)
    return (
        is_question(text)
        and bool(account.FOR_AGE_OR_ALONE.search(words))
        and not account.A_STRAND_WORD.search(words)
        and bool(re.search(r"\b(?:count|counts|matter|hate|crime|qualify|apply)\b", words))
    )


_BY_TEXT_TO_POLICE = re.compile(
    r"\b(?:text|txt|message|type to|write to|contact|reach|report to|talk to|get) (?:to )?the "
    r"(?:police|feds|cops|101)\b.{0,40}\b(?:by|over|with|using|through|via) (?:text|txt|sms|"
    r"message|typing)\b|\b(?:text|txt) (?:the )?(?:police|101|feds|cops)\b|\bpolice (?:by|"
    r"over|via) (?:text|txt|sms)\b|\bregister\w* (?:for|with) (?:emergency ?sms|999)\b|"
    r"\bemergency ?sms\b"
)


def asks_to_reach_the_police_by_text(text: str) -> bool:
    """ "Is there a way to text the police?", "how do I contact the police by text", "how do I
    register for emergencySMS?" (round 39, Maureen, 74, hard of hearing)."""
    return is_question(text) and bool(_BY_TEXT_TO_POLICE.search(plain(text)))


def asks_if_what_happened_is_a_crime(text: str) -> bool:
    """ "is it a crime what they did?", "is this even illegal or was I just silly?": asked of
    what was done to them, not of something they might do ("is it illegal to record him?")."""
    return is_question(text) and bool(_IS_IT_A_CRIME_NOW.search(plain(text)))


def is_it_a_crime_answer(crime_type: str | None) -> Say:
    words = IS_A_CRIME.get(crime_type or "")
    if words is None:
        return Say(response="utter_may_be_a_crime")
    return Say(response="utter_is_it_a_crime", args={"crime_words": words})


_PROTECTION_ORDER = re.compile(
    # "restraining orders", "an order that would make him stay away" (round 29 replay, Siobhan).
    r"\b(?:restraining orders?|non ?molestation|injunctions?|protection orders?|(?:an?|get an?|a "
    r"court|court|some kind of|any kind of) order (?:to|that|so|which)(?: would| will| can| could|"
    r" might)? (?:keep|stop|make)|(?:keep|stop) (?:him|her|them) (?:away|coming near|from coming|"
    r"contacting))\b"
)


def asks_about_a_protection_order(text: str) -> bool:
    """ "can I get an order to keep him away from me and the kids?" """
    if asks_about_a_breach(text):
        return False  # they have the order and it is broken: the breach answer
    words = plain(text)
    # "I meant an order to keep him away": the question asked again in other words.
    asked = is_question(text) or bool(re.search(r"\bi (?:meant|mean|was asking|asked)\b", words))
    return asked and bool(_PROTECTION_ORDER.search(words))


_IN_TROUBLE_FOR_IMAGES = re.compile(
    r"\b(?:(?:am i|will i|could i|would i|will (?:he|she|they)|is (?:he|she|my \w+)|are (?:we|"
    r"they)) (?:be |get |going to be |gonna be )?in trouble|(?:if|whether) (?:im|i am|i will be|"
    r"ill be|i get|i could be) (?:\w+ )?in trouble|(?:illegal|a crime|against the law) "
    r"(?:for me )?to (?:send|have sent|sent))\b"
)


def asks_if_in_trouble_for_images(text: str, crime_type: str | None = None) -> bool:
    """ "am i in trouble for sending it??" from a young person whose photo was shared."""
    words = plain(text)
    return bool(_IN_TROUBLE_FOR_IMAGES.search(words)) and bool(
        crime_type == "online_abuse"
        or _IMAGES_WORDS.search(words)
        or re.search(r"\b(?:sent|sending|send) (?:it|them)\b", words)
    )


_HOW_LONG = re.compile(
    r"\bhow long (?:will|does|do|would|is|till|until|before|can)\b(?!.{0,40}\b(?:keep|kept|"
    r"store|stored|data|delete|contact|call|ring|text|hear from|get back)\b).{0,40}\b(?:take|"
    r"takes|taking|last|court|trial|investigation|charged|charge|case|things|everything|this|it)\b"
)


def asks_how_long_it_takes(text: str) -> bool:
    """ "how long does all this take?" (not how long we keep data, or when they will call)"""
    return bool(_HOW_LONG.search(plain(text)))


_WHAT_NOW_FOR_CHILD = re.compile(
    r"\b(?:confront|have it out|go round|go over there|sort him out|sort her out|what (?:do|should|"
    r"can) i do|what do we do|should i (?:call|ring|tell|go to|report)|do i (?:call|ring|tell) "
    r"the police)\b"
)
_CHILD_HARMED = re.compile(
    r"\b(?:touched|touching|abus\w*|sexual\w*|molest\w*|groom\w*|interfer\w*|inappropriate\w*)\b"
)


def asks_what_to_do_for_a_child(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "should i confront him or call the police??" from a parent whose child has just said
    someone abused them."""
    answers = answers or {}
    words = plain(text)
    about_abuse = answers.get("crime_type") == "sexual_offence" or bool(_CHILD_HARMED.search(words))
    asks = bool(_WHAT_NOW_FOR_CHILD.search(words))
    return bool(answers.get("for_child")) and about_abuse and asks


_COURT = re.compile(
    r"\b(?:court|courts|trial|give evidence|giving evidence|testify|be a witness|video "
    r"interview|video link)\b"
)
# -- round 29, helper J: what makes a mention of court a question about going or giving evidence.
_COURT_HELP = re.compile(
    r"\b(?:have to|has to|need to|needs to|got to|must|make (?:me|him|her|them|us|my \w+)|made to|"
    r"expected to) (?:go|come|attend|appear|give|stand|testify|face|be)\b|\b(?:see|seeing|face|"
    r"facing) (?:me|him|her|them|us|the (?:accused|defendant|person|man|woman))\b|\bscreens?\b|"
    r"\bvideo (?:link|interview)\b|\blive link\b|\bspecial measures\b|\b(?:give|giving) "
    r"evidence\b|\btestify\w*\b|\bbe a witness\b|\b(?:will|would|do|does|can|could|should) "
    r"(?:i|he|she|they|we|my \w+) (?:\w+ )?(?:go|going|be|get|stand) (?:to|in|at) "
    r"(?:court|trial)\b|\bwhat happens (?:at|in) (?:court|the trial)\b"
)
_ORDER_OR_PAY = re.compile(
    r"\b(?:order|orders|injunction|restraining|who pays|pay me|paid|days off|time off)\b"
)


def asks_about_court(text: str) -> bool:
    """ "does my son have to go to court?", "would they see me in court?" (not a court order)"""
    words = plain(text)
    return (
        is_question(text)
        and bool(_COURT.search(words))
        and "court order" not in words
        # -- round 29, helper J: a question about giving evidence or help at court, not any
        # mention of court ("itll never get to court anyway", "restraining orders ... go to court
        # yourself", "police statement, court. who pays me").
        and bool(_COURT_HELP.search(words))
        and not _ORDER_OR_PAY.search(words)
    )


_LIVES_WITH_THEM = re.compile(
    r"\bi (?:still )?live with (?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|"
    r"bf|gf))\b|\b(?:he|she) (?:still )?lives with (?:me|us)\b|\b(?:hes|shes|he is|she is|he will"
    r" be|she will be|hell be|shell be|he gets|she gets|he comes|she comes) (?:back|home) "
    r"(?:at|by|around|about|after|before|soon|later|tonight|in)\b|\bbefore (?:he|she) (?:gets|"
    r"comes) (?:back|home)\b|\bbefore (?:hes|shes|he is|she is) (?:back|home)\b|\bsomewhere "
    r"(?:safe )?(?:to go|to stay|we can go|i can go|me and (?:the|my) kids can go)\b|\b(?:a|find a|"
    r"get a|go to a|into a) refuge\b|\bleave (?:him|her) (?:tonight|today|now)\b"
)


def lives_with_them(text: str, crime_type: str | None) -> bool:
    """ "he's back at 6 and I live with him": someone living with the person who abuses them."""
    if crime_type is None:
        # Before anything is known, what the message itself tells: "my daughter ... lives with
        # me ... a paid carer from an agency has been using her bank card" is not someone
        # living with their abuser (round 31, Irena, whose first reply was the refuge line).
        told = account.read_account(text)
        if told.crime_type not in (None, "domestic_abuse", "assault") or "paid_carer" in (
            told.details
        ):
            return False
    return (
        crime_type in (None, "domestic_abuse", "assault")
        and bool(_LIVES_WITH_THEM.search(plain(text)))
        and not g2_home_is_safe(text, crime_type)  # -- round 40, helper G2 -- (Mei)
    )


_BLAMES_SELF = re.compile(
    # "I am just sad and ashamed" (round 33, Maria)
    r"\b(?:i feel|i felt|i am|im|feel|feeling) (?:just )?(?:(?:sad|upset|angry) and )?(?:such |so |"
    r"really |very |a bit |like |rather |quite )?(?:a |an )?(?:fool|foolish|idiot|stupid|"
    r"ashamed|embarrassed|mug|muppet|gullible|daft)\b(?! (?:asking|for asking|to ask))|"
    r"\b(?:my own|all my|its my|it was my|was it my|"
    r"is it my) fault\b|\bi should (?:have|of|ve) known\b|\bi blame myself\b|"
    r"\b(?:ashamed|embarrassed|stupid) (?:of me|i am|im)\b|\bnormal to feel (?:this |so )?"
    r"(?:ashamed|stupid|embarrassed|guilty)\b"
)


def asks_if_their_fault(text: str) -> bool:
    """ "is it my fault? i keep thinking i should have known", asked outright."""
    return bool(
        re.search(
            r"\b(?:is|was) (?:it|this|that|all this) (?:all |really )?my (?:own )?fault\b|"
            r"\bam i to blame\b|\bdid i (?:bring|cause) (?:this|it) on myself\b",
            plain(text),
        )
    )


def blames_self(text: str) -> bool:
    """ "I feel such a fool, I should have known better at my age", "was i stupid?", "will i get
    in trouble cos i was drinking" """
    words = plain(text)
    return bool(_BLAMES_SELF.search(words)) or bool(
        re.search(
            r"\b(?:was i|am i|im|i was|i am) (?:being |so |really |just )?(?:stupid|silly|daft|"
            r"a fool|an idiot)\b|\bdid i do (?:something|anything) (?:very |so |really )?(?:stupid|"
            r"wrong|silly)\b|\b(?:trouble|blamed|my fault) (?:for|cos|because|coz|as) (?:i|of) "
            r"(?:was |had been )?(?:drinking|drunk|had a drink|the drinking|being drunk)\b|"
            r"\b(?:in trouble|blamed) for (?:the )?(?:drinking|being drunk)\b",
            words,
        )
    )


# Consent and capacity (Sexual Offences Act 2003, s.74): "is it still rape if i was drunk?"
_DRUNK_CONSENT = re.compile(
    r"\b(?:is it|was it|it is|its|still|count as|counts as|was that|is that)\b.{0,20}\b(?:rape|"
    r"sexual assault|assault)\b.{0,40}\b(?:drunk|drinking|wasted|out of it|high|asleep|passed "
    r"out|couldnt (?:say|move|do)|didnt say no)\b|\b(?:drunk|drinking|wasted|out of it|asleep|"
    r"didnt say no)\b.{0,40}\b(?:is it|was it|still|count as|counts as)\b.{0,20}\b(?:rape|"
    r"sexual assault)\b"
)


_MEET = re.compile(
    r"\b(?:should|shall|can|could) i (?:go|meet|see)\b|\b(?:meet|meeting) (?:him|her|them) "
    r"(?:on )?(?:saturday|sunday|tomorrow|tonight|friday|this weekend|later)\b.{0,20}\?|"
    r"\bis it (?:ok|okay|safe|bad|wrong) to (?:go|meet)\b"
)


def asks_whether_to_meet_them(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "hes asked me to meet him saturday in town. should i go" from someone under 18, about a
    man met online who lied about his age."""
    answers = answers or {}
    young = answers.get("under_18") is True or (
        answers.get("age") is not None and float(answers["age"]) < 18
    )
    groomed = answers.get("crime_type") in ("sexual_offence", "online_abuse", None)
    words = plain(text)
    return (
        young
        and groomed
        and bool(_MEET.search(words))
        and bool(
            re.search(r"\b(?:meet|meeting|saturday|sunday|friday|tomorrow|tonight|town)\b", words)
        )
        and not re.search(
            r"\bgo to (?:the )?(?:police|court|school|hospital|doctor|gp|havens)\b", words
        )
    )


def asks_about_consent_when_drunk(text: str) -> bool:
    """ "is it still rape if i was drunk? like i didnt say no i just couldnt really do anything" """
    return is_question(text) and bool(_DRUNK_CONSENT.search(plain(text)))


def asks_about_action_fraud(text: str) -> bool:
    """ "is Report Fraud the same as Action Fraud?", "is action fraud real or another scam?" """
    return "?" in text and "action fraud" in plain(text)


# "i agreed to go to his flat so idk if thats like. assault or whatever": going back is not
# agreeing to sex.
_WENT_BACK = re.compile(
    r"\b(?:agreed to go|went back|go back|went (?:round|over|home with)|invited (?:him|her|them)|"
    r"went to (?:his|her|their)|i went there|kissed (?:him|her|them)|i was flirting)\b"
)
_IF_IT_COUNTS = re.compile(
    r"\b(?:does it (?:still )?count|if it counts|is it (?:actually |still |even )?(?:assault|rape|"
    r"a crime|sexual assault)|idk if thats|my fault|(?:assault|rape) or whatever|still count)\b"
)


def asks_if_going_back_was_consent(text: str) -> bool:
    words = plain(text)
    return bool(_WENT_BACK.search(words) and _IF_IT_COUNTS.search(words))


# "should i actually call 999 though? hes just sitting there... i dont want to waste their time"
_CALL_999_Q = re.compile(
    r"\b(?:should|shall|do) i (?:actually |really |still |just )?(?:call|ring|dial|phone) 999\b|"
    r"\bwaste (?:their|the polices|police|999s) time\b"
)


def asks_whether_to_call_999(text: str) -> bool:
    return bool(_CALL_999_Q.search(plain(text)))


# "should she go to hospital?? shes 62 and confused", "is it serious being confused after banging
# ur head?": asked about someone else who was hurt.
_THEIR_HOSPITAL_Q = re.compile(
    r"\bshould (?:she|he|they|mum|dad|my \w+) (?:go|get (?:it )?checked|see a doctor|be seen)\b|"
    r"\bhospital yes or no\b|\b(?:is it|its) (?:serious|bad|normal) (?:being|to be|that shes|that "
    r"hes) (?:confused|muddled|sick|dizzy|sleepy)\b|\b(?:confused|muddled|confusion) after "
    r"(?:banging|hitting|a bang|a blow|bumping)\b"
)


def asks_if_they_need_hospital(text: str) -> bool:
    return bool(_THEIR_HOSPITAL_Q.search(plain(text)))


# "Is it even rape if we were married?", "is it rape if it's your husband?"
_RAPE_IN_MARRIAGE = re.compile(
    r"\b(?:is it|is that|can it be|does it count as|was it) (?:even |still |really |actually )?"
    r"(?:rape|sexual assault|a crime|assault)\b.{0,40}\b(?:married|marriage|husband|wife|"
    r"partner|my duty|his wife|her husband)\b|\b(?:married|marriage|husband|wife)\b.{0,40}\b(?:is "
    r"it|is that|can it be|does it count as) (?:even |still |really )?(?:rape|sexual assault)\b"
)


def asks_if_rape_in_marriage_counts(text: str) -> bool:
    return bool(_RAPE_IN_MARRIAGE.search(plain(text)))


# A fee to get lost money back, or the scammer ringing again: "should I pay the release fee",
# "He is ringing again today, what do I say to him?"
_RECOVERY_FEE = re.compile(
    r"\b(?:release|recovery|unlock|admin|administration|processing|withdrawal|tax|clearance) "
    r"(?:fee|charge|payment)|\bpay (?:a |the |him |them |another )?(?:fee|charge)\b.{0,40}\b"
    r"(?:back|release|recover|refund)|\b(?:get|getting) (?:my |the )?money back\b.{0,30}\b"
    r"(?:if i pay|for a fee|pay (?:him|them|a fee))"
)
_SCAMMER_RINGS = re.compile(
    r"\b(?:he|she|they|the scammer|the advisor|the adviser|the man)\b.{0,10}\b(?:is |are |keeps "
    r"|has been |s )?(?:ringing|calling|phoning|rang|called|texting|messaging) (?:me )?(?:again|"
    r"back|still|today|every day)\b.{0,40}\b(?:what do i|what should i|do i answer|should i answer|"
    r"what to say)"
)


def asks_about_a_recovery_fee(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return bool(_RECOVERY_FEE.search(words)) or (
        crime_type == "fraud" and bool(_SCAMMER_RINGS.search(words))
    )


# "if they call my phone and mother in law answer? she check my phone sometimes"
_SOMEONE_ELSE_ANSWERS = re.compile(
    r"\b(?:call|ring|phone|text)\w* (?:my phone|me)\b.{0,40}\b(?:answers?|picks? up|sees?|"
    r"reads?|checks?|hear|hears)\b|\b(?:what if|if) (?:my )?(?:husband|wife|partner|mother in law|"
    r"father in law|mum|dad|he|she|they|someone) (?:answers?|picks? up|sees?|reads?) (?:the |my )?"
    r"(?:phone|call|text|message)"
)


def asks_what_if_someone_else_answers(text: str) -> bool:
    return is_question(text) and bool(_SOMEONE_ELSE_ANSWERS.search(plain(text)))


# "can social services help him?" about an adult (not a baby or child: utter_social_services_baby).
_ADULT_SOCIAL_CARE_Q = re.compile(
    r"\b(?:can|could|will|would|should) (?:social services|adult social care|social care|adult "
    r"services|a social worker) (?:help|do (?:anything|something)|step in|get involved)|"
    r"\b(?:social services|adult social care)\b.{0,20}\b(?:help|do anything)\b"
)


def asks_if_social_care_can_help_an_adult(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    young = (answers or {}).get("for_child") or re.search(
        r"\b(?:baby|babies|child|children|kids?|son|daughter|pregnant)\b", words
    )
    return bool(_ADULT_SOCIAL_CARE_Q.search(words)) and not young


# "should i let him in on friday" (a doorstep trader who took cash and is coming back)
_LET_HIM_IN = re.compile(
    r"\b(?:should|shall|do|can) i (?:let|open the door to|answer the door to|pay) (?:him|them|her)"
    r"\b|\bwhat (?:do|should) i do (?:on|when he comes|if he comes|when they come)\b|"
    # -- round 44, helper N5 -- "thank you. if he comes thursday do i open the door" (Walter)
    r"\bif (?:he|they|she) (?:comes?|turns? up|calls? round)\b.{0,30}\b(?:should|shall|do|can) i "
    r"(?:let \w+ in|open the door|answer the door)\b"
)


def asks_about_a_doorstep_trader_coming_back(text: str, crime_type: str | None) -> bool:
    return crime_type == "fraud" and bool(_LET_HIM_IN.search(plain(text)))


# "where can i stay tonight"
_SOMEWHERE_TO_STAY = re.compile(
    # -- round 34, main -- "I want to leave tonight with my 3 children but I have nowhere to go",
    # "Where can I go? I have no money" (Amina, her husband back in an hour).
    r"\bwhere (?:can|could|should|shall) (?:i|we) (?:go|stay|sleep)\b(?! to (?:report|get|"
    r"find|see|complain|ask|tell))|\b(?:nowhere|no where|no place|nowhere safe) (?:to|2) (?:go|"
    r"stay|sleep)\b|\b(?:a |need a )place to (?:sleep|stay)\b|"
    r"\b(?:where|somewhere) (?:can|could|do|should|to) (?:i )?(?:stay|sleep|go tonight)\b|"
    r"\bsomewhere (?:safe )?to (?:stay|sleep|go)\b|\b(?:cant|can not|cannot|dont want to) "
    r"(?:stay|sleep|be) (?:there|here|in the flat|at home|in my flat) tonight\b"
)


def asks_where_to_stay(text: str) -> bool:
    return bool(_SOMEWHERE_TO_STAY.search(plain(text)))


_REFUGE_OR_SOMEWHERE = re.compile(
    r"\b(?:refuges?|shelter|somewhere (?:safe )?to (?:go|stay|sleep)|where (?:i|we) can go|"
    r"a (?:safe )?place)\b"
)
_WITHOUT_A_CALL = re.compile(
    r"\b(?:cant|can t|cannot|can not|unable to) (?:call|ring|phone|talk|speak)\b|\b(?:text|chat|"
    r"online|message|email)\b"
)


def asks_for_a_refuge_without_calling(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "i cant call anyone i told you. text me a place. is there a refuge number i can text or
    chat online": a partner or family at home, and no phone call possible."""
    answers = answers or {}
    words = plain(text)
    close = answers.get("crime_type") == "domestic_abuse" or answers.get(
        "relationship_to_offender"
    ) in ("partner_or_ex", "family_member")
    cannot_call = answers.get("cannot_phone") is True or bool(_WITHOUT_A_CALL.search(words))
    return (
        close
        and cannot_call
        and bool(_REFUGE_OR_SOMEWHERE.search(words))
        # "is the baby ok if i fell? my belly hurts a bit": the midwife first; the refuge when
        # they ask again.
        and not asks_about_pregnancy_after_harm(text, answers)
    )


# Rights topics the selector has picked for messages that never asked about them ("why
# domestic abuse? i never even met him", "how do I get the police to enforce it"): given only
# when the message says something of the topic.
_TOPIC_WORDS = {
    "restorative_justice": re.compile(
        r"\b(?:restorative|rj|meet (?:him|her|them|the (?:person|offender|man|woman|lad|boy))|"
        r"face to face|apolog\w*|say sorry|said sorry|mediat\w*|talk to (?:him|her|them))\b"
    ),
    "victim_contact_scheme": re.compile(
        r"\b(?:prison|released?|releasing|parole|(?<!sia )(?<!my )(?<!driving )(?<!taxi )licence|"
        r"sentence\w*|jail|locked up|custody|contact scheme|vcs|out of prison|gets out)\b"
    ),
    "parole": re.compile(
        r"\b(?:prison|released?|parole|(?<!sia )(?<!my )(?<!driving )(?<!taxi )licence|"
        r"sentence\w*|jail|gets out|out of prison)\b"
    ),
    # "what can police actually do, hes not done anything yet" is not about updates on a suspect;
    # "still nothing about compensation" is not about visiting the court.
    "police_updates": re.compile(
        r"\b(?:arrest\w*|bail|charged?|custody|interview\w*|caught|catch|update\w*|officer|"
        r"investigation|rui|let (?:him|her|them) (?:go|out)|let out|locked up|drop\w*|tell me|"
        r"tells? me|told|let me know|hear|heard|find out|news|progress|do (?:anything|something)|"
        r"doing (?:anything|something)|bother\w*)\b"
    ),
    "court_visit": re.compile(
        r"\b(?:court\w*|entrance|waiting (?:room|area)|wait|door|visit|tour|look (?:round|around)|"
        r"show me round|walk\w* past|get in|sit near|arrive|see where|see it|safe room|"
        r"familiaris\w*)\b"
    ),
    "right_to_review": re.compile(
        r"\b(?:review\w*|challenge|decision|decided|disagree|look again|nfa|no further action|"
        r"drop\w*|discontinu\w*|stopped|closed|not (?:to )?(?:charge|charging|prosecute)|"
        r"(?:didnt|aint|arent|wont) charg\w*|appeal|vrr|fight)\b"
    ),
    # "feeling safe i guess and someone to help me leave" is an answer about needs, not a
    # question about the needs assessment.
    "needs_assessment": re.compile(
        r"\b(?:assess\w*|asess\w*|reassess\w*|what (?:help|support) i (?:need|get)|what i need|"
        r"who decides|work(?:s)? out|decide what help|asked? (?:me )?what (?:help )?i need|"
        r"checked again|vulnerable)\b"
    ),
    "compensation": re.compile(
        r"\b(?:compensation|compo|cica|claim\w*|money|paid|pay|wages|earnings|costs?|damage|"
        r"injur\w*|work|award)\b"
    ),
    # -- round 29, helper J: "hit me on the back of head. What can I do" is not a complaint.
    "complaint": re.compile(
        r"\b(?:complain\w*|iopc|ombudsman|not happy|unhappy|update\w*|called? (?:me )?back|"
        r"returned my|(?:werent|were not|not|never) (?:been )?met|let me down|let us down|"
        r"promised|treated (?:me |us )?(?:badly|bad|unfairly|like)|racist to me|rude|"
        r"report (?:a|an|the) (?:police )?officer|spoke to me|ignored|handled)\b"
    ),
}


def topic_fits(topic: str | None, text: str) -> bool:
    if topic in ("victim_contact_scheme", "parole") and asks_when_the_body_is_released(text):
        return False  # the release of a body, not of a prisoner (round 30, Pauline)
    # -- round 33, helper U2 --: the Code's complaints Right is not for lenders, banks or
    # insurers (Olivia). (How police treated someone gets the IOPC answer from known_answer.)
    if topic == "complaint" and _FINANCIAL_BODY.search(plain(text)):
        return False
    if topic == "vps" and p7_not_about_the_vps(text):
        return False  # -- round 45, helper P7 -- a grandson's bed-wetting is not the VPS (Sue)
    words = _TOPIC_WORDS.get(str(topic))
    return words is None or bool(words.search(plain(text)))


_FINANCIAL_BODY = re.compile(
    r"\b(?:lenders?|loans?|creditors?|debt collect\w*|banks?|building society|credit card|"
    r"insurers?)\b"
)


# "am i gonna get arrested" from a young person made to carry drugs.
_ARRESTED_Q = re.compile(
    r"\b(?:am i|will i|would i|could i|can i) (?:gonna |going to |be )?(?:get )?(?:arrested|"
    r"nicked|in trouble|charged|locked up)\b|\bwill (?:the )?(?:police|feds|they) (?:arrest|nick|"
    r"charge) me\b"
)


def fears_arrest_after_exploitation(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    exploited = answers.get("crime_type") == "human_trafficking" or bool(
        re.search(
            r"\b(?:county lines|carry\w* (?:drugs|packages|gear)|owe them|debt)\b", plain(text)
        )
    )
    # -- round 32, helper T --: "they make me sell drugs" (the parent's words, _SELL_DRUGS).
    exploited = exploited or bool(_SELL_DRUGS.search(plain(text)))
    return exploited and bool(_ARRESTED_Q.search(plain(text)))


def asks_us_to_call(text: str) -> bool:
    """Whether the message asks the bot to call the police or send help (it cannot)."""
    return bool(_CALL_FOR_ME.search(plain(text)))


# -- more answers (round 19)

# "He's breaching it. How do I report breaches?": an order broken (a non-molestation order,
# an injunction), asked about.
_BREACH = re.compile(
    r"\bbreach\w*\b|\b(?:break\w*|broke|broken|ignor\w*|violat\w*) (?:the |my |his |her |this "
    r"|that |a |an |our )?(?:non molestation |restraining |protection |court )?(?:order|"
    r"injunction|nmo)\b"
)
_AN_ORDER = re.compile(r"\b(?:order|injunction|nmo|non molestation)\b")
_ASKS_FOR_AN_ORDER = re.compile(
    r"\b(?:get|apply for|ask for|need|want) (?:a |an )?(?:\w+ )?(?:order|injunction|nmo)\b"
)


def asks_about_a_breach(text: str) -> bool:
    """ "I already HAVE the order. He's breaching it. How do I report breaches and how should I
    keep evidence of the emails?" """
    words = plain(text)
    if _ASKS_FOR_AN_ORDER.search(words):
        return False  # "can i get a restraining order, he breached his bail": the order answer
    return is_question(text) and bool(_BREACH.search(words) and _AN_ORDER.search(words))


# "is it too late to get tested", "can i still get tested", "should i go to the havens today":
# after a rape or a spiking, tests and treatment are time-limited, so the Havens today.
_TEST_TIME = re.compile(
    r"\b(?:too late (?:to|for) (?:get |have |do |go )?(?:a |the )?(?:tests?|tested|testing|"
    r"checked|drug test|rape test|forensic\w*)|(?:can|could) (?:i|we|she|he|they) (?:still )?"
    r"(?:get|be|have) (?:a |the )?(?:tests?|tested|checked)|(?:still|not too late to) (?:get|be|"
    r"have) (?:a |the )?(?:tests?|tested|checked)|(?:test|tests|testing) for (?:the |a )?drugs?|"
    r"drug test|rape test|rape kit|(?:should|shall|can|do) (?:i|we) (?:still )?go to (?:the )?"
    r"havens?(?: (?:today|now|tonight|tomorrow))?|(?:where|how) (?:do|can|should|could) (?:i|we|"
    r"she|he) (?:go (?:to )?)?get tested|where to get tested|(?:need|want) to get tested|getting "
    r"tested|take something within|within (?:3|three|72) (?:days|hours)|pep)\b"
)
_SEXUAL_OR_SPIKED = re.compile(r"\b(?:spiked|drugged|drug|drugs|rape\w*|sexual\w*|havens?)\b")
# "should i not shower until i go to the havens", "can i have a bath first"
_WASH_FIRST = re.compile(
    r"\b(?:shower\w*|bath|bathe|wash\w*|change (?:my )?clothes|get changed|brush (?:my )?teeth)\b"
)


def _sexual_or_spiked(text: str, crime_type: str | None, answers: Mapping[str, Any]) -> bool:
    return (
        crime_type == "sexual_offence"
        or answers.get("possible_sexual_offence") is True
        or bool(_SEXUAL_OR_SPIKED.search(plain(text)))
    )


def asks_if_still_time_for_tests(text: str, crime_type: str | None) -> bool:
    """ "is it too late to get tested" four days after a spiking: not "it's never too late", but
    the Havens today, because tests and treatment are time-limited. The answer says it is for
    a spiking or a sexual assault, so no more is asked of the crime than its type."""
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\b(?:i mean|like a|its \w+day)\b", words))
    return (
        crime_type in ("sexual_offence", "assault", "other", None)
        and asked
        and bool(_TEST_TIME.search(words))
        and not _WASH_FIRST.search(words)
        # STI tests are not done at once (too early to show): the evidence answer, as before.
        and not re.search(r"\b(?:stds?|stis?|std tests?|sti tests?|infections?)\b", words)
    )


def asks_about_washing_before_the_havens(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "should i not shower until i go to the havens" """
    words = plain(text)
    return (
        crime_type in ("sexual_offence", "assault", "other", None)
        and is_question(text)
        and bool(_WASH_FIRST.search(words))
        and bool(re.search(r"\b(?:havens?|sarc|tests?|tested|evidence|forensic\w*)\b", words))
        and _sexual_or_spiked(text, crime_type, answers or {})
    )


# "is it even serious enough to count? he didnt like rape me or anything" (groped on a bus).
_TOUCHING_COUNTS = re.compile(
    r"\b(?:serious enough|(?:does|would|will|did|do) (?:it|this|that) (?:even |still |really )?"
    r"count|is (?:it|this|that) (?:even |still |really |actually )?(?:a crime|sexual assault|an "
    r"assault|assault|serious|a big deal|bad enough)|count(?:s)? as (?:a )?(?:crime|sexual "
    r"assault|assault)|big enough deal)\b"
)
_NOT_RAPE = re.compile(
    r"\b(?:didnt|did not|didn t|wasnt|was not|never|not|isnt) (?:\w+ )?(?:\w+ )?(?:rape|raped|"
    r"rap\w+)\b|\bgrop\w*|\btouch\w* (?:me|her|him)\b|\btouched (?:me )?up\b"
)


def asks_if_sexual_touching_counts(text: str) -> bool:
    """ "is it even serious enough to count? he didnt like rape me or anything" """
    words = plain(text)
    return (
        is_question(text)
        and bool(_TOUCHING_COUNTS.search(words) and _NOT_RAPE.search(words))
        and "rape crisis" not in words
    )


_FOR_ME_TOO = re.compile(
    r"\b(?:for me|for people like me|for her|for him|for them|only for|just for|(?:wasnt|was not|"
    r"not|isnt|wasn t|never) (?:actually |really )?(?:a )?rape\w*|can i (?:still )?(?:use|call|"
    r"contact|go to)|would they (?:help|see|talk to) me)\b"
)


def asks_if_rape_crisis_is_for_them(text: str) -> bool:
    """ "is rape crisis for me tho, it wasnt rape" """
    words = plain(text)
    return "rape crisis" in words and is_question(text) and bool(_FOR_ME_TOO.search(words))


# "what would police even do now its been 3 weeks", "is it too late to report it to police
# now? would they even do anything"
_WHAT_POLICE_DO = re.compile(
    r"\bwhat (?:would|will|could|can|do|does) (?:the )?(?:police|they|cops|met|officers) "
    r"(?:even |actually |really |still )?do\b|\b(?:would|will|could|can) (?:they|the police|"
    r"police|cops) (?:even |actually |still )?do anything\b"
)
_SOME_TIME_ON = re.compile(
    r"\btoo late\b|\b(?:its|it s|it has|its been|been|was|happened) (?:\w+ )?(?:\d+|a|one|two|"
    r"three|four|five|six|a few|few|couple of) (?:days?|weeks?|months?)\b"
)


def asks_what_police_do_after_a_while(text: str, crime_type: str | None) -> bool:
    """Weeks later, whether reporting is too late and what the police would even do."""
    words = plain(text)
    return (
        crime_type != "fraud"
        and is_question(text)
        and bool(_WHAT_POLICE_DO.search(words) and _SOME_TIME_ON.search(words))
        and not re.search(r"\byears?\b", words)
    )


# "what do i do about the FLO not calling back", "i KNOW what an FLO is"
_FLO_SILENT = re.compile(
    r"\b(?:not|never|doesnt|does not|dont|wont|isnt|hasnt|havent|didnt|stopped) (?:\w+ )?"
    r"(?:calling|call|ringing|ring|phoning|getting back|got back|returning|return\w*|answering|"
    r"answer\w*|replying|reply\w*|responding|respond\w*|texting|text\w*|contacting|contact\w*|updating|"
    r"update\w*)(?: (?:me|us|back|anything))?\b|\b(?:havent|have not|not|never) heard (?:from|back|"
    r"anything)\b|\bno (?:call|reply|answer|response|update)s?"
    r"\b|\bcant get (?:hold of|through to)\b|\bignor\w*|\bi (?:know|already know|knw) what (?:it|"
    r"an flo|a flo|that|they|one) (?:is|are|does|do)\b|\bkeep (?:telling|saying|explaining)\b"
)


def says_the_flo_does_not_call(text: str) -> bool:
    """The family liaison officer does not call back (or they already know what one is): what
    to do, not the definition again."""
    words = plain(text)
    return bool(_FAMILY_LIAISON.search(words) and _FLO_SILENT.search(words))


# "should I report to British Transport Police instead?" (on the Tube)
_BTP = re.compile(r"\b(?:british transport police|transport police|btp)\b")


def asks_about_transport_police(text: str) -> bool:
    return is_question(text) and bool(_BTP.search(plain(text)))


# "can you get posts removed?", "how do i get the posts taken down?"
_POSTS_DOWN = re.compile(
    r"\b(?:posts?|comments?|tweets?|videos?|stories|story|account|profile)\b.{0,20}"
    r"\b(?:removed|taken down|took down|deleted|down|taken off)\b|\b(?:remove|take down|delete|"
    r"get rid of)\b (?:\w+ ){0,2}(?:posts?|comments?|tweets?)\b"
)


def asks_to_get_posts_removed(text: str) -> bool:
    return is_question(text) and bool(_POSTS_DOWN.search(plain(text)))


# "my car fixed, who pays for that", "who pays for my tyres? 3 sets"
_WHO_PAYS = re.compile(
    r"\b(?:(?:do|will|would|can) i get (?:anything|money|something|paid|compensation) for "
    r"(?:the|my)|"
    r"who (?:pays|will pay|is paying|s paying|is going to pay|gonna pay|has to pay|should "
    r"pay|pay)|(?:will|does|do|would|can) (?:anyone|someone|somebody|they|he|she|the police|"
    r"police) (?:have to )?pay)\b"
)
_DAMAGE_TO_FIX = re.compile(
    r"\b(?:tyres?|tires?|car|van|windows?|windscreen|door|fence|paintwork|damage\w*|fix\w*|"
    r"repair\w*|smashed|slashed|scratched|keyed|write off|written off|burnt out|burned out)\b"
)


def asks_who_pays_for_damage(text: str, crime_type: str | None) -> bool:
    """Damaged property (slashed tyres, a keyed car): insurance, or a court's compensation
    order if someone is convicted; not the criminal injuries scheme."""
    words = plain(text)
    if crime_type in ("theft", "burglary", "fraud", "robbery") or mentions_injury(text):
        return False
    if re.search(r"\b(?:teeth|tooth|nose|jaw|arm|leg|face|eye|head|hand|scar|body)\b", words):
        return False  # the body, not property: the injury and compensation answers
    return bool(_WHO_PAYS.search(words) and _DAMAGE_TO_FIX.search(words))


# "will the police even take it seriously tho its not like he hit me" (a hate crime)
_TAKE_SERIOUSLY = re.compile(
    # "can i make them treat it as hate crime": recorded as one if the victim believes it is.
    r"\b(?:treat|record|count|class|log)\w* (?:it|this|that) as (?:a )?hate crime\b|"
    r"\btake (?:it|this|that|me|us) (?:\w+ )?serious(?:ly)?\b|\b(?:would|will|do|does) (?:they|the "
    r"police|police|cops) (?:even )?(?:care|bother|do anything)\b"
)
_HATE_WORDS = re.compile(
    r"\b(?:racis\w*|race|racial\w*|hijab|headscarf|niqab|turban|kippah|muslim|islam\w*|religion|"
    r"religious|hate crime|because (?:im|i am|i m) (?:black|asian|muslim|jewish|sikh))\b"
)


_DISABILITY_WORDS = re.compile(
    r"\b(?:disab\w*|wheelchair|blind|deaf|autis\w*|learning difficult\w*|mental health|"
    r"cripple|spastic|retard\w*)\b"
)
_RACE_OR_RELIGION_STRANDS = frozenset({"race", "religion"})


def race_or_religion_hate(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Whether hate by race or religion is what was said: the answer naming Tell MAMA is for
    that, not for someone targeted for a disability ("they film me and call me names about my
    wheelchair")."""
    strands = set((answers or {}).get("hate_strand") or ())
    if strands:
        return bool(strands & _RACE_OR_RELIGION_STRANDS)
    words = plain(text)
    return not _DISABILITY_WORDS.search(words) or bool(_HATE_WORDS.search(words))


def asks_if_police_take_hate_seriously(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    words = plain(text)
    hate = (
        answers.get("hate_motivated") is True
        or bool(answers.get("hate_strand"))
        or bool(_HATE_WORDS.search(words))
        or bool(_DISABILITY_WORDS.search(words) and re.search(r"\bhate\b", words))
    )
    return (
        hate
        and bool(re.search(r"\b(?:police|cops|they|them|officers)\b", words))
        and bool(_TAKE_SERIOUSLY.search(words))
        and (
            is_question(text)
            or bool(re.search(r"\b(?:if|whether) (?:the )?(?:police|they)\b", words))
        )
    )


def _sentences(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"(?<=[.!?])\s+|\n+", text) if part.strip()]


# Words before a question that do not change it: "Thank you. But what do I do about my card."
_LEAD = re.compile(
    r"^(?:(?:but|and|so|ok|okay|also|then|yes|yeah|no|nah|right|well|oh|thanks|thank you|"
    # "wait what u got down about me" (round 39, Daniel), "anyway is this like a hate crime".
    r"sorry|please|one last thing|last thing|anyway|anyways|wait|hang on|hold on|hmm|um|erm)\s+)+"
)


# -- round 39, helper F6 --: "when she drinks she hits me" (Chris) tells what happens, with no
# question in it ("when will he be let out", "when i report it do i need id" still ask).
_F6_WHEN_IT_HAPPENS = re.compile(
    r"^(?:when|whenever) (?:i|he|she|they|we|my \w+|his \w+|her \w+|the \w+|it|its|hes|shes|"
    r"theyre)\b(?!.*\b(?:what|how|who|where|why|which|whats|hows)\b)(?!.*\b(?:do|does|did|can|"
    r"could|will|would|should|shall|is|are|am|has|have|was|were|must)(?:nt)? (?:i|we|you|u|they|he|"
    r"she|it|that|this|there|the|my|his|her|their|someone|anyone)\b)"
)


def opens_a_question(sentence: str) -> bool:
    opening = _LEAD.sub("", plain(sentence))
    return bool(_QUESTION_START.match(opening)) and not _F6_WHEN_IT_HAPPENS.match(opening)


# A question at the end without its mark: "ok. im pregnant tho does that matter".
_ENDS_ASKING = re.compile(
    r"\b(?:does (?:that|it|this) (?:matter|count|change anything|make a difference)|is (?:that|it|"
    r"this) (?:ok|okay|bad|normal|serious|allowed)|"
    # "and if they come to my yard what do i do. my mum lives there" (round 37, Jamal).
    r"what (?:do|should|can|shall|would) (?:i|we|u|you) do(?: now| then| next)?)\s*$|"
    r"\bif (?:they|he|she|them) \w+ .{0,40}\bwhat (?:do|should|can|shall) (?:i|we) do\b|"
    # "is this like a hate crime or am i being dramatic" (round 39, Jordan).
    r"\bor am i (?:just )?(?:being )?(?:dramatic|overreacting|over reacting|paranoid|silly|"
    r"stupid|making a fuss|making it up)\b|"
    # "I would like to know if there is any chance of getting my money back" (round 39, Maureen).
    r"\b(?:i (?:would|d) (?:like|love) to know|i (?:want|wanna|need) to know|i was wondering|"
    r"im wondering|i wonder) (?:if|whether)\b|"
    # A question asked again without its mark: "I am asking about my arm!!", "Last time I ask,
    # should I go hospital", "u didnt answer me".
    r"\b(?:i am asking|im asking|i asked (?:you|about|if|what|how|whether)|last time i ask\w*|"
    r"(?:you|u) (?:didnt|did not|never|havent|have not|still havent) (?:answer\w*|reply|replied|"
    r"say|said)|answer (?:me|my question|the question))\b"
)


# A question after a comma, at the end: "its the bank card im worried about, should i cancel it",
# "and the bank card, what do i do". Only a question word with its person ("should i", "what do
# i"), not any word that can open a question ("no, where he lives is near me").
_LAST_CLAUSE_ASKS = re.compile(
    r",\s*(?:(?:but|and|so) )?(?:(?:should|shall|can|could|do|would|will|must) (?:i|we|they|you|u)|"
    r"(?:what|how|where|who) (?:do|should|can|shall|would) (?:i|we)|what about)\b[^,.!]*$"
)


@functools.lru_cache(maxsize=256)
def is_question(text: str) -> bool:
    """Cached like plain(): every answer's predicate asks it of the same message."""
    return (
        "?" in text
        or any(opens_a_question(part) for part in _sentences(text))
        or bool(_ENDS_ASKING.search(plain(text)))
        or bool(_LAST_CLAUSE_ASKS.search(text.lower().rstrip(" .!")))
        # -- round 40, helper G2 -- "i asked do i need hospital" (Alan)
        or bool(_G2_ASKED_AGAIN.search(plain(text)))
        # -- round 44, helper N5 -- "thank you. if he comes thursday do i open the door"
        or bool(_N5_IF_THEN_ASKS.search(plain(text)))
    )


_N5_IF_THEN_ASKS = re.compile(
    r"\bif (?:he|she|they|it|someone|somebody|anyone) .{0,60}\b(?:(?:do|should|can|shall|must) "
    r"(?:i|we) \w+|what (?:do |should |can )?(?:i|we) (?:do|say))\b"
)


# "i still feel sick and dizzy", "my neck is really sore today": feeling unwell now, said in an
# answer, is not let pass.
_FEELS_UNWELL_NOW = re.compile(
    r"\b(?:(?:i|im|i am) (?:still |really )?(?:feel|feeling)|today|still|right now|at the moment)\b"
)

_FOR_THE_BEREAVED = re.compile(r"Relatives of someone killed[^.]*\.\s*")


def rights_answer(topic: str, answers: Mapping[str, Any]) -> Say:
    """The Code's answer on a topic; the compensation answer leaves out what is only for the
    bereaved unless someone died ("Relatives of someone killed can claim too" once led a stabbed
    17-year-old, quoting it back, into the questions about a death)."""
    died = answers.get("bereaved") is True or answers.get("crime_type") == "homicide"
    if topic == "compensation" and not died:
        text = _FOR_THE_BEREAVED.sub("", code_rules.answer_for("compensation"))
    elif answers.get("discreet"):
        text = code_rules.answer_for(topic)
    else:
        return Say(response=f"utter_ask_right/{topic}")
    if answers.get("discreet"):
        text = wording.discreet(text)  # they asked for no "police" or "abuse" on their phone
    return Say(text=text, args={"utter_action": f"utter_ask_right/{topic}"})


# Crimes without violence, where the criminal injuries scheme (CICA) cannot apply.
NOT_VIOLENT = frozenset({"fraud", "theft", "burglary", "criminal_damage", "online_abuse"})


# -- safeguarding questions (round 19)
# Questions role-players asked in round 19 about strangling, reporting for a friend, a friend
# with the abuser now, whether a partner's violence is domestic abuse, a spouse visa, pregnancy
# after being hurt, social services and a baby, a carer who abuses an older parent, and whether
# the police would take a son away. The answers are in bot/domain/responses_safeguarding.yml.

# "is it still serious if there are no marks?"
_NO_MARKS = re.compile(
    r"\b(?:no|any|without|not (?:a|any)|didnt leave(?: any)?|doesnt leave(?: any)?|left no|"
    r"cant see(?: any)?) (?:visible )?(?:marks?|bruis\w*|injur\w*)\b|\bnot (?:marked|bruised)\b"
)
_SERIOUS = re.compile(
    r"\b(?:serious|seriously|dangerous|bad|count|counts|matter|matters|a (?:real )?crime|"
    r"still (?:assault|abuse|a crime))\b"
)


def asks_if_serious_without_marks(text: str) -> bool:
    """ "He strangled her with his hands last night, she's got no marks though. Is it still
    serious if there are no marks?" """
    words = plain(text)
    return is_question(text) and bool(_NO_MARKS.search(words) and _SERIOUS.search(words))


# "can I report it myself even if she won't?", "can I report it for her?"
_REPORT = re.compile(
    r"\b(?:report|reporting|tell the police|call the police|ring the police|phone the police|"
    r"go to the police|contact the police)\b"
)
_FOR_THEM = re.compile(
    r"\b(?:for (?:her|him|them)|on (?:her|his|their) behalf|(?:even )?if (?:she|he|they) "
    # Not "i dont want to if they wont believe me": the police, not the person written for.
    r"(?:wont|doesnt|dont|does not|will not|do not|isnt|is not|refuses)(?! believe| listen| "
    r"help| take| care| do anything)|(?:without|against) "
    r"(?:her|his|their) (?:say so|consent|permission|agreement|wishes)|as (?:her|his|their) "
    r"(?:friend|mate|sister|brother|mum|mother|dad|father|neighbour|cousin|aunt|uncle|colleague)"
    r")\b"
)


def asks_to_report_for_someone(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "And can I report it for her?": anyone can report a crime they know about."""
    words = plain(text)
    if not (is_question(text) and _REPORT.search(words)):
        return False
    if re.search(r"\b(?:anonymous\w*|without (?:giving )?my name)\b", words):
        return False
    myself = bool(re.search(r"\bmyself\b", words))
    return bool(_FOR_THEM.search(words)) or (
        myself and bool((answers or {}).get("for_someone_else"))
    )


# "She's with him NOW. What should I do?"
_WITH_THEM_NOW = re.compile(
    r"\b(?:shes|she is|hes|he is|theyre|they are|\w+ is) (?:still |back |at home |back at home |"
    r"home |at his |at hers? |there )*with (?:him|her|them)\b(?! (?:mum|mom|dad|family|sister|"
    r"brother|friends?|kids|children|nan|gran))"
)
_NOW_WORD = re.compile(r"\b(?:now|right now|tonight|at the moment|as we speak)\b")
_WHAT_TO_DO = re.compile(
    r"\b(?:what (?:should|do|can|shall) (?:i|we) do|what do (?:i|we) do|how (?:do|can) (?:i|we) "
    r"help|should (?:i|we) (?:go|call|ring|do)|what now)\b"
)


def asks_what_to_do_while_with_abuser(text: str, answers: Mapping[str, Any] | None) -> bool:
    """A friend writing for someone who is with the abuser now: 999 if in danger now."""
    words = plain(text)
    with_them = bool(_WITH_THEM_NOW.search(words) and _NOW_WORD.search(words))
    third_person = bool((answers or {}).get("for_someone_else")) or bool(
        re.search(r"\b(?:shes|she is|theyre|they are) (?:\w+ )*with (?:him|her|them)\b", words)
    )
    return with_them and third_person and (is_question(text) or bool(_WHAT_TO_DO.search(words)))


# "my husband hit me. domestic abuse?", "my husband also hit me sometimes. who can help wife like
# me" (told by the classifier as a question about restorative justice).
_PARTNER_OR_FAMILY_HURT = re.compile(
    r"\bmy (?:husband|husbands? family|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|ex|"
    r"in laws|mother in law|father in law|brother in law|sister in law|son|daughter|dad|father|"
    r"mum|mother|brother|sister|uncle|family)(?: also| sometimes| always| often| keeps?| still)*"
    r" (?:hits?|hitting|beats?|beat|beating|slaps?|slapped|slapping|punch\w*|kicks?|kicked|"
    r"kicking|hurts?|hurting|pushe[sd]|pushing|chokes?|choked|grabs?|grabbed|throws? things at|"
    r"threw things at) (?:me|us)\b"
)
_IS_IT_ABUSE = re.compile(
    r"\b(?:domestic (?:abuse|violence)|is (?:this|it|that) (?:domestic )?(?:abuse|violence|a "
    r"crime|allowed|legal|normal)|who (?:can|could|will) help|where (?:can|do) i (?:get|find) "
    r"help|help (?:for )?(?:a )?(?:wife|woman|women|me)|what can i do)\b"
)


def asks_if_partner_violence_is_abuse(text: str) -> bool:
    """ "I dont understand. my husband hit me. domestic abuse?" """
    words = plain(text)
    return bool(
        _PARTNER_OR_FAMILY_HURT.search(words)
        and _IS_IT_ABUSE.search(words)
        and (is_question(text) or bool(re.search(r"\bwho (?:can|could) help\b", words)))
    )


# "my visa is spouse visa. if I leave husband I must go Gambia?"
_PARTNER_VISA = re.compile(
    r"\b(?:spouse|spousal|partner|marriage|family|fiance|fiancee|dependant|dependent)\w* visas?\b|"
    r"\bvisa (?:is |s )?(?:through|from|depends on|linked to|tied to|with|on|under) (?:my )?"
    r"(?:husband|wife|partner|him|her|spouse)\b|\b(?:husband|wife|partner|spouse)s visa\b"
)
_LEAVE_THEM = re.compile(
    r"\b(?:leave|leaving|left|divorce\w*|split\w*|separat\w*|go back|sent back|send me back|"
    r"deport\w*|must go|have to go|got to go|kick(?:ed)? out|stay in (?:the )?uk|can i stay|lose "
    r"my visa|cancel my visa)\b"
)


def asks_about_a_partner_visa(text: str) -> bool:
    words = plain(text)
    return bool(_PARTNER_VISA.search(words) and _LEAVE_THEM.search(words))


# Pregnant after being hurt: "im pregnant is the baby gonna be ok", "he pushed me down the
# stairs and im 5 months", "can i just ask someone about the baby. who do i call for that".
_BABY_OK = re.compile(
    r"\b(?:(?:is|will|would) the baby (?:be |gonna be |going to be )?(?:ok|okay|alright|all right|"
    r"fine|hurt|safe)|the baby is (?:ok|okay|alright|fine|hurt|safe)|hurt the baby|baby (?:ok|"
    r"okay)|(?:about|for|check on|check) (?:the|my) baby)\b"
)
_ASK_CARE = re.compile(
    r"\b(?:does (?:that|it|this) matter|who (?:do|can|should) i (?:call|ring|phone|ask|talk to|"
    r"speak to)|ask someone|should i (?:go|get|see|call|ring)|(?:hospital|a&e|a ?and ?e|doctor|"
    r"midwife|checked|pain|bleed\w*)|(?:is|will|would) the baby|baby is ok)\b"
)


def asks_about_pregnancy_after_harm(text: str, answers: Mapping[str, Any] | None = None) -> bool:
    """Pregnant and hurt: the midwife or maternity unit now, 999 if bleeding or strong pain. A
    pregnancy said earlier is kept in the account details, so "should i go hospital? ive had a
    bit of pain since" later gets this answer too."""
    words = plain(text)
    if account.PREGNANT.search(words):
        return bool(_ASK_CARE.search(words) or _BABY_OK.search(words))
    if "pregnant" in ((answers or {}).get("account_details") or ()) and re.search(
        r"\b(?:pain|painful|hurts?|hurting|bleed\w*|cramp\w*|hospital|a&e|a ?and ?e|checked|"
        r"doctor|midwife|the baby|moving less|not moving)\b",
        words,
    ):
        # "should i go hospital? ive had a bit of pain since", after saying she is pregnant.
        return is_question(text) or bool(re.search(r"\b(?:pain|bleed\w*|cramp\w*)\b", words))
    return bool(
        _BABY_OK.search(words)
        and re.search(
            r"\bwho (?:do|can|should) i (?:call|ring|ask)\b|\bask someone\b|\bnobody (?:has )?"
            r"(?:said|told)\b",
            words,
        )
    )


# "will social services get involved if i tell someone?? they cant take my baby"
_SOCIAL_SERVICES = re.compile(
    r"\b(?:social services|social workers?|childrens services|child services|the social|ss)\b"
)
_TAKE_CHILD = re.compile(
    r"\b(?:take|taking|took|remove|removing) (?:my|the|our) (?:baby|babies|kids?|children|child|"
    r"son|daughter)(?: away)?\b(?! to (?:school|nursery|the|my|his|her|work|a |see|hospital))"
)


def fears_social_services(text: str) -> bool:
    """ "will social services get involved if i tell someone?? they cant take my baby" """
    words = plain(text)
    child = bool(re.search(r"\b(?:baby|babies|kids?|children|child|son|daughter)\b", words))
    social = bool(_SOCIAL_SERVICES.search(words)) and words != "ss"
    taken = bool(_TAKE_CHILD.search(words))
    told = bool(re.search(r"\b(?:tell|told|report\w*|say|involved|find out|know)\b", words))
    return (is_question(text) or taken) and child and told and (social or taken)


# A carer who harms an older parent: "Do I have to tell the care agency? Or does the council do
# that?", "should I ring the police tonight or wait for the support team? The carer comes at 8am".
_CARER = re.compile(r"\b(?:care agency|agency|carers?|care workers?|home care)\b")
_CARER_HARMS = re.compile(
    r"\b(?:the carer|her carer|his carer|their carer|my carer) (?:comes|is coming|will come|visits|"
    r"stole|steals|took|takes|was rough|is rough|hit|hits|hurt|hurts|pushed|shouts?)\b"
)
_TELL_WHO = re.compile(
    r"\b(?:(?:have to|should i|do i|must i|need to|shall i) (?:tell|report|inform|ring|call|phone|"
    r"let)|(?:be|get|been) told|(?:does|will|would|can) the council|tell the (?:care )?agency|"
    r"(?:ring|call|phone) the police|wait (?:for|till|until))\b"
)


def asks_who_to_tell_about_a_carer(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    carer_told = "carer" in ((answers or {}).get("account_details") or ())
    about_carer = bool(re.search(r"\b(?:care agency|agency)\b", words)) or bool(
        _CARER_HARMS.search(words)
    )
    return (
        is_question(text)
        and bool(_TELL_WHO.search(words))
        and (about_carer or (carer_told and bool(_CARER.search(words) or "council" in words)))
    )


def asks_about_police_tonight(text: str) -> bool:
    return bool(re.search(r"\b(?:police|999|101|tonight|wait (?:for|till|until))\b", plain(text)))


# "72. will the police take him away if i tell someone"
_TAKE_HIM_AWAY = re.compile(
    r"\b(?:will|would|do|does|can) (?:the )?(?:police|they|cops) (?:take (?:him|her|them) away|"
    r"arrest (?:him|her|them)|lock (?:him|her|them) up|take (?:him|her|them)|put (?:him|her|them) "
    r"(?:in|inside) (?:prison|jail))|(?:will|would) (?:he|she|they) (?:be|get) (?:arrested|taken "
    r"away|locked up|sent to (?:prison|jail))\b"
)


def asks_if_police_will_take_them(text: str) -> bool:
    return bool(_TAKE_HIM_AWAY.search(plain(text)))


# -- round 22, answers (helper B) ---------------------------------------------------------------

# "is a dog biting a child a crime or not?", "can you just tell me if a dog attack is a crime
# please": only with a dog named here or in the account ("is it a crime" alone has other rows).
_ASKS_IF_CRIME = re.compile(
    r"\b(?:is|was|isnt|if|whether)\b(?: \w+){0,8} (?:a crime|a criminal offence|an offence|"
    r"illegal|against the law)\b"
)
_DOG = re.compile(r"\b(?:dog|dogs|doggy)\b")
_DOG_ATTACK = re.compile(
    r"\b(?:bit|bites|bite|biting|bitten|attack\w*|went for|goes for|jumped (?:up )?(?:at|on)|"
    r"mauled|savaged|injur\w*|hurt|out of control|off (?:the|its|his|her) lead|dangerous)\b"
)


def asks_if_a_dog_attack_is_a_crime(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    dog = bool(_DOG.search(words.replace("isle of dogs", "").replace("guide dog", "")))
    attack = bool(_DOG_ATTACK.search(words))
    # "is it a crime" later in the conversation, after the dog attack was told.
    told = "dog_attack" in ((answers or {}).get("account_details") or ())
    return ((dog and attack) or told) and bool(_ASKS_IF_CRIME.search(words))


# "sorry but where do i get tested? is it too late for that pep thing", "ok. and where do i just
# get an hiv test without all this": PEP is for the first 72 hours; an HIV test is for any time.
_PEP_OR_HIV = re.compile(r"\b(?:pep|hiv|post exposure)\b")
_ASKS_TEST_OR_PEP = re.compile(
    r"\b(?:where|how|can i|could i|do i|should i|is it too late|too late|still)\b.*\b(?:test\w*|"
    r"pep|get checked|checked)\b|\b(?:pep|test\w*)\b.*\btoo late\b"
)


def asks_where_to_get_an_hiv_test(text: str) -> bool:
    words = plain(text)
    return bool(_PEP_OR_HIV.search(words)) and bool(_ASKS_TEST_OR_PEP.search(words))


# "If I tell the council will they stop my carer coming? ... I will be left with nobody", "Will
# I lose my care if I tell".
_LOSE_CARE = re.compile(
    r"\b(?:lose|losing|lost) (?:my|her|his|their|the) (?:care|carers?|help|care package)\b|"
    r"\bstop (?:my|her|his|their|the) (?:carers?|care|help)(?: coming| visiting)?\b|"
    r"\b(?:be |get |being )?left with (?:nobody|no one|noone|no care|no help|no carer)\b|"
    r"\btake (?:away )?(?:my|her|his|their) (?:care|carers?)(?: away)?\b"
)
_TELLING = re.compile(
    r"\b(?:tell|told|telling|report|reported|reporting|say something|council|safeguarding|"
    r"social services|social worker)\b"
)


def fears_losing_care_if_they_tell(text: str) -> bool:
    words = plain(text)
    return is_question(text) and bool(_LOSE_CARE.search(words)) and bool(_TELLING.search(words))


# "police or the council or the care home manager? Who do I tell first?"
_CARE_HOME = re.compile(r"\b(?:care|nursing|residential) homes?\b")
_WHO_FIRST = re.compile(
    r"\bwho (?:do|should|shall|can|would) (?:i|we) (?:tell|call|ring|phone|report (?:it |this )?"
    r"to|contact|go to|speak to|talk to)\b|\b(?:police|council|manager)\b(?: \w+){0,3} or "
    r"(?:the )?(?:police|council|care home|manager|safeguarding|cqc)\b|\bwho (?:first|to tell)\b"
)


def asks_who_to_tell_about_a_care_home(text: str) -> bool:
    words = plain(text)
    return is_question(text) and bool(_CARE_HOME.search(words)) and bool(_WHO_FIRST.search(words))


# "Does it also stop his brother? It's the brother who is watching the refuge": an order
# covers only the person named in it.
_ORDER_COVERS = re.compile(
    r"\b(?:does|will|would|can|do) (?:it|the order|that|this|my order|the injunction|"
    r"(?:the |my |a )?non molestation(?: order)?|the nmo|an order) (?:also |even |still )?"
    r"(?:stop|cover|covers|include|apply to|work for|work on|work against|protect me from|"
    r"count for) (?:his|her|their|the) (?:brothers?|sisters?|mum|mother|dad|father|family|"
    r"friends?|mates?|cousins?|uncles?|relatives?|new (?:partner|girlfriend|boyfriend)|"
    r"girlfriend|boyfriend|sons?|brother in law|people)\b|\b(?:does|will|would) (?:it|the order|"
    r"that|this|my order) (?:also |even )?(?:stop|cover|apply to) (?:anyone|someone|people) else\b"
)


def asks_if_an_order_covers_others(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    context = (
        crime_type in ("domestic_abuse", "stalking_harassment")
        or (answers or {}).get("relationship_to_offender") in ("partner_or_ex", "family_member")
        or bool(re.search(r"\b(?:order|injunction|nmo|refuge)\b", words))
    )
    return context and bool(_ORDER_COVERS.search(words))


# "who do i ring to stop the debt collectors, thats what i actually need", after credit was
# taken out in their name.
_DEBT_COLLECTORS = re.compile(
    r"\b(?:debt collect\w*|debt recovery|bailiffs?|collection agenc\w*|debt agenc\w*)\b"
)
_STOP_OR_WHO = re.compile(
    r"\b(?:stop|who do i|who should i|who can i|what do i|how do i|how can i|get rid of|make "
    r"them|chasing|keep (?:ringing|calling|writing))\b"
)


def asks_to_stop_debt_collectors(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    identity = (
        "identity_fraud" in ((answers or {}).get("account_details") or ())
        or crime_type == "fraud"
        or bool(account.IDENTITY_FRAUD.search(words))
        or bool(re.search(r"\b(?:not my (?:debt|loan)s?|in my name)\b", words))
    )
    return identity and bool(_DEBT_COLLECTORS.search(words)) and bool(_STOP_OR_WHO.search(words))


# "is it normal what he does? be honest"; "he just checks my phone and tells me what to wear and
# stuff but loads of guys do that. he gets jealous cos he loves me": about a partner only.
_IS_IT_NORMAL = re.compile(
    r"\bis (?:it|this|that) (?:\w+ )?normal (?:what|how|that) (?:he|she|they|my \w+) "
    r"(?:does|did|do|acts?|behaves?|treats)\b|\bis (?:what|how) (?:he|she|they) (?:does|did|"
    r"acts?|behaves?|treats me) (?:\w+ )?normal\b|\bis (?:it|this|that) (?:\w+ )?normal for "
    r"(?:a |my )?(?:boyfriend|girlfriend|partner|husband|wife|him|her) to\b"
)
_CONTROLS = re.compile(
    r"\b(?:checks?|checking|goes through|going through|looks through|reads|reading) (?:my|her) "
    r"(?:phone|messages|texts|dms|whatsapp|snapchat|insta\w*)\b|\btells? me what (?:to wear|i can "
    r"wear)\b|\b(?:wont|doesnt|does not|dont) let me (?:go out|see my|wear|talk to|have)\b"
)
_MINIMISES = re.compile(
    r"\bnormal\b|\b(?:loads|lots|all|most|other) (?:of )?(?:the )?(?:guys|men|boys|boyfriends|"
    r"couples|people|lads) do\b|\bjealous\b|\b(?:cos|cause|because|coz|cuz) he loves? me\b|"
    r"\bnot that bad\b|\bno big deal\b"
)
_PARTNER_WORD = re.compile(r"\b(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance)\b")


def asks_if_controlling_is_normal(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    partner = (
        crime_type == "domestic_abuse"
        or (answers or {}).get("relationship_to_offender") == "partner_or_ex"
        or bool(_PARTNER_WORD.search(words))
    )
    asked = bool(_IS_IT_NORMAL.search(words))
    described = bool(_CONTROLS.search(words)) and bool(_MINIMISES.search(words))
    return partner and (asked or described)


# "whats DA": the result names the "National DA Helpline". A whole message only ("what da hell"
# or "what da police gonna do" is not a question about the word).
_WHAT_IS_DA = re.compile(
    r"(?:what|whats|wat|wot)(?: is| s| does)?(?: the)? da(?: mean| means| stand for| stands for|"
    r" helpline| mean in(?: the)? helpline)?|(?:da|what does da) (?:mean|means|stand for)|"
    r"what do you mean (?:by )?da|what does (?:the )?da (?:mean|stand for)(?: please| sorry)*"
)


def asks_what_da_means(text: str) -> bool:
    """ "whats DA", or a sentence of its own: "whats DA. and i said i dont want to report him" """
    parts = [plain(part) for part in re.split(r"[.!?,;\n]+", text)]
    return any(_WHAT_IS_DA.fullmatch(part) for part in (plain(text), *parts) if part)


# -- round 22, safety (helper A): carrying a knife "for protection", calling 999 when deaf, a
# limb that may be broken, anti-social behaviour tonight, somewhere to sleep tonight, messages
# that keep coming to someone else, telling a parent, images about to be sent.

# "thinkin of carryin a blade now for protection innit. thats allowed if its for protection
# yeah?", "is it legal to carry a knife or not", "the knife ting? ... do i get nicked"
_KNIFE = re.compile(r"\b(?:knife|knifes|knives|blade|blades|shank|machete)\b")
_CARRYING_ONE = re.compile(
    # The knife carried by the one asking: not "do i have to go to court?? they had a knife"
    # (round 30, Ahmed, robbed at knifepoint, was told off for carrying one).
    r"\b(?:(?:can|could|should|do|if|may) i|im|i am|i will|ill|i wanna|i want to|i might|"
    r"thinkin\w*|thinking|is it (?:legal|ok|okay|allowed) to|legal to)\b.{0,40}\b(?:carry\w*|"
    r"have|keep|bring|take)\b(?! to\b)(?: (?:a|my|one|it|the|an)\b)?(?: \w+)? (?:knife|knives|"
    r"blade|weapon|one|it|bat)\b|\bfor (?:my )?(?:own )?protection\b|\bprotect myself\b|"
    r"\bself ?defen[cs]e\b|\b(?:legal|illegal|allowed|against the law)\b|\b(?:get|be|getting) "
    r"(?:nicked|arrested|done)\b|\bknife (?:ting|thing)\b"
)


def asks_about_carrying_a_knife(text: str) -> bool:
    words = plain(text)
    return (
        bool(_KNIFE.search(words))
        and bool(_CARRYING_ONE.search(words))
        and (is_question(text) or bool(re.search(r"\bfor (?:my )?(?:own )?protection\b", words)))
    )


# "i cannot call 999 i am deaf", "how i call 999, i cannot hear", "how i call 999 if deaf"
_DEAF = re.compile(
    r"\b(?:deaf|cant hear|cannot hear|can not hear|hard of hearing|bsl|no hearing|hearing "
    r"impaired)\b"
)
_CALL_999 = re.compile(
    r"\b(?:how (?:do |can |should |to )?(?:i |we )?(?:call|ring|phone|contact|reach|get)|"
    r"(?:cant|cannot|can not|unable to) (?:call|ring|phone|use the phone)|(?:call|ring|phone) "
    r"(?:999|the police|police|an ambulance|ambulance) (?:if|when|as|but))\b"
)


def asks_how_to_call_999_when_deaf(text: str) -> bool:
    words = plain(text)
    return (
        bool(_DEAF.search(words))
        and bool(re.search(r"\b(?:999|emergency|ambulance)\b", words))
        and bool(_CALL_999.search(words))
    )


# "My arm is very swollen, is it broken do you think?", "swollen and blue now near the elbow,
# I think maybe broken", "I am asking about my arm!!"
_LIMB = re.compile(
    r"\b(?:arm|arms|elbow|elbows|wrist|wrists|hand|hands|finger|fingers|thumb|leg|legs|knee|"
    r"knees|ankle|ankles|foot|feet|toe|toes|shoulder|collarbone|collar bone|shin)\b"
)
_MAYBE_BROKEN = re.compile(
    r"\b(?:broken|broke|break|breaks|fractur\w*|cracked|swollen|swelling|swelled|blue|purple|"
    r"black and blue|cant move|cannot move|can not move|cant bend|cannot bend|cant straighten)\b"
)
_UNSURE_OR_NOW = re.compile(r"\b(?:maybe|think|might|could|if|now|still|do you|is it)\b")


def asks_about_a_possible_broken_limb(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    if asks_about_pregnancy_after_harm(text, answers) or mentions_strangling(text):
        return False  # pregnant: the midwife or maternity unit first; strangled: the neck
    limb = _LIMB.search(words)
    if limb is None:
        return False
    if re.search(r"\basking (?:you )?about (?:my|her|his|their) ", words):
        return True
    return bool(_MAYBE_BROKEN.search(words)) and (
        is_question(text) or bool(_UNSURE_OR_NOW.search(words))
    )


# "Last time I ask, should I go hospital": "to" left out, once met with nothing at all (with
# "to", the injury rows below answer it).
_GO_HOSPITAL = re.compile(
    r"\b(?:should|shall|must|do|can) (?:i|we) go (?:hospital|a ?& ?e|a and e)\b"
)


def asks_if_they_should_go_to_hospital(text: str, answers: Mapping[str, Any] | None) -> bool:
    return (
        bool(_GO_HOSPITAL.search(plain(text)))
        and not asks_about_pregnancy_after_harm(text, answers)
        and not mentions_strangling(text)
        and not _NECK.search(plain(text))
    )


# "the council and the police have both ignored me. is there anything that makes them actually
# act? and what do i do at 10pm tonight when they're back"
_TONIGHT = re.compile(
    r"\b(?:tonight|this evening|\d{1,2} ?pm|when (?:they|theyre|they are|they come|they get) "
    r"(?:back|here|round|outside)|when they come back)\b"
)
_NOBODY_ACTS = re.compile(
    r"\b(?:council|police|ignored|ignoring|asb|anti ?social|(?:make|makes|get) them (?:actually "
    r"|to )?(?:act|do something|listen))\b"
)


def asks_what_to_do_about_asb_tonight(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_TONIGHT.search(words))
        and bool(_NOBODY_ACTS.search(words))
        and bool(re.search(r"\bwhat (?:do|can|should|shall) i do\b|\bwhat now\b", words))
    )


# "where i can sleep?", "where i sleep tonight, i can not go back to boss", "tonight i have
# nowhere", "where i go tonight? i have no money": missed by asks_where_to_stay.
_NOWHERE_TONIGHT = re.compile(
    r"\bwhere (?:can |could |do |should |will |shall )?(?:i|we) (?:can |could |will )?"
    r"(?:sleep|stay)\b|\bwhere (?:can |could |do |should |will |shall )?(?:i|we) (?:can |could )?"
    r"go tonight\b|\b(?:i|we) (?:have|got|ve got) nowhere\b(?! (?:else )?to turn)|\bnowhere to "
    r"(?:go|sleep|stay)\b|\b(?:cant|can not|cannot) go back to (?:the )?(?:boss|him|her|them|"
    r"that house|the house|work)\b.{0,30}\btonight\b|\btonight\b.{0,30}\b(?:cant|can not|cannot) "
    r"go back\b"
)


def asks_where_to_sleep_tonight(text: str) -> bool:
    return bool(_NOWHERE_TONIGHT.search(plain(text)))


# "he knows where she lives and he keeps messaging her", "what about the messages hes still
# sending her": messages that keep coming to someone they are writing for.
_KEEPS_CONTACTING_THEM = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|he is|she is|they are) (?:still |keeps? (?:on )?|is still "
    r"|are still |wont stop )(?:messag\w*|text\w*|sending (?:her|him|them)|calling|ringing|"
    r"contacting|dm\w*|emailing)\b(?: (?:her|him|them|my \w+))|\bmessages (?:hes|shes|theyre|"
    r"he is|she is|they are|he keeps|she keeps|they keep) (?:still )?sending (?:her|him|them)\b"
)


def asks_about_messages_still_coming_to_them(
    text: str, answers: Mapping[str, Any] | None, crime_type: str | None
) -> bool:
    if (
        asks_about_sextortion(text, answers, crime_type)
        or asks_about_a_protection_order(text)
        or asks_about_a_breach(text)
        or asks_if_stalking(text)
        or asks_about_witness_intimidation(text)
    ):
        return False
    return bool(_KEEPS_CONTACTING_THEM.search(plain(text)))


# "do i have to tell my mum": once answered with how to hide this chat.
_TELL_A_PARENT = re.compile(
    r"\b(?:do|should|must|shall|would) i (?:have to |need to |got to |gotta |hafta )?tell (?:my )?"
    r"(?:mum|mam|mom|mummy|mother|dad|daddy|father|parents?|family|carers?|foster (?:mum|dad|"
    r"parents?|carers?)|nan|gran|grandma|auntie|step ?(?:mum|dad))\b|\bhave to tell my (?:mum|"
    r"mam|mom|dad|parents?)\b"
)


def asks_if_they_must_tell_a_parent(text: str) -> bool:
    return bool(_TELL_A_PARENT.search(plain(text)))


# "hes gonna send them tonight pls just help", "stop him sending them": nudes about to be sent.
_ABOUT_TO_SEND = re.compile(
    r"\b(?:gonna|going to|gunna|will|wants to|threaten\w* to|about to|said hed|says hell|said he "
    r"would|hell) (?:send|share|post|leak|put up|spread)\b|\bstop (?:him|her|them|it) (?:from )?"
    r"(?:sending|sharing|posting|leaking|spreading)\b"
)
_PICTURES = re.compile(r"\b(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?|them|it)\b")


def fears_images_being_sent(
    text: str, answers: Mapping[str, Any] | None, crime_type: str | None
) -> bool:
    words = plain(text)
    shared = "intimate_images" in ((answers or {}).get("account_details") or ())
    images = (
        shared
        or crime_type == "online_abuse"
        or bool(re.search(r"\b(?:pics|nudes?|pictures|photos|images)\b", words))
    )
    return images and bool(_ABOUT_TO_SEND.search(words)) and bool(_PICTURES.search(words))


# -- round 23 (helper C): what an ISVA is, the Havens without the police, exposure without
# touching, not wasting anyone's time, a knife threat to a shopkeeper, "maybe is my fault", whether
# men can be victims of domestic abuse, and challenging a caution or a police decision.

_ISVA = re.compile(r"\bisvas?\b|\bindependent sexual violence advis[eo]rs?\b")
_ABOUT_ISVA = re.compile(
    r"\b(?:about|info|information|what|whats|get|need|want|find)\b(?: \w+){0,2} "
    r"(?:isvas?|independent sexual violence advis[eo]rs?)\b"
)


def asks_about_an_isva(text: str) -> bool:
    """ "and what about an ISVA? my friend said i could get one", "information about the ISVA
    thing": what an ISVA does, that it is free and needs no report, and who puts you in touch.
    "what is an ISVA" keeps the glossary's meaning of the word."""
    words = plain(text)
    if glossary_answer(text) is not None:
        return False
    return bool(_ISVA.search(words)) and (is_question(text) or bool(_ABOUT_ISVA.search(words)))


_WITHOUT_POLICE = re.compile(
    r"\bwithout (?:the )?(?:police|cops|feds) (?:knowing|finding out|being told|involved|getting "
    r"involved)\b|\bwithout (?:telling|involving|going to|calling|reporting to) (?:the )?"
    r"(?:police|cops|feds)\b|\bno police\b|\bnot (?:the )?police\b"
)
_SOMEWHERE_TO_GO = re.compile(
    r"\b(?:somewhere|anywhere|a place|someplace|a service)(?: \w+){0,3} go\b|\bwhere (?:can|"
    r"could|do|should) (?:she|he|they|we|i|you) (?:\w+ )?go\b"
)
_MORNING_AFTER = re.compile(
    r"\bmorning after pill\b|\bthe pill\b|\bemergency contracepti\w+\b|\bplan b\b"
)
_EVIDENCE_WORD = re.compile(r"\b(?:evidence|forensic\w*|dna)\b")


def asks_about_the_havens_without_police(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "what do we do about evidence and the morning after pill", "is there somewhere she can
    go without the police knowing": the Havens, without the police, after a rape."""
    words = plain(text)
    if re.search(
        r"\b(?:have to|need to|must|got to|gotta) (?:go to|tell|report (?:it )?to|call) (?:the )?"
        r"police\b.{0,40}\bhavens\b|\bhavens\b.{0,40}\b(?:without|before) (?:going to |telling "
        r"|reporting to )?(?:the )?police\b",
        words,
    ):
        # "do i have to go to the police to go to the havens?": no, whatever was read so far.
        return True
    if not _sexual_or_spiked(text, crime_type, answers or {}):
        return False
    evidence_and_pill = bool(_EVIDENCE_WORD.search(words)) and bool(_MORNING_AFTER.search(words))
    unseen = bool(_SOMEWHERE_TO_GO.search(words)) and bool(_WITHOUT_POLICE.search(words))
    return evidence_and_pill or unseen


_NO_TOUCH = re.compile(
    r"\b(?:he|she|they|it) (?:didnt|did not|never|hasnt|has not|wasnt|was not) "
    r"(?:actually |even |physically )?(?:touch|touched|touching) (?:me|us|her|anyone)\b|"
    r"\bno (?:one )?touch(?:ing|ed)?\b|\bwithout (?:touching|contact)\b|\b(?:is|was) (?:it|that) "
    r"(?:even |still |really )?(?:a )?crime\b|\bdoes (?:it|that|this) (?:even |still )?count\b"
)


def says_exposure_without_touching(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "he didnt touch me" after a man exposed himself: exposure is a crime without touching.
    The exposure is in the message, or in the account as the detail "exposure"."""
    words = plain(text)
    details = (answers or {}).get("account_details") or ()
    exposed = bool(account.EXPOSURE.search(words)) or "exposure" in details
    return exposed and bool(_NO_TOUCH.search(words))


_WASTING_TIME = re.compile(
    r"\bwast(?:ing|e|ed) (?:your|ur|you r|ya|yer|their|the police s|polices|police|peoples|"
    r"everyones|anyones|you guys) (?:\w+ )?time\b|\bwast(?:ing|e) of (?:your|ur|their|police|"
    r"everyones) time\b"
)


def fears_wasting_time(text: str) -> bool:
    """ "im sorry i think i'm wasting your time" """
    return bool(_WASTING_TIME.search(plain(text)))


_KNIFE_THREAT = re.compile(r"\b(?:knife|knifes|knives|blade|machete)\b")
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|boy|boys|man|men|guy|guys|lad|lads|someone|somebody|him|kid|kids)\b"
)
_THREAT_OR_FEAR = re.compile(
    r"\b(?:scared|afraid|frightened|fear|worried|threat\w*|(?:will|gonna|going to|wants to) "
    r"(?:cut|stab|kill|hurt|get) (?:me|us|him|her)|come back|comes back|came back|coming back|"
    r"every day)\b"
)


def asks_about_a_knife_threat(text: str) -> bool:
    """ "one boy he show me knife. he say he will cut me. I am scared every day", "what about
    knife boy? he come back every day. what I do": someone else's knife, not one carried."""
    words = plain(text)
    return (
        bool(_KNIFE_THREAT.search(words))
        and bool(_SOMEONE_ELSE.search(words))
        and bool(_THREAT_OR_FEAR.search(words))
        and not asks_about_carrying_a_knife(text)
        and not re.search(r"\b(?:i|me|my son|my daughter) (?:carry|carries|have|had|keep)\b", words)
    )


def asks_if_it_is_their_fault(text: str) -> bool:
    """ "It is my fault?", "I was drunk, maybe is my fault": asked or wondered, not denied."""
    words = plain(text)
    return bool(
        re.search(
            r"\b(?:it is|is it|is|maybe|perhaps|probably|was it|it was) (?:\w+ )?my fault\b", words
        )
    ) and not re.search(r"\b(?:not|never|isnt|wasnt|aint) (?:\w+ )?my fault\b", words)


_MEN_VICTIMS = re.compile(
    r"\b(?:can|could|do|does|are|is it|arent) (?:a )?(?:men|man|males?|guys?|blokes?|boys?)\b"
    r"(?: \w+){0,3} (?:be |get |ever be )?(?:victims?|abused|domestically abused)\b|"
    r"\b(?:male|men) (?:victims?|survivors?) of (?:domestic|da|abuse)\b|\bhappen to (?:men|a man|"
    r"guys|males)\b"
)


def asks_if_men_can_be_victims(text: str) -> bool:
    """ "can men even be victims of domestic abuse?" """
    return is_question(text) and bool(_MEN_VICTIMS.search(plain(text)))


_CHALLENGE = re.compile(
    r"\b(?:complain\w*|challeng\w*|appeal\w*|review\w*|dispute|overturn|unhappy with|not happy "
    r"with|disagree with)\b"
)
_A_DECISION = re.compile(
    r"\b(?:caution|cautions|cautioned|police decision|polices decision|police s decision|"
    r"decision of the police|their decision|the decision|community resolution)\b"
)


def asks_to_challenge_a_police_decision(text: str) -> bool:
    """ "how do I complain about the caution", "can I challenge the police decision" """
    words = plain(text)
    return bool(_CHALLENGE.search(words)) and bool(_A_DECISION.search(words))


# -- round 24, safety answers (helper D2): after a neck was grabbed, that it is a crime and
# that a croaky voice or painful swallowing are warning signs; excuses made for a partner; cash
# handed to rogue traders and what to do when they come back; being believed after drinking or
# spiking, and feeling ill after it; whether the police can act on a threat to share images.

# "he grabbed my neck for like a second": the neck, held or squeezed, said in words of its own.
_NECK_GRABBED = re.compile(
    r"\b(?:grabb?(?:ed|ing|s)?|squeez\w*|held|hold\w*|held onto|put (?:his|her|their) hands? "
    r"(?:on|round|around)|pinned me by|had (?:his|her|their) hands? (?:on|round|around)) "
    r"(?:me by )?(?:my|her|his|their|the) (?:neck|throat)\b"
)
# "its not really a crime", "for like a second", "is that even a crime"
_PLAYS_DOWN = re.compile(
    r"\b(?:(?:its|it s|it is|it was|thats|that s|that is|wasnt|isnt) (?:not )?(?:really |even "
    r"|actually )?(?:a crime|that bad|a big deal|serious|abuse|a thing)|not (?:really |even )?a "
    r"crime|(?:for|like|only|just) (?:like |only |just )?(?:a|one) (?:second|sec|moment|minute)|"
    r"(?:is|was) (?:it|that|this) (?:even |still |really )?(?:a )?crime|does (?:it|that|this) "
    r"(?:even |still |really )?count|didnt mean (?:it|to))\b"
)


def says_neck_grab_is_not_a_crime(text: str) -> bool:
    """ "idk its not really a crime. we were arguing and he grabbed my neck for like a second":
    non-fatal strangulation is a crime on its own and a warning sign; she is told to get her
    neck checked in the same message."""
    words = plain(text)
    neck = mentions_strangling(text) or bool(_NECK_GRABBED.search(words))
    # "does it count if he strangled me and left no marks?" has its own answer.
    return neck and bool(_PLAYS_DOWN.search(words)) and not asks_if_serious_without_marks(text)


# "my voice is a bit croaky", "it hurts to swallow": signs of harm inside the neck.
_VOICE_OR_SWALLOW = re.compile(
    r"\b(?:croaky|croaking|hoarse|husky|raspy|lost my voice|voice (?:is |s )?(?:\w+ )?(?:gone|"
    r"changed|different|weird|funny|strange|croaky|hoarse|rough)|(?:hurts|painful|sore|hard|"
    # Not "its hard to swallow that he did this".
    r"difficult|struggl\w*|pain|trouble) (?:\w+ )?(?:to swallow|when i swallow|swallowing)"
    r"(?! (?:that|this|it|the fact|what|how))|"
    r"swallowing (?:hurts|is (?:\w+ )?(?:painful|sore|hard))|cant swallow)\b"
)
_A_COLD = re.compile(r"\b(?:cold|flu|covid|tonsil\w*|sore throat from|singing|cough)\b")


def mentions_neck_warning_signs(text: str, crime_type: str | None) -> bool:
    """ "my voice is a bit croaky but its fine i dont need a&e", "my voice is still really
    croaky tho and it hurts to swallow a bit. is that normal" after someone hurt them: these
    are the warning signs, so A&E today, said plainly."""
    words = plain(text)
    hurt = crime_type in VIOLENT or crime_type is None or mentions_strangling(text)
    return (
        hurt
        and bool(_VOICE_OR_SWALLOW.search(words))
        and not _A_COLD.search(words)
        # "my neck is really sore and my voice has gone funny" keeps the neck answer (get it
        # checked today, 999 if the voice changes), told with the neck.
        and not re.search(r"\bneck\b", words)
    )


# "hes not a bad person he was just stressed", "i think youre overreacting tbh. he said sorry"
_EXCUSES = re.compile(
    r"\b(?:(?:hes|shes|he is|she is|theyre|they are) not (?:a |really a )?(?:bad|horrible|evil|"
    r"violent|abusive) (?:person|guy|man|woman|bloke|boyfriend|girlfriend|husband|wife|partner)|"
    r"(?:he|she|they) (?:was|were|is|are|s) (?:(?:just|only|really) )?(?:stressed|under "
    r"(?:a lot of )?pressure|having a bad day)|(?:he|she|they) (?:was|were|is|are|s) (?:just|"
    r"only) (?:drunk|angry|tired|upset)|(?:he|she|they) (?:said|says|has said|s said) "
    r"(?:hes |shes |theyre )?sorry|(?:he|she|they) apologi[sz]ed|(?:youre|you are|ur|u r|u are|"
    r"you re) (?:overreacting|over reacting|making (?:it|this) (?:a big deal|sound worse))|"
    r"(?:he|she|they) didnt mean (?:it|to))\b"
)
_MY_PARTNER = re.compile(rf"\b(?:my|our) {account.PARTNER}\b")


def makes_excuses_for_abuse(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Excuses for a partner or family member who hurt them, told or asked: no blame, no
    pressure, and where to talk it through."""
    answers = answers or {}
    close = (
        crime_type == "domestic_abuse"
        or answers.get("relationship_to_offender") in ("partner_or_ex", "family_member")
        or (crime_type in VIOLENT and bool(_MY_PARTNER.search(plain(text))))
    )
    return close and bool(_EXCUSES.search(plain(text)))


_CASH = re.compile(r"\b(?:cash|in notes|withdr[ae]w\w*|took (?:it|the money) out)\b")
_MONEY_BACK_Q = re.compile(
    r"\b(?:get(?:ting)? (?:it|the \w+|his \w+|her \w+|my \w+|their \w+|any of it|the money|"
    r"the cash|(?:my |the )?£[\d ]*\d) back|"
    r"(?:refund\w*|reimburs\w*|paid back|pay (?:him|her|me|them|us) back)|(?:still|even) "
    r"count|does (?:it|that|this) (?:still |even )?(?:count|apply|work))\b"
)


def asks_about_cash_back(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None = None
) -> bool:
    """ "will he get the cash back? he took it out of the bank himself", "it wasnt a bank
    transfer it was CASH. does that still count": the banks' scam refunds cover transfers,
    not cash. Cash told of in the account counts too ("is it likely that I will get my £4,000
    back?" from Mr Okafor, round 37, who paid a rogue builder in cash)."""
    words = plain(text)
    paid_cash = "paid_cash" in ((answers or {}).get("account_details") or ())
    return (
        crime_type in ("fraud", None)
        and (bool(_CASH.search(words)) or (paid_cash and is_question(text)))
        and bool(_MONEY_BACK_Q.search(words))
    )


_TRADERS = re.compile(
    r"\b(?:rogue|cowboy)? ?(?:builders?|traders?|roofers?|workmen|blokes|men|guys|lads|them|they"
    r")\b"
)
_COMING_BACK = re.compile(
    r"\b(?:stop (?:them|him|these \w+|the \w+) (?:coming|from coming|turning|knocking|calling)|"
    r"(?:if|when) (?:they|he) (?:turn up|turns up|come|comes|come back|comes back|knock|knocks|"
    r"show up|shows up)(?: again| back)?|(?:been|come|came|keep coming) back (?:\w+ )?(?:twice|"
    r"again|asking)|trading standards|(?:at|on|knocking on) (?:his|her|my|their|the) (?:door|"
    r"doorstep))\b"
)


def asks_about_rogue_traders_coming_back(text: str, crime_type: str | None) -> bool:
    """ "theyve been back twice already asking for more. can i stop them coming back", "should i
    ring trading standards or the police", "what do i do if they turn up again" (rogue
    builders): the door, 999 while they are there, 101 and Trading Standards."""
    words = plain(text)
    return (
        crime_type == "fraud"
        and (is_question(text) or "trading standards" in words)
        and bool(_COMING_BACK.search(words))
        and bool(_TRADERS.search(words) or "trading standards" in words)
    )


_BELIEVED = re.compile(
    r"\b(?:believe (?:me|her|him|them|us)|believed|take (?:me|her|him|them|it) seriously|taken "
    r"seriously)\b"
)
_DRINKING = re.compile(
    r"\b(?:drunk|drinking|drink|drinks|had a drink|wasted|high|tipsy|spiked|drugged|out of it)\b"
)


def asks_if_believed_after_drinking(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "will they even believe me i was drinking too", "will they believe me if i was drunk
    tho??", and after a spiking, "but would they believe me tho"."""
    words = plain(text)
    if not (is_question(text) or re.search(r"\b(?:will|would|wont|do) they\b", words)):
        return False
    drink = bool(_DRINKING.search(words)) or (
        _sexual_or_spiked(text, crime_type, answers or {}) and crime_type != "sexual_offence"
    )
    # "do i have to go to the police to go to the havens? i dont want to if they wont believe
    # me": the Havens without the police answers it.
    return (
        bool(_BELIEVED.search(words))
        and drink
        and not asks_about_the_havens_without_police(text, crime_type, answers)
    )


_SICK = re.compile(
    r"\b(?:feel(?:ing)? (?:really |so |very |a bit )?(?:sick|ill|unwell|rough|awful|weird|"
    r"strange|dizzy|faint)|(?:been|being|keep being) sick|throwing up|threw up|vomit\w*)\b(?! "
    r"(?:of|about|thinking|when|that|to my stomach))"
)
_SHAKY = re.compile(r"\b(?:shaking|shaky|shakes|trembling|shivering|cant stop shaking)\b")


def feels_ill_after_spiking(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "i just feel sick and i keep shaking" after a spiking: NHS 111 or A&E now, 999 if
    worse. Without the spiking said, both signs together are needed."""
    words = plain(text)
    sick, shaky = bool(_SICK.search(words)), bool(_SHAKY.search(words))
    spiked = (
        bool(re.search(r"\b(?:spiked|spiking|drugged)\b", words))
        or (answers or {}).get("possible_sexual_offence") is True
    )
    if spiked:
        return sick or shaky
    return crime_type in ("assault", "sexual_offence", None) and sick and shaky


_POLICE_STOP = re.compile(
    r"\b(?:police|cops)\b.{0,40}\b(?:stop|do anything|do something|actually do|help|act|before)"
    r"\b|\bwhat (?:do|can|should) i do before\b|\bbefore (?:friday|monday|tuesday|wednesday|"
    r"thursday|saturday|sunday|tomorrow|tonight|the deadline)\b"
)


def asks_if_police_can_stop_image_threat(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "will the police actually stop him posting it before friday?", "please what do i do
    before friday", "do the police actually do anything about this" when someone threatens to
    share an intimate video."""
    answers = answers or {}
    words = plain(text)
    images = "intimate_images" in (answers.get("account_details") or ()) or bool(
        re.search(account.SEXTORTION, words)
    )
    return (
        images
        and not answers.get("for_someone_else")
        and (is_question(text) or bool(re.search(r"\bwhat (?:do|can|should) i do\b", words)))
        and bool(_POLICE_STOP.search(words))
    )


_LICENCE_OR_RECORD = re.compile(
    r"\b(?:(?:my|his|her|their) (?:(?:taxi|cab|private hire|phv|badge|tfl) )?licen[cs]e|the "
    r"licen[cs]e thing|(?:my|his|her|their) criminal record|on (?:my|his|her|their) record|"
    r"(?:a|any) criminal record)\b"
)
_REPORTING_OR_WORK = re.compile(
    r"\b(?:report\w*|police|cops|tfl|uber|bolt|council|work|job|worried|find out|take|lose|"
    r"thing)\b"
)
_LICENCE_TAKEN_IN_CRIME = re.compile(
    r"\b(?:stole|stolen|took|nicked|lost|snatched|robbed)\b.{0,30}\blicen[cs]e\b"
)


def asks_if_reporting_affects_their_licence(
    text: str, answers: Mapping[str, Any] | None = None
) -> bool:
    """ "if i report it will TfL take my licence off me?", "if I go to police does it go on my
    record", "will uber or the council find out if i report it" (a private hire driver
    attacked by passengers)."""
    words = plain(text)
    found = _LICENCE_OR_RECORD.search(words)
    if (
        found
        and not (answers or {}).get("for_someone_else")
        and re.search(r"\b(?:his|her|their)\b", found.group(0))
    ):
        found = None  # "will he lose his licence": the driver who did it
    licence = bool(found) or bool(
        re.search(r"\b(?:uber|tfl|the council|my work|my boss)\b.{0,20}\bfind out\b", words)
        and re.search(r"\breport", words)
    )
    return (
        licence
        and bool(_REPORTING_OR_WORK.search(words))
        and not _LICENCE_TAKEN_IN_CRIME.search(words)
        # "will he get a criminal record if i report it": his record, not theirs.
        and not re.search(
            r"\b(?:he|she|they|him|them) (?:\w+ )?(?:get|gets|have|has|end up "
            r"with) (?:a |any )?(?:criminal )?record\b",
            words,
        )
        and not re.search(
            r"\b(?:his|her|their|the) record\b.{0,20}\b(?:previous|before|"
            r"history)\b|\brecord(?:ed|ing)? (?:it|him|her|them|the)\b",
            words,
        )
    )


# -- round 24, answers (helper D1)

# Hate because of gender identity or sexuality (Sam, 17, non-binary, beaten up at college): not
# the answer about religion or race that names Tell MAMA.
_LGBT_WORDS = re.compile(
    r"\b(?:non ?binary|enby|nb|trans|transgender|gender identity|gender fluid|genderfluid|gay|"
    r"lesbian|bi|bisexual|queer|lgbt\w*|homophob\w*|transphob\w*|biphob\w*|tranny)\b"
)
_LGBT_HATE_CUE = re.compile(
    r"\b(?:because|cos|coz|cuz|for being|called me|hate crime|homophob\w*|transphob\w*|"
    r"biphob\w*)\b"
)
_LGBT_STRANDS = frozenset({"sexual_orientation", "transgender_identity"})
_RACE_OR_RELIGION = re.compile(
    r"\b(?:racis\w*|race|racial\w*|black|asian|hijab|headscarf|niqab|turban|kippah|muslim|"
    r"islam\w*|jewish|sikh|religion|religious)\b"
)


def asks_if_police_take_lgbt_hate_seriously(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "do police even care about stuff like this?" after transphobic abuse, "will they take it
    seriously cos im non binary": hate for gender identity or sexuality, not race or religion."""
    answers = answers or {}
    words = plain(text)
    strands = set(answers.get("hate_strand") or ())
    # Said in the message, the words need a sign of hate: "my gay friend was hit by her
    # girlfriend" is not this answer.
    hate_cue = answers.get("hate_motivated") is True or bool(_LGBT_HATE_CUE.search(words))
    lgbt = bool(strands & _LGBT_STRANDS) or (bool(_LGBT_WORDS.search(words)) and hate_cue)
    other = bool(strands - _LGBT_STRANDS) or bool(_RACE_OR_RELIGION.search(words))
    return (
        lgbt
        and not other
        and bool(re.search(r"\b(?:police|cops|they|them|officers)\b", words))
        and bool(_TAKE_SERIOUSLY.search(words))
        and (
            is_question(text)
            or bool(re.search(r"\b(?:if|whether) (?:the )?(?:police|they)\b", words))
        )
    )


# "do i have to tell my parents, they dont really get the non binary thing", "i dont want to
# tell my mum": their choice, said of parents (not "your mum") and of not wanting to.
_TELL_PARENTS = re.compile(
    r"\b(?:do|should|must|shall|would|will) i (?:have to |need to |got to |gotta |hafta )?tell "
    r"(?:my )?(?:parents|dad|daddy|father|family|carers?|foster (?:parents?|carers?)|step ?dad|"
    r"folks)\b|\bhave to tell my (?:parents|dad|family)\b"
)
_WONT_TELL_PARENTS = re.compile(
    r"\b(?:dont|do not|dont really|wont|will not|not gonna|not going to|cant|can not|cannot) "
    r"(?:want to |wanna )?tell (?:my )?(?:mum|mam|mom|mother|dad|father|parents|family|folks)\b|"
    r"\b(?:they|my parents|my mum|my mom|my dad|my family|parents) (?:dont|do not|wont|will not|"
    r"doesnt|does not|wouldnt|would not) (?:really |even )?(?:get|understand|accept|know about)\b"
)


_IMAGES_OR_MONEY = re.compile(
    r"\b(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?|send\w*|post\w*|share\w*|pay|"
    r"paid|money)\b"
)


def asks_about_telling_parents(text: str) -> bool:
    words = plain(text)
    if _TELL_PARENTS.search(words):
        return True
    # "i cant tell my parents, he says hell send the pics": the sextortion answers.
    parent = re.search(r"\b(?:mum|mam|mom|mother|dad|father|parents?|family|folks)\b", words)
    return (
        bool(_WONT_TELL_PARENTS.search(words))
        and bool(parent)
        and not _IMAGES_OR_MONEY.search(words)
    )


_WHAT_IS_GALOP = re.compile(
    r"\b(?:what|whats|wat|wot|who)\b(?: \w+){0,3} galop\b|\bgalop (?:is|means)\b"
)


def asks_what_galop_is_and_about_parents(text: str) -> bool:
    """ "whats galop. and do i have to tell my parents", "i dont want to tell my mum. and you
    didnt say what galop is": both answered in one message (the privacy reading, which sees
    "tell my mum", asks without the directory)."""
    return bool(_WHAT_IS_GALOP.search(plain(text))) and asks_about_telling_parents(text)


# Parole (Winston, whose son's killer is up for parole): the Probation Service's Victim Liaison
# Officer, not the police's updates on an arrest or the court's hearings.
_PAROLE = re.compile(
    r"\bparole (?:board|hearing|hearings|review|process|panel|meeting|decision)\b|\b(?:considered|"
    r"up|eligible|going|applied|applying|apply) for parole\b|\bthe parole\b|\bvictim contact "
    r"scheme\b"
)
_VICTIM_LIAISON = re.compile(r"\b(?:victim liaison officer|victim liaison|vlo)\b")
_SEND_STATEMENT = re.compile(
    r"\b(?:who|where) (?:(?:do|should|can|would|shall|will|must) )?(?:i|we) (?:send|give|hand|"
    r"submit|post|email|pass)\b|\bwho (?:gets|receives|reads) (?:it|my statement|the "
    r"statement)\b"
)
_AFTER_SENTENCE = re.compile(
    r"\b(?:parole|prison|convicted|sentenced|jailed|jail|locked up|probation|victim contact "
    r"scheme)\b"
)


def asks_who_takes_the_parole_statement(text: str) -> bool:
    """ "Who do I send it to?" (a statement for the Parole Board), "Who is my victim liaison
    officer?" """
    words = plain(text)
    if _VICTIM_LIAISON.search(words) and "family liaison" not in words:
        return is_question(text) or bool(re.search(r"\b(?:who|how|contact|find|name)\b", words))
    return (
        bool(_SEND_STATEMENT.search(words))
        and bool(re.search(r"\b(?:statement|vps|it)\b", words))
        and bool(_AFTER_SENTENCE.search(words))
        and "bail" not in words
    )


def asks_who_takes_a_statement(text: str) -> bool:
    """ "Who do I send my statement to?" with nothing to say whether a trial or a parole hearing
    is meant: both ways, the police officer in the case or the Victim Liaison Officer."""
    words = plain(text)
    return (
        bool(_SEND_STATEMENT.search(words))
        and bool(re.search(r"\b(?:statement|vps)\b", words))
        and "witness statement" not in words
    )


_WANTS_TO_KNOW = re.compile(
    r"\b(?:want|like|need|would like) (?:to know|help|information|info|advice|to understand)\b|"
    r"\b(?:help|information|info|advice|about) (?:with |on |about )?the parole\b|\bwhat (?:i|we) "
    r"can do\b|\b(?:dont|do not) want (?:him|her|them|that man|that woman|the man|the offender|"
    r"the killer)(?: \w+){0,2} released\b"
)


def asks_about_parole(text: str) -> bool:
    """ "I would like to know what I can do about the parole hearing", "I need help with the
    parole hearing, not a trial", "Information. About the parole process." """
    words = plain(text)
    return bool(_PAROLE.search(words)) and (is_question(text) or bool(_WANTS_TO_KNOW.search(words)))


# Locks after a burglary (Gloria, 76, who thinks the burglar has her key): who can change them.
_KEY_RISK = re.compile(
    r"\b(?:he|they|she|the man|the burglar|burglar|someone|somebody) (?:\w+ ){0,2}(?:have|has|"
    r"had|got|took|taken|stole|kept) (?:a |my |the |our |his |her |their )?(?:spare |front door |"
    r"house )?keys?\b"
)
# The locks asked about again, or what stands in the way (the cost, the insurer already told):
# a plain "can u help me get my locks changed" keeps the answer on securing the home.
_LOCKS_AGAIN = re.compile(
    r"\b(?:about|re|regarding) (?:my|the) locks\b|\bthe locks as i (?:said|asked|mentioned)\b|"
    r"\b(?:afford|cost|costs|pay for|free|cheap\w*|call ?out|insurer|insurance)\b"
)
_LOCKED_OUT = re.compile(
    r"\b(?:he|she|they|landlord|him|her|them) (?:has |have |had |just )?(?:changed|replaced) "
    r"(?:the|my|our) locks\b|\block\w* (?:me|us|her|him|them) out\b"
)


def key_may_be_held(text: str) -> bool:
    """ "as I believe the man may have a key", or the locks asked about again after that; not
    "They broke the back door, the lock is broken": new locks, nobody said to have a key."""
    words = plain(text)
    if _KEY_RISK.search(words) or re.search(r"\bkeys?\b", words):
        return True
    return bool(_LOCKS_AGAIN.search(words)) and not re.search(
        r"\b(?:broke|broken|smashed|forced|kicked in|damaged)\b", words
    )


_ASKS_FOR_LOCKS = re.compile(
    r"\b(?:help|anyone|anybody|someone|somebody|who can|need|want|afford|question|asked|said "
    r"anything|tell me|answered|as i said)\b"
)


def asks_about_changing_locks(text: str, crime_type: str | None) -> bool:
    """ "whether anyone can help me to have my locks changed, as I believe the man may have a
    key", "you have not answered my question about the locks. I have contacted my insurer
    already": the locks, not the insurance paragraph again."""
    if crime_type == "domestic_abuse":
        return False
    words = plain(text)
    if _LOCKED_OUT.search(words):
        return False  # "the landlord changed the locks": being put out, not new locks
    asked = is_question(text) or bool(_ASKS_FOR_LOCKS.search(words))
    locks = bool(re.search(r"\b(?:locks?|locksmith\w*)\b", words))
    return asked and locks and bool(_KEY_RISK.search(words) or _LOCKS_AGAIN.search(words))


# Being told to leave a rented room (Kasia, whose landlord touched her and told her to go in a
# week): housing help, not the Havens.
_TOLD_TO_LEAVE = re.compile(
    r"\b(?:throw\w*|threw|kick\w*|chuck\w*) (?:me|us|her|him|them) out\b|\bevict\w*\b|"
    r"\b(?:told|tells|telling|say|says|said|saying|wants|want) (?:me |us |her |him |them )?"
    r"(?:that )?(?:i |we |she |he |they )?(?:must|have to|has to|need to|got to|to) (?:leave|"
    r"move out|get out)\b|\blose (?:my|our|her|his|their) (?:home|room|flat|house)\b|"
    r"\block\w* (?:me|us|her|him|them) out\b|\b(?:changed|changing) the locks\b"
)
_A_HOME = re.compile(
    r"\b(?:house|housing|home|room|flat|live|living|landlord|tenancy|rent\w*|homeless\w*)\b"
)
_CLOSE_OFFENDER = re.compile(
    r"\b(?:husband|wife|boyfriend|girlfriend|partner|ex|parents?|mum|mom|dad|mother|father|"
    r"stepdad|stepmum|in laws?|family)\b"
)


def asks_for_help_when_told_to_leave(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "I need help with house, where I live if he throw me out" from a tenant or lodger; not
    a partner or family throwing them out, and not somewhere to sleep tonight."""
    answers = answers or {}
    words = plain(text)
    close = answers.get("relationship_to_offender") in ("partner_or_ex", "family_member")
    if close or answers.get("crime_type") == "domestic_abuse":
        return False
    if re.search(r"\btonight\b", words) or (
        _CLOSE_OFFENDER.search(words) and "landlord" not in words
    ):
        return False
    asked = is_question(text) or bool(re.search(r"\b(?:help|advice|need)\b", words))
    return asked and bool(_TOLD_TO_LEAVE.search(words)) and bool(_A_HOME.search(words))


# Support for a victim's family (Dwayne, whose 14-year-old brother was stabbed): "is there
# anything for my mum tho, shes not sleeping" is about an adult, not children's services.
_FOR_A_RELATIVE = re.compile(
    r"\b(?:anything|something|support|help|services?|whats there|what is there|nothing|"
    r"counsell\w*|someone to talk to)\b(?: \w+){0,3} for (?:(?:me|us|myself) and )?(?:my |our "
    r"|the )?(?:mum|mom|mam|mother|dad|father|parents|nan|gran|grandma|grandad|grandparents|"
    r"family|families|wife|husband|partner|auntie|aunt|uncle)\b|\b(?:can|could|does|do|will) "
    r"(?:my |our )?(?:mum|mom|mam|mother|dad|father|parents|nan|gran|family|wife|husband) (?:get|"
    r"have) (?:any |some )?(?:support|help|counselling|someone to talk to)\b"
)
# A relative who is the one harmed is the victim: the reporting and safeguarding answers.
_RELATIVE_HARMED = re.compile(
    r"\b(?:hits?|hitting|beats?|beating|abus\w*|hurts?|hurting|attacked|assaulted|raped|"
    r"threaten\w*|controls?|controlling)\b (?:her|him|them|my mum|my dad)\b"
)


def asks_about_support_for_family(text: str) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\b(?:is there|whats there|any)\b", words))
    return (
        asked
        and bool(_FOR_A_RELATIVE.search(words))
        and not _RELATIVE_HARMED.search(words)
        and not _CRISIS.search(words)
    )


# -- round 25 (the lead): a threat to come back or to find them --------------------------------

_THREAT_TO_RETURN = re.compile(
    r"\b(?:they|he|she|the boys|the man|the men)(?: said| say| says| told me| texted| messaged)?"
    r"(?: that)?(?: if i (?:tell|report|snitch)\w*(?: \w+){0,3})?,? (?:they|he|she)?(?:ll| will|d| "
    r"would|re going to| are going to|s going to| is going to| gonna)? ?(?:come back|find me|get "
    r"me|be back)\b|\b(?:scared|afraid|worried|frightened) (?:they|he|she)(?:ll| will| would)? "
    r"(?:come back|find me)\b|\bif (?:they|he|she|the boys|the men) (?:come|comes) back\b|"
    r"\b(?:they|he|she) (?:know|knows) my (?:school|work|address|house|shop)\b"
)


def tells_of_a_threat_to_return(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "no first time. but they say they come back" (a shopkeeper robbed at knifepoint), "he
    said hed find me" (a man punched on a bus), "they said if i tell anyone they'll find me.
    they know my school": not a partner or relative, whose coming back is the danger screen's."""
    answers = answers or {}
    if answers.get("crime_type") == "domestic_abuse" or answers.get("relationship_to_offender") in (
        "partner_or_ex",
        "family_member",
    ):
        return False
    return bool(_THREAT_TO_RETURN.search(plain(text)))


# -- round 25, answers (helper F)

_DA_OR_PARTNER = ("partner_or_ex", "family_member")


def _close(crime_type: str | None, answers: Mapping[str, Any]) -> bool:
    return crime_type == "domestic_abuse" or answers.get("relationship_to_offender") in (
        _DA_OR_PARTNER
    )


# Mark, 45, hit by his wife, two children: "if i leave will i lose them?", "will i lose my kids
# if i leave her", "if i leave will social services take them or will she get them".
_LEAVING = re.compile(
    r"\b(?:if|when|once|should|do|can|could) (?:i|we) (?:\w+ )?(?:leave|left|move out|walk out|"
    r"split up|separate)\b|\bleav(?:e|ing) (?:her|him|them|my (?:wife|husband|partner|"
    r"girlfriend|boyfriend))\b"
)
_CHILDREN = re.compile(r"\b(?:kids?|children|child|son|sons|daughters?|boys|girls|baby)\b")
_LOSE_CHILDREN = re.compile(
    r"\b(?:lose|losing|keep|see|get|gets|take|takes|taking|have|has) (?:my |the |our |both )?"
    r"(?:kids|children|child|son|sons|daughters?|boys|girls|baby|them)\b|\bcustody\b|"
    r"\bwho (?:gets|will get|would get|keeps) (?:the )?(?:kids|children)\b"
)
_ASKS_WHAT_HAPPENS = re.compile(
    r"\b(?:will|would|could|can|do|does|might) (?:i|she|he|they|social services|the social|"
    r"the court)\b"
)

_KIDS_NOT_ANSWERED = re.compile(
    r"\b(?:didnt|did not|never|not|havent|have not|wont|will not) (?:\w+ )?answer\w* (?:me )?"
    r"about (?:my|the|our) (?:kids|children|boys|girls|son|daughter)\b"
)


def fears_losing_children_if_they_leave(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "if i leave will i lose them?" (his children, after abuse by his wife)."""
    answers = answers or {}
    words = plain(text)
    if _close(crime_type, answers) and _KIDS_NOT_ANSWERED.search(words):
        return True  # "no. you didnt answer about my kids": that question, asked again
    children = bool(_CHILDREN.search(words)) or _close(crime_type, answers)
    return (
        children
        and bool(_LEAVING.search(words))
        and bool(_LOSE_CHILDREN.search(words))
        and (bool(_ASKS_WHAT_HAPPENS.search(words)) or "?" in text)
    )


# "hi. not sure this is for me. is this for men too", "men dont get abused right?"
_FOR_MEN_TOO = re.compile(
    r"\b(?:is|are) (?:this|it|you|this service|this chat) (?:\w+ )?(?:for|4) (?:men|males?|"
    r"guys|blokes)\b|\b(?:men|guys|blokes|males) (?:dont|do not|cant|can not|cannot|never|"
    r"wont) (?:really |even |ever )?(?:get|be) (?:abused|victims?|beaten)\b"
)


def asks_if_this_is_for_men(text: str) -> bool:
    return is_question(text) and bool(_FOR_MEN_TOO.search(plain(text)))


# Joyce, 83, a courier fraud (she gave her card and PIN to a "courier"), noted as a theft: "WILL
# I GET MY MONEY BACK", "WHAT ABOUT MY MONEY", "THE BANK MONEY": the bank, not the CICA.
_MONEY_BACK_ASKED = re.compile(
    r"\b(?:money back|get (?:it|it all|my money|the money|my savings) back|refund\w*|what about "
    r"(?:my|the) money|(?:the|my) bank money)\b"
)
_ASKED_AGAIN = re.compile(
    r"\b(?:what i asked|i asked|you didnt (?:say|answer|tell)|you did not (?:say|answer|tell)|"
    r"nobody (?:has )?(?:told|said)|what about)\b"
)


def asks_for_money_back_after_card_taken(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    taken = "card_taken" in (answers.get("account_details") or ()) or bool(
        _CARD_MISUSED.search(words)
    )
    asked = is_question(text) or bool(_ASKED_AGAIN.search(words))
    return (
        taken
        and not _close(crime_type, answers)
        and asked
        and bool(_MONEY_BACK_ASKED.search(words))
    )


# "SHOULD I TELL MY SON. HE WILL BE CROSS WITH ME", "YOU DIDNT SAY ABOUT MY SON", after a scam.
_TELL_FAMILY = re.compile(
    r"\b(?:should|do|shall|must|can|would|will) i (?:have to |need to |really )?tell (?:my )?"
    r"(?:son|sons|daughters?|children|kids|family|grandson|granddaughter|grandchildren|niece|"
    r"nephew|husband|wife|sister|brother)\b|\b(?:say|said|answer\w*|tell me|told me) (?:anything "
    r")?about my (?:son|daughter|family|children|kids)\b"
)
_SCAM_WORDS = re.compile(r"\b(?:scam\w*|fraud\w*|con|conned|courier|bank|card|pin|money)\b")


def asks_whether_to_tell_family_after_a_scam(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    scam = (
        crime_type in ("fraud", "theft")
        or "card_taken" in (answers.get("account_details") or ())
        or bool(_SCAM_WORDS.search(words))
    )
    return (
        scam
        and answers.get("under_18") is not True
        and not _close(crime_type, answers)
        and bool(_TELL_FAMILY.search(words))
    )


# Chloe, 19, whose ex makes new accounts to message her and came to her halls: "am i
# overreacting?", "sorry i know im being dramatic".
_OVERREACTING = re.compile(
    r"\b(?:am i|im|i am|maybe im|i think im|i know im|i keep thinking im|i feel like im|i might "
    r"be|i may be|i was|im just) (?:just |being |a bit |so |too |really )*(?:overreact\w*|"
    r"dramatic|paranoid)\b|\b(?:am i|im|i am|i keep|i was|maybe im|i think im|i keep thinking "
    r"im) making (?:a |such a |too )?(?:big deal|fuss|much of)\b"
)
_AN_EX_CONTACTING = re.compile(
    r"\bmy ex\b.{0,60}\b(?:messag\w*|texts?|texting|calls?|calling|accounts?|turn\w* up|came to|"
    r"comes to|follow\w*|outside)\b"
)


def asks_if_overreacting_about_contact(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "am i overreacting?" about someone who keeps contacting them and turns up: not about a
    partner's violence (the excuses answer), a hate crime, or "youre overreacting" said to us."""
    words = plain(text)
    contact = crime_type == "stalking_harassment" or (
        crime_type is None and bool(_AN_EX_CONTACTING.search(words))
    )
    if _N5_GROPED.search(words) and not re.search(  # -- round 44, helper N5 --
        r"\b(?:contact\w*|messag\w*|texts?|texting|calls?|calling|accounts?|turn\w* up)\b",
        n5_without_denied(text),
    ):
        return False  # "is someone grabbing ur bum... or am i being dramatic": not contact
    return contact and not re.search(r"\bhate\b", words) and bool(_OVERREACTING.search(words))


# "why does it say domestic abuse hes just my ex. we only went out for like 6 months", "is it
# like domestic abuse if hes an ex?": an ex-partner counts, however long they were together.
_DOMESTIC = re.compile(r"\bdomestic (?:abuse|violence)\b|\bdomestic\b")
_AN_EX = re.compile(
    r"\b(?:ex|ex boyfriend|ex girlfriend|ex partner|exboyfriend|exgirlfriend|former partner)\b|"
    r"\bonly (?:went out|dated|been together|saw each other)\b"
)
# Asking why it was called domestic abuse, or whether it counts: not asking for a service.
_COUNTS_AS = re.compile(
    r"\bwhy (?:does it say|did you say|did you put|you put|you said|is it|domestic|it says|does "
    r"it)\b|\b(?:is|does) (?:it|this|that) (?:\w+ )?(?:like |really |even |still |count as |"
    r"classed as |counted as )?domestic\b|\b(?:count|counts|counted|class\w*) as domestic\b"
)
_VIOLENCE = re.compile(r"\b(?:hit|hits|hitting|punch\w*|beat\w*|kick\w*|slap\w*|strangl\w*)\b")


def asks_if_an_ex_counts_as_domestic_abuse(text: str) -> bool:
    words = plain(text)
    return (
        bool(_DOMESTIC.search(words))
        and bool(_AN_EX.search(words))
        and bool(_COUNTS_AS.search(words))
        and not _VIOLENCE.search(words)
    )


# Precious, in forced domestic work, offered Acas: "what is acas", "I ASKED WHAT IS ACAS".
_WHAT_IS_ACAS = re.compile(
    r"\b(?:what|whats|wat|wot|who|whos)\b(?: \w+){0,3} acas\b|\bacas (?:is|means)\b|^acas$"
)


def asks_what_acas_is(text: str) -> bool:
    return bool(_WHAT_IS_ACAS.search(plain(text)))


# A 15-year-old offered CEOP: "is ceop the police?? i dont want police. will they tell my
# parents", "but CEOP. is it police. will they tell my mum".
def asks_about_ceop(text: str) -> bool:
    words = plain(text)
    return bool(re.search(r"\bceop\b", words)) and bool(
        re.search(
            r"\b(?:is (?:ceop|it|that|they) (?:the |a |like )?(?:police|cops)|(?:what|whats|who|"
            r"whos) (?:is )?ceop|(?:will|would|do|does) (?:they|ceop|it) tell)\b",
            words,
        )
    )


# Dan, 24, glassed in a pub, 12 stitches in his face: "will the scar go", "is there anything
# for the scar", "what about the scar tho, i asked".
_SCAR = re.compile(r"\bscar(?:s|red|ring)?\b")


def asks_about_a_scar(text: str) -> bool:
    words = plain(text)
    if re.search(r"\bhow much\b", words):
        return False  # "how much do cica pay for face scars": the compensation rules
    return bool(_SCAR.search(words)) and (
        is_question(text)
        or bool(_ASKED_AGAIN.search(words))
        or bool(re.search(r"\b(?:health|anything for|help with)\b", words))
    )


# "will people think i started it? cos i didnt", "the guys at the pub saying i started it, will
# the police believe them"
_STARTED_IT = re.compile(r"\bi (?:started|start|began|kicked off) it\b")
_BELIEVE_THEM = re.compile(
    r"\b(?:will|would|do|does|did|are|is) (?:the )?(?:police|they|cops|officers|people|everyone)"
    r"(?: \w+){0,2} (?:believe|side with|think) (?:them|him|her|their|his|that|i)\b"
)


def asks_if_police_will_believe_the_other_side(text: str) -> bool:
    words = plain(text)
    return bool(_BELIEVE_THEM.search(words)) and (
        bool(_STARTED_IT.search(words))
        or bool(re.search(r"\bbelieve (?:them|him|her|their|his)\b", words))
    )


# Tariq, 29, whose call back from the police took 3 days: "why did they take 3 days", "still
# want an answer about the police delay".
_POLICE_DELAY = re.compile(
    r"\bpolice delay\b|\b(?:took|take|taking|takes) (?:\d+|two|three|four|five|six|a few|"
    r"several|so long|ages|forever|a week|weeks)(?: days?| weeks?)?\b(?: \w+){0,4} (?:to )?"
    r"(?:call|ring|phone|contact|get back|reply|respond)\w*|\b(?:why did|why do|why does) "
    r"(?:it|they|the police|police) take (?:\d+|two|three|four|five|so long|ages)\b"
)
_OTHER_BODY = re.compile(
    r"\b(?:bank|council|landlord|insurer|insurance|school|hospital|gp|doctor|employer|cica)\b"
)


def asks_why_police_were_slow(text: str) -> bool:
    words = plain(text)
    upset = bool(
        re.search(r"\b(?:not ok|not okay|a joke|not good enough|ridiculous|unacceptable)\b", words)
    )
    return (
        bool(_POLICE_DELAY.search(words))
        and not _OTHER_BODY.search(words)
        and (is_question(text) or upset or bool(re.search(r"\ban answer\b", words)))
    )


# "thats a lot. so they broke the rules taking 3 days? how do i complain": Right 12.
_HOW_TO_COMPLAIN = re.compile(
    r"\b(?:how|where|who) (?:do|can|should|would|could) (?:i|we) (?:make a |put in a )?"
    r"complain\w*\b|\bhow (?:to|do you) complain\b|\bcan (?:i|we) complain\b|\b(?:make|making|"
    r"put in|file) a complaint\b"
)
_NOT_THE_CODE = re.compile(
    r"\b(?:council|landlord|neighbours?|school|hospital|nhs|gp|doctor|bank|shop|pub|club|bar|"
    r"employer|boss|work|venue|bouncers?|tfl|bus|uber|company|"
    # -- round 33, helper U2 --: "if a lender refuses to accept it was fraud ... who do I
    # complain to?" (Olivia): lenders answer to the Financial Ombudsman, not the Code's.
    r"lenders?|loans?|creditors?|debt collect\w*|building society|insurers?|firm|business)\b"
)


def asks_how_to_complain(text: str) -> bool:
    words = plain(text)
    return (
        bool(_HOW_TO_COMPLAIN.search(words))
        and not _NOT_THE_CODE.search(words)
        and not wants_to_complain_about_a_venue(text)
        and not asks_to_challenge_a_police_decision(text)
    )


_HELP_WITHOUT_WORSE = re.compile(
    r"\bwhat (?:can|should|do) i (?:actually )?do\b.{0,40}\b(?:making it worse|make it worse|"
    r"for (?:her|him|them))\b|\bwithout making (?:it|things) worse\b|\b(?:can|could|should) i "
    r"(?:ring|call|phone|contact) (?:that |the |a )?(?:helpline|refuge|them)(?: myself)?(?: for "
    r"(?:her|him|them))\b|\bso what do i (?:actually )?do\b"
)


def asks_how_to_help_someone_abused(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "what can i do without making it worse for her", "can i ring that helpline myself for
    her?", from someone writing about a sister, friend or mother abused by a partner."""
    answers = answers or {}
    abuse = answers.get("crime_type") == "domestic_abuse" or answers.get(
        "relationship_to_offender"
    ) in ("partner_or_ex", "family_member")
    words = plain(text)
    return (
        bool(answers.get("for_someone_else"))
        and abuse
        and bool(_HELP_WITHOUT_WORSE.search(words))
        # The answer speaks of her and him, as the helpline is for women.
        and bool(re.search(r"\b(?:she|shes|her|sister|mum|mother|daughter|niece|aunt)\b", words))
    )


# -- round 27, helper B --------------------------------------------------------------------------

# Doreen, 79, after a distraction burglary: "should i tell my daughter? she'll say i shouldnt
# have let them in", "what do i do about my daughter should i tell her". Not a scam, so not the
# bank answer; not for under-18s (the answers about telling a parent) nor a partner or relative
# who did it.
_ABOUT_A_RELATIVE_TELL = re.compile(
    r"\babout my (?:son|sons|daughters?|children|kids|family|grandson|granddaughter|"
    r"grandchildren|husband|wife|sister|brother)\b.{0,30}\b(?:should|do|shall|must) i (?:have to "
    r"|need to |really )?tell (?:him|her|them)\b"
)


def asks_whether_to_tell_family(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    return (
        answers.get("under_18") is not True
        and not _close(crime_type, answers)
        and bool(_TELL_FAMILY.search(words) or _ABOUT_A_RELATIVE_TELL.search(words))
    )


# "what about the police do i still ring them. and what do i do about my daughter should i tell
# her": both, in one answer.
_POLICE_TOO = re.compile(
    r"\bwhat about (?:the )?police\b|\b(?:do|should|shall|must|can) i (?:still |also )?(?:ring|"
    r"call|phone|contact|report (?:it )?to) (?:them|the police|police|101)\b"
)


def also_asks_about_the_police(text: str) -> bool:
    return asks_whether_to_tell_police(text) or bool(_POLICE_TOO.search(plain(text)))


# Zainab, 28, whose husband threatens to take the children to Pakistan: "can he really take
# them? they are british born", "i asked if he can take my children abroad without me" (they got
# British Transport Police, then social services taking a baby).
_CHILDREN_ABROAD = re.compile(
    r"\b(?:take|taking|took|send|sending) (?:the |my |our |both )?(?:kids|children|child|son|"
    r"daughter|boys|girls|baby|them)\b(?: \w+){0,3} (?:abroad|out of (?:the )?(?:country|uk)|"
    r"overseas|to (?:pakistan|bangladesh|india|somalia|nigeria|turkey|iraq|iran|afghanistan|"
    r"morocco|egypt|algeria|ghana|sri lanka|poland|romania|albania))\b"
)
_CAN_HE_TAKE_THEM = re.compile(
    r"\b(?:can|could|will|would|is) (?:he|she) (?:really |just |actually |allowed to )?take "
    r"(?:them|the kids|my kids|the children|my children|our kids|our children)\b"
    r"(?! to (?:school|nursery|the|my|his|her|work|a |see|hospital|bed|football|swimming))"
)
_THREATENS = re.compile(
    r"\b(?:he|she|they) (?:said|says|threatened|threatens|will|would|wants to|is going to|gonna)\b"
)


def asks_about_children_taken_abroad(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    asked = is_question(text) or bool(
        re.search(r"\b(?:i asked|can he|could he|is he allowed|scared|afraid|worried)\b", words)
    )
    if _CHILDREN_ABROAD.search(words) and (asked or _THREATENS.search(words)):
        return True
    return asked and (
        _close(crime_type, answers)
        and (crime_type == "domestic_abuse" or bool(_CHILDREN.search(words)))
        and bool(_CAN_HE_TAKE_THEM.search(words))
        and not _LEAVING.search(words)
    )


# Dave, 40, hit by his wife, two children: "ok. what do i do friday tho if she kicks off again. i
# cant hit her back" (got "I can't answer"), "is this even domestic abuse if its a bloke?".
# -- round 37 -- "if he push me again what I do? I cannot speak on phone when he there"
# (Fatima, 45, Urdu her first language): the hurt named and "what I do" without its "do".
_HURTS_ME = (
    r"hits? me|does it|attacks? me|push(?:es)? me|hurts? me|beats? me|kicks? me|punch(?:es)? me|"
    r"strangles? me|chokes? me|slaps? me|grabs? me"
)
_IF_IT_STARTS_AGAIN = re.compile(
    r"\bwhat (?:(?:do|should|shall|can) )?i do\b.{0,30}\b(?:if|when|next time) (?:she|he|they) "
    r"(?:kicks? off|starts?|gets? (?:violent|drunk|angry|nasty)|" + _HURTS_ME + r"|"
    r"goes for me|loses it|flips)\b|\b(?:if|when|next time) (?:she|he) (?:kicks? off|starts?|"
    r"gets? (?:violent|drunk|angry|nasty)|" + _HURTS_ME + r"|goes for me|loses it)(?: again)?\b"
    r".{0,30}\bwhat (?:(?:do|should|shall|can) )?i do\b"
)
_COUNTS_FOR_A_MAN = re.compile(
    r"\b(?:domestic abuse|domestic violence|abuse|a victim|count|counts)\b.{0,25}\bif (?:its|it "
    r"is|im|i am|youre|you are|the victim is) a (?:bloke|man|guy|lad|male|fella)\b"
)


def asks_what_to_do_if_abuse_starts_again(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    return _close(crime_type, answers or {}) and bool(_IF_IT_STARTS_AGAIN.search(plain(text)))


def asks_if_abuse_counts_for_a_man(text: str) -> bool:
    return is_question(text) and bool(_COUNTS_FOR_A_MAN.search(plain(text)))


# Agnieszka, 33, hit by her partner, two children: "i am scared if police come they take my
# children? we are polish, i not have settled status paper", "please the children, will they
# take them?": the police or social services taking the children, not the partner being taken.
_THEY_TAKE_CHILDREN = re.compile(
    r"\b(?:they|police|the police|social services|the social|social workers?|childrens services)"
    r"(?: will| would| might| could| can| gonna| are going to)? (?:take|taking|remove|removing) "
    r"(?:away )?(?:my|the|our) (?:baby|babies|kids?|children|child)\b"
    r"(?! to (?:school|nursery|the|my|his|her|work|a |see|hospital))|"
    r"\b(?:will|would|do|does|can|could|might) (?:they|the police|police|social services|the "
    r"social) (?:take|remove) (?:them|my (?:kids|children|baby)|the (?:kids|children|baby))"
    r"(?: away)?\b(?! to )"
)
_CHILD_WORD = re.compile(r"\b(?:kids?|children|child|baby|babies|my boys|my girls)\b")
_STATUS = re.compile(
    r"\b(?:settled status|pre ?settled|status papers?|my papers|no papers|immigration|home office|"
    r"deport\w*|visa|leave to remain|not have (?:the )?papers?|dont have (?:the )?papers?)\b"
)


def fears_children_taken(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return (
        bool(_CHILD_WORD.search(words))
        and bool(_THEY_TAKE_CHILDREN.search(words))
        and (is_question(text) or bool(re.search(r"\b(?:scared|afraid|worried|fear)\b", words)))
    )


def mentions_immigration_status(text: str) -> bool:
    return bool(_STATUS.search(plain(text)) or _IMMIGRATION.search(plain(text)))


# Patricia, whose son was killed: "is there anything for Marcus and Kayla, they lost their
# brother", "my 13 year old won't go to school since his brother died. who helps children?"
_BEREAVED_CHILDREN = re.compile(
    r"\b(?:children|kids|child|teenagers?|teens?|young people|grandchildren|siblings|\d+ ?(?:year|"
    r"yr) olds?)\b|\b(?:lost|losing|miss|misses|missing) (?:their|his|her) (?:brother|sister)\b|"
    r"\bsince (?:their|his|her) (?:brother|sister) (?:died|was killed|was murdered|passed)\b"
)
_HELP_FOR = re.compile(
    r"\b(?:who (?:helps?|supports?|can help|can support)|anything for|any help for|help for|"
    r"support for|someone for|(?:is|are) there (?:anything|any help|any support|support|"
    r"someone|people)|what (?:help|support))\b"
)


def asks_help_for_bereaved_children(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    words = plain(text)
    bereaved = (
        answers.get("crime_type") == "homicide"
        or answers.get("bereaved") is True
        or bool(re.search(r"\b(?:brother|sister) (?:died|was killed|was murdered)\b", words))
    )
    return (
        bereaved
        and (is_question(text) or bool(re.search(r"\bis there\b", words)))
        and bool(_BEREAVED_CHILDREN.search(words))
        and bool(_HELP_FOR.search(words))
    )


# Gerald, 68, after a romance scam, the scammer still messaging: "Should I reply to her? I
# havent told her I know".
_REPLY_TO_THEM = re.compile(
    r"\b(?:should|do|shall|can|must|could) i (?:still |just |even )?(?:reply|respond|answer|"
    r"message|text|write|talk|speak|keep talking)(?: back)?(?: to)? (?:her|him|them)\b|"
    r"\bi (?:havent|have not|didnt|did not|not) (?:told|tell|let) (?:her|him|them) (?:i know|know)"
    r"\b"
)
_SCAM_CONTEXT = re.compile(
    r"\b(?:scam\w*|fraud\w*|con|conned|romance|online|money|gift ?cards?|western union)\b"
)


def asks_whether_to_reply_to_scammer(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    scam = crime_type == "fraud" or (crime_type is None and bool(_SCAM_CONTEXT.search(words)))
    return (
        scam
        and not _close(crime_type, answers)
        and is_question(text)
        and bool(_REPLY_TO_THEM.search(words))
    )


# "you havent said about the gift cards, will I get that back too", "you still havent answered
# about the gift cards and western union".
_GIFT_CARDS_OR_TRANSFER = re.compile(
    r"\b(?:gift ?cards?|gift vouchers?|vouchers?|itunes|steam cards?|google play cards?|amazon "
    r"cards?|western union|moneygram|money ?gram|money transfer|wire transfer)\b"
)
_ASKED_OR_AGAIN = re.compile(
    r"\b(?:you (?:still )?(?:havent|have not|didnt|did not|never) (?:\w+ )?(?:said|answered|"
    r"told|mentioned|say|answer|tell)|what about|back too|get (?:that|it|them|those|the money) "
    r"back|refund\w*|money back)\b"
)


def asks_about_gift_cards_or_transfers(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    scam = crime_type in ("fraud", "theft", None)
    return (
        scam
        and bool(_GIFT_CARDS_OR_TRANSFER.search(words))
        and (is_question(text) or bool(_ASKED_OR_AGAIN.search(words)))
        and bool(_ASKED_OR_AGAIN.search(words) or re.search(r"\bwhat (?:do|can|should) i\b", words))
    )


# Amira, 19, whose parents are arranging her marriage abroad: "is it even a crime if its my
# parents", "what if they just take me to the airport. can anyone stop it?", "but what about the
# airport. if they force me on the plane what do i do", "can someone help me get my passport back
# without my dad knowing".
def _forced_marriage_told(text: str, answers: Mapping[str, Any] | None) -> bool:
    told = "forced_marriage" in ((answers or {}).get("account_details") or ())
    return (
        told
        or mentions_forced_marriage(text)
        or bool(re.search(r"\b(?:marry|marriage|married|wedding)\b", plain(text)))
    )


def asks_if_forced_marriage_is_a_crime(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    # An account and the question together ("my brother took my passport and they want me to
    # marry my cousin. is that a crime") have utter_forced_marriage, which says so too.
    return (
        _forced_marriage_told(text, answers)
        and not mentions_forced_marriage(text)
        and is_question(text)
        and bool(_ASKS_IF_CRIME.search(words))
        and not re.search(r"\b(?:hit|hits|slap\w*|beat\w*|punch\w*|kick\w*)\b", words)
    )


# The airport or the plane itself; "if they take me to pakistan. can someone stop it" is the
# protection order answer.
_AIRPORT = re.compile(r"\b(?:airport|plane|flight|flights|fly|flying|check ?in|boarding)\b")


def asks_about_being_taken_abroad(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(
        re.search(r"\bwhat (?:do|can|should) i do\b|\bwhat about\b|\bwhat if\b", words)
    )
    return _forced_marriage_told(text, answers) and asked and bool(_AIRPORT.search(words))


def asks_for_passport_back_in_secret(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return (
        _forced_marriage_told(text, answers)
        and is_question(text)
        and bool(re.search(r"\bpassport\b", words))
        and bool(
            re.search(
                r"\b(?:passport back|get (?:my |the )?passport|without (?:my |them |him |her )?"
                r"(?:dad|mum|father|mother|parents|family|brother|them|him|her)? ?know\w*)\b",
                words,
            )
        )
    )


# Imran, whose shop window was smashed three times: "the insurance WONT pay i said. is there
# compensation from government or court", "i already reported it 3 times!! and still nothing
# about compensation". Not the insurance answer again.
_INSURANCE_WONT_PAY = re.compile(
    r"\binsur\w* (?:\w+ )?(?:wont|will not|doesnt|does not|didnt|did not|wouldnt|cant|refused to|"
    r"refuses to) (?:pay|cover)\b|\binsur\w* (?:said no|refused|rejected|turned (?:it|me) down)\b|"
    r"\b(?:not|no longer|wasnt|isnt) (?:insured|covered)\b|\bno insurance\b"
)
_COMPENSATION_WORDS = re.compile(
    r"\b(?:compensation|compo|money back|get (?:my |the )?money|pay (?:me|for (?:it|the|my))|"
    r"make them pay)\b"
)
_COMPENSATION_FROM_COURT = re.compile(
    r"\b(?:court|government|the state|council|the police|from them|make them pay|the boys|"
    r"the kids|their parents)\b"
)
_COMPENSATION_AGAIN = re.compile(
    r"\b(?:(?:still )?nothing about (?:the )?compensation|i asked about (?:the )?compensation|"
    r"(?:you )?(?:didnt|havent|did not|have not|never) (?:\w+ )?(?:said|answer\w*|told|"
    r"mention\w*) (?:me )?about (?:the )?compensation|what about (?:the |my )?compensation)\b"
)


def says_insurance_will_not_pay(text: str) -> bool:
    return bool(_INSURANCE_WONT_PAY.search(plain(text)))


def asks_compensation_from_offender(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Damage, a burglary or a theft, not an injury (CICA) nor a scam (the bank): the court's
    compensation order."""
    words = plain(text)
    property_crime = crime_type in ("criminal_damage", "burglary", "theft", "arson") or (
        crime_type is None
        and bool(re.search(r"\b(?:window|door|car|shop|damage\w*|smashed|broken|stolen)\b", words))
    )
    if not property_crime or mentions_injury(text):
        return False
    if _COMPENSATION_AGAIN.search(words):
        return True
    compensation = bool(_COMPENSATION_WORDS.search(words))
    asked = is_question(text)
    return compensation and (
        (says_insurance_will_not_pay(text) and (asked or "compensation" in words))
        or (asked and "compensation" in words and bool(_COMPENSATION_FROM_COURT.search(words)))
    )


# -- round 27, helper A ---------------------------------------------------------------------------

# Widening what to do if they come: "and what i do tonight, he know kasia, maybe he come here",
# "but tonight? if he come to kasia door what i do" (a woman hiding at a friend's). ("what do i do
# friday tho if she kicks off again", from a man hit by his wife, is helper B's answer, above.)
_AFRAID_NOW_R27 = re.compile(
    r"\bwhat (?:do |should |shall |can )?i (?:do|doing)\b.{0,30}\bif (?:he|she|they) (?:kicks? "
    r"off|starts? (?:again|on me)|gets? (?:violent|nasty|drunk)|does it again|hits? me again|"
    r"comes?|turns? up|shows? up)\b|\bwhat (?:do |should |shall |can )?i do (?:tonight|"
    r"tomorrow|tmrw|this weekend)\b|\bif (?:he|she|they) "
    r"(?:come|comes|turn up|turns up|show up|shows up|come back|comes back|kick off|kicks off)\b"
    r".{0,40}"
    r"\bwhat (?:do |should |shall |can )?i do\b|\bwhat if (?:he|she|they) (?:kicks? off|starts? "
    r"again|does it again|hits? me again)\b"
)
_NOT_SAFETY_NOW = re.compile(r"\b(?:court|hearing|trial|statement|sentenc\w*|appeal|parole)\b")

# Ngozi, a nurse whose patient's son said he would kill her and waits at the car park: "is
# saying hell kill me even a crime", "what can police actually do, hes not done anything yet
# just stood there".
_KILL_THREAT = re.compile(
    r"\b(?:threat\w* to kill|death threats?|(?:said|saying|says|say|told me|telling me|"
    r"threaten\w*|texted|messaged)(?: that)? (?:he|she|they|hed|shed|theyd|hell|shell|theyll)"
    r"(?:d| would| will|ll| is going to| was going to| gonna| going to)? ?(?:kill|murder) (?:me|"
    r"us|my \w+)|(?:hed|shed|theyd|hell|shell|theyll|he would|she would|they would) (?:kill|"
    r"murder) (?:me|us))\b"
)
_KILLING_A_CRIME_Q = re.compile(
    r"\b(?:a crime|illegal|an offence|a criminal offence|against the law|arrest\w*|do "
    r"anything)\b"
)
_WHAT_CAN_POLICE_DO = re.compile(
    r"\bwhat (?:can|could|will|would|do|does) (?:the )?(?:police|cops|feds|officers)(?: actually| "
    r"really| even)? (?:do|doing)\b|\bcan (?:the )?(?:police|cops|feds) (?:actually |really |even "
    r")?do (?:anything|something|owt|much)\b|\bis there anything (?:the )?(?:police|cops) can do\b"
)
_STALKING_SIGNS = re.compile(
    r"\b(?:stood there|standing there|waiting (?:for me|outside|at|in)|waits (?:for me|outside)|"
    r"follow\w*|turn\w* up|keeps? (?:coming|turning up|watching)|watching me|outside (?:my|the) "
    r"(?:house|flat|work|hospital|school|car park))\b"
)


def asks_if_a_threat_to_kill_is_a_crime(text: str) -> bool:
    """ "is saying hell kill me even a crime": yes (Offences Against the Person Act 1861, s.16)."""
    words = plain(text)
    return (
        bool(_KILL_THREAT.search(words))
        and bool(_KILLING_A_CRIME_Q.search(words) or _WHAT_CAN_POLICE_DO.search(words))
        and (is_question(text) or bool(re.search(r"\beven a crime\b", words)))
    )


def asks_what_police_can_do_about_stalking(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "what can police actually do, hes not done anything yet just stood there": about someone
    who keeps turning up (an ex too), not a partner's abuse (the domestic abuse answers) or a
    crime weeks ago (what the police do after a while)."""
    words = plain(text)
    if (
        crime_type == "domestic_abuse"
        or not _WHAT_CAN_POLICE_DO.search(words)
        or re.search(r"\bits been\b|\b(?:days|weeks|months|years) ago\b", words)
    ):
        return False
    if n4_asks_what_police_do_about_asb(text, crime_type, answers):
        return False  # -- round 44, helper N4 -- neighbours' boys, no threat or stalking told
    return crime_type == "stalking_harassment" or (
        crime_type is None and bool(_STALKING_SIGNS.search(words))
    )


# Doreen, 79, after a distraction burglary, the men gone: "should i ring 999 or the other number.
# I dont want to waste their time", "what about the police do i still ring them".
_OVER_CRIMES = frozenset({"burglary", "theft", "criminal_damage", "robbery"})
_WHICH_NUMBER = re.compile(
    r"\b999 or (?:the other (?:number|one)|101|the non ?emergency\w*|the normal (?:number|one)|"
    r"the police number|not)\b|\b101 or 999\b|\b(?:which|what) number (?:do|should|shall) i "
    r"(?:ring|call|phone|use|report)\b|\b(?:do|should|shall|can|must) i still (?:ring|call|"
    r"phone|report|tell|contact) (?:them|the police|police|101)\b|\bwhat about (?:the )?"
    r"police\b.{0,25}\b(?:ring|call|phone|report|tell)\b"
)
_STILL_THERE = re.compile(
    r"\b(?:outside|here now|still here|still there|at the door|in the house|theyre back|came back|"
    r"coming back|right now|watching|turns? up|turning up|again)\b|\b(?:years?|months?|ago|too "
    r"late|after \d+)\b"
)


def asks_which_number_after_a_crime(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        crime_type in _OVER_CRIMES
        and bool(_WHICH_NUMBER.search(words))
        and not _STILL_THERE.search(words)
    )


# Tyrone, 16, robbed of his phone: "find my iphone says its in a flat in brixton rn. can i just go
# get it".
_TRACKED = re.compile(
    r"\b(?:find my|findmy|find my iphone|find my device|tracker|tracking|tracked|airtag|the app "
    r"says|location|says (?:its|it is|theyre) (?:in|at)|shows (?:its|it is|it) (?:in|at))\b"
)
_GO_GET_IT = re.compile(
    r"\b(?:can|could|should|shall|do|cant) (?:i|we) (?:just )?(?:go (?:and |n )?(?:get|grab|take|"
    r"fetch|collect)|go (?:round|over|there)|get|grab|take|fetch|collect) (?:it|them|my \w+)?"
    r"(?: back)?\b|\bgo (?:round|over|there) (?:and|to|n) (?:get|grab|take|fetch)\b"
)


def asks_to_fetch_tracked_property(text: str) -> bool:
    words = plain(text)
    # -- round 31, helper S1 --: never for a tracker someone hid on them ("should I take the
    # airtag off or leave it??"), which is stalking, not stolen property.
    if _TRACKER.search(words) and _PUT_ON_THEM.search(words) and not _OWN_TRACKER.search(words):
        return False
    # -- round 37 -- "will they actually track my phone tho? find my iphone shows its in
    # tottenham" (Olu, robbed at knifepoint): whether the police will go for it.
    police_will = re.search(
        r"\b(?:will|would|do|does|can|could) (?:they|the police|police|the feds|feds|cops) "
        r"(?:actually |even |ever )?(?:track|trace|find|go|get|look|check|use)\w*\b",
        words,
    )
    return (
        bool(_TRACKED.search(words))
        and bool(_GO_GET_IT.search(words) or police_will)
        and is_question(text)
    )


# Sam, spat on on a bus: "will they get the bus cctv before it's deleted", "what about the cctv
# though?".
_CCTV = re.compile(r"\b(?:cctv|footage|camera footage|the cameras?)\b")
_CCTV_ASKED = re.compile(
    r"\b(?:will|would|can|could|do|does|did) (?:they|the police|police|someone|anyone|you) "
    r"(?:\w+ )?(?:get|check|look|see|find|keep|save|ask)\w*\b|\bwhat about\b|\bbefore (?:its|it "
    r"is|it gets|they) (?:deleted|gone|wiped|recorded over)\b|\bhow long\b"
)


def asks_about_cctv(text: str) -> bool:
    words = plain(text)
    if re.search(
        r"\b(?:my own|my doorbell|my ring|i have|ive got|i got) (?:\w+ )?(?:cctv|"
        r"footage|camera)\b",
        words,
    ):
        return False  # their own camera: keeping it is the evidence answer
    return bool(_CCTV.search(words)) and bool(_CCTV_ASKED.search(words))


# Sam, whose attack was filmed and posted: "the comments have worked out which cafe I work at, im
# scared someone turns up".
_WORKPLACE_FOUND = re.compile(
    r"\b(?:worked out|found out|finding out|figured out|figuring out|posted|posting|shared|"
    r"sharing|know|knows|put up|leaked|saying|tagged|tagging)\b.{0,20}\b(?:where i (?:work|live)|"
    r"which (?:cafe|shop|restaurant|bar|pub|office|school|college|uni|gym|salon|store|hospital|"
    r"ward) i (?:work|go)|my (?:work ?place|work|address|home address|job|shop|cafe))\b"
)
_ONLINE = re.compile(
    r"\b(?:comments?|online|tiktok|instagram|insta|twitter|facebook|snapchat|reddit|youtube|"
    r"posts?|posted|video|viral|accounts?|followers)\b"
)


def fears_workplace_exposed_online(text: str) -> bool:
    words = n5_without_denied(text)  # -- round 44, helper N5 --
    return bool(_WORKPLACE_FOUND.search(words)) and bool(_ONLINE.search(words))


# Ngozi: "do i have to tell my manager? i dont want a fuss on the ward".
_TELL_WORK = re.compile(
    r"\b(?:do|should|must|shall|would|will) i (?:have to |need to |really |also )?(?:tell|inform|"
    r"let) (?:my |the )?(?:manager|boss|work|employer|hr|supervisor|line manager|ward manager|"
    r"matron|team leader|work ?place|security)\b|\b(?:does|do|will|would|must) (?:my )?(?:work|"
    r"employer|boss|manager|job) (?:have to |need to )?(?:know|be told|find out)\b"
)


def asks_whether_to_tell_work(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """About someone who threatens them or turns up, not a scam or a burglary (time off work).
    With nothing known yet (the privacy check asks with the text alone) it is answered too."""
    words = plain(text)
    threatened = crime_type in (None, "stalking_harassment", "domestic_abuse") or bool(
        _KILL_THREAT.search(words) or _STALKING_SIGNS.search(words)
    )
    return threatened and bool(_TELL_WORK.search(words))


# -- round 29, main --
_GOING_TO_A_REFUGE = re.compile(
    r"\b(?:refuges?|will (?:they|a refuge) (?:take|have|let) (?:me|us)|take (?:me|us) (?:in )?"
    r"(?:tonight|tonite|2night|with (?:the|my) (?:baby|kids|children))|what (?:do|should|shall) i "
    r"(?:bring|take|pack))\b"
)


def asks_about_going_to_a_refuge(text: str, crime_type: str | None) -> bool:
    """Asking about a refuge after abuse at home or an attack, with money or cards in passing."""
    return (
        crime_type in (None, "domestic_abuse", "assault")
        and is_question(text)
        and bool(_GOING_TO_A_REFUGE.search(plain(text)))
        and not g2_home_is_safe(text, crime_type)  # -- round 40, helper G2 -- (Mei)
    )


def harassed_at_work_asks_about_tomorrow(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "what I do tomorrow?" from someone sexually harassed by the person they work for."""
    answers = answers or {}
    at_work = "domestic_worker" in (answers.get("account_details") or ()) or bool(
        re.search(r"\b(?:job|work|boss|employer|house i clean|patrao|patrão)\b", plain(text))
    )
    return (
        crime_type == "sexual_offence"
        and answers.get("relationship_to_offender") in (None, "someone_known")
        and at_work
        and is_question(text)
        and bool(
            re.search(
                r"\bwhat (?:i|do i|should i|can i) do (?:tomorrow|tmrw|at work|when i go back)\b|"
                r"\bwhat (?:i|do i|should i) do\b.{0,40}\b(?:job|work|tomorrow)\b",
                plain(text),
            )
        )
    )


def asks_if_the_havens_tell_police(text: str) -> bool:
    """ "if i call the havens do they tell the police?", "wait yes they tell the police??" after
    an answer about the Havens (round 30, Chloe)."""
    words = plain(text)
    return bool(
        re.search(r"\b(?:havens?|sarc)\b", words)
        and re.search(
            r"\b(?:do|will|would|does|must|have to) (?:they|the havens?|it|she|he) (?:have to )?"
            r"(?:tell|call|ring|report (?:it )?to|inform|contact|involve) (?:the )?(?:police|cops|"
            r"feds)\b|\bthey tell the police\b|"
            # "will the havens make me talk to police?", "do i HAVE to talk to police at the
            # havens", "can i go to havens without police" (round 38, Sophie, told what the
            # Havens are three times).
            r"\b(?:make|force|get) (?:me|her|him|them|you) (?:to )?(?:talk|speak|go|report) "
            r"(?:to )?(?:the )?(?:police|cops|feds)\b|\b(?:have to|need to|must) (?:talk|speak) "
            r"to (?:the )?(?:police|cops|feds)\b|\bwithout (?:the )?(?:police|cops|feds)\b",
            words,
        )
    )


_BODY_RELEASED = re.compile(
    r"\brelease (?:his|her|their|my \w+s|the) body\b|\b(?:his|her|their|the) body (?:back|"
    r"released|be released)\b|\brelease (?:him|her) (?:so|for|to)\b.{0,40}\bfuneral\b|"
    r"\b(?:when|how long) (?:can|will|until|till) (?:we|i) (?:have|hold|plan|book|arrange) (?:the|"
    r"his|her|a) funeral\b|\bsecond post ?mortem\b|"
    # "why do they still have his body", "why cant we have the funeral yet" (round 40, Kemi, 17).
    r"\b(?:still|they) (?:have|got|keeping|keep) (?:his|her|their|the) body\b|\bwhy (?:cant|can t|"
    r"cannot|can not|wont|will not) (?:we|i|they|you) (?:have|hold|do|plan|book) (?:the|his|her|"
    r"their|a) funeral\b"
)


def asks_when_the_body_is_released(text: str) -> bool:
    """ "when will they release his body", "...when they will release him so we can have the
    funeral" (round 30, Pauline): the coroner, not the offender's release from prison."""
    return bool(_BODY_RELEASED.search(plain(text)))


def asks_if_action_fraud_is_police(text: str) -> bool:
    """ "Action Fraud. Is that the police or not?" (round 29, Hugh)."""
    words = plain(text)
    return bool(
        re.search(r"\b(?:action fraud|report fraud)\b", words)
        and re.search(
            r"\b(?:is (?:that|it|this|they|action fraud|report fraud)|are they) (?:the "
            r"|a )?(?:police|cops|met)\b|\b(?:does|do) (?:that|it|this) count as "
            r"(?:reporting|telling) (?:to )?(?:the )?police\b",
            words,
        )
    )


_PUPILS = re.compile(
    r"\b(?:school|my year|my class|year \d{1,2}|yr \d{1,2}|classmates?|pupils?|kids at school|"
    r"ppl (?:from|in) my (?:year|class|school)|people (?:from|in) my (?:year|class|school))\b"
)
_WHAT_DO_I_DO_TOMORROW = re.compile(
    r"\bwhat (?:do|should|shall|can) i do (?:tmrw|tomorrow|2moro|2morrow|tmr|on monday|at school|"
    r"after school)|\b(?:what abt|what about) (?:tmrw|tomorrow|2moro|tmr|school|monday)\b|"
    r"\b(?:gonna|going to|said (?:they|theyd|they d)(?: will)?|will) (?:jump|batter|beat|get|"
    r"hurt) me\b"
)


def child_threatened_by_pupils(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """A child threatened by other pupils asking what to do: tell an adult and the school today,
    not the 999-if-he-comes line written for an abuser at the door."""
    answers = answers or {}
    age = answers.get("age")
    child = answers.get("under_18") is True or (age is not None and float(age) < 18)
    return (
        child
        and crime_type not in ("human_trafficking", "domestic_abuse", "sexual_offence")
        and is_question(text)
        and bool(_WHAT_DO_I_DO_TOMORROW.search(plain(text)))
        and (
            bool(_PUPILS.search(plain(text)))
            or answers.get("relationship_to_offender") == "someone_known"
            or crime_type in ("online_abuse", "stalking_harassment")
        )
    )


_HOW_MANY_LEFT = re.compile(
    r"\bhow (?:many|much) (?:more|longer|left|else)(?: (?:questions?|of (?:these|this|them)|to "
    r"go|is there|are there|left|do you|have you|will (?:this|it)|is this|bits?)\b|\s*$)|"
    r"\bhow many (?:\w+ )?questions\b|"
    r"\b(?:is|are) there (?:many|much|lots|loads|a lot) (?:more|left)\b|\bhow long (?:is|will) "
    r"(?:this|it) (?:take|go on|last)\b|\bnearly (?:done|finished|there)\b"
)


def questions_left(text: str, answers: Mapping[str, Any] | None) -> str | None:
    """ "how many more questions?" while the questions are going: how many are left, about."""
    if answers is None or not _HOW_MANY_LEFT.search(plain(text)):
        return None
    skipped = list(answers.get("skipped_slots") or ())
    wanted = questions_to_ask(answers, skipped)
    left = [slot for slot in wanted if answers.get(slot) is None and slot != "consent"]
    if not left or answers.get("results_shown"):
        return None
    if len(left) == 1:
        return "Just one more question, then I'll show you who can help. You can say 'skip'."
    return (
        f"About {len(left)} more short questions, then I'll show you who can help. You can "
        "say 'skip' to any of them."
    )


# -- round 29, helper J -----------------------------------------------------------------------
# A witness threatened by the accused's family (is this for witnesses, ring the officer, a screen,
# someone at court); a bereaved mother whose daughter's killer is up for parole (the Victim
# Contact Scheme, keeping him away, help for the rest of the family); a minicab driver's lost
# days and fare; a shopkeeper and his staff; a man raped by a man; reporting hate without the
# police and the bus CCTV; a trans woman misgendered by police and her cut lip.

_FOR_WITNESSES = re.compile(
    r"\bfor (?:a |the )?witness(?:es)?\b|\b(?:im|i am|i was) (?:only |just )?(?:a|the) "
    r"witness\b|\bnot the (?:one|person|victim) (?:who|that) (?:got|was)\b|\bi (?:only|just) "
    r"(?:saw|witnessed) (?:it|what happened)\b"
)


def asks_if_this_is_for_witnesses(text: str) -> bool:
    """ "is this even for witnesses? im not the one who got stabbed" """
    return is_question(text) and bool(_FOR_WITNESSES.search(plain(text)))


def _is_a_witness(text: str, answers: Mapping[str, Any] | None) -> bool:
    return "witness" in ((answers or {}).get("account_details") or ()) or bool(
        re.search(r"\bwitness\w*\b|\bgave (?:a|my|the) statement\b", plain(text))
    )


def witness_asks_whether_to_tell_police(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "should I tell the police about what they said about my kids? will it make it worse?"
    from a witness the accused's family are watching."""
    words = plain(text)
    return (
        _is_a_witness(text, answers)
        and is_question(text)
        and bool(
            re.search(
                r"\b(?:should|shall|do|can|must) i (?:tell|report|ring|call|inform|let) (?:it to )?"
                r"(?:the )?(?:police|officer|detective|them know)\b",
                words,
            )
        )
        and bool(
            re.search(
                r"\b(?:said|say|says|saying|threat\w*|kids|children|school|outside|staring|"
                r"watching|follow\w*|hanging around)\b",
                words,
            )
        )
    )


_RING_THE_OFFICER = re.compile(
    r"\b(?:ring|call|phone|contact|text|email|message) (?:her|him|them|the officer|the "
    r"detective|the dc|the oic|my officer)\b[^.?]{0,30}\b(?:instead of|rather than|not) "
    r"(?:ringing |calling )?101\b|\b(?:officers?|detectives?|dcs?|pcs?) (?:card|number|details|"
    r"mobile)\b[^?]*\b(?:ring|call|phone|contact)\b"
)


def asks_whether_to_ring_the_officer(text: str) -> bool:
    """ "I have the officers card ... should I ring her instead of 101?" """
    return is_question(text) and bool(_RING_THE_OFFICER.search(plain(text)))


def witness_asks_for_a_screen(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "can I do it behind a screen or something so the family cant see me" from a witness."""
    words = plain(text)
    screen = re.search(
        r"\b(?:behind a screen|screens?|video link|live link|from another room|(?:cant|cannot|"
        r"wont|not) see me|without (?:them|him|her|the family) seeing me)\b",
        words,
    )
    their_family = re.search(r"\b(?:the|his|her|their) (?:family|friends|mates)\b", words)
    return (
        is_question(text) and bool(screen) and (_is_a_witness(text, answers) or bool(their_family))
    )


def asks_for_someone_at_court(text: str) -> bool:
    """ "is there someone who can come to court with me?" """
    return is_question(text) and bool(
        re.search(
            r"\b(?:someone|somebody|anyone|anybody|a person|a supporter)\b[^?.]{0,30}\b(?:come|go|"
            r"be there|sit) (?:to|into|in|at|with me (?:to|at|in)) (?:the )?(?:court|courtroom|"
            r"trial)\b|\b(?:come|go) (?:to|into) (?:the )?court(?:room)? with me\b",
            plain(text),
        )
    )


def asks_what_the_victim_contact_scheme_is(text: str) -> bool:
    """ "what is the victim contact scheme and how do I get in it", "sorry what is the victim
    contact scheme, I dont think I was ever in it" """
    words = plain(text)
    if not re.search(r"\bvictim contact (?:scheme|service)\b|\bvcs\b", words):
        return False
    return bool(
        re.search(
            r"\b(?:what|whats|wat)(?: is| s)? (?:the |this |a )?(?:victim contact|vcs)\b|"
            r"\bhow (?:do|can|would|could) (?:i|we) (?:get|join|sign up|be put|go)\b|"
            r"\b(?:never|wasnt|werent|not) (?:been |ever )?(?:in|on|part of) it\b|"
            r"\bwas (?:i|we) ever (?:in|on) it\b",
            words,
        )
    )


_KEEP_AWAY = re.compile(
    r"\b(?:stop|keep|ban|bar) (?:him|her|them)(?: from)? (?:coming |going |being )?(?:anywhere )?"
    r"(?:near|away)\b|\b(?:him|her|them) (?:being )?kept away\b|\bkept away from (?:us|me|our|my)\b"
    r"|\b(?:come|comes|coming|go|goes) (?:anywhere )?near (?:us|me|our (?:road|street|house|home)|"
    r"my (?:road|street|house|home))\b"
)
_RELEASE = re.compile(
    r"\b(?:parole|released?|release|licence|license|prison|gets out|comes out|let out|out of "
    r"(?:prison|jail))\b"
)


def asks_to_keep_the_offender_away(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "can they stop him coming anywhere near us ... his mum lives two roads away" from a
    mother whose daughter's killer is up for parole; "I just want an answer about him being kept
    away from us" """
    words = plain(text)
    released = (
        bool(_RELEASE.search(words))
        or crime_type == "homicide"
        or ((answers or {}).get("bereaved") is True)
    )
    asked = is_question(text) or bool(re.search(r"\b(?:want|need) (?:to know|an answer)\b", words))
    return released and asked and bool(_KEEP_AWAY.search(words))


_OUR_RELATIVES = re.compile(
    r"\b(?:can|could|do|does|will|would) (?:my|our) (?:husband|wife|partner|son|sons|daughter|"
    r"daughters|kids|children|family|mum|mother|dad|father|brother|brothers|sister|sisters|"
    r"parents|grandchildren)\b(?: and (?:my |our )?\w+)?(?: \w+)? (?:get|have|use|see|go to|talk "
    r"to|call|ring)\b"
)


def asks_if_bereaved_relatives_get_help(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "can my husband and my son get help too from these?" after a killing."""
    bereaved = crime_type == "homicide" or (answers or {}).get("bereaved") is True
    return bereaved and is_question(text) and bool(_OUR_RELATIVES.search(plain(text)))


def asks_who_pays_for_lost_days(text: str) -> bool:
    """ "what about the days off, police statement, court. who pays me", "can I get my fare back
    and money for days not working?" (not damage: utter_damage_who_pays)"""
    words = plain(text)
    lost = re.search(
        r"\b(?:days? off|time off|days? (?:not working|off work|missed|lost)|(?:lost|losing|miss"
        r"\w*) (?:days|work|earnings|wages|income|shifts)|fare back|(?:my|the) (?:unpaid )?fare|"
        r"loss of earnings|lost earnings)\b",
        words,
    )
    damage = re.search(r"\b(?:damage\w*|window|door|repair\w*|broken|smashed)\b", words)
    return is_question(text) and bool(lost) and not damage


_BUSINESS = re.compile(
    r"\b(?:shop|shops|business|businesses|stock|store|staff|company|premises|takings|till)\b"
)


def asks_if_a_business_counts(text: str) -> bool:
    """ "do I even count as a victim or is that just my staff", "do I count as a victim, its my
    shop, my stock" """
    words = plain(text)
    return bool(_BUSINESS.search(words)) and bool(
        re.search(
            r"\b(?:do|does|would|will|am|is|are) (?:i|me|we|the shop|my shop|the business|my "
            r"business|a business|a shop|the company) (?:even |still |actually |really )?(?:count|"
            r"counts|qualify|qualifies|class|classed|considered)(?: as)? (?:a |the )?victims?\b",
            words,
        )
    )


def asks_if_staff_can_get_help(text: str) -> bool:
    """ "can Dev use these too or does he have to do this whole thing himself" (a shopkeeper
    about the member of staff a knife was pulled on)."""
    words = plain(text)
    return bool(_BUSINESS.search(words)) and bool(
        re.search(
            r"\bcan (?:\w+) (?:use|get|have|call|contact) (?:these|this|them|those|it|help|support)"
            r"(?: \w+)? too\b|\b(?:does|do) (?:he|she|they) have to do (?:this|it|the) (?:whole "
            r"thing )?(?:himself|herself|themselves|on (?:his|her|their) own)\b",
            words,
        )
    )


def asks_if_a_man_can_be_raped(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "can a man be raped. like legally. by another man", "does it count if its a man" (not
    domestic abuse of a man by a woman: utter_for_men_too)."""
    words = plain(text)
    if not is_question(text) and not re.search(r"^(?:can|does|do|is) ", words):
        return False
    if re.search(
        r"\b(?:can|could|does|do) (?:a |an )?(?:man|men|guy|guys|bloke|boy|boys|male|males|lad)"
        r"(?: \w+)? (?:be |get |been )?(?:raped|sexually assaulted)\b|\braped by (?:a|another) "
        r"(?:man|guy|bloke|male|lad)\b|\bcan (?:a )?(?:man|guy) rape (?:a|another) (?:man|guy)\b",
        words,
    ):
        return True
    woman = str((answers or {}).get("gender") or "") in ("female", "woman", "women")
    # "is there something for normal guys this happened to" (after a sexual offence)
    if (
        crime_type == "sexual_offence"
        and not woman
        and re.search(
            r"\b(?:something|anything|anyone|anybody|a service|support|help) for (?:normal |"
            r"straight )?(?:guys|men|blokes|males|lads)\b",
            words,
        )
    ):
        return True
    return (
        crime_type in (None, "sexual_offence")
        and not woman
        and bool(
            re.search(
                r"\b(?:does|do|would|will|is) it (?:still |even )?(?:count|counts|rape)"
                r"(?: as \w+)? if (?:its|it was|it is|hes|he was|he is|the person (?:is|was)) "
                r"(?:a |another )?(?:man|guy|bloke|male|lad)\b",
                words,
            )
        )
    )


def asks_if_the_havens_still_help(text: str) -> bool:
    """ "can the havens still test me after 3 weeks. i dont want police" """
    words = plain(text)
    return (
        bool(re.search(r"\bhavens?\b", words))
        and bool(
            re.search(
                r"\b(?:after|its been|been|over) (?:\d+|a|one|two|three|four|five|six|few|couple "
                r"of) (?:weeks?|wks|months?)\b|\bweeks? (?:ago|later)\b|\bstill\b",
                words,
            )
        )
        and bool(re.search(r"\b(?:test\w*|sti|stis|check\w*|police|see me|help me)\b", words))
        and (is_question(text) or words.startswith("can "))
    )


def asks_to_report_hate_without_police(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "can I just report it to TfL instead of police? I dont really trust the police tbh" """
    words = plain(text)
    answers = answers or {}
    hate = (
        answers.get("hate_motivated") is True
        or bool(answers.get("hate_strand"))
        or bool(
            re.search(r"\b(?:tfl|hate|racis\w*|islamophob\w*|transphob\w*|homophob\w*)\b", words)
        )
    )
    return (
        hate
        and is_question(text)
        and bool(
            re.search(
                r"\binstead of (?:the )?police\b|\brather than (?:the )?police\b|\breport\w* "
                r"(?:it |this )?(?:to|through|with) (?:tfl|the bus company|a charity|someone "
                r"else)\b|\bwithout (?:going to |telling |involving )?the police\b",
                words,
            )
        )
    )


def asks_if_cctv_is_kept_through_tell_mama(text: str) -> bool:
    """ "if I go through tell mama will the cctv still get saved in time?" """
    words = plain(text)
    return (
        is_question(text)
        and "tell mama" in words
        and bool(re.search(r"\b(?:cctv|footage|camera\w*|video)\b", words))
    )


def asks_about_being_misgendered(text: str) -> bool:
    """ "what do i do if they misgender me again, can i ask for someone else", "answer my question
    about misgendering pls" """
    words = plain(text)
    if re.search(
        r"\b(?:taken down|take (?:it|them|the \w+) down|removed|deleted|delete|posts?)\b", words
    ):
        return False  # "can i get the posts taken down?? ... the deadname one" (round 39, Jordan)
    return bool(re.search(r"\b(?:misgender\w*|deadnam\w*|my pronouns)\b", words)) and (
        bool(
            re.search(
                r"\b(?:what (?:do|can|should) i do|can i (?:ask|get|request|have)|(?:answer|"
                r"question) (?:my |about )|what if|how do i|will they)\b",
                words,
            )
        )
    )


def asks_about_stitches_days_later(text: str) -> bool:
    """ "my lip, do i need stitches its been 4 days" """
    words = plain(text)
    return (
        bool(re.search(r"\b(?:stitch\w*|steri ?strips?|glued?)\b", words))
        and bool(re.search(r"\b(?:lip|cut|face|gash|wound|split|eyebrow|chin)\b", words))
        and bool(
            re.search(
                r"\b(?:\d+|few|couple of|two|three|four|five|six|several) days\b|\bdays ago\b|"
                r"\b(?:last|since) (?:week|monday|tuesday|wednesday|thursday|friday|saturday|"
                r"sunday|the weekend)\b",
                words,
            )
        )
    )


# -- round 29, helper I ---------------------------------------------------------------------------
# Dorothy, 77, after a romance scam, the man still asking: "Should I send him the £4,000? He says
# he will be arrested if he can't pay the hospital.", "Please, should I send it or not? He needs it
# by Friday.", "Richard has just written again asking for the money. What do I say to him?"
_SEND_THE_MONEY = re.compile(
    r"\b(?:should|shall|do|can|must|could) i (?:still |just |really )?(?:send|pay|give|transfer|"
    r"lend|wire) (?:him|her|them|it|the money|the rest|any more|more|another|the \d+)\b|"
    r"\b(?:send|pay|give) (?:him |her |them )?(?:it|the money) or not\b"
)
_ASKS_FOR_MONEY_AGAIN = re.compile(
    r"\b(?:asking|asked|asks|wants|begging|written|writing|messaged|messaging|texted|emailed) "
    r"(?:\w+ ){0,3}(?:for )?(?:the |more |some |another |his |her )?money\b"
)
_WHAT_TO_SAY = re.compile(
    r"\bwhat (?:do|should|shall|can) i (?:say|tell|write|reply|answer|put)\b|\bwhat do i do\b"
)
_ROMANCE_SIGNS = re.compile(
    r"\b(?:he|him|his|hes|she|her|shes|boyfriend|girlfriend|partner|lover|dating|romance|love|"
    r"hospital|arrested|medical|surgeon|soldier)\b"
)
_OTHER_SCAM = re.compile(
    r"\b(?:hmrc|tax|safe account|from (?:the|my) bank|bank (?:called|rang|phoned)|"
    r"police officer|courier|invest\w*|crypto\w*|builder|trader|parcel|delivery|fine)\b"
)


def asks_whether_to_send_a_romance_scammer_money(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    scam = crime_type == "fraud" or (
        crime_type is None and bool(re.search(r"\b(?:scam\w*|fraud\w*|online|dating)\b", words))
    )
    if not scam or _close(crime_type, answers) or not is_question(text):
        return False
    asked = bool(_SEND_THE_MONEY.search(words)) or bool(
        _ASKS_FOR_MONEY_AGAIN.search(words) and _WHAT_TO_SAY.search(words)
    )
    return asked and bool(_ROMANCE_SIGNS.search(words)) and not _OTHER_SCAM.search(words)


# Priya, 34, whose husband and mother-in-law keep her passport and money and stop her seeing
# friends: "Is this abuse, or is this just a family problem?", "if he does not hit me, does it
# still count?", "So it is a crime then? Also, can I get my passport back without them knowing I
# asked?", "My marriage was not forced, I chose him. I just want to know: what he is doing, is it a
# crime?" (the last two got the forced-marriage answers).
_ABUSE_OR_FAMILY_PROBLEM = re.compile(
    r"\b(?:is|isnt) (?:this|it|that|what (?:he|she|they) (?:is|are) doing) (?:\w+ ){0,2}abuse\b|"
    r"\bjust a family (?:problem|matter|thing|issue|business)\b|\bdoes (?:it|this|that) (?:still )?"
    r"count\b|\b(?:is|isnt) (?:it|this|that) (?:still )?(?:abuse|domestic abuse|a crime)\b"
)
_NO_HITTING = re.compile(
    r"\b(?:not|never|doesnt|does not|didnt|did not|dont|do not|hasnt|has not) (?:ever |even )?"
    r"(?:hit|hits|hurt|beat|beats|touch\w*|been violent|violent)\b|\bno (?:hitting|violence)\b"
)
_CONTROLLING = re.compile(
    r"\b(?:passport|all my money|my money|give (?:\w+ )?money to|bank card|my card|my wages|"
    r"not allowed|(?:dont|do not|"
    r"wont|will not) let me|stop\w* me (?:seeing|going|from)|see my friends|controll\w*|"
    r"coercive)\b"
)
_SO_A_CRIME = re.compile(
    r"^(?:thank you |thanks |ok |okay )?so (?:it is|its|is it|this is) a crime"
)
_FORCED_TO_MARRY = re.compile(
    r"\b(?:forc\w* (?:me |her |him )?(?:to |into )?marr\w*|forced marriage|make me marry|"
    r"marry (?:a|my|his|her) cousin)\b"
)
_NOT_FORCED = re.compile(
    r"\b(?:(?:was|is|were|it was|its) not forced|(?:wasnt|isnt|werent) forced|"
    r"not a forced marriage|i chose (?:him|her|to marry)|i wanted to marry|"
    r"(?:it was|was) my (?:choice|decision))\b"
)
_PASSPORT_BACK = re.compile(
    r"\b(?:get|getting) (?:my |the )?passport back\b|\bpassport\b.{0,40}\bwithout (?:them|him|her|"
    r"my husband|my family) know\w*"
)


def _controlling_told(text: str, crime_type: str | None, answers: Mapping[str, Any]) -> bool:
    words = plain(text)
    return _close(crime_type, answers) or bool(
        _CONTROLLING.search(words)
        and re.search(
            r"\b(?:husband|wife|partner|mother in law|"
            r"mother-in-law|in laws|family|he|she|they)\b",
            words,
        )
    )


# -- round 34, main -- "how I get my passport back? she keep in her room", "she is not my family,
# she is my patroa, I work for her. I ask how I take my passport back" (Ana Lucia).
_R34_PASSPORT_BACK = re.compile(
    r"\bpassport\b.{0,20}\bback\b|\b(?:get|take|have) (?:my |the )?passport\b"
)


def asks_for_passport_back_from_an_employer(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    worker = crime_type == "human_trafficking" or "domestic_worker" in (
        answers.get("account_details") or ()
    )
    # "i want my passport back and leave this place. where i can sleep?": a bed tonight first.
    tonight = asks_where_to_sleep_tonight(text) or asks_where_to_stay(text)
    return worker and not tonight and bool(_R34_PASSPORT_BACK.search(plain(text)))


def asks_if_control_without_violence_counts(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    details = answers.get("account_details") or ()
    if "forced_marriage" in details and not _NOT_FORCED.search(words):
        return False
    if _FORCED_TO_MARRY.search(words) and not _NOT_FORCED.search(words):
        return False
    if not _controlling_told(text, crime_type, answers):
        return False
    violence = {"injured", "serious_injury", "weapon"} & set(details)
    # "he just has all my money and my bank card ... is that abuse?": the economic abuse answer.
    if asks_if_economic_abuse_is_a_crime(text) and not re.search(
        r"\b(?:passport|friends|hit|hits|family problem|forced|chose)\b", words
    ):
        return False
    asks_abuse = is_question(text) and bool(_ABUSE_OR_FAMILY_PROBLEM.search(words))
    if asks_abuse and (
        _CONTROLLING.search(words)
        or _NO_HITTING.search(words)
        or _NOT_FORCED.search(words)
        or "economic" in details
        or re.search(r"\bjust a family\b", words)
    ):
        return True
    if _SO_A_CRIME.search(words) and not violence:
        return True
    # "can I get my passport back without them knowing I asked?" with no marriage forced.
    return (
        is_question(text)
        and bool(_PASSPORT_BACK.search(words))
        and (bool(_NOT_FORCED.search(words)) or "forced_marriage" not in details)
        and not re.search(r"\b(?:marr\w*|wedding|abroad|pakistan|bangladesh|india)\b", words)
    )


# Hannah, 29, Deaf: "ok yes. but you say call 999. i cannot call. how i do?"
_CANNOT_CALL = re.compile(
    r"\b(?:cant|cannot|can not|unable to|not able to) (?:call|phone|ring|speak|talk|hear|use "
    r"(?:the |a )?phone)\b"
)
_HOW_DO_I = re.compile(
    r"\bhow (?:i|do i|can i|should i|to) (?:do|call|contact|reach|get)\b|\bhow\b"
)


def asks_how_to_reach_999_without_calling(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    words = plain(text)
    deaf = answers.get("cannot_phone") is True or bool(_DEAF.search(words))
    # "How I contact police by text? I can not call 999." and "how i call 999, i cannot hear"
    # keep their answers (how to report; 999 when deaf).
    if asks_how_to_call_999_when_deaf(text) or re.search(r"\bpolice\b", words):
        return False
    return (
        deaf
        and bool(re.search(r"\b999\b", words))
        and bool(_CANNOT_CALL.search(words))
        and bool(_HOW_DO_I.search(words))
    )


def asks_about_securing_home_without_a_phone(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Hannah, Deaf, after a burglary: "window broken, landlord ignore me. who help fix? i scared
    sleep tonight": the answer with no number to call."""
    answers = answers or {}
    words = plain(text)
    cannot_phone = answers.get("cannot_phone") is True
    landlord = bool(
        re.search(r"\blandlord\b", words)
        and re.search(r"\b(?:window|door|lock|locks|fix|repair\w*)\b", words)
        and (is_question(text) or re.search(r"\b(?:ignor\w*|not repl\w*|wont fix)\b", words))
    )
    return cannot_phone and (
        asks_about_securing_home(text, crime_type) or (landlord and crime_type != "domestic_abuse")
    )


# Gary, 58, whose neighbour's sons smash his van: "if they touch the van again im going round with
# a bat and they can see how they like it", "im about ready to go round there and sort them out
# myself".
_GOING_ROUND = re.compile(
    r"\b(?:im|i am|ill|i will|i might|im gonna|im going to|i am going to) (?:\w+ ){0,3}(?:go|going"
    r"|come|coming) (?:round|over) (?:there |to (?:theirs|his|hers) )?(?:with|and (?:sort|deal|"
    r"have it out|teach|smash|batter|kick|give))\b|\bsort (?:them|him|her|it|the \w+) out myself\b|"
    r"\btake (?:the law|matters|it) into (?:my|our) own hands\b|\bsee how they like it\b"
)


def says_they_will_retaliate(text: str) -> bool:
    return bool(_GOING_ROUND.search(plain(text)))


# Gary: "they come, look at the van, say its a civil matter about parking. its not about parking
# when theyre smashing my windscreen is it", "what do i do about police saying its civil".
_CIVIL = re.compile(
    r"\b(?:its|it is|a|was|being) civil(?: matter| issue| dispute)?\b|\bcivil matter\b"
)
# Damage done, not a window looked into (round 30, Fiona: a neighbour's camera pointing into her
# bedroom window got the answer about a smashed windscreen).
_DAMAGE = re.compile(
    r"\b(?:smash\w*|damag\w*|windscreen|brick\w*|vandal\w*|scratch\w*|keyed|slash\w*|"
    r"broke (?:my|the|our) \w+|broken (?:window|windscreen|door|fence|wing mirror))\b"
)


def disputes_a_civil_matter(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        bool(_CIVIL.search(words))
        and (bool(_DAMAGE.search(words)) or crime_type == "criminal_damage")
        and crime_type not in ("fraud", "domestic_abuse")
    )


# "scared of them two? no. itll never get to court anyway": not a question about court.
_NEVER_TO_COURT = re.compile(
    r"\b(?:never|wont|will not|not going to|not gonna|doubt (?:it will|itll|it ll)) (?:\w+ ){0,2}"
    r"(?:get|go|make it|come|end up) (?:to|in) court\b"
)


def doubts_it_will_reach_court(text: str) -> bool:
    return bool(_NEVER_TO_COURT.search(plain(text)))


# Hugh, 62, after a bank-impersonation scam: "How do I go to the Financial Ombudsman?", "does the
# ombudsman cost anything", "I've already spoken to the bank, obviously. That's how I know they
# won't refund.", "The bank says I was grossly negligent. So they have to refund me or not?"
_NOT_THE_FINANCIAL_OMBUDSMAN = re.compile(
    r"\b(?:parliamentary|health service|phso|local government|housing ombudsman|victims code|"
    r"police|council|nhs)\b"
)
_BANK_SAID_NO = re.compile(
    r"\balready (?:\w+ ){0,2}(?:spoken|spoke|talked|called|rang|phoned|contacted|told|been) "
    r"(?:to |with )?(?:the |my )?bank\b|\bbank (?:refuses|refused|wont|will not|says no|said no|"
    r"turned me down|rejected|is refusing|are refusing)\b"
)
_REFUSED = re.compile(
    r"\b(?:wont|will not|refus\w*|not (?:going to )?refund\w*|no refund|said no|says no|"
    r"turned (?:me|it) down|rejected)\b"
)


def asks_about_the_financial_ombudsman(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    money = crime_type == "fraud" or bool(_BANK.search(words)) or "financial" in words
    if not money or _NOT_THE_FINANCIAL_OMBUDSMAN.search(words):
        return False
    if re.search(r"\b(?:ombudsman|fos)\b", words):
        return True
    # "I've already spoken to the bank ... they won't refund": not "call your bank" again.
    return bool(_BANK_SAID_NO.search(words) and _REFUSED.search(words)) and (
        is_question(text) or bool(re.search(r"\b(?:refund\w*|money back)\b", words))
    )


def asks_about_gross_negligence(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    money = crime_type == "fraud" or bool(_BANK.search(words))
    return money and bool(re.search(r"\b(?:gross(?:ly)? )?negligen\w*\b", words))


# Wojtek, 41, unpaid by the builder who keeps his ID card: "he have my ID card he not give back.
# is this crime or no?", "what is forced work? I am not slave, I come myself to England".
_DOCUMENTS_KEPT = re.compile(
    r"\b(?:have|has|keep|keeps|kept|took|take|taken|hold|holds|holding) (?:my|our|his|her) (?:id|"
    r"id card|identity card|passport|documents?|papers)\b|\b(?:no|not|never|didnt|doesnt|dont) "
    r"(?:\w+ ){0,2}pay (?:me|us)\b"
)
_WHAT_IS_FORCED_WORK = re.compile(
    r"\bwhat (?:is|does) (?:forced|force) (?:work|labour|labor)\b|\bi (?:am|m) not (?:a )?slave\b|"
    r"\bnot (?:a )?slave\b|\bi (?:came|come) (?:here |to england |to the uk |to london )?(?:myself|"
    r"by myself|by choice|on my own)\b"
)
_CRIME_OR_NOT = re.compile(r"\b(?:is (?:this|it|that) (?:a )?crime|crime or (?:no|not))\b")
_EMPLOYER = re.compile(r"\b(?:boss|employer|work|job|builder|site|budowa|gangmaster|agency)\b")


def asks_if_forced_labour_is_a_crime(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    work = crime_type == "human_trafficking" or bool(_EMPLOYER.search(words))
    if not work or _close(crime_type, answers) or _FORCED_TO_MARRY.search(words):
        return False
    if _WHAT_IS_FORCED_WORK.search(words):
        return True
    return (
        is_question(text)
        and bool(_CRIME_OR_NOT.search(words))
        and bool(_DOCUMENTS_KEPT.search(words))
    )


# Wojtek: "I need my ID back and my money. and place to sleep not his house. and food",
# "... if I call they tell police? I have no food tonight".
_NO_FOOD_OR_BED = re.compile(
    r"\b(?:no food|nothing to eat|no money (?:for|to) (?:eat|food)|no have money for eat|hungry|"
    r"(?:a )?place to (?:sleep|stay)|somewhere (?:else )?to (?:sleep|stay)|where (?:can |do )?i "
    r"sleep|not (?:in )?his house|leave (?:his|the) house)\b"
)


def needs_food_or_a_bed_after_exploitation(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    return (
        crime_type == "human_trafficking"
        and not _close(crime_type, answers or {})
        and not asks_where_to_sleep_tonight(text)  # utter_safe_tonight_exploitation answers it
        and bool(_NO_FOOD_OR_BED.search(plain(text)))
    )


# Ellie, 19, whose ex posted an intimate photo: "do i need to keep screenshots of what he sent as
# evidence", "should i block him and delete all his messages? i just want it gone".
_KEEP_OR_DELETE = re.compile(
    r"\b(?:keep|save|take|need) (?:\w+ ){0,2}(?:screenshots?|screen shots?|evidence|messages|"
    r"texts|proof)\b|\b(?:block|delete|report) (?:him|her|them|it|all|his|her|their|the|every\w*)"
    r"\b"
)
_OFFENDER_MESSAGES = re.compile(
    r"\b(?:he|she|they|him|his|her|their|ex)\b.{0,40}\b(?:sent|messages?|texts?|posts?|posted|dms?)"
    r"\b|\b(?:messages?|texts?|posts?|dms?|screenshots?)\b"
)


def asks_whether_to_keep_or_delete_messages(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    if re.search(r"\b(?:this chat|our chat|my data|this conversation|the chat)\b", words):
        return False
    # Any crime: "shud i screenshot the snaps or block them" came after an assault with threats
    # sent afterwards (round 38, Leah, 15).
    return (
        is_question(text)
        and bool(_KEEP_OR_DELETE.search(words))
        and bool(_OFFENDER_MESSAGES.search(words) or re.search(r"\bsnaps?\b", words))
        and bool(re.search(r"\bblock\b", words))
    )


def asks_whether_to_keep_screenshots(text: str, crime_type: str | None) -> bool:
    """ "do i need to keep screenshots of what he sent as evidence": utter_keep_evidence."""
    words = plain(text)
    return (
        crime_type
        in ("online_abuse", "stalking_harassment", "sexual_offence", "domestic_abuse", None)
        and is_question(text)
        and bool(re.search(r"\b(?:screenshots?|screen shots?)\b", words))
        and bool(re.search(r"\bevidence\b", words))
        and bool(_OFFENDER_MESSAGES.search(words))
        and not re.search(r"\b(?:this chat|our chat|my data|this conversation|the chat)\b", words)
    )


# -- round 29, helper G --
# Fatma, strangled last week, in few words of English: "no heart. last week. he hold neck. is
# bad?", "he hold neck. is bad?": whether a hold on the neck is serious is answered with what it
# is (a crime on its own, a warning sign) and to get checked, not only told to get checked.
_IS_IT_SERIOUS = re.compile(
    r"\b(?:(?:is|was) (?:it |that |this )?(?:really |very |so )?(?:bad|serious|dangerous|normal|"
    r"a big deal)|(?:should|do|must) i (?:be )?(?:worry|worried|scared|concerned)|(?:is|was) "
    r"(?:it|that|this) (?:something )?to worry about|how (?:bad|serious|dangerous) is (?:it|that|"
    r"this))\b"
)


def asks_if_neck_hold_is_serious(text: str) -> bool:
    words = plain(text)
    neck = mentions_strangling(text) or bool(_NECK_GRABBED.search(words))
    return (
        neck
        and is_question(text)
        and bool(_IS_IT_SERIOUS.search(words))
        # "is it still serious if there are no marks?" has its own answer.
        and not asks_if_serious_without_marks(text)
    )


# Nikita, whose brother was stabbed, with boys hanging round outside her mum's house: "will
# they protect us? my mum wont sleep", "will the police protect us if they come to the house".
_WILL_PROTECT = re.compile(
    r"\b(?:will|would|can|could|do|does|are|is|should|cant|wont) (?:the )?(?:police|they|cops|"
    r"officers?|anyone|someone|you) (?:\w+ )?(?:protect|guard|keep (?:us|me|her|him|them|my "
    r"\w+) safe|watch (?:the|our|my) (?:house|home|flat))\w*|\bpolice protection\b|\b(?:protect|"
    r"protection) (?:for )?(?:us|me|my (?:mum|family|mother|house|home)|the family|our "
    r"(?:family|house|home))\b.{0,30}\b(?:police|they)\b|\b(?:if|whether) (?:the )?(?:police|they|"
    r"cops) (?:will|would|can|could|are going to|re going to) (?:\w+ )?protect\w*"
)


def asks_if_the_police_will_protect_them(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Not a witness asking about witness protection (its own answer), a partner or relative
    (the danger screen and protection orders), or who sees the chat ("protect my identity")."""
    words = plain(text)
    return (
        is_question(text)
        and bool(_WILL_PROTECT.search(words))
        and not re.search(r"\b(?:witness\w*|identity|name|privacy|data|details|phone)\b", words)
        and not _close(crime_type, answers or {})
    )


# Ali, punched by a passenger, filmed on his dashcam: "how do i report it to police with the
# dashcam video, can i just send the video online". Video of the crime as evidence, not an
# intimate image.
_EVIDENCE_VIDEO = re.compile(
    r"\b(?:dash ?cams?|dash cams?|dashboard cam\w*|cctv|footage|body ?cams?|helmet ?cams?|go ?pro|"
    r"doorbell (?:cam\w*|video|footage)|ring (?:doorbell|camera|cam)|(?:video|videos|recording|"
    r"clip) of (?:the |him |her |them |it |what )?(?:attack\w*|assault\w*|fight\w*|incident|"
    r"punch\w*|hitting|kicking|robbery|happened|doing it))\b"
)
_SEND_TO_POLICE = re.compile(
    r"\b(?:report|reporting|send|sending|give|giving|upload\w*|submit\w*|show|hand (?:it |them )?"
    r"(?:in|over))\b"
)
# "the police have the cctv footage, what happens now?": it is with them already.
_POLICE_HAVE_IT = re.compile(
    r"\b(?:police|they|officers?|cops) (?:already )?(?:have|has|got|took|taken|seen|saw|"
    r"collected)\b"
)


def is_evidence_video(text: str) -> bool:
    """A recording of the crime (a dashcam, CCTV, "video of the attack"), said without any
    word of a nude or sexual image."""
    words = plain(text)
    return bool(_EVIDENCE_VIDEO.search(words)) and not _INTIMATE.search(words)


def asks_how_to_send_video_evidence(
    text: str, crime_type: str | None = None, answers: Mapping[str, Any] | None = None
) -> bool:
    # -- round 38, helper B1 --: "does the video help or not", "should i send them the video"
    # after an assault (asks_if_a_video_of_the_crime_helps).
    if asks_if_a_video_of_the_crime_helps(text, crime_type, answers):
        return True
    words = plain(text)
    if not (is_question(text) and is_evidence_video(text) and _SEND_TO_POLICE.search(words)):
        return False
    if _POLICE_HAVE_IT.search(words):
        return False
    # "will they get the bus cctv before it's deleted" is the CCTV answer: someone else's
    # camera, which the police ask for.
    return not asks_about_cctv(text) or bool(
        re.search(r"\b(?:my|our|i have|ive got|i got)\b", words)
    )


# Sophie, raped by her flatmate's boyfriend, who stays most nights: "i need to move out. hes at
# ours like every night. how do i even do that im on a tenancy till june", "can someone help me
# move out".
_MOVE_OUT = re.compile(
    r"\b(?:move out|moving out|move away from (?:here|him|them|there)|(?:leave|get out of|break|"
    r"end) (?:my|the|our|this) (?:flat|house|home|tenancy|lease|contract)(?! (?:door|window))|"
    r"be rehoused|re ?housed|rehousing|somewhere (?:else|safe) to live|(?:a )?new (?:place|home) "
    r"to live)\b"
)
_WANTS_TO = re.compile(
    r"\b(?:i|we) (?:need|want|have|got|gotta|must|would like|wanna|need) to|\bi cant (?:stay|live)"
    r"|\bhelp (?:me|us)|\bhow (?:do|can|would|could|should) (?:i|we)\b|\bcan (?:i|we|someone|"
    r"anyone|you)\b"
)


def wants_to_move_out(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    """After a sexual offence, whose answer names a sexual violence adviser (ISVA)."""
    answers = answers or {}
    sexual = crime_type == "sexual_offence" or bool(answers.get("possible_sexual_offence"))
    words = plain(text)
    return sexual and bool(_MOVE_OUT.search(words)) and bool(_WANTS_TO.search(words))


# Paul, robbed and threatened by his carer's boyfriend: "would my carer find out it was me who
# reported it?", "Does my carer have to know I reported it?". The police and safeguarding, not
# who can see this chat.
_FINDS_OUT_WHO_REPORTED = re.compile(
    r"\b(?:find out|finds out|found out|know|knows|be told|guess|work out|figure out|see)\b"
    r"(?: (?!if\b)\w+){0,2} (?:that )?(?:(?:it was|its|it s|it is) (?:me|us)(?: (?:who|that))?|"
    r"(?:i|we)"
    r"(?: (?:had|have|ve|was the one who|am the one who))?|im the one (?:who )?) (?:reported|"
    r"report|told|tell|called|rang|phoned|went to|grassed|snitched|dobbed)(?! (?:you|u|this|"
    r"here)\b)"
)


def asks_if_they_will_know_who_reported(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Not a child, for whom the adult safeguarding team named in the answer is not the one."""
    answers = answers or {}
    age = answers.get("age")
    child = answers.get("under_18") is True or (isinstance(age, (int, float)) and age < 18)
    return (
        not child
        and is_question(text)
        and bool(_FINDS_OUT_WHO_REPORTED.search(plain(text)))
        # "will he find out i reported him?" keeps the answer about what the police tell him.
        and not asks_if_they_will_know(text)
    )


# Liam, kicked by door staff outside a club: "can i sue the club for this?"
_SUE = re.compile(
    r"\b(?:sue|suing|sued|civil (?:claim|case|action)|take (?:them|him|her|the (?:club|bar|pub|"
    r"venue|company|bouncers?|door staff)) to court|(?:make|bring) a claim against)\b"
)


def asks_about_suing(text: str) -> bool:
    # -- round 39, helper F7 --: "can i tell sue. sue is my staff" (Joanne) is Sue, not suing.
    words = plain(text)
    if f7_sue_is_a_name(text) and not re.search(r"\b(?:suing|sued|civil)\b", words):
        return False
    return is_question(text) and bool(_SUE.search(words))


# -- round 31, main --
_PRONOUNS = re.compile(
    r"\b(?:pronouns?|(?:they|she|he|xe|ze) ?/ ?(?:them|her|him|hers|xem|zir)|(?:they|she|he) "
    r"(?:them|her|him)(?: pronouns)?(?= btw| please| pls|$|\.))",
    re.IGNORECASE,
)


def asks_if_carer_theft_is_a_crime(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "Is this actually a crime?" once a paid carer taking money has been told."""
    carer = "paid_carer" in ((answers or {}).get("account_details") or ()) or account.paid_carer(
        text
    )
    return carer and is_question(text) and bool(_IS_IT_A_CRIME.search(plain(text)))


def gives_pronouns(text: str) -> bool:
    """ "I'm they/them btw", "did you get the pronouns bit?", "my pronouns are she/her"."""
    return bool(_PRONOUNS.search(text))


# -- round 31, helper S1 --
# Sarah, 29: her ex hid an AirTag under her car bumper. "should I take the airtag off or leave
# it??", "what should I do about the tracker on my car" got the stolen-phone answer ("lock or
# erase the phone remotely") or nothing: a tracker someone put on them is stalking, not property.
_TRACKER = re.compile(
    r"\b(?:air ?tags?|trackers?|tracking devices?|gps (?:trackers?|devices?)|tile trackers?|"
    r"smart ?tags?)\b"
)
_PUT_ON_THEM = re.compile(
    r"\b(?:(?:he|she|they|someone|somebody|my ex|my partner|my husband|my wife|my boyfriend|my "
    r"girlfriend)(?: has| had| must have| must of)? (?:put|hid|hidden|planted|stuck|attached|left|"
    r"placed)|hidden|planted|found (?:an?|the|his|this) (?:air ?tag|tracker|tracking device|gps)|"
    r"(?:under|on|in|inside) (?:my|our|the) (?:car|van|bumper|bag|handbag|coat|jacket|bike|"
    r"wheel|pram|buggy)|(?:take|taking|took|get|getting|rip|pull) (?:it|the \w+|the air ?tag|the "
    r"tracker) (?:off|out)|(?:leave|leaving) (?:it|the \w+) (?:on|there|where it is)|(?:remove|"
    r"removing|destroy|smash|bin|throw away|get rid of) (?:it|the \w+)|know i (?:found|find|have "
    r"found) it|(?:follow|following|track|tracking|tracked|watching) (?:me|us|where i)|ignoring "
    r"the \w+ question|what (?:do|should|can) i do (?:with|about) (?:it|the|this))\b"
)
# "the airtag I put in my bag says it's in Peckham": their own tracker on stolen property.
_OWN_TRACKER = re.compile(
    r"\b(?:i (?:put|had|have|keep|attached|left) (?:an?|my|the) (?:air ?tag|tracker)|my own "
    r"(?:air ?tag|tracker)|stolen|nicked|robbed|taken|find my (?:iphone|phone|device)|"
    r"(?:says|shows) (?:its|it is|theyre|they are) (?:in|at)|my (?:air ?tags?|trackers?)|i "
    r"(?:buy|bought|get|got|want) (?:an?|the) (?:air ?tag|tracker)|to (?:put|use|get|buy) an? "
    r"(?:air ?tag|tracker))\b"
)


def tracker_on_them(text: str, crime_type: str | None) -> bool:
    """A tracker someone hid on them or their car: what to do with it. Not their own tracker
    on something stolen, which is the tracked-property answer."""
    words = plain(text)
    # "nothing's been stolen. HE put a tracker on MY car" (Sarah, told about a stolen phone).
    unstolen = re.sub(
        r"\b(?:nothings|nothing has|nothing was|nothing|not|wasnt|isnt) (?:been )?"
        r"(?:stolen|nicked|taken)\b",
        "",
        words,
    )
    if not _TRACKER.search(words) or _OWN_TRACKER.search(unstolen):
        return False
    if crime_type in ("theft", "robbery", "burglary") and not re.search(
        r"\b(?:follow\w*|stalk\w*|track(?:s|ing)? me|put|hid|hidden|planted)\b", words
    ):
        return False
    told = bool(
        re.search(r"\b(?:he|she|they|someone|my ex) (?:put|hid|planted)\b", words)
        and re.search(r"\b(?:follow|track|watch|stalk)\w* (?:me|us|where)\b", words)
    )
    return bool(_PUT_ON_THEM.search(words)) and (
        is_question(text)
        or told
        or bool(re.search(r"\b(?:question|ignoring|need to know)\b", words))
    )


# Precious, 33: her partner tried to break the door down and ran when the police came. "but he
# can come back tonight cant he? he still has a key", "can i change the locks? his name isnt on
# the tenancy its mine. can police stop him coming back?".
_CAN_HE_COME_BACK = re.compile(
    r"\b(?:can|could|will|would|might|is) he (?:just )?(?:(?:come|coming|get) back|get in)\b|"
    r"\bhe (?:can|could|will|might) (?:just )?(?:(?:come|get) back|get in)\b|"
    r"\b(?:stop|keep) him (?:from )?(?:coming|getting|away)\b|\bkeep him out\b|"
    r"\b(?:change|changing|changed) (?:the|my|our) locks\b"
)
_STILL_HAS_KEYS = re.compile(
    r"\b(?:he|she|hes|shes)(?: still)? (?:has|have|got|s got|kept) (?:a |the |my |our |his |her "
    r")?(?:spare )?keys?\b|\bhis name isnt on\b|\btenancy\b"
)
_PARTNER_WORDS = re.compile(
    r"\b(?:partner|husband|wife|boyfriend|girlfriend|bf|ex|fiance|babyfather|baby father|"
    r"kids dad|childrens dad|my kids|the kids)\b"
)


def asks_if_partner_can_come_back(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Someone who lived with them or had a key: whether he can come back tonight, the locks,
    and whether the police can keep him away. Not a burglar with a stolen key
    (utter_locks_changed)."""
    answers = answers or {}
    words = plain(text)
    close = (
        crime_type == "domestic_abuse"
        or answers.get("relationship_to_offender") in ("partner_or_ex", "family_member")
        or bool(_PARTNER_WORDS.search(words))
    )
    if crime_type in ("burglary", "theft", "robbery", "fraud") and not close:
        return False
    if re.search(r"\b(?:court|trial|hearing|order|injunction)\b", words):
        return False  # "can he come back to court with me?"; an order: utter_protection_order
    if re.search(r"\b(?:uni|university|college|school|halls|campus|work|office|gym)\b", words):
        # "can my uni do anything? like stop him getting into halls" is not the police at home
        # tonight (round 33, Ellie, told to "ask the officers with you").
        return False
    asked = is_question(text) or bool(
        re.search(r"\b(?:need to know|answer|i need (?:the |my )?locks changed)\b", words)
    )
    return (
        asked
        and bool(_CAN_HE_COME_BACK.search(words) or re.search(r"\blocks changed\b", words))
        and (close or bool(_STILL_HAS_KEYS.search(words)))
    )


# Fatima, whose son Abdi, 14, was stabbed: "the boys say they come again, what i do?", "i am
# afraid they kill my son. please what i do"; Joe, 17, robbed: "man's dead if they see me again
# fr, they know my ends", "what happens if i see them again tho, like whats the move", "what do i
# do if they roll up on me again, they know where i live".
_FEARS_THEY_KILL = re.compile(
    r"\b(?:afraid|scared|worried|frightened|fear|terrified)(?: that)? (?:they|he|she|the boys|"
    r"them)(?: will| ll| would| might| could| gonna| going to| are going to)? (?:kill|hurt|stab|"
    r"attack|come for|get) (?:me|him|her|us|my \w+)\b"
)
_WHAT_DO_I_DO_IF_SEEN = re.compile(
    r"\b(?:what (?:do|should|can|shall) (?:i|we) do|what i do|what to do|whats the move|what do "
    r"we do|help me|please help)\b"
)
_SEE_THEM_AGAIN = re.compile(
    r"\b(?:if|when) (?:i|we) (?:see|bump into|run into) (?:them|him|her|those \w+|the \w+) "
    r"again\b|\b(?:if|when) (?:they|he|she) (?:roll up|rolls up|turn up|turns up|show up|shows up|"
    r"pull up|pulls up|come|comes)(?: on (?:me|us))? again\b|\bmans dead if\b"
)
_KNOW_WHERE = re.compile(
    r"\b(?:they|he|she) (?:know|knows) (?:my|our) (?:ends|endz|area|road|street|estate|block)\b|"
    r"\b(?:they|he|she) (?:know|knows) where (?:i|we) (?:live|stay|am)\b"
)


def fears_they_will_come_again(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Not a partner or relative (the danger screen and utter_if_he_comes deal with those)."""
    answers = answers or {}
    if answers.get("crime_type") in ("domestic_abuse", "fraud") or answers.get(
        "relationship_to_offender"
    ) in ("partner_or_ex", "family_member"):
        return False  # partners: the danger screen; rogue traders: utter_rogue_traders_back
    words = plain(text)
    # "what if i see him again at court": the court answer (special measures).
    if re.search(r"\b(?:(?:at|in|to|outside) (?:the )?(?:court|trial)|give evidence)\b", words):
        return False
    return (
        bool(_FEARS_THEY_KILL.search(words) and _WHAT_DO_I_DO_IF_SEEN.search(words))
        or bool(_SEE_THEM_AGAIN.search(words) and (is_question(text) or _KNOW_WHERE.search(words)))
        or bool(_KNOW_WHERE.search(words) and re.search(r"\b(?:again|dead|kill|come)\b", words))
        or bool(
            re.search(r"\b(?:say|says|said|told) (?:they|he|she)(?: will| ll)? come again\b", words)
        )
    )


def threat_answer(answers: Mapping[str, Any] | None) -> str:
    """A parent writing about their child, a young person, or anyone else."""
    answers = answers or {}
    if answers.get("for_child") is True:
        return "utter_threat_to_child"
    if _young(answers) and not answers.get("for_someone_else"):
        return "utter_threat_young"
    return "utter_threat_to_return"


# Fatima: "Abdi is only 14, is there help for children?"
_HELP_FOR_CHILDREN = re.compile(
    r"\b(?:help|support|anything|someone|services?|counsell\w*)(?: \w+){0,2} for (?:children|"
    r"kids|child|young people|teenagers?|boys|my son|my daughter|him|her|my boy|my girl)\b"
)


_CHILD_HURT_CRIMES = frozenset(
    {
        None,
        "assault",
        "serious_violence",
        "attempted_murder",
        "robbery",
        "kidnap_false_imprisonment",
    }
)


def asks_help_for_a_child_victim(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    child = answers.get("for_child") is True or bool(
        re.search(
            r"\b(?:is|only|just) (?:1[0-7]|[5-9])\b|\bmy (?:son|daughter|boy|girl)\b", plain(text)
        )
    )
    if answers.get("bereaved") is True:
        return False  # utter_bereaved_children_support
    if answers.get("crime_type") not in _CHILD_HURT_CRIMES:
        return False  # a child who saw abuse at home, or a sexual offence: other answers
    return child and is_question(text) and bool(_HELP_FOR_CHILDREN.search(plain(text)))


# Jade, 16, blackmailed over pictures by a man she met online: "he keeps messaging me saying i
# have til tonight. what do i do", "should i just send them so he stops??", "ur still not telling
# me what to do about tonight!! he said tonight".
_DEADLINE = re.compile(
    r"\b(?:i have|ive got|i got|gave me|given me|giving me)(?: only)? (?:til|till|until|untill|"
    r"before|by) (?:tonight|tomorrow|midnight|\d+)\b|\b(?:he|she|they) said (?:by )?tonight\b|"
    r"\babout tonight\b"
)
_SEND_SO_HE_STOPS = re.compile(
    r"\bshould i (?:just )?send (?:them|it|more|him|the pics|pics|nudes|what he wants)\b|"
    r"\bsend (?:them|more|it) so (?:he|she|they) (?:stops?|leaves? me alone|goes away)\b"
)


def _images_threatened(
    text: str, answers: Mapping[str, Any] | None, crime_type: str | None
) -> bool:
    details = (answers or {}).get("account_details") or ()
    return (
        "intimate_images" in details
        or "online" in details
        or crime_type == "online_abuse"
        or bool(re.search(r"\b(?:pics|nudes?|pictures|photos|images)\b", plain(text)))
    )


def asks_about_a_sextortion_deadline(
    text: str, answers: Mapping[str, Any] | None, crime_type: str | None
) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(
        re.search(r"\b(?:tell me what to do|telling me what to do|what do i do)\b", words)
    )
    if (
        answers
        and (
            answers.get("crime_type") == "domestic_abuse"
            or answers.get("relationship_to_offender") in ("partner_or_ex", "family_member")
        )
        and not _images_threatened(text, {}, None)
    ):
        return False
    threatened = _images_threatened(text, answers, crime_type)
    if re.search(r"\b(?:meet|meeting|come round|coming round|come over|turn up|my house)\b", words):
        return False  # "he said tonight hes coming round": not a deadline to pay or send
    return threatened and (
        (asked and bool(_DEADLINE.search(words))) or bool(_SEND_SO_HE_STOPS.search(words))
    )


_GONNA_BE_IN_TROUBLE = re.compile(
    r"\b(?:am i|will i|could i|would i|do i)(?: \w+)? (?:gonna|going to|gunna|gona) (?:get|be) "
    r"(?:in|into) trouble\b|\b(?:am i|will i) (?:get|be|going to be|gonna be) in trouble\b"
)


def young_person_fears_trouble_over_images(
    text: str, answers: Mapping[str, Any] | None, crime_type: str | None
) -> bool:
    """ "wait am i gonna get in trouble?? theyre like private pics and im 16": a young person
    blackmailed over pictures is the victim."""
    words = plain(text)
    young = _young(answers) or bool(re.search(r"\bim (?:1[0-7])\b", words))
    told = answers or {}
    # Before the age is asked, someone blackmailed over pictures ("wait am i gonna get in
    # trouble?? theyre private pics", in the suite's 16-year-old): the same answer.
    age_unknown = told.get("age") is None and told.get("under_18") is None
    blackmailed = "sextortion" in (told.get("account_details") or ())
    return (
        (young or (age_unknown and blackmailed))
        and bool(_GONNA_BE_IN_TROUBLE.search(words))
        and bool(re.search(r"\b(?:pics?|nudes?|pictures?|photos?|images?|videos?)\b", words))
        and not _FAKE_IMAGE.search(words)
    )


# Joe, 17: "can i get my phone back or nah" after a robbery got witness expenses.
_PHONE = re.compile(r"\b(?:phone|iphone|mobile|samsung|android)\b")


def asks_to_get_a_stolen_phone_back(text: str, crime_type: str | None) -> bool:
    if crime_type not in (None, "theft", "robbery", "burglary"):
        return False
    words = plain(text)
    return (
        is_question(text)
        and bool(_PHONE.search(words))
        and bool(_PROPERTY_BACK.search(words))
        and not _TRACKER.search(words)
        and not _TRACKED.search(words)
    )


# Gwen, 84, hard of hearing, who paid doorstep "roofers" £8,000: "Is there another way to contact
# the bank?", "Could I go into my branch instead? It is in Bromley High Street." were told again
# to dial 159.
_NO_PHONE_FOR_BANK = re.compile(
    r"\b(?:hard of hearing|deaf|(?:cannot|cant|can not|unable to|not able to) (?:manage|use|hear "
    r"on|cope with) (?:the )?(?:tele)?phone|(?:tele)?phone (?:is )?(?:very |rather |quite |"
    r"really )?(?:difficult|hard)|another way|other way|without (?:phoning|calling|ringing)|"
    r"(?:go|going|pop|get) (?:in)?to (?:my|the|a|our) (?:local )?branch|branch instead|visit "
    r"(?:my|the) branch|in (?:the|my|a) branch)\b"
)


def asks_to_reach_the_bank_without_phoning(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """A transfer they were tricked into: not a card taken or used, nor loans in their name,
    which have their own bank answers (_bank_answer)."""
    words = plain(text)
    if not is_question(text) or not _NO_PHONE_FOR_BANK.search(words):
        return False
    details = (answers or {}).get("account_details") or ()
    if "identity_fraud" in details or "card_taken" in details or _CARD_MISUSED.search(words):
        return False
    return bool(re.search(r"\b(?:bank|branch)\b", words)) and crime_type in (None, "fraud")


# Gwen: "they did say they would come back to finish the guttering. I am worried they will."
_SAID_THEYD_BE_BACK = re.compile(
    r"\b(?:they|he) (?:did )?(?:said|say|says|told me) (?:that )?(?:they|he)(?: would| will| d| ll|"
    r" were going to| was going to)? (?:come back|be back|return)\b"
)


def fears_doorstep_traders_returning(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        crime_type == "fraud"
        and bool(_SAID_THEYD_BE_BACK.search(words))
        and bool(re.search(r"\b(?:worried|afraid|scared|frightened|fear|nervous|anxious)\b", words))
    )


# -- round 31, helper S2 --
# Questions round-31 role-players asked about the police investigation, a hit and run, an assault
# at work on a paramedic, racist abuse and spitting, the Witness Care Unit, a council move, help
# for a son using drugs, a knocked turban, screenshots of shared pictures and a spiking test. The
# answers are at the end of bot/domain/responses_answers.yml with their sources.

# "is anyone actually gonna investigate or is it just a number", "will the police actually do
# anything", "do the police have to tell me if theyre investigating or not" (Terry), "why haven't
# they told me anything? 2 weeks", "can someone find out what the police are doing" (Michael),
# "will they tell me if they arrest someone?" (Ollie), "Will police contact me or go through my
# manager?" (Kwame).
_INVESTIGATION = re.compile(
    r"\b(?:anyone|any1|some(?:one|body)|they|the police|police|cops|officers?|detectives?) "
    r"(?:\w+ ){0,3}(?:investigat\w*|look(?:ing)? into (?:it|this|my case))\b|"
    r"\b(?:will|are|is|gonna|going to) (?:the )?(?:police|they|cops|anyone) (?:\w+ ){0,2}"
    r"(?:do|doing) (?:anything|something|owt)\b|"
    r"\b(?:find out|check|ask|see) what (?:the )?police (?:are|is|have been) doing\b|"
    r"\bwhy (?:havent|hasnt|have not|has not|didnt|did not) (?:they|the police|police|anyone|the "
    r"officer) (?:\w+ )?(?:told|tell|contacted|contact|called|rung|rang|updated|update|said)\b|"
    r"\btell me if (?:they|theyre|they are|the police|police|anyone|someone) (?:\w+ )?(?:arrest|"
    r"charg|catch|find|investigat)\w*|"
    r"\b(?:will|would|do|does|should|are) (?:the )?(?:police|they) (?:\w+ )?(?:contact|call|ring|"
    r"phone|update|tell|let) (?:me|us)\b|"
    r"\bjust a (?:crime )?(?:ref\w* )?number\b"
)
# Not yet reported, or asking whether to: what the police would do is the reporting answer.
_NOT_REPORTED_YET = re.compile(
    r"\b(?:i|we|ive|weve)(?: have)? (?:havent|have not|not yet|didnt|did not|never) (?:yet )?"
    r"(?:told|tell|report\w*|call\w*|rung|been to)\b|\bnot (?:yet )?reported\b|\bif i (?:report|"
    r"tell|go to)\b|\bshould i (?:report|tell|go)\b|\b(?:whether|if) to (?:report|tell)\b"
)


_ANOTHER_BODY = re.compile(r"\b(?:bank|insurer|insurance|council|school|employer|landlord)\b")


def asks_about_the_investigation(text: str) -> bool:
    """Whether the police are investigating, and whether they will say so (Victims' Code, Right 6);
    not whether to report, and not "will the police take him away" or "protect us"."""
    words = plain(text)
    # "they" is the police only where the police are named ("police have the reg number so they
    # must know ... why haven't they told me anything"), not the bank investigating a fraud.
    about_police = bool(re.search(r"\b(?:police|cops|officers?|detectives?|crime number)\b", words))
    # Another body named in the same sentence makes it about them; in another sentence, it is a
    # second question ("will the police tell me if they catch someone? and does my insurance
    # cover it?").
    return (
        is_question(text)
        and any(
            (found := _INVESTIGATION.search(part)) is not None
            and (about_police or not re.match(r"(?:why \w+ )?they\b", found.group(0)))
            and not re.search(
                r"\b(?:bank|insurer|insurance|council|school|employer|landlord)\b", part
            )
            for part in (plain(sentence) for sentence in _sentences(text))
        )
        and not _NOT_REPORTED_YET.search(words)
        and not re.search(r"\b(?:take (?:him|her|them) away|protect|believe)\b", words)
    )


# "not insured for tools in the van", "i said im NOT insured": the insurance answer is no use.
_NOT_INSURED = re.compile(
    r"\b(?:not|isnt|arent|wasnt|werent|never|no longer) (?:\w+ )?insured\b|\buninsured\b|"
    r"\bno insurance\b|\b(?:dont|didnt|do not|did not) have (?:any )?insurance\b"
)
# "reported it online got a crime number and nobody's rung": they have one already.
_HAS_CRIME_NUMBER = re.compile(
    r"\b(?:got|have|had|given|gave (?:me|us)|received|with) (?:a|the|my|our|an) (?:crime|police|"
    r"incident) (?:ref\w*|reference|number|no)\b"
)

# A hit and run (Michael): "my mate said for hit and runs you go through some insurers bureau,
# is that right?", "so the CICA one, will they pay me for lost wages?"
_MIB = re.compile(
    r"\b(?:mib|motor insurers?s? bureau|insurers?s? bureau|insurance bureau|untraced drivers?|"
    r"uninsured drivers?)\b"
)
_HIT_AND_RUN = re.compile(
    r"\b(?:hit and run|hit n run|drove off|didnt stop|did not stop|failed to stop)\b"
)
_ASKS_MONEY = re.compile(
    r"\b(?:compensation|compo|cica|claim\w*|wages|earnings|lost (?:\w+ )?(?:money|pay|work)|pay "
    r"(?:me|out)|paid)\b"
)


def asks_about_hit_and_run_compensation(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    if not is_question(text):
        return False
    if _MIB.search(words):
        return True
    crash = "road_crash" in ((answers or {}).get("account_details") or ()) or bool(
        _HIT_AND_RUN.search(words)
    )
    return crash and bool(_ASKS_MONEY.search(words))


# Kwame, a paramedic headbutted at work: "Colleagues say it's part of the job. Is it actually
# taken seriously? Do I count as a victim?"
_COUNT_AS_VICTIM = re.compile(
    r"\b(?:do|does|would|will|can) (?:i|me|we|staff) (?:still |even |actually |really )?count "
    r"(?:as )?(?:a |the )?victims?\b|\bam i (?:even |actually |really |still )?(?:a |the )?victim"
    r"\b|\b(?:taken|take (?:it|this|that)) (?:\w+ )?seriously\b"
)
_WORKING_WHEN_HURT = re.compile(
    r"\b(?:part of (?:the|my|our) job|at work|on shift|on duty|colleagues?|paramedics?|nurses?|"
    r"ambulance|emergency workers?|my patient|a patient|patients|(?:my|the) manager)\b"
)


def asks_if_assaulted_worker_counts(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_COUNT_AS_VICTIM.search(words))
        and bool(
            re.search(r"\bpart of (?:the|my|our) job\b", words) or _WORKING_WHEN_HURT.search(words)
        )
        and bool(re.search(r"\b(?:victim|part of (?:the|my|our) job)\b", words))
    )


# "Isn't there a specific law for assaulting emergency workers? Does that change anything for me"
def asks_about_the_emergency_workers_law(text: str) -> bool:
    words = plain(text)
    return is_question(text) and bool(
        re.search(r"\bemergency (?:workers?|services?|staff)\b", words)
        and re.search(r"\b(?:law|act|offence|assault\w*|attack\w*|sentenc\w*)\b", words)
    )


# Mei, spat at and abused on a bus: "Why you say assault? he only spit and shout."
_SPIT = re.compile(r"\b(?:spit|spat|spits|spitting|spitted|gob\w*)\b")


def asks_if_spitting_is_assault(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_SPIT.search(words))
        and bool(re.search(r"\bassault\w*\b|\bis (?:it|that|spitting) (?:a )?crime\b", words))
    )


# "Police will care if it is only words?", "police will care if only words? He did not hit me",
# "if I report, police really do something when he only shout and spit?"
_ONLY_WORDS = re.compile(
    r"\b(?:only|just) (?:words|shout\w*|spit\w*|verbal|name calling|called me|names|swear\w*|"
    r"abuse)\b|\bhe only (?:\w+ )?(?:shout\w*|spit\w*|swore|said)\b|"
    r"\b(?:did not|didnt|never|not) (?:\w+ )?(?:hit|touch|punch|"
    r"hurt)\w* me\b|\b(?:nobody|no one|noone) (?:\w+ )?(?:hit|touched|hurt) me\b|\bnot physical\b"
)
_POLICE_CARE = re.compile(
    r"\b(?:police|they|cops)\b.{0,40}\b(?:care|cares|bother\w*|do (?:anything|something)|take "
    r"(?:it|this|that) (?:\w+ )?serious\w*|interested|matter)\b|"
    r"\b(?:care|bother)\b.{0,30}\bpolice\b"
)


def asks_if_hate_words_matter(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    hate = (
        crime_type == "hate_crime"
        or answers.get("hate_motivated") is True
        or bool(answers.get("hate_strand"))
        or bool(_HATE_WORDS.search(words))
        or bool(re.search(r"\b(?:chinese|racis\w*|hate)\b", words))
    )
    return (
        hate
        # Racist or religious abuse: the Galop answer for LGBT+ hate stands.
        and race_or_religion_hate(text, answers)
        and is_question(text)
        and bool(_ONLY_WORDS.search(words))
        and bool(_POLICE_CARE.search(words))
    )


# Lucy: "Is the Witness Care Unit the same as the Witness Service?"
def asks_witness_care_unit_or_service(text: str) -> bool:
    words = plain(text)
    care_unit = re.search(r"\bwitness care(?: unit| officer|)\b|\bwcu\b", words)
    service = re.search(r"\bwitness service\b", words)
    return is_question(text) and bool(
        (care_unit and service)
        or (
            (care_unit or service)
            and re.search(r"\b(?:difference|same|different|what(?:s| is) the)\b", words)
        )
    )


# Ahmed, a council tenant targeted by his neighbour: "Can the council do anything? Or move us?",
# "Still didnt say if they can move us", "can the council actually move us?"
_MOVE_US = re.compile(
    # -- round 34, main -- "also can we get moved??", "you didnt answer about moving house, is that
    # possible? we rent from the council" (Tariq, whose brother was stabbed).
    r"\b(?:can|could|will) (?:we|i|they|he|she) (?:get|be) (?:moved|rehoused|re housed|"
    r"transferred)\b|\bmoving (?:house|home|away|out of the area)\b.{0,40}\b(?:possible|can|"
    r"council|help)\b|"
    r"\b(?:move|rehouse|re house|transfer|relocate) (?:us|me|my family|our family)\b|"
    r"\b(?:management (?:move|transfer)|housing transfer|emergency transfer)\b"
)


def asks_if_the_council_can_move_them(text: str) -> bool:
    words = plain(text)
    return (
        bool(_MOVE_US.search(words))
        and (
            is_question(text)
            or bool(re.search(r"\b(?:if|whether) (?:they|the council|the housing)\b", words))
        )
        and not re.search(r"\b(?:refuge|police station)\b", words)
    )


# Graham, whose adult son uses drugs and steals from him: "Is there somebody who helps families
# in this situation?", "I'd still like to know if anyone can help him with the drugs."
_DRUGS = re.compile(
    r"\b(?:drugs|drug (?:problem|use|habit|addiction|issue)|addict\w*|heroin|crack|cocaine|"
    r"substance\w*)\b"
)
_HELP_FOR_THEM = re.compile(
    r"\bhelp\w* (?:him|her|them|my son|my daughter|families|family|parents|us) (?:\w+ )?"
    r"(?:with|in|get off|stop|come off|through)\b|\b(?:some(?:one|body)|anyone|anybody|"
    r"any(?:one|body) who|people) (?:who |that )?(?:\w+ )?helps? (?:families|family|parents|him|"
    r"her)\b|"
    r"\bsupport for (?:families|family|parents|him|her)\b|\bhelps? families\b"
)


def asks_for_help_with_a_relatives_drugs(text: str) -> bool:
    words = plain(text)
    return bool(_DRUGS.search(words) and _HELP_FOR_THEM.search(words)) and (
        is_question(text) or bool(re.search(r"\b(?:like to know|want to know|wondering)\b", words))
    )


# Harjit: "I have not yet reported what happened in the street yesterday. Should I? And do you
# think the two are connected?"
def asks_if_incidents_are_connected(text: str) -> bool:
    words = plain(text)
    return is_question(text) and bool(
        re.search(
            r"\b(?:connected|linked|related|the same (?:people|person|man|men|group|lot|ones?))\b",
            words,
        )
        and re.search(r"\breport\w*\b", words)
    )


# "he physically knocked my turban ... Is that an assault?"
_WORN = re.compile(
    r"\b(?:turban|patka|hijab|headscarf|head scarf|niqab|burqa|kippah|yarmulke|skullcap|hat|cap|"
    r"wig|glasses|clothes|clothing|coat|jacket|bag)\b"
)


def asks_if_touching_what_they_wear_is_assault(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(re.search(r"\bassault\w*\b", words))
        and bool(_WORN.search(words))
        and bool(
            re.search(
                r"\b(?:knock\w*|pull\w*|grab\w*|rip\w*|snatch\w*|tore|tear\w*|touch\w*|"
                r"yank\w*|flick\w*|push\w*)\b",
                words,
            )
        )
    )


# Aaliyah, whose ex shared her pictures: "should i keep the screenshots or delete them? some of
# them have the pics in", "do i keep the screenshots??"
def asks_whether_to_keep_image_screenshots(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    age = answers.get("age")
    adult = not isinstance(age, (int, float)) or age >= 18
    images = (
        "intimate_images" in (answers.get("account_details") or ())
        or crime_type == "online_abuse"
        or bool(re.search(r"\b(?:pics?|pictures?|photos?|nudes?|images?)\b", words))
    )
    return (
        adult
        and images
        and is_question(text)
        and bool(re.search(r"\b(?:screenshots?|screen shots?|screenies)\b", words))
        and bool(re.search(r"\b(?:keep|save|delete|get rid|bin)\b", words))
        and not re.search(r"\b(?:this chat|our chat|my data|this conversation|the chat)\b", words)
    )


# Becca, spiked nearly a week ago: "can i still get tested after a week", "does the TEST cost
# anything", "nobody has actually told me if i can still get a drug test after a week or if its
# pointless".
_SPIKE_WORDS = re.compile(
    r"\b(?:spik\w*|drugged|drink was|in my drink|drug test\w*|drugs test\w*|tested for drugs|"
    r"urine (?:test|sample))\b"
)
_TEST = re.compile(r"\b(?:test|tests|tested|testing|sample)\b")
_TEST_WHEN_OR_COST = re.compile(
    r"\b(?:still|after|too late|pointless|worth it|week|days?|cost\w*|pay|free|charge|where)\b"
)


def asks_about_a_spiking_test(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    said_spiked = bool(_SPIKE_WORDS.search(words))
    # Without the word: a spiking read as an assault, tested days later or asking the cost; not
    # "i need to get tested. he didnt use anything" (the Havens).
    spiked = said_spiked or (
        crime_type in ("assault", "other")
        and answers.get("possible_sexual_offence") is not True
        and bool(re.search(r"\b(?:a week|weeks?|days|cost\w*|pay|free|charge|pointless)\b", words))
        and not re.search(r"\b(?:didnt use|condom|protection|raped|rape|sex\w*)\b", words)
    )
    return (
        spiked
        and (is_question(text) or bool(re.search(r"\b(?:if|whether) i can\b", words)))
        and bool(_TEST.search(words))
        and bool(_TEST_WHEN_OR_COST.search(words))
        and not re.search(r"\b(?:stds?|stis?|hiv|pregnan\w*|covid|driving)\b", words)
    )


# -- round 32, helper T --
# Who did it decides which order: a non-molestation order is for a partner, ex or relative; for
# anyone else (Sophie, a GP stalked by a patient's husband: "he's not my ex or a relative ... so a
# non-molestation order doesn't apply, does it?") a harassment injunction she can ask for herself.
_NOT_PARTNER = re.compile(
    r"\b(?:not|isnt|is not|never been|wasnt|was not) (?:my |a |an |our )?(?:ex|partner|"
    r"relative|family|family member|husband|wife|boyfriend|girlfriend|related)\b|\bharassment "
    r"(?:injunctions?|orders?)\b"
)


def protection_order_answer(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> str:
    """The order answer for who did it: utter_protection_order (non-molestation) for a partner,
    ex or relative, utter_harassment_injunction for someone else."""
    relationship = (answers or {}).get("relationship_to_offender")
    # -- round 38, helper B6 --: "we just worked together" (Maya) says it as well as "not my ex".
    if _NOT_PARTNER.search(plain(text)) or _B6_NOT_A_PARTNER.search(plain(text)):
        return "utter_harassment_injunction"
    if crime_type == "domestic_abuse" or relationship in ("partner_or_ex", "family_member"):
        return "utter_protection_order"
    if relationship in ("someone_known", "stranger", "unknown"):
        return "utter_harassment_injunction"
    if crime_type == "stalking_harassment" and relationship is None:
        # -- round 38, helper B6 --: stalking, who did it not yet asked (Maya, an ex-colleague):
        # both routes, not only the one for partners.
        return "utter_order_depends_who_it_is"
    return "utter_protection_order"


# "can i go to a refuge and take my daughter with me?", "will the refuge take a 2 year old??",
# "pls just tell me yes or no can kids go in refuges" (Nadia).
_REFUGE = re.compile(r"\brefuges?\b")
_CHILDREN_IN_REFUGE = re.compile(
    r"\b(?:my |the |our |a )?(?:daughters?|sons?|kids?|children|child|babys?|babies|toddlers?|"
    r"little ones?|\d+ (?:year|yr|month)s? olds?|(?:one|two|three|four|five) (?:year|yr)s? olds?)\b"
)
_CAN_THEY_COME = re.compile(
    r"\b(?:can|could|will|would|do|does|are|is|allowed|let|take|bring|come|go|stay)\b"
)


def asks_about_children_in_a_refuge(text: str) -> bool:
    words = plain(text)
    return (
        bool(_REFUGE.search(words))
        and bool(_CHILDREN_IN_REFUGE.search(words))
        and bool(_CAN_THEY_COME.search(words))
        and (is_question(text) or bool(re.search(r"\b(?:asked|asking|tell me)\b", words)))
    )


# A parent whose child is exploited to sell drugs (Rosa: "they will put him in prison? he is only
# a boy", "police will arrest mi hijo?", "who help him? he is a child").
_SELL_DRUGS = re.compile(
    r"\b(?:county lines|sell\w* (?:drugs|drogas|gear|weed|stuff)|deal\w* drugs|carry\w* (?:drugs|"
    r"packages|gear)|(?:use|using|used|make|making|made|force\w*) (?:him|her|them|my (?:son|"
    r"daughter|boy|girl|child|kid)) (?:to |for )?(?:sell|deal|carry|drugs|drogas))\b"
)
_MY_CHILD = re.compile(
    r"\b(?:my (?:son|daughter|boy|girl|child|kid)|mi hij[oa]|hij[oa]|he is (?:only )?(?:a )?(?:boy|"
    r"child|kid)|she is (?:only )?(?:a )?(?:girl|child|kid)|(?:only|just) a (?:boy|girl|child|kid)|"
    r"(?:he|she|hes|shes) (?:is )?a (?:child|minor|kid))\b"
)
_HIM_ARRESTED = re.compile(
    r"\b(?:arrest|nick|charge|lock up|prosecute)\w* (?:him|her|my (?:son|daughter|boy|girl|child|"
    r"kid)|mi hij[oa])|\b(?:put|send) (?:him|her) (?:in|to) (?:prison|jail|custody)|\b(?:he|she|"
    r"my son|my daughter) (?:will |gonna |going to )?(?:go|be sent|get sent) to (?:prison|jail)|"
    r"\b(?:is|will) (?:he|she) (?:be )?in trouble|\bwho (?:will |can |is going to )?helps? "
    r"(?:him|her|my (?:son|daughter|boy|girl|child))\b"
)


def parent_fears_for_exploited_child(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    words = plain(text)
    exploited = answers.get("crime_type") == "human_trafficking" or bool(_SELL_DRUGS.search(words))
    about_a_child = bool(_MY_CHILD.search(words)) or bool(answers.get("for_child"))
    return exploited and about_a_child and bool(_HIM_ARRESTED.search(words))


# "its ok one week later?", "i ask if is ok to report one week after", "is worth it to report? it
# was one week ago already" (Ana, exposed to on a night bus a week before).
_OK_TO_REPORT_LATER = re.compile(
    r"\b(?:is (?:it )?|its |it s )?(?:ok|okay|alright|fine|too late) (?:to (?:report|go to "
    r"(?:the )?police|tell (?:the )?police|call (?:the )?police)(?: it)? )?(?:now )?(?:a|one|two|"
    r"three|four|\d+|a few|some|1) (?:days?|weeks?) (?:later|after|ago)\b|\b(?:was|is|happened) "
    r"(?:one|a|two|\d+|1) (?:days?|weeks?) ago already\b"
)
_WORTH_IT_TO_REPORT = re.compile(
    r"\bis (?:it )?worth (?:it )?(?:to )?report\w*|\b(?:the )?police will do (?:something|anything)"
    r" (?:or no|or not)\b|\bwill (?:the )?police (?:even )?do (?:something|anything)\b"
)


def asks_if_ok_to_report_later(text: str) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\bi (?:ask|asked|am asking|was asking)\b", words))
    return asked and bool(_OK_TO_REPORT_LATER.search(words))


def asks_if_worth_it_to_report(text: str) -> bool:
    return bool(_WORTH_IT_TO_REPORT.search(plain(text)))


# -- round 33, helper U3 --
# Witness, court and police-process questions asked mid-conversation that got "I can't
# answer" or a wrong answer: Leah (18, saw her best friend stabbed to death), Amir (17,
# stabbed, afraid to be called a grass), Yemi (her son of 15 arrested after a fight he says
# he didn't start) and Sean (hit on the head with a steering lock).
_W_NOT_FAMILY = re.compile(
    r"\b(?:(?:im|i am|i m) not (?:his |her |their )?(?:family|a relative|related|next of kin)|"
    r"not (?:his |her |their )?(?:family|related|a relative)|only (?:call|calls|ring|rings|"
    r"update|updates|talk to|talks to|speak to|speaks to) (?:his|her|their) (?:mum|mom|mother|"
    r"dad|father|family|parents|wife|husband|partner))\b"
)
_W_TOLD_ABOUT_CASE = re.compile(
    r"\b(?:(?:get|be|am i|will i|do i) (?:get )?(?:told|updated|kept updated|informed|updates)|"
    r"(?:tell|update|inform) me|updates?|(?:told|hear|know) (?:stuff|anything|what|about) "
    r"(?:about |is )?(?:the )?(?:case|trial|court|happening))\b"
)


def asks_for_case_updates_as_non_family(text: str) -> bool:
    """ "so do i get told stuff about the case even tho im not family? the police only call his
    mum" (Leah): updates go to the close relatives; a witness hears from the Witness Care
    Unit."""
    words = plain(text)
    return (
        is_question(text)
        and bool(_W_NOT_FAMILY.search(words))
        and bool(_W_TOLD_ABOUT_CASE.search(words))
    )


_W_LIKE_FAMILY = re.compile(
    r"\b(?:(?:like|as close as|basically|practically) (?:a |my |his |her )?(?:brother|sister|"
    r"brothers|sisters|brother and sister|sister and brother|siblings?|family|twins?)|(?:best|"
    r"close|closest) (?:friend|mate|m8|pal|bro)|(?:hes|she was|he was|shes|they were|theyre) "
    r"(?:just )?(?:my|a) (?:friend|mate|m8|pal|bro))\b"
)
_W_DOES_IT_COUNT = re.compile(
    r"\b(?:(?:does|do|doesnt|dont|will|would) (?:that|it|this|i|friends?|mates?) (?:not )?"
    r"(?:count|matter)|(?:do|does|can) (?:i|friends?|mates?) (?:still )?(?:count|get (?:any )?"
    r"(?:help|support))|(?:am i|arent i|am i not) (?:a victim|family|counted)|(?:is|isnt) (?:there|"
    r"that) (?:not )?(?:enough|anything for (?:me|friends|mates)))\b"
)
_W_DIED = re.compile(r"\b(?:died|dead|killed|murdered|passed away|lost him|lost her|death)\b")


def asks_if_a_close_friend_counts(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "no i said hes my best friend. we were like brother and sister tho. does that not
    count" (Leah, whose best friend was killed): friends are not in the Code's list of bereaved
    relatives, but support services still help."""
    words = plain(text)
    died = (answers or {}).get("crime_type") == "homicide" or bool(_W_DIED.search(words))
    return (
        died
        and is_question(text)
        and bool(_W_LIKE_FAMILY.search(words))
        and bool(_W_DOES_IT_COUNT.search(words))
    )


_W_HAVE_TO_GIVE_EVIDENCE = re.compile(
    r"\b(?:(?:will|do|would|must|shall) (?:i|he|she|they|we) (?:have to|need to|got to|gotta|be "
    r"(?:asked|made|called) to) (?:give evidence|go to court|testify|be a witness|stand up in "
    r"court|speak in court)|(?:have|need) to (?:give evidence|testify) (?:in court|at (?:the )?"
    r"(?:court|trial))|(?:will|would) (?:i|he|she|they) be (?:called|needed) (?:as a witness|to "
    r"give evidence|at (?:the )?(?:trial|court)))\b"
)
_W_KNOW_ITS_ME = re.compile(
    r"\b(?:(?:theyll|they will|he will|hell|they would|theyd|they might|they gonna|theyre gonna|"
    r"they are going to) (?:know|find out|see|recognise|recognize) (?:its|it is|it was|that "
    r"its|that it was) me|scared|afraid|frightened|terrified|worried|nervous)\b"
)


def asks_if_they_must_give_evidence(text: str) -> bool:
    """ "will i have to give evidence?? im scared they'll know its me" (Leah, a witness to a
    killing; the trial is next year): maybe, if they gave a statement; the Witness Care Unit
    tells them; special measures if they are scared."""
    words = plain(text)
    return (
        is_question(text)
        and bool(_W_HAVE_TO_GIVE_EVIDENCE.search(words))
        and bool(_W_KNOW_ITS_ME.search(words))
    )


_W_FLASHBACKS = re.compile(
    r"\b(?:flash ?backs?|keep (?:seeing|reliving|replaying|hearing) it|(?:see|seeing) it (?:every "
    r"time|when) i close my eyes|nightmares?)\b"
)
_W_IS_IT_PTSD = re.compile(
    r"\b(?:ptsd|post traumatic|trauma\w*|(?:u|you) (?:didnt|did not|never) (?:answer|say|"
    r"reply)\w* (?:me )?(?:about )?(?:the )?(?:flash ?backs?|nightmares?))\b"
)


def asks_about_flashbacks(text: str) -> bool:
    """ "i cant sleep and i keep having flashbacks, is that ptsd", then "u didnt answer about the
    flashbacks" (Leah, who saw her friend killed): common after trauma; it could be PTSD, which
    is treated; GP or NHS Talking Therapies. Crisis words go to the safety messages."""
    words = plain(text)
    return (
        bool(_W_FLASHBACKS.search(words))
        and bool(_W_IS_IT_PTSD.search(words))
        and (is_question(text) or bool(re.search(r"\b(?:didnt|did not|never) answer", words)))
        and not _CRISIS.search(words)
    )


_W_PEOPLE_WHO_SAW = re.compile(
    r"\b(?:support|help|anything|anyone|someone)\b(?: \w+){0,3} (?:for )?(?:people|ppl|someone|"
    r"anyone|those|us|me|witnesses|ppl|the ones|friends) (?:who|that|wot|what)? ?(?:saw|seen|"
    r"witnessed|watched|was there when) (?:it|this|that|what happened|him|her|the)\b"
)


def asks_about_support_for_those_who_saw_it(text: str) -> bool:
    """ "is there any support for ppl who saw it? everyone just talks to his mum" (Leah)."""
    return is_question(text) and bool(_W_PEOPLE_WHO_SAW.search(plain(text)))


_W_STATEMENT = r"(?:a |the |my |his |her |their |any )?(?:statement|witness statement)"
_W_STATEMENT_CHOICE = re.compile(
    r"\b(?:what (?:happens|will happen|happen|would happen|if) (?:if )?(?:i|he|she|they|we) "
    r"(?:dont|do not|didnt|dont want to|refuse to|wont|will not|never|say no and dont) (?:give|"
    r"make|do|sign) " + _W_STATEMENT + r"|(?:do|must|will) (?:i|he|she|they|we) (?:have to|need to|"
    r"got to|gotta) (?:give|make|do|sign) " + _W_STATEMENT + r"(?: to get (?:help|support|"
    r"anything))?(?: or not)?$|(?:can|could) (?:i|he|she|they|we) (?:refuse|say no) (?:to )?"
    r"(?:give |giving |make |making )?" + _W_STATEMENT + r")\b"
)
_W_GRASS = re.compile(r"\b(?:grass|grassing|grassed|snitch\w*|snake|rat)\b")
_W_COME_FOR_ME = re.compile(
    r"\b(?:come (?:for|after) (?:me|us)|coming (?:for|after) me|(?:gonna|will|going to|coming to|"
    r"out to|try to|theyll|hell|hes gonna|they gonna) (?:get|do|jump|stab|shank|hurt|batter) "
    r"me|revenge|retaliat\w*)\b"
)


def asks_about_giving_a_statement(text: str) -> bool:
    """ "if i give a statement everyone gonna say im a grass and his boys will come for me",
    "what happens if i dont give statement" (Amir, 17, stabbed): a statement is their choice,
    support does not depend on it, threats to a witness are a crime, Crimestoppers takes
    information without a name. Not a question about who sees the chat (the privacy answer)
    or a suspect's own statement (the solicitor answer)."""
    words = plain(text)
    if asks_about_privacy(text) or asks_if_statement_can_be_used_against_them(text):
        return False
    statement = bool(re.search(r"\bstatements?\b", words))
    feared = statement and bool(_W_GRASS.search(words) or _W_COME_FOR_ME.search(words))
    # Each part of the message on its own: "no. u didnt answer me tho. what happens if ...".
    choice = any(
        _W_STATEMENT_CHOICE.search(plain(part)) for part in re.split(r"[.?!\n]+", text) if part
    )
    return feared or choice


_W_SOLICITOR = re.compile(r"\b(?:solicitor|lawyer|legal advice|legal adviser|brief)\b")
_W_TO_POLICE = re.compile(
    r"\b(?:statements?|interview\w*|report\w*|tell (?:the )?police|talk to (?:the )?police|speak "
    r"to (?:the )?police|say to (?:the )?police|give evidence)\b"
)
_W_USED_AGAINST = re.compile(
    r"\bif (?P<who>i|he|she|they) (?:give|gives|make|makes|do|does|tell|tells|say|says)\b.{0,60}"
    r"\bused against (?P<whom>me|him|her|them)\b"
)
_W_SAME_PERSON = {"i": "me", "he": "him", "she": "her", "they": "them"}
_W_SUSPECTED = re.compile(
    r"\b(?:arrested|under investigation|released under investigation|on bail|a suspect|"
    r"interviewed under caution|charged)\b"
)


def asks_if_statement_can_be_used_against_them(text: str) -> bool:
    """ "he is under investigation, if he gives a statement about the fight could it be used
    against him? Should we talk to his solicitor first?" (Yemi, whose son of 15 was arrested):
    yes, the solicitor first. Not a victim asking whether their statement will be used against
    the person who hurt them ("if i give a statement will it be used against him")."""
    words = plain(text)
    if not is_question(text):
        return False
    used = _W_USED_AGAINST.search(words)
    if used and _W_SAME_PERSON[used.group("who")] == used.group("whom"):
        return True
    return bool(
        _W_SOLICITOR.search(words)
        and _W_TO_POLICE.search(words)
        and _W_SUSPECTED.search(words)
        and re.search(r"\b(?:first|before|should (?:we|i|he|she)|do (?:we|i) need)\b", words)
    )


_W_VICTIM_TOO = re.compile(
    r"\b(?:(?:is|isnt|is not) (?:he|she|they|my son|my daughter|my boy) (?:not )?(?:a )?victims? "
    r"(?:too|as well)|(?:am|arent|am not) i (?:not )?(?:a )?victims? (?:too|as well)|(?:he|she|"
    r"they|my son|my daughter) (?:is|are|was|were) (?:a )?victims? (?:too|as well)|(?:can|could) "
    r"(?:he|she|they|i|we) (?:still )?report (?:them|it|the \w+|what (?:they|he) did)\b.{0,30}"
    r"\b(?:even though|even tho|even if|though|tho|after|when|if) (?:he|she|they|i) (?:was|were|"
    r"got|has been|have been|am|is) (?:arrested|a suspect|under investigation))\b"
)
_W_SAYS_VICTIM = re.compile(
    r"\b(?:says|saying|claims|claiming|thinks|pretend\w*) (?:hes|shes|he is|"
    r"she is|they are|theyre|to be) (?:a |the )?victim"
)


def asks_if_a_suspect_is_a_victim_too(text: str) -> bool:
    """ "is he not a victim too? He was attacked. Nobody asked him about his injury, they just
    arrested him", "Can he report them even though he was arrested?" (Yemi): yes, someone
    arrested can also be a victim; speak to their solicitor first. Not a victim told the
    person who hurt them "says he's the victim"."""
    words = plain(text)
    return (
        is_question(text)
        and bool(_W_SUSPECTED.search(words))
        and bool(_W_VICTIM_TOO.search(words))
        and not _W_SAYS_VICTIM.search(words)
    )


_W_COUNTS_AS_SERIOUS = re.compile(
    r"\b(?:(?:does|do|will|would|is) (?:this|it|that) (?:count|be (?:seen|treated|classed|"
    r"counted|taken)|(?:seen|treated|classed|counted)) as (?:a )?serious|(?:is|was) (?:this|it|"
    r"that) (?:a )?serious (?:crime|assault|offence|attack)|just (?:a )?(?:scuffle|fight|punch "
    r"up|scrap|tussle|bit of a fight|minor assault|common assault)|(?:do|will|would) (?:they|"
    r"the police) (?:see|treat|class|count) (?:this|it|that) as (?:a )?serious)\b"
)
_W_BLOW_OR_WOUND = re.compile(
    r"\b(?:hit|attack\w*|assault\w*|punch\w*|kick\w*|stab\w*|slash\w*|cut|glass\w*|bottle\w*|"
    r"bar|weapon|steering lock|bat|hammer|knife|stitches|wound\w*|scuffle|fight)\b"
)


def asks_if_an_assault_counts_as_serious(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "Does this count as serious or is it just a scuffle to them?" (Sean, hit on the head
    with a steering lock, 6 stitches): a wound or serious injury can be wounding or GBH, and
    with intent is one of the Code's most serious crimes. Not a partner or relative (domestic
    abuse has its own answers), and not a hold on the neck (its own answer)."""
    words = plain(text)
    violent = crime_type in ("assault", "serious_violence") or (
        crime_type is None and bool(_W_BLOW_OR_WOUND.search(words))
    )
    return (
        violent
        and is_question(text)
        and bool(_W_COUNTS_AS_SERIOUS.search(words))
        and not _close(crime_type, answers or {})
        and not mentions_strangling(text)
        and not _NECK_GRABBED.search(words)
    )


# -- round 33, helper U2 --: money, online and complaints questions asked mid-conversation.
# Maria, 58, after a romance/crypto scam: "they say they can get back my crypto for fee of 2000.
# Is good idea?", "They want me to pay tomorrow ... I think I will pay, I need this money back",
# "the company who want 2000 to get my bitcoin back, they are real? I must decide tonight" (the
# last got the Right 10 court-expenses answer): a firm offering to recover money for a fee. The
# answer is the existing utter_recovery_fee, whose pattern (_RECOVERY_FEE) needs "release fee",
# "pay a fee ... back" and the like, and missed these words.
_RECOVER_MONEY = re.compile(
    r"\b(?:get|getting|got|bring|recover\w*|return\w*) (?:back )?(?:my |our |the |all (?:my |the "
    r")?|some of (?:my |the )?)?(?:money|crypto\w*|bitcoins?|btc|coins?|funds?|savings|"
    r"investments?|pension|it|them)(?: back)?\b|\b(?:money|crypto|bitcoins?|funds?|savings) "
    r"back\b|\brecovery (?:company|firm|service|agent|agency|specialist|expert|team)s?\b"
)
_FEE_TO_RECOVER = re.compile(
    r"\b(?:fee|fees|charge|charges|charging|upfront|up front|commission)\b|\b(?:want|wants|"
    r"wanted|asking|asked|ask|asks|need|needs|told) (?:me )?(?:to )?pay\b"
)
_RECOVERY_FIRM = re.compile(
    r"\b(?:company|companies|firm|agency|agent|hacker|hackers|lawyer|lawyers|solicitor|"
    r"specialist|expert|experts|email|emailed|website)\b"
)
_AMOUNT = re.compile(r"\b\d{3,}\b|£ ?\d")
_CRYPTO = re.compile(
    r"\b(?:crypto\w*|bitcoins?|btc|coinbase|binance|kraken|exchange|wallet|usdt|ethereum|"
    r"trading (?:platform|account|site|website))\b"
)
_SCAMMED = re.compile(r"\b(?:scam\w*|fraud\w*|conned|tricked)\b")


def asks_about_a_recovery_firm(text: str, crime_type: str | None) -> bool:
    """A firm offering to get a scam victim's money back for a fee (recovery fraud)."""
    words = plain(text)
    money_crime = crime_type == "fraud" or bool(_CRYPTO.search(words) or _SCAMMED.search(words))
    if not money_crime or not _RECOVER_MONEY.search(words):
        return False
    return bool(_FEE_TO_RECOVER.search(words)) or bool(
        _RECOVERY_FIRM.search(words) and (_AMOUNT.search(text) or re.search(r"\bpay\b", words))
    )


# "The money I send to a crypto website, he give me the link, I make account there and buy the
# bitcoin. Bank will still pay back?": money moved to a crypto account in their own name.
_OWN_CRYPTO_ACCOUNT = re.compile(
    r"\b(?:make|made|makes|open|opened|set up|setup|create|created) (?:an |a |my |the )?(?:\w+ )?"
    r"(?:account|wallet)s?\b|\b(?:my|own) (?:own )?(?:crypto |bitcoin |exchange )?(?:account|"
    r"wallet)\b|\bin my (?:own )?name\b|\b(?:buy|bought|buying|purchase\w*) (?:the |some |more )?"
    r"(?:bitcoins?|crypto\w*|coins?)\b"
)
_BANK_REFUND = re.compile(
    r"\b(?:bank|banks|barclays|hsbc|lloyds|natwest|santander|nationwide|halifax|monzo|starling)"
    r"\b.{0,40}\b(?:pay (?:me )?back|refund\w*|give (?:me )?(?:it |the money |my money )?back|"
    r"money back|reimburs\w*|cover)\b|\b(?:refund\w*|reimburs\w*)\b"
)


def asks_bank_refund_for_own_crypto_account(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        bool(_CRYPTO.search(words))
        and bool(_OWN_CRYPTO_ACCOUNT.search(words))
        and bool(_BANK_REFUND.search(words))
        and (is_question(text) or crime_type == "fraud")
    )


# Olivia, loans taken out in her name: "if a lender refuses to accept it was fraud and keeps
# chasing me, who do I complain to?" got the Victims' Code Right 12 (Ombudsman for the police and
# courts) answer; lenders answer to the Financial Ombudsman Service.
_COMPLAIN = re.compile(
    r"\b(?:complain\w*|complaint\w*|escalate|ombudsman|who (?:do|can|should) i (?:go|turn) to)\b"
)
_LENDER = re.compile(
    r"\b(?:lenders?|loans?|creditors?|debt collect\w*|collection agenc\w*|credit card "
    r"(?:company|firm|provider)|finance (?:company|firm)|catalogue (?:company|firm))\b"
)


def asks_how_to_complain_about_a_lender(text: str) -> bool:
    words = plain(text)
    return bool(_COMPLAIN.search(words) and _LENDER.search(words))


# "do I have to pay these loans back while it's being looked at? One has threatened bailiffs",
# "do I have to keep paying and can they actually send bailiffs for a loan I never took out?"
_MUST_I_PAY = re.compile(
    r"\b(?:(?:do|will|would|should) i (?:still )?(?:have|need|got) to (?:keep )?(?:pay\w*|repay)|"
    r"have i (?:got )?to (?:keep )?(?:pay|repay)|keep paying|(?:pay|paying) (?:these|them|it|this|"
    r"the loans?|the debts?) back|am i liable|liable for|responsible for (?:paying|the|these|this)"
    r")\b|\bbailiffs?\b|\benforcement agents?\b"
)


def asks_if_they_must_repay_fraud_credit(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    identity = "identity_fraud" in ((answers or {}).get("account_details") or ()) or bool(
        account.IDENTITY_FRAUD.search(words)
        or re.search(
            r"\b(?:not my (?:debt|loan)s?|in my name|never took out|didnt take out|"
            r"did not take out)\b",
            words,
        )
    )
    return (
        identity
        and bool(_MUST_I_PAY.search(words))
        and (is_question(text) or bool(re.search(r"\bbailiffs?\b", words)))
    )


# Marcus: "the stop and search, can anyone not police look at that", "is there anyone
# independent"; Yemi about her son of 15: "By the police maybe ... Can I complain about how they
# treated him?" (got the Right 12 answer). A complaint about what the police did.
_POLICE_CONDUCT = re.compile(
    r"\b(?:stop(?:ped)? (?:and|n|&) search\w*|searched (?:me|him|her|us|my son|my daughter)|"
    r"(?:how|the way) (?:the police |the officers? |they )?(?:treated|spoke to|talked to|dealt "
    r"with|handled) (?:me|him|her|us|my son|my daughter|my child)|profil\w*|(?:police|officers?|"
    r"cops?|the met) (?:\w+ ){0,3}(?:racist|rude|rough|aggressive|heavy handed))\b"
)
_POLICE = re.compile(r"\b(?:police|officers?|cops?|the met|met police|stop (?:and|n|&) search)\b")
_ANYONE_INDEPENDENT = re.compile(
    r"\b(?:complain\w*|complaint|iopc|watchdog|independent|anyone (?:not|outside|other than) "
    r"(?:the )?police|(?:someone|anyone|somebody) (?:\w+ )?(?:not|outside) (?:the )?police|"
    r"report (?:the|an|a|that) officers?)\b"
)
# Complaints the Code covers (no updates, not called back) stay with Right 12.
_CODE_SERVICE = re.compile(
    r"\b(?:update\w*|call\w* (?:me |us )?back|rang (?:me |us )?back|kept informed|not told|"
    r"heard nothing|no news|victims code|my rights)\b"
)


def asks_to_complain_about_the_police(text: str, crime_type: str | None = None) -> bool:
    words = plain(text)
    if _CODE_SERVICE.search(words) or asks_who_pays_for_damage(text, crime_type):
        return False
    conduct = bool(_POLICE_CONDUCT.search(words))
    return (
        bool(_ANYONE_INDEPENDENT.search(words))
        and (conduct or bool(_POLICE.search(words) and re.search(r"\btreat\w*\b", words)))
        and (is_question(text) or bool(re.search(r"\b(?:i want to|how do i|can i)\b", words)))
    )


# Dev, 28, whose Instagram was hacked and used to post that he is gay: "Is outing someone even a
# crime?" got the Domestic Abuse Act economic-abuse answer ("so people pay up" read as money).
# Not a school outing, nor "he said I'm gay and punched me" (the hate-crime answers).
_OUTING = re.compile(
    r"\bout(?:ing|ed|s) (?:someone|somebody|me|him|her|them|people|a person|my \w+|his \w+|"
    r"their \w+)\b|\b(?:been|being|was|got|get|getting) outed\b|\b(?:posted|posting|post|put up|"
    r"shared|sharing|told \w+|telling \w+)\b.{0,30}\b(?:i m|im|i am|he is|hes|she is|shes|they "
    r"are|theyre) (?:gay|bi|bisexual|lesbian|trans|queer)\b"
)
_A_CRIME = re.compile(r"\b(?:a crime|crime|illegal|against the law|allowed|an offence|offence)\b")


def asks_if_outing_is_a_crime(text: str) -> bool:
    words = plain(text)
    return bool(_OUTING.search(words) and _A_CRIME.search(words))


# Dev: "what do I do right now about the account? My mum follows me", "I just need the account
# back and the post down", "nothing about getting into my account or the post?"
_SOCIAL = re.compile(
    r"\b(?:instagram|insta|ig|facebook|fb|tiktok|snapchat|snap|twitter|x account|threads|"
    r"whatsapp|social media|socials|followers?|follows me|follow me|story|stories|posts?|posted|"
    r"dms?|dming)\b"
)
_ACCOUNT = re.compile(r"\b(?:account|acc|profile|page|login|instagram|insta|facebook|tiktok)\b")
_ACCOUNT_ACTION = re.compile(
    r"\b(?:hacked|hacker|hack|locked out|get (?:back )?(?:into|in to|in) (?:my|the)|getting "
    r"(?:back )?(?:into|in to|in) (?:my|the)|(?:account|profile|page|login) back|recover\w*|"
    r"(?:what|wat|wot) (?:do|should|can) i do (?:\w+ ){0,3}about (?:the|my) (?:account|profile|"
    r"page))\b"
)
_BANKING = re.compile(r"\b(?:bank|banks|banking|card|savings|current account|paypal)\b")


def asks_about_a_hacked_account(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    online = "online" in ((answers or {}).get("account_details") or ()) or bool(
        _SOCIAL.search(words)
    )
    if _BANKING.search(words) and not _SOCIAL.search(words):
        return False
    return online and bool(_ACCOUNT.search(words)) and bool(_ACCOUNT_ACTION.search(words))


# -- round 33, helper U1 --
# Urgent health and safety questions asked mid-conversation that got "I can't answer" or the
# wrong answer in round 33.

# Told each time the signs are told or asked about, never "I've sent what I know above" nor
# nothing (actions/reading.py): Frank, 81, said his head was thumping, then that he had been
# sick, then his daughter that he was confused, each a new reason to go now.
# -- round 37 -- and someone else's thoughts of suicide, told again ("She said last night she
# doesn't want to live without Daniel. What should I do?"): who to call, every time.
ANSWERED_EVERY_TIME = frozenset(
    {
        "utter_head_injury_now",
        "utter_baby_moving_less",
        "utter_someone_else_at_risk",
        # -- round 41, helper J2 --
        "utter_j2_someone_else_at_risk",
        "utter_j2_child_wants_to_die",
    }
)

# Frank, 81, pushed over and robbed, head on the pavement: "My head is really thumping now, is
# that normal after a fall?", "she wants to take me to A&E but I said I'd rather wait for the GP
# on Monday", "I was just sick actually", then his daughter: "Dad has just vomited and seems a
# bit confused". Signs after a blow to the head that need A&E now (NHS), not "get it checked
# today" said again, or nothing.
_HEAD = re.compile(
    r"\b(?:head|heads|headache|headaches|concuss\w*|(?:hit|banged|bumped|knocked) (?:my|his|her|"
    r"their) head)\b"
)
_HEAD_RED_FLAG = re.compile(
    r"\b(?:vomit\w*|threw up|throwing up|thrown up|(?:was|been|being|is|keeps? being|just been|"
    r"was just) (?:violently )?sick(?! (?:of|with|about|to|and tired))|(?:seems?|seemed|is|s|"
    r"getting|gone|went|looks?|sounds?) (?:a bit |a little |really |very |quite |more )?"
    r"confused|confusion|drowsy|(?:cant|hard to|struggling to) (?:stay|keep) awake|seizure|"
    r"(?:head|headache) (?:is |s )?(?:really |still |now |getting )*(?:thumping|pounding|"
    r"banging|throbbing|worse|killing)|(?:headache|head) (?:is )?getting worse|worse headache)\b"
)
# Said since the first answer, without the head named again: "I was just sick actually", "Dad
# has just vomited and seems a bit confused" (not "he punched me and now i keep being sick", the
# first telling, which utter_injury answers).
_JUST_NOW = re.compile(
    r"\b(?:(?:was|been|has|have|had|is) just (?:been )?(?:sick|vomited|thrown up)|just (?:vomited|"
    r"threw up|been sick)|(?:seems?|seemed|looks?|is|s|getting|gone) (?:a bit |a little |really |"
    r"very |quite |more )?confused)\b"
)
# Weighing up whether to go: "I'd rather wait for the GP on Monday", "is that normal".
_HEAD_WAIT = re.compile(
    r"\b(?:wait (?:for|until|till|til) (?:the )?(?:gp|doctor|monday|tomorrow|morning)|rather "
    r"(?:not go|wait|stay)|dont want to (?:go|make a fuss)|is (?:that|this|it) normal|answer "
    r"(?:about|me about) (?:my|his|her) head|(?:should|shall) (?:i|we) (?:call|ring|get) (?:an )?"
    r"ambulance|ambulance or drive|drive (?:him|her|them|me)|take (?:me|him|her|them) to (?:a&e|"
    r"a and e|hospital))\b"
)
_A_BLOW = re.compile(
    r"\b(?:punch\w*|hit|kick\w*|blow|headbutt\w*|attack\w*|beat|beaten|pushed|shoved|knocked|"
    r"fell|fall|fallen)\b"
)


def head_injury_getting_worse(text: str, crime_type: str | None) -> bool:
    """Being sick, confusion or a worsening headache after a blow to the head (or asking whether
    to wait for the GP with a hurt head): A&E now, 999 if confused. Said again when it is said
    again, unlike the first "get it checked today"."""
    words = plain(text)
    if _PICTURE.search(words):
        return False
    head = bool(_HEAD.search(words))
    red_flag = bool(_HEAD_RED_FLAG.search(words))
    after_a_blow = crime_type in VIOLENT or bool(_A_BLOW.search(words))
    just_now = bool(_JUST_NOW.search(words)) and not re.search(
        # Not "I'm sorry, I'm getting confused" by the chat (round 35, Angela, a bruised arm).
        r"\b(?:im|i am|i m|am i) (?:getting |a bit |a little |really |very |quite |so )?"
        r"confused\b",
        words,
    )
    return (
        (red_flag and head)
        or (just_now and after_a_blow)
        or (head and bool(_HEAD_WAIT.search(words)))
    )


# Hana, pregnant, pushed by her husband, at her sister's: "Can I stay with my sister, or must I
# go back?", "do I have to go back to his house? He says I must come home tonight."
_MUST_GO_BACK = re.compile(
    r"\b(?:(?:do|must|should|will) i (?:have to|need to|got to|must)? ?(?:go|move) back|must i "
    r"(?:go|come) back|have to (?:go|come) (?:back|home)|(?:can|could|may) i (?:stay|keep "
    r"staying) (?:with|at) (?:my )?\w+|(?:am i|i am) (?:allowed|able) to stay)\b"
)


def asks_if_they_must_go_back(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """A partner or relative says they must come home: they don't have to go back."""
    words = plain(text)
    close = _close(crime_type, answers or {})
    return close and is_question(text) and bool(_MUST_GO_BACK.search(words))


# "Can they call my sister phone instead?" (Hana: her husband takes her phone).
_OTHER_PHONE = re.compile(
    r"\b(?:call|ring|phone|text|contact|use|reach) (?:me )?(?:on |at |through |via )?(?:my )?"
    r"(?:sisters?|mums?|moms?|mothers?|dads?|brothers?|friends?|aunts?|aunties?|neighbours?|"
    r"daughters?|sons?|cousins?|works?|another|a different|someone elses?|other|nans?) "
    r"(?:phone|number|mobile|landline)\b"
)


def asks_to_use_another_phone(text: str) -> bool:
    return is_question(text) and bool(_OTHER_PHONE.search(plain(text)))


# Brenda, 74, with a walking frame, a firework put through her letterbox: "Is there anything to
# stop a firework coming through the letter box again?", "can anyone help make it safe from
# fire?", "And the letterbox? Nobody has answered me about that".
_LETTERBOX = re.compile(r"\b(?:letter ?box\w*|letter ?flap|door flap)\b")
_FIRE = re.compile(r"\b(?:fire\w*|firework\w*|arson|burn\w*|petrol|set alight|alight)\b")
_MAKE_SAFE = re.compile(
    r"\b(?:stop|prevent|block|safe|safer|guard|protect\w*|help|fit|cover|seal|anything|nobody "
    r"has answered|you didnt|answer)\b"
)


def asks_about_letterbox_fire_safety(text: str) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\bnobody (?:has )?answered\b", words))
    return (
        asked
        and bool(_LETTERBOX.search(words) or re.search(r"\bsafe from fire\b", words))
        and bool(_MAKE_SAFE.search(words))
        and bool(_FIRE.search(words) or re.search(r"\band the letter ?box\b", words))
    )


# "Is a firework through the door a crime or just kids being silly", "You didnt say if its a
# crime?" (criminal damage recorded).
_DAMAGE_CRIME_Q = re.compile(
    r"\b(?:a crime|illegal|against the law|an offence|kids being silly|just (?:kids|children|"
    r"teenagers|youngsters|teens) (?:being|messing|mucking|playing|having))\b"
)


# Nothing else asked about: "You didnt say if its a crime?", not "is it a crime if he takes my
# money?".
_BARE_IS_IT_A_CRIME = re.compile(
    r"\b(?:its|it is|is it|is this|is that|this is|thats|that is) (?:even |actually |really )?a "
    r"crime(?: or (?:not|just [\w ]{0,30}))?\s*$"
)


def asks_if_damage_is_a_crime(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\b(?:didnt|did not) say if\b", words))
    return (
        asked
        and bool(_DAMAGE_CRIME_Q.search(words))
        and bool(
            re.search(r"\b(?:fireworks?|damag\w*|smash\w*|eggs?|egged|egging|graffiti)\b", words)
            or (crime_type in ("criminal_damage", "arson") and _BARE_IS_IT_A_CRIME.search(words))
        )
        and not re.search(r"\b(?:civil|cyber|online|scam|fraud)\b", words)
    )


# Kay, groped on a train: "would there be cctv on the train?", "and if the cctv gets deleted".
_CCTV_SEEN = re.compile(r"\b(?:cctv|cameras?|footage)\b")
_ON_TRANSPORT = re.compile(
    r"\b(?:trains?|tube|rail\w*|carriage|platform|overground|dlr|tram|transport police|btp)\b"
)
_CCTV_GONE = re.compile(r"\b(?:deleted|delete|wiped|overwritten|kept|keep it|lost|gone|how long)\b")


def asks_about_cctv_in_time(text: str) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\band if the cctv\b", words))
    return (
        asked
        and bool(_CCTV_SEEN.search(words))
        and bool(
            _ON_TRANSPORT.search(words)
            or (
                _CCTV_GONE.search(words)
                and re.search(
                    r"\b(?:without (?:phoning|calling|ringing)|text (?:them|police))\b", words
                )
            )
        )
        and not re.search(r"\b(?:my|our|the) (?:own )?(?:video|doorbell|dashcam|ring)\b", words)
        # A bus's CCTV is the Met's and the bus company's (utter_cctv).
        and not re.search(r"\bbus(?:es)?\b", words)
    )


# "who would i even report it to, the train police?", "i just wanted to know if i can text the
# transport police or something": the British Transport Police answer (utter_transport_police).
_TRAIN_POLICE = re.compile(
    r"\b(?:train|trains|railway|rail|tube) (?:police|cops)\b|\btext (?:the )?(?:transport|train|"
    r"railway) police\b"
)


def asks_about_train_police(text: str) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\b(?:want|wanted) to know if\b", words))
    return asked and bool(_TRAIN_POLICE.search(words))


# "is that actually sexual assault or am i overreacting" (he grabbed her bum), "you didnt answer
# me tho, is it sexual assault??" (a sexual offence recorded).
_IS_IT_SEXUAL_ASSAULT = re.compile(
    r"\b(?:is|was) (?:it|this|that) (?:even |actually |really |still )?(?:a )?sexual assault|"
    r"counts? as (?:a )?sexual assault\b"
)
_GRABBED = re.compile(
    r"\b(?:grabb?\w*|grop\w*|touch\w*|squeez\w*|felt|feel\w*) (?:me|my|at my)\b|\bhand (?:on|up|"
    r"there|between)\b"
)


def asks_if_it_is_sexual_assault(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_IS_IT_SEXUAL_ASSAULT.search(words))
        and (crime_type == "sexual_offence" or bool(_GRABBED.search(words)))
        and not re.search(r"\brap(?:e|ed|ist)\b", words)
    )


# Zofia, her ex under a non-molestation order turning up at the school gate: "Should I tell the
# school? Can they stop him to come?", "You dont answer about school".
_TELL_SCHOOL = re.compile(
    r"\b(?:tell|telling|inform|warn|let) (?:the |my (?:kids|childrens|childs|sons|daughters) )?"
    r"(?:school|teachers?|head ?teacher|nursery)|school (?:stop|ban|keep|refuse)|(?:you )?dont "
    r"answer about (?:the )?school\b"
)


def asks_about_telling_the_school(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """An adult protected from a partner or ex by an order (or abused by them), asking about the
    school where he turns up; a child's own school worries are utter_school_worry."""
    words = plain(text)
    age = (answers or {}).get("age")
    adult = not (isinstance(age, int) and age < 18)
    close = (
        crime_type in ("domestic_abuse", "stalking_harassment")
        or (answers or {}).get("relationship_to_offender") in ("partner_or_ex", "family_member")
        or bool(_AN_ORDER.search(words))
    )
    asked = is_question(text) or bool(re.search(r"\bdont answer about\b", words))
    return adult and close and asked and bool(_TELL_SCHOOL.search(words))


# -- round 34, helper V1 --
# Urgent safety and practical questions asked mid-conversation in round 34 that got "I can't
# answer", a repeat, or the wrong answer.

# Amina, leaving tonight with her three children: "what I take with me", "passport? children
# papers? I must take? please quick". What to take, and who finds a refuge if one is full.
_TAKE_WHEN_LEAVING = re.compile(
    r"\bwhat (?:do |should |shall |must |can |to )?(?:i |we )?(?:take|bring|pack)\b|"
    r"\b(?:i|we) (?:must|should|need to|have to) (?:take|bring|pack)\b|\b(?:must|should|do|shall)"
    r" (?:i|we) (?:take|bring|pack)\b"
)
_LEAVING_PAPERS = re.compile(
    r"\b(?:passports?|papers|documents?|birth certificates?|id|visas?|medicines?|medication)\b"
)


def asks_what_to_take_when_leaving(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Leaving an abuser's home (not property, evidence or a refuge's rules): what to take."""
    words = plain(text)
    at_home = _close(crime_type, answers or {})
    if not at_home or not is_question(text):
        return False
    papers = bool(_LEAVING_PAPERS.search(words))
    # "what do i bring i got no money hes got my bank card" (round 29, Chantelle) asks whether
    # a refuge will take her: the refuge answer, unless papers are named.
    if re.search(
        r"\b(?:will (?:they|a refuge)|take (?:me|us) (?:in )?(?:tonight|tonite))\b", words
    ):
        return papers and bool(_TAKE_WHEN_LEAVING.search(words))
    return bool(_TAKE_WHEN_LEAVING.search(words)) and (
        papers or bool(re.search(r"\b(?:with me|with us|when i (?:go|leave)|refuge)\b", words))
    )


# Amina: "no time for many question. can Brent council give us room tonight?". Homeless because
# of domestic abuse: the council must help, out of hours too.
_COUNCIL_ROOM = re.compile(
    r"\b(?:council|housing (?:office|team|options)|local authority)\b.{0,40}\b(?:room|rooms|"
    r"somewhere (?:to (?:stay|sleep|live)|safe)|a place|place to (?:stay|sleep)|emergency "
    r"(?:housing|accommodation)|accommodation|hostel|a bed|beds|house us|home us|put us up|put "
    r"me up)\b|\b(?:room|somewhere to (?:stay|sleep)|place to (?:stay|sleep)|accommodation)\b"
    r".{0,40}\bfrom (?:the |brent |my )?\w* ?council\b"
)


def asks_council_for_a_room_tonight(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    at_home = _close(crime_type, answers or {})
    return at_home and is_question(text) and bool(_COUNCIL_ROOM.search(words))


# Amina: "I am scared he take the children from me if I go. can he?". Taking them to safety is
# not kidnapping; a family court decides where they live if the parents disagree.
_TAKE_THE_CHILDREN = re.compile(
    r"\b(?:he|she|him|her|husband|partner|ex|dad|father|mum|mother|they) (?:will |would |could "
    r"|can |might |may |gonna |going to |is going to )?(?:take|takes|took|get|gets|keep|keeps|"
    r"steal|have) (?:the |my |our )?(?:children|kids|child|son|daughter|baby|babies)\b.{0,20}"
    r"(?:from me|off me|away|if i (?:go|leave))|\b(?:is it|would it be|will it be|is that|they "
    r"call it|hes say\w*|he say\w*|he will say|kidnap\w*|abduct\w*)\b.{0,40}\b(?:kidnap\w*|"
    r"abduct\w*)\b|\b(?:take|taking) (?:the |my |our )?(?:children|kids)\b.{0,30}\b(?:kidnap\w*|"
    r"abduct\w*|allowed|is it (?:legal|ok|illegal))"
)


def fears_losing_the_children_by_leaving(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    at_home = _close(crime_type, answers or {})
    # Social services taking a baby is its own answer (utter_social_services_baby).
    if re.search(
        r"\b(?:social services|social worker|the state|(?:police|they) (?:will |would "
        r"|could |can |might )?(?:take|took))\b",
        words,
    ):
        return False
    return at_home and is_question(text) and bool(_TAKE_THE_CHILDREN.search(words))


# Kwabena, his e-bike robbed at knifepoint: "the tracker showed it in plumstead ... should i go
# look for it myself?", "my mate says we should go plumstead and get it back ourselves". Not a
# phone located by Find My (utter_tracked_property), nor a threat to go round (utter_dont_go_round).
_SELF = r"(?:my ?self|our ?selves)"
_GO_AFTER_IT = re.compile(
    r"\b(?:go|going|gonna) (?:and |n )?(?:look|looking|search|searching|hunt|hunting) for "
    r"(?:it|them|the bike|my bike|the \w+|my \w+)(?: " + _SELF + r")?\b|"
    r"\b(?:get|getting|take|taking|grab|grabbing|fetch) (?:it|them|the \w+|my \w+) back "
    + _SELF
    + r"\b|\b(?:look|looking|search|searching) for (?:it|them) "
    + _SELF
    + r"\b|\b(?:find|track) (?:it|them) (?:down )?"
    + _SELF
    + r"\b|\b(?:go|going) (?:to )?\w+ (?:and|to|n) get (?:it|them|the \w+|my \w+) back\b"
)


def wants_to_go_after_the_stolen_thing(text: str) -> bool:
    words = plain(text)
    if re.search(r"\b(?:phone|iphone|find my|findmy|airtag)\b", words):
        return False  # a located phone: utter_tracked_property
    found = _GO_AFTER_IT.search(words)
    # "should i go look for my keys?": only with a tracker or "myself"/"ourselves".
    if found is None:
        return False
    return bool(
        _TRACKED.search(words) or re.search(_SELF, words) or re.search(r"\bback\b", found[0])
    )


# Kwabena, not injured: "i wasnt injured tho so thats no good? what about the wages i lost".
_LOST_EARNINGS = re.compile(
    r"\b(?:wages|earnings|income|pay|money|work|shifts?) (?:i|ive|i have|im) (?:lost|losing|"
    r"missed|missing)\b|\b(?:lost|losing|lose) (?:my |all my |the )?(?:wages|earnings|income|"
    r"shifts|work|job)\b|\bloss of (?:earnings|income|wages)\b|\b(?:wasnt|was not|werent|not) "
    r"(?:injured|hurt)\b.{0,30}\b(?:no good|cant (?:claim|get)|doesnt count|no use|nothing)\b|"
    r"\bcant work without (?:the|my) \w+"
)


def asks_about_lost_earnings_without_injury(text: str) -> bool:
    words = plain(text)
    # Days lost to go to court are a witness's expenses (utter_witness_expenses_and_losses).
    if re.search(r"\b(?:court|trial|witness|give evidence|giving evidence)\b", words):
        return False
    # "so the CICA one, will they pay me for lost wages?", "does it cover the money i lost from
    # work?": someone injured asking about the injury scheme's rules (utter_cica_rules), unless
    # they say they were not hurt.
    not_hurt = re.search(r"\b(?:wasnt|was not|werent|not|never) (?:injured|hurt)\b", words)
    if re.search(r"\b(?:cica|does it cover|will it cover|the scheme)\b", words) and not not_hurt:
        return False
    # "Should I tell HR? I am scared I lose my job" (round 37, Kasia): a fear, not a loss.
    if re.search(
        r"\b(?:scared|afraid|worried|frightened|fear|might|could|may) (?:that )?(?:i )?"
        r"(?:will |ll |would |might |could )?(?:lose|losing)\b",
        words,
    ):
        return False
    return is_question(text) and bool(_LOST_EARNINGS.search(words))


# Bogdan, a week after his nose was broken: "nose hurt, still swell. i go A&E? is one week now",
# "but nose? i go doctor or no". A broken nose is best seen within a week or two (NHS).
_NOSE = re.compile(r"\bnose\b")
_NOSE_CARE = re.compile(
    r"\b(?:a ?& ?e|a and e|hospital|doctor|gp|111|go (?:to )?(?:a )?doctor|what (?:do |should |"
    r"can )?i do (?:for|about|with)|hurt\w*|swell\w*|swollen|pain|broke|broken|crooked|bent)\b"
)


def asks_about_a_broken_nose(text: str) -> bool:
    words = plain(text)
    return is_question(text) and bool(_NOSE.search(words)) and bool(_NOSE_CARE.search(words))


# Bogdan: "compensation i can get if i not tell police?", "CICA. they pay me if no police
# report?". Reported to the police as soon as possible, for the injury, not the money taken.
_CICA_PAY_WORDS = re.compile(r"\b(?:compensation|compo|cica|they pay me|pay me)\b")
_NO_POLICE = re.compile(
    r"\b(?:if|when) (?:i |we )?(?:dont|do not|not|never|no) (?:tell|report|call|go to)\w* "
    r"(?:the )?(?:police|cops|it)\b|\b(?:if|with|and) no (?:police|report|police report)\b|"
    r"\bwithout (?:a )?(?:police|report\w*|telling)\b"
)


def asks_compensation_without_telling_police(text: str) -> bool:
    words = plain(text)
    return bool(_CICA_PAY_WORDS.search(words)) and bool(_NO_POLICE.search(words))


# Derek, 72, £9,000 moved after a fake bank call: "my daughter says they may try again?", "you did
# not say whether they will try again", "will the scammers ring me again? ... they sometimes
# pretend to be police after". Not "he is ringing again today, what do I say" (a recovery fee).
_TRY_AGAIN = re.compile(
    r"\b(?:they|them|he|him|she|her|scammers?|fraudsters?|criminals|crooks|someone|somebody|the "
    r"same (?:people|person|man|men))\b (?:\w+ ){0,2}(?:try|trying|tries|tried|ring|ringing|call|"
    r"calling|phone|phoning|contact|contacting|target|targeting|come after|coming after|scam|con)"
    r" (?:me |us |him |her )?(?:again|a second time)\b|\b(?:again|next time|after)\b.{0,30}\b"
    r"(?:pretend\w*|pose|posing) (?:to be|as)\b|\bpretend\w* to be (?:the )?police\b"
)


def asks_if_scammers_will_try_again(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    if _RECOVERY_FEE.search(words) or _SCAMMER_RINGS.search(words):
        return False
    scam = crime_type == "fraud" or bool(re.search(r"\b(?:scam\w*|fraud\w*|con ?m[ae]n)\b", words))
    return scam and bool(_TRY_AGAIN.search(words))


# Gloria, 67, her handbag snatched with her pension card: "what about my pension card, the money
# is in the post office account", "can he take out my money??".
_PENSION_CARD = re.compile(
    r"\b(?:pension card|post office card|post office account|card account|pension account)\b"
)


def asks_about_a_stolen_pension_card(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    # "is it 999 or the other one? And what about my pension card": which number first.
    if asks_which_number_after_a_crime(text, crime_type):
        return False
    return bool(_PENSION_CARD.search(words)) and (
        is_question(text) or bool(re.search(r"\b(?:answer|what about|tell me)\b", words))
    )


# Gloria, her keys and address in the stolen bag: "I dont really want to sleep there tonight
# with no lock change". Not someone living with an abuser (utter_dont_have_to_go_back).
_NOT_SLEEPING_THERE = re.compile(
    r"\b(?:dont|do not|not|cant|cannot|wont) (?:really )?(?:want to |feel safe |like to )?"
    r"(?:sleep|stay|be|go back) (?:there|at home|home|in (?:my|the) (?:flat|house|home))\b"
    r"(?:.{0,40}\b(?:tonight|tonite|lock|locks|keys?)\b)?"
)


def afraid_to_sleep_at_home_without_new_locks(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    at_home = _close(crime_type, answers or {})
    if at_home or not _NOT_SLEEPING_THERE.search(words):
        return False
    return bool(re.search(r"\b(?:lock|locks|keys?|door)\b", words)) or crime_type in (
        "burglary",
        "robbery",
        "theft",
    )


# -- round 34, helper V3 --
# Sexual health, anonymity, court and safety-at-home questions asked mid-conversation in round
# 34 that got "I can't answer", the same text again, or the wrong answer.

# Sinead, maybe raped two days before after being drugged: "I'm worried about like pregnancy and
# STIs, is there a time limit on that", "can you answer about the morning after pill, is it too
# late?", "I need to know about the pill and HIV stuff, is 2 days too late??" (each got the
# forensic "within 7 days" text), then "should I go today or can it wait till after work
# tomorrow".
_V3_EC_OR_PEP = re.compile(
    r"\b(?:morning ?after pills?|(?:the|a|that) pill|emergency (?:contracepti\w*|pill)|"
    r"contracepti\w*|plan b|levonelle|ellaone|pregnan\w*|pep|hiv|stis?|stds?|sexually "
    r"transmitted)\b"
)
_V3_IN_TIME = re.compile(
    r"\b(?:too late|time limits?|how long|in time|still (?:take|get|have)|wait|days?|hours?|"
    r"tomorrow|today|tonight|deadline|late)\b"
)
# Not one's own HIV, pregnancy or pill named for another reason: "im pregnant and he hit me".
_V3_NOT_TIMING = re.compile(
    r"\b(?:(?:i|im|i am|she|shes|she is) (?:\w+ )?(?:pregnant|hiv positive|living with hiv)|"
    r"(?:have|has|got) hiv|on the pill|my pills?|sleeping pills?|pain ?killers?)\b"
)
# "should I go today or can it wait till after work tomorrow", after a rape.
_V3_CAN_IT_WAIT = re.compile(
    r"\b(?:can (?:it|this|that|i) wait|(?:should|shall|do) i (?:go|ring|call) (?:them )?(?:today|"
    r"now|tonight)|go (?:today|now|tonight) or|wait (?:till|until|til|to) (?:after work|"
    r"tomorrow|monday|the weekend|next week|after)|leave it (?:till|until|til) (?:tomorrow|"
    r"after work|monday|the weekend))\b"
)


def asks_about_emergency_contraception_or_pep_in_time(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """The morning-after pill, HIV medicine (PEP) or STIs, asked against the clock, after a rape
    or a sexual assault (or with those words); or "can it wait till after work tomorrow" after
    one. Not the Havens' "past 12 months" nor the forensic "within 7 days"."""
    words = plain(text)
    sexual = crime_type == "sexual_offence" or bool((answers or {}).get("possible_sexual_offence"))
    asked = is_question(text) or bool(
        re.search(r"\b(?:i )?(?:need|want|have) to know\b|\bworried about\b", words)
    )
    if not asked:
        return False
    if _V3_CAN_IT_WAIT.search(words) and sexual:
        return not re.search(r"\breport\w*\b", words)
    # "where do i get tested? is it too late for that pep thing": utter_pep_and_hiv_test.
    if asks_where_to_get_an_hiv_test(text):
        return False
    named = {m.group(0) for m in _V3_EC_OR_PEP.finditer(words)}
    # "is it too late to get tested, like for drugs or stds" is the tests' answer
    # (utter_evidence_advice): STIs can be tested for later.
    if named <= {"sti", "stis", "std", "stds", "sexually transmitted"} and re.search(
        r"\btest\w*\b", words
    ):
        return False
    return (
        bool(named)
        and bool(_V3_IN_TIME.search(words))
        and not _V3_NOT_TIMING.search(words)
        and (
            sexual or bool(re.search(r"\b(?:rap\w*|sexual\w*|spik\w*|drugged|assault\w*)\b", words))
        )
        # "is it too late to report" is the reporting answer.
        and not re.search(r"\btoo late to (?:report|tell|go to the police)\b", words)
    )


# Luke, filmed during sex without knowing, then robbed: "If I report it will it come out that
# I'm gay? ... Would it be in court or the papers?", "if I go to police does my name get kept
# private? I can't have my family or work finding out"; Holly, her ex shared intimate photos of
# her: "if i report would everyone find out its me, like would it be in the news", "you still
# didnt tell me if my name would come out if i report", "if i report will my name be kept
# private?".
_V3_NAME_OUT = re.compile(
    r"\b(?:my name (?:\w+ )?(?:be )?(?:kept|stay|remain)\w* (?:private|secret|confidential|"
    r"anonymous|out of)|(?:my )?name (?:(?:would|will|might|gets?|come|comes|coming|be|be "
    r"printed) ){0,2}(?:out|published|in the (?:news|papers?))|(?:find|found|finding) out "
    r"(?:my name|its me|it "
    r"was me|about me|who i am)|(?:come|comes|coming) out that (?:im|i am|i m)|(?:be|get|being) "
    r"outed|out me|in the (?:news|papers?|paper)|(?:news|papers?|press|media) (?:name|find|"
    r"report|print)|named (?:in|by)|(?:be )?anonymous|anonymity|(?:family|work|boss|parents|"
    r"everyone|people) (?:\w+ )?(?:finding|find|found) out|(?:stay|keep|kept) (?:me )?"
    r"(?:private|anonymous))\b"
)
_V3_IF_REPORTED = re.compile(r"\b(?:report\w*|police|court|trial|papers?|news|press|media)\b")
_V3_SEXUAL_WORDS = re.compile(
    r"\b(?:rap\w*|sexual\w*|sex|intimate|nudes?|naked|pics|pictures|photos?|videos?|film\w*|"
    r"record\w*|gay|outed|sexuality|revenge porn)\b"
)


def asks_if_their_name_stays_private(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Whether reporting a sexual offence (intimate images and voyeurism too) would put their
    name in the news or tell family and work: lifelong anonymity."""
    answers = answers or {}
    words = plain(text)
    details = answers.get("account_details") or ()
    sexual = (
        crime_type == "sexual_offence"
        or bool(answers.get("possible_sexual_offence"))
        or "intimate_images" in details
        or bool(_V3_SEXUAL_WORDS.search(words))
        or "sexual_orientation" in (answers.get("hate_strand") or ())
    )
    asked = is_question(text) or bool(
        re.search(r"\b(?:didnt|did not|never) (?:tell|say|answer)\b|\besp(?:ecially)? if\b", words)
    )
    return (
        asked
        and sexual
        and bool(_V3_NAME_OUT.search(words))
        and bool(_V3_IF_REPORTED.search(words) or re.search(r"\bmy name\b", words))
        # Who sees this chat, or the person who did it knowing who reported: other answers.
        and not re.search(r"\b(?:this chat|these messages|my data|he know|they know)\b", words)
    )


# Luke: "he messaged from a new number yesterday saying he'll send the video to people if I go
# to the police", "did you see what I said about the video though?", "nobody has said anything
# about him threatening to send the video round. what do I do about that".
_V3_IMAGE = re.compile(
    r"\b(?:video|videos|vid|film|footage|pics?|pictures?|photos?|images?|nudes)\b"
)
_V3_SHARE_THREAT = re.compile(
    r"\b(?:(?:hell|he will|hes going to|hes gonna|she will|shell|theyll|they will|threaten\w*|"
    r"saying|says|said) (?:\w+ ){0,3}(?:send|share|post|put|show|leak|spread)\w*|(?:send|share|"
    r"post|leak|spread)\w* (?:the |my |it |that )?(?:video|vid|pics?|photos?|images?|it) "
    r"(?:round|around|to (?:people|everyone|my))|about the video)\b"
)


def asks_about_a_threat_to_share_a_video(
    text: str, crime_type: str | None = None, answers: Mapping[str, Any] | None = None
) -> bool:
    """A threat to share an intimate video or photo, told or asked about, by an adult (a child's
    sextortion has its own answers): a crime; keep the messages; the Revenge Porn Helpline."""
    words = plain(text)
    if not (_V3_IMAGE.search(words) and _V3_SHARE_THREAT.search(words)):
        return False
    # -- round 38, helper B1 --: Dev's "ok. what about the video tho", his girlfriend's video
    # of the assault, names no threat and nothing intimate.
    if only_refers_to_a_video(text, crime_type, answers):
        return False
    # Money or a deadline demanded is sextortion (utter_sextortion); CCTV and dashcams are
    # evidence, not intimate images.
    if re.search(r"\b(?:pay|money|bitcoin|gift cards?|cctv|dash ?cam|doorbell|school)\b", words):
        return False
    return bool(
        re.search(r"\bif (?:i|we) (?:go to|tell|report|call|ring)\b", words)
        or re.search(r"\b(?:threaten\w*|what do i do|did you see|about the video)\b", words)
    )


# Eileen, 81, her grandson living with her takes her money and pushed her; her neighbour Pat:
# "Is she safe to stay in the house with him? She won't hear of him leaving."
_V3_SAFE_WITH_HIM = re.compile(
    r"\b(?:is|am|are) (?:she|he|i|they|my (?:nan|gran|grandma|mum|mother|dad|father)) (?:\w+ )?"
    r"safe (?:to (?:stay|live|be)|living|staying|being|at home|in the house) (?:\w+ ){0,4}"
    r"with (?:him|her|them|my|her|his)\b|\bsafe (?:to (?:stay|live)|living|staying) (?:in the "
    r"(?:house|flat|home) )?with (?:him|her|them)\b"
)
_V3_RELATIVE = re.compile(
    r"\b(?:grandson|granddaughter|grandchild|son|daughter|nephew|niece|brother|sister|relative|"
    r"family)\b"
)


def asks_if_safe_living_with_an_abusive_relative(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Whether someone (often older) is safe living with the relative who takes their money or
    hurts them; not a partner (utter_living_with_them)."""
    answers = answers or {}
    words = plain(text)
    family = answers.get("relationship_to_offender") == "family_member" or bool(
        _V3_RELATIVE.search(words)
    )
    return (
        is_question(text)
        and family
        and answers.get("relationship_to_offender") != "partner_or_ex"
        and bool(_V3_SAFE_WITH_HIM.search(words))
    )


# Tariq, his brother of 14 stabbed, police at the hospital: "when he comes home from hospital
# will the police do anything to keep him safe", "we already reported it, police are literally
# at the hospital. i asked will they keep him safe when hes home".
_V3_COMING_HOME = re.compile(
    r"\b(?:(?:comes?|coming|gets?|getting|goes|going|is|gets? sent|sent|back) (?:back )?home|"
    r"(?:out of|leaves?|leaving|discharged from|let out of) (?:the )?hospital|discharged|hes "
    r"home|shes home|theyre home)\b"
)
_V3_KEEP_SAFE = re.compile(
    r"\b(?:keep (?:him|her|them|us|my \w+) safe|(?:protect|guard|watch)\w* (?:him|her|them|us|"
    r"the house)|safe(?:ty)?)\b"
)


def asks_about_safety_after_hospital(text: str) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\bi (?:asked|am asking|was asking)\b", words))
    return (
        asked
        and bool(re.search(r"\b(?:hospital|home)\b", words))
        and bool(_V3_COMING_HOME.search(words))
        and bool(_V3_KEEP_SAFE.search(words))
        and bool(re.search(r"\b(?:police|they|anyone|anything|someone)\b", words))
        # A partner coming home is the danger screen's (utter_partner_coming_back).
        and not re.search(r"\b(?:husband|wife|partner|boyfriend|girlfriend|ex)\b", words)
    )


# Ray, whose son was killed by a drunk driver, the driver charged: "whether I get to say
# anything in court", "Can I speak in court or not?", "Theres a thing called a victim statement
# isnt there", "I just want to know if I get to tell the judge what he took from us".
_V3_SPEAK_IN_COURT = re.compile(
    r"\b(?:(?:can|could|do|will|would|may|am) (?:i|we) (?:get to |be able to |be allowed to |"
    r"allowed to )?(?:(?:speak|talk)(?! (?:to|with) (?!the (?:judge|court)))|say (?:something|"
    r"anything|a few words|my piece)|have (?:a|my|"
    r"our) say|tell the (?:judge|court)|read (?:it|something|a statement|my statement) out)|"
    r"(?:if|whether) (?:i|we) (?:get to|can|could|will be able to|am allowed to) (?:speak|say "
    r"(?:something|anything)|have (?:a|my|our) say|tell the (?:judge|court))|victim (?:impact )?"
    r"statement|(?:get|got) to (?:speak|say (?:anything|something)|tell the judge)|have (?:my|"
    r"our|a) say in court)\b"
)


def asks_if_they_can_speak_in_court(text: str) -> bool:
    """A victim (or bereaved relative) asking to speak to the court: a Victim Personal Statement;
    not "do I have to give evidence" (utter_will_i_give_evidence), nor who takes a statement."""
    words = plain(text)
    asked = is_question(text) or bool(
        re.search(r"\b(?:want|wanted|need) to know\b|\bisnt there\b", words)
    )
    return (
        asked
        and bool(_V3_SPEAK_IN_COURT.search(words))
        and bool(re.search(r"\b(?:court|judge|trial|sentenc\w*|statement|hearing)\b", words))
        and not re.search(
            r"\b(?:(?:do|will|would|must|shall) (?:i|we) (?:\w+ )?(?:have to|need to)|have to "
            r"(?:speak|give|go to court|stand|face|see)|made to|make me|forced|scared|afraid|"
            r"terrified|witness statement|parole|send|give evidence)\b",
            words,
        )
    )


# -- round 34, helper V2 --
# Who gets the details when they agree to a referral (Jas, at the referral question: "wait if
# i say yes does that get passed to the police?", "so thats a no to police? and which service
# would it go to, can it be galop", "i just want to know WHO gets my details if i say yes").
# A referral is saved for our support team (actions/dialogue.py _save; the review app's
# "Referral to send" queue, docs/review-app.md): a worker reads the chat and sends it on.
_POLICE_WORD = r"(?:the )?(?:police|cops|feds|old bill|met)"
_REFERRAL_WHO_GETS = re.compile(
    r"\bwho (?:actually |exactly |even )?(?:gets|will get|would get|sees|will see|would see|"
    r"receives|will receive|is getting|gets given|is given|has) (?:all )?(?:my|the|our|them|"
    r"these) ?(?:details|info|information|data|number|answers|referral|stuff)?\b.{0,40}\b(?:if i "
    r"say yes|if i agree|if i do|if i say ok|when i say yes)\b|"
    r"\bwho (?:actually |exactly |even )?(?:gets|will get|would get|receives|will receive) (?:my|"
    r"the) (?:details|info|information|data|number|referral)\b|"
    r"\b(?:if i say yes|if i agree|if i do|if i say ok)\b.{0,40}\b(?:passed|pass|passes|sent|"
    r"send|given|give|shared|share|go|goes|going|forwarded) (?:on |it |them )?(?:to|onto) "
    + _POLICE_WORD
    + r"\b|"
    r"\b(?:my|the) (?:details|info|information|data|referral|number)\b.{0,30}\b(?:passed|pass|"
    r"sent|send|given|give|shared|share|go|goes|going|forwarded) (?:on |it |them )?(?:to|onto) "
    + _POLICE_WORD
    + r"\b|"
    r"\b(?:thats|that s|so thats|so that s|so its|so it s|is that) (?:a )?no (?:to|for) "
    + _POLICE_WORD
    + r"\b|"
    r"\b(?:which|what) (?:service|organisation|charity|one|team|place)\b.{0,15}\b(?:would|will|"
    r"does|do) (?:it|they|my details|this|that) (?:go|get sent|be sent|be passed) (?:to|on to)\b|"
    r"\bcan (?:it|that) (?:be|go to|be sent to|be passed to) "
    r"(?:galop|paladin|tell mama|catch|refuge|rape crisis|victim support|stop hate uk|"
    r"childline|the havens|a specific|a particular)\b"
)


def asks_who_gets_referral(text: str) -> bool:
    """ "wait if i say yes does that get passed to the police?", "i just want to know WHO gets
    my details if i say yes. not the police right?" (not "if i say yes does this go to the
    feds?", which utter_support_not_police answers)."""
    return bool(_REFERRAL_WHO_GETS.search(plain(text))) and not asks_if_support_tells_the_police(
        text
    )


# After saying yes: "Will it be Paladin who contacts me, or someone else?" (Fiona).
_WHO_CONTACTS_AFTER = re.compile(
    r"\b(?:will|would|is) (?:it|that) (?:be )?(?:\w+ ){1,5}(?:who|that) (?:contacts|calls|rings|"
    r"texts|gets in touch|will contact|will call|will ring)\b.{0,30}\bor (?:someone|somebody|"
    r"anyone|a different|another|you)\b|"
    r"\b(?:will|would|do|does) (?:\w+ ){1,4}(?:contact|call|ring|text) me (?:directly |"
    r"themselves |itself )?or (?:will |would |do |does )?(?:someone|somebody|you|your team|the "
    r"support team|a different)\b"
)


def asks_which_service_will_contact(text: str) -> bool:
    """Not "will the police contact me or will you?" (the police-investigation answer)."""
    words = plain(text)
    return bool(_WHO_CONTACTS_AFTER.search(words)) and not re.search(
        r"\b(?:police|officer|cops|detective)\b", words
    )


# Third-party reporting (Jas: "is there like a third party thing where someone else reports it
# for me?").
_THIRD_PARTY_REPORT = re.compile(
    r"\bthird[ -]?party (?:report\w*|thing|centre|center|service|way|option)\b|"
    r"\b(?:someone|somebody|some one|a charity|an organisation|another (?:person|organisation)) "
    r"(?:else )?(?:(?:can|could|will|would) )?(?:to )?reports? (?:it|this|them|him|her) "
    r"(?:to the police )?(?:for me|on my behalf|instead of me)\b|"
    r"\breport (?:it|this) (?:to the police )?(?:for me|on my behalf)\b.{0,30}\?|"
    r"\breport (?:it|this)? ?(?:without|not) (?:going to|through|to) (?:the )?police\b.{0,40}"
    r"\b(?:charity|someone|somebody|organisation|third)\b"
)


def asks_about_third_party_reporting(text: str) -> bool:
    return bool(_THIRD_PARTY_REPORT.search(plain(text)))


# A young person asking whether their mum or school will find out (Chloe, 15, at the privacy
# step: "wait who sees it tho?? not my school or my mum right").
_FAMILY_OR_SCHOOL = (
    r"(?:mum|mom|mam|mummy|dad|parents?|family|school|teachers?|head ?teacher|"
    r"step ?(?:mum|dad)|nan|gran)"
)
_SCHOOL_OR_MUM_SEES = re.compile(
    r"\bwho (?:sees|can see|will see|would see|reads|can read|gets to see|gets|knows)\b.{0,40}\b"
    r"(?:my )?" + _FAMILY_OR_SCHOOL + r"\b|"
    r"\bnot (?:my |the )?"
    + _FAMILY_OR_SCHOOL
    + r"\b(?: or (?:my |the )?"
    + _FAMILY_OR_SCHOOL
    + r"\b)?\W*(?:right|yeah|tho|though|yh|ye)\b|"
    r"\b(?:do|does|will|would|can) (?:my |the |ur |your )?"
    + _FAMILY_OR_SCHOOL
    + r"(?: or (?:my |the |ur |your )?"
    + _FAMILY_OR_SCHOOL
    + r")? (?:find out|know|see it|see|"
    r"get told|be told|hear|get to know)\b"
)


def asks_if_school_or_family_see(text: str) -> bool:
    return bool(_SCHOOL_OR_MUM_SEES.search(plain(text)))


# Childline or Report Remove telling parents or school ("does childline tell ur parents tho",
# "if i use report remove does my school or mum find out??").
_CHILDLINE_OR_REMOVE = re.compile(r"\b(?:childline|child line|report remove|reportremove)\b")
_TELLS_FAMILY = re.compile(
    r"\b(?:tell|tells|telling|told|inform|call|ring|contact|find out|know|see|get told)\b"
    r".{0,25}\b"
    + _FAMILY_OR_SCHOOL
    + r"\b|\b"
    + _FAMILY_OR_SCHOOL
    + r"\b.{0,25}\b(?:find out|know|see|get told|be told)\b|\bconfidential\b"
)


def asks_if_childline_tells_parents(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_CHILDLINE_OR_REMOVE.search(words))
        and bool(_TELLS_FAMILY.search(words))
    )


# "i didnt SEND anything?? he filmed me secretly. i never sent him nothing" (Chloe).
_NEVER_SENT = re.compile(
    r"\b(?:i )?(?:didnt|did not|never|havent|have not|aint) (?:ever )?(?:send|sent)\b"
)
_FILMED_SECRETLY = re.compile(
    r"\b(?:filmed|recorded|videoed|took (?:a )?(?:video|photo|pic|picture)s? of) me\b.{0,50}"
    r"\b(?:secretly|without (?:me )?(?:knowing|asking|saying)|changing|getting changed|in the "
    r"(?:changing rooms?|toilets?|shower\w*)|when i was)\b|\bsecretly (?:filmed|recorded)\b|"
    r"\b(?:filmed|recorded) me (?:secretly|changing)\b"
)


def filmed_secretly(text: str) -> bool:
    return bool(_FILMED_SECRETLY.search(plain(text)))


def corrects_that_they_never_sent_it(text: str) -> bool:
    """ "i didnt SEND anything?? he filmed me secretly": never blamed for sending."""
    words = plain(text)
    return bool(_NEVER_SENT.search(words)) and filmed_secretly(text)


def fears_own_trouble_for_images(text: str, crime_type: str | None) -> bool:
    """The not-in-trouble answer ("Sending a photo to someone you trusted...") only for someone
    who sent it: not for someone filmed secretly, nor for "will he get in trouble" (Chloe)."""
    words = plain(text)
    if filmed_secretly(text) or _NEVER_SENT.search(words):
        return False
    about_them = re.search(
        r"\b(?:will|would|could|is) (?:he|she|they|him|the boy|the girl) (?:\w+ )?(?:be |get )?"
        r"in trouble\b",
        words,
    ) and not re.search(r"\b(?:i|me) (?:sent|send|sending)\b|\bam i\b|\bwill i\b", words)
    return asks_if_in_trouble_for_images(text, crime_type) and not about_them


# "the police never gave me a crime reference number the second time, are they supposed to?"
_CRN_WORDS = r"(?:crime (?:reference |ref )?(?:number|no)|reference number|crime ref|crn)"
_NO_CRIME_NUMBER = re.compile(
    r"\b(?:never|didnt|did not|dont|do not|havent|have not|wasnt|was not|not|no one|nobody|"
    r"no)\b.{0,40}\b(?:give|gave|given|get|got|had|have|send|sent)\b.{0,25}\b(?:me |us )?(?:a |an |"
    r"the |any |my )?" + _CRN_WORDS + r"\b|"
    r"\b" + _CRN_WORDS + r"\b.{0,40}\b(?:supposed to|meant to|should (?:i|we|they)|should "
    r"have|do i get|will i get|am i entitled|have i been)\b|"
    r"\b(?:supposed to|meant to|should (?:i|we) (?:have )?(?:been given|get|have)|am i entitled "
    r"to)\b.{0,30}\b" + _CRN_WORDS + r"\b|"
    r"\b(?:didnt|did not|havent|have not) answer\w*\b.{0,30}\b" + _CRN_WORDS + r"\b|"
    r"\b(?:please|pls)\W+(?:the |about the )?" + _CRN_WORDS + r"\b"
)


def asks_if_owed_a_crime_number(text: str) -> bool:
    words = plain(text)
    return bool(_NO_CRIME_NUMBER.search(words)) and not re.search(r"\binsur\w*", words)


# "ring. will police find" (Patrick, his late wife's jewellery taken in a burglary).
_WILL_POLICE_FIND = re.compile(
    r"\b(?:will|would|can|could|do|does|are|is) (?:the )?(?:police|cops|they|anyone|someone) "
    r"(?:ever |actually |be able to |going to |gonna |likely to |manage to |try to )?(?:find|"
    r"recover|trace|track down|get back|bring back)\b(?! (?:him|her|them|out|who|the (?:man|men|"
    r"person|people|guy|lad)))|"
    r"\b(?:find|recover|trace) (?:my|our|the|her|his|wifes|wife s) (?:\w+ )?(?:ring|rings|"
    r"jewel\w*|necklace|watch|bike|car|laptop|things|stuff|gold)\b"
)


def asks_if_police_will_find_stolen_things(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    stolen = crime_type in ("burglary", "theft", "robbery") or bool(
        re.search(r"\b(?:stole|stolen|took|taken|nicked|burgl\w*|jewel\w*|ring)\b", words)
    )
    return stolen and bool(_WILL_POLICE_FIND.search(words))


# "they know is kevin? my son. not me" (Patrick, after giving his son's number for the call).
_KNOW_WHO_TO_ASK_FOR = re.compile(
    r"^(?:and |so |ok |but )?(?:they|he|she|the worker|the person|them|you)\W*(?:will |do |does |"
    r"gonna )?(?:know|knows|know that|told)\b (?:is|its|it s|it is|to (?:ask for|call|ring|talk "
    r"to|speak to)|that (?:it s|its|it is|they (?:call|ring|talk to|speak to)))\b|"
    r"\b(?:will|do|does|would) (?:they|the worker|the support worker|whoever calls) know (?:to "
    r"(?:ask for|call|ring|talk to|speak to)|(?:it s|its|it is) (?:my|for my))\b"
)


def asks_if_worker_knows_who_to_call(text: str) -> bool:
    return bool(_KNOW_WHO_TO_ASK_FOR.search(plain(text)))


# Their own CCTV (Mohammed: "I have CCTV they didnt even take it", "my CCTV system deletes
# after 14 days, what I do with it?").
_OWN_CCTV = re.compile(
    r"\b(?:my|our|the shop s|the shops|shop|home|house|doorbell|ring doorbell|i have|ive got|i "
    r"got|we have|weve got|we got|i ve got|we ve got) (?:own )?(?:cctv|camera|cameras|doorbell "
    r"camera|ring camera|footage|video doorbell)\b"
)
_CCTV_WORRY = re.compile(
    r"\b(?:delete\w*|wipe\w*|record\w* over|overwrit\w*|gone|lose|lost|save|keep|copy|what "
    r"(?:do|should|can) i do|didnt (?:even )?(?:take|want|ask|look)|did not (?:take|want|ask|"
    r"look)|not (?:taken|interested)|never (?:took|asked|looked)|give (?:it|them)|send (?:it|"
    r"them)|what i do)\b"
)


def asks_about_own_cctv(text: str) -> bool:
    words = plain(text)
    return bool(_OWN_CCTV.search(words)) and bool(_CCTV_WORRY.search(words))


# -- round 37, helper H1 --
# Questions six role-players texted mid-assessment in round 37 that got "I can't answer that
# one here" or the wrong text.

# George, whose aunt in a care home was stolen from and handled roughly by a care worker: "who
# do I tell?", "who do i report a carer to". A care home named: utter_care_home_who_to_tell;
# otherwise a carer at home or in a home: utter_who_to_tell_about_a_carer.
_R37_WHO_TO_TELL = re.compile(
    r"\bwho (?:do|should|shall|can|would|could|will) (?:i|we) (?:tell|call|ring|phone|contact|"
    r"go to|speak to|talk to|complain to|report (?:it |this |that |him |her |them |(?:a|the|her|"
    r"his|my|their) (?:carer|care worker)s? )?to)\b|\bwho (?:to )?(?:tell|report (?:it |this |"
    r"(?:a|the) (?:carer|care worker) )?to)\b|\bwhere (?:do|can|should) (?:i|we) report (?:a |the "
    r"|her |his |my )?(?:carer|care worker)s?\b|\bwho (?:deals with|do you report) (?:a |bad )?"
    r"(?:carer|care worker)s?\b|\bwho (?:do|should|can|would) (?:i|we) report (?:\w+ ){1,6}to\b"
)
_R37_CARER = re.compile(
    r"\b(?:carers?|care workers?|care assistants?|care staff|care agency|home help|"
    r"(?:care|nursing|residential) homes?)\b"
)


def carer_report_answer(text: str, answers: Mapping[str, Any] | None) -> str | None:
    """Who to tell about a carer who stole from or mistreated someone: the care-home answer
    when a care home is named, else the carer answer; a bare "who do I tell?" only when the
    account told of a carer."""
    words = plain(text)
    if not is_question(text) or not _R37_WHO_TO_TELL.search(words):
        return None
    named = bool(_R37_CARER.search(words))
    told = "carer" in ((answers or {}).get("account_details") or ())
    # "who do I tell?", "so who do i tell then": short, with nothing else asked about.
    if not named and not (told and len(words.split()) <= 8):
        return None
    if _CARE_HOME.search(words):
        return "utter_care_home_who_to_tell"
    return "utter_who_to_tell_about_a_carer"


# Linda, harassed by a neighbour for months: "the police said its a civil matter, is it?".
# Harassment is a crime; an ASB Case Review if reports were not acted on. Not a landlord
# (utter_landlord_harassment_crime), nor a fraud or a dispute over money.
_R37_CIVIL = re.compile(
    r"\b(?:civil (?:matter|issue|dispute|case|thing|problem)|not a (?:police|criminal) "
    r"(?:matter|issue|thing)|(?:a |just a )?neighbou?r dispute)\b"
)
_R37_HARASSED = re.compile(
    r"\b(?:harass\w*|neighbou?rs?|next door|abuse|abusing|shouting|threat\w*|intimidat\w*|"
    r"stalk\w*|bang\w*|for (?:months|years|weeks))\b"
)


def told_harassment_is_a_civil_matter(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not is_question(text) or not _R37_CIVIL.search(words) or _R37_LANDLORD.search(words):
        return False
    if disputes_a_civil_matter(text, crime_type):
        return False  # damage done: utter_damage_not_civil (Gary, a smashed windscreen)
    details = (answers or {}).get("account_details") or ()
    harassed = (
        crime_type == "stalking_harassment"
        or "neighbour" in details
        or "stalking_described" in details
        or bool(_R37_HARASSED.search(words))
    )
    return harassed and crime_type not in ("fraud", "theft", "burglary", "robbery")


# Sam, whose landlord keeps coming in, cut off the electricity and threatens to throw him out:
# "is this even a crime or just a landlord thing?". Only with a landlord in the message.
_R37_LANDLORD = re.compile(r"\b(?:landlord|landlady|letting agent|letting agency)s?\b")
_R37_IS_IT_A_CRIME = re.compile(
    r"\b(?:crime|criminal|illegal|legal|against the law|allowed|allowd|lawful|unlawful|a landlord "
    r"thing|landlord thing|civil (?:matter|issue|thing)|police matter|his right|her right|their "
    r"right|can (?:he|she|they) (?:do that|do this|just))\b"
)
_R37_LANDLORD_ACTS = re.compile(
    r"\b(?:come in|comes in|coming in|came in|enter\w*|let himself in|let herself in|walk\w* in|"
    r"cut (?:off )?(?:my |the |our )?(?:electric\w*|power|gas|water|heating|wifi|internet)|"
    r"(?:electric\w*|power|gas|water|heating) (?:cut off|off|turned off|switched off)|"
    r"turn\w* off (?:my |the |our )?(?:electric\w*|power|gas|water|heating)|throw\w* me out|"
    r"threw me out|kick\w* me out|chuck\w* me out|change\w* the locks|lock\w* me out)\b"
)


def asks_if_landlord_harassment_is_a_crime(text: str) -> bool:
    words = plain(text)
    if not is_question(text) or not _R37_LANDLORD.search(words):
        return False
    if _R37_IS_IT_A_CRIME.search(words) is None:
        return False
    # What the landlord does, or whether it is "just a landlord thing"; "is what hes doing even
    # illegal? hes my landlord" (round 11), the acts untold, keeps utter_harassment_crime.
    return bool(
        re.search(r"\b(?:landlord (?:thing|issue|matter|problem)|civil)\b", words)
        or _R37_LANDLORD_ACTS.search(words)
    )


# Dmitri, out of forced labour: "my friend is still there working, what can I do for him?".
_R37_STILL_THERE = re.compile(
    r"\b(?:friends?|mates?|brothers?|sisters?|cousins?|colleagues?|workmates?|others|other "
    r"(?:people|workers|men|women|girls|boys|guys)|people|he|she|hes|shes|they|theyre|him|her|"
    r"them)\b(?: \w+){0,3} (?:still|stil|is still|are still|s still) (?:there|working|in there|"
    r"stuck|trapped|with them|at (?:the|that) \w+|on (?:the|that) \w+|inside|living there)\b|"
    r"\b(?:left|leave|leaving) (?:my |the |our )?(?:friends?|mates?|brothers?|sisters?|cousins?|"
    r"others|people) (?:behind|there)\b"
)
_R37_HELP_THEM = re.compile(
    r"\b(?:what (?:can|do|should|shall|could) (?:i|we) do|how (?:can|do|could) (?:i|we) "
    r"(?:help|get|save)|help (?:him|her|them|my friend)|get (?:him|her|them) out|can (?:you|"
    r"someone|anyone|they|the police) (?:help|get|save)|who (?:can|do i|should i) (?:tell|call|"
    r"help))\b"
)
_R37_EXPLOITED = re.compile(
    r"\b(?:traffick\w*|modern slavery|slave\w*|forced (?:labou?r|to work)|exploit\w*|no pay|"
    r"for no money|for free|work for nothing|took (?:my|our|his|her) passports?)\b"
)


def asks_how_to_help_someone_still_exploited(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    context = crime_type == "human_trafficking" or bool(_R37_EXPLOITED.search(words))
    if not context or re.search(r"\b(?:coming|come|comes) (?:back|round|over|again)\b", words):
        return False
    return bool(_R37_STILL_THERE.search(words)) and bool(_R37_HELP_THEM.search(words))


# Tom, with a learning disability, his flat taken over by dealers (cuckooing): "they coming back
# thursday what do i do". Not a partner or relative (the threat and safety answers).
_R37_COMING_BACK = re.compile(
    r"\b(?:they|theyre|they are|they re|them|he|hes|he is|she|shes|dealers?|the (?:men|boys|"
    r"lads|guys|gang))\b(?: \w+){0,2} (?:coming|come|comes|gonna come|going to come|will come|"
    r"be) (?:back|round|over|again|to my (?:flat|house|home|place))\b"
)
_R37_WHAT_DO_I_DO = re.compile(
    r"\bwhat (?:do|should|shall|can|must|would) (?:i|we) do\b|\bwhat (?:i|we) (?:do|should do)\b|"
    r"\bwat (?:do )?i do\b|\bhelp me\b|\bwhat now\b|\bwhat happens\b"
)
_R37_TAKEN_OVER = re.compile(
    r"\b(?:cuckoo\w*|dealers?|drugs?|taken over|took over|taking over|(?:to|in|at|into) my "
    r"(?:flat|house|home|place))\b"
)
# A child, or a parent writing about one: utter_exploited_threatened, utter_exploited_child_parent.
_R37_A_CHILD = re.compile(r"\b(?:my (?:son|daughter|child|kid|boy|girl)|mi hij[oa])\b")


def asks_what_to_do_when_they_come_to_the_flat(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    answers = answers or {}
    if _close(crime_type, answers) or _CLOSE_OFFENDER.search(words):
        return False
    age = answers.get("age")
    if (
        answers.get("under_18") is True
        or answers.get("for_child")
        or (isinstance(age, (int, float)) and age < 18)
        or _R37_A_CHILD.search(words)
    ):
        return False
    # A disabled person's home taken over may be recorded as "other" (Tom).
    disabled_at_home = crime_type in ("other", None) and answers.get("impairment") is True
    context = (
        crime_type == "human_trafficking" or disabled_at_home or bool(_R37_TAKEN_OVER.search(words))
    )
    asked = bool(_R37_WHAT_DO_I_DO.search(words))  # not "can he come back?" (a partner)
    return context and asked and bool(_R37_COMING_BACK.search(words))


# Priya, 17, abused by an older cousin who visits: "hes coming on sunday what do i do". A young
# person writing about herself, not a parent writing about a child.
_R37_HIS_VISIT = re.compile(
    r"\b(?:he|hes|he is|he s|hell|he will|he ll|him|my (?:cousin|uncle|stepdad|step dad|grandad|"
    r"grandpa|brother|stepbrother|mums boyfriend|family friend))\b(?: \w+){0,2} (?:coming|comes|"
    r"come|visiting|visits|visit|"
    r"staying|stays|stay|be here|here|over|round|back)\b(?: \w+){0,3} (?:on |this |next |at "
    r"|for )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|"
    r"tmrw|tonight|tonite|later|today|soon|christmas|xmas|eid|again|next week)\b"
)


def young_person_fears_his_visit(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    age = answers.get("age")
    young = answers.get("under_18") is True or (isinstance(age, (int, float)) and age < 18)
    if isinstance(age, (int, float)) and age >= 18:
        young = False  # -- round 41, helper J4 --: Marta, 29 (under_18 misread), not a child
    if not young or answers.get("for_child") or answers.get("for_someone_else"):
        return False
    # The answer speaks of "him": a man or boy abusing them, not a group that robbed them.
    # Not a boyfriend or ex (utter_if_he_comes and the partner answers).
    relationship = answers.get("relationship_to_offender")
    harmed = relationship == "family_member" or (
        crime_type == "sexual_offence" and relationship != "partner_or_ex"
    )
    asked = is_question(text) or bool(_R37_WHAT_DO_I_DO.search(words))
    return harmed and asked and bool(_R37_HIS_VISIT.search(words))


# -- round 37, helper H2 --
# Questions six role-players asked mid-assessment in round 37 that got "I can't answer that one
# here" or the wrong text: a 19-year-old blackmailed over pictures (arrest, a posting deadline),
# a worker assaulted by a customer, an older woman hurt by her daughter, an 81-year-old whose
# keys and address were stolen, and a man with a clicking jaw after a punch.

# Ben, 19, blackmailed over intimate pictures: "will the police arrest ME?", "am i in trouble for
# sending them". An adult (a child's fears are utter_sextortion_not_your_fault).
_H2_ARRESTED = re.compile(
    r"\b(?:will|would|could|can|do|might|are|is) (?:the )?(?:police|cops|feds|they|police officers"
    r") (?:\w+ )?(?:arrest|charge|nick|prosecute|do|punish|blame|criminalise)\w* me\b|"
    r"\b(?:will|would|could|can|do|might|am) i (?:\w+ )?(?:be |get |getting |end up )?(?:arrested|"
    r"charged|nicked|prosecuted|a criminal record|in trouble|into trouble|done for)\b|"
    r"\bam i (?:the one )?(?:\w+ )?in (?:any )?trouble\b|\bdid i (?:do|break) "
    r"(?:something|anything) (?:wrong|illegal)\b|\bdid i break the law\b|\b(?:is|was) (?:it|"
    r"sending (?:them|it|nudes|pics|pictures|photos)) (?:a crime|illegal|against the law)\b"
)
_H2_IMAGE_WORDS = re.compile(
    r"\b(?:pics?|pictures?|photos?|images?|nudes?|videos?|vids?|sending (?:them|it)|sent (?:them|"
    r"it|him|her)|blackmail\w*|sextort\w*)\b"
)

# A faked picture ("its my face on someone elses body") has its own answers.
_H2_FAKE = re.compile(
    r"\b(?:fake|faked|edited|photoshop\w*|ai|deep ?fakes?|not (?:even )?real|my face on)\b"
)


def blackmailed_adult_fears_arrest(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Someone blackmailed over intimate pictures asking whether they are the one in trouble."""
    words = plain(text)
    told = answers or {}
    details = told.get("account_details") or ()
    if not is_question(text) or _H2_FAKE.search(words):
        return False
    # "will he get in trouble" / "will they arrest him": the person who did it.
    if re.search(r"\b(?:arrest|charge|nick|prosecute)\w* (?:him|her|them|the)\b", words):
        return False
    if not _H2_ARRESTED.search(words):
        return False
    images = bool(_H2_IMAGE_WORDS.search(words))
    # A partner's or relative's abuse ("will the police arrest me, i hit him back"), or something
    # the person did, is not this answer.
    if (_close(crime_type, told) and not images) or re.search(
        r"\b(?:hit|punch\w*|push\w*|kick\w*|fought|fight|self defen[cs]e|drugs?|weed|drunk|"
        r"drink\w*|driving|stole|steal\w*)\b",
        words,
    ):
        return False
    # Before the age is asked, a blackmailed young person's "am i gonna get in trouble" keeps its
    # answer for children (young_person_fears_trouble_over_images).
    if (
        told.get("age") is None
        and told.get("under_18") is None
        and young_person_fears_trouble_over_images(text, answers, crime_type)
    ):
        return False
    police = bool(
        re.search(r"\b(?:police|cops|feds|arrest\w*|charged|criminal record|the law)\b", words)
    )
    # "will the police arrest ME?", "am i in trouble for sending them": about the pictures, not
    # "am i in trouble with my boss".
    about_pictures = (
        images
        or police
        or bool(re.search(r"\bin (?:any )?trouble\W*$|\bfor (?:this|it|that|what i did)\b", words))
    )
    age = told.get("age")
    adult = told.get("under_18") is False or (age is not None and float(age) >= 18)
    if "sextortion" in details or re.search(r"\b(?:blackmail\w*|sextort\w*)\b", words):
        return about_pictures
    # Pictures without a demand told: an adult's question (a child's, or one whose age is not
    # yet known, keeps utter_images_not_in_trouble), or one about the police.
    if "intimate_images" in details:
        return about_pictures and (adult or police)
    return crime_type in ("online_abuse", "sexual_offence") and images and adult


def _h2_blackmail_answer(answers: Mapping[str, Any] | None) -> str:
    return "utter_sextortion_not_your_fault" if _young(answers) else "utter_sextortion_victim"


# Ben: "what do i do before tonight, they said they'll post it at 10". A deadline to post or
# send the pictures: the sextortion answer (don't pay, stop replying, screenshot, report).
_H2_POST_DEADLINE = re.compile(
    r"\b(?:post|posting|share|sharing|send|sending|leak|leaking|upload|uploading|put|putting|"
    r"release|releasing|expose|exposing)\w* (?:it|them|the (?:pics?|pictures?|photos?|video|vid|"
    r"nudes?)|my (?:pics?|pictures?|photos?|video|nudes?)|everything)(?: \w+){0,4} (?:at|by|"
    r"before|tonight|tomorrow|in) ?(?:\d+|tonight|tomorrow|midnight|(?:an|one|two|a few|\d+) "
    r"hours?)?\b|\bbefore (?:tonight|midnight|tomorrow|\d+(?: ?pm| ?am| oclock)?|they post|he "
    r"posts|she posts|it goes up)\b|\buntil (?:\d+|midnight|tonight)\b"
)
_H2_WHAT_TO_DO = re.compile(
    r"\bwhat (?:do|should|shall|can|must) (?:i|we) do\b|\bwhat now\b|\bhelp me\b|\bwhat do i do "
    r"(?:now|first)\b|\bhow do i stop (?:it|them|him|her)\b"
)


def asks_what_to_do_before_images_are_posted(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if _close(crime_type, answers or {}) and not _H2_IMAGE_WORDS.search(words):
        return False
    details = (answers or {}).get("account_details") or ()
    # Pictures: told before, or named now (not an online_abuse report of posts about someone).
    threatened = (
        "intimate_images" in details
        or "sextortion" in details
        or bool(re.search(r"\b(?:pics?|pictures?|photos?|nudes?|videos?|vids?|images?)\b", words))
        or bool(re.search(r"\b(?:blackmail\w*|sextort\w*)\b", words))
    )
    if re.search(r"\b(?:meet|meeting|come round|coming round|come over|turn up|my house)\b", words):
        return False  # someone coming round, not a deadline to post
    return (
        threatened
        and bool(_H2_WHAT_TO_DO.search(words) or is_question(text))
        and bool(_H2_POST_DEADLINE.search(words))
        and bool(re.search(r"\b(?:post|posting|share|sharing|leak|upload|send|put|release)", words))
    )


# Kofi, assaulted at work by a customer: "can I get support through my work?".
_H2_WORK_SUPPORT = re.compile(
    r"\b(?:support|help|counsell?ing|therapy|someone to talk to|time off)\b (?:\w+ )?(?:through|"
    r"from|at|via|by|with) (?:my |the |our )?(?:work|job|employer|company|boss|manager|hr|"
    r"workplace)\b|\b(?:will|would|can|could|should|does|do|must|has|have) (?:my |the |our )?"
    r"(?:work|job|employer|company|boss|manager|hr|workplace) (?:\w+ ){0,2}(?:help|support|look "
    r"after|do anything|do something|pay for|give me|offer)\b|\b(?:employee assistance|eap|"
    r"occupational health)\b"
)


def asks_for_support_through_work(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Support from an employer after violence at work (not a partner's abuse, court days or
    lost wages, which have their own answers)."""
    words = plain(text)
    if _close(crime_type, answers or {}) or not is_question(text):
        return False
    if re.search(
        r"\b(?:court|trial|witness|wages|sick pay|lost (?:earnings|pay)|sack\w*|fire me|"
        r"fired|reference|passport)\b",
        words,
    ):
        return False
    violent = crime_type in VIOLENT or crime_type in (None, "stalking_harassment", "other")
    return violent and bool(_H2_WORK_SUPPORT.search(words))


# Angela, 70, hurt by her adult daughter: "will the service tell the police or social
# services?". What a support service does with what she tells it.
_H2_SOCIAL_SERVICES = (
    r"(?:social services|social workers?|social care|the social|adult safeguarding)"
)
_H2_SERVICE_TELLS = re.compile(
    r"\b(?:will|would|do|does|could|can|might|must|have to|has to|are they going to|is it going "
    r"to|are you going to)\b (?:\w+ ){0,4}(?:tell|telling|report|reporting|inform|informing|"
    r"contact|contacting|call|ring|pass (?:\w+ ){0,2}to|passing (?:\w+ ){0,2}to|share (?:\w+ )"
    r"{0,2}with|go to|get)\b(?: \w+){0,4} (?:the )?(?:police (?:or|and|and or) "
    + _H2_SOCIAL_SERVICES
    + r"|"
    + _H2_SOCIAL_SERVICES
    + r"(?: (?:or|and) (?:the )?police)?)\b"
)


def asks_if_support_tells_police_or_social_services(
    text: str, answers: Mapping[str, Any] | None
) -> bool:
    """An adult asking whether a support service passes on what she tells it to the police or
    social services (a child's, or about children, has other answers)."""
    words = plain(text)
    if _young(answers) or (answers or {}).get("for_child") is True:
        return False
    # "will the police tell social services?": what the police do, not a support service.
    if re.search(
        r"\b(?:will|would|do|does|could|can|might|must) (?:the )?(?:police|cops)\b", words
    ):
        return False
    if re.search(r"\b(?:baby|babies|kids?|children|child|son s|grandchild\w*)\b", words):
        return False  # utter_social_services_baby and the children's answers
    return is_question(text) and bool(_H2_SERVICE_TELLS.search(words))


# Doris, 81, her bag with her keys and address stolen: "should i be worried someone will come to
# the house?".
_H2_COME_TO_HOUSE = re.compile(
    r"\b(?:come|coming|comes|turn up|turning up|show up|get|getting|break|breaking|let "
    r"(?:themselves|himself|herself)) (?:\w+ )?(?:to|round to|round|into|in to|in at|at|in) "
    r"(?:my |the |our )?(?:house|home|flat|door|place)\b|\b(?:break|breaking|get|getting) in\b|"
    r"\b(?:use|using|try) (?:my|the) (?:keys?|spare key)\b|\bknow where i live\b|\b(?:burgle|"
    r"rob) (?:me|my (?:house|home|flat)|the house)\b"
)
_H2_KEYS_OR_ADDRESS = re.compile(r"\b(?:keys?|house keys?|door keys?|my address|the address)\b")
_H2_WORRIED = re.compile(
    r"\b(?:worr\w*|scared|afraid|frightened|should i|could|will|would|might|can|do you think|is "
    r"it likely|what if)\b"
)


def fears_a_visit_after_keys_stolen(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if _close(crime_type, answers or {}) or not is_question(text):
        return False
    if crime_type not in (None, "theft", "robbery", "burglary"):
        return False
    if not (_H2_COME_TO_HOUSE.search(words) and _H2_WORRIED.search(words)):
        return False
    keys = bool(_H2_KEYS_OR_ADDRESS.search(words))
    # A robber's threat to come back ("they said they know where i live") is the threat answer.
    threatened = re.search(r"\b(?:said|says|say|threaten\w*|told me)\b", words)
    if threatened and not keys:
        return False
    return keys or crime_type in ("theft", "robbery")


# Leon, punched in the face by a stranger: "my jaw keeps clicking when i eat is that bad?".
_H2_JAW = re.compile(r"\b(?:jaw|jaws|jawbone|jaw bone|tmj)\b")
_H2_JAW_SIGN = re.compile(
    r"\b(?:click\w*|pop\w*|crack\w*|crunch\w*|lock\w*|stiff|hurt\w*|ache\w*|aching|sore|pain\w*|"
    r"swell\w*|swollen|numb|tingl\w*|wont (?:open|close|shut)|cant (?:open|close|shut|chew|eat|"
    r"bite)|bite|teeth|out of place|wonky|feels (?:off|wrong|weird|strange)|broke\w*|dislocat\w*|"
    r"eat\w*|chew\w*|bad|normal|ok|okay|worried)\b"
)


def asks_about_a_jaw_after_a_blow(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    if not (_H2_JAW.search(words) and _H2_JAW_SIGN.search(words)):
        return False
    if re.search(r"\b(?:compensation|compo|cica|claim)\b", words):
        return False  # the compensation answers
    blow = (
        crime_type in VIOLENT
        or crime_type is None
        or bool(
            re.search(r"\b(?:punch\w*|hit|kick\w*|headbutt\w*|smack\w*|thump\w*|struck)\b", words)
        )
    )
    worried = is_question(text) or bool(re.search(r"\b(?:worried|scared|should i)\b", words))
    return blow and worried


# -- round 37, main --
# Callum, punched outside a bar, a front tooth chipped: "whats the deal with my tooth tho, do i
# need to pay for the dentist myself?", "should i go to a dentist asap or A&E?".
_TOOTH = re.compile(r"\b(?:tooth|teeth|toofs?|front teeth|filling|crown|dentist|dental)\b")
_TOOTH_QUESTION = re.compile(
    r"\b(?:dentist|dental|a ?(?:and|n) ?e|a&e|hospital|111|pay|cost|nhs|what (?:do|should) i do|"
    r"is (?:it|that) (?:bad|serious)|should i|do i need|whats the deal|deal with|sort (?:it|out)|"
    r"fix\w*|knocked out|chipped|broke\w*|cracked|loose|wobbly)\b"
)


def asks_about_an_injured_tooth(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    if not (is_question(text) and _TOOTH.search(words) and _TOOTH_QUESTION.search(words)):
        return False
    if re.search(r"\b(?:compensation|compo|cica|claim)\b", words):
        return False  # the compensation answers
    return (
        crime_type in VIOLENT
        or crime_type is None
        or bool(
            re.search(r"\b(?:punch\w*|hit|kick\w*|headbutt\w*|smack\w*|thump\w*|struck)\b", words)
        )
    )


# Olu (round 37), robbed of his phone at knifepoint, not hurt: "can i actually get
# compensation for this? phone was like 900 quid", "i wasnt injured tho ... so i get nothing for
# the phone?". Not lost wages (utter_lost_earnings) nor an injury (the compensation answers).
_FOR_THINGS_TAKEN = re.compile(
    r"\b(?:compensation|compo|get (?:nothing|anything|owt|sod all|(?:any )?money)|paid back|"
    r"pay(?:s|ing)? (?:me|for)|claim|refund\w*)\b"
)
_THING_TAKEN = re.compile(
    r"\b(?:phone|iphone|bag|handbag|wallet|purse|bike|watch|laptop|chain|jewel\w*|car|keys|"
    r"quid|pounds|grand|£[\d ]*\d)\b|£"
)


def asks_about_compensation_for_things_robbed(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    if crime_type != "robbery" or not is_question(text):
        return False
    if re.search(r"\b(?:wages?|earnings|work|shifts?|job)\b", words):
        return False  # utter_lost_earnings
    return bool(_FOR_THINGS_TAKEN.search(words)) and bool(_THING_TAKEN.search(text.lower()))


# Maria (round 37), hiding from her husband in the bathroom: "can i text 999?? my kids are in
# there bedroom". Only with emergencySMS registered; otherwise text relay or the Silent Solution.
_TEXT_999 = re.compile(
    r"\b(?:can|could|do|should|shall|will) (?:i|we|you|u|she|he) (?:just |still )?(?:text|txt|"
    r"message|sms) (?:to )?(?:999|the police|police|emergency)\b|\b(?:text|txt) 999\b.{0,15}$"
)


def asks_if_they_can_text_999(text: str) -> bool:
    return is_question(text) and bool(_TEXT_999.search(plain(text)))


# Nia (round 37), 17, her boyfriend of 18 checks her phone and has hit her: "is that like
# domestic abuse if im only 17??", "i thought it was only for married people or adults", "does
# it count as domestic abuse or not". Partners aged 16 or over: it counts.
_DA_COUNTS_Q = re.compile(
    r"\b(?:domestic (?:abuse|violence)|(?:does|do|would|will) (?:it|this|that) (?:still |even )?"
    r"count|it (?:does |still )?counts?|count as)\b"
)
_YOUNG_OR_UNMARRIED = re.compile(
    r"\b(?:im|i am|if im|if i am|when im|cos im|cause im|because im|as im|but im) (?:only |just )?"
    r"(?:16|17|sixteen|seventeen|under 18|a teen\w*|not an adult|not married|not 18)\b|"
    r"\bonly (?:for|if) (?:married|adults|grown ?ups|people over 18|over 18s|you(?:re| are) "
    r"married)\b|\bnot (?:even )?married\b"
)


def asks_if_domestic_abuse_counts_when_young(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not is_question(text) and not re.search(r"\b(?:or not|u didnt answer)\b", words):
        return False
    if not _DA_COUNTS_Q.search(words):
        return False
    answers = answers or {}
    age = answers.get("age")
    partner = answers.get("relationship_to_offender") == "partner_or_ex" or bool(
        re.search(r"\b(?:boyfriend|girlfriend|bf|gf|partner)\b", words)
    )
    young = isinstance(age, (int, float)) and 16 <= age < 18
    return partner and (bool(_YOUNG_OR_UNMARRIED.search(words)) or (young and "count" in words))


# Aisha (round 37), her hijab pulled off in the street: "can tell mama report it to police for
# me?", "can tell mama do it for me or not". Tell MAMA is a third-party reporting service.
# Not "what is Tell MAMA, is it police?" (the organisation answer) nor "do i have to report to
# police for tell mama?" (support without reporting).
_TELL_MAMA_REPORTS = re.compile(
    r"\b(?:can|could|will|would|do|does) tell ?mama (?:\w+ ){0,2}?(?:report|pass|send|take|tell)"
    r"\w*\b.{0,25}\b(?:police|for me|on my behalf|for us)\b|\btell ?mama do (?:it|that) for me\b"
)


def asks_if_tell_mama_reports_it(text: str) -> bool:
    return is_question(text) and bool(_TELL_MAMA_REPORTS.search(plain(text)))


# Kasia (round 37), assaulted by a senior colleague two weeks ago: "Do I must report to police
# to get help?", "But I asked if I MUST report to police" (twice told how to report instead).
_MUST_REPORT_FOR_HELP = re.compile(
    r"\b(?:do|must|have|need|should) i (?:must |have to |need to |got to )?(?:report|go to "
    r"(?:the )?police|tell (?:the )?police)\b.{0,40}\b(?:to get|for|before (?:i )?(?:can )?get|"
    r"get) (?:help|support)\b|\bi asked if i (?:must|have to|need to) (?:report|go to|tell)\b|"
    r"\b(?:must|do) i (?:must |have to )?report (?:it )?(?:to (?:the )?police )?(?:first|or not)\b"
)


def asks_if_reporting_is_needed_for_help(text: str) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\bi asked\b", words))
    return asked and bool(_MUST_REPORT_FOR_HELP.search(words))


# -- round 38, helper B1 --
# Questions three role-players asked in rounds 37 and 38 that got nothing, an answer about this
# chat, or a false alarm: a man punched by a stranger whose girlfriend filmed it, a 16-year-old
# whose ex threatened to send her picture round, and two 16-year-olds asking whether the police
# would tell their parents or school.

# Dev, 29, punched outside a club; his girlfriend filmed it: "my gf filmed the whole thing on
# her phone tho, does that help?", "hounslow. but does the video help or not", "should i send
# them the video", "ok. what about the video tho". A video of a crime done in person, with no
# intimate picture or threat to share one said or recorded: the evidence answer.
_B1_IN_PERSON_CRIMES = frozenset(
    {"assault", "serious_violence", "attempted_murder", "robbery", "criminal_damage", "arson",
     "burglary", "theft"}
)  # fmt: skip
_B1_VIDEO = re.compile(
    r"\b(?:videos?|vids?|footage|clips?|recording|filmed|videoed|recorded (?:it|the|every|all|"
    r"him|them|what)|on (?:video|camera|film))\b"
)
_B1_VIDEO_USE = re.compile(
    r"\b(?:does|do|will|would|could|can|is|was|might) (?:that|it|this|the (?:video|vid|footage|"
    r"clip|recording)|(?:her|his|my|their) (?:video|vid|footage|clip|recording)) (?:\w+ )?"
    r"(?:help|count|matter|useful|evidence|any (?:good|use)|be (?:useful|evidence|enough|used))\b"
    r"|\bwhat about (?:the|her|his|my) (?:video|vid|footage|clip|recording)\b"
    r"|\b(?:help|useful|any good) or not\b"
    r"|\b(?:can|could|will|would) (?:the )?(?:police|they|cops|court) use\b"
)
# "he says he'll send it round", not the bare "what about the video".
_B1_THREAT_SAID = re.compile(
    r"\b(?:hell|he will|hes going to|hes gonna|she will|shell|theyll|they will|threaten\w*|"
    r"saying|says|said|gonna|going to|wants to) (?:\w+ ){0,3}(?:send|share|post|put|show|leak|"
    r"spread)\w*|\b(?:send|share|post|leak|spread)\w* (?:the |my |it |that |them )?(?:videos?|"
    r"vids?|pics?|photos?|pictures?|images?|it|them) (?:round|around|to (?:people|everyone|"
    r"everybody|my))\b"
)
_B1_ONLINE_OR_MOCKED = re.compile(
    r"\b(?:online|tiktok|youtube|snapchat|snap|instagram|insta|facebook|posted|laugh\w*|mock\w*|"
    r"send me|you send|u send|a video (?:about|on|explaining))\b"
)


def _b1_intimate_context(crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    """An intimate image or a threat to share one already recorded in the answers."""
    told = answers or {}
    details = told.get("account_details") or ()
    return (
        crime_type in ("sexual_offence", "online_abuse")
        or told.get("crime_type") in ("sexual_offence", "online_abuse")
        or bool(told.get("possible_sexual_offence"))
        or "intimate_images" in details
        or "sextortion" in details
    )


def asks_if_a_video_of_the_crime_helps(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Whether a video someone took of an assault, robbery or the like helps, or should be sent
    to the police (asks_how_to_send_video_evidence reads it too)."""
    if crime_type not in _B1_IN_PERSON_CRIMES or _b1_intimate_context(crime_type, answers):
        return False
    words = plain(text)
    if not _B1_VIDEO.search(words) or _INTIMATE.search(words) or _B1_THREAT_SAID.search(words):
        return False
    if _B1_ONLINE_OR_MOCKED.search(words) or _POLICE_HAVE_IT.search(words):
        return False
    asked = is_question(text) or bool(_B1_VIDEO_USE.search(words))
    return asked and bool(_B1_VIDEO_USE.search(words) or _SEND_TO_POLICE.search(words))


def only_refers_to_a_video(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "ok. what about the video tho": the video named with no threat to share it, no intimate
    word and nothing intimate recorded, so not the intimate-image threat answer. Luke's "did you
    see what I said about the video" points back to the threat he told."""
    words = plain(text)
    if _B1_THREAT_SAID.search(words) or _INTIMATE.search(words):
        return False
    if _b1_intimate_context(crime_type, answers):
        return False
    return not re.search(r"\b(?:what|that) i (?:said|told you|wrote|sent)\b|\bi told you\b", words)


# Amira, 16, her ex (17) messaging from new accounts: "he says hes gonna send my pic to
# evryone", "wait what do i do about the pic tho", "he said hes gonna share my photo. can u
# stop him". Under 18: a crime, not her fault, Report Remove, CEOP, Childline. Blackmail for
# money or more pictures, a deadline, "am i in trouble", a fake, and taking it down keep their
# own answers.
_B1_PICTURE = re.compile(
    r"\b(?:pics?|pictures?|photos?|images?|nudes?|selfies?|snaps?|videos?|vids?)\b"
)
_B1_WHAT_ABOUT_PICTURE = re.compile(
    r"\bwhat (?:do|should|can|shall) i do about (?:the|my|that|this|his|her|them|those) "
    r"(?:pics?|pictures?|photos?|images?|nudes?)\b|\bwhat about (?:the|my) (?:pics?|pictures?|"
    r"photos?|nudes?)\b|\b(?:can|could) (?:u|you|someone|anyone|the police) stop (?:him|her|"
    r"them)\b"
)
_B1_NOT_THIS_ANSWER = re.compile(
    r"\b(?:pay|paid|money|quid|bitcoin|gift cards?|unless|if i dont|if i do not|tonight|by "
    r"(?:tomorrow|friday|monday|tonight)|in trouble|arrest\w*|fake|faked|edited|deep ?fakes?|ai|"
    r"my face on|taken down|take (?:it|them) down|get (?:it|them) down|delete\w*|remove\w*|cctv|"
    r"dash ?cam|doorbell|footage|of (?:my|the|his|her) (?:injur\w*|bruis\w*|car|door|damage)|"
    r"laugh\w*|mock\w*|tiktok)\b"
)


def young_person_threatened_with_a_picture(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    told = answers or {}
    if not _young(told) or told.get("for_child") or told.get("for_someone_else"):
        return False
    words = plain(text)
    if not _B1_PICTURE.search(words) or _B1_NOT_THIS_ANSWER.search(words):
        return False
    if "sextortion" in (told.get("account_details") or ()):
        return False
    recorded = "intimate_images" in (told.get("account_details") or ())
    return (
        bool(_B1_THREAT_SAID.search(words))
        or bool(_B1_WHAT_ABOUT_PICTURE.search(words))
        or (recorded and is_question(text))
    )


# Amira, 16: "if i go police do they tell my mum n dad"; Zara, 16: "no. but i meant if we go to
# the police will they tell my school", "if we report to police do they tell my school?". The
# police, not this chat (utter_who_we_tell), asked by someone under 18.
_B1_POLICE = re.compile(
    r"\b(?:police|cops|feds|officers?|the met|101)\b|\bif (?:i|we) (?:report|reported|go to|"
    r"went to|tell)\b"
)
_B1_TELLS = re.compile(
    r"\b(?:tell|tells|told|telling|call|calls|ring|rings|contact|contacts|inform|informs|let|"
    r"lets|phone|text|email|write to|find out|know|be told|have to tell)\b"
)
_B1_PARENTS = re.compile(
    r"\b(?:mum|mums|mom|moms|mam|mother|dad|dads|father|parents?|mum n dad|mum and dad|carers?|"
    r"guardians?|foster \w+|step ?(?:mum|dad)|family|nan|gran)\b"
)
_B1_SCHOOL = re.compile(r"\b(?:school|college|teachers?|head ?teacher|sixth form|uni)\b")
# "no. but i meant if we go to the police will they tell my school": asked mid-sentence.
_B1_WILL_THEY = re.compile(
    r"\b(?:will|would|do|does|could|can|might|have) (?:they|the police|police|the cops|cops|"
    r"officers|the officers|to) (?:\w+ )?(?:tell|call|ring|contact|inform|phone|text|email|let)\b"
)


# "is ceop the police?? ... will they tell my parents": a service by name has its own answer.
_B1_A_SERVICE = re.compile(
    r"\b(?:ceop|childline|nspcc|report remove|iwf|victim support|havens?|support (?:service|"
    r"worker)s?|the service|social services|social workers?)\b"
)


def _b1_asked(text: str) -> bool:
    words = plain(text)
    if _B1_A_SERVICE.search(words):
        return False
    return is_question(text) or bool(_B1_WILL_THEY.search(words))


def young_person_asks_if_police_tell_parents(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return (
        _young(answers)
        and _b1_asked(text)
        and bool(_B1_POLICE.search(words))
        and bool(_B1_TELLS.search(words))
        and bool(_B1_PARENTS.search(words))
        and not _B1_SCHOOL.search(words)
        # "will you tell my mum": this chat.
        and not re.search(r"\b(?:will|would|do|does|can|could) (?:you|u|this chat)\b", words)
    )


def young_person_asks_if_police_tell_school(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return (
        _young(answers)
        and _b1_asked(text)
        and bool(_B1_POLICE.search(words))
        and bool(_B1_TELLS.search(words))
        and bool(_B1_SCHOOL.search(words))
        and not re.search(r"\b(?:will|would|do|does|can|could) (?:you|u|this chat)\b", words)
    )


# -- round 38, helper B2 --
# Joan, 81, whose handbag with her keys and bank card was taken at the door by two "roofers":
# "its the bank card im worried about, should i cancel it", "thank you dear. and the bank card,
# what do i do". is_question() sees no question after a comma, so these asked for nothing.
_CARD_WORD = re.compile(r"\b(?:bank ?cards?|debit cards?|credit cards?|cards?)\b")
_ASKS_TO_STOP_A_CARD = re.compile(
    r"\b(?:should|shall|do|must|can|could) (?:i|we) (?:\w+ ){0,2}(?:cancel|stop|freeze|block) "
    r"(?:it|my (?:bank |debit |credit )?cards?|the (?:bank |debit |credit )?cards?)\b|"
    r"\b(?:the|my) (?:bank |debit |credit )?cards?,? (?:what (?:do|should|shall|can|must) (?:i|we) "
    r"do|what now|what next)\b|"
    r"\bwhat (?:do|should|shall|can|must) (?:i|we) do (?:about|with) (?:the|my) (?:bank |debit |"
    r"credit )?cards?\b|"
    r"\bwhat about (?:the|my) (?:bank |debit |credit )?cards?\b|"
    r"\bhow (?:do|can|should) (?:i|we) (?:cancel|stop|freeze|block) (?:it|the|my)\b"
)
# Already done, or the card is not theirs to stop: "i cancelled my card already".
_CARD_ALREADY_STOPPED = re.compile(
    r"\b(?:cancelled|canceled|stopped|frozen|froze|blocked) (?:it|them|my|the)\b|\b(?:card|cards|"
    r"it) (?:is|was|has been|have been|are) (?:already )?(?:cancelled|canceled|stopped|frozen|"
    r"blocked)\b"
)


def asks_what_to_do_about_a_card(text: str) -> bool:
    """Asking whether or how to cancel, stop or freeze a card, or what to do about it."""
    words = plain(text)
    return (
        bool(_CARD_WORD.search(words))
        and bool(_ASKS_TO_STOP_A_CARD.search(words))
        and not _CARD_ALREADY_STOPPED.search(words)
    )


# Joan: "how do i report it to the police, do i ring 999?" is how to report a crime that is
# over (utter_how_to_report), not whether to call 999 about someone there now.
_REPORT_WITH_999 = re.compile(
    r"\b(?:do|should|shall) i (?:call|ring|dial|phone) 999 (?:to|and) report\b|\b(?:is it|do i "
    r"(?:call|ring|dial|phone)) 999 or 101\b"
)
_THERE_NOW = re.compile(
    r"\b(?:outside|right now|at the door|(?:is|are|hes|shes|theyre|still) (?:here|there)|"
    r"watching (?:me|us|the house)|happening now|coming back|on (?:his|her|their) way)\b"
)


def asks_how_to_report_after_it_is_over(text: str) -> bool:
    words = plain(text)
    asks = (asks_how_to_report(text) and asks_whether_to_call_999(text)) or bool(
        _REPORT_WITH_999.search(words)
    )
    return asks and not _THERE_NOW.search(words)


def asks_how_to_report_and_about_the_card(text: str) -> bool:
    """ "how do i report it to the police, do i ring 999? and what do i do about my card":
    both, in one answer."""
    return asks_what_to_do_about_a_card(text) and (
        asks_how_to_report(text) or asks_how_to_report_after_it_is_over(text)
    )


# Kasia, 27, sexually assaulted by a senior colleague: "And what about my work. Should I tell
# HR? I am scared I lose my job" (given the injury scheme, a bike and Universal Credit).
_WORK_PLACE = (
    r"(?:hr|human resources|manager|line manager|boss|employer|work|job|company|supervisor|"
    r"team leader|union)"
)
_TELL_WORK_AFTER_ASSAULT = re.compile(
    rf"\b(?:do|should|shall|must|can|could) i (?:\w+ ){{0,2}}(?:tell|report (?:it |him |this |"
    rf"them )?to|complain to|go to|inform|let) (?:my |the |our )?{_WORK_PLACE}\b|"
    rf"\bwhat about (?:my )?(?:work|job)\b|"
    r"\b(?:will|would|could|can|might) (?:i|they) (?:\w+ ){0,2}(?:lose (?:my|me) (?:job|work)|"
    r"sack (?:me)?|fire me|get (?:sacked|fired))\b|\b(?:scared|afraid|worried|frightened) "
    r"(?:that )?(?:i )?(?:will |ll |would |might )?(?:lose|losing) my (?:job|work)\b"
)
# Who else the Havens or a service tell ("will they tell police or my work?"): their own answers.
_SERVICE_TELLS_WORK = re.compile(
    r"\b(?:will|would|do|does|can) (?:they|the havens|havens|you|the police|police|rape crisis|it|"
    r"this|anyone) (?:\w+ )?(?:tell|inform|contact|call|let)\b"
)


def asks_about_telling_work_after_a_sexual_assault(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """After a sexual offence: whether to tell work, and fear for the job."""
    if crime_type != "sexual_offence":
        return False
    words = plain(text)
    if _SERVICE_TELLS_WORK.search(words):
        return False
    return bool(_TELL_WORK_AFTER_ASSAULT.search(words)) and (
        is_question(text) or bool(re.search(r"\b(?:what about|scared|afraid|worried)\b", words))
    )


# "is there anyone i can talk to about the head stuff. what i said before. not tonight but
# generally" (round 38, Dan, who had said he was thinking about ending it) got "I can't answer".
_SOMEONE_TO_TALK_TO = re.compile(
    r"\b(?:(?:anyone|anybody|someone|somebody|who) (?:i can|can i|i could|could i|to) (?:talk|"
    r"speak|chat) to|someone to (?:talk|speak) to|talk to someone|speak to someone)\b"
)


def asks_for_someone_to_talk_to_after_crisis(text: str, answers: Mapping[str, Any] | None) -> bool:
    flags = (answers or {}).get("flags") or ()
    return (
        "self_harm" in flags and is_question(text) and bool(_SOMEONE_TO_TALK_TO.search(plain(text)))
    )


# "Is what OK? You said several things. Do you mean is it OK to keep my answers for 90 days?"
# (round 38, Tom, autistic, who takes things literally) got what the bot does, twice.
_WHAT_IS_OK = re.compile(
    r"\b(?:is what ok|what is ok|whats ok|what (?:do you|do u) mean(?: by)?(?: is)? (?:that|it|"
    r"this) ok|(?:do you|do u) mean .{0,50}\b(?:keep|keeping|store|storing|90 days)|is what "
    r"(?:alright|okay))\b"
)


def asks_what_the_consent_question_means(text: str, answers: Mapping[str, Any] | None) -> bool:
    return (answers or {}).get("consent") is None and bool(_WHAT_IS_OK.search(plain(text)))


# -- round 38, helper B3 --
# Tony, 40, whose son (12) was bullied for months and then robbed and punched by older boys
# from his school: "what do we do about the school? they've ignored it for months",
# "information, what do we do about the school, they've done nothing about the bullying".
# Asked by a parent (or for someone), not a young person asking for themselves
# (utter_school_worry); not whether the police tell a school (utter_police_tell_school_young).
_B3_SCHOOL = r"(?:(?:the|his|her|their|my|our|this|that) )?(?:\w+ )?(?:school|academy)"
_B3_ABOUT_THE_SCHOOL = re.compile(
    rf"\bwhat (?:do|can|should|shall|could|would|are|must) (?:we|i) (?:\w+ )?(?:do|say|doing) "
    rf"(?:about|with|re) {_B3_SCHOOL}\b|"
    rf"\b(?:how|where|who) (?:do|can|should|shall|could|would) (?:we|i) (?:complain|escalate|go|"
    rf"report)\w* (?:\w+ ){{0,3}}?(?:about |to |against |with )?{_B3_SCHOOL}\b|"
    rf"\b(?:can|should|shall|do|could|must) (?:we|i) (?:\w+ )?(?:complain|escalate|take it|"
    rf"report (?:it|them|this))\w* (?:about |to |against |with |further with )?{_B3_SCHOOL}\b|"
    rf"\bwhat about {_B3_SCHOOL}\b"
)
# "the school haven't done anything about it, what can we do?"
_B3_SCHOOL_DID_NOTHING = re.compile(
    r"\b(?:school|academy|teachers?|head ?teacher|head) (?:\w+ ){0,2}(?:done nothing|did nothing|"
    r"do nothing|doing nothing|ignored|ignore|ignoring|not done anything|not doing anything|"
    r"dont do anything|wont do anything|havent done anything|hasnt done anything|never did "
    r"anything|never do anything|not bothered|dont care|doesnt care|wont listen|dont listen)\b"
)
_B3_WHAT_CAN_WE_DO = re.compile(
    r"\bwhat (?:do|can|should|shall|could|else can|more can) (?:we|i) (?:\w+ )?do\b|"
    r"\bwhat now\b|\bwhere do (?:we|i) go\b|\bwho (?:do|can) (?:we|i) (?:complain|go|turn) to\b"
)
_B3_BULLYING = re.compile(r"\bbull(?:y|ied|ies|ying|ys)\b")
_B3_MY_CHILD = re.compile(
    r"\b(?:my|our|his|her) (?:son|sons|daughter|daughters|child|childs|children|kids?|boy|girl|"
    r"lad|little one|step ?(?:son|daughter)|grand(?:son|daughter))\b|\b(?:he|she) (?:is|s) "
    r"(?:only |just )?(?:[4-9]|1[0-7])\b|\b(?:hes|shes) (?:only |just )?(?:[4-9]|1[0-7])\b"
)
# Other answers: the police or a service telling a school, an order, a teacher at their work.
_B3_SCHOOL_OTHER = re.compile(
    r"\b(?:will|would|do|does|can|could|should) (?:you|u|they|the police|police|the officers?|"
    r"childline|this chat|social services) (?:\w+ )?(?:tell|inform|contact|call|ring|let)\b|"
    r"\border\b|\binjunction\b|\bi (?:work|teach)\b|\bmy (?:job|work|boss|pupils?|class)\b"
)


def asks_what_to_do_about_the_school(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    told = answers or {}
    words = plain(text)
    if _B3_SCHOOL_OTHER.search(words) or crime_type in ("sexual_offence", "domestic_abuse"):
        return False
    asks = bool(_B3_ABOUT_THE_SCHOOL.search(words)) or bool(
        _B3_SCHOOL_DID_NOTHING.search(words) and _B3_WHAT_CAN_WE_DO.search(words)
    )
    if not asks:
        return False
    # A young person asking for themselves has the school-worry answer.
    if _young(told) and not told.get("for_child") and not told.get("for_someone_else"):
        return False
    return bool(
        told.get("for_child")
        or _B3_BULLYING.search(words)
        or _B3_SCHOOL_DID_NOTHING.search(words)
        or _B3_MY_CHILD.search(words)
    )


# Tony: "does that change what help he can get? he's 12"; "does it matter that shes 14", "is
# it different because hes a kid". Under 18: a vulnerable victim, the enhanced service.
_B3_CHANGES_HELP = re.compile(
    r"\b(?:does|do|will|would|could|can|is|isnt|doesnt|should) (?:that|it|this|his age|her age|"
    r"their age|my age|the age|age|being (?:\w+ ){0,2}?(?:\d+|young|a kid|a child|a minor|under "
    r"18|under eighteen|a teenager)) (?:\w+ ){0,2}?(?:change|changes|make (?:a |any |much )?"
    r"difference|matter|affect|different|count|mean (?:he|she|they|i) (?:get|gets|can get)|help)"
    r"\b|"
    r"\b(?:does|do|will|would|could|can) (?:he|she|they|i|my (?:son|daughter|child|kid)) get "
    r"(?:more|extra|different|special|any more|any extra) (?:help|support)\b|"
    r"\b(?:is|are) there (?:more|extra|different|special|other) (?:help|support)\b (?:\w+ ){0,3}"
    r"(?:because|as|cos|cause|since|for (?:a|kids|children|under))\b|"
    r"\bwhat (?:\w+ ){0,2}(?:does|would|will) (?:being|his age|her age|their age|my age) "
    r"(?:\w+ ){0,3}(?:change|mean)\b"
)
_B3_AGE_SAID = re.compile(
    r"\b(?:hes|shes|he is|she is|theyre|they are|im|i am|is|was|aged?|only|just|being|turned) "
    r"(?:only |just |still )?(?P<age>\d{1,2})(?! (?:days?|weeks?|months?|hours?|mins?|minutes?|"
    r"times?|quid|pounds?|grand|k|miles?|am|pm|oclock))\b|"
    r"\b(?P<old>\d{1,2}) ?(?:years? old|yrs? old|yo|year olds?)\b"
)
_B3_YOUNG_SAID = re.compile(
    r"\b(?:a kid|a child|a minor|a teenager|a teen|so young|too young|only young|under 18|under "
    r"eighteen|his age|her age|their age|my age|the age|being young|being a kid|being a child|"
    r"children|kids)\b"
)


def _b3_age_said(words: str) -> int | None:
    for found in _B3_AGE_SAID.finditer(words):
        return int(found.group("age") or found.group("old"))
    return None


def asks_if_being_under_18_changes_help(text: str, answers: Mapping[str, Any] | None) -> bool:
    told = answers or {}
    words = plain(text)
    if not is_question(text) or not _B3_CHANGES_HELP.search(words):
        return False
    said = _b3_age_said(words)
    if said is not None and _l4_ages_of_children(words, told):  # -- round 42, helper L4 --
        return False
    if said is not None:
        return said < 18
    if not _B3_YOUNG_SAID.search(words):
        return False
    return bool(told.get("for_child")) or _young(told)


# Samuel, 70, whose agency carer has been taking his cash and using his bank card; his daughter
# Ruth: "should we stop the carer coming thursday?", "should we still let the carer in on
# Thursday?", "my question was whether the carer should still come thursday".
_B3_CARER = (
    r"(?:(?:the|her|his|that|this|our|my|dads|mums|the same) )?(?:carer|care worker|care "
    r"assistant|carers|care workers|support worker|home help)"
)
_B3_CARER_VISIT = re.compile(
    rf"\b(?:should|shall|do|can|must|could|would) (?:we|i|he|she|dad|mum|my \w+) (?:\w+ )?"
    rf"(?:let|have|allow|keep having|carry on having) {_B3_CARER} (?:\w+ )?(?:in|come|coming|"
    rf"back|round|over|visit|visiting|into)\b|"
    rf"\bis it (?:safe|ok|okay|alright|all right|wise|a good idea|sensible) "
    rf"(?:for (?:him|her|us|me|dad|mum) )?to (?:still )?(?:let|have|allow) {_B3_CARER} "
    rf"(?:\w+ )?(?:in|come|coming|back|round|visit|visiting)\b|"
    rf"\b(?:should|shall|do|can|must|could) (?:we|i|he|she) (?:\w+ )?(?:stop|cancel|refuse|"
    rf"turn away|keep out|block|ban|tell (?:the agency|them) to stop) {_B3_CARER}\b|"
    rf"\b(?:whether|if) {_B3_CARER} (?:should|can|is allowed to|ought to) (?:still )?(?:come|"
    rf"visit|keep coming|be coming|carry on|be allowed)\b|"
    rf"\bshould {_B3_CARER} (?:still )?(?:come|visit|keep coming|be coming|be allowed|carry on)\b|"
    rf"\b(?:what about|what do we do about|what do i do about) {_B3_CARER} (?:on |this |next )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|coming|visit\w*|"
    r"next)\b"
)


def asks_if_the_carer_should_still_come(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    told = answers or {}
    words = plain(text)
    if not _B3_CARER_VISIT.search(words) or _CARE_HOME.search(words):
        return False
    # A partner or relative who cares for them: the agency answer doesn't fit.
    if crime_type == "domestic_abuse" or told.get("relationship_to_offender") in (
        "partner_or_ex",
        "family_member",
    ):
        return False
    return "carer" in (told.get("account_details") or ()) or crime_type in (
        "theft",
        "fraud",
        "burglary",
        "other",
        None,
    )


# Tony, asked about a health condition while the questions were about his son: "do you mean me
# or him?"; "do you mean me or my son?", "is that about me or her?".
_B3_ME_OR_THEM = re.compile(
    r"\bme or (?:him|her|them|my \w+|the \w+|\w+)\b|\b(?:him|her|them|my \w+) or me\b"
)
_B3_WHO_IS_MEANT = re.compile(
    r"\b(?:mean|meant|meaning|about|asking|talking|referring|question is for|questions are for|"
    r"for me or)\b"
)


def asks_whom_the_questions_mean(text: str, answers: Mapping[str, Any] | None) -> bool:
    told = answers or {}
    if not (told.get("for_child") or told.get("for_someone_else")):
        return False
    words = plain(text)
    return (
        bool(_B3_ME_OR_THEM.search(words))
        and bool(_B3_WHO_IS_MEANT.search(words))
        and (is_question(text) or bool(re.search(r"\b(?:do|did) (?:you|u) mean\b", words)))
        and not re.search(r"\b(?:believe|blame|help for|support for|arrest|charge)\w*\b", words)
    )


# -- round 38, helper B4 --
# Mr Chen, 70, who moved £12,000 to a "safe account" after a fake bank call, and Priya, 31,
# whose husband controls all the money and reads her phone (round 38).

# Mr Chen: "would the police or the bank contact my son about this without my permission?",
# "will my son have to be told?", "I would be grateful to know whether my family will have to be
# told". Whether the police or the bank tell family; not whether to tell them himself
# (utter_telling_family_after_scam), nor what this chat shares (utter_who_we_tell).
_B4_RELATIVE = (
    r"(?:(?:my|our|the|your|his|her|any) (?:\w+ )?)?(?:son|sons|daughters?|family|families|"
    r"family members?|children|kids|relatives?|relations|"
    r"grandchildren|grandsons?|granddaughters?|nephews?|nieces?|brothers?|sisters?|wife|husband|"
    r"next of kin|loved ones)"
)
_B4_AUTHORITY = (
    r"(?:the police|police|the bank|my bank|the banks|banks|barclays|they|anyone|anybody|someone|"
    r"somebody|report fraud|action fraud|the fraud (?:team|department)|officers?)"
)
_B4_TELL_VERB = (
    r"(?:contact|tell|inform|call|ring|phone|write to|speak to|talk to|notify|get in touch with|"
    r"let)"
)
_B4_FAMILY_TOLD = re.compile(
    rf"\b{_B4_AUTHORITY} (?:\w+ ){{0,3}}{_B4_TELL_VERB} {_B4_RELATIVE}\b|"
    rf"\b{_B4_RELATIVE} (?:\w+ ){{0,2}}(?:have to|has to|need to|needs to|must|will|would|going to|"
    r"gonna|should) (?:\w+ )?(?:be told|know|find out|be informed|be contacted|hear|be involved)\b|"
    rf"\b(?:will|would|could|might|does|do|must) {_B4_RELATIVE} (?:\w+ )?(?:find out|be told|know|"
    r"hear|be informed|be contacted|have to (?:be told|know))\b"
)
_B4_ASKS_WHETHER = re.compile(
    r"\b(?:whether|if) (?:my|our|the) \w+|\b(?:grateful to know|like to know|want to know|"
    r"wondering)\b"
)


def asks_if_police_or_bank_tell_family_after_fraud(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    scam = crime_type == "fraud" or bool(
        re.search(r"\b(?:scam\w*|fraud\w*|conned|safe account)\b", words)
    )
    if not scam or _close(crime_type, answers or {}) or _young(answers):
        return False
    # "will you tell my son": this chat (utter_who_we_tell); "should i tell my son": his choice.
    if re.search(r"\b(?:will|would|do|does|can|could) (?:you|u|this chat)\b", words):
        return False
    if re.search(r"\b(?:should|shall|must|do|can) i (?:\w+ )?tell\b", words):
        return False
    asked = is_question(text) or bool(_B4_ASKS_WHETHER.search(words))
    return asked and bool(_B4_FAMILY_TOLD.search(words))


# Mr Chen: "Is Report Fraud the same as Action Fraud, which the bank mentioned?" (got the bank
# answer): the existing utter_action_fraud. Not "is action fraud the police?" (its own answer).
_B4_SAME_SERVICE = re.compile(
    r"\b(?:same|difference|different|instead of|or|which (?:one|is it))\b"
)
_B4_RENAMED = re.compile(
    r"\b(?:renamed|new name|changed (?:its |their |the )?name|replaced|still exists?|now called|"
    r"called now|not called|no longer)\b"
)


# Mr Chen: "Barclays mentioned something called Action Fraud. Should I report it there, and is
# that the same as the police?": the existing utter_action_fraud_is_police.
_B4_SAME_AS_POLICE = re.compile(
    r"\b(?:is|are) (?:that|it|this|they|action fraud|report fraud) (?:the same as|part of|run by|"
    r"from|with) (?:the )?police\b"
)


def asks_if_action_fraud_is_the_same_as_police(text: str) -> bool:
    words = plain(text)
    return bool(re.search(r"\b(?:action|report) fraud\b", words)) and bool(
        _B4_SAME_AS_POLICE.search(words)
    )


def asks_if_report_fraud_is_action_fraud(text: str) -> bool:
    words = plain(text)
    if "action fraud" not in words or asks_if_action_fraud_is_police(text):
        return False
    both = "report fraud" in words and bool(_B4_SAME_SERVICE.search(words))
    return is_question(text) and (both or bool(_B4_RENAMED.search(words)))


# Mr Chen: "I have received two further calls today from a withheld number which I did not
# answer. Could this be the same people?" (got "I can't answer"). Not a caller offering the
# money back for a fee (utter_recovery_fee), nor "will they try again?" (utter_scammers_try_again).
_B4_CALLS = re.compile(
    r"\b(?:calls?|calling|rang|ringing|rings|phoned|phoning|missed calls?|withheld|"
    r"private number|unknown number|no caller id|hidden number|number i dont know|voicemails?|"
    r"texts?|texted|messages?)\b"
)
_B4_THEM = (
    r"(?:the same\b(?! as| thing| way| bank| number)|them again|the scammers?|the fraudsters?|"
    r"the criminals)"
)
_B4_SAME_PEOPLE = re.compile(
    rf"\b(?:could|might|would|can) (?:this|that|it|these|those|they) (?:\w+ )?be (?:them|"
    rf"{_B4_THEM})\b|\b(?:is|are|was|were) (?:this|that|it|these|those|they) (?:\w+ )?{_B4_THEM}\b|"
    r"\bsame (?:people|person|man|men|lot|gang|ones|scammers?|fraudsters?|criminals)\b|"
    r"\b(?:is|was) (?:it|that) (?:them|him)\b"
)


def asks_if_new_calls_are_the_scammers(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    scam = crime_type == "fraud" or bool(re.search(r"\b(?:scam\w*|fraud\w*|conned)\b", words))
    if not scam or _RECOVERY_FEE.search(words):
        return False
    return (
        is_question(text) and bool(_B4_CALLS.search(words)) and bool(_B4_SAME_PEOPLE.search(words))
    )


# Priya, 31: "can i open a bank account without him knowing?", "can i get my own bank account
# without him finding out", "i want my OWN account he doesnt know about" (the second got "stop
# your cards", which he would notice). Economic abuse by a partner or family member.
_B4_OWN_ACCOUNT = re.compile(
    r"\b(?:open|opening|get|getting|have|having|set up|setting up|make|start) (?:up )?(?:a |an |"
    r"my |me a |me an |myself a )?(?:own |new |separate |secret |private |personal )*(?:bank |"
    r"savings |current )?(?:account|acc|acct)\b|\b(?:my|an?|me|her) own (?:bank |savings |"
    r"current )?(?:account|acc|acct)\b|\b(?:secret|separate|private) (?:bank |savings )?"
    r"(?:account|acc|acct)\b"
)
_B4_WANTS = re.compile(
    r"\b(?:i want|i need|i would like|id like|i wanna|help me|how (?:do|can|could) i|is it "
    r"possible)\b"
)


def asks_to_open_an_account_he_wont_know_about(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not _close(crime_type, answers or {}):
        return False
    asked = is_question(text) or bool(_B4_WANTS.search(words))
    return asked and bool(_B4_OWN_ACCOUNT.search(words))


# Priya: "is there anyone who helps with money stuff? like when he controls it all".
_B4_MONEY_HELP = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|any (?:service|charity|organisation|organization|org|"
    r"group|one)s?|who|where) (?:that |who |which )?(?:\w+ )?(?:helps?|can help|could help|deals? "
    r"with|supports?|advises?|gives advice)\b.{0,40}\b(?:money|finances?|financial|economic|"
    r"debts?|bank\w*|wages)\b|\b(?:help|support|advice) (?:with|for|about) (?:the |my )?"
    r"(?:money|finances|financial|economic abuse|financial abuse)\b|\b(?:charity|charities|"
    r"services?|organisations?|organizations?|groups?|helplines?|anyone|anybody|someone|who) "
    r"(?:\w+ ){0,3}(?:for|about|with|on|in) (?:\w+ )?(?:economic|financial|money) abuse\b"
)


def asks_who_helps_with_economic_abuse(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not _close(crime_type, answers or {}) or not is_question(text):
        return False
    if crime_type == "human_trafficking" or re.search(r"\b(?:drugs?|runs?|packages?)\b", words):
        return False  # a drug debt he says she owes is exploitation (utter_exploitation_debt_help)
    return bool(_B4_MONEY_HELP.search(words))


# -- round 38, helper B5 --
# Ayesha, 27, her hijab pulled and anti-Muslim abuse shouted in the street, her mum (who speaks
# only Bengali) beside her; and Tom, 40, autistic and literal, whose neighbour scratched his car
# four times and threatened him. Their questions got the wrong answer or "I can't answer".

# "should i report it to tell mama or the police? or both?", "what about tell mama? can i report
# there instead of police?", "you still havent said about tell mama". Whether Tell MAMA "reports
# it for me" keeps its own answer (utter_tell_mama_reports); "what is Tell MAMA" the
# organisation answer.
_B5_TELL_MAMA = re.compile(r"\btell ?mama\b")
_B5_MAMA_OR_POLICE = re.compile(
    r"\b(?:police|cops|101|met)\b.{0,30}\b(?:or|and|instead|both|either|rather)\b|"
    r"\b(?:or|both|either|instead of|rather than|not|vs|versus)\b.{0,20}\b(?:(?:the )?police|"
    r"cops|101)\b|\b(?:report|tell|go)\w* (?:it )?(?:there|to them|with them) instead\b|"
    r"\bwhat about tell ?mama\b|\bwhich (?:one|is better|should i)\b"
)
_B5_NOT_ANSWERED = re.compile(
    r"\b(?:still )?(?:havent|have not|hasnt|didnt|did not|never|not) (?:\w+ )?(?:said|say|"
    r"answered|answer|told me|mentioned|replied)\b.{0,30}\btell ?mama\b"
)
_B5_WHAT_IS_IT = re.compile(
    r"\bwhat (?:is|s|are) tell ?mama\b|\bis (?:it|tell ?mama|that|they) (?:the )?police\b"
)
# "can they report to police for me if i tell them?": "they" after Tell MAMA was offered, for
# someone targeted as a Muslim.
_B5_THEY_REPORT_FOR_ME = re.compile(
    r"\b(?:can|could|will|would|do|does) (?:they|them|you guys) (?:\w+ ){0,2}?(?:report|pass|"
    r"send|take|tell)\w* (?:it |this |that |my report |them )?(?:on )?(?:to )?(?:the )?"
    r"(?:police|cops)\b.{0,25}\b(?:for me|on my behalf|if i tell them|for us)\b"
)


def _b5_muslim(answers: Mapping[str, Any] | None) -> bool:
    told = answers or {}
    return "muslim" in (told.get("community") or ()) or "religion" in (
        told.get("hate_strand") or ()
    )


def b5_asks_tell_mama_or_police(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Tell MAMA or the police, or both; or that this was asked and not answered."""
    words = plain(text)
    if _B5_TELL_MAMA.search(words):
        if _TELL_MAMA_REPORTS.search(words) or asks_if_cctv_is_kept_through_tell_mama(text):
            return False
        if _B5_WHAT_IS_IT.search(words):
            return False  # "what is Tell MAMA, is it police?": the organisation answer
        if _B5_NOT_ANSWERED.search(words):
            return True
        if _B5_THEY_REPORT_FOR_ME.search(words):
            return True
        return is_question(text) and bool(_B5_MAMA_OR_POLICE.search(words))
    return _b5_muslim(answers) and bool(_B5_THEY_REPORT_FOR_ME.search(words))


# "its my MUM who needs bengali. can she get her own support? she was there", "my mum. bengali.
# support. is there anything for her?". A relative who saw it, needing another language.
_B5_RELATIVE = (
    r"(?:mum|mums|mom|moms|mam|mother|mothers|dad|dads|father|nan|nani|gran|grandma|grandad|"
    r"sister|brother|aunt|auntie|uncle|husband|wife|parents?)"
)
_B5_MY_RELATIVE = re.compile(rf"\b(?:my|her|his|our) {_B5_RELATIVE}\b|\b(?:she|he) (?:was|saw)\b")
_B5_ANOTHER_LANGUAGE = re.compile(
    r"\b(?:bengali|bangla|sylheti|urdu|punjabi|gujarati|hindi|tamil|arabic|somali|polish|"
    r"romanian|turkish|kurdish|portuguese|spanish|french|lithuanian|albanian|farsi|persian|"
    r"pashto|tigrinya|amharic|chinese|cantonese|mandarin|vietnamese|language|interpreter|"
    r"translator|(?:doesnt|does not|dont|cant|cannot) speak english|no english|only speaks)\b"
)
_B5_SUPPORT_FOR_THEM = re.compile(
    r"\b(?:support|help|someone|anything|services?|counselling|talk to)\b.{0,25}\bfor "
    r"(?:her|him|them)\b|\b(?:can|could|will|would|does|do) (?:she|he|they) (?:\w+ )?(?:get|have|"
    r"be given|ask for)\b.{0,25}\b(?:support|help|interpreter|someone)\b|\b(?:her|his|their) "
    r"own (?:support|help|worker)\b|\b(?:support|help)\W+(?:is there|anything)\b|\bneeds? "
    r"(?:support|help|someone)\b"
    rf"|\b(?:can|could|will|would|does|do) (?:my|her|his|our) {_B5_RELATIVE} (?:\w+ )?(?:get|"
    rf"have|ask for)\b|\b(?:support|help) (?:my|her|his|our) {_B5_RELATIVE}\b"
)
# "did you tell them about my mum needing bengali?"
_B5_DID_YOU_PASS_ON = re.compile(
    r"\b(?:did|have|will|can|could) (?:you|u) (?:\w+ )?(?:tell|told|pass\w*|say|said|mention\w*|"
    r"put|add\w*|let \w+ know|write|written|note\w*)\b.{0,40}\b" + _B5_RELATIVE + r"\b"
)


def b5_asks_support_for_a_relative_in_their_language(text: str) -> bool:
    """Support for a relative who saw it and needs an interpreter."""
    words = plain(text)
    if not (_B5_MY_RELATIVE.search(words) and _B5_ANOTHER_LANGUAGE.search(words)):
        return False
    if _B5_DID_YOU_PASS_ON.search(words):
        return False
    return bool(_B5_SUPPORT_FOR_THEM.search(words)) and (
        is_question(text) or "support" in words or "help" in words
    )


def b5_asks_if_relative_need_was_passed_on(text: str) -> bool:
    words = plain(text)
    return bool(_B5_DID_YOU_PASS_ON.search(words)) and bool(_B5_ANOTHER_LANGUAGE.search(words))


# Tom: "What does persistently targeted mean?", "You did not say what persistently means. And
# you did not say if four times counts."
_B5_PERSISTENTLY = re.compile(r"\bpersistent(?:ly)?\b")
_B5_MEANING_OR_COUNTS = re.compile(
    r"\b(?:mean|means|meaning|meant|define|definition)\b|\bwhat (?:is|does|counts as)\b|"
    r"\b(?:does|do|would|will) (?:\w+ ){0,4}count\b|\bcounts?\b|\bhow many times\b"
)


_B5_MEANS = re.compile(r"\b(?:mean|means|meaning|meant|define|definition)\b")
# "he persistently calls me, does that count as stalking?" asks about the crime.
_B5_A_CRIME_NAMED = re.compile(r"\b(?:stalk\w*|harass\w*|abuse|crime|assault|hate)\b")


def b5_asks_what_persistently_targeted_means(text: str) -> bool:
    words = plain(text)
    if not _B5_PERSISTENTLY.search(words) or not _B5_MEANING_OR_COUNTS.search(words):
        return False
    return (
        "persistently targeted" in words
        or bool(_B5_MEANS.search(words))
        or not _B5_A_CRIME_NAMED.search(words)
    )


# Tom: "He scratched my car. Is that harassment or is it criminal damage? I want the right word."
_B5_HARASSMENT_OR_DAMAGE = re.compile(
    r"\bharass\w*\b.{0,40}\b(?:or|and)\b.{0,20}\b(?:criminal damage|damage|vandalism)\b|"
    r"\b(?:criminal damage|damage|vandalism)\b.{0,40}\b(?:or|and)\b.{0,20}\bharass\w*\b"
)


def b5_asks_harassment_or_criminal_damage(text: str) -> bool:
    words = plain(text)
    return is_question(text) and bool(_B5_HARASSMENT_OR_DAMAGE.search(words))


# Tom, at "What happened? ... choose one": "There is not a button for damaging a car. Which
# button should I press?". Only with what happened named, not a button at the needs or yes/no
# questions.
_B5_WHICH_BUTTON = re.compile(
    r"\b(?:which|what) (?:button|option|one) (?:should|do|shall|can|must|would) (?:i|we) "
    r"(?:press|pick|choose|click|tap|use|select|go for)\b|"
    r"\b(?:not|no) (?:a |any )?(?:button|option) for\b|"
    r"\b(?:isnt|is not|arent|are not) (?:a |any )?(?:button|option)s? for\b|\bwhich button\b"
)
_B5_WHAT_HAPPENED_WORD = re.compile(
    r"\b(?:damag\w*|scratch\w*|car|keyed|vandal\w*|smash\w*|broke|broken|threat\w*|crime|"
    r"happened|stole|stolen|theft|robbed|hit|attack\w*|harass\w*|burgl\w*|scam\w*|fraud|"
    r"assault\w*|graffiti|neighbour)\b"
)


def b5_asks_which_crime_button(text: str) -> bool:
    words = plain(text)
    return bool(_B5_WHICH_BUTTON.search(words)) and bool(_B5_WHAT_HAPPENED_WORD.search(words))


# -- round 38, helper B6 --
# Nadia, 19, made by her boyfriend to carry drugs to other towns "because she owes him": "will
# i be in trouble if i tell anyone? like will i get arrested for the drugs", "am i going to get
# arrested if i tell someone im carrying drugs for him". An adult (or age not given, with nothing
# saying a child): the Modern Slavery Act s.45 defence, the NRM and the Modern Slavery Helpline.
# A child keeps utter_exploited_not_blamed (Childline).
_B6_DRUGS = re.compile(r"\b(?:drugs?|packages?|parcels?|gear|weed|coke|county lines|runs?)\b")
_B6_MADE_TO = re.compile(
    r"\b(?:carry\w*|carried|tak\w* (?:the )?(?:drugs|packages?|parcels?)|deliver\w*|mov\w* "
    r"(?:the )?drugs|sell\w* (?:the )?drugs|(?:for|to) (?:him|her|them)|owe (?:him|her|them)|"
    r"debt|makes? me|made me|forc\w*|county lines|(?:a|another|the) runs?)\b"
)
_B6_ARRESTED = re.compile(
    r"\b(?:am i|will i|would i|could i|can i|do i|might i)(?: be)? (?:gonna |going to |get |"
    r"be |end up )*(?:arrested|nicked|in trouble|charged|locked up|prosecuted|done for)\b|"
    r"\bwill (?:the )?(?:police|feds|they|cops) (?:arrest|nick|charge|lock up) me\b"
)
_B6_CHILD_CUES = re.compile(
    r"\b(?:school|year (?:[7-9]|1[0-3])|my (?:mum|mom|dad|parents?) (?:will|would|find)|im "
    r"1[0-7]|i am 1[0-7]|childline)\b"
)
_B6_DRUGS_I_TOOK = re.compile(
    r"\b(?:i (?:took|had taken|was on|smoked|used)|in my system|spiked|possession)\b"
)


def b6_adult_fears_arrest_for_carried_drugs(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """An adult made to carry drugs asks if telling will get them arrested (not drugs they took)."""
    told = answers or {}
    words = plain(text)
    if _young(told) or told.get("for_child") or told.get("for_someone_else"):
        return False
    if _B6_CHILD_CUES.search(words) or _B6_DRUGS_I_TOOK.search(words):
        return False
    exploited = crime_type == "human_trafficking" or told.get("crime_type") == "human_trafficking"
    drugs = bool(_B6_DRUGS.search(words))
    made_to = bool(_B6_MADE_TO.search(words)) or (
        # "will i get arrested for the drugs" from someone whose partner controls them
        _close(crime_type, told) and bool(re.search(r"\bfor (?:the|his|her|those) drugs\b", words))
    )
    return (
        is_question(text) and bool(_B6_ARRESTED.search(words)) and drugs and (exploited or made_to)
    )


# Nadia: "is there anyone who helps with the drugs thing specifically. like the owing him money
# bit. he says i owe him like 2 grand now": the Modern Slavery & Exploitation Helpline.
_B6_WHO_HELPS = re.compile(
    r"\b(?:is there (?:any(?:one|body)|some(?:one|body)|a (?:service|charity|helpline|place))|"
    r"who (?:can |could )?(?:help|helps|deals?)|any(?:one|body) (?:who|that) (?:helps|can help|"
    r"deals)|where (?:can|do) i (?:go|get help))\b"
)
_B6_DRUG_DEBT = re.compile(
    r"\b(?:drugs? thing|drugs|county lines|(?:the )?runs)\b.{0,80}\b(?:ow(?:e|es|ing)|debt|"
    r"money)\b|\b(?:ow(?:e|es|ing) (?:him|her|them)|debt)\b.{0,80}\bdrugs?\b"
)


def b6_asks_who_helps_with_drug_debt(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_B6_WHO_HELPS.search(words))
        and bool(_B6_DRUG_DEBT.search(words))
    )


# Nadia, after the referral: "what do i do if he asks me to do another run before they call".
_B6_ANOTHER_RUN = re.compile(
    r"\b(?:another|the next|one more|more) (?:runs?|drops?|deliver(?:y|ies))\b|\ba run\b|"
    r"\b(?:carry|take|deliver|move) (?:more|another|some more|the) (?:drugs|packages?|parcels?)\b"
)
_B6_WHAT_DO_I_DO = re.compile(
    r"\bwhat (?:do|should|shall|can) i (?:do|say)\b|\bwhat if (?:he|she|they)\b|\b(?:should|do|"
    r"can) i (?:say no|refuse|go|do it)\b"
)


def b6_asks_what_to_do_if_asked_to_do_another_run(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not (is_question(text) and _B6_ANOTHER_RUN.search(words) and _B6_WHAT_DO_I_DO.search(words)):
        return False
    told = answers or {}
    exploited = crime_type == "human_trafficking" or told.get("crime_type") == "human_trafficking"
    drugs = bool(re.search(r"\b(?:drugs?|packages?|parcels?|county lines)\b", words))
    return exploited or drugs or _close(crime_type, told)


# Chloe, 24, hit by her girlfriend, who is away until Sunday: "and what to do when she comes back
# sunday", "what do i actually do sunday when she gets back? should i leave? ... its my flat",
# "im scared about sunday night when she comes home. what should i do". Plan before the partner
# is back: a safety plan with a helpline, and orders for the home.
_B6_WHEN_BACK = re.compile(
    r"\b(?:when|once|after|before|till|until) (?:she|he|they|my (?:partner|girlfriend|boyfriend|"
    r"wife|husband|gf|bf)) (?:comes?|gets?|is|are|arrives?|returns?)(?: back)?(?: home)?\b|"
    r"\b(?:she|he|they) (?:comes?|gets?|is|are) (?:back|home) (?:on |this |next )?(?:sunday|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|tonight|the weekend)\b"
)
_B6_WHAT_TO_DO_THEN = re.compile(
    r"\bwhat (?:do|should|shall|can|would) i (?:actually )?(?:do|say)\b|\bwhat to do\b|"
    r"\bshould i (?:leave|go|stay|move out)\b|\b(?:scared|frightened|afraid|worried|terrified)"
    r" (?:about|of|for)\b|\bhow (?:do|can|should) i (?:stay safe|keep safe|be safe|protect)\b"
)


def b6_asks_what_to_do_before_the_partner_is_back(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Domestic abuse: what to do when the partner who hurts them comes home."""
    words = plain(text)
    told = answers or {}
    if not _close(crime_type, told) or told.get("for_child"):
        return False
    if re.search(r"\b(?:my|our) (?:son|daughter|kids?|children|child|boy|girl)\b", words):
        return False
    return (
        is_question(text)
        and bool(_B6_WHEN_BACK.search(words))
        and bool(_B6_WHAT_TO_DO_THEN.search(words))
    )


# Maya, 33, stalked by an ex-colleague, after a restraining-order answer for partners: "but he's
# not my ex, I said, we just worked together. so does that mean I can't get one?". Someone who
# was never a partner or relative: the harassment injunction (protection_order_answer too).
_B6_NOT_A_PARTNER = re.compile(
    r"\b(?:(?:we )?(?:just |only )?(?:worked|work) together|(?:used to )?work(?:ed)? with (?:him|"
    r"her|them)|(?:ex )?colleagues?|co ?workers?|never (?:been )?together|were never together|"
    r"not (?:my |an? )?(?:ex|partner|boyfriend|girlfriend|relative)|(?:a )?stranger|dont "
    r"(?:even )?know (?:him|her|them))\b"
)
_B6_GET_ONE = re.compile(
    r"\b(?:can ?t|cannot|can|could|do|would|will) (?:i|we) (?:still )?(?:get|apply for|have|ask "
    r"for) (?:one|it|that|anything|an order|an injunction)\b|\bdoes (?:that|this) mean\b"
)


def b6_non_partner_asks_if_they_can_still_get_an_order(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    told = answers or {}
    if crime_type == "domestic_abuse" or told.get("relationship_to_offender") in (
        "partner_or_ex",
        "family_member",
    ):
        return False
    return (
        crime_type in ("stalking_harassment", None)
        and is_question(text)
        and bool(_B6_NOT_A_PARTNER.search(words))
        and bool(_B6_GET_ONE.search(words))
    )


# Kofi, 29, who saw a shooting, asked by the police for a statement: "Do I have to give the
# statement tho. can they make me", "the police want a WITNESS statement about what i saw. is it
# my choice or do i have to". Not the Victim Personal Statement: a witness statement's choice.
_B6_STATEMENT = re.compile(
    r"\b(?:give|make|do|sign|write) (?:a |the |my |them a )?(?:witness )?statement\b|"
    r"\bwitness statement\b"
)
_B6_MUST_I = re.compile(
    r"\b(?:do|will) i (?:have|need) to\b|\bhave i got to\b|\bmust i\b|\b(?:can|could|will) "
    r"(?:they|the police|police|the feds|anyone) (?:make|force) me\b|\bmy choice\b|\b(?:is it|"
    r"its) (?:compulsory|optional|required|up to me)\b|\bam i (?:forced|obliged|required)\b"
)


def b6_asks_if_a_witness_statement_is_compulsory(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if re.search(
        r"\b(?:victim personal|personal|impact|vps|retract\w*|withdraw\w*|take back)\b", words
    ):
        return False
    # "do i have to give a statement to get help. and will u tell the police" (round 33, Amir):
    # whether support needs a report, and privacy, not a witness's choice.
    if re.search(r"\b(?:to get|for|get) (?:help|support)\b|\btell the police\b", words):
        return False
    asked = is_question(text) or bool(re.search(r"\bi (?:mean|meant)\b", words))
    return (
        asked
        and bool(_B6_STATEMENT.search(words))
        and (
            bool(_B6_MUST_I.search(words))
            or bool(re.search(r"\bi (?:mean|meant) a witness statement\b", words))
        )
    )


# Megan, for her nan (85), robbed of a bag with her keys and address in it: "but what about the
# keys?? should she get the locks changed, who pays for that? nan wont sleep tonight" (it got
# the CICA things-taken answer). Keys taken, asking about the locks: the keys answer.
_B6_KEYS = re.compile(r"\b(?:keys?|door keys?|house keys?)\b")
_B6_LOCKS_Q = re.compile(
    r"\b(?:change|changed|changing|replace\w*|new) (?:the |her |his |my |our |their )?locks?\b|"
    r"\blocks? (?:changed|replaced|done)\b"
)


def b6_asks_about_locks_after_keys_taken(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if _close(crime_type, answers or {}) or crime_type not in (None, "theft", "robbery"):
        return False
    return is_question(text) and bool(_B6_KEYS.search(words)) and bool(_B6_LOCKS_Q.search(words))


# -- round 39, helper H2 --
# Questions five role-players asked in round 38 that got "I can't answer that one here", the
# wrong answer or nothing: whether "very worried" counts as a yes to the court question (Tom);
# whether a teenager's parents have to know she is getting support (Sam); whether the police
# would act when the relative who collects her pension hands it over himself, and changing a
# DWP appointee (Ruth); whether the police can find out who is sending the messages (Sophie);
# car damage from an uninsured or untraced driver, and whiplash (Imran).

# Tom, 40, at "If this went to court, would you feel scared or very worried about giving
# evidence?": "I would be very worried but not scared. Does that count as yes?", then "So is the
# answer yes and yes?". A worry named with "is that a yes"; a bare "is the answer yes" only just
# after the court question was answered (the needs question comes next). The reading keeps the
# worry as a yes (actions/answers.py, read_fear_of_giving_evidence).
_H2_WORRY_WORDS = re.compile(
    r"\b(?:worried|worry|scared|frightened|afraid|nervous|terrified|petrified|bricking it)\b"
)
_H2_IS_IT_YES = re.compile(
    r"\b(?:count|counts|counted|class|classed) as (?:a )?yes\b|\b(?:is|would|does) (?:that|it|"
    r"this|(?:very |really |so )?(?:worried|scared|nervous)) (?:be |mean |count as )?(?:a )?yes\b"
    r"|\b(?:is|so) the answer (?:is )?yes\b|\bso (?:its|it is|thats|that is|i say|i put|i answer) "
    r"yes\b|\b(?:do|should|shall) i (?:say|put|press|click|answer|tap) yes\b"
)
# Not a worry about safety now (the danger question) or a condition (the disability question).
_H2_NOT_ABOUT_COURT = re.compile(
    r"\b(?:danger|safe|unsafe|come back|coming back|outside|anxiety|depress\w*|disab\w*|"
    r"condition|ptsd|mental health|racis\w*|hate)\b"
)


def h2_asks_if_the_answer_is_yes(text: str) -> bool:
    """ "So is the answer yes and yes?", "does that count as yes?": whether what they said is a
    yes to the question asked."""
    return is_question(text) and bool(_H2_IS_IT_YES.search(plain(text)))


# "I'm very worried, does that count?", "not scared but very worried, so yes?", "what if im
# worried but not scared": a worry, and whether it answers the question.
_H2_WORRY_COUNTS = re.compile(
    r"\b(?:does|do|would|will|is) (?:that|it|this|(?:very |really |so )?(?:worried|worry|"
    r"scared|nervous)) (?:still )?count$|\bso yes$|^what if (?:im|i am|i was|i feel|id be|i "
    r"would be|i d be) (?:\w+ )?(?:worried|scared|nervous|frightened|afraid) but not\b"
)
# A worry about something else ("im worried about my kids, does that count?": a need).
_H2_WORRIED_ABOUT_ELSE = re.compile(
    r"\b(?:worried|worry|scared|nervous|afraid|frightened|terrified) (?:about|for|of|that) "
    r"(?!(?:court|giving|evidence|the trial|trial|going to court|seeing|facing|the court|him|"
    r"her|them)\b)"
)
# The question's own words ("very worried"), not "he scared me, does that count?" (a crime).
_H2_VERY_WORRIED = re.compile(
    r"\b(?:worried|(?:very|really|so|extremely|quite|pretty|super) (?:scared|nervous|frightened|"
    r"afraid))\b"
)


def h2_asks_if_worry_counts_as_yes(text: str, answers: Mapping[str, Any] | None) -> bool:
    told = answers or {}
    words = plain(text)
    if not is_question(text) or _H2_NOT_ABOUT_COURT.search(words):
        return False
    if told.get("in_danger") is True or told.get("age") is None:
        return False  # the court question comes after the age; never at the danger question
    if _H2_WORRY_WORDS.search(words) and _H2_WORRIED_ABOUT_ELSE.search(words):
        return False
    if (_H2_WORRY_WORDS.search(words) and _H2_IS_IT_YES.search(words)) or (
        _H2_VERY_WORRIED.search(words) and _H2_WORRY_COUNTS.search(words)
    ):
        return told.get("needs") is None
    if not _H2_IS_IT_YES.search(words):
        return False
    # "So is the answer yes and yes?" just after the court question was answered.
    return told.get("fear_of_giving_evidence") is not None and told.get("needs") is None


# Sam, 15: "do my parents have to know" about getting support (not the police, which is
# utter_police_tell_parents_young; not telling them herself, which is
# utter_telling_parents_your_choice; not Childline by name, utter_childline_confidential).
_H2_PARENTS = (
    r"(?:parents?|mum|mom|mam|mummy|dad|daddy|mum (?:and|n|&) dad|mom (?:and|n|&) dad|family|"
    r"carers?|guardians?|foster (?:mum|dad|parents?|carers?)|step ?(?:mum|dad))"
)
_H2_PARENTS_MUST_KNOW = re.compile(
    rf"\b(?:do|does|will|would|must|should|have|has) (?:my |me )?{_H2_PARENTS}(?: (?:and|or) "
    rf"(?:my )?{_H2_PARENTS})? (?:have to|need to|got to|gotta|hafta|has to|needs to|gonna|going "
    r"to) (?:know|find out|be told|hear)\b"
    rf"|\bwithout (?:my |me )?{_H2_PARENTS}(?: (?:and|or) (?:my )?{_H2_PARENTS})? (?:knowing|"
    r"finding out|being told|knowin)\b"
)
_H2_NOT_SUPPORT = re.compile(
    r"\b(?:police|cops|feds|officers?|the met|101|report\w*|court|school|college|teachers?|"
    r"childline|ceop|report remove|you|u|this chat|the chat|this)\b"
)


def h2_young_asks_if_parents_must_know(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    if not (_young(answers) and _H2_PARENTS_MUST_KNOW.search(words)):
        return False
    # "will my parents have to know if you pass my details on?": the referral, to support.
    rest = re.sub(
        r"\bif (?:you|u) (?:pass|send|give|refer)\w* (?:on )?(?:me|my (?:details|number|info))"
        r"(?: on)?\b",
        " ",
        words,
    )
    if _H2_NOT_SUPPORT.search(rest):
        return False
    return is_question(text) or words.startswith(("do ", "does ", "will ", "can "))


# Ruth, older, whose relative collects her pension: "would the police take it seriously as he
# hands it over himself?". Money handed over to, or collected by, someone trusted with it: a
# crime if he dishonestly keeps or misuses it, whoever hands it over.
_H2_SERIOUSLY = re.compile(
    r"\b(?:take (?:it|this|that|me|us) (?:\w+ )?serious(?:ly)?|(?:would|will|do|does|could|can) "
    r"(?:the )?(?:police|they|cops) (?:even )?(?:care|bother|do anything|act|be interested|"
    r"help)|(?:is|would) (?:it|that|this) (?:still |even |really )?(?:be )?(?:a crime|illegal|"
    r"theft|stealing|fraud|against the law))\b"
)
_H2_HANDED_OVER = re.compile(
    r"\b(?:hands?|handed|handing|gives?|gave|giving|pass\w*) (?:it|them|the money|the cash|my "
    r"(?:money|pension|benefits?|cash)|\w+ (?:money|pension|cash)) (?:over|to (?:him|her|them|"
    r"me))\b|\b(?:i|we) (?:let|allow|allowed|lets) (?:him|her|them) (?:collect|take|have|draw|"
    r"get|handle|manage)\b|\b(?:collects?|collected|collecting|draws?|picks? up|gets?) (?:my|her|"
    r"his|the) (?:pension|benefits?|money)\b|\bappointee\b"
)


def h2_asks_if_police_act_on_money_handed_over(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    told = answers or {}
    words = plain(text)
    trusted = (
        _close(crime_type, told)
        or told.get("relationship_to_offender") == "someone_known"
        or "carer" in (told.get("account_details") or ())
        or bool(re.search(r"\b(?:son|grandson|nephew|carer|relative|appointee)\b", words))
    )
    money = crime_type in ("theft", "fraud", "domestic_abuse") or "economic" in (
        told.get("account_details") or ()
    )
    return (
        trusted
        and money
        and is_question(text)
        and bool(_H2_SERIOUSLY.search(words))
        and bool(_H2_HANDED_OVER.search(words))
    )


# Ruth: "he is my appointee for DWP, can that be changed?". The DWP can remove or change an
# appointee; the person does not need the appointee's agreement.
_H2_APPOINTEE = re.compile(r"\bappointee(?:ship)?s?\b")
_H2_CHANGE = re.compile(
    r"\b(?:chang\w*|remov\w*|stop\w*|end\w*|cancel\w*|replac\w*|different|new|someone else|"
    r"somebody else|get rid|take (?:it|him|her) off|swap\w*|no longer|not be)\b"
)


def h2_asks_to_change_an_appointee(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_H2_APPOINTEE.search(words))
        and bool(_H2_CHANGE.search(words))
        # "how do i become her appointee": not about changing one.
        and not re.search(r"\b(?:become|be) (?:her|his|their|an|the) appointee\b", words)
    )


# Sophie, harassed by messages from someone she doesn't know: "can the police find out who he
# is?". About messages, calls or an account (or the crime is harassment or online abuse).
_H2_FIND_WHO = re.compile(
    r"\b(?:can|could|will|would|do|does|are|is) (?:the )?(?:police|they|cops|the met|officers?)"
    r"(?: be able to)? (?:\w+ )?(?:find out|find|trace|track(?: down)?|identify|work out|figure "
    r"out|get|know|see) (?:who (?:he|she|they|it) (?:is|are|was|were)|who(?:s| is) (?:sending|"
    r"behind|doing|messaging|texting|calling)|who (?:sent|sends|owns|runs)|whose (?:number|"
    r"account)|(?:his|her|their) (?:name|identity|details|address)|who the (?:sender|person)|the "
    r"(?:number|account|sender|person)|(?:him|her|them) (?:down|from))\b"
)
_H2_MESSAGES = re.compile(
    r"\b(?:messag\w*|texts?|texting|calls?|calling|number|account|profile|dms?|emails?|"
    r"online|sender|sending|snapchat|instagram|insta|whatsapp|facebook|tiktok)\b"
)


def h2_asks_if_police_can_identify_sender(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    told = answers or {}
    words = plain(text)
    if not (is_question(text) and _H2_FIND_WHO.search(words)):
        return False
    if re.search(r"\bwho (?:i am|reported|told)\b|\bmy (?:name|address)\b", words):
        return False  # whether the offender finds out who they are: the privacy answers
    return (
        crime_type in ("stalking_harassment", "online_abuse")
        or "online" in (told.get("account_details") or ())
        or bool(_H2_MESSAGES.search(words))
    )


# Imran, his car hit by a driver who was uninsured, or drove off: the car damage and the Motor
# Insurers' Bureau (utter_hit_and_run_mib is for injuries).
_H2_CAR_DAMAGE = re.compile(
    r"\b(?:(?:my |the )?(?:car|van|vehicle|motorbike|bike)(?:s)? (?:damage\w*|repairs?|fix\w*|"
    r"bumper|door|wing)|damage\w* (?:to|on) (?:my |the )?(?:car|van|vehicle|motorbike)|(?:repair|"
    r"fix|replace)\w* (?:my |the )?(?:car|van|vehicle|motorbike)|pay(?:s|ing)? for (?:my |the )?"
    r"(?:car|van|vehicle|motorbike|repairs?|damage)|(?:my |the )?(?:car|van|vehicle) (?:is |was )?"
    r"(?:written off|a write off|smashed|damaged|wrecked)|(?:my |the )?(?:car )?insurance "
    r"(?:cover|pay)\w*)\b"
)
_H2_CRASH = re.compile(
    r"\b(?:mib|motor insurers?s? bureau|insurers?s? bureau|uninsured|no insurance|not insured|"
    r"wasnt insured|hit and run|hit n run|drove off|didnt stop|did not stop|failed to stop|"
    r"crash\w*|collision|rear ended|ran into|drove into|smashed into)\b"
)


def h2_asks_about_car_damage_from_a_driver(text: str, answers: Mapping[str, Any] | None) -> bool:
    told = answers or {}
    words = plain(text)
    crash = "road_crash" in (told.get("account_details") or ()) or bool(_H2_CRASH.search(words))
    # "he drove off, will my insurance cover it": asked after a comma, without a question mark.
    asked = is_question(text) or bool(re.search(r"\b(?:will|would|can|could|does|who)\b", words))
    return crash and asked and bool(_H2_CAR_DAMAGE.search(words))


# Imran: "whiplash advice" after the crash. A neck hurt in a crash, never a neck squeezed or
# grabbed (the strangling answers).
_H2_WHIPLASH = re.compile(r"\bwhip ?lash\b")
_H2_NECK_AFTER_CRASH = re.compile(
    r"\bnecks?\b.{0,60}\b(?:crash\w*|collision|accident|rear ended|hit and run|car hit|since the "
    r"(?:crash|accident))\b|\b(?:crash\w*|collision|accident|rear ended|hit and run)\b.{0,60}"
    r"\bnecks?\b"
)
_H2_SQUEEZED = re.compile(r"\b(?:strangl\w*|chok\w*|squeez\w*|grab\w*|throat|hands round)\b")


def h2_asks_about_whiplash(text: str) -> bool:
    words = plain(text)
    if _H2_SQUEEZED.search(words):
        return False
    asked = is_question(text) or bool(
        re.search(r"\b(?:advice|help|tips|info|information|what (?:do|should|can) i do)\b", words)
    )
    return asked and bool(_H2_WHIPLASH.search(words) or _H2_NECK_AFTER_CRASH.search(words))


# -- round 39, helper F4 --
# Leon, 15, made to hold and sell drugs and told he owes £800, at the referral question: "but wat
# do i do about friday. they said if i dont have the p by friday im done" got the catch-all, and
# "bro im serious they got shanks. my mum dont know nothing" got "Sorry, I didn't catch that".
# A threat to a child's life with a deadline, from armed people: what to do now, not a miss.
_F4_WHAT_ABOUT_THE_DAY = re.compile(
    r"\b(?:what|wat|wot|wht) (?:do|should|can|shall|am) (?:i|we) (?:do|doing|gonna do|going to "
    r"do) (?:about|on|by|before|for) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|"
    r"tomorrow|tmrw|tonight|the weekend|the money|the debt|the p|the 800|it|them)\b"
)
_F4_DEADLINE_THREAT = re.compile(
    r"\bif (?:i|we) (?:dont|don t|do not|cant|can t|cannot|aint|havent|have not|wont|stop|tell|"
    r"snitch|go to the (?:police|feds))\b(?: \w+){0,8}? (?:(?:im|i am|i m|ill be|i will be|i ll "
    r"be|were|we are) (?:done|dead|finished|a dead man|getting it|gonna get it|going to get it|"
    r"getting shanked|getting stabbed|getting merked)|(?:they|he|them|man)(?:ll| will| gonna| are "
    r"gonna| are going to| re gonna| is gonna)? (?:kill|stab|shank|merk|hurt|finish|end|do|"
    r"bury|get) (?:me|us)|(?:ur|youre|you re|you are) (?:done|dead|finished))\b"
)
_F4_ARMED = re.compile(
    r"\b(?:they|he|them|dem|man dem|the olders?|the older (?:boys|ones|man|men|lot)|his boys|their "
    r"boys|the gang)\b(?: \w+){0,2}? (?:got|have|has|ve got|s got|carry|carries|carrying|bring|"
    r"brings|with|had) (?:a |an |their |them |big |real )?(?:shanks?|knives|knife|blades?|"
    r"machetes?|guns?|weapons?|straps?|nanks?)\b|\b(?:theyre|they are|hes|he is) (?:\w+ )?"
    r"strapped\b"
)
_F4_EXPLOITED_WORDS = re.compile(
    r"\b(?:county lines|packs?|packages?|parcels?|owe them|owe him|i owe|debt|the p|the olders?|"
    r"older (?:man|men|boys|ones) (?:dem )?(?:make|made|got)|sell(?:ing)? (?:for them|the stuff|"
    r"drugs|food|shots?)|hold (?:stuff|things|drugs|packs|shots?)|trap ?house|the line)\b"
)


def _f4_exploited_child(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    return _young(answers) and (
        answers.get("crime_type") == "human_trafficking"
        or bool(_F4_EXPLOITED_WORDS.search(plain(text)))
    )


def f4_exploited_child_armed(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "bro im serious they got shanks": the people exploiting a child carry knives."""
    return _f4_exploited_child(text, answers) and bool(_F4_ARMED.search(plain(text)))


def f4_exploited_child_threatened(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "but wat do i do about friday. they said if i dont have the p by friday im done" """
    words = plain(text)
    return _f4_exploited_child(text, answers) and bool(
        _F4_DEADLINE_THREAT.search(words) or _F4_WHAT_ABOUT_THE_DAY.search(words)
    )


# Joanne, 36, with a learning disability, whose "friend" at the shop takes her money: "yes scared.
# i dont want him to be angry at me" (at the court question) got nothing, and "i am scared" (after
# the result) got "I can't do more with that here". Fear of someone, said plainly and not asked
# as a question: a gentle check, in simple words.
_F4_PLAIN_FEAR = re.compile(
    r"(?:(?:ok|okay|and|but|so|now|still|i said|please|help|sorry|because|cos)\s+)*(?:i am|im|i m|"
    r"i feel|am|i get|i still am|i am still|im still|i feel so|i am so|im so|i am very|im very|im "
    r"really|i am really|i feel really|i feel very)?\s*(?:so |very |really |really really |too |a "
    r"bit |quite )?(?:scared|frightened|afraid|terrified)(?: (?:now|too|still|of him|of her|of "
    r"them|all the time|a lot|every day|help me))*"
)
_F4_FEARS_THEIR_ANGER = re.compile(
    r"\b(?:dont|don t|do not) want (?:him|her|them|the man|that man) (?:to be|to get|getting|"
    r"being) (?:angry|cross|mad|upset|nasty|violent)\b|\b(?:he|she|they|the man)(?:ll| will| "
    r"would| might| is going to| gonna| is gonna) (?:be|get) (?:angry|cross|mad|violent|nasty) "
    r"(?:at|with) me\b|\b(?:scared|afraid|frightened|terrified) (?:of )?(?:him|her|them) "
    r"(?:being|getting) (?:angry|cross|mad|violent|nasty)\b"
)


def f4_says_scared(text: str) -> bool:
    """ "i am scared", "yes scared. i dont want him to be angry at me" (not a question)."""
    if is_question(text):
        return False
    words = plain(text)
    return bool(_F4_PLAIN_FEAR.fullmatch(words) or f4_fears_their_anger(text))


def f4_fears_their_anger(text: str) -> bool:
    """ "i dont want him to be angry at me": afraid of the person, not only of a court."""
    return bool(_F4_FEARS_THEIR_ANGER.search(plain(text)))


# Kelly, 23, whose ex knows where she lives, just after the 999 lines: "hes not here rn. im just
# scared he'll come back. should i call 999 if he turns up?" got "Let's carry on" and "Call 999
# now ... Keep out of the kitchen" in one turn. Grace, 19, whose ex turns up at her halls: "ok
# np. what if he turns up again tonight what do i do" got the RIGHTS list.
_THEY_COME = (
    r"(?:he|she|they|hes|shes|theyre|he s|she s|my ex)\b(?: \w+){0,2}? (?:turns? up|comes?|"
    r"come back|comes back|shows? up|is outside|are outside|outside|at (?:my|the) door|waiting "
    r"outside|tries to get in|try to get in|gets? in|knocks?|bangs?)\b"
)
_F4_WHAT_IF_THEY_COME = re.compile(rf"\bwhat if {_THEY_COME}")
_F4_IF_THEY_COME = re.compile(rf"\b(?:if|when) {_THEY_COME}")
_F4_WHAT_TO_DO = re.compile(
    r"\b(?:(?:what|wat|wot) (?:do|should|shall|can) i do|(?:should|do|shall|can) i (?:call|ring|"
    r"dial|phone) (?:999|the police|police)|overreact\w*|over react\w*)\b"
)


def f4_asks_what_if_they_come(text: str) -> bool:
    """What to do if the person who frightens them comes, asked as a what-if ("should i call
    999 if he turns up?"), not "should i call 999?" just after they left."""
    words = plain(text)
    return bool(_F4_WHAT_IF_THEY_COME.search(words)) or bool(
        _F4_IF_THEY_COME.search(words)
        and (_F4_WHAT_TO_DO.search(words) or afraid_of_what_comes_next(text))
    )


def f4_asks_what_if_stalker_comes(text: str, crime_type: str | None) -> bool:
    """ "what if he turns up again tonight what do i do", from someone stalked or harassed."""
    return crime_type == "stalking_harassment" and f4_asks_what_if_they_come(text)


def f4_threat_or_fear_told(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> Say | None:
    """A threat to a child from those exploiting them, or fear said plainly: the answer, also
    when it is told rather than asked (read_turn says it beside the question asked again)."""
    if f4_exploited_child_armed(text, answers):
        return Say(response="utter_f4_exploited_armed")
    if f4_exploited_child_threatened(text, answers):
        return Say(response="utter_exploited_threatened")
    if f4_says_scared(text):
        return Say(response="utter_f4_scared_check")
    return None


# -- round 39, helper F5 --
# "what have you noted" worked in one phrasing only: "what have u actually got down about me"
# (Marcus), "Could you please confirm what information you have recorded about my case?",
# "what details about me have you noted down?" (Okafor), "what u told them about me tho" (Daniel)
# and "You said you won't keep anything, so what do you mean noted?" (Hannah) got generic replies.
_F5_WHAT_NOTED = re.compile(
    r"\bwhat (?:(?:info|information|details|data|notes|stuff)(?: (?:about|on|of) (?:me|my case))? "
    r")?(?:have |has |did |do )?(?:you|u|ya|youve|you ve)(?: (?:have|ve|actually|already|all|just|"
    r"really))* (?:(?:got|get) (?:down|written|on me|about me|on file)|(?:written|wrote|write|put|"
    r"typed|jotted)(?: down)?|noted|saved|recorded|kept|stored|told (?:them|the team|the "
    r"support team|the worker|the support worker|the service)|(?:hold|have) (?:about|on) (?:me|"
    r"my case))\b|"
    r"\bwhat do (?:you|u) mean (?:by )?(?:noted|written down|recorded|saved|kept)\b"
)


def f5_asks_what_was_noted(text: str) -> bool:
    """ "what have u actually got down about me", "what u told them about me tho" """
    return asks_what_was_noted(text) or bool(_F5_WHAT_NOTED.search(plain(text)))


# -- round 39, helper F8 --
# Questions about reporting, the police and court that got "I can't answer that one here" or
# the wrong text in round 39 (Stanislav, Daniel, Aisha, Marcus, Mr Okafor, Ravi, Kelly, Hannah,
# Ahmed, Nadia, Fatima, Grace). Each returns the name of the response, or None.

# Stanislav (Polish, little English), after his referral: "VC-TFU9RV is crime number? I give to
# insurance?": our reference is not a crime number.
_F8_OUR_REFERENCE = re.compile(
    r"\bvc [a-z0-9]{6}\b|\b(?:your|the chat s|this chat s|our) (?:ref|reference)(?: number| no)?\b"
)
_F8_CRIME_NUMBER_OR_INSURER = re.compile(
    r"\bcrime (?:ref\w*|number|no)\b|\binsur\w*\b|\bpolice\b|\bcrime number\b"
)


def f8_reference_mistaken_for_crime_number(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_F8_OUR_REFERENCE.search(words))
        and bool(_F8_CRIME_NUMBER_OR_INSURER.search(words))
    )


# Stanislav: "So I am reported now or not? This chat is police?", "Have I reported to
# police?". Whether telling this chat was a report.
_F8_HAVE_I_REPORTED = re.compile(
    r"\b(?:have i|did i|am i|has it|is it|was it|have we|did we)(?: (?:now|already|just|been))? "
    r"(?:reported|report|made a report|told the police)(?! (?:it )?(?:right|properly|the right|"
    r"correctly|to the right))\b|\bi am reported\b|\bim reported\b|\b(?:is|was) (?:this|that) "
    r"(?:a |my )?(?:police )?report\b|\b(?:this|the) chat is (?:the )?police\b|\bis this chat "
    r"(?:the )?police\b"
)
# "You are police yes or no?": asks_if_we_are_police needs "are you".
_F8_YOU_ARE_POLICE = re.compile(
    r"\b(?:you are|you re|youre|u r|ur) (?:the )?(?:police|cops|met)\b(?: (?:yes or no|or not|"
    r"right))?|\b(?:are you|r u) (?:the )?(?:police|cops)\b (?:yes or no|or not)\b"
)


def f8_asks_if_they_have_reported(text: str) -> bool:
    words = plain(text)
    if re.search(r"\b(?:since|when|after|before|because) i (?:reported|report)\b", words):
        return False
    return is_question(text) and bool(_F8_HAVE_I_REPORTED.search(words))


def f8_asks_yes_or_no_if_we_are_police(text: str) -> bool:
    return is_question(text) and bool(_F8_YOU_ARE_POLICE.search(plain(text)))


# Stanislav: "Police website, I can write in Polish? Or phone with translator?": reporting in
# their own language, not an interpreter from a support service.
_F8_IN_A_LANGUAGE = re.compile(
    r"\b(?:translat\w*|interpret\w*|in (?:my|our) (?:own )?language|in (?:polish|polski|urdu|"
    r"bengali|bangla|arabic|somali|punjabi|romanian|turkish|portuguese|spanish|french|tamil|"
    r"gujarati|farsi|persian|kurdish|albanian|lithuanian|russian|ukrainian|chinese|mandarin|"
    r"cantonese|tigrinya|amharic|pashto|hindi|italian|bulgarian|latvian|slovak|czech|hungarian|"
    r"vietnamese|twi|yoruba|lingala|dari))\b"
)
_F8_TO_THE_POLICE = re.compile(
    r"\b(?:police|101|999|police website|met police|report (?:it|online|a crime)|reporting it)\b"
)
# "I can write in Polish? Or phone with translator?": the language is how they would report.
_F8_REPORT_BY = re.compile(
    r"\b(?:write|writing|report\w*|speak|speaking|phone|phoning|call|calling|ring|ringing|talk|"
    r"talking|fill (?:it|in|out))\b"
)


def f8_asks_to_report_in_their_language(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    if crime_type == "fraud" or re.search(
        r"\b(?:court|trial|support (?:service|worker)|bsl|sign language|deaf|for (?:my |our )?"
        r"(?:mum|mom|dad|nan|wife|husband|mother|father|parents?|son|daughter)|not (?:for )?me)\b",
        words,
    ):
        return False  # BSL, court, or an interpreter for a relative: utter_interpreter
    said = _F8_IN_A_LANGUAGE.search(words)
    return (
        is_question(text)
        and said is not None
        and bool(_F8_REPORT_BY.search(words[max(0, said.start() - 40) : said.start()]))
        and bool(_F8_TO_THE_POLICE.search(words))
    )


# Daniel, 23, a witness to a stabbing: "if i give a statement will they put my name on it, will
# the man see it". Who sees a witness statement (not a Victim Personal Statement).
_F8_STATEMENT = re.compile(r"\bstatements?\b")
_F8_WHO_SEES = re.compile(
    r"\b(?:my|their) (?:name|address)\b|\bput my (?:name|address)\b|\bname (?:on|in) it\b|"
    r"\b(?:he|she|they|the man|the men|him|them|the defendant|the accused|the suspect|his lawyer|"
    r"her lawyer|the defence) (?:\w+ ){0,2}(?:see|read|know|find out)\b"
)


def f8_asks_who_sees_a_witness_statement(text: str) -> bool:
    words = plain(text)
    if re.search(r"\b(?:victim personal|personal statement|impact|vps)\b", words):
        return False
    return (
        is_question(text)
        and bool(_F8_STATEMENT.search(words))
        and bool(_F8_WHO_SEES.search(words))
        and bool(re.search(r"\b(?:give|giving|make|making|do|sign|my|a|the) statement\b", words))
    )


# Aisha, 40, hijab pulled on a bus with her children there: "What actually happens if I go to
# the police? Will they want to talk to my kids?", "If I report to the police what happens next?
# Do I have to go to the station? And would my kids need to give statements".
_F8_WHAT_HAPPENS_IF_REPORTED = re.compile(
    r"\bwhat (?:actually |really |exactly )?happens (?:next |then |after that )?(?:if|when|after|"
    r"once) (?:i|we) (?:go to|report|tell|call|ring|contact)\b|\b(?:if|when|once) (?:i|we) "
    r"(?:go to|report (?:it |this )?to|tell) (?:the )?(?:police|cops|feds)\b.{0,20}\bwhat happens"
    r"\b|\bdo (?:i|we) (?:have|need) to go (?:to|into|down to|in to) (?:the |a )?(?:police )?"
    r"station\b"
)
_F8_CHILDREN_ASKED = re.compile(
    r"\b(?:kids?|children|child|son|daughter|boy|girl)s?\b.{0,40}\b(?:talk|speak|statements?|"
    r"interview\w*|questions?|evidence|go through)\b|\b(?:talk|speak) to (?:my|the) (?:kids|"
    r"children|son|daughter)\b"
)


def f8_asks_what_happens_after_reporting(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> str | None:
    told = answers or {}
    words = plain(text)
    if (
        _close(crime_type, told)
        or _young(told)
        or crime_type in ("fraud", "sexual_offence")
        or told.get("possible_sexual_offence")
        or not is_question(text)
        or not _F8_WHAT_HAPPENS_IF_REPORTED.search(words)
    ):
        return None
    # "what happens if i report it, will he find out": whether they will know is answered below.
    if re.search(r"\b(?:find out|know (?:it was|its|that i)|tell (?:him|her|them))\b", words):
        return None
    if _F8_CHILDREN_ASKED.search(words):
        return "utter_what_happens_when_reported_children"
    return "utter_what_happens_when_reported"


# Aisha: "will they actually look for him? the bus has cameras"; Marcus: "also is there cctv on
# old compton st", "i was asking if theres cameras on the street". Someone else's cameras where
# it happened: tell the police where and when, soon (not "say you have video of it").
_F8_CAMERAS_THERE = re.compile(
    r"\b(?:is there|are there|was there|were there|theres|there s|there are|any) (?:any )?(?:cctv|"
    r"cameras?)\b|\b(?:bus|buses|street|road|shop|shops|bar|club|pub|station|high street|estate) "
    r"(?:has|had|have|got) (?:\w+ )?(?:cctv|cameras?)\b|\b(?:cctv|cameras?) (?:on|in|at|outside|"
    r"near|around) (?:the |that )?(?:bus|street|road|\w+ (?:st|street|road|rd))\b"
)


def f8_asks_about_cameras_where_it_happened(text: str) -> bool:
    words = plain(text)
    own = re.search(
        r"\b(?:my|our|i have|ive got|we have|i got) (?:own )?(?:\w+ )?(?:cctv|cameras?|footage|"
        r"video|doorbell)\b",
        words,
    )
    if own or re.search(r"\b(?:trains?|tube|rail\w*|platform|overground|dlr|tram)\b", words):
        return False
    put_up = re.search(
        r"\b(?:put|putting|install\w*|fit\w*) (?:\w+ )?(?:up|cctv|cameras?)\b", words
    )
    asked = is_question(text) or bool(re.search(r"\bi (?:was|am) asking\b", words))
    return asked and not put_up and bool(_F8_CAMERAS_THERE.search(words))


# Marcus: "my bf is worried he'll get done for it cos he shoved one of them off me", "can my
# boyfriend get in trouble for pulling them off me?". Reasonable force to defend.
# Who might be in trouble: "he'll" is "hell" once plain.
_F8_IN_TROUBLE = re.compile(
    r"\b(?:he|hell|hes|she|shell|shes|they|theyll|i|ill|im|bf|gf|boyfriend|girlfriend|partner|"
    r"husband|wife|mate|friend|brother|sister|son|dad)(?:ll| will| could| can| might| would| is "
    r"going to| gonna)? (?:\w+ )?(?:get|be|end up) (?:done|in trouble|arrested|charged|nicked|"
    r"prosecuted)\b"
)
_F8_DEFENDED = re.compile(
    r"\b(?:shov\w*|push\w*|pull\w*|drag\w*|punch\w*|hit|hitting|kick\w*|defend\w*|protect\w*|"
    r"fought|fight\w*|stopp\w*) (?:\w+ ){0,3}(?:off|away from|of) (?:me|us|him|her|them|my)\b|"
    r"\b(?:defend\w*|protect\w*) (?:me|us|him|her|myself|himself|herself)\b|\bself ?"
    r"defen[cs]e\b|\bhit (?:him|her|them) back\b"
)


def f8_asks_if_defending_gets_them_in_trouble(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if _close(crime_type, answers or {}):
        return False  # a partner or relative: the domestic abuse answers
    asked = is_question(text) or bool(re.search(r"\b(?:worried|scared|afraid)\b", words))
    return asked and bool(_F8_IN_TROUBLE.search(words)) and bool(_F8_DEFENDED.search(words))


# Mr Okafor, 58: "Should I still report the push to the police, even though it was a week ago?",
# "My question was whether it is too late to report the push to the police."
_F8_STILL_REPORT = re.compile(
    r"\b(?:should|can|could|do) (?:i|we) still (?:report|tell (?:the )?police)\b|\btoo late to "
    r"(?:report|tell (?:the )?police|go to (?:the )?police)\b|\b(?:still|worth) report\w* (?:it |"
    r"the \w+ )?(?:to (?:the )?police )?(?:even )?(?:though|if|after)\b"
)


def f8_asks_if_still_ok_to_report(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> str | None:
    words = plain(text)
    told = answers or {}
    if crime_type in ("fraud", "sexual_offence") or told.get("possible_sexual_offence"):
        return None
    asked = is_question(text) or bool(re.search(r"\bmy question (?:was|is)\b", words))
    if not (asked and _F8_STILL_REPORT.search(words)):
        return None
    if re.search(r"\b(?:a|one|1|two|2|three|3|few) (?:days?|weeks?) (?:ago|later|after)\b", words):
        return "utter_not_too_late_to_report"
    # Asked with a question mark, the rows below answer it (utter_not_too_late, or what the
    # police do after a while); "my question was whether ..." has none, so it is answered here.
    return None if is_question(text) else "utter_not_too_late"


# Ravi, 62, whose worker Arjun (19) was cut in the robbery: "Can Arjun also get help from you or
# does he need to write himself?", "Can he use this service".
_F8_OTHER_GETS_HELP = re.compile(
    r"\bcan (?!i\b|we\b|you\b|u\b|me\b)(?:\w+ ){1,2}(?:also |too )?(?:get|have) (?:help|support)"
    r"(?: from (?:you|this|here))?\b.{0,40}\b(?:also|too|as well|himself|herself|themselves|on "
    r"(?:his|her|their) own|(?:write|contact|message|text) (?:you|us|here))\b|\bcan (?!i\b|we\b|"
    r"you\b|u\b)(?:\w+ ){1,2}also (?:get|have) (?:help|support)\b|\bcan (?:he|she|they) (?:also )?"
    r"use (?:this|the|your) (?:service|chat)\b|\b(?:does|do) (?:he|she|they) (?:need|have) to "
    r"(?:write|contact|message|text) (?:you |us )?(?:himself|herself|themselves)\b"
)


def f8_asks_if_someone_else_hurt_gets_help(text: str, answers: Mapping[str, Any] | None) -> bool:
    told = answers or {}
    words = plain(text)
    if told.get("for_someone_else") or told.get("for_child"):
        return False
    if re.search(r"\b(?:kids?|children|child|son|daughter|baby|mum|mom|dad|wife|husband)\b", words):
        return False  # family: the answers for children and relatives
    return is_question(text) and bool(_F8_OTHER_GETS_HELP.search(words))


# Ravi: "can the court make them pay it back if they are caught?"; Hannah, burgled: "Is there any
# compensation scheme for burglary, or is insurance it?", "Is there any other way to get money
# back for the stuff?".
_F8_COURT_MAKE_PAY = re.compile(
    r"\b(?:court|judge|judges|magistrates?|they)\b.{0,20}\b(?:make|order|force|get) (?:them|him|"
    r"her|the \w+) (?:to )?(?:pay|give)\b|\bpay (?:me |us )?(?:it |the money |that )?back\b.{0,40}"
    r"\b(?:court|caught|convicted|found guilty)\b|\bcompensation order\b"
)
_F8_BEYOND_INSURANCE = re.compile(
    r"\bcompensation (?:scheme )?for (?:a |the )?(?:burglary|theft|damage|break in|stolen)\b|"
    r"\bor is (?:the )?insurance it\b|\b(?:any )?other way to get (?:the |my |our )?money back\b|"
    r"\binsurance\b.{0,60}\b(?:compensation|other way)\b"
)


def f8_asks_if_court_can_make_them_pay(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    if crime_type == "fraud" or not is_question(text):
        return False
    if re.search(r"\b(?:maintenance|child support|rent|bills?|mortgage|fine|fined)\b", words):
        return False
    if _F8_COURT_MAKE_PAY.search(words):
        return True
    return crime_type in NOT_VIOLENT and bool(_F8_BEYOND_INSURANCE.search(words))


# Ravi: "The police asked me for the CCTV from the shop ... How long do I have to give it to
# them? I am worried it will record over it". Their own recording: save a copy now.
_F8_OWN_FOOTAGE_ASKED_FOR = re.compile(
    r"\b(?:police|they|officers?) (?:have )?(?:asked|want\w*|need\w*) (?:me )?(?:for )?(?:the |my "
    r"|our )?(?:cctv|footage|recording|video)\b|\b(?:i|we) have (?:a |the )?(?:system|cctv|"
    r"cameras?)\b|\bthe (?:cctv|footage|cameras?) (?:from|in|at) (?:the |my |our )?(?:shop|house|"
    r"home|flat|premises|business)\b"
)
_F8_RECORDS_OVER = re.compile(
    r"\brecords? over\b|\brecording over\b|\boverwrit\w*\b|\b(?:delet|wip)\w* (?:itself|it|"
    r"automatically)\b|\bhow long (?:do|have) i (?:have|got) to (?:give|send|hand|get)\b"
)


def f8_asks_how_long_to_keep_own_footage(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_F8_OWN_FOOTAGE_ASKED_FOR.search(words))
        and bool(_F8_RECORDS_OVER.search(words))
    )


# Ravi: "Can they be told to stay away from my shop?" (bail); Ahmed: "if they let him out on bail
# will they tell me? he knows my car and my cab firm"; Kelly: "what happens, do they arrest him?
# and then does he get let out and come round".
_F8_LET_OUT = re.compile(
    r"\bbail\b|\blet (?:him|her|them) out\b|\b(?:gets?|got|is|are|be) (?:let out|released)\b"
)
_F8_NEAR_ME = re.compile(
    r"\b(?:stay|keep|kept) away\b|\bcome (?:back|round|around|near|to)\b|\bnear (?:me|my|us|our)\b|"
    r"\bknows? (?:my|where)\b|\bturn(?:s|ing)? up\b|\bconditions?\b|\bcontact (?:me|us)\b|\bmy "
    r"(?:shop|home|house|flat|work|car|cab|address|door)\b"
)
_F8_WILL_THEY_ARREST = re.compile(
    r"\b(?:do|will|would|can|could|might) (?:they|the police|police) (?:\w+ )?arrest\b"
)
_F8_BREACHED = re.compile(
    r"\b(?:breach\w*|broke|broken|breaking|keeps? (?:texting|calling|coming|messaging)|still "
    r"(?:texting|contacting|coming)|already)\b"
)


def f8_asks_about_bail(text: str) -> str | None:
    words = plain(text)
    if not is_question(text) or _F8_BREACHED.search(words):
        return None
    if not (_F8_LET_OUT.search(words) and _F8_NEAR_ME.search(words)):
        return None
    if _F8_WILL_THEY_ARREST.search(words):
        return "utter_arrest_then_bail"
    return "utter_bail_conditions_stay_away"


# Ravi: "I have never been to a court in my life. Will somebody go with me? And will I lose money
# for the day off from the shop?"
_F8_SOMEONE_WITH_ME = re.compile(
    r"\b(?:will|can|could|does|is there|would) (?:someone|somebody|anyone|anybody|a person)\b"
    r".{0,20}\b(?:go|come|be|sit) (?:with me|there)\b"
)


def f8_asks_for_company_and_expenses_at_court(text: str) -> bool:
    words = plain(text)
    company = bool(_F8_SOMEONE_WITH_ME.search(words)) or asks_for_someone_at_court(text)
    money = asks_who_pays_for_lost_days(text) or bool(
        re.search(r"\b(?:lose|losing|lost) (?:money|pay|wages|earnings)\b", words)
    )
    return is_question(text) and bool(re.search(r"\bcourt\b", words)) and company and money


# Kelly, 23: "is the daily texting and him turning up stalking? can i get something to make him
# stay away like an order" (her ex).
_F8_IS_STALKING = re.compile(r"\bis\b.{0,60}\bstalking\b|\bcount\w* as stalking\b")
_F8_AN_ORDER = re.compile(
    r"\b(?:an? |some )?(?:order|injunction|restraining)\b|\bmake (?:him|her|them) (?:stay|keep) "
    r"away\b|\bkeep (?:him|her|them) away\b"
)


def f8_asks_if_stalking_and_for_an_order(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> str | None:
    words = plain(text)
    if not (is_question(text) and _F8_IS_STALKING.search(words) and _F8_AN_ORDER.search(words)):
        return None
    if _close(crime_type, answers or {}):
        return "utter_stalking_and_order_close"
    return "utter_order_depends_who_it_is"


# Kelly: "if i do go to the police will they tell him it was me who reported it? obviously he'll
# know". The victim reporting someone they know.
_F8_TELL_HIM_ITS_ME = re.compile(
    r"\b(?:will|would|do|does|could|can) (?:they|the police|police|the cops|the feds) (?:\w+ )?"
    r"(?:tell|say to|inform|let) (?:him|her|them)(?: know)? (?:that )?(?:it was|its|it is|i was|i)"
    r"(?: me)?(?: (?:who|that))? ?(?:reported|report|told|called|rang|went)\b|\btell (?:him|her) "
    r"(?:it was )?(?:me|who) (?:who |that )?reported\b"
)


def f8_asks_if_police_tell_them_who_reported(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> str | None:
    told = answers or {}
    if told.get("for_someone_else") or _young(told):
        return None
    if not (is_question(text) and _F8_TELL_HIM_ITS_ME.search(plain(text))):
        return None
    known = told.get("relationship_to_offender") in ("partner_or_ex", "family_member", "known")
    return (
        "utter_they_will_likely_know_it_was_you"
        if known or _close(crime_type, told)
        else ("utter_will_they_know")
    )


# Hannah, 30, burgled, with a crime number and no officer's name: "can I find out if the police
# have actually done anything?", "And the police updates question?", "so am I supposed to hear
# from the police? it's been 8 days and nothing", "how do I chase it? I just have a crime number,
# no officer name".
_F8_CHASE = re.compile(
    r"\bhow (?:do|can|should|would) (?:i|we) (?:chase|follow (?:it |this )?up|get an update)\b|"
    r"\bchase (?:it|them|the police|this|my case|it up|up the police)\b|\b(?:only|just) (?:have|"
    r"got) (?:a|the|my) crime (?:ref\w* )?(?:number|no)\b|\bno officer(?: s)? (?:name|details|"
    r"contact|number)\b|\b(?:am i|are we) (?:supposed|meant|going) to hear (?:from|back from) "
    r"(?:the )?police\b|\b(?:the )?police updates? question\b|\bfind out if (?:the )?police "
    r"(?:have|has) (?:actually |even )?(?:done|did) anything\b"
)


def f8_asks_how_to_chase_the_police(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    if crime_type == "fraud":
        return False
    # "i dont even have a crime number" is utter_crime_number_right (Right 3).
    if re.search(
        r"\b(?:dont|do not|never|didnt|did not|havent|have not) (?:even )?(?:have|got|"
        r"get|given|receive\w*) (?:a|the|my|any) crime (?:ref\w* )?number\b",
        words,
    ):
        return False
    asked = is_question(text) or bool(re.search(r"\bquestion\b", words))
    police = re.search(r"\b(?:police|crime|officer|case|investigat\w*|reported)\b", words)
    return asked and bool(police) and bool(_F8_CHASE.search(words))


# Hannah, who said no to keeping the chat: "If I say human, does a person read this chat? I said
# I didn't want anything kept".
def f8_asks_if_a_person_reads_an_unkept_chat(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return (
        (answers or {}).get("consent") is False
        and is_question(text)
        and bool(
            re.search(r"\b(?:a person|a human|someone|somebody|anyone|a real person)\b", words)
        )
        and bool(re.search(r"\b(?:read|reads|see|sees|look at)\b", words))
        and bool(re.search(r"\b(?:this chat|the chat|this|my messages|human)\b", words))
    )


# Ahmed, 38: "at the trial will his lawyer ask me questions? i worry my english not perfect".
_F8_CROSS_EXAMINED = re.compile(
    r"\b(?:his|her|their|the other side s|the defence|defence|the defendant s|the accused s) "
    r"(?:lawyer|solicitor|barrister|brief)s?\b.{0,30}\b(?:ask\w* (?:me|us|you|questions)|"
    r"question\w* (?:me|us|you)|quiz\w*|grill\w*)\b|\bcross ?examin\w*\b"
)


def f8_asks_if_the_defence_will_question_them(text: str) -> bool:
    return is_question(text) and bool(_F8_CROSS_EXAMINED.search(plain(text)))


# Ahmed: "and who tell me the court date? i need to book off the app".
_F8_WHO_TELLS_DATE = re.compile(
    r"\bwho (?:will |would |is going to |gonna )?(?:tells?|let|lets|informs?|gives?|send|sends) "
    r"(?:me|us)\b.{0,25}\b(?:court|trial|hearing)\b|\b(?:how|when) (?:will|do|would|shall) "
    r"(?:i|we) (?:know|find out|hear|get told) (?:about )?(?:the |when the |what the )?"
    r"(?:court|trial|hearing) (?:date|day|is)\b"
)


def f8_asks_who_tells_them_the_court_date(text: str) -> bool:
    return is_question(text) and bool(_F8_WHO_TELLS_DATE.search(plain(text)))


# Nadia, 26, adapted car damaged on a council estate: "can the council put a camera up or
# something", "what about the camera? who do i even ask", "getting a camera put up by the
# council. should i ask housing or the police or who".
_F8_CAMERA_PUT_UP = re.compile(
    r"\b(?:put|putting|install\w*|fit|fitted|fitting) (?:up )?(?:a |some |any |the |more )?(?:cctv|"
    r"cameras?)\b|\b(?:cctv|cameras?) (?:\w+ )?(?:put up|installed|fitted|put in)\b"
)
_F8_WHO_TO_ASK = re.compile(
    r"\bwho (?:do|should|can|would) i (?:even )?(?:ask|contact|speak to|talk to|go to)\b|\bask "
    r"(?:the )?(?:housing|council)\b"
)


def f8_asks_how_to_get_a_camera_put_up(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    camera = re.search(r"\b(?:cctv|cameras?)\b", words)
    if not (is_question(text) or re.search(r"\bi mean\b", words)) or not camera:
        return False
    if re.search(r"\bcompensat\w*\b", words):
        # Asked first, and answered (utter_compensation_order); the camera is asked again.
        return False
    return bool(_F8_CAMERA_PUT_UP.search(words)) or bool(_F8_WHO_TO_ASK.search(words))


# Nadia: "the officer said they'd probably close it. can they just do that without telling me?"
_F8_CLOSE_CASE = re.compile(
    r"\b(?:close|closed|closing|drop|dropped|dropping|shut|file|filed|no further action|nfa|stop "
    r"investigat\w*)\b"
)
_F8_WITHOUT_TELLING = re.compile(
    r"\bwithout (?:telling|asking|informing|letting|contacting) (?:me|us)\b|\b(?:will|would|do|"
    r"does|should|must) (?:they|the police|police) (?:have to |even |at least )?(?:tell|let|inform)"
    r" (?:me|us)(?: know)? (?:if|when|before|that) (?:they|it|its)\b"
)


def f8_asks_if_case_closed_without_telling(text: str) -> bool:
    words = plain(text)
    if re.search(r"\b(?:cps|charges?|charged|court|prosecut\w*|trial)\b", words):
        return False  # the prosecutors dropping a charge: the review answers
    return (
        is_question(text)
        and bool(_F8_CLOSE_CASE.search(words))
        and bool(_F8_WITHOUT_TELLING.search(words))
    )


# Fatima, for her mum scammed by a fake bank call: "the same number has rung mum twice since.
# Should she answer? I'm scared they'll get her again".
_F8_SHOULD_ANSWER = re.compile(
    r"\b(?:should|do|can|could|shall) (?:she|he|i|we|they|mum|my mum|mom|my mom|my dad|dad|nan|"
    r"my nan) (?:\w+ )?(?:answer|pick up|reply|call (?:it|them) back|ring (?:it|them) back)\b"
)
# Calls that have come already ("should I answer if he rings back tonight" is utter_bank_scam).
_F8_RUNG = re.compile(
    r"\b(?:same number|has (?:rung|rang|called|phoned|texted)|have (?:rung|called|phoned)|keeps? "
    r"(?:calling|ringing|phoning)|(?:rung|rang|called|phoned) (?:\w+ )?(?:again|twice|since)|twice "
    r"since)\b"
)


def f8_asks_whether_to_answer_the_scammers(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    scam = crime_type == "fraud" or bool(re.search(r"\b(?:scam\w*|fraud\w*|conned)\b", words))
    return (
        scam
        and is_question(text)
        and bool(_F8_SHOULD_ANSWER.search(words))
        and bool(_F8_RUNG.search(words))
    )


# Grace, 19: "what do i do about the messages, do i keep them or just block".
_F8_KEEP_OR_BLOCK = re.compile(
    r"\b(?:keep|save|screenshot)\w* (?:them|it|all|the messages|his messages|her messages|the "
    r"texts|the dms)\b.{0,30}\bblock\w*\b|\bblock\w*\b.{0,30}\b(?:keep|save|screenshot)\w* (?:them"
    r"|it|all|the messages)\b"
)


def f8_asks_keep_or_block(text: str) -> bool:
    words = plain(text)
    if re.search(r"\b(?:this chat|our chat|my data|this conversation|the chat)\b", words):
        return False
    return is_question(text) and bool(_F8_KEEP_OR_BLOCK.search(words))


# Grace: "should i tell my halls about him turning up? theres a security guy sometimes".
_F8_TELL_HALLS = re.compile(
    r"\b(?:should|do|can|could|shall|must) (?:i|we) (?:\w+ )?(?:tell|inform|warn|let|report (?:it |"
    r"him |her |them )?to) (?:my |the )?(?:halls?|halls? "
    r"of residence|accommodation|uni|university|college|security|porters?|reception|student "
    r"services|student support)\b"
)


def f8_asks_whether_to_tell_halls(text: str, answers: Mapping[str, Any] | None) -> bool:
    if _young(answers):
        return False
    words = plain(text)
    if re.search(r"\b(?:work|job|boss|manager|office|employer|shift)\b", words):
        return False  # security at work: utter_telling_work
    return is_question(text) and bool(_F8_TELL_HALLS.search(words))


# -- round 39, helper F6 --
# Chris, 44, whose wife hits him when she drinks and holds his bank card: "what about the money
# thing, she has my card and my wages go in there. is there anything i can do without it kicking
# off" got "Tell your bank straight away to stop your cards". A card or wages held by a partner or
# relative is economic abuse: help to plan, not a cancelled card she would notice.
_F6_THEY_HOLD = re.compile(
    r"\b(?:she|he|they|(?:my|our) (?:wife|husband|partner|girlfriend|boyfriend|ex|mum|dad|son|"
    r"daughter|brother|sister|missus|mrs|hubby)) (?:still |always |now )?(?:has|have|has got|s "
    r"got|took|takes|keeps|kept|controls?|holds?|has had|is holding|wont give me|will not give "
    r"me) (?:all )?(?:my|our|the) (?:bank |debit |credit )?(?:cards?|wages|money|pay|salary|"
    r"account|benefits|pin)\b|\bmy (?:wages|salary|pay|benefits) (?:go|goes|are paid|get paid|"
    r"is paid) (?:in|into)\b|\bthe money (?:thing|side|stuff)\b"
)
# "i havent told the police though? i dont have a crime number" (Chris, told "call 101 with your
# crime number"): what he said is put right, and no more about chasing the police.
_F6_NOT_TOLD = re.compile(
    r"\b(?:i|we) (?:havent|have not|never|didnt|did not|aint) (?:even |actually |ever )?(?:told|"
    r"report\w*|call\w*|rang|gone to|been to|contacted|spoken to|spoke to) (?:it to |them |"
    r"anything to )?(?:the )?(?:police|cops|feds)\b"
)
_F6_NO_CRIME_NUMBER = re.compile(
    r"\b(?:dont|do not|havent|have not|never) (?:have|got|had|been given|get) (?:a |any )?"
    r"(?:crime )?(?:ref\w*|number|crime number)\b|\bno crime (?:number|ref\w*)\b|"
    r"\b(?:though|tho)\W*$"
)
_F6_ASKS_MORE = re.compile(
    r"\b(?:should|shall|do i|do we|does|can|could|will|would|what|how|why|where|who|when|is it|"
    r"must|have to|need to|whether)\b"
)


# Asked how to act without the one who holds it knowing ("he has my card, should i cancel it"
# keeps the card answer; "is that abuse?" the economic abuse one).
_F6_QUIETLY = re.compile(
    r"\bwithout (?:it|her|him|them|this|that|things) (?:kicking off|going off|knowing|finding out|"
    r"noticing|seeing|going mad|getting worse|blowing up)\b|\bwithout (?:her|him|them) (?:knowing|"
    r"finding out|noticing)\b"
)


def f6_asks_about_a_card_they_hold(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        _close(crime_type, answers or {})
        and is_question(text)
        and bool(_F6_THEY_HOLD.search(words))
        and bool(_F6_QUIETLY.search(words))
        # Not "can i open my own account without him knowing" (utter_own_account_safely), nor
        # "is that abuse?" (utter_economic_abuse).
        and not _B4_OWN_ACCOUNT.search(words)
        and not asks_if_economic_abuse_is_a_crime(text)
    )


def f6_says_not_reported(text: str) -> bool:
    words = plain(text)
    return (
        bool(_F6_NOT_TOLD.search(words))
        and bool(_F6_NO_CRIME_NUMBER.search(words) or "?" in text)
        and not _F6_ASKS_MORE.search(words)
    )


# -- round 39, helper F7 --
# Questions from the most vulnerable people in round 39 that got "I can't answer that one here"
# or the wrong answer: Joanne (36, a learning disability, in supported housing; a man at the
# shop who says he is her friend takes her money every week), Chris (44, hit by his wife, who
# took his bank card), Priya (34, coercive control, typing while he was in the shower), Sandra
# (52, her son killed), Bernard (81, robbed at a bus stop) and Leon (15, without a phone).

# Joanne, at the privacy question: "i dont no what that means", then "what is keep".
_F7_LOST_AT_CONSENT = re.compile(
    r"^(?:(?:sorry|ok|okay|um|erm|hmm) )?(?:i )?(?:dont|do not|didnt|did not) (?:no|know|kno|"
    r"understand|get(?: it)?)(?: (?:what|wat) (?:that|this|it|you) (?:means?|say\w*)| (?:that|this|"
    r"it))?(?: (?:sorry|please|pls))?$|"
    r"^(?:what|wat|whats|wats)(?: is| does| do)? (?:keep|keeping|consent)(?: mean\w*)?$|"
    r"^(?:what|wat) (?:do you|do u) mean(?: by)?(?: keep\w*| that| ok)?$"
)


def f7_lost_at_consent(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "i dont no what that means", "what is keep": while the privacy question waits (its slot
    known and still empty; "I don't understand" at any other question is put more simply)."""
    told = answers or {}
    return (
        "consent" in told
        and told["consent"] is None
        and bool(
            _F7_LOST_AT_CONSENT.search(plain(text))
            # -- round 44, helper N1 --: "i dont no what that means. i ran away from him" (Lily, 12)
            or _F7_LOST_AT_CONSENT.search(plain(re.split(r"[.!?\n]", text.strip())[0]))
        )
    )


# Joanne: "no. is he bad man? he say he is my frend", of a man who takes her money every week.
_F7_IS_HE_BAD = re.compile(
    r"\b(?:is|iz) (?:he|she|they|that man|the man|that woman) (?:a |an )?(?:really |realy )?(?:bad|"
    r"nasty|evil|wrong|good|nice|real|true|proper)\b|\b(?:is|iz) (?:he|she) (?:really |realy )?"
    r"(?:my|a) (?:friend|frend|freind|mate|pal)\b"
)
_F7_FRIEND = re.compile(r"\b(?:friends?|frends?|freinds?|mates?|pals?)\b")
_F7_MONEY = re.compile(r"\b(?:money|cash|benefits?|pension|wages|purse|wallet|card|pay)\b")


def _f7_money_taken(text: str, crime_type: str | None, answers: Mapping[str, Any]) -> bool:
    return (
        crime_type in ("theft", "robbery", "fraud")
        or "economic" in (answers.get("account_details") or ())
        or bool(_F7_MONEY.search(plain(text)))
    )


def f7_asks_if_a_false_friend_is_bad(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    told = answers or {}
    return (
        is_question(text)
        and not _close(crime_type, told)
        and bool(_F7_IS_HE_BAD.search(words) and _F7_FRIEND.search(words))
        and _f7_money_taken(text, crime_type, told)
    )


# Joanne: "i want to keep my money. i have no money for food", "english. i said i have no money
# for food" (both times the next question came instead).
_F7_NO_FOOD = re.compile(
    r"\b(?:(?:havent|have not|dont|do not|didnt) (?:got|have)(?: any| enough)?|have no|got no|"
    r"aint got(?: no| any)?|no|not enough) (?:money|cash) (?:left )?(?:for|to (?:buy|get|pay for))"
    r" (?:any )?(?:food|eat\w*|shopping|groceries|dinner|tea|lunch|breakfast|meals?)\b|"
    r"\b(?:(?:havent|have not|dont|do not) (?:got|have) any|have no|got no|aint got no) food\b|"
    r"\bnothing to eat\b|\b(?:cant|can not|cannot) (?:afford|buy|get) (?:any )?(?:food|to eat|"
    r"shopping|groceries)\b"
)


def f7_has_no_money_for_food(text: str, crime_type: str | None) -> bool:
    # Someone kept by an exploiter has the Modern Slavery Helpline's answer (food and a bed).
    return crime_type != "human_trafficking" and bool(_F7_NO_FOOD.search(plain(text)))


# Joanne: "ok. can i tell sue. sue is my staff", "no sue is a lady. she works at my house. can i
# tell her about the man", "i want to tell my staff lady" (twice the answer about suing).
_F7_STAFF = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:staff|support (?:worker|staff)|key ?worker|carers?|care worker|"
    r"house manager)\b|\b(?:works?|working) (?:at|in) (?:my|our) (?:house|home|flat|place)\b"
)
_F7_TELL = re.compile(
    r"\b(?:can|could|shall|should|do|may) i (?:still )?(?:tell|talk to|speak to|ask)\b|"
    r"\bi (?:want|wanna|would like|need) to (?:tell|talk to|speak to)\b|\bis it ok to tell\b"
)
# "sue" as a name: "tell sue", "sue is my staff", "sue my support worker", "when sue is here".
_F7_SUE_NAMED = re.compile(
    r"\b(?:tell|ask|told|asked|with|and|when|till|until|to|about|call|ring|text) sue\b"
    r"(?! (?:them|him|her|the|a|an|for|over|my (?!staff|support|key|carer|care))\b)|"
    r"\bsue (?:is|was|says|said|helps|works|comes|will|can|could|knows|(?:my|our|the) (?:staff|"
    r"support|key ?worker|carer|care))\b|\bsue s\b"
)


def f7_sue_is_a_name(text: str) -> bool:
    return bool(_F7_SUE_NAMED.search(plain(text)))


def f7_asks_to_tell_staff(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    if "carer" in ((answers or {}).get("account_details") or ()) or re.search(
        r"\b(?:staff|carers?|care worker|support worker|key ?worker) (?:\w+ )?(?:hit|hits|hurt\w*|"
        r"took|takes|take|stole|steals|shout\w*|abus\w*)\b",
        words,
    ):
        return False  # the staff or carer did it: the carer's answers
    return bool(_F7_TELL.search(words)) and bool(_F7_STAFF.search(words))


# Joanne: "what do i do thursday. he will be at the shop. he will ask for my money", "do i have
# to give him my money" (both got the criminal injuries scheme's answer).
_F7_MUST_I_GIVE = re.compile(
    r"\b(?:do|must|should|have) i (?:have to |need to |got to |gotta )?(?:give|hand over|hand) "
    r"(?:him|he) (?:my |the |all my |any )?(?:money|cash|benefits?|pension|card)\b|"
    r"\bwhat (?:do|should|shall|can) i do\b.{0,80}\b(?:he|him)\b.{0,30}\b(?:ask\w* (?:me )?for|"
    r"want\w*|take\w*|get\w*|come\w* for) my (?:money|cash|benefits?|pension)\b"
)


def f7_asks_if_they_must_give_him_money(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if _close(crime_type, answers or {}) or crime_type in ("fraud", "human_trafficking"):
        return False
    if re.search(r"\b(?:drugs?|packs?|runs?|debt|owe|loan|rent|bill)\b", words):
        return False  # a drug debt or a bill is another question
    return bool(_F7_MUST_I_GIVE.search(words))


# Chris: "will the kids be taken off us if i tell someone? thats my biggest worry".
_F7_KIDS_TAKEN = re.compile(
    r"\b(?:kids?|children|child|baby|babies) (?:will |would |might |could |get |gonna )?(?:be |get "
    r"|got |being )?(?:taken|removed|put) (?:off|away|from|into care|in care)\b|\b(?:take|taking) "
    r"(?:the |my |our )?(?:kids?|children|child|baby) (?:off|away from) (?:us|me)\b"
)


def f7_fears_children_taken(text: str) -> bool:
    words = plain(text)
    return bool(_F7_KIDS_TAKEN.search(words)) and (
        is_question(text) or bool(re.search(r"\b(?:scared|afraid|worried|worry|fear)\b", words))
    )


# Chris, after the results listed the NSPCC Helpline: "wait why the nspcc?? are they going to
# get involved with my kids now".
def f7_asks_why_the_nspcc(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and "nspcc" in words
        and "childline" not in words
        and bool(
            re.search(
                r"\bwhy\b|\binvolved\b|\b(?:tell|told|report\w*|contact\w*|take|social)\b|"
                r"\bmy (?:kids|children|son|daughter|boys|girls)\b",
                words,
            )
        )
    )


# Chris, his wife holds his bank card: "if i cancel it shell know straight away and go mad.
# thats the problem", "is there anything i can do without it kicking off".
_F7_SHE_WOULD_NOTICE = re.compile(
    r"\b(?:shell|hell|theyll|she will|he will|they will|she would|he would|shed|hed|she d|he d) "
    r"(?:\w+ ){0,3}(?:know|notice|find out|go mad|kick off|go mental|flip)\b"
)
_F7_CANCEL = re.compile(
    r"\b(?:cancel\w*|stop\w*|block\w*|freez\w*) (?:it|the card|my card|the cards|my cards|cards|"
    r"the account)\b"
)
_F7_WITHOUT_TROUBLE = re.compile(
    r"\bwithout (?:it|her|him|them) (?:kicking off|going mad|noticing)\b|\bwithout (?:it )?"
    r"(?:kicking off|a row|an argument)\b"
)


def f7_card_kept_by_a_partner(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Not "can i open an account without him knowing" (utter_own_account_safely) nor "i asked
    if its abuse" (utter_economic_abuse)."""
    words = plain(text)
    told = answers or {}
    details = told.get("account_details") or ()
    if not _close(crime_type, told) or _B4_OWN_ACCOUNT.search(words):
        return False
    if re.search(
        r"\b(?:is (?:it|this|that) (?:\w+ )?abuse|if (?:its|it is) (?:\w+ )?abuse)\b", words
    ):
        return False
    card = "card_taken" in details or bool(re.search(r"\b(?:card|cards|wages|bank)\b", words))
    return card and bool(
        (_F7_CANCEL.search(words) and _F7_SHE_WOULD_NOTICE.search(words))
        or _F7_WITHOUT_TROUBLE.search(words)
    )


# Chris: "barnet. do i have to give my name? what if she sees these texts".
_F7_MY_NAME = re.compile(
    r"\b(?:do|will|would|must|should) (?:i|you|u|they) (?:have to |need to |need |want |got to )?"
    r"(?:give|tell|say|know|have|put|use) (?:you |u |them )?(?:my )?(?:real |full )?name\b|"
    r"\b(?:need|want|have to have) my (?:real |full )?name\b"
)


def f7_asks_if_they_must_give_a_name(text: str) -> bool:
    words = plain(text)
    if re.search(r"\b(?:report\w*|police|court|statement|papers|press|news)\b", words):
        return False  # reporting without a name, or a name kept private: their own answers
    return is_question(text) and bool(_F7_MY_NAME.search(words))


# Priya: "i dont want police. is there help without police", "34. sorry. is there help without
# police tho you didnt say", "skip. please can u just tell me what help there is without police,
# i might not have long" (three times the next question came instead).
_F7_NO_POLICE = re.compile(
    r"\bwithout (?:the )?(?:police|cops|feds)\b|\bwithout (?:going to|telling|reporting (?:it |him "
    r"|her )?to|involving|calling|getting) (?:the )?(?:police|cops|feds)\b|\b(?:dont|do not|dont "
    r"really) want (?:the )?(?:police|cops|feds)\b|\bno police\b"
)
_F7_ANY_HELP = re.compile(
    r"\b(?:help|support|services?|someone|anyone|anybody|options?|anything|people)\b"
)


def f7_asks_for_help_without_police(
    text: str, partner_or_family: bool, answers: Mapping[str, Any] | None
) -> bool:
    """Once the privacy question is answered: asked in a first message that also says someone
    checks their phone, the privacy answer comes first, and this one after their yes."""
    words = plain(text)
    if (answers or {}).get("consent") is None or asks_about_reporting_anonymously(text):
        return False
    if re.search(
        r"\b(?:orders?|injunction|court|refuge|housing|house|council|evidence|havens?|report "
        r"(?:it|him|her)|compensation|cica)\b",
        words,
    ):
        return False  # an order, a refuge, the Havens or a report without the police: their own
    asked = is_question(text) or bool(re.search(r"\b(?:tell me|please|pls)\b", words))
    return (
        partner_or_family
        and asked
        and bool(_F7_NO_POLICE.search(words))
        and bool(_F7_ANY_HELP.search(words))
    )


# Sandra, whose son was killed: "the funeral director wants a deposit and i havent got it. does
# the cica pay it straight away or do i have to pay first" (told "It's not a scam"), then "im
# asking about paying for jasons funeral".
_F7_FUNERAL = re.compile(r"\bfunerals?\b")
_F7_PAY_NOW = re.compile(
    r"\b(?:deposit|up ?front|straight away|right away|pay (?:it |for it )?first|pay (?:it )?now|"
    r"(?:havent|have not|dont|do not) (?:got|have) (?:it|the money)|before (?:the )?cica (?:pays?|"
    r"money)|asking about paying)\b"
)


def f7_asks_about_paying_for_the_funeral(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    told = answers or {}
    bereaved = crime_type == "homicide" or bool(told.get("bereaved"))
    return (
        bereaved
        and bool(_F7_FUNERAL.search(words))
        and bool(_F7_PAY_NOW.search(words))
        and (is_question(text) or bool(re.search(r"\b(?:asking|wants?|need)\b", words)))
    )


# Sandra, after "i keep laying his plate at dinner" got the referral question again: "is that
# all you can say. my son is dead".
_F7_IS_THAT_ALL = re.compile(
    r"\b(?:is that|thats|that s|is this) (?:all|it|the best) (?:you|u) (?:can|could|have|got|"
    r"gonna)?\s?(?:say|do|offer|give|got)\b|\bis that all (?:you|u) (?:can|could) say\b"
)


def f7_bereaved_says_that_is_not_enough(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    bereaved = crime_type == "homicide" or bool((answers or {}).get("bereaved"))
    return bereaved and bool(_F7_IS_THAT_ALL.search(plain(text)))


# Bernard, 81: "To be truthful I have not been out of the house since. I keep going over it at
# night. Is that normal at my age?"
_F7_IS_IT_NORMAL = re.compile(
    r"\b(?:is (?:that|this|it) (?:\w+ )?(?:normal|common|usual)|am i (?:being )?(?:normal|silly|"
    r"daft|foolish)|do other people (?:feel|get)|does everyone (?:feel|get))\b"
)
_F7_AFTER_EFFECTS = re.compile(
    r"\b(?:not (?:been|gone|left|going) out(?:side)?|(?:dont|cant|cannot|do not|can not) (?:go|"
    r"get|leave) (?:out|outside|the house)|(?:scared|afraid|frightened|nervous|anxious|worried) "
    r"(?:of |about |to )?(?:going|go) out|stay(?:ing)? in(?:doors| the house)?|going over (?:it|"
    r"what happened)|go over (?:it|what happened)|keep (?:thinking|going over|seeing|replaying)|"
    r"(?:cant|cannot|can not|not) (?:stop thinking|sleep|sleeping)|jump(?:y|ing) at)\b"
)


def f7_asks_if_their_reaction_is_normal(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and not asks_about_low_mood(text)  # sleep, nightmares, help asked: utter_low_mood
        and bool(_F7_IS_IT_NORMAL.search(words))
        and bool(_F7_AFTER_EFFECTS.search(words))
        and not re.search(r"\b(?:suicid\w*|kill my ?self|end (?:it|my life)|want to die)\b", words)
    )


# Bernard: "And my Freedom Pass was in the wallet. How do I get a new one? I cannot get about
# without it."
_F7_FREEDOM_PASS = re.compile(r"\b(?:freedom pass|freedom card|older persons? pass)\b")
_F7_REPLACE = re.compile(
    r"\b(?:new one|another one|replace\w*|get (?:it|one) back|a new|lost|stolen|taken|took|how "
    r"(?:do|can|will) i get)\b"
)


def f7_asks_to_replace_a_freedom_pass(text: str) -> bool:
    words = plain(text)
    return bool(_F7_FREEDOM_PASS.search(words)) and bool(_F7_REPLACE.search(words))


# Bernard: "I do not have a crime number. Nobody gave me one, or if they did I have lost it".
def f7_has_no_crime_number(text: str) -> bool:
    words = plain(text)
    return bool(re.search(r"\bcrime (?:reference )?(?:number|no|ref)\b|\bcrime ref\b", words)) and (
        bool(
            re.search(
                r"\b(?:do not|dont|didnt|did not|never|havent|have not|not) (?:have|got|get|"
                r"receive\w*|(?:been )?given)\b.{0,20}\bcrime (?:reference )?(?:number|no|ref)\b|"
                r"\bno(?:body| one|one)? (?:gave|give|has given|have given) me\b|\b(?:lost|cant "
                r"find|cannot find) (?:it|my crime|the crime)\b",
                words,
            )
        )
    )


# Leon, 15, after deleting his data: "how do i talk to childline if i aint got a phone", "can i
# talk to childline online or sumn. i aint got a phone".
_F7_NO_PHONE = re.compile(
    r"\b(?:(?:aint|havent|have not|dont|do not|not) (?:got )?(?:a |no |any |my )?(?:own )?phone|no "
    r"phone|without (?:a )?phone|online|on ?line|chat|email|e mail|message them|text them|website|"
    r"computer|laptop|tablet|ipad)\b"
)


# Answers about reaching another service, not one of our support workers: a message that got
# the handoff intent for "talk to" is answered, and no worker is asked for (ActionHandoff).
F7_ANOTHER_SERVICE = frozenset({"utter_childline_without_phone"})


def f7_asks_for_childline_without_a_phone(text: str) -> bool:
    words = plain(text)
    return "childline" in words and bool(_F7_NO_PHONE.search(words))


# -- round 40, helper G3 --
# Lucy, 26, raped after a date: "is it rape if i froze and didnt fight", "he raped me. is that
# what its called if i froze", "so even though i froze and didnt push him off" (asked five
# times, never answered). Freezing or not fighting back is not agreeing
# (utter_g3_froze_not_consent).
_G3_FROZE = re.compile(
    r"\b(?:froze|freez(?:e|ing)|frozen|couldnt (?:move|speak|fight|scream|say anything)|"
    r"(?:didnt|did not|never|couldnt|could not|wasnt able to) (?:even )?(?:fight|push|scream|"
    r"shout|struggle|resist|kick)|went (?:still|limp|numb)|play(?:ed)? dead)\b"
)
_G3_IS_IT_RAPE = re.compile(
    r"\b(?:is|was|does|did) (?:it|that|this|what happened|what he did) (?:even |really |still |"
    r"actually |definitely )?(?:count as |counts as |called |class as )?(?:rape|sexual assault|"
    r"assault)\b|\b(?:counts?|count|class\w*) as (?:rape|sexual assault)\b|\b(?:is that|is it) "
    r"what (?:its|it is|its) called\b|\bstill (?:rape|count|counts)\b|^(?:so |but |and )?even "
    r"(?:though|if) i\b"
)
_G3_CARD = re.compile(r"\b(?:card|cards|account|bank|phone|screen|app|laptop)\b")
_G3_MARRIED = re.compile(r"\b(?:husband|wife|married|spouse)\b")


def g3_asks_if_freezing_still_counts(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "is it rape if i froze and didnt fight", "so even though i froze and didnt push him
    off", "i need to know if what happened counts as rape" (after a sexual offence)."""
    words = plain(text)
    if _G3_CARD.search(words) or _G3_MARRIED.search(words):
        return False  # a frozen card; rape in marriage has its own answer
    sexual = crime_type == "sexual_offence" or bool(re.search(r"\brap(?:e|ed|ist)\b", words))
    if not sexual or not _G3_IS_IT_RAPE.search(words):
        return False
    froze = bool(_G3_FROZE.search(words))
    asked = is_question(text) or bool(re.match(r"(?:so |but |and )?even (?:though|if) i\b", words))
    if froze:
        return asked
    # "i need to know if what happened counts as rape": asked outright, after a sexual offence.
    if re.search(r"\b(?:drunk|drinking|asleep|sleeping|high|wasted|passed out)\b", words):
        return False  # utter_consent_drunk
    return (
        is_question(text)
        and crime_type == "sexual_offence"
        and bool(
            re.search(
                r"\b(?:counts?|count) as rape\b|\b(?:is|was) what happened "
                r"(?:even |really |actually )?rape\b",
                words,
            )
        )
    )


# Piotr, 52, at a Hounslow car wash, passport kept, £20 a day: "if i go police they arrest
# me?", "police arrest me? yes or no", "i am in trouble with police because i work there?".
# utter_exploited_adult_not_blamed (round 38, B6) is for drugs carried under threat; work he
# was exploited in needs no defence: he is the victim (utter_g3_exploited_worker_not_arrested).
_G3_ARRESTED = re.compile(
    r"\b(?:arrest|deport|nick|charge|lock up|send away) me\b|\b(?:will|would|could|can|do|am|"
    r"might) i (?:\w+ ){0,2}(?:be )?(?:arrested|deported|nicked|charged|locked up|in trouble)\b|"
    r"\bin trouble (?:with|from) (?:the )?(?:police|law|cops)\b|\b(?:i am|im) (?:\w+ )?in "
    r"trouble\b"
)
_G3_DRUGS = re.compile(
    r"\b(?:drugs?|weed|coke|county lines|cannabis|dealing|packages?|parcels?|carry\w*|carried)\b"
)


def g3_exploited_worker_fears_arrest(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    told = answers or {}
    if crime_type != "human_trafficking" and told.get("crime_type") != "human_trafficking":
        return False
    words = plain(text)
    if _young(told) or told.get("for_someone_else") or _G3_DRUGS.search(words):
        return False  # a child (Childline) or drugs carried (utter_exploited_adult_not_blamed)
    if b6_adult_fears_arrest_for_carried_drugs(text, crime_type, answers):
        return False
    # -- round 43, helper M1 --: only for someone who spoke of work, pay or a passport (Malik,
    # 17, made to carry a bag, was told "with your passport taken").
    said_work = "labour_told" in account.m1_exploitation_details(words)
    if "labour_told" not in (told.get("account_details") or ()) and not said_work:
        return False
    return is_question(text) and bool(_G3_ARRESTED.search(words))


# Zainab, 22, facing a forced marriage in Pakistan: "what if they take me anyway and im already
# in pakistan. what do i do then": the Forced Marriage Unit helps British nationals abroad.
_G3_ABROAD = re.compile(
    r"\b(?:already (?:in|over|there|abroad|out)|over there|out there|(?:when|while|once|if) "
    r"(?:im|i am) (?:there|abroad|in \w+)|(?:im|i am) (?:already |stuck |still )?(?:in|out in|"
    r"over in) (?:pakistan|bangladesh|india|somalia|afghanistan|iraq|turkey|yemen|nigeria|"
    r"egypt|morocco|sudan|another country)|stuck (?:there|abroad|over there|in \w+))\b"
)
_G3_WHAT_THEN = re.compile(
    r"\b(?:what if|what do i do|what can i do|what should i do|who (?:can )?help|can (?:they|"
    r"anyone|you|someone|the \w+(?: \w+)? (?:people|unit)) help|help me|get (?:me )?(?:back|"
    r"home|out))\b"
)


def g3_asks_about_forced_marriage_abroad(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not _forced_marriage_told(text, answers):
        return False
    return (
        is_question(text)
        and bool(_G3_ABROAD.search(words))
        and bool(_G3_WHAT_THEN.search(words))
        and bool(
            re.search(
                r"\b(?:take|taken|took|send|sent|there|pakistan|abroad|overseas|"
                r"marr\w*)\b",
                words,
            )
        )
    )


# Zainab, on a university library computer: "how do i make sure this chat isnt saved on this
# computer", "how do i delete this from the library computer quickly": a shared computer, not
# a phone (utter_g3_shared_computer).
_G3_COMPUTER = re.compile(
    r"\b(?:computers?|pc|laptop|desktop|library (?:pc|computer)|uni (?:pc|computer)|work "
    r"(?:pc|computer)|browser)\b"
)
_G3_CLEAR = re.compile(
    r"\b(?:delete|deleting|clear|clearing|remove|wipe|erase|get rid of|isnt saved|not saved|"
    r"doesnt save|isnt kept|no trace|hide|history|incognito|private)\b"
)


_G3_ASKS = re.compile(r"\b(?:how (?:do|can|should) i|can i|could i|is there (?:a|any) way)\b")


def _g3_asked(text: str) -> bool:
    """ "no i mean how do i delete this from the library computer quickly", "i meant can i see
    the midwife without him there": questions without a question mark."""
    return is_question(text) or bool(_G3_ASKS.search(plain(text)))


def g3_asks_to_clear_a_shared_computer(text: str) -> bool:
    words = plain(text)
    return (
        _g3_asked(text)
        and bool(_G3_COMPUTER.search(words))
        and bool(_G3_CLEAR.search(words))
        and bool(re.search(r"\b(?:this|the|my|our|a)\b", words))
        and not re.search(r"\b(?:my data|your (?:records|system|database))\b", words)
    )


# Zainab: "if i get one of those orders do my parents get a criminal record?", "the order
# thing. does it give them a record": a Forced Marriage Protection Order is a civil order;
# only breaking it is a crime (utter_g3_fmpo_no_record).
def g3_asks_if_an_order_gives_a_record(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not (is_question(text) and re.search(r"\b(?:criminal )?records?\b", words)):
        return False
    if not re.search(r"\b(?:orders?|fmpo|protection order)\b", words):
        return False
    return bool(re.search(r"\b(?:marr\w*|parents?|mum|dad|family|them|they)\b", words)) and not (
        re.search(r"\b(?:my|i have a|i got a) (?:criminal )?record\b", words)
    )


# Chloe, 29, pregnant, her partner tracks her phone: "can you tell me how to check if theres
# tracking stuff on my phone?", "does refuge help with the phone thing? checking for the
# tracking app" (utter_g3_check_phone_tracking).
_G3_TRACKING = re.compile(
    r"\b(?:track\w*|spy ?ware|stalker ?ware|spying|monitor\w*|tracker|location (?:app|sharing)|"
    r"hidden apps?|bugged|hacked)\b"
)
_G3_CHECK = re.compile(
    r"\b(?:check\w*|find|tell if|know if|see if|look for|get rid|remove|delete|turn off|stop "
    r"(?:it|him)|help with|scan|is there|theres|are there)\b"
)


def g3_asks_how_to_check_for_tracking(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Someone abused or stalked asks how to check their own phone (not a stolen phone found
    with Find My, utter_tracked_property)."""
    told = answers or {}
    words = plain(text)
    if not (
        crime_type in ("domestic_abuse", "stalking_harassment")
        or told.get("relationship_to_offender") in ("partner_or_ex", "family_member")
    ):
        return False
    return (
        is_question(text)
        and bool(_G3_TRACKING.search(words))
        and bool(
            re.search(r"\b(?:phone|mobile|app|apps|device|iphone|android|laptop|car)\b", words)
        )
        and bool(_G3_CHECK.search(words))
        and not re.search(r"\bcan (?:he|she|they) (?:see|read|track) (?:this|me here|our)\b", words)
    )


# Chloe: "is what hes doing actually illegal? the controlling stuff? he hasnt hit me":
# controlling or coercive behaviour is a crime without violence (utter_g3_coercive_control).
_G3_ILLEGAL = re.compile(
    r"\b(?:illegal|a crime|against the law|an offence|a criminal offence|allowed)\b"
)
_G3_CONTROL = re.compile(
    r"\b(?:controll\w*|control\w*|coercive|tracking|tracks|watching|where i go|who i see|"
    r"(?:hasnt|hasn t|never|doesnt|didnt) (?:actually )?(?:hit|hurt|touched|harmed))\b"
)


def g3_asks_if_control_is_a_crime(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    told = answers or {}
    partner = crime_type == "domestic_abuse" or told.get("relationship_to_offender") in (
        "partner_or_ex",
        "family_member",
    )
    words = plain(text)
    return (
        partner
        and bool(_G3_ILLEGAL.search(words))
        and bool(_G3_CONTROL.search(words))
        and (is_question(text) or bool(re.search(r"\b(?:dont|do not) (?:even )?know if\b", words)))
        and not re.search(
            r"\b(?:is it (?:illegal|a crime|an offence) (?:to|for me|if i)|"
            r"can i (?:legally|record))\b",
            words,
        )
    )


# Chloe, 22 weeks pregnant: "my midwife appointment is next week, he always comes with me. is
# there any way to talk to her on my own", "can i see the midwife without him there"
# (utter_g3_midwife_alone).
def g3_asks_to_see_midwife_alone(text: str) -> bool:
    words = plain(text)
    return (
        _g3_asked(text)
        and bool(re.search(r"\b(?:midwife|midwives|maternity|antenatal|health visitor)\b", words))
        and bool(
            re.search(
                r"\b(?:on my own|alone|by myself|without (?:him|her|them|my (?:partner|husband|"
                r"boyfriend))|just me|in private|privately|him (?:not )?there|away from him)\b",
                words,
            )
        )
    )


# Mohammed, taxi driver, racist abuse and spitting on his dashcam: "the video, I must keep it?
# The dashcam it record over after some days", "Please tell me about the video first, I am
# worry it will delete" (ignored four times): save it now (utter_g3_save_the_video_now).
_G3_OWN_VIDEO = re.compile(
    r"\b(?:dash ?cams?|dashboard cam\w*|the video|my video|the footage|my footage|the recording|"
    r"my recording|the clip|body ?cam|doorbell (?:cam\w*|video))\b"
)
_G3_LOST = re.compile(
    r"\b(?:record\w* over|overwrit\w*|over writ\w*|delete\w*|deleting|erase\w*|wipe\w*|lose it|"
    r"lost|disappear\w*|gone|keep it|save it|saving it|must i keep|should i keep|do i keep|"
    r"after (?:some|a few|\d+) days)\b"
)


def g3_fears_own_video_will_be_lost(text: str) -> bool:
    words = plain(text)
    return (
        bool(_G3_OWN_VIDEO.search(words))
        and bool(_G3_LOST.search(words))
        and not _INTIMATE.search(words)
        and not re.search(r"\b(?:bus|shop|their|the council|tfl|station) (?:cctv|footage)\b", words)
        and (is_question(text) or bool(re.search(r"\b(?:worry|worried|scared|afraid)\b", words)))
    )


# Jay, non-binary, assaulted by a bouncer: "if i do go to the police and they keep
# misgendering me what can i actually do about it. is there like a rule they have to use my
# pronouns", "im asking about the POLICE misgendering me", "are they gonna call me sir the
# whole time. im non binary, they/them" (utter_misgendered_by_police, before the referral
# answer that took "if i do go to the police").
def g3_asks_about_police_misgendering(text: str) -> bool:
    words = plain(text)
    if asks_about_being_misgendered(text):
        return True
    if re.search(r"\b(?:taken down|take (?:it|them) down|posts?)\b", words):
        return False
    misgender = bool(re.search(r"\b(?:misgender\w*|deadnam\w*|(?:my|use) pronouns)\b", words))
    sir = bool(
        re.search(r"\bcall(?:ing)? me (?:sir|madam|maam|mate|he|she|a man|a woman)\b", words)
    ) and bool(re.search(r"\b(?:non ?binary|nonbinary|enby|they them|trans)\b", words))
    police = bool(re.search(r"\b(?:police|cops?|officers?|feds)\b", words))
    return (
        (misgender or sir)
        and police
        and (is_question(text) or bool(re.search(r"\basking about\b", words)))
    )


# -- round 40, helper G4 --------------------------------------------------------------------------
# George, 63, who sent £40,000 to "Anna", met on a dating site: "Should I send the £2000 or not?"
# (a £ before the amount kept _SEND_THE_MONEY from matching), "Anna needs another £2,000 for her
# flight next week, I was going to send it Friday" (a plan, not a question), "Is Anna a scammer? Is
# she even real?", "Does that sound like a scam to you?"; and "customs fees for her visa", "My
# immigration status? I was born in Hanwell" (got the immigration answer twice).
_G4_SEND_AMOUNT = re.compile(
    r"\b(?:should|shall|do|can|must|could) i (?:still |just |really )?(?:send|pay|give|transfer|"
    r"wire|lend) (?:him |her |them )?(?:the |another |more |any more |a further )?£ ?\d"
)
_G4_SENDING_PLAN = re.compile(
    r"\b(?:i was going to|i was gonna|im going to|i am going to|im gonna|i will|ill|im about to|"
    r"i am about to|i was planning to|i plan to|i was about to) (?:\w+ )?(?:send|transfer|wire|pay)"
    r"\b|\b(?:needs?|wants?|asked for|asking for|asks for) (?:another|more|a further|the rest|"
    r"an extra|some more) (?:£ ?\d|money)"
)
_G4_IS_SHE_A_SCAMMER = re.compile(
    r"\b(?:is|was|isnt|wasnt) (?:she|he|they|\w+) (?:even |really |actually |just )?(?:a )?"
    r"(?:scammer|fraudster|fake|catfish\w*|real|genuine|who (?:she|he) says)\b|\bdoes (?:that|this|"
    r"it|she|he) sound like (?:a )?scam\w*\b|\b(?:do|would) (?:you|u) (?:think|say) (?:its|it is|"
    r"it s|she is|shes|he is|hes|that is|thats) (?:a )?(?:scam\w*|real|genuine)\b"
)
_G4_ROMANCE = re.compile(
    r"\b(?:dating|met (?:her |him )?online|video call\w*|camera|webcam|lady friend|girlfriend|"
    r"boyfriend|she|her|he|him|love|relationship|romance)\b"
)


def _g4_scam(text: str, crime_type: str | None, answers: Mapping[str, Any]) -> bool:
    words = plain(text)
    scam = crime_type == "fraud" or (
        crime_type is None and bool(re.search(r"\b(?:scam\w*|fraud\w*|online|dating)\b", words))
    )
    return scam and not _close(crime_type, answers)


def g4_asks_whether_to_send_romance_money(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "Should I send the £2000 or not?", or told as a plan: "Anna needs another £2,000 for her
    flight next week, I was going to send it Friday"."""
    answers = answers or {}
    words = plain(text)
    if not _g4_scam(text, crime_type, answers) or _OTHER_SCAM.search(words):
        return False
    if not _ROMANCE_SIGNS.search(words):
        return False
    asked = is_question(text) and bool(_G4_SEND_AMOUNT.search(words))
    return asked or bool(_G4_SENDING_PLAN.search(words))


def g4_asks_if_the_romance_is_a_scam(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "Is Anna a scammer? Is she even real?", "Does that sound like a scam to you?" after
    money sent to someone met online; never "are you a scam?" about us."""
    answers = answers or {}
    words = plain(text)
    if not _g4_scam(text, crime_type, answers) or _OTHER_SCAM.search(words):
        return False
    if re.search(
        r"\b(?:are (?:you|u)|(?:you|u) (?:a |the )?scam|this (?:service|chat|bot))\b", words
    ):
        return False
    if re.search(r"\b(?:bank|hmrc|fraud team|caller|rang me|phoned me|called me)\b", words):
        return False  # a caller who said he was from the bank is not a romance
    return bool(_G4_IS_SHE_A_SCAMMER.search(words)) and bool(_G4_ROMANCE.search(words))


# Someone else's visa ("customs fees for her visa"), or a denial ("My immigration status? I was
# born in Hanwell. Why on earth are you talking about that"), is not a question about their own
# immigration status.
_G4_OWN_STATUS = re.compile(
    r"\b(?:my visa|my status|my papers|no papers|here illegally|im illegal|i am illegal|asylum|"
    r"leave to remain|send me back|deport me|deported|settled status|overstay\w*|"
    r"illegal immigrant)\b"
)
_G4_NOT_MY_STATUS = re.compile(
    r"\b(?:i was born (?:in|here)|born and bred|im british|i am british|british (?:born|citizen)|"
    r"why (?:on earth |are you |do you )?(?:are you |you )?(?:talking|asking|going on) about "
    r"(?:that|immigration|my status)|nothing to do with (?:immigration|my status))\b"
)


def g4_immigration_not_about_them(text: str) -> bool:
    words = plain(text)
    if _G4_NOT_MY_STATUS.search(words):
        return True
    theirs = re.search(r"\b(?:her|his|their|for her|for him) (?:\w+ )?visas?\b", words)
    return bool(theirs) and not _G4_OWN_STATUS.search(words)


# Tariq, 27, phone snatched by a moped rider: "is there any point reporting it or what", "is it
# worth it or do the police just give u a crime number and do nothing", "be honest is it actually
# worth it, will they even look at it? feels like a waste of time" (five times, never answered);
# "can i track it with find my iphone and go get it back myself?".
_G4_WORTH = re.compile(
    r"\bis there (?:any|a|even any) point (?:in )?(?:reporting|report|telling|calling|going to)\b|"
    r"\b(?:is|its|it s) (?:it |this |that )?(?:even |actually |really |honestly )?worth "
    r"(?:it|reporting|report\w*|telling|bothering)\b|\b(?:a |just a )?waste of (?:time|my time)\b|"
    r"\bwill (?:they|the police|police) (?:even |actually |ever )?(?:look at it|bother)\b"
)
_G4_REPORT_WORD = re.compile(r"\b(?:report\w*|police|crime number|feds|cops|101)\b")
_G4_STREET_CRIMES = frozenset({"theft", "robbery", "burglary", "criminal_damage"})


def g4_asks_if_worth_reporting(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    if answers.get("reported_to_police") is True:
        return False
    if crime_type is None:
        crime_type = account.read_account(text).crime_type
    if crime_type not in _G4_STREET_CRIMES and crime_type != "fraud":
        return False
    return bool(_G4_WORTH.search(words)) and bool(_G4_REPORT_WORD.search(words))


_G4_GO_GET_IT_BACK = re.compile(
    r"\b(?:go|going|goin|gonna go) (?:and |n |to )?(?:get|grab|take|fetch|collect) (?:it|them|my "
    r"\w+) back\b|\bget (?:it|them|my \w+) back (?:myself|ourselves|ourself)\b|\b(?:go|going) "
    r"(?:there|round|over) (?:myself|ourselves)\b"
)


def g4_goes_for_tracked_property(text: str) -> bool:
    words = plain(text)
    return bool(_TRACKED.search(words)) and bool(_G4_GO_GET_IT_BACK.search(words))


# Dennis, 77, partially sighted, tricked by a caller who said he was from his bank: "But how will
# I know it is really them and not another scammer??", "So when they ring, how do I know it is
# you. Will they ask me for any bank details?"; "How do I stop this happening again? My daughter
# says I should get a call blocker", "what can I do to stop these calls. Is a call blocker a good
# idea".
_G4_HOW_TO_KNOW = re.compile(
    r"\bhow (?:will|do|can|would|shall) i (?:know|tell|be sure|check) (?:it is|its|it s|they are|"
    r"theyre|that (?:it is|its|they are)|if (?:it is|its|they are)|who|it|whether (?:it is|its))? ?"
    r"(?:really |actually |genuinely |definitely )?(?:them|you|genuine|real|from you|the support|"
    r"who they say)\b|\bnot (?:just )?another scammer\b"
)
_G4_CALL_BLOCK = re.compile(
    r"\bcall ?blockers?\b|\bblock (?:these |the |those |scam |nuisance |such )?calls\b|\bstop "
    r"(?:these|the|those|scam|nuisance|such) calls\b|\bstop (?:this|it) (?:from )?happening "
    r"again\b|"
    r"\bstop (?:them|it|scammers) (?:from )?(?:calling|ringing|phoning)\b"
)


def g4_asks_how_to_know_its_really_us(text: str, answers: Mapping[str, Any] | None) -> bool:
    """About the support worker who will contact them, not a caller or email they had."""
    words = plain(text)
    ours = (answers or {}).get("referral_consent") is True or bool(
        re.search(r"\b(?:support|worker|you|u|they (?:ring|call|phone|contact))\b", words)
    )
    return ours and is_question(text) and bool(_G4_HOW_TO_KNOW.search(words))


def g4_asks_how_to_stop_scam_calls(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not _g4_scam(text, crime_type, answers or {}) and not re.search(r"\bscam\w*\b", words):
        return False
    calls = bool(re.search(r"\b(?:calls?|call ?blockers?|phone|rang|rings?|ringing)\b", words))
    return calls and bool(_G4_CALL_BLOCK.search(words))


# Ruth, 84, whose agency carer takes cash and took her late husband's watch: "Ought I to tell the
# agency first, before the police? I should not like to accuse the girl wrongly." (got the "at risk
# tonight" answer), "Should I telephone the agency myself, or will that warn her and she will take
# more? I have a little jewellery left of my mother's.", "Could they write to me by post instead?"
_G4_AGENCY_FIRST = re.compile(
    r"\b(?:tell|contact|ring|telephone|phone|call|speak to|talk to|inform|report (?:it )?to) "
    r"(?:the )?(?:care )?agency (?:first|myself|before)\b|\bagency first\b|\b(?:speak|talk) to "
    r"the agency\b|\bbefore the police\b"
)
_G4_WARN_OR_VALUABLES = re.compile(
    r"\bwarn (?:her|him|them)\b|\b(?:take|steal|taking|stealing) (?:more|anything else|the rest)\b|"
    r"\b(?:jewell?ery|valuables|rings|necklace|watch)\b.{0,40}\b(?:left|safe|protect|keep|hide)\b"
)


def g4_asks_if_agency_first(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return is_question(text) and bool(_CARER.search(words)) and bool(_G4_AGENCY_FIRST.search(words))


def g4_asks_about_warning_the_carer(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_CARER.search(words) or re.search(r"\b(?:she|he) will take\b", words))
        and bool(_G4_WARN_OR_VALUABLES.search(words))
    )


_G4_BY_POST = re.compile(
    r"\b(?:by post|by letter|through the post|in the post|post instead|write to me|send me a "
    r"letter|letters? instead)\b"
)


def g4_asks_for_contact_by_post(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    words = plain(text)
    contact_context = answers.get("referral_consent") is True or bool(
        re.search(r"\b(?:contact|email|e mail|ring|phone|call|text) me\b", words)
    )
    asks = bool(
        re.search(
            r"\b(?:instead|could (?:they|you)|can (?:they|you)|would (?:they|you)|rather|"
            r"prefer)\b",
            words,
        )
    )
    return contact_context and asks and bool(_G4_BY_POST.search(words))


# Frank, 59, windows smashed for months by kids off his estate: "forget insurance. anti social
# behaviour. who do i go to when police and council both ignore you", "i said insurance wont pay.
# is there anything that actually makes it stop" (the insurance answer twice).
_G4_WHO_NEXT = re.compile(
    r"\bwho (?:do|can|should|else) (?:i )?(?:go to|turn to|complain to|tell|report (?:it )?to|"
    r"ask)\b|\bwhere (?:do|can|else) (?:i )?(?:go|turn)\b|\bwhat (?:else )?can i do\b"
)
_G4_IGNORED = re.compile(
    r"\bignor\w*|\b(?:do|does|did) (?:nothing|fuck all|sod all)\b|\bdont do (?:nothing|anything)\b|"
    r"\bnothing (?:happens|gets done|is done|ever happens|was done|has been done)\b|\bno(?: ?one|"
    r"body) (?:does|do|did) anything\b"
)
_G4_MAKE_IT_STOP = re.compile(
    r"\b(?:anything|something|anyone|anybody|someone) (?:\w+ ){0,2}(?:makes?|make|to make|will "
    r"make|can make) (?:it|them|this) stop\b"
)


def g4_asks_who_next_on_asb(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    answers = answers or {}
    words = plain(text)
    asb = bool(_ASB.search(words)) or (
        crime_type in ("criminal_damage", "stalking_harassment")
        and answers.get("repeat_victimisation") is True
    )
    if not asb or _close(crime_type, answers):
        return False
    ignored = bool(_G4_WHO_NEXT.search(words) and _G4_IGNORED.search(words))
    return ignored or bool(_G4_MAKE_IT_STOP.search(words))


# Gloria, 69, whose grandson takes money from her purse and pushed her: "will they tell the police?
# I dont want police knocking at my door for Marcus" (got "Yes. You don't have to go to the
# police..."), and three times "is there anybody who help young men like Marcus with drugs and
# anger?".
_G4_TELL_POLICE = re.compile(
    r"\b(?:will|would|do|does) (?:they|you|the support (?:people|service|worker)s?|support "
    r"(?:people|services?|workers?)|the service) (?:have to |need to |then )?(?:tell|call|inform|"
    r"contact|ring|report (?:him|her|it|this|them) to) (?:the )?police\b|\b(?:have|has) to call "
    r"the police on\b"
)
_G4_HELP_FOR_HIM = re.compile(
    r"\b(?:help|helps|support|someone|somebody|anyone|anybody) (?:who |that )?(?:can )?(?:help )?"
    r"(?:for )?(?:him|young men|young people|my grandson|my son|people like him)\b"
)
_G4_HIS_TROUBLES = re.compile(
    r"\b(?:drugs?|addict\w*|anger|angry|temper|his troubles|get better|mixed up)\b"
)


def g4_asks_for_help_for_relative(text: str, partner_or_family: bool) -> bool:
    words = plain(text)
    return (
        partner_or_family
        and not asks_for_help_with_a_relatives_drugs(text)  # utter_family_drugs_help (a son)
        and bool(_G4_HELP_FOR_HIM.search(words))
        and bool(_G4_HIS_TROUBLES.search(words))
    )


def g4_asks_if_support_tells_police(text: str, partner_or_family: bool) -> bool:
    words = plain(text)
    if re.search(r"\bsocial (?:services|workers?)\b", words):
        return False  # the police or social services: utter_service_tells_police_or_social_services
    return partner_or_family and bool(_G4_TELL_POLICE.search(words))


# Alan, 48, sleeping rough, beaten in a doorway off the Strand, phone stolen, on a library
# computer: "where can i go tonight", "is there anywhere i can just walk to today. a day centre or
# a shelter or something near the strand".
_G4_ROUGH_SLEEPING = re.compile(
    r"\b(?:doorway|on the streets?|sleep\w* rough|rough sleep\w*|homeless|sleeping bag|day "
    r"centres?|night shelter|i dont live anywhere|no fixed (?:abode|address))\b"
)
_G4_WHERE_TO_GO = re.compile(
    r"\bwhere (?:can|do|should|will|could) i (?:\w+ )?(?:go|sleep|stay|walk)\b|\bsomewhere to "
    r"(?:sleep|stay|go)\b|\banywhere i can\b|\bday centres?\b|\bshelter\b"
)
_G4_CENTRAL = re.compile(
    r"\b(?:strand|westminster|trafalgar|charing cross|covent garden|soho|embankment|leicester "
    r"square|central london)\b"
)


def g4_rough_sleeper_asks_where_to_go(text: str, partner_or_family: bool) -> bool:
    words = plain(text)
    return (
        not partner_or_family
        and bool(_G4_ROUGH_SLEEPING.search(words))
        and bool(_G4_WHERE_TO_GO.search(words))
    )


def g4_rough_sleeping_answer(text: str, answers: Mapping[str, Any] | None) -> str:
    central = bool(_G4_CENTRAL.search(plain(text))) or (answers or {}).get("borough") == (
        "westminster"
    )
    return "utter_g4_rough_sleeping_westminster" if central else "utter_g4_rough_sleeping"


# -- round 40, helper G2 --
# Mei, coughed at on the Tube and called "virus": told three times to get her neck checked.
# Being coughed at (an insult) is not a cough after strangling, and "He did not touch my neck",
# "nobody hurt my neck", "Please stop saying about neck" deny it.
_G2_COUGHED_AT = re.compile(r"\bcough(?:ed|ing|s)? (?:at|on|in (?:my|her|his) face)\b")
_G2_NECK_DENIED = re.compile(
    r"\b(?:(?:did not|didnt|did nt|never|not|nobody|no one|noone|no body|nothing) (?:\w+ )?"
    r"(?:touch\w*|hurt\w*|grab\w*|squeez\w*|strangl\w*|chok\w*|hold|held|do|did) (?:\w+ )?"
    r"(?:my |the |her |his )?neck|why (?:my |the |about (?:my |the )?)?neck|(?:about|and) "
    r"(?:my |the )?neck(?: you wrote| did you write)|stop (?:saying|talking|asking|going on|"
    r"writing) (?:about )?"
    r"(?:my |the )?neck|(?:my )?neck is (?:fine|ok|okay|not hurt)|not (?:about )?my neck)\b"
)


def g2_neck_not_hurt(text: str) -> bool:
    """The neck or a cough named, but not harm to the neck: an insult, or the warning denied."""
    words = plain(text)
    if _G2_NECK_DENIED.search(words):
        return True
    rest = _G2_COUGHED_AT.sub(" ", words)
    return rest != words and not _NECK.search(rest)


# Mei, hurt by a stranger: "Yes, I live with my husband only, it is safe" (at "Is it safe for a
# support worker to contact you?"), "My husband is very kind, he did not do anything. Why you
# say refuge?": twice the refuge line. Living with a partner who is kind is not living with
# the person who hurt them.
_G2_HOME_SAFE = re.compile(
    r"\b(?:it is|its|it s|is) (?:very |quite |totally )?safe\b|\b(?:husband|wife|partner|"
    r"boyfriend|girlfriend|family) (?:is|are) (?:very |so |really )?(?:kind|good|lovely|nice|"
    r"safe|fine)\b|\b(?:he|she|they) (?:did not|didnt|never) (?:do|did) (?:anything|nothing)\b"
)


def g2_home_is_safe(text: str, crime_type: str | None) -> bool:
    return crime_type != "domestic_abuse" and bool(_G2_HOME_SAFE.search(plain(text)))


# Alan, head kicked: "skip. my ribs are killing me tho and my head. do i need hospital", then
# "i asked do i need hospital. got hit on the head ... keep feeling dizzy": never answered.
_G2_NEED_HOSPITAL = re.compile(
    r"\b(?:do|will|would|should|shall|must) (?:i|we) (?:need|have|got) (?:to )?(?:go (?:to )?|see "
    r"|get (?:to )?|a )?(?:hospital|the hospital|a ?& ?e|a and e|a doctor|the doctor)\b|"
    r"\b(?:need|go to|going to) (?:the )?hospital or (?:not|what)\b"
)
# "i asked do i need hospital": a question asked again, without its mark.
_G2_ASKED_AGAIN = re.compile(
    r"\bi (?:asked|said|am asking|was asking)\b,? (?:you |u )?(?:do|does|did|should|can|could|is|"
    r"are|will|would|am|shall|must) (?:i|we|u|you|it|he|she|they|my)\b"
)


def g2_asks_if_they_need_hospital(text: str) -> bool:
    return is_question(text) and bool(_G2_NEED_HOSPITAL.search(plain(text)))


# Olu, after his referral: "can my wife contact them herself too? she was in the house as
# well", "I asked if my wife can call victim support herself", "So can she call them or not".
_G2_KIN = (
    r"(?:wife|husband|partner|girlfriend|boyfriend|missus|son|daughter|mum|mom|dad|mother|father|"
    r"sister|brother|flatmate|housemate|kids|children|family|nan|gran)"
)
_G2_CONTACT = (
    r"(?:contact|call|ring|phone|email|text|message|get in touch with|talk to|speak to|get (?:help|"
    r"support)|be referred|refer (?:herself|himself|themselves))"
)
_G2_OTHER_CONTACTS = re.compile(
    rf"\b(?:can|could|may|should|would|if|whether) (?:my|our) {_G2_KIN} (?:\w+ )?(?:can |could |"
    rf"also |too |herself |himself )?{_G2_CONTACT}\b|"
    rf"\b(?:can|could|may|if|whether) (?:she|he|they) (?:also |too )?{_G2_CONTACT} (?:them|victim "
    r"support|the service|the helpline|it)? ?(?:herself|himself|themselves|too|as well|also|"
    r"directly|or not)\b"
)


def g2_asks_if_someone_else_can_contact(text: str) -> bool:
    words = plain(text)
    return (
        (is_question(text) or bool(_G2_ASKED_AGAIN.search(words)) or "i asked if" in words)
        and bool(_G2_OTHER_CONTACTS.search(words))
        # A relative who saw it, in their language: utter_witness_relative_support (round 38).
        and not b5_asks_support_for_a_relative_in_their_language(text)
    )


# Sophie, 16: "i cant call anyone my mum is in the next room she'll hear. is there somewhere i
# can just type", "i just dont want her to hear. i mean like a chat thing": Childline's online
# chat, not the Silent Solution and "call Victim Support".
_G2_WANTS_TO_TYPE = re.compile(
    r"\b(?:somewhere|anywhere|some where|a place|a way) (?:i|u|you) can (?:just )?(?:type|write|"
    r"text|message|chat)|\b(?:a|an|online) chat(?: thing| service| instead| room)?\b|\bjust "
    r"(?:type|write|text|message)\b|\b(?:can|could) i (?:just )?(?:type|write|text|chat|message)\b|"
    r"\b(?:shell|hell|theyll|she will|he will|they will|she would|she might|they might|he might|"
    r"she could|they could) (?:\w+ )?(?:hear|listen)\b|\bdont want (?:her|him|them|my \w+) to "
    r"hear\b"
)
_G2_UNDER_18_SAID = re.compile(
    r"\b(?:im|i am|i m|im only|i am only) (?:1[0-7]|only 1[0-7]|under 18)\b|\b(?:1[0-7]) "
    r"(?:years? old|yrs? old|yo)\b"
)


def g2_young(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Under 18, known or said in this message ("no. im 16. if i go to police...")."""
    return _young(answers) or bool(_G2_UNDER_18_SAID.search(plain(text)))


def g2_young_wants_to_type(text: str, answers: Mapping[str, Any] | None) -> bool:
    return (
        g2_young(text, answers)
        and not (answers or {}).get("for_someone_else")
        and bool(_G2_WANTS_TO_TYPE.search(plain(text)))
    )


def g2_young_blackmailed_fears_police(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Blackmailed over a picture and 16, said in the same message: not the adults' helpline."""
    return (
        not _young(answers)
        and g2_young(text, answers)
        and blackmailed_adult_fears_arrest(text, crime_type, answers)
    )


def g2_man_asks_for_an_order(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Kieran, stalked by his ex-boyfriend: "can u get like a restraining order" was sent to the
    National DA Helpline, which is for women. A man gets services for men."""
    return (
        (answers or {}).get("gender") == "man"
        and asks_about_a_protection_order(text)
        and protection_order_answer(text, crime_type, answers) == "utter_protection_order"
    )


# -- round 41, main (K) --
# Kieran (round 40), 20, stalked by his ex-boyfriend, asked three things the bot did not answer:
# "does this count as domestic abuse or is that only if u live together" (his ex was already
# recorded, so the message needn't say "ex"), "what do i actually do, like practically. block
# him?" and "if i go to the police tho will they actually take it seriously". "do i need proof
# to report it?" is asked about any crime.
_K_WHAT_TO_DO = re.compile(
    r"\bwhat (?:can|do|should|shall|could) i (?:actually |even |really )?do\b|"
    r"\bwhat do i (?:actually |even )?do\b|\bwhat are my options\b"
)
_K_SERIOUSLY = re.compile(
    r"\b(?:take|taking|took) (?:it|me|this|that|us|him|her|them)(?: \w+)? serious(?:ly)?\b|"
    r"\b(?:laugh at|believe) me\b|\bcare about (?:it|this|me)\b"
)
_K_POLICE = re.compile(r"\b(?:police|cops|feds|officers?|they)\b")
_K_PROOF = re.compile(
    r"\b(?:need|have to have|got to have|gotta have|needs?) (?:any |some |real |hard )?"
    r"(?:proof|evidence)\b.{0,40}\b(?:report|police|tell)|\b(?:report|police)\b.{0,40}\b"
    r"(?:without|with no|no) (?:any )?(?:proof|evidence)\b|"
    r"\bdo i need (?:any )?(?:proof|evidence)\b"
)


def _k_partner_stalking(crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    return (
        crime_type in ("stalking", "harassment")
        and (answers or {}).get("relationship_to_offender") == "partner_or_ex"
    )


def k_asks_if_it_counts_as_domestic(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """An ex who stalks, already recorded: "does it count as domestic abuse??"."""
    words = plain(text)
    return (
        _k_partner_stalking(crime_type, answers)
        and bool(_DOMESTIC.search(words))
        and bool(_COUNTS_AS.search(words) or re.search(r"\bonly if (?:you|u|we) live", words))
        and not _VIOLENCE.search(words)
    )


def k_asks_what_to_do_about_stalking(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Stalked, asking what they can do about it: practical steps, not a helpline's blurb. "like
    what can i actually do" asks without a question mark."""
    return crime_type in ("stalking", "harassment") and bool(_K_WHAT_TO_DO.search(plain(text)))


def k_asks_if_police_take_it_seriously(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_K_SERIOUSLY.search(words))
        and bool(_K_POLICE.search(words))
        and not re.search(r"\b(?:hate|racis\w*|homophob\w*|transphob\w*)\b", words)
    )


def k_asks_if_proof_needed(text: str) -> bool:
    return is_question(text) and bool(_K_PROOF.search(plain(text)))


# -- round 41, helper J6 --
# Questions that mattered and went unanswered in round 41 (each asked two to four times).
# Bella, abused by her wife, a Met officer: who can see what is kept, and how to report a police
# officer (or outside the Met). Colin, homophobic graffiti on his door, with a heart condition:
# clean it or leave it for the police, photos, his racing heart, and "damage AND harassment".
# Nadia, limited English, abused by her husband and his mother, who check her phone: will the
# call show on the bill, do they speak Bangla, can she get the child benefit back.
_J6_POLICE_SEE = re.compile(
    r"\b(?:police|met|cops?|officers?)\b(?: \w+){0,4} (?:access|see|read|look at|get hold of|"
    r"get|ask for|have)\b(?: \w+){0,3} (?:what you (?:keep|store|save|hold|have|write down|"
    r"record)|this chat|this conversation|these messages|what i (?:tell|told|write|say|said)|"
    r"my answers|my data|your records|what you ve (?:got|kept|noted))\b|\b(?:you|u) (?:\w+ )?"
    r"(?:share|pass|give|send)\w* (?:this|it|my (?:data|answers|details)|what i (?:say|tell "
    r"you))(?: \w+){0,2} (?:with|to) the (?:police|met)\b"
)
_J6_POLICE_PARTNER = re.compile(
    r"\b(?:she|he|they) (?:is|are|s|re|works? for|works? in) (?:the |a )?(?:police|met|cop|"
    r"copper|police officer|officer|sergeant)\b|\b(?:police officer|a cop|a copper|an officer|"
    r"a sergeant|(?:a|the) police (?:man|woman|partner|wife|husband))\b|\bpolice "
    r"perpetrated\b"
)
_J6_REPORT = re.compile(r"\b(?:report\w*|complain\w*|complaint|tell on|shop)\b")
_J6_OUTSIDE_FORCE = re.compile(
    r"\b(?:iopc|ipcc|police watchdog|professional standards|anti corruption|outside the (?:met|"
    r"police|force)|(?:another|a different|other|different) (?:police )?force|\w+ police instead|"
    r"(?:her|his|their) (?:own )?(?:colleagues|mates|workmates|team|friends at work)|go to "
    r"(?:her|his) (?:own )?(?:colleagues|mates|station))\b"
)
_J6_ABOUT_THEM = re.compile(
    r"\b(?:about|against|report|reported|reporting) (?:her|him|them|my (?:wife|husband|partner|"
    r"ex|girlfriend|boyfriend))\b|\b(?:her|his|their) (?:own )?(?:colleagues|mates)\b|\bshe is "
    r"the police\b|\bhe is the police\b"
)
_J6_CLEAN = re.compile(
    r"\b(?:clean\w*|scrub\w*|paint\w* over|cover\w* (?:it|up|over)|remove|get rid of|jet wash|"
    r"wipe\w* (?:it|off)|wash\w* (?:it|off) (?:off|the door|the wall))\b"
)
_J6_GRAFFITI = re.compile(r"\b(?:graffiti|spray\w*|paint\w*|door|wall|fence|writing|slur)\b")
_J6_POLICE_SEE_IT = re.compile(
    r"\b(?:before the police|police (?:need to |to |should |must )?(?:see|look)|leave it|"
    r"evidence|for the police)\b"
)
_J6_PHOTO = re.compile(r"\b(?:photo\w*|pictures?|pics?|snap\w*)\b")
_J6_HEART = re.compile(
    r"\b(?:heart|chest|pulse) (?:\w+ ){0,2}(?:rac\w+|pound\w*|thump\w*|flutter\w*|goes|going|"
    r"went|doing|skip\w*|all over)|\bpalpitation\w*|\bheart (?:rate|is) (?:goes |going )?"
    r"(?:up|high|fast)|\batrial fibrillation\b|\ba ?fib\b"
)
_J6_WHAT_DO_I_DO = re.compile(
    r"\b(?:what (?:then|now|do i do|should i do|can i do)|what to do|should i|do i need|is "
    r"that|help)\b"
)
_J6_CRIMES = re.compile(
    r"\b(?:criminal damage|damage|harass\w*|assault|abuse|stalking|theft|hate crime)\b"
)
_J6_BOTH = re.compile(r"\b(?:both|as well(?: as)?|too|also|and)\b")
_J6_STILL_SAYS = re.compile(
    r"\b(?:still (?:say|says|have|has|got|show|include)|(?:add|put|note|record|keep)\w*"
    r"(?: \w+){0,2} (?:back|too|as well|both))\b|\bboth\b"
)
_J6_PHONE_BILL = re.compile(
    r"\b(?:phone bill|the bill|my bill|itemised|call history|call log|call list|recent calls|"
    r"calls list|list of calls)\b"
)
_J6_SEE_CALL = re.compile(
    r"\b(?:see|show\w*|appear\w*|find|check\w*|know)\b|\bon (?:my|the) (?:phone )?bill\b"
)
_J6_LANGUAGES = re.compile(
    r"\b(?:bangla|bengali|sylheti|urdu|punjabi|hindi|gujarati|tamil|somali|arabic|polish|"
    r"romanian|portuguese|spanish|turkish|kurdish|farsi|persian|pashto|dari|tigrinya|amharic|"
    r"chinese|mandarin|cantonese|vietnamese|russian|ukrainian|lithuanian|albanian|french|"
    r"my language|other languages?|another language)\b"
)
_J6_THEY_SPEAK = re.compile(
    r"\b(?:speak\w*|talk\w*|have|has|got)\b(?: \w+){0,2} (?:bangla|bengali|sylheti|urdu|punjabi|"
    r"hindi|gujarati|tamil|somali|arabic|polish|romanian|portuguese|spanish|turkish|kurdish|"
    r"farsi|persian|pashto|dari|tigrinya|amharic|chinese|mandarin|cantonese|vietnamese|russian|"
    r"ukrainian|lithuanian|albanian|french|my language|other languages?|another language)|"
    r"\binterpret\w*|\btranslat\w*"
)
_J6_HELPLINE = re.compile(r"\b(?:number|helpline|help line|line|they|them|on the phone|call)\b")
_J6_CHILD_BENEFIT = re.compile(r"\bchild ?benefits?\b")
_J6_BENEFIT_TAKEN = re.compile(
    r"\b(?:take\w*|took|keep\w*|kept|get\w* it|got it|back|in my name|my name|claim\w*|"
    r"control\w*|money|spend\w*|have it|has it|stop\w*|change)\b"
)


def _j6_partner_or_family(crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    return crime_type == "domestic_abuse" or (answers or {}).get("relationship_to_offender") in (
        "partner_or_ex",
        "family_member",
    )


def j6_asks_if_police_see_chat(text: str) -> bool:
    """ "Does the police have any access to what you keep?" (Bella, whose wife is an officer)."""
    return bool(_J6_POLICE_SEE.search(plain(text)))


def j6_asks_to_report_outside_force(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "Can I report to someone outside the Met?", "Can I complain to the IOPC about her?":
    abuse by a partner or relative who is in the police, reported outside their force."""
    words = plain(text)
    return (
        _j6_partner_or_family(crime_type, answers)
        and bool(_J6_OUTSIDE_FORCE.search(words))
        and bool(_J6_REPORT.search(words) or _J6_ABOUT_THEM.search(words))
        and bool(_J6_ABOUT_THEM.search(words) or _J6_POLICE_PARTNER.search(words))
    )


def j6_asks_to_report_police_partner(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "How do you even report a police officer?" from someone abused by a partner or relative
    (not a complaint about the officer on their case)."""
    words = plain(text)
    return (
        _j6_partner_or_family(crime_type, answers)
        and bool(_J6_POLICE_PARTNER.search(words))
        and bool(_J6_REPORT.search(words) or "special route" in words)
    )


def j6_asks_to_clean_graffiti(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "should I clean it off before the police come and look?", "Paint over it or leave it for
    the police?", "Should I take photos of it at least?" (Colin, slur sprayed on his door)."""
    words = plain(text)
    named = bool(re.search(r"\b(?:graffiti|spray\w*|sprayed|paint\w*|slur)\b", words))
    hate_damage = (
        bool((answers or {}).get("hate_motivated"))
        and crime_type in (None, "criminal_damage", "stalking_harassment", "other")
    ) or crime_type == "criminal_damage"
    if not (named or hate_damage):
        return False
    if _J6_CLEAN.search(words) and (
        _J6_GRAFFITI.search(words) or _J6_POLICE_SEE_IT.search(words) or named
    ):
        return True
    return bool(
        _J6_PHOTO.search(words)
        and re.search(r"\b(?:of it|the door|the graffiti|the wall|the paint|it)\b", words)
        and re.search(r"\b(?:should|shall|do i|can i|must i|need)\b", words)
    )


def j6_asks_about_racing_heart(text: str) -> bool:
    """ "when he starts shouting and my heart goes all over the place, what then?" (Colin, who
    has atrial fibrillation): a question, not the heart named in passing."""
    words = plain(text)
    return bool(_J6_HEART.search(words)) and bool(
        is_question(text) or _J6_WHAT_DO_I_DO.search(words)
    )


def j6_asks_for_both_crimes(text: str) -> bool:
    """ "So does it still say harassment too?", "Damage AND harassment please. Both." (Colin):
    the bot keeps one kind of crime; say so, and that both are told to the police."""
    words = plain(text)
    crimes = {m.group(0) for m in _J6_CRIMES.finditer(words)}
    if not crimes:
        return False
    if len(crimes) >= 2 and _J6_BOTH.search(words):
        return bool(re.search(r"\b(?:both|as well as|please|too)\b", words))
    return bool(_J6_STILL_SAYS.search(words)) and bool(
        re.search(r"\b(?:too|also|as well)\b", words)
    )


def j6_asks_if_call_shows_on_bill(text: str) -> bool:
    """ "if i call they see the number on my phone bill? my husband check everything" (Nadia)."""
    words = plain(text)
    return bool(
        _J6_PHONE_BILL.search(words)
        and _J6_SEE_CALL.search(words)
        and re.search(r"\b(?:call\w*|ring\w*|phon\w*|number)\b", words)
        and (is_question(text) or re.search(r"\b(?:if i|will (?:it|they|he|she))\b", words))
    )


def j6_asks_if_helpline_speaks_language(text: str) -> bool:
    """ "this number they speak bangla?", "the helpline have bengali speaker?" (Nadia): whether
    a helpline can talk to them in their language, not for a person in this chat."""
    words = plain(text)
    return bool(
        _J6_THEY_SPEAK.search(words)
        and _J6_LANGUAGES.search(words)
        and re.search(
            r"\b(?:this number|the number|that number|helpline|help line|the line|"
            r"they|them)\b",
            words,
        )
        and not re.search(r"\b(?:with me|to me)\b", words)
        and not _j6_asks_something_else(text)
    )


def _j6_asks_something_else(text: str) -> bool:
    """ "they speak arabic when they call? and if the boys come back what i do": a second
    question beside the language one, which the rows after this answer better."""
    others = [
        plain(part)
        for part in re.split(r"[?.!\n]+", text)
        if not (_J6_THEY_SPEAK.search(plain(part)) or _J6_LANGUAGES.search(plain(part)))
    ]
    return any(
        re.search(r"\b(?:what|how|if|will|can|could|should|do|does|is|are|when|where|why)\b", part)
        for part in others
    )


def j6_asks_about_child_benefit(text: str) -> bool:
    """ "the child benefit they take it. can i get it back in my name?" (Nadia)."""
    words = plain(text)
    return bool(_J6_CHILD_BENEFIT.search(words) and _J6_BENEFIT_TAKEN.search(words))


# -- round 41, helper J7 --
# Amira, 24, groped by her line manager at the office party, on probation: "I am concerned
# that if I raise this formally I may lose my job. I am still on probation.", "Is there anyone
# who can advise me on the employment side, regarding my job and probation?" (told "I can't
# answer"): harassment at work is unlawful, so is victimisation for complaining; Acas.
_J7_JOB_WORRY = re.compile(
    r"\b(?:lose|losing|lost|keep) my job\b|\b(?:on|still on|in my|during my) probation\b|"
    r"\bprobation(?:ary)? period\b|\bemployment (?:side|advice|law|rights|lawyer|solicitor|"
    r"adviser|advisor)\b|\b(?:an|a) hr (?:matter|issue|thing|complaint)\b|\bcrime (?:and|or) "
    r"(?:an |a )?hr\b|\b(?:sacked|fired|dismissed|let go)\b.{0,40}\b(?:report|complain|rais)\w*|"
    r"\b(?:report|complain|rais)\w*\b.{0,60}\b(?:sacked|fired|dismissed)\b"
)
_J7_SEXUAL_AT_WORK = re.compile(
    r"\b(?:touch\w*|grop\w*|sexual\w*|harass\w*|his hand|my bottom|my thigh|my bum)\b"
)
_J7_WORRIED = re.compile(r"\b(?:worried|concerned|afraid|scared|frightened|fear|anxious)\b")


def j7_harassed_at_work_fears_for_job(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    sexual = crime_type in ("sexual_offence", "stalking_harassment") or bool(
        _J7_SEXUAL_AT_WORK.search(words)
    )
    asked = is_question(text) or bool(_J7_WORRIED.search(words))
    return (
        sexual
        and asked
        and bool(_J7_JOB_WORRY.search(words))
        # Kasia's "Should I tell HR? I am scared I lose my job" has its own answer (round 38).
        and not asks_about_telling_work_after_a_sexual_assault(text, crime_type, answers)
    )


# Amira, before saying yes to keeping the chat: "Will my employer be informed of anything I say
# here?", "I would prefer my employer not to become aware of this conversation" (told "I can't
# answer" twice): the answer Tom got, that we don't send it to family, school or work.
_J7_WORK_FINDS_OUT = re.compile(
    r"\b(?:will|would|could|can|does|do|might|is) (?:my |the )?(?:employer|boss|manager|line "
    r"manager|work|company|hr|workplace|colleagues?|office)\b.{0,20}\b(?:be (?:informed|told|"
    r"notified|contacted|made aware)|find out|become aware|get told|hear about|know about|going "
    r"to know)\b|\b(?:prefer|want|rather|like) (?:for )?my (?:employer|boss|manager|line manager|"
    r"work|company|colleagues?) (?:not to|to not|didnt|doesnt|wont|never) (?:become aware|find "
    r"out|know|see|hear)\b"
)
_J7_POLICE_OR_COURT = re.compile(
    r"\b(?:police|court|trial|report|reported|reporting|cps|statement|officer)\b"
)


def j7_asks_if_work_is_told(text: str) -> bool:
    words = plain(text)
    return bool(_J7_WORK_FINDS_OUT.search(words)) and not _J7_POLICE_OR_COURT.search(words)


# Fatima, 50, whose son was killed by a speeding driver on his phone: "I want to speak in court
# ... Will they let a mother speak?" (got the witness answer), "I am not frightened of him. I
# want to speak about my son. In court. Can I?" (told "I can't answer"): a bereaved relative's
# Victim Personal Statement (utter_speak_in_court_vps).
_J7_WANTS_TO_SPEAK = re.compile(
    r"\blet (?:a |the )?(?:mother|mum|mom|father|dad|parent|family|families|relatives?|me|us) "
    r"(?:speak|talk|say)\b|\b(?:i|we) (?:want|would like|wish|need|d like) to (?:speak|talk|say "
    r"something|say a few words|tell the judge|be heard)\b.{0,80}\b(?:court|judge|trial)\b|"
    r"\b(?:court|judge)\b.{0,80}\b(?:i|we) (?:want|would like|wish) to (?:speak|talk|say "
    r"something)\b"
)


def j7_bereaved_asks_to_speak_in_court(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    bereaved = crime_type == "homicide" or (answers or {}).get("bereaved") is True
    return (
        bereaved
        and is_question(text)
        and bool(_J7_WANTS_TO_SPEAK.search(words))
        and not re.search(r"\b(?:witness statement|give evidence|have to speak|parole)\b", words)
    )


# Fatima: "He wasn't murdered, it was a car. Is there anyone for families where it was a
# driver?", "is there a group for families who lost someone on the road? The murder one doesnt
# seem right for us" (told "I can't answer"), and "What is the National Homicide Service? ...
# It was a car, is that homicide?": Brake's National Road Victim Service.
_J7_ROAD = re.compile(
    r"\b(?:on the roads?|road (?:deaths?|crash\w*|collisions?|accidents?|victims?)|a driver|the "
    r"driver|drivers|driving|car crash|hit by a (?:car|van|lorry|bus)|it was a (?:car|van|lorry|"
    r"bus|driver|crash)|run over|ran over|knocked down)\b"
)
_J7_GROUP = re.compile(
    r"\b(?:group|groups|charity|charities|anyone|anybody|someone|somebody|organisation|service|"
    r"services|support|help)\b"
)
_J7_LOST = re.compile(
    r"\b(?:lost|lose|died|killed|dead|death|bereaved|families|family|murdered|son|daughter|"
    r"husband|wife|child)\b"
)
_J7_WHAT_HOMICIDE = re.compile(
    r"\bwhat (?:is|s) (?:the |this |that )?(?:national )?homicide service\b|\b(?:is|does) "
    r"(?:that|it|this) (?:count as |called |a )?homicide\b"
)


def _j7_road_death(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    told = "road_crash" in ((answers or {}).get("account_details") or ())
    died = crime_type == "homicide" or (answers or {}).get("bereaved") is True
    return (told or bool(_J7_ROAD.search(words))) and (died or bool(_J7_LOST.search(words)))


def j7_asks_what_homicide_service_is_after_road_death(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    return (
        is_question(text)
        and bool(_J7_WHAT_HOMICIDE.search(plain(text)))
        and _j7_road_death(text, crime_type, answers)
    )


def j7_asks_for_road_death_support(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(re.search(r"\b(?:is there|are there|who|anyone|anybody|any)\b", words))
        and bool(_J7_GROUP.search(words))
        and (
            bool(_J7_ROAD.search(words))
            or (
                "road_crash" in ((answers or {}).get("account_details") or ())
                and bool(re.search(r"\b(?:group|groups|charity|charities|families)\b", words))
            )
        )
        and _j7_road_death(text, crime_type, answers)
        and not re.search(r"\binquest\b", words)  # the inquest answer (utter_inquest)
    )


# Fatima, after her referral: "Sorry for writing so much. I just needed someone to listen."
# (told "I can't do more with that here"): a kind word.
_J7_SORRY_FOR_WRITING = re.compile(
    r"\bsorry (?:for|about) (?:writing|typing|going on|rambling|all (?:this|that|of this)|the "
    r"long (?:message|messages)|so many messages|the essay|writing so much|so much)\b|\b(?:i )?"
    r"(?:just )?needed (?:someone|somebody|some one) to (?:listen|talk to|hear me)\b"
)


def j7_apologises_for_writing(text: str) -> bool:
    return bool(_J7_SORRY_FOR_WRITING.search(plain(text)))


# Marcus, 44, a bus driver punched by a fare dodger: "will I have to stand there and face him?
# Don't fancy being in the same room as him tbh" (told "I can't answer"): special measures
# (utter_court).
_J7_FACE_HIM = re.compile(
    r"\b(?:have to|need to|got to|gotta|must i|make me) (?:\w+ ){0,3}(?:face|look at) (?:him|"
    r"her|them|the (?:man|guy|bloke|person|woman|lad))\b|\b(?:same room|same court ?room) as "
    r"(?:him|her|them|the (?:man|guy|bloke|person|woman|lad))\b|\bstand there and face\b"
)


def j7_asks_if_they_must_face_him(text: str) -> bool:
    words = plain(text)
    return (
        (is_question(text) or "dont fancy" in words)
        and bool(_J7_FACE_HIM.search(words))
        and not re.search(r"\b(?:home|house|kids|children|contact|school gates?)\b", words)
    )


# Marcus: "can I get compensation for this? I've lost overtime" and "What about that criminal
# injuries thing my mate mentioned" (both got the witness expenses text), "the CICA one, is
# there a time limit on that?" (not answered until asked again).
_J7_CICA = re.compile(r"\b(?:cica|criminal injur\w*)\b")
_J7_CICA_ASKS = re.compile(
    r"\bwhat about\b|\btime limits?\b|\bdeadline\b|\bhow long (?:do i have|have i got|have i)\b|"
    r"\bwhat (?:is|s) (?:that|the|this)\b|\b(?:thing|scheme) (?:my|a|the) (?:mate|friend|"
    r"colleague|wife|husband|partner|mum|dad)\b|\bcan i (?:claim|apply|get)\b"
)
_J7_COMPENSATION_LOST_PAY = re.compile(
    r"\bcompensation\b.{0,60}\b(?:lost|losing|miss\w*) (?:overtime|wages|earnings|pay|shifts|"
    r"work)\b|\b(?:lost|losing|miss\w*) (?:overtime|wages|earnings|pay|shifts)\b.{0,60}\b"
    r"compensation\b"
)


def j7_injured_asks_about_cica(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if "road_crash" in ((answers or {}).get("account_details") or ()) or crime_type not in (
        *VIOLENT,
        None,
    ):
        return False
    named = bool(_J7_CICA.search(words)) and bool(_J7_CICA_ASKS.search(words))
    lost_pay = crime_type is not None and bool(_J7_COMPENSATION_LOST_PAY.search(words))
    return (is_question(text) or named) and (named or lost_pay)


# Marcus: "the bloke who hit me won't get my number or anything will he", "and my number - he
# won't get it?" (told "I can't answer").
_J7_THEY_GET_MY_NUMBER = re.compile(
    r"\b(?:he|she|they|him|her|the (?:bloke|man|guy|person|lad|woman|offender|suspect|attacker)"
    r"(?: who \w+ (?:me|us))?)\b.{0,30}\b(?:get|gets|be given|be told|be sent)\b.{0,10}\b"
    r"(?:my|our) (?:number|phone number|mobile|address|email|details|contact "
    r"details)\b|\b(?:my|our) (?:number|phone number|address|details)\b.{0,20}\b(?:he|she|they) "
    r"(?:wont|will not|cant|wouldnt|doesnt) (?:get|be given|be sent)\b|\b(?:give|pass|share|"
    r"send) (?:my|our) (?:number|address|details) (?:on )?to (?:him|her|them|the (?:bloke|man|"
    r"guy|person|offender|suspect|attacker))\b"
)


def j7_asks_if_offender_gets_their_number(text: str) -> bool:
    words = plain(text)
    return (
        (is_question(text) or bool(re.search(r"\bwill (?:he|she|they)\s*$", words)))
        and bool(_J7_THEY_GET_MY_NUMBER.search(words))
        and not _J7_POLICE_OR_COURT.search(words)
    )


# -- round 41, helper J5 --
# Harold, 80, conned out of £8,000 by fake police and a courier: "A gentleman from Action Fraud
# has been telephoning me ... a release fee of £400 ... Is he genuine?" got the romance-scam
# signs; "Surely I can trust Action Fraud?" and "What ought I say to him?" got "Report Fraud ...
# It's real"; "How could he know that unless he was genuine?" got the privacy answer; "so he is
# genuine after all ... I shall ... sort out the fee" got nothing. A caller who claims to be
# Action Fraud or the police and offers money back is a recovery scam, whatever is asked.
_J5_OFFICIAL = (
    r"(?:action fraud|report fraud|the police|police|scotland yard|the fraud squad|fraud squad|"
    r"city of london police|the met|the nfib|the national fraud\w*(?: \w+)?)"
)
_J5_SOMEONE = (
    r"(?:he|she|they|man|gentleman|gent|lady|woman|chap|caller|someone|somebody|bloke|guy|"
    r"person|officer|detective|fellow|a \w+ who)"
)
_J5_CLAIMS_OFFICIAL = re.compile(
    rf"\b{_J5_SOMEONE}\b(?: \w+){{0,5}} (?:from|of|at|with|works? for|working for) "
    rf"{_J5_OFFICIAL}\b|"
    r"\b(?:action fraud|report fraud) (?:gentleman|gent|man|lady|woman|chap|caller|bloke|guy|"
    r"person|officer|fellow|people|advisor|adviser)\b|"
    r"\b(?:action fraud|report fraud) (?:has |have |keeps? |kept |is |are )?(?:been )?(?:rang|"
    r"rung|ringing|called|calling|phoned|phoning|telephoned|telephoning|contacted|rings|calls|"
    r"phones)\b|"
    rf"\b{_J5_SOMEONE} (?:says|said|claims|claimed|told me) (?:he|she|they) (?:is|was|are|were|"
    rf"s|re) (?:from |with |an? )?{_J5_OFFICIAL}\b"
)
# What makes the call matter: money back, a fee, or whether to believe or answer the caller.
_J5_CALL_MATTERS = re.compile(
    r"\b(?:fee|fees|charge|pay|paying|recover\w*|money back|get (?:it|my money|the money) back|"
    r"refund\w*|release|genuine|real|trust|legit\w*|official|believe|what (?:ought|should|do|"
    r"shall) i (?:say|tell|do)|answer (?:it|him|her|them|the phone)|ringing (?:back|again)|"
    r"calling (?:back|again)|is (?:he|she|it) (?:genuine|real|legit\w*|true)|are they "
    r"(?:genuine|real|legit\w*))\b"
)
# "I shall take his call at 4 then and sort out the fee", "I'll pay him the £400".
_J5_WILL_PAY = re.compile(
    r"\b(?:i shall|ill|i will|im going to|i am going to|im gonna|i m gonna|gonna|going to|i may|"
    r"i might|i must|i have to|i need to|i ought to|i should|let me|we will|well|we shall|"
    r"were going to|we are going to)\b(?: \w+){0,10} (?:pay|sort out|sort|settle|send|transfer|"
    r"hand over|give (?:him|her|them))\b(?: \w+){0,4} (?:fee|fees|charge|charges|release|admin|"
    r"tax|taxes|£ ?\d[\d ]*|\d[\d ]* pounds)\b"
)
_J5_GENUINE_AFTER_ALL = re.compile(
    r"\b(?:so |then )?(?:he|she|they|the caller|the gentleman|the man|it) (?:is|was|are|s|re) "
    r"(?:genuine|real|legit\w*|official|telling the truth) (?:after all|then|really)\b"
)
_J5_OFFICIAL_WORDS = re.compile(r"\b(?:action fraud|report fraud|police|officer|detective)\b")
_J5_NOT_A_SCAM_FEE = re.compile(
    r"\b(?:solicitors?|lawyers?|courts?|locksmiths?|vets?|dentists?|gp|doctors?|parking|council|"
    r"rent|landlords?|nursery|school|tv licence|bills?)\b"
)
_J5_MONEY_BACK = re.compile(
    r"\b(?:recover\w*|money back|get (?:it|my money|the money) back|refund\w*|release fee|"
    r"action fraud|report fraud|genuine|real|legit\w*|official)\b"
)


def j5_fake_official_caller(text: str, crime_type: str | None) -> bool:
    """Someone ringing as Action Fraud or the police about a fraud: "A gentleman from Action
    Fraud ... a release fee ... Is he genuine?", "the Action Fraud gentleman is ringing at 4
    o'clock. What ought I say to him?". Not "should I call Action Fraud?" or "is Action Fraud
    real?", which the answer about Report Fraud answers."""
    words = plain(text)
    scam = crime_type == "fraud" or bool(
        re.search(r"\b(?:fraud|scam\w*|con|conned|fee|recover\w*|money back)\b", words)
    )
    return scam and bool(_J5_CLAIMS_OFFICIAL.search(words) and _J5_CALL_MATTERS.search(words))


def j5_means_to_pay_a_recovery_fee(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> Say | None:
    """Told, not asked: "Ah, so he is genuine after all. Very good, I shall take his call at 4
    then and sort out the fee." Whatever question is pending, the warning: a caller claiming to
    be official gets the fake-caller answer; any other fee to get money back, the recovery-fee
    one."""
    words = plain(text)
    fraud = crime_type == "fraud" or (answers or {}).get("crime_type") == "fraud"
    if not (fraud or (_J5_MONEY_BACK.search(words) and re.search(r"\bfee|£", words))):
        return None
    pays = bool(_J5_WILL_PAY.search(words)) and not _J5_NOT_A_SCAM_FEE.search(words)
    believes = fraud and bool(_J5_GENUINE_AFTER_ALL.search(words))
    if not (pays or believes):
        return None
    if believes or _J5_CLAIMS_OFFICIAL.search(words) or _J5_OFFICIAL_WORDS.search(words):
        return Say(response="utter_j5_fake_official_caller")
    return Say(response="utter_recovery_fee")


# "How could he know that unless he was genuine?", "I asked how the gentleman knew about my
# money."
_J5_HOW_KNEW = re.compile(
    r"\bhow (?:else |on earth |then )?(?:(?:could|did|does|would|can|do|else would|come) )?"
    r"(?:he|she|they|the (?:gentleman|gent|man|woman|lady|caller|chap|bloke|guy|person|scammers?|"
    r"fraudsters?|officer)) (?:have |has )?(?:know|knew|known|knows|find out|found out)\b"
)
_J5_KNEW_WHAT = re.compile(
    r"\b(?:genuine|real|unless|legit\w*|official|action fraud|report fraud|police|recover\w*|fee|"
    r"money back|courier|about (?:my|the|all|it|everything)|my money|all that|so much|everything|"
    r"£ ?\d|\d+ ?000)\b"
)


def j5_asks_how_the_caller_knew(text: str, crime_type: str | None) -> bool:
    """How a caller offering help knew about the money lost (fraud only): the people behind a
    scam keep or sell their victims' details; knowing them proves nothing."""
    words = plain(text)
    return (
        crime_type == "fraud"
        and bool(_J5_HOW_KNEW.search(words))
        and bool(_J5_KNEW_WHAT.search(words))
    )


# Kwame, 19, attacked by five men, fought back, arrested and released under investigation
# (RUI): "can i still get help as a victim if im a suspect as well?", "im released under
# investigation. does that mean i cant be a victim", "do i still get these rights if im under
# investigation myself for the same fight", "am i a victim or a suspect". Then "if i tell the
# police what happened to me can they use it against me for my case", "do i need a solicitor
# for the RUI thing".
_J5_SUSPECTED = re.compile(
    r"\b(?:rui|rui d|ruid|released under investigation|release under investigation|under "
    r"investigation|arrested|a suspect|suspect (?:as well|too)|on bail|bailed|interviewed under "
    r"caution|(?:im|i am|i m) (?:the )?suspect)\b"
)
_J5_STILL_A_VICTIM = re.compile(
    r"\b(?:(?:still )?(?:get|have|keep|be entitled to|qualify for) (?:any |the |these |my |that |"
    r"victim )?(?:help|support|rights|victims? rights|victim support)(?: as a victim)?|"
    r"(?:cant|can not|cannot|not allowed to|still|even) be (?:a |the )?victim|"
    r"am i (?:still )?(?:a |the )?victim|(?:a |the )?victim or (?:a |the )?suspect|"
    r"suspect or (?:a |the )?victim|count as (?:a |the )?victim|(?:still )?(?:a |the )?victim "
    r"(?:too|as well|still)|help as a victim)\b"
)


def j5_asks_if_a_suspect_is_still_a_victim(text: str, crime_type: str | None) -> bool:
    """Their own case: someone under investigation who was also attacked (Kwame). Not a victim
    asking about the person who hurt them ("he's been arrested, do I still get support?" is
    about their own rights as a victim, and the suspect is "he")."""
    words = plain(text)
    if not (is_question(text) or re.search(r"\b(?:does that mean|i asked)\b", words)):
        return False
    own = re.search(
        r"\b(?:im|i am|i m|i was|i got|i been|ive been|i have been|me|myself|they (?:arrested|"
        r"rui d|ruid) me)\b(?: \w+){0,3} (?:rui|rui d|ruid|released|under investigation|arrested|"
        r"a suspect|suspect|on bail|bailed|interviewed)\b|\b(?:arrested|ruid|rui d) (?:me|myself)\b"
        r"|\b(?:victim or (?:a |the )?suspect|suspect or (?:a |the )?victim|suspect as well|"
        r"suspect too|under investigation myself)\b",
        words,
    )
    return bool(own and _J5_SUSPECTED.search(words) and _J5_STILL_A_VICTIM.search(words))


_J5_USED_AGAINST_ME = re.compile(
    r"\b(?:use|used|using|hold) (?:it|that|this|what i (?:say|said|tell them)|anything|my "
    r"(?:statement|story|account|words)) against me\b|\bused against me\b"
)


def j5_asks_if_their_account_is_used_against_them(text: str, crime_type: str | None) -> bool:
    """ "if i tell the police what happened to me can they use it against me for my case":
    their own case (a suspect's words, RUI, or "my case" beside "against me")."""
    words = plain(text)
    asked = is_question(text) or bool(
        re.search(
            r"\b(?:can|could|will|would|do|does|might) (?:they|the police|police|it|that)\b", words
        )
    )
    if not asked or not _J5_USED_AGAINST_ME.search(words):
        return False
    return bool(
        _J5_SUSPECTED.search(words)
        or re.search(
            r"\bagainst me (?:for|in|on) (?:my|the) (?:case|charge|investigation)\b", words
        )
    )


_J5_RUI = re.compile(r"\b(?:rui|rui d|ruid|released under investigation)\b")


def j5_asks_about_rui(text: str) -> bool:
    """ "do i need a solicitor for the RUI thing", "what does RUI mean": what it is, and a
    solicitor."""
    words = plain(text)
    asked = is_question(text) or bool(
        re.search(r"\b(?:what (?:does|do|is|s)|whats|do i need|does that mean|means)\b", words)
    )
    return asked and bool(_J5_RUI.search(words))


# Yusuf, 28, punched through his car window at the lights; he got out and pushed the man back:
# "is that a crime? pushing him" got "Yes ... this is likely to be an assault, which is a crime",
# read as his push; "wait so i committed assault?? he hit me first", "am i gonna get charged",
# "if i report it do they arrest me as well for the push", "is it self defence if he hit first"
# got a skip, nothing, the Right 6 text and "I can't answer". Reasonable force in self-defence
# is lawful (Criminal Justice and Immigration Act 2008, s.76).
_J5_FOUGHT_BACK = re.compile(
    r"\b(?:i|me|and) (?:\w+ ){0,3}(?:pushed|shoved|hit|punched|kicked|swung at|grabbed|slapped|"
    r"headbutted|elbowed) (?:him|her|them|the (?:man|guy|bloke|driver|lad))\b|\b(?:pushing|shoving|"
    r"hitting|punching) (?:him|her|them)\b|\b(?:push\w*|shov\w*|hit\w*|swing\w*|swung|fought|"
    r"fight\w*|punch\w*) (?:him |her |them )?back\b|\bthe push\b|\bmy push\b|\bdefend\w* "
    r"(?:myself|me)\b|\bself ?defen[cs]e\b"
)
_J5_IS_IT_A_CRIME_MINE = re.compile(
    r"\b(?:is|was|isnt|wasnt) (?:that|it|this|pushing \w+|what i did) (?:\w+ )?(?:a crime|"
    r"illegal|assault|an assault|against the law|an offence|a criminal offence|self ?defen[cs]e)"
    r"\b|\b(?:did|have|had) i (?:\w+ )?(?:commit\w*|do|done) (?:a crime|an? assault|assault|"
    r"anything (?:wrong|illegal)|an offence)\b|\bi (?:committed|commited|did) (?:a crime|an? "
    r"assault|assault|an offence)\b|\bam i (?:guilty|in the wrong|a criminal)\b|\bself ?"
    r"defen[cs]e\b|\b(?:allowed|legal|lawful|ok) to (?:push|hit|defend|fight)\b"
)
_J5_FEARS_CHARGE = re.compile(
    r"\b(?:am|will|would|could|can|do|might|are|is) (?:i|they|the police|police|the feds|feds|"
    r"cops) (?:\w+ ){0,2}(?:get|be|gonna get|going to get|gonna be|going to be) (?:charged|"
    r"arrested|nicked|done|prosecuted|in trouble)\b|\b(?:arrest|charge|nick|prosecute|do) me "
    r"(?:as well|too|for)\b|\b(?:get|getting) me (?:charged|arrested|nicked|done)\b|"
    r"\b(?:am|will) i (?:gonna |going to )?(?:get|be) (?:charged|arrested|nicked|done|prosecuted)\b"
)
_J5_OTHER_TROUBLE = re.compile(
    r"\b(?:knife|knives|blade|weapon|carry\w*|drugs?|weed|cannabis|visa|deport\w*|immigration|"
    r"status|papers|benefits|not reporting|lying|lied|wasting|sending (?:them|the|pics|it)|"
    r"nudes?|pics?|photos?|sexting|speeding|driving|insurance|licence|license)\b"
)
_J5_FIGHT_CRIMES = frozenset({"assault", "serious_violence", "attempted_murder", "robbery"})


def j5_asks_if_pushing_back_is_a_crime(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Whether their own push or punch back was a crime, or self-defence (a stranger's attack;
    a partner or relative has the domestic abuse answers)."""
    words = plain(text)
    if not is_question(text) or _close(crime_type, answers or {}):
        return False
    if crime_type not in _J5_FIGHT_CRIMES and crime_type is not None:
        return False
    if re.search(r"\bself ?defen[cs]e\b", words):
        return not re.search(r"\b(?:class\w*|course|lessons?|spray|alarm|weapon|knife)\b", words)
    mine = bool(_J5_IS_IT_A_CRIME_MINE.search(words))
    if re.search(r"\bi (?:committed|commited|did) (?:a crime|an? assault|assault)\b", words):
        return crime_type in _J5_FIGHT_CRIMES
    return mine and bool(_J5_FOUGHT_BACK.search(words))


def j5_fears_being_charged_for_defending(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "am i gonna get charged", "if i report it do they arrest me as well for the push", from
    someone attacked by a stranger (a fight, a robbery), or who says they fought back."""
    words = plain(text)
    if not is_question(text) or _close(crime_type, answers or {}):
        return False
    if not _J5_FEARS_CHARGE.search(words) or _J5_OTHER_TROUBLE.search(words):
        return False
    if f8_asks_if_defending_gets_them_in_trouble(text, crime_type, answers):
        return False  # "i pushed him off me, will i get arrested?": reasonable force (round 39)
    return crime_type in _J5_FIGHT_CRIMES or bool(_J5_FOUGHT_BACK.search(words))


# "what do i do with the video", "should i post it online or send it to police or what",
# "its not that kind of video bro. its a fight video", "so i just send the video to 101 or
# what": the evidence answer (keep it, don't post it, give it to the police), not the
# Revenge Porn Helpline.
_J5_FIGHT_VIDEO = re.compile(
    r"\bwhat (?:do|should|shall|can) (?:i|we) do with (?:the|this|that|it|his|her|my|our) ?"
    r"(?:video|vid|footage|clip|recording)?\b|\b(?:post|put|upload) (?:it|the video|the vid|"
    r"the footage|the clip) (?:online|on \w+)\b.{0,40}\b(?:or|and) (?:send|give|show|take)\b|"
    r"\b(?:fight|assault|attack|road rage|punch) (?:video|vid|footage|clip)\b|\bnot that kind of "
    r"(?:video|vid|footage|clip)\b|\b(?:send|give|show|take) (?:the |this |that |his |my )?"
    r"(?:video|vid|footage|clip|recording) (?:to|in to|into) (?:101|the police|police|the feds|"
    r"feds|the cops)\b"
)


def j5_asks_what_to_do_with_a_fight_video(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if crime_type not in _B1_IN_PERSON_CRIMES or _b1_intimate_context(crime_type, answers):
        return False
    if not _B1_VIDEO.search(words) or _INTIMATE.search(words) or _B1_THREAT_SAID.search(words):
        return False
    if re.search(r"\b(?:mocking|laughing|laugh\w*|mock\w*|filmed me)\b", words):
        return False  # a video made to mock them: the take-down answers
    return bool(_J5_FIGHT_VIDEO.search(words))


# A fee to a scammer is warned about each time it is said, not once.
ANSWERED_EVERY_TIME = ANSWERED_EVERY_TIME | {"utter_j5_fake_official_caller", "utter_recovery_fee"}


# -- round 41, helper J1 --
# "my ex has put nudes of me on a website omg i cant breathe" (Jess) was told it could be a heart
# attack: breathlessness from shock or panic, with no chest pain or other sign, gets a calm way
# to breathe, and 999 if chest pain comes or it does not pass. "i cant breathe" alone, or beside
# chest pain, a blow or a hand on the neck, stays 999.
_J1_PANIC_CUE = re.compile(
    r"\b(?:omg|oh my god|oh my days|oh god|omfg|wtf|panic\w*|freak\w* out|freaking|shaking|"
    r"crying|cant stop crying|in tears|cant believe|so scared|so upset|anxious|anxiety|"
    r"nudes?|pics?|pictures?|photos?|images?|videos?|website|online|posted|shared|everyone "
    r"(?:will|can|has) (?:see|seen)|scam\w*|all my money|my savings)\b"
)
_J1_BODY_CAUSE = re.compile(
    r"\b(?:hit|hits|punch\w*|kick\w*|stabb?\w*|beat|beaten|attack\w*|push\w*|fell|chest|ribs?|"
    r"asthma\w*|inhaler|smoke|fire|allerg\w*|swell\w*|swollen|throat|neck|chok\w*|strangl\w*|"
    r"blood|bleed\w*|faint\w*|pass(?:ed|ing) out|collaps\w*|blue|lips|arm|jaw|drooping|"
    r"slurr\w*|spiked|drugged|drink|pills|tablets|overdos\w*|took)\b"
)


def j1_panic_breathless(text: str) -> bool:
    """ "omg i cant breathe" in a message about pictures posted online: panic, not a heart
    attack (no chest pain, no blow, no other sign)."""
    words = plain(text)
    return (
        bool(_NO_BREATH.search(words))
        and not _MEDICAL_EMERGENCY.search(_NO_BREATH.sub(" ", words))
        and not _J1_BODY_CAUSE.search(words)
        and bool(_J1_PANIC_CUE.search(words))
    )


# "no. they said theyd jump me if i snitch" (Tom, 15, robbed on his way to school): a threat to
# stop him telling, which is intimidation, and itself a crime.
_J1_THREAT_IF_TELL = re.compile(
    r"\b(?:said|say|says|told me|threatened|threaten|warned)\b.{0,30}\b(?:jump|get|batter|beat|"
    r"hurt|stab|shank|do|sort|deal with|come for|come after|smash|merk|bang)\w* (?:me|us|my \w+)"
    r"\b.{0,20}\bif (?:i|we) (?:snitch|grass|tell|told|report|go to the police|went to the "
    r"police|talk|speak|say anything)\w*\b"
)


def j1_threatened_if_they_tell(text: str) -> bool:
    return bool(_J1_THREAT_IF_TELL.search(plain(text)))


# "and if i do tell police will the boys know it was me that snitched" (Tom, 15).
_J1_KNOW_IT_WAS_ME = re.compile(
    r"\b(?:will|would|do|does|could|can|might)(?: the| them| those| these)? (?:boys|lads|girls|"
    r"kids|olders?|older (?:boys|lads|ones)|gang|man dem|mandem|people|ppl|ones|bullies|he|she|"
    r"they|them)\b.{0,30}\b(?:know|find out|work out|guess|figure out)\b.{0,20}\b(?:it was me|"
    r"i (?:told|snitched|grassed|reported|said)|who (?:told|snitched|grassed|reported))\b"
)


def j1_asks_if_they_will_know_young(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Under 18 (the adults' answer names no way to tell without a name for the young)."""
    return _young(answers) and bool(_J1_KNOW_IT_WAS_ME.search(plain(text)))


# "can u delete what i told u. i dont want the bridge thing written down anywhere", "can u just
# delete the bridge bit and keep the rest so they still text me about the pics?" (Jess): one part
# of the chat, which cannot be deleted on its own.
_J1_DELETE_ONE_PART = re.compile(
    r"\b(?:delete|remove|erase|wipe|take out|get rid of|cross out)\b.{0,30}\b(?:what i (?:told|"
    r"said|wrote|typed|put)(?: (?:u|you|about))?|(?:the|that|this) \w+ (?:bit|part|thing)|(?:that|"
    r"this|one|the last) (?:bit|part|message|msg)|(?:the|my) last (?:\w+ )?(?:messages?|msgs?))\b|"
    r"\bkeep the rest\b"
)
# Their pictures or someone else's messages, not what they told us.
_J1_NOT_WHAT_THEY_TOLD = re.compile(
    r"\b(?:delete|remove|erase|wipe|take out|get rid of)\b(?: \w+){0,3}? (?:the |my |his |her |"
    r"their |those |these )?(?:photos?|pictures?|pics?|images?|videos?|nudes?|posts?|accounts?|"
    r"profile|texts|messages from)\b"
)


def j1_asks_to_delete_one_part(text: str) -> bool:
    words = plain(text)
    return bool(_J1_DELETE_ONE_PART.search(words)) and not _J1_NOT_WHAT_THEY_TOLD.search(words)


# "will the support person see what i said about the bridge?" (Jess): who reads what they said.
_J1_TEAM_SEES_WHAT_I_SAID = re.compile(
    r"\b(?:will|would|can|could|do|does)(?: the| your| a| my)? (?:support (?:person|worker|"
    r"team|people)|worker|team|person|they|anyone|someone|people)\b(?: \w+){0,2}? (?:see|read|"
    r"know|find out|be told)\b(?: \w+){0,2}? (?:what i (?:said|told (?:you|u)|wrote|typed) "
    r"about|the \w+ (?:bit|part|thing))\b"
)


def j1_asks_if_team_sees_what_they_said(text: str) -> bool:
    return bool(_J1_TEAM_SEES_WHAT_I_SAID.search(plain(text)))


def j1_told_in_passing(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """Said beside an answer, and answered there too: panic breathing, or a threat made to stop
    them telling."""
    if j1_panic_breathless(text):
        return Say(response="utter_j1_panic_breathing")
    if j1_threatened_if_they_tell(text):
        return Say(response="utter_j1_threat_if_you_tell")
    return None


# -- round 41, helper J4 --
# Marta, 29, raped two nights before by the father of the family she lives with as an au pair:
# "should I see a doctor, he did not use protection", "I can be pregnant? Or disease? Where do I
# go for this, I don't have GP here" (the head-injury text, then "I can't answer").
_J4_PREGNANCY_OR_INFECTION = re.compile(
    r"\b(?:pregnan\w*|diseases?|infections?|infected|stis?|stds?|hiv|(?:did not|didnt|did nt|"
    r"dont|never|no) (?:use |wear |have )?(?:any )?(?:protection|a condom|condoms?)|without (?:a |"
    r"any )?(?:condom|protection)|unprotected)\b"
)
# "im pregnant and he hit me", "i have hiv": their own condition, not a risk from the assault.
_J4_OWN_CONDITION = re.compile(
    r"\b(?:im|i am|i m|shes|she is|she s) (?:\w+ )?(?:pregnant|hiv positive)\b|\b(?:have|has|got) "
    r"hiv\b|\bliving with hiv\b|\bon the pill\b"
)
_J4_WHERE_OR_DOCTOR = re.compile(
    r"\b(?:where (?:do|can|should) i go|(?:see|go to|need) (?:a|the) (?:doctor|gp|clinic)|"
    r"(?:dont|do not|no) (?:have (?:a )?)?gp|can i be|could i be|am i|what do i do)\b"
)


def j4_asks_about_pregnancy_or_infection(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    sexual = crime_type == "sexual_offence" or bool((answers or {}).get("possible_sexual_offence"))
    return (
        sexual
        and (is_question(text) or bool(_J4_WHERE_OR_DOCTOR.search(words)))
        and bool(_J4_PREGNANCY_OR_INFECTION.search(words))
        and not _J4_OWN_CONDITION.search(words)
        # Tests ("is it too late to get tested ... stds") and the clock ("is 2 days too late")
        # keep their answers (utter_evidence_advice, utter_ec_and_pep_go_today).
        and not re.search(r"\btest\w*\b", words)
        and not asks_about_emergency_contraception_or_pep_in_time(text, crime_type, answers)
        and not asks_where_to_get_an_hiv_test(text)
    )


# Marta: "Which council?", "And Brent council, what is the number for tonight?"
_J4_WHICH_COUNCIL = re.compile(
    r"\bwhich council\b|\bcouncil\b(?: \w+){0,6} (?:number|phone|tonight|out of hours)\b|"
    r"\b(?:number|phone) (?:for|of) (?:the |my )?(?:\w+ )?council\b"
)


def j4_asks_which_council_tonight(text: str, crime_type: str | None) -> bool:
    return crime_type == "sexual_offence" and bool(_J4_WHICH_COUNCIL.search(plain(text)))


# Marta: "If I leave the house, can I still get my money? They owe me 3 weeks of wages", "But
# the money? He pays me cash. I am scared he will not pay if I go".
_J4_WAGES = re.compile(
    r"\b(?:wages?|salary|(?:pays|paid|pay) me|(?:owe|owes|owed) me|(?:will not|wont|not) pay(?: "
    r"me)?)\b"
)
_J4_LEAVING = re.compile(r"\b(?:leave|leaving|left|go|quit|stop working|the money|my money)\b")


def j4_asks_about_wages_if_they_leave(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        crime_type not in ("fraud", "theft", "robbery", "burglary", "domestic_abuse")
        and not re.search(r"\bcards?\b", words)  # a partner holding the card: economic abuse
        and bool(_J4_WAGES.search(words))
        and bool(_J4_LEAVING.search(words))
        and not re.search(r"\b(?:compensation|cica|back from|refund\w*)\b", words)
        and (is_question(text) or bool(re.search(r"\b(?:scared|afraid|worried)\b", words)))
    )


# Eileen, 91, and her daughter Carol: "she's had no update from police since weds, is that
# normal?", "what are the police supposed to do about keeping her updated?", "whether the
# police ought to have told us something by now. It has been nearly a week."
_J4_NO_UPDATE = re.compile(
    r"\b(?:no|any|an) updates?\b|\bkeep(?:ing)? (?:her|him|me|us|them) (?:updated|informed|"
    r"posted|in the loop)\b|\b(?:heard|had) (?:nothing|anything)\b|\bnot heard (?:anything|back)\b|"
    r"\b(?:ought to|should|supposed to) have (?:told|updated|contacted|called|rung) (?:us|me|her|"
    r"him)\b"
)


def j4_asks_about_police_updates(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        crime_type != "homicide"
        and (answers or {}).get("reported_to_police") is not False
        and bool(re.search(r"\b(?:police|officer|constable|pc)\b", words))
        and bool(_J4_NO_UPDATE.search(words))
        and (
            is_question(text)
            or bool(re.search(r"\b(?:asking|want to know|wondering|whether|normal)\b", words))
        )
    )


# Patrick, for his wife (70, dementia), a home care worker suspected: "if I complain, will the
# agency know it was me?", "Will the agency find out it was me who complained?", "do they tell
# the care agency who raised it? I'm frightened of them dropping us."
# The agency, not the carer who did it ("would my carer find out it was me who reported it?" is
# utter_who_reported_it).
_J4_CARE_PROVIDER = r"(?:agency|care company|care firm|care home|the home|care provider|manager)"
_J4_WHO_RAISED = re.compile(
    rf"\b{_J4_CARE_PROVIDER}\b(?: \w+){{0,3}} (?:know|find out|found out|be told|hear|learn)\b"
    r"(?: \w+){0,3} (?:it was me|it was us|who (?:complained|raised|reported|told)|my name|"
    r"(?:that )?i (?:complained|reported|raised|told))\b|"
    rf"\btell (?:the |my |her |his )?(?:care )?{_J4_CARE_PROVIDER} who (?:raised|reported|"
    r"complained|told|made)\b"
)


def j4_asks_if_care_provider_learns_who_raised_it(text: str) -> bool:
    return is_question(text) and bool(_J4_WHO_RAISED.search(plain(text)))


# Leah, burgled while on holiday: "do i touch stuff or leave it for fingerprints??", "will the
# police actually come round and do fingerprints?", "fingerprints. will they come. yes or no".
_J4_FINGERPRINTS = re.compile(r"\b(?:fingerprints?|finger prints?|forensics?|dna)\b")


def j4_asks_about_fingerprints_after_a_burglary(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        crime_type in ("burglary", None)
        and bool(_J4_FINGERPRINTS.search(words))
        and not re.search(r"\b(?:rap\w*|sexual\w*|havens?|spik\w*)\b", words)
        and (is_question(text) or bool(re.search(r"\b(?:yes or no|will they)\b", words)))
    )


def j4_no_one_known_has_a_key(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Leah, burgled by people she doesn't know: "do the locks count? like the insurance said
    ... 5 lever locks" got "If you think he has a key ... If he comes back, call 999"."""
    words = plain(text)
    if _KEY_RISK.search(words) or re.search(r"\bkeys?\b", words):
        return False
    return (answers or {}).get("relationship_to_offender") in ("unknown", "stranger") or bool(
        re.search(
            r"\b(?:\d+ lever|lever locks?|locks? count|(?:insurance|insurer|insurers) said|"
            r"(?:my|the) policy|(?:dont|do not) know who (?:did it|it was|done it))\b",
            words,
        )
    )


# -- round 41, helper J2 --
# Rob, 38, whose 17-year-old daughter's nude pictures her ex shared in a group chat, and
# Ayesha, 16, whose "boyfriend" (20) says he will post a video of her unless she comes over.
#
# 1. Evidence when the person in the pictures is under 18: copying, keeping or forwarding a
# nude picture of an under-18 is a crime (Protection of Children Act 1978, s.1), even as
# evidence, so the answers that say "screenshot" or "keep photos" are swapped for ones that say
# not to, and to note names, dates and links for the police instead.
_J2_CHILD_NAMED = re.compile(
    r"\b(?:my|our|her|his) (?:daughter|son|child|kid|kids|children|girl|boy|little girl|little "
    r"boy|teenager|teen|stepdaughter|stepson|step daughter|step son|grandaughter|granddaughter|"
    r"grandson)\b|\b(?:shes|hes|she is|he is|theyre|they are|(?:she|he|they) (?:was|were|are|is) "
    r"only|(?:daughter|son|child|girl|boy) is|aged?) (?:only )?1[0-7]\b|"
    r"\b1[0-7] ?(?:year|yr)s? ?old\b|\bunder ?(?:age|18|16)\b|\bunderage\b"
)
_J2_OWN_YOUNG_AGE = re.compile(r"\b(?:im|i am|i was|i m) (?:only )?1[0-7]\b")
_J2_IMAGES = re.compile(
    r"\b(?:pics?|pictures?|photos?|images?|nudes?|naked|videos?|vids?|intimate|sexual|sexy|"
    r"explicit|screenshots?|screen shots?|snaps?)\b"
)
_J2_DEMANDS = re.compile(
    r"\b(?:pay|paid|money|send (?:more|him|them|it)|more (?:pics?|pictures?|photos?|nudes?)|"
    r"unless|blackmail\w*|sextort\w*|demand\w*|wants? (?:money|more))\b"
)
# The answers that say to screenshot or keep what was sent: for a child, "not the pictures".
_J2_ALWAYS_IMAGES = frozenset(
    {"utter_keep_image_screenshots", "utter_sextortion", "utter_threat_to_share_video"}
)
_J2_WHEN_IMAGES = frozenset({"utter_keep_evidence", "utter_save_then_block", "utter_posts_removed"})


def j2_about_a_child(text: str, answers: Mapping[str, Any] | None) -> bool:
    """A parent or someone else writing about a child: "my daughter ... she's 17"."""
    answers = answers or {}
    age = answers.get("age")
    if answers.get("for_child") is True:
        return not (
            isinstance(age, (int, float)) and age >= 18 and answers.get("under_18") is not True
        )
    return bool(_J2_CHILD_NAMED.search(plain(text))) and answers.get("under_18") is not False


def j2_child_in_the_pictures(text: str, answers: Mapping[str, Any] | None) -> bool:
    """The person in the pictures is (or may be) under 18: known young, or a child named."""
    answers = answers or {}
    if _young(answers) or j2_about_a_child(text, answers):
        return True
    return (
        answers.get("age") is None
        and answers.get("under_18") is None
        and bool(_J2_OWN_YOUNG_AGE.search(plain(text)))
    )


def _j2_images_told(text: str, answers: Mapping[str, Any] | None) -> bool:
    details = (answers or {}).get("account_details") or ()
    return (
        "intimate_images" in details
        or "sextortion" in details
        or bool(_J2_IMAGES.search(plain(text)))
    )


def j2_child_safe(say: Say | None, text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """An answer that says to screenshot or keep pictures, made safe when they are of a child."""
    if say is None or say.response not in _J2_ALWAYS_IMAGES | _J2_WHEN_IMAGES:
        return say
    if l3_videos_of_violence(text, (answers or {}).get("crime_type"), answers):
        return say  # -- round 42, helper L3 --: videos of an attack are not nude pictures
    if not j2_child_in_the_pictures(text, answers):
        return say
    if say.response in _J2_WHEN_IMAGES and not _j2_images_told(text, answers):
        return say
    about_child = j2_about_a_child(text, answers) or bool((answers or {}).get("for_someone_else"))
    demands = "sextortion" in ((answers or {}).get("account_details") or ()) or bool(
        _J2_DEMANDS.search(plain(text))
    )
    if say.response == "utter_sextortion" and not about_child and _young(answers):
        return say  # its under-18 variant says not to copy the pictures
    if say.response == "utter_sextortion" and demands and about_child:
        return Say(response="utter_j2_sextortion_child_parent")
    if say.response == "utter_threat_to_share_video" and not about_child:
        return Say(response="utter_young_picture_threat")
    if about_child:
        return Say(response="utter_j2_child_images_evidence_parent")
    return Say(response="utter_j2_child_images_evidence")


# 2. Someone else's thoughts of suicide: "nurses on the ward" only when a hospital is named;
# a parent whose child "said she wants to die" gets what to do now, and the questions wait.
_J2_HOSPITAL = re.compile(
    r"\b(?:hospital|hospitals|ward|wards|nurses?|icu|intensive care|in patient|inpatient|"
    r"admitted)\b"
)
_J2_WORRIED_THEY_WILL = re.compile(
    r"\b(?:worried|worry|scared|afraid|frightened|terrified|panicking|concerned) (?:that )?"
    r"(?:she|he|they|my (?:daughter|son|child|girl|boy|kid))(?: will| ll|ll| might| may| could| is "
    r"going to| s going to|s going to| is gonna|s gonna| gonna| would|d| will try to| might try to"
    r") "
    r"(?:do something(?! (?:stupid |silly )?to (?:him|her\b|them\b|someone|somebody|the|his|my|"
    r"your|our|a\b))(?: stupid| silly| to (?:herself|himself|themselves))?|hurt (?:herself|"
    r"himself|themselves)|harm (?:herself|himself|themselves)|"
    r"end (?:it|her life|his life|their life)|kill (?:herself|himself|themselves))\b"
)


def j2_worried_they_will_harm_themselves(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "do you think I should be worried she'll do something?" from a parent."""
    return j2_about_a_child(text, answers) and bool(_J2_WORRIED_THEY_WILL.search(plain(text)))


def j2_other_at_risk(text: str, answers: Mapping[str, Any] | None) -> bool:
    return someone_else_at_risk(text) or j2_worried_they_will_harm_themselves(text, answers)


def j2_at_risk_answer(text: str, answers: Mapping[str, Any] | None) -> str:
    """Which answer to someone else's thoughts of suicide: the ward only when a hospital is
    named, what a parent can do for a child, and otherwise the same without a ward."""
    words = plain(text)
    # Not "what ward?? she's at home", "she's NOT on a ward".
    named = _J2_HOSPITAL.search(
        re.sub(
            r"\b(?:what|which|not|isnt|is not|no|never|aint) (?:\w+ )?(?:on |in |at )?"
            r"(?:a |the |any )?(?:ward|hospital|nurses?)\b",
            " ",
            words,
        )
    )
    if named and not re.search(r"\bat home\b|\bin (?:her|his|their|my) (?:bed)?room\b", words):
        return "utter_someone_else_at_risk"
    if j2_about_a_child(text, answers):
        return "utter_j2_child_wants_to_die"
    return "utter_j2_someone_else_at_risk"


# 3. "do I ring 101 or 999 for this?", "101 or 999?? simple question mate".
_J2_101_OR_999 = re.compile(
    r"\b(?:101 or 999|999 or 101|101 or 999|101 (?:or|vs|versus) (?:ring |call )?999|999 (?:or|vs|"
    r"versus) (?:ring |call )?101)\b|\b(?:is (?:it|this|that)|do i (?:ring|call|phone|dial|use)|"
    r"should i (?:ring|call|phone|dial|use)) (?:101|999)(?: or| for)\b"
)
# A weapon they said they would take ("going round with a bat"), not one used on them.
_J2_WEAPON = re.compile(
    r"\b(?:with|take|taking|bring|bringing|grab|grabbing|carry|carrying|get|getting) (?:a |my |the "
    r"|me |him |them )?(?:baseball )?(?:bat|bats|knife|knives|blade|machete|hammer|crowbar|weapon|"
    r"weapons|golf club|gun|axe|iron bar)\b"
)


def j2_asks_101_or_999(text: str) -> bool:
    return bool(_J2_101_OR_999.search(plain(text)))


def j2_101_or_999_answer(text: str, answers: Mapping[str, Any] | None) -> str:
    if j2_child_in_the_pictures(text, answers) and _j2_images_told(text, answers):
        return "utter_j2_101_or_999_child_images"
    return "utter_j2_101_or_999"


def j2_dont_go_round_answer(text: str, crime_type: str | None) -> str:
    """No weapon is named in the answer unless they named one ("who said anything about a
    bat??"); the council's anti-social behaviour team only for damage and neighbours."""
    if _J2_WEAPON.search(plain(text)):
        return "utter_dont_go_round"
    if crime_type in ("criminal_damage", "other") or re.search(r"\bneighbou?rs?\b", plain(text)):
        return "utter_j2_dont_go_round_neighbours"
    return "utter_j2_dont_go_round"


# 4. Ayesha: "if i dont come over tonight hes gonna post it", "should i just go so he doesnt post
# it": don't go, and who can help now; never a no to being referred.
_J2_POST_IT = re.compile(
    r"\b(?:post|posting|share|sharing|send|sending|leak|leaking|upload|uploading|put|putting|show|"
    r"showing)\w* (?:it|them|the (?:video|vid|pics?|pictures?|photos?|nudes?|clip)|my (?:video|vid|"
    r"pics?|pictures?|photos?|nudes?))\b"
)
_J2_GO_TO_HIM = re.compile(
    r"\bshould i (?:just |still |actually |really )?(?:go|come|go back)(?: (?:over|round|there|back"
    r"|to (?:his|him|hers|her|theirs|them|see (?:him|her|them)))\b| (?:so|or not|then)\b|\W*$)|"
    r"\b(?:do i|have i got to|must i|do i have to|should i just) (?:go|come) (?:over|round|there|"
    r"back)\b|\bif i (?:dont|do not|don t|wont|will not|refuse to|dont want to) (?:come|go)"
    r"(?: \w+){0,3}\b|\bunless i (?:come|go)\b|\b(?:come|go) (?:over|round|there)(?: \w+){0,3} or "
    r"(?:he|she|they)(?:ll| will| s| is|s)\b"
)


def j2_pressed_to_go_to_them(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """Told to come over or the video goes out, or asking whether to go so it doesn't."""
    words = plain(text)
    details = (answers or {}).get("account_details") or ()
    threat = bool(_J2_POST_IT.search(words)) and (
        bool(re.search(r"\bpost|\bleak|\bupload|\bput (?:it|them) (?:up|online|out)", words))
        or "intimate_images" in details
        or bool(_J2_IMAGES.search(words))
    )
    return threat and bool(_J2_GO_TO_HIM.search(words))


def j2_go_to_them_answer(answers: Mapping[str, Any] | None) -> str:
    adult = (answers or {}).get("under_18") is False or (
        isinstance((answers or {}).get("age"), (int, float)) and (answers or {})["age"] >= 18
    )
    return "utter_j2_dont_go_adult" if adult and not _young(answers) else "utter_j2_dont_go_young"


# -- round 41, helper J3 --
# Sam, Deaf, in BSL word order: "HOW GIVE STATEMENT WITH BSL?", "BUT HOW TELL POLICE? ME CANT CALL
# 101. POLICE STATION HAVE BSL?", "ME WANT STATEMENT POLICE WITH BSL INTERPRETER. POLICE COME TO
# ME?": how to report and give a statement to the police with a BSL interpreter.
_J3_BSL = re.compile(r"\b(?:bsl|british sign language|sign language|signer|signing)\b")
# Not "Can police come visit me? I need BSL interpreter" (utter_interpreter): a statement or a
# report to give, or the police station.
_J3_POLICE = re.compile(r"\b(?:statement|report\w*|101|police station)\b")


def j3_asks_police_with_bsl(text: str) -> bool:
    words = plain(text)
    return (
        bool(_J3_BSL.search(words))
        and bool(_J3_POLICE.search(words))
        and (is_question(text) or bool(re.search(r"\bhow\b", words)))
        # "I am Deaf, use BSL ... How I contact police by text?": utter_police_by_text.
        and not asks_to_reach_the_police_by_text(text)
    )


# Hannah, stalked by an ex-colleague, who moved house: "if it goes to court will he be able to
# see my new address on the court papers?", "can he find out my address from court documents?",
# "Will my address be kept secret from him if it goes to court?".
# (Not "they said they know where i live", a threat to a witness: utter_witness_intimidation.)
_J3_ADDRESS = re.compile(r"\bmy (?:new |home |new home )?address\b")
_J3_COURT_PAPERS = re.compile(
    r"\b(?:court|statement|spo|papers|documents?|paperwork|case file|defence|trial)\b"
)


def j3_asks_if_address_reaches_them(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_J3_ADDRESS.search(words))
        and bool(_J3_COURT_PAPERS.search(words))
        and bool(
            re.search(
                r"\b(?:see|find out|get|know|read|kept|keep|hidden|hide|secret|private|on|in|"
                r"given|shown|copy|reveal\w*|disclos\w*)\b",
                words,
            )
        )
    )


# Dev, a shop owner whose staff member Priya (19) was threatened with a knife: "what can Priya
# get?", "ok what about my staff member, she was the one threatened with the knife. can she get
# support", "no not me, he threatened PRIYA not me. im asking for her".
_J3_STAFF = re.compile(
    r"\b(?:(?:my|our) (?:staff member|member of staff|staff|employees?|shop assistant|cashier)|"
    r"staff member|member of staff)\b"
)
_J3_THEY_WERE_THREATENED = re.compile(
    r"\b(?:threatened|pulled (?:a|the) knife on) (?!me\b)\w+,? not me\b|"
    r"\b(?:she|he|they) (?:was|were) the one (?:he |they )?threatened\b|"
    r"\b(?:she|he|they) (?:was|were) the one threatened with\b"
)


def j3_asks_about_their_staff(text: str) -> bool:
    """Support for the staff member who was threatened, asked by the owner."""
    words = plain(text)
    if re.search(r"\b(?:compensation|cica|wages|earnings|pay)\b", words) or _J3_DRUGS.search(words):
        return False  # the compensation answer, or help with a relative's drugs
    staff = bool(_J3_STAFF.search(words)) and bool(re.search(r"\b(?:support|help|get)\b", words))
    return bool(_J3_THEY_WERE_THREATENED.search(words)) or (is_question(text) and staff)


# "can I pass Priyas details instead? shes the one who needs it more than me".
_J3_PASS_THEIRS = re.compile(
    r"\b(?:pass|give|send|refer)\b (?:on )?(?!my\b|me\b|mine\b)(?:\w+s|her|his|their) "
    r"(?:details|number|name|info)\b(?: on)?|\brefer (?!me\b|myself\b)(?:her|him|them|my "
    r"(?:staff|employee|worker|colleague)\w*)\b"
)


def j3_asks_to_refer_someone_else(text: str) -> bool:
    return is_question(text) and bool(_J3_PASS_THEIRS.search(plain(text)))


# "do businesses get help?", "does the victims code cover a business? like my shop as the
# victim of the shoplifting", "do businesses get any help, like for the stolen stock or security?"
_J3_BUSINESS = re.compile(
    r"\b(?:business|businesses|my shop|our shop|shops|shop owners?|retailers?)\b"
)


def j3_asks_about_business_help(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_J3_BUSINESS.search(words))
        and bool(
            re.search(
                r"\b(?:help|support|cover\w*|code|entitled|rights?|get anything|get any)\b", words
            )
        )
    )


# Linda, 62, whose adult daughter uses drugs: "Is there any help for her? For the drugs I mean",
# "is there help for my daughter's drug problem?", "where can she get help for drug addiction in
# Enfield?", "is there anything for parents like me, whose children are on drugs?".
_J3_DRUGS = re.compile(
    r"\b(?:drugs?|drug (?:problem|use|habit|addiction|issue)|addict\w*|addiction|heroin|crack|"
    r"cocaine|substance\w*|using)\b"
)
_J3_HELP_FOR = re.compile(
    r"\b(?:help|support|anything|anyone|treatment|rehab)\b.{0,30}\b(?:for (?:her|him|them|my "
    r"\w+|parents|families|family|people like me)|(?:she|he|they) (?:can )?get)\b|\b(?:where|how) "
    r"(?:can|could|do|does) (?:she|he|they|my \w+) get (?:help|support|treatment)\b|\bhelp (?:for|"
    r"with) (?:my \w+s|her|his|their) (?:drug|addiction)"
)


def j3_asks_for_drugs_help_for_relative(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_J3_DRUGS.search(words))
        and bool(_J3_HELP_FOR.search(words))
        and not re.search(r"\b(?:my son|for him|he)\b", words)  # utter_family_drugs_help
    )


# -- round 41, helper J8 --
# Questions the held-out conversations ask while the borough question is pending (round 41),
# each written fresh: answered by their words, as people generally ask them, with the answers
# that already exist where one fits. Each predicate wants a question and its own words.

# A service for a community, asked other ways than "for lgbt people": "is there a jewish
# organisation that helps", "anyone who gets what it's like in a same sex relationship".
_J8_COMMUNITY = (
    ("lgbt", r"same ?sex|gay|lesbian|lgbt\w*|lgbtq\w*|queer|bisexual|trans|transgender"),
    ("jewish", r"jewish|jews?|antisemit\w*"),
    ("muslim", r"muslims?|islamic"),
)
_J8_ORG = (
    r"(?:organi[sz]ations?|orgs?|charit(?:y|ies)|groups?|services?|helplines?|support|places?|"
    r"people|someone|somebody|anyone|anybody|workers?|counsell?ors?|specialists?|centres?)"
)
_J8_WHO_GETS = (
    r"\b(?:anyone|anybody|someone|somebody|somewhere|anywhere|services?|people|organi[sz]ations?|"
    r"charit(?:y|ies)|groups?|workers?|counsell?ors?)\b.{{0,30}}\b(?:gets?|understands?|knows?|"
    r"specialis\w*|experience\w*|deals? with|works? with)\b.{{0,40}}\b(?:{})\b"
)


def j8_services_for_community(
    text: str, organisations: Sequence[Organisation]
) -> list[Organisation]:
    if not is_question(text):
        return []
    words = plain(text)
    for community, pattern in _J8_COMMUNITY:
        if re.search(rf"\b(?:{pattern})(?: \w+)? {_J8_ORG}\b", words) or re.search(
            _J8_WHO_GETS.format(pattern), words
        ):
            return [
                org
                for org in organisations
                if community in org.serves.communities and not org.is_retired
            ]
    return []


# "is there a charity for male victims", "anywhere that supports guys this happened to".
_J8_FOR_MEN = re.compile(
    r"\b(?:male|mens) (?:victims?|survivors?|only|specific)\b|\b(?:for|supports?|helps?|"
    r"specialis\w* in) (?:other )?(?:men|males|guys|blokes|lads)\b.{0,20}\b(?:who|that|like)\b"
)


def j8_services_for_men(
    text: str, crime_type: str | None, organisations: Sequence[Organisation]
) -> list[Organisation]:
    if not (is_question(text) and _J8_FOR_MEN.search(plain(text))):
        return []
    return [
        org
        for org in organisations
        if "men" in org.serves.genders
        and not org.is_retired
        and (crime_type is None or crime_type in org.serves.crime_types)
    ]


# A man abused by a partner, afraid of not being believed: "will the police actually believe a
# bloke got hit by his girlfriend?", "will they laugh at me cos im a man".
_J8_MAN = (
    r"(?:a |as a |im a |i am a |being a |cos im a |because im a )?(?:man|bloke|guy|lad|fella|"
    r"men|male|husband|boyfriend)"
)
_J8_BELIEVED = re.compile(
    r"\b(?:believe|belive|beleive|take (?:me|it|this|us|him|men) seriously|laugh(?:ing)? at|"
    r"listen to|think im (?:lying|weak|making it up)|think (?:its|it is) a joke|take the piss)\b"
)


def j8_man_fears_not_believed(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not (is_question(text) and _J8_BELIEVED.search(words)):
        return False
    man_said = bool(re.search(rf"\b{_J8_MAN}\b", words)) and not re.search(
        r"\b(?:a|the|that|this) man (?:who|that|did|attacked|raped|hit|followed)\b", words
    )
    partner = (
        crime_type == "domestic_abuse"
        or (answers or {}).get("relationship_to_offender") == "partner_or_ex"
        or bool(re.search(r"\b(?:girlfriend|gf|wife|missus|partner|ex|woman|she|her)\b", words))
    )
    return man_said and partner and not (answers or {}).get("for_someone_else")


# "how do i get the photos taken off the site?", "can they take my nudes down from insta".
_J8_IMAGES = r"(?:photos?|pics?|pictures?|images?|nudes?|selfies?)"
_J8_OFF_SITE = re.compile(
    rf"\b{_J8_IMAGES}\b.{{0,40}}\b(?:taken (?:off|down)|take(?:n)? (?:them |it )?(?:off|down)|"
    rf"removed?|deleted?|took down|off (?:the |that |this |my )?(?:site|website|internet|web|"
    rf"insta\w*|instagram|snap\w*|facebook|fb|twitter|x|tiktok|reddit|onlyfans|page|account|"
    rf"group|chat))\b|\b(?:take|get|have|remove|delete|report)\b.{{0,15}}\b{_J8_IMAGES}\b.{{0,30}}"
    rf"\b(?:off|down|removed|deleted)\b"
)


def j8_asks_to_get_images_off_a_site(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    # Intimate images (not "the videos off snap" of an assault: utter_images_online).
    intimate = crime_type in (
        "online_abuse",
        "domestic_abuse",
        "sexual_offence",
        "stalking_harassment",
    ) or bool(re.search(r"\b(?:nudes?|naked|intimate|explicit|sexual)\b", words))
    return (
        is_question(text)
        and intimate
        and bool(_J8_OFF_SITE.search(words))
        and not re.search(r"\b(?:phones?|cameras?|laptop|computer)\b", words)
        # "Report Remove? Or CEOP? to get the photos taken down": that service's answer.
        and not re.search(r"\b(?:report remove|ceop|iwf|internet watch|childline)\b", words)
    )


# "can he find out which refuge I am in?", "will the refuge address be kept secret".
_J8_REFUGE_FOUND = re.compile(
    r"\b(?:find out|find|know|track|trace|discover|get|be told|tell (?:him|her|them))\b.{0,25}"
    r"\b(?:which|what|where)\b.{0,15}\brefuge\b|\brefuges? (?:address|location)\b|\b(?:where|"
    r"which) refuge\b.{0,25}\b(?:secret|private|safe|confidential|know|find)\b|\brefuge\b.{0,30}"
    r"\b(?:secret|confidential|private)\b"
)


def j8_asks_if_refuge_can_be_found(text: str) -> bool:
    return is_question(text) and bool(_J8_REFUGE_FOUND.search(plain(text)))


# "is flashing actually a crime or just being a creep?", "is it illegal to expose yourself".
_J8_EXPOSURE = re.compile(
    r"\b(?:flash\w*|expos\w* (?:himself|themselves|herself|yourself|his|him)|indecent exposure|"
    r"(?:got|get|getting|had|pulled|pulling|whipped|whipping) (?:it|his \w+) out|showed (?:me )?"
    r"(?:his|him|himself)|wank\w*|masturbat\w*)\b"
)
_J8_IS_A_CRIME = re.compile(
    r"\b(?:crime|criminal|illegal|against the law|offence|offense|count|counts|reportable|"
    r"report (?:it|him|that)|worth reporting|arrested|allowed|legal)\b"
)


def j8_asks_if_exposure_is_a_crime(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_J8_EXPOSURE.search(words))
        and bool(_J8_IS_A_CRIME.search(words))
        and not re.search(r"\b(?:camera|photo|lights?|headlights?)\b", words)
    )


# "can the police make him stay away from me?", "is there a way to keep her away from me".
_J8_STAY_AWAY = re.compile(
    r"\b(?:make|get|force|order|tell|keep|stop)\b (?:him|her|them|he|she|my ex)\b.{0,25}\b(?:stay"
    r"(?:ing)?|keep(?:ing)?|go(?:ing)?) (?:away|back|clear)\b|\b(?:keep|keeps|stay|stays) (?:him|"
    r"her|them )?(?:away|clear) from (?:me|my (?:house|home|flat|work|kids|children))\b|\bban "
    r"(?:him|her|them) from (?:coming|contacting)\b"
)


def j8_asks_to_keep_them_away(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_J8_STAY_AWAY.search(words))
        and not re.search(r"\b(?:tonight|right now|now)\b", words)
    )


def j8_keep_away_answer(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> str:
    if crime_type == "stalking_harassment" and (answers or {}).get(
        "relationship_to_offender"
    ) not in ("partner_or_ex", "family_member"):
        return "utter_stalking_protection_order"
    return protection_order_answer(text, crime_type, answers)


# "does it count more because i was at work in the hospital?", "is it worse cos im a nurse".
_J8_AT_WORK = re.compile(
    r"\b(?:at work|on shift|on duty|working|my job|in the hospital|on the ward|in a&e|in a and e|"
    r"nurse|paramedic|ambulance|doctor|police officer|firefighter|prison officer|emergency worker|"
    r"nhs)\b"
)
_J8_COUNTS_MORE = re.compile(
    r"\b(?:count(?:s)? (?:more|extra|as worse)|more serious|worse|matter more|(?:higher|bigger|"
    r"longer|tougher|harsher) (?:sentence|punishment)|get more|(?:a |any )?difference|special "
    r"law|different law|extra (?:charge|offence|protection))\b"
)


def j8_asks_if_worse_at_work(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and crime_type in (None, "assault", "serious_violence", "other")
        and bool(_J8_AT_WORK.search(words))
        and bool(_J8_COUNTS_MORE.search(words))
        and not re.search(r"\b(?:injur\w*|pain|bleed\w*|hurts?)\b.{0,15}\bworse\b", words)
    )


# "he didn't touch me so is it even a crime?" after a knife was waved, not a sexual offence.
_J8_NOT_TOUCHED = re.compile(
    r"\b(?:didnt|did not|never|doesnt|wasnt|werent) (?:actually |even |physically )?(?:touch|"
    r"hit|hurt|injure|lay a finger on|harm|stab|cut|attack)\w* (?:me|us|anyone)\b|\bno(?:body| one)"
    r" (?:got |was )?(?:hurt|touched|injured)\b|\b(?:wasnt|werent|not) (?:hurt|touched|injured)\b"
)


def j8_asks_if_a_threat_is_a_crime(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and crime_type in ("assault", "serious_violence", "robbery")
        and bool(_J8_NOT_TOUCHED.search(words))
        and bool(
            _J8_IS_A_CRIME.search(words) or re.search(r"\b(?:even|still) (?:a )?crime\b", words)
        )
    )


# "should i go to the address find my iphone shows?", "can i go round where the tracker says".
_J8_TRACKED = re.compile(
    r"\b(?:find my|findmy|tracker|tracking|airtag|air tag|gps|location|life360|the map|the app|"
    r"it shows|its showing|shows|showing|pinging|says its)\b"
)
_J8_GO_THERE = re.compile(
    r"\b(?:go|going|goes|head|drive|knock|get it back|get my \w+ back|confront|turn up)\b.{0,30}"
    r"\b(?:address|there|round|over|location|house|flat|place|where|to (?:the|that) \w+)\b"
)


def j8_asks_to_go_where_it_is_tracked(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and crime_type in (None, "robbery", "theft", "burglary")
        and bool(_J8_TRACKED.search(words))
        and bool(_J8_GO_THERE.search(words))
    )


# "will the police come round to look for fingerprints?", "do they send someone for forensics".
_J8_SCENE = re.compile(
    r"\b(?:finger ?prints?|prints|forensics?|forensic \w+|dna|dust(?:ing)?(?: for)?|csi|scenes? of "
    r"crime|crime scene|soco)\b"
)
_J8_POLICE_VISIT = re.compile(
    r"\b(?:come|coming|comes|send|sending|visit|round|out|attend|over)\b.{0,30}\b(?:house|home|"
    r"flat|round|out|over|here|to (?:me|us|my))\b"
)


def j8_asks_if_police_will_visit_after_burglary(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and crime_type in (None, "burglary", "theft", "criminal_damage")
        and (
            bool(_J8_SCENE.search(words))
            or (
                crime_type == "burglary"
                and bool(re.search(r"\b(?:police|officers?|someone|anyone|they)\b", words))
                and bool(_J8_POLICE_VISIT.search(words))
                and not re.search(
                    r"\b(?:back|again|burglars?|thieves|them|he|she)\b.{0,10}\b(?:come|coming)\b",
                    words,
                )
            )
        )
    )


# "how will I know if the bank phones me for real next time?", "how can i tell its really the bank".
_J8_REALLY_THE_BANK = re.compile(
    r"\b(?:know|tell|check|sure|be sure)\b.{0,40}\b(?:really|for real|genuine|real|actually|legit)"
    r"\b.{0,30}\b(?:bank|building society|police|hmrc)\b|\b(?:bank|building society)\b.{0,40}"
    r"\b(?:for real|really|genuine|real one|legit|actually them|actually the bank)\b"
)


def j8_asks_how_to_know_its_the_bank(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_J8_REALLY_THE_BANK.search(words))
        and bool(
            re.search(
                r"\b(?:phones?|calls?|rings?|ring|rang|calling|ringing|texts?|emails?|contacts?)\b",
                words,
            )
        )
    )


# "how do i stop them opening more accounts in my name?", "can i stop more loans in my name".
_J8_IN_MY_NAME = re.compile(
    r"\b(?:accounts?|loans?|credit(?: cards?)?|cards?|contracts?|mortgages?|debts?|phones?|"
    r"finance|overdrafts?|applications?)\b.{0,20}\b(?:in my name|using my (?:name|details|"
    r"identity|id))\b|\b(?:using|use|uses|stealing|stole|steal) my (?:identity|id|details|name)\b"
)


def j8_asks_to_stop_identity_fraud(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_J8_IN_MY_NAME.search(words))
        and bool(
            re.search(
                r"\b(?:stop|prevent|block|protect|more|again|freeze|what do i do|how)\b", words
            )
        )
    )


# "is the owner responsible for what the dog did?", "can the owner get in trouble for the dog".
_J8_DOG = re.compile(r"\b(?:dogs?|puppy|pitbull|staffie|xl bully|bully)\b")
_J8_OWNER_TO_BLAME = re.compile(
    r"\b(?:owner|owners|she|he|they|her|him|neighbour)\b.{0,30}\b(?:responsible|to blame|blame|"
    r"liable|fault|in trouble|charged|prosecuted|arrested|punished|pay|crime|illegal)\b|\b(?:crime|"
    r"illegal|against the law|offence)\b.{0,30}\b(?:dog|owner)\b"
)


def j8_asks_if_dog_owner_is_responsible(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text) and bool(_J8_DOG.search(words)) and bool(_J8_OWNER_TO_BLAME.search(words))
    )


# "is it legal for him to change the locks like that?", "can my landlord just lock me out".
_J8_LOCKED_OUT = re.compile(
    r"\b(?:chang\w* (?:the |my |all the )?locks?|locked me out|lock me out|locking me out|"
    r"(?:put|threw|thrown|chucked|dumped) (?:all )?my (?:stuff|things|belongings|bags|clothes)|"
    r"kick(?:ed)? me out|throw(?:ing)? me out|evict\w*|turf(?:ed)? me out)\b"
)
_J8_ALLOWED = re.compile(
    r"\b(?:legal|illegal|allowed|lawful|unlawful|right to|can he|can she|can they|can my landlord|"
    r"is that ok|crime|against the law)\b"
)


def j8_asks_if_lockout_is_legal(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    landlord = bool(re.search(r"\blandlord|landlady|letting agent|agency\b", words)) or (
        (answers or {}).get("relationship_to_offender") in ("someone_known", None)
    )
    return (
        is_question(text)
        and landlord
        and bool(_J8_LOCKED_OUT.search(words))
        and bool(_J8_ALLOWED.search(words))
        and not re.search(r"\b(?:should i|do i need to|can i|how do i|how to|who)\b", words)
    )


# "should I just pay him so it goes away?", "if i give them the money will they leave me alone".
_J8_PAY = re.compile(
    r"\b(?:pay|paying) (?:him|her|them|up|it|the money)\b|\bif i (?:just )?pay\b|\b(?:should|"
    r"shall|do|must) i (?:just )?pay\b|\bgive (?:him|her|them) (?:the )?(?:money|cash|\w+ grand)\b|"
    r"\bsend (?:him|her|them) (?:the )?(?:money|cash)\b"
)
_J8_GO_AWAY = re.compile(
    r"\b(?:goes away|go away|stop|stops|leave me alone|end it|make it stop|be done|over|should i|"
    r"shall i|do i|would it|will (?:he|she|they))\b"
)


def j8_asks_whether_to_pay_blackmailer(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        is_question(text)
        # Not with the crime unknown: "should i pay?? he said tonight" is sextortion.
        and crime_type == "other"
        and not _young(answers)
        and bool(_J8_PAY.search(words))
        and bool(_J8_GO_AWAY.search(words))
        and not re.search(rf"\b{_J8_IMAGES}\b|\b(?:bank|rent|fine|compensation|bill|back)\b", words)
    )


# "can I report it if I don't know who the account is?", "can police do anything if it's anon".
_J8_UNKNOWN_ACCOUNT = re.compile(
    r"\b(?:dont|do not|no) (?:even )?(?:know|idea)\b.{0,10}\b(?:who|whose|whos)\b|\b(?:anon\w*|"
    r"fake (?:account|profile)s?|burner accounts?|new accounts?|random accounts?|unknown "
    r"accounts?)\b"
)


def j8_asks_about_reporting_unknown_account(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    online = crime_type == "online_abuse" or bool(
        re.search(
            r"\b(?:account|profile|online|tiktok|insta\w*|twitter|snap\w*|facebook|"
            r"comments?|posts?|username)\b",
            words,
        )
    )
    return (
        is_question(text)
        and online
        and bool(_J8_UNKNOWN_ACCOUNT.search(words))
        and bool(
            re.search(r"\b(?:report\w*|police|do anything|find out|catch|trace|still)\b", words)
        )
    )


# "can I have a say in whether he gets out?", "do I get any say in his parole".
_J8_PAROLE_SAY = re.compile(
    r"\b(?:a say|any say|my say|input|my views?|have my views?|views? heard|voice|object|objection|"
    r"speak|be heard|tell them how i feel)\b.{0,40}\b(?:gets? out|let out|released?|release|"
    r"parole|freed|comes? out|out of prison|out early)\b"
)


def j8_asks_for_a_say_in_release(text: str) -> bool:
    return is_question(text) and bool(_J8_PAROLE_SAY.search(plain(text)))


# "will anyone find out if i go to the havens?", "do the havens tell the police or my family".
_J8_HAVENS_TOLD = re.compile(
    r"\b(?:find out|know|be told|tell|told|inform|contact|confidential|private|secret|"
    r"anonymous|on record|records?)\b"
)


def j8_asks_if_havens_tell_anyone(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(re.search(r"\bhavens?\b", words))
        and bool(_J8_HAVENS_TOLD.search(words))
        and not re.search(r"\b(?:how long|too late|when|what time|open|where)\b", words)
    )


# "can i see the cctv from the bus?", "will they get the footage off the bus".
_J8_BUS_CCTV = re.compile(
    r"\b(?:cctv|footage|cameras?|camera footage|video)\b.{0,30}\b(?:bus|buses|shop|station|street|"
    r"road|stop)\b|\b(?:bus|buses)\b.{0,30}\b(?:cctv|footage|cameras?)\b"
)


def j8_asks_about_cctv_where_it_happened(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_J8_BUS_CCTV.search(words))
        and not re.search(r"\b(?:my|our) (?:own )?(?:cctv|cameras?|doorbell)\b", words)
        and not re.search(r"\bi (?:have|got) (?:a |the )?(?:system|cctv|cameras?)\b", words)
    )


# -- round 41, main (M) --
# Two questions the conversation suite asks that nothing answered: "he says its his money because
# he earns more, is that true?" (a wife whose husband keeps her card) and "is telling someone
# youll kill them actually a crime?" (a nurse threatened by a patient's relative).
_M_HIS_MONEY = re.compile(
    r"\b(?:says|said|thinks|claims|reckons|tells me)\b(?: \w+){0,3} (?:its|it is|it s) "
    r"(?:his|her|their) money\b|\b(?:because|cos|coz|as) (?:he|she|they) (?:earns?|earn|makes?|"
    r"pays?) (?:more|most|the bills|for everything)\b"
)
_M_THREAT_TO_KILL = re.compile(
    r"\b(?:threat\w*|telling|tell|said|saying|says|say)\b(?: \w+){0,4} (?:kill|murder)\b|"
    r"\b(?:threats? to|threatening to) (?:kill|murder)\b"
)


def m_asks_if_partner_owns_the_money(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    partner_or_family = crime_type == "domestic_abuse" or (answers or {}).get(
        "relationship_to_offender"
    ) in ("partner_or_ex", "family_member")
    return partner_or_family and is_question(text) and bool(_M_HIS_MONEY.search(plain(text)))


def m_asks_if_a_threat_to_kill_is_a_crime(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_M_THREAT_TO_KILL.search(words))
        and bool(re.search(r"\b(?:crime|illegal|against the law|an offence|allowed)\b", words))
    )


# -- round 42, helper L4 --
# Faith, 19, writing for her friend raped at a party: "she just said its her fault for going
# back to his flat. is it??" and "what do i even say to her" (asked three times, ignored).
_L4_THEIR_FAULT = re.compile(
    r"\b(?:its|it is|it was|is it|was it|thinks? (?:it is|its|it was)|says? (?:it is|its|it was)|"
    r"said (?:it is|its|it was)|blames?) (?:all |really )?(?:her|his|their|them) ?(?:own )?"
    r"(?:fault|selfs?|self|selves)\b|\bblames? (?:her|him|them)sel(?:f|ves)\b"
)
_L4_WHAT_TO_SAY = re.compile(
    r"\bwhat (?:do|should|can|shall|would) i (?:even |actually )?(?:say|tell|do) (?:to |for )?"
    r"(?:her|him|them|my (?:friend|mate|sister|brother|girlfriend|boyfriend|partner))\b|"
    r"\bwhat to (?:say|do) (?:to |for )?(?:her|him|them|my friend)\b|"
    r"\bhow (?:do|can|should|could) i (?:help|support|comfort|talk to) (?:her|him|them|my "
    r"(?:friend|mate|sister|brother))\b|\bsay the wrong thing\b"
)
_L4_SEXUAL = re.compile(r"\b(?:rape\w*|sexual\w*|assaulted)\b")


def _l4_sexual(text: str, crime_type: str | None) -> bool:
    return crime_type == "sexual_offence" or bool(_L4_SEXUAL.search(plain(text)))


def l4_asks_what_to_say_to_them(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "please what do i say to her, she's crying and i dont want to say the wrong thing" """
    told = answers or {}
    return (
        _l4_sexual(text, crime_type)
        and not told.get("for_child")
        and bool(_L4_WHAT_TO_SAY.search(plain(text)))
    )


def l4_asks_if_it_is_their_fault(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "she just said its her fault for going back to his flat. is it??" """
    words = plain(text)
    return (
        _l4_sexual(text, crime_type)
        and bool(_L4_THEIR_FAULT.search(words))
        and not re.search(r"\b(?:not|never|isnt|wasnt) (?:\w+ )?(?:her|his|their) fault\b", words)
    )


# Chidi, 27, a nurse renting one room from a live-in landlord who comes into her room and
# touched her once: "Is he even allowed to come in my room without asking?" (asked 4 times),
# "I can't lose my job I work nights at Guys" (read as harassment at work), "should I change the
# lock on my door or is that not allowed" (told to tell the landlord), "it says no recourse to
# public funds on my BRP" (told the council must help).
_L4_ROOM_ENTRY = re.compile(
    r"\b(?:come|coming|comes|came|walk|walking|walks|barge|barging|let himself|go|going|get|"
    r"enter|entering|enters|allowed|be) (?:in|into|inside) (?:to )?my (?:bed)?room\b|"
    r"\b(?:enter|entering|enters|allowed in|be in) my (?:bed)?room\b"
)
_L4_LANDLORD = re.compile(
    r"\b(?:landlord|landlady|lodger|lodging|rent (?:a|one|the|my) room|renting (?:a|one|the|my) "
    r"room|he lives downstairs|live in his house|his house)\b"
)
_L4_LOCK = re.compile(
    r"\b(?:change|changing|put|putting|fit|fitting|get|add) (?:a |the |my )?(?:new )?locks?\b|"
    r"\blocks? on my (?:bedroom |room )?door\b"
)
_L4_LANDLORD_FEARED = re.compile(
    r"\b(?:landlord|landlady)\b.{0,20}\b(?:is )?(?:the one|who) (?:im|i am|i m) (?:scared|afraid|"
    r"frightened) of\b|\b(?:scared|afraid|frightened) of (?:my|the) (?:landlord|landlady)\b|"
    r"\b(?:its|it is) (?:my|the) (?:landlord|landlady)\b"
)
_L4_NRPF = re.compile(
    r"\bno recourse\b|\bnrpf\b|\b(?:with|on|because of|even with|my) (?:a |my )?(?:visa|brp|"
    r"immigration status|skilled worker visa|work visa|student visa)\b"
)
_L4_HOUSING = re.compile(
    r"\b(?:council|housing|homeless\w*|somewhere to (?:stay|live|go)|where (?:can|do|will|would) "
    r"i (?:stay|go|live)|kicks? me out|evict\w*|a place to stay|refuge)\b"
)


def l4_asks_if_landlord_can_enter_room(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "can he come in my room whenever he wants?", "is he allowed in my room without
    notice?", "its my LANDLORD ... if he can enter my room" (not a partner or family)."""
    told = answers or {}
    words = plain(text)
    if not _L4_ROOM_ENTRY.search(words):
        return False
    # "now he say I have to leave in one week. what I do?" is about being told to leave.
    leave = re.search(
        r"\b(?:have|has|got) to (?:leave|go|move out)\b|\bnotice\b.{0,20}\bleave\b", words
    )
    if leave and not re.search(r"\b(?:allowed|can he|is he|whenever he|if he can)\b", words):
        return False
    if _L4_LANDLORD.search(words):
        return True
    return crime_type != "domestic_abuse" and told.get("relationship_to_offender") not in (
        "partner_or_ex",
        "family_member",
    )


def l4_lodger_asks_about_locks(text: str) -> bool:
    """ "should I change the lock on my door or is that not allowed", "but the landlord is the
    one I'm scared of??" """
    words = plain(text)
    if _L4_LANDLORD_FEARED.search(words) and not _L4_ROOM_ENTRY.search(words):
        return bool(re.search(r"\b(?:scared|afraid|frightened)\b", words))
    return bool(_L4_LOCK.search(words)) and bool(
        _L4_LANDLORD.search(words)
        or re.search(r"\b(?:not allowed|am i allowed|is that allowed|allowed to)\b", words)
    )


def l4_asks_about_housing_without_public_funds(text: str) -> bool:
    """ "will the council help me even with my visa? it says no recourse to public funds" """
    words = plain(text)
    return bool(_L4_NRPF.search(words)) and bool(_L4_HOUSING.search(words))


# Owen, 45, hit by his wife for years; she told the police he is the abuser and he has a
# voluntary interview: "Should I go to the interview on my own or do I need a solicitor? I can't
# afford one" (never told about free legal advice); "isn't that the Refuge one? thats the one
# that told me they're for women" (the Men's Advice Line is for him). His children's ages ("Lily
# is 7 and Sam is 4") were taken as his own: _l4_ages_of_children guards that row.
_L4_SUSPECT_INTERVIEW = re.compile(
    r"\b(?:i|im|me|my)\b(?: \w+){0,6} (?:voluntary interview|interview(?:ed)? under caution|"
    r"caution plus three)\b|"
    r"\b(?:think|thinks|say|says|said) (?:im|i am|i m) the (?:abuser|abusive one|one abusing)\b"
)
_L4_LAWYER = re.compile(
    r"\b(?:solicitor|lawyer|legal advice|legal aid|brief)\b.{0,60}\binterview\b|"
    r"\binterview\b.{0,80}\b(?:solicitor|lawyer|legal advice|legal aid)\b"
)
_L4_VICTIM_INTERVIEW = re.compile(
    r"\b(?:statement|video(?:ed)? interview|abe|as a witness|give evidence|his interview|her "
    r"interview|their interview|the suspect)\b"
)
_L4_WOMEN_ONLY = re.compile(
    r"\b(?:refuge one|only (?:help|for|helps|support) women|(?:theyre|they are|its|is) (?:only )?"
    r"for women|women only)\b"
)
_L4_CHILD_AGE = re.compile(
    r"\b(?:my (?:kids|children|son|daughter|boy|girl|sons|daughters)|kids|children)\b.{0,40}"
    r"\b(?:is|are|aged) \d{1,2}\b"
)


def l4_suspect_asks_about_interview(text: str) -> bool:
    """ "Do I need a solicitor?" from the person the police want to interview under caution."""
    words = plain(text)
    if _L4_SUSPECT_INTERVIEW.search(words):
        return True
    return (
        is_question(text)
        and bool(_L4_LAWYER.search(words))
        and not _L4_VICTIM_INTERVIEW.search(words)
    )


def l4_man_says_helpline_is_for_women(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "isn't that the Refuge one? thats the one that told me they're for women" """
    told = answers or {}
    man = told.get("gender") in ("man", "male")
    return man and bool(_L4_WOMEN_ONLY.search(plain(text)))


def _l4_ages_of_children(words: str, answers: Mapping[str, Any] | None) -> bool:
    """A parent naming his children's ages ("my kids, Lily is 7 and Sam is 4")."""
    told = answers or {}
    if told.get("for_child") or told.get("for_someone_else"):
        return False
    age = told.get("age")
    adult = isinstance(age, int | float) and age >= 18
    return adult and bool(_L4_CHILD_AGE.search(words))


# Steve, 61, £22,000 of his pension lost to a crypto scam: "My wife doesn't know. She'll leave
# me, I can't face it" got nothing. A kind word and, gently, Samaritans and Shout; not the
# crisis alarm (bot/risk_words.py decides that).
_L4_CANT_FACE = re.compile(
    r"\b(?:cant|cannot|can not|couldnt) face (?:it|this|any of (?:it|this)|anyone|anybody|"
    r"people|her|him|them|my (?:wife|husband|partner|family|kids|children))\b"
)


def l4_cant_face_it(text: str) -> bool:
    """ "She'll leave me, I can't face it" (said, not a question about court)."""
    words = plain(text)
    return bool(_L4_CANT_FACE.search(words)) and not re.search(
        r"\b(?:court|trial|giving evidence|give evidence|him in court|the hearing)\b", words
    )


# -- round 42, helper L1 --
# Joy (her son, 17, stabbed and then arrested), Tomasz (stabbed in a fight he started) and Ben
# (his carer, a friend, uses his card and threatens to stop caring): their questions got "I
# can't answer", an answer about someone else being arrested, or the agency/bank advice.
_L1_THEM = (
    r"\b(?:he|she|hes|shes|him|her|his|they|them|my (?:son|daughter|boy|girl|child|kid|lad))\b"
)
_L1_IN_CUSTODY = re.compile(
    r"\b(?:arrest\w*|police station|the station|cell|custody|interview\w*|nicked|questioned)\b"
)
_L1_SIT_IN = re.compile(
    r"\bappropriate adult\b|\b(?:can|could|should|do|may) i (?:be there|be with (?:him|her|them)|"
    r"sit in|go in|come in|be in the room|stay with (?:him|her|them))\b|"
    r"\b(?:his|her|their) rights (?:in|at) (?:the )?(?:police station|station|custody|cell)\b"
)
_L1_SOLICITOR = re.compile(r"\b(?:solicitor|lawyer|legal advice|legal aid|brief)\b")
_L1_CHILD_ARRESTED = re.compile(
    r"\b(?:arrested|arresting|nicked) (?:him|her|my (?:son|daughter|boy|girl|child|kid))\b|"
    r"\b(?:he|she|hes|shes|he is|she is|my (?:son|daughter|boy|girl|child)(?: is| s)?) "
    r"(?:is |s |has been |got |been |was )?(?:the one )?(?:arrested|being arrested)\b"
)
_L1_LOSES_RIGHTS = re.compile(
    r"\b(?:lose|loses|lost|losing|still (?:get|have|has|keep|count|be|a)|keep|cancel\w*|"
    r"take away)\b(?: \w+){0,5}? (?:rights?|victim|support|help)\b"
)
_L1_SUSPECT = re.compile(r"\b(?:suspect|arrested|under investigation|accused|charged)\b")
_L1_STARTED_IT = re.compile(
    r"\b(?:i|me) (?:was )?(?:hit|punch\w*|push\w*|swung|attack\w*|start\w*|began)\b"
    r"(?: (?:him|her|them|the fight|it|a fight))?(?: \w+)?? (?:first|the fight|a fight|it)\b|"
    r"\b(?:i|me) (?:start|started|starting|begin|began) (?:the |a )?fight\b|"
    r"\b(?:hit|punch|punched|hitting|punching) first\b"
)
_L1_HELP_OR_VICTIM = re.compile(
    r"\b(?:help|victim|guilty|support|still|blame|fault|what happen\w*|in trouble|arrest\w*)\b"
)
_L1_MONEY = re.compile(r"\b(?:money|compensation|cica|paid|pay me|award|claim)\b")
_L1_TELL_POLICE = re.compile(
    r"\b(?:they|you|victim support|the service|support|it|he|she) (?:will |would |gonna |going to "
    r"|do |does )?(?:tell|inform|call|report me to|give (?:my \w+ )?to) (?:the )?police\b"
)
_L1_POLICE_AT_HOME = re.compile(
    r"\b(?:about me|police (?:come|coming|to come|at) (?:to )?my (?:house|home|door|flat))\b"
)
_L1_VICTIM_SUPPORT = re.compile(r"\b(?:victim support|vs|lvws|witness service)\b")
_L1_LANGUAGE = re.compile(
    r"\b(?:speak|speaks|talk|language|polish|interpreter|translat\w*|po polsku|in my language)\b"
)
_L1_CARE = re.compile(
    r"\b(?:care|carer|caring|get up|get out of bed|shower\w*|wash\w*|dress\w*|look after me|"
    r"help me)\b"
)
_L1_WHO_CARES = re.compile(
    r"\bwho (?:helps|will help|would help|does|would do|will do|is going to do|looks after|will "
    r"look after|would look after|else will|else would) (?:me|my care|my \w+)\b|"
    r"\bif (?:she|he|they) (?:stops|stop|walks out|walk out|leaves|leave|quits|quit|stops coming|"
    r"doesnt come|wont come|stopped)\b|\bsend someone else\b|"
    r"\bif i (?:report|accuse|tell on|grass on) (?:her|him|them)\b"
)
_L1_NOT_AGENCY = re.compile(
    r"\bnot (?:from|with|through|employed by) (?:an|a|the|any) (?:agency|company|care company)\b|"
    r"\b(?:shes|hes|she is|he is) (?:just )?(?:my|a) (?:mate|friend|pal)\b"
)
_L1_CARD_ALERTS = re.compile(
    r"\b(?:cancel|stop|block|freeze)\w* (?:the|my|her|his) (?:card|cards|account|bank card)\b"
    r"(?: \w+){0,3}? (?:shell|hell|she will|he will|theyll|she would|he would|shed|hed) "
    r"(?:know|find out|notice|see)\b|"
    r"\b(?:shell|hell|she will|he will|shes gonna|hes gonna|she would|he would) (?:stop|quit) "
    r"(?:coming|caring|helping|looking after)\b"
)
_L1_TELL_HER = re.compile(
    r"\b(?:contact|tell|call|ring|speak to|talk to|inform|warn|text) (?:her|him)\b(?: \w+){0,5}? "
    r"(?:i|that i) (?:complained|reported|told|said|spoke)\b"
)


def l1_asks_to_sit_in_the_interview(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Joy: "can I sit in with him in the interview, hes a child", "what is an appropriate
    adult?". A parent asking to be there while their child is questioned."""
    words = plain(text)
    if re.search(r"\bappropriate adult\b", words):
        return True
    told = answers or {}
    for_child = bool(told.get("for_someone_else")) or bool(
        re.search(r"\bmy (?:son|daughter|boy|girl|child|kid|lad)\b|\b(?:hes|shes) a child\b", words)
    )
    return for_child and bool(_L1_SIT_IN.search(words) and _L1_IN_CUSTODY.search(words))


def l1_asks_about_a_free_solicitor(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Joy: "does he get a free solicitor or do i have to pay", "does he need a solicitor?": a
    parent or someone writing for another person, about the solicitor at the police station."""
    words = plain(text)
    if not _L1_SOLICITOR.search(words) or not re.search(_L1_THEM, words):
        return False
    told = answers or {}
    for_child = bool(told.get("for_someone_else")) or bool(
        re.search(r"\bmy (?:son|daughter|boy|girl|child|kid|lad)\b", words)
    )
    money_or_need = re.search(r"\b(?:free|pay|cost|costs|afford|need|get|have)\b", words)
    asks = is_question(text) or re.search(r"\b(?:does|do|will|would|can|should|how much)\b", words)
    return for_child and bool(money_or_need) and bool(asks)


def l1_says_their_child_is_arrested(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Joy: "My son is 17 he got stabbed on friday and now the police have ARRESTED him??", "HE
    is the one arrested not someone else": the victim they write for is the one arrested."""
    words = plain(text)
    told = answers or {}
    for_child = bool(told.get("for_someone_else")) or bool(
        re.search(r"\bmy (?:son|daughter|boy|girl|child|kid)\b", words)
    )
    # Not "can he report them even though he was arrested?", "is he not a victim too?" (Yemi,
    # round 33): those have their own answers.
    asks_other = re.search(r"\b(?:victim|report|rights?)\b", words)
    return for_child and bool(_L1_CHILD_ARRESTED.search(words)) and not asks_other


def l1_asks_if_a_suspect_is_still_a_victim(text: str) -> bool:
    """Joy: "if hes a suspect now does he lose his rights as a victim?"."""
    words = plain(text)
    return bool(
        _L1_SUSPECT.search(words)
        and _L1_LOSES_RIGHTS.search(words)
        and re.search(_L1_THEM, words)
        and re.search(r"\b(?:victim|rights?)\b", words)
    )


def l1_started_it_and_asks_for_help(text: str) -> bool:
    """Tomasz: "i was drunk and i hit him first ... can i still get help or no?", "i am victim
    if i start the fight?", "if i go to police and tell i punch first what happen to me"."""
    words = plain(text)
    return bool(
        _L1_STARTED_IT.search(words)
        and _L1_HELP_OR_VICTIM.search(words)
        and not _L1_MONEY.search(words)
    )


def l1_started_it_and_asks_for_money(text: str) -> bool:
    """Tomasz: "but i punch first. they give me money still?"."""
    words = plain(text)
    return bool(_L1_STARTED_IT.search(words) and _L1_MONEY.search(words))


def l1_asks_if_support_tells_police(text: str) -> bool:
    """Tomasz, asked to agree to a referral: "they will tell police about me? i dont want police
    come to my house"."""
    words = plain(text)
    return bool(_L1_TELL_POLICE.search(words) and _L1_POLICE_AT_HOME.search(words))


def l1_asks_if_victim_support_speaks(text: str) -> bool:
    """Tomasz: "victim support is speak polish? and they tell police?"."""
    words = plain(text)
    return bool(_L1_VICTIM_SUPPORT.search(words) and _L1_LANGUAGE.search(words)) and is_question(
        text
    )


def l1_asks_who_cares_if_the_carer_goes(text: str) -> bool:
    """Ben: "if i report her who helps me with care?", "who would do my care if she stops",
    "would the council actually send someone else to help me get up if she walks out?", and
    "shes not from an agency tho, shes my mate" (the agency advice does not fit a friend)."""
    words = plain(text)
    if _L1_NOT_AGENCY.search(words) and re.search(r"\bagency\b", words):
        return True
    if not _L1_CARE.search(words):
        return False
    return bool(_L1_WHO_CARES.search(words) or _L1_NOT_AGENCY.search(words))


def l1_card_would_alert_the_carer(text: str) -> bool:
    """Ben: "if i cancel the card shell know ... she'll stop coming and see how i manage"."""
    words = plain(text)
    return bool(_L1_CARD_ALERTS.search(words)) and bool(
        _L1_CARE.search(words) or re.search(r"\bstop (?:coming|caring|helping)\b", words)
    )


def l1_asks_if_they_tell_the_abuser(text: str) -> bool:
    """Ben, asked to agree to a referral: "will they contact her or tell her i complained?"."""
    words = plain(text)
    return bool(_L1_TELL_HER.search(words)) and not re.search(r"\b(?:police|officers?)\b", words)


# -- round 42, helper L5 --
# "Has my info been sent to anyone? I need to know", "did you refer me or not? yes or no"
# (Sarah, who had refused the referral): answered from the conversation, yes or no.
_L5_DETAILS_SENT_Q = re.compile(
    r"\b(?:has|have|was|were|is|are) (?:my|any of my|me) (?:info|information|details|data|number|"
    r"name|stuff|answers|messages|email|phone number) (?:been |being )?(?:sent|passed|given|shared|"
    r"forwarded|referred)\b|"
    r"\b(?:did|have|has) (?:you|u|it|this|anyone) (?:refer|referred|send|sent|pass|passed|share|"
    r"shared|forward|forwarded|give|given) (?:me|my|on my|anything|any of my)\b|"
    r"\b(?:was|am|have) i (?:been |being )?referred\b|"
    r"\bhas (?:a|the|my) referral (?:been |gone )?(?:made|sent|done|through)\b"
)


def l5_asks_if_details_sent(text: str) -> bool:
    return bool(_L5_DETAILS_SENT_Q.search(plain(text)))


def l5_details_sent(answers: Mapping[str, Any] | None) -> bool:
    """A referral has gone to the team only when they said yes, it is safe to contact them, and
    the questions are finished (the request is saved then)."""
    answers = answers or {}
    return (
        answers.get("consent") is not False
        and answers.get("referral_consent") is True
        and bool(answers.get("contact_safe"))
        and answers.get("assessment_done") is True
    )


# Liam, 16, made to carry bags for his cousin: "u still didnt say if im in trouble for holding
# the bag. like is it me whos the criminal" (after "am i gonna get arrested? like im the one
# holding it").
_L5_AM_I_THE_CRIMINAL = re.compile(
    r"\b(?:is it|am) (?:me|i) (?:whos |who s |who is |thats |that s |the one )?(?:the )?"
    r"(?:criminal|one in trouble|one whos in trouble)\b|"
    r"\bin trouble for (?:holding|carrying|dropping|having|moving|taking) (?:a |the |his |their "
    r")?(?:bag|bags|stuff|packages?|parcels?|drugs|gear|it)\b"
)
_L5_HOLDING = re.compile(
    r"\b(?:hold\w*|carry\w*|drop\w*|mov\w*) (?:a |the |his |their )?(?:bag|bags|stuff|packages?|"
    r"parcels?)\b"
)


def l5_exploited_asks_if_criminal(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    exploited = (answers or {}).get("crime_type") == "human_trafficking" or bool(
        _SELL_DRUGS.search(words) or _L5_HOLDING.search(words)
    )
    return exploited and bool(_L5_AM_I_THE_CRIMINAL.search(words))


# "can someone get me out of it without the feds knowing" (Liam, 16): Childline and Fearless,
# not the adults' domestic abuse lines.
_L5_WANTS_OUT = re.compile(
    r"\b(?:get|help) (?:me )?out of (?:it|this|there|that)\b|"
    r"\bwithout (?:the )?(?:feds|police|cops|old bill) (?:knowing|finding out|being told|"
    r"involved)\b|\bwithout (?:telling|going to) (?:the )?(?:feds|police|cops)\b"
)


def l5_young_exploited_wants_out(text: str, answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    age = answers.get("age")
    young = answers.get("under_18") is True or (
        isinstance(age, (int, float)) and not isinstance(age, bool) and age < 18
    )
    return (
        young
        and not answers.get("for_child")
        and answers.get("crime_type") == "human_trafficking"
        and bool(_L5_WANTS_OUT.search(plain(text)))
    )


# Grace, 58, hit by her son (30, schizophrenia) during an episode: "Who can help him? His
# mental health team, should I tell them what happened?", "Is there anyone who helps families
# of people with schizophrenia? Like a carers group?", "when he comes home from the ward next
# week, who do I tell". Got "I'm sorry you're feeling like this" and "I can't answer" 4 times.
_L5_RELATIVES_CARE = re.compile(
    r"\b(?:his|her|their|the|(?:my|our) (?:sons?|daughters?|husbands?|wifes?|partners?|brothers?|"
    r"sisters?|mums?|dads?)) (?:community )?(?:mental health team|care coordinator|care co "
    r"ordinator|care team|psychiatrist|cpn|cmht|key ?worker)\b|"
    r"\bcarers? (?:group|support|lead|assessment|centre)\b|"
    r"\b(?:families|family|relatives|parents|carers) of (?:people|someone|those|a person) with\b|"
    r"\b(?:comes?|coming|gets?|getting) (?:back |out )?(?:home )?(?:from|out of) (?:the )?(?:ward|"
    r"psychiatric|mental health unit)\b|"
    r"\bbefore (?:hes|he is|shes|she is|they are|theyre) discharged\b"
)
_L5_HELP_ASKED = re.compile(
    r"\b(?:who|what|where|is there|are there|anyone|any one|should i|do i|can i|how do i|who do "
    r"i|help)\b"
)


def l5_asks_help_for_relatives_mental_health(text: str) -> bool:
    words = plain(text)
    return (
        bool(_L5_RELATIVES_CARE.search(words))
        and (is_question(text) or bool(_L5_HELP_ASKED.search(words)))
        and not re.search(r"\bmy (?:own )?(?:mental health team|care coordinator|cpn)\b", words)
    )


# -- round 42, helper L3 --
# Amara, 14, hit by girls at school who film it and post it on TikTok and Snapchat: "can u get
# the videos taken down??" got the intimate-image answers (Revenge Porn Helpline, "don't
# screenshot ... even as evidence", "report him to CEOP"), three corrections were not taken, and
# "if i tell the school will they make it worse" got "They might". A video of an assault is
# evidence to keep and to report to the app, not a nude picture.
_L3_SEXUAL = re.compile(
    r"\b(?:nudes?|naked|intimate|explicit|sexual\w*|sexy|sex|topless|undress\w*|porn\w*|"
    r"private (?:pics?|photos?|pictures?|videos?|images?))\b"
)
_L3_NOT_SEXUAL = re.compile(
    r"\b(?:not|arent|aint|isnt|wasnt|werent|r not|are not|is not|nothing|no) (?:\w+ ){0,2}?"
    r"(?:nudes?|naked|sexual|sexy|rude|dirty|like that|that kind|that sort)\b|"
    r"\bnot (?:\w+ )?(?:that|those) kinds? of (?:videos?|vids?|pics?|pictures?)\b"
)
_L3_VIOLENCE = re.compile(
    r"\b(?:hitting|hit|hits|punch\w*|kick\w*|beat|beats|beating|beaten|fight\w*|jump\w*|"
    r"slap\w*|attack\w*|pull\w* (?:my|her|his) hair|bull(?:y|ies|ied|ying)|assault\w*|"
    r"batter\w*|stamp\w*)\b"
)
_L3_VIDEO = re.compile(r"\b(?:videos?|vids?|clips?|footage|recordings?|film\w*|tiktoks?|posts?)\b")
_L3_DOWN = re.compile(
    r"\b(?:taken|took|take|get|getting|got|have) (?:\w+ ){0,3}?(?:down|off|removed|deleted)\b|"
    r"\b(?:remove\w*|delete\w*|takedown)\b|\boff (?:tiktok|snap\w*|insta\w*|youtube|the app|"
    r"the internet|online)\b"
)
_L3_SCREENSHOT = re.compile(
    r"\b(?:screenshot\w*|screen shot\w*|save (?:it|them|the videos?)|keep (?:it|them|the "
    r"videos?)|record (?:it|them))\b"
)
_L3_WRONG_PERSON = re.compile(r"\bwho (?:is|r|are) (?:him|he)\b|\bits girls\b")
_L3_VIOLENT_CRIMES = ("assault", "serious_violence", "hate_crime", "robbery", "violence")


def _l3_sexual(words: str) -> bool:
    return bool(_L3_SEXUAL.search(words)) and not _L3_NOT_SEXUAL.search(words)


def l3_videos_of_violence(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """The videos or pictures talked about are of an attack, not sexual: said so, or the crime
    is violence and nothing sexual was ever said."""
    words = plain(text)
    if _l3_sexual(words):
        return False
    details = (answers or {}).get("account_details") or ()
    if _L3_NOT_SEXUAL.search(words) or _L3_VIOLENCE.search(words):
        return True
    return (
        crime_type in _L3_VIOLENT_CRIMES
        and "intimate_images" not in details
        and "sextortion" not in details
    )


def l3_asks_to_get_attack_videos_down(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "can u get the videos taken down??", "how do i get the videos took down"."""
    words = plain(text)
    return (
        _young(answers)
        and bool(_L3_VIDEO.search(words))
        and bool(_L3_DOWN.search(words))
        and l3_videos_of_violence(text, crime_type, answers)
    )


def l3_says_not_sexual_videos(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "its not like THAT kind of video", "NO they r NOT nudes omg. its them hitting me. can i
    screenshot it or not", "who is HIM?? its girls" after the wrong answer."""
    words = plain(text)
    if _l3_sexual(words) or not _young(answers) or crime_type not in _L3_VIOLENT_CRIMES:
        return False
    not_sexual = bool(_L3_NOT_SEXUAL.search(words)) and bool(
        _L3_VIDEO.search(words) or _L3_VIOLENCE.search(words) or re.search(r"\bnudes?\b", words)
    )
    screenshot = bool(_L3_SCREENSHOT.search(words)) and bool(_L3_VIOLENCE.search(words))
    wrong_person = bool(_L3_WRONG_PERSON.search(words)) and l3_videos_of_violence(
        text, crime_type, answers
    )
    return not_sexual or screenshot or wrong_person


# "if i tell the school will they make it worse", "can i tell a teacher instead": a young person
# telling the school themselves, not whether the police tell it (utter_police_tell_school_young).
_L3_TELL_SCHOOL = re.compile(
    r"\b(?:if|should|can|could|do|shall|would|will) (?:i|we) (?:\w+ )?(?:tell|talk to|go to|"
    r"speak to|report (?:it )?to) (?:a |the |my |our |one of the )?(?:school|teachers?|head ?"
    r"teachers?|head of year|(?:form )?tutor|sir|miss)\b|\b(?:tell|telling) (?:a |the |my )?"
    r"(?:school|teachers?)\b.{0,40}\b(?:make it worse|worse)\b"
)
_L3_POLICE = re.compile(r"\b(?:police|cops|feds|officers?|the met|101)\b")


def l3_young_person_asks_about_telling_school(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    told = answers or {}
    if not _young(told) or told.get("for_child") or told.get("for_someone_else"):
        return False
    asked = is_question(text) or bool(re.search(r"\b(?:instead|make it worse)\b", words))
    police_asked = bool(_L3_POLICE.search(words)) and not re.search(
        r"\b(?:never told|not told|didnt tell|dont have a) (?:the )?(?:police|officer)", words
    )
    return asked and bool(_L3_TELL_SCHOOL.search(words)) and not police_asked


# Hana, 30, whose ex-husband turns up at the school and threatens to take the children to
# Pakistan: "should I tell the school?" was answered as if she had a court order, and her
# questions about stopping it ("he has the Pakistani ones [passports]. Can I stop that?", "how I
# get a court order to stop him, a prohibited steps order", "anyone who specialises in children
# being taken abroad?") and about pick-up ("can they stop him?") got "can't answer".
_L3_ORDER_TOLD = re.compile(
    r"(?<!any )(?<!an )(?<!no )\b(?:order|injunction|nmo|non molestation)\b"
)
_L3_ABROAD = re.compile(
    r"\b(?:abroad|out of (?:the )?(?:uk|country)|overseas|to (?:pakistan|india|bangladesh|nigeria|"
    r"somalia|morocco|egypt|turkey|iraq|iran|algeria|afghanistan|sudan|libya|albania|"
    r"jamaica|ghana|his country|back home))\b|\bpassports?\b|\bprohibited steps?\b|"
    r"\babduct\w*\b|\btaken abroad\b"
)
_L3_THE_CHILDREN = re.compile(
    r"\b(?:children|kids|child|my (?:son|daughter|boy|girl|baby)|the boys|the girls)\b"
)
_L3_STOP_IT = re.compile(
    r"\bcan i stop\b|\bstop (?:him|that|it|this)\b|\b(?:how|where) (?:do |can |would )?i get "
    r"(?:one|it|an order|a court order|a prohibited)|\bprohibited steps?\b|\bsolicitor\b|"
    r"\bcost\w* (?:money|anything)\b|\bspeciali[sz]\w*\b|\banyone who\b|\bhague\b|"
    r"\bwhat can i do\b|\bhow (?:do|can) i (?:prevent|stop)\b"
)
_L3_PICK_UP = re.compile(
    r"\bpick ?(?:ing)? ?up\b|\bcollect\w*\b|\bhome time\b|\bend of (?:the )?(?:school )?day\b|"
    r"\bcomes? to (?:the )?school\b|\bat the (?:school )?gates?\b"
)


def _l3_order_told(words: str) -> bool:
    if re.search(
        r"\b(?:dont|do not|havent|have not|never|no) (?:\w+ )?(?:any |an |a )?(?:court )?order\b|"
        r"\bwhat order\b",
        words,
    ):
        return False
    return bool(_L3_ORDER_TOLD.search(words))


def l3_taking_children_abroad_feared(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return bool(_L3_ABROAD.search(words)) and bool(_L3_THE_CHILDREN.search(words))


def l3_asks_how_to_stop_children_taken(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "he has the Pakistani ones I think. Can I stop that?", "I asked how I get a court order
    to stop him, a prohibited steps order or whatever, and if I need a solicitor"."""
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\bi asked\b", words))
    children = (
        l3_taking_children_abroad_feared(text, answers)
        or "prohibited step" in words
        or (
            bool(re.search(r"\b(?:order|prohibited)\b", words))
            and bool(re.search(r"\b(?:children|kids|taking (?:them|my))\b", words))
        )
    )
    return asked and children and bool(_L3_STOP_IT.search(words)) and not _L3_PICK_UP.search(words)


_L3_NO_ORDER = re.compile(
    r"\b(?:dont|do not|havent|have not|never had|never got) (?:got )?(?:any |an |a )?"
    r"(?:court )?order\b"
)
_L3_HOW_TO_GET_ONE = re.compile(
    r"\bhow (?:do|can|would) i get (?:one|it)\b|\bcost\w* (?:money|anything)\b"
)


def l3_says_there_is_no_order(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "What order? I don't have any order. How do I get one and does it cost money?" after an
    answer that spoke of an order she does not have (Hana)."""
    words = plain(text)
    told = answers or {}
    close = told.get("crime_type") in ("domestic_abuse", "stalking_harassment") or told.get(
        "relationship_to_offender"
    ) in ("partner_or_ex", "family_member")
    return (
        close
        and bool(re.search(r"\bwhat order\b", words) or _L3_NO_ORDER.search(words))
        and bool(_L3_HOW_TO_GET_ONE.search(words) or re.search(r"\bwhat order\b", words))
    )


def l3_asks_school_pick_up(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "if he comes to the school today at pick up time and tries to take them, what should the
    school do? He is still their father, can they stop him?"."""
    words = plain(text)
    return (
        is_question(text)
        and bool(re.search(r"\bschool\b", words))
        and bool(_L3_PICK_UP.search(words))
        and bool(re.search(r"\b(?:take|takes|taking|took|grab\w*|snatch\w*)\b", words))
        and not _young(answers)
    )


def l3_school_answer(text: str) -> str:
    """The order answer only when an order was told of."""
    return (
        "utter_tell_the_school_order"
        if _l3_order_told(plain(text))
        else "utter_l3_tell_school_no_order"
    )


# Dave, 50, glassed: "not sleeping great. drinking more than i should", "the drinking's the bit
# thats bothering me ... keep seeing it happen again when i shut my eyes", "will they help with
# the drink thing or just the court stuff": drinking more and flashbacks after an attack.
_L3_DRINKING = re.compile(
    r"\b(?:drinking (?:more|too much|a lot|heavily|every night|loads)|(?:the|my) drinkings?\b|"
    r"(?:the|my) drink (?:thing|problem)|hitting the (?:bottle|drink)|few after close|about the "
    r"drink\w*|with the drink\w*)"
)


def l3_mentions_drinking_or_flashbacks(text: str) -> bool:
    return bool(_L3_DRINKING.search(plain(text)))


# Not an answer to "would you like us to pass your details on?" or "is it safe for a support
# worker to contact you?": "u still didnt say how to get the videos off tiktok", "tbh the
# drinking's the bit thats bothering me", "forget it. is there someone i can talk to about the
# drinking and the flashbacks or not".
_L3_COMPLAINT = re.compile(
    r"\b(?:you|u) (?:still )?(?:didnt|did not|never|havent|have not|dont|do not) (?:even )?"
    r"(?:say|said|tell|told|answer\w*|explain\w*|read)\b|\bdid (?:you|u) (?:even )?read\b|"
    r"\b(?:you|u|ur|youre) not listening\b"
)
_L3_CONTACT_WORDS = re.compile(
    r"\b(?:contact\w*|ring|rings|call|calls|phone\w*|text\w*|email\w*|refer\w*|pass (?:it|them|"
    r"my|on)|details|voicemail)\b"
)
_L3_YES_OR_NO_FIRST = re.compile(r"^(?:yes|yeah|yep|yup|ya|no|nope|nah|sure)\b")


def l3_not_a_contact_answer(text: str) -> bool:
    words = plain(text)
    if _L3_YES_OR_NO_FIRST.match(words) or _L3_CONTACT_WORDS.search(words):
        return False
    return bool(
        _L3_COMPLAINT.search(words)
        or _L3_DRINKING.search(words)
        or (_L3_VIDEO.search(words) and _L3_DOWN.search(words))
    )


# -- round 42, helper L2 --
# Lena, stalked by a former client: "What can I do to be safer at the practice and getting to
# my car?"; Pete, his car stolen, who drives his wife to dialysis: "Who do I ring about patient
# transport for Margaret?"; Nina, a fake Instagram account in her name: "is this even a crime??
# how do i actually get it taken down" (told about economic abuse: "account" read as money);
# Priyanka: "will they phone me? My husband or saas may pick up or hear" (told about the police).
_L2_SAFER = re.compile(r"\b(?:safe|safer|safely|safety)\b|\banything i should do\b")
_L2_WORK_OR_CAR = re.compile(
    r"\b(?:at work|to work|from work|my work|workplace|office|practice|my job|my car|the car|"
    r"car park|walk to (?:my|the) car|leave work|leaving work)\b"
)
_L2_HOSPITAL_TRANSPORT = re.compile(
    r"\b(?:hospital transport|patient transport|transport (?:to|for) (?:the |her |his |my )?"
    r"(?:hospital|dialysis|appointments?|renal unit)|dialysis|renal unit|(?:taxis?|lifts?|cabs?|"
    r"rides?) to (?:the )?hospital|get (?:her|him|them) to (?:the )?(?:hospital|appointments?))\b"
)
_L2_TAKE_DOWN = re.compile(
    r"\b(?:taken down|take (?:it |this |that )?down|taking (?:it )?down|removed|remove (?:it|this|"
    r"that|the account|the profile)|get rid of|deleted|shut down|report harmful content|"
    r"specific org\w*|org for online)\b"
)
_L2_ACCOUNT = re.compile(
    r"\b(?:account|profile|page|instagram|insta|ig|facebook|tiktok|snapchat|impersonat\w*|"
    r"fake|report harmful content)\b"
)
_L2_IMPERSONATION = re.compile(
    r"\b(?:impersonat\w*|fake (?:insta\w*|account|profile|page|acc)|pretend\w* to be me|"
    r"posing as me|(?:using|used) my (?:photos|pics|pictures|name))\b"
)
_L2_CRIME = re.compile(
    r"\b(?:crime|illegal|against the law|an offence|criminal|which law|what law)\b"
)
_L2_CONTACT_ME = re.compile(
    r"\b(?:they|you|someone|the service|the support service|support worker|a support worker|"
    r"the worker|a worker)\s+(?:\w+\s+)?(?:phone|call|ring|text|message|contact|email)\w* me\b"
)

_L2_SAFE_CONTACT = re.compile(
    r"\b(?:safely|safe|only (?:by )?(?:message|messages|text|texts|email)|at a time i (?:choose|"
    r"pick|say)|(?:pick|picks) up|answers?|hear|husband|wife|partner|saas|in laws?|mother in law|"
    r"father in law|someone else)\b"
)
_L2_POLICE = re.compile(r"\b(?:police|officer|detective|feds|cops?)\b")


def l2_asks_how_to_be_safer_at_work(text: str, crime_type: str | None) -> bool:
    """ "What can I do to be safer at the practice and getting to my car?" (stalking)."""
    words = plain(text)
    return (
        crime_type in ("stalking_harassment", "stalking", "harassment")
        and is_question(text)
        and "tracker" not in words  # a tracker on the car: utter_tracker's answer
        and bool(_L2_SAFER.search(words) and _L2_WORK_OR_CAR.search(words))
    )


def l2_asks_about_hospital_transport(text: str) -> bool:
    """ "can you tell me about hospital transport? ... for dialysis patients?" """
    words = plain(text)
    return (
        is_question(text)
        and bool(_L2_HOSPITAL_TRANSPORT.search(words))
        and bool(
            re.search(
                r"\b(?:transport|taxis?|lifts?|cabs?|rides?|drive|get (?:her|him|them) to|"
                r"who do i (?:ring|call)|what do i do)\b",
                words,
            )
        )
    )


def l2_asks_to_take_down_an_account(text: str, crime_type: str | None) -> bool:
    """ "how do i get instagram to actually remove it?" about a fake or abusive account."""
    words = plain(text)
    online = crime_type in ("online_abuse", "stalking_harassment") or bool(
        _L2_IMPERSONATION.search(words)
    )
    posts = re.search(r"\b(?:posts?|videos?|comments?|tweets?)\b", words)
    if posts and not _L2_IMPERSONATION.search(words) and "report harmful content" not in words:
        return False  # posts or videos to take down: utter_posts_removed
    return (
        online
        and bool(_L2_TAKE_DOWN.search(words))
        and bool(_L2_ACCOUNT.search(words) or "report harmful content" in words)
        and (is_question(text) or bool(re.search(r"\bhow to (?:get|have)\b", words)))
    )


def l2_asks_if_impersonation_is_a_crime(text: str) -> bool:
    """ "is it actually a crime tho? ... my friend said impersonation isnt illegal" """
    words = plain(text)
    return bool(_L2_IMPERSONATION.search(words) and _L2_CRIME.search(words))


def l2_asks_if_contact_is_safe(text: str) -> bool:
    """ "will they phone me? My husband or saas may pick up", "Can they contact me safely, like
    only message, at a time I choose?" (not the police's updates)."""
    words = plain(text)
    return (
        is_question(text)
        and not _L2_POLICE.search(words)
        and bool(_L2_CONTACT_ME.search(words) and _L2_SAFE_CONTACT.search(words))
    )


# -- round 42, helper L6 --
# Arjun (taxi seats slashed, 3 days' work lost): "The seats cost £650 to reupholster and I lost 3
# days work, about £450. Who pays that?", "Can I claim for the seats and lost earnings or not?".
# The answer written for Kwabena (a robbed delivery rider) spoke of "the bike", "the delivery
# company" and "rent": those words only for someone who said them.
_L6_DAMAGE = re.compile(
    r"\b(?:seats?|damage\w*|repairs?|reupholster\w*|windows?|windscreen|tyres?)\b"
)
_L6_EARNINGS = re.compile(
    r"\b(?:lost earnings|loss of earnings|lost (?:\w+ ){0,2}(?:days?|weeks?|shifts?) (?:of )?"
    r"(?:work|wages|pay)|(?:days?|weeks?|shifts?) (?:i )?(?:cant|couldnt|can not|could not) "
    r"work|lost (?:my )?(?:wages|earnings|income))\b"
)
_L6_WHO_PAYS = re.compile(
    r"\b(?:who pays|who will pay|who is paying|can i claim|could i claim|do i claim|claim for|"
    r"get (?:it|that|the money|my money) back|compensation|pay for (?:it|that|the)|paid back)\b"
)
_L6_RIDER_WORDS = re.compile(
    r"\b(?:e ?bike|bike|bicycle|delivery|deliveroo|uber eats|just eat|rider|riding|rent|"
    r"scooter|moped)\b"
)


def l6_asks_who_pays_damage_and_earnings(text: str) -> bool:
    """Damage and lost earnings together; damage alone has its own answers."""
    words = plain(text)
    return (
        is_question(text)
        and bool(_L6_DAMAGE.search(words))
        and bool(_L6_EARNINGS.search(words))
        and bool(_L6_WHO_PAYS.search(words))
        and not _L6_RIDER_WORDS.search(words)
        and not re.search(r"\b(?:court|trial|witness|give evidence|giving evidence)\b", words)
    )


def l6_lost_earnings_not_a_rider(text: str) -> bool:
    """Kwabena's question in other words, from someone who never said bike, delivery or rent."""
    return asks_about_lost_earnings_without_injury(text) and not _L6_RIDER_WORDS.search(plain(text))


# Arjun: "What bike? I drive a taxi, a Toyota Prius. Not a delivery company. I think you mixed
# me up with someone else".
_L6_MIXED_UP = re.compile(
    r"\b(?:mixed me up|mixed up with someone|mixing me up|confus\w* me with|someone elses? "
    r"(?:case|story)|what (?:bike|delivery company|delivery|rent)|not a delivery|i (?:dont|do not)"
    r" (?:have|ride|own) a bike)\b"
)


def l6_says_bike_answer_was_not_theirs(text: str) -> bool:
    words = plain(text)
    return bool(_L6_MIXED_UP.search(words)) and bool(
        re.search(r"\b(?:bike|delivery|rent|taxi|car|seats?|earnings|wages)\b", words)
    )


# Rosa, 70, a builder took £9,000 upfront and sends threats: "And the money? the £9000? Is
# robbery no? He is a thief", "Who I call for the money, the police or the small claims?".
_L6_MONEY = re.compile(r"(?:£ ?\d|\b(?:money|savings|deposit|\d+ ?(?:pounds|k)\b))")
_L6_MONEY_WHAT_CRIME = re.compile(
    r"\b(?:robbery|robbed|thief|theft|stealing|steal|stole|fraud|scam|small claims|who (?:do )?"
    r"i (?:call|ring|contact|go to) for (?:the|my) money|police or (?:the )?(?:small claims|"
    r"court)|(?:get|have) (?:my|the) money back)\b"
)
_L6_TRADER = re.compile(
    r"\b(?:builder|trader|tradesman|roofer|plumber|electrician|decorator|kitchen|bathroom|"
    r"extension|upfront|up front|invoice|quote|checkatrade|workman|workmen)\b"
)


def l6_asks_about_money_a_trader_took(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None = None
) -> bool:
    words = plain(text)
    if not (is_question(text) and _L6_MONEY.search(words) and _L6_MONEY_WHAT_CRIME.search(words)):
        return False
    # Fraud already recorded has its own answers (bank scams, cash, rogue traders).
    if _L6_TRADER.search(words):
        return crime_type in (None, "stalking_harassment", "criminal_damage", "theft")
    return crime_type == "stalking_harassment"


# Mary, 82, hard of hearing: "I want you to send a policeman round please", "can you get a
# policeman to come or not?", "Can you arrange that for me please?", "So will the support
# people send the policeman?".
_L6_POLICE = (
    r"(?:a |the )?(?:policem[ae]n|police ?(?:officers?|m[ae]n|wom[ae]n)?|coppers?|officers?|bobby)"
)
_L6_SEND_POLICE = re.compile(
    rf"\bsend (?:\w+ )?{_L6_POLICE}\b|\bsend (?:one|someone|somebody) (?:round|over|to my)\b|"
    rf"\b(?:get|arrange (?:for )?|have) {_L6_POLICE} (?:to )?(?:come|visit|call|pop|go) (?:round|"
    rf"over|or not|to)\b|\b(?:get|arrange (?:for )?|have) {_L6_POLICE} (?:to )?(?:come|visit)\b|"
    rf"\b{_L6_POLICE} to come (?:round|over)\b"
)


def l6_asks_bot_to_send_police(text: str) -> bool:
    words = plain(text)
    if re.search(r"\b(?:dont|do not|don t|never) want\b", words):
        return False  # "I dont want the police to come and take him away"
    if re.search(r"\b(?:should i|do i|can i|how do i|how can i|will they|when will)\b", words) and (
        not re.search(r"\b(?:you|support people|support team|support workers?)\b", words)
    ):
        return False  # "how do I tell the police myself": how to report
    return bool(_L6_SEND_POLICE.search(words))


# Rosa, at "are you in danger?": "no se... I don't know. He is not here now. But he say he know
# where I live ... I am scared at night" got "I've noted: you are 70".
_L6_KNOWS_WHERE = re.compile(
    r"\b(?:knows?|know|found out|find out) where (?:i|we) (?:live|am|stay)\b|\bcome to (?:my|the)"
    r" (?:door|house|flat|home)\b"
)
_L6_SCARED = re.compile(
    r"\b(?:scared|afraid|frightened|terrified|fear\w*|worried|nervous|cant sleep|dont feel safe|"
    r"not feel safe|dont know|not sure|no se)\b"
)


def l6_scared_they_know_where_i_live(text: str) -> bool:
    words = plain(text)
    return bool(_L6_KNOWS_WHERE.search(words)) and bool(_L6_SCARED.search(words))


# -- round 43, helper M1 --
# Malik, 17, made by older boys to hold a bag and drop it somewhere, his brother (11) threatened:
# "am i gonna get nicked? i didnt even know whats in the bag" got the adult forced-labour answer
# with a passport he never mentioned and a promise ("It's very unlikely"); "if i tell the police
# do they arrest me for the bag stuff" got Right 6; "who can help me get out" and "whos gonna keep
# him safe" got "I can't answer". The details "criminal_exploitation" and "labour_told" are read
# from the account (actions/account.py m1_exploitation_details).
_M1_OWN_ARREST = re.compile(
    r"\b(?:am i|will i|would i|could i|can i|do i|might i)(?: be)? (?:gonna |going to |get |be |"
    r"end up )*(?:arrested|nicked|in trouble|charged|locked up|prosecuted|done for)\b|"
    r"\b(?:arrest|nick|charge|lock up|prosecute) me\b"
)
_M1_CARRYING = re.compile(
    r"\b(?:bags?|carry\w*|carried|holding|hold(?:ing)? (?:it|stuff|the)|run(?:ning)? stuff|"
    r"packages?|parcels?|the drop|drop(?:ped|ping)? (?:it|stuff|the)|county lines|runs)\b"
)
_M1_WAY_OUT = re.compile(
    r"\b(?:who|what|where|any(?:one|body)|some(?:one|body)|how)\b.{0,30}\b(?:help|get) (?:me )?"
    r"(?:to )?(?:get )?out\b|\bget (?:me )?out of (?:it|this|there|that|the ting|this life)\b|"
    r"\bhow (?:do|can|could|would) i (?:stop|leave|quit|get out)\b|\bi (?:cant|can t|cannot) "
    r"(?:just )?(?:stop|leave|get out|quit)\b"
)
_M1_DRUGS_NAMED = re.compile(r"\b(?:drugs?|weed|coke|crack|heroin|cannabis|dealing|sell\w*)\b")
_M1_SIBLING = re.compile(
    r"\b(?:(?:my )?(?:little|younger|baby|lil|small|big|older) (?:brother|bro|sister|sis)|my "
    r"(?:brother|bro|sister|sis|siblings?))\b"
)
_M1_KEEP_SAFE = re.compile(
    r"\b(?:keep (?:him|her|them) safe|protect (?:him|her|them)|look after (?:him|her|them)|"
    r"(?:what|wat|wot) about (?:my )?(?:little |lil |younger |baby )?(?:brother|bro|sister|sis)|"
    r"(?:is|will) (?:he|she) (?:be )?(?:safe|ok|okay|alright)|(?:protect|look after) my|"
    r"(?:be|gonna be|going to be) (?:safe|ok|okay|alright)|(?:go|come|going|coming|gonna go) "
    r"for (?:him|her)|(?:hurt|touch|get) (?:him|her)\b)"
)


def _m1_carried_under_threat(text: str, crime_type: str | None, answers: Mapping[str, Any]) -> bool:
    """Made to carry or run things for others (criminal exploitation), by the account or now."""
    details = answers.get("account_details") or ()
    if "criminal_exploitation" in details or account.m1_told_criminal_exploitation(text):
        return True
    trafficked = crime_type == "human_trafficking" or answers.get("crime_type") == (
        "human_trafficking"
    )
    return trafficked and "labour_told" not in details and bool(_M1_CARRYING.search(plain(text)))


def _m1_adult(answers: Mapping[str, Any]) -> bool:
    age = answers.get("age")
    return not _young(answers) and isinstance(age, (int, float)) and age >= 18


def m1_fears_own_arrest_after_carrying(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> str | None:
    """ "am i gonna get nicked?", "do they arrest me for the bag stuff": their own arrest, from
    someone made to carry things; None when an earlier row already answers it."""
    told = answers or {}
    words = plain(text)
    if told.get("for_someone_else") or told.get("for_child") or not _M1_OWN_ARREST.search(words):
        return None
    carrying = "criminal_exploitation" in (told.get("account_details") or ()) or bool(
        account.m1_told_criminal_exploitation(text) or _M1_CARRYING.search(words)
    )
    if not (carrying and _m1_carried_under_threat(text, crime_type, told)):
        return None
    if _M1_DRUGS_NAMED.search(words) or b6_adult_fears_arrest_for_carried_drugs(
        text, crime_type, told
    ):
        return None  # drugs named: utter_exploited_not_blamed or the adult's answer (round 38)
    if "criminal_exploitation" not in (told.get("account_details") or ()) and (
        fears_arrest_after_exploitation(text, told) or l5_exploited_asks_if_criminal(text, told)
    ):
        return None  # no account read: the child's answer (round 42, Liam) as before
    if _m1_adult(told):
        return "utter_m1_made_to_carry_arrest_adult"
    return "utter_m1_made_to_carry_arrest"


def m1_asks_for_a_way_out(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "who can help me get out", "i cant just stop they'll go for my bro": a young person made
    to carry things asks how to get out (not an adult: its answer names children's services)."""
    told = answers or {}
    if told.get("for_someone_else") or told.get("for_child") or _m1_adult(told):
        return False
    if l5_young_exploited_wants_out(text, told):
        return False  # Liam's "get me out of it without the feds knowing": its own answer
    return bool(_M1_WAY_OUT.search(plain(text))) and _m1_carried_under_threat(
        text, crime_type, told
    )


def m1_asks_about_a_threatened_sibling(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "wat about my little brother tho. whos gonna keep him safe" from someone exploited."""
    told = answers or {}
    words = plain(text)
    if not (_M1_SIBLING.search(words) and _M1_KEEP_SAFE.search(words)):
        return False
    exploited = (
        crime_type == "human_trafficking"
        or told.get("crime_type") == "human_trafficking"
        or "criminal_exploitation" in (told.get("account_details") or ())
    )
    return exploited and (is_question(text) or bool(re.search(r"\bkeep (?:him|her) safe\b", words)))


def m1_says_it_is_not_labour(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "what passport? nobody took my passport lol. its not work its like they make me run
    stuff": the forced-labour picture put right."""
    told = answers or {}
    if not account.m1_denies_labour(text):
        return False
    return (
        crime_type == "human_trafficking"
        or told.get("crime_type") == "human_trafficking"
        or _m1_carried_under_threat(text, crime_type, told)
    )


# -- round 43, helper M3 --
# Femi (38, punched outside a bar, hit back) and Claire (31, stalked by an ex-colleague who
# waits in her work car park): what they asked that got "I can't answer", a privacy notice or
# advice for someone in halls.
_M3_DANGER_ASKED = re.compile(
    r"\bwhy (?:do |did |are |have )?(?:you|u|ya) (?:\w+ ){0,2}?(?:keep|keeps|kept|always|still"
    r"|again)\b.{0,25}\b(?:ask\w*|say\w*|going on|on about|checking)\b.{0,30}\b(?:danger|safe)\b|"
    r"\b(?:stop|quit) asking (?:me )?(?:if|whether|about)\b.{0,15}\b(?:danger|safe)\b|"
    r"\bwhy (?:do |did |are |have )?(?:you|u) (?:\w+ )?(?:ask\w*|think) (?:me )?(?:if|whether|"
    r"that)? ?(?:im|i am|i m) (?:in danger|safe|not safe)\b.{0,20}\b(?:again|told you|said)\b"
)


def m3_asks_why_asked_about_danger(text: str) -> bool:
    """ "why do you keep asking if im in danger?? I told you I'm at home. Safe" """
    return bool(_M3_DANGER_ASKED.search(plain(text)))


_M3_JAW = re.compile(r"\b(?:jaw|jaws|jawbone|jaw bone)\b")
_M3_JAW_HURTS = re.compile(
    r"\b(?:killing me|killin me|agony|in bits|throbbing|hurts? like|proper hurts|really hurts|"
    r"hurts? (?:so much|loads|a lot|bad)|(?:get|getting|have|having) (?:it |the jaw |my jaw )?"
    r"(?:looked at|checked|checked out|seen to|x rayed|xrayed)|see a doctor)\b"
)


def m3_jaw_hurts_after_a_blow(text: str, crime_type: str | None) -> bool:
    """ "Split my lip and my jaw is killing me tbh", "Should I get the jaw looked at?" after a
    punch: the jaw answer (NHS 111, when to go to A&E, the doctor's record)."""
    words = plain(text)
    if re.search(r"\b(?:compensation|compo|cica|claim)\b", words):
        return False
    return (
        (crime_type in VIOLENT or crime_type == "hate_crime")
        and bool(_M3_JAW.search(words))
        and bool(_M3_JAW_HURTS.search(words))
    )


_M3_REPORT_FIRST = re.compile(
    r"\b(?:report|reporting|go to the police|call the police|tell the police)\w* (?:it |him |this "
    r")?(?:first|before (?:he|she|they|him|her) (?:does|do|did))\b|"
    r"\bwhat if (?:he|she|they) (?:says?|said|claims?|tells? (?:them|the police)) (?:that )?(?:i|"
    r"me) (?:attacked|hit|started|assaulted|punched|went for)\b"
)


def m3_asks_if_reporting_first_helps(text: str, crime_type: str | None) -> bool:
    """ "If I report it first does that help me?", "what if he says I attacked him" """
    words = plain(text)
    return (
        crime_type in VIOLENT
        and is_question(text)
        and bool(_M3_REPORT_FIRST.search(words))
        # -- round 46, helper Q1 --: not "compensation? ... would i have to report it first"
        # (Dave, robbed), which got "if they want to interview you as a suspect".
        and not re.search(
            r"\b(?:compensation|compo|cica|claim\w*|payout)\b|\b(?:have to|need to|got to|"
            r"must) report\w* (?:it |this )?first\b",
            words,
        )
    )


_M3_SOLICITOR = re.compile(r"\b(?:solicitor|lawyer|legal advice|brief)\b")
_M3_BEFORE_POLICE = re.compile(
    r"\b(?:before|when|if) i (?:go|walk in|report|speak|talk|call|ring|tell)\w*\b.{0,25}\b"
    r"(?:police|them|cops|station)\b|\b(?:before|when) i report\b|"
    r"\b(?:get|getting) (?:nicked|arrested|done)\b"
)


def m3_asks_for_a_solicitor_to_report(text: str, crime_type: str | None) -> bool:
    """ "Do I need a solicitor before I go to the police? dont wanna walk in and get nicked" """
    words = plain(text)
    return (
        crime_type in VIOLENT
        and is_question(text)
        and bool(_M3_SOLICITOR.search(words) and _M3_BEFORE_POLICE.search(words))
    )


_M3_COMPENSATION = re.compile(r"\b(?:compensation|compo|cica|claim\w*|payout|pay out)\b")
_M3_HIT_BACK = re.compile(
    r"\b(?:hit|hitting|punched|punching|smacked|swung at|fought|fighting|pushed|pushing|shoved|"
    r"struck) (?:him |her |them )?back\b|\b(?:defended|defending) myself\b|\bself defen[cs]e\b"
)


def m3_asks_if_hitting_back_stops_compensation(text: str) -> bool:
    """ "can I get compensation if I hit him back too?", "u didnt say if me hitting back stops
    the compensation" """
    words = plain(text)
    return bool(_M3_COMPENSATION.search(words) and _M3_HIT_BACK.search(words))


_M3_TO_THE_CAR = re.compile(
    r"\b(?:to|get to|walk to|walking to|reach) (?:my|the) car\b|\bcar ?park\b|\b(?:leave|leaving|"
    r"finish|finishing|get out of|walk out of) (?:work|the office|the building|here)\b|"
    r"\b(?:leave|leaving|finish|finishing|go|get off) (?:at|by) \d"
)
_M3_TONIGHT = re.compile(
    r"\b(?:tonight|today|later|this evening|at \d+|when i (?:leave|finish|go)|without (?:him|her|"
    r"them) (?:there|being there|seeing me)|what if|comes? back|dreading|scared|worried|afraid|"
    r"nervous|safe\w*|need to|how do i|what do i)\b"
)


def m3_asks_about_leaving_work_tonight(text: str, crime_type: str | None) -> bool:
    """ "I need to get to my car tonight without him there", "what if he comes back when I
    leave at 6" (stalked at work): getting out to the car safely, not advice for halls."""
    words = plain(text)
    return (
        crime_type in ("stalking_harassment", "stalking", "harassment")
        and "tracker" not in words
        and bool(_M3_TO_THE_CAR.search(words) and _M3_TONIGHT.search(words))
        # "What can I do to be safer ... getting to my car?": round 42's answer for the workplace
        and not l2_asks_how_to_be_safer_at_work(text, crime_type)
    )


_M3_HARASSMENT_OR_STALKING = re.compile(
    r"\b(?:harassment|harrassment|harasment)\b.{0,80}\b(?:stalking|stalker)\b|"
    r"\b(?:stalking|stalker)\b.{0,80}\b(?:harassment|harrassment|harasment)\b"
)
_M3_DIFFERENCE = re.compile(
    r"\b(?:does (?:it|that|this) matter|matter|difference|different|which (?:one|is it)|whats the "
    r"diff|same thing|more serious|worse)\b"
)


def m3_asks_harassment_or_stalking(text: str) -> bool:
    """ "the police logged it as harassment but the officer today said stalking. Does that
    matter?" """
    words = plain(text)
    return (
        is_question(text)
        and bool(_M3_HARASSMENT_OR_STALKING.search(words))
        and bool(_M3_DIFFERENCE.search(words))
    )


_M3_POLICE_CAME = re.compile(
    r"\b(?:police|officers?|cops) (?:came|come|arrived|turned up|got here|were here|have been|"
    r"been)\b"
)
_M3_GONE_OR_SHAKEN = re.compile(
    r"\b(?:he|she|they|him|her) (?:left|has left|s left|went|has gone|s gone|is gone|ran off|drove "
    r"off|legged it)\b|\b(?:im|i am|i m|still|cant stop|can t stop) (?:\w+ )?(?:shaking|shaky|"
    r"trembling|in bits|in shock)\b"
)


def m3_police_came_and_shaken(text: str) -> bool:
    """ "police came, he left, I'm shaking" (Claire, just after calling 999 at work)."""
    words = plain(text)
    return (
        not is_question(text)
        and bool(_M3_POLICE_CAME.search(words))
        and bool(_M3_GONE_OR_SHAKEN.search(words))
    )


# -- round 44, helper N5 --
# Jamal, 22, attacked in a racist assault and stopped and searched a week before: "what u got
# that aint police tho", "is there support that aint the police yes or no" (ignored twice).
_N5_NOT_POLICE = re.compile(
    r"\b(?:support|help|services?|anyone|anybody|someone|somebody|anything|something|people|"
    r"charit\w*|organisations?|what (?:u|you) got)\b.{0,30}\b(?:that|which|who|thats)? ?"
    r"(?:aint|ain t|isnt|is not|not|arent|are not|other than|apart from|except|besides)"
    r" (?:the |with the |from the |to do with the |linked to the )?(?:police|feds|cops|old bill|"
    r"met|5 ?0)\b"
)
_N5_MUST_REPORT = re.compile(
    r"\b(?:do|would|will|must) (?:i|u|you) (?:have to|need to|got to|gotta) (?:report|tell|go to)"
)


def n5_asks_for_support_not_police(text: str) -> bool:
    """ "is there support that aint the police yes or no", "what u got that aint police tho":
    services that are not the police (not "do I have to report to get help?")."""
    words = plain(text)
    asked = is_question(text) or bool(
        re.search(r"\b(?:yes or no|all i (?:wanna|want to) know|what (?:u|you) got)\b", words)
    )
    if re.search(r"\b(?:stop (?:and|n) search\w*|complain\w*|look at (?:that|it))\b", words):
        return False  # "the stop and search, can anyone not police look at that": the IOPC
    return asked and bool(_N5_NOT_POLICE.search(words)) and not _N5_MUST_REPORT.search(words)


# Molly, 26, bar worker grabbed by a regular: "tbh is it even serious enough for police?? like
# its just a bit of grabbing", "is someone grabbing ur bum without asking actually a crime or am i
# being dramatic", "hes touching me at WORK. is that like sexual assault or what". The first got
# "I can't answer", the second a stalking answer about new accounts and turning up at her home.
_N5_GROPED = re.compile(
    r"\b(?:grop\w*|feel\w* (?:me|her|us|staff) up|(?:bum|arse|butt|boob|bottom)s? ?grab\w*|"
    r"grab\w* (?:at )?(?:me|her|my|ur|your|staff|us|people|girls|women)\b(?: \w+)?|grabbing|"
    r"touch\w* (?:me|her|my|ur|your|staff|us) (?:up|at|bum|arse|bottom|boobs?|breasts?|waist|"
    r"chest|thigh|leg|up)|touch\w* (?:me|her)\W*$|touching me)"
)
_N5_NOT_SEXUAL_GRAB = re.compile(
    r"\b(?:neck|throat|arms?|hair|wrists?|collar|shoulders?|phone|bag|purse|wallet|keys|hood|"
    r"jacket|coat|hands?|money|card|laptop|bike|scooter|dog|child|son|daughter|baby)\b"
)
_N5_IS_IT_A_CRIME = re.compile(
    r"\b(?:a crime|crime|illegal|against the law|serious enough|that serious|sexual assault|"
    r"sexually assault\w*|assault|report (?:it|him|this)|police|dramatic|overreact\w*|making a "
    r"fuss|is (?:that|it|this) (?:ok|okay|normal|allowed)|allowed to)\b"
)


def n5_asks_if_groping_is_a_crime(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if crime_type in ("fraud", "burglary", "theft", "robbery", "criminal_damage", "homicide"):
        return False
    if re.search(
        r"\b(?:didnt|did not|never|not|wont|doesnt|hasnt) (?:actually |even )?(?:touch|"
        r"grab|grope)",
        words,
    ):
        return False  # "is it a crime if he didnt touch me?": the threat answer
    return (
        is_question(text)
        and bool(_N5_GROPED.search(words))
        and not _N5_NOT_SEXUAL_GRAB.search(words)
        and bool(_N5_IS_IT_A_CRIME.search(words))
        and not n5_asks_about_work_rights(text, crime_type, answers)
    )


# Molly's rights at work, asked four times: "what are my rights at work tho, like can my manager
# just laugh it off like that?", "i meant my JOB. my manager. is he allowed to just ignore it",
# "is it legal for him to just laugh and do nothing when staff get grabbed", "my MANAGER tho.
# work rights. anyone??".
_N5_WORK_RIGHTS = re.compile(
    r"\b(?:rights? (?:at|in|for) (?:work|my job|the job)|work rights|employment rights|my rights "
    r"as (?:a |an )?(?:worker|employee|staff)|(?:manager|boss|employer|supervisor|gaffer|hr)\b"
    r".{0,60}\b(?:allowed|legal|illegal|laugh\w*|ignor\w*|do nothing|does "
    r"nothing|did nothing|doing nothing|duty|supposed to|protect\w*|let (?:it|him|them)|brush\w* "
    r"(?:it )?off)|(?:legal|allowed) for (?:him|her|them|my (?:manager|boss|employer)) to)\b"
)
_N5_SEXUAL_CONTEXT = frozenset({"sexual_offence", "stalking_harassment"})


def n5_asks_about_work_rights(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(
        re.search(r"\b(?:work rights|rights at work|anyone|i meant my (?:job|work))\b", words)
    )
    sexual = crime_type in _N5_SEXUAL_CONTEXT or bool(_N5_GROPED.search(words))
    return asked and sexual and bool(_N5_WORK_RIGHTS.search(words))


# Ian, 58, Hayes, tools stolen from his van at Cobham services (Surrey): "you keep saying met
# police, cobham services is down the M25 in Surrey, does that matter?", "Surrey or Met?",
# "Which police do I report it to, the services is in Surrey". Ignored three times.
_N5_OUTSIDE_LONDON = re.compile(
    r"\b(?:surrey|kent|essex|sussex|herts|hertfordshire|thames valley|bedfordshire|beds|bucks|"
    r"buckinghamshire|berkshire|hampshire|cambridgeshire|oxfordshire|wiltshire|northamptonshire|"
    r"leicestershire|nottinghamshire|derbyshire|lancashire|yorkshire|manchester|birmingham|"
    r"outside london|not in london|out of london|outside the m25|cobham|m25)\b"
)
_N5_WHICH_FORCE = re.compile(
    r"\b(?:which|what|whose) (?:police|force|police force)\b|\b\w+ or (?:the )?met\b|"
    r"\bmet or \w+\b|\b(?:keep|kept) saying (?:the )?met\b|\bmet police\b.{0,80}\b(?:does (?:that|"
    r"it) matter|surrey|kent|essex|sussex|herts)\b"
)


def n5_asks_which_police_force(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_N5_WHICH_FORCE.search(words))
        and bool(_N5_OUTSIDE_LONDON.search(words))
    )


# "hes not contacting me from new accounts?? hes never messaged me. he doesnt know where i live"
# (Molly) got "Screenshot the comments, then report them on the app": what they deny is not what
# they fear. Denied contact and online words are taken out before those answers are chosen.
_N5_DENIED = re.compile(
    r"\b(?:not|never|doesnt|does not|dont|didnt|hasnt|isnt|no|nothings?|aint)\b(?: \w+){0,3} "
    r"(?:contact\w*|messag\w*|online|accounts?|comments?|know\w* where (?:i|we) (?:live|work)|"
    r"posted|posting)\b"
)


def n5_without_denied(text: str) -> str:
    """The sentences of ``text`` that deny no contact or online words, in plain words."""
    kept = [part for part in re.split(r"[.!?;\n()]+", text) if not _N5_DENIED.search(plain(part))]
    return plain(" . ".join(kept))


# -- round 44, helper N2 --
# Kerry (40), whose son (14) was robbed at knifepoint by older boys who hang round outside his
# school: "Can I tell his school? I want them to know but he says it'll make it worse", "Should I
# tell his school or not? Those boys hang round outside it" got "I can't answer" twice.
_N2_TELL_THEIR_SCHOOL = re.compile(
    r"\b(?:tell|telling|inform|informing|warn|warning|let|ring|call|phone|email|speak to|talk to|"
    r"contact|go to|go into) (?:\w+ )?(?:his|her|their|the|my (?:sons?|daughters?|childs?|kids?)) "
    r"(?:school|teachers?|head ?teacher|head of year|form tutor|college)\b"
)
_N2_SOMEONE_TELLS = re.compile(
    r"\b(?:will|would|do|does|can|could|should|did|have|has) (?:you|u|they|the police|police|the "
    r"officers?|childline|this chat|social services|social workers?)\b[^.!?]{0,20}\b(?:tell|"
    r"inform|contact|call|ring|let)\b|\border\b|\binjunction\b"
)


def n2_parent_asks_about_telling_school(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """A parent asking whether to tell their child's school (not a partner at the school gate,
    not whether the police will tell it, not a young person asking for themselves)."""
    told = answers or {}
    words = plain(text)
    if not told.get("for_child") or told.get("relationship_to_offender") in (
        "partner_or_ex",
        "family_member",
    ):
        return False
    if crime_type in ("domestic_abuse", "sexual_offence") or _N2_SOMEONE_TELLS.search(words):
        return False
    asked = is_question(text) or bool(re.search(r"\b(?:should|can|shall) (?:i|we)\b", words))
    return asked and bool(_N2_TELL_THEIR_SCHOOL.search(words))


# Kerry: "Is there anyone specially for kids his age he could talk to? Hes not sleeping" got NHS
# Talking Therapies (for adults), addressed to her.
_N2_SOMEONE_FOR_THEM = re.compile(
    r"\b(?:any ?one|any ?body|some ?one|some ?body|anything|any ?where|services?|charit(?:y|ies)|"
    r"people|groups?|counsell\w*|therap\w*|help|support)\b[^.!?]{0,40}\b(?:for (?:kids|children|"
    r"teenagers?|teens|young people|boys|girls|him|her|them|my (?:son|daughter|boy|girl))|(?:his|"
    r"her|their) age|(?:he|she|they) (?:could|can|might|would) (?:talk|speak) to|for (?:him|her|"
    r"them) to (?:talk|speak) to)\b"
)
# Low mood, sleep or fear told of the child ("hes not sleeping", "she wont go out").
_N2_CHILD_LOW = re.compile(
    r"\b(?:hes|shes|he is|she is|he s|she s|he|she|him|her|my (?:son|daughter|boy|girl))\b[^.!?]{0,"
    r"25}\b(?:not sleeping|cant sleep|can t sleep|wont sleep|isnt sleeping|nightmares|wont go out|"
    r"wont leave|not eating|depressed|anxious|panic\w*|scared|terrified|withdrawn|not himself|not "
    r"herself|struggling|not coping)\b"
)
# Redthread's youth workers are for young people hurt by violence (the redthread entry).
_N2_HURT_BY_VIOLENCE = ("assault", "serious_violence", "attempted_murder")


def n2_child_support_answer(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> str | None:
    """Someone for a child written for to talk to: children's services, for a parent."""
    told = answers or {}
    if told.get("for_child") is not True or told.get("bereaved") is True:
        return None
    words = plain(text)
    asks = is_question(text) or bool(re.search(r"\b(?:is there|are there)\b", words))
    parts = [plain(part) for part in re.split(r"[.!?\n]+", text)]
    about_them = any(_N2_SOMEONE_FOR_THEM.search(part) for part in parts) or (
        asks_about_low_mood(text) and any(_N2_CHILD_LOW.search(part) for part in parts)
    )
    if (
        not about_them
        and asks_about_low_mood(text)
        and re.search(r"\b(?:i|im|i m|me|myself)\b", words)
    ):
        # The parent's own sleep or mood: help for families, not the under-18s' answer that
        # the child's age would pick.
        return "utter_support_for_family"
    if not (asks and about_them):
        return None
    if crime_type in _N2_HURT_BY_VIOLENCE:
        return "utter_help_for_child_victim"
    return "utter_n2_child_support"


# -- round 43, helper M2 --
# Doreen, 88, hard of hearing: a doorstep "council" man took £600 in cash for gutter work and
# rings daily for more. "Should I pay him the next amount? He says it is another £400 for the
# materials" got the romance-scam answer, and "what should I say to him when he rings tomorrow?"
# the recovery-fee one; "I didn't meet anybody online ... He came to my front door" was not
# acknowledged; "Can you tell me whether he is genuinely from the council? He had a lanyard.",
# "Is there anybody who could visit me?" and "Will someone come round to see me, do you think?
# And you never said if he's really from the council." got "I can't answer".
_M2_DOORSTEP_WORDS = re.compile(
    r"\b(?:gutters?|guttering|roof\w*|chimney|driveway|tarmac\w*|fascias?|soffits?|materials|"
    r"the (?:job|work|repairs?)|front door|(?:my|the) door|doorstep|from the council|council|"
    r"lanyard|builders?|traders?|workm[ae]n|(?:rogue|cowboy) \w+)\b"
)
_M2_WANTS_MORE = re.compile(
    r"\b(?:another|more|the next|the rest|the other|extra) (?:£ ?\d[\d,]*|\d[\d,]* pounds|amount|"
    r"money|payment|cash|instalment)\b|\bfor (?:the )?materials\b|\bwants? (?:more|another|"
    r"the rest)\b|\bthe rest of (?:the |my )?(?:money|cash|payment)\b"
)
_M2_PAY_OR_SAY = re.compile(
    r"\b(?:should|shall|do|must|ought) i (?:still |just |really )?(?:pay|give|send|hand)\b|"
    r"\bwhat (?:do|should|shall|can|ought) i (?:to )?(?:say|tell|do)\b|\bwhat to say\b|"
    r"\b(?:pay|give) (?:him|them|her) (?:it |the money )?or not\b"
)
_M2_RINGS_OR_CALLS = re.compile(
    # The phone, not the door: "what do i do if they turn up again" is utter_rogue_traders_back.
    r"\b(?:rings?|rang|ringing|calls?|called|calling|phones?|phoned|telephones?|telephoned|"
    r"texts?|texted|texting)\b"
)
_M2_NOT_ONLINE = re.compile(
    r"\b(?:didnt|did not|never|havent|have not|dont|do not) (?:meet|met|know) (?:any|some)?"
    r"(?:one|body|him|her|them|anyone|anybody)? ?online\b|\bnobody (?:has )?(?:ever )?"
    r"(?:mentioned|said anything about|talked about|asked about|said) (?:a |the |any )?"
    r"hospital\b|\b(?:it|this) (?:wasnt|was not|isnt|is not|s not) (?:a )?(?:romance|online|"
    r"dating)\b|\bnot (?:a |an )?(?:romance|online|dating) (?:scam|thing|fraud)\b"
)
_M2_IS_HE_FROM_THE_COUNCIL = re.compile(
    r"\b(?:is|was|if|whether|isnt|wasnt) (?:he|she|they|hes|shes|theyre|the man|this man|the "
    r"gentleman|the \w+)(?: is| was| are)? (?:\w+ )?(?:from|with|working for|employed by|sent by) "
    r"(?:the |my |harrow |\w+ )?council\b|\b(?:genuine|genuinely|real|really|actually|truly) "
    r"(?:from|with) (?:the )?council\b|\b(?:lanyard|badge|id card|identity card|id badge)\b"
)
_M2_WHO = r"(?:any(?:body|one)|some(?:body|one)|a (?:support )?worker|a volunteer|you|a person)"
_M2_COME = (
    r"(?:\w+ ){0,4}?(?:visit(?: me)?|come (?:round|around|over|to (?:my|the) (?:house|home|flat))|"
    r"come and see me|come to see me|call round|pop round|see me (?:at home|in person|face to "
    r"face))\b"
)
_M2_VISIT = re.compile(
    rf"\b{_M2_WHO} (?:who |that )?(?:could|can|would|will|to|might|able to) {_M2_COME}|"
    rf"\b(?:could|can|would|will|might) {_M2_WHO} (?:please )?{_M2_COME}|\bhome visits?\b|"
    r"\bvisit me\b|\b(?:come round|visit) (?:to see|and see) me\b|\bsee me (?:in person|face to "
    r"face)\b|\bface to face\b"
)
_M2_NOT_A_SUPPORT_VISIT = re.compile(
    r"\b(?:police|officers?|detectives?|pc|forensics?|fingerprints?|csi|scene|court|he|hes|him|"
    r"she|shes|her|they|them|my (?:ex|son|daughter|partner|husband|wife))\b(?: \w+){0,3} "
    r"(?:come|visit|came)\b|\b(?:police|officers?|forensics?|fingerprints?|csi|detectives?|"
    r"court|prosecutors?|cps|judge|interpreter|bsl|sign language|doctor|gp|nurse|prison)\b"
)


def _m2_doorstep(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    """A fraud by someone who came to the door, from the account or from this message."""
    details = (answers or {}).get("account_details") or ()
    return crime_type == "fraud" and (
        "doorstep" in details or bool(_M2_DOORSTEP_WORDS.search(plain(text)))
    )


def m2_doorstep_trader_wants_more(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "Should I pay him the next amount? He says it is another £400 for the materials", "what
    should I say to him when he rings tomorrow?" after a doorstep trader took money."""
    words = plain(text)
    if not _m2_doorstep(text, crime_type, answers) or _M2_NOT_ONLINE.search(words):
        return False
    if not _M2_PAY_OR_SAY.search(words):
        return False
    return bool(_M2_WANTS_MORE.search(words) or _M2_RINGS_OR_CALLS.search(words)) or bool(
        re.search(r"\bpay (?:him|them|her)\b", words)
    )


def m2_says_it_was_not_online(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "I didn't meet anybody online and nobody has mentioned a hospital. He came to my front
    door." after the romance-scam answer."""
    return _m2_doorstep(text, crime_type, answers) and bool(_M2_NOT_ONLINE.search(plain(text)))


def m2_asks_if_he_is_from_the_council(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "Can you tell me whether he is genuinely from the council? He had a lanyard.", "you never
    said if he's really from the council"."""
    words = plain(text)
    if crime_type not in ("fraud", None) or "council" not in words:
        return False
    if re.search(r"\b(?:council (?:house|flat|tenant|housing)|rent from the council)\b", words):
        return False
    asked = is_question(text) or bool(
        re.search(r"\b(?:never said|didnt say|did not say|not told me|tell me)\b", words)
    )
    return asked and bool(_M2_IS_HE_FROM_THE_COUNCIL.search(words))


def m2_asks_for_a_home_visit(text: str) -> bool:
    """ "Is there anybody who could visit me?", "Will someone come round to see me, do you
    think?", "Could somebody write to me or come round?" (a support worker, not the police)."""
    words = plain(text)
    if not is_question(text) and not re.search(r"\b(?:i would like|id like|i want)\b", words):
        return False
    if re.search(r"\b(?:worried|scared|afraid|frightened|fear|nervous|what if)\b", words):
        return False  # "should i be worried someone will come to the house?"
    return bool(_M2_VISIT.search(words)) and not _M2_NOT_A_SUPPORT_VISIT.search(words)


# -- round 44, helper N3 --
# Precious, 33, raped by her landlord's friend in her Home Office asylum house, and Margaret,
# 61, whose husband Alan (dementia) is hurt by his paid carer.
_N3_RAPED = re.compile(r"\b(?:raped me|he raped|(?:he|they) rape me|raping me|rape(?:d)? by)\b")
_N3_SEXUALLY_ASSAULTED = re.compile(
    r"\b(?:forced (?:himself|themselves) (?:on|onto|upon) me|force himself on me|sexually "
    r"assaulted me|sexually assault me|assaulted me sexually|made me have sex)\b"
)
_N3_SEXUAL_CONTEXT = re.compile(r"\b(?:rape|raped|sexual\w*|forced himself)\b")
_N3_COMES_TO_HOME = re.compile(
    r"\b(?:he|she|they) (?:still |always |keeps? )?(?:come|comes|coming|came|visit|visits|"
    r"visiting|is coming|keeps? coming) (?:back |round |over |in )?(?:to )?(?:the|my|our) "
    r"(?:house|home|flat|room|door)\b|\bknock\w* (?:on )?(?:at )?my (?:bedroom |room )?door\b|"
    r"\bhide in my room\b"
)
_N3_ONGOING = re.compile(
    r"\b(?:still|if|tonight|again|hide|hiding|scared|afraid|frightened|knock\w*|what (?:should|"
    r"do|can) i do|what i (?:should|can|do) do|what i should do)\b"
)
_N3_ASYLUM = re.compile(
    r"\b(?:asylum|home office (?:house|housing|accommodation|hotel|home|flat|room)|migrant help)"
    r"\b|\bhouse (?:is )?(?:the one )?(?:they|the home office) gave?\b"
)
_N3_HOUSING = re.compile(
    r"\b(?:house|housing|accommodation|move me|moved|move to|somewhere (?:else )?to (?:stay|"
    r"live)|place to stay|council (?:help|tenant)|council will help|another house)\b"
)
_N3_NOT_COUNCIL = re.compile(
    r"\b(?:landlord|landlady|rent privately|private(?:ly)? rent\w*|not (?:a )?council tenant|"
    r"asylum|home office)\b"
)
_N3_COUNCIL_TENANT = re.compile(
    r"(?<!not )\b(?:council|housing association) (?:tenant|flat|house|property|home)\b|"
    r"\brent (?:it )?from the council\b"
)
_N3_CHAT_HOME_OFFICE = re.compile(
    r"\b(?:this|the|your) (?:service|chat|bot|app|website|site|conversation|helper|charity)\b"
    r"[^.?!]{0,40}\b(?:home office|immigration)\b|\b(?:you|u)(?: will| would| do| dont| wont|"
    r" will not| are going to)? (?:not )?(?:send|share|pass|give|tell|report)\b[^.?!]{0,30}"
    r"\b(?:home office|immigration)\b|\b(?:are|is) (?:you|u|this|it) (?:part of|from|with|"
    r"connected to|linked to|working for|working with) (?:the )?(?:home office|immigration)\b"
)
_N3_PEOPLE = r"him|her|my (?:husband|wife|mum|mother|dad|father|partner|nan|grandad)"
_N3_INTO_A_HOME = re.compile(
    r"\b(?:take|put|send|move|place)\w* (?:\w+ ){1,2}?(?:into|in) (?:a |an )?(?:care |nursing )?"
    r"home\b|\bput (?:him|her)? ?in a (?:care |nursing )?home\b"
)
# "whether they'd take him away": about care only after a carer's harm or beside social care,
# not "I dont want the police to come and take him away" (Gloria's grandson).
_N3_TAKE_AWAY = re.compile(r"\b(?:take|taking|took) (?:him|her) away\b")
_N3_SOCIAL_CARE = re.compile(r"\b(?:social services|social care|social worker|safeguarding|cope)\b")
_N3_WHAT_HAPPENS_TO = re.compile(
    rf"\bwhat (?:happens|will happen|would happen) to (?:{_N3_PEOPLE}|[a-z]+)\b"
)
_N3_BRUISE_PHOTO = re.compile(
    r"\b(?:photo\w*|pictures?|photograph\w*|pics?)\b[^.?!]{0,40}\b(?:bruis\w*|marks|injur\w*|"
    r"them)\b|\b(?:bruis\w*|marks)\b[^.?!]{0,60}\b(?:photo\w*|photograph\w*|gp|doctor)\b|"
    r"\btake (?:him|her) to (?:the )?(?:gp|doctor)\b"
)
_N3_ANOTHER_HURT = re.compile(
    r"\btake (?:him|her) to (?:the )?(?:gp|doctor|hospital)\b|\b(?:his|her) (?:upper )?(?:arms?|"
    r"bruis\w*|face|legs?|skin)\b|\b(?:im|i am|i m) not (?:the one )?hurt\b|\bnot me who\b|"
    r"\b(?:its|it is) (?!me\b)\w+(?: \w+)? (?:with|who)\b|\bbruis\w* on (?:him|her|my (?:husband|"
    r"wife|mum|mother|dad|father))\b"
)
_N3_HER = re.compile(
    r"\b(?:take her to|her (?:upper )?(?:arms?|bruis\w*|face|legs?|skin)|bruis\w* on her|"
    r"(?:its|it is) (?:my )?(?:wife|mum|mother|daughter|sister|nan))\b"
)


def n3_rape_answer(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> str:
    """ "he came into my room at night and he forced himself on me", "He is not my landlord ...
    Why you say he is allowed in my room? He raped me" (Precious): a disclosure, never the
    lodger's answer; "" when the message discloses no rape or sexual assault beside a home."""
    words = plain(text)
    raped = bool(_N3_RAPED.search(words))
    if not raped and not _N3_SEXUALLY_ASSAULTED.search(words):
        return ""
    beside_home = bool(
        _L4_LANDLORD.search(words)
        or _L4_ROOM_ENTRY.search(words)
        or l4_asks_if_landlord_can_enter_room(text, crime_type, answers)
        or l4_lodger_asks_about_locks(text)
    )
    if not beside_home:
        return ""
    return "utter_n3_rape_not_your_fault" if raped else "utter_n3_sexual_assault_not_your_fault"


def n3_fears_he_comes_to_the_door(text: str, crime_type: str | None) -> bool:
    """ "he still come to the house. I hide in my room when I hear his voice", "If he come to
    the house tonight and knock my door, what I should do?" after a sexual offence."""
    words = plain(text)
    sexual = crime_type == "sexual_offence" or bool(_N3_SEXUAL_CONTEXT.search(words))
    return sexual and bool(_N3_COMES_TO_HOME.search(words)) and bool(_N3_ONGOING.search(words))


def n3_asylum_housing(text: str) -> bool:
    """ "council will help me when I am asylum seeker? ... the Home Office house", "It is asylum
    housing from Home Office ... Who do asylum people call for housing problem?" """
    words = plain(text)
    return bool(_N3_ASYLUM.search(words) and _N3_HOUSING.search(words)) and (
        is_question(text) or bool(re.search(r"\b(?:help|who|where)\b", words))
    )


def n3_move_not_a_council_tenant(text: str) -> bool:
    """ "Who can I tell to move me to another house? I am afraid to tell the landlord" (not a
    council tenant): the council-tenant answer only for council tenants."""
    words = plain(text)
    asks = asks_if_the_council_can_move_them(text) or bool(
        re.search(
            r"\bwho (?:can|do|should|could) i (?:tell|ask|call|contact)\b[^.?!]{0,20}"
            r"\bmov\w*\b",
            words,
        )
    )
    return asks and bool(_N3_NOT_COUNCIL.search(words)) and not _N3_COUNCIL_TENANT.search(words)


def n3_asks_if_chat_goes_to_home_office(text: str) -> bool:
    """ "Is this service connected to the Home Office?", "this chat itself, you will not send it
    to Home Office?" (not "will police tell Home Office")."""
    return bool(_N3_CHAT_HOME_OFFICE.search(plain(text)))


def _n3_carer_harm(answers: Mapping[str, Any] | None) -> bool:
    details = (answers or {}).get("account_details") or ()
    return "carer" in details or "paid_carer" in details


def n3_care_home_answer(text: str, answers: Mapping[str, Any] | None) -> str:
    """ "If I tell social services, will they say I can't cope and take Alan into a home?",
    "whether they'd take him away", "I need to know what happens to Alan" (after a carer's
    harm): "" when not asked."""
    words = plain(text)
    care = _n3_carer_harm(answers) or bool(_N3_SOCIAL_CARE.search(words))
    asked = (
        bool(_N3_INTO_A_HOME.search(words))
        or (care and bool(_N3_TAKE_AWAY.search(words)) and "police" not in words)
        or (
            _n3_carer_harm(answers)
            and bool(_N3_WHAT_HAPPENS_TO.search(words))
            and not re.search(
                r"\bwhat (?:happens|will happen|would happen) to (?:the carer|her)\b", words
            )
        )
    )
    if not asked:
        return ""
    target = re.search(
        rf"\b(?:take|put|send|move|place|taking|took)\w* ({_N3_PEOPLE}|\w+)\b", words
    )
    her = bool(target and re.match(r"her|my (?:wife|mum|mother|nan)", target.group(1)))
    if not target and not re.search(r"\b(?:him|he|husband|dad|father|grandad)\b", words):
        her = bool(re.search(r"\b(?:wife|mum|mother|nan)\b", words))
    return "utter_n3_care_home_fear_her" if her else "utter_n3_care_home_fear_him"


def n3_bruises_answer(text: str) -> str:
    """ "Should I take photos of the bruises? And should I take him to the GP?", "No dear, I'm
    not hurt, it's Alan with the bruises ... Should I photograph them?": marks on someone the
    writer cares for, not on the writer; "" otherwise."""
    words = plain(text)
    if not (_N3_BRUISE_PHOTO.search(words) and _N3_ANOTHER_HURT.search(words)):
        return ""
    return "utter_n3_bruises_on_her" if _N3_HER.search(words) else "utter_n3_bruises_on_him"


# -- round 43, helper M4 --
# Joanne, 44, whose husband checks her phone and controls her money, and Nadine, 15, slapped and
# filmed by girls in her year. Questions that got "I can't answer" or another question's answer.

# At the referral question: "ok but what happens then?" (Joanne). Only while it waits.
_M4_WHAT_NEXT = re.compile(
    r"\bwhat (?:happens|would happen|will happen|happend|happens?) (?:then|next|after(?:wards)?|"
    r"if i (?:say yes|agree|do)|when i (?:say yes|agree))\b|\bthen what\b|\bwhat (?:would|will|"
    r"do) (?:they|you) do (?:then|next|after|with (?:my|the) (?:details|number|info))\b|\bhow "
    r"does (?:it|that|this|the referral) work\b|\bwhat happens now\b"
)


def m4_asks_what_happens_after_referral(text: str, answers: Mapping[str, Any] | None) -> bool:
    told = answers or {}
    return (
        told.get("requested_slot") == "referral_consent"
        and told.get("referral_consent") is None
        and is_question(text)
        and bool(_M4_WHAT_NEXT.search(plain(text)))
        and not re.search(r"\b(?:report|police|court|999)\b", plain(text))
    )


# "what if i need to leave. where would i even go with no money" (Joanne).
_M4_LEAVE = re.compile(
    r"\bwhat if i (?:need|have|want|decide) to (?:leave|go|get out)\b|\bwhere (?:would|will|do) "
    r"i (?:even )?go\b(?! (?:to|for) (?:report|get|see|ask|tell|complain|find))|"
    r"\bhow (?:do|would|can|could) i (?:even )?(?:leave|get out)\b.{0,40}"
    r"\b(?:no money|money|nowhere|nothing)\b|\b(?:leave|get out)\b.{0,30}\b(?:with|got|have) "
    r"(?:no|nae) (?:money|cash|income)\b"
)


def m4_asks_where_to_go_if_leaving(text: str, partner_or_family: bool) -> bool:
    return partner_or_family and bool(_M4_LEAVE.search(plain(text)))


# "whats 18000? i can talk its fine" (Joanne, after the can't-answer reply named text relay).
def m4_asks_what_18000_is(text: str) -> bool:
    return bool(
        re.search(
            r"\b(?:whats|what is|what s|wats|what does|whos|who is) (?:the |that |this )?(?:number "
            r")?1800[01]\b|\b1800[01] (?:for|mean|is what)\b",
            plain(text),
        )
    )


# "44. whos that number for", "who is the number for u didnt say" (Joanne), "whose number is
# that? its diff from the other one" (Nadine): the number the bot last gave, by name.
_M4_WHOSE_NUMBER = re.compile(
    r"\bwhose (?:number|phone number|no)\b|\bwho(?:s| is| s)? (?:that|the|this) (?:number|no|"
    r"phone number) (?:for|of)\b|\bwho(?:s| is| s) (?:that|this) number\b|\bwhat(?:s| is| s)? "
    r"(?:that|this) number (?:for|of)\b|\bwho (?:does|do) (?:that|the|this) number (?:go to|"
    r"belong to|reach)\b"
)


def m4_whose_number(
    text: str, answers: Mapping[str, Any] | None, organisations: Sequence[Organisation]
) -> Say | None:
    """The services whose numbers the bot's latest message with a directory number gave."""
    if not _M4_WHOSE_NUMBER.search(plain(text)):
        return None
    for said in reversed(tuple((answers or {}).get("recent_bot_texts") or ())):
        found = sorted(
            (org for org in organisations if org.contact.phone and org.contact.phone in said),
            key=lambda org: said.find(str(org.contact.phone)),
        )
        named: dict[str, str] = {}
        for org in found:
            named.setdefault(str(org.contact.phone), org.name)
        if named:
            parts = "; ".join(f"{phone} is {name}" for phone, name in named.items())
            line = f"Sorry, I should have said: {parts}. You can call when it's safe."
            if re.search(
                r"\btext (?:me|instead)\b|\bcan (?:they|you) (?:just )?text\b", plain(text)
            ):
                line += " If you say yes to us passing your details on, you can ask for texts only."
            return Say(text=line, args={"utter_action": "utter_m4_whose_number"})
    return None


# "will they phone me tho? he checks my phone. can they just text" (Joanne): how they are
# contacted, not the police's updates.
_M4_TEXT_ONLY = re.compile(
    r"\bcan (?:they|you|someone|the support (?:people|ppl|worker|service)) (?:just |only )?"
    r"(?:text|message)\b|\b(?:text|message) me instead\b|\b(?:text|message) (?:only|instead)\b"
)
_M4_PHONE_WORRY = re.compile(
    r"\b(?:will|would|do|does) (?:they|you|someone) (?:\w+ )?(?:phone|call|ring) me\b|\b(?:checks|"
    r"check|looks at|sees|reads|goes through) my (?:phone|texts|messages)\b"
)


def m4_asks_for_texts_only(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_M4_TEXT_ONLY.search(words))
        and bool(_M4_PHONE_WORRY.search(words))
        and not re.search(r"\b(?:police|officer|detective|cops?)\b", words)
    )


# Nadine: "no i havent. my mum doesnt even know. do i have to tell the police? i dont want jade
# to get arrested" got "They may" (the police telling a parent): no, first. Only with a parent
# named, where that answer would otherwise come first.
_M4_MUST_REPORT = re.compile(
    r"(?:but |so |and |wait )?do i (?:have to|have 2|need to|got to|gotta|hav to) (?:tell|go to|"
    r"report (?:it |this )?to|call|ring) (?:the )?(?:police|cops|feds)|(?:but |so |and )?do i "
    r"(?:have to|need to) report (?:it|this)"
)
_M4_PARENT = re.compile(r"\b(?:mum|mom|mam|dad|parents?|mums|family|carer)\b")


def m4_asks_if_they_must_report(text: str) -> bool:
    sentences = [plain(part) for part in re.findall(r"[^.!?\n]+\?", text)]
    return any(_M4_MUST_REPORT.fullmatch(said.strip()) for said in sentences) and bool(
        _M4_PARENT.search(plain(text))
    )


# Nadine, 15, asked about being scared of court: "court?? its not gonna go to court is it".
_M4_COURT = re.compile(
    r"\b(?:its|it s|it is|is it|will it|would it|does it|is this|will this|does this|its not|"
    r"it s not|it isnt) (?:not |gonna |going to |have to |got to |need to |gunna )*"
    r"(?:go|going|end up) (?:to|in) (?:a )?court\b"
)


def m4_asks_if_it_goes_to_court(text: str, answers: Mapping[str, Any] | None) -> bool:
    told = answers or {}
    words = plain(text)
    return (
        told.get("reported_to_police") is not True
        and (is_question(text) or words.startswith("court"))
        and bool(_M4_COURT.search(words))
    )


# Nadine: "will the support ppl tell my school or jade?".
_M4_TELLS = re.compile(
    r"\b(?:will|would|do|does|can|could) (?:the )?(?:support (?:ppl|people|workers?|service|"
    r"services|team)|victim support|childline|(?:the )?(?:service|charity)) (?:\w+ )?tell "
    r"(?:my |the )?(?:school|teachers?|head ?teacher|college)\b"
)


def m4_asks_if_support_tells_school(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_M4_TELLS.search(words))
        and not re.search(r"\b(?:police|officer|cops)\b", words)
    )


# -- round 44, helper N6 --
# Edward, 67, identity fraud (two loans in his name): "Am I obliged to pay them anything while
# this is being looked into?", "whether I must pay the debt collectors", "I want to know whether
# I have to pay this debt" got the Report Fraud text three times. Whether the debt is theirs.
_N6_DEBT = re.compile(r"\b(?:debts?|loans?|debt collectors?|collectors?|credit)\b")
_N6_MUST_PAY = re.compile(
    r"\b(?:(?:obliged|obligated|bound|required|liable) to pay|(?:must|should|do|will|would) i "
    r"(?:still |really )?(?:have to |need to |got to )?pay|whether i (?:must|have to|need to|"
    r"should|am obliged to|am meant to) (?:still )?pay|(?:have|do) i (?:got )?to pay|(?:is|whether)"
    r" (?:this|the|that) debt (?:is )?(?:legally |really )?mine|(?:debt|it) (?:is )?legally mine|"
    r"do i (?:really |legally |actually )?owe|(?:am i|whether i am|whether im) (?:legally )?"
    r"(?:liable|responsible) for)\b"
)
_N6_BAILIFFS = re.compile(r"\b(?:bailiffs?|enforcement agents?)\b")


def n6_asks_if_fraud_debt_is_theirs(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    fraud = (
        crime_type == "fraud"
        or "identity_fraud" in ((answers or {}).get("account_details") or ())
        or bool(account.IDENTITY_FRAUD.search(words))
    )
    return (
        fraud
        and bool(_N6_DEBT.search(words))
        and bool(_N6_MUST_PAY.search(words))
        and not _N6_BAILIFFS.search(words)  # Olivia's bailiffs: utter_fraud_credit_not_yours
    )


# Edward: "The officer at my local station told me it was a 'civil matter'. Was that right?",
# "Is identity fraud a crime or a civil matter? Yes or no will do."
_N6_CIVIL = re.compile(r"\bcivil (?:matter|issue|case|thing|dispute)\b")


def n6_asks_if_fraud_is_a_civil_matter(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    fraud = crime_type == "fraud" or bool(re.search(r"\b(?:fraud\w*|scam\w*|identity)\b", words))
    return (
        fraud
        and bool(_N6_CIVIL.search(words))
        and (
            is_question(text)
            or bool(
                re.search(r"\b(?:was (?:that|he|she|it) right|or a crime|is it a crime)\b", words)
            )
        )
    )


# Rahul, 30, whose partner threatens to out him: "If I did report it, would my family be told?",
# "If I reported him to the police, would they contact my family or tell them anything about
# me?", "if I go to the police, will they tell my family I'm gay?". The police, asked by an
# adult: not who sees this chat (utter_who_we_tell); under 18 is utter_police_tell_parents_young.
_N6_POLICE = re.compile(
    r"\b(?:police|cops|officers?|the met)\b|\bif (?:i|we) (?:did |do |were to |was to )?"
    r"(?:report|reported|go to|went to)\b"
)
# Their own family ("my family", "my parents"), not the offender's ("will they go to his
# family?": utter_will_they_know) nor "family members" in general (Chen, fraud).
_N6_FAMILY = re.compile(
    r"\bmy (?:\w+ )?(?:family|parents?|mum|mom|dad|mother|father|mum and dad|relatives|"
    r"brothers?|sisters?|in laws?)\b"
)
# Court, the papers, anonymity (utter_anonymity and others), the case updates after a death.
_N6_NOT_THIS = re.compile(
    r"\b(?:court|papers|newspapers?|press|news|media|anonym\w*|named|updates?)\b"
)
_N6_LGBT = re.compile(
    r"\b(?:gay|lesbian|bi|bisexual|queer|trans|lgbt\w*|sexuality|sexual orientation|out me|"
    r"outing me|outed|come out|came out|coming out)\b"
)


def n6_adult_asks_if_police_tell_family(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    if _young(answers) or (answers or {}).get("for_child"):
        return False
    if re.search(r"\b(?:im|i m|i am|aged?) (?:[0-9]|1[0-7])\b|\bunder 18\b", words):
        return False  # "no. im 16. if i go to police will they tell my mum and dad??"
    if (answers or {}).get("bereaved") or _N6_NOT_THIS.search(words):
        return False
    if re.search(
        r"\b(?:know|knows|find out|found out) (?:that )?i (?:told|reported|called|rang)\b", words
    ):
        return False  # "does my mum have to know i told the police?": who reported it
    # The police, the telling and the family in one question ("my brother would kill me if the
    # police came to the house. is it even a crime if its my parents" asks about the crime).
    return (
        _b1_asked(text)
        and any(
            is_question(sentence)
            and bool(_N6_POLICE.search(part))
            and bool(_B1_TELLS.search(part))
            and bool(_N6_FAMILY.search(part))
            for sentence in _sentences(text)
            for part in [plain(sentence)]
        )
        and (
            not _B1_SCHOOL.search(words)
            and not re.search(r"\b(?:will|would|do|does|can|could) (?:you|u|this chat)\b", words)
            # "should I tell my family", "do I have to tell my parents": their choice.
            and not re.search(r"\b(?:should|shall|do|must) i (?:have to )?tell\b", words)
        )
    )


def n6_lgbt_told(text: str, answers: Mapping[str, Any] | None) -> bool:
    community = (answers or {}).get("community") or ()
    if isinstance(community, str):
        community = (community,)
    return "lgbt" in community or bool(_N6_LGBT.search(plain(text)))


# Helena, 29, a domestic worker from Poland: "the slavery helpline 08000 121 700 speak polish?
# yes or no", "the 08000 number, they speak polish really?" got the National Domestic Abuse
# Helpline's interpreters twice. The helpline they named (or whose number they quoted).
_N6_SLAVERY_LINE = re.compile(
    r"\b(?:slavery|trafficking|exploitation|unseen|08000 ?121 ?700|08000)\b"
)


def n6_asks_if_slavery_helpline_speaks_language(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    named = bool(_N6_SLAVERY_LINE.search(words)) or (
        crime_type == "human_trafficking"
        and not re.search(r"\b(?:domestic abuse|refuge|0808 ?2000 ?247|victim support)\b", words)
    )
    if re.search(r"\b(?:police|food|eat|sleep|stay|tonight)\b", words):
        return False  # the safe-place answer says both ("they speak polish? ... no food tonight")
    return named and (
        j6_asks_if_helpline_speaks_language(text)
        or (
            is_question(text)
            and bool(_J6_THEY_SPEAK.search(words))
            and not re.search(r"\b(?:with me|to me)\b", words)
        )
    )


# Helena: "sometimes mrs looks my phone. what i do" got "I can't answer". Someone who checks
# their phone, and what to do about it.
_N6_LOOKS_AT_PHONE = re.compile(
    r"\b(?:looks?|looking|checks?|checking|reads?|reading|goes through|go through|going through|"
    r"takes?|taking|sees?|see)\b(?: (?:at|in|on|through))? (?:my|the) (?:phone|mobile|messages|"
    r"texts|chats?)\b"
)
_N6_WHAT_DO = re.compile(
    r"\b(?:what (?:i|do i|should i|can i|shall i|to) (?:do|doing)|what (?:do|can|should) i do|"
    r"how (?:do i|can i|i) (?:hide|stop|keep)|what now)\b"
)


def n6_asks_what_to_do_as_phone_is_checked(text: str) -> bool:
    words = plain(text)
    return bool(_N6_LOOKS_AT_PHONE.search(words) and _N6_WHAT_DO.search(words))


# -- round 44, helper N1 --
# Lily, 12, alone at home after a man in a car tried to get her in: "shud i tell mum? she will be
# cross i walked the back way" (3 times), "can i ring mum at work she said only ring if its a
# emergency", "what if he nos where i live" and "court?? am i in trubble" got "I can't answer",
# the court question or the Witness Care Unit. For a child: yes, tell her; yes, ring her; stay in
# with the door locked and 999 if he comes; no, you're not in trouble.
_N1_PARENT = (
    r"(?:my |me |ma )?(?:mum|mam|mom|mummy|mumma|mother|dad|daddy|father|parents|nan|nana|gran|"
    r"granny|grandma|carer|foster carer|step ?mum|step ?dad)\b"
)
_N1_SHOULD_TELL = re.compile(
    r"\b(?:should|shud|shuld|shld|sould|shall|do you think i should|is it ok (?:if|to)|can) "
    r"(?:i |u )?"
    rf"(?:tell|tel|say to|talk to) {_N1_PARENT}|"
    rf"\btell {_N1_PARENT}(?: \w+){{0,2}} or not\b|"
    rf"\b(?:do i|must i|have i got to|do i have to|do i need to) (?:tell|tel) {_N1_PARENT}"
    r"(?=.{0,60}\b(?:cross|angry|mad|shout|kill me|trouble|trubble|told me not|not allowed|"
    r"back way|short ?cut)\b)"
)
_N1_RING_PARENT = re.compile(
    r"\b(?:can|cn|could|shud|should|shall|may|am i allowed to|is it ok (?:if i|to)|do i|should i) "
    rf"(?:i |u )?(?:ring|call|phone|fone|text|message|facetime) {_N1_PARENT}|"
    r"\b(?:im|i am|ill|i will|i ll|im gonna|im going to|gonna|going to|i want to|i wanna|i just "
    rf"want to) (?:go and |just )?(?:ring|call|phone|fone|text) {_N1_PARENT}"
)
_N1_KNOWS_WHERE = re.compile(
    r"\b(?:what if|wat if|wot if|scared|scarred|worried|afraid|frightened|terrified|does|"
    r"do you think)"
    r"\b.{0,30}\b(?:he|she|they|the man|that man|hes|he s)\b.{0,12}\b(?:knows?|nos|noes|nose|new|"
    r"knew|found out|finds out|find out|followed me|follows me|saw|seen)\b.{0,12}\b(?:where i "
    r"(?:live|liv|lve|stay)|where we live|my (?:house|address|home|street|road))\b"
)
_N1_IN_TROUBLE = re.compile(
    r"\b(?:am i|im|i am|will i|will i be|would i|would i be|could i|could i be|do i get|am i gonna "
    r"be|am i going to be|r i|is (?:mum|dad|my mum|my dad) gonna)\b(?: \w+){0,2}? (?:in |get in |"
    r"be in |get into )?(?:trouble|trubble|truble|trble|bother)\b"
)
_N1_NOT_FOR_PARENTS = re.compile(
    r"\b(?:pics?|pictures?|photos?|nudes?|images?|videos?|vids?|money|pay|paid|boyfriend|bf|"
    r"girlfriend|gf|ex|gay|bi|trans|lesbian|pregnant)\b"
)


def _n1_child_harmed_by_outsider(crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    """A child, hurt or frightened by someone outside the family, and not about images."""
    told = answers or {}
    return (
        _young(told)
        and crime_type not in ("sexual_offence", "online_abuse", "domestic_abuse")
        and told.get("relationship_to_offender") not in ("partner_or_ex", "family_member")
    )


def n1_child_asks_to_tell_a_parent(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "shud i tell mum? she will be cross i walked the back way", from a child frightened by a
    stranger: yes, as soon as you can."""
    words = plain(text)
    return (
        _n1_child_harmed_by_outsider(crime_type, answers)
        and bool(_N1_SHOULD_TELL.search(words))
        and not _N1_NOT_FOR_PARENTS.search(words)
    )


def n1_child_asks_to_ring_a_parent(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "can i ring mum at work she said only ring if its a emergency", "ok im going to ring
    mum": yes, ring her now."""
    words = plain(text)
    return (
        _young(answers)
        and bool(_N1_RING_PARENT.search(words))
        and not (_N1_NOT_FOR_PARENTS.search(words))
    )


def n1_child_fears_he_knows_where_they_live(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "what if he nos where i live", from a child: stay in, lock the door, 999 if he comes."""
    return _young(answers) and bool(_N1_KNOWS_WHERE.search(plain(text)))


def n1_child_asks_if_in_trouble(text: str, answers: Mapping[str, Any] | None) -> bool:
    """ "court?? am i in trubble": no, you're not in trouble (not about pictures, which have
    their own answers)."""
    words = plain(text)
    return (
        _young(answers)
        and bool(_N1_IN_TROUBLE.search(words))
        and not _N1_NOT_FOR_PARENTS.search(words)
        # Not "am i in trouble for holding the bag ... is it me whos the criminal" (round 42):
        # something they did or were made to do has its own answers.
        and not _N1_THEY_DID.search(words)
    )


_N1_THEY_DID = re.compile(
    r"\b(?:arrested|excluded|expelled|school|teacher|police (?:find|know)|criminal|bag|bags|"
    r"drugs?|weed|knife|stole|stolen|nicked|shoplift\w*|fight\w*|hit (?:him|her|them|back)|"
    r"for (?:\w+ing|what i did|lying|running away))\b"
)


# "can i ring childline on mums phone. is it free" got "It's not a scam: this service is free".
_N1_CHILDLINE_FREE = re.compile(
    r"\bchild ?line\b.{0,60}\b(?:(?:is|it|its|it s|is it|is that) free|cost\w*|(?:do|will|would|"
    r"does) (?:i|u|you|it|mum|my mum) (?:have to |need to )?pay|charge\w*|use (?:up )?(?:her |my |"
    r"mums )?credit)\b|"
    r"\b(?:is|does) child ?line (?:free|cost\w*|charge\w*)\b|"
    r"\b(?:free|cost\w*|charge\w*)\b.{0,20}\b(?:to (?:ring|call|phone)|ringing|calling) "
    r"child ?line\b|"
    r"\b(?:ring|call|phone|fone) child ?line (?:on|from|with) (?:my |me )?(?:mums|mum s|mams|moms|"
    r"dads|dad s|nans|grans|mates|friends) phone\b"
)


def n1_asks_if_childline_is_free(text: str) -> bool:
    """ "can i ring childline on mums phone. is it free": yes, free (round 44, Lily, 12)."""
    return bool(_N1_CHILDLINE_FREE.search(plain(text)))


# -- round 44, helper N7 --
# Sean, 36, whose brother was stabbed to death (writing at 3am), and Olivia, 38, a teacher whose
# ex shared intimate photos of her in a group chat.
def _n7_bereaved(crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    return crime_type == "homicide" or (answers or {}).get("bereaved") is True


def _n7_images(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    details = (answers or {}).get("account_details") or ()
    return (
        "intimate_images" in details
        or "sextortion" in details
        or bool(
            re.search(
                r"\b(?:intimate|nudes?|naked|explicit|revenge porn|sexual (?:photos?|pictures?|"
                r"images?|videos?))\b",
                plain(text),
            )
        )
    )


# 1. "can the family say something in court? like tell them who he was. my mum wants to", "what
# about my mum saying something in court. is that allowed or not": the Victim Personal
# Statement a bereaved family can make (utter_speak_in_court_vps, its bereaved variant).
_N7_FAMILY = (
    r"(?:the family|our family|my family|family|families|my mum|my mom|my mother|mum|mom|my dad|"
    r"dad|my father|my parents|parents|relatives|my nan|my gran|my sister|my brother|we|us|i)"
)
_N7_SAY_IN_COURT = re.compile(
    rf"\b{_N7_FAMILY} (?:(?:can|could|get to|be allowed to|is allowed to|are allowed to|allowed "
    rf"to|wants to|want to|would like to|to) )?(?:say|saying|speak|speaking|talk|talking|read|"
    rf"reading|tell|telling|be heard)\b.{{0,60}}\b(?:court|judge|trial|sentenc\w*|jury)\b|"
    rf"\b(?:can|could|do|does|will|are|is) {_N7_FAMILY} (?:\w+ )?(?:say|speak|talk|read|tell|be "
    rf"heard)\b.{{0,60}}\b(?:court|judge|trial|sentenc\w*|jury)\b|"
    r"\b(?:court|judge|trial|jury)\b.{0,40}\b(?:tell|know) (?:them|the court|the judge|the jury|"
    r"everyone) (?:who|what) (?:he|she|they) (?:was|were)\b"
)


def n7_bereaved_asks_if_family_can_speak(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        _n7_bereaved(crime_type, answers)
        and (is_question(text) or bool(re.search(r"\b(?:allowed|wants? to)\b", words)))
        and bool(_N7_SAY_IN_COURT.search(words))
        and not re.search(
            r"\b(?:witness statement|give evidence|giving evidence|have to (?:speak|say)|parole|"
            r"inquest|coroner|(?:he|they|the defendant|the accused) (?:gets? to|can|will) "
            r"(?:say|speak|talk))\b",
            words,
        )
    )


# 2. "when is the trial, what happens", "r u even listening. i asked about the trial", "whos meant
# to tell us when the trial is": who tells a bereaved family the dates (the FLO and the Witness
# Care Unit, Rights 8 and 9), and who can explain a trial.
_N7_TRIAL = re.compile(r"\b(?:trial|the court case|court date|hearings?|court dates?)\b")
_N7_WHEN_OR_WHO = re.compile(
    r"\b(?:when is|when s|whens|when will|when does|what date|the date|dates?|what happens|"
    r"who tells|whos (?:meant|supposed|going) to tell|who is (?:meant|supposed|going) to tell|"
    r"who (?:will|should|is gonna) tell|(?:i|we) asked about|tells? us|(?:no one|nobody|noone) "
    r"(?:tells|told|says))\b"
)


def n7_bereaved_asks_about_the_trial(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        _n7_bereaved(crime_type, answers)
        and is_question(text)
        and bool(_N7_TRIAL.search(words))
        and bool(_N7_WHEN_OR_WHO.search(words))
        and not _N7_SAY_IN_COURT.search(words)
        and not re.search(
            r"\b(?:give evidence|giving evidence|witness|inquest|coroner|expenses|time off|"
            r"dont pick up|doesnt pick up|dont answer|never answers|wont answer|after the trial|"
            r"victim contact scheme|parole|released?|appeal|sentenced)\b",
            words,
        )
    )


# 3. "theres no number for them? its 3 in the morning i cant be looking at websites" (the
# National Homicide Service and SAMM had been listed with websites only).
def n7_asks_for_homicide_services_number(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        _n7_bereaved(crime_type, answers)
        and is_question(text)
        and bool(
            re.search(
                r"\b(?:no|any|a|got a|have a|whats the|what is the|their|a phone) (?:phone )?"
                r"(?:number|numbers|no)\b.{0,20}\b(?:for )?(?:them|those|either|homicide|samm)\b|"
                r"\b(?:homicide|samm)\b.{0,40}\b(?:number|phone)\b|"
                r"\bcant be looking at websites?\b",
                words,
            )
        )
    )


# 4. "brent. i cant do this man" at 3am, from someone not sleeping since his brother was killed:
# a gentle check-in beside the answer, not a crisis alarm (a clear crisis message is the safety
# messages' job; bot/risk_words.py).
_N7_CANT_DO_THIS = re.compile(
    r"\b(?:i|i just) (?:cant|cannot|can not) (?:do this|cope|handle (?:this|it)|take (?:this|it))"
    r"(?: (?:man|bro|bruv|mate|rn|right now|tonight))?\s*$"
)


def n7_bereaved_cant_do_this(text: str, answers: Mapping[str, Any] | None) -> bool:
    from bot.risk_words import detect_risk

    if not _n7_bereaved((answers or {}).get("crime_type"), answers) or is_question(text):
        return False
    sentences = [plain(part) for part in re.split(r"[.!,;\n]+", text) if part.strip()]
    return any(_N7_CANT_DO_THIS.search(part) for part in sentences) and not detect_risk(text)


# 5. "does my employer have to be told if I report? Would the police contact the school? I'm DBS
# checked, would this show up?", "Would reporting this show up on my DBS check?": being the
# victim is not on a DBS certificate, and the police don't normally tell a victim's employer.
_N7_DBS = re.compile(r"\b(?:dbs|criminal records? checks?|enhanced checks?|disclosure checks?)\b")
_N7_EMPLOYER_TOLD = re.compile(
    r"\b(?:police|they|officers?|anyone|someone)\b.{0,30}\b(?:contact|tell|inform|call|ring|"
    r"email|notify|let) (?:\w+ )?(?:my |the )?(?:school|employer|work|boss|headteacher|head "
    r"teacher|head|manager|job|workplace)\b|\b(?:my |the )?(?:employer|school|boss|headteacher|"
    r"workplace|work)\b.{0,20}\b(?:have to|need to|has to|must|be|get|gets) (?:be )?(?:told|"
    r"informed|contacted|notified)\b"
)


def n7_asks_about_dbs_or_employer(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\b(?:whether|an answer on)\b", words))
    if _young(answers) or not asked:
        return False
    if _N7_DBS.search(words):
        return not re.search(
            r"\b(?:his|their|the offenders?|the suspects?|he)\b.{0,20}\bdbs\b", words
        )
    return bool(_N7_EMPLOYER_TOLD.search(words)) and bool(
        re.search(r"\b(?:report\w*|police|court)\b", words)
    )


# 6. "if I report and it goes to court, will my name be made public?", "please answer my question
# about being named": lifelong anonymity after a sexual offence (utter_sexual_offence_anonymity).
_N7_NAMED = re.compile(
    r"\b(?:my name|i|me)\b.{0,25}\b(?:be |get |being )?(?:made public|named|published|printed|"
    r"released to the press)\b|\bbeing named\b|\bname (?:\w+ ){0,3}(?:made public|public|"
    r"published|printed)\b"
)


def n7_asks_if_they_will_be_named(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    sexual = crime_type == "sexual_offence" or _n7_images(text, crime_type, answers)
    asked = is_question(text) or bool(re.search(r"\banswer my question\b", words))
    return (
        sexual
        and asked
        and bool(_N7_NAMED.search(words))
        and not re.search(r"\b(?:this chat|my data|he know|they know|named person)\b", words)
    )


# Money or more pictures asked for ("send them" is his threat, not a demand on her).
_N7_DEMANDS = re.compile(
    r"\b(?:pay|paid|money|cash|more (?:pics?|pictures?|photos?|nudes?|videos?)|send (?:more|him "
    r"(?:more|money|pics?|pictures?|nudes?))|unless|blackmail\w*|sextort\w*|demand\w*|wants? "
    r"(?:money|more))\b"
)


# 7. "Is threatening to send them to my head a separate offence?", "is the threat itself a
# crime?", and "he's now texting me saying he'll send them to my headteacher if I go to the
# police" (no money asked): threatening to share intimate images is a crime of its own
# (utter_threat_to_share_video), not the sextortion answer ("Don't pay or send more").
def n7_asks_if_image_threat_is_a_crime(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        _n7_images(text, crime_type, answers)
        and is_question(text)
        and bool(re.search(r"\bthreat\w*\b", words))
        and bool(
            re.search(r"\b(?:offence|offense|crime|criminal|illegal|against the law)\b", words)
        )
        and not _N7_DEMANDS.search(words)
    )


def n7_told_image_threat_without_demand(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        "intimate_images" in ((answers or {}).get("account_details") or ())
        and not _young(answers)
        and "sextortion" not in ((answers or {}).get("account_details") or ())
        and bool(
            re.search(
                r"\b(?:hell|he will|hes going to|hes gonna|he ll|he would|threaten\w*(?: me)? to)"
                r" (?:send|share|post|show|forward) (?:them|it|the (?:photos?|pictures?|pics|"
                r"images?|videos?))\b",
                words,
            )
        )
        and not _N7_DEMANDS.search(words)
    )


# 8. "is there any kind of order I can get to stop him sending them anywhere else?", "You've said
# that already. The order?": a non-molestation order against an ex, and bail conditions.
def n7_asks_for_an_order_over_images(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    ex = (answers or {}).get("relationship_to_offender") == "partner_or_ex"
    if not (ex and _n7_images(text, crime_type, answers) and is_question(text)):
        return False
    return bool(
        re.search(
            r"\b(?:any|an|a|some|kind of|the) (?:\w+ )?(?:order|injunction)\b.{0,40}\bstop\b", words
        )
        or any(
            re.fullmatch(r"(?:(?:and|what about|so|ok) )?(?:the|an|any|what about the) order", part)
            for part in (plain(piece) for piece in re.split(r"[.!?;\n]+", text) if piece.strip())
        )
    )


# 9. "Why The Havens? I wasn't physically assaulted."
def n7_asks_why_the_havens(text: str) -> bool:
    words = plain(text)
    return bool(
        re.search(
            r"\bwhy (?:the |did you (?:list|suggest|give|send|mention) (?:the )?|are |is |would "
            r")?havens\b|\bhavens\b.{0,40}\b(?:wasnt|was not|werent|not) (?:physically )?"
            r"(?:assaulted|attacked|raped|touched)\b",
            words,
        )
    )


# 10. "Who exactly is the support team? Is it a charity, the police, the council?"
def n7_asks_who_the_support_team_is(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        # "who is the support team, is that police?" keeps utter_who_contacts.
        and bool(
            re.search(
                r"\b(?:exactly|charity|council|organisation|organization|company|who runs|nhs|"
                r"government)\b",
                words,
            )
        )
        and bool(
            re.search(
                r"\bwho (?:exactly )?(?:is|are|r) (?:the |your |this |these )?support "
                r"(?:team|workers?)\b|\bsupport (?:team|workers?)\b.{0,40}\b(?:a charity|the "
                r"police|the council|the nhs|the government|a company)\b",
                words,
            )
        )
    )


# -- round 44, helper N4 --
# Agnes, 73, a council tenant whose neighbour's teenage sons throw eggs and stones at her windows
# nightly: "is it possible for me to be moved somewhere else? I rent from the council" and "you
# have still not said whether I can be moved" (I can't answer, twice); "what would the police
# actually do to the boys? I do not want them arrested" (got the stalking / threat-to-kill text);
# "if the council does nothing again ... Is there someone above them I can complain to?".
_N4_MOVED = re.compile(
    r"\b(?:me|us|we|i) (?:to |can |could |will |would )?(?:be|get|getting|being) (?:moved|rehoused|"
    r"re housed|transferred)\b"
    r"|\babout (?:being|getting) (?:moved|rehoused|re housed)\b|\b(?:move|rehouse) me\b"
)
_N4_NOT_HOUSING = re.compile(
    r"\b(?:school|class|ward|cell|prison|hospital|job|team|shift|office|department|refuge|"
    r"police station|bed|room at work)\b"
)
_N4_ASB_WORDS = re.compile(
    r"\b(?:boys|lads|kids|teenagers?|youths?|young people|neighbours?|next door|eggs?|egging|"
    r"stones|the family|their mum|their mother|asb|anti ?social)\b"
)
_N4_POLICE_DO = re.compile(
    r"\bwhat (?:would|will|could|can|do|does|might) (?:the )?(?:police|they|officers?)(?: "
    r"actually| really| even)? (?:do|say)\b(?! (?:to|with) (?:me|us)\b)|\bcan (?:the )?police "
    r"(?:actually |really )?do (?:anything|something)\b"
)
_N4_THREAT_OR_STALKING = re.compile(
    r"\b(?:kill|stab|stalk\w*|follow\w*|waiting for me|watching me|turns? up (?:at|outside)|"
    r"threat\w* to)\b"
)
_N4_COUNCIL_FAILS = re.compile(
    r"\b(?:does|do|did|done|doing) nothing\b|\b(?:will not|wont|doesnt|does not|didnt|did not|"
    r"refuses? to|refused to) (?:help|act|do anything|listen)\b|\bnothing again\b"
)
_N4_WHO_ABOVE = re.compile(
    r"\b(?:some(?:one|body)|any(?:one|body)|who) (?:\w+ ){0,2}(?:above|over) (?:them|the council|"
    r"the housing)\b|\bcomplain (?:to|about)\b|\bwhat (?:am i supposed to|am i meant to|do i|can "
    r"i|should i|shall i) do\b|\bwho (?:do|can|should|else can) i (?:go to|turn to|complain to)\b"
    r"|\bhigher up\b|\bombudsman\b"
)


def n4_asks_to_be_moved(text: str) -> bool:
    """ "is it possible for me to be moved somewhere else? I rent from the council", "you have
    still not said whether I can be moved"."""
    words = plain(text)
    asked = is_question(text) or bool(
        re.search(r"\b(?:said|told me|answered|say) (?:whether|if) (?:i|we) (?:can|could)\b", words)
    )
    return asked and bool(_N4_MOVED.search(words)) and not _N4_NOT_HOUSING.search(words)


def _n4_asb(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    details = (answers or {}).get("account_details") or ()
    words = plain(text)
    return crime_type in ("stalking_harassment", "criminal_damage", "hate_crime", None) and (
        "neighbour" in details or bool(_N4_ASB_WORDS.search(words) or _ASB.search(words))
    )


def n4_asks_what_police_do_about_asb(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "what would the police actually do to the boys? I do not want them arrested, I only want
    it to stop": neighbours' children, no threat to kill, no one waiting for her."""
    words = plain(text)
    return (
        is_question(text)
        and bool(_N4_POLICE_DO.search(words))
        and _n4_asb(text, crime_type, answers)
        and not _N4_THREAT_OR_STALKING.search(words)
        and not _close(crime_type, answers or {})
    )


def n4_asks_who_is_above_the_council(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "And if the council does nothing again like last time? Is there someone above them I can
    complain to?", "What am I supposed to do if they will not help?" (the council, about ASB)."""
    words = plain(text)
    council = bool(re.search(r"\b(?:council|housing officer|housing|landlord)\b", words))
    return (
        is_question(text)
        and council
        and not re.search(r"\b(?:police|officer in (?:the|my) case)\b", words)
        and bool(_N4_COUNCIL_FAILS.search(words))
        and bool(_N4_WHO_ABOVE.search(words))
        and _n4_asb(text, crime_type, answers)
    )


# Sofia, 35, whose ex-boyfriend (not her daughter's father) breaks her non-molestation order:
# "What I have to do when he breach the order? The solicitor say something" (I can't answer:
# "when I get the order" read as asking for one); "if he come to the nursery can I tell the
# nursery?" (told "without a court order he is still a parent"); "If he is there what I do? Can
# I give the nursery a copy of the order?", "If he is at the nursery tomorrow when I go, what I
# do" (ignored, then goodbye).
_N4_ORDER_GOT = re.compile(
    r"\bwhen (?:i|we) (?:got|get|had|was given) (?:the|my|a|an|that) (?:\w+ )?(?:order|"
    r"injunction)\b"
)
_N4_NURSERY = re.compile(
    r"\b(?:nursery|nurserys|creche|childminder|pre ?school|pick ?up|pickup|collect (?:her|him|my "
    r"(?:daughter|son|child|baby))|school gate)\b"
)
_N4_WHAT_DO = re.compile(
    r"\bwhat (?:do |should |shall |can |must )?(?:i|we) (?:have to )?do\b|\bwhat i (?:have to )?"
    r"do\b|\b(?:do|should|shall|can|must) i (?:call|ring|phone) (?:999|the police|police)\b|"
    r"\bi (?:call|ring) (?:999|the police|police)\b|\b(?:tell|give|show) the (?:nursery|"
    r"school|childminder)\b|\bcan (?:they|the nursery|the school) stop him\b"
)
# What she will do next time, not the breaches so far ("He breach the order ... I call police?
# Is 999 or 101?" is the breach answer).
_N4_AHEAD = re.compile(
    r"\b(?:if|when) (?:he|hes)\b|\btomorrow\b|\bpick ?up\b|\b(?:tell|give|show) the "
    r"(?:nursery|school|childminder)\b|\bcopy of the order\b|\bhe is outside\b"
)
_N4_ORDER_WORDS = re.compile(r"\b(?:non molestation|nmo|injunction|court order|the order)\b")
_N4_NOT_FATHER = re.compile(
    r"\b(?:he is|hes|he s) not (?:the|her|his|their|my (?:daughters|sons|childs)) (?:father|dad)\b"
)


def _n4_order_held(text: str, answers: Mapping[str, Any] | None) -> bool:
    details = (answers or {}).get("account_details") or ()
    words = plain(text)
    return (
        "court_order" in details
        or bool(_N4_ORDER_WORDS.search(words) and not _ASKS_FOR_AN_ORDER.search(words))
        or bool(_N4_NOT_FATHER.search(words))
    )


def n4_asks_about_a_breach(text: str) -> bool:
    """ "What I have to do when he breach the order? The solicitor say something but I dont
    remember": "when I get the order" is the order she has, not one asked for."""
    words = _N4_ORDER_GOT.sub(" ", plain(text))
    return (
        is_question(text)
        and bool(_BREACH.search(words) and _AN_ORDER.search(plain(text)))
        and not _ASKS_FOR_AN_ORDER.search(words)
    )


def n4_asks_about_nursery_with_order(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "If he is at the nursery tomorrow when I go, what I do", "Can I give the nursery a copy of
    the order?", "if he come to the nursery can I tell the nursery? They can stop him?" from
    someone who holds an order against him."""
    words = plain(text)
    asked = is_question(text) or bool(_N4_WHAT_DO.search(words))
    return (
        crime_type in ("domestic_abuse", "stalking_harassment")
        and asked
        and bool(_N4_NURSERY.search(words))
        and bool(_N4_WHAT_DO.search(words) or re.search(r"\bcopy of the order\b", words))
        and bool(_N4_AHEAD.search(words))
        and _n4_order_held(text, answers)
        and not _young(answers)
    )


# Walter, 84: a roofer who took £4,000 for work that wasn't needed comes back for more. "can
# someone stop him coming" (ignored 4 times), "what if he comes thursday ... what do i do" (the
# general if-he-comes text), "is it fraud. my granddaughter says its a scam" (ignored), "should i
# pay him the 2000. he said he will take me to court if i dont" (the romance-scam text).
_N4_STOP_COMING = re.compile(
    r"\bstop (?:him|them|her|this man|the man|the builder|the roofer)(?: from)? (?:coming|calling|"
    r"knocking|turning up)\b|\b(?:what )?if (?:he|they) (?:comes?|turns? up|calls? round|knocks?)"
    r"\b.{0,40}\bwhat (?:do |should |shall |can )?i do\b|\bkeep (?:him|them) away\b"
)
_N4_IS_IT_FRAUD = re.compile(
    r"\b(?:is|was|isnt|wasnt) (?:it|this|that|he|what he did) (?:a |an )?(?:fraud|scam|con|crime|"
    r"illegal|against the law|a rogue trader|a cowboy)\b|\bits a scam\b.{0,20}\?"
)
_N4_COURT_THREAT = re.compile(
    r"\b(?:take|taking|takes) me to court\b|\bsue me\b|\bsuing me\b|\bcourt if i (?:dont|do not)\b"
)


def _n4_trader(text: str, crime_type: str | None, answers: Mapping[str, Any] | None) -> bool:
    details = (answers or {}).get("account_details") or ()
    if crime_type != "fraud" or "online" in details:
        return False
    words = plain(text)
    return (
        "doorstep" in details
        or bool(_M2_DOORSTEP_WORDS.search(words))
        or bool(re.search(r"\b(?:builders?|roof\w*|workm[ae]n|traders?)\b", words))
    )


def n4_asks_to_stop_the_trader_coming(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    details = (answers or {}).get("account_details") or ()
    return (
        crime_type == "fraud"
        and "online" not in details
        and (is_question(text) or bool(re.search(r"\bwhat (?:do |should )?i do\b", words)))
        and bool(_N4_STOP_COMING.search(words))
        and (bool(re.search(r"\bstop\b", words)) or _n4_trader(text, crime_type, answers))
    )


def n4_asks_if_the_trader_is_fraud(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"^(?:is|was) (?:it|this|that)\b", words))
    return asked and bool(_N4_IS_IT_FRAUD.search(words)) and _n4_trader(text, crime_type, answers)


def n4_trader_threatens_court(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "should i pay him the 2000. he said he will take me to court if i dont", "can the builder
    take me to court?"."""
    words = plain(text)
    asked = is_question(text) or bool(re.search(r"\bshould i\b", words))
    return (
        asked
        and bool(_N4_COURT_THREAT.search(words))
        and _n4_trader(text, crime_type, answers)
        and not _M2_NOT_ONLINE.search(words)
    )


# -- round 45, helper P3 --
# Grace, 41, whose landlord's son comes into her room while she sleeps: "what do I do if the son
# comes in again when I am sleeping tomorrow? I am scared he will touch me" (got "I can't
# answer").
_P3_COMES_IN_ASLEEP = re.compile(
    r"\b(?:comes?|coming|came|walks?|gets?|lets? himself) in(?:to)?(?: again)?(?: (?:to )?my "
    r"(?:room|bedroom))?\b.{0,40}\b(?:sleep\w*|asleep|in bed|in my bed)\b|\b(?:sleep\w*|asleep|in "
    r"(?:my )?bed)\b.{0,40}\b(?:comes?|coming|walks?|gets?) in(?:to)?(?: again)?(?: my "
    r"(?:room|bedroom))?\b"
)
_P3_FEARS_TOUCH = re.compile(
    r"\b(?:scared|afraid|frightened|worried|terrified|fear)\b(?: that)? (?:he|the son|the man|the "
    r"landlord)\b(?: \w+){0,2} (?:will|might|may|is going to|gonna|ll|would|could) (?:try to )?"
    r"(?:touch|grab|rape|assault|attack) me\b"
)


def p3_fears_a_man_coming_into_her_room(text: str) -> bool:
    words = plain(text)
    if _P3_FEARS_TOUCH.search(words):
        return True
    return bool(_P3_COMES_IN_ASLEEP.search(words)) and (
        is_question(text) or bool(re.search(r"\b(?:scared|afraid|frightened|terrified)\b", words))
    )


# Grace: "my employer paying me £5 an hour, is that allowed in UK?", "I mean the pay. £5 per
# hour. Minimum wage?", "is it legal he pays me £5?" (got the sexual-harassment-at-work answer).
_P3_MINIMUM_WAGE = re.compile(r"\b(?:minimum|living) wage\b")
_P3_PAY_AMOUNT = re.compile(
    r"£ ?\d+(?: \d\d)? ?(?:an|a|per|p|each) ?(?:hour|hr|h)\b|\b(?:pay\w*|paid)\b(?: \w+){0,3} £ ?\d"
)
_P3_IS_IT_LEGAL = re.compile(
    r"\b(?:allowed|legal|illegal|lawful|unlawful|against the law|is that (?:ok|okay|right|normal)|"
    r"can (?:he|she|they) (?:do|pay)|minimum)\b"
)


def p3_asks_about_minimum_wage(text: str) -> bool:
    words = plain(text)
    if _P3_MINIMUM_WAGE.search(words):
        return is_question(text) and not re.search(r"\bwhat is the (?:national )?minimum", words)
    return bool(_P3_PAY_AMOUNT.search(words)) and bool(_P3_IS_IT_LEGAL.search(words))


# Chloe, 28, whose flatmate hid a camera pointed at the shower: "Should I take the camera out
# or leave it? ...", "I need to know about the camera before he gets home, he'll just take it
# and delete everything", "Hello? The camera?" (ignored twice).
_P3_CAMERA = (
    r"(?:the |this |that |his )?(?:hidden |spy |secret )?(?:camera|cam|sd card|memory card)"
)
_P3_CAMERA_WHAT_TO_DO = re.compile(
    rf"\b(?:take|taking|pull|get) {_P3_CAMERA} (?:out|down)\b|\b(?:take|pull) (?:it|the card) out "
    rf"or leave\b|\bleave (?:it|{_P3_CAMERA}) (?:there|where it is|in place)\b|\b(?:know|ask\w*) "
    rf"about {_P3_CAMERA}\b|\bwhat (?:do|should) i do (?:with|about) {_P3_CAMERA}\b|\b(?:should|"
    rf"can|do) i (?:keep|unplug|remove|hide|touch|move) {_P3_CAMERA}\b|\b{_P3_CAMERA} before he\b|"
    r"\b(?:he ll|he will|hell|he is going to|hes going to|he could|he might) (?:just )?(?:take|"
    r"delete|wipe|destroy|hide) (?:it|the camera|the card|the footage|the videos?|everything)\b|"
    rf"^(?:\w+ ){{0,8}}{_P3_CAMERA}$"
)
_P3_HIDDEN = re.compile(r"\b(?:hidden|secret\w*|spy|shower|bathroom|filming|filmed|voyeur\w*)\b")


def p3_asks_what_to_do_with_a_hidden_camera(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    if not re.search(r"\b(?:camera|cam|sd card|memory card|footage|videos?|card)\b", words):
        return False
    hidden = crime_type == "sexual_offence" or bool(_P3_HIDDEN.search(words))
    return hidden and bool(_P3_CAMERA_WHAT_TO_DO.search(words))


# Jake, 25, who saw his friend stabbed: "will they know my name if i go court? the guys who did
# it" (got "the support worker can read this whole chat"), "will my name be on the paperwork
# they get? and my address??" (got "the number you gave us", though he had given none).
_P3_THEY = (
    r"(?:they|he|them|the (?:guys?|blokes?|men|man|lads?|boys?|ones?|suspects?|defendants?|"
    r"defence|attackers?|gang)|them lot|his lawyers?|their lawyers?)"
)
_P3_LEARN_MY_NAME = re.compile(
    rf"\b(?:will|would|do|does|can|could|might|gonna) {_P3_THEY}(?: who \w+(?: \w+)?)? (?:\w+ )?"
    r"(?:know|find out|get|see|learn|be told|have)\b(?: \w+){0,2} my name\b|"
    rf"\bif {_P3_THEY}(?: who \w+(?: \w+)?)? (?:will|would|can|could|might|gonna) (?:\w+ )?"
    r"(?:know|find out|get|see|learn|be told|have)\b(?: \w+){0,2} my name\b|"
    r"\bwill my (?:name|address|details)(?: and (?:my )?address)? (?:be|go|end up) (?:on|in) "
    r"(?:the|their|any) (?:paperwork|court papers|court documents)\b"
)
_P3_COURT_WITNESS = re.compile(
    r"\b(?:court|witness\w*|statement|paperwork|papers|trial|defence|who did it|stabbed|attacked|"
    r"the guys|the blokes|the men|them lot)\b"
)
_P3_NOT_OFFENDERS = re.compile(
    r"\b(?:support worker|the worker|this chat|the police|police|officer|my (?:boss|employer|"
    r"school|family|mum|dad|landlord)|the council|the press|papers say|newspaper\w*)\b"
)


def p3_witness_asks_if_they_learn_their_name(text: str) -> bool:
    words = plain(text)
    return (
        bool(_P3_LEARN_MY_NAME.search(words))
        and bool(_P3_COURT_WITNESS.search(words))
        and not re.search(
            r"\b(?:will|would|do|does|can) (?:the )?(?:police|officer|support worker|worker)\b",
            words,
        )
        and not re.search(r"\b(?:newspaper\w*|the press|papers print|on the news)\b", words)
    )


# Jake: "and if one of them lot messages me or turns up, what do i do" (got "I can't answer").
_P3_IF_THEY_CONTACT = re.compile(
    r"\b(?:if|when|what if)\b (?:one of |any of |some of )?(?:them|them lot|they|the (?:guys?|"
    r"blokes?|men|lads?|gang|attackers?|ones who \w+ (?:it|him|her|dev|my \w+)))\b(?: \w+){0,2} "
    r"(?:messages?|texts?|dms?|contacts?|calls?|rings?|phones?|turns? up|shows? up|comes? (?:round|"
    r"after me|to my|for me)|finds? me|approaches?|threatens?|snapchats?)\b"
)


def p3_witness_fears_contact_from_them(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    witness = "witness" in ((answers or {}).get("account_details") or ()) or bool(
        re.search(r"\bwitness\w*|\bstatement\b|\bcourt\b", words)
    )
    return witness and is_question(text) and bool(_P3_IF_THEY_CONTACT.search(words))


# -- round 45, helper P6 --
# Aisha (her husband said he'd kill her if she left), Yasmin (brothers forcing a marriage) and
# Fiona (a nurse threatened by a patient's son who'd "find her after her shift").
def _p6_partner_or_family(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    who = (answers or {}).get("relationship_to_offender")
    if crime_type == "domestic_abuse" or who in ("partner_or_ex", "family_member"):
        return True
    told = account.read_account(text)
    return told.crime_type == "domestic_abuse" or told.offender in (
        "partner_or_ex",
        "family_member",
    )


_P6_KIDS = r"(?:kids|children|child|kid|son|sons|daughter|daughters|baby|babies|little ones)"
_P6_LEAVE_WITH_KIDS = re.compile(
    rf"\bhow (?:do|can|could|would|should) (?:i|we) (?:leave|get out|go|get away)\b.{{0,30}}\b"
    rf"{_P6_KIDS}\b|\b(?:a |any )?(?:place|somewhere|where) (?:for|that takes?|to take) (?:women|"
    rf"mums|mothers|me|us)(?: \w+){{0,2}}? (?:with|and) (?:my |the |\d+ )?{_P6_KIDS}\b|"
    rf"\b{_P6_KIDS}\b.{{0,40}}\bwhere (?:do|can|should|would) (?:i|we) go\b|"
    rf"\bwhere (?:do|can|should|would) (?:i|we) go\b.{{0,40}}\b{_P6_KIDS}\b"
)


def p6_asks_how_to_leave_with_children(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "how do i leave with my kids", "please. 3 kids. where do i go", "is there a place for
    women with kids" from someone a partner or relative abuses (Aisha)."""
    words = plain(text)
    return bool(_P6_LEAVE_WITH_KIDS.search(words)) and _p6_partner_or_family(
        text, crime_type, answers
    )


_P6_BARE_NUMBER = re.compile(
    r"^(?:.{0,40}\b)?(?:(?:whats|what is|give me|send me|i need|need|can i (?:have|get)) )?"
    r"(?:the |a |their |that |ur |your )?(?:helpline |refuge |phone )?(?:number|no|num|nmber|"
    r"numbr)\s*$"
)


def p6_asks_for_the_number(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "i can call now hes out. number?" (Aisha, abused by her husband): the helpline's
    number, not "I can't answer that"."""
    words = plain(text)
    return (
        "?" in text
        and not re.search(r"\d", text)
        and not re.search(r"\bwho(?:se|s)?\b", plain(text))  # "who is that number?"
        and bool(_P6_BARE_NUMBER.search(words))
        and _p6_partner_or_family(text, crime_type, answers)
    )


def _p6_family_abuse(answers: Mapping[str, Any] | None, text: str) -> bool:
    """Hurt by family (forced marriage, honour, a brother): never "stay with your family"."""
    told = answers or {}
    return (
        told.get("relationship_to_offender") == "family_member"
        or "forced_marriage" in (told.get("account_details") or ())
        or account.read_account(text).offender == "family_member"
    )


_P6_GETS_BAD_AT_HOME = re.compile(
    r"\b(?:if|when) (?:it|things|he|they) (?:(?:gets?|got|turns?) (?:bad|worse|violent|scary|"
    r"nasty|physical)|kicks? off)\b|\b(?:have to|got to|gotta|need to|must) go (?:back )?home "
    r"(?:tonight|later|today)\b|\bwhere else (?:would|can|could|do) i go\b"
)


def p6_family_danger_tonight(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "i have to go home tonight. what do i do if it gets bad" (Yasmin, her brothers forcing a
    marriage): safety at home from family, never "stay with your family"."""
    return bool(_P6_GETS_BAD_AT_HOME.search(plain(text))) and _p6_family_abuse(answers, text)


_P6_IF_THEY_FIND = re.compile(
    r"\bif (?:they|he|she|my (?:\w+ )?(?:brothers?|family|dad|father|parents|husband|mum|"
    r"uncles?|partner)) (?:ever )?(?:find|finds|found|see|sees|saw|read|reads|knew|know|"
    r"catch|catches)\b.{0,60}\b(?:(?:im|i m|i am|i d be|id be|ill be) (?:dead|done|finished)|"
    r"kill me|dont know what (?:they|he|she)(?: d| would|d)?(?: do)?|that s it for me|thats it "
    r"for me)"
)
_P6_RELATIVE_HIT_ME = re.compile(
    r"\b(?:my (?:older |oldest |younger |big |little )?(?:one|brother|brothers|dad|father|uncle|"
    r"cousin)|hes|he has|he s) (?:has )?(?:hit|hits|beat|beats|slapped|punched|kicked) me\b"
)


def p6_fears_family_finding_out(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "if they find this chat im dead tbh", "my older one hit me once last year" (Yasmin): fear
    of family who abuse her, said as a figure of speech, not suicide."""
    words = plain(text)
    # Told, not asked: "hes hit me twice. is that domestic abuse?" has its own answer.
    hit = bool(_P6_RELATIVE_HIT_ME.search(words)) and not re.search(
        r"\b(?:is|was|would|does|do|can|could) (?:that|this|it|he|they)\b", words
    )
    return (bool(_P6_IF_THEY_FIND.search(words)) or hit) and _p6_partner_or_family(
        text, crime_type, answers
    )


_P6_SHIFT_TONIGHT = re.compile(
    r"\b(?:(?:worried|scared|nervous|afraid|frightened|dreading|anxious) (?:about )?(?:leaving|"
    r"going home|getting home|walking out|the walk)|(?:get|getting|walk|walking|go|going) (?:to|"
    r"out to) (?:the |my )?(?:bus|bus stop|station|tube|train|taxi)|after (?:my|the|her) shift|"
    r"(?:my )?shift (?:ends|finishes|is over|done)|end of (?:my|the) shift|when i (?:finish|"
    r"leave) (?:my |the )?(?:shift|ward|work))\b"
)
_P6_TONIGHT = re.compile(
    r"\b(?:tonight|tonite|later|this evening|today|2nite|\d+ ?(?:hrs|hours)|at \d|ends \d)\b"
)


def p6_leaving_shift_tonight(text: str, crime_type: str | None) -> bool:
    """ "worried about leaving tonight tho, shift ends 8", "esp getting to the bus tonight", "what
    do i do tonight tho. he said after my shift" (Fiona, a nurse threatened at work)."""
    words = plain(text)
    return (
        crime_type in (None, "stalking_harassment", "assault")
        and bool(_P6_SHIFT_TONIGHT.search(words))
        and bool(_P6_TONIGHT.search(words))
    )


_P6_EMPLOYER = re.compile(r"\b(?:employer|the trust|my trust|work|manager|boss|hr|company|nhs)\b")
_P6_DUTY = re.compile(
    r"\b(?:duty|duty of care|supposed to|do (?:something )?more|doing (?:something )?more|"
    r"more than (?:a|an|the)|responsib\w*|have to protect|should(?:nt)? (?:they|the trust|it|"
    r"my \w+) (?:be doing|do)|obliged)\b"
)
_P6_SEXUAL = re.compile(r"\b(?:sexual\w*|grop\w*|touch\w*|laugh\w*|flash\w*|indecent\w*)\b")


def p6_asks_employer_duty(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "is the trust supposed to do more than a datix? they have a duty to staff dont they"
    (Fiona, threatened, not sexually harassed): the employer's safety duty."""
    words = plain(text)
    return (
        crime_type != "sexual_offence"
        and (is_question(text) or "dont they" in words)
        and bool(_P6_EMPLOYER.search(words) and _P6_DUTY.search(words))
        and not _P6_SEXUAL.search(words)
    )


_P6_NOT_LAUGHED = re.compile(
    r"\b(?:who said (?:she|he|they|anyone|my manager) (?:laughed|laugh)|(?:she|he|they) (?:didnt|"
    r"did not|never) laugh|nobody laughed|no one laughed)\b|\b(?:its|it s|it is|this is|thats) "
    r"not (?:sexual|sexual harassment)\b"
)


def p6_says_not_laughed_off(text: str) -> bool:
    """ "who said she laughed it off? she didnt. and its not sexual harassment" (Fiona)."""
    return bool(_P6_NOT_LAUGHED.search(plain(text)))


# -- round 45, helper P4 --
# Mrs Okoro (racist leaflets for a year): "does this legally count as harassment?", "Is
# repeated racist leafleting harassment in law, yes or no?".
_P4_HARASSMENT_IN_LAW = re.compile(
    r"\b(?:(?:count|counts|counted|amount|amounts) (?:\w+ ){0,2}as harass\w*|harass\w* (?:\w+ )?"
    r"(?:in law|legally|under the law|in the eyes of the law)|(?:is|does|would) (?:\w+ ){0,4}"
    r"(?:legally|in law) (?:\w+ )?harass\w*|(?:is|are) (?:\w+ ){0,4}(?:leaflet\w*|letters?|"
    r"notes?) (?:\w+ ){0,2}harass\w*)"
)
_P4_RACE_WORDS = re.compile(r"\b(?:racis\w*|racial\w*|race|hate|black|immigrants?)\b")
# Mrs Okoro, who owns her house: "Am I allowed to put a CCTV camera above my front door", "May
# I install my own CCTV camera covering my front door and path?".
_P4_CAMERA = re.compile(r"\b(?:cctv|cameras?|doorbell cam\w*|video doorbell|ring doorbell)\b")
_P4_MAY_I = re.compile(
    r"\b(?:(?:am i|are we) allowed|may i|can i|could i|is it legal|is it ok|is it allowed|"
    r"do i need permission|am i permitted)\b"
)
_P4_PUT_UP = re.compile(
    r"\b(?:put|install\w*|fit|fix|have|mount|set up|use|my own|above|over|"
    r"covering)\b"
)
# Gwen: "Does that actually count as a hate crime when it's my support for a country that's the
# target, rather than my own race?", "nationality rather than race".
_P4_NATIONALITY = re.compile(
    r"\b(?:nationality|national origins?|ukrain\w*|my support for|because i support|supporting "
    r"(?:a|another|the|ukraine|\w+) ?(?:country|people)?|(?:not|rather than|isnt|wasnt) (?:\w+ )?"
    r"(?:my )?(?:own )?race|my race|a country|their country|flag)\b"
)
_P4_HATE_Q = re.compile(
    r"\bhate ?crime\b|\b(?:is that|is it|is this|that) covered\b|\bcount(?:s|ed)? as\b"
)
# Gwen's car bonnet: "will the council clean it off or repair it? It's scratched into the
# paintwork, not sprayed", "What use is a graffiti team to a scratched car?".
_P4_CAR = re.compile(r"\b(?:car|cars|bonnet|van|paintwork|bodywork|vehicle)\b")
_P4_SCRATCHED = re.compile(r"\b(?:scratch\w*|keyed|carved|gouged|etched|scraped)\b")
_P4_REPAIR = re.compile(
    r"\b(?:repair\w*|clean\w*|remove\w*|graffiti|fix\w*|paint\w* over|get (?:it )?off|council)\b"
)
# Abdul: "police come or not? i call police first time nobody come", "POLICE COME OR NOT?".
_P4_POLICE_COME = re.compile(
    r"\bpolice (?:will |gonna |going to |can |do |does )?(?:come|visit|attend)\w* (?:or not|out|"
    r"to (?:me|my|the shop|see me))|\b(?:will|do|does|would|are|can) (?:the )?police (?:come|"
    r"visit|attend|send someone)\b|\bpolice come\b.{0,6}\?"
)


def p4_asks_if_harassment_in_law(text: str, answers: Mapping[str, Any] | None) -> str | None:
    """The harassment answer for "does this legally count as harassment?", with the racially
    aggravated offence when the message or the account is about race."""
    words = plain(text)
    if not _P4_HARASSMENT_IN_LAW.search(words):
        return None
    race = _P4_RACE_WORDS.search(words) or (answers or {}).get("hate_motivated") is True
    return "utter_p4_racist_harassment_law" if race else "utter_harassment_crime"


def p4_asks_to_put_up_own_camera(text: str) -> bool:
    words = plain(text)
    return (
        bool(_P4_CAMERA.search(words))
        and bool(_P4_MAY_I.search(words))
        and bool(_P4_PUT_UP.search(words))
        and not re.search(r"\b(?:council|housing|landlord) (?:to )?(?:put|install|fit)\b", words)
    )


def p4_asks_hate_crime_for_nationality(text: str) -> bool:
    words = plain(text)
    return bool(_P4_NATIONALITY.search(words)) and bool(_P4_HATE_Q.search(words))


def p4_asks_to_repair_scratched_car(text: str) -> bool:
    words = plain(text)
    return (
        bool(_P4_CAR.search(words))
        and bool(_P4_SCRATCHED.search(words) or "graffiti" in words)
        and bool(_P4_REPAIR.search(words))
        and (is_question(text) or bool(re.search(r"\bwhat use\b", words)))
    )


# Other questions about the police coming, answered by their own rows: fingerprints, a statement
# with a BSL interpreter, "i dont want police come to my house" (rounds 41 and 42).
_P4_NOT_A_VISIT_Q = re.compile(
    r"\b(?:fingerprint\w*|forensic\w*|statement|bsl|interpreter|(?:dont|do not|don t) want|"
    r"tell (?:the )?police|look for|if i (?:report|tell|call))\b"
)


def p4_asks_if_police_will_come(text: str, crime_type: str | None) -> bool:
    """ "police come or not?" (Abdul); after a burglary the fingerprints answer says it."""
    words = plain(text)
    return (
        crime_type != "burglary"
        and bool(_P4_POLICE_COME.search(words))
        and (is_question(text) or "or not" in words)
        and not _P4_NOT_A_VISIT_Q.search(words)
    )


# -- round 45, helper P5 --
# Sandra, 49, whose sister's killer is up for parole: "can the Parole Board see my statement
# and will he see it too? I don't want him knowing where we live now", "does the prisoner get to
# read my victim personal statement?", "Does HE see it? Yes or no." got a trial witness
# statement answer, the same paragraph, then "I can't answer".
_P5_PRISONER_SEES = re.compile(
    r"\b(?:does|do|will|would|can|could|is|did) (?:he|him|the prisoner|the offender|the killer|"
    r"the murderer|they|darren) (?:\w+ ){0,3}(?:see|read|get|know|have access|be shown|be told)"
    r"\b|\b(?:he|the prisoner|the offender) (?:\w+ ){0,2}(?:sees?|reads?|gets? to (?:see|read))"
    r" (?:it|my|the)\b"
)
_P5_VPS = re.compile(
    r"\b(?:victim personal statement|personal statement|vps|impact statement|my statement|"
    r"the statement)\b"
)
_P5_PAROLE = re.compile(r"\b(?:parole|prisoner|prison|release|released|vlo|liaison officer)\b")


def p5_asks_if_prisoner_sees_vps(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not (is_question(text) and _P5_PRISONER_SEES.search(words)):
        return False
    parole = bool(_P5_PAROLE.search(words))
    bereaved = crime_type == "homicide" or (answers or {}).get("bereaved") is True
    if _P5_VPS.search(words):
        return parole or bereaved
    # "Does HE see it? Yes or no." straight after asking about the statement at parole.
    return bereaved and bool(re.search(r"\b(?:see|read) it\b", words))


# Sandra: "can I ask for a licence condition that he stays out of Enfield, and doesn't contact
# me, my mum, or my sister's children?", "please answer my question about licence conditions",
# "Can I ask that he's banned from Enfield and from contacting my family" (ignored twice).
_P5_LICENCE = re.compile(r"\blicen[cs]e conditions?\b")
_P5_LICENCE_ASKED = re.compile(
    r"\b(?:can|could|may|do|should) (?:i|we|my family|my mum) (?:ask|request|apply|have|get|put)\b"
    r"|\b(?:answer|about) my question\b|\bhow (?:do|can) (?:i|we) (?:ask|request|get)\b"
)
_P5_KEPT_OUT = re.compile(
    r"\b(?:banned|barred|kept|keep him|stays?|staying) (?:out of|away from|from (?:coming to|"
    r"entering|contacting|going to))\b|\b(?:no contact|not contact|doesnt contact|does not contact|"
    r"wont contact|from contacting|not to contact|never contacts?)\b|\bexclusion zone\b"
)


def p5_asks_for_licence_conditions(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    released = (
        bool(_P5_LICENCE.search(words) or _P5_PAROLE.search(words))
        or crime_type == "homicide"
        or (answers or {}).get("bereaved") is True
    )
    if not released:
        return False
    if _P5_LICENCE.search(words) and _P5_LICENCE_ASKED.search(words):
        return True
    return (
        is_question(text)
        and bool(_P5_KEPT_OUT.search(words))
        and bool(re.search(r"\b(?:ask|request|want|can|could)\b", words))
    )


# Norman, 90, courier fraud (a "policeman" rang: his grandson arrested, £3,000 for bail, cash
# to a young man at the door): "IS MY GRANDSON OK" (five times), "IS JAMIE IN PRISON OR NOT",
# "SHOULD I RING JAMIE? ... OR WILL I GET HIM IN TROUBLE", "WILL THE YOUNG CHAP COME BACK?",
# "WHAT IF THE YOUNG CHAP COMES BACK TO THE DOOR. WHAT DO I DO", "DO THE POLICE ASK FOR BAIL
# MONEY": each got "I can't answer".
_P5_SCAM_TOLD = re.compile(
    r"\b(?:scam\w*|fraud\w*|bail|courier|conned|policeman|police officer|envelope)\b"
)
_P5_NOT_A_NAME = (
    r"(?:it|that|this|the|my|me|you|him|her|them|us|money|cash|bank|police|court|compensation|"
    r"support|help|now|then|today|tomorrow|next|rights|costs?|card|pin|quite|very|really|all|"
    r"everything|everyone|everybody|he|she|they|we|i|someone|anyone|there|what|which|your)"
)
_P5_RELATIVE = (
    r"(?:my )?(?:grandsons?|granddaughters?|grandchild(?:ren)?|grandkids?|son|daughter|nephew|"
    r"niece|boy|lad)"
)
_P5_RELATIVE_OK = re.compile(
    rf"\b(?:is|was|if|that) {_P5_RELATIVE} (?:is |was )?(?:ok|okay|alright|all right|safe|fine|"
    r"in prison|in jail|in a cell|really arrested|arrested|in trouble)\b"
    rf"|\b(?:is|was|if) (?!{_P5_NOT_A_NAME}\b)[a-z]+ (?:is |was )?(?:ok|okay|alright|all right|"
    r"safe|in prison|in jail|really arrested)\b"
    rf"|\bwhat about {_P5_RELATIVE}\b"
    rf"|\bwhat about (?!{_P5_NOT_A_NAME}\b)[a-z]+\W*$"
    rf"|\b(?:should|shall|can|do) i (?:ring|call|phone|text) (?:{_P5_RELATIVE}|him|(?!"
    rf"{_P5_NOT_A_NAME}\b)[a-z]+)\b.{{0,60}}\b(?:trouble|ok|okay)\b"
    r"|\bget (?:him|her|them) in(?:to)? trouble\b"
)


def _p5_scam_context(text: str, crime_type: str | None) -> bool:
    return crime_type == "fraud" or bool(_P5_SCAM_TOLD.search(plain(text)))


def p5_asks_if_relative_is_ok_after_courier_scam(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if (answers or {}).get("under_18") is True or not _p5_scam_context(text, crime_type):
        return False
    return bool(_P5_RELATIVE_OK.search(words))


_P5_AT_THE_DOOR = re.compile(
    r"\b(?:will|might|could|would|if|what if) (?:the |that |this )?(?:young )?(?:chap|man|lad|"
    r"courier|bloke|guy|he|they|someone|somebody|anyone) (?:\w+ )?(?:come|comes|coming) back\b"
    r"|\b(?:come|comes|coming) (?:back )?(?:to|round to) (?:the|my) (?:door|house|home)\b.{0,40}"
    r"\bwhat (?:do|should|shall|can) i\b"
    r"|\bwhat (?:do|should|shall|can) i do\b.{0,40}\b(?:door|comes back|come back)\b"
)
_P5_POLICE_MONEY = re.compile(
    r"\b(?:do|does|would|will|can) (?:the )?(?:police|policemen|officers?|a policeman|the courts?)"
    r" (?:\w+ )?(?:ask|ask for|want|collect|take|send|need) (?:for )?(?:\w+ )?(?:bail|money|cash|"
    r"someone|a courier)\b|\breal (?:policeman|police officer|police|officer)\b|"
    r"\bpolice (?:really )?(?:ask|asking) for (?:bail|money|cash)\b"
)


# The one who came for the money, not builders or traders (utter_rogue_traders_back).
_P5_COURIER = re.compile(
    r"\b(?:courier|chap|young man|young lad|lad|bloke|collector|collected|collect|the man who "
    r"came|fake (?:police|policeman|officer))\b"
)
# Builders or traders at the door (utter_rogue_traders_back), not a courier.
_P5_TRADERS = re.compile(
    r"\b(?:builders?|traders?|roofers?|workmen|gardeners?|guttering|gutters?|roof|driveway|"
    r"finish the|the job|the work)\b"
)


def p5_asks_what_to_do_if_courier_returns(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if not _p5_scam_context(text, crime_type) or _P5_TRADERS.search(words):
        return False
    if not _P5_COURIER.search(words):
        return False
    return bool(_P5_AT_THE_DOOR.search(words)) and bool(
        re.search(r"\b(?:door|back|live|house|home)\b", words)
    )


def p5_asks_if_police_ask_for_bail_money(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    if not _p5_scam_context(text, crime_type):
        return False
    return bool(_P5_POLICE_MONEY.search(plain(text)))


# Irene, 75: a church "friend" borrowed £8,000 and won't repay. "Is it a scam? I do not want to
# get Gerald into trouble if it is just a loan", "I dont know if it is a crime or if I have just
# been silly" got "I can't answer"; "Would the police think I am a foolish old woman?".
_P5_IS_IT_A_SCAM = re.compile(
    r"\b(?:is|was) (?:it|this|that|he|what he did|what hes doing) (?:a |really a |actually a |even "
    r"a )?(?:scam|crime|fraud|illegal|a con|conning me|stealing|theft)\b|\b(?:dont|do not) know "
    r"(?:if|whether) (?:it is|its|this is|it was) (?:a )?(?:crime|scam|fraud)\b|\bhave i been "
    r"(?:scammed|conned|defrauded)\b|\bhas he (?:scammed|conned|defrauded)\b"
)
_P5_LOAN = re.compile(
    r"\b(?:loan|lent|lend|borrowed|borrow|pay (?:it |me )?back|give it back|repay\w*|next month|"
    r"owes? me)\b"
)


def p5_asks_if_unpaid_loan_is_a_scam(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    if account.p5_money_not_repaid(words):
        return bool(_P5_IS_IT_A_SCAM.search(words))
    return crime_type == "fraud" and bool(_P5_IS_IT_A_SCAM.search(words) and _P5_LOAN.search(words))


_P5_POLICE_THINK = re.compile(
    r"\b(?:would|will|do|does|might) (?:the )?(?:police|officers?|they) (?:\w+ )?(?:think|say|see|"
    r"judge|laugh)\b.{0,40}\b(?:foolish|silly|stupid|daft|an idiot|a fool|gullible|naive)\b"
)


def p5_asks_if_police_think_them_foolish(text: str) -> bool:
    return bool(_P5_POLICE_THINK.search(plain(text)))


# -- round 45, helper P2 --
# Tom, 60, Deaf, burgled: "police must text me or email, not phone? I want this. How I tell
# them?", "I want police use text or email only. I have right to ask this?", "So police must
# contact me way I understand? Email? How I tell officer this", "support worker can tell police
# my email, so police stop phone?": how the police contact him (not how to report).
_P2_POLICE = re.compile(r"\b(?:police|officers?|detectives?|oic|cops)\b")
_P2_HOW_THEY_CONTACT = re.compile(
    r"\b(?:text|email|e mail|message|contact|phone|ring|call) me\b|\b(?:use|by|only|just) "
    r"(?:text|texts|email|emails|e mail)\b|\btext or email\b|\bemail or text\b|\b(?:text|email) "
    r"only\b|\bstop (?:phon\w*|call\w*|ring\w*)\b|\bnot (?:phone|call|ring)\b|\bno (?:phone|calls?)"
    r"\b|\bmy email\b|\bway i understand\b|\binstead of (?:phon|call|ring)\w*\b"
)
_P2_NOT_A_CALL = re.compile(
    r"\b(?:text|texts|texting|email|emails|e mail|way i understand|not phone|no phone|stop phon\w*|"
    r"instead of (?:phon|call|ring)\w*)\b"
)
_P2_ASKS_RIGHT = re.compile(
    r"\b(?:right|must|have to|should|can|allowed|how (?:i|do i|can i|to|should i) (?:tell|ask|"
    r"say)|so)\b"
)


def p2_asks_police_to_contact_without_calling(text: str) -> bool:
    words = plain(text)
    return (
        is_question(text)
        and bool(_P2_POLICE.search(words))
        and bool(_P2_HOW_THEY_CONTACT.search(words))
        # a way other than a call is named ("phone me, 07700 900157" is not it)
        and bool(_P2_NOT_A_CALL.search(words))
        and bool(_P2_ASKS_RIGHT.search(words))
        # "How I contact police by text?", "Is there text or email for police?": how to report.
        and not re.search(
            r"\bis there (?:a |an )?(?:text|email|e mail)\b|\bfor (?:the )?police\b", words
        )
        and not re.search(
            r"\b(?:how (?:i|do i|can i|to) (?:contact|reach|report)|report\w*)\b", words
        )
    )


# "I cannot call 101. Deaf. I tell you already.": after an answer saying "call 101".
_P2_CANNOT_CALL_POLICE = re.compile(
    r"\b(?:cant|can t|cannot|can not|unable to|not able to) (?:call|phone|ring|use|hear) "
    r"(?:the )?(?:101|police)\b"
)


def p2_says_they_cannot_call_the_police(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    deaf = (answers or {}).get("cannot_phone") is True or bool(_DEAF.search(words))
    # Said, not asked: "how do I contact the police by text, I cannot use 101" has its answer.
    return deaf and bool(_P2_CANNOT_CALL_POLICE.search(words)) and not is_question(text)


# Tom: "Insurance company, how I talk them, I deaf".
_P2_INSURER = re.compile(r"\binsur\w*\b")
_P2_NO_CALL_WORDS = re.compile(
    r"\b(?:how (?:i|do i|can i|to|should i) (?:talk|speak|contact|tell|reach)|(?:they|insurer|"
    r"insurance) (?:ring|call|phone)s? me|(?:cant|cannot|can not) (?:call|phone|ring|hear))\b"
)


def p2_asks_to_deal_with_insurer_without_calling(
    text: str, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    deaf = (answers or {}).get("cannot_phone") is True or bool(_DEAF.search(words))
    return deaf and bool(_P2_INSURER.search(words)) and bool(_P2_NO_CALL_WORDS.search(words))


def p2_adult_not_close_asks_without_calling(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """The ways without a call, without the domestic abuse helpline and Childline, for an adult
    harmed by someone outside the family (Tom, 60, burgled)."""
    answers = answers or {}
    age = answers.get("age")
    adult = age is not None and float(age) >= 19
    return (
        adult
        and crime_type not in (None, "domestic_abuse", "sexual_offence")
        and not _close(crime_type, answers)
        and asks_for_a_way_without_calling(text)
    )


# Dion, 19, hate crime: "How much faster? Please give the number of days.", "Before you said 1
# working day for arrest. Now you say 5 working days. Which one is correct?", "Will the police
# tell me if they catch the 3 men? How many days until they tell me?".
_P2_HOW_MANY_DAYS = re.compile(
    r"\bhow (?:many|much) (?:working )?(?:days|faster|quicker|sooner|time)\b|\bnumber of days\b|"
    r"\b(?:1|one) (?:working )?day\b.*\b(?:5|five) (?:working )?days\b|\b(?:5|five) (?:working )?"
    r"days\b.*\b(?:1|one) (?:working )?day\b"
)


def p2_asks_how_many_days_for_updates(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    if not is_question(text) and not re.search(
        r"\bwhich (?:one )?is (?:it|right|correct)\b", words
    ):
        return False
    days = bool(_P2_HOW_MANY_DAYS.search(words))
    about_updates = bool(
        re.search(
            r"\b(?:police|tell me|update\w*|faster|quicker|sooner|arrest\w*|catch|caught|working "
            r"days?)\b",
            words,
        )
    )
    return days and about_updates and not re.search(r"\b(?:refer\w*|support worker)\b", words)


def p2_enhanced(answers: Mapping[str, Any] | None) -> bool:
    return code_rules.assess(answers or {}).likely_enhanced


# Kevin, 31, bus driver spat on, "said he had covid": "what do i need to do about tests", "it
# went in my eye and my mouth. am i gonna get something off him", "look can u just tell me about
# the spit thing", "do i need a test or go a&e or what".
_P2_SPIT = re.compile(r"\b(?:spat|spit|spitting|spits|saliva|gob\w*)\b")
_P2_INFECTION = re.compile(
    r"\b(?:tests?|tested|covid|infect\w*|catch|caught|disease|diseases|virus|hiv|hepatitis|hep|"
    r"get something|something off (?:him|her|them)|doctor|gp|a ?e|a and e|hospital|health|"
    r"the spit thing|ill|sick)\b"
)


_P2_TESTS_ALONE = re.compile(
    r"\bdo i need (?:a|any|to get a|to get|to have a) tests?\b|\babout (?:the )?tests?\b|^(?:\w+ )"
    r"{0,2}the tests?$|\b(?:went|got|go) in my (?:eye|eyes|mouth)\b.*\b(?:get|catch) something\b"
)


def p2_asks_about_infection_from_spit(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    answers = answers or {}
    if (
        answers.get("crime_type") == "assault"
        and "spiked" not in (answers.get("account_details") or ())
        and _P2_TESTS_ALONE.search(words)
        and not re.search(r"\b(?:drugs?|dna|pregnan\w*|sti|std|alcohol|spik\w*|driving)\b", words)
    ):
        return True
    spat = bool(_P2_SPIT.search(words))
    asked = is_question(text) or bool(
        re.search(r"\b(?:do i need|should i|tell me about|what about)\b", words)
    )
    return spat and asked and bool(_P2_INFECTION.search(words))


# Kevin: "i pushed him off the bus after he done it. hes fell on the pavement. am i in trouble
# for that": the self-defence answer (it was given when he asked again).
_P2_IN_TROUBLE = re.compile(
    r"\b(?:am i|will i be|could i be|would i be|can i be|might i be|do i get) (?:in )?(?:trouble|"
    r"done for)\b|\bcan (?:they|the police|police) (?:nick|arrest|charge|do) me\b"
)
_P2_PUSHED = re.compile(
    r"\bi (?:\w+ ){0,2}(?:pushed|shoved|hit|punched|grabbed|kicked) (?:him|her|them|the (?:man|"
    r"guy|bloke|lad))\b|\bpushing (?:him|her|them)\b|\bself ?defen[cs]e\b"
)


def p2_fears_trouble_for_pushing_back(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    return (
        (crime_type in _J5_FIGHT_CRIMES or crime_type is None)
        and not _close(crime_type, answers or {})
        and bool(_P2_IN_TROUBLE.search(words))
        and bool(_P2_PUSHED.search(words))
        and not re.search(r"\b(?:work|employer|boss|job|sack\w*|fired)\b", words)
    )


# -- round 45, helper P7 --
# Paul (his ex-wife's new partner punched him at the children's handover), Martin (robbed at
# knifepoint by a man from a dating app; not out at work or to his family) and Sue (her adult
# daughter steals from her; her grandson Tyler, 8, lives with them).
_P7_HANDOVER = re.compile(
    r"\bhand ?overs?\b|\bchange ?overs?\b|\bcontact (?:arrangements?|order|changed|centres?|"
    r"centers?)\b|\bchild arrangements?\b|\b(?:change|changing|stop|stopping|vary) (?:the )?"
    r"contact\b"
)
_P7_ASKING = re.compile(
    r"\b(?:can|could|how|should|shall|will|would|want to know|what about|is there|"
    r"you didnt answer|about the)\b|\bnot (?:going|having him|letting him|having her) near\b"
)
_P7_CHILD = re.compile(
    r"\b(?:kids?|children|child|son|sons|grandson|granddaughter|grandchild\w*|grandkids?|"
    r"little one|little boy|little girl|my boy|my girl)\b|\b(?:hes|shes|he is|she is) (?:[1-9]|"
    r"1[0-5])\b"
)
_P7_SAW = re.compile(r"\b(?:saw|seen|see|sees|watched|witnessed|heard|hears)\b")
_P7_FOR_THEM = re.compile(
    r"\b(?:anything|anyone|anybody|someone|somebody|any help|any support|help|support) "
    r"(?:for|to help|to talk to) (?:them|him|her|the kids|my kids|the children|my children|my "
    r"grandson|my granddaughter)\b|\bwont stop asking about it\b"
)
# "his teacher asked me if everything's ok at home. I said yes. Was that wrong?"
_P7_SCHOOL_Q = re.compile(
    r"\bteacher\b.{0,80}\b(?:was that wrong|was i wrong|did i do wrong|should i (?:have )?"
    r"(?:told|tell|said|say))\b|\bwetting the bed\b|\bbed ?wetting\b|\bwets the bed\b"
)
_P7_SAFE_WITH = re.compile(
    r"\bis (?:he|she|it) safe (?:living|to live|staying|being|to stay) (?:with|around|near) "
    r"(?:her|him|them|his \w+|her \w+)\b"
)
_P7_ASKED_ABOUT_CHILD = re.compile(
    r"\bi (?:asked|was asking|am asking|m asking) (?:you )?about my (?:grandson|granddaughter|"
    r"grandchild\w*|son|daughter|kids?|children|child|little one)\b"
)


def p7_asks_about_handovers(text: str) -> bool:
    """Paul: "can i get the contact changed so hes not at handovers", "can i stop him being at
    handovers or not"."""
    words = plain(text)
    return bool(_P7_HANDOVER.search(words) and _P7_ASKING.search(words))


def _p7_home(answers: Mapping[str, Any] | None) -> bool:
    answers = answers or {}
    return answers.get("relationship_to_offender") in ("family_member", "partner_or_ex") or (
        answers.get("crime_type") == "domestic_abuse"
    )


def p7_asks_for_child_at_home(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Sue: "Is there anyone for Tyler though? ... wetting the bed again and his teacher asked
    me if everything's ok at home. I said yes. Was that wrong?", "Is he safe living with her?",
    "I asked about my grandson"."""
    words = plain(text)
    if _P7_SCHOOL_Q.search(words) or _P7_SAFE_WITH.search(words):
        return True
    # (Not "Marcus my grandson ... Is there any help for him too?": the grandson did it.)
    young = re.search(
        r"\b(?:kids|children|little one|little boy|little girl)\b|\b(?:hes|shes|he is|she is) "
        r"(?:[1-9]|1[0-5])\b",
        words,
    )
    return _p7_home(answers) and bool(
        _P7_ASKED_ABOUT_CHILD.search(words) or (young and _P7_FOR_THEM.search(words))
    )


def p7_asks_for_children_who_saw_it(text: str) -> bool:
    """Paul: "my kids are 6 and 9 and they saw him hit me. my little one wont stop asking about
    it. is there anything for them"."""
    words = plain(text)
    return bool(
        (_P7_CHILD.search(words) and _P7_SAW.search(words) and _P7_FOR_THEM.search(words))
        or _P7_ASKED_ABOUT_CHILD.search(words)
    )


_P7_TAKEN = re.compile(
    r"\b(?:into|in) (?:care|foster care|foster\w*)\b|\btaken (?:off|away from|from) (?:me|us)\b|"
    r"\b(?:take|taking|took|remove|removing) (?:him|her|them|the kids|my kids|the children|my "
    r"grandson|my granddaughter|[a-z]+) (?:off|away from|from) (?:me|us)\b|\b(?:theyd|they would"
    r"|they will|theyll|would they|will they|are they going to|they are going to|you saying "
    r"theyd) (?:take|remove) (?:him|her|them|my \w+)\b"
)
_P7_ANSWER_ME_ABOUT = re.compile(r"\banswer me about (?:my )?(?P<who>[A-Za-z]+)\b")


def p7_fears_child_taken_into_care(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Sue: "will social services get involved and take him into care?", "Are you saying
    they'd take him??", "Is Tyler going to be taken off me or not", "Why won't you answer me
    about Tyler"."""
    words = plain(text)
    if re.search(r"\b(?:kids|children|child)\b", words):
        return False  # the kids or children: utter_children_not_taken (round 39, F7)
    care = re.search(r"\b(?:into|in) (?:care|foster care|foster\w*)\b|\bsocial\b", words)
    if _P7_TAKEN.search(words):
        if care:
            return True
        if re.search(r"\b(?:phone|car|money|bag|purse|wallet|keys?|ring|cat|dog)\b", words):
            return False  # "he's taken my phone off me"
        return bool(_P7_CHILD.search(words) or _p7_home(answers))
    named = _P7_ANSWER_ME_ABOUT.search(text)
    return bool(
        named
        and len(words.split()) <= 8
        and _p7_home(answers)
        and (
            _P7_CHILD.search(named.group("who").lower())
            or (named.group("who")[0].isupper() and named.group("who").lower() not in _P7_NOT_NAMES)
        )
    )


_P7_NOT_NAMES = frozenset(
    {"the", "this", "that", "it", "my", "what", "compensation", "court", "police", "vps", "cica"}
)
_P7_LGBT = re.compile(
    r"\b(?:not out|out me|outed|outing|come out|gay|lesbian|bisexual|queer|lgbt\w*|sexuality|"
    r"grindr)\b"
)
_P7_PRIVATE_Q = re.compile(
    r"\b(?:will|would|do|does|did|are|is) (?:the police|police|they|it|the officers?|anyone)\b"
    r".{0,40}\b(?:ask|asking|tell|contact|find out|know|get round|go round|out me)\b|\bstays? "
    r"(?:private|quiet|secret)\b|\bkept (?:private|quiet|secret)\b|\bgetting round\b|\bhave to "
    r"tell (?:them|the police)\b|\bwill reporting\b.{0,20}\bout me\b"
)


def p7_asks_if_reporting_outs_them(text: str, answers: Mapping[str, Any] | None) -> bool:
    """Martin: "If I report it will they ask about the app? I'm not out at work or to my
    family", "would they contact my work or family?" (an LGBT+ person, or a hook-up app)."""
    words = plain(text)
    if not _P7_PRIVATE_Q.search(words) or n6_adult_asks_if_police_tell_family(text, answers):
        return False  # (round 44, N6, answers "will they tell my family")
    if re.search(r"\b(?:court|papers?|newspapers?|named|name in)\b", words):
        return False
    if not re.search(r"\b(?:report\w*|police|officers?|they)\b", words):
        return False
    if _P7_LGBT.search(words):
        return True
    # "do I have to tell them it was a hook up app? would they contact my work or family?"
    app = re.search(r"\b(?:hook ?up|dating) app\b", words)
    family = re.search(r"\b(?:my|our) (?:work|family|employer|parents)\b", words)
    return bool(app and family) or (
        n6_lgbt_told(text, answers) and bool(re.search(r"\b(?:app|family|work)\b", words))
    )


_P7_LGBT_SERVICE = re.compile(
    r"\b(?:anything|anyone|anywhere|services?|helplines?|charity|charities|support|"
    r"organisations?|groups?|someone|somebody)\b(?: \w+){0,3} (?:lgbt\w*|gay|queer)\b|\b(?:lgbt\w*"
    r"|gay|queer) (?:specific|friendly|service|helpline|charity|support|group|organisation)\w*\b"
)


def p7_asks_for_an_lgbt_service(text: str, crime_type: str | None) -> bool:
    """Martin: "Is there anything LGBT specific? I don't really want to explain the gay thing to
    some random helpline"."""
    words = plain(text)
    if crime_type in ("domestic_abuse", "sexual_offence"):
        return False  # Galop named for its topic (round 41, J8: utter_about_organisation)
    return bool(_P7_LGBT_SERVICE.search(words)) and not re.search(
        r"\b(?:domestic|partner|boyfriend|girlfriend|husband|wife|rape|raped|sexual)\b", words
    )


_P7_HAS_KEYS = re.compile(
    r"\b(?:has|got|took|taken|have|with|stole|nicked) (?:my|the|our) "
    r"(?:house |door |spare )?keys?\b"
)
_P7_COMES_BACK = re.compile(
    r"\b(?:come back|coming back|comes back|let (?:him|her|them)sel\w* in|get back in|tonight|"
    r"locksmith|havent slept|cant sleep|scared|afraid|frightened|terrified)\b"
)


def p7_fears_return_with_keys(text: str) -> bool:
    """Martin: "I keep thinking he'll come back with the keys tonight. I haven't slept.
    Locksmith can't come till Wednesday"."""
    words = plain(text)
    return bool(_P7_HAS_KEYS.search(words) and _P7_COMES_BACK.search(words))


# Not the VPS: "Is there anyone for Tyler ... his teacher asked me ...", "I didn't ask about a
# statement. I asked about my grandson" (the response selector's VPS guess, twice).
_P7_NOT_VPS = re.compile(
    r"\b(?:didnt|did not|never|wasnt|was not) ask\w* (?:you )?(?:about|for) (?:a |the |any )?"
    r"statement\b"
)


def p7_not_about_the_vps(text: str) -> bool:
    words = plain(text)
    return bool(
        _P7_NOT_VPS.search(words)
        or _P7_SCHOOL_Q.search(words)
        or _P7_ASKED_ABOUT_CHILD.search(words)
    )


# -- round 45, helper P1 --
# Hannah, 16, a boy made a fake nude of her and shared it round school: "will he get in trouble
# tho?", "can u tell me if he will get in trouble" and "is what he did actually illegal? like can
# he get arrested for it" got "I can't answer" or "threatening or grossly offensive messages".
_P1_THEIR_TROUBLE = re.compile(
    r"\b(?:will|would|could|can|is|does|do|might)(?: (?:he|she|they|him|the boy|the girl|that boy|"
    r"the lad|the person)) (?:actually |even |ever |really )?(?:be |get |going to |gonna )?"
    r"(?:get )?"
    r"(?:in trouble|into trouble|arrested|charged|done for it|punished|excluded|expelled|"
    r"suspended|nicked)\b|\b(?:if|whether) (?:he|she|they) (?:will |would |could )?(?:get|be|gets)"
    r" (?:in trouble|arrested|charged|punished)\b|\bis (?:what (?:he|she|they) did|it|that|this)"
    r" (?:actually |even |really )?(?:illegal|a crime|against the law)\b"
)
_P1_OWN_TROUBLE = re.compile(r"\b(?:am i|will i|would i|could i|can i) (?:\w+ )?(?:be |get )?")


def p1_asks_about_a_childs_fake_image(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    """ "will he get in trouble tho?" or "is what he did illegal?" from someone under 18 whose
    sexual image (a fake counts) was made or shared."""
    words = plain(text)
    told = "intimate_images" in ((answers or {}).get("account_details") or ())
    images = told or bool(
        _IMAGES_WORDS.search(words) and re.search(r"\b(?:nude|naked|sexual|fake|deepfake)", words)
    )
    return (
        _young(answers)
        and images
        and bool(_P1_THEIR_TROUBLE.search(words))
        and not _P1_OWN_TROUBLE.search(words)
    )


# Leo, 14, robbed of his lunch money at school: "if i tell a teacher do they have to tell my
# mum?", "does the school HAVE to tell my mum", "like if i tell mr patel will he ring her" got the
# court answer, "No, you don't have to" and "let's skip that one".
_P1_SCHOOL_TELLS = re.compile(
    r"\b(?:do|does|will|would|could|can|might|is|are)(?: (?:the school|school|they|teachers?|the "
    r"teachers?|a teacher|my teacher|he|she|sir|miss|mr \w+|mrs \w+|ms \w+|my head of year|the "
    r"head))(?: (?:have|has|got|need|needs) to| (?:going|gonna) to| gonna| have got to)? (?:tell|"
    r"ring|call|phone|contact|text|email|inform|let)(?: (?:my|our))? (?:mum|mom|mam|dad|parents?|"
    r"family|carers?|nan|her|him|them|know)\b"
)
_P1_AT_SCHOOL = re.compile(
    r"\b(?:school|teachers?|head of year|headteacher|head teacher|sir|miss|mr \w+|mrs \w+|ms \w+|"
    r"form tutor)\b"
)


def p1_asks_if_school_tells_parent(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return (
        _young(answers)
        and bool(_P1_SCHOOL_TELLS.search(words))
        and bool(_P1_AT_SCHOOL.search(words))
        and not re.search(r"\b(?:police|feds|officers?|childline|cops)\b", words)
    )


# Ricky, 17, jumped and robbed of his jacket: "my boys are sayin we should go round his ends and
# do him the same. should i", "should i go back at him or what", "im askin if i should get him
# back. yes or no", "how do i get revenge on him": four times the next question or "I can't
# answer".
_P1_REVENGE = re.compile(
    r"\b(?:revenge|retaliat\w*|get (?:my )?own back)\b|\b(?:(?:should|shall) (?:i|we)|if (?:i|we)"
    r" should)(?: \w+){0,2}? (?:go back at|get (?:him|her|them) back|do (?:him|her|them) "
    r"(?:the same|back|"
    r"in|over)|go round (?:his|her|their) (?:ends|house|place|yard|road)|(?:hit|beat|jump|batter|"
    r"smack|stab|shank|bang) (?:him|her|them)(?: back| up)?)\b|\bgo round (?:his|her|their) ends\b"
    r".{0,40}\bdo (?:him|her|them)\b"
)


def p1_asks_about_revenge(text: str) -> bool:
    words = re.sub(r"\brevenge porn\b", " ", plain(text))  # the helpline's name
    if not _P1_REVENGE.search(words):
        return False
    asked = is_question(text) or bool(
        re.search(r"\b(?:should i|yes or no|how do i|how can i|answer me|im askin\w*)\b", words)
    )
    return asked and not re.search(
        r"\b(?:hit|punch\w*|pushed|shoved) (?:him|her|them) back\b.{0,30}"
        r"\b(?:self defen[cs]e|in trouble|arrested|a crime|illegal)\b",
        words,
    )


# Ricky: "they said on snap next time its worse. im kinda shook to leave the house" got "I can't
# do more with that here", then the child's in-danger-now lines. A threat of a next time, or fear
# of going out, told from a safe place: calm advice, not "call 999 now".
_P1_NEXT_TIME = re.compile(
    r"\b(?:next time (?:its|it is|it ll be|itll be|will be|is gonna be|gonna be|theyll|hell|"
    r"they will|he will)|(?:said|say|saying|sayin|told me|threatened) (?:that )?"
    r"(?:theyll|they will|"
    r"they re gonna|theyre gonna|hell|he will|hes gonna|he s gonna|they d|hed) (?:do|get|jump|"
    r"come for|come after|batter|hurt|beat) (?:me|us)(?: again| next)?|(?:scared|shook|afraid|"
    r"frightened|terrified|too scared|nervous|scared) (?:to|of) (?:leave|leaving|go out|going out|"
    r"go outside|going outside|step out)(?: (?:the|my) (?:house|flat|yard|ends))?|(?:havent|aint|"
    r"have not|not) (?:really )?(?:been|gone) out since)\b"
)


def p1_fears_a_next_attack(text: str) -> bool:
    """A threat of next time, or fear of going out, with nobody said to be there now."""
    words = plain(text)
    return bool(_P1_NEXT_TIME.search(words)) and not re.search(
        r"\b(?:outside (?:my|the) (?:house|door|flat) (?:now|rn|right now)|at (?:my|the) door|"
        r"(?:hes|theyre|he is|they are) (?:here|outside|coming)|right now|rn)\b",
        re.sub(r"\b(?:not|arent|are not|isnt|is not) (?:outside|here)\b.{0,25}", " ", words),
    )


def p1_danger_is_now(text: str) -> bool:
    """Whether a message flagged as danger says it is happening now (someone there, coming,
    outside): only then the child's "stay inside, lock the doors, call 999 now" lines."""
    words = plain(text)
    if p1_fears_a_next_attack(text) or re.search(
        r"\b(?:next time|again some ?time|one day|theyll do me|they will do me|hell do me)\b", words
    ):
        return bool(
            re.search(
                r"\b(?:outside|at the door|here now|coming (?:now|here|round)|right now|rn|"
                r"trying to get in|in the house)\b",
                re.sub(r"\b(?:not|arent|are not|isnt|is not) (?:outside|here)\b", " ", words),
            )
        )
    return True


# Ricky: "if i did tell the feds would they have to say it was me that told. like would he know"
# got the phone-privacy answer first.
_P1_WOULD_HE_KNOW = re.compile(
    r"\b(?:would|will|do|does|could|can|might) (?:he|she|they|them|him) (?:\w+ ){0,2}?(?:know|find "
    r"out|guess|work out)\b(?! (?:where|my address|about|what))(?:.{0,20}\b(?:it was me|i "
    r"(?:told|reported|grassed|snitched)|who told))?"
    r"|\b(?:have to|gonna|going to|will|would) (?:say|tell (?:him|them|her)) (?:it was me|who "
    r"(?:told|reported|grassed))\b"
)


def p1_asks_if_he_would_know(text: str, answers: Mapping[str, Any] | None) -> bool:
    words = plain(text)
    return (
        _young(answers)
        and bool(_P1_WOULD_HE_KNOW.search(words))
        and bool(re.search(r"\b(?:police|feds|fed|old bill|cops|report\w*|told|tell|grass)", words))
    )


# -- round 46, helper Q1 --
# Dave ("how long do bruised ribs take, hurts when i cough. should i get them looked at") got the
# strangling answer, as "cough" is also a sign of harm to the throat; Luke ("should I get my ribs
# checked") and Sammy ("where can i get them looked at without a GP") got nothing or the
# head-injury answer. One answer for hurt ribs, never the neck one unless the neck is told.
_Q1_RIBS = re.compile(r"\b(?:ribs?|rib cage|ribcage)\b")
_Q1_RIBS_ASKED = re.compile(
    r"\b(?:hurts?|hurting|sore|pain\w*|agony|cough\w*|breath\w*|looked at|checked|check|doctor|"
    r"gp|hospital|a ?& ?e|a and e|broken|cracked|bruised|black and blue|heal\w*|how long|"
    r"answer\w*|about the|what about|yes or no)\b"
)
# Nor the head: "my ribs are killing me tho and my head. do i need hospital" has its own answer.
_Q1_NECK_TOLD = re.compile(
    r"\b(?:neck|throat|strangl\w*|chok\w*|swallow\w*|hoarse|voice|head|dizzy|sick|vomit\w*|"
    r"blurr\w*|sight|vision|confus\w*|passed out|blacked out|knocked out|concuss\w*)\b"
)

# Nor someone else's ribs ("she has a black eye and her ribs hurt, should she go to a&e?") or
# other injuries told with them: the injury answer covers those.
_Q1_OTHER_HURT = re.compile(
    r"\b(?:her|his|their) ribs\b|\b(?:she|he|they) (?:has|have|s got|has got|is|s)\b|\bshould "
    r"(?:she|he|they)\b|\b(?:does|do|will) (?:she|he|they) need\b|\b(?:eye|nose|face|jaw|arm|"
    r"wrist|leg|ankle|teeth|tooth|bleeding|cut|stab\w*|knife|broken bone)\b"
)


def q1_asks_about_hurt_ribs(text: str) -> bool:
    words = plain(text)
    if not _Q1_RIBS.search(words) or _Q1_NECK_TOLD.search(words) or _Q1_OTHER_HURT.search(words):
        return False
    short = len(words.split()) <= 6  # "ok. so. ribs. yes or no"
    return bool(_Q1_RIBS_ASKED.search(words)) and (
        is_question(text)
        or short
        or bool(re.search(r"\b(?:looked at|checked|doctor|gp|hospital|a ?& ?e|answer\w*)\b", words))
    )


# Dave: "is it worth me reporting it or not with no cctv?", "is there any point reporting it
# after, with no camera footage" (got the 999 answer, then "say you have video of it").
_Q1_NO_FOOTAGE = re.compile(
    r"\b(?:no|not|without|havent got|haven t got|dont have|don t have|aint got|isnt any|isnt "
    r"no|no working|wasnt any|there s no|theres no|broke|broken|bust|not working)\b(?: \w+){0,3} "
    r"(?:cctv|camera|cameras|footage|video|videos|recording)\b|\b(?:cctv|camera|cameras)\b(?: \w+)"
    r"{0,4} (?:broke|broken|bust|busted|not working|doesnt work|didnt work|wasnt working)\b"
)
_Q1_WORTH = re.compile(
    r"\b(?:worth|point|any use|bother|waste|wasting|any good|pointless|do anything|even try|"
    r"thats what im saying|what im saying)\b"
)


def q1_asks_if_worth_reporting_without_cctv(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        crime_type is not None
        and bool(_Q1_NO_FOOTAGE.search(words))
        and bool(_Q1_WORTH.search(words) or re.search(r"\breport\w*\b", words))
    )


# Dave: "im a bit nervy going out now. is there anyone who helps with that or do i just get on
# with it" got "I can't answer": the answer that this is common after a crime, and who helps.
_Q1_NERVY_OUT = re.compile(
    r"\b(?:nervy|nervous|scared|frightened|afraid|anxious|jumpy|on edge|wary|shaky|shaken|"
    r"worried|terrified)\b.{0,30}\b(?:going out|go out|leave the house|leaving the house|out "
    r"after dark|out at night|walking (?:home|alone|on my own)|on my own|out alone)\b"
)


def q1_nervy_going_out_asks_for_help(text: str) -> bool:
    words = plain(text)
    return bool(_Q1_NERVY_OUT.search(words)) and bool(
        re.search(
            r"\b(?:anyone|someone|anybody|somebody|help\w*|support|get on with it|normal|what "
            r"(?:do|can|should) i)\b",
            words,
        )
    )


# Mina, on a Skilled Worker visa sponsored by the restaurant whose manager grabbed her: "If I
# report him, maybe he will fire me and then I lose my visa?" got the answer about police
# checking status, twice: her status is lawful; the job is the risk.
_Q1_SPONSOR = re.compile(
    r"\b(?:sponsor\w*|skilled worker|work visa|work permit|tier 2|certificate of sponsorship)\b"
)


def q1_asks_about_a_sponsored_visa(text: str) -> bool:
    words = plain(text)
    return (
        bool(_Q1_SPONSOR.search(words))
        and bool(re.search(r"\b(?:visa|sponsor\w*|permit)\b", words))
        and bool(
            is_question(text)
            or re.search(r"\b(?:worried|scared|afraid|fire|sack\w*|lose|losing)\b", words)
        )
    )


# Mina: "Is there someone who knows about work rights?", "I want to know if I can keep working
# there. I need this job." (got "I can't answer").
_Q1_WORK_RIGHTS = re.compile(
    r"\b(?:work rights|employment rights|my rights as (?:a|an) (?:worker|employee)|keep working "
    r"there|(?:can|could) i (?:still )?(?:keep working|stay) (?:there|at work|in my job))\b"
)


def q1_asks_about_work_rights(text: str, crime_type: str | None) -> bool:
    return crime_type in ("assault", "sexual_offence", "stalking_harassment") and bool(
        _Q1_WORK_RIGHTS.search(plain(text))
    )


# Mina: "I have to work with him again on Thursday. Is there anything I can do to be safe at
# work? I cannot quit." (got "I can't answer").
_Q1_SAFE = re.compile(r"\b(?:safe|safer|safety|protect (?:myself|me))\b")
_Q1_AT_WORK = re.compile(
    r"\b(?:at work|work with (?:him|her|them)|working with (?:him|her|them)|my shift|shifts?|"
    r"back to work|go to work|going to work|at the (?:restaurant|office|shop|bar|warehouse))\b"
)


def q1_asks_to_be_safe_at_work(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    return (
        crime_type in ("assault", "sexual_offence")
        and is_question(text)
        and bool(_Q1_SAFE.search(words) and _Q1_AT_WORK.search(words))
    )


# Mina, after the bot had noted a sexual offence: "Are there different services now, for sexual
# assault? You said the other ones before." (got "I can't answer").
_Q1_SEXUAL_SERVICES = re.compile(
    r"\b(?:services?|support|help|organisations?|charit(?:y|ies)|people|someone|specialists?)\b"
    r"(?: \w+){0,3} (?:for|after|about|with) (?:a |the )?(?:sexual (?:assault|abuse|violence|"
    r"harassment)|rape|this now)\b|\bdifferent services\b"
)


def q1_asks_for_sexual_assault_services(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    age = (answers or {}).get("age")
    return (
        crime_type == "sexual_offence"
        and not (isinstance(age, int) and age < 16)
        and is_question(text)
        and bool(_Q1_SEXUAL_SERVICES.search(plain(text)))
    )


# Saoirse, 22, her ex logs into her Instagram and Gmail: "is it even a crime tho??", "the posts
# arent threatening exactly ... so does that not count?? the actual problem is hes getting INTO
# my accounts" got "threatening or grossly offensive messages", then "I can't answer".
_Q1_GETS_IN = re.compile(
    r"\b(?:logs? (?:in|into|on)|logging (?:in|into)|gets? (?:in|into)|getting (?:in|into)|got "
    r"(?:in|into)|access\w*|hack\w*|knows? my passwords?|using my (?:accounts?|email|gmail|"
    r"insta\w*)|posts? (?:stuff |things )?as me|posting (?:stuff |things )?as me)\b"
)
_Q1_ACCOUNTS = re.compile(
    r"\b(?:accounts?|insta\w*|gmail|e ?mail|facebook|snapchat|tiktok|twitter|whatsapp|icloud|"
    r"passwords?|apple id|google)\b"
)
_Q1_IS_CRIME = re.compile(
    r"\b(?:crime|criminal|illegal|against the law|legal|offence|allowed|count|counts|arrested)\b"
)


def q1_asks_if_account_access_is_a_crime(text: str) -> bool:
    words = plain(text)
    # "where do i actually report the account hacking, police or action fraud or what"
    where = bool(re.search(r"\bwhere (?:do|can|should|would) i (?:\w+ )?report\b", words))
    return (
        bool(_Q1_GETS_IN.search(words) and _Q1_ACCOUNTS.search(words))
        and (where or bool(_Q1_IS_CRIME.search(words)))
        and (where or is_question(text) or "actual problem" in words)
        and not re.search(r"\b(?:gay|outing|outed|sexuality|bank|money)\b", words)
    )


# Saoirse: "how do i lock him out properly tho? ive changed my insta password twice and he still
# gets back in somehow", "can you actually help with the tech side or not? like 2 factor,
# logging out devices etc" (got "I can't answer" twice).
_Q1_LOCK_OUT = re.compile(
    r"\b(?:lock (?:him|her|them|my ex) out|keep (?:him|her|them|my ex) out|(?:2|two)[ -]?(?:factor|"
    r"step)|2fa|log(?:ging)? (?:him |her |them )?out (?:of )?(?:all |other )?(?:devices|"
    r"sessions|everywhere)|logging out devices|sign(?:ing)? (?:him |her |them )?out (?:of )?(?:all "
    r"|other )?(?:devices|sessions|everywhere)|(?:still |keeps? )?gets? back in|getting back in|"
    r"tech side|secure my (?:accounts?|email|gmail|insta\w*))\b"
)


def q1_asks_how_to_lock_them_out(text: str, crime_type: str | None) -> bool:
    words = plain(text)
    online = crime_type == "online_abuse" or bool(_Q1_ACCOUNTS.search(words))
    return (
        online
        and bool(_Q1_LOCK_OUT.search(words))
        and not re.search(r"\b(?:house|flat|home|door|keys?|locks? changed|this chat)\b", words)
    )


# Saoirse: "domestic abuse?? hes never hit me", "why did you change it to domestic abuse, i was
# asking if it IS domestic abuse. he never hit me" (relabelled, then "I can't answer").
_Q1_NOT_PHYSICAL = re.compile(
    r"\b(?:never|not|hasnt|didnt|doesnt|has never|havent|wasnt) (?:ever |even |actually )?(?:hit|"
    r"touched|hurt|punched|beat|beaten|laid a (?:finger|hand) on|been violent|violent|physical"
    r"\w*)\b|\bjust a creep\b"
)


def q1_asks_if_abuse_without_violence_is_domestic(
    text: str, crime_type: str | None, answers: Mapping[str, Any] | None
) -> bool:
    words = plain(text)
    ex = crime_type == "domestic_abuse" or (answers or {}).get("relationship_to_offender") in (
        "partner_or_ex",
        "family_member",
    )
    return (
        ex
        and bool(re.search(r"\bdomestic (?:abuse|violence)\b|\b(?:da|dv)\b", words))
        and bool(_Q1_NOT_PHYSICAL.search(words))
    )


def known_answer(
    text: str,
    crime_type: str | None = None,
    organisations: Sequence[Organisation] = (),
    referred: bool = False,
    answers: Mapping[str, Any] | None = None,
) -> Say | None:
    """The answer to a question the bot can answer by its words, and to a second question in
    the same message: "whose number is that? and can they text me instead" got only one of its
    answers, as the first row that matched the whole message won (rounds 41 to 43).

    The second answer must match the whole message too, so what the rest of the message says
    still rules it out ("My immigration status? I was born in Hanwell"), and must be the first
    answer of one of its questions on its own (the first such question), so it answers something
    that was asked."""
    found = matching_answers(text, crime_type, organisations, referred, answers)
    if not found:
        return None
    first = found[0]
    parts = question_parts(text)
    if len(parts) < 2 or first.response in ANSWERED_ALONE:
        return first
    asked = [
        matching_answers(part, crime_type, organisations, referred, answers)[:1] for part in parts
    ]
    also = next(
        (
            say
            for say in (answer[0] for answer in asked if answer)
            if say in found[1:]
            and say.response not in ANSWERED_ALONE
            and (say.response or say.text) != (first.response or first.text)
        ),
        None,
    )
    # Two answers at most: with the next question that is already three messages in a turn.
    return first if also is None else replace(first, then=(also,))


# Danger answers go alone: nothing may come between them and the person reading them.
ANSWERED_ALONE = frozenset(
    {
        "utter_medical_emergency",
        "utter_head_injury_now",
        "utter_baby_moving_less",
        "utter_spiked_feeling_unwell",
        "utter_j2_child_wants_to_die",
        "utter_call_999_yes",
        "utter_text_999",
        "utter_999_when_deaf",
    }
)


def question_parts(text: str) -> list[str]:
    """The questions in a message, each with the sentences before it that it may lean on ("My
    jaw is killing me. Should I get it looked at?"); words after the last question go with it."""
    parts: list[str] = []
    pending: list[str] = []
    for sentence in _sentences(text):
        pending.append(sentence)
        if "?" in sentence or opens_a_question(sentence):
            parts.append(" ".join(pending))
            pending = []
    if pending and parts:
        parts[-1] = " ".join([parts[-1], *pending])
    return parts


def matching_answers(
    text: str,
    crime_type: str | None = None,
    organisations: Sequence[Organisation] = (),
    referred: bool = False,
    answers: Mapping[str, Any] | None = None,
) -> list[Say]:
    """Every answer whose words match, best first, whatever the classifier made of the
    message: what to do if they come, who sees the chat, evidence after a sexual offence, feeling
    unwell, what the Code or a hate crime is, that this is not the police, compensation rules,
    text relay, an organisation by name (or for a community), property, economic abuse, where
    fraud is reported, school, the Havens after weeks, the family liaison officer, stalking, and
    a bare "I don't understand"."""
    asked = is_question(text)
    asked_or_now = asked or bool(_FEELS_UNWELL_NOW.search(plain(text)))
    named = named_in_question(text, organisations) if organisations else None
    for_men = (
        services_for_men(text, crime_type, organisations)
        or services_for_community(text, organisations)
        or services_for_crime(text, organisations, (answers or {}).get("gender"))
        # -- round 41, helper J8 --: "is there a jewish organisation that helps with this?"
        or j8_services_for_community(text, organisations)
        or j8_services_for_men(text, crime_type, organisations)
    )
    if for_men and named is None:
        named = for_men[0]
    words = plain(text)
    partner_or_family = crime_type == "domestic_abuse" or (answers or {}).get(
        "relationship_to_offender"
    ) in ("partner_or_ex", "family_member")
    if crime_type is None and not partner_or_family:
        # A first message ("My husband hits me ... I have nowhere to go"): what it tells.
        told = account.read_account(text)
        partner_or_family = told.crime_type == "domestic_abuse" or told.offender in (
            "partner_or_ex",
            "family_member",
        )
    after_a_blow = (
        crime_type in VIOLENT
        or crime_type is None
        or bool(
            re.search(r"\b(?:punch\w*|hit|kick\w*|blow|headbutt\w*|attack\w*|beat|beaten)\b", words)
        )
    )
    left = questions_left(text, answers)
    carer_said = carer_report_answer(text, answers)  # -- round 37, helper H1 --
    f4_told = f4_threat_or_fear_told(text, crime_type, answers)  # -- round 39, helper F4 --

    # -- round 39, helper F8 --
    f8_who_told = f8_asks_if_police_tell_them_who_reported(text, crime_type, answers)
    f8_bail = f8_asks_about_bail(text)
    f8_after_report = f8_asks_what_happens_after_reporting(text, crime_type, answers)
    f8_still_report = f8_asks_if_still_ok_to_report(text, crime_type, answers)
    j5_paying = j5_means_to_pay_a_recovery_fee(text, crime_type, answers)  # round 41, J5
    f8_order = f8_asks_if_stalking_and_for_an_order(text, crime_type, answers)
    m4_number = m4_whose_number(text, answers, organisations)  # -- round 43, helper M4 --
    m1_arrest = m1_fears_own_arrest_after_carrying(text, crime_type, answers)  # round 43, M1
    checks: tuple[tuple[bool, Say], ...] = (
        (mentions_medical_emergency(text), Say(response="utter_medical_emergency")),
        (baby_moving_less(text), Say(response="utter_baby_moving_less")),
        # -- round 46, helper Q1 --: near the top, as these got the strangling answer (ribs and a
        # cough), 999, "say you have video", the police-status answer twice (a sponsored visa),
        # the threatening-messages answer or "I can't answer" (Dave, Luke, Sammy, Mina, Saoirse).
        (q1_asks_about_hurt_ribs(text), Say(response="utter_q1_ribs_checked")),
        (
            q1_asks_if_worth_reporting_without_cctv(text, crime_type),
            Say(response="utter_q1_report_without_cctv"),
        ),
        (q1_nervy_going_out_asks_for_help(text), Say(response="utter_common_reaction")),
        (q1_asks_about_a_sponsored_visa(text), Say(response="utter_q1_sponsored_visa")),
        (q1_asks_about_work_rights(text, crime_type), Say(response="utter_q1_work_rights")),
        (q1_asks_to_be_safe_at_work(text, crime_type), Say(response="utter_q1_safe_at_work")),
        (
            q1_asks_for_sexual_assault_services(text, crime_type, answers),
            Say(response="utter_q1_sexual_assault_services"),
        ),
        (
            q1_asks_if_abuse_without_violence_is_domestic(text, crime_type, answers),
            Say(response="utter_q1_abuse_not_physical"),
        ),
        (
            q1_asks_if_account_access_is_a_crime(text),
            Say(response="utter_q1_account_access_crime"),
        ),
        (q1_asks_how_to_lock_them_out(text, crime_type), Say(response="utter_q1_lock_him_out")),
        # -- round 45, helper P1 --: near the top, as these got "I can't answer", the court
        # answer, "No, you don't have to", the phone-privacy answer or nothing (Hannah, Leo,
        # Ricky); each is narrow (under 18, or revenge or a threat of next time asked about).
        (
            p1_asks_about_a_childs_fake_image(text, crime_type, answers)
            and not asks_if_childline_tells_parents(text),
            Say(response="utter_p1_child_image_is_a_crime"),
        ),
        (
            p1_asks_if_school_tells_parent(text, answers),
            Say(response="utter_p1_school_tells_parent"),
        ),
        (p1_asks_about_revenge(text), Say(response="utter_p1_dont_go_back_at_him")),
        (p1_asks_if_he_would_know(text, answers), Say(response="utter_j1_will_they_know_young")),
        (
            # A threat over going to court is witness intimidation, answered below.
            p1_fears_a_next_attack(text)
            and not re.search(r"\b(?:court|witness|statement|evidence)\b", plain(text)),
            Say(response="utter_p1_threat_of_next_time"),
        ),
        # -- round 45, helper P7 --: near the top, as these got "I can't answer", the next
        # question, adult social care's "Yes:" (Sue: will they take Tyler into care), the VPS
        # twice (Tyler's bed-wetting) and the DBS answer (Martin: would they tell my family).
        (
            p7_fears_child_taken_into_care(text, answers),
            Say("utter_p7_children_services_keep_family"),
        ),
        (p7_asks_for_child_at_home(text, answers), Say(response="utter_p7_child_at_home_support")),
        (p7_asks_about_handovers(text), Say(response="utter_p7_child_handovers")),
        (p7_asks_for_children_who_saw_it(text), Say(response="utter_p7_children_saw_it")),
        (p7_asks_if_reporting_outs_them(text, answers), Say("utter_p7_reporting_stays_private")),
        (
            # Only where the directory's own answer for a community found nothing to name.
            p7_asks_for_an_lgbt_service(text, crime_type) and not for_men,
            Say(response="utter_p7_lgbt_service"),
        ),
        (p7_fears_return_with_keys(text), Say(response="utter_p7_keys_tonight")),
        # -- round 45, helper P2 --: near the top, as a Deaf man's "police must text me or
        # email, not phone?" got "I can't answer" four times, "I cannot call 101" was ignored,
        # an adult burglary victim got the domestic abuse helpline and Childline, the update
        # days contradicted each other, and a spat-on driver's infection question went unheard.
        (
            p2_asks_police_to_contact_without_calling(text),
            Say(response="utter_p2_police_contact_adjustments"),
        ),
        (
            p2_asks_to_deal_with_insurer_without_calling(text, answers),
            Say(response="utter_p2_insurer_without_calling"),
        ),
        (
            p2_says_they_cannot_call_the_police(text, answers),
            Say(response="utter_p2_police_without_calling"),
        ),
        (
            p2_adult_not_close_asks_without_calling(text, crime_type, answers),
            Say(response="utter_p2_text_routes_adult"),
        ),
        (
            p2_asks_how_many_days_for_updates(text, answers) and p2_enhanced(answers),
            Say(response="utter_p2_updates_enhanced"),
        ),
        (
            p2_asks_how_many_days_for_updates(text, answers),
            Say(response="utter_p2_updates_standard"),
        ),
        (
            p2_asks_about_infection_from_spit(text, answers),
            Say(response="utter_p2_spit_infection"),
        ),
        (
            p2_fears_trouble_for_pushing_back(text, crime_type, answers),
            Say(response="utter_j5_pushed_back_self_defence"),
        ),
        # -- round 45, helper P5 --: near the top, as these got a trial witness-statement answer
        # or "I can't answer" (Sandra, parole; Norman, a courier fraud; Irene, a friend's
        # "loan"); each is narrow (parole or a bereaved relative, a scam, money not repaid).
        (
            p5_asks_if_prisoner_sees_vps(text, crime_type, answers),
            Say(response="utter_p5_parole_vps_prisoner_sees"),
        ),
        (
            p5_asks_for_licence_conditions(text, crime_type, answers),
            Say(response="utter_keep_him_away_licence"),
        ),
        (
            p5_asks_what_to_do_if_courier_returns(text, crime_type, answers),
            Say(response="utter_p5_courier_comes_back"),
        ),
        (
            p5_asks_if_police_ask_for_bail_money(text, crime_type, answers),
            Say(response="utter_p5_police_never_collect"),
        ),
        (
            p5_asks_if_relative_is_ok_after_courier_scam(text, crime_type, answers),
            Say(response="utter_p5_courier_relative_ok"),
        ),
        (
            p5_asks_if_unpaid_loan_is_a_scam(text, crime_type, answers),
            Say(response="utter_p5_unpaid_loan_may_be_fraud"),
        ),
        (p5_asks_if_police_think_them_foolish(text), Say(response="utter_p5_police_not_foolish")),
        # -- round 45, helper P4 --: near the top, as these got a Right 3 paragraph, the list
        # of hate-crime strands, a council-block camera, Bexley's graffiti team or "I can't
        # answer" (Mrs Okoro, Gwen, Abdul); each is narrow.
        (
            p4_asks_if_harassment_in_law(text, answers) is not None,
            Say(response=p4_asks_if_harassment_in_law(text, answers) or ""),
        ),
        (p4_asks_to_put_up_own_camera(text), Say(response="utter_p4_own_cctv")),
        (p4_asks_hate_crime_for_nationality(text), Say(response="utter_p4_hate_nationality")),
        (p4_asks_to_repair_scratched_car(text), Say(response="utter_p4_car_damage_repair")),
        (p4_asks_if_police_will_come(text, crime_type), Say(response="utter_p4_will_police_come")),
        # -- round 45, helper P6 --: near the top, as these got the same holding text, "I can't
        # answer", "stay with your family" or another person's employer facts (Aisha, Yasmin,
        # Fiona); each needs abuse by a partner or family, or a shift and tonight.
        (p6_says_not_laughed_off(text), Say(response="utter_p6_sorry_not_laughed_off")),
        (
            p6_asks_employer_duty(text, crime_type, answers),
            Say(response="utter_p6_employer_duty_violence"),
        ),
        (
            p6_leaving_shift_tonight(text, crime_type),
            Say(response="utter_p6_leaving_shift_tonight"),
        ),
        (
            p6_asks_how_to_leave_with_children(text, crime_type, answers),
            Say(response="utter_p6_leave_with_children"),
        ),
        (
            p6_asks_for_the_number(text, crime_type, answers),
            Say(response="utter_p6_da_helpline_number"),
        ),
        (
            p6_family_danger_tonight(text, crime_type, answers),
            Say(response="utter_p6_family_danger_tonight"),
        ),
        (
            p6_fears_family_finding_out(text, crime_type, answers)
            and _p6_family_abuse(answers, text),
            Say(response="utter_p6_afraid_they_find_out_family"),
        ),
        (
            p6_fears_family_finding_out(text, crime_type, answers),
            Say(response="utter_p6_afraid_they_find_out"),
        ),
        # -- round 45, helper P3 --: near the top, as these got "I can't answer", the
        # sexual-harassment-at-work answer, or "the support worker can read this whole chat"
        # (Grace, Chloe, Jake); each is narrow (a man coming in while she sleeps, pay below the
        # minimum wage, a hidden camera, a witness's name or contact).
        (
            p3_fears_a_man_coming_into_her_room(text),
            Say(response="utter_p3_intruder_in_room_safety"),
        ),
        (p3_asks_about_minimum_wage(text), Say(response="utter_p3_minimum_wage")),
        (
            p3_asks_what_to_do_with_a_hidden_camera(text, crime_type),
            Say(response="utter_p3_hidden_camera_evidence"),
        ),
        (
            p3_witness_asks_if_they_learn_their_name(text),
            Say(response="utter_p3_witness_name_at_court"),
        ),
        (
            p3_witness_fears_contact_from_them(text, answers),
            Say(response="utter_witness_intimidation"),
        ),
        # -- round 44, helper N7 --: near the top, as these got "I can't answer", the next
        # question, the sextortion answer or the Havens' "No." (Sean, whose brother was killed;
        # Olivia, whose ex shared her photos); each is narrow (bereaved, or intimate images).
        (
            n7_bereaved_asks_if_family_can_speak(text, crime_type, answers),
            Say(response="utter_speak_in_court_vps"),
        ),
        (
            n7_bereaved_asks_about_the_trial(text, crime_type, answers),
            Say(response="utter_n7_bereaved_trial_dates"),
        ),
        (
            n7_asks_for_homicide_services_number(text, crime_type, answers),
            Say(response="utter_n7_homicide_service_number"),
        ),
        (
            n7_asks_about_dbs_or_employer(text, crime_type, answers),
            Say(response="utter_n7_dbs_and_employer"),
        ),
        (
            n7_asks_if_they_will_be_named(text, crime_type, answers),
            Say(response="utter_sexual_offence_anonymity"),
        ),
        (
            n7_asks_for_an_order_over_images(text, crime_type, answers),
            Say(response="utter_n7_order_for_images"),
        ),
        (
            n7_asks_if_image_threat_is_a_crime(text, crime_type, answers)
            or n7_told_image_threat_without_demand(text, crime_type, answers),
            Say(response="utter_threat_to_share_video"),
        ),
        (n7_asks_why_the_havens(text), Say(response="utter_n7_why_the_havens")),
        (n7_asks_who_the_support_team_is(text), Say(response="utter_n7_who_the_support_team_is")),
        # -- round 44, helper N1 --: near the top, as a frightened child's "should I tell mum",
        # "can I ring mum", "what if he knows where I live" and "am I in trouble" got "I can't
        # answer", the court question, or the adults' "you don't have to tell your family".
        (n1_child_asks_if_in_trouble(text, answers), Say(response="utter_n1_child_not_in_trouble")),
        (
            n1_child_fears_he_knows_where_they_live(text, answers),
            Say(response="utter_n1_child_if_he_knows_where_you_live"),
        ),
        (
            n1_child_asks_to_tell_a_parent(text, crime_type, answers),
            Say(response="utter_n1_child_tell_mum"),
        ),
        (n1_child_asks_to_ring_a_parent(text, answers), Say(response="utter_n1_child_ring_mum")),
        (n1_asks_if_childline_is_free(text), Say(response="utter_n1_childline_free")),
        # -- round 44, helper N6 --: near the top, as these got the Report Fraud text three
        # times (Edward, whether the debt is his), the chat-privacy text (Rahul: will the police
        # tell my family), another helpline's interpreters (Helena named the slavery helpline)
        # and "I can't answer" (Helena's employer looks at her phone).
        (
            n6_asks_if_fraud_debt_is_theirs(text, crime_type, answers),
            Say(response="utter_n6_fraud_debt_not_yours"),
        ),
        (
            n6_asks_if_fraud_is_a_civil_matter(text, crime_type),
            Say(response="utter_n6_fraud_not_civil"),
        ),
        (
            n6_adult_asks_if_police_tell_family(text, answers) and n6_lgbt_told(text, answers),
            Say(response="utter_n6_police_tell_family_lgbt"),
        ),
        (
            n6_adult_asks_if_police_tell_family(text, answers),
            Say(response="utter_n6_police_tell_family"),
        ),
        (
            n6_asks_if_slavery_helpline_speaks_language(text, crime_type, answers),
            Say(response="utter_n6_slavery_helpline_language"),
        ),
        (
            n6_asks_what_to_do_as_phone_is_checked(text),
            Say(response="utter_n6_phone_checked"),
        ),
        # -- round 43, helper M4 --: near the top, as these got "I can't answer" or another
        # question's answer (a suspect's arrest, the police telling parents): what happens after
        # a referral, 18000, texts only, having to report, court, school (leaving with no money
        # is below the "where can I stay" rows).
        (m4_asks_what_happens_after_referral(text, answers), Say("utter_m4_referral_what_next")),
        (m4_asks_what_18000_is(text), Say(response="utter_text_relay")),
        (m4_number is not None, m4_number or Say()),
        (m4_asks_for_texts_only(text), Say(response="utter_m4_text_only")),
        (m4_asks_if_they_must_report(text), Say(response="utter_support_without_report")),
        (m4_asks_if_it_goes_to_court(text, answers), Say(response="utter_m4_court_if_charged")),
        (m4_asks_if_support_tells_school(text), Say(response="utter_m4_support_wont_tell_school")),
        # -- round 44, helper N3 --: first after the emergency: a rape disclosure beside a room
        # or landlord got the lodger's answer twice (Precious); her fear he comes to the door,
        # her asylum housing and whether this chat goes to the Home Office got the police text
        # or "sent above"; Margaret's husband's bruises got "I'm sorry you're hurt" and her fear
        # he is taken into a home got "I can't answer".
        (bool(n3_said := n3_rape_answer(text, crime_type, answers)), Say(response=n3_said)),
        (
            n3_fears_he_comes_to_the_door(text, crime_type),
            Say(response="utter_n3_he_comes_to_the_door"),
        ),
        (n3_asks_if_chat_goes_to_home_office(text), Say(response="utter_n3_chat_not_home_office")),
        (n3_asylum_housing(text), Say(response="utter_n3_asylum_housing_move")),
        (n3_move_not_a_council_tenant(text), Say(response="utter_n3_move_depends_on_home")),
        (bool(n3_home := n3_care_home_answer(text, answers)), Say(response=n3_home)),
        (bool(n3_marks := n3_bruises_answer(text)), Say(response=n3_marks)),
        # -- round 44, helper N4 --: after N3's moves for those who are not council tenants and
        # before M2's doorstep rows and the stalking, school-pick-up, romance-scam and
        # if-he-comes rows below, which answered Agnes, Sofia and Walter wrongly or not at all.
        (
            n4_asks_what_police_do_about_asb(text, crime_type, answers),
            Say(response="utter_n4_asb_police_options"),
        ),
        (
            n4_asks_who_is_above_the_council(text, crime_type, answers),
            Say(response="utter_n4_council_did_nothing"),
        ),
        (n4_asks_to_be_moved(text), Say(response="utter_council_move")),
        (
            n4_asks_about_nursery_with_order(text, crime_type, answers),
            Say(response="utter_n4_nursery_order"),
        ),
        (n4_asks_about_a_breach(text), Say(response="utter_order_breach")),
        (
            n4_trader_threatens_court(text, crime_type, answers),
            Say(response="utter_n4_trader_court_threat"),
        ),
        (
            n4_asks_to_stop_the_trader_coming(text, crime_type, answers),
            Say(response="utter_rogue_traders_back"),
        ),
        (
            n4_asks_if_the_trader_is_fraud(text, crime_type, answers),
            Say(response="utter_n4_rogue_trader_fraud"),
        ),
        # -- round 43, helper M2 --: near the top, before the romance-scam and recovery-fee rows
        # that took a doorstep trader's demands for more (Doreen), and the rows that answered
        # nothing about whether he is from the council or whether someone can visit.
        (
            m2_asks_if_he_is_from_the_council(text, crime_type, answers)
            and m2_asks_for_a_home_visit(text),
            Say(response="utter_m2_council_and_visit"),
        ),
        (
            m2_asks_if_he_is_from_the_council(text, crime_type, answers),
            Say(response="utter_m2_council_check"),
        ),
        (
            m2_doorstep_trader_wants_more(text, crime_type, answers),
            Say(response="utter_m2_doorstep_pay_more"),
        ),
        (
            m2_says_it_was_not_online(text, crime_type, answers),
            Say(response="utter_m2_doorstep_not_online"),
        ),
        # -- round 44, helper N5 --: near the top, as these got "I can't answer", a VPS or a
        # stalking answer with facts never told (Jamal, Molly, Ian).
        (n5_asks_for_support_not_police(text), Say(response="utter_n5_support_not_police")),
        (
            n5_asks_about_work_rights(text, crime_type, answers),
            Say(response="utter_n5_work_rights_sexual_harassment"),
        ),
        (
            n5_asks_if_groping_is_a_crime(text, crime_type, answers),
            Say(response="utter_n5_groping_is_sexual_assault"),
        ),
        (n5_asks_which_police_force(text), Say(response="utter_n5_report_where_it_happened")),
        # -- round 42, helper L1 --: near the top, as these got "I can't answer", the right to
        # hear when "a suspect" is arrested (Joy's son was), the knife-threat advice (Tomasz), a
        # domestic abuse helpline's interpreters (a stranger stabbed Tomasz), or the agency and
        # bank advice (Ben's carer is a friend, and cancelling the card would alert her).
        (
            l1_asks_to_sit_in_the_interview(text, answers),
            Say(response="utter_l1_appropriate_adult_parent"),
        ),
        (l1_asks_about_a_free_solicitor(text, answers), Say(response="utter_l1_free_solicitor")),
        (
            l1_asks_if_a_suspect_is_still_a_victim(text),
            Say(response="utter_l1_child_still_a_victim"),
        ),
        (l1_says_their_child_is_arrested(text, answers), Say(response="utter_l1_child_arrested")),
        (l1_started_it_and_asks_for_money(text), Say(response="utter_l1_cica_own_conduct")),
        (l1_asks_if_victim_support_speaks(text), Say(response="utter_l1_victim_support_language")),
        (
            l1_started_it_and_asks_for_help(text),
            Say(response="utter_l1_started_fight_still_victim"),
        ),
        (l1_asks_if_support_tells_police(text), Say(response="utter_l1_referral_not_police")),
        (l1_asks_if_they_tell_the_abuser(text), Say(response="utter_l1_referral_wont_tell_her")),
        (l1_card_would_alert_the_carer(text), Say(response="utter_l1_card_without_alerting_her")),
        (l1_asks_who_cares_if_the_carer_goes(text), Say(response="utter_l1_care_if_carer_stops")),
        # -- round 42, helper L5 --: first after the emergency: whether their details were sent
        # is answered from the conversation; a child exploited into carrying bags is told they
        # are the victim, and who can help without the police, before any adults' helpline.
        (
            l5_asks_if_details_sent(text),
            Say(
                response="utter_l5_details_sent"
                if l5_details_sent(answers)
                else "utter_l5_details_not_sent"
            ),
        ),
        (l5_exploited_asks_if_criminal(text, answers), Say(response="utter_exploited_not_blamed")),
        (
            l5_young_exploited_wants_out(text, answers),
            Say(response="utter_l5_young_exploited_get_out"),
        ),
        # -- round 43, helper M1 --: after L5's answers for a child exploited into carrying (they
        # keep theirs) and before the adult worker's (G3), the passport-at-work answer and Right
        # 6, which took Malik's "am i gonna get nicked?", "what passport?", and "do they arrest
        # me for the bag stuff".
        (
            m1_says_it_is_not_labour(text, crime_type, answers),
            Say(response="utter_m1_not_labour_noted"),
        ),
        (
            m1_asks_for_a_way_out(text, crime_type, answers),
            Say(response="utter_m1_exploitation_way_out"),
        ),
        (
            m1_asks_about_a_threatened_sibling(text, crime_type, answers),
            Say(response="utter_m1_sibling_threatened"),
        ),
        (
            m1_arrest is not None,
            Say(response=m1_arrest or "utter_m1_made_to_carry_arrest"),
        ),
        (
            l5_asks_help_for_relatives_mental_health(text),
            Say(response="utter_l5_relative_mental_health_help"),
        ),
        # -- round 42, helper L3 --: early, before the image, school, order, scam and low-mood
        # answers: videos of an attack are not intimate images (Amara, 14); the order answer
        # only with an order, and stopping children being taken abroad (Hana); drinking and
        # flashbacks after an attack (Dave).
        (
            l3_says_not_sexual_videos(text, crime_type, answers),
            Say(response="utter_l3_not_those_videos"),
        ),
        (
            l3_asks_to_get_attack_videos_down(text, crime_type, answers),
            Say(response="utter_l3_attack_videos_down"),
        ),
        (
            l3_young_person_asks_about_telling_school(text, answers),
            Say(response="utter_l3_tell_a_teacher"),
        ),
        (l3_asks_school_pick_up(text, answers), Say(response="utter_l3_school_pick_up")),
        (l3_says_there_is_no_order(text, answers), Say(response="utter_l3_no_order_yet")),
        (
            l3_asks_how_to_stop_children_taken(text, crime_type, answers),
            Say(response="utter_l3_stop_children_taken_abroad"),
        ),
        (l3_mentions_drinking_or_flashbacks(text), Say(response="utter_l3_drinking_flashbacks")),
        # -- round 43, helper M3 --: before the L2 safer-at-work, F4 if-they-come (advice for
        # halls), privacy ("keep asking") and generic compensation rows, which answered Femi and
        # Claire with something else or "I can't answer".
        (m3_asks_why_asked_about_danger(text), Say(response="utter_m3_why_asked_about_danger")),
        (
            m3_asks_about_leaving_work_tonight(text, crime_type),
            Say(response="utter_m3_leaving_work_tonight"),
        ),
        (
            m3_asks_if_hitting_back_stops_compensation(text),
            Say(response="utter_m3_cica_hit_back"),
        ),
        (m3_jaw_hurts_after_a_blow(text, crime_type), Say(response="utter_jaw_after_a_punch")),
        (
            m3_asks_for_a_solicitor_to_report(text, crime_type),
            Say(response="utter_m3_solicitor_to_report"),
        ),
        (
            m3_asks_if_reporting_first_helps(text, crime_type),
            Say(response="utter_m3_report_first"),
        ),
        (m3_asks_harassment_or_stalking(text), Say(response="utter_m3_harassment_or_stalking")),
        (m3_police_came_and_shaken(text), Say(response="utter_m3_glad_police_came")),
        # -- round 42, helper L2 --: first after the medical row: "account" read as money gave
        # Nina economic abuse, and "will they phone me? my husband may pick up" the police's
        # updates; Lena's and Pete's questions had no answer.
        (
            l2_asks_to_take_down_an_account(text, crime_type),
            Say(
                response="utter_l2_impersonation_crime_and_takedown"
                if _L2_CRIME.search(words)
                else "utter_l2_impersonation_takedown"
            ),
        ),
        (l2_asks_if_impersonation_is_a_crime(text), Say(response="utter_l2_impersonation_crime")),
        (l2_asks_if_contact_is_safe(text), Say(response="utter_if_someone_answers")),
        (
            l2_asks_how_to_be_safer_at_work(text, crime_type),
            Say(response="utter_l2_stalking_safer_at_work"),
        ),
        (l2_asks_about_hospital_transport(text), Say(response="utter_l2_hospital_transport")),
        # -- round 41, main (K) --: before the organisation rows, which answered "what do i
        # actually do ... block him?" with a description of the helpline just named.
        (
            k_asks_if_it_counts_as_domestic(text, crime_type, answers),
            Say(response="utter_ex_is_domestic_abuse"),
        ),
        (
            k_asks_what_to_do_about_stalking(text, crime_type, answers),
            Say(response="utter_k_stalking_what_you_can_do"),
        ),
        (
            k_asks_if_police_take_it_seriously(text) and crime_type in ("stalking", "harassment"),
            Say(response="utter_k_stalking_taken_seriously"),
        ),
        (k_asks_if_proof_needed(text), Say(response="utter_k_report_without_proof")),
        # -- round 42, helper L6 --: near the top: "send a policeman round" (Mary) got the
        # questions or "I can't answer" five times; a trader's money (Rosa) and damage and lost
        # earnings (Arjun) were answered with an injury scheme or another person's bike.
        (l6_asks_bot_to_send_police(text), Say(response="utter_l6_cant_send_police")),
        (l6_says_bike_answer_was_not_theirs(text), Say(response="utter_l6_mixed_up")),
        (
            l6_asks_about_money_a_trader_took(text, crime_type, answers),
            Say(response="utter_l6_money_a_trader_took"),
        ),
        # -- round 41, helper J1 --: first, beside the heart-attack row: panic is not a heart
        # attack, a misread suicide reply is put right, and a young person's fear of being known
        # as the one who told, a threat to stop them telling, and deleting one part of the chat
        # got "I can't answer that one here".
        (takes_back_self_harm(text), Say(response="utter_j1_self_harm_misread")),
        (j1_panic_breathless(text), Say(response="utter_j1_panic_breathing")),
        (
            j1_asks_if_they_will_know_young(text, answers),
            Say(response="utter_j1_will_they_know_young"),
        ),
        (j1_asks_to_delete_one_part(text), Say(response="utter_j1_delete_one_part")),
        (j1_asks_if_team_sees_what_they_said(text), Say(response="utter_j1_team_sees_it")),
        (j1_threatened_if_they_tell(text), Say(response="utter_j1_threat_if_you_tell")),
        # -- round 41, helper J4 --: before the hospital, head-injury, moving-out, locks and
        # "I can't answer" rows that took these (Marta, Eileen, Patrick, Leah).
        (
            j4_asks_about_pregnancy_or_infection(text, crime_type, answers),
            Say(response="utter_j4_pregnancy_and_infection"),
        ),
        (j4_asks_which_council_tonight(text, crime_type), Say(response="utter_j4_council_tonight")),
        (
            j4_asks_about_wages_if_they_leave(text, crime_type),
            Say(response="utter_j4_wages_if_you_leave"),
        ),
        (
            j4_asks_about_police_updates(text, crime_type, answers),
            Say(response="utter_j4_police_updates"),
        ),
        (
            j4_asks_if_care_provider_learns_who_raised_it(text),
            Say(response="utter_j4_safeguarding_who_raised_it"),
        ),
        (
            j4_asks_about_fingerprints_after_a_burglary(text, crime_type),
            Say(response="utter_j4_burglary_fingerprints"),
        ),
        # -- round 40, helper G2 --: first, as the rows below answered these with the adults'
        # helpline, a helpline for women, "I can't answer" or nothing at all.
        (g2_young_wants_to_type(text, answers), Say(response="utter_childline_without_phone")),
        (
            g2_young_blackmailed_fears_police(text, crime_type, answers),
            Say(response="utter_sextortion_not_your_fault"),
        ),
        (
            g2_man_asks_for_an_order(text, crime_type, answers),
            Say(response="utter_g2_protection_order_man"),
        ),
        (
            g2_asks_if_someone_else_can_contact(text),
            Say(response="utter_g2_others_affected_can_contact"),
        ),
        (
            g2_asks_if_they_need_hospital(text)
            and not head_injury_getting_worse(text, crime_type)
            and not mentions_strangling(text),
            Say(response="utter_injury"),
        ),
        # -- round 41, helper J6 --: questions asked two to four times in round 41 and never
        # answered (Bella, Colin, Nadia); here, before the privacy, complaint (Right 12),
        # property, interpreter and crime-number rows below that took their words.
        (j6_asks_if_police_see_chat(text), Say(response="utter_j6_police_see_chat")),
        (
            j6_asks_to_report_police_partner(text, crime_type, answers),
            Say(response="utter_j6_report_police_partner"),
        ),
        (
            j6_asks_to_report_outside_force(text, crime_type, answers),
            Say(response="utter_j6_police_partner_outside_force"),
        ),
        (
            j6_asks_to_clean_graffiti(text, crime_type, answers),
            Say(response="utter_j6_graffiti_before_cleaning"),
        ),
        (j6_asks_about_racing_heart(text), Say(response="utter_j6_heart_racing")),
        (j6_asks_for_both_crimes(text), Say(response="utter_j6_both_crimes")),
        (j6_asks_if_call_shows_on_bill(text), Say(response="utter_j6_call_shows_on_bill")),
        (
            j6_asks_if_helpline_speaks_language(text),
            Say(response="utter_j6_helpline_language"),
        ),
        (j6_asks_about_child_benefit(text), Say(response="utter_j6_child_benefit")),
        # -- round 42, helper L4 --: Faith (her friend raped), Chidi (her live-in landlord),
        # Owen (the police interview him under caution) and Steve ("I can't face it"): before
        # the work-harassment row below, which took "I can't lose my job" from Chidi.
        (
            l4_asks_what_to_say_to_them(text, crime_type, answers),
            Say(response="utter_l4_what_to_say_to_them"),
        ),
        (
            l4_asks_if_it_is_their_fault(text, crime_type, answers),
            Say(response="utter_l4_not_their_fault"),
        ),
        (
            l4_asks_if_landlord_can_enter_room(text, crime_type, answers),
            Say(response="utter_l4_landlord_in_room"),
        ),
        (l4_lodger_asks_about_locks(text), Say(response="utter_l4_lodger_locks")),
        (
            l4_asks_about_housing_without_public_funds(text),
            Say(response="utter_l4_housing_no_public_funds"),
        ),
        (l4_suspect_asks_about_interview(text), Say(response="utter_l4_free_legal_advice")),
        (
            l4_man_says_helpline_is_for_women(text, answers),
            Say(response="utter_l4_mens_advice_line"),
        ),
        (l4_cant_face_it(text), Say(response="utter_l4_cant_face_it")),
        # -- round 41, helper J7 --: Amira, Fatima and Marcus asked these and got "I can't
        # answer", the witness answer or the witness expenses ("e.g. an unpaid fare"): here,
        # before the work-support, witness, expenses, inquest and court rows below.
        (
            j7_harassed_at_work_fears_for_job(text, crime_type, answers),
            Say(response="utter_j7_harassed_at_work_job"),
        ),
        (j7_asks_if_work_is_told(text), Say(response="utter_who_we_tell")),
        (
            j7_bereaved_asks_to_speak_in_court(text, crime_type, answers),
            Say(response="utter_speak_in_court_vps"),
        ),
        (
            j7_asks_what_homicide_service_is_after_road_death(text, crime_type, answers),
            Say(response="utter_j7_homicide_service_road_death"),
        ),
        (
            j7_asks_for_road_death_support(text, crime_type, answers),
            Say(response="utter_j7_road_death_support"),
        ),
        (j7_asks_if_they_must_face_him(text), Say(response="utter_court")),
        (
            j7_injured_asks_about_cica(text, crime_type, answers)
            and asks_for_support_through_work(text, crime_type, answers),
            Say(response="utter_j7_cica_and_employer"),
        ),
        (
            j7_injured_asks_about_cica(text, crime_type, answers),
            Say(response="utter_j7_cica_injury"),
        ),
        (j7_asks_if_offender_gets_their_number(text), Say(response="utter_j7_number_kept")),
        (j7_apologises_for_writing(text), Say(response="utter_j7_no_need_to_be_sorry")),
        # -- round 41, helper J5 --: before the romance-scam, Report Fraud, privacy, is-it-a-crime,
        # intimate-image and Right 4 and 6 rows below, which took these words and answered the
        # wrong question (Harold, Kwame, Yusuf). A fee to a fake caller is answered even when told.
        (j5_paying is not None, j5_paying or Say()),
        (
            j5_fake_official_caller(text, crime_type),
            Say(response="utter_j5_fake_official_caller"),
        ),
        (j5_asks_how_the_caller_knew(text, crime_type), Say(response="utter_j5_how_caller_knew")),
        (
            j5_asks_if_a_suspect_is_still_a_victim(text, crime_type),
            Say(response="utter_j5_victim_and_suspect"),
        ),
        (
            j5_asks_if_their_account_is_used_against_them(text, crime_type),
            Say(response="utter_solicitor_before_statement"),
        ),
        (j5_asks_about_rui(text), Say(response="utter_j5_rui_solicitor")),
        (
            j5_asks_if_pushing_back_is_a_crime(text, crime_type, answers),
            Say(response="utter_j5_pushed_back_self_defence"),
        ),
        (
            j5_fears_being_charged_for_defending(text, crime_type, answers),
            Say(response="utter_j5_fears_being_charged"),
        ),
        (
            j5_asks_what_to_do_with_a_fight_video(text, crime_type, answers),
            Say(response="utter_send_video_evidence"),
        ),
        # -- round 41, helper J2 --: near the top, as the rows below answered these with police
        # update times, "nurses on the ward", "I can't answer" or a bat nobody mentioned (Rob,
        # whose daughter is 17; Ayesha, 16, told to come over or a video goes online).
        (
            j2_pressed_to_go_to_them(text, crime_type, answers),
            Say(response=j2_go_to_them_answer(answers)),
        ),
        (
            j2_worried_they_will_harm_themselves(text, answers)
            or (someone_else_at_risk(text) and j2_about_a_child(text, answers)),
            Say(response=j2_at_risk_answer(text, answers)),
        ),
        (
            j2_asks_101_or_999(text)
            and j2_101_or_999_answer(text, answers) == "utter_j2_101_or_999_child_images",
            Say(response="utter_j2_101_or_999_child_images"),
        ),
        # -- round 41, helper J3 --: here, before the threat (f4), witness-intimidation,
        # protection-order, privacy, interpreter and how-to-report rows, which took these words
        # (Sam, Hannah, Linda, Dev) and said something else or "I can't answer".
        (j3_asks_police_with_bsl(text), Say(response="utter_j3_bsl_police")),
        (j3_asks_if_address_reaches_them(text), Say(response="utter_j3_address_in_court")),
        (j3_asks_to_refer_someone_else(text), Say(response="utter_j3_refer_someone_else")),
        (j3_asks_about_business_help(text), Say(response="utter_j3_business_help")),
        (
            j3_asks_for_drugs_help_for_relative(text),
            Say(response="utter_j3_family_drugs_help"),
        ),
        (j3_asks_about_their_staff(text), Say(response="utter_j3_staff_member_support")),
        # -- round 41, helper J8 --: questions asked while the borough is pending (held-out
        # conversations, round 41) that got "I can't answer", nothing, or another answer (the
        # sexual-assault, sextortion, secure-home and bank-refund rows below took theirs).
        (
            j8_man_fears_not_believed(text, crime_type, answers),
            Say(response="utter_q41_man_believed"),
        ),
        (j8_asks_if_refuge_can_be_found(text), Say(response="utter_q41_refuge_address_secret")),
        (
            j8_asks_to_get_images_off_a_site(text, crime_type),
            Say(response="utter_images_off_phones"),
        ),
        (j8_asks_if_exposure_is_a_crime(text), Say(response="utter_exposure_is_a_crime")),
        (
            j8_asks_to_keep_them_away(text, crime_type) and not f8_order,
            Say(response=j8_keep_away_answer(text, crime_type, answers)),
        ),
        (j8_asks_if_worse_at_work(text, crime_type), Say(response="utter_emergency_workers_law")),
        (
            j8_asks_if_a_threat_is_a_crime(text, crime_type, answers),
            Say(response="utter_q41_threat_is_a_crime"),
        ),
        (
            j8_asks_to_go_where_it_is_tracked(text, crime_type),
            Say(response="utter_tracked_property"),
        ),
        (
            j8_asks_if_police_will_visit_after_burglary(text, crime_type),
            Say(response="utter_j4_burglary_fingerprints"),
        ),
        (
            j8_asks_how_to_know_its_the_bank(text, crime_type),
            Say(response="utter_g4_stop_scam_calls"),
        ),
        (j8_asks_to_stop_identity_fraud(text), Say(response="utter_identity_fraud")),
        (j8_asks_if_dog_owner_is_responsible(text), Say(response="utter_dog_attack_crime")),
        (
            j8_asks_if_lockout_is_legal(text, answers),
            Say(response="utter_landlord_harassment_crime"),
        ),
        (
            j8_asks_whether_to_pay_blackmailer(text, crime_type, answers),
            Say(response="utter_q41_blackmail_dont_pay"),
        ),
        (
            j8_asks_about_reporting_unknown_account(text, crime_type),
            Say(response="utter_q41_report_unknown_account"),
        ),
        (j8_asks_for_a_say_in_release(text), Say(response="utter_parole_statement")),
        (j8_asks_if_havens_tell_anyone(text), Say(response="utter_havens_police_only_if_you_want")),
        (j8_asks_about_cctv_where_it_happened(text), Say(response="utter_cctv")),
        # -- round 39, helper F6 --: a card a partner holds (economic abuse), and "i havent told
        # the police though?", before the card, crime number and police update answers below.
        (
            f6_asks_about_a_card_they_hold(text, crime_type, answers),
            Say(response="utter_economic_abuse_help"),
        ),
        (f6_says_not_reported(text), Say(response="utter_not_reported_is_fine")),
        # -- round 40, helper G3 --: questions asked again and again and never answered (Lucy,
        # Piotr, Zainab, Chloe, Mohammed, Jay); near the top so the referral, privacy, pregnancy
        # and Right 6 answers that took their words do not, and each needs its own words.
        (
            g3_asks_if_freezing_still_counts(text, crime_type, answers),
            Say(response="utter_g3_froze_not_consent"),
        ),
        (
            g3_exploited_worker_fears_arrest(text, crime_type, answers),
            Say(response="utter_g3_exploited_worker_not_arrested"),
        ),
        (
            g3_asks_about_forced_marriage_abroad(text, crime_type, answers),
            Say(response="utter_g3_forced_marriage_abroad"),
        ),
        (g3_asks_to_clear_a_shared_computer(text), Say(response="utter_g3_shared_computer")),
        (
            g3_asks_if_an_order_gives_a_record(text, crime_type, answers),
            Say(response="utter_g3_fmpo_no_record"),
        ),
        (
            g3_asks_how_to_check_for_tracking(text, crime_type, answers),
            Say(response="utter_g3_check_phone_tracking"),
        ),
        (
            g3_asks_if_control_is_a_crime(text, crime_type, answers),
            Say(response="utter_g3_coercive_control"),
        ),
        (g3_asks_to_see_midwife_alone(text), Say(response="utter_g3_midwife_alone")),
        (g3_fears_own_video_will_be_lost(text), Say(response="utter_g3_save_the_video_now")),
        (g3_asks_about_police_misgendering(text), Say(response="utter_misgendered_by_police")),
        # -- round 38, main --
        (
            asks_what_the_consent_question_means(text, answers),
            Say(response="utter_consent_question_means"),
        ),
        (
            asks_for_someone_to_talk_to_after_crisis(text, answers),
            Say(response="utter_talk_after_suicidal_thoughts"),
        ),
        # -- round 37, main --
        (asks_if_they_can_text_999(text), Say(response="utter_text_999")),
        (asks_if_tell_mama_reports_it(text), Say(response="utter_tell_mama_reports")),
        (asks_if_reporting_is_needed_for_help(text), Say(response="utter_support_without_report")),
        (
            asks_if_domestic_abuse_counts_when_young(text, crime_type, answers),
            Say(response="utter_da_counts_from_16"),
        ),
        # -- round 29, main --: "How many more of these?" (Hugh), "look how many more
        # questions, I've got a shop to run" (Samir).
        (left is not None, Say(text=left, args={"utter_action": "utter_questions_left"})),
        # -- round 39, main --: "how do I contact the police by text" (Maureen, hard of hearing)
        # got the 101 answer three times; before every answer about how to report.
        (asks_to_reach_the_police_by_text(text), Say(response="utter_police_by_text")),
        # -- round 39, helper F4 --: a threat to an exploited child's life, fear said plainly,
        # and what to do if a stalker turns up, before the exploitation, threat-to-return,
        # if-he-comes and 999 answers below, which said less or nothing of the danger.
        (f4_told is not None, f4_told or Say()),
        (
            f4_asks_what_if_stalker_comes(text, crime_type),
            Say(response="utter_f4_stalker_turns_up"),
        ),
        # -- round 40, helper G4 --: George, Tariq, Dennis, Ruth, Frank, Gloria and Alan. Here,
        # before the F7 help-without-police row (which answered Gloria's "will they tell the
        # police?" with "Yes."), the scam, carer, insurance, property, ASB, drugs-help and
        # somewhere-to-stay rows below, which gave the wrong answer or none.
        (
            g4_asks_whether_to_send_romance_money(text, crime_type, answers),
            Say(response="utter_romance_scam_dont_send"),
        ),
        (
            g4_asks_if_the_romance_is_a_scam(text, crime_type, answers),
            Say(response="utter_g4_romance_scam_signs"),
        ),
        (
            g4_asks_if_worth_reporting(text, crime_type, answers),
            Say(
                response="utter_worth_reporting"
                if crime_type == "fraud"
                else "utter_g4_worth_reporting"
            ),
        ),
        (g4_goes_for_tracked_property(text), Say(response="utter_tracked_property")),
        (
            g4_asks_how_to_know_its_really_us(text, answers),
            Say(response="utter_g4_know_its_really_us"),
        ),
        (
            g4_asks_how_to_stop_scam_calls(text, crime_type, answers),
            Say(response="utter_g4_stop_scam_calls"),
        ),
        (g4_asks_about_warning_the_carer(text), Say(response="utter_g4_carer_valuables")),
        (g4_asks_if_agency_first(text, answers), Say(response="utter_g4_carer_agency_first")),
        (g4_asks_for_contact_by_post(text, answers), Say(response="utter_g4_no_post")),
        (
            g4_asks_who_next_on_asb(text, crime_type, answers),
            Say(response="utter_g4_asb_case_review"),
        ),
        (
            g4_asks_if_support_tells_police(text, partner_or_family)
            and g4_asks_for_help_for_relative(text, partner_or_family),
            Say(response="utter_g4_no_police_and_help_for_him"),
        ),
        (
            g4_asks_if_support_tells_police(text, partner_or_family),
            Say(response="utter_support_not_police"),
        ),
        (
            g4_asks_for_help_for_relative(text, partner_or_family),
            Say(response="utter_g4_help_for_relative"),
        ),
        (
            g4_rough_sleeper_asks_where_to_go(text, partner_or_family),
            Say(response=g4_rough_sleeping_answer(text, answers)),
        ),
        # -- round 39, helper F7 --: Joanne, Chris, Priya, Sandra, Bernard and Leon. Before the
        # glossary's "I don't understand", the suing, scam, bank card, crime number and privacy
        # answers below, which answered "can i tell sue", a funeral deposit, a card held by a
        # partner and "no crime number" with the wrong text, and before the next question.
        (f7_lost_at_consent(text, answers), Say(response="utter_consent_easy_read")),
        (
            f7_asks_for_help_without_police(text, partner_or_family, answers),
            Say(response="utter_da_help_without_police"),
        ),
        (
            f7_asks_if_a_false_friend_is_bad(text, crime_type, answers),
            Say(response="utter_false_friend_takes_money"),
        ),
        (
            f7_asks_if_they_must_give_him_money(text, crime_type, answers),
            Say(response="utter_you_dont_have_to_give_money"),
        ),
        (f7_asks_to_tell_staff(text, answers), Say(response="utter_tell_your_staff")),
        (f7_has_no_money_for_food(text, crime_type), Say(response="utter_no_money_for_food")),
        (f7_fears_children_taken(text), Say(response="utter_children_not_taken")),
        (f7_asks_why_the_nspcc(text), Say(response="utter_why_nspcc_listed")),
        (
            f7_card_kept_by_a_partner(text, crime_type, answers),
            Say(response="utter_card_kept_by_partner"),
        ),
        (f7_asks_if_they_must_give_a_name(text), Say(response="utter_name_not_needed")),
        (
            f7_asks_about_paying_for_the_funeral(text, crime_type, answers),
            Say(response="utter_funeral_deposit"),
        ),
        (
            f7_bereaved_says_that_is_not_enough(text, crime_type, answers),
            Say(response="utter_bereaved_not_enough"),
        ),
        (f7_asks_if_their_reaction_is_normal(text), Say(response="utter_common_reaction")),
        (f7_asks_to_replace_a_freedom_pass(text), Say(response="utter_freedom_pass")),
        (
            f7_has_no_crime_number(text) and (answers or {}).get("reported_to_police") is False,
            Say(response="utter_support_without_report"),
        ),
        (f7_has_no_crime_number(text), Say(response="utter_no_crime_number_given")),
        (
            f7_asks_for_childline_without_a_phone(text),
            Say(response="utter_childline_without_phone"),
        ),
        # -- round 38, helper B5 --: Tell MAMA or the police, support in her language for a
        # relative who saw it, what "persistently targeted" means, harassment or criminal
        # damage, and which button, before the broader reporting, family, glossary and
        # harassment answers below.
        (b5_asks_tell_mama_or_police(text, answers), Say(response="utter_tell_mama_or_police")),
        (
            b5_asks_support_for_a_relative_in_their_language(text),
            Say(response="utter_witness_relative_support"),
        ),
        (
            b5_asks_if_relative_need_was_passed_on(text),
            Say(response="utter_relative_needs_passed_on"),
        ),
        (
            b5_asks_what_persistently_targeted_means(text),
            Say(response="utter_persistently_targeted_meaning"),
        ),
        (
            b5_asks_harassment_or_criminal_damage(text),
            Say(response="utter_harassment_or_criminal_damage"),
        ),
        (b5_asks_which_crime_button(text), Say(response="utter_no_button_type_it")),
        # -- round 38, helper B1 --: before the sextortion and image answers (a child threatened
        # over a picture) and the privacy answers about this chat (the police telling a parent
        # or school).
        (
            young_person_threatened_with_a_picture(text, crime_type, answers),
            Say(response="utter_young_picture_threat"),
        ),
        (
            young_person_asks_if_police_tell_parents(text, answers),
            Say(response="utter_police_tell_parents_young"),
        ),
        (
            young_person_asks_if_police_tell_school(text, answers),
            Say(response="utter_police_tell_school_young"),
        ),
        # -- round 38, helper B2 --: a card asked about without a question mark, how to report
        # with "do i ring 999", and telling work after a sexual assault, before the broader
        # 999, bank and lost-earnings answers below.
        (
            asks_how_to_report_and_about_the_card(text),
            Say(response="utter_report_and_stop_card"),
        ),
        (asks_how_to_report_after_it_is_over(text), Say(response="utter_how_to_report")),
        (
            asks_what_to_do_about_a_card(text),
            Say(response=_bank_answer(text, crime_type, answers)),
        ),
        (
            asks_about_telling_work_after_a_sexual_assault(text, crime_type, answers),
            Say(response="utter_telling_work_after_sexual_assault"),
        ),
        # -- round 38, helper B3 --: before the carer who-to-tell answer and "will the worker
        # know" (Ruth asked both), and the school-worry and enhanced-service answers.
        (
            asks_if_the_carer_should_still_come(text, crime_type, answers),
            Say(response="utter_agency_carer_next_visit"),
        ),
        (
            asks_what_to_do_about_the_school(text, crime_type, answers),
            Say(response="utter_school_not_acting_on_bullying"),
        ),
        (
            asks_if_being_under_18_changes_help(text, answers),
            Say(response="utter_under_18_enhanced_service"),
        ),
        (
            asks_whom_the_questions_mean(text, answers),
            Say(response="utter_questions_mean_the_victim"),
        ),
        # -- round 38, helper B4 --: before the bank, card, "can't answer" and Action Fraud
        # answers below, which told Mr Chen to stop his card, and Priya to stop hers.
        (
            asks_if_police_or_bank_tell_family_after_fraud(text, crime_type, answers),
            Say(response="utter_police_bank_tell_family_fraud"),
        ),
        (
            asks_if_action_fraud_is_the_same_as_police(text),
            Say(response="utter_action_fraud_is_police"),
        ),
        (asks_if_report_fraud_is_action_fraud(text), Say(response="utter_action_fraud")),
        (
            asks_if_new_calls_are_the_scammers(text, crime_type),
            Say(response="utter_withheld_calls_scammers"),
        ),
        (
            asks_to_open_an_account_he_wont_know_about(text, crime_type, answers),
            Say(response="utter_own_account_safely"),
        ),
        (
            asks_who_helps_with_economic_abuse(text, crime_type, answers),
            Say(response="utter_economic_abuse_help"),
        ),
        # -- round 38, helper B6 --: an adult made to carry drugs (Nadia), before the child's
        # exploitation answers and the Right 6 arrest answer further down.
        (
            b6_adult_fears_arrest_for_carried_drugs(text, crime_type, answers),
            Say(response="utter_exploited_adult_not_blamed"),
        ),
        (
            b6_asks_who_helps_with_drug_debt(text, crime_type, answers),
            Say(response="utter_exploitation_debt_help"),
        ),
        (
            b6_asks_what_to_do_if_asked_to_do_another_run(text, crime_type, answers),
            Say(response="utter_exploited_asked_again"),
        ),
        (
            b6_asks_what_to_do_before_the_partner_is_back(text, crime_type, answers),
            Say(response="utter_plan_before_they_are_back"),
        ),
        (
            b6_non_partner_asks_if_they_can_still_get_an_order(text, crime_type, answers),
            Say(response="utter_harassment_injunction"),
        ),
        (
            b6_asks_if_a_witness_statement_is_compulsory(text, crime_type, answers),
            Say(response="utter_witness_statement_choice"),
        ),
        (
            b6_asks_about_locks_after_keys_taken(text, crime_type, answers),
            Say(response="utter_keys_and_address_stolen"),
        ),
        # -- round 39, helper H2 --: after round 38's rows, before the broader reporting
        # ("take it seriously"), privacy, hit-and-run injury, damage and strangling answers
        # below, which answered these wrongly or not at all.
        (
            h2_asks_if_worry_counts_as_yes(text, answers),
            Say(response="utter_worried_counts_as_yes"),
        ),
        (
            h2_young_asks_if_parents_must_know(text, answers),
            Say(response="utter_support_parents_young"),
        ),
        (h2_asks_to_change_an_appointee(text), Say(response="utter_change_dwp_appointee")),
        (
            h2_asks_if_police_act_on_money_handed_over(text, crime_type, answers),
            Say(response="utter_trusted_money_taken_seriously"),
        ),
        (
            h2_asks_if_police_can_identify_sender(text, crime_type, answers),
            Say(response="utter_police_identify_sender"),
        ),
        (
            h2_asks_about_car_damage_from_a_driver(text, answers),
            Say(response="utter_mib_car_damage"),
        ),
        (h2_asks_about_whiplash(text), Say(response="utter_whiplash_advice")),
        # -- round 39, helper F8 --: reporting, the police and court, before the broader
        # insurance, video-evidence, injury, referral-privacy, Right 6, CCTV and "can't answer"
        # rows below, which gave these the wrong text or none.
        (
            f8_reference_mistaken_for_crime_number(text, answers),
            Say(response="utter_our_reference_not_crime_number"),
        ),
        (
            f8_asks_if_they_have_reported(text),
            Say(
                response="utter_chat_is_not_a_fraud_report"
                if crime_type == "fraud"
                else "utter_chat_is_not_a_police_report"
            ),
        ),
        (f8_asks_yes_or_no_if_we_are_police(text), Say(response="utter_not_the_police")),
        (
            f8_asks_to_report_in_their_language(text, crime_type),
            Say(response="utter_report_in_your_language"),
        ),
        (f8_asks_who_sees_a_witness_statement(text), Say(response="utter_statement_who_sees_it")),
        (f8_who_told is not None, Say(response=f8_who_told or "")),
        (f8_bail is not None, Say(response=f8_bail or "")),
        (f8_after_report is not None, Say(response=f8_after_report or "")),
        (
            f8_asks_how_to_get_a_camera_put_up(text, crime_type),
            Say(response="utter_ask_council_for_a_camera"),
        ),
        (f8_asks_about_cameras_where_it_happened(text), Say(response="utter_cctv")),
        (
            f8_asks_if_defending_gets_them_in_trouble(text, crime_type, answers),
            Say(response="utter_reasonable_force_to_protect"),
        ),
        (f8_still_report is not None, Say(response=f8_still_report or "")),
        (
            f8_asks_if_someone_else_hurt_gets_help(text, answers),
            Say(response="utter_someone_else_hurt_can_get_help"),
        ),
        (
            f8_asks_if_court_can_make_them_pay(text, crime_type),
            Say(response="utter_compensation_order"),
        ),
        (f8_asks_how_long_to_keep_own_footage(text), Say(response="utter_own_cctv_save")),
        (
            f8_asks_for_company_and_expenses_at_court(text),
            Say(response="utter_someone_at_court_and_expenses"),
        ),
        (f8_order is not None, Say(response=f8_order or "")),
        (f8_asks_how_to_chase_the_police(text, crime_type), Say(response="utter_chase_the_police")),
        (
            f8_asks_if_a_person_reads_an_unkept_chat(text, answers),
            Say(response="utter_handoff_no_consent"),
        ),
        (
            f8_asks_if_the_defence_will_question_them(text),
            Say(response="utter_cross_examination_and_interpreter"),
        ),
        (
            f8_asks_who_tells_them_the_court_date(text),
            Say(response="utter_who_tells_the_court_date"),
        ),
        (f8_asks_if_case_closed_without_telling(text), Say(response="utter_told_if_case_closed")),
        (
            f8_asks_whether_to_answer_the_scammers(text, crime_type),
            Say(response="utter_scam_number_rings_again"),
        ),
        (f8_asks_keep_or_block(text), Say(response="utter_save_then_block")),
        (f8_asks_whether_to_tell_halls(text, answers), Say(response="utter_tell_halls_security")),
        # -- round 37, helper H1 --: before the broader threat, harassment, eviction and
        # exploitation answers below, which gave nothing or the wrong text for these.
        (carer_said is not None, Say(response=carer_said or "")),
        (
            asks_if_landlord_harassment_is_a_crime(text),
            Say(response="utter_landlord_harassment_crime"),
        ),
        (
            told_harassment_is_a_civil_matter(text, crime_type, answers),
            Say(response="utter_police_said_civil_matter"),
        ),
        (
            asks_how_to_help_someone_still_exploited(text, crime_type),
            Say(response="utter_someone_still_exploited"),
        ),
        (
            asks_what_to_do_when_they_come_to_the_flat(text, crime_type, answers),
            Say(response="utter_when_they_come_to_the_flat"),
        ),
        (
            young_person_fears_his_visit(text, crime_type, answers),
            Say(response="utter_young_person_his_visit"),
        ),
        (asks_if_action_fraud_is_police(text), Say(response="utter_action_fraud_is_police")),
        (asks_when_the_body_is_released(text), Say(response="utter_body_release")),
        (
            asks_if_the_havens_tell_police(text),
            Say(response="utter_havens_police_only_if_you_want"),
        ),
        (
            harassed_at_work_asks_about_tomorrow(text, crime_type, answers),
            Say(response="utter_harassed_at_work_tomorrow"),
        ),
        # "what do i do tmrw tho" from a 15-year-old that pupils threatened to jump (Lily).
        (
            child_threatened_by_pupils(text, crime_type, answers),
            Say(response="utter_child_threatened_by_pupils"),
        ),
        (someone_else_at_risk(text), Say(response=j2_at_risk_answer(text, answers))),
        (does_not_understand(text), Say(response="utter_put_simply")),
        # -- round 37, helper H2 --: before the sextortion, "in trouble for images", privacy,
        # threat, locks, staff and injury answers below, which answered the wrong question or none.
        (
            blackmailed_adult_fears_arrest(text, crime_type, answers),
            Say(response=_h2_blackmail_answer(answers)),
        ),
        (
            asks_what_to_do_before_images_are_posted(text, crime_type, answers),
            Say(response="utter_sextortion"),
        ),
        (
            asks_for_support_through_work(text, crime_type, answers),
            Say(response="utter_support_through_work"),
        ),
        (
            asks_if_support_tells_police_or_social_services(text, answers),
            Say(response="utter_service_tells_police_or_social_services"),
        ),
        (
            fears_a_visit_after_keys_stolen(text, crime_type, answers),
            Say(response="utter_keys_and_address_stolen"),
        ),
        (asks_about_a_jaw_after_a_blow(text, crime_type), Say(response="utter_jaw_after_a_punch")),
        # -- round 37, main --
        (asks_about_an_injured_tooth(text, crime_type), Say(response="utter_injured_tooth")),
        (
            asks_about_compensation_for_things_robbed(text, crime_type),
            Say(response="utter_robbery_things_taken"),
        ),
        # -- round 34, helper V3 --: before the Havens "not too late", forensic "within 7
        # days", insurance (on "crime number"), "if you report it" and sextortion answers.
        (
            asks_about_emergency_contraception_or_pep_in_time(text, crime_type, answers),
            Say(response="utter_ec_and_pep_go_today"),
        ),
        (
            asks_if_their_name_stays_private(text, crime_type, answers),
            Say(response="utter_sexual_offence_anonymity"),
        ),
        (
            asks_about_a_threat_to_share_a_video(text, crime_type, answers),
            Say(response="utter_threat_to_share_video"),
        ),
        (
            asks_if_safe_living_with_an_abusive_relative(text, crime_type, answers),
            Say(response="utter_safe_living_with_relative"),
        ),
        (asks_about_safety_after_hospital(text), Say(response="utter_safe_home_from_hospital")),
        (asks_if_they_can_speak_in_court(text), Say(response="utter_speak_in_court_vps")),
        # -- round 34, helper V2 --: who gets a referral and who finds out, before the privacy,
        # organisation, police-rights and image answers that answered the wrong question.
        (asks_who_gets_referral(text), Say(response="utter_referral_who_gets_details")),
        (
            asks_which_service_will_contact(text),
            Say(response="utter_referral_which_service_contacts"),
        ),
        (asks_about_third_party_reporting(text), Say(response="utter_third_party_reporting")),
        (
            corrects_that_they_never_sent_it(text),
            Say(response="utter_filmed_not_sent"),
        ),
        (asks_if_owed_a_crime_number(text), Say(response="utter_crime_number_right")),
        (
            asks_if_police_will_find_stolen_things(text, crime_type),
            Say(response="utter_stolen_things_found"),
        ),
        (asks_if_worker_knows_who_to_call(text), Say(response="utter_worker_reads_chat")),
        (asks_about_own_cctv(text), Say(response="utter_own_cctv_save")),
        # -- round 32, helper T --: a child in a refuge before the social-services answer; an
        # exploited child's parent before the threat answers; reporting a week later before the
        # "this chat doesn't report it" answer.
        (asks_about_children_in_a_refuge(text), Say(response="utter_refuge_with_children")),
        (
            parent_fears_for_exploited_child(text, answers),
            Say(response="utter_exploited_child_parent"),
        ),
        (asks_if_ok_to_report_later(text), Say(response="utter_not_too_late_to_report")),
        (asks_if_worth_it_to_report(text), Say(response="utter_worth_reporting")),
        # -- round 33, helper U1 --: before the injury, low-mood, video-evidence and other
        # answers below, which answered the first time only, the wrong question, or nothing.
        (head_injury_getting_worse(text, crime_type), Say(response="utter_head_injury_now")),
        (
            asks_if_they_must_go_back(text, crime_type, answers),
            Say(response="utter_dont_have_to_go_back"),
        ),
        (asks_to_use_another_phone(text), Say(response="utter_another_phone_ok")),
        (asks_about_letterbox_fire_safety(text), Say(response="utter_letterbox_fire_safety")),
        (asks_about_cctv_in_time(text), Say(response="utter_cctv_report_soon")),
        (asks_about_train_police(text), Say(response="utter_transport_police")),
        (
            asks_if_it_is_sexual_assault(text, crime_type),
            Say(response="utter_sexual_assault_counts"),
        ),
        # -- round 44, helper N2 --: a parent asking about their child's school, or someone for
        # their child to talk to; before the partner-at-the-school row and the adults' low mood.
        (
            n2_parent_asks_about_telling_school(text, crime_type, answers),
            Say(response="utter_n2_tell_childs_school"),
        ),
        (
            n2_child_support_answer(text, crime_type, answers) is not None,
            Say(response=n2_child_support_answer(text, crime_type, answers) or ""),
        ),
        (
            asks_about_telling_the_school(text, crime_type, answers),
            Say(response=l3_school_answer(text)),  # -- round 42, helper L3 --: with an order
        ),
        # -- round 34, helper V1 --: before the refuge, injury, compensation, "support doesn't
        # tell the police", bank, recovery-fee and threat answers below, which answered the wrong
        # question or none.
        (
            asks_what_to_take_when_leaving(text, crime_type, answers),
            Say(response="utter_what_to_take_when_leaving"),
        ),
        (
            asks_council_for_a_room_tonight(text, crime_type, answers),
            Say(response="utter_council_housing_tonight"),
        ),
        (
            fears_losing_the_children_by_leaving(text, crime_type, answers),
            Say(response="utter_leaving_with_the_children"),
        ),
        (wants_to_go_after_the_stolen_thing(text), Say(response="utter_dont_go_after_it")),
        # -- round 42, helper L6 --: here, in place of the rider's answer, for anyone who never
        # said bike, delivery or rent (Arjun, a taxi driver, was told about "the bike").
        (
            l6_asks_who_pays_damage_and_earnings(text) or l6_lost_earnings_not_a_rider(text),
            Say(response="utter_l6_damage_and_lost_earnings"),
        ),
        (asks_about_lost_earnings_without_injury(text), Say(response="utter_lost_earnings")),
        (asks_about_a_broken_nose(text), Say(response="utter_broken_nose")),
        (
            asks_compensation_without_telling_police(text),
            Say(response="utter_cica_report_injury_only"),
        ),
        (
            asks_if_scammers_will_try_again(text, crime_type),
            Say(response="utter_scammers_try_again"),
        ),
        (
            asks_about_a_stolen_pension_card(text, crime_type),
            Say(response="utter_stolen_pension_card"),
        ),
        (
            afraid_to_sleep_at_home_without_new_locks(text, crime_type, answers),
            Say(response="utter_not_sleeping_there_tonight"),
        ),
        # -- round 31, helper S1 --: before the stolen-phone, court, property, protection-order,
        # threat, bank and sextortion answers below, which answered the wrong question.
        (tracker_on_them(text, crime_type), Say(response="utter_tracker_on_you")),
        (
            asks_if_partner_can_come_back(text, crime_type, answers),
            Say(response="utter_partner_coming_back"),
        ),
        (
            asks_help_for_a_child_victim(text, {"crime_type": crime_type, **(answers or {})}),
            Say(response="utter_help_for_child_victim"),
        ),
        (
            fears_they_will_come_again(text, {"crime_type": crime_type, **(answers or {})}),
            Say(response=threat_answer(answers)),
        ),
        (
            young_person_fears_trouble_over_images(text, answers, crime_type),
            Say(response="utter_sextortion_not_your_fault"),
        ),
        (
            asks_about_a_sextortion_deadline(text, answers, crime_type),
            Say(response="utter_sextortion"),
        ),
        (
            asks_to_get_a_stolen_phone_back(text, crime_type),
            Say(response="utter_stolen_phone_back"),
        ),
        (
            asks_to_reach_the_bank_without_phoning(text, crime_type, answers),
            Say(response="utter_bank_without_phoning"),
        ),
        (
            fears_doorstep_traders_returning(text, crime_type),
            Say(response="utter_rogue_traders_back"),
        ),
        # -- round 33, helper U2 --: before the bank, complaint (Right 12), property (Right 10),
        # insurance and economic-abuse answers below, which answered the wrong question.
        (asks_about_a_recovery_firm(text, crime_type), Say(response="utter_recovery_fee")),
        (
            asks_bank_refund_for_own_crypto_account(text, crime_type),
            Say(response="utter_crypto_own_account_refund"),
        ),
        (asks_how_to_complain_about_a_lender(text), Say(response="utter_lender_complaint")),
        (
            asks_if_they_must_repay_fraud_credit(text, crime_type, answers),
            Say(response="utter_fraud_credit_not_yours"),
        ),
        (
            asks_to_complain_about_the_police(text, crime_type),
            Say(response="utter_police_complaint"),
        ),
        (asks_if_outing_is_a_crime(text), Say(response="utter_outing_crime")),
        (asks_about_a_hacked_account(text, answers), Say(response="utter_hacked_account")),
        # -- round 29, helper I: before the bank, scam, forced-marriage, evidence, secure-home and
        # court answers below, which answered only part of these or the wrong question.
        (
            asks_whether_to_send_a_romance_scammer_money(text, crime_type, answers),
            Say(response="utter_romance_scam_dont_send"),
        ),
        (
            asks_for_passport_back_from_an_employer(text, crime_type, answers),
            Say(response="utter_passport_back_exploitation"),
        ),
        (
            asks_if_control_without_violence_counts(text, crime_type, answers),
            Say(response="utter_controlling_without_violence"),
        ),
        (asks_how_to_reach_999_without_calling(text, answers), Say(response="utter_999_bsl")),
        (
            asks_about_securing_home_without_a_phone(text, crime_type, answers),
            Say(response="utter_secure_home_no_phone"),
        ),
        (
            says_they_will_retaliate(text),
            Say(response=j2_dont_go_round_answer(text, crime_type)),  # -- round 41, J2 --
        ),
        (disputes_a_civil_matter(text, crime_type), Say(response="utter_damage_not_civil")),
        (asks_about_gross_negligence(text, crime_type), Say(response="utter_gross_negligence")),
        (
            asks_about_the_financial_ombudsman(text, crime_type),
            Say(response="utter_financial_ombudsman"),
        ),
        (
            asks_if_forced_labour_is_a_crime(text, crime_type, answers),
            Say(response="utter_forced_labour_crime"),
        ),
        (
            needs_food_or_a_bed_after_exploitation(text, crime_type, answers),
            Say(response="utter_slavery_helpline_safe_place"),
        ),
        (
            asks_whether_to_keep_or_delete_messages(text, crime_type),
            Say(response="utter_save_then_block"),
        ),
        (asks_whether_to_keep_screenshots(text, crime_type), Say(response="utter_keep_evidence")),
        # -- round 29, helper G --: before the privacy, intimate-image, CCTV and strangling
        # answers below, which answered only part of these or the wrong question.
        (asks_if_neck_hold_is_serious(text), Say(response="utter_strangling_is_a_crime")),
        (
            asks_if_the_police_will_protect_them(text, crime_type, answers),
            Say(response="utter_police_protection"),
        ),
        (
            asks_how_to_send_video_evidence(text, crime_type, answers),
            Say(response="utter_send_video_evidence"),
        ),
        (wants_to_move_out(text, crime_type, answers), Say(response="utter_moving_out")),
        (
            asks_if_they_will_know_who_reported(text, answers),
            Say(response="utter_who_reported_it"),
        ),
        (asks_about_suing(text), Say(response="utter_suing")),
        # -- round 33, helper U1 --: after "will they know it was me" (Brenda asked both).
        (asks_if_damage_is_a_crime(text, crime_type), Say(response="utter_damage_is_a_crime")),
        # -- round 31, helper S2 --: before the witness, court, privacy, hate crime, insurance,
        # compensation, interpreter and evidence answers below, which answered only part of
        # these or the wrong question.
        (
            asks_witness_care_unit_or_service(text),
            Say(response="utter_witness_care_unit_or_service"),
        ),
        (
            asks_about_hit_and_run_compensation(text, answers),
            Say(response="utter_hit_and_run_mib"),
        ),
        (asks_about_the_emergency_workers_law(text), Say(response="utter_emergency_workers_law")),
        (asks_if_assaulted_worker_counts(text), Say(response="utter_assaulted_at_work_counts")),
        (
            asks_if_spitting_is_assault(text),
            Say(
                response="utter_spitting_is_assault"
                if race_or_religion_hate(text, answers)
                and (
                    crime_type == "hate_crime"
                    or (answers or {}).get("hate_motivated")
                    or account.read_hate(text)[0]
                )
                else "utter_spitting_is_an_assault"
            ),
        ),
        (
            asks_if_hate_words_matter(text, crime_type, answers),
            Say(response="utter_hate_words_are_a_crime"),
        ),
        (
            asks_if_touching_what_they_wear_is_assault(text),
            Say(response="utter_touching_clothes_is_assault"),
        ),
        (asks_if_incidents_are_connected(text), Say(response="utter_report_and_link")),
        (asks_if_the_council_can_move_them(text), Say(response="utter_council_move")),
        (asks_for_help_with_a_relatives_drugs(text), Say(response="utter_family_drugs_help")),
        (
            asks_whether_to_keep_image_screenshots(text, crime_type, answers),
            Say(response="utter_keep_image_screenshots"),
        ),
        (
            asks_about_a_spiking_test(text, crime_type, answers),
            Say(response="utter_spiking_test"),
        ),
        # -- round 45, helper P2 --: just above the 5-working-days answer, which is wrong for
        # those likely to get the enhanced service (Dion was told 1 day, then 5).
        (
            asks_about_the_investigation(text) and p2_enhanced(answers),
            Say(response="utter_p2_updates_enhanced"),
        ),
        (asks_about_the_investigation(text), Say(response="utter_police_investigation")),
        # -- round 33, helper U3 --: before the witness, court, bereaved-family, report-for-
        # someone and low-mood answers below, which answered the wrong question or none.
        (
            asks_if_statement_can_be_used_against_them(text),
            Say(response="utter_solicitor_before_statement"),
        ),
        (asks_if_a_suspect_is_a_victim_too(text), Say(response="utter_arrested_can_be_victim")),
        (asks_about_giving_a_statement(text), Say(response="utter_statement_your_choice")),
        (asks_about_flashbacks(text), Say(response="utter_flashbacks_ptsd")),
        (
            asks_for_case_updates_as_non_family(text),
            Say(response="utter_case_updates_not_family"),
        ),
        (
            asks_if_a_close_friend_counts(text, {"crime_type": crime_type, **(answers or {})}),
            Say(response="utter_close_friend_support"),
        ),
        (asks_if_they_must_give_evidence(text), Say(response="utter_will_i_give_evidence")),
        (asks_about_support_for_those_who_saw_it(text), Say(response="utter_witness_support")),
        (
            asks_if_an_assault_counts_as_serious(text, crime_type, answers),
            Say(response="utter_wounding_can_be_serious"),
        ),
        # -- round 29, helper J: before "should i tell the police" (utter_report_and_tell_family),
        # the family liaison officer, the parole statement, the men-too answers and utter_court.
        (asks_for_someone_at_court(text), Say(response="utter_someone_at_court")),
        (asks_if_this_is_for_witnesses(text), Say(response="utter_witness_support")),
        (
            witness_asks_whether_to_tell_police(text, answers),
            Say(response="utter_witness_intimidation"),
        ),
        (asks_whether_to_ring_the_officer(text), Say(response="utter_ring_the_officer")),
        (
            witness_asks_for_a_screen(text, answers),
            Say(response="utter_special_measures_intimidated_witness"),
        ),
        (
            asks_if_bereaved_relatives_get_help(text, crime_type, answers),
            Say(response="utter_bereaved_relatives_support"),
        ),
        (
            asks_what_the_victim_contact_scheme_is(text),
            Say(response="utter_victim_contact_scheme"),
        ),
        (
            asks_to_keep_the_offender_away(text, crime_type, answers),
            Say(response="utter_keep_him_away_licence"),
        ),
        (asks_who_pays_for_lost_days(text), Say(response="utter_witness_expenses_and_losses")),
        (asks_if_staff_can_get_help(text), Say(response="utter_staff_own_victim")),
        (asks_if_a_business_counts(text), Say(response="utter_business_victim")),
        (
            asks_if_a_man_can_be_raped(text, crime_type, answers),
            Say(response="utter_man_can_be_raped"),
        ),
        (asks_if_the_havens_still_help(text), Say(response="utter_havens_later_no_police")),
        (
            asks_if_cctv_is_kept_through_tell_mama(text),
            Say(response="utter_cctv_through_a_charity"),
        ),
        (
            asks_to_report_hate_without_police(text, answers),
            Say(response="utter_report_without_police"),
        ),
        (asks_about_being_misgendered(text), Say(response="utter_misgendered_by_police")),
        (asks_about_stitches_days_later(text), Say(response="utter_cut_days_later")),
        # -- round 27, helper A: before "should i call 999?" (Doreen's burglary is over) and the
        # privacy, reporting and organisation answers below, which answered only part of these.
        (
            asks_which_number_after_a_crime(text, crime_type)
            # "do i still ring them. and ... should i tell her": helper B's answer gives both.
            and not asks_whether_to_tell_family(text, crime_type, answers),
            Say(response="utter_report_when_its_over"),
        ),
        (
            asks_if_a_threat_to_kill_is_a_crime(text),
            Say(
                response="utter_threat_to_kill_partner"
                if _close(crime_type, answers or {})
                else "utter_threat_to_kill_crime"
            ),
        ),
        (
            asks_what_police_can_do_about_stalking(text, crime_type, answers),
            Say(response="utter_police_and_stalking"),
        ),
        (asks_to_fetch_tracked_property(text), Say(response="utter_tracked_property")),
        (
            asks_about_cctv(text),
            Say(response="utter_cctv"),
        ),
        (fears_workplace_exposed_online(text), Say(response="utter_workplace_posted_online")),
        (asks_whether_to_tell_work(text, crime_type, answers), Say(response="utter_telling_work")),
        (asks_whether_to_call_999(text), Say(response="utter_call_999_yes")),
        (
            asks_about_a_stalking_protection_order(text),
            Say(response="utter_stalking_protection_order"),
        ),
        (
            asks_for_a_refuge_without_calling(text, answers),
            Say(response="utter_refuge_without_a_call"),
        ),
        (
            asks_where_to_stay(text),
            # Not "stay with family" when family are the ones she is afraid of (round 31,
            # Rukhsana): the refuge line instead.
            Say(
                response="utter_living_with_them"
                if partner_or_family
                else "utter_somewhere_to_stay"
            ),
        ),
        # -- round 43, helper M4 --: "what if i need to leave. where would i even go with no
        # money" (Joanne): after "where can I go", which keeps the refuge line.
        (m4_asks_where_to_go_if_leaving(text, partner_or_family), Say("utter_m4_leaving_no_money")),
        # -- round 24, safety answers (helper D2): before the strangling, injury, sextortion,
        # bank and Havens answers below, which would answer only part of these.
        (says_neck_grab_is_not_a_crime(text), Say(response="utter_strangling_is_a_crime")),
        (mentions_neck_warning_signs(text, crime_type), Say(response="utter_neck_warning_signs")),
        (
            makes_excuses_for_abuse(text, crime_type, answers),
            Say(response="utter_excuses_for_abuse"),
        ),
        (asks_about_cash_back(text, crime_type, answers), Say(response="utter_cash_not_refunded")),
        (
            asks_about_rogue_traders_coming_back(text, crime_type),
            Say(response="utter_rogue_traders_back"),
        ),
        (
            asks_if_believed_after_drinking(text, crime_type, answers),
            Say(
                # Spiking's tests and the Havens only where spiking or a sexual offence may be
                # what happened, or nothing is known yet of what did.
                response="utter_believed_when_drunk"
                if crime_type is None
                or _sexual_or_spiked(text, crime_type, answers or {})
                or bool(_MAYBE_MORE.search(plain(text)))
                or re.search(r"\b(?:spik\w*|drugg\w*|drink was|in my drink)\b", plain(text))
                else "utter_believed_after_drinking"
            ),
        ),
        (
            feels_ill_after_spiking(text, crime_type, answers),
            Say(response="utter_spiked_feeling_unwell"),
        ),
        (
            asks_if_police_can_stop_image_threat(text, crime_type, answers),
            Say(response="utter_sextortion_police"),
        ),
        (
            asks_if_reporting_affects_their_licence(text, answers),
            Say(response="utter_licence_and_record"),
        ),
        # -- round 25, answers (helper F): before the bank, CICA, privacy, organisation and
        # reporting answers below, which would answer only part of these.
        (asks_how_to_complain(text), rights_answer("complaint", answers or {})),
        (asks_why_police_were_slow(text), Say(response="utter_police_slow_to_call")),
        (
            fears_losing_children_if_they_leave(text, crime_type, answers),
            Say(
                response="utter_leaving_with_children_man"
                if (answers or {}).get("gender") == "man"
                else "utter_leaving_with_children"
            ),
        ),
        (asks_if_this_is_for_men(text), Say(response="utter_for_men_too")),
        (
            asks_for_money_back_after_card_taken(text, crime_type, answers)
            and asks_whether_to_tell_family_after_a_scam(text, crime_type, answers),
            Say(response="utter_scam_money_and_family"),
        ),
        (
            asks_for_money_back_after_card_taken(text, crime_type, answers),
            Say(response="utter_card_used"),
        ),
        (
            asks_whether_to_tell_family_after_a_scam(text, crime_type, answers),
            Say(response="utter_telling_family_after_scam"),
        ),
        (asks_if_an_ex_counts_as_domestic_abuse(text), Say(response="utter_ex_is_domestic_abuse")),
        (
            asks_if_overreacting_about_contact(text, crime_type, answers),
            Say(response="utter_not_overreacting"),
        ),
        (asks_what_acas_is(text), Say(response="utter_what_is_acas")),
        (asks_about_ceop(text), Say(response="utter_what_is_ceop")),
        (
            asks_if_police_will_believe_the_other_side(text),
            Say(response="utter_police_weigh_evidence"),
        ),
        (asks_about_a_scar(text), Say(response="utter_scar")),
        # -- round 27, helper B: before the "will the police take him away", immigration,
        # contact, forced marriage, insurance and compensation answers below, which would
        # answer only part of these.
        (
            asks_what_to_do_if_abuse_starts_again(text, crime_type, answers),
            Say(
                response="utter_if_it_starts_again_man"
                if (answers or {}).get("gender") == "man"
                else "utter_if_it_starts_again"
            ),
        ),
        (asks_if_abuse_counts_for_a_man(text), Say(response="utter_for_men_too")),
        (
            asks_about_children_taken_abroad(text, crime_type, answers),
            Say(response="utter_children_taken_abroad"),
        ),
        (
            fears_children_taken(text, answers) and mentions_immigration_status(text),
            Say(response="utter_children_not_taken_status"),
        ),
        (fears_children_taken(text, answers), Say(response="utter_children_not_taken")),
        (
            asks_help_for_bereaved_children(text, answers or {"crime_type": crime_type}),
            Say(response="utter_bereaved_children_support"),
        ),
        (
            asks_whether_to_reply_to_scammer(text, crime_type, answers),
            Say(response="utter_scammer_stop_contact"),
        ),
        (
            asks_about_gift_cards_or_transfers(text, crime_type, answers),
            Say(response="utter_gift_cards_transfers"),
        ),
        (
            asks_if_forced_marriage_is_a_crime(text, answers),
            Say(response="utter_forced_marriage_crime"),
        ),
        (
            asks_for_passport_back_in_secret(text, answers),
            Say(response="utter_forced_marriage_passport"),
        ),
        (
            asks_about_being_taken_abroad(text, answers),
            Say(response="utter_forced_marriage_airport"),
        ),
        (
            asks_compensation_from_offender(text, crime_type, answers),
            Say(response="utter_compensation_order"),
        ),
        (
            asks_whether_to_tell_family(text, crime_type, answers),
            Say(
                response="utter_report_and_tell_family"
                if also_asks_about_the_police(text)
                else "utter_telling_family_your_choice"
            ),
        ),
        # -- round 22, safety (helper A)
        (asks_about_carrying_a_knife(text), Say(response="utter_knife_for_protection")),
        (asks_how_to_call_999_when_deaf(text), Say(response="utter_999_when_deaf")),
        (
            asks_about_a_possible_broken_limb(text, answers),
            Say(response="utter_possible_broken_bone"),
        ),
        (asks_if_they_should_go_to_hospital(text, answers), Say(response="utter_injury")),
        (asks_what_to_do_about_asb_tonight(text), Say(response="utter_asb_tonight")),
        (
            asks_where_to_sleep_tonight(text),
            Say(
                response="utter_safe_tonight_exploitation"
                if crime_type == "human_trafficking"
                else "utter_living_with_them"
                if partner_or_family
                else "utter_somewhere_to_stay"
            ),
        ),
        (
            asks_about_messages_still_coming_to_them(text, answers, crime_type),
            Say(response="utter_messages_still_coming"),
        ),
        # -- round 24, answers (helper D1)
        (asks_what_galop_is_and_about_parents(text), Say(response="utter_galop_and_parents")),
        (asks_about_telling_parents(text), Say(response="utter_telling_parents_your_choice")),
        (asks_if_they_must_tell_a_parent(text), Say(response="utter_telling_a_parent")),
        (fears_images_being_sent(text, answers, crime_type), Say(response="utter_sextortion")),
        # -- round 22, answers (helper B)
        # -- round 23 (helper C)
        (asks_about_an_isva(text), Say(response="utter_isva")),
        (
            asks_about_the_havens_without_police(text, crime_type, answers),
            Say(response="utter_havens_without_police"),
        ),
        (says_exposure_without_touching(text, answers), Say(response="utter_exposure_is_a_crime")),
        (fears_wasting_time(text), Say(response="utter_not_wasting_time")),
        (asks_about_a_knife_threat(text), Say(response="utter_knife_threat")),
        (asks_if_it_is_their_fault(text), Say(response="utter_not_your_fault")),
        (asks_if_men_can_be_victims(text), Say(response="utter_men_can_be_victims")),
        (
            asks_to_challenge_a_police_decision(text),
            Say(response="utter_challenge_police_decision"),
        ),
        (
            asks_if_a_dog_attack_is_a_crime(text, answers),
            Say(response="utter_dog_attack_crime"),
        ),
        # Before the Havens "it's not too late" answer: PEP is only for the first 72 hours.
        (asks_where_to_get_an_hiv_test(text), Say(response="utter_pep_and_hiv_test")),
        (fears_losing_care_if_they_tell(text), Say(response="utter_care_goes_on")),
        (asks_who_to_tell_about_a_care_home(text), Say(response="utter_care_home_who_to_tell")),
        (
            asks_if_an_order_covers_others(text, crime_type, answers),
            Say(response="utter_order_covers_named_person"),
        ),
        (
            asks_to_stop_debt_collectors(text, crime_type, answers),
            Say(response="utter_identity_fraud_debt_collectors"),
        ),
        (
            asks_if_controlling_is_normal(text, crime_type, answers),
            Say(response="utter_controlling_not_normal"),
        ),
        (asks_what_da_means(text), Say(response="utter_what_da_means")),
        (
            fears_arrest_after_exploitation(text, answers),
            Say(response="utter_exploited_not_blamed"),
        ),
        (threatened_by_exploiters(text, answers), Say(response="utter_exploited_threatened")),
        (
            asks_about_a_doorstep_trader_coming_back(text, crime_type),
            Say(response="utter_doorstep_trader_back"),
        ),
        (asks_about_a_recovery_fee(text, crime_type), Say(response="utter_recovery_fee")),
        (asks_if_rape_in_marriage_counts(text), Say(response="utter_rape_in_marriage")),
        (asks_what_if_someone_else_answers(text), Say(response="utter_if_someone_answers")),
        (asks_if_going_back_was_consent(text), Say(response="utter_going_back_not_consent")),
        # -- round 39, helper F5 --: what was noted, in more words ("what u told them about me
        # tho"); said here, where the one phrasing that worked was answered.
        (
            answers is not None and f5_asks_what_was_noted(text),
            Say(text=_summary(answers or {}), args={"utter_action": "utter_summary"}),
        ),
        # A deadline to pay first: "will they tell my parents? and should i pay him or not".
        (asks_about_sextortion(text, answers, crime_type), Say(response="utter_sextortion")),
        (asks_if_the_worker_will_know(text), Say(response="utter_worker_reads_chat")),
        (asks_about_consent_when_drunk(text), Say(response="utter_consent_drunk")),
        (asks_whether_to_meet_them(text, answers), Say(response="utter_dont_meet")),
        (asks_if_a_scam(text, crime_type), Say(response="utter_not_a_scam")),
        # Before "should i go hospital?": pregnant, it is the midwife or maternity unit.
        (
            asks_about_pregnancy_after_harm(text, answers),
            Say(response="utter_pregnant_after_harm"),
        ),
        (puts_off_care_after_a_blow(text, answers), Say(response="utter_injury")),
        (asks_if_they_need_hospital(text), Say(response="utter_injury")),
        (wants_to_complain_about_a_venue(text), Say(response="utter_complain_venue")),
        (asks_if_deleting_cancels_help(text), Say(response="utter_delete_cancels_referral")),
        (asks_what_counts_as_disability(text), Say(response="utter_what_counts_disability")),
        (
            (
                mentions_strangling(text)
                # -- round 40, helper G2 --: not "a man coughed at me", "he did not touch my neck"
                or (asked_or_now and bool(_NECK.search(plain(text))) and not g2_neck_not_hurt(text))
            )
            and not asks_if_serious_without_marks(text),
            Say(response="utter_strangled"),
        ),
        # -- safeguarding questions (round 19): before the reporting, immigration, injury and
        # council answers below, which would answer only part of these.
        (
            asks_if_serious_without_marks(text) and asks_to_report_for_someone(text, answers),
            Say(response="utter_no_marks_and_reporting"),
        ),
        (asks_if_serious_without_marks(text), Say(response="utter_strangled_no_marks")),
        (asks_to_report_for_someone(text, answers), Say(response="utter_report_for_someone")),
        (
            asks_what_to_do_while_with_abuser(text, answers),
            Say(response="utter_with_the_abuser_now"),
        ),
        (fears_social_services(text), Say(response="utter_social_services_baby")),
        (asks_if_partner_violence_is_abuse(text), Say(response="utter_is_domestic_abuse")),
        (asks_about_a_partner_visa(text), Say(response="utter_partner_visa")),
        (
            asks_who_to_tell_about_a_carer(text, answers),
            Say(
                response="utter_carer_police_tonight"
                if asks_about_police_tonight(text)
                else "utter_carer_who_to_tell"
            ),
        ),
        (asks_if_police_will_take_them(text), Say(response="utter_police_take_him_away")),
        (asks_what_to_do_for_a_child(text, answers), Say(response="utter_child_disclosed")),
        (
            asks_about_family_liaison(text, answers or {"crime_type": crime_type}),
            Say(response="utter_family_liaison"),
        ),
        (
            fears_trouble_over_a_fake_image(text, answers),
            Say(response="utter_fake_image_not_in_trouble"),
        ),
        (asks_to_delete_copies_on_phones(text, answers), Say(response="utter_copies_on_phones")),
        (worried_about_school(text, answers), Say(response="utter_school_worry")),
        (lives_with_them(text, crime_type), Say(response="utter_living_with_them")),
        # "we know where you live, dont go court. do i still have to go?" before fear of them
        # coming and before the court answer.
        (
            asks_about_witness_intimidation(text)
            or (
                "witness" in ((answers or {}).get("account_details") or ())
                and (asks_whether_to_tell_police(text) or bool(_THREAT.search(plain(text))))
                and is_question(text)
            ),
            Say(response="utter_witness_intimidation"),
        ),
        (afraid_of_what_comes_next(text), Say(response="utter_if_he_comes")),
        (
            asks_about_keeping_evidence(text) or asks_about_keeping_their_messages(text),
            Say(response="utter_keep_evidence"),
        ),
        # -- round 34, helper V2 --: after the exploitation, threat and who-reported-it answers.
        (asks_if_childline_tells_parents(text), Say(response="utter_childline_confidential")),
        # -- round 45, helper P1 --: after Childline's confidentiality, answered first when both
        # are asked ("if i use report remove does my mum find out?? n will he get in trouble").
        (
            p1_asks_about_a_childs_fake_image(text, crime_type, answers),
            Say(response="utter_p1_child_image_is_a_crime"),
        ),
        (asks_if_school_or_family_see(text), Say(response="utter_who_we_tell")),
        (asks_who_we_tell(text), Say(response="utter_who_we_tell")),
        (asks_if_they_will_know(text), Say(response="utter_will_they_know")),
        (asks_if_support_tells_the_police(text), Say(response="utter_support_not_police")),
        (
            bool(_HUMAN_MEANS_KEEPING.search(plain(text))),
            Say(response="utter_handoff_needs_consent"),
        ),
        (asks_what_is_kept(text), Say(response="utter_what_we_keep")),
        (asks_for_things_read_aloud(text), Say(response="utter_read_to_them")),
        (
            # "what is Tell MAMA, is it police? can I tell them instead of police": whether the
            # organisation named is the police, not who will contact them.
            named is not None and asks_if_it_is_the_police(text),
            Say(
                text=organisation_is_police_line(named) if named else None,
                args={"utter_action": "utter_about_organisation"},
            ),
        ),
        (asks_who_will_contact(text), Say(response="utter_who_contacts")),
        (
            # Not for "it was 10 years ago": that is the reporting answer (no time limit).
            asks_if_too_late_for_the_havens(text, crime_type)
            and (answers or {}).get("within_12_months") is not False
            and not re.search(
                r"\b(?:\d+|two|three|four|five|ten|many|a few|several) (?:years?|yrs) "
                r"ago\b",
                plain(text),
            ),
            Say(response="utter_havens_not_too_late"),
        ),
        # -- round 24, answers (helper D1)
        (
            asks_if_police_take_lgbt_hate_seriously(text, answers),
            Say(response="utter_lgbt_hate_taken_seriously"),
        ),
        (asks_who_takes_the_parole_statement(text), Say(response="utter_parole_statement_to_vlo")),
        (asks_who_takes_a_statement(text), Say(response="utter_who_takes_a_statement")),
        (asks_about_parole(text), Say(response="utter_parole_statement")),
        # "my locks changed ... I have contacted my insurer already": not the insurance answer.
        (tells_of_a_threat_to_return(text, answers), Say(response="utter_threat_to_return")),
        (
            asks_how_to_help_someone_abused(text, answers),
            Say(response="utter_helping_someone_abused"),
        ),
        (
            asks_about_changing_locks(text, crime_type),
            Say(
                response="utter_locks_changed"
                if key_may_be_held(text) and not j4_no_one_known_has_a_key(text, answers)
                else "utter_locks_fitted"
            ),
        ),
        (
            asks_for_help_when_told_to_leave(text, answers),
            Say(response="utter_told_to_leave_home"),
        ),
        (
            asks_about_evidence(text, crime_type) or fears_more_after_spiking(text, crime_type),
            Say(response="utter_evidence_advice"),
        ),
        (asks_about_reporting_anonymously(text), Say(response="utter_anonymous_reporting")),
        # -- round 40, helper G4 --: not for someone else's visa or "I was born in Hanwell".
        (
            asks_about_immigration(text) and not g4_immigration_not_about_them(text),
            Say(response="utter_immigration"),
        ),
        (
            asks_about_passport_at_work(text)
            or (
                crime_type == "human_trafficking"
                and is_question(text)
                and bool(re.search(r"\bpassports?\b", plain(text)))
            ),
            Say(response="utter_passport_at_work"),
        ),
        (asks_about_funeral_costs(text), Say(response="utter_funeral_costs")),
        (
            asks_to_stop_a_forced_marriage(text, crime_type, answers),
            Say(response="utter_forced_marriage_order"),
        ),
        (mentions_forced_marriage(text), Say(response="utter_forced_marriage")),
        (
            asks_about_a_protection_order(text),
            Say(response=protection_order_answer(text, crime_type, answers)),
        ),
        (
            # -- round 34, helper V2 --: not for someone filmed secretly (Chloe).
            fears_own_trouble_for_images(text, crime_type),
            Say(response="utter_images_not_in_trouble"),
        ),
        (asks_if_images_are_a_crime(text, answers), Say(response="utter_images_are_a_crime")),
        (
            asks_to_remove_shared_images(text, answers),
            Say(response="utter_images_off_phones"),
        ),
        (asks_to_get_mocking_videos_down(text), Say(response="utter_posts_removed")),
        (asks_about_images_online(text), Say(response="utter_images_online")),
        (asks_if_stalking(text), Say(response="utter_is_it_stalking")),
        (asks_if_harassment_is_a_crime(text, crime_type), Say(response="utter_harassment_crime")),
        (mentions_inquest(text), Say(response="utter_inquest")),
        # Before the reporting and compensation answers: "do i have to report it for my
        # insurance?" is answered with where the crime number comes from.
        # ("who pay for my tools? insurance? police pay?" is told the compensation scheme does
        # not cover property, below.)
        (
            asks_about_insurance(text) and not asks_compensation_for_property(text, crime_type),
            Say(response="utter_insurance_crime_number"),
        ),
        # "Door broken. Can police come visit me? I need BSL interpreter": the interpreter first.
        (
            asks_for_an_interpreter(text),
            Say(
                response="utter_interpreter_passed_on"
                if (answers or {}).get("referral_consent") is True
                and str((answers or {}).get("language") or "english") not in ("english", "other")
                else "utter_interpreter"
            ),
        ),
        (asks_about_securing_home(text, crime_type), Say(response="utter_secure_home")),
        (
            asks_if_social_care_can_help_an_adult(text, answers),
            Say(response="utter_adult_social_care"),
        ),
        (asks_about_the_council_asb_team(text), Say(response="utter_council_asb")),
        # ("does victim support do counselling?" is answered about the organisation, below.)
        # -- round 24, answers (helper D1): a relative of the victim is not sent to children's help.
        (asks_about_support_for_family(text), Say(response="utter_support_for_family")),
        (named is None and asks_about_low_mood(text), Say(response="utter_low_mood")),
        (asks_how_to_report_fraud(text, crime_type), Say(response="utter_how_to_report")),
        (
            partner_or_family and asks_if_economic_abuse_is_a_crime(text),
            Say(response="utter_economic_abuse"),
        ),
        (
            asks_if_compensation_needs_police(text, answers),
            Say(response="utter_cica_needs_report"),
        ),
        (asks_where_to_claim_compensation(text), Say(response="utter_cica_apply")),
        # "38. it was bank transfers mostly. is it my fault?": the fault, not the bank.
        (asks_if_their_fault(text), Say(response="utter_not_your_fault")),
        # -- round 29, main --: "will they take me tonite with the baby? what do i bring i got
        # no money hes got my bank card": the refuge, not the card (Chantelle).
        (asks_about_going_to_a_refuge(text, crime_type), Say(response="utter_living_with_them")),
        (
            asks_about_the_bank(text, crime_type) or asks_about_credit_in_their_name(text, answers),
            Say(response=_bank_answer(text, crime_type, answers)),
        ),
        # -- more answers (round 19)
        (asks_about_a_breach(text), Say(response="utter_order_breach")),
        (
            asks_about_washing_before_the_havens(text, crime_type, answers),
            Say(response="utter_havens_before_washing"),
        ),
        (
            asks_if_still_time_for_tests(text, crime_type),
            Say(response="utter_havens_today"),
        ),
        (asks_if_rape_crisis_is_for_them(text), Say(response="utter_rape_crisis_for_you")),
        (asks_if_sexual_touching_counts(text), Say(response="utter_sexual_assault_counts")),
        (says_the_flo_does_not_call(text), Say(response="utter_flo_not_calling")),
        (asks_about_transport_police(text), Say(response="utter_transport_police")),
        (asks_to_get_posts_removed(text), Say(response="utter_posts_removed")),
        (asks_who_pays_for_damage(text, crime_type), Say(response="utter_damage_who_pays")),
        (
            asks_if_police_take_hate_seriously(text, answers),
            Say(
                response="utter_hate_taken_seriously"
                if race_or_religion_hate(text, answers)
                else "utter_hate_taken_seriously_any"
            ),
        ),
        (
            asks_what_police_do_after_a_while(text, crime_type),
            Say(response="utter_police_after_weeks"),
        ),
        (asks_how_to_report(text), Say(response="utter_how_to_report")),
        (asks_for_a_way_without_calling(text), Say(response="utter_text_routes")),
        (asks_if_worth_reporting(text), Say(response="utter_worth_reporting")),
        (asks_if_support_needs_a_report(text), Say(response="utter_support_without_report")),
        (asks_whether_to_tell_police(text), Say(response="utter_telling_the_police")),
        (asks_how_long_it_takes(text), Say(response="utter_how_long")),
        (
            # -- round 29, helper I: "itll never get to court anyway" is not a question about it.
            asks_about_court(text) and not doubts_it_will_reach_court(text),
            Say(response="utter_court"),
        ),
        # -- round 31, main --: "and I'm they/them btw, in case they write anything", then
        # "did you get the pronouns bit?" (Sam), which got "I can't answer that one here".
        (gives_pronouns(text), Say(response="utter_pronouns_noted")),
        (asks_about_privacy(text), Say(response="utter_privacy_answer")),
        (
            (mentions_injury(text) and asked_or_now)
            or (after_a_blow and mentions_urgent_symptom(text)),
            Say(response="utter_injury"),
        ),
        (asks_what_the_code_is(text), Say(response="utter_what_is_the_code")),
        (asks_if_hate_crime(text), Say(response="utter_is_it_hate_crime")),
        (asks_if_we_are_police(text), Say(response="utter_not_the_police")),
        (asks_if_families_count(text), Say(response="utter_for_families")),
        (asks_if_too_young(text), Say(response="utter_not_too_young")),
        (asks_if_too_late(text), Say(response="utter_not_too_late")),
        (asks_for_worker_gender(text), Say(response="utter_worker_gender")),
        (asks_about_action_fraud(text), Say(response="utter_action_fraud")),
        (
            asks_compensation_for_property(text, crime_type),
            Say(response="utter_compensation_not_violent"),
        ),
        (
            crime_type in VIOLENT
            and is_question(text)
            and bool(_ASKS_COMPENSATION.search(plain(text)))
            and not asks_about_compensation_rules(text),
            rights_answer("compensation", answers or {"crime_type": crime_type}),
        ),
        (asks_about_compensation_rules(text), Say(response="utter_cica_rules")),
        (asks_what_text_relay_is(text), Say(response="utter_text_relay")),
        (
            named is not None,
            Say(
                text=describe(named) if named else None,
                args={"utter_action": "utter_about_organisation"},
            ),
        ),
        (
            asks_about_property(text),
            Say(text=property_answer(), args={"utter_action": "utter_property"}),
        ),
        (
            # -- round 31, main --: "Is this actually a crime?" about a paid carer using her
            # daughter's bank card (Irena), which got "I can't answer".
            asks_if_carer_theft_is_a_crime(text, answers),
            Say(response="utter_carer_theft_is_a_crime"),
        ),
        (
            # -- round 31, helper R --: not for money taken by a paid carer, who is not
            # "personally connected" (Domestic Abuse Act 2021, s.2).
            asks_if_economic_abuse_is_a_crime(text)
            and "paid_carer" not in ((answers or {}).get("account_details") or ())
            and not account.paid_carer(text),
            Say(response="utter_economic_abuse"),
        ),
        # -- round 39, main --: after every answer about a crime by name, before the comfort
        # the same message may also need ("I feel such a fool").
        (asks_if_age_counts_as_hate(text), Say(response="utter_age_is_not_a_hate_crime")),
        (asks_if_what_happened_is_a_crime(text), is_it_a_crime_answer(crime_type)),
        # -- round 41, helper J2 --: "101 or 999?? simple question mate" (Rob), after every
        # answer that says which number for a burglary, a stalker or how to report.
        (j2_asks_101_or_999(text), Say(response=j2_101_or_999_answer(text, answers))),
        (blames_self(text), Say(response="utter_not_your_fault")),
        (
            referred and asks_when_they_will_be_contacted(text),
            Say(response="utter_when_contacted"),
        ),
        # -- round 41, main (M) --: late, so the stalking and threat answers above, which say the
        # same for their case, come first.
        (
            m_asks_if_partner_owns_the_money(text, crime_type, answers),
            Say(response="utter_economic_abuse"),
        ),
        (m_asks_if_a_threat_to_kill_is_a_crime(text), Say(response="utter_threat_to_kill_crime")),
        # -- round 41, main (K) --: last, so the answers for hate crime, a carer or a relative
        # taking money, which say the same for their case, come first.
        (k_asks_if_police_take_it_seriously(text), Say(response="utter_k_taken_seriously")),
        # -- round 43, helper M2 --: last (the one M2 row not in M2's place above), so any other
        # question in the message ("stop a firework coming through the letter box? And would
        # someone come to see me") is answered first; it got "I can't answer" (Doreen).
        (m2_asks_for_a_home_visit(text), Say(response="utter_m2_home_visit")),
    )
    # -- round 41, helper J2 --: not a child's picture
    found = [j2_child_safe(say, text, answers) or say for matched, say in checks if matched]
    meaning = glossary_answer(text)
    if not found and meaning:
        return [Say(text=meaning, args={"utter_action": "utter_glossary"})]
    return found
