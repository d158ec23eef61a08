"""Questions about what follows a crime: an inquest and funeral costs, a killed person's
children, pictures taken under 18, free NHS care, a child's compensation, money sent by a
transfer service, a stolen phone's banking. Each got no answer or another one in round 81
(helper p81g: Olu, Shanice, Ahmed, Paul, Kev, Sam). Their texts and sources:
bot/domain/responses_topics.yml (p81g block).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from actions import answer_facts
from actions.questions import Say, asks_to_keep_the_offender_away, is_question, plain, said_with


def _bereaved(answers: Mapping[str, Any]) -> bool:
    return answers.get("crime_type") == "homicide" or bool(answers.get("bereaved"))


def _asks(text: str) -> bool:
    words = plain(text)
    return is_question(text) or bool(re.search(r"\b(?:does (?:that|it) count|or not)\b", words))


# -- Olu (r81e): whether the family has to go to the inquest ----------------------------------

_INQUEST = re.compile(r"\binquests?\b")
_HAVE_TO_GO = re.compile(
    r"\b(?:do|will|would|must) (?:we|i|my \w+|the family) (?:have|need|got) to (?:go|attend|be "
    r"there|come)\b|\bhave to (?:go|attend)\b|\b(?:can|should) (?:we|i) (?:go|attend)\b"
)


def asks_whether_to_attend_inquest(text: str) -> bool:
    """ "the FLO said something about an inquest, what even is that? do we have to go" """
    words = plain(text)
    return bool(_INQUEST.search(words) and _HAVE_TO_GO.search(words))


# -- Olu: paying for the funeral --------------------------------------------------------------

_FUNERAL_MONEY = re.compile(
    r"\bfuneral (?:money|costs?|bill|expenses)\b|\bpay(?:ing)? for (?:it|the funeral)\b|"
    r"\bhelp with (?:the )?funeral\b"
)
_FUNERAL_PAYMENT_HOW = re.compile(
    r"\bfuneral payments?\b.{0,60}\b(?:how|where|who)\b|\bhow (?:do|can|would) (?:we|i|she|"
    r"my \w+) (?:get|claim|apply)\b.{0,40}\bfuneral\b"
)


def asks_how_to_claim_funeral_payment(text: str) -> bool:
    """ "it says funeral payments. how do we get that, my mum needs to know" """
    return bool(_FUNERAL_PAYMENT_HOW.search(plain(text)))


def asks_about_funeral_money(text: str, answers: Mapping[str, Any]) -> bool:
    """ "can someone help with the funeral money??", "my mum keeps asking how we will pay for it"
    (of the funeral): a family bereaved by the crime, so not savings for one's own funeral."""
    words = plain(text)
    return (
        _bereaved(answers)
        and "funeral" in words
        # "criminal injuries compensation. Does that apply to us? ... the funeral cost a great
        # deal" (round 46): the compensation answers, which say what applies to them.
        and not re.search(r"\b(?:compensation|criminal injuries|cica)\b", words)
        and bool(_FUNERAL_MONEY.search(words))
        and not re.search(r"\bmy (?:own )?funeral\b", words)
    )


# -- Olu: his brother's children --------------------------------------------------------------

_FOR_THE_CHILDREN = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|anything|help|support)\b (?:\w+ ){0,2}(?:for|with) "
    r"(?:the|his|her|their|my) (?:children|kids|nephews?|nieces?|grandchildren|grandkids)\b"
)


def asks_for_help_for_bereaved_children(text: str, answers: Mapping[str, Any]) -> bool:
    """ "is there anyone for the children" (a brother's children, 9 and 6)."""
    return _bereaved(answers) and bool(_FOR_THE_CHILDREN.search(plain(text)))


# -- Shanice (r81b): pictures taken when she was under 18 -------------------------------------

_UNDER_18_THEN = re.compile(
    r"\b(?:i was|im|i m|where im|when i was|of me at|me at) (?:1[0-7]|under 18|underage)\b|"
    r"\bthe 1[0-7] ones\b|\bones where im 1[0-7]\b"
)
_COPY = re.compile(r"\b(?:screenshot\w*|screen shot\w*|save|saving|copy|copies|keep|forward)\b")
_OTHER_CRIME = re.compile(
    r"\b(?:different|another|worse|bigger|more serious) (?:crime|offence)\b|\bdoes it matter\b|"
    r"\bmake (?:it|that) worse\b"
)


# Only where pictures were told, now or earlier: "does it matter that im 15" is round 38's
# question about help for someone under 18.
_IMAGES = re.compile(
    r"\b(?:pics?|pictures?|photos?|images?|nudes?|videos?|vids?|screenshots?|selfies?)\b"
)


def _images_told(text: str, answers: Mapping[str, Any]) -> bool:
    return bool(_IMAGES.search(said_with(text, answers)))


def asks_to_copy_under_18_images(text: str) -> bool:
    """ "do i screenshot the ones where im 17 too?? is that even allowed" """
    words = plain(text)
    return _asks(text) and bool(_UNDER_18_THEN.search(words) and _COPY.search(words))


def asks_if_under_18_images_are_another_crime(text: str) -> bool:
    """ "does it matter that i was 17 in some of them? like is that a different crime" """
    words = plain(text)
    return _asks(text) and bool(_UNDER_18_THEN.search(words) and _OTHER_CRIME.search(words))


# -- Ahmed (r81c): hospital without paying ----------------------------------------------------

_PAY_FOR_HOSPITAL = re.compile(
    r"\b(?:hospital|a ?& ?e|a and e|doctor|gp|nhs)\b.{0,40}\b(?:pay|paying|free|cost|money|"
    r"charge)\b|\b(?:pay|paying|free|cost|charge)\b.{0,30}\b(?:hospital|a ?& ?e|a and e)\b|"
    r"\bwithout pay\w*\b.{0,20}\bhospital\b"
)
_ASYLUM_OR_EYE = re.compile(
    r"\basylum\b|\brefugee\b|\bmy eye\b|\bcant see\b|\bcan t see\b|\bdont have (?:a )?gp\b"
)


def asks_if_hospital_is_free(text: str, answers: Mapping[str, Any]) -> bool:
    """ "i dont have gp. i can go hospital without pay?", "A&E i must pay? i am asylum seeker" """
    words = plain(text.replace("&", " & "))
    said = said_with("", answers)
    return (
        _asks(text)
        and bool(_PAY_FOR_HOSPITAL.search(words))
        and bool(_ASYLUM_OR_EYE.search(f"{said} {words}"))
    )


# -- Paul (r81c): his stabbed son's compensation ----------------------------------------------

_COMPENSATION = re.compile(r"\b(?:compensation|compo|cica|claim)\b")
_STABBED = re.compile(r"\b(?:stabbed|stab wound|stabbing|knifed|scar)\b")


def asks_child_stabbing_compensation(text: str, answers: Mapping[str, Any]) -> bool:
    """ "can he get compensation for this? hes got a scar on his side for life" (a father)."""
    words = plain(text)
    said = said_with("", answers)
    return (
        answers.get("for_child") is True
        and _asks(text)
        and bool(_COMPENSATION.search(words))
        and bool(re.search(r"\b(?:he|she|my son|my daughter|my boy|my girl)\b", words))
        and (
            answers.get("crime_type") == "serious_violence"
            or bool(_STABBED.search(f"{said} {words}"))
        )
    )


# -- Kev (r81e): money sent by Western Union --------------------------------------------------

_TRANSFER_SERVICE = re.compile(
    r"\b(?:western union|moneygram|money ?gram|ria|worldremit|world remit|remitly|money transfer)\b"
)


def asks_if_transfer_service_is_refunded(text: str) -> bool:
    """ "some of it i sent through western union to ghana not the bank, does that count" """
    words = plain(text)
    # "the gift cards and western union" keeps the answer about both (round 27, Gerald).
    return (
        _asks(text)
        and bool(_TRANSFER_SERVICE.search(words))
        and not re.search(r"\bgift ?cards?\b", words)
        # About getting it back: not Ingrid's "am I in trouble if I help Daniel with the money
        # transfer" (round 50), asked to move money for a scammer.
        and bool(re.search(r"\b(?:count|counts|refund\w*|back|covered|cover|reimburs\w*)\b", words))
    )


# -- Sam (r81d): the stolen phone and the banking app -----------------------------------------

_INTO_BANKING = re.compile(
    r"\b(?:in|into|get into|access|use|using|on)\b (?:my )?(?:banking|bank) (?:app|account)\b|"
    r"\b(?:banking|bank) app\b"
)


_PHONE_TAKEN = re.compile(
    r"\b(?:nicked|stole|stolen|took|taken|robbed|snatched)\b.{0,30}\bphone\b|"
    r"\bphone\b.{0,20}\b(?:nicked|stolen|taken|snatched)\b"
)


def asks_about_banking_on_stolen_phone(text: str, answers: Mapping[str, Any]) -> bool:
    """ "and the phone?? he could be in my banking app right now" (his phone stolen)."""
    words = plain(text)
    said = said_with("", answers)
    # The phone taken, told now or before: not a partner who "uses my phone to get into my bank
    # app" (round 53).
    stolen = answers.get("crime_type") in ("theft", "robbery")
    phone = bool(_PHONE_TAKEN.search(words) or _PHONE_TAKEN.search(said)) or (
        stolen and "phone" in words
    )
    return _asks(text) and phone and bool(_INTO_BANKING.search(words))


def answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """The p81g answer to ``text``, if it is one of these questions."""
    facts = answers or {}
    if v86a2_asks_about_reliving_it(text):
        return Say(response="utter_flashbacks_ptsd")  # v86a2 (round 86): Tom, the van
    scheme = t84f_scheme_answer(text, facts)  # t84f (round 84): Kerry
    if scheme is not None:
        return scheme
    # g96a (round 96): Donna, her stepfather in prison: "can they actually ban him from
    # Barking?" got the police's updates on a suspect (answered further down the tables).
    if not _bereaved(facts) and asks_to_keep_the_offender_away(
        text, facts.get("crime_type"), facts
    ):
        return Say(response="utter_keep_him_away_licence")
    pictures = _images_told(text, facts)
    if pictures and asks_to_copy_under_18_images(text):
        return Say(response="utter_p81g_under18_images_no_copies")
    if pictures and asks_if_under_18_images_are_another_crime(text):
        return Say(response="utter_p81g_under18_images_crime")
    if asks_if_hospital_is_free(text, facts):
        return Say(response="utter_p81g_asylum_nhs_free")
    if asks_whether_to_attend_inquest(text):
        return Say(response="utter_p81g_inquest_attend")
    if asks_how_to_claim_funeral_payment(text):
        return Say(response="utter_p81g_funeral_payment_apply")
    if asks_about_funeral_money(text, facts):
        return Say(response="utter_funeral_costs")
    if asks_for_help_for_bereaved_children(text, facts):
        return Say(response="utter_n80e_bereaved_children_support")
    if asks_child_stabbing_compensation(text, facts) and answer_facts.fits(
        "utter_p81g_child_stabbing_cica", text, facts
    ):
        return Say(response="utter_p81g_child_stabbing_cica")
    if asks_if_transfer_service_is_refunded(text):
        return Say(response="utter_p81g_money_transfer_not_bank_refund")
    if asks_about_banking_on_stolen_phone(text, facts):
        return Say(response="utter_p81g_stolen_phone_banking")
    if g89i_bank_already_told(text, facts):
        return Say(response="utter_g89i_bank_follow_up")  # g89i (round 89): Derek
    if g89i_asks_about_grief(text, facts):
        return Say(response="utter_g89i_bereavement_support")  # g89i (round 89): Derek
    return None


# g89i (round 89) -- Derek, 68, tricked into moving £12,000 to a "safe account": "But can they
# help me get the money back from Nationwide? The lady at the bank said they would 'look into
# it' and that was all." got "Call your bank now: dial 159" (then "I have already rung the
# bank, I told you."). The bank told and looking into it: how long it has to decide, and where
# to go next. Not "I told my bank already, will they refund me?" (utter_q2_scam_refund) nor a
# bank that has said no (utter_financial_ombudsman).
_G89I_SCAM = re.compile(r"\b(?:scam\w*|fraud\w*|safe acc?oun?t|transferr?ed|moved (?:my|the|\w+) )")
_G89I_BANK = (
    r"(?:the |my )?(?:bank|building society|nationwide|barclays|lloyds|natwest|hsbc|santander|"
    r"halifax|monzo|starling|tsb|metro bank|co op bank)"
)
_G89I_BANK_LOOKING = re.compile(
    rf"\b(?:(?:lady|woman|man|person|someone|guy|staff|they) (?:at|from) {_G89I_BANK}|"
    rf"{_G89I_BANK}) (?:\w+ ){{0,2}}(?:said|says|told me|promised) (?:that )?(?:they|it|she|he)"
    r"(?: will| ll| would| d| are going to| were going to)? (?:look into|looking into|"
    r"investigat\w*|get back to me|come back to me|be in touch|let me know)\b|"
    rf"\b{_G89I_BANK} (?:is|are) (?:looking into|investigating)\b"
)
_G89I_ALREADY_RUNG = re.compile(
    rf"\b(?:i|we|ive|weve|i ve|we ve) (?:have |had |did )?already (?:rung|rang|called|phoned|"
    rf"told|contacted|spoken to|spoke to|been to|reported it to) {_G89I_BANK}\b|"
    rf"\b(?:i|we|ive|weve|i ve|we ve) (?:have )?(?:rung|rang|called|phoned|told|contacted) "
    rf"{_G89I_BANK} already\b"
)
_G89I_MONEY_BACK = re.compile(
    r"\b(?:money back|get (?:it|my money|the money|my savings) back|refund\w*|reimburs\w*|"
    r"what (?:happens|now|next)|how long)\b"
)
_G89I_BANK_SAID_NO = re.compile(
    r"\b(?:wont|will not|refus\w*|said no|says no|turned (?:me|it) down|rejected|ombudsman|"
    r"negligen\w*)\b"
)


def g89i_bank_already_told(text: str, answers: Mapping[str, Any]) -> bool:
    words = plain(text)
    fraud = answers.get("crime_type") == "fraud" or bool(
        _G89I_SCAM.search(said_with(text, answers))
    )
    if not fraud or _G89I_BANK_SAID_NO.search(words):
        return False
    if _G89I_BANK_LOOKING.search(words):
        return bool(_G89I_MONEY_BACK.search(words)) or is_question(text)
    # "I have already rung the bank, I told you." (not "i told my bank already, will they
    # refund me?", a question the refund rules answer)
    return bool(_G89I_ALREADY_RUNG.search(words)) and not is_question(text)


# g89i (round 89) -- Derek, widowed in March: "is there anyone I can talk to about losing
# Margaret? It's all come at once." got "I can't answer ... Victim Support". A death not caused
# by the crime (a killing has its own answers): a bereavement service.
_G89I_RELATIVE = (
    r"(?:wife|husband|partner|mum|mom|mother|dad|father|son|daughter|child|baby|brother|sister|"
    r"nan|nana|gran|granny|grandma|grandad|grandfather|grandmother|friend)"
)
_G89I_LOSS = re.compile(
    rf"\b(?:losing|lost|loss of|death of|grieving (?:for )?|grief (?:for|over|about)|passing of) "
    rf"(?:my |our )?(?P<who>{_G89I_RELATIVE}|[a-z]+)\b|\b(?:grieving|bereave\w*|widowed)\b|"
    r"(?<!getting )(?<!get )(?<!giving )(?<!give )(?<!gave )(?<!me )\bgrief\b"
)
_G89I_TALK = re.compile(
    r"\b(?:talk|speak|someone|anyone|somebody|anybody|support|help|counsell?\w*|cope|coping)\b"
)


def g89i_asks_about_grief(text: str, answers: Mapping[str, Any]) -> bool:
    if _bereaved(answers):
        return False  # a death caused by the crime: the homicide services' answers
    words = plain(text)
    if not (is_question(text) or re.search(r"\bi (?:need|want) (?:someone|somebody)\b", words)):
        return False
    if not _G89I_TALK.search(words):
        return False
    if re.search(r"\b(?:suicide|killed|murder\w*|manslaughter|stabb\w*|shot|inquest)\b", words):
        return False  # bereaved by suicide or a killing: their own answers (w1, round 51)
    for found in _G89I_LOSS.finditer(words):
        who = found.group("who")
        if who is None or re.fullmatch(_G89I_RELATIVE, who):
            return True
        # "losing Margaret", told earlier "My wife Margaret died in March"
        earlier = said_with("", answers)
        died = r"(?:died|passed|passed away|was killed)"
        if re.search(rf"\b{who}\b (?:\w+ ){{0,2}}{died}\b", earlier):
            return True
    return False


# t84f (round 84) -- Kerry (29; her ex, jailed for abusing her, is out in about 5 weeks): "but
# how do i find out if im on the scheme" got the bereaved families' FLO answer, "what?? nobody
# died" no apology, and "will anyone tell me the date hes getting out??", "how i find out his
# release date, i moved so probation prob dont have my address", "but HOW do i ask to join. who
# do i ring" the Victim Contact Scheme's description three times. Asking how to join it, or
# how to hear of a release, gets who to contact (the victim-contact-scheme entry).
_T84F_SCHEME = re.compile(
    r"\b(?:victim contact scheme|contact scheme|the scheme|that scheme|this scheme|vcs|"
    r"probation|victim liaison|vlo)\b"
)
_T84F_RELEASE = re.compile(
    r"\b(?:release date|date (?:hes|shes|he s|she s|he is|she is|they re|theyre) (?:getting|"
    r"coming|let) out|(?:getting|gets|get|coming|comes|let) out|released?|out of (?:prison|jail)|"
    r"(?:hes|shes|he s|she s|he is|she is) out in)\b"
)
_T84F_HOW = re.compile(
    r"\bhow (?:do|can|would|will) i (?:\w+ )?(?:find out|know|join|get on|get put on|sign up|"
    r"ask to join|ask|apply|tell them|update|give them)\b|"
    r"\bhow i (?:find out|join|ask|know)\b|"
    r"\bwho do i (?:ring|call|phone|contact|email|ask|tell)\b|"
    r"\b(?:will|would|does|do) (?:anyone|anybody|someone|they|probation|the police) (?:tell|let) me"
    r"(?: know)?\b|"
    r"\bif i ?m on (?:the|that|this) (?:scheme|list)\b|\bam i on (?:the|that|it)\b|"
    # g96a (round 96): Donna: "whether there's any way of finding out his release date", "is
    # there any scheme that tells victims when someone's being released", "can I still join now
    # if nobody offered it to me".
    r"\b(?:any|a|some) way (?:of|to) (?:finding out|find out|knowing|know|hearing|hear)\b|"
    r"\b(?:any|a) (?:scheme|service) (?:that |which )?(?:tells?|lets?|informs?)\b|"
    r"\bcan (?:i|we) (?:still )?(?:join|get on|sign up)\b"
)
_T84F_JAILED = re.compile(
    r"\b(?:prison|jail|jailed|inside|sentenced?|sentence|locked up|probation|scheme)\b"
)
_T84F_NOBODY_DIED = re.compile(r"\b(?:nobody|no one|noone|no body) (?:has )?died\b")


def _t84f_scheme_talked_of(text: str, answers: Mapping[str, Any]) -> bool:
    earlier = (*(answers.get("said") or ()), *(answers.get("recent_bot_texts") or ()), text)
    return any(_T84F_SCHEME.search(plain(str(line))) for line in earlier)


def t84f_asks_how_to_join_the_scheme(text: str, answers: Mapping[str, Any]) -> bool:
    """How to join the Victim Contact Scheme or hear of a release: asked of the scheme, or of a
    release while the scheme or a prison sentence is talked of. Not for a bereaved family (the
    FLO's answer) or before a sentence."""
    if _bereaved(answers):
        return False
    words = plain(text)
    if not _T84F_HOW.search(words):
        return False
    if _T84F_SCHEME.search(words):
        return True
    if re.search(r"\b(?:bail|custody|hospital)\b", words):
        return False  # released on bail or from hospital: not the scheme
    jailed = bool(_T84F_JAILED.search(said_with(text, answers)))
    return (jailed and bool(_T84F_RELEASE.search(words))) or (
        bool(re.search(r"\b(?:join|sign up|on the list)\b", words))
        and _t84f_scheme_talked_of(text, answers)
    )


def t84f_scheme_answer(text: str, answers: Mapping[str, Any] | None) -> Say | None:
    """How to join, after a sorry when the bereaved families' answer was sent to someone whose
    question was about the scheme ("what?? nobody died")."""
    facts = answers or {}
    words = plain(text)
    wrongly_bereaved = bool(_T84F_NOBODY_DIED.search(words)) and bool(_T84F_SCHEME.search(words))
    if wrongly_bereaved and not _bereaved(facts):
        return Say(
            response="utter_t84f_sorry_nobody_died",
            then=(Say(response="utter_t84f_vcs_how_to_join"),),
        )
    if t84f_asks_how_to_join_the_scheme(text, facts):
        # "is there anything local in havering? and ... how i find out his release date": both.
        from actions import service_answers

        local = service_answers.t84f_local_answer(text, facts)
        return Say(response="utter_t84f_vcs_how_to_join", then=(local,) if local else ())
    return None


# end t84f


# v86a2 (round 86) -- Tom (45, knocked off his bike by a van that drove off), at "Do you have a
# mental health condition ...?": "Does a broken collarbone count? Otherwise no. I'm not sleeping
# great either, keep seeing the van every time I close my eyes, but that's not a condition is it"
# got "I can't answer your question here". Seeing it again when they close their eyes is a
# flashback: common after something frightening, and NHS Talking Therapies take self-referrals
# (utter_flashbacks_ptsd). Asked about, or beside not sleeping; never with crisis words.
_V86A2_SEES_IT_AGAIN = re.compile(
    r"\b(?:(?:every ?time|whenever|when|as soon as) i (?:close|shut) my eyes|keep (?:seeing|"
    r"picturing|reliving|replaying|hearing) (?:the|that|his|her|their|it|them|him)\b(?: \w+){0,3} "
    r"(?:every ?time|whenever|when|at night|in my head|over and over)|(?:see|seeing|picture|"
    r"picturing) (?:it|the \w+|his face|their faces|him|them) (?:again )?(?:every ?time|whenever|"
    r"when) i (?:close|shut) my eyes)\b"
)
_V86A2_NO_SLEEP = re.compile(
    r"\b(?:not|cant|cannot|can t|hardly|barely|struggling to) (?:sleep\w*|get to sleep)(?: \w+)?"
    r"|\bnightmares?\b|\binsomnia\b"
)
_V86A2_CONDITION = re.compile(
    r"\b(?:a|an|any) (?:mental health )?(?:condition|illness|disorder|ptsd)\b|\bdoes (?:that|it) "
    r"count\b|\bis (?:that|it|this) (?:normal|common)\b"
)


def v86a2_asks_about_reliving_it(text: str) -> bool:
    """ "keep seeing the van every time I close my eyes, but that's not a condition is it" """
    from actions.questions import _CRISIS

    words = plain(text)
    if not _V86A2_SEES_IT_AGAIN.search(words) or _CRISIS.search(words):
        return False
    return bool(_V86A2_CONDITION.search(words) or _V86A2_NO_SLEEP.search(words)) and _asks(text)
