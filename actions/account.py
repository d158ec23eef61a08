"""Read what a person says happened: the crime, who did it, and the facts that change what they
are entitled to or which services fit (pure).

People do not answer in categories. They write "my ex keeps turning up at my work and messaging
me from new accounts", "my son was stabbed and died", "me and my girlfriend were attacked by two
lads on bikes". This module reads such accounts with plain, reviewable patterns and the
vocabulary operators edit (``core/vocabulary.yml``), and says only what the words make clear:

* the person who did it is only named from a partner, relative or someone known who is the
  one *doing* the harm ("my ex hit me", "hit by my dad", "it was my neighbour"), never from a
  passing mention ("my wife told me to report it", "me and my girlfriend were attacked");
* ages only from ages ("I'm 15", "aged 81"), never from other numbers ("two lads", "£40");
* a death only where someone died, and a bereaved relative only where the one who died is a
  close relative (spouse, partner, parent, child, sibling, grandparent or grandchild).

Anything unclear is left as None, and the form asks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from core import vocabulary
from core.vocabulary import plain

# -- words ------------------------------------------------------------------------------------

PARTNER = (
    r"(?:ex\s?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee)|ex|husband|"
    r"hubby|wife|wifey|missus|missis|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|"
    r"other half|baby ?(?:father|daddy|mother|mum|mom)|bd|kids (?:dad|mum)|"
    r"childrens (?:father|mother)|fella|man|"
    # -- round 53, helper Z4 --: "hes the dad of the baby and the youngest 2" (Kerry): the
    # children's father, her partner, not "a family member".
    r"(?:dad|daddy|father|mum|mother) (?:of|to) (?:the|my|our|her|his) (?:baby|babies|bump|"
    r"kids?|children|child|youngest|little ones?|twins)|"
    # "my mrs gave me a black eye", "the mrs": a wife, but only after "my", "me", "our" or
    # "the"; "Mrs Smith next door" is a neighbour, and "the mrs next door" too.
    r"(?:(?<=my )|(?<=me )|(?<=our )|(?<=the ))(?:mrs|misses)"
    r"(?! next door| upstairs| downstairs| across| over the road| (?:from|at|in|on) (?:the|my|"
    r"number|no|flat)\b))"
)
# The family someone works for, told as they say it: "family i clean", "the family. i clean
# their house" (plain words, so the full stop is gone).
_WORKS_FOR = (
    r"(?:i|we|she|he) (?:clean\w*|work\w*|cook\w*|nann\w*|babysit\w*|look\w* after|care\w* "
    r"for|live and work)\b"
)
FAMILY = (
    r"(?:step ?(?:dad|father|mum|mom|mother|brother|sister|son|daughter)|dad|father|mum|mom|"
    r"mother|mam|brother|sister|son|daughter|uncle|aunt|auntie|aunty|cousin|grandad|granddad|"
    r"grandfather|grandma|grandmother|nan|nana|nanna|granny|grandson|granddaughter|nephew|"
    r"niece|(?:mother|father|brother|sister|son|daughter) in law|in laws|parents|"
    # Not the family she works for: "family i clean not pay me", "my employer family".
    rf"(?<!employer )(?<!employers )(?<!host )family(?! {_WORKS_FOR}| friends?\b)"
    # -- round 74, helper a74a --: "its my family gp from home" (Hannah): whose GP, not who.
    r"(?! (?:gp|gps|doctors?|dentist|home|house|car|dog|cat|pet|business|solicitor|lawyer|"
    r"court|liaison|support|practice|surgery|holiday|party|wedding|group|chat|name|room|law|"
    r"services?|nurse|worker|therapist|friendly)\b)|"
    r"relatives?|half (?:brother|sister)|twin)"
)
KNOWN = (
    r"(?:neighbou?rs?|next door|friends?|mates?|best mate|colleagues?|co ?workers?|boss|"
    r"manager|supervisor|landlord|landlady|flat ?mate|house ?mate|room ?mate|lodger|carer|"
    r"care worker|support worker|home help|teacher|tutor|coach|classmates?|tenant|client|"
    rf"customer|employers?|host family|family {_WORKS_FOR}|ex friend|date|dealer|pastor|imam|"
    # q82b (round 82): "my ex-wife's new partner" as q82b_exs_partner_known writes it (Dev).
    r"exs new partner|"
    # -- round 29, helper L --: "the patrão" (Portuguese for boss), as Rosa wrote it.
    r"priest|patr[aã]o|patroa)"
)
CLOSE_RELATIVE = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee|son|daughter|child|boy|girl|"
    r"baby|kid|mum|mom|mother|dad|father|brother|sister|twin|grandson|granddaughter|grandad|"
    r"granddad|grandfather|grandma|grandmother|nan|nana|nanna|granny|stepson|stepdaughter|"
    r"step ?dad|step ?mum)"
)
# Verbs of harm an offender does, as people write them (present, past, -ing, common typos).
HARM = (
    r"(?:hit|hits|hitting|beat|beats|beating|punch\w*|kick\w*|slap\w*|push\w*|shov\w*|"
    r"chok\w*|strangl\w*|attack\w*|assault\w*|hurt\w*|abus\w*|rape\w*|raping|touch\w*|"
    r"grop\w*|(?<!non )molest\w*|threat\w*|stalk\w*|follow\w*|harass\w*|harras\w*|control\w*|stole|"
    r"steal\w*|took|take|takes|taking|nick\w*|smash\w*|broke|break\w*|damag\w*|scratch\w*|bit|"
    r"bites|bitten|spat|spit\w*|threw|throw\w*|lock\w*|keeps? (?:my|me|taking|turning|"
    r"sending|messaging|calling|ringing|texting|following|coming|hitting|threatening)|kept|"
    r"check\w*|track\w*|watch\w*|turn\w* up|messag\w*|send\w*|sent|post\w*|shar\w*|"
    # i97e (round 97): "conned", not the name "connor" ("my boyfriend connor got punched").
    r"scam\w*|conn(?:ed|ing|s)?(?!\w)|trick\w*|forc\w*|made me|make me|makes me|wont let|"
    r"wouldnt let|doesnt let|didnt let|stop\w* me|isolat\w*|scream\w*|shout\w*|yell\w*|swear\w*|"
    r"insult\w*|bull(?:y|ies|ied|ying)|terroris\w*|frighten\w*|scares? me|scared me|pinn\w*|"
    r"dragg?\w*|grabb?\w*|headbutt\w*|stab\w*|slash\w*|burn\w*|set fire|pour\w*|tried to|"
    r"trying to|tries to|gives me|gave me|withh[oe]ld\w*|call\w* me|texts? me|rang|rings|"
    # Not "my girlfriend ... filmed the whole thing" (round 36, Leon): filming evidence.
    r"ringing|went through|goes through|spied|spying|(?:film\w*|record\w*)(?! (?:the whole|it|"
    r"everything|what happened|the (?:attack|fight|whole thing)|them|him|the guy|the man|"
    # k99d (round 99): Noor, "my friend filmed some of it on her phone" (she filmed the groping).
    r"(?:some|part|a bit|bits|most|all|half) of (?:it|what happened|the (?:attack|fight))))|"
    r"blackmail\w*|"
    # Not "my mum keeps telling me i need to report it" (round 36, Leon).
    r"groom\w*|exploit\w*|hacked|hacks|abandon\w*|neglect\w*|kidnap\w*|"
    r"keep\w*(?! (?:telling|saying|asking|reminding|encouraging|urging) (?:me|us))|put|puts|"
    r"putting|uploaded|leaked|keyed(?= (?:my|our|the|his|her) (?:car|van|door|bike|motor))|"
    # -- round 39, helper F6 --: "my neighbour, who has subjected me to racial abuse" (Okafor).
    r"subject(?:ed|s|ing)? (?:me|us|him|her|them) to)"
)
# "its my gf filming the guy punching me" (round 38, Dev): the one named did something while
# another person did the harm.
DOING_TO_ANOTHER = (
    r"\w+ing (?:the|a|an|some|this|that) (?:guy|man|bloke|lad|woman|girl|boy|person|stranger|"
    r"fella|geezer|attacker)\b"
)
# What may stand between the doer and the verb: "my ex has been following me".
_AUX = (
    r"(?:(?:has|had|have|is|was|were|are|keeps|kept|always|just|then|also|still|even|now|"
    r"would|will|did|does|do|used to|started|starts|start|has started|tried to|tries to|"
    r"constantly|often|sometimes|again|never stops|wont stop|been|who|that|he|she|they|"
    r"and|n|literally|basically|like|properly|actually|cos|has been|had been|ll|d|s|kind of|"
    r"sort of|kinda|sorta)\s+){0,4}"
)
# Relatives who helped: "my grandson put this number in my phone", "my son called the police".
_HELPED = re.compile(
    # -- round 46, helper Q2 --: "My grandson put it on the phone for me" (Beryl, 82): he set
    # the chat up; he did no harm.
    rf"{_AUX}(?:put|puts|set|sets|setting|got|gets|installed|downloaded|typed|types|typing|"
    r"wrote|writes|writing|helped me (?:set|put|get|type|write))\s+(?:it|this|the app|the "
    r"chat|the bot|this chat)\s+(?:up\s+)?(?:(?:on|onto) (?:my|the|this) (?:phone|mobile|"
    # -- round 60, main --: "My grandson put this on my telephone for me" (Irene, 80).
    r"telephone|smartphone|iphone|computer|tablet|ipad|laptop)|for me)\b|"
    rf"{_AUX}(?:put|puts|gave|gives|give|sent|sends|send|shared|found|showed|texted|messaged|"
    r"rang|called|phoned|told|looked up|got|gets)\s+(?:me\s+|us\s+)?(?:this|the|your|a|that)\s+"
    r"(?:number|no|link|website|site|page|helpline|chat|service|app|details|bot)\b|"
    rf"{_AUX}(?:rang|rung|rings|ring|called|calls|call|phoned|phones|phone)\s+them\b|"
    rf"{_AUX}(?:rang|rung|rings|ring|called|calls|call|phoned|phones|phone|dialled|got|fetched|"
    r"reported it|told|contacted|emailed)\s+(?:it\s+)?(?:to\s+)?(?:the\s+)?(?:police|999|101|"
    r"ambulance|an ambulance|cops|met|action fraud|report fraud|bank|my bank|council|"
    r"victim support|crimestoppers|school|teacher|doctor|gp)\b|"
    rf"{_AUX}(?:reported|rang|called) (?:it )?for me\b|"
    rf"{_AUX}(?:took|takes|take|drove|brought|came with) (?:me|us) (?:to|into) (?:the |a )?"
    r"(?:hospital|a and e|a&e|police|station|doctor|doctors|gp|walk in|clinic|havens|court)\b|"
    rf"{_AUX}(?:told|tells|said|says)\s+(?:me|us)\s+to\s+(?:text|message|contact|try|use|call)\b|"
    # "my son checked my bank account and saw the payments": found the fraud, not did it.
    rf"{_AUX}check\w* (?:my|our|the|his|her) (?:bank|account|accounts|bank account|statements?|"
    r"bank statements?|online banking|banking app)(?: \w+)? (?:and|n) (?:saw|found|noticed|"
    r"spotted|realised|realized|worked out|told)\b"
)
# Found it out or spoke of it: "it was my daughter who found out", "... who reported it".
_FOUND_IT = re.compile(
    rf"{_AUX}(?:found out|find out|finds out|found it|spotted|noticed|realised|realized|"
    r"worked (?:it )?out|figured (?:it )?out|reported|reports|(?:told|tells) (?:me|us) (?:it was|"
    r"its|it s|about|to (?:report|call|ring|contact|use|text|try|block))|(?:said|says|thinks|"
    r"thought|reckons|reckoned|knew) (?:it was|its|it s|it is|this was|this is|that it)|"
    r"saw (?:it|that|the)|helped|helps|warned me|rang|called|phoned|contacted)\b"
)
# Sent here or told of it by them: "I was told to use this by my daughter", "this was
# recommended by my son", "I was sent here by my son". Not "I was sent threats by my ex".
_SENT_BY = re.compile(
    r"\b(?:(?:told (?:to|about)|advised|encouraged|urged|persuaded|reminded|recommended|"
    r"referred|signposted|suggested|introduced|helped|supported|found out|spotted|noticed|"
    r"discovered|realised|realized|worked out)|(?:sent|given|shown|pointed|directed|brought|"
    r"passed) (?:here|this|to (?:this|you|here)|(?:this|the|your|a) (?:number|no|link|website|"
    r"site|page|helpline|chat|service|app|details|bot)))\b"
    rf"(?:\s+(?!{HARM}\b)\w+){{0,6}}\s+(?:by|from)\s*$"
)
_PASSIVE = re.compile(
    r"^(?:(?:who|that|whos|who s)\s+)?"  # "my brother who was attacked": the one harmed
    r"(?:(?:was|were|got|get|gets|been|is|are|has been|have been|had been|being)\s+)"
    r"(?:\w+ed|hit|beaten|stabbed|shot|killed|murdered|hurt|robbed|mugged|attacked|assaulted|"
    r"raped|taken|stolen|burgled|bitten|bit|mauled|thrown|run over|knocked|left)\b"
)
# Someone the person does not know, said outright ("a man" or "two lads" may still be someone
# they know, so those are left for the question).
_STRANGER = re.compile(
    r"\b(?:strangers?|a random|randoms?|some random|random (?:man|guy|person|woman|lads|men|"
    r"people|bloke|girl|boy)|never (?:seen|met) (?:him|her|them|before)|(?:didnt|dont|did not|"
    r"do not) know (?:him|her|them|who)|no idea who|unknown (?:man|men|person|people|male)|"
    r"(?:a|an|some|two|three|four|these|this) (?:\w+ )?(?:man|men|woman|women|lads?|guys?|boys?|"
    r"girls?|people|blokes?|youths?|person) (?:i|we) (?:didnt|dont|did not|do not|never) "
    # x86a (round 86): Kemi, "some girl i dont EVEN know punched me".
    r"(?:even |really |actually |ever )?(?:know|knew|seen|saw|met|recogni[sz]e)|"
    r"some (?:lads|men|guys|youths|boys|blokes|teenagers|kids|girls|women)\b"
    r"(?! (?:from|at|who (?:live|go|work)|i know|in my|off my|on my|round my|near my)))\b"
)
_UNKNOWN_WHO = re.compile(
    r"\b(?:(?:dont|didnt|do not|did not|no idea|not sure|never found out|cant tell|"
    r"couldnt see|didnt see|never saw|no clue)\b.{0,20}\b(?:who|them|him|her|face|faces)|"
    r"unknown|anonymous|no idea|dont know|not sure|dunno|idk|could be anyone)\b"
)

# -- crimes -----------------------------------------------------------------------------------

# A death caused by a crime, not any death ("since my husband died" is not one).
_DEATH = re.compile(
    r"\b(?:killed|murdered|manslaughter|homicide|stabbed to death|beaten to death|shot dead|"
    r"(?:stabbed|shot|attacked|beaten|hit|run over|knocked down|assaulted|punched)\b.{0,60}"
    r"\b(?:died|dead|didnt make it|did not make it|passed away|lost (?:his|her|their) life)|"
    r"(?:died|passed away) (?:from|of|after) (?:his|her|their|the) (?:injuries|wounds|attack|"
    r"stab wounds)|(?:died|passed away) (?:after|when) (?:being|he was|she was|they were)|"
    r"lost (?:his|her|their) life|didnt make it|did not make it|killed by|death by dangerous)\b"
)
_NOT_A_DEATH = re.compile(
    r"\b(?:(?:phone|battery|car|laptop|tablet|line|signal|conversation|it|that|he\s?s|shes|"
    r"he is|she is|they are) (?:went |was |is |has |had )?(?:dead|died)|dead (?:to me|tired|"
    r"beat|on|slow|end|serious|scared|worried|good|easy|simple|nice|lucky|quiet)|"
    r"(?:almost|nearly|could have|couldve|thought i (?:was going to|would)) (?:died|been killed)|"
    # -- round 51, helper W7 --: "the fire could of killed my kids" is a fear, not a death
    r"(?:could|would|might|may)(?: not)? (?:of|have|ve|a) (?:killed|died|been killed)|"
    r"killing me|kill me|kill (?:for|him|her|them)|(?:dying|died) (?:to|of embarrassment|"
    r"laughing)|to death|death of me|dead to)\b"
)


_ASKING = re.compile(
    r"^\W*(?:will|would|do|does|did|can|could|should|shall|is|are|how|what|when|where|who|why)\b|"
    r"\b(?:if|whether) (?:i|we|they|the police) (?:should |could |can |will )?(?:call|ring|report|"
    r"tell|contact|come|came)\b"
)


def statements(text: str) -> list[str]:
    """The sentences that tell rather than ask, in plain words."""
    parts = re.findall(r"[^.!?\n]+[.!?\n]*", text)
    return [plain(p) for p in parts if "?" not in p and not _ASKING.search(plain(p))]


def named_crimes(text: str) -> list[str]:
    """The crimes the vocabulary names, without a killing that is denied ("nobody was killed")."""
    unlabelled = without_labels_not_told(plain(text))
    if unlabelled != plain(text):
        text = unlabelled  # "u said something about sexual assault" (Amira, round 62)
    # q82c (round 82): "they say i steal, i did not steal anything" (Maria, a cleaner accused by
    # her employer) names no theft done to her.
    text = _W8_ACCUSED_OF_THEFT.sub(" ", text)
    named = vocabulary.values("crime_type", text)
    if _NOBODY_DIED.search(text.lower()) or _w7_only_feared_death(text.lower()):
        named = [crime for crime in named if crime != "homicide"]
    return named


# -- round 51, helper W7 --: "the fire could of killed my kids" (Bukola, whose car was set on
# fire by her window) fears a death that did not happen: not a homicide, unless one is also told.
_W7_FEARED_DEATH = re.compile(
    r"\b(?:could|would|might|may|nearly|almost)(?: not)?(?: (?:of|have|ve|a))? "
    r"(?:killed|died|been killed|murdered)\b"
)
_W7_REAL_DEATH = re.compile(
    r"\b(?:was|were|got|been|is|be) (?:killed|murdered)\b|\b(?:died|passed away|murder of|"
    r"killed (?:my|him|her|them|our))\b"
)


def _w7_only_feared_death(lowered: str) -> bool:
    if not _W7_FEARED_DEATH.search(lowered):
        return False
    rest = _W7_FEARED_DEATH.sub(" ", lowered)
    return not _W7_REAL_DEATH.search(rest) and not re.search(r"\bkill(?:ed|ing)?\b", rest)


# "Nobody has been killed!!": said to put the bot right, never a death.
_NOBODY_DIED = re.compile(
    r"\b(?:nobody|no one|noone|no ones|none of us)(?: has| had| was| were| is| s)?(?: been)? "
    r"(?:killed|died|dead|murdered)\b|\bnot (?:been )?(?:killed|murdered)\b|\bno(?:body|one)? "
    r"(?:has )?died\b|"
    # "no lol its a car not a murder" (round 36, Ryan, whose car was keyed, was sent the homicide
    # service).
    # -- round 50, helper U2 --: not "they charged manslaughter not murder" (Patricia, whose son
    # was killed): the charge she questions, not a death taken back.
    r"(?<!manslaughter )(?<!manslaughter and )(?<!manslaughter but )"
    r"\b(?:not|isnt|wasnt|its not|it s not) (?:a |an )?(?:murder|killing|homicide)\b"
)
_ATTEMPTED_MURDER = re.compile(
    r"\b(?:attempted murder|tried to (?:kill|murder|strangle me to death)|trying to kill|"
    r"(?:nearly|almost) killed (?:me|us|him|her)|tried to run (?:me|us|him|her) (?:over|down)|"
    r"attempt on (?:my|his|her) life|left (?:me|him|her) for dead)\b"
)
# Not remembering, and what the body and clothes told them after (see _SEXUAL).
_NO_MEMORY = (
    r"(?:dont|don t|didnt|cant|can t|do not|cannot|can not) remember|no memory|blacked out|"
    r"memory (?:is |was )?(?:gone|blank)"
)
_BODY_TELLS = (
    r"my clothes (?:were |was |are )?(?:wrong|off|missing|ripped|torn|undone|inside out|on "
    r"(?:wrong|backwards|inside out))|my (?:knickers|underwear|pants|bra|tights) (?:were |was )?"
    r"(?:missing|gone|off|ripped|torn|inside out)|(?:without (?:my )?|with no )(?:knickers|"
    r"underwear|pants|bra|tights)|sore down there|bleeding down there|woke up naked"
)
_SEXUAL = re.compile(
    # Told without the words, as a child tells it: "he comes in my room at night", "he does stuff
    # to me. i dont want to say what".
    rf"\b(?:he|she|hes|shes|(?:my |the )?(?:{PARTNER}|{FAMILY}|{KNOWN})) (?:comes|came|come|"
    r"keeps coming|has been coming|creeps|gets) (?:in|into) (?:my|our) (?:room|bed|bedroom)\b"
    r".{0,30}\b(?:at night|when (?:mum|my mum|everyone|every ?one)|every night)\b"
    # Not "my mum came into my room at night to check on me".
    r"(?! to (?:check|see|say|wake|tell|give|ask|bring|get|turn|put|make sure))|"
    # Touching told in few words of English: "he touch me", "he touch my body, my breast". Not
    # "did he touch me?" nor "he didnt touch me".
    r"(?<!did )(?<!if )(?<!whether )(?<!does )(?<!let )\b(?:he|she|they|(?:my |the )?"
    rf"(?:{KNOWN})) (?:also |then |always |still |again |try to |tried to |tries to |want to |"
    r"wants to )?touch(?:es)? (?:me\b(?! (?:on the (?:shoulder|arm|hand)|to get))|my (?:body|"
    r"breasts?|chest|boobs?|tits|bum|bottom|butt|arse|ass|legs?|thighs?|privates?|private parts|"
    r"crotch|vagina|penis|groin|hips?|waist|between))\b|"
    r"\b(?:he|she|they) (?:does|did|keeps doing|makes me do|was doing|were doing|started doing) "
    r"(?:stuff|things|something) (?:to|with) me\b(?! like| such as)|"
    # "i said i didnt want to do stuff and he did it anyway", "he made me have sex when i said no".
    r"\b(?:i said|i told (?:him|her|them)|i kept saying) (?:no|stop|i didnt want|i did not want|i "
    r"dont want|to stop)\b.{0,40}\b(?:did it anyway|carried on|kept going|didnt stop|did not stop|"
    r"wouldnt stop|would not stop|did it|anyway)\b|\b(?:made|forced|pressured) me (?:to )?(?:have "
    r"sex|do stuff|do things|do it|sleep with)\b|"
    # p94g (round 94): Anjali: "my husband, when i say no he still does it, he forces. but we are
    # married so i dont know if it counts" was not read, so she was asked "What happened?" again.
    r"\b(?:when|whenever|if|even when|even if) i (?:say|said) no\b,? (?:he|she|they) "
    r"(?:still |just )?(?:does it|do it|did it|forces|forced|force me|carries on|keeps going)\b|"
    # An adult grooming a child, told without the word: "he said hes 17 but i think hes older like
    # way older. he wants to meet up", "he says i cant tell anyone about us".
    r"(?:says|said|claims|claimed) (?:hes|he is|shes|she is|they are) (?:1[0-8])\b.{0,60}\b"
    r"(?:older|lying|not)|(?:cant|can t|not allowed to|mustnt|must not) tell (?:anyone|anybody|"
    r"my parents|my mum|my dad) about (?:us|him|her|it)\b|"
    # "i went on a date. with a guy from hinge. and he. i didnt want to": told without the words.
    r"\b(?:(?:date|hinge|tinder|bumble|app|party|club|night out)\b.{0,60}\b(?:he|they)\b.{0,20}"
    r"\bi (?:didnt|did not|never) want (?:to|it|him to)\s*$|"
    # "he put his hand on my thigh and kept it there" (round 30, Mia, a lecturer at a party).
    r"\b(?:put|puts|putting|had|kept|keeps|rested|placed|slid|ran) (?:his|her|their) hands? "
    r"(?:on|up|along|between|over) my (?:inner )?(?:thighs?|bum|bottom|butt|arse|breasts?|boobs?|"
    r"chest|crotch|groin|privates?|legs? and)\b|"
    # -- round 56, helper D6 --: "a colleague followed me into the stairwell and grabbed me and
    # tried to kiss me" (Priya) was noted as an assault: grabbed or pinned to be kissed is a
    # sexual assault (Sexual Offences Act 2003, s.3).
    r"\b(?:grabbed|grabs|grabbing|pinned|cornered|held|forced) me\b(?: (?:and|then|against "
    r"(?:the|a) (?:wall|door)))?(?: \w+){0,3} (?:tried to |try to |tries to |trying to |kept "
    r"trying to )?(?:kiss(?:ed|es|ing)?|snog\w*) me\b|\bforced (?:a kiss on me|himself on me)\b|"
    # -- end of round 56, helper D6 --
    # -- round 50, helper V4 --: "the driver like put his hand between my legs. over my jeans"
    # (Priya, asked "What happened?" again).
    r"\b(?:his|her|their) hands? (?:between|up) my (?:legs|thighs)\b|"
    # Voyeurism (Sexual Offences Act 2003, s.67): "a boy in my year filmed me in the changing
    # rooms in PE when i was getting changed" (round 34, Chloe, asked "What happened?" twice).
    r"\b(?:filmed|filming|films|recorded|recording|videoed|photographed|took (?:photos|pictures|"
    r"pics|a video|videos) of) (?:me|her|us)\b.{0,60}\b(?:changing|getting changed|undress\w*|"
    r"naked|in the shower|showering|in my (?:bra|underwear|pants|knickers)|(?:in|on) the toilet|"
    r"changing rooms?|having sex|while we were)\b|\b(?:hidden|secret) (?:camera|cam)\b|"
    # -- round 47, helper R5 --: "i'd had a lot to drink and he took me back to his hotel room. i
    # didnt want to" (Sophie, asked "What happened?" three times): taken somewhere, then not wanted.
    r"\b(?:took|brought|got|dragged|walked|pulled|led) me (?:back )?(?:to|into|up to) (?:his|her|"
    r"their|a|the) (?:hotel )?(?:room|flat|house|place|bedroom|bed|car)\b.{0,80}\bi (?:didnt|"
    r"did not|never) want (?:to|it|him to|her to|that)(?=\s*$|\s*[.!,]|\s+(?:and|but|so|he|she|"
    r"it|at all|though|tho)\b)|"
    # "he came in my room when she was asleep. 2 weeks ago. i didnt want to" (round 28, Sophie).
    r"\b(?:came|come|comes|got|get|gets|crept|creeps) (?:in|into) (?:my|our) (?:room|bed|"
    r"bedroom)\b.{0,80}\bi (?:didnt|did not|never) want (?:to|it|him to|her to)(?=\s*$|\s+(?:and|"
    r"but|so|he|she|it|ok|at all|though|tho)\b)|"
    # -- round 70, helper w70a --: "My daughter was touched by a man on the bus" and "a man on
    # the bus put his hand on her bum and then between her legs" (Sharon, for her daughter, 15)
    # got "What happened?" again: sexual touching told in plain words, of the writer or of the
    # one written for, is sexual assault (Sexual Offences Act 2003, s.3). Not "touched by your
    # kindness", nor a hand on a shoulder or arm.
    r"\b(?:put|puts|putting|had|kept|keeps|rested|placed|slid|ran|stuck|shoved) (?:his|her|their) "
    r"hands? (?:on|up|along|between|over|down|inside|in|under) (?:her|his|their) (?:inner )?"
    r"(?:thighs?|bum|bottom|butt|arse|ass|breasts?|boobs?|chest|crotch|groin|privates?|private "
    r"parts|vagina|penis|legs? and|skirt|knickers|pants|underwear|top|shirt)\b|"
    r"\b(?:hands?|fingers?|phone|camera) (?:\w+ ){0,3}?(?:between|up) (?:her|his|their) "
    r"(?:legs|thighs|skirt|dress|kilt)\b|"
    r"\b(?:was|were|been|got|get|gets|getting|being) (?:sexually |inappropriately |indecently )?"
    r"touched (?:up )?by (?:a |an |the |some |this |that |one of the |an older |a random )?"
    r"(?:\w+ )?(?:man|men|guy|guys|bloke|lad|lads|boy|boys|stranger|someone|somebody|him|"
    r"them|teacher|coach|driver|passenger|worker|uncle|cousin|neighbou?r|tutor)\b|"
    r"\b(?:inappropriate(?:ly)? touch\w*|touch\w* (?:\w+ ){0,3}?(?:inappropriately|"
    r"sexually|indecently)|touched (?:her|him|them|me) up)\b|"
    r"\b(?:rubbed|rubbing|rubs|rub|pressed|pressing|presses|ground|grinding|grinded|grinds) "
    r"(?:himself|herself|his \w+|up) (?:up )?(?:against|on|into) (?:me|her|him|them|my|his)\b|"
    # -- end of round 70, helper w70a --
    r"rap(?:e|ed|es|ing|ist)|sexual(?:ly)? (?:assault\w*|abus\w*|attack\w*|touch\w*|"
    # -- round 29, helper L --: not "she's fine hes never touched her"
    r"harass\w*)|sexual assault|sexual offence|(?<!non )molest\w*|grop\w*|(?<!never )(?<!not )"
    r"(?<!hasnt )(?<!havent )touched (?:me|my|her|him|"
    r"them|up)|touching (?:me|my|her|him)|feel(?:ing)? me up|felt me up|flash(?:ed|ing) "
    r"(?:me|us|at)|exposed (?:himself|herself|his|her)|"
    r"(?:got|took|pulled|whipped) himself out(?! of)|indecent\w*|upskirt\w*|"
    # -- round 55, helper C1 --: "guy put his phone up my skirt on the escalator" (Nisha):
    # upskirting, a sexual offence (Sexual Offences Act 2003, s.67A), told without the word.
    r"up ?skirt\w*|(?:film\w*|record\w*|video\w*|photo\w*|pics?|pictures?|phone|camera) (?:\w+ )?"
    r"up (?:my|her|our) (?:skirt|dress|kilt)\b|forced (?:me|"
    r"himself|herself)(?: on me)? to (?:have sex|do|perform|touch)|forced himself on|"
    r"made me (?:have sex|do sexual|do stuff|touch|perform)|had sex with me when i|"
    r"without (?:my )?consent|spiked (?:my drink )?and (?:then )?(?:raped|assaulted)|"
    r"stealthing|sexually|groom\w*|child sexual|csa|incest|touch(?:es)? me (?:where|there|"
    r"down|in|on|under|between)|forc\w* (?:me )?(?:for|to have|into) sex|sex (?:without|when i "
    r"(?:didnt|did not)|with me when i)|(?:i )?said no (?:and|but) (?:he|she|they) "
    r"(?:didnt|did not|wouldnt|kept|carried on|still)|did (?:things|stuff) to me|"
    r"(?:he|she|they) (?:just )?(?:didnt|did not|wouldnt|would not) stop (?:when|after|even "
    r"when|even though) i "
    r"(?:said no|said stop|told him (?:no|to stop)|asked him to stop|was crying)|"
    r"(?:hand|hands) (?:up|down|in|inside) my (?:skirt|top|pants|knickers|trousers|dress|"
    r"shirt|underwear)|pressed (?:himself|herself|his \w+) (?:against|into|on) me|"
    r"(?:spiked|drugged|(?:put|slipped) something in (?:my|her|his) drink)\b.{0,80}"
    # Not "woke up in my own bed": somewhere else, or undressed, or beside someone.
    r"\bwoke up\b(?!.{0,30}\b(?:in|at) (?:my|our|home)\b).{0,60}\b(?:flat|bed|house|place|room|"
    r"naked|clothes|next to|something happened))\b|"
    # Told without the words, by someone who cannot remember: "i dont remember getting home and
    # when i woke up my clothes were wrong and i was sore. i think someone did something to me".
    rf"\b(?:{_NO_MEMORY})\b.{{0,160}}\b(?:{_BODY_TELLS})\b|\b(?:{_BODY_TELLS})\b.{{0,160}}\b"
    rf"(?:{_NO_MEMORY})\b|\b(?:someone|somebody|some one)(?: must have| might have| has| had)? "
    r"(?:did|done) (?:something|stuff|things) to me\b"
)
_SPIKED = re.compile(r"\b(?:spiked|drugged|(?:put|slipped) something in (?:my|her|his) drink)\b")
_SAID_SEXUAL = re.compile(r"\b(?:rap\w*|sex\w*|touch\w*|assault\w*|abus\w*|naked|undress\w*)\b")


def spiked_not_knowing_more(text: str) -> bool:
    """Spiked and woke somewhere, without saying what happened: read as a possible sexual
    offence (so the Havens are offered), but not told back to them as one."""
    lowered = text.lower()
    return bool(_SPIKED.search(lowered)) and not _SAID_SEXUAL.search(lowered)


# "theyll send a video to my family if i dont pay", "pay or he sends it to my mum".
SEXTORTION = (
    r"\b(?:sextort\w*|(?:send|post|share|leak|show)s? (?:a |the |my |this |that |it |them )?"
    r"(?:videos?|vids?|pics?|photos?|pictures?|images?|recordings?|clips?)?(?: of me)? to "
    r"(?:everyone|everybody|all my|my (?:friends|family|mum|mom|dad|parents|wife|girlfriend|"
    r"boss|work|followers|contacts|school))\b.{0,40}\b(?:if|unless) (?:i|we) (?:dont|do not|"
    r"cant|don t) (?:pay|send)|(?:pay|send (?:him|her|them) (?:money|£?\d+))\b.{0,20}\b(?:or|"
    r"unless) (?:he|she|they|someone|the guy|this guy)\b.{0,20}\b(?:send|post|share|leak|"
    r"show)s?\b)"
)
# -- round 48, helper S3 --: "its not nudes btw", "there are no pictures", "nobody sent any
# nudes": the images are denied.
_S3_NO_IMAGES = re.compile(
    r"\b(?:(?:it s|its|it is|they re|theyre|they are|there (?:are|is|s)|thats|that s) "
    r"(?:not|no|not any) (?:\w+ )?(?:nudes?|pics?|pictures?|photos?|images?|videos?)|"
    r"(?:nobody|no one|noone) (?:sent|has|had|took) (?:any )?(?:nudes?|pics?|pictures?|photos?|"
    r"images?))\b"
)
# -- round 68, helper n3 --
# Ella (r68c, 14): "WHAT there r no nudes?? its my ADDRESS they posted" was read as nude pictures
# shared (texting "r" for "are"), which put CEOP and Report Remove in her results.
N3_NO_IMAGES = re.compile(
    r"\b(?:there (?:r|re|aint|were|was)|it aint|it was|it wasnt|they wasnt|they werent) (?:not|"
    r"no|not any|never any) (?:even )?(?:nudes?|pics?|pictures?|photos?|images?)\b|\bno (?:nudes|"
    r"pics|pictures|photos|images) (?:at all|involved)\b"
)
# -- end of round 68, helper n3 --
_INTIMATE_IMAGES = re.compile(
    # Filmed or photographed undressed without knowing (round 34, Chloe, 15, in a changing room).
    r"\b(?:filmed|filming|recorded|videoed|photographed|took (?:photos|pictures|pics|a video|"
    r"videos) of) (?:me|her|us)\b.{0,60}\b(?:changing|getting changed|undress\w*|naked|in the "
    r"shower|showering|in my (?:bra|underwear|pants|knickers)|changing rooms?|while we were "
    r"(?:you know|having sex|in bed|doing it|together)|having sex)\b|"
    r"\b(?:nudes?|naked (?:pic|pics|photo|photos|picture|pictures|video|videos|images?)|"
    r"intimate (?:pic|pics|photo|photos|pictures|images?|videos?)|sex (?:tape|video|videos)|"
    r"revenge porn|private (?:pic|pics|photo|photos|pictures|images?|videos?)|"
    # "threatening to put my pictures online, like private ones, intimate ones"
    r"(?:pics?|photos?|pictures?|images?|videos?)\b.{0,30}\b(?:private|intimate|naked|nude|"
    r"explicit|sexual) ones|"
    r"(?:pics|photos|pictures|videos?|images?) of me (?:naked|undressed|in bed|having sex|"
    r"topless)|sextort\w*|deep ?fakes?|(?:blackmail\w*|threaten\w*) (?:me|him|her|us) (?:with|"
    r"over) (?:the |my |his |her )?(?:pics?|photos?|pictures?|images?|videos?)|(?:send|post|"
    r"share|leak|show) (?:them|the (?:pics?|photos?|pictures?|videos?)) to (?:everyone|everybody|"
    r"all my|my (?:friends|family|school|mum|dad|parents|followers|contacts))\b.{0,40}\b(?:if|"
    r"unless) (?:i|we)\b)|"
    # A child asked for pictures of herself by someone met online: "he keeps asking me for
    # pics", "hes asking for pics like of me", "i sent him one before and now he wants more"
    # (with blackmail), "he said he will send them to everyone".
    r"\b(?:ask\w*|begg\w*|pressur\w*|wants?|wanted|keeps? asking)(?: me)?(?: for)? (?:more )?"
    r"(?:pics?|photos?|pictures?|selfies?|snaps?)\b(?! of (?:the|my|his|her|their) (?:car|house|"
    r"damage|injur\w*|door|bruises?))|\bblackmail\w*\b.{0,60}\b(?:sent|send)\b.{0,20}\b(?:one|pics?|"
    r"photos?|pictures?)\b|\b(?:sent|send)\b.{0,20}\b(?:one|pics?|photos?|pictures?)\b.{0,60}"
    r"\bblackmail\w*|" + SEXTORTION
)
# -- round 47, helper R1 -- Megan, 16: "a boy in my year put a pic of me in my underwear on the
# year group chat" was not heard as image abuse, and "What happened?" came twice. A picture of
# someone in their underwear or undressed, posted or shared, is intimate-image abuse.
_R1_UNDERWEAR_PIC = re.compile(
    r"\b(?:pics?|photos?|pictures?|images?|videos?|snaps?|selfies?) of (?:me|her|him|my \w+) "
    r"(?:in (?:my|her|his|their|just (?:my|her|his)) (?:underwear|bra|pants|knickers|boxers|"
    r"undies|bikini|lingerie)|undressed|half naked)\b"
)
# n103g (round 103): Chloe, 16, "a boy from my school shared a pic i sent him to a group chat"
# and "i sent him a pic of me like not wearing stuff and he promised he wouldnt show anyone" were
# not read, so "What happened?" came twice: a picture she sent him privately, shared on to others,
# or a picture of herself undressed, is intimate-image abuse (as "posted a private pic of me").
N103G_SENT_PIC_SHARED = re.compile(
    r"\b(?:shared|posted|sent|forwarded|showed|show(?:ed)? everyone|put|leaked|spread|uploaded) "
    r"(?:a|the|my) (?:pics?|photos?|pictures?|images?|videos?|snaps?|selfies?) (?:that )?i "
    r"(?:sent|gave|showed|snapped) (?:him|her|them)\b(?! of (?:my|the|his|her|our|a|an) )"
    r".{0,40}\b(?:group|gc|everyone|everybody|people|school|year|online|story|insta\w*|"
    r"whatsapp|snapchat|internet|mates|friends)\b|"
    r"\b(?:pics?|photos?|pictures?|images?|videos?|snaps?|selfies?) of (?:me|myself) (?:like |"
    r"kind of |kinda |sort of )?(?:not wearing (?:anything|much|stuff|clothes|any clothes|a top|"
    r"a lot)|with (?:no|nothing) (?:clothes )?on|without (?:any |my )?clothes)\b"
)
# n103g (round 103): Gloria, 88, "helo. my carr is takin mony from my purse" and "the carer
# lady. she tak the £20 notes out my pruse" were not read as a theft ("What happened?" again):
# common misspellings of carer, taking, money, purse and stealing, read as the words meant.
N103G_MISSPELT = {
    r"takin|takeing|takking": "taking",
    r"tak(?= (?:the|my|me|money|mony|cash|from|out)\b)": "takes",
    r"mony|muny|monney|moeny|mney": "money",
    r"pruse|purs|pures|pusre|prus|purce|pursse": "purse",
    r"walet|wallit|wallett|wollet": "wallet",
    r"stealin|stealling|steling|stelin|stealng|steeling(?= from\b)": "stealing",
    r"carrer|carar|cairer|carere|carr(?= (?:lady|woman|girl|man|(?:is |was |has |keeps |been )*"
    r"(?:(?:takin|taking|tak|takes|took) (?:money|mony|muny|cash|my|from|notes|things|£)|"
    r"stealin|stealing|steals|stole|nick\w*)\b))": "carer",
}
# "she takes the £20 notes out my purse": notes or cash taken out of a purse is money taken from it.
N103G_NOTES_FROM_PURSE = re.compile(
    r"\b(take|takes|taking|took) (?:the |my |all (?:the |my )?|some )?(?:£?\d+ )?(?:notes?|"
    r"money|cash|pounds?|coins?|tenners|twenties) (?:out of|out|from) (my|her|his) (purse|wallet|"
    r"handbag|bag)\b"
)


def n103g_misspelt_theft(lowered: str) -> str:
    """The message with common misspellings of a theft from a purse, as the words meant."""
    for wrong, meant in N103G_MISSPELT.items():
        lowered = re.sub(rf"\b(?:{wrong})\b", meant, lowered)
    return N103G_NOTES_FROM_PURSE.sub(r"\1 money from \2 \3", lowered)


_FORCED_MARRIAGE = re.compile(
    r"\b(?:marry me (?:to|off)|(?:marrying|married) me off|forced? (?:me )?(?:in)?to marry|"
    r"forced marriage|make me marry|made me marry|"
    r"making me marry|marry (?:my|a|this|some|an? older) (?:cousin|man|guy|woman|girl|stranger|"
    r"someone)|arranged (?:a )?marriage (?:i|that i) (?:dont|didnt) want|wont let me (?:say no|"
    r"refuse)|taken abroad to (?:marry|get married)|take me (?:back )?(?:home|abroad|to \w+) to "
    r"(?:marry|get married))\b"
)
# -- round 52, helper Y2 --: "its not a forced marriage", "forget it its NOT forced marriage".
_Y2_NOT_FORCED_MARRIAGE = re.compile(
    r"\b(?:not|isnt|isn t|wasnt|wasn t|aint|no) (?:a |about )?forced marriage\b|"
    r"\bforced marriage\b.{0,20}\b(?:still|again)\b.{0,30}\bi (?:said|told you) (?:no|its not)\b"
)
_HONOUR = re.compile(
    r"\b(?:honou?r(?: based)?|shame (?:on|to) (?:the|my|our) family|bring(?:ing)? shame|"
    r"brought shame|dishonou?r\w*|family izzat|izzat)\b"
)
# -- round 65, helper j3 --
# Mairead (r64a): "It's nothing to do with honour or forced marriage, he's just my ex", "I said
# NOT forced marriage", "I told you twice it's not honour or forced marriage" each got the Forced
# Marriage Unit, and "honour" put Karma Nirvana in her results. A topic the person DENIES is not
# told: j3_without_denied_topics blanks "nothing to do with X", "not X", "its not X", "no X",
# "I never said X" (and "X or Y" after them) before the topic patterns are read.
_J3_TOPICS = {
    "forced_marriage": r"forced (?:marriage|to marry|into (?:a )?marriage)|(?:an? )?arranged "
    r"marriage|marriage",
    "honour_based": r"(?:so called )?honou?r(?: based)?(?: abuse| violence| crimes?| killings?| "
    r"stuff| thing| crowd| people| lot| lines?| charity| services?)?|izzat",
    "human_trafficking": r"traffick\w*|modern slavery|slavery",
    "hate_crime": r"hate crimes?|hate|racis[mt]|racial|homophobi[ac]|transphobi[ac]",
    "terrorism": r"terroris[mt]|terror|extremis[mt]|radicali[sz]\w*",
    "abroad": r"abroad|overseas|out of the country|in another country|outside the uk",
}
_J3_ANY_TOPIC = "|".join(f"(?:{words})" for words in _J3_TOPICS.values())
_J3_FILLER = (
    r"(?: (?:a|an|any|the|that|this|some|about|so called|kind of|sort of|to do with|said|say|"
    r"mention\w*|one of (?:those|them)|like|it|either|at all))*"
)
_J3_DENIED = re.compile(
    r"\b(?:nothing (?:at all )?to do with|nothing about|not about|(?<!is it )(?<!was it )"
    r"(?<!isnt it )not|isnt|wasnt|aint|werent|arent|never said|never mentioned|didnt say|did not "
    r"say|(?<=\w )(?<!brought )(?<!bring )(?<!brings )(?<!have )(?<!has )(?<!had )no|nor|"
    r"neither)" + _J3_FILLER + rf" (?:{_J3_ANY_TOPIC})\b"
    r"(?:(?: or| and| nor| or even| and not| or no| not)"
    + _J3_FILLER
    + rf" (?:{_J3_ANY_TOPIC})\b)*"
)


def j3_without_denied_topics(lowered: str) -> str:
    """``lowered`` (plain text) with the topics the person denies blanked out: "its nothing to do
    with honour or forced marriage hes just my ex" keeps only "its hes just my ex"."""
    return _J3_DENIED.sub(" ", lowered)


def j3_denies_topic(lowered: str, topic: str) -> bool:
    """The person denies ``topic`` (a _J3_TOPICS key) here and does not also tell it."""
    words = re.compile(rf"\b(?:{_J3_TOPICS[topic]})\b")
    denied = any(words.search(m.group(0)) for m in _J3_DENIED.finditer(lowered))
    return denied and not words.search(j3_without_denied_topics(lowered))


# -- end of round 65, helper j3 --
_ECONOMIC = re.compile(
    r"\b(?:(?:takes?|took|keeps?|kept|has|holds|controls?|controlling|controlled|stole|"
    r"steals?|withholds?|withheld) (?:all )?(?:of )?my (?:bank ?card|cards?|money|wages|"
    r"salary|pay|benefits|child ?benefits?|universal credit|pension|savings|pin|account|"
    r"bank account|"
    r"finances|debit card|credit card)|(?:gives|gave) me (?:an? )?"
    r"(?:allowance|£?\d+ a week|pocket money)|(?:loans?|debts?|credit cards?) in my name|"
    r"wont let me (?:have|get|work|spend|see) (?:any )?(?:money|my money|a job|work)|"
    r"financial abuse|economic abuse|financially abus\w*|controls? (?:all )?(?:the|our) money|"
    r"show (?:him|her) (?:the )?receipts|check\w* (?:my|all my) (?:spending|receipts|bank)|"
    # -- round 75, helper c75b --: "i get my wages paid into his account basically and he gives
    # me an allowance" (Precious).
    r"(?:wages?|pay|salary|benefits?|universal credit|pension|money) (?:is |are |gets |get |goes "
    r"|go |went )?(?:paid |going |sent |put )?(?:in)?to (?:his|her|their) (?:bank )?account)\b"
)
_CARER = re.compile(
    r"\b(?:(?:my|the|her|his|our|mums?|dads?|nans?) (?:carer|care worker|home help|"
    r"support worker|care assistant|personal assistant|pa)|carers?)\b"
)
# k91c (round 91): the support worker who will contact the person ("the support worker should
# text before calling"), not a carer.
_K91C_OUR_SUPPORT_WORKER = re.compile(
    r"\b(?:the|a|your|ur) support workers? (?:\w+ ){0,3}(?:text|call|ring|phone|contact|email|"
    r"message|get in touch|reach)\w*\b"
)
_CARER_HELPED = re.compile(
    r"\b(?:my|the|her|his|our|mums?|dads?|nans?) (?:carer|care worker|home help|support worker|"
    r"care assistant)s? (?:\w+ )?(?:found|discovered|noticed|saw|spotted|rang|called|phoned|"
    r"reported|helped|came|checked|told|is helping|has been helping|was helping)\b"
)
_AS_A_CHILD = re.compile(
    r"\b(?:when i was (?:a (?:kid|child|little girl|little boy|young girl|young boy)|little|"
    r"small|(?:[1-9]|1[0-5])\b(?: years old)?|in primary|at primary)|as a (?:kid|child|little "
    r"(?:girl|boy))|growing up|from (?:the age of|age) (?:[1-9]|1[0-5])\b)"
)
# "my son's been getting bullied" is "my sons been" once the apostrophe goes (round 37, Tony,
# writing about his son of 12, was told "I'm so sorry this happened to you").
_MY_CHILD = (
    r"(?:my|our) (?:(?:little |eldest |youngest |\d{1,2} ?(?:year old|yr old|yo) )?(?:(?:son|"
    r"daughter|child|kid|stepson|stepdaughter|grandson|granddaughter)(?:s(?! (?:friends?|mates?|"
    r"boyfriend|girlfriend|bf|gf|teachers?|dad|mum|father|mother|partner|ex|school|classmates?)"
    r"\b))?|boy|girl|teenager)|\d{1,2} ?(?:year old|yr old|yo))"
)
_CHILDS_AGE = re.compile(
    r"\b(?:(?:hes|shes|he is|she is|theyre|they are|(?:son|daughter|child) is) (\d{1,2})|"
    r"(?:my|our) (\d{1,2}) ?(?:year old|yr old|yo))\b"
)
_HARMED = (
    r"(?:robbed|mugged|attacked|assaulted|stabbed|hit|punched|kicked|beaten|beat up|jumped|"
    r"hurt|bullied|groomed|raped|sexually assaulted|abused|touched|threatened|harassed|stalked|"
    # Not "Still shaking a bit. My daughter is 14" (round 35, Yasmin): "a bit" is not bitten.
    r"followed|exploited|blackmailed|scammed|targeted|spiked|stolen from|bitten|(?<!a )bit|mauled|"
    r"went for)"
)
# A parent or carer writing about their child ("my son was robbed", "someone attacked my
# daughter", "im writing for my 15 year old"), not about themselves.
# An adult writing for another adult: "im texting for my sister", "me? no, its her", "this is
# her son typing". The questions are then about that person, not the one writing.
# lead (round 99): "its my son" (or husband, brother...) followed by where they are now, away:
# Rob, 52, asked if he is in danger: "no not right now. its my son. hes out". The one away is the
# one who hurts the writer, not the one it happened to, so neither "writing for my child" nor
# "writing for someone else" is read from it.
_AWAY_NOW = (
    r"[.,;]? (?:he|she)(?: is| s|s) (?:out|not (?:here|home|in)|at work|away|asleep|gone out|"
    r"upstairs)\b"
)
_THEM = (
    r"(?:my |our )(?:(?:best|close|good|old|oldest|elderly|older|younger|little|big|eldest|"
    r"youngest|disabled|vulnerable|dear) )?(?:sister|brother|mum|mom|mother|dad|father|wife|"
    r"husband|partner|friend|"
    r"mate|neighbou?r|nan|nana|gran|granny|grandma|grandad|grandfather|grandmother|aunt|auntie|"
    r"uncle|cousin|niece|nephew|flatmate|colleague|client|(?:grown up |adult )?(?:son|daughter))"
)
_FOR_SOMEONE_ELSE = re.compile(
    rf"\b(?:(?:writing|asking|here|messaging|texting|typing|contacting you|reaching out) "
    rf"(?:for|on behalf of|about) {_THEM}|(?:its|it s|this is) (?:about |for ){_THEM}\b(?! and "
    rf"me)|(?:its|it s|this is) {_THEM}\b(?! and me)"
    # Not "its my MUM who needs bengali" (round 38, Ayesha): who needs the help, beside them.
    # l100a (round 100): nor "It's my mother who only speaks Turkish" (Elif).
    r"(?! (?:who|whos|that) (?:(?:only|just|mainly|mostly) )?(?:needs?|wants?|speaks?|saw|"
    r"was there|is upset|was with))"
    # Not "its my husband. he checks my phone, he has all the money" (round 38, Priya): who did it.
    rf"(?! (?:he|she|they) {_AUX}{HARM}(?: \w+){{0,3}}? (?:me|my)\b)"
    rf"(?! (?:when|whenever|if|after) (?:he|she|they) (?:\w+ ){{1,3}}?(?:he|she|they) {_AUX}{HARM}"
    r"(?: \w+){0,3}? (?:me|my)\b)"
    # -- round 39, helper F6 --: not "its my wife not a man" (Chris, told men can be abused by a
    # male partner): who did it, not whom it is about.
    r"(?!,? not (?:a |the |my )?(?:man|woman|guy|bloke|bloke|lad|girl|male|female|husband|"
    r"boyfriend|girlfriend|him|her|he|she)\b)"
    # -- round 45, helper P6 --: not "no not assault. its my husband. threats. he controls
    # everything" (Aisha): who did it and what he does, not whom it is about.
    r"(?! (?:threat\w*|abus\w*|violen\w*|controll\w*|coercive)\b)"
    rf"(?!{_AWAY_NOW})"  # lead (round 99): Rob, "its my son. hes out"
    # u86c (round 86): not "this is my friend Tunde's phone, call this number and ask for Femi"
    # (Femi, robbed, on a borrowed phone): whose phone it is, not whom it is about.
    r"(?!(?: [a-z]+)?(?: ?'?s)? (?:phone|fone|mobile|number|cell)\b)|"
    r"(?:its|it s) not (?:me|about me)(?:,)? (?:its|it s) (?:her|him|them)|(?:its|it s) (?:her|"
    r"him|them),? not me|me\?? no,? (?:its|it s) (?:her|him|them)|this is (?:her|his|their) "
    r"(?:son|daughter|sister|brother|husband|wife|partner|friend|carer|neighbour)\b(?: \w+)? "
    r"(?:typing|writing|here)|(?:she|he|they) (?:cant|can t|cannot) (?:text|type|write|message|"
    r"do this) (?:herself|himself|themselves|themself)|"
    # "my mum was mugged", "my brother got attacked": it happened to them, told by someone else.
    rf"{_THEM}s? (?:was|got|has been|have been|been|is being|keeps getting) (?:\w+ )?(?:attacked|"
    r"mugged|robbed|beaten(?: up)?|assaulted|stabbed|scammed|conned|burgled|hurt|raped|threatened|"
    rf"stalked|abused)|"
    # t84d (round 84): "my son is in hospital he get stabbed" (Amina): hurt, told by his mother.
    rf"{_THEM}\b(?: \w+){{0,4}}? (?:he|she|they) (?:get|gets|got) "
    rf"(?:\w+ )?(?:attacked|mugged|robbed|beaten|assaulted|stabbed|knifed|hurt)|"
    rf"{_THEM}\b.{{0,60}}\b(?:took|stole|taken|nicked|stolen) (?:all )?(?:her|his) "
    r"(?:savings|money|purse|wallet|bag|handbag|phone|card|bank card|pension)|"
    # n94e (round 94): Sue, "I'm worried about my friend Pam, her husband Derek controls all her
    # money ... She doesn't know I'm contacting you": writing for her friend.
    rf"(?:worried|concerned|worrying|scared|frightened) (?:about|for) {_THEM}\b.{{0,60}}\b(?:her|"
    r"his|their) (?:husband|partner|wife|boyfriend|girlfriend|ex|carer)\b|(?:she|he|they) "
    r"(?:doesnt|doesn t|does not|dont|don t|do not) know (?:that )?(?:im|i m|i am) (?:contacting|"
    r"writing to|messaging|texting|talking to|doing this))\b"
)
THEIR_AGE = re.compile(
    r"\b(?:shes|hes|she is|he is|theyre|they are|(?:she|he|they) (?:is|are) now|(?:my |our |"
    r"her |his )?(?:sister|brother|mum|mom|mother|dad|father|wife|husband|partner|friend|nan|"
    r"gran|grandma|grandad|son|daughter) (?:is|s|is now)|aged?) (\d{1,3})\b"
)


def their_age(lowered: str) -> int | None:
    found = THEIR_AGE.search(lowered)
    return int(found.group(1)) if found and 0 < int(found.group(1)) < 120 else None


_FOR_CHILD = re.compile(
    rf"\b(?:{_MY_CHILD}(?: \w+)? (?:was|were|got|has been|have been|been|is being|is|keeps "
    rf"getting) (?:\w+ )?{_HARMED}|{_HARMED} (?:\w+ )?{_MY_CHILD}|(?:writing|asking|here|messaging"
    rf"|texting) (?:for|on behalf of|about) {_MY_CHILD}|(?:its|it is|it s|this is) about "
    rf"{_MY_CHILD}|(?:its|it is|it s|this is) "
    rf"{_MY_CHILD}(?!{_AWAY_NOW})|"  # lead (round 99): Rob, "its my son. hes out"
    rf"{_MY_CHILD}.{{0,80}}\b(?:grooming|groomed|grooms|(?:sending|sends|messaging|"
    rf"messages|asking|asks|talking to|pressuring) (?:her|him|them)\b)|(?:grooming|messaging|"
    rf"talking to|following|bullying) {_MY_CHILD}|(?:help|support|advice|someone) for "
    rf"{_MY_CHILD}|{_MY_CHILD}\b.{{0,120}}\b(?:writing|asking|here|messaging|texting) (?:for|on "
    # "my son they stab him leg": told as the carer would say it in other words.
    rf"behalf of) (?:him|her|them)|{_MY_CHILD},? (?:they|someone|somebody|boys|some boys|a man|"
    rf"men|a gang|some \w+) (?:\w+ )?(?:stab|stabbed|hit|beat|beaten|attack|attacked|rob|robbed|"
    rf"jump|jumped|hurt|punch|punched|kick|kicked|cut|slash|slashed) (?:him|her|them)\b|"
    rf"(?:writing|asking|messaging|texting) (?:for|on behalf of) (?:him|her|them)\b.{{0,60}}\b"
    rf"{_MY_CHILD})\b"
)


_COMPANION = re.compile(
    r"\b(?:(?:me|i) and (?:my|our) (?:boy|girl)|(?:my|our) (?:boy|girl) and (?:me|i)|with (?:my|"
    r"our) (?:boy|girl)(?= (?:and|when|at|after|from|outside)))\b"
)


def _childs_age(lowered: str) -> int | None:
    """From a parent, only an age that is clearly the child's ("hes 15", "my 15 year old")."""
    said = _CHILDS_AGE.search(lowered)
    if said is None:
        return None
    age = int(said.group(1) or said.group(2))
    return age if age < 25 else None


# Not "will my daughter see any of this" (round 37, Wendy, 74, asking who sees this chat: she
# was offered the NSPCC for a grown-up daughter).
_CHILD_WITNESS = re.compile(
    r"\b(?:in front of (?:the|my|our) (?:kids|children|son|daughter|baby|boys|girls)|"
    r"(?<!will )(?<!would )(?<!can )(?<!could )(?<!does )(?<!do )(?<!might )"
    r"(?:the|my|our) (?:kids|children|son|daughter|boys|girls|little ones?) "
    r"(?:saw|see|seen|heard|hear|watched|watch|were there|was there|witnessed)"
    r"(?! (?:any of )?(?:this|these|my (?:messages|texts|phone|chat)|the (?:chat|messages|"
    r"texts))\b)|"
    r"(?:kids|children) (?:were|are) (?:in the house|there|watching|upstairs))\b"
)
_WEAPON = re.compile(
    r"\b(?:knife|knives|shank|shanked|blade|machete|gun|pistol|shotgun|firearm|hammer|bat|"
    r"baseball bat|"
    r"crowbar|bottle|glass(?:ed)?|acid|axe|screwdriver|stabbed|stab|shot|shooting|knifepoint|"
    r"gunpoint|weapon|brick|iron bar|metal bar|"
    # -- round 50, helper U2 --: not "tipped it so I went sideways into the pole" (Siobhan, on a
    # bus): a pole is a weapon only when it is used on them.
    r"(?<=with a )pole|(?<=with the )pole|(?<=with his )pole|(?<=with her )pole|"
    r"(?<=metal )pole|(?<=wooden )pole|(?<=a )pole(?= at| on| to)|"
    r"(?:swung|swinging|waving|wielding) (?:a |the |his |her )?(?:\w+ )?pole)\b"
)
# A weapon shown while something was taken makes a theft a robbery: "took my phone, one of
# them had a shank out", "they had a knife on me".
_WEAPON_OUT = re.compile(
    r"\b(?:had|has|got|pulled|pulled out|showed|flashed|waved|held|with) (?:a |an |his |her |"
    r"their )?(?:knife|shank|blade|machete|gun|bat|hammer|weapon|zombie knife)s?(?: out| on (?:me|"
    r"us)| to (?:me|my))?\b|\b(?:knife|shank|blade|gun|machete)s? (?:out|on (?:me|us)|to my)\b"
)
# -- round 68, helper n2 -- Derek, 62, a shop owner: "last week one of them pulled a needle on
# me", "he threatened me with a needle, said hed stab me with it" stayed "a theft". A needle or
# syringe pulled on someone, or threatened with, is a weapon; not "scared of needles", "a blood
# test with a needle", "spiked with a needle" (spiking has its own reading).
N2_NEEDLE_THREAT = re.compile(
    r"\b(?:pulled|pulled out|had|has|got out|waved|held|flashed|showed|brandish\w*|threatened "
    r"(?:me|us|him|her|them|my \w+) with|stick (?:me|us) with|jab\w* (?:at )?(?:me|us) with|"
    r"(?:came|went|comes) at (?:me|us) with|the one with) (?:a |an |his |her |their |the )?"
    r"(?:dirty |used |bloody |blood )?(?:needle|syringe)s?(?! test)\b|\b(?:needle|syringe)s? "
    r"(?:out|on (?:me|us)|at (?:me|us)|to my (?:neck|face|throat|arm|chest))\b"
)
# -- end of round 68, helper n2 --
_TOOK_THINGS = re.compile(
    r"\b(?:took|taken|take|stole|nicked|grabbed|snatched|demanded)\b.{0,30}\b(?:phone|bag|"
    r"wallet|purse|money|bike|watch|chain|trainers|jacket|keys|cards?|laptop)\b"
)
_SERIOUS_INJURY = re.compile(
    r"\b(?:stabbed|stab wounds?|slashed (?:me|(?:my|him|her|his)(?! (?:\w+ )?(?:tyres?|tires?|car|"
    r"seats?|sofa|bags?|tent|roof)))|glassed|shot (?:me|him|her|in)|"
    r"acid|broke(?:n)? (?:my|his|her) (?:jaw|arm|arms|leg|legs|ribs?|skull|wrist|"
    r"eye socket|cheekbone|back|neck|hip|collarbone)|fractured (?:my |his |her )?(?:skull|"
    r"jaw|cheekbone|eye socket|spine|hip|ribs?)|stitches|surgery|"
    r"serious(?:ly)? (?:injur\w*|hurt|wounded)|"
    r"operation|intensive care|coma|brain injury|internal bleeding|scarred for life|"
    r"lost (?:an|my|his|her) eye|blinded|life changing|permanent(?:ly)? (?:damage|injur\w*|"
    r"scar\w*)|in hospital for|hospitali[sz]ed|air ambulance)\b"
)
_INJURED = re.compile(
    r"\b(?:bleeding|bled|bruis\w*|black eye|cut (?:my|his|her)|concussion|hospital|a and e|"
    r"a&e|injur\w*|hurt (?:my|his|her)|lost a tooth|teeth|swollen|sprain\w*|split (?:my|his|"
    r"her) lip|wound\w*)\b"
)
# -- round 60, helper g6 -- Luke, 17, robbed at knifepoint: "got a little cut on my hand from
# grabbing it" was read as nothing: a cut on the body is an injury, and a cut from grabbing what
# he was threatened with ("it", the knife) is a weapon.
G6_CUT_ON_BODY = re.compile(
    r"(?<!paper )\b(?:cut|cuts|gash|gashes|slash|slice|nick) (?:on|to|in|across|down) "
    r"(?:my|his|her|their) "
    r"(?:jaw|nose|face|cheek|eye|head|arm|arms|wrist|hand|hands|palm|leg|legs|knee|shoulder|neck|"
    r"back|lip|finger|fingers|thumb|chest|stomach|belly)\b"
)
G6_CUT_GRABBING_BLADE = re.compile(
    r"\b(?:cut|cuts|gash|slash|sliced|bleeding)\b(?: \w+){0,6} (?:from|by|when|while) (?:i )?"
    r"(?:grabbing|grabbed|grab|holding|held|catching|caught|pulling|pulled) (?:it|the blade|the "
    r"knife|his knife|their knife|the shank|his shank)\b"
)
# -- end of round 60, helper g6 --
# Pain or damage told of a part of the body: "my jaw is killing me", "my jaw might be broken".
_BODY_PART = (
    r"(?:jaw|nose|face|cheek|cheekbone|eye|eyes|head|ribs?|arm|arms|wrist|hand|hands|leg|legs|"
    r"knee|ankle|shoulder|neck|back|lip|mouth|teeth|tooth|finger|fingers)"
)
_HURTS_NOW = re.compile(
    r"\bmy (?:jaw|nose|face|cheek|cheekbone|eye|ribs?|lip|mouth|teeth|tooth) (?:is |are |s |"
    r"still |feels |keeps )*(?:killing me|hurts?|hurting|aching|aches|throbbing|in agony|swelling|"
    rf"swollen up|numb|bleeding)\b|\bmy {_BODY_PART} (?:is |are |s |still )*(?:(?:might|may|"
    r"could) be |(?:prob|probably|def|definitely) )?(?:broken|fractured|cracked)\b"
)
# -- round 68, helper n5 --: Magda: "the husband push me to wall, hard. my shoulder hurt" had no
# injury noted. A part of the body that still hurts, told with the push or blow that hurt it.
N5_PUSHED_AND_HURT = re.compile(
    r"\b(?:push\w*|shov\w*|slam\w*|threw|thrown|hit|punch\w*|kick\w*|grab\w*)\b.*\bmy "
    r"(?:shoulder|arm|arms|wrist|back|neck|head|ribs?|hip|leg|knee|hand)s? (?:is |are |still |"
    r"s )*(?:hurt|hurts|hurting|aching|aches|sore|swollen|bruised|in pain)\b"
)
# -- end of round 68, helper n5 --
_LIFE_ENDANGERED = re.compile(
    r"\b(?:(?:while|when|with) (?:we|i|us|me|they|he|she|the kids|my (?:kids|family|"
    r"children)) (?:were|was|are|is) (?:inside|in|asleep|sleeping|home|at home|upstairs|in bed)|"
    r"(?:asleep|sleeping) (?:up ?stairs|inside|in the flat|in the house)|"
    r"with (?:me|us|them|him|her|the kids|my family|people) (?:still )?inside|"
    r"through (?:my|the|our) letterbox|petrol through|trapped|couldnt get out|"
    r"could (?:have|of|ve) died|could (?:have|of|ve) killed|nearly died in the fire|"
    r"fire (?:brigade|service) "
    r"(?:rescued|got us out)|burn (?:us|me|the house down with)|people inside|"
    r"someone (?:was )?inside|(?:lives|living) (?:up ?stairs|above))\b"
)
_ONLINE = re.compile(
    r"\b(?:online|on line|internet|social media|instagram|insta|facebook|fb|tiktok|twitter|"
    r"snapchat|snap|whatsapp|telegram|youtube|reddit|discord|dms?|comments|posts?|posted|"
    r"fake (?:account|accounts|profile|profiles)|new accounts?|trolls?|trolling|doxx\w*|"
    r"emails?|texts|messages|group chat)\b"
)
_STALKING = re.compile(
    # Not "we'd been messaging on the app for a week": messaging each other.
    r"(?<!wed )(?<!we d )(?<!we had )(?<!weve )(?<!we ve )(?<!we have )(?<!we )"
    r"\b(?:stalk\w*|(?:keeps?|kept|keeps on|always|constantly|been|is|was|started) "
    r"(?:turning up|showing up|following me|following|watching|waiting (?:outside|for me)|"
    # Not "he was calling me a cripple" (round 49, Siobhan, one attack on a bus): names called.
    r"messaging|texting|calling(?! (?:me|us|him|her|them) (?:a|an|names|the)\b)|ringing|phoning|"
    r"emailing|contacting|driving past|sitting outside|hanging around)|"
    # Not "My mum follows me" on Instagram (round 33, Dev: his mum stored as a stalker).
    r"(?<!mum )(?<!mom )(?<!dad )(?<!mother )(?<!father )(?<!family )(?<!parents )"
    r"follows me(?! on (?:insta\w*|tiktok|twitter|x|facebook|fb|snap\w*|social media|there))|"
    r"followed me (?:home|everywhere|again|to)|"
    # "Man follow me from station. 3 times now" (round 52, Yasmin, Deaf, plain English).
    r"(?<!mum )(?<!dad )(?<!will )(?<! ll )(?<!might )(?<!could )(?<!would )(?<!to )(?<!not )"
    r"(?<!dont )(?<!did he )(?<!does he )follow me (?:home|from|everywhere|again)\b|"
    r"turn(?:s|ed)? up (?:at|outside) (?:my|our)|shows? up (?:at|outside) (?:my|our)|"
    r"(?:messages|messaging|contacting) me (?:from|on) (?:new|different|fake|loads of) "
    r"(?:accounts|numbers|profiles)|new (?:accounts|numbers) (?:every|to message|to contact)|"
    r"wont leave me alone|won t leave me alone|will not leave me alone|tracking (?:me|my)|"
    # p94f (round 94): Bianca, "he track my phone location, and yesterday i find a airtag in my
    # car" (plain English): tracked, not asked "What happened?" twice.
    r"(?<!i )(?<!to )(?<!can )(?<!could )(?<!they )track(?:s|ed)? my (?:phone|location|car)|"
    r"(?:find|found|finds) an? (?:airtag|air tag|tracker|tracking device) (?:in|on|under) my|"
    r"tracker on|watching (?:my|our) (?:house|flat|home)|sat outside (?:my|our)|"
    r"parked outside (?:my|our)|waiting outside (?:my|our)|everywhere i go|"
    # "hes been waiting by my car in the staff car park twice"
    r"(?:been|keeps?|kept) waiting (?:by|outside|near|at) (?:my|our) (?:car|house|flat|home|"
    r"work|door|gate|office|school)|"
    # Not "he knows where i live tho" after a stabbing (round 33, Amir): a fear, not stalking.
    # -- round 50, helper V4 --: not "hes dropped me at my halls so he knows where i am" (Priya).
    r"(?<!so he )(?<!so she )(?<!now he )(?<!now she )knows where i (?:am|go))\b"
)
_HARASSMENT = re.compile(
    r"\b(?:harass\w*|harras\w*|harrass\w*|intimidat\w*|abusive (?:messages|texts|calls|"
    r"letters|voicemails)|threatening (?:messages|texts|calls|letters|notes|voicemails)|"
    r"(?:keeps?|kept|always|constantly) (?:shouting|swearing|screaming|banging|abusing|"
    r"threatening|insulting|calling me)|(?:shouts|swears|screams) at me|threatened (?:me|to)|"
    r"threatening me|threats|made threats|anti social|antisocial|asb|bully\w*|bullied|"
    # "a patients relative told me on the ward he would kill me"; not "my mum would kill me if
    # she knew", a figure of speech.
    r"(?:told me|said|says|threatened)\b.{0,20}\b(?:he|she|they)(?: would| will|d|ll| was going "
    r"to| is going to| are going to) (?:kill|murder) (?:me|us)\b(?! if)|"
    # A threat of violence, told as said: "told me hes going to break my legs".
    # s83a (round 83), Tyler, 16: "some man dem ... on snap sayin theyre gonna wet me after school
    # tmrw": "wet" (someone) is street slang for stab; only here, after a threat told as said, so
    # "the floor was wet" or "he wet himself" are never read as one.
    r"(?:told me|said|says|saying|sayin|shouted|yelled|screamed|texted|messaged|threatened)"
    r"(?: me)?"
    r"(?: that)? (?:hes|he is|hed|he would|hell|he will|shes|she is|shed|she would|shell|she "
    r"will|theyre|they are|theyd|they would|theyll|they will) (?:going to |gonna )?(?:break|"
    r"smash|stab|batter|beat|cut|shoot|kick|burn|glass|slash|knock|do|wet) (?:my (?:legs?|arms?|"
    r"face|head|jaw|neck|knees?|teeth|kneecaps?)|me (?:up|in|over)|me\b(?! a favour))"
    r")\b"
)
_THREAT_TO_KILL = re.compile(
    r"\b(?:threat\w* to kill|said (?:he|she|they)(?:d| would| will|ll)? (?:kill|murder)|"
    r"death threats?|(?:going|gonna) to (?:kill|murder) me|will kill me|ll kill me)\b"
)
_ASSAULT = re.compile(
    r"\b(?:(?:push|shov|kick|punch|slapp|hitt|chok|strangl|beat)\w* me\b|"
    # "grabbed the back of my chair and tipped it so I went sideways into the pole" (round 49,
    # Siobhan, a wheelchair user): force on the chair is force on her.
    r"(?:grabb\w*|push\w*|shov\w*|tipp\w*|kick\w*|yank\w*|pull\w*) (?:the back of |the handles of "
    r"|)my (?:wheel ?chair|chair|mobility scooter|scooter|walking frame|zimmer|crutch\w*)\b|"
    # "some bloke lamped me", "sparked me out", "decked me": a punch, in slang.
    r"(?:lamped|decked|sparked|clocked|smacked|battered|twatted|glassed|bottled|headbutted) me\b|"
    # -- round 50, helper V4 --: "lamps me one in the face" (Declan), told in the present.
    r"\blamps? me\b|"
    # "slammed me on a car", "threw me against the wall" (round 30, Jermaine).
    r"(?:slammed|threw|thrown|pinned|shoved|rammed) me (?:on|onto|into|against|to) (?:a|the|his|"
    r"her) \w+|"
    # lead (round 101): "grabbed it out of my hand, knocked me clean over" (Reg, 76).
    r"knocked me (?:clean |right |straight |flat )?(?:out|down|over|to the ground)|"
    # n80b (round 80): Tom (70), "I was knocked over by three youngsters on bikes ... and they
    # took my wallet": knocked down told of himself is force on him; not by a car or van (a road
    # crash is read before this).
    r"(?:i was|i got|i ve been|ive been|i d been|id been) (?:knocked|pushed|shoved|barged|thrown)"
    r" (?:over|down|to the (?:ground|floor)|off (?:my|the) (?:feet|bike|pavement))(?! by (?:a |an |"
    r"the )?(?:car|van|bus|lorry|truck|taxi|cab|cyclist|scooter|moped|motorbike|vehicle|dog)\b)|"
    # "he hits my mum. and me", "hits her and sometimes me"
    r"(?:hits?|hitting|beats?|beating|punch\w*|slaps?|kicks?) (?:her|him|them|us|my (?:mum|mom|"
    r"mam|dad|sister|brother|nan))\W+(?:and|&|n) (?:sometimes |also |even |now )?me\b|"
    # Touching someone against their will is an assault: "pulled my hijab off".
    r"(?:pulled|ripped|yanked|tore|tried to pull|grabbed|snatched) (?:off )?(?:my|her|his) "
    r"(?:hijab|headscarf|niqab|burka|burqa|turban|kippah|yarmulke|wig|hair|scarf|veil)|"
    # q82c (round 82): "he grab my arm very strong", "he hurt my arm" (Maria, limited English).
    # Not "a man tried to grab me and pull me into his van" (round 44: an attempt to take her).
    r"(?<!tried to )(?<!try to )(?<!trying to )"
    r"(?:grabbed|grab|grabs) (?:me|my (?:arms?|neck|throat|hair|wrists?|face|body|breast|bum|leg))|"
    r"(?:he|she|they) (?:\w+ )?hurt (?:my (?:arms?|wrists?|neck|face|hand|shoulder|back|leg))\b|"
    # "someone at the home is being rough with her, grabbing her arms", "finger marks".
    r"(?:being |been |is |was )?(?:too )?rough with (?:her|him|me|them|my \w+)|grabbing "
    r"(?:her|his|my|their) (?:arms?|wrists?|neck)|finger ?marks|"
    # -- round 65, helper k4 --: not "someone scratched my car" (Precious): a thing scratched.
    r"scratch(?:ed|es|ing) (?:me|my)\b(?! (?:\w+ )?(?:car|cars|van|motor|bike|motorbike|scooter|"
    r"vehicle|taxi|cab|lorry|truck|door|paint|paintwork|windows?|windscreen|bonnet|phone|screen|"
    r"table|furniture|fence|gate|wall|property)\b)|"
    r"hit (?:me|us|him|her|my)|hits me|hitting me|beat (?:me|us|him|her)(?: up)?|"
    r"beaten (?:up)?|beats me|beating me|(?:punch|kick|slap|shov)\w* (?:me|us|him|her|them|my "
    r"(?:face|head|arm|leg|stomach|back|son|daughter|mum|dad|wife|husband|partner))|"
    r"(?:punched|kicked|slapped|shoved) (?:in|on)\b|pushed (?:me|us|him|"
    r"her)|headbutt\w*|choked|choking|strangl\w*|attack\w*|assault\w*|jumped (?:me|us|him|"
    r"her|on)|got jumped|battered|(?:spat|spit) (?:at|on)(?! the (?:floor|ground|pavement|street))|"
    # Spitting at someone is a common assault: "spat in my face", "keeps spitting at me".
    r"(?:spat|spit|spits|spitting|gobbed|gobs) (?:at|on|in) (?:me|us|him|her|them|my|his|"
    r"her|their|our)\b|(?:spat|spit|spits|spitting|gobbed) in (?:me|my|his|her|their|our) "
    r"face|bit me|bitten|threw (?:a|an|"
    r"the|his|her|my|something) \w+ at|thrown at|thrown (?:down|across|against)|pinned (?:me|"
    r"him|her) (?:down|against|to)|dragged (?:me|him|her)|grabbed (?:me|my|him|her) (?:by|"
    r"round|around)|spiked|drugged (?:me|my|him|her)|(?:was|got|been) drugged(?! up)|"
    r"(?:put|slipped) something in (?:my|her|his) drink|shoved|knocked (?:me|him|her) "
    r"(?:down|out|over)|roughed (?:me|us) "
    r"up|smacked|whacked|elbowed|stamped|thumped|decked|floored|glassed|"
    # t84c (round 84): Wayne, "they said if i tell police they will hurt me": harm threatened,
    # not done, is a threat (intimidation), not an assault.
    r"(?<!will )(?<!would )(?<!gonna )(?<!going to )(?<!threatened to )(?<!threaten to )"
    r"(?<!threatening to )(?<!ll )(?<!d )hurt me|hurting me|"
    r"laid into|threatened (?:me )?with (?:a|his|her) \w+|"
    # m79c (round 79): Sunil, "threatening me with bottle", in few words.
    r"threaten(?:ed|ing|s)? (?:me |us )?with (?:a |an |his |her |the |their )?(?:broken )?"
    r"(?:knife|blade|machete|gun|bottle|glass|hammer|bat|brick|crowbar|screwdriver|axe|acid|"
    r"weapon|needle|syringe)|"
    # The injury told instead of the blow: "my mrs gave me a black eye saturday".
    r"(?:(?:gave|give|gives|given) (?:me|him|her|us)|(?:was|were|got|been) given) (?:a |two )?"
    r"(?:black eyes?|fat lip|bloody "
    r"nose|split lip|broken (?:nose|jaw|rib|ribs|arm|wrist|finger|tooth)|shiner|concussion)|"
    # "one boy he show me knife. he say he will cut me": a threat with a knife, in few words.
    r"(?:show|shows|showed|flashed|pulled out) (?:me )?(?:a |his |her |the )?(?:knife|blade|gun|"
    r"machete)|(?:say|says|said) (?:he|she|they) (?:will|would|gonna|going to) (?:cut|stab|"
    r"kill|shoot) me|(?:waved|pointed|pulled|held) (?:a|his|"
    r"her) (?:knife|gun|blade|machete|bat|hammer) (?:at|on|to) me)\b"
)
_ROBBERY = re.compile(
    r"\b(?:robbed|robbery|robbing|robs? (?:him|her|me|them|us)|mugg\w*|at knifepoint|at gunpoint|"
    r"held (?:me )?up|"
    # m79c (round 79): Rhys, his phone snatched on a moped, "just a grazed hand from where he
    # yanked it": hurt as it was pulled from him, force in the taking (Theft Act 1968, s.8).
    r"(?:grazed|cut|bruised|scraped|hurt|sprained|twisted|injured) (?:my )?(?:hand|hands|wrist|"
    r"arm|fingers?|thumb)\b.{0,20}\b(?:where|when|as) (?:he|she|they) (?:yanked|snatched|grabbed|"
    r"ripped|wrenched|pulled|tore) (?:it|my (?:phone|bag|handbag|purse|wallet|watch|chain|"
    r"necklace|laptop|bike))\b|"
    r"car ?jack\w*|jacked|snatched (?:it|my \w+|the \w+) (?:from|off|out of) (?:me|my hand)|"
    # i97a (round 97): Bilal, "2 guys opened door dragged me out and drove off with van and all
    # the parcels": pulled from his vehicle and it taken is force in the taking (Theft Act 1968,
    # s.8), a robbery, not "an assault".
    r"(?:dragged|pulled|yanked|threw|chucked|hauled) (?:me|him|her|us) out (?:of )?(?:my|his|"
    r"her|our|the) (?:van|car|cab|taxi|lorry|truck|motor|vehicle)\b.{0,40}?\b(?:drove|driven|"
    r"drive|took|taken|take|nicked|stole|stolen)\b|(?:dragged|pulled|yanked|threw|chucked|"
    r"hauled) (?:me|him|her|us) out\b.{0,30}?\b(?:drove|driven|sped|raced) off with\b|"
    r"(?:took|grabbed|snatched|ripped|pulled) my \w+(?: \w+)? (?:off|from|out of) (?:me|my "
    r"hands?)|made me (?:hand over|give them|give him|empty)|demanded my|threatened me (?:with "
    r"a \w+ )?(?:and|then) (?:took|stole)|(?:pushed|punched|hit|knocked) (?:me|him|her) (?:over "
    r"|down )?(?:and|then) (?:took|grabbed|nicked|stole|ran off with)|(?:took|grabbed|snatched|"
    # l100d (round 100): not a part of the body: "he grabbed my arm and hit it" (Carmen, whose
    # husband with dementia hit out) is an assault, not a robbery.
    r"nicked|stole|ripped) (?:my|his|her|our|their) (?!(?:arms?|hands?|wrists?|hair|neck|throat|"
    r"face|head|shoulders?|legs?|fingers?|body|chest|waist)\b)\w+(?: \w+)? (?:and|then) "
    r"(?:\w+ )?(?:hit|punched|pushed|kicked|shoved|knocked|attacked|beat|slapped|headbutted)|"
    r"(?:phone|bag|handbag|purse|"
    r"chain|necklace|wallet) snatch\w*|snatch\w* (?:my|her|his|the) (?:phone|bag|handbag|purse|"
    r"chain|necklace|wallet)|"
    # p94f (round 94): Gwen, 63, "my handbag was snatched at the bus stop on tuesday and i fell
    # over", "a young man grabbed my bag and pulled and i went over": pulled over as it was
    # taken, force in the taking (Theft Act 1968, s.8), not "a theft".
    r"(?:phone|bag|handbag|purse|chain|necklace|wallet) (?:was|got|were|been) (?:snatched|"
    r"grabbed|yanked|ripped)|(?:grabbed|snatched|yanked|pulled|ripped) (?:my|her|his) (?:phone|"
    r"bag|handbag|purse|wallet)(?: \w+){0,4}? (?:and|then) (?:i|she|he) (?:fell|went over|went "
    r"down|hit the)|(?:took|take|stole|steal|nicked) .{0,30}(?:with violence|violently|"
    r"by force|forcibly)|(?:waved|pointed|pulled|held|showed|flashed) (?:a|his|her) (?:knife|gun|"
    r"blade|machete|bat|hammer|weapon)\b.{0,50}\b(?:took|grabbed|stole|nicked|demanded|"
    r"made me (?:give|hand))|"
    # k77d (round 77): "they beat him up and took his trainers" (Zainab's son), "man push me off
    # my bike and take it" (Omar): force, then taking their things, is a robbery (Theft Act
    # 1968, s.8); not the children, a photo or themselves ("took off").
    r"(?:push|pushed|punch|punched|hit|beat|knock|knocked|shove|shoved|jumped|attacked|kicked) "
    r"(?:me|him|her|us|them)(?: \w+){0,4}? (?:and|then) (?:then )?(?:took|take|takes|stole|steal|"
    r"nicked|grabbed|ran off with|rode off with|drove off with)\b(?! (?:me|us|him|her|them|off|"
    r"a (?:photo|picture|video)|photos|pictures|videos|(?:the|my|our|his|her) (?:kids|children|"
    r"child|son|daughter|baby|boys|girls))\b))\b"
)
# l100d (round 100): the one writing says they are the one hurt, not the relative they named.
L100D_WRITER_HURT = re.compile(
    r"\b(?:i am|i'm|im) the one (?:with the (?:bruises?|marks?|injur\w*|cuts?)|"
    r"(?:who (?:was|is|got) )?(?:hurt|hit|injured))\b|"
    r"\b(?:i am|i'm|im) not writing for (?:any|some)(?:one|body)\b|"
    r"\b(?:it is|it's|its) me (?:he|she|they) (?:hit|hurt|hits|hurts|attacked)\b"
)
_BURGLARY = re.compile(
    r"\b(?:burgl\w*|burglar\w*|broke into (?:my|our|the) (?:house|home|flat|shed|garage|"
    r"room|place|apartment|office|shop|business|bedsit|"
    # q82c (round 82): "someone broke into my salon" (Bisi) was noted as a theft; breaking into
    # any building is a burglary (Theft Act 1968, s.9).
    r"salon|nail bar|barbers?|cafe|restaurant|takeaway|pub|bar|store|studio|workshop|warehouse|"
    r"unit|premises|surgery|clinic|church|mosque|temple|gurdwara|synagogue|school|lock ?up|"
    r"stockroom|kitchen|building)|broken into|break in|break ins|"
    r"broke in|got into (?:my|our|the) (?:house|home|flat|shed|garage|room|place)|"
    r"got in (?:through|via|my|our|the)|came in through (?:the|my|a) (?:window|back door|door)|"
    r"(?:kicked|smashed|forced|jemmied) (?:my|our|the) (?:front |back )?door (?:in|open)|"
    # k78b (round 78): "they cut the padlock on the shed in the back garden" (Tom): the lock of
    # a building forced to get in is a burglary (Theft Act 1968, s.9), not a theft.
    r"(?:cut|cutting|snapped|snipped|broke|broken|smashed|forced|jemmied|prised|pried|bust|"
    r"busted|drilled)(?: off| open| through)? (?:the|my|our) (?:pad ?lock|locks?|door|hasp|"
    r"window)s? (?:off |on |of |to |at )(?:the |my |our )?(?:back |garden |front )?(?:shed|"
    r"garage|outhouse|workshop|lock ?up|summer ?house|house|flat|home)|"
    r"(?:shed|garage|outhouse|workshop|lock ?up|summer ?house)(?: door)?s? (?:pad ?)?locks? "
    r"(?:was|were|got|had been|has been) (?:cut|snapped|broken|smashed|forced|bust|busted|"
    r"drilled)|"
    r"(?:house|flat|home|place) (?:was|got|has been) (?:broken into|done over|turned over|"
    r"ransacked|robbed)|ransacked|someone (?:was|had been|has been) in (?:my|our) (?:house|"
    r"flat|home|room)|(?:while|when) (?:i was|we were) (?:asleep|out|away|at work)\b"
    # -- round 40, helper G1 --: not "asleep in a doorway off the strand" (Alan, sleeping rough).
    r"(?! (?:in|on|at|under|by) (?:a |the |my )?(?:doorway|street|streets|park|bench|tent|bus|"
    r"train|tube|station|beach|grass|underpass|bridge|shop doorway))\b.{0,60}"
    r"(?:took|stole|gone|missing)|took .{0,40} from (?:my|our) (?:house|flat|home|bedroom)|"
    # A distraction burglary: someone let in under a pretext, and things gone.
    r"(?:door|window|lock) (?:is|was|has been|got) (?:broken|smashed|kicked in|forced)\b.{0,80}"
    r"\b(?:gone|missing|took|stole|taken)|"
    r"distraction burglary|(?:said|says|pretend\w*|claimed|claiming) (?:he|she|they)? ?(?:was|"
    r"were|to be)? ?from the (?:water|gas|electric\w*|council|board|water board)\b.{0,120}"
    r"\b(?:went|gone|missing|took|stole|taken)|(?:let|letting) (?:him|her|them) in\b.{0,80}"
    r"\b(?:went|gone|missing|took|stole|taken))\b"
)
# "one kept me talking about my guttering while the other one went in the hall and took my
# handbag" (round 38, Joan, 81): a burglary when it is not someone they live with.
_WENT_IN_AND_TOOK = re.compile(
    r"\b(?:went|came|walked|got|sneaked|snuck|slipped|nipped) (?:in|into|inside) (?:to )?(?:the|"
    r"my|our) (?:hall|hallway|house|flat|home|kitchen|living room|bedroom|lounge|front room)\b"
    r".{0,80}\b(?:took|stole|taken|gone|missing|nicked)\b|\bkept me (?:talking|chatting|busy)\b"
    r".{0,120}\b(?:took|stole|taken|nicked)\b"
)
# -- round 28, helper F --
# A car or van broken into, or things taken from it: theft from a vehicle.
_VEHICLE = r"(?:car|van|vehicle|motor|motorbike|lorry|truck|campervan|motorhome)"
_VEHICLE_BROKEN = re.compile(
    rf"\b(?:(?:my|our|the|his|her) {_VEHICLE} (?:was|got|has been|had been|been|is) (?:broken "
    rf"into|broke into|done over|smashed into)|(?:broke|broken|got) into (?:my|our|the|his|her) "
    rf"{_VEHICLE}|(?:theft|stole|stolen|took|taken|nicked|gone|missing) (?:\w+ ){{0,6}}?"
    rf"(?:from|out of|in) (?:my|our|the|his|her) {_VEHICLE}"
    # -- round 49, helper T6 --: "Car broken into on my driveway overnight" and "It's a car
    # break-in" (Alan): no "my" and no "was", read as a burglary.
    rf"|^{_VEHICLE} (?:was |got |been )?(?:broken into|broke into)|{_VEHICLE} break ?ins?\b)"
)
_DENIED_CRIME = re.compile(
    r"\b(?:not|isnt|wasnt|never|no|aint|(?:wouldnt|wouldn t|would not|dont|don t|do not) call "
    r"(?:it|this|that|him|her)|"
    # k78b (round 78): "I do not think it is stalking" (Margaret, 80).
    r"(?:dont|don t|do not|didnt|did not) think (?:it|this|that|he|she)(?: is| was| s|s)?)"
    r" (?:a |an |really |just |actually |even |the )*(?:victim "
    r"of (?:a |an )?)?(?:burglary|burglar|break in|terrorism|terror attack|terrorist attack|"
    r"stalking|stalker|robbery|robber|mugging)(?: as such)?\b|"
    # Round 81 (Nina, locked out by her landlord): "the LANDLORD he change lock, not thief",
    # "not theft!! he lock us out". Not "its not just theft, he threatened me" (round 68).
    r"\b(?:not|isnt|wasnt|never|no|aint) (?:a |an |the )?(?:theft|thief)\b"
)
# k78b (round 78): Tom, "so is it burglary or theft": the crime named only in a question about
# which crime it is is not told as what happened (see questions.k78b_asks_which_crime).
_K78B_CRIME_NAME = (
    r"(?:burglary|theft|robbery|a mugging|mugging|fraud|a scam|scam|an assault|assault|"
    r"harassment|stalking|criminal damage|domestic abuse)"
)
K78B_WHICH_CRIME = re.compile(
    rf"\b(?:is|isnt|was|wasnt|would|wouldnt|does|doesnt) (?:it|this|that|mine)(?: be| count as| "
    rf"classed as| called| logged as| recorded as)? (?:a |an |more |really |actually |not )?"
    rf"{_K78B_CRIME_NAME}\b(?: (?:or|not) (?:a |an |just )?{_K78B_CRIME_NAME}\b| (?:though|then|"
    rf"instead|surely|tho)\b)"
)


# end k78b
_HOME_BROKEN = re.compile(
    r"\b(?:burgl\w*|(?:house|home|flat|garage|shed|place) (?:was|got|has been|had been) broken "
    r"into|broke into (?:my|our|the) (?:house|home|flat|garage|shed|place)|(?:came|got|broke) in "
    r"(?:to )?(?:my|our|the) (?:house|home|flat)|in the house|into the house)\b"
)
_ROBBED_REMOTELY = re.compile(
    r"\brobbed (?:me |us )?(?:,\s*)?(?:by|over|on|through|via) (?:the )?(?:phone|telephone|"
    r"internet|online|email|text|computer|app|website)\b"
)
# m103c (round 102): someone posing as the police or a bank, then money or cards handed over.
_M103C_POSING = re.compile(
    r"\b(?:saying|said|says|claimed|claiming|told me) (?:he|she|they) (?:was|were|is|are|s) "
    r"(?:a |an )?(?:detective|police ?(?:officer|man|woman)|policeman|policewoman|officer|"
    r"(?:calling )?from (?:the |my )?(?:police|met|scotland yard|bank|fraud (?:team|department)))|"
    r"\b(?:pretend\w*|posing|posed) (?:to be |as )(?:a |an |the |my )?(?:detective|police|bank)"
)
_M103C_HANDED_OVER = re.compile(
    r"\b(?:gave|handed|passed|give|hand) (?:over )?(?:him|her|them|it|the (?:courier|man|woman))?"
    r" ?(?:over )?(?:my |the |all |an? |all my )?(?:£|\d|money|cash|envelope|savings|cards?|"
    r"bank cards?|pin|jewellery|gold)|\bcourier (?:came|collected|picked|took|was sent)"
)
_M103C_FORCE = re.compile(
    r"\b(?:forced|grabbed|snatched|pushed|hit|punched|threatened|knife|gun|attacked|"
    r"hurt me|made me)\b"
)


def m103c_tricked_into_handing_over(lowered: str) -> bool:
    """Money or cards handed over to someone posing as police or a bank, with no force: fraud
    (courier fraud), even when the caller's story used the word "robbing"."""
    return bool(
        _M103C_POSING.search(lowered)
        and _M103C_HANDED_OVER.search(lowered)
        and not _M103C_FORCE.search(lowered)
    )


_THEFT = re.compile(
    r"\b(?:stole|stolen|steal\w*|nick(?:ed|ing)|pinch(?:ed|ing)|pickpocket\w*|swiped|"
    r"took my (?!(?:son|daughter|kids?|child|children|baby|boy|girl|mum|mam|mom|dad|mother|"
    r"father|nan|gran|family|husband|wife|partner|dog|time|statement)\b)|"
    r"(?:took|taken|takes|taking|take) (?:all )?(?:of )?(?:her|his|their|our) (?:life )?"
    r"(?:savings|money|cash|purse|wallet|pension|jewellery|rings?|phone|bag|handbag|card|"
    r"bank card|watch|laptop|bike)|taken from|went missing|missing from|snatched|shoplift\w*|"
    r"theft|thief|thieves|"
    r"catalytic converter|lifted my|walked off with|ran off with|helped (?:him|her|them)self "
    r"to|(?:take|takes|taking) my (?!(?:son|daughter|kids?|child|children|baby|boy|girl|mum|mam|"
    r"mom|dad|mother|father|nan|gran|family|husband|wife|partner|dog|time|statement|meds|"
    r"medication|tablets)\b)\w+|(?:taking|takes|took|take) (?:money|cash|things|stuff|"
    r"items|jewellery|my \w+) "
    r"(?:from|out of) (?:my|me|her|his)|"
    # -- round 55, helper C3 --: Harold, 77: "she take from my wallet", "need help carer take
    # money" (his agency carer; "Sorry, I didn't understand").
    r"(?:she|he|they|carer|someone|somebody) (?:\w+ )?(?:take|takes|took|taking) (?:money |cash )?"
    r"(?:from|out of) (?:my|her|his) (?:wallet|purse|"
    r"handbag|bag|pocket|account|bank account)|carers? (?:take|takes|took|taking|steal|steals) "
    r"(?:my |me |our )?(?:money|cash|pension))\b"
)
_FRAUD = re.compile(
    r"\b(?:scam\w*|fraud\w*|con(?:ned| man| artist|n)|phishing|fake (?:website|bank|"
    r"investment|profile|ticket|tickets|seller|landlord|job|email|text|call|police)|"
    r"pretend\w* to be (?:my bank|the bank|from|the police|hmrc|a|an)|pretended to be|"
    r"claim\w* to be (?:a|an|from)|(?:says|said|saying) (?:he|she|they) (?:is|was|were|s|are) (?:a|"
    r"an) (?:gardener|builder|roofer|plumber|electrician|tree surgeon|handyman|workman|"
    r"window cleaner|carer)|"
    # -- round 46, helper Q2 --: "move the money to a safe acount" (Beryl), "said he was from
    # Barclays": a bank-impersonation scam.
    r"safe acc?oun?t|(?:says|said|saying|claimed) (?:he|she|they) (?:was|were|is|are|s) (?:calling "
    r")?from (?:my bank|the bank|barclays|lloyds|natwest|hsbc|santander|nationwide|halifax|monzo|"
    r"starling|tsb|metro bank|the fraud (?:team|department)|hmrc)\b|"
    r"transferr?\w* (?:my|the|all|money|£|\d)|sent (?:him|her|them) (?:money|£)|"
    r"(?:bank|hmrc|police|amazon|microsoft|bt|paypal) (?:called|rang|phoned|texted|emailed)|"
    r"cloned|identity theft|identity fraud|(?:stole|stolen|nicked|took) my identity|used my "
    r"(?:card|details|identity|name)|(?:loans?|credit cards?|accounts?|debts?|phone contracts?) "
    r"(?:taken out |opened )?in my name|"
    # -- round 63, helper i6 --: "two loans I never applied for ... I believe my identity has been
    # stolen" (Ravi) was read as a theft: credit in his name is fraud.
    r"(?:my )?identity (?:has |had )?(?:been |was |got )?stolen|(?:loans?|credit cards?|"
    r"accounts?) i (?:never|didnt|did not) (?:appl\w*|took out|take out|open\w*|ask\w* for)|"
    # -- end of round 63, helper i6 --
    # "my Instagram has been hacked. Whoever has it is DMing my contacts asking them to send
    # money" (round 33, Dev: asked "What happened?" after saying so).
    r"(?:account|instagram|insta|facebook|email|snapchat|tiktok|whatsapp|profile) (?:has been |"
    r"have been |was |got |been )?hacked|asking (?:them|people|my (?:contacts|friends|family|"
    r"followers)) (?:for|to send) money|"
    r"romance|invest(?!igat)\w*|crypto|bitcoin|never arrived|never delivered|took (?:the|my) money "
    r"and|wired|gift cards?|cowboy builder|rogue trader|overcharg\w*|"
    r"ponzi|lost (?:all )?(?:my )?(?:savings|£|"
    r"\d(?![\d,.]* (?:front |back )?(?:teeth|tooth)))|(?:take|takes|took|taking) (?:all )?(?:my )?"
    r"money (?:from|out of) (?:my )?(?:bank|account|card)|said (?:he|she|they) (?:was|were) "
    r"(?:from|with|calling from) (?:my|the|your) (?:bank|building society|police|hmrc|council|"
    r"energy|broadband|phone)|moved (?:my|all my|the) (?:savings|money|pension)|"
    # Courier fraud: "saying they were police officers... a courier would collect my card and
    # i gave them my pin".
    # Not "said they was police but no uniform, searched me and slammed me on a car" (round
    # 30, Jermaine): posing as police is fraud when money, cards or a bank come into it.
    r"(?:saying|said|claimed|claiming|pretending|told me) (?:that )?(?:they|he|she) (?:were|was|"
    r"are|is) (?:a |an )?(?:police|police officers?|officers?|detectives?|from (?:the|my) "
    r"(?:bank|police)"
    # -- round 74, helper a74a --: "saying he was a policeman from Kingston station" (Margaret).
    r"|policem[ae]n|policewom[ae]n|copper|police detective)"
    r"(?=.{0,160}\b(?:cards?|pin|money|cash|pounds|bank|courier|transfer\w*|account|savings|gold|"
    r"jewellery|£))|"
    r"courier (?:would|will|to|was going to|came to) (?:collect|pick up|come for)|gave (?:them|"
    r"him|her) (?:my )?(?:pin|card|bank card)|"
    # -- round 28, helper F --: "a man kept ringing me saying he was from the council ... then a
    # courier came to the door to collect my bank cards ... i gave him them and my pin".
    r"courier (?:\w+ ){0,6}?(?:collect|pick up|picked up|take|took)\w* (?:my|our|her|his|the) "
    r"(?:bank )?cards?|gave (?:them|him|her) (?:them|it|my cards?|my bank cards?) (?:and|n) "
    r"(?:my )?pin|(?:saying|said|says|claimed|claiming|pretending) (?:that )?(?:he|she|they) "
    r"(?:was|were|is|are|s) (?:from|calling from|ringing from) (?:the|my|your) (?:council|bank|"
    r"building society|police|hmrc|tax office|dwp|energy|broadband|phone) (?:about|and|to|"
    r"asking|saying)|(?:has |had |was )?(?:gone|taken|missing) (?:from|"
    r"out of) my (?:account|bank)|"
    # Doorstep crime: "said my roof tiles were loose and i paid them cash", "ive been had".
    r"(?:been|got) had|ripped (?:me|us) off|doorstep (?:con|scam|crime|trader|seller)\w*|"
    r"(?:said|saying|told me) (?:my|the|"
    r"our) (?:roof|tiles|gutters?|chimney|drive|driveway|boiler|trees?|fence) (?:was|were|needed|"
    r"need|had)|paid (?:them|him|her) (?:\w+ )?(?:cash|up front|upfront|a deposit)\b.{0,60}"
    r"\b(?:never|didnt|did not|no work|disappeared)|(?:took|drove|driven|taken) me to (?:the|my|"
    r"a) (?:bank|cash ?point|cash machine|building society|post office|nationwide|barclays|"
    r"lloyds|natwest|hsbc|santander|halifax))\b"
)
_DAMAGE = re.compile(
    r"\b(?:smash\w* (?:my|our|the|up)|broke (?:my|our|the) (?:window|windows|door|car|fence|"
    r"gate|mirror|windscreen|tv|stuff|things|phone|glasses)|damag\w*|vandal\w*|keyed|"
    r"graffiti|sprayed|slashed (?:my|the|our|all) (?:tyres|tires|car|sofa|seats)|"
    r"(?:brick|stone|rock) (?:through|at)|eggs? (?:through|at) (?:me|us|him|her|(?:my|our|his|her|"
    r"the|their) (?:\w+ )?(?:door|house|home|flat|windows?|car|letterbox))\b|egged|"
    # -- lead, round 77 --: "he throw eggs on my door many times" (Samira).
    r"(?:throw\w*|threw|thrown|chuck\w*|lob\w*|pelt\w*) (?:\w+ ){0,2}?eggs?|eggs? (?:on|all over|"
    r"over) (?:my|our|the) (?:door|house|flat|windows?|car)|kicked (?:in|off) (?:my|our|the) "
    r"(?:door|mirror|fence|gate)|wrecked|trashed|dented|scratched (?:my|our|the) car|"
    r"criminal damage|ripped up|poured \w+ (?:on|over) (?:my|our) car|"
    # i97a (round 97): Nora, 67: "someone has smashed his headstone, it's cracked right across"
    # (her late husband's grave) was asked "What happened?" twice: damage to a grave is criminal
    # damage (Criminal Damage Act 1971, s.1).
    r"(?:smash\w*|broke|broken|crack\w*|knock\w* over|push\w* over|kick\w* over|pull\w* over|"
    r"desecrat\w*|defac\w*|vandali[sz]\w*) (?:\w+ ){0,3}?(?:headstones?|gravestones?|tombstones?|"
    r"memorials?|memorial bench|grave|graves)|(?:headstones?|gravestones?|tombstones?|memorials?|"
    r"grave|graves) (?:\w+ ){0,4}?(?:smashed|broken|cracked|knocked over|pushed over|kicked over|"
    r"desecrated|defaced|vandali[sz]ed))\b"
)
# -- round 45, helper P4 --: "window broken", "shop window smash, 2 time" (Abdul, whose shop
# window was smashed twice): criminal damage said in few words. "Racist leaflets through my door
# for a year, and dog mess on my doorstep" (Mrs Okoro): a course of conduct, harassment.
_P4_WINDOW_BROKEN = re.compile(
    r"\b(?:(?:shop|front|back|car|my|our|the) )?(?:windows?|glass|shopfront|shop front) "
    r"(?:\w+ )?(?:broken|broke|smash|smashed|smashing|cracked|put through)\b"
)
_P4_HATE_LEAFLETS = re.compile(
    r"\b(?:(?:racist|hateful|hate|nasty|offensive|abusive) (?:leaflets?|letters?|notes?|"
    r"messages?) (?:\w+ ){0,3}(?:letterbox|letter box|door|doorstep)|(?:dog (?:mess|poo|dirt|"
    r"excrement)|excrement|faeces) (?:\w+ ){0,3}(?:doorstep|door|letterbox|letter box))\b"
)
_ARSON = re.compile(
    r"\b(?:arson\w*|set (?:fire|light|alight)|set (?:my|our|the|it|his|her) \w+ (?:on fire|"
    r"alight|alight)|on fire|torch\w*|fire ?bomb\w*|petrol bomb\w*|burn(?:t|ed|ing)? (?:down|"
    r"out)|burn(?:t|ed)? (?:my|our|the) (?:car|van|house|flat|door|shed|bin|home)|"
    r"(?:lit|lighting) (?:a fire|fire)|fire (?:through|in|at|on) (?:my|our|the) (?:letterbox|"
    r"door|hallway|shop|house|flat|car|home|business)|started a fire|deliberate fire|"
    r"petrol (?:through|on|in)|burning \w+ (?:through|into|in|at)|"
    # "my car burn. fire brigade come", "somebody put fire on my car": in other words.
    r"(?:my|our) (?:car|van|house|flat|door|shed|shop) (?:burn|burned|burnt|was burned|was burnt|"
    r"got burned|got burnt|caught fire)|put fire (?:on|in|to))\b"
)
_KIDNAP = re.compile(
    r"\b(?:kidnap\w*|abduct\w*|held (?:me |us |him |her )?(?:hostage|captive|prisoner|against)|"
    r"locked (?:me|us|him|her) (?:in|up|inside)|wouldnt let (?:me|us|him|her) (?:leave|out|go)|"
    r"(?:they|he|she|family) (?:lock|locks|locked) (?:me|us|the door|door)\b(?! out)|"
    r"wont let (?:me|us|him|her) (?:leave|out|go)|"
    r"kept (?:me|us|him|her) (?:locked|prisoner|captive|"
    # -- round 49, helper T3 --: not "one kept me in the kitchen talking" (Brian, a distraction
    # burglary): kept talking is a distraction, not being held.
    r"in(?![^.!?]{0,30}\b(?:talking|chatting|chat|busy|distracted|conversation)\b))|"
    r"bundled (?:me|him|her) into|dragged (?:me|him|her) into (?:a|his|the) "
    r"(?:car|van)|drove (?:me|off with me) (?:away|somewhere)|took (?:me|him|her) (?:away|"
    r"somewhere) (?:in|against)|false imprisonment|tied (?:me|us|him|her) up)\b"
)
_DRUG_RUNNING = (
    r"(?:made|make|makes|making|forced|forces|forcing|gets|got) (?:me|us|him|her) (?:to )?(?:take|"
    r"carry|deliver|drop|move|run|hold) (?:\w+ ){0,2}(?:packages?|parcels?|bags?|stuff|drugs|gear|"
    r"food|shots?)\b.{0,160}\b(?:drugs|weed|crack|coke|cocaine|heroin|gear|county lines|trap)"
)
# "my cousin makes me hold a bag of stuff for him and drop it to people. i said i wanna stop and
# he said my mum and little sister will get hurt if i do" (round 42, Liam, 16): carrying for
# someone under threat, without naming drugs, is criminal exploitation too.
_RUNNING_UNDER_THREAT = (
    r"(?:made|make|makes|making|forced|forces|forcing|gets|got) (?:me|us|him|her) (?:to )?(?:take|"
    r"carry|deliver|drop|move|run|hold|sell) (?:\w+ ){0,3}(?:packages?|parcels?|bags?|stuff|"
    r"drugs)\b.{0,160}"
    r"\b(?:(?:will|would|gonna|going to|ll) (?:get )?(?:hurt|beat\w*|stab\w*|kill\w*|jump\w*)|"
    r"if i (?:stop|dont|say no|tell))"
)
# q82c (round 82): Ama, 15: "theres these older boys from the estate and they keep making me take
# bags places. like packages. i dont know whats in them" was not read ("What happened?" again).
# Older boys or men making someone carry packages they don't know the contents of is child
# criminal exploitation (gov.uk, "Criminal exploitation of children and vulnerable adults: county
# lines"), threat told or not.
_Q82C_OLDER_MAKE_ME_CARRY = (
    r"(?:older (?:boys?|lads?|guys?|men|man|ones|kids|yutes?|man dem)\b|(?:dont|do not|dunno|"
    r"never) know (?:whats|what is|what s|what) in (?:them|it|the (?:bags?|packages?|parcels?)))"
    r".{0,120}\b(?:made|make|makes|making|forced|forces|forcing|gets|got) (?:me|us) (?:to )?"
    r"(?:take|carry|deliver|drop|move|run|hold) (?:\w+ ){0,2}(?:packages?|parcels?|bags?)\b|"
    r"\b(?:made|make|makes|making|forced|forces|forcing) (?:me|us) (?:to )?(?:take|carry|deliver|"
    r"drop|move|run|hold) (?:\w+ ){0,2}(?:packages?|parcels?|bags?)\b.{0,120}(?:dont|do not|dunno|"
    r"never) know (?:whats|what is|what s|what) in (?:them|it)"
)
_CARRYING_FOR_THEM = re.compile(rf"\b(?:{_DRUG_RUNNING}|{_RUNNING_UNDER_THREAT})")
# -- round 49, helper T5 --
# "now hes saying i owe him and he wants me to hold some packages at my place" (Jordan, 17):
# asked to hold packages for someone, or a made-up debt to an older man, is criminal
# exploitation, not "what happened?" again.
_T5_HOLD_PACKAGES = (
    r"(?:wants?|wanted|ask\w*|tell\w*|told|make\w*|made|get\w*|got) (?:me|us) (?:to )?(?:hold|"
    r"keep|stash|store|look after|mind) (?:some|his|their|the|a|these|those|bare)? ?(?:packages?|"
    r"parcels?|packs?|bags? of)|(?:saying|says|said|reckons) i owe (?:him|them) (?:money|\w+ )?"
    r"(?:and|so|now)? ?(?:he|they) (?:wants?|want) me to"
)
_TRAFFICKING = re.compile(
    r"\b(?:traffick\w*|modern slavery|slave\w*|servitude|forced (?:labou?r|to work)|"
    r"(?:made|make|makes|forced|forcing) (?:me|us) (?:to )?work (?:for (?:no|nothing|free)|"
    r"without (?:pay|money)|every day|all day|for them)|work(?:ed|ing)? for (?:no|nothing|free|"
    r"no pay|no money)|(?:took|taken|take|takes|kept|keep|keeps|keeping|holding|hold|holds|has|"
    r"have) (?:my|our) (?:passport|"
    r"passports|documents|papers|id)|debt (?:bondage|to (?:pay|work) off)|owe them|"
    r"county lines|cuckoo\w*|(?:made|make|makes|forced|use|uses|using|used) (?:me|us|him|her|"
    # "some men older they use him to sell drogas" (round 32, Rosa, about her son of 16).
    r"my son|my daughter|my boy|my girl) (?:to )?(?:carry|sell|deal|move) (?:drugs|drogas|gear|"
    r"packages)|brought (?:me|us) (?:to|over to|here)|"
    # "he makes me take packages on the train to like southend and luton ... its drugs" (round
    # 38, Nadia, 19): criminal exploitation (county lines), under Modern Slavery Act 2015.
    rf"{_DRUG_RUNNING}|{_RUNNING_UNDER_THREAT}|{_T5_HOLD_PACKAGES}|{_Q82C_OLDER_MAKE_ME_CARRY}|"
    r"sold (?:me|us)|bring (?:me|us) (?:here|to|over)|(?:make|made|makes|forced?) (?:me|us) "
    r"(?:to )?work\b(?! (?:late|weekends|overtime|nights|extra))|(?:cant|can t|not allowed to) "
    r"leave (?:the|their|his) (?:house|place|farm|car wash|restaurant|salon))\b"
)
# Work without pay, kept up by time or by threats to tell immigration: labour exploitation, which
# the contract counts under human_trafficking (modern slavery and forced labour). "family i clean
# not pay me 3 month", "3 month no money. they say if i tell, they call immigration". Not one
# late wage ("my boss didnt pay me last week"), nor a partner's threats (domestic abuse).
_UNPAID = re.compile(
    r"\b(?:(?:not|no|never|dont|doesnt|didnt|wont|havent|hasnt|stopped|refuses? to|refused to) "
    r"(?:\w+ )?(?:pay|paid|paying)\b|no (?:pay|salary|wages)\b|without (?:pay|salary|wages)\b|"
    r"unpaid|withh[oe]ld\w* (?:my |our |her |his )?(?:salary|wages|pay)\b)"
)
# "no money" is their pay only beside a time: "3 month no money", not "no money for the rent".
_NO_MONEY_FOR_MONTHS = re.compile(
    r"\b(?:months?|weeks|years?) (?:no|without) money\b|\b(?:no|without) money (?:for )?(?:\d+|"
    r"two|three|four|five|six|few|several|many) (?:months?|weeks|years?)\b"
)
_DENOUNCE = re.compile(
    r"\b(?:(?:call|calls|called|calling|tell|tells|told|report|reports|reported|ring|phone|send|"
    r"sends) (?:\w+ )?(?:to )?(?:the )?(?:immigration|home office|border force)|deport\w*|"
    r"immigration on (?:me|us|her|him))\b"
)
_AT_WORK = re.compile(
    rf"\b(?:work\w*|job|employers?|boss|salary|wages|cleaner|cleaning|clean (?:their|the|his|her) "
    rf"(?:house|home|flat)|housemaid|maid|nanny|au pair|domestic worker|family {_WORKS_FOR}|"
    r"car wash|restaurant|farm|factory|building site|nail bar|salon)\b"
)
_MONTHS_ON_END = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|many|"
    r"couple of) (?:months?|weeks|years?)|for (?:months|weeks|years))\b"
)
_EMPLOYER = re.compile(
    rf"\b(?:employers?|boss|host family|family {_WORKS_FOR}|(?:family|people) (?:i|we) work for)\b"
)


def unpaid_work_said(lowered: str) -> bool:
    """-- round 68, helper n5 --: wages unpaid for weeks or months at work (not forced work)."""
    unpaid = _UNPAID.search(lowered) or _NO_MONEY_FOR_MONTHS.search(lowered)
    return bool(unpaid and _AT_WORK.search(lowered) and _MONTHS_ON_END.search(lowered))


def denounce_threat_said(lowered: str) -> bool:
    """A threat to report the person to immigration ("they say they call immigration on me")."""
    return bool(_DENOUNCE.search(lowered))


def unpaid_work(lowered: str) -> bool:
    """Work without pay kept up by threats to tell immigration (see above).

    -- round 68, helper n5 --: Magda (44, a Polish cleaner): "Family not pay me 2 month" was
    read as "trafficking or forced work". Wages unpaid for months are an employment matter
    (Acas): forced work needs more than unpaid wages, such as the threats, papers kept or not
    being free to leave (NAMES_TRAFFICKING and _FORCED_WORK above)."""
    unpaid = _UNPAID.search(lowered) or _NO_MONEY_FOR_MONTHS.search(lowered)
    if not unpaid or re.search(rf"\bmy (?:{PARTNER})\b", lowered):
        return False
    return bool(_DENOUNCE.search(lowered))


# A van driven into a crowd, not into "my parked car" (a crash or damage).
_TERRORISM = re.compile(
    r"\b(?:(?<!called me a )(?<!calling me a )(?<!call me a )(?<!calls me a )terror\w*|bomb\w*|"
    r"explosion|explosive|extremist\w*|jihad\w*|suicide bomber|vehicle attack|"
    r"van (?:drove|ploughed|mounted) (?:into|onto) (?:the |a )?(?:crowd|people|pedestrians|"
    r"pavement|us|them|everyone)|mass stabbing|"
    r"attack (?:on|at) (?:the )?(?:station|bridge|concert|market|tube))\b"
)
# -- round 28, helper F --
# A name shouted at someone ("called me a f***ing terrorist", "shouting terrorist at him"): hate
# abuse, never terrorism, with any word of anger between.
_CALLED_TERRORIST = re.compile(
    # -- round 76, helper g76c --: "he say terrorist to ME" (Samira): "say" too.
    r"\b(?:call\w*|shout\w*|yell\w*|scream\w*|sa(?:id|ys|ying|y)|branded|abus\w*)"
    r"(?: (?:me|us|him|her|them|my \w+|at (?:me|us|him|her|them)))?(?: (?:a|an|as|that|like))?"
    r"(?: i (?:was|am|m)| (?:he|she|they) (?:was|is|were|are))?"
    r"(?: (?:f ing|f in|f\w{0,5}ing|fuckin|effing|bloody|dirty|muslim|paki|bearded|stupid|"
    r"fucking|\w+ing)){0,2} terroris(?:t|ts|m)\b"
)
# -- round 29, helper L --
# "some ppl from my year made a fake insta with my pics and keep posting stuff", "the fake account
# says im a sl*t and stuff and they put in comments that they gonna jump me after school".
_R29_ONLINE_ABUSE = re.compile(
    r"\b(?:(?:made|make|making|set up|created|create|opened|started) (?:a |an )?fake (?:insta|"
    r"instagram|account|profile|page|tiktok|snap|snapchat|facebook|fb|twitter)|fake (?:insta|"
    r"instagram|account|profile|page)s? (?:says?|said|saying|calls?|called|calling|posts?|posted|"
    r"posting|is posting|keeps? posting|with my)|(?:put|posted|posting|wrote|writing|left|leaving)"
    r" (?:\w+ )?(?:in )?(?:the )?comments? (?:that |saying )?(?:they|theyre|theyll|he|she|hes|"
    r"shes)? ?(?:are |is |will |ll )?(?:gonna|going to|will|ll) (?:jump|beat|batter|hurt|kill|"
    r"stab|get|smash|knock)|(?:posting|posted|post|sharing|shared|share)\w* (?:my )?(?:pics|"
    r"photos|pictures)(?: of me)? (?:on|online))\b"
)
_ONLINE_ABUSE = re.compile(
    # "he sends me sexual things. i didnt ask for it": unwanted sexual messages or pictures.
    r"\b(?:(?:sends?|sending|sent|messag\w*|texts?|texting) me (?:\w+ )?(?:sexual|dirty|rude|"
    r"explicit|naked|nude) (?:things|stuff|messages|texts|pictures|pics|photos|videos)|"
    r"trolled|trolling|trolls|cyber ?bull\w*|cyber ?stalk\w*|online (?:abuse|harassment|"
    r"hate|threats?)|abuse (?:online|on (?:twitter|instagram|tiktok|facebook|x))|"
    r"(?:hacked|hacking) (?:my|into)|fake (?:account|profile)s? (?:of|pretending to be) me|"
    r"doxx\w*|posted my (?:address|number|details|pictures|photos)|pile ?on|"
    r"(?:comments|dms|messages|posts) (?:calling|saying|telling) me|(?:hate|abuse|threats|"
    r"bullying|harassment) (?:online|on social media)|"
    # -- round 49, helper T6 --: "some girls in my year made a gc about me and someone put my
    # address in it", "its a group chat where they post pics of me and say im ugly" (Kayla, 14):
    # asked "What happened?" three times.
    r"(?:made|set up|started|created|making) (?:a |an )?(?:gc|group ?chat|group|page|account|"
    r"story) (?:about|on|of|for|to (?:mock|laugh at|slag off|rate)) me|"
    r"(?:gc|group ?chat|page|account)s? (?:where|that|which) (?:they|people|everyone|some \w+) "
    r"(?:post|posts|share|shares|put|puts|say|says|call|calls|laugh|mock|chat)|"
    r"(?:put|posted|shared|leaked|sent round|sent around) (?:my|our) (?:home |house |actual |"
    r"real )*(?:address|number|location|postcode) (?:in|on|to|round|around)|"
    r"(?:put|posted|shared|leaked) where i live)\b"
)

# -- repeat, reporting, hate, impairment, age, time ---------------------------------------------

# -- round 29, helper L --
# "its me again" is the writer back, and "what do i do if they misgender me again" a what-if: not
# being targeted again. (Python's lookbehinds are of fixed width, so one per length of the verb.)
_NOT_ME_AGAIN = r"(?<!its )(?<!it s )(?<!this is )(?<!hi )(?<!hey )(?<!hiya )(?<!hello )" + "".join(
    rf"(?<!\bif {who} \w{{{length}}} )"
    for who in ("they", "he", "she", "you", "someone", "anyone", "people")
    for length in range(2, 13)
)
_REPEAT = re.compile(
    # Not a bare "again": "you have told me to ring again" is not being targeted again.
    r"\b(?:(?:happen\w*|did it|done it|doing it|at it|came back|come back|comes back|back|"
    r"turned up|showed up|hit me|attacked me|broke in|burgled|robbed|targeted|followed me|"
    r"threatened me|messag\w* me|texting me|calling me|it|" + _NOT_ME_AGAIN + r"me|us|them|him|"
    r"her) again|"
    r"again and again|again (?:last|this|yesterday|today|tonight|on)|(?:hit|hurt|attacked|robbed|"
    r"burgled|threatened|followed|assaulted|beat|beaten|pushed|punched|kicked|slapped|grabbed|"
    r"touched|raped|abused|stalked|harassed|messaged|broke in|turned up|showed up|keyed|"
    r"scratched|smashed|damaged|vandalised|vandalized|egged|slashed|spat at|spat on)(?: \w+){0,4} "
    r"again|"
    r"(?:keeps?|keeps on|kept on) (?:on )?(?:coming|turning|calling|ringing|messaging|"
    r"texting|following|hitting|doing|happening|threatening|sending|harassing|abusing|"
    r"bothering|taking|stealing|waiting|watching|posting|making|pushing|kicking|egging|"
    r"breaking|shouting|swearing|spitting|banging|adding|contacting|emailing|showing up|"
    r"sharing|spreading|reposting|forwarding|screenshotting)|"
    # -- round 70, helper w70a --: "he keeps getting on her bus" (the one who did it, again).
    r"(?:keeps?|keeps on|kept on) getting (?:on|onto) (?:my|her|his|our|their|the same) (?:bus|"
    r"train|tube|tram|carriage)|"
    r"constantly|all the time|(?<!past it )(?<!past him )(?<!past her )(?<!past them )"
    r"(?<!past the house )every (?:day|night|week|weekend|"
    r"month|time|few (?:days|weeks|months))|(?:went on|going on|been going on|lasted) for (?:a |"
    r"over a |more than a |about a |nearly a )?(?:year|month|week|while)|"
    r"for (?:months|years|weeks|ages|a long time|"
    r"\d+ (?:months|years|weeks))|(?:months|years|weeks) now|since (?:last|january|february|"
    r"march|april|may|june|july|august|september|october|november|december|\d{4}|we|i|he|"
    # Not "she is very quiet since, I think she is more upset" (round 35, Yasmin).
    r"she|it)(?! (?:think|guess|suppose|feel|dont|do not|reckon|mean)\b)|loads of times|"
    r"lots of times|so many times|(?:several|many|multiple|a few|two|"
    # -- round 29, helper L --: not "its NOT more than once", "the more than once thing"
    r"three|2|3|4) times|(?<!not )(?<!isnt )(?<!wasnt )(?<!never )(?<!the )more than once|"
    r"over and over|on and off|regularly|repeatedly|"
    r"(?:second|third|fourth|fifth|2nd|3rd|4th|5th) time|(?:never|wont) (?:stops?|stopped|"
    r"leaves? me alone)|ongoing|every time (?:i|he|she|they)|(?:its|it s|this) constant|"
    r"the last (?:few|two|three|\d+) (?:weeks|months|years)|happened before|done it before|"
    r"not the first time|same (?:man|guy|person|people|lads|group|gang|ones?))\b"
)
# How long it has gone on, said as a sentence of its own: "2 years", "for 3 years now".
_FOR_SO_LONG = re.compile(
    r"(?:for |been |its been |it s been |it has been )?(?:like |about |nearly |almost |over |more "
    r"than )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a few|many) (?:years|months)"
    r"(?: now| already| like this| i said)?"
)


def how_long_told(text: str) -> bool:
    """How long it has gone on, as a sentence of its own ("... no money. 2 years")."""
    return any(_FOR_SO_LONG.fullmatch(plain(part)) for part in re.split(r"[.!?,;\n]+", text))


# Told in the present: it goes on now.
_GOES_ON = re.compile(
    r"\b(?:(?:i|we) (?:work|live|clean|cook|look after|have to|cant|get|still)|still|"
    r"(?:he|she|they) (?:still |keeps? |keep )?(?:hits|makes|takes|keeps|locks|wont|doesnt|"
    r"dont|wont let))\b"
)
_ONCE = re.compile(
    r"\b(?:(?<!not the )(?<!not my )(?<!isnt the )(?<!wasnt the )(?<!not his )(?<!not her )"
    r"first time|"
    r"(?:only|just) (?:the )?once|(?:only|just) (?:this|that) (?:once|time)|"
    # -- round 29, helper L --: "no its NOT more than once, fix that"
    r"(?:not|isnt|wasnt|never) (?:been |happened )?more than once|"
    # -- round 40, helper G1 --: not "he choke me one time also before christmas" (Aminata),
    # one time of several.
    r"one off|one time(?! also| too| as well| and)|never (?:before|happened before)|"
    # -- round 28, helper F --: "hes never done it before"
    r"never (?:done|did) (?:it|this|that|anything like (?:this|that))(?: to me)? before|"
    r"(?:never|not) (?:had|been) (?:this|"
    r"anything like (?:this|that))|out of the blue|nothing like (?:this|that) before)\b"
)
# -- round 46, helper Q2 --: reported to a body that is not the police: "I reported it in the
# app" (Ahmed, an Uber driver), "reported him to uber".
_Q2_NOT_POLICE = (
    r"(?! (?:to|in|on|through|via|with|using) (?:the |my |our |their |his |her |an? )?(?:uber "
    r"|bolt |lyft |deliveroo |just eat )?(?:app|uber|bolt|lyft|addison lee|free now|freenow|"
    r"deliveroo|just eat|ebay|vinted|amazon|airbnb|whatsapp|snap\w*|tiktok|instagram|facebook|"
    r"twitter|youtube|bank|company|firm|landlord|council|school|work|hr|manager|boss|tfl|"
    r"housing|agency|site|website|platform)\b)"
)
# -- round 46, helper Q2 --: "my son has been arrested and now the other lads family are sending
# me horrible messages" (Wendy): her son is the suspect; the messages are not reported.
_Q2_OWN_ARRESTED = "".join(
    f"(?<!{whose} {who}{aux})"
    for whose in ("my", "our")
    for who in ("son", "daughter", "boy", "girl", "lad", "kid", "child", "brother", "sister")
    for aux in (" ", " has ", " s ", "s ")
)
_Q2_OTHER_FAMILY = r"(?![^.!?]*\b(?:the other|their|his|her) (?:\w+ )?famil)"
# "so if the feds find the package at mine do i get arrested" (round 49, Jordan, 17): what the
# police might do one day, not what they know.
_IF_THE_POLICE = re.compile(
    r"\b(?:if|what if|in case|unless|whether)\b(?: \w+){0,3} (?:the )?(?:police|feds|cops|"
    r"old bill|officers?)\b[^,;]*"
    # i97b (round 97): Pauline, after a fake HMRC caller: "i am asking will the police come for
    # ME about the tax" (no question mark) was noted as "you've told the police". Asking whether
    # the police will come for you is fear of arrest, not a report.
    r"|\b(?:will|would|are|could|might|is|do|does) (?:the )?(?:police|feds|cops|old bill|"
    r"officers?|they) (?:\w+ )?(?:come|coming|going to come|gonna come|be coming|arrest|"
    r"be after|after) (?:for |after )?(?:me|us)\b[^,;]*"
)
# "No crime number", "I dont have a crime number" (round 52, Yasmin: she had not reported).
_M52_NOT_HAD = (
    r"(?<!no )(?<!no a )(?<!dont have )(?<!dont have a )(?<!don t have a )(?<!havent got a )"
    r"(?<!without )(?<!without a )(?<!not got a )"
    # -- round 60, helper G3 --: "I not have crime number" (Stacey, Deaf, not reported) was
    # read as told the police: broken-English and bare "not/no have", "dont have" are a no.
    r"(?<!not have )(?<!not have a )(?<!no have )(?<!no have a )(?<!dont have )(?<!don t have )"
    r"(?<!not got )(?<!havent got )(?<!havent )(?<!havent a )(?<!never got a )(?<!never had a )"
    r"(?<!didnt get a )(?<!didnt get )(?<!no got )(?<!i not )"
    # -- end of round 60, helper G3 --
)
_REPORTED = re.compile(
    # -- round 55, helper C3 --: Grace: "I reported the car to police on Wednesday and have a
    # reference" (the result said "If you report it").
    r"\b(?:(?:i|we)(?: have|ve)? (?:already )?reported (?:the|my|our) (?:\w+ )?\w+ to (?:the )?"
    r"(?:police|met|101)\b|"
    r"(?:i|we|my \w+|she|he|they|mum|dad)(?: have| has| had|ve|d)? (?:already )?"
    r"(?:reported|told|called|rang|phoned|contacted|went to|gone to|been to|spoke to|spoken to|"
    r"talked to) (?:it to )?(?:the )?(?:police|999|101|cops|met|action fraud|report fraud)|"
    r"(?:police|officers|cops|detectives?|pc|dc|met|feds) "
    r"(?:came|come|are|were|have|has|took|said|gave|rang|called|arrested|charged|"
    r"investigat\w*|looking|dealing|involved|know|been|attended|visited|find|found|picked|"
    r"stopped|rescued|raided|got)|" + _M52_NOT_HAD + r"(?<!hate )crime (?:ref|"
    # -- round 46, helper Q2 --: "feds want me to give a statement" (Kofi): they know.
    r"reference|number|no)|(?:police|officers|cops|detectives?|feds) (?:want|wants|wanted|"
    r"asked|are asking|keep asking) (?:me|us|him|her) (?:to )?(?:give|make|do) (?:a |my |an )?"
    r"statement|" + _M52_NOT_HAD + r"(?<!hate )crime (?:ref|"
    # z87b (round 87): not "i dont have a reference number tho" (Yasmin, who told TfL staff).
    r"reference|number|no)|" + _M52_NOT_HAD + r"reference number|gave (?:a|my|them a) statement|"
    r"made a statement|"
    # -- round 46, helper Q2 --: not one's own son arrested, harassed by the other family.
     + r"(?:" + _Q2_OWN_ARRESTED + r"(?:got|have|has been|was|were|been)|(?:got|have|has been|was|"
    r"were|been)" + _Q2_OTHER_FAMILY + r") (?:arrested|charged|on bail|bailed|remanded|"
    r"sentenced|convicted)|(?:on|at) (?:his|her|the) trial|"
    # -- round 40, helper G1 --: not "its not gonna get to court is it" (Jay, not reported).
    r"(?<!to )(?<!in )(?:court|trial) (?:is|was|date)(?! it\b)|"
    r"reported (?:it|him|her|them)" + _Q2_NOT_POLICE + r"|the police (?:know|have it)|police i "
    r"call\w*|"
    # Not "i think i call the police" (round 32, Ana): meaning to, not done.
    r"(?<!think )(?<!maybe )(?<!perhaps )(?<!then )(?<!should )(?<!will )(?<!so )"
    r"i call(?:ed)? (?:the )?police|number of crime|" + _M52_NOT_HAD + r"(?<!hate )crime number|"
    r"give me (?:a |the )?(?:crime )?number|"
    # "They've charged a boy and there's going to be a trial", "the police gave us a family
    # liaison officer", "i give police the cctv every time", "i report it every time".
    r"(?:theyve|they ve|they have|they|police have|police|cops have|cops) (?:now |finally |"
    r"already )?(?:charged|arrested) (?:a |an |the |two |three |some |one )?(?:\d+ year old |"
    r"(?:young |older )?)?(?:boy|boys|man|men|lad|lads|woman|women|girl|girls|teenagers?|"
    r"teen|suspects?|person|people|youths?|driver|someone|somebody|him|her|them|(?:my|his|her) "
    rf"(?:{PARTNER}|{FAMILY}|{KNOWN}))|"
    r"(?:theres|there s|there is|there will be|there ll be|going to be|gonna be) (?:a )?"
    r"(?:trial|murder trial|court case)|family liaison|liaison officer|(?:our|my|the|a) flo|"
    r"(?:gave|give|given|gives|sent|send|showed|show|handed|hand|passed) (?:the )?(?:police|"
    r"cops|officers?|met) (?:the |my |our |all the |a )?(?:cctv|footage|video|evidence|"
    r"statement|photos?|pictures?|screenshots?|details|number plate|reg)|(?:gave|give|given|"
    r"gives|sent|handed|passed|showed) (?:the |my |our |all the )?(?:cctv|footage|video|"
    r"evidence|photos|pictures|screenshots) to (?:the )?(?:police|cops|officers?|met)|"
    r"(?:i|we) (?:always )?report (?:it|them|this|him|her) (?:every time|each time|all the "
    r"time|always)|(?:i|we) always report (?:it|them)|"
    # "i did report it tho, tonight, i told you"
    # -- round 29, helper L --: "Reported to Action Fraud, got a reference."
    r"(?<!if i )(?<!if we )(?<!wish i had )(?<!should have )(?<!shouldve )(?<!should ve )reported "
    r"(?:it |this |him |her |them |everything )?to (?:the )?(?:police|action fraud|report fraud|"
    r"101|met|cops)|"
    r"(?:i|we) (?:did|have|ve|had|d) (?:already |actually |just )?report(?:ed)? (?:it|this|"
    r"him|her|them)(?! to (?:the |my |our )?(?:landlord|council|school|bank|manager|boss|"
    r"housing|employer|agency|hr|tiktok|instagram|facebook|app|site|platform)))\b"
)
# l100b (round 100): Sandra, "the council clearly wont" do anything about her neighbours' sons,
# then "ive reported it 3 times already ... nothing happens" was noted as "you've told the
# police" (she had told the COUNCIL). A report said with no police named, where the council,
# housing or a landlord is the body told of, is not known to be a police report.
_L100B_OTHER_BODY = re.compile(
    r"\b(?:council|councils|housing (?:officer|association|office|team)|landlord|asb team|"
    r"anti ?social behaviour team|antisocial behaviour team|"
    # m103c (round 102): Kai, "my ex posted a private pic of me on insta yesterday and i reported
    # it but its still up" was noted as "you've told the police": a report to a site or app, a
    # school, an employer or a bank is not a police report.
    r"insta|instagram|facebook|tiktok|snapchat|whatsapp|twitter|youtube|onlyfans|reddit|"
    r"telegram|discord|the (?:app|site|website|platform)|school|college|uni|university|"
    r"employer|boss|manager|hr|my bank|the bank)\b"
)
_L100B_POLICE_NAMED = re.compile(
    r"\b(?:police|cops|999|101|met|officers?|feds|old bill|pc|dc|detectives?|action fraud|"
    r"report fraud|crime (?:ref\w*|number|no)|reference number|statement|arrested|charged)\b"
)


def l100b_reported_elsewhere_only(text: str) -> bool:
    words = plain(text)
    return bool(_L100B_OTHER_BODY.search(words)) and not _L100B_POLICE_NAMED.search(words)


# -- round 47, helper R4 --: "it hasn't been reported to the police yet" (Chris) was read as
# reported; "nobody's been arrested yet" is not a report either.
_R4_NOT_BEEN_REPORTED = (
    r"(?:hasnt|hasn t|has not|havent|haven t|have not|wasnt|wasn t|was not|isnt|isn t|is not|"
    r"its not|it s not|not) (?:yet |ever |actually )?(?:been |got )?reported(?! to (?!(?:the |"
    r"my |her |his |our )?(?:police|cops|met|101|999|report fraud|action fraud)\b))|"
)
# -- round 49, helper T6 --: "I need a crime reference number for the insurers. How do I get
# one?" (Alan) is asking for one, not having reported.
_T6_WANTS_CRIME_NUMBER = re.compile(
    r"\b(?:need|needs|want|wants|get|getting|obtain|ask for|asking for|after) (?:a |the |my |"
    r"an )?crime (?:ref(?:erence)?|number|no)(?: number| no)?\b|"
    # -- round 65, helper J2 --: "will they actually do something or is it another crime number
    # and forget it" (Pete, not reported): a crime number feared, not one given.
    r"\b(?:is it|will it be|itll be|it ll be|it will be|or just) (?:just |only )?(?:another|a) "
    r"crime (?:ref(?:erence)?|number|no)\b|\bcrime (?:ref(?:erence)?|number|no) and (?:then )?"
    r"(?:forget|forgotten|nothing|thats it|that s it|leave it|left)\b"
    # m79c (round 79): Rhys, told the bot could not give one: "so thats a no on the crime number
    # then" (not reported) was read as told the police.
    r"|\bno on (?:the |a |my )?crime (?:ref(?:erence)?|number|no)\b|\b(?:cant|can t|cannot|"
    r"wont|won t|couldnt|couldn t) (?:give|get|do|issue) (?:me |us |him |her )?(?:a |the |an )?"
    r"crime (?:ref(?:erence)?|number|no)(?: number| no)?\b"
    # -- round 65, helper k4 --: Dave, whose van was broken into, not reported: "no im not in
    # danger its a van. crime number. insurance. please" and "i want my tools back and a crime
    # number" were read as told the police. A crime number counts only when had: "my crime
    # number", "got/was given/have a crime number", "the crime number is", "crime ref 1234".
    # Any other mention (asked for, wanted, a bare "crime number.") is taken out here.
    r"|\b(?:to|do i|do you|does it|should i|will i|would i|can i) (?:have|get|got|obtain|be "
    r"given|receive) (?:a |the |an |my )?crime (?:ref(?:erence)?|number|no)(?: number| no)?\b"
    r"|(?<!\bmy )(?<!\bour )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bthe )(?<!\bgot )"
    r"(?<!\bgot a )(?<!\bgot an )(?<!\bgot the )(?<!\bgiven )(?<!\bgiven a )(?<!\bgiven the )"
    r"(?<!\bgave me )(?<!\bgave me a )(?<!\bgave us a )(?<!\bgave me the )(?<!\bgave him a )"
    r"(?<!\bgave her a )(?<!\bgive me a )(?<!\bgive me )(?<!\bsent me a )(?<!\bsent us a )"
    r"(?<!\bhave )(?<!\bhave a )(?<!\bhas a )(?<!\bhad a )(?<!\bive a )(?<!\bwith )"
    r"(?<!\bwith a )(?<!\bwith the )(?<!\breceived a )(?<!\bissued a )(?<!\bgot me a )"
    r"\bcrime (?:ref(?:erence)?|number|no)(?: number| no)?\b"
    r"(?! (?:is|was|its|it s|of|for it|and everything|from)\b)(?! (?:\w+ )?\w*\d)"
    # -- end of round 65, helper k4 --
)
# -- round 65, helper k4 --: Marcus, hurt by officers in a stop and search: "because the police
# ARE the problem here" was read as told the police. The police named as who did it are not a
# report of it.
_K4_POLICE_DID_IT = re.compile(
    r"\b(?:the )?(?:police|cops|officers|met|feds|coppers|old bill)(?: officers)? (?:are|were|is|"
    r"was|r) (?:the (?:problem|ones|people|issue)|(?:the )?(?:ones? )?(?:who|that) (?:did|done|"
    r"hurt|attacked|assaulted|beat))\b|\b(?:the )?(?:police|cops|officers|met|feds|coppers) (?:did|"
    r"done) (?:it|this|that)\b"
)
_R4_NOBODY_ARRESTED = re.compile(
    r"\b(?:nobodys|nobody|no one|noone|no body|not|never|hasnt|havent|wasnt|werent|isnt|"
    r"(?:has|have|was|were|is)(?:n['’ ]?t| not))\b"
    r"(?:['’]\w+)?(?: \w+(?:['’]\w+)?){0,3}? (?:arrested|charged|caught)\b",
    re.IGNORECASE,
)
_NOT_REPORTED = re.compile(
    r"\b(?:"
    + _R4_NOT_BEEN_REPORTED
    + r"(?:not|havent|have not|didnt|did not|never|wont|dont want to|not going to|too "
    r"scared to|afraid to|scared to|cant|haven t) (?:yet )?(?:report\w*|told|tell|call\w*|"
    # "Haven't reported to police yet" (round 33, Dev, asked the police question again).
    r"go(?:ne)? to|involve|contact\w*|rang|ring|phone\w*|"
    # -- round 75, helper c75b --: "I have not spoken to the police, should I have done?" (Frank)
    r"spoken to|spoke to|speak to|talked to|talk to|been in touch with) (?:it to |anyone |them |"
    r"him |her |to )?(?:the )?(?:police|cops|999|101|met)|(?:no|not) police|police dont know|"
    r"not reported|"
    # "I reported it to HR the following Monday, not the police" (round 35, Mei).
    r"(?:to|told) (?:hr|my (?:boss|manager|employer)|work|the (?:school|uni|university|college|"
    r"landlord|council))\b[^.!?]{0,40}\bnot (?:to )?(?:the )?(?:police|cops)|"
    r"(?:without|no) (?:the )?police|(?:never|not|havent|didnt) (?:\w+ ){0,3}(?:or|and|nor) "
    r"(?:reported|report) (?:it|this|him|them)?|never reported|(?:havent|didnt|never) (?:ever )?"
    r"(?:report|reported) (?:it|this|him|them)|"
    # -- round 29, helper L --: "I do not want her taken away or the police involved"
    # v86b1 (round 86): "doesnt", of someone else: Ray, "She doesn't want the police involved".
    r"(?:dont|do not|doesnt|does not|didnt|did not|wont|not|never) (?:want|wish|like|wanted)\b"
    r".{0,40}\b(?:the )?police (?:involved|to know|round|coming|called|told)|(?:dont|do not|"
    r"doesnt|does not|didnt|did not) want (?:the )?police\b)\b"
)
_HATE_WORDS = re.compile(
    r"\b(?:because (?:i(?: a)?m|of my|of me being|of who i am|im)|cos (?:i(?: a)?m|of my|im)|"
    r"coz (?:im|of my)|cuz (?:im|of my)|cause (?:im|of my)|for being)\s+(?:a |an )?"
    r"(?P<who>[a-z ]{3,40})"
)
_STRAND_WORDS: tuple[tuple[str, str | None, str], ...] = (
    # (pattern for who the person is, community, hate strand)
    (r"jew(?:ish)?|orthodox|charedi|haredi|frum", "jewish", "religion"),
    (r"muslim|islam\w*|hijab\w*|headscarf|niqab|burka|burqa", "muslim", "religion"),
    (r"sikh|hindu|christian|catholic|buddhist|religious|religion|faith|turban", None, "religion"),
    (r"gay|lesbian|bi|bisexual|queer|homo\w*|lgb\w*|sexuality", "lgbt", "sexual_orientation"),
    (
        r"trans|transgender|non ?binary|enby|gender ?fluid|trans (?:woman|man)|gender identity",
        "lgbt",
        "transgender_identity",
    ),
    (
        r"disabled|disability|wheelchair|blind|deaf|autis\w*|learning disab\w*|down syndrome|"
        r"mental health|crutches|walking stick|cane",
        None,
        "disability",
    ),
    (
        r"black|asian|brown|chinese|east asian|african|caribbean|arab|polish|romanian|"
        r"eastern european|foreign|immigrant|refugee|asylum seeker|traveller|gypsy|roma|irish|"
        r"indian|pakistani|bangladeshi|somali|mixed race|colour|skin|accent|race|nationality|"
        r"where im from|english|white",
        None,
        "race",
    ),
)
_WHO_I_AM = re.compile(r"\b(?=(?:im|i am|i m|as an?|being) (?:an? )?(?P<who>[a-z ]{3,40}))")
_HATE_OTHER = re.compile(
    r"\b(?:racis\w*|racial\w*|homophob\w*|transphob\w*|biphob\w*|islamophob\w*|"
    r"antisemit\w*|anti semit\w*|anti (?:muslim|jewish)|xenophob\w*|hate crime|"
    r"disablist|ableist|sectarian|"
    # "go back to your country", not "i just cant go back to school".
    r"go back (?:to (?:your|ur|yer|their|his|her|where|africa|asia|pakistan|india|poland|"
    r"romania|jamaica|china|bangladesh|somalia|nigeria|the jungle)\b|where)|"
    r"called me (?:a |an )?(?:paki|p ki|p word|n word|nigger|terrorist|faggot|poof|dyke|tranny|"
    r"retard|spastic|spaz|"
    r"cripple|mong|gypsy|pikey|chink|kike|yid|batty)|slurs?|racist abuse|"
    # -- round 50, helper V4 --: "shouting dirty pikeys get out of it" (Declan, an Irish Traveller).
    r"dirty (?:pikeys?|gyppos?|gypsies|gypsy|pakis?|knackers)|"
    r"(?:muslim|jew|jewish|paki|polish|romanian|immigrant|black|gay|trans)s? (?:scum|vermin|"
    r"filth)|monkey (?:noises|chants)|call(?:ed|s)? (?:us|me|him|her|them) (?:a |an )?(?:paki|"
    r"gypsy|"
    r"gypsies|pikey|pikeys|terrorists?|monkeys?|faggots?|poofs?|dykes?|tranny|retards?|"
    r"cripples?|chinks?|yids?|kikes?)|(?:romanians|polish|poles|muslims|jews|blacks|asians|"
    r"immigrants|foreigners|gays) (?:are|all) (?:thie\w*|scum|dirty|terrorists|animals)|"
    # z87c (round 87): Maria, Portuguese: "he always say stupid portuguese, foreign people all
    # thief" (the hate question got "I can't answer" and was asked again).
    r"foreign (?:people|men|women|workers) (?:are )?(?:all )?(?:thie\w*|scum|dirty|animals)|"
    r"(?:stupid|dirty|bloody|thieving|lazy|fucking) (?:portuguese|polish|romanians?|"
    r"foreigners?|immigrants?|bulgarians?|lithuanians?|albanians?|brazilians?|"
    # n103b (round 103): Piotr, punched by his foreman: "he call me stupid polak sometimes"
    # (at the hate question, and four times after) was never read as hate: a slur about
    # nationality, said to them, is.
    r"polaks?|polacks?)|call\w* (?:me|us|him|her|them) (?:a |an )?(?:polaks?|polacks?))\b"
)
# -- round 56, helper D6 --: being misgendered or deadnamed on purpose (Kai, "he/she-ing me").
_D6_MISGENDERED = re.compile(
    r"\b(?:misgender\w*|mis gender\w*|deadnam\w*|dead nam\w*|he she ing|she he ing|"
    r"(?:wrong|my) pronouns|pronouns)\b"
)
# -- end of round 56, helper D6 --
_IMPAIRMENT = re.compile(
    r"\b(?:registered (?:blind|disabled|deaf)|(?:i(?: a)?m|i have been|ive been|i was) "
    r"(?:partially |severely |profoundly )?(?:blind|deaf|disabled|autistic|bipolar|"
    r"dyslexic|paralysed|paralyzed|partially sighted|visually impaired|hard of hearing|"
    r"sectioned|an amputee|in a wheelchair)|(?:use|uses|in) a (?:wheelchair|mobility scooter|"
    r"walking frame|zimmer|walking stick|stick|cane|guide dog)|(?:i have|ive got|i got|"
    r"diagnosed with|suffer (?:with|from)|i live with|living with|i struggle with) "
    # -- round 39, helper F6 --: "I have type 2 diabetes and a bad knee" (Okafor).
    r"(?:a |an |severe |bad |chronic |complex )?(?:type (?:1|2|one|two) )?(?:ptsd|c ?ptsd|"
    r"bipolar|schizo\w*|"
    # g96d (round 96): Gary, "i have learning disabilty" (as typed)
    r"depression|anxiety disorder|autism|asd|adhd|learning (?:disabilit\w*|disabilty|disablity|"
    r"difficult\w*)|"
    r"dementia|alzheimers|epilepsy|ms|multiple sclerosis|cerebral palsy|down syndrome|"
    r"brain injury|personality disorder|bpd|eupd|ocd|psychosis|mental health (?:condition|"
    r"problems|issues|difficulties)|mental illness|heart condition|copd|parkinsons|"
    r"arthritis|a stroke|stroke|cancer|diabetes|sickle cell|fibromyalgia|me|chronic fatigue|"
    r"lupus|disabilit\w*|physical disabilit\w*|hearing loss|sight loss|a disability|"
    r"an eating disorder|eating disorder)|(?:ptsd|bipolar|schizophreni\w*|dementia|autism|"
    r"autistic|epilep\w*|learning disabilit\w*|wheelchair user|blind|deaf))\b"
)
# -- round 29, helper L --
# Someone else's condition ("My wife has dementia and lately she has become violent") is not the
# writer's; nor, from someone caring for another ("I am her only carer"), is a condition named
# without "I" ("Someone who understands dementia").
_R29_CONDITIONS = (
    r"dementia|alzheimers|ptsd|bipolar|schizo\w*|autis\w*|adhd|epilep\w*|parkinsons|learning "
    r"disabilit\w*|down syndrome|brain injury|ms|multiple sclerosis|cerebral palsy|psychosis|"
    r"mental health \w+|mental illness|a stroke|stroke|cancer|blind|deaf|disabled|disability|"
    r"a disability|wheelchair|ocd|depression|anxiety"
)
_R29_OTHERS_CONDITION = re.compile(
    rf"\b(?:my|our|his|her|their) (?:\w+ )?(?:{PARTNER}|{FAMILY}|friend|neighbou?r|client|"
    r"patient)\b[^.!?]{0,30}?\b(?:has|had|s got|has got|with|is|was|suffers? (?:from|with)|"
    rf"diagnosed with|living with|lives with|got)\b[^.!?]{{0,30}}?\b(?:{_R29_CONDITIONS})\b"
)
# -- round 45, helper P3 -- Grace, 41: "I work as a carer in the night, my employer pays me less
# than what we agreed" was offered adult safeguarding "for adults with care and support needs":
# her job, not a carer who harmed her.
_P3_I_WORK_AS_A_CARER = re.compile(
    r"\bi (?:work|am working|m working|have worked|worked) (?:\w+ )?as (?:a |an )?(?:\w+ )?"
    r"(?:carer|care worker|care assistant|home help)s?\b|\b(?:im|i am|i m) (?:a |an )?(?:night|"
    r"live in|home|paid|agency|care home|domiciliary) (?:carer|care worker)\b|\bmy (?:job|work) "
    r"is (?:as )?(?:a )?(?:carer|care worker)\b|\bi do care work\b"
)
_R29_I_CARE = re.compile(
    r"\b(?:(?:i am|im|i m) (?:(?:his|her|their|my \w+s?|a|an|the) )?(?:only |main |sole |"
    r"full time |unpaid )?(?:kinship |kin |foster )?carer(?: (?:for|to|of) (?:my|her|him|them)\b)?|"
    r"i (?:care for|look "
    r"after|am caring for|am looking after) (?:my|her|him)|(?:her|his|their) (?:only |main )?"
    r"carer is me)\b"
)


# -- round 47, helper R2 --
_R2_THE_CONDITION = re.compile(
    r"\b(?:the|his|her|their|hes got|he has|shes got|she has) (?:\w+ )?(?:dementia|alzheimers?)\b"
)

# Helen wrote for her daughter (17), sexually assaulted: the services listed included SurvivorsUK
# "for men, boys and non-binary people". Whom a parent or friend writes about, when only one
# gender is named ("my daughter", "my son"), for the matcher (referrals/matching.py).
_R2_FEMALE = re.compile(
    r"\bmy (?:\w+ )?(?:daughter|step ?daughter|granddaughter|niece|sister|girl|wife|girlfriend|"
    r"mum|mother|nan|gran|grandma|grandmother|aunt|auntie)\b"
)
_R2_MALE = re.compile(
    r"\bmy (?:\w+ )?(?:son|step ?son|grandson|nephew|brother|boy|husband|boyfriend|dad|father|"
    r"grandad|grandfather|uncle)\b"
)


def r2_their_gender(lowered: str) -> set[str]:
    """``about_a_woman`` or ``about_a_man`` when the person written about is named by one gender
    only; nothing when both are named ("my son and my daughter") or neither."""
    female, male = bool(_R2_FEMALE.search(lowered)), bool(_R2_MALE.search(lowered))
    if female and not male:
        return {"about_a_woman"}
    if male and not female:
        return {"about_a_man"}
    return set()


# n103b (round 103)
# Kofi, robbed at a bus stop, at the health question: "not before this. idk now tho, is this
# like ptsd or something?", then "is it ptsd?", then "i dont have a health condition, i just asked
# if it was ptsd" were each noted "you have a health condition". A condition asked about
# ("is this ptsd?", "if it was ptsd", "could it be depression") is a question, not one told;
# "i have ptsd" still is.
N103B_CONDITION_ASKED = re.compile(
    r"\b(?:is (?:this|it|that|that s|thats)|(?:if|whether) (?:this|it|that|i) (?:is|was|s|have|"
    r"had|has|got)|could (?:this|it|that|i) (?:be|have)|might (?:this|it|that) be|do i (?:have|"
    r"get)|have i got|am i getting|does (?:this|that|it) (?:count as|mean|sound like))"
    r"(?: (?:like|just|maybe|actually|really|kind of|kinda|sort of|a form of))*(?: (?:a|an|some))?"
    r" (?:ptsd|c ?ptsd|depression|anxiety|trauma|a mental health (?:condition|problem|issue)|"
    r"mental health|a disability|a health condition|a condition)\b(?: or (?:something|what|not|"
    r"anything))?"
)


def _r29_impairment(lowered: str, by_relative: bool) -> bool:
    """The writer's own impairment, as _IMPAIRMENT reads it, without the condition of a partner or
    relative who harmed them (``by_relative``) or whom they care for. (A mother with dementia
    harmed in her care home is still read: the account is about her.)"""
    # -- round 47, helper R2 --: "It's the dementia" (Pat, of her husband who hit her): the
    # condition of someone the account is about, never "I have".
    words = _R2_THE_CONDITION.sub(" ", _others_hearing(lowered))
    words = N103B_CONDITION_ASKED.sub(" ", words)  # n103b (round 103): "is this like ptsd?"
    # -- round 77, helper k77c --: "My husband has dementia and he doesn't really understand
    # what happened" (Helen, burgled with him): a relative's condition is never "I have".
    if by_relative or _R29_I_CARE.search(words) or k77c_relatives_condition(words):
        words = _R29_OTHERS_CONDITION.sub(" ", words)
    found = [match.group(0) for match in _IMPAIRMENT.finditer(words)]
    if found and _R29_I_CARE.search(words):
        found = [said for said in found if re.match(r"(?:i|im|i m|ive|registered)\b", said)]
    return bool(found)


_NO_IMPAIRMENT = re.compile(
    r"\b(?:no(?:thing)? (?:like that|of that|diagnosed)|not disabled|fit and healthy|"
    r"perfectly healthy|(?:im|i am) (?:fine|healthy|ok|okay)|none|nope|no)\b"
)
_SELF_AGE = re.compile(
    r"(?:^|\b(?:i|im|i am|me|aged?|age is|my age is|am|turned|turn|just turned|i turned|"
    r"only|nearly|almost|currently|now)\s+)(?:just |only |nearly |almost |about )?(\d{1,3})"
    r"(?:\s*(?:years? old|yrs? old|yr old|yo|y o|years|yrs|and a half))?(?=\s|$)"
)
_AGE_WORDS = re.compile(
    r"\b(?:(?:im|i am|aged|age|just turned|turned|im nearly|i am nearly)\s+)?"
    r"(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s|-)?"
    r"(?P<unit>one|two|three|four|five|six|seven|eight|nine)?\b|"
    r"\b(?:(?:im|i am|aged|age|just turned|turned)\s+)?(?P<teen>ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b"
)
_DECADE = re.compile(
    r"\b(?:in my|im in my|i am in my)\s+(?:early |mid |late )?"
    r"(?P<decade>teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
    r"20s|30s|40s|50s|60s|70s|80s|90s)\b"
)
_NUMBER_WORDS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_DECADES = {
    "teens": 15,
    "twenties": 25,
    "thirties": 35,
    "forties": 45,
    "fifties": 55,
    "sixties": 65,
    "seventies": 75,
    "eighties": 85,
    "nineties": 95,
    "20s": 25,
    "30s": 35,
    "40s": 45,
    "50s": 55,
    "60s": 65,
    "70s": 75,
    "80s": 85,
    "90s": 95,
}
# Lead (round 91): Margaret, 70, raped at 12: "I saw a story on the news last week and I have not
# been able to stop thinking about it" dated the abuse to last week (the Havens were offered for a
# recent assault). When they saw or heard something in the news is not when it happened.
_SEEN_IN_THE_NEWS = re.compile(
    r"\b(?:saw|seen|see|read|heard|watched|watching|came across)\b[^.!?]{0,40}?\b(?:on|in) "
    r"(?:the )?(?:news|tv|telly|paper|papers|newspaper|radio|internet|online)\b[^.!?]{0,12}"
)


_RECENT = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening|week|month)|last (?:night|week|"
    r"weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|"
    r"(?:a|one|two|three|few|couple of|\d+) (?:days?|weeks?|hours?) ago|just now|earlier|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|at the weekend|"
    # "it was friday night", "its about saturday", "saturday morning"
    r"(?:it was|its|it s|about|since|from) (?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|"
    r"afternoon|evening|just gone)|this (?:weekend|past week|summer|year)|the other (?:day|night)|"
    r"(?:a|one|two|three|four|five|six|few|couple of|\d) months? ago|still (?:happening|going on|"
    r"doing it|does it)|(?:its|it is) (?:happening|going on) (?:now|still)|every (?:day|week)|"
    r"(?:he|she|they) (?:still|keeps?|keep) )\b"
)
_LONG_AGO = re.compile(
    r"\b(?:years ago|(?:a|one|two|three|\d+) years? ago|when i was (?:a child|a kid|little|"
    r"young|a teenager|younger|at school|\d{1,2})|as a (?:child|kid|teenager)|growing up|"
    # "back in 2019", not "hes back in like an hour".
    # Not "had a stent put in 2022": a date in someone's life, not of the crime.
    r"(?<!put )(?<!fitted )(?<!born )(?<!diagnosed )(?<!married )(?<!moved here )"
    r"in (?:19\d\d|20[01]\d|202[0-4])|back in (?:the day|the \d0s|school|19\d\d|20[01]\d)|"
    r"(?:over|more than) (?:a|one) year ago|"
    r"historic\w*|(?:eleven|twelve|thirteen|fourteen|fifteen|eighteen) months ago|"
    r"last year)\b"
)
_DEAF = re.compile(
    r"\b(?:(?<!bit )(?<!little )(?<!slightly )(?<!partially )deaf(?! in (?:one|my|the|his|her) "
    r"(?:left |right |good |bad )?ear)|bsl|sign language|mute|non ?verbal|cant speak)\b"
)
# Someone else's deafness ("my son is deaf though, he's 9, BSL") says nothing of whether the
# person writing can phone.
_OTHERS_DEAF = re.compile(
    r"\b(?:my|our|his|her) (?:\w+ )?(?:son|daughter|child|kid|boy|girl|mum|mom|dad|husband|wife|"
    r"partner|brother|sister|friend|nan|gran)\b[^.!?]{0,40}\b(?:deaf|bsl|sign language|mute|"
    r"non ?verbal)\b[^.!?]*"
)


# -- round 67, helper m2 --: "I dont need no BSL I can hear if you shout" (Winston, 80) was
# read as Deaf ("bsl"); "im hard of hearing not deaf" too: a denial of being Deaf, and the
# hard of hearing said beside it, say nothing of not phoning.
# -- round 71, helper x71a --: "I don't do sign language, I'm just a bit deaf" (Frank, 68, deaf
# in the left ear) was read as Deaf: "do", "know", "sign" deny it too; and "deaf in the left ear"
# (not only "in one ear") is one ear, so he can phone.
_M2_NO_BSL = re.compile(
    r"\b(?:i )?(?:dont|don't|do not|don t|wont|won't|doesnt|doesn't) (?:need|want|use|do|know|"
    r"sign|speak)(?: no| any|"
    r" a)? (?:bsl|sign language)(?: interpreter)?\b|\bno bsl\b"
)
_M2_DENIES_DEAF = re.compile(
    r"\b(?:not|aint|ain't|ain t|isnt|isn't) (?:\w+ )?deaf\b(?! in one ear)(?:,? mind)?"
)
_M2_HARD_OF_HEARING = re.compile(
    r"\b(?:im|i am|i m) (?:just |only )?(?:a bit |a little |slightly |quite )?hard of hearing\b"
)


# f88a (round 88): Tasha, "english. why are you telling me about BSL im not deaf", was read as
# Deaf and given a BSL interpreter: BSL or deafness asked about ("why ... BSL") or named beside
# "im not deaf" is the bot's word said back, not theirs.
_F88A_I_AM_NOT_DEAF = re.compile(
    r"\b(?:(?:im|i am|i m)(?: \w+)? (?:not|aint|ain t)|i (?:aint|ain t)|i am not)(?: \w+)? "
    r"deaf\b(?! in one ear)"
)
# Said about what the bot wrote ("why does it say", "why are you telling me about"), not "why
# wont they give me a bsl interpreter" (a Deaf person's complaint).
_F88A_ASKED_WHY = re.compile(
    r"\bwhy (?:are|r|did|does|do|is|has|have|would|d)? ?(?:you|u|it|that|this|there|they)"
    r"(?: \w+){0,2} (?:tell|telling|told|say|saying|says|said|mention|mentioning|mentioned|talk|"
    r"talking|think|thinking|put|putting|wrote|write|writing|send|sending|sent|keep|giving|"
    r"give|gave|on about|going on about)\b(?: \w+){0,3} (?:bsl|sign language|deaf)\b"
)
_F88A_DEAF_WORDS = re.compile(r"\b(?:bsl|sign language|deaf)\b(?: interpreter)?")


def f88a_bsl_not_theirs(text: str) -> bool:
    """ "why are you telling me about BSL im not deaf", "why does it say BSL interpreter??":
    BSL or deafness named only to ask why, or denied, not a need of theirs."""
    words = plain(text)
    if re.search(r"\b(?:im|i am|i m) (?:\w+ )?deaf\b", words) and not _F88A_I_AM_NOT_DEAF.search(
        words
    ):
        return False
    return bool(_F88A_I_AM_NOT_DEAF.search(words) or _F88A_ASKED_WHY.search(words))


def _others_hearing(lowered: str) -> str:
    not_theirs = f88a_bsl_not_theirs(lowered)  # f88a (round 88): Tasha
    if _M2_NO_BSL.search(lowered) or _M2_DENIES_DEAF.search(lowered):
        lowered = _M2_NO_BSL.sub(" ", _M2_DENIES_DEAF.sub(" ", lowered))
        lowered = _M2_HARD_OF_HEARING.sub(" ", lowered)
    if not_theirs:
        lowered = _F88A_DEAF_WORDS.sub(" ", lowered)
    return _OTHERS_DEAF.sub(" ", lowered)


# f88d (round 89) -- Doreen, 81: "my hearing isnt good on the phone dear", "I cant hear well on
# the phone": poor hearing said of the phone itself (not "my hearing" alone: Winston phones).
F88D_HEARING_ON_PHONE = (
    r"(?:(?<=\bmy )|^)hearing (?:isnt|is not|aint|s not|not) (?:very |so |too |that )?"
    r"(?:good|great|brilliant|the best|what it was) (?:on|over|with) the (?:tele)?phone|"
    r"(?:(?<=\bi )|^)(?:cant|can t|cannot) hear (?:\w+ )?(?:on|over) the (?:tele)?phone"
)
_CANNOT_PHONE = re.compile(
    # f88d (round 89) -- Doreen, 81: "my hearing isnt good on the phone dear".
    r"\b(?:" + F88D_HEARING_ON_PHONE + r")\b|"
    # "a bit deaf in one ear" can still phone.
    r"\b(?:(?:im|i am) (?:rather |quite |very |getting |so )?(?:deaf|hard of hearing|mute|"
    r"non verbal|nonverbal)(?! in (?:one|my|the|his|her) (?:left |right |good |bad )?ear)|"
    # -- round 66, helper l4 --: "I am a bit hard of hearing" (Winston, 80, who phones) was
    # read as Deaf, with only text relay offered: "a bit" deaf or hard of hearing still phones.
    r"(?:im|i am) a (?:bit|little) (?:mute|non verbal|nonverbal)|"
    # "I find the telephone very difficult", "I cannot manage the telephone" (round 31, Gwen).
    r"(?:find|finding) (?:the )?(?:tele)?phones? (?:\w+ )?(?:difficult|hard|impossible)|"
    r"(?:cant|cannot|can t) (?:manage|cope with|use) (?:the )?(?:tele)?phones?|"
    # "I would prefer not phone calls as I struggle to hear" (round 34, Derek, 72).
    r"(?:struggle|find it hard|find it difficult) to hear|(?:prefer|rather) (?:not|no) (?:phone "
    r")?calls|"
    # -- round 67, lead --: "not deaf mind, I can manage the phone if people speak up" (Winston,
    # 80) was offered text relay only.
    r"(?<!bit )(?<!little )(?<!slightly )(?<!partially )(?<!not )(?<!aint )(?<!ain t )"
    r"(?<!not totally )(?<!not fully )deaf(?! in (?:one|my|the|his|her) "
    r"(?:left |right |good |bad )?ear)|bsl|"
    # -- round 77, lead --: not "they cant call me my mum sometimes picks up my phone" (Priya,
    # 17, sent the 999 BSL app): being called is not safe, but she can phone.
    r"sign language|(?<!they )(?<!you )(?<!u )(?<!he )(?<!she )(?<!someone )(?<!anyone )"
    r"(?<!people )(?:cant|cannot|can t|not able to|unable to) (?:talk|speak|hear|use the "
    r"phone|phone|call|answer (?:the )?(?:phone|calls))|(?:calls|phoning|calling|ringing) "
    r"(?:isnt|is not|arent|are not|wouldnt be|not) safe|not safe to (?:talk|call|phone|speak)|"
    r"(?:he|she|they) (?:checks|listens to|goes through|reads|monitors) my (?:phone|calls|"
    r"messages)|text only|only text|no calls|no phone calls|(?:can )?only (?:do |use |manage )?"
    r"(?:text|texts|texting|messages)|(?:cant|cannot|can t) hear (?:on )?(?:the )?phone|"
    # -- round 46, helper Q7 --: "they took my phone", "no phone mate" (Sammy, robbed asleep).
    r"(?:they|thieves|the lads) (?:took|stole|nicked) my (?:phone|mobile)|(?:ive |i )?got no "
    r"(?:phone|mobile)|^no (?:phone|mobile)|(?:with|without) (?:no|a) (?:phone|mobile))\b"
)
# g89g (round 89): Noor, 15, asked to be contacted "text only pls not call" and was treated as
# Deaf ("Without a voice call: ... use the 999 BSL app, or dial 18000 on the Relay UK app",
# "text relay 18000"); she wrote "im not deaf lol". Asking to be texted rather than called is
# how the support team should contact them (contact_method), not a reason they cannot phone.
# "i can only text" still is.
_G89G_TEXT_PREFERENCE = re.compile(
    # h90d (round 90): Tasha, not Deaf, "yes but only texts to this number, its my mums".
    r"\b(?<!can )(?<!could )(?:text only|only texts?|texts only|text me only)\b|"
    r"\bno (?:phone )?calls\b|\b(?:pls|please|plz|but) (?:not|no|dont|don t) (?:call|calls|ring|"
    r"phone)\b|\bnot (?:a )?(?:call|calls)\b"
)


# A call that is not safe (someone checks the phone or would hear) is still a reason.
_G89G_CALL_NOT_SAFE = re.compile(
    r"\b(?:check\w*|goes through|go through|going through|looks? (?:at|through)|reads?|hears?|"
    r"hear me|listen\w*|find out|finds out|sees?|safe|safer|around|home|watch\w*)\b"
)


def g89g_without_text_preference(lowered: str) -> str:
    """The message without a wish to be texted rather than called (kept where calls are not
    safe)."""
    if _G89G_CALL_NOT_SAFE.search(lowered):
        return lowered
    return _G89G_TEXT_PREFERENCE.sub(" ", lowered)


_GENDER = re.compile(
    r"\b(?:(?:im|i am|as) (?:a |an )?(?P<trans>trans |transgender )?(?P<word>woman|women|"
    r"female|girl|lady|mum|mother|wife|man|male|guy|bloke|boy|lad|dad|father|husband|"
    r"non binary|nonbinary|enby|genderfluid|gender fluid|agender)|"
    r"(?P<plain>non binary|nonbinary|enby)|"
    # j91g (round 91): Margaret, 70, "It was when I was a little girl" (a men-only service
    # was offered to her).
    r"\bwhen i was (?:just )?a (?:little |young |small )?(?P<young>girl|boy))\b"
)
_WOMEN = {"woman", "women", "female", "girl", "lady", "mum", "mother", "wife"}
_MEN = {"man", "male", "guy", "bloke", "boy", "lad", "dad", "father", "husband"}


@dataclass(frozen=True)
class Account:
    """What one message makes clear; None where it does not say."""

    crime_type: str | None = None
    offender: str | None = None  # a relationship_to_offender value
    details: frozenset[str] = field(default_factory=frozenset)
    repeat: bool | None = None
    reported: bool | None = None
    hate: bool | None = None
    hate_strands: tuple[str, ...] = ()
    communities: tuple[str, ...] = ()
    impairment: bool | None = None
    age: int | None = None
    gender: str | None = None
    bereaved: bool | None = None
    cannot_phone: bool | None = None
    for_child: bool | None = None
    within_12_months: bool | None = None
    for_someone_else: bool | None = None
    child_ages: tuple[int, ...] = ()  # f96b (round 96): "they're 9 and 12" (Vik's two children)

    def facts(self) -> dict[str, object]:
        """The slots this account fills, by the form's names (only what it says)."""
        found: dict[str, object] = {
            "crime_type": self.crime_type,
            "relationship_to_offender": self.offender,
            "repeat_victimisation": self.repeat,
            "reported_to_police": self.reported,
            "hate_motivated": self.hate,
            "impairment": self.impairment,
            "age": float(self.age) if self.age is not None else None,
            "gender": self.gender,
            "bereaved": self.bereaved,
            "cannot_phone": self.cannot_phone,
            "for_child": self.for_child,
            "for_someone_else": self.for_someone_else,
            "within_12_months": self.within_12_months,
        }
        if self.details:
            found["account_details"] = sorted(self.details)
        if self.hate_strands:
            found["hate_strand"] = list(self.hate_strands)
        if self.communities:
            found["community"] = list(self.communities)
        if self.child_ages:
            found["child_ages"] = [float(age) for age in self.child_ages]
        return {key: value for key, value in found.items() if value is not None}


# -- reading ----------------------------------------------------------------------------------


def clauses(text: str) -> list[str]:
    """The message cut where sentences and clauses turn, each in ``plain`` form."""
    parts = re.split(r"[.!?;\n]+|,\s+(?:but|and then|then|so)\s+|\s+but\s+", text.lower())
    return [p for p in (plain(part) for part in parts) if p]


# Coming into their room uninvited: "he come in my room without asking and he touch me".
_COMES_IN_UNASKED = re.compile(
    rf"{_AUX}(?:come|comes|came|coming|walks?|walked|lets? (?:himself|herself)|let (?:himself|"
    r"herself)|enter\w*) (?:in|into|in to)? ?(?:my|our) (?:room|bedroom|bed|bathroom)\b.{0,30}"
    r"\b(?:without (?:asking|knock\w*|permission|my permission|telling|warning)|and "
    r"(?:he |she )?(?:touch\w*|grab\w*|grop\w*|kiss\w*|feel\w*))\b"
)


def _role(after: str, before: str) -> str | None:
    """Whether the person named just before ``after`` did the harm, suffered it, or neither."""
    if _HELPED.match(after) or m79c_news_brought(after):  # round 79, m79c: Lee's neighbour
        return None
    after = m79c_restated(after)  # round 79, m79c: "my husband, he is violent" (Kasia)
    if _F6_HELPED_ME.match(after):
        return None  # -- round 39, helper F6 --: "my bf tried to drag them off me"
    # -- round 28, helper F --
    # "i realised too late when my daughter rang", "my daughter only rang me after": the one who
    # rang or came afterwards found it out; the caller who did it is someone else.
    if (
        re.search(r"\b(?:when|until|till|once|after|before)\s*$", before)
        and re.match(
            r"(?:\w+ )?(?:rang|rung|called|phoned|rings|calls|came|come|got home|visited|popped "
            r"in|found|saw|noticed|spotted|realised|realized|asked|told)\b",
            after,
        )
        # not "when my ex rang me he threatened to kill me"
        and not re.search(rf"\b(?:he|she|they)\s+{_AUX}{HARM}\b", after)
    ) or re.match(
        r"(?:only |just |then )?(?:rang|called|phoned|came|visited)(?: (?:me|us|round|over))? "
        r"(?:after|afterwards|later|the next day)\b",
        after,
    ):
        return None
    if re.search(r"\b(?:me|us|myself|i) (?:and|with|n)\s*$", before):
        return "with"  # "spat at me and my son, they threw a can": beside them, not doing it
    if re.match(
        r"(?:was|were|is|s|had been) (?:\w+ )?(?:with (?:me|us)|there with (?:me|us))\b", after
    ):
        # "my girlfriend was with me and she filmed the whole thing" (round 36, Leon, punched by
        # a stranger, recorded as domestic abuse): beside them.
        return "with"
    if _PASSIVE.match(after):
        return "victim"
    if re.match(
        r"(?:would|will|d|ll|is gonna|is going to|gonna) (?:literally )?(?:kill|murder|"
        r"batter|smash|go mad|flip)\b",
        after,
    ):
        return None  # "my dad would kill him lol": what they would do if they knew
    if re.match(rf"{_AUX}{HARM}\b", after):
        return "doer"
    if re.match(
        r"(?:is|was|has been|had been|s|got|gets|became|can be|turned)\s+(?:so |really |very )?"
        r"(?:abusive|violent|controlling|aggressive|horrible|nasty|jealous|possessive|"
        r"threatening|dangerous|coercive)",
        after,
    ):
        return "doer"
    if (
        re.search(r"(?:by|from)\s*$", before)
        and not _SENT_BY.search(before)
        and not re.search(
            r"\b(?:jewellery|jewelry|rings?|necklace|present|gift|money|things|photos?|watch|"
            r"inheritance|stuff|letter|card|bracelet|earrings)\s+(?:\w+\s+)?from\s*$",
            before,
        )
    ):
        return "doer"
    if re.match(r"(?:was behind|is behind|was responsible)\b", after):
        return "doer"
    if _COMES_IN_UNASKED.match(after):
        return "doer"  # "landlord come in my room at night without knock, he touch my body"
    if _M92C_KNIFE_OR_VOW.match(after):
        return "doer"  # m92c (round 92): "my husband brother he has knife he say he will hurt me"
    if re.search(r"\b(?:and|with)\s*$", before) or re.match(r"and (?:i|me)\b", after):
        return "with"
    return None


# m92c (round 92): Leila, "my husband brother he has knife he say he will hurt me" was noted as
# stalking by someone unknown: the one named holding a knife on them, or vowing to hurt them,
# did it.
_M92C_KNIFE_OR_VOW = re.compile(
    r"(?:(?:he|she|they) )?(?:has|had|have|got|pulled|held|holds|hold|came at me with) (?:a |the "
    r"|his |her )?(?:kitchen )?(?:knife|knives|gun|machete|blade)\b(?! (?:wound|cut|crime))|"
    r"(?:(?:he|she|they) )?(?:say|says|said|tell|tells|told) (?:me )?(?:that )?(?:he|she|they) "
    r"(?:will|ll|would|gonna|is going to|going to) (?:hurt|kill|stab|cut) me\b"
)


# m92c (round 92): Leila, asked for a safe number: "07700 900 412 this is my sister Nasrin" was
# told "The questions are about the person it happened to ... you're writing for them". A phone
# number given with whose it is ("this is my sister", "my sister's phone") says whose phone it
# is, not who the help is for.
_M92C_PHONE_NUMBER = re.compile(r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b")
_M92C_WHOSE = re.compile(
    rf"\b(?:(?:this|it|that) is|this s|its|it s|thats|that s) (?:the number of )?my "
    rf"(?:{FAMILY}|{KNOWN}|husband|wife|partner)\b|\bmy (?:{FAMILY}|{KNOWN})(?:s|'s|’s)? "
    r"(?:phone|number|mobile|mob)\b"
)


def m92c_whose_number(lowered: str) -> bool:
    """ "07700 900 412 this is my sister Nasrin": a number, and whose phone it is."""
    return bool(_M92C_PHONE_NUMBER.search(lowered) and _M92C_WHOSE.search(lowered))


# "a boy at my school", "some girls in my year": people they know by sight at least.
_FROM_THEIR_PLACE = re.compile(
    r"\b(?:a|an|the|some|this|these|those|two|three|four|\d+)\s+(?:older |younger )?(?:boys?|"
    r"girls?|lads?|kids?|guys?|men|man|women|woman|people|person|students?|pupils?)\s+"
    r"(?:at|in|from)\s+(?:year \d{1,2}|(?:my|our)\s+(?:school|college|class|year|uni|"
    r"university|work|office|workplace|job|gym|church|mosque|temple|gurdwara|synagogue|estate|"
    r"block|building|flats|street|road|club|team))\b"
)


_THOUGHT_PARTNER = re.compile(
    rf"\b(?:thought|believed|pretended|claimed|said|told me|made out) (?:he|she|they) (?:was|were|"
    rf"is|are|would be) (?:my|her|his) (?:{PARTNER})\b",
    re.IGNORECASE,
)


# -- round 28, helper F --
# A threat or demand to get back together: said by an ex ("if i dont get back with him hell tell
# everyone at work im bi").
_GET_BACK_WITH = re.compile(
    r"\b(?:(?:if|unless) i (?:dont|don t|do not|didnt|wont|won t|refuse to) (?:get|go|come|take) "
    r"(?:back (?:together )?with|back to) (?:him|her|them)|(?:if|unless) i (?:dont|don t|do not|"
    r"wont|won t) take (?:him|her|them) back|(?:wants|wanted|trying to (?:make|get)|make|makes|"
    r"made|forcing|force) me (?:to )?(?:get|go|come) back (?:together )?(?:with|to) (?:him|her|"
    r"them))\b"
)
# Partners people call "the ...": "the wife", "the missus", "the mrs", "the other half".
_THE_PARTNER = re.compile(r"wife|missus|missis|mrs|misses|other half|hubby|husband")
# -- round 68, helper n5 --: Magda (44, a cleaner): "when I ask money the husband push me to
# wall" was read as "it was a partner or ex". "The husband" (or "the wife") beside her work,
# her pay or the lady of the house is someone else's spouse, not hers.
_N5_SOMEONE_ELSES_SPOUSE = re.compile(
    r"\b(?:ask\w* (?:for )?(?:my |the |our )?(?:money|pay|wages|salary)|boss|employers?|"
    r"the lady|the family|(?:i|we) (?:clean|work)\w*|cleaner|cleaning|nanny|au pair|"
    r"where i (?:clean|work|live)|my (?:job|work|client|landlord|landlady)|"
    # q82b (round 82): "they dont pay me last month" (Maria, the cleaner): pay held back.
    r"(?:dont|don t|didnt|did not|not|never|wont|won t|stopped|stop) pay(?:ing)? me)\b"
)
# -- end of round 68, helper n5 --


# A word of anger between "my" and who: "my f***ing neighbour has keyed my car AGAIN".
_SWEAR = r"(?:f ing|f in|f\w{0,5}ing|fuckin|effing|bloody|flipping|bleeding|sodding|bastard)"


# -- round 29, helper L --
# Who did it, told in ways the rules above miss (round 29's role-play):
# "My husband and his mother keep my passport": two named together, doing it together.
_R29_BOTH = re.compile(
    rf"\b(?:my|our) (?:(?P<p>{PARTNER})|(?P<f>{FAMILY})|(?P<k>{KNOWN})) (?:and|&|n) (?:his|her|"
    rf"my|their|our) (?:{PARTNER}|{FAMILY}|{KNOWN})\s+{_AUX}{HARM}\b"
)
# "My ex-husband and I divorced two years ago and for the last few months he keeps turning up",
# "My wife has dementia and lately she has become violent towards me": named, then "he" or "she"
# doing the harm, with nobody else named between (checked in _r29_doer).
_R29_THEN_PRONOUN = re.compile(
    rf"\b(?:my|our) (?:(?P<p>{PARTNER})|(?P<f>{FAMILY})|(?P<k>{KNOWN}))\b(?P<mid>.{{0,80}}?)\b"
    r"(?:and|but|then|now|since)\s+(?P<gap>(?:\w+\s+){0,6}?)(?P<pro>he|she)\s+(?:"
    rf"{_AUX}{HARM}\b|(?:has |have |had )?(?:become|became|gets|got|is|was|been|turned|can be|is "
    r"being|has been|getting) (?:so |really |very |more |quite |a bit |increasingly )?(?:violent|"
    r"aggressive|abusive|controlling|threatening|nasty))"
)
_R29_SHE = (
    r"wife|wifey|missus|missis|mrs|misses|girlfriend|gf|fiancee|mum|mom|mother|mam|sister|"
    r"daughter|aunt|auntie|aunty|nan|nana|nanna|gran|granny|grandma|grandmother|niece|landlady|"
    r"stepmum|stepmom|stepmother|step mum|granddaughter|baby mother|baby mum|baby mom"
)
_R29_HE = (
    r"husband|hubby|boyfriend|bf|fiance|fella|man|dad|father|brother|son|uncle|grandad|"
    r"granddad|grandfather|nephew|stepdad|step dad|stepfather|grandson|baby father|baby daddy"
)
# Between the one named and "he"/"she": nobody else, and no word of telling or helping ("my wife
# told me to report it, he keeps ..." is about someone else).
_R29_SOMEONE_ELSE = re.compile(
    rf"\b(?:{PARTNER}|{FAMILY}|{KNOWN}|someone|somebody|guy|bloke|lad|woman|girl|boy|people|"
    r"they|them|told|tells|said|says|say|thinks|knows|know|knew|wants|suggested|report\w*|help\w*|"
    r"rang|called|asked|found|police|(?:was|were|got|been|is|are|being) (?:\w+ed|hit|beaten|hurt|"
    r"stabbed|attacked|robbed|taken|killed)|worried|scared|dont|doesnt|didnt)\b"
)
# "neighbours 2 grown up sons have been chucking bricks at my van": the relatives of someone they
# know are people they know too.
_R29_THEIR_RELATIVES = re.compile(
    rf"\b(?:(?:my|our|the) )?(?:{KNOWN}|ex)s? (?:\d+ |two |three |four |both |older |eldest |"
    r"youngest |oldest |grown up |adult |teenage |teen |little |big |)*(?:sons?|daughters?|kids|"
    r"children|boys|lads|girls|brothers?|sisters?|nephews?|cousins?|husband|wife|boyfriend|"
    r"girlfriend|partner|mates|friends|dad|mum|uncle|grandsons?)\b"
)
# "the husband of the family he touch me", "the patrão. the man of house I clean": the man of the
# house she works in, or her boss in her own words.
_R29_OF_THE_HOUSE = re.compile(
    r"\b(?:(?:the|a|this) )?(?:(?:husband|man|father|dad|son|sons|wife|woman|mother|mum|owner|"
    r"brother|uncle|grandfather|grandson|lady) (?:of|in|from) (?:the )?(?:family|house|home|"
    r"household|flat)|patrao|patrão|patroa)\b"
)
# "its my boyfriend, the babys dad": her child's father is who she means.
_R29_BABYS_DAD = re.compile(
    rf"\b(?:(?:its|it s|it is|it was) (?:my|our) (?:{PARTNER})\W+(?:the|my|our) |(?:hes|he is|shes"
    r"|she is|its|it s|it is|it was) (?:my |the |our )?)(?:babys|baby s|kids|kid s|childrens|"
    r"children s|sons|daughters) (?:dad|father|mum|mother|mom)\b(?! (?:who|that|was|got|has been|"
    r"is) )"
)
# "i didnt know him really. he was at the party", "a guy from the party. friend of a friend".
_R29_ACQUAINTANCE = re.compile(
    r"\b(?:(?:a |this |some )?(?:friends?|mates?) of (?:a |my |our )?(?:friends?|mates?)|(?:a |"
    r"this |some |the )?(?:guy|man|bloke|lad|girl|woman|person) (?:from|at) the (?:party|club|pub|"
    r"bar|work do|house party)|(?:he|she) was at the (?:party|house party|work do)|(?:didnt|did "
    r"not|dont|do not) (?:really )?know (?:him|her|them) (?:really|well|that well|very well|much))"
    r"\b"
)
# "some ppl from my year made a fake insta with my pics": people from their year or class.
_R29_FROM_MY_YEAR = re.compile(
    r"\b(?:(?:some|these|those|the|a|two|three|\d+) )?(?:ppl|peeps|people|kids|girls|boys|lads|"
    r"students|pupils|guys)\s+(?:from|in|at)\s+(?:my|our)\s+(?:year|class|form|school|college|"
    r"tutor group)\b"
)
# Not "i dont even know who he is, some guy from the party", but "i didnt know him really".
_R29_HARDLY_KNEW = re.compile(
    r"\b(?:didnt|did not|dont|do not) (?:really )?know (?:him|her|them) (?:really|well|that well|"
    r"very well|much)\b"
)
# A romance scam: met online, never met in person. Not a partner, whatever they called him.
_R29_NEVER_MET = re.compile(
    r"\b(?:(?:we |i )?(?:never|havent|have not|didnt|did not|not) (?:actually |ever |even )?(?:met|"
    r"seen|meet) (?:him |her |them |each other )?(?:in person|in real life|irl|face to face)|"
    r"(?:met|meet|talking|talked|chatting|chatted) (?:him |her |them |a \w+ |someone )?"
    r"(?:\w+ ){0,3}?(?:on|through|via) (?:a |an |the )?(?:dating (?:site|website|app)|online "
    r"dating|tinder|hinge|bumble|plenty of fish|pof|match com|zoosk|eharmony))\b"
)


def _r29_doer(parts: list[str]) -> str | None:
    """Who did it, from the round-29 ways of telling it above (None when they do not say)."""
    for clause in parts:
        if both := _R29_BOTH.search(clause):
            return (
                "partner_or_ex"
                if both.group("p")
                else "family_member"
                if both.group("f")
                else ("someone_known")
            )
        for told in _R29_THEN_PRONOUN.finditer(clause):
            who = told.group("p") or told.group("f") or told.group("k")
            between = f"{told.group('mid')} {told.group('gap')}"
            if _R29_SOMEONE_ELSE.search(between):
                continue
            if told.group("pro") == "he" and re.fullmatch(_R29_SHE, who):
                continue
            if told.group("pro") == "she" and re.fullmatch(_R29_HE, who):
                continue
            return (
                "partner_or_ex"
                if told.group("p")
                else "family_member"
                if told.group("f")
                else ("someone_known")
            )
        for relatives in _R29_THEIR_RELATIVES.finditer(clause):
            after = clause[relatives.end() :].strip()
            if _role(after, clause[: relatives.start()]) == "doer" or re.match(
                rf"{_AUX}(?:chuck\w*|lob\w*|hurl\w*)", after
            ):
                return "someone_known"
        if house := _R29_OF_THE_HOUSE.search(clause):
            after = re.sub(
                r"^(?:i|we) (?:clean|work|cook|look after)\w*(?: (?:in|for|at))? ?",
                "",
                clause[house.end() :].strip(),
            )
            if _role(after, clause[: house.start()]) == "doer" or re.fullmatch(
                r"(?:i said)?", after
            ):
                return "someone_known"
        if _R29_BABYS_DAD.search(clause):
            return "partner_or_ex"
        if year := _R29_FROM_MY_YEAR.search(clause):
            after = clause[year.end() :].strip()
            if _role(after, clause[: year.start()]) == "doer" or re.match(
                r"(?:have |has |are |keep |keeps |just )?(?:made|make|makes|making|set up|"
                r"created|create|started|start|opened) (?:a |an )?(?:fake|account|page|group "
                r"chat|rumou?rs?)",
                after,
            ):
                return "someone_known"
        # "my ex has pics of me": an ex holding their pictures is who they fear.
        if re.search(
            rf"\b(?:my|our) (?:{PARTNER}) (?:has|have|got|has got|is holding|kept|keeps|still has)"
            r" (?:my |the |some |)(?:pics|photos|pictures|nudes|videos|images|vids)\b",
            clause,
        ):
            return "partner_or_ex"
    return None


# -- round 50, helper U2 --
# Margaret (round 49): "My husband Geoffrey had a stroke eighteen months ago and since then he has
# changed a great deal. He shouts at me and calls me names" was read as stalking by nobody known.
# The one named first ("my husband Geoffrey") is the "he" of a later sentence that tells what he
# does to them, when nobody else is named in between.
_U2_NAMED_FIRST = re.compile(rf"\b(?:my|our) (?:(?P<p>{PARTNER})|(?P<f>{FAMILY}))\b")
_U2_THEN_DOES = re.compile(rf"(?P<pro>he|she)\s+{_AUX}{HARM}\b")

# Dev (round 49): "someone keyed my car ... My kids (8 and 11) saw it ... How do I get support for
# my kids?" was recorded as about his child. Their own things damaged, the children only saw it:
# the one writing is the victim; the children are witnesses he asks support for.
_U2_KIDS_SAW = re.compile(
    r"\b(?:my|our) (?:kids|children|child|son|daughter|boys|girls|little ones)\b[^.!?]{0,24}?\b"
    r"(?:saw|seen|witnessed|watched|were there|was there|found)\b"
)
_U2_MY_THINGS_DAMAGED = re.compile(
    r"\b(?:keyed|smashed|damaged|scratched|vandalised|vandalized|graffitied|spray ?painted|"
    r"slashed|egged|broke|kicked in)\b(?: \w+){0,2}? (?:my|our) (?:car|van|motor|house|front door|"
    r"door|windows?|bike|tyres|property|fence|shop|garden)\b"
)

# h90a (round 90): Bernadette, 63, asked if she was in danger: "no he's gone out" (her son) was
# read as a death ("I'm so sorry for your loss", homicide services). "gone" is a death only
# when nothing after it says where or how: "gone out", "gone to the pub", "gone now", "gone off",
# "gone away", "gone quiet" are not; "he's gone, he passed", "gone to heaven" still are.
GONE_AS_A_DEATH = (
    r"gone(?!,? (?:out|off|away|now|home|back|round|around|over|upstairs|downstairs|down|in|into|"
    r"on|for|missing|quiet|mad|crazy|again|bed|abroad|awol|walkabout|shopping|drinking|working|"
    r"with|through|outside|inside|somewhere|there|to(?! (?:heaven|a better "
    r"place|be with|rest|his rest|her rest|god|glory|the angels|sleep for ever|sleep forever)))\b)"
)

# Liam (round 47): "its not me its my boy Dre. he got stabbed last month on the estate. he died"
# was read as written for Dre ("answer for them"). The one it is about died: the questions are
# about the one writing, who lost him.
_U2_THEY_DIED = re.compile(
    r"\b(?:he|she)(?: has| had| s| is| was)? (?:died|dead|passed away|passed|didnt make it|did not "
    r"make it|got killed|was killed|been killed|got murdered|was murdered|"
    rf"{GONE_AS_A_DEATH})\b"
)
_U2_WRITES_FOR = re.compile(
    r"\b(?:writing|asking|messaging|texting|typing|here|contacting you) (?:for|on behalf of)\b|"
    r"\b(?:his|her|their) (?:\w+ )?(?:son|daughter|husband|wife|partner|brother|sister|mum|dad|"
    r"friend|boy|girl)\b"
)


def u2_named_then_pronoun(parts: list[str]) -> str | None:
    """Who did it when a partner or relative is named, then "he"/"she" does the harm later."""
    for index, clause in enumerate(parts):
        named = _U2_NAMED_FIRST.search(clause)
        if not named:
            continue
        who = named.group("p") or named.group("f")
        between = clause[named.end() :]
        for later in parts[index + 1 : index + 4]:
            does = _U2_THEN_DOES.match(later)
            if does and _PASSIVE.match(later[len(does.group("pro")) :].strip()):
                # -- round 60, main --: "my son Kwame who is 22. He was hit by a car" (Kofi,
                # writing for his son): what was done to the one named, not what they did.
                does = None
            if does and not _R29_SOMEONE_ELSE.search(between):
                pronoun = does.group("pro")
                if (pronoun == "he" and re.fullmatch(_R29_SHE, who)) or (
                    pronoun == "she" and re.fullmatch(_R29_HE, who)
                ):
                    return None
                return "partner_or_ex" if named.group("p") else "family_member"
            between += " " + later
        return None
    return None


# -- round 63, helper i3 --: "its my wife. when shes had a drink she goes for me. hits me"
# (Sean) was not read: one named alone, then what they do to the writer in the next clauses.
_I3_DOES_TO_ME = re.compile(
    r"^(?:(?:when|whenever|if|after|once)\b.{0,40}?\b(?:he|she|they)\s+|(?:he|she|they)\s+)?"
    r"(?:(?:always|just|also|still|then|sometimes|often|keeps|kept|has|had|will|would|now|even|"
    rf"really)\s+){{0,2}}(?:{HARM}|goes for|go for|went for|lashes out at|lashed out at|lays into|"
    r"laid into)\s+(?:me|us)\b"
)
# One of the staff who care for them: "one of the carers at the home", "one of the girls who
# does the nights was rough with me" (Edith, 91, in a care home).
I3_ONE_OF_STAFF = re.compile(
    r"\b(?:one of (?:the|my|our|her|his|nans|mums|dads) |(?:a|the|my|our) )(?:night |day |"
    r"agency )?(?:carers?|care workers?|care staff|support workers?|staff|nurses?|care assistants?"
    r"|(?:girls?|women|woman|lads?|men|ladies|people) (?:who|that) (?:does|do|did|work|works|"
    r"worked|cover|covers) (?:the )?(?:nights?|days?|night shifts?|shifts?|earlies|lates))\b"
)
_I3_ROUGH_WITH_ME = re.compile(
    rf"^(?:\w+\s+){{0,4}}?(?:was|were|is|are|has been|have been|got|gets|been)?\s*(?:very |really "
    rf"|so |too )?(?:rough|violent|nasty|cruel|abusive|heavy handed) (?:with|to|towards) (?:me|us|"
    rf"her|him|nan|mum|dad)\b|^(?:\w+\s+){{0,4}}?{HARM}\s+(?:me|us|my)\b"
)


# "my husband say he will take my children to somalia" (Nadia): a partner's threat to the writer
# or her children, said of him first.
_I3_PARTNER_THREATENS = re.compile(
    rf"\b(?:my|our) (?P<p>{PARTNER}) (?:say|says|said|is saying|keeps saying|threaten\w*|tell me|"
    r"tells me|told me)(?: that)? (?:he|she)(?: will| ll|ll| is going to| s going to| gonna| would|"
    r" wud| go| will go| can) (?:take|kill|hurt|hit|beat|snatch|steal) (?:my|me|our|the) ?"
    r"(?:children|child|kids?|son|daughter|baby|babies|me)?\b"
)


def i3_who_by_next_clauses(parts: list[str], index: int) -> bool:
    """One named alone ("its my wife"), then in the next two clauses what they do to me."""
    return any(_I3_DOES_TO_ME.match(part) for part in parts[index + 1 : index + 3])


# k78b (round 78)
# Gary (58): "its the wife. when shes had a drink she gets nasty, throws stuff, lashes out. last
# week she chucked a mug and it cut my head open" was noted as "you were hurt" by a partner: "the
# wife" named alone, then what she does (thrown things, lashing out), is abuse by a partner.
_K78B_THE_PARTNER_ALONE = re.compile(
    rf"(?:its |it s |it is |it was )?the (?P<p>{_THE_PARTNER.pattern})(?P<f>(?!))?(?P<k>(?!))?"
)
_K78B_HARM_TOLD = re.compile(
    r"^(?:(?:when|whenever|if|after|once)\b.{0,40}?\b)?(?:he|she|hes|shes)\b.{0,50}?\b(?:lashes "
    r"out|lashed out|lashing out|throws|threw|chucks|chucked|lobs|lobbed|hits|hit|punches|punched|"
    r"slaps|slapped|kicks|kicked|pushes|pushed|shoves|shoved|gets (?:violent|physical|nasty))\b"
)


def k78b_the_partner_alone(clause: str) -> re.Match[str] | None:
    """ "its the wife", "the other half": one's own partner named alone, with "the"."""
    return _K78B_THE_PARTNER_ALONE.fullmatch(clause)


def k78b_harm_told_next(parts: list[str], index: int) -> bool:
    """In the next two clauses, what the one named does: thrown things, hitting, lashing out."""
    return any(
        _K78B_HARM_TOLD.match(part) and not _LEAD78_DONE_TO_THEM.search(part)
        for part in parts[index + 1 : index + 3]
    )


# "my husband. he was hit by a car" (round 60): harm done to the one named, not by them.
_LEAD78_DONE_TO_THEM = re.compile(
    r"\b(?:was|were|got|been|being|is|gets|s) (?:\w+ )?(?:hit|punched|slapped|kicked|pushed|shoved|"
    r"knocked|run over|thrown)\b"
)


# end k78b


def i3_staff_did_it(text: str) -> bool:
    found = I3_ONE_OF_STAFF.search(text)
    return bool(found and _I3_ROUGH_WITH_ME.match(text[found.end() :].strip()))


# j91d (round 91): Carol, whose brother was killed by a drunk driver, putting right a name the
# bot got wrong: "please dont put Mu on anything, its my mum, shes called Jean" was noted as "it
# was a family member". A relative named to say who they are is not who did it.
_J91D_RELATIVE_NAMED = re.compile(
    rf"\b(?:its|it s|it's|it’s|it is|i meant|i mean|thats|that s|that's|that is) my (?:{FAMILY})"
    r"\b,? (?:and )?(?:(?:she|he)(?: ?s|'s|’s| is) (?:called|named)|(?:her|his) name(?: is| ?s|'s|"
    r"’s)|called|named) [a-z]",
    re.IGNORECASE,
)


# j91d (round 91): Stan, 70s, harassed by youngsters on his estate, asked if he had reported it:
# "No I havent. I didnt want to waste their time with kids and eggs. My daughter keeps on at me
# to" was noted as "it was a family member". A relative urging them to report or get help is not
# who did it.
_J91D_URGES_THEM = re.compile(
    r"(?:keeps|kept|keep|has been|s been|is|was|always)? ?(?:on at|going on at|nagging|pushing|"
    r"badgering|onto|on to) (?:me|us|him|her) (?:to\b|about (?:reporting|telling|going to|calling|"
    r"ringing|getting help|getting support))"
)


# n103b (round 103)
# Yusuf, attacked in the street by a man he had never seen: "a man spat at me and pushed me in to
# wall when i walk home from jummah with my son, he shout terrorist at us" was noted "domestic
# abuse, it was a family member" (the "he" after "my son"). A relative the person was out with,
# when someone else (a man, a stranger) is told as the one who did it, is company, not the
# offender; "i had a row with my son, he hit me" still names him.
_N103B_WITH_THEM = re.compile(r"\b(?:with|and)\s*$")
_N103B_QUARREL = re.compile(
    r"\b(?:fight|fighting|fought|argu\w*|row|rowing|rowed|problems?|trouble|issues?|fell out|"
    r"falling out|dispute|scuffle|struggl\w*|altercation|live|living|lives|stay|staying|married|"
    r"relationship)\b(?:\s+\w+){0,2}\s+with\s*$"
)
_N103B_SOMEONE_ELSE_DID_IT = re.compile(
    r"\b(?:a|an|some|this|one)\s+(?:\w+\s+)?(?:man|woman|guy|bloke|lad|lads|stranger|strangers|"
    r"group|gang|boys|girls|teenagers|kids|youths|men|women|person|driver|passenger)\b|"
    r"\b(?:someone|somebody)\b"
)


def n103b_relative_along(before: str, text: str) -> bool:
    """A relative named as the person's company ("walking home with my son") while someone
    else is told as the one who did it."""
    if not _N103B_WITH_THEM.search(before) or _N103B_QUARREL.search(before):
        return False
    return bool(_N103B_SOMEONE_ELSE_DID_IT.search(before))


# end n103b


# o103b (round 103): Sam, "my partner alex kind of pushes me around and checks my phone" was
# read with nobody who did it, and later asked "Do you know who did it?" ("alex?? my partner.
# i literally said"). A first name straight after "my partner" / "my brother" is who they are:
# what follows the name is read as what the one named does. Words that are not names (said,
# told, saw, and, ...) are never taken for one.
_O103B_NAME_THEN = re.compile(r",?\s*(?P<name>[a-z]{2,12}),?\s+(?P<rest>.+)$")
_O103B_NOT_A_NAME = frozenset(
    re.findall(
        r"\w+",
        """said says say told tells tell saw sees see seen thinks think thought knows know knew
        found finds heard hears reckons believes admitted asked asks rang called phoned came comes
        and or but nor so when if because cause cos coz then who that which where while after
        before until once also was is are were has had have got gets will would can could may
        might must shall should did does do not never only just even still now here there too
        again all both me him her them us you it this those these what how why to of in on at
        for with from by about into over under up down out off away back home mate mates friend
        friends family mum dad brother sister son daughter uncle aunt cousin nan gran kids kid
        children boss doctor im ive hes shes theyre dont doesnt didnt cant wont isnt""",
    )
)


def o103b_named_then_does(after: str, before: str) -> bool:
    """Whether ``after`` is a first name and then what that person does to the writer."""
    named = _O103B_NAME_THEN.match(after)
    if not named or named.group("name") in _O103B_NOT_A_NAME:
        return False
    if re.fullmatch(rf"(?:{PARTNER}|{FAMILY}|{KNOWN})", named.group("name")):
        return False  # "my brother mate hits me": his friend, not him
    return _role(named.group("rest"), before) == "doer"


def _who_did_it(text: str, about_them: bool = False) -> str | None:
    """The relationship of the person who did the harm, when the words make it clear."""
    found: list[str] = []
    text = _J91D_RELATIVE_NAMED.sub(" ", text)  # j91d (round 91): "its my mum, shes called Jean"
    # "i thought he was my boyfriend": a romance scam, not a partner.
    text = _THOUGHT_PARTNER.sub(" ", text)
    parts = clauses(text)
    for index, clause in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else ""
        for label, words in (
            ("partner_or_ex", PARTNER),
            ("family_member", FAMILY),
            ("someone_known", KNOWN),
        ):
            for match in re.finditer(
                rf"\b(?P<owner>my|our|me|his|her|a|an|the)\s+(?:{_SWEAR}\s+)?(?P<who>{words})\b",
                clause,
            ):
                before, after = clause[: match.start()], clause[match.end() :].strip()
                owner = match.group("owner")
                if after.startswith("s ") and label != "someone_known":
                    # "my ex's new boyfriend": somebody they know, not the ex.
                    continue
                if owner in ("his", "her") and label != "someone_known" and not about_them:
                    continue  # unless they write for her: "her boyfriend beat her up"
                if (
                    owner in ("a", "an", "the")
                    and label != "someone_known"
                    # "the wife", "the missus", "the other half": said of one's own partner.
                    and not (
                        owner == "the"
                        and _THE_PARTNER.fullmatch(match.group("who"))
                        # -- round 68, helper n5 --: not the husband of the lady she cleans for.
                        and not _N5_SOMEONE_ELSES_SPOUSE.search(plain(text))
                    )
                ):
                    continue
                if (
                    label == "partner_or_ex"
                    and match.group("who") in ("man", "fella")
                    and owner != "my"
                ):
                    continue
                if label == "family_member" and re.match(
                    r"(?:follows|followed) (?:me|us)\b(?! (?:home|everywhere|around|to|from))",
                    after,
                ):
                    continue  # "My mum follows me" on Instagram (round 33, Dev)
                if label == "family_member" and _J91D_URGES_THEM.match(after):
                    continue  # j91d (round 91): "My daughter keeps on at me to" (report it)
                if label != "someone_known" and n103b_relative_along(before, text):
                    continue  # n103b (round 103): "walk home ... with my son, he shout" (Yusuf)
                if _role(after, before) == "doer" or (
                    owner in ("my", "our") and o103b_named_then_does(after, before)
                ):
                    found.append(label)
        if re.search(
            r"\b(?:(?:when )?we (?:were|was) together|(?:my|our) relationship|when i was with "
            r"(?:him|her)|we (?:live|lived|were living) together|(?:since|after|when) (?:we|i) "
            rf"(?:split|broke up|separated|left (?:him|her))|we (?:split|broke up|separated)|"
            rf"i left (?:my )?(?:{PARTNER}))\b",
            clause,
        ) and re.search(rf"\b{HARM}\b|\b(?:violent|violence|abusive|abuse|controlling)\b", clause):
            found.append("partner_or_ex")
        if _GET_BACK_WITH.search(clause):
            # -- round 28, helper F --: "if i dont get back with him hell tell everyone at work"
            found.append("partner_or_ex")
        if (known := _FROM_THEIR_PLACE.search(clause)) and _role(
            clause[known.end() :].strip(), clause[: known.start()]
        ) == "doer":
            found.append("someone_known")
        bare = re.match(rf"(?:(?P<p>{PARTNER})|(?P<f>{FAMILY})|(?P<k>{KNOWN}))\s+(.*)$", clause)
        if bare and bare.group("p") in ("man", "fella"):
            # -- round 41, helper J3 --: "MAN PUSH ME DOWN TAKE BAG" (Sam, Deaf, in BSL word
            # order, robbed by a stranger): a man, not "my man".
            bare = None
        if bare and _role(bare.group(4), "") == "doer":
            found.append(
                "partner_or_ex"
                if bare.group("p")
                else "family_member"
                if bare.group("f")
                else "someone_known"
            )
        named_alone = re.fullmatch(
            rf"(?:its |it s |it is |it was )?(?:my|our) (?:(?P<p>{PARTNER})|(?P<f>{FAMILY})|"
            rf"(?P<k>{KNOWN}))",
            clause,
        ) or (
            # not the husband of the lady she cleans for (round 68, helper n5)
            None if _N5_SOMEONE_ELSES_SPOUSE.search(plain(text)) else k78b_the_partner_alone(clause)
        )
        if named_alone and (
            i3_who_by_next_clauses(parts, index)
            or k78b_harm_told_next(parts, index)
            or m79c_does_later(parts, index)  # round 79, m79c: Kasia
        ):
            # -- round 63, helper i3 --: "its my wife. when shes had a drink she goes for me".
            found.append(
                "partner_or_ex"
                if named_alone.group("p")
                else "family_member"
                if named_alone.group("f")
                else "someone_known"
            )
        if (
            named_alone
            and re.match(
                # -- round 39, helper F6 --: "its my wife. when she drinks she hits me" (Chris).
                rf"(?:(?:when|whenever|if|after|once) (?:he|she|they) (?:\w+ ){{1,3}}?)?(?:he|she|"
                rf"they)\s+{_AUX}{HARM}\b",
                following,
            )
            # -- round 60, main --: "my son Kwame who is 22. He was hit by a car" (Kofi, writing
            # for his son): what was done to the one named, not what they did.
            and not _PASSIVE.match(re.sub(r"^(?:he|she|they)\s+", "", following))
        ):
            # "my wife. she hits me sometimes": named, then what they do.
            found.append(
                "partner_or_ex"
                if named_alone.group("p")
                else "family_member"
                if named_alone.group("f")
                else "someone_known"
            )
        if _I3_PARTNER_THREATENS.search(clause):
            found.append("partner_or_ex")  # -- round 63, helper i3 --: his threat, said of him
        if i3_staff_did_it(clause):
            found.append("someone_known")  # -- round 63, helper i3 --: a carer at the home
        if re.search(rf"\b(?:problems?|trouble|issues?) with (?:my|our|the) {KNOWN}\b", clause):
            # "I have problem with my landlord. He come in my room": the one they complain of.
            found.append("someone_known")
        it_was = re.search(
            rf"\b(?:it was|its|it s|was|by|did it was|done by)\s+(?:my|our)\s+(?:(?P<p>{PARTNER})|"
            rf"(?P<f>{FAMILY})|(?P<k>{KNOWN}))\b",
            clause,
        )
        if (
            it_was
            and it_was.group(0).startswith(("its", "it s"))
            and (
                not re.search(rf"\b{HARM}\b|\bdid it\b", clause)
                # "its my friend dre who got stabbed": the one harmed, not the one who did it.
                or re.match(
                    r"(?: \w+)? (?:who|whos|who s|that) (?:got|was|has been|had been|been|is) ",
                    clause[it_was.end() :],
                )
            )
            and not re.match(rf"(?:he|she|they)\s+{_AUX}{HARM}\b", following)
            # -- round 45, helper P6 --: "its my husband. threats" (Aisha): what he does.
            and not re.match(
                r"(?:threats?|abus\w*|violen\w*|controll\w*|coercive)\b(?! (?:from|by|of) )",
                following,
            )
        ):
            # "It's my mum." or "it's my MUM who has dementia": who it is about, not who did it.
            it_was = None
        if (
            it_was
            and it_was.group(0).startswith(("its", "it s"))
            and re.match(rf" {DOING_TO_ANOTHER}", clause[it_was.end() :])
        ):
            # "its my gf filming the guy punching me" (round 38, Dev): she filmed, the guy did it.
            it_was = None
        told_of_it = (
            re.match(r"(?: \w+)? (?:who|that|whos|who s) (.*)$", clause[it_was.end() :])
            if it_was
            else None
        )
        if told_of_it and (
            _HELPED.match(told_of_it.group(1)) or _FOUND_IT.match(told_of_it.group(1))
        ):
            it_was = None  # "it was my daughter who found out": she found it, not did it
        if (
            it_was
            and it_was.group(0).startswith("by")
            and _SENT_BY.search(clause[: it_was.start()] + " by")
        ):
            it_was = None  # "I was told to use this by my daughter": she sent them here
        if it_was:
            found.append(
                "partner_or_ex"
                if it_was.group("p")
                else "family_member"
                if it_was.group("f")
                else "someone_known"
            )
    # -- round 29, helper L --: told in the ways _r29_doer reads; a friend of a friend last.
    if (later := _r29_doer(parts)) is not None:
        found.append(later)
    if not found and (named_first := u2_named_then_pronoun(parts)):
        found.append(named_first)  # -- round 50, helper U2 --
    if (
        not found
        and (_R29_ACQUAINTANCE.search(plain(text)) or _R29_NEVER_MET.search(plain(text)))
        and not _UNKNOWN_WHO.search(_R29_HARDLY_KNEW.sub(" ", plain(text)))
    ):
        if k77d_never_met_at_all(plain(text)):
            return "stranger"  # k77d (round 77): Yasmin, "i never even met him"
        found.append("someone_known")  # "I met a gentleman called Richard on a dating website"
    if "partner_or_ex" in found and _R29_NEVER_MET.search(plain(text)):
        # "my online boyfriend ... we never actually met": a romance scam, not a partner.
        found = [label for label in found if label != "partner_or_ex"] + ["someone_known"]
    if found:
        # The closest relationship named as doing harm decides (a partner over a relative).
        for label in ("partner_or_ex", "family_member", "someone_known"):
            if label in found:
                return label
    return None


def strangers(text: str) -> bool:
    return bool(_STRANGER.search(plain(text)))


# x86a (round 86): Kemi, 23, "idk if this is even worth reporting but some girl i dont even know
# punched me" was "don't know who" (for its "idk"): a girl, guy, man or woman they don't know is a
# stranger, wherever who did it is read.
X86A_SOMEONE_NOT_KNOWN = re.compile(
    r"\b(?:a|an|some|this|that|two|three|these|those) (?:\w+ )?(?:girls?|guys?|man|men|woman|women|"
    r"lads?|boys?|blokes?|person|people|youths?|kids?) (?:i|we) (?:didnt|dont|did not|do not|"
    r"never|had never|have never|ve never) (?:even |really |actually |ever )?(?:know|knew|seen|"
    r"saw|met)\b(?! (?:well|that well|very well|personally|by name))"
)


def x86a_someone_not_known(text: str) -> bool:
    """ "some girl i dont even know", "a man I don't know": a stranger."""
    return bool(X86A_SOMEONE_NOT_KNOWN.search(plain(text)))


# -- round 40, helper G1 --
# Done to the one writing: "he pushed me against the kitchen door", "taking money out of my purse".
_G1_DONE_TO_ME = re.compile(
    r"\b(?:he|she|they)\b[^.!?]{0,40}\b(?:pushed|shoved|hit|hits|punched|slapped|kicked|grabbed|"
    r"shouts at|shouted at|threatens|threatened|hurt|hurts|attacked|beat|beats)\s+me\b|"
    r"\b(?:taking|takes|took|stealing|steals|stole|nicking|nicks|nicked)\b[^.!?]{0,25}\b(?:out of|"
    r"from) my (?:purse|wallet|bag|handbag|account|bank|pension)\b"
)


def done_to_the_writer(words: str) -> bool:
    """ "he grabbed my arm", "he takes money from my purse": done to the one writing, not to
    someone they write about (words already ``plain``)."""
    return bool(_G1_DONE_TO_ME.search(words)) and not _G1_DONE_TO_THEM.search(words)


_G1_DONE_TO_THEM = re.compile(
    r"\b(?:to|hurt|hit|pushed|robbed|attacked|beat|scammed) (?:her|him|them)\b|\b(?:her|his|their) "
    r"(?:purse|wallet|bag|handbag|account|bank|pension|money)\b"
)


_G1_BEATEN = re.compile(
    r"\b(?:got|get|was|were|been|being) (?:beat up|beaten(?: up)?|jumped|attacked|kicked in|"
    r"punched|battered)\b|\b(?:beat|kicked|battered) (?:me|us) (?:up|in)\b"
)
_G1_ABOUT_RELATIVE = re.compile(
    # "he's not my landlord, he's my son ... He takes money from my purse" (round 48, Sylvia).
    rf"\b(?:(?:its|it s|it is|this is) about|hes|he s|he is|shes|she s|she is) (?:my|our) "
    rf"(?:(?P<p>{PARTNER})|(?P<f>{FAMILY}))\b"
)


# -- round 41, helper J3 --
# The one it happens to, not a witness to it: "im the victim not a witness", "I'm not a witness,
# I'm the one being stalked", "he hasnt threatened me as a witness" (Hannah, stalked, who said
# "witness statement" of her own statement).
_J3_NOT_A_WITNESS = re.compile(
    r"\b(?:not|never) (?:a|the|just a|only a) witness\b|\b(?:im|i am|i m) the victim\b|"
    r"\b(?:hasnt|has not|havent|have not|didnt|did not|wasnt|was not|never) (?:\w+ ){0,2}?(?:me )?"
    r"as a witness\b|\b(?:im|i am|i m) the one (?:being|who is being|who was|who got|he is|hes) "
    r"(?:stalked|harassed|followed|attacked|targeted|threatened)\b|\bi (?:didnt|did not|never) "
    r"(?:see|saw|witness) (?:it|anything)\b|"
    # Round 104: Lydia, of her son Jake, 13: "hes the one who got robbed! i mean will HE have to
    # go to court and stand up as a witness" was noted "your child saw it": the child it
    # happened to, who may give evidence as a witness, is the victim.
    r"\b(?:hes|he is|he s|shes|she is|she s|he was|she was|theyre|they are|they were) the "
    r"(?:victim|one (?:who|that) (?:got|was|has been|is being) (?:robbed|mugged|attacked|hurt|"
    r"stabbed|beaten|punched|assaulted|stalked|harassed|threatened|targeted|bullied))\b|"
    r"\b(?:it|this) (?:happened|was done) to (?:him|her|them)\b"
)
# Money taken again and again from their own account or purse, with anger when they say no,
# or their PIN known (Linda, 62: "She takes money out of my account, I don't know how she knows
# my pin, and she screams at me when I say no. Last week she pushed me"): someone at home, not
# a robbery in the street.
_J3_KEEPS_TAKING = re.compile(
    r"\b(?:he|she|they) (?:keeps? taking|takes|is taking|has been taking|have been taking|"
    r"always takes|keeps? stealing|steals) (?:\w+ ){0,2}?(?:money|cash|my pension|my benefits)?"
    r" ?(?:out of|from|off) my (?:account|bank|purse|pension|card|savings)\b"
)
_J3_AT_HOME = re.compile(
    r"\b(?:screams?|shouts?|yells?|swears?|gets? (?:angry|nasty|violent)) at me "
    r"(?:when|if|whenever) i (?:say no|refuse|wont|will not|dont|do not)\b|"
    r"\b(?:knows|got|has|found out) my (?:pin|password|passcode)\b"
)


def _j3_taking_at_home(
    lowered: str, crime: str | None, offender: str | None, details: set[str]
) -> tuple[str | None, str | None]:
    """Money taken again and again by someone at home, who shouts when told no: abuse by a
    relative (economic abuse), never "a robbery"; the relative is kept when they are named."""
    if crime not in (None, "robbery", "theft", "assault") or offender in (
        "stranger",
        "someone_known",
    ):
        return crime, offender
    if not (_J3_KEEPS_TAKING.search(lowered) and _J3_AT_HOME.search(lowered)):
        return crime, offender
    named = re.search(rf"\bmy (?:(?P<p>{PARTNER})|(?P<f>{FAMILY}))\b", lowered)
    if offender is None and named:
        offender = "partner_or_ex" if named.group("p") else "family_member"
    details.add("economic")
    return "domestic_abuse", offender


def read_age(text: str, *, asked: bool = False) -> int | None:
    """The person's own age, from "im 15", "aged 81", "no, I'm 81", "in my seventies"; with
    ``asked`` (the answer to "how old are you?") a bare number counts too."""
    lowered = plain(text)
    # m79a (round 79, Eileen): "I'm 76. Oh no wait, 67! Silly me ... 67." was stored as 76: "no
    # wait" corrects too, and the last age put right is the one that stands.
    corrections = list(re.finditer(
        r"\b(?:sorry|i mean|i meant|meant|actually|oops|typo|i said|i told you|like i said|"
        r"(?:oh|no|oh no|hang on|sorry) wait|wait no|no sorry|sorry no)"
        r"\s+(?:i m |im |i am |i was |i turned )?(\d{1,3})\b|"
        # "I was 81 in March": a birthday this year.
        r"\b(?:i was|i turned|turned) (\d{1,3}) (?:in|on|last|this)\b",
        lowered,
    ))  # fmt: skip
    corrected = corrections[-1] if corrections else None
    said = corrected and (corrected.group(1) or corrected.group(2))
    if asked and said and 5 <= int(said) <= 110:
        return int(said)
    born = re.search(r"\bborn in (19\d\d|20[0-2]\d)\b", lowered)
    if asked and born:
        # Their age this year or last: the lower one, as a birthday may be still to come.
        return date.today().year - int(born.group(1)) - 1
    for match in _SELF_AGE.finditer(lowered):
        start = match.start(1)
        prefix = lowered[:start]
        if not asked and not re.search(
            r"\b(?:i|im|i am|me|aged?|age is|my age is|am|turned|turn|just turned|i turned)"
            r"\s+(?:just |only |nearly |almost |about )?$",
            prefix,
        ):
            continue
        rest = lowered[match.end(1) :]
        if re.match(
            # Not "something happened to me 10 years ago": when, not their age.
            r"\s*(?:(?:years?|yrs?) (?:ago|back|later|before|earlier|on)\b|"
            r"pounds?|quid|k|grand|pence|p|%|am|pm|times|days|weeks|months|euros?|a day|"
            r"an hour|per|"
            r"minutes|hours|mins|hrs|of them|lads|men|guys|people|kids|of us|"
            # "i'm 6 foot and shes 5 foot 2": a height (or a weight), never an age.
            r"foot|feet|ft|inch|inches|in tall|cm|centimetres|metres?|m tall|stone|st|kg|kilos?|"
            r"lbs?)\b",
            rest,
        ):
            continue
        if asked and re.search(r"\b(?:my|his|her|their|our)\s+(?:\w+\s+)?$", prefix):
            continue
        if re.search(  # -- round 48, helper S4 --
            # "My son Daniel, aged 23, was killed" (Tony, 55): the son's age, not his.
            r"\b(?:my|his|her|their|our)\s+(?!name\b)\w+\s+(?:\w+\s+)?"
            r"(?:who was |who is |was |is )?"
            r"aged?\s+(?:just |only |nearly |almost |about )?$",
            prefix,
        ):
            continue
        value = int(match.group(1))
        if 5 <= value <= 110:
            return value
    decade = _DECADE.search(lowered)
    if decade:
        return _DECADES[decade.group("decade")]
    for match in _AGE_WORDS.finditer(lowered):
        whole = match.group(0)
        if not asked and not re.match(r"(?:im|i am|aged|age|just turned|turned)\b", whole):
            continue
        if match.group("teen"):
            spoken = _NUMBER_WORDS[match.group("teen")]
        else:
            tens = _NUMBER_WORDS[match.group("tens")]
            spoken = tens + _NUMBER_WORDS.get(match.group("unit") or "", 0)
        if asked and (written := i3_number_written_after(lowered[match.end() :], spoken)):
            return written
        return spoken
    return None


# -- round 63, helper i3 --: "twenty for. 24" (Lily, voice typing "twenty four") was read as 20:
# a number written in digits after the spoken one, agreeing with it or said on its own, is the
# age meant.
def i3_number_written_after(rest: str, spoken: int) -> int | None:
    numbers = [
        int(found.group(1))
        for found in re.finditer(
            r"\b(\d{1,3})\b(?! ?(?:years? ago|pounds?|quid|times|days|weeks|months|hours|"
            r"minutes|k\b|am\b|pm\b|to \d|till|until))",
            rest,
        )
    ]
    kept = [number for number in numbers if 5 <= number <= 110]
    if not kept:
        return None
    last = kept[-1]
    own_sentence = re.fullmatch(r"\W*(?:\w+\W+){0,1}?\d{1,3}\W*", rest.strip()) is not None
    return last if last // 10 == spoken // 10 or own_sentence else None


def read_gender(text: str) -> str | None:
    match = _GENDER.search(plain(text))
    if not match:
        return None
    word = (match.group("word") or match.group("plain") or match.group("young") or "").strip()
    if word in _WOMEN:
        return "woman"
    if word in _MEN:
        return "man"
    return "non_binary"


# Slurs people write with stars ("calling me f****t"), read as the words they stand for.
_STARRED_SLURS = (
    # "he calls me a f*ggot to my family" (Leon), "f**got", "f*gg*t".
    (
        re.compile(r"\bf[*#@.]{2,}(?:t|ot)\b|\bf[*#@.]g\b|\bf[*#@.]{1,2}g{1,2}[o*#@.]t\b", re.I),
        "faggot",
    ),
    (re.compile(r"\bp[*#@.]{2,}i\b|\bp[*#@.]ki\b|\bp[*#@.]k[*#@.]\B", re.I), "paki"),
    # "they call me p*** and tell me go home": called it, not "p*** off" nor "take the p***".
    (
        re.compile(
            r"(?:(?<=\bme )|(?<=\bus )|(?<=\bhim )|(?<=\bher )|(?<=\bthem )|(?<=\bme a )|"
            r"(?<=\bus a )|(?<=\bhim a )|(?<=\bher a )|"
            # m79a (round 79, Sunil): "they call me names, p*** and things".
            r"(?<=\bnames, )|(?<=\bnames )|(?<=\bnames like )|(?<=\bnames: )|(?<=\bnames - ))"
            r"p[*#@.]{3}(?![\w*#@.])(?! off)",
            re.I,
        ),
        "paki",
    ),
    (re.compile(r"\bn[*#@.]{3,}(?:r|a)\b", re.I), "nigger"),
    # "a 'tr***y freak'", "t***ny", "tr*nny".
    (
        re.compile(r"\bt[*#@.]{3,}y\b|\btr[*#@.]{2,}y\b|\btr[*#@.]nn?y\b|\bt[*#@.]{2,}ny\b", re.I),
        "tranny",
    ),
)


# -- round 28, helper F --
# Antisemitic signs and words: "sprayed swastikas on my front door", "a note saying Jews out".
_ANTISEMITIC_SIGN = re.compile(
    r"\b(?:swastikas?|nazi (?:symbols?|signs?|graffiti|salutes?|slogans?)|heil hitler|sieg heil|"
    r"jews? out|(?:dirty|filthy|bloody|f ing|fucking) jews?|gas (?:the )?jews|hitler (?:was right|"
    r"should have))\b"
)
# Slurs shouted at someone for their race ("they shout virus and chink at us", "called us
# virus"): said of Chinese and East Asian people since covid.
_SHOUTED_SLUR = re.compile(
    r"\b(?:shout\w*|yell\w*|scream\w*|call\w*|say|says|said|saying) (?:\w+ ){0,3}?(?:virus|"
    r"covid|kung flu|chinks?|ching chong|paki|pakis|nigg\w+|wogs?|gooks?|coons?)\b"
    r"(?: (?:and|n|or) \w+)? at (?:me|us|him|her|them|my \w+)\b|\b(?:call\w*) (?:me|us|him|her|"
    r"them) (?:a |an )?(?:virus|covid|kung flu|ching chong)\b"
)


_NOT_IDENTITY = re.compile(
    # Round 82 (Sanjay): "call me bin laden because of my turban, I am Sikh not even muslim".
    r"\b(?:not|never been|isnt|aint) (?:even |really |actually )?(?:a |an )?(?:gay|lesbian|bi|"
    r"bisexual|queer|trans|muslim|jewish|a jew)\b"
)
_DENIED_AS = {"muslim": "muslim", "jewish": "jewish", "a jew": "jewish"}


def denied_communities(text: str) -> set[str]:
    """The communities a message says the person is not ("I told you I am Sikh not muslim")."""
    denied: set[str] = set()
    for found in _NOT_IDENTITY.finditer(plain(text)):
        word = found.group(0).split()[-1] if not found.group(0).endswith("a jew") else "a jew"
        denied.add(_DENIED_AS.get(word, "lgbt"))
    return denied


# "why is there an lgbt line i said im not gay": a service named, not who they are.
_SERVICE_NAMED = re.compile(
    r"\b(?:lgbt\w*|gay|muslim|jewish) (?:line|helpline|help line|service|charity|group|thing|one|"
    r"stuff|org\w*)\b"
)


_ASKS_IF_HATE = re.compile(
    r"\b(?:is|was|does|would|could|can|will) (?:it|this|that|what (?:he|she|they) did|"
    r"(?:he|she|they) (?:did|said))\b(?: \w+){0,3} (?:as )?(?:a )?hate crime\b|\bcounts? as "
    r"(?:a )?hate crime\b"
)


# "It wasn't racist, he was angry about the bus being late" (round 38, Kwame): denied, not said.
_DENIED_HATE = re.compile(
    r"\b(?:wasn[’']?t|was not|isn[’']?t|is not|weren[’']?t|were not|not|never|nothing to do "
    # -- round 66, helper l3 --: Lena: "I didn't say it was a hate crime" is a denial.
    r"with|(?:didn[’']?t|did not|never) (?:say|said|mean|meant) (?:that )?(?:it was|it[’']?s|"
    r"this was|he was|it is)|"
    # -- end of round 66, helper l3 --
    r"don[’']?t think (?:it|that|he|she|they) (?:was|were|is))\s+(?:a |an |really |even |"
    r"at all |about )?(?:racist|racial\w*|racism|race|a hate crime|"
    r"hate crime|hate|homophobic|transphobic|islamophobic|anti[- ]?muslim|antisemitic|"
    r"disablist)\b",
    re.IGNORECASE,
)


# -- round 60, helper g2 --
# Ali, a cab driver punched by a drunk passenger: "drivers get abuse all the time, last year
# someone call me paki and spit. this one no he just punch" was noted as hate: an earlier
# incident, with "this one no", is not this crime's motive. The clauses about the past one are
# left out when the person says this one was not.
_G2_NOT_THIS_ONE = re.compile(
    r"\b(?:this (?:one|time|guy|man|one was) (?:no|not|wasn ?t|was not|isn ?t)|not this (?:one|"
    r"time))\b"
)
_G2_PAST_TIME = re.compile(
    r"\b(?:last (?:year|month|time)|(?:a|one|two|\d+) (?:years?|months?) ago|before that|"
    r"another time|once before)\b"
)


def g2_drop_past_incident(text: str) -> str:
    """The text without its clauses about an earlier incident, when it says this one was not
    hate ("last year someone call me paki and spit. this one no he just punch")."""
    if not _G2_NOT_THIS_ONE.search(plain(text)):
        return text
    clauses = re.split(r"(?<=[.,;!?])\s+", text)
    return " ".join(c for c in clauses if not _G2_PAST_TIME.search(plain(c)))


# -- end of round 60, helper g2 --


def read_hate(text: str) -> tuple[bool | None, tuple[str, ...], tuple[str, ...]]:
    """Whether the account says it was hate, its strands and the person's communities."""
    for starred, word in _STARRED_SLURS:
        text = starred.sub(word, text)
    text = _DENIED_HATE.sub(" ", text)
    text = g2_drop_past_incident(text)  # -- round 60, helper g2 --
    lowered = plain(text)
    strands: list[str] = list(vocabulary.values("hate_strand", text))
    # "im not gay if thats what ur asking" (round 29, Marcus): not who they are.
    claimed = _NOT_IDENTITY.sub(" ", lowered)
    if claimed != lowered:
        claimed = _SERVICE_NAMED.sub(" ", claimed)
    communities: list[str] = [
        c for c in vocabulary.values("community", claimed) if c in ("lgbt", "muslim", "jewish")
    ]
    reasons = [m.group("who") for m in _HATE_WORDS.finditer(lowered)]
    for reason in reasons:
        for pattern, community, strand in _STRAND_WORDS:
            if re.match(rf"(?:{pattern})\b", reason.strip()):
                strands.append(strand)
                if community:
                    communities.append(community)
                break
    other = _HATE_OTHER.search(lowered)
    if not strands and I2_WRITTEN_HATE.search(lowered):
        strands.append("race")  # -- round 63, helper I2 --: "write on wall 'go home taliban'"
    if not strands and _SHOUTED_SLUR.search(lowered):
        strands.append("race")  # -- round 28, helper F --: "they shout virus and chink at us"
    if other and not strands and other.group(0) in ("hate crime", "slur", "slurs"):
        # "I'm a trans woman ... Is this a hate crime?": the strand is who they say they are.
        for found in _WHO_I_AM.finditer(lowered):
            for pattern, community, strand in _STRAND_WORDS:
                if re.match(rf"(?:{pattern})\b", found.group("who")):
                    strands.append(strand)
                    if community:
                        communities.append(community)
                    break
            if strands:
                break
    # -- round 56, helper D6 --: Kai, non-binary: "keep calling me slurs and he/she-ing me on
    # purpose" was read as race (the default for "slurs"), so no LGBT+ service fitted.
    if other and not strands and _D6_MISGENDERED.search(lowered):
        strands.append("transgender_identity")
        communities.append("lgbt")
    if (
        other
        and not strands
        and other.group(0) == "hate crime"
        and (
            not any("hate crime" in said for said in statements(text))
            # "ok but is it a hate crime or not", with no question mark (round 29, Aisha).
            or bool(_ASKS_IF_HATE.search(lowered))
        )
        and not re.search(
            r"\b(?:go home|go back|country|foreign\w*|immigrant\w*|colou?r|skin|race|black|asian|"
            r"white|accent|nationality|where (?:im|i am|we are|were) from)\b",
            lowered,
        )
    ):
        # -- round 29, helper L --: "if i report will the police actually record it as a hate
        # crime or just a scuffle": asked, with nothing said of race (it was race by default).
        other = None
    if other and not strands:
        word = other.group(0)
        strands.append(
            "religion"
            if re.search(r"islam|muslim|semit|jew|sectarian|terrorist", word)
            else "sexual_orientation"
            if re.search(r"homo|biphob|faggot|poof|dyke|batty", word)
            else "transgender_identity"
            if re.search(r"trans|tranny", word)
            else "disability"
            if re.search(r"disab|able|retard|spas|cripple|mong", word)
            else "race"
        )
    # -- round 28, helper F --
    if _CALLED_TERRORIST.search(lowered) and "religion" not in strands:
        strands.append("religion")  # "called me a f***ing terrorist": anti-Muslim abuse too
    if _ANTISEMITIC_SIGN.search(lowered):
        # "sprayed swastikas on my front door ... a note saying Jews out"
        strands.append("religion")
        communities.append("jewish")
    if re.search(r"\bantisemit|anti semit|anti jewish|\byid\b|\bkike\b", lowered):
        communities.append("jewish")
    if re.search(r"\bislamophob|anti muslim|hijab|niqab|burka|headscarf", lowered):
        communities.append("muslim")
    if re.search(r"\b(?:homophob|transphob|biphob)", lowered):
        communities.append("lgbt")
    said_strands, said_communities = _f6_said_about(lowered)  # -- round 39, helper F6 --
    strands += said_strands
    communities += said_communities
    hate = True if strands else None
    return hate, tuple(dict.fromkeys(strands)), tuple(dict.fromkeys(communities))


# Someone who is not family or a partner living in their home and keeping them from it, money or
# cards ("There is a lady living at my house and she has my bank card", "she won't go"): not
# domestic abuse, whoever told them to write.
_MOVED_IN = re.compile(
    r"\b(?:(?:a|an|this|the|some|these) (?:\w+ )?(?:lady|woman|man|guy|bloke|girl|lad|friend|"
    r"person|people|couple|lodger|men|women|lads|boys|strangers?) (?:is |are |has been |have been "
    r"|who is |who are |keeps |)(?:living|staying|moved in|moving in|sleeping)\b|moved (?:herself |"
    r"himself |themselves )?in(?:to)? (?:my|our|his|her) (?:house|flat|home|place)|(?:taken|took|"
    r"taking) over (?:my|our|his|her) (?:house|flat|home|place)|cuckoo\w*|(?:she|he|they) "
    r"(?:is|are|s|re) not (?:my|our|his|her) (?:family|partner|wife|husband|girlfriend|"
    r"boyfriend))\b"
)


def _relative_named(lowered: str) -> bool:
    """A partner or relative named, but not one who only helped or spoke of it ("my son told me
    to write to you", "my son says it is cuckooing") nor one denied ("not my family")."""
    for named in re.finditer(rf"\bmy (?:{PARTNER}|{FAMILY})\b", lowered):
        after = lowered[named.end() :].strip()
        before = lowered[: named.start()]
        if _HELPED.match(after) or re.match(
            r"(?:told|tells|says|said|thinks|think|called|calls|asked|wants|wanted|knows|is "
            r"worried|helped|helps|made me)\b",
            after,
        ):
            continue
        if re.search(r"\b(?:not|isnt|wasnt|no)\s*$", before):
            continue
        # -- round 29, helper L --: "i thought he was my boyfriend", "we never met in person"
        if _THOUGHT_PARTNER.search(lowered[: named.end()]) or _R29_NEVER_MET.search(lowered):
            continue
        return True
    return False


# -- round 44, helper N3 --
# Margaret, 61: her husband Alan's paid carer "from an agency" takes money from her purse over
# months and left "bruises on Alan's upper arms": theft and hurting him, never a robbery (force
# used to steal, Theft Act 1968, s.8), as no force was used to take anything.
_N3_CARER_NAMED = re.compile(
    r"\b(?:(?:a|the|our|his|her|my) (?:paid |agency )?(?:carer|care worker|care assistant|home "
    r"help)|carer (?:who comes|from an agency|from the agency))\b"
)
_N3_HARM_TO_THEM = re.compile(
    r"\b(?:bruis\w*|finger ?marks|hurt\w* (?:him|her|my (?:husband|wife|mum|dad|mother|"
    r"father))|(?:hits?|hitting|slapp\w*|pinch\w*|grabb\w*|rough with) (?:him|her)|flinch\w*)\b"
)
_N3_STREET_ROBBERY = re.compile(
    r"\b(?:robbed|robbery|mugg\w*|snatched|grabbed (?:my|his|her) (?:bag|phone|purse|wallet)|"
    r"held (?:us|me|him|her) up)\b"
)
# "Alan's dementia", "Alan has vascular dementia": a person named (with a capital, not at the
# start of a sentence's usual words) whose condition it is, not the writer's.
_N3_NAME = re.compile(
    r"\b(?!(?:I|My|She|He|It|This|That|The|Her|His|Because|Not|And|But|So|Yes|"
    r"No|We|They|Our|Your|Mum|Dad|Mother|Father|Please|Hi|Hello|Dear|Thank|Thanks)\b)"
    r"([A-Z][a-z]{2,})(?:'s|\u2019s| has| had| was diagnosed| is living)\b"
)
_N3_CONDITION_AFTER_NAME = (
    r"s? (?:(?:has|had|has got|was diagnosed with|is living with) )?(?:\w+ ){0,2}?"
    rf"(?:{_R29_CONDITIONS})\b(?: (?:\w+ )?(?:{_R29_CONDITIONS})\b)*"
)


def n3_carer_takes_and_hurts(lowered: str) -> bool:
    """A carer who takes money or things and bruises or hurts the person cared for."""
    return bool(
        _N3_CARER_NAMED.search(lowered)
        and _THEFT.search(lowered)
        and _N3_HARM_TO_THEM.search(lowered)
        and not _N3_STREET_ROBBERY.search(lowered)
        and not _WEAPON_OUT.search(lowered)
    )


def n3_without_others_condition(text: str, lowered: str) -> str:
    """The words without another named person's condition ("Alan's dementia")."""
    for name in {found.lower() for found in _N3_NAME.findall(text)}:
        if re.fullmatch(_R29_CONDITIONS, name):
            continue  # "Anxiety has ..." names the condition, not a person
        lowered = re.sub(rf"\b{name}{_N3_CONDITION_AFTER_NAME}", " ", lowered)
    return lowered


# -- round 50, helper V5 --
# Veronica, whose ex-husband reads her email, tracks the children's iPad and turns up: "He's never
# hit me" was read as an assault. Harm said not to have happened is not the crime told.
_V5_NEVER_HARMED = re.compile(
    # l100a (round 100): Bronwen, of her grandson, "he'd never hurt me" was noted as an assault.
    r"\b(?:he|she|they|hes|shes|theyve|theyre|hed|theyd)(?: s| has| have| had| ve| d| would)? "
    r"(?:never|not|not ever|hasnt|hasn t|havent|didnt|did not|wouldnt|would not) "
    r"(?:ever |actually |once |physically )?(?:hit|hurt|"
    r"touched|punched|slapped|kicked|attacked|harmed|laid a (?:finger|hand) on) (?:me|us)\b"
)


# -- round 52, helper Y4 --
# Ruth, 58, her door daubed with a swastika: "My son Joel is 16 and autistic" was read as her own
# disability, and "it's my son Joel who's autistic" made the questions about "your child". A child
# named with their condition is not the writer's condition, nor (unless harmed) the one written for.
_Y4_CHILDS_CONDITION = re.compile(
    r"\b(?:(?:its|it is|it s) )?(?:my|our) (?:son|daughter|child|kid|boy|girl|grandson|"
    r"granddaughter)(?: [a-z]+)?,? (?:who s|whos|who is|is|has|has got|s got|who has)"
    r"(?: (?:\d{1,2}|[a-z]+teen)(?: and)?)? (?:(?:also |severely |very |quite )?(?:"
    + _R29_CONDITIONS
    + r"|autistic|disabled)\w*)\b"
)


def y4_without_childs_condition(lowered: str) -> str:
    """The words without a son's or daughter's condition ("my son Joel is 16 and autistic")."""
    return _P81B_CHILDS_CONDITION.sub(" ", _Y4_CHILDS_CONDITION.sub(" ", lowered))


def y4_child_only_named_with_condition(lowered: str) -> bool:
    """The only child told of is one named with their condition, not harmed nor written for."""
    if not _Y4_CHILDS_CONDITION.search(lowered):
        return False
    rest = y4_without_childs_condition(lowered)
    return not (
        _R34_TO_MY_CHILD.search(lowered)
        or _WRITES_FOR_CHILD.search(lowered)
        or _FOR_CHILD.search(rest)
        or n2_writes_for_child(rest)
        or _R31_CHILD_NAMED.search(rest)
    )


# -- round 69, helper P2 --
# Margaret, 77: a doorstep trader "knocked on my door ... I paid him £3,000 in cash ... I have not
# seen any work done", then came back for £1,500 more, was recorded as stalking (the knocking
# and her neighbour read as harassment); "I have not been stalked ... It is a swindle" and "A
# swindle. He took £3,000 for the roof and did not do the work." were not read as fraud. Money
# taken at the door for work, or a swindle told, is fraud (doorstep crime); a stalker who keeps
# knocking, with no money taken for work, is still stalking.
_P2_SWINDLE = re.compile(
    r"\b(?:swindl\w*|(?:cheated|cheating|conned|diddled) (?:me |us |her |him |them )?out of|"
    r"(?:been|was|were|got|get) (?:cheated|conned|diddled)\b(?! on)|cheated (?:me|us)\b(?! on)|"
    r"(?:a|the) con\b(?! (?:ed|edison))|rogue traders?|cowboy (?:builders?|traders?|roofers?|"
    r"workmen)|ripped (?:me|us) off)"
)
_P2_PAID = re.compile(
    r"\b(?:paid|pay|gave|give|handed|took|take|takes|taking|wanted|asked for|asking for)\b"
    r"[^.!?]{0,30}(?:£ ?\d|\d[\d,]* ?(?:pounds|quid|k)\b|\bcash\b|\bmoney\b|\bdeposit\b)"
)
_P2_WORK = re.compile(
    r"\b(?:roof\w*|tiles?|gutters?|driveway|tarmac|repairs?|mend\w*|fix\w*|work|job|builder|"
    r"fence|chimney|boiler|ladder|garden|tree|paving)\b"
)
_P2_NOT_STALKED = re.compile(
    r"\b(?:not|never|havent|hasnt|wasnt|isnt|no|nobody|noone|no one) (?:been |being |really |"
    r"actually |even |s |is )*(?:stalk\w*|harass\w*)\b|\b(?:the )?stalking (?:people|helpline|"
    r"service|line|charity)\b"
)


def p2_trader_fraud(lowered: str, details: set[str]) -> bool:
    """A swindle told, or money taken at the door for work ("he knocked on my door ... I paid him
    £3,000 in cash ... not seen any work done"): fraud, unless stalking is told outright."""
    words = re.sub(r"[^\w£ ]+", " ", lowered.replace("\u2019", "'").replace("'", ""))
    if _STALKING.search(_P2_NOT_STALKED.sub(" ", words)):
        return False
    doorstep_money = (
        "doorstep" in details and bool(_P2_PAID.search(lowered)) and bool(_P2_WORK.search(words))
    )
    return doorstep_money or bool(_P2_SWINDLE.search(words))


# -- end of round 69, helper P2 --


def _crime_type(text: str, lowered: str, offender: str | None, details: set[str]) -> str | None:
    died = "someone_died" in details
    # -- round 28, helper F --
    # "called me a f***ing terrorist": a slur (hate), not a terrorist attack.
    as_written = lowered
    lowered = _CALLED_TERRORIST.sub(" ", lowered)
    # -- round 31, helper R --: "keep having panic attacks", "is that for like rape?? i dont think
    # anything like that happened", "Robbery seems rather a strong word": none is told as done.
    lowered = _R31_NOT_ATTACK.sub(" ", lowered)
    lowered = _R31_ASKS_IF_FOR.sub(" ", lowered)
    lowered = _H4_ASKS_IF_ATTEMPTED_MURDER.sub(" ", lowered)  # -- round 62, helper h4 --
    lowered = _R31_TOO_STRONG.sub(" ", lowered)
    lowered = _V5_NEVER_HARMED.sub(" ", lowered)  # -- round 50, helper V5 --
    # "im not a victim of terrorism", "It was not a burglary as such", "its not stalking its
    # racism": a crime they deny is not the one they had.
    denied_burglary = any(
        re.search(r"burglar|break in", denied.group(0))
        for denied in _DENIED_CRIME.finditer(lowered)
    )
    lowered = _DENIED_CRIME.sub(" ", lowered)
    lowered = K78B_WHICH_CRIME.sub(" ", lowered)  # k78b (round 78): "is it burglary or theft"
    if (
        denied_burglary
        and re.search(rf"\b{_VEHICLE}\b", lowered)
        and not _HOME_BROKEN.search(lowered)
    ):
        return "theft"  # "It was not a burglary as such ... It was the car on the drive."
    if _TERRORISM.search(lowered):
        return "terrorism"
    if died and re.search(
        r"\b(?:killed|murder\w*|stabbed|shot|beaten|attacked|manslaughter|"
        r"homicide|run over|hit and run|knifed|died|death)\b",
        lowered,
    ):
        return "homicide"
    if _ATTEMPTED_MURDER.search(lowered):
        return "attempted_murder"
    # k77d (round 77): exposure told in few words (Sophie) is a sexual offence (s.66).
    if _SEXUAL.search(lowered) or EXPOSURE.search(lowered):
        return "sexual_offence"
    domestic = offender in ("partner_or_ex", "family_member")
    named_trafficking = NAMES_TRAFFICKING.search(lowered)
    carrying = g4_carrying_under_threat(lowered)  # -- round 60, helper g4 --
    taken_over = t84c_home_taken_over(lowered)  # t84c (round 84): Wayne, cuckooing
    if (
        (_TRAFFICKING.search(lowered) or unpaid_work(lowered) or carrying or taken_over)
        and (named_trafficking or not domestic or _CARRYING_FOR_THEM.search(lowered) or carrying)
        and not g89e_papers_kept_for_marriage(lowered, details)  # g89e (round 89): Zainab
    ):
        # Made to carry drugs or packages under threat is criminal exploitation even by a
        # cousin or a brother (round 42, Liam, 16), not abuse at home.
        return "human_trafficking"
    if "forced_marriage" in details or "honour_based" in details:
        return "domestic_abuse"
    if _TERRORISM.search(lowered):
        return "terrorism"
    if _KIDNAP.search(lowered) and not domestic:
        return "kidnap_false_imprisonment"
    # Stalking and shared images by a partner or relative keep their own name, so the
    # specialists for them are offered; the rules still count them as domestic abuse.
    if domestic and _STALKING.search(lowered):
        return "stalking_harassment"
    if domestic and "intimate_images" in details:
        return "online_abuse"
    if (
        "domestic_abuse" in vocabulary.values("crime_type", text)
        and not _SEXUAL.search(lowered)
        and not _R31_NOT_DA.search(lowered)  # -- round 31, helper R --: "It is not domestic abuse"
        # "financial abuse ... mate crime" by "lads he calls his friends" (round 38, Ruth for
        # Ben): domestic abuse needs someone personally connected (Domestic Abuse Act 2021, s.2).
        and offender not in ("someone_known", "stranger")
    ):
        return "domestic_abuse"
    if (  # p81c (round 81): Ron, 77
        p81c_distraction_burglary(lowered)
        and not domestic
        and not re.search(rf"\bmy (?:{PARTNER}|{FAMILY})\b", lowered)
    ):
        return "burglary"
    # -- round 31, helper R --: road crashes, sextortion, money taken by a relative, intruders.
    if (r31 := _r31_crime(lowered, offender, details)) is not None:
        return r31
    if domestic and (
        "economic" in details
        or _ASSAULT.search(lowered)
        or _STALKING.search(lowered)
        or _HARASSMENT.search(lowered)
        or _DAMAGE.search(lowered)
        or _KIDNAP.search(lowered)
        # m92c (round 92): Leila, "my husband brother he has knife he say he will hurt me".
        or _M92C_KNIFE_OR_VOW.search(lowered)
        or re.search(
            # -- round 28, helper F --: "he took my phone off me", "hell tell everyone at work
            # im bi": controlling, and a threat to out them.
            r"\b(?:(?:took|takes|taken|taking|keeps|kept|has|smashed|broke) my (?:phone|mobile|"
            r"keys|passport|bank cards?|cards)|(?:tell|telling|tells) (?:everyone|people|my "
            r"(?:work|boss|family|parents|mum|dad)|(?:every|any)one at work)\b.{0,30}\b"
            r"(?:im|i m|i am|that i|about me)\b|out me|outing me|control\w*|abus\w*|coercive|"
            r"checks my|wont let me|isolat\w*|violent|violence|"
            r"threat\w*|manipulat\w*|gaslight\w*|scream\w*|shout\w*|"
            # "she throws stuff when shes had a drink": at them, by a partner or relative.
            r"(?:throws|threw|throwing|chucks|chucked|chucking|lobs|lobbed) (?:stuff|things|"
            r"plates?|cups?|mugs?|glasses|bottles?|pans?|objects|the remote|whatever)(?! away| out"
            r"| in the bin))\b",
            lowered,
        )
    ):
        return "domestic_abuse"
    # -- round 75, helper b75b --: a threat to kill told ("he said he's going to kill me"), by a
    # partner, ex or relative, is domestic abuse; by anyone else, harassment (below).
    threat_to_kill = b75b_threat_to_kill_told(lowered)
    if threat_to_kill and (domestic or g3_partner_threatens_to_kill(lowered, offender)):
        return "domestic_abuse"
    if _ARSON.search(lowered):
        return "arson"
    wounding = re.search(
        r"\b(?:stab\w*|slash\w*|glassed|acid|shot|knifed|machete|(?:with|by) (?:a|an|his|her|"
        r"the) (?:\w+ )?(?:bat|hammer|bottle|brick|knife|blade|bar|weapon|crowbar|pole|glass|"
        r"chain|axe))\b",
        lowered,
    )
    if "serious_injury" in details and wounding:
        return "serious_violence"
    if "economic" in details and (
        offender in ("partner_or_ex", "family_member")
        or (
            _relative_named(lowered)
            and re.search(
                r"\b(?:he|she) (?:takes|took|keeps|kept|has|controls|stole|steals)\b", lowered
            )
            and not _MOVED_IN.search(lowered)
        )
    ):
        # "my son takes my pension and pushed me": abuse by family, not a robbery.
        return "domestic_abuse"
    if "economic" in details and _K99C_LEAVING_THEM.search(lowered):
        # k99c (round 99): Zanele, "He controls all my salary ... he takes my card ... Once he
        # pushed me against the wall. Will I be deported if I leave him?" was noted as "a
        # robbery": money controlled by someone they would leave is abuse at home.
        return "domestic_abuse"
    if _ROBBED_REMOTELY.search(lowered) or (
        re.search(
            r"\b(?:not|wasnt|isnt|never said) (?:a |it was )?(?:robbery|robbed)\b", as_written
        )
        and _FRAUD.search(lowered)
    ):
        # "I have been robbed,, by the phone. the bank man": a scam, told as a robbery.
        return "fraud"
    if m103c_tricked_into_handing_over(lowered):
        # m103c (round 102): Joyce, "A man telephoned ... saying he was a detective from the
        # police and my bank had been robbing people ... a courier came to my door ... I gave him
        # £2,000 in an envelope" was noted as "a robbery": handing money over after being tricked
        # by someone posing as police or a bank, with no force, is fraud.
        return "fraud"
    if c1_distraction_burglary(lowered):
        # -- round 55, helper C1 --: "Two men came to my door ... saying they were from the water
        # board and I let them in. I think they have robbed me" (Brenda, 74): entry by a trick,
        # a distraction burglary, not a robbery (nobody was hurt or threatened).
        return "burglary"
    if n3_carer_takes_and_hurts(lowered):
        # -- round 44, helper N3 --: a paid carer taking money over months and bruising the
        # man she cares for (Margaret, for Alan): theft and an assault, not force to take it.
        return "assault"
    if (
        _ROBBERY.search(lowered)
        or (_THEFT.search(lowered) and (_ASSAULT.search(lowered) or _WEAPON_OUT.search(lowered)))
        or (_TOOK_THINGS.search(lowered) and _WEAPON_OUT.search(lowered))
        or (_THEFT.search(lowered) and N2_NEEDLE_THREAT.search(lowered))  # round 68, n2 (Derek)
    ):
        return "robbery"
    if (
        _FRAUD.search(lowered)
        and re.search(r"\b(?:money|cash|£|pounds|savings|hundreds|thousands?)\b", lowered)
        and not _THREAT_TO_KILL.search(lowered)
    ):
        # "claiming to be a gardener keeps turning up and taking money off her": a doorstep
        # con, though he keeps coming back.
        return "fraud"
    # -- round 28, helper F --
    if (
        _FRAUD.search(lowered)
        and re.search(r"\b(?:courier|(?:bank )?cards?|pin|pin number)\b", lowered)
        and not (_THREAT_TO_KILL.search(lowered) or _ASSAULT.search(lowered))
    ):
        # "a man kept ringing me saying he was from the council ... a courier came to collect my
        # bank cards": the calls were the scam, not harassment.
        return "fraud"
    if p2_trader_fraud(lowered, details) and not (
        _THREAT_TO_KILL.search(lowered) or _ASSAULT.search(lowered)
    ):  # -- round 69, helper P2 --: Margaret's doorstep trader, a swindle, not stalking
        return "fraud"
    if _STALKING.search(lowered):
        return "stalking_harassment"
    if (
        # -- round 75, helper b75b --: "he said he would kill me" is a threat told, not a blow,
        # unless a weapon was there ("pulled a knife and said hed stab me").
        _ASSAULT.search(b75b_without_threats_to_kill(lowered))
        or (threat_to_kill and _B75B_WEAPON_THERE.search(lowered))
        or _RAMMED_ON_PURPOSE.search(lowered)
        or _DROVE_AT_THE_WRITER.search(lowered)
    ):
        return "assault"
    if (
        _VEHICLE_BROKEN.search(lowered) or g76c_vehicle_broken_and_taken(lowered)
    ) and not _HOME_BROKEN.search(lowered):
        # "my car was broken into ... on my own drive": theft from a vehicle, not a burglary,
        # which is entering a building.
        return "theft"
    if _BURGLARY.search(lowered) or (
        _WENT_IN_AND_TOOK.search(lowered)
        and offender in (None, "stranger", "unknown")
        and not re.search(rf"\b(?:my|our|his|her) (?:{PARTNER}|{FAMILY})\b", lowered)
    ):
        return "burglary"
    if _FRAUD.search(lowered) or n4_rogue_trader(lowered):  # -- round 44, helper N4 --
        return "fraud"
    if (
        "intimate_images" in details
        or q5_asked_a_child_for_pictures(lowered)  # -- round 46, helper Q5 --
        or _ONLINE_ABUSE.search(lowered)
        or _R29_ONLINE_ABUSE.search(lowered)  # -- round 29, helper L --
    ):
        return "online_abuse"
    if _HARASSMENT.search(lowered) or threat_to_kill:  # -- round 75, helper b75b --
        return "stalking_harassment"
    if _DAMAGE.search(lowered) or _R31_SMASHED.search(lowered):  # -- round 31, helper R --
        return "criminal_damage"
    if _P4_WINDOW_BROKEN.search(lowered):  # -- round 45, helper P4 --
        return "criminal_damage"
    if _P4_HATE_LEAFLETS.search(lowered):  # -- round 45, helper P4 --
        return "stalking_harassment"
    if _THEFT.search(lowered) and not d5_phone_only_checked(lowered):  # -- round 56, helper D5 --
        return "theft"
    if u4_neighbour_harassment(lowered):  # -- round 50, helper U4 --
        return "stalking_harassment"
    if c75b_intimidation_at_home(lowered):  # -- round 75, helper c75b --
        return "stalking_harassment"
    if h2_messages_and_threats(lowered):  # -- round 62, helper H2 --
        return "stalking_harassment"
    # Without the names denied or shouted at them, when there were some.
    named = named_crimes(text if lowered == as_written else lowered)
    if named and not (named[0] == "theft" and d5_phone_only_checked(lowered)):  # round 56, D5
        return named[0]
    if re.search(r"\b(?:dog|dogs) (?:bit|bites|bitten|attacked|went for|jumped)\b", lowered):
        return "other"
    return None


# Credit in their name, not a payment they were tricked into making.
IDENTITY_FRAUD = re.compile(
    r"\b(?:(?:loans?|debts?|credit cards?|credit|(?:bank )?accounts?|mortgages?|finance|"
    r"catalogues?|phone contracts?|contracts?|overdrafts?) (?:\w+ )?(?:taken out |opened |"
    r"applied for |took out |set up |got )?(?:in|under|using) my (?:name|details|identity)|"
    r"identity (?:theft|fraud)|stole my (?:identity|id)|used my (?:identity|name|details) to "
    r"(?:get|take|open|apply)|(?:took|taken|take|taking) out (?:a |two |three |\d+ )?(?:loans?|"
    r"credit cards?|credit) (?:in|under|with) my)\b"
)


# Someone who saw a crime and told the police: "i seen a stabbing... gave a statement to feds",
# "im the witness".
_WITNESS = re.compile(
    r"\b(?:(?:im|i am|i m|i was|as) (?:the |a |an )?(?:only |main |key |eye )?witness|"
    r"(?:i|we) (?:seen|saw|witnessed) (?:a|an|the|him|them|it|what)\b.{0,120}\b(?:statement|"
    r"witness|feds|police|court)|i (?:just|only) (?:seen|saw|witnessed) it|"
    r"(?:gave|give|made|make) (?:a |my )?(?:witness )?statement "
    r"(?:against|about|to)|witness statement)\b"
)


# -- round 39, helper H3 --
# Someone who saw a crime happen to another person (round 38, Kofi: "saw a guy get shot outside
# the chicken shop ... gave him first aid ... cant sleep"; Jamal: "my boy got stabbed ... i was
# right there"). They can be victims themselves (Victims and Prisoners Act 2024, s.1(2)(a)), but
# the injuries they describe are the other person's, never theirs.
_H3_SAW = (
    r"(?:(?:i|we)(?: \w+)? |^(?:(?:just|literally|actually|ok|so|yeah|yh|erm|um) )?)(?:saw|seen|"
    r"watched|witnessed|was watching|were watching|had to watch|could see)"
)
_H3_OTHER = (
    r"(?:(?:a|an|the|this|some|one|that|these|two|three|2|3) (?:\w+ )?(?:guy|guys|man|men|boy|boys|"
    r"lad|lads|kid|kids|youth|yout|woman|women|lady|girl|girls|bloke|geezer|person|people|"
    r"teenager|student|driver|shopkeeper|worker|cyclist|stranger)|someone|somebody|him|her|them|"
    r"he|she|they|(?:my|our|his|her) (?:\w+ )?(?:mate|mates|friend|friends|pal|bredrin|bro|"
    r"boy|brother|sister|cousin|neighbou?r|colleague|flatmate|classmate|mandem))"
)
_H3_HURT = (
    r"(?:shot|stabbed|shanked|knifed|slashed|glassed|beaten|beat|battered|attacked|assaulted|"
    r"jumped|punched|kicked|stamped on|robbed|mugged|killed|murdered|run over|knocked out|"
    r"bottled|hit|cut|chinged|merked)"
)
_H3_DOES_HURT = (
    r"(?:shoot|shot|stab|stabbed|stabbing|slash|slashed|attack|attacked|attacking|beat|beating|"
    r"batter|battered|punch|punched|punching|kick|kicked|kicking|glass|glassed|rob|robbed|mug|"
    r"mugged|kill|killed|murder|murdered|jump|jumped|assault|assaulted|knife|knifed|shank|shanked)"
)
# "i saw a guy get shot", "watched my mate get stabbed", "i seen them stab him", "i saw a
# stabbing"; the one harmed is someone else.
_H3_SAW_IT = re.compile(
    rf"\b{_H3_SAW} (?:\w+ )?{_H3_OTHER} (?:get |got |getting |being |been |was |were )?(?:\w+ )?"
    rf"{_H3_HURT}\b|\b{_H3_SAW} (?:\w+ )?{_H3_OTHER} {_H3_DOES_HURT} (?:him|her|them|a|an|the|"
    r"this|some|someone|somebody|my|his|that|one)\b|"
    rf"\b{_H3_SAW} (?:a|the|this|that|him get|them get) (?:\w+ )?(?:stabbing|shooting|murder|"
    r"killing|attack|assault|robbery|mugging|fight|beating|drive ?by)\b|"
    # The first aid they gave, or stayed with the one hurt: there when it happened.
    r"\b(?:i|we) (?:\w+ )?(?:gave|give|giving|did|done|was doing|tried to give|tried to do) "
    r"(?:(?:him|her|them|my \w+|the \w+) )?(?:first aid|cpr|chest compressions)\b|"
    r"\b(?:i|we) (?:\w+ )?(?:held|was holding|pressed on|put pressure on|tried to stop) (?:the|"
    r"his|her|their) (?:wound|bleeding|blood)\b|"
    r"\b(?:i|we) stayed with (?:him|her|them) (?:till|until) the (?:ambulance|paramedics|police)|"
    # "im not the one who got stabbed", "it wasnt me who got shot".
    r"\b(?:(?:im|i am|i m|i was|i wasnt) not the (?:one|person|victim)|(?:it )?(?:wasnt|was not|"
    rf"isnt|is not) me) (?:who|that) (?:got|was|has been|is) (?:\w+ )?{_H3_HURT}\b"
)
# "i seen it all", "i was right there": a witness only when it happened to someone else.
_H3_WAS_THERE = re.compile(
    r"\b(?:(?:i|we) (?:\w+ )?(?:saw|seen|watched|witnessed) (?:it all|everything|the whole thing|"
    r"all of it|it happen|it go down|what happened)|(?:i|we) (?:was|were) (?:right )?(?:there|next "
    r"to (?:him|her|them))|(?:right )?in front of (?:me|us|my (?:eyes|face)))\b"
)
_H3_SOMEONE_ELSE_HURT = re.compile(
    rf"\b(?:he|she|they|him|her|them|hes|shes|theyre|{_H3_OTHER}) (?:\w+ )?(?:got|was|were|get|"
    rf"been|has been|had been|getting|being|is|s) (?:\w+ )?{_H3_HURT}\b|\b(?:stabbed|shot|"
    r"slashed|attacked|killed|murdered|glassed|beat|battered|robbed|mugged|jumped|punched|"
    r"kicked|knifed|shanked) (?:him|her|them|my (?:\w+ )?(?:mate|friend|boy|bro|brother|sister|"
    r"cousin)|a (?:\w+ )?(?:guy|man|boy|lad|kid|woman|girl))\b"
)
_H3_PARTS = (
    r"(?:arm|arms|leg|legs|face|head|hand|hands|back|chest|side|stomach|belly|neck|eye|eyes|nose|"
    r"jaw|ribs?|lip|shoulder|wrist|fingers?|knee|foot|ankle|skull|tooth|teeth)"
)
# The person writing was hurt, or attacked, themselves: "me and my mate got jumped", "cut my
# arm", "saw him coming at me". Threats to a witness afterwards are not this (intimidation).
_H3_HURT_ME = re.compile(
    r"\b(?:(?:stabbed|shot|slashed|hit|punched|kicked|attacked|assaulted|jumped|robbed|mugged|"
    r"beat|battered|glassed|knifed|shanked|headbutted|strangled|choked|raped|stamped on|"
    r"(?<!it )(?<!that )(?<!this )hurt) (?:me|us)\b|"
    r"(?:i|we|me and (?:my |a )?\w+|me n (?:my )?\w+|\w+ and (?:me|i)) (?:got|was|were|been|have "
    r"been|ve been|had been|get|getting) (?:(?!not |never )\w+ )?(?:stabbed|shot|slashed|hit|"
    r"punched|kicked|attacked|assaulted|jumped|robbed|mugged|beaten|beat up|battered|glassed|"
    r"knifed|shanked|hurt|injured|wounded|headbutted|strangled|raped|stamped on|hospitali[sz]ed)"
    r"\b|(?:came|coming|come|went|going|ran|running|lunged|swung) (?:at|for) (?:me|us)\b|"
    r"(?:tried|trying|try) to (?:\w+ )?(?:stab|shoot|hit|kill|rob|attack|cut|punch) (?:me|us)\b|"
    rf"(?:cut|slashed|stabbed|broke|broken|fractured|hurt|injured|bruised|burned|burnt) my "
    rf"{_H3_PARTS}\b|\bmy {_H3_PARTS} (?:\w+ ){{0,2}}?(?:is|was|got|are|were|s|has been) "
    r"(?:\w+ )?(?:broken|cut|bleeding|swollen|bruised|fractured|stabbed|slashed|injured)\b|"
    r"(?:at|on) (?:me|us) with (?:a|an|the|his|her|their) |"
    # j98b (round 98): Bev, "the man who threatened me with a knife is on trial": the one
    # threatened, a witness in her own case, not someone who saw it happen to another.
    r"threat\w* (?:me|us) with (?:a|an|the|his|her|their) (?:\w+ )?(?:knife|gun|blade|shank|"
    r"machete|hammer|bat|axe|weapon|bottle|screwdriver)s?\b|pointed (?:a |an |the |his |their )?"
    r"(?:gun|knife|blade|shank|machete) at (?:me|us)\b|(?:gun|knife|blade|shank|machete) "
    r"(?:to|at|on) (?:me|us|my)\b)"
)
# A witness in their own words, not only "i gave a statement", which the one attacked says too.
_H3_SAID_WITNESS = re.compile(
    r"\b(?:(?:im|i am|i m|i was|as) (?:the |a |an )?(?:only |main |key |eye )?witness|"
    r"(?:i|we) (?:seen|saw|witnessed) (?:a|an|the|him|them|it|what)\b.{0,120}\b(?:statement|"
    r"witness|feds|police|court)|i (?:just|only) (?:seen|saw|witnessed) it)\b"
)
# Someone writing for the one harmed, said outright (not "my mate got stabbed").
_H3_WRITES_FOR = re.compile(
    r"\b(?:(?:writing|asking|messaging|texting|typing|here|contacting you|reaching out) (?:for|"
    r"on behalf of|about)|on (?:his|her|their) behalf|(?:help|support|advice) for (?:him|her|"
    r"them|my \w+))\b"
)
_H3_SEEN_CRIME = (
    ("homicide", re.compile(r"\b(?:killed|murdered|merked|murder|killing)\b")),
    ("serious_violence", re.compile(r"\b(?:shot|shoot\w*|stab\w*|shank\w*|knifed|slash\w*|"
                                    r"glass\w*|chinged|drive ?by)\b")),
    ("robbery", re.compile(r"\b(?:rob|robs|robbed|robbing|mug|mugged|robbery|mugging)\b")),
    ("assault", re.compile(r"\b(?:beat\w*|batter\w*|attack\w*|assault\w*|jump|jumped|punch\w*|"
                           r"kick\w*|fight|stamped on|knocked out|bottled)\b")),
)  # fmt: skip


def h3_hurt_me(lowered: str) -> bool:
    """The person writing says they were hurt or attacked themselves."""
    return bool(_H3_HURT_ME.search(lowered))


def h3_saw_it_happen(lowered: str) -> bool:
    """The person writing saw a crime happen to someone else and was not hurt themselves."""
    if _H3_HURT_ME.search(lowered):
        return False
    if _H3_SAW_IT.search(lowered):
        return True
    return bool(_H3_WAS_THERE.search(lowered) and _H3_SOMEONE_ELSE_HURT.search(lowered))


# u86a (round 86): Olu, 55, a shopkeeper: "A young man was stabbed outside 3 weeks ago and I
# gave statement to police" was noted as his own serious violent attack. Someone not named as
# theirs (a man, a boy, someone) hurt, and the writer gave a statement: they saw it (a witness).
# Not "my son was stabbed" (their own), nor "a man stabbed me" (the one attacked).
_U86A_STRANGER_HURT = re.compile(
    r"\b(?:(?:a|an|the|this|some|one|that) (?:\w+ )?(?:guy|man|boy|lad|kid|youth|woman|lady|girl|"
    r"bloke|person|teenager|student|customer)|someone|somebody) (?:\w+ )?(?:got|was|were|has been|"
    rf"had been|been|get|getting) (?:\w+ )?{_H3_HURT}\b"
)
_U86A_I_GAVE_STATEMENT = re.compile(
    r"\bi (?:\w+ )?(?:gave|made|have given|ve given|did|have made|ve made) (?:a |my )?(?:witness )?"
    r"statement\b"
)


def u86a_stranger_hurt_i_gave_statement(lowered: str) -> bool:
    """Someone else, not named as theirs, was hurt, and the writer gave a statement."""
    return (
        bool(_U86A_STRANGER_HURT.search(lowered))
        and bool(_U86A_I_GAVE_STATEMENT.search(lowered))
        and not _H3_HURT_ME.search(lowered)
    )


def _h3_as_witness(
    lowered: str,
    crime: str | None,
    details: set[str],
    offender: str | None,
    for_child: bool,
    for_other: bool,
) -> tuple[str | None, bool]:
    """For someone who saw it happen to another person: the crime they saw (kept for the
    services), the `witness` detail, and the other person's injuries taken off theirs.
    Returns the crime and whether they write for someone else."""
    if _H3_HURT_ME.search(lowered):
        # "i got stabbed ... gave a statement to the police": the one attacked, not a witness.
        details.discard("witness")
        return crime, for_other
    if not for_other and u86a_stranger_hurt_i_gave_statement(lowered):
        details.add("witness")  # u86a (round 86): Olu, "A young man was stabbed outside"
    elif "witness" in details and not _H3_SAID_WITNESS.search(lowered):
        details.discard("witness")  # "i gave a statement to the police" alone
    if (
        for_child
        or offender in ("partner_or_ex", "family_member")
        or crime == "domestic_abuse"
        or "child_witness" in details
        or (_bereaved(lowered, details) is True)
        or not (h3_saw_it_happen(lowered) or "witness" in details)
    ):
        return crime, for_other
    details.add("witness")
    details.difference_update(_HURT)
    if not _STALKING_DESCRIBED.search(_H3_SAW_IT.sub(" ", lowered)):
        details.discard("stalking_described")  # "watched my mate get stabbed" is not stalking
    if crime is None or crime == "other":
        crime = next((name for name, said in _H3_SEEN_CRIME if said.search(lowered)), crime)
    if crime == "serious_violence" and "someone_died" in details:
        crime = "homicide"
    if for_other and not _H3_WRITES_FOR.search(lowered):
        # "my boy got stabbed ... i was right there": their own account of what they saw.
        for_other = False
    return crime, for_other


# A man exposing himself: a crime without touching (Sexual Offences Act 2003, s.66).
# Not "he took it out of the bank", "flashed his badge" or "got his phone out".
_PRIVATES = r"(?:dick|penis|cock|willy|thing|privates|private parts|bits|junk|todger|knob)"
EXPOSURE = re.compile(
    r"\bexpos(?:ed|ing|es) (?:himself|herself|themselves|his|him)\b|\bflash(?:ed|ing|er) "
    rf"(?:me|us|at (?:me|us|her))\b|\bflasher\b|\b(?:got|took|pulled|whipped|had) (?:his|it) "
    rf"(?:\w+ )?{_PRIVATES} out\b|\b(?:got|took|pulled|whipped) (?:his )?{_PRIVATES} out\b|"
    rf"\b(?:touching|playing with|wanking|rubbing) (?:himself|his (?:self|{_PRIVATES}|crotch))\b|"
    r"\bmasturbat\w*\b|\bindecent exposure\b|\bshowed (?:himself|his " + _PRIVATES + r")\b|"
    # -- round 50, helper V3 --: "a guy opposite me basically got himself out. like his penis"
    r"\b(?:got|took|pulled|whipped|getting|pulling) himself out\b(?! of)|"
    # k77d (round 77): "man show me his penis", "man expose himself. penis out" (Sophie, on the
    # Northern line): exposure told in few words (Sexual Offences Act 2003, s.66). Not "thing" or
    # "bits", which are said of other things.
    r"\bshow(?:s|ed|ing|n)? (?:(?:me|us|her|them|everyone|people) )?(?:his|him|her) "
    r"(?:dick|penis|cock|willy|privates|private parts|junk|todger|knob)\b|"
    r"\bexpose (?:himself|herself|themselves)\b|"
    r"\b(?:his )?(?:dick|penis|cock|willy|privates|todger|knob) (?:was |is )?(?:out|hanging out)\b"
)


# "my neighbours dog went for my little boy", "a dog bit my son in the park".
_DOG_ATTACK = re.compile(
    r"\b(?:dogs?|pit ?bull|staffy|xl bully)\b(?: \w+){0,3} (?:bit|bites|bitten|attacked|went for|"
    r"mauled|savaged|jumped (?:up )?(?:at|on))\b|\b(?:bitten|attacked|mauled|savaged) by (?:a|the|"
    r"their|his|her|my \w+s?) (?:\w+ )?dog\b|\bdog (?:attack|bite)s?\b"
)
# Trafficking said in its own words, which a partner or relative doing it does not change.
NAMES_TRAFFICKING = re.compile(
    r"\b(?:traffick\w*|modern slavery|slave\w*|servitude|forced (?:labou?r|to work)|county lines|"
    rf"cuckoo\w*|{_DRUG_RUNNING})\b"
)
# "im pregnant is the baby gonna be ok", "he pushed me down the stairs and im 5 months".
PREGNANT = re.compile(
    # -- round 29, helper L --: not "im not pregnant shes 9 MONTHS OLD"
    r"\b(?:(?<!not )pregnant|pregnancy|preggo|preggers|expecting a baby|my bump|the bump|unborn|"
    # Not "i got my baby shes 9 months": the baby's age (round 29, Chantelle).
    r"(?<!baby )(?<!babys )(?<!daughter )(?<!girl )(?<!son )(?<!boy )(?:im|i am|i m|shes|she is|"
    r"she s) (?:\d+|one|two|three|four|five|six|seven|eight|nine) "
    r"(?:months|weeks)(?! ago| old)\b(?! (?:since|in|into|out))|"
    r"(?:\d+|five|six|seven|eight) months gone|weeks (?:pregnant|gone))"
)
# b75c (round 74): "could i be pregnant", "what if im pregnant", "worried about pregnancy", "a
# pregnancy test" (Hannah, sexually assaulted a week before) ask whether she may be pregnant;
# they do not tell a pregnancy (noted, it is passed to the support team and sends later pain to
# the midwife).
B75C_PREGNANCY_ASKED = re.compile(
    r"\b(?:could|can|might|may|will|would|am) i (?:\w+ )?(?:be|get|got|end up|getting) (?:\w+ )?"
    r"pregnant\b|\bam i (?:\w+ )?pregnant\b|\b(?:what )?if (?:i m|im|i am|i get|i got|i end up|"
    r"i ve got|ive got) (?:\w+ )?pregnant\b|\b(?:chance|risk|worried|scared|afraid|terrified|"
    r"frightened|worry|worrying) (?:about |that |of )?(?:like |i (?:might|could|may) (?:be|get) |"
    r"getting |being )?pregnan\w*|\bpregnancy tests?\b"
)
# end b75c
# A bank card or PIN taken or handed over ("a courier would collect my card and i gave them my
# pin"): the unauthorised-payment rules, not a transfer they were tricked into.
# -- round 37 -- "I paid him £4,000 in cash as a deposit" (Mr Okafor, a rogue builder): the
# banks' scam refunds do not cover cash, so "will I get my money back?" is answered for cash.
_PAID_CASH = re.compile(
    r"\b(?:paid|pay|gave|give|handed|hand) (?:\S+ ){0,4}in cash\b|\bcash (?:deposit|upfront|up "
    r"front|in hand)\b|\b(?:paid|gave|handed) (?:him|her|them) (?:the )?cash\b"
)
_CARD_TAKEN = re.compile(
    r"\b(?:courier (?:would|will|to|was going to|came to) (?:collect|pick up|come for)|(?:gave|"
    r"handed|took|taken|stole|stolen|nicked|collected) (?:\w+ ){0,2}(?:my|her|his|their|mums?|"
    r"dads?) (?:bank |debit |credit )?(?:cards?|pin)|(?:my|her|his) (?:bank |debit )?card (?:was |"
    r"were |has been )?(?:used|taken|stolen))\b"
)
# Told not to give evidence, or threatened for it: "we know where u live dont go court".
_WITNESS_THREATENED = re.compile(
    r"\b(?:(?:dont|do not|better not|wont) (?:go (?:to )?court|testify|give evidence|say "
    r"anything|snitch)|know where (?:u|you) live|(?:threat\w*|messag\w*|warn\w*) (?:me|us)\b|"
    r"snitch\w*)"
)


# -- round 29, helper L --
# When they parted, married or came here, told beside what happens now (see read_account).
_R29_WHEN_THEY_PARTED = re.compile(
    r"\b(?:divorc\w*|split(?: up)?|broke up|separated|(?:got )?married|came to (?:the uk|england|"
    r"london|britain|this country)|moved (?:here|to (?:the uk|england|london))|left (?:him|her))"
    r"(?: \w+){0,3}? (?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? ago|"
    r"last year|in (?:19\d\d|20[0-2]\d))\b"
)
# "He has non-molestation order from court last year": when a court acted, not when it happened
# (round 33, Zofia, then asked whether she was under 18 at the time).
_R33_COURT_DATED = re.compile(
    r"\b(?:order|injunction|court|convicted|sentenced|released|prison|jail)\b(?: \w+){0,4}? "
    r"(?:(?:a|one|two|three|four|five|\d+) years? ago|last year|in (?:19\d\d|20[0-2]\d))\b"
)
_R34_DOES_IT_TO_ME = re.compile(
    r"\b(?:he|she|they) (?:\w+ ){0,2}?(?:takes?|took|steals?|stole|hits?|pushe[sd]|push|shouts? "
    r"at|shouted at|threatens?|threatened|hurts?|kicks?|slaps?|shouts if i|grab(?:s|bed)?|get "
    r"(?:quite |really |very )?rough with|gets (?:quite |really |very )?rough with)\b"
    # m79c (round 79): not "they threatened him. i want him treated as a victim" (Bukola, for
    # her son Tayo, 17): done to him, then she speaks.
    r"(?! (?:him|her|them)\b)"
    # p94h (round 94): not "he will hurt my son" (Efua, threatened by a lender from church): done
    # to her child, not by a relative to her.
    r"(?! (?:my|our) (?:\w+ )?(?:son|sons|daughter|daughters|child|children|kids?|boy|boys|girl|"
    r"girls|grandson|granddaughter|grandchildren|baby|family)\b)"
    r"[^.!?]{0,30}?\b(?:me|my|i)\b"
)
_R35_HARMED_ME = re.compile(
    r"\b(?:spat|spit|spitting) (?:at|on) me\b|\b(?:attacked|punched|hit|kicked|slapped|pushed|"
    r"grabbed|assaulted|stabbed|robbed|mugged|threatened|raped|groped|touched) me\b|\b(?:grabbed|"
    r"pulled|tried to pull) (?:off )?my (?:hijab|headscarf|hair|bag|phone|turban)\b|\bi was "
    r"(?:attacked|punched|hit|kicked|assaulted|stabbed|robbed|mugged|spat at|raped|groped)\b"
)
_WRITES_FOR_CHILD = re.compile(
    r"\b(?:writing|asking|messaging|texting|here) (?:for|on behalf of|about) (?:my|our) (?:son|"
    r"daughter|child|kid|boy|girl)\b"
)
_R34_TO_MY_CHILD = re.compile(
    r"\b(?:my|our) (?:son|daughter|child|kid|boy|girl|grandson|granddaughter)\b[^.!?]{0,40}"
    r"\b(?:was|were|got|has been|is being) (?:\w+ )?(?:hit|attacked|assaulted|stabbed|robbed|"
    r"mugged|abused|bullied|groomed|raped|beaten)"
)
_R33_ORDER_AGAINST = re.compile(
    r"\b(?:non ?molestation|non molest|domestic abuse protection|occupation) (?:order|notice)\b|"
    r"\bdapo\b"
)
# "he comes to school of my children ... he is shouting at me": told as happening now.
_R33_GOING_ON = re.compile(
    r"\b(?:he|she|they) (?:is|are|s|re|keeps?) (?:still )?(?:shouting|following|calling|texting|"
    r"messaging|turning up|coming (?:round|to)|threatening|harassing|stalking|hitting|watching)\b"
    r"|\b(?:he|she|they) (?:comes?|turns? up|waits?) (?:to|at|outside) (?:the |my |our )?"
    r"(?:school|house|home|work|door|flat)"
)
# Money kept from them: "keep my passport and all my money", "not allowed to have my own bank
# card" (read as economic abuse only where a partner or relative does it, see victims_code.yml).
_R29_KEEPS_MONEY = re.compile(
    r"\b(?:(?:keep|keeps|kept|keeping|hold|holds|holding|take|takes|took|taking|has|have|control"
    r"\w*) (?:my \w+ (?:and|&) )?(?:all )?(?:of )?my (?:money|wages|salary|pay|benefits|bank "
    r"?card|cards|pension|savings)|not allowed (?:to )?(?:have|keep|touch|use) (?:my own |any |my "
    r")?(?:money|bank ?card|cards?|bank account)|(?:dont|doesnt|wont|do not|does not) let me "
    r"have (?:my own |any |my )?(?:money|bank ?card|cards?))\b"
)


# A witness threatened, told as it happens: "the family of the one who did it are hanging around
# outside my flat staring at me ... said we know where your kids go to school", "the attack
# wasnt on me, I just saw it. its the threats now that are happening to me".
_R29_WITNESS_THREATENED = re.compile(
    r"\b(?:know where (?:your|ur|u r|my) (?:kids|children|son|daughter|family|mum|boys|girls) "
    r"(?:go|live|are|is)|(?:hanging|waiting|standing|sitting|lurking) (?:around |about |round )?"
    r"outside (?:my|our) (?:flat|house|door|home|block|building|work)|staring at (?:me|us)|"
    r"threats? (?:now )?(?:that )?(?:are |is )?(?:happening |made |coming )?(?:to|against|on) "
    r"(?:me|us)|(?:wasnt|was not|werent|isnt) (?:on|against|at) me\b.{0,40}\b(?:threat\w*|"
    r"intimidat\w*|scared|harass\w*))"
)


# What a scammer asked money for is nobody's injury: "money for her mothers hospital bills",
# "says her mother needs an operation".
_NOT_THEIR_INJURY = re.compile(
    r"\b(?:hospital (?:bills?|fees|costs)|(?:pay|paying|paid|money|cash|pounds|costs?) for "
    r"(?:an |a |her |his |the |their )?(?:\w+s )?(?:operation|surgery)|(?:mother|mothers|mum|"
    r"father|dad|son|daughter|sister|brother|child|husband|wife|aunt|uncle|gran|grandma) "
    r"(?:needs?|needed|needing|having|had) (?:an |a |urgent |emergency )*(?:operation|surgery))\b"
)
_HURT = ("serious_injury", "injured")
# -- round 65, helper k4 --: Frank, 77, a romance scam: "She was in hospital in Turkey and
# needed money for the bills" gave "you were hurt". Someone else in hospital, told with money
# asked or sent for it, is the story of a scam, not his injury. Not "i was in hospital".
_K4_THEIR_HOSPITAL_MONEY = re.compile(
    r"\b(?:she|he|they|her|his|their|hes|shes|theyre)\b[^.!?]{0,30}?\b(?:in|at|into|to|from) "
    r"(?:a |the )?hospital\b(?=[^.!?]{0,80}\b(?:money|bills?|fees|pay|paid|payment|send|sent|"
    r"transfer\w*|loan|lend|lent|borrow\w*|£|\d{3,})\b)",
    re.IGNORECASE,
)
# -- end of round 65, helper k4 --
# -- round 42, helper L2 -- "Practical help. Insurance, courtesy car, and transport to the
# hospital" (Pete, his car stolen, drives his wife to dialysis) was told "I'm sorry you're hurt":
# getting someone to hospital appointments is nobody's injury.
# -- round 62, helper H2 --
# Priti, a junior doctor stalked by a man from a dating app: "yesterday he turned up at the
# hospital where i work", "then showed up at A&E reception asking for me by name" were read as
# her injury ("I'm sorry you're hurt ... Blurred or changed sight after a blow"). A hospital she
# works at, or he turned up at, is a place, not a hurt.
_H2_HOSPITAL_WORKPLACE = re.compile(
    r"\b(?:(?:the |a )?(?:hospital|a&e|a and e|ward|surgery)(?: reception)? (?:where|that) i "
    r"(?:work|am working|m working)|(?:i|im|i am) (?:work|working|a (?:\w+ )?(?:doctor|nurse|"
    r"porter|midwife|paramedic|receptionist)) (?:at|in|on) (?:the |a )?(?:hospital|a&e|a and e)|"
    r"(?:turned|turns|turn|showed|shows|show|came|comes|come|waited|waiting|hanging around) "
    r"(?:up )?(?:at|to|outside) (?:the |my )?(?:hospital|a&e|a and e)(?: reception)?|"
    r"(?:hospital|a&e|a and e) reception|"
    # v86b1 (round 86): Sophie, stalked at work: "i work shifts at a hospital", "him at the
    # hospital entrance", "if hes outside the hospital again tomorrow when i finish".
    r"(?:i|im|i am|i'm) (?:work|working)(?: (?:shifts|nights|days|lates|earlies|full time|part "
    r"time))? (?:at|in|on) (?:the |a |an )?(?:hospital|a&e|a and e|ward)|"
    r"(?:at|outside) (?:the |my )?hospital (?:entrance|gates?|doors?|car park)|"
    r"\b(?:he|hes|he's|him|she|shes|she's|her|they|theyre|they're|them)(?: is| was| were)?"
    r"(?: \w+)? outside (?:the |my )?hospital)\b"
)
# Yusuf and Stacey, Deaf, in short English: "she send many message. every day. she say she
# break my things", "he send text many times every day. he say he come and kill me" were read
# as no crime at all ("let's skip that one"). Messages again and again, or a threat told in
# plain words, are harassment (Protection from Harassment Act 1997).
_H2_MANY_MESSAGES = re.compile(
    r"\b(?:he|she|they|ex|girlfriend|boyfriend|husband|wife|partner)\s+(?:keep |keeps )?"
    r"(?:send|sends|sent|sending|text|texts|texted|texting|"
    r"message|messages|messaged|messaging)\s+(?:me\s+)?(?:text|texts|message|messages|msgs?)?\s*"
    r"(?:many|lots|so many|a lot|loads|all the time|every day|everyday|every night|all day|again "
    r"and again|\d+ times)\b"
)
_H2_PLAIN_THREAT = re.compile(
    r"\b(?:she|he|they) (?:say|says|said|tell me|tells me|told me|write|writes|wrote) (?:she|he|"
    r"they) (?:will |gonna |going to |go )?(?:come (?:and |to )?)?(?:break|kill|hurt|burn|smash|"
    r"beat|hit|stab|destroy)\b"
)


def h2_messages_and_threats(lowered: str) -> bool:
    """Messages sent again and again, or a threat to break, hurt or kill, in few words."""
    return bool(_H2_MANY_MESSAGES.search(lowered) or _H2_PLAIN_THREAT.search(lowered))


# -- end of round 62, helper H2 --
_L2_HOSPITAL_TRIPS = re.compile(
    r"\b(?:(?:transport|lifts?|taxis?|cabs?|buses|bus|rides?|drive (?:her|him|them|me)|driving "
    r"(?:her|him|them|me)|get (?:her|him|them|me)|getting (?:her|him|them|me)|take (?:her|him|"
    r"them|me)|taking (?:her|him|them|me)|travel|journeys?|parking) (?:to|from|at) (?:the )?"
    r"hospital|hospital (?:transport|appointments?|trips?|visits?|parking)|patient transport)\b"
)
# "my wife Margaret has dialysis three times a week": her treatment, not a crime again and again.
_L2_CARE_ROUTINE = re.compile(
    r"\b(?:once|twice|two|three|four|five|\d) times (?:a|per|each|every) (?:day|week|month)\b"
)
_L2_TREATMENT = re.compile(
    r"\b(?:dialysis|chemo\w*|radiotherapy|physio\w*|treatment|appointments?|renal|clinic)\b"
)


# i97d (round 97): Fatima, whose bag with her husband's heart medicine was snatched: "but
# medicine please. he take every night for heart" was read as "it has happened more than once".
# How often a medicine is taken is not the crime again.
_I97D_MEDICINE_TOLD = re.compile(
    r"\b(?:medicine|medicines|medication|meds|tablets|pills|inhaler|insulin|prescription)\b"
)
_I97D_TAKEN_EVERY = re.compile(
    r"\b(?:take|takes|taking|took|need|needs|have|has|use|uses) (?:it |them |one |two )?(?:every|"
    r"each) (?:night|day|morning|evening)\b|\b(?:every|each) (?:night|day|morning) for (?:his |"
    r"her |my |the )?(?:heart|blood pressure|diabetes|asthma|epilepsy|pain)\b"
)


def i97d_medicine_routine_out(text: str) -> str:
    """The text without how often a medicine told of is taken."""
    if not _I97D_MEDICINE_TOLD.search(text.lower()):
        return text
    return _I97D_TAKEN_EVERY.sub(" ", text.lower())


def _l2_care_routine_out(sentence: str) -> str:
    """A sentence about treatment without how often it is ("dialysis three times a week")."""
    return _L2_CARE_ROUTINE.sub(" ", sentence) if _L2_TREATMENT.search(sentence) else sentence


# -- round 29, helper H --
# Matcher-only details (referrals/directory.py MATCHER_SITUATIONS), read from plain text.
# A driver who killed or hurt someone, never a car stolen or "he drove off".
_ROAD_CRASH = re.compile(
    r"\b(?:road (?:crash|collision|traffic (?:collision|accident))|(?:car|motorbike|bike|lorry|"
    r"van|bus) crash|(?:hit|knocked down|knocked over|run over|ran over|mowed down|killed|struck) "
    r"by (?:a |an |the )?(?:\w+ )?(?:car|van|lorry|truck|bus|driver|motorist|vehicle|motorbike|"
    r"moped)(?! bomb)|hit and run|(?:dangerous|careless|drunk|drink|reckless) (?:driving|driver)|"
    r"driving (?:while |whilst )?(?:over the limit|drunk|on drugs|under the influence)|"
    r"(?:ran|run) (?:him|her|them|me|my \w+) over|(?:car|van|lorry|truck|bus) (?:hit|ran over|"
    r"knocked down|drove into|ploughed into|mounted the pavement))\b"
)
# A domestic worker and the household they work for ("the family i work for keep my passport").
# t84h (round 84): "i am domestic helper here in london" (Rosa), and "domestic workers".
_DOMESTIC_WORKER = re.compile(
    r"\b(?:(?:family|people|household|madam|house) (?:that |who )?(?:i|we) (?:(?:work|worked|"
    r"am working|was working|live and work) (?:for|in)|clean|cook for)|domestic (?:workers?|"
    r"helpers?|servant|servitude)|work(?:ed|ing)? as (?:a |an )?(?:maid|housemaid|nanny|au pair|"
    r"housekeeper|"
    r"domestic worker)|live in (?:maid|nanny|housekeeper|domestic worker)|(?:i|we) (?:work|worked|"
    r"am working|was working|live and work) (?:for|in|with) (?:a |the |this |their |an? \w+ )?"
    r"(?:family|household)(?! business| firm| shop| restaurant| company))\b"
)
# A car used as a weapon is an attack, not a road crash.
_CAR_AS_WEAPON = re.compile(
    r"\b(?:on purpose|deliberately|tried to (?:run|knock|hit)|drove (?:at|straight at|into) "
    r"(?:me|him|her|them|us|the crowd|people))\b"
)
# "some guy deliberately rammed into the back of my car ... then just drove off", "road rage. he
# rammed my car on purpose" (round 38, Imran, asked "What happened?" three times): a car used to
# attack, not a crash.
_RAMMED_ON_PURPOSE = re.compile(
    r"\b(?:(?:deliberately|on purpose|purposely|intentionally) (?:rammed|rams?|drove|smashed|"
    r"crashed|ploughed|slammed|reversed)|(?:rammed|rams?|drove|smashed|crashed|ploughed|slammed|"
    r"reversed) (?:in ?to )?(?:the back of )?(?:my|our) (?:\w+ )?(?:car|van|motorbike|bike|"
    r"scooter|cab|taxi)\b.{0,40}\b(?:on purpose|deliberately|road rage)|road rage\b.{0,60}\b"
    r"(?:rammed|rams?|smashed|crashed|drove) (?:in ?to )?(?:my|our|me))\b"
)
# A car driven at the writer is an attack on them, whatever charge follows ("got in his car and
# drove straight at me. I had to jump out the way", Dee, round 61): once her question "Is that
# attempted murder?" is no longer read as her account, this is what says she was attacked.
_DROVE_AT_THE_WRITER = re.compile(
    r"\b(?:drove|driven|drive|driving|swerved|aimed (?:his|her|their|the) (?:car|van)|accelerated)"
    r"(?: (?:his|her|their|the|a) (?:car|van|motorbike|bike|scooter))?(?: (?:straight|right|"
    r"deliberately|on purpose|fast|full speed))?(?: (?:at|towards|toward|into) (?:me|us))\b"
)
# Only a vehicle or a building hit ("my parked car was hit by a van"), nobody hurt.
_PROPERTY_HIT = re.compile(
    r"\b(?:my|our|the|his|her|their) (?:parked )?(?:car|van|vehicle|motorbike|bike|house|wall|"
    r"fence|gate|shop|window) (?:was |got |has been |had been )?(?:hit|crashed into|smashed into|"
    r"driven into|damaged|written off)\b"
)
# Someone else's drink or drugs ("he has been using drugs", "my son is on crack"), not the
# person's own ("i was drunk").
_THEIR_SUBSTANCE_USE = re.compile(
    r"\b(?:he|she|hes|shes|they|theyre|my (?:son|daughter|brother|sister|dad|father|mum|mother|"
    r"grandson|granddaughter|nephew|niece|uncle|aunt|stepson|stepdaughter|stepdad|stepmum))"
    r"(?: \w+){0,4} (?:using|uses|used|on|taking|takes|smoking|smokes|addicted to|hooked on|"
    r"injecting) (?:drugs|crack|heroin|cocaine|coke|spice|ketamine|meth)\b|\b(?:his|her|their) "
    r"(?:drug|drugs|crack|heroin|drinking|alcohol) (?:use|problem|habit|addiction)\b|\b(?:he|she)"
    r"(?: is| was|s)? (?:an alcoholic|a drug addict|an addict|a heavy drinker)\b|\bwhen (?:he|she)"
    r"(?:s| is)? (?:drinks|drunk|high|off his head|off her head)\b|"
    # "He has a drug problem, I'm afraid" about her son (round 31, Graham).
    r"\b(?:he|she|hes|shes|they|theyve) (?:has|have|s got|has got|got) (?:a )?(?:bit of a |bad |"
    r"serious )?(?:drug|drugs|drink|drinking|alcohol|crack|heroin|gambling) (?:problem|habit|"
    r"addiction|issue)s?\b"
)


# -- round 41, helper J7 --: "he was crossing the road near our house in Ilford and a driver hit
# him. The driver was speeding and on his phone" (Fatima, whose son was killed) was read as a
# killing only, so she got SAMM ("murder or manslaughter") and not Brake: after a death, a
# driver who hit, killed or ran someone over, a speeding driver, a driver on the phone.
_J7_ROAD_CRASH = re.compile(
    r"\b(?:(?:a|the) (?:\w+ )?(?:driver|motorist|car|van|lorry|bus|motorbike) (?:\w+ )?(?:hit|"
    r"killed|struck|knocked down|knocked over|ran over|run over|mowed down) (?:him|her|them|me|my "
    r"\w+|us)|(?:speeding|drunk|drink|uninsured|disqualified) (?:driver|motorist)|(?:the )?driver "
    r"(?:was|had been|were) (?:speeding|drunk|on (?:his|her|their|the) phone|over the limit|"
    r"racing|texting)|(?:driving|drove|driver) (?:\w+ ){0,2}(?:on|using|texting on) (?:his|her|"
    r"their|a|the) (?:mobile|phone)|(?:crossing|crossed|walking across) the road\b.{0,60}\b(?:hit|"
    r"killed|knocked down|run over|ran over)|(?:he|she|it) was (?:a )?(?:car|road) (?:crash|"
    r"accident|collision))\b"
)


# -- round 59, helper f3 --
# Marie: "The driver was arrested at the scene and has been charged": a traced driver, whose
# insurer pays a claim, so not the Motor Insurers' Bureau (referrals/matching.py). A driver with
# no insurance, or one who drove off and was never found, keeps it.
_F3_DRIVER_TRACED = re.compile(
    r"\b(?:the |that |this )?(?:driver|motorist|he|she|they|(?:man|woman|guy|lad|bloke|person) "
    r"who was driving(?: (?:the|a|his|her|that) \w+)?)(?: who \w+ (?:\w+ )?(?:her|him|them|"
    r"my \w+))? (?:was|got|were|has been|have been|had been|is being|stopped and was) (?:\w+ )?"
    r"(?:arrested|charged|caught|traced|identified|prosecuted|convicted|sentenced|found)\b|"
    r"\b(?:the )?driver (?:stopped|stayed at the scene|was insured|had insurance)\b|\b(?:was|were|"
    r"is|are) insured\b|\bdrivers? insur(?:er|ance)\b"
)
# i97a (round 97): "drove off with van and all the parcels" (Bilal) is his van taken, not a
# driver who did not stop.
_F3_DRIVER_UNINSURED = re.compile(
    r"\b(?:uninsured|no insurance|not insured|(?:wasnt|was not|werent|isnt) insured|without "
    r"insurance|hit (?:and|n) run|untraced|(?:drove|sped|driven) off(?! with)|(?:didnt|did not|"
    r"never|failed to) stop|never (?:found|traced|caught|identified)|(?:not|never) been (?:found|"
    r"traced|caught|identified))\b"
)


def f3_driver_details(lowered: str) -> set[str]:
    """A driver traced, and a driver uninsured or never traced, for the matcher's MIB."""
    found = set()
    if _F3_DRIVER_UNINSURED.search(lowered):
        found.add("driver_uninsured_or_untraced")
    elif _F3_DRIVER_TRACED.search(lowered) and re.search(
        r"\b(?:driver|driving|drove|car|van|lorry|crash|collision|motorist)\b", lowered
    ):
        found.add("driver_traced")
    return found


# -- end of round 59, helper f3 --


def _matcher_details(lowered: str, details: set[str]) -> set[str]:
    """Road crashes, domestic workers and a relative's drink or drugs, for the matcher."""
    found = set()
    harmed = bool(details & {"someone_died", "injured", "serious_injury"})
    crash = (
        _ROAD_CRASH.search(lowered)
        or ("someone_died" in details and _J7_ROAD_CRASH.search(lowered))
    ) and not _CAR_AS_WEAPON.search(lowered)
    if crash and (harmed or not _PROPERTY_HIT.search(lowered)):
        found.add("road_crash")
    if _DOMESTIC_WORKER.search(lowered):
        found.add("domestic_worker")
    if _THEIR_SUBSTANCE_USE.search(lowered):
        found.add("family_substance_use")
    found |= f3_driver_details(lowered)  # -- round 59, helper f3 --
    if _AFTER_TRIAL.search(lowered):
        found.add("after_trial")  # no "would you be scared to give evidence?" (round 29, Janet)
    return found


# The trial is over: "the man who did it got life", "he was convicted", "up for parole".
_AFTER_TRIAL = re.compile(
    r"\b(?:(?:he|she|they|who did it|the man|the woman) (?:got|was given|were given) (?:life|"
    r"\d+ years|[a-z]+ years|a life sentence)|(?:was|were|got|been) (?:convicted|sentenced|found "
    r"guilty)|up for parole|parole (?:board|hearing)|released on (?:licence|parole)|released "
    r"from prison)\b"
)


# -- round 39, helper H1 --
# Matcher-only detail (referrals/directory.py SEXUAL_MESSAGES): sexual messages sent to them, or
# sexual things asked of them, or grooming: "he sends me sexual things", "a man keeps asking me
# for pics in my underwear", "sexting", "dick pics". With it, online abuse of a child is online
# sexual abuse, for CEOP (its crime_needs); without it (bullying, hate comments) it is not.
_H1_SEXUAL_MESSAGES = re.compile(
    r"\b(?:(?:sends?|sending|sent|messag\w*|texts?|texting|dms?|dming) me (?:\w+ )?(?:sexual|"
    r"dirty|rude|explicit|naked|nude|sexy|pervy|creepy sexual) (?:things|stuff|messages|texts|"
    r"pictures|pics|photos|videos|chats?)|sexual (?:messages|texts|chats?|comments|talk|"
    r"questions|stuff|things) (?:to|at|about|from|online|on)|sexting|sexted|dick pics?|"
    r"cyber ?flash\w*|(?:asks?|asked|asking|keeps asking|kept asking|pressur\w*|begging|begged) "
    r"me (?:to |for )?(?:send |do |talk about |take |show |have )?(?:him |her |them )?(?:sexual|"
    r"dirty|rude|naked|nude|sexy) (?:things|stuff|pics|pictures|photos|videos|chat|talk|"
    r"messages)|(?:asks?|asked|asking|keeps asking|kept asking) (?:me )?for (?:pics|pictures|"
    r"photos) (?:of me )?in (?:my )?(?:underwear|bra|pants|knickers|bikini)|groom\w*)\b"
)


# -- round 46, helper Q5 --
# A child asked online for pictures, and threatened: "theres a guy on roblox keeps asking me to
# send pics. i havent. he says if i dont hell tell my mum and dad i was talking dirty to him"
# (Ruby, 14). Asking a child for sexual pictures is online sexual abuse (CEOP), though no picture
# was sent: noted as sexual messages, not as images (she sent none).
_Q5_ASKED_FOR_PICS = re.compile(
    r"\b(?:ask\w*|keeps? asking|kept asking|begg\w*|pressur\w*|wants?|wanted|tells?|told)"
    r"(?: me)? (?:to )?(?:send|sending|take|show) (?:him |her |them )?(?:more |some |a )?"
    r"(?:pics?|photos?|pictures?|nudes?|selfies?|snaps?|videos?)\b(?! of (?:the|my|his|her|their) "
    r"(?:car|house|damage|injur\w*|door|bruises?|receipt\w*))|"
    r"\b(?:tell|show|send|telling) (?:my )?(?:mum|mom|dad|parents|mum and dad|mom and dad|family)"
    r"\b.{0,40}\b(?:talking dirty|talked dirty|dirty (?:talk|messages|stuff|things)|sexting|sexted|"
    r"sent (?:him|her) (?:pics|nudes))\b"
)
_Q5_ONLINE_GAME = re.compile(
    r"\b(?:roblox|fortnite|minecraft|xbox|playstation|psn|discord|game chat)\b"
)


def q5_asked_a_child_for_pictures(lowered: str) -> bool:
    """Someone online asking for pictures, or threatening to tell parents of "dirty" talk."""
    return bool(_Q5_ASKED_FOR_PICS.search(lowered))


# -- round 29, helper N --
# More matcher-only details (referrals/directory.py MATCHER_SITUATIONS). Someone close to the
# person has dementia ("my wife has dementia", "mum has alzheimers", "its his dementia"), never
# the person's own ("i have dementia").
_OFFENDER_DEMENTIA = re.compile(
    r"\b(?:(?:my|our) (?:wife|husband|partner|mum|mom|mother|dad|father|nan|nana|gran|granny|"
    r"grandma|grandmother|grandad|grandpa|grandfather|mother in law|father in law|mum in law|"
    r"brother|sister|aunt|auntie|uncle|son|daughter)|mum|dad|he|she|hes|shes)(?: who| that)?"
    r"(?: \w+)? (?:has|had|has got|have got|got|s got|was diagnosed with|is diagnosed with|"
    r"has been diagnosed with|got diagnosed with|lives with|is living with|suffers from|"
    r"suffers with|is suffering from|with)(?: \w+)? (?:dementia|alzheimers?)\b"
    r"|\b(?:his|her|their) (?:\w+ )?(?:dementia|alzheimers?)\b"
)
# Neighbours ("the neighbours sons", "next door", "the flat upstairs").
_NEIGHBOURS = re.compile(
    r"\b(?:neighbou?rs?|next door|nextdoor|(?:upstairs|downstairs) (?:flat|neighbou?rs?)|"
    r"(?:flat|house) (?:upstairs|downstairs|opposite)|"
    # -- round 50, helper U4 --: Jean, "the man who lives in the flat above me", "he moved in
    # upstairs", "he lives on top of me" (her council's ASB team was not offered)
    r"(?:flat|house|floor) (?:above|below) (?:me|mine|us|ours|my)|lives? (?:above|below|"
    r"upstairs|downstairs|on top of) (?:me|us)|moved in (?:upstairs|downstairs|above|below)|"
    # -- round 52, main --: George, "its the lot upstairs. music blasting till 4am"
    r"(?:the )?(?:lot|people|family|couple|lads|kids) (?:upstairs|downstairs|above me|below me))\b"
)
# -- round 50, helper U4 -- Farah, Deaf: "Neighbour man, next door. Every night he bang bang my
# door. Leave paper notes, bad words", "Neighbour bang door, notes": harassment by a neighbour.
_U4_NEIGHBOUR_ABUSE = re.compile(
    r"\b(?:bang\w*|knock\w*|kick\w*|hammer\w*)(?: bang\w*)?(?: on| at)? (?:my |our |the )?"
    r"(?:front )?door\b|\bdoor (?:bang\w*|knock\w*)|\b(?:paper |nasty |horrible |abusive |"
    r"threatening )?notes\b|\bletter ?box\b|\bshout\w* (?:abuse|horrible|nasty|names)|"
    # -- round 52, main --: George, "neighbours. noise and abuse", "shout stuff"
    r"\b(?:noise and (?:verbal )?abuse|abuse and noise|verbal abuse|shout\w* stuff)\b"
)


def u4_neighbour_harassment(lowered: str) -> bool:
    """A neighbour banging on the door, leaving notes or shouting abuse: harassment."""
    return bool(_NEIGHBOURS.search(lowered)) and bool(_U4_NEIGHBOUR_ABUSE.search(lowered))


# -- round 75, helper c75b --: Olena, 38, Ukrainian, whose neighbour torments her and her son:
# "He shout at me and my son, bang wall, he put dead rat on my door. He say go back to your
# war." noted the hate but no crime, and "What happened?" was asked again. Banging on the walls,
# a dead animal left at the door, shouting at them and their family: harassment, whoever does
# it, told in few words.
_C75B_INTIMIDATION = re.compile(
    r"\b(?:bang\w*|knock\w*|kick\w*|hammer\w*|thump\w*)(?: on| at)? (?:my |our |the )?"
    r"walls?\b|"
    r"\b(?:put|puts|putting|left|leaves|leave|leaving|threw|throws|dumped|dumps|hung|nailed|"
    r"pushed|pushes)\b(?: \w+){0,2} dead (?:rats?|birds?|animals?|mice|mouse|pigeons?|cats?|"
    r"fox\w*|fish)\b|"
    r"\b(?:shout|shouts|scream|screams|swear|swears|yell|yells) at (?:me|us) and (?:my|our) "
    r"(?:son|sons|daughters?|kids|children|child|family|wife|husband|partner|mum|dad|mother|"
    r"father)\b"
)


def c75b_intimidation_at_home(lowered: str) -> bool:
    """ "bang wall, he put dead rat on my door": harassment, told in few words."""
    return bool(_C75B_INTIMIDATION.search(lowered))


# Stalking itself: following, watching, turning up, repeated unwanted contact.
_STALKING_DESCRIBED = re.compile(
    # Not "My mum follows me" (on Instagram; round 33, Dev).
    r"\b(?:stalk\w*|(?<!mum )(?<!mom )(?<!dad )(?<!mother )(?<!father )(?<!family )(?<!parents )"
    r"follow(?:s|ed|ing)? (?:me|us|her|him|them)(?! on (?:insta\w*|tiktok|twitter|x|facebook|fb|"
    r"snap\w*|social media|there))|(?:watching|watches|watched) "
    r"(?:me|us|her|him|them|my|our|where)|(?:turn|turns|turned|turning|show|shows|showed|"
    r"showing) up (?:at|outside|where|wherever|everywhere|uninvited)|(?:waiting|waits|waited|"
    r"sitting|sits|parked|parks|hanging around) (?:outside|for me|near) (?:my|our|me)?|"
    r"(?:keeps?|kept|keeping|wont stop|won t stop) (?:calling|ringing|texting|messaging|emailing|"
    r"contacting|phoning|dming)|(?:tracker|tracking (?:me|my|her|his)|fake accounts?)|"
    # Round 81 (Lisa): "I found an AirTag taped under the wheel arch of my car".
    r"(?:found|planted|hidden|hid|put|slipped) an? (?:airtag|air tag|tracking device)|"
    r"(?:airtag|air tag) (?:taped|hidden|stuck|under|on|in) (?:my|the|her|his)\b|"
    r"(?:calls|texts|messages|rings) (?:me|her|him) (?:all the time|constantly|every day|"
    r"non stop|day and night))"
)


# m103a (round 102): Maureen, 63: "My daughter's boyfriend came to my house last night shouting
# and banging on the door, he's been threatening her for weeks". Abuse of a relative by that
# relative's partner (the matcher offers a domestic abuse service for the family, and no service
# for abuse of older people). Not "my daughter's ex-boyfriend's mum" or "my son's partner's
# dog", where the partner is not the one who did it.
_M103A_RELATIVE_PARTNER = re.compile(
    r"\b(?:my|our) (?:daughter|son|sister|brother|mum|mother|dad|father|niece|nephew|"
    r"granddaughter|grandson|cousin|aunt|auntie|uncle|sibling|child|kid|girl|boy)(?: ?s|\W?s)? "
    r"(?:\w+ )?(?:boyfriend|girlfriend|partner|husband|wife|ex|fiance|fiancee|ex ?partner|"
    r"ex ?husband|ex ?wife|ex ?boyfriend|ex ?girlfriend)\b(?! ?s\b|\W?s (?:\w+ )?(?:mum|mother|"
    r"dad|father|brother|sister|family|friend|mate|dog|car|house|flat))"
)


_M103A_ABUSE = re.compile(
    r"\b(?:threat\w*|hit|hits|hitting|hurt\w*|beat\w*|abus\w*|controll?\w*|violen\w*|"
    r"attack\w*|shout\w*|scream\w*|stalk\w*|harass\w*|push\w*|punch\w*|strangl\w*|"
    r"chok\w*|kill|checks her phone|checks his phone|scared of him|scared of her|afraid of him|"
    r"afraid of her|frightened of him|frightened of her)\b"
)


def m103a_relative_partner_abuse(lowered: str) -> bool:
    """A relative's partner or ex named in an account of abuse or threats."""
    return bool(_M103A_RELATIVE_PARTNER.search(lowered) and _M103A_ABUSE.search(lowered))


def _round29_n_details(lowered: str) -> set[str]:
    """Dementia in someone close, neighbours, and stalking described, for the matcher."""
    found = set()
    if _OFFENDER_DEMENTIA.search(lowered):
        found.add("offender_dementia")
    if _NEIGHBOURS.search(g76d_without_bystander_neighbours(lowered)):  # round 76, g76d
        found.add("neighbour")
    told = C75E_STALKING_LABEL.sub(" ", lowered)  # -- round 75, helper c75e --
    if _STALKING_DESCRIBED.search(  # round 39, helper F6
        _F3_NOT_STALKING.sub(" ", _F6_POLICE_CHASING.sub(" ", told))  # round 59, helper f3
    ) or C75E_NEW_NUMBER_AFTER_BLOCK.search(told):
        found.add("stalking_described")
    return found


# -- round 75, helper c75e --
# Hurt and seen in hospital ("went to A&E", "he's in St Mary's hospital", "kept in hospital"),
# for Redthread, whose youth workers meet young people hurt by violence there (the redthread
# entry). Not a hospital they work at, travel to for someone else, or pay bills for.
_C75E_HOSPITAL = re.compile(
    r"\b(?:in|to|at|into|from|out of|left|leaving|discharged from) (?:the |a |st |saint )?"
    r"(?:\w+ ){0,2}?(?:hospital|a ?& ?e|a and e|emergency department|casualty)\b|"
    r"\bhospitali[sz]ed\b|\b(?:ambulance|paramedics?) (?:took|came|come|brought)\b"
)


# Someone else taken, visited or seen there: "drive my mum to hospital", "visiting my nan in
# hospital", "my dad is in hospital".
_C75E_SOMEONE_ELSE_THERE = re.compile(
    r"\b(?:drive|drove|driving|take|took|taking|bring|brought|visit\w*|see|seeing|saw|with) "
    r"(?:my|his|her|our|their|the) (?:\w+ )?(?:to|in|at|from) (?:the )?(?:\w+ )?hospital\b|"
    r"\b(?:my|his|her|our) (?:mum|mom|mother|dad|father|nan|gran|grandma|grandad|wife|husband|"
    r"partner|son|daughter|baby|sister|brother|aunt|uncle|friend|mate)s? (?:is|was|has been|"
    r"s)(?: still)? (?:in|at) (?:the )?(?:\w+ )?hospital\b"
)


def c75e_seen_in_hospital(lowered: str) -> bool:
    """Whether the account tells of being seen in hospital (not working or visiting there)."""
    told = _C75E_SOMEONE_ELSE_THERE.sub(" ", lowered)
    told = _L2_HOSPITAL_TRIPS.sub(" ", _NOT_THEIR_INJURY.sub(" ", told))
    told = _K4_THEIR_HOSPITAL_MONEY.sub(" ", _H2_HOSPITAL_WORKPLACE.sub(" ", told))
    return bool(_C75E_HOSPITAL.search(told))


# Olena (r75c), harassed by a neighbour for being Ukrainian, chose the button "Stalking or
# harassment" and was given the stalking services ("He not stalking me, he is neighbour"): the
# category's name, the button's words or its payload, says which question was answered, not
# that anyone followed, watched or turned up.
C75E_STALKING_LABEL = re.compile(r"\b(?:stalking(?: or |_| )harassment|harassment or stalking)\b")
# Tom (r75b): "i block him and he just messages from a new number": blocked, and contact from
# new numbers or accounts, is repeated unwanted contact (stalking).
C75E_NEW_NUMBER_AFTER_BLOCK = re.compile(
    r"\bblock\w*\b(?: \w+){0,12}? (?:from|off|on|using|with|gets|got|makes|made|uses|used) "
    r"(?:a |an )?(?:new|another|other|different|fresh|second)(?: \w+)? "
    r"(?:numbers?|accounts?|profiles?|phones?|sims?)\b"
)
# -- end of round 75, helper c75e --


# -- round 59, helper f3 --
# Sandra (round 55), a witness scared off giving evidence: "why stalking? nobody is stalking me,
# they're trying to scare me off giving evidence". Stalking denied is not stalking described.
_F3_NOT_STALKING = re.compile(
    r"\b(?:(?:nobody|no one|noone|no body|nobodys|no ones)(?: is| s)?|(?:(?:he|she|they|it|"
    r"that|this|someone|anyone) )?(?:isnt|is not|arent|are not|wasnt|was not|werent|were not|"
    # n80b (round 80): Darren, "im not being stalked tho its the neighbours".
    r"aint|not|never)(?: been| being)?) (?:stalking|stalked|following|followed)(?: me| us)?\b|"
    r"\b(?:why|what|how is (?:this|it|that)|how is this|who said (?:anything about )?)"
    r" stalking\b|"
    # k78b (round 78): "I do not think it is stalking" (Margaret, 80).
    r"\b(?:dont|don t|do not|didnt|did not) think (?:it|this|that|he|she|they)(?: is| was| s|s|"
    r" are| were)? (?:a |really )?(?:stalking|stalked|following)\b"
)
# A witness threatened over their evidence who also says they are stalked keeps the stalking
# detail; hanging around outside to scare them off giving evidence is intimidation.
_F3_WITNESS_STALKED = re.compile(r"\bstalk(?:s|ed|ing|er)? (?:me|us)\b|\bstalker\b")
# -- end of round 59, helper f3 --


# -- round 43, helper M2 --
# Someone who came to the door ("A gentleman came to my door ... saying he was from the council
# and that my gutters needed urgent work", Doreen, 88): a doorstep trader, so the bot's later
# answers about paying him more are about doorstep crime, not a romance or recovery scam.
_M2_DOORSTEP = re.compile(
    r"\b(?:came|come|comes|turned up|turns up|knocked|knocks|knocking|called|calling|showed up|"
    r"appeared) (?:\w+ ){0,2}(?:to|at|on) (?:my|our|the|her|his|their|mums?|dads?) (?:front |"
    r"back )?door|\bdoorstep|\bcold call\w* (?:at|to) (?:my|the|our) door|\b(?:rogue|cowboy) "
    r"(?:traders?|builders?|roofers?|workmen)|\b(?:said|says|saying|claimed|claiming|told me) "
    r"(?:that )?(?:he|she|they) (?:was|were|is|are) from the council\b"
)


# -- round 44, helper N4 --
# Walter, 84: "a man did my roof and took 4000 pound. it didnt need doing ... now he comes back for
# more money", "builder. he cheatd me on the roof", "the roof man": a rogue trader, so fraud done
# at the door (asked "What happened?" three times, then "Sorry, I can't help with that one").
_N4_TRADE = (
    r"(?:roof\w*|gutters?|guttering|chimney|driveway|tarmac\w*|fascias?|soffits?|builders?|"
    r"roofers?|workm[ae]n|handym[ae]n|tradesm[ae]n|plumbers?|gardeners?|tree surgeons?)"
)
_N4_ROGUE_TRADER = re.compile(
    rf"\b{_N4_TRADE}\b.{{0,80}}\b(?:cheat\w*|conned|diddled|swindled|ripped (?:me|us|her|him) off|"
    r"overcharg\w*|took (?:£ ?)?\d[\d,]*|(?:didnt|did not|never|doesnt|does not) need(?:ed)? "
    r"(?:doing|done|fixing|it)|(?:wants?|asking for|asks for|comes? back for) (?:more|another) "
    r"(?:money|cash|£ ?\d[\d,]*|\d[\d,]*)|i owe (?:him |them )?(?:£ ?)?\d)|"
    r"\b(?:cheat\w*|conned|diddled|swindled|ripped (?:me|us) off) (?:me |us )?(?:on|over|with|"
    rf"for) "
    rf"(?:the|my|our) {_N4_TRADE}\b|\bthe (?:roof|roofing|gutter|driveway|tarmac) (?:man|men|guy|"
    r"bloke|fella|lads?)\b"
)
# Sofia: "I have a non molestation order": an order already held, so the answers about the
# nursery and breaches speak of it (not "without a court order he is still a parent").
_N4_HAS_ORDER = re.compile(
    r"\b(?:i|we) (?:have|ve|got|have got|already have|hold) (?:a|an|the|my) (?:non molestation|"
    r"restraining|protection|protective|court|nmo|occupation) (?:order|injunction)\b|\bi have "
    r"(?:a |an )?(?:nmo|injunction)\b|\b(?:there is|theres|he has|he s got|hes got) (?:a|an) "
    r"(?:non molestation|restraining|court) order (?:on|against) him\b"
)


def n4_details(lowered: str) -> set[str]:
    found: set[str] = set()
    if _N4_ROGUE_TRADER.search(lowered):
        found.add("doorstep")
    if _N4_HAS_ORDER.search(lowered):
        found.add("court_order")
    return found


def n4_rogue_trader(lowered: str) -> bool:
    return bool(_N4_ROGUE_TRADER.search(lowered))


# -- round 55, helper B1 --
# Lucia, pushed into a door by her partner, was told about a knife: "what knife?? there is no
# knife" is a weapon denied, not one told (the knife was kept as a weapon).
B1_NO_WEAPON = re.compile(
    r"\b(?:what|which|there (?:is|was|s|were) no|there (?:isnt|wasnt|werent) (?:a|an|any)|"
    r"(?:he|she|they) (?:didnt|did not|never) (?:have|had|use|used|pull|pulled) (?:a|an|any)|"
    r"(?:i )?(?:never|didnt|did not) (?:say|said|mention|mentioned) (?:a|an|any)|no|not a|"
    r"without (?:a|an|any)) (?P<what>knife|knives|weapon|weapons|gun|blade)"
    r"(?! (?:wound|wounds|cut|cuts|crime|injur\w*|attack\w*))\b"
)


# -- round 69, helper p1 --
# Hodan: "before they chase him one time. no knife that time" (her son stabbed this time) got
# "Sorry, I got that wrong: no knife.": no weapon at an EARLIER incident is not a correction of
# this one. "this time no knife" still is.
_P1_OTHER_TIME = re.compile(
    r"\b(?:that time|last time|the time before|one time|first time|other time|before time|"
    r"before that|before|previous(?:ly)?|earlier|back then|that day|the other day|last year|"
    r"last month|last week)\b"
)


def p1_denial_about_another_time(lowered: str) -> bool:
    """ "no knife that time": a weapon denied of another, earlier incident."""
    return bool(_P1_OTHER_TIME.search(lowered)) and not re.search(
        r"\b(?:this time|today|this one|yesterday|now)\b", lowered
    )


# -- end of round 69, helper p1 --


def b1_weapon_left(lowered: str) -> bool:
    """A weapon still told once the denials ("there is no knife") are taken out."""
    return bool(_WEAPON.search(B1_NO_WEAPON.sub(" ", lowered)))


# -- round 55, helper C1 --
# Brenda, 74: "Two men came to my door yesterday saying they were from the water board and I let
# them in. I think they have robbed me", then "One of them kept me talking in the kitchen about
# the taps while the other one went upstairs": a distraction burglary (entering a home as a
# trespasser by a trick, Theft Act 1968, s.9), read as a robbery and not put right until the
# fourth try. Force or a weapon still makes it a robbery.
_C1_POSED_AS = re.compile(
    r"\b(?:said|saying|says|claimed|claiming|pretend\w*|posing|posed|made out|told me) (?:that )?"
    r"(?:(?:he|she|they) (?:was|were|are|is) |to be |as )?(?:from|with) (?:the )?(?:water|gas|"
    r"electric\w*|council|thames water|housing|police|hospital|utility|utilities)\b"
)
_C1_LET_IN = re.compile(
    r"\b(?:let (?:them|him|her|the \w+|both of them) in(?:to)?|invited (?:them|him) in|"
    r"came in(?:to)? (?:my|the) (?:house|home|flat))\b"
)
# Money or cards handed over at the door is a doorstep fraud (round 43, Doreen; round 28, Maureen).
_C1_HANDED_OVER = re.compile(
    r"\b(?:paid|pay|gave (?:him|them|her) (?:the |my )?(?:money|cash|£|cards?|bank)|bank cards?|"
    r"pin|courier)\b"
)
_C1_KEPT_TALKING = re.compile(
    r"\b(?:kept|keeping|kept on|distracted) (?:me|her|him|us)(?: talking| busy| chatting)?\b.{0,80}"
    r"\b(?:while|whilst|when) (?:the other|his mate|the second|another)(?: one| man| bloke| guy)? "
    r"(?:went|was|got|sneaked|snuck|nipped|crept)\b|\bdistraction burglar\w*|\b(?:tricked|"
    r"conned|blagged|talked) (?:their|his|her|the(?:ir)?) way in(?:to (?:my|our|the) (?:house|home|"
    r"flat))?\b|\b(?:came|got) in(?:to (?:my|our|the) (?:house|home|flat))? under false pretences\b"
)


def c1_distraction_burglary(lowered: str) -> bool:
    """Into a home by a trick (posing as the water board) or by distraction, without force."""
    if _ASSAULT.search(lowered) or _WEAPON_OUT.search(lowered):
        return False
    return bool(
        _C1_KEPT_TALKING.search(lowered)
        or (
            _C1_POSED_AS.search(lowered)
            and _C1_LET_IN.search(lowered)
            and not _C1_HANDED_OVER.search(lowered)
        )
    )


# Nisha: "SOMEONE FILMED UP MY SKIRT. upskirting. on the tube." was noted as "rape or sexual
# assault", and her "it wasnt rape, he filmed me" wiped what happened. Upskirting is a sexual
# offence (Sexual Offences Act 2003, s.67A, from the Voyeurism (Offences) Act 2019).
# -- round 69, helper o5 --: Natalia, "he had his phone literally under my skirt".
C1_UPSKIRTING = re.compile(
    r"\bup ?skirt\w*|\b(?:film\w*|record\w*|video\w*|photo\w*|pics?|pictures?|phone|camera) "
    r"(?:\w+ ){0,2}(?:up|under) (?:my|her|our) (?:skirt|dress|kilt)\b"
)


# i97a (round 97): Tony, his pub windows smashed by barred regulars: "one of em said we'll burn
# the place down with you in it" got only "I've noted: damage to your property", the threat
# left out of the notes and the referral. A threat to burn a home with them inside is a threat
# to kill (Offences Against the Person Act 1861, s.16), said back beside the damage.
I97A_BURN_WITH_THEM_INSIDE = re.compile(
    r"\b(?:burn|burnt|burning|torch|torched|set fire to|petrol bomb)\b(?: \w+){0,4}? (?:down )?"
    r"with (?:you|me|us|him|her|them|my (?:family|kids|children|wife|husband|partner)) "
    r"(?:still )?(?:in it|in there|inside)\b"
)


def _details(text: str, lowered: str) -> set[str]:
    details: set[str] = set()
    if (
        _DEATH.search(lowered)
        and not _NOBODY_DIED.search(lowered)
        and not (
            _NOT_A_DEATH.search(lowered)
            and not re.search(
                r"\b(?:was|were|got|been) (?:killed|murdered)|(?:died|passed away) (?:in|at|from|"
                r"after|because)|stabbed (?:and|to) (?:died|death)|lost my \w+\b",
                lowered,
            )
        )
    ):
        details.add("someone_died")
    checks = (
        ("weapon", _WEAPON),
        ("weapon", N2_NEEDLE_THREAT),  # -- round 68, helper n2 -- (Derek)
        ("needle_threat", N2_NEEDLE_THREAT),  # -- round 68, helper n2 -- said back
        ("weapon", G6_CUT_GRABBING_BLADE),  # -- round 60, helper g6 --
        ("injured", G6_CUT_ON_BODY),  # -- round 60, helper g6 --
        ("serious_injury", _SERIOUS_INJURY),
        ("injured", _INJURED),
        ("injured", _HURTS_NOW),
        ("injured", N5_PUSHED_AND_HURT),  # -- round 68, helper n5 --
        ("economic", _ECONOMIC),
        ("forced_marriage", _FORCED_MARRIAGE),
        ("honour_based", _HONOUR),
        ("intimate_images", _INTIMATE_IMAGES),
        ("intimate_images", _R1_UNDERWEAR_PIC),  # -- round 47, helper R1 --
        ("intimate_images", N103G_SENT_PIC_SHARED),  # n103g (round 103): Chloe
        ("carer", _CARER),
        ("child_witness", _CHILD_WITNESS),
        ("identity_fraud", IDENTITY_FRAUD),
        ("witness", _WITNESS),
        ("card_taken", _CARD_TAKEN),
        ("paid_cash", _PAID_CASH),
        ("pregnant", PREGNANT),
        ("dog_attack", _DOG_ATTACK),
        ("exposure", EXPOSURE),
        ("threat_to_kill", I97A_BURN_WITH_THEM_INSIDE),  # i97a (round 97): Tony
    )
    for name, pattern in checks:
        not_theirs = _L2_HOSPITAL_TRIPS.sub(" ", _NOT_THEIR_INJURY.sub(" ", lowered))
        not_theirs = _H2_HOSPITAL_WORKPLACE.sub(" ", not_theirs)  # -- round 62, helper H2 --
        not_theirs = _K4_THEIR_HOSPITAL_MONEY.sub(" ", not_theirs)  # -- round 65, helper k4 --
        not_theirs = K78C_NOT_INJURED.sub(" ", not_theirs)  # k78c (round 78): "he not injure me"
        not_theirs = L100C_NOT_WOUNDED.sub(" ", not_theirs)  # l100c (round 100): Farah
        not_theirs = q82a_without_hospital_as_work(not_theirs)  # q82a (round 82): Ewa
        not_theirs = P94H_SURGERY_AS_PLACE.sub(" ", not_theirs)  # p94h (round 94): Maureen
        not_theirs = n103b_injury_not_from_this(not_theirs)  # n103b (round 103): Ruth, Jamal
        if name == "forced_marriage" and _Y2_NOT_FORCED_MARRIAGE.search(lowered):
            # -- round 52, helper Y2 --: "its not a forced marriage, we married for love" (Nadia)
            # is not one.
            continue
        if name in ("forced_marriage", "honour_based") and not pattern.search(
            j3_without_denied_topics(lowered)
        ):
            continue  # -- round 65, helper j3 --: "its nothing to do with honour" (Mairead)
        if name == "pregnant" and not pattern.search(B75C_PREGNANCY_ASKED.sub(" ", lowered)):
            continue  # b75c (round 74): a pregnancy asked about is not one told (Hannah)
        if name == "weapon" and not pattern.search(L100C_NOT_WOUNDED.sub(" ", lowered)):
            continue  # l100c (round 100): "i wasnt like stabbed" tells of no weapon
        if pattern.search(not_theirs if name in _HURT else lowered):
            details.add(name)
    if t84g_bone_broken_told(lowered):  # t84g (round 84): Tom's "Wrist is broken"
        details.add("serious_injury")
    if "serious_injury" in details:
        details.add("injured")
    if "injured" in details and c75e_seen_in_hospital(lowered):  # -- round 75, helper c75e --
        details.add("hospital")
    if k78h_brain_injury_told(lowered):  # k78h (round 78, Derek)
        details.add("brain_injury")
    if d5_forced_marriage_risk(lowered):  # -- round 56, helper D5 --
        details.add("forced_marriage")
    if h1_forced_marriage_described(lowered):  # -- round 62, helper H1 --
        details.add("forced_marriage")
    if _ARSON.search(lowered) and _LIFE_ENDANGERED.search(lowered):
        details.add("life_endangered")
    if _ONLINE.search(lowered):
        details.add("online")
    if p81c_as_a_child_told(lowered):  # p81c (round 81): not "its not when i was a kid"
        details.add("as_a_child")
    details |= _matcher_details(lowered, details)  # -- round 29, helper H --
    details |= _round29_n_details(lowered)  # -- round 29, helper N --
    if u86e_landlord_not_stalking(lowered):  # u86e (round 86): Arjun's landlord
        details.add("landlord")
    if m103a_relative_partner_abuse(lowered):  # m103a (round 102): Maureen's daughter
        details.add("relative_partner_abuse")
    details |= _r31_details(lowered, details)  # -- round 31, helper R --
    details |= m1_exploitation_details(lowered)  # -- round 43, helper M1 --
    if _H1_SEXUAL_MESSAGES.search(lowered):  # -- round 39, helper H1 --
        details.add("sexual_messages")
    if q5_asked_a_child_for_pictures(lowered):  # -- round 46, helper Q5 --
        details.add("sexual_messages")
    if _Q5_ONLINE_GAME.search(lowered):  # -- round 46, helper Q5 -- "a guy on roblox"
        details.add("online")
    if _SPIKED.search(lowered):  # -- round 44, helper N5 -- noted as spiking (Zara)
        details.add("spiked")
    if _M2_DOORSTEP.search(lowered):  # -- round 43, helper M2 --
        details.add("doorstep")
    if C1_UPSKIRTING.search(lowered):  # -- round 55, helper C1 -- kept through "it wasnt rape"
        details.add("upskirting")
    details |= n4_details(lowered)  # -- round 44, helper N4 --
    # -- round 48, helper S3 --; round 68, helper n3: "there r no nudes" (Ella)
    if _S3_NO_IMAGES.search(lowered) or N3_NO_IMAGES.search(lowered):
        # "its not nudes btw its just messages" (Harry): no intimate images, so no Revenge Porn
        # Helpline and no intimate-image offence.
        details -= {"intimate_images", "sextortion"}
    if (
        "weapon" in details
        and B1_NO_WEAPON.search(lowered)
        and not b1_weapon_left(lowered)
        and not p1_denial_about_another_time(lowered)  # -- round 69, helper p1 --
    ):
        details.discard("weapon")  # -- round 55, helper B1 --: "what knife?? there is no knife"
    if "road_crash" in details and _DRIVER_ATTACKED.search(lowered):
        # "got out of his car, hit me over the head with one of them steering locks": an attack
        # by a driver, not a crash, so not the road-crash services (round 33, Sean).
        details.discard("road_crash")
    return details


# A driver who got out and attacked them, or an attack with something in the hand.
_DRIVER_ATTACKED = re.compile(
    r"\b(?:got out(?: of (?:his|her|their|the) (?:car|van|cab|lorry|truck))?(?:,| and)? (?:\w+ )"
    r"{0,3}(?:hit|attacked|punched|hits|went for|beat|assaulted|smacked|whacked|headbutted)|"
    r"(?:hit|attacked|smacked|whacked|struck) (?:me|him|her|us) (?:\w+ ){0,4}with (?:a|an|the|his|"
    r"her|their|one of (?:them|those|the)) |steering locks?|road rage)"
)


def _bereaved(lowered: str, details: set[str]) -> bool | None:
    """True when the one who died is a close relative; None when unclear (the form asks)."""
    if "someone_died" not in details:
        return None
    relative = re.search(
        rf"\b(?:my|our)\s+(?:(?:eldest|youngest|little|baby|big|older|younger|only|twin|"
        rf"beautiful|darling|lovely|\d+ year old|\w+ year old)\s+)*{CLOSE_RELATIVE}\b",
        lowered,
    )
    if relative:
        return True
    return None


# A parent's partner is family to a child at home: "my mums boyfriend hits her and me".
PARENTS_PARTNER = re.compile(
    r"\b(my|our) (?:mums?|mams?|moms?|mothers?|dads?|fathers?) (?:boyfriend|partner|fella|"
    r"husband|bf|new man)\b"
)
_PARENTS_PARTNER_F = re.compile(
    r"\b(my|our) (?:mums?|mams?|moms?|mothers?|dads?|fathers?) (?:girlfriend|wife|gf|new woman)\b"
)


def as_step_parent(text: str) -> str:
    return _PARENTS_PARTNER_F.sub(r"\1 stepmum", PARENTS_PARTNER.sub(r"\1 stepdad", text))


# "its my boy Dre who got stabbed": a named "boy" or "girl" is, in young people's slang, as often
# a friend as a son, so the questions are about another person, not "your child"; their age,
# asked next, still says whether they are a child.
_NAMED_BOY = re.compile(r"\b(?:[Mm]y|MY|[Oo]ur) (?:boy|girl|BOY|GIRL) (?=[A-Z][a-z]+\b)")
# z87c (round 87): Dave, 58: "my boy Liam hes 30 ... he was a lovely kid" was read as a friend,
# so his son's hammer threat was noted as "stalking or harassment": a parent telling of a child.
_Z87C_PARENT_TELLS = re.compile(
    r"\b(?:my (?:son|daughter)|(?:he|she) was a (?:lovely|good|sweet|nice|happy|gorgeous) (?:kid|"
    r"child|boy|girl|lad|baby)|when (?:he|she) was (?:little|small|a kid|a baby|a child)|i "
    r"(?:raised|brought up) (?:him|her)|brought (?:him|her) up)\b",
    re.IGNORECASE,
)


# "my boy got stabbed ... i was right there ... the mans who did it saw me innit" (round 37, Jamal,
# 19): said with the words of young people's street talk, "my boy" is a friend, not a son.
_STREET_TALK = re.compile(
    r"\b(?:innit|fam|bruv|bro|blud|mandem|man dem|feds|wagwan|ting|them mans?|the mans|allow it|"
    r"on (?:my|me) mum|peak|bare|deffo|ends)\b",
    re.IGNORECASE,
)
_MY_BOY = re.compile(
    r"\b(?:my|our) (?:boy|girl|bro|bredrin|g)\b(?! (?:friend|mate|is \d|s \d))", re.I
)


_CARERS_AS_A_GROUP = re.compile(
    r"\b(?:(?:for|helps?|supports?|supporting|advice for|groups? for|other) carers|carers (?:of|"
    r"like me|who look after|support|groups?|allowance|assessment))\b"
)


# -- round 31, helper R --
# "My car windows got smashed again last night", "my windows were smashed": damage told in the
# passive (round 31, Ahmed).
_R31_SMASHED = re.compile(
    r"\b(?:(?:my|our|the|his|her|their) )?(?:(?:car|van|front|back|side|kitchen|bedroom|shop) )?"
    r"(?:windows?|windscreen|car|van|door|mirrors?|wing mirrors?|headlights?|lights|fence|gate|"
    r"shed|letterbox) (?:got|were|was|have been|has been|had been|been|keep getting|keeps getting)"
    r" (?:\w+ )?(?:smashed|broken|kicked in|put through|damaged|vandalised|scratched|keyed)\b"
)
# A road crash or hit and run told without those words (round 31, Michael): "ran a red light,
# smashed into my car and drove off", "hit me, didn't stop".
_R31_ROAD_CRASH = re.compile(
    r"\b(?:(?:ran|run|jumped|went through) (?:a|the) red(?: light)?|(?:smashed|crashed|ploughed|"
    r"slammed|drove|went|ran) (?:straight )?into (?:my|our|the|his|her) (?:\w+ )?(?:car|van|bike|"
    r"motorbike|scooter|moped|cab|taxi)|(?:hit|knocked|struck) (?:me|him|her|my \w+)\b.{0,30}\b"
    r"(?:drove off|didnt stop|did not stop|sped off|kept driving|kept going|never stopped|"
    r"failed to stop)|(?:drove off|didnt stop|did not stop|sped off|failed to stop)\b.{0,30}\b"
    r"(?:after|when) (?:he|she|they|the car|the van|the driver) (?:hit|knocked|smashed|crashed))"
)
# Asking what a service is for is not telling a sexual offence (round 31, Becca: "wait the
# havens is that for like rape?? i dont think anything like that happened").
_R31_ASKS_IF_FOR = re.compile(
    r"\b(?:is|are|isnt) (?:that|it|this|they|the havens|havens)(?: only| just)? for (?:like )?"
    r"(?:rape|sexual (?:assault|violence|abuse|offences?)|sexual|sex (?:attacks?|crimes?))\b"
)
_R31_NOTHING_SEXUAL = re.compile(
    r"\b(?:i )?(?:dont|do not|didnt) think (?:anything|something|it was|that) (?:like that|"
    r"sexual|of that sort|that)\b|\bnothing (?:like that|sexual) happened\b"
)
# -- round 62, helper h4 --
# Dee (r61a): "Is that attempted murder?", "Still waiting to hear if you think its attempted
# murder" and "So you're saying it IS attempted murder?" were read as told ("I've noted: an
# attempt to kill"): asking whether it is attempted murder is a question, not an account.
_H4_ASKS_IF_ATTEMPTED_MURDER = re.compile(
    r"\b(?:(?:is|was|isnt|wasnt|would|could|does|did|might|will) (?:that|it|this|what he did|"
    r"what happened)|(?:do|did) you think (?:it s|its|it is|it was|that s|thats|that is|that was|"
    r"this is)|if you think (?:it s|its|it is|it was|that s|thats|that is|that was|this is)|"
    r"you(?: re| are|re) saying (?:it s|its|it is|it was|that s|thats|that is|that was|this is))"
    r" (?:really |still |actually |even |classed as |counted as |count as |be |called |an? )*"
    r"attempted murder\b"
)
# -- end of round 62, helper h4 --
# A paid carer, not "personally connected" (Domestic Abuse Act 2021, s.2): "a paid carer from an
# agency", "the carer is employed by an agency", "care worker" (round 31, Irena).
_R31_PAID_CARER = re.compile(
    r"\b(?:paid carers?|agency carers?|carers? (?:from|through|with|sent by|employed by|who works "
    r"for) (?:(?:an?|the|her|his|my|our) )?(?:\w+ )?(?:agency|company|council|service)|care "
    r"(?:workers?|assistants?|agency)|home help|(?:she|he|they) (?:is|s|are) (?:a )?paid carers?|"
    r"(?:is|are) employed by (?:an|the) agency)\b"
)
_R31_CARD_USED = re.compile(
    r"\b(?:using|used|uses|use) (?:\w+ s|\w+s|her|his|my|their|our) (?:bank |debit |credit )?"
    r"cards?\b"
)
_R31_NOT_DA = re.compile(
    r"\b(?:not|isnt|wasnt|its not|it is not|nothing to do with) (?:a |an |really )?(?:domestic "
    r"(?:abuse|violence)|family (?:abuse|violence))\b"
)
# A panic or heart attack is nobody's assault (round 31, Sam: "keep having panic attacks").
_R31_NOT_ATTACK = re.compile(r"\b(?:panic|anxiety|heart|asthma|epileptic|migraine) attacks?\b")
# Woken by, or coming home to, someone in their home who ran off with things: a burglary
# (Theft Act 1968, s.9), unless force or a threat was used on the person (round 31, Sam).
_R31_INTRUDER = re.compile(
    r"\b(?:woke (?:up )?|wake (?:up )?|came home|got home|walked in)\b.{0,40}\b(?:there was |"
    r"there were |found |saw )?(?:a (?:man|woman|guy|bloke|stranger|lad|boy)|someone|somebody|"
    r"some one|two men|men|people|a burglar|an intruder) (?:was |were |standing |stood )?"
    r"(?:in|inside) (?:my|our|the) (?:bedroom|room|house|flat|home|kitchen|living room|lounge|"
    r"hallway|hall)\b"
)
_R31_FORCE_ON_THEM = re.compile(
    r"\b(?:threaten\w*|knife|gun|blade|weapon|grabbed me|pushed me|hit me|punched me|held me|"
    r"tied me|attacked me|hurt me)\b"
)
# "Robbery seems rather a strong word", "burglary sounds a bit much" (round 31, Graham).
_R31_TOO_STRONG = re.compile(
    r"\b(?:robbery|robbed|mugging|burglary|assault|stalking) (?:seems|sounds|is|feels) (?:rather |"
    r"a bit |a little |too |quite |very |really )*(?:a )?(?:strong|harsh|big|dramatic|much|extreme)"
    r"(?: word| a word| for it)?\b"
)
# Money taken from them again and again by a relative at home, or with a push: "money keeps going
# missing from my wallet ... he pushed me", "he takes a few notes from my wallet".
_R31_TAKES_FROM = re.compile(
    r"\b(?:takes|keeps taking|has been taking|always takes|took|takes out|taking) (?:a few |some |"
    r"the |my )?(?:notes|money|cash|quid|pounds|tenners|twenties) (?:from|out of) my (?:wallet|"
    r"purse|bag|handbag|account|pocket|coat|drawer|tin)|(?:money|cash|notes) (?:keeps|has been|is|"
    r"kept|goes|going|has gone|have been) (?:going )?missing (?:from|out of) my\b"
)
_R31_OVER_TIME = re.compile(
    r"\b(?:for (?:months|weeks|years|ages)|keeps|kept|every (?:week|month|day)|all the time|"
    r"again and again|been going|has been|takes|always)\b"
)
_R31_PUSHED = re.compile(r"\b(?:the push|pushed|shoved|the shove|bruised?|grabbed)\b")
# A relative named as living with them, and later "he"/"she" doing it: "My son is 35 and lives
# with me ... he pushed me against the door frame" (round 31, Graham).
_R31_LIVES_WITH = re.compile(
    rf"\b(?:my|our) (?P<who>{FAMILY})(?: \w+){{0,4}} (?:lives|is living|still lives|has been "
    r"living|moved back in|moved back) (?:with (?:me|us)|home|here)\b"
)
_R31_THEN_HE_DID = re.compile(
    rf"\b(?:he|she) (?:\w+ )?(?:{HARM}|pushed|shoved|grabbed|takes|took|steals|stole|keeps taking)"
    r"\b"
)
# A child named with their age: "my son Abdi 14 year, boys stab him in leg" (round 31, Fatima).
_R31_CHILD_NAMED = re.compile(
    r"\b(?:my|our) (?:son|daughter|boy|girl|child|kid)(?: [a-z]+)? (\d{1,2}) ?(?:years?|yrs?|"
    r"yo|year old)?,? (?:they|someone|somebody|boys|some boys|a man|men|a gang|some \w+|the "
    r"\w+) (?:\w+ )?(?:stab|stabbed|hit|beat|beaten|attack|attacked|rob|robbed|jump|jumped|hurt|"
    r"punch|punched|kick|kicked|cut|slash|slashed) (?:him|her|them)\b"
)
# A grown child written for: "my daughter Maja, who is 30" (round 31, Irena).
_R31_GROWN_CHILD = re.compile(
    r"\b(?:my|our) (?:son|daughter|child)(?: [a-z]+)? (?:who is|whos|who s|is|aged|age) (\d{2})\b"
    r"(?! (?:times|days|weeks|months|pounds|quid|minutes|hours))"
)
# Sextortion: pictures threatened to be sent unless they send more or pay ("he says hes gonna
# send my pics to my school and my mum unless i send more", round 31, Jade). Threatening to share
# an intimate image is an offence (Sexual Offences Act 2003, s.66B); with a child, indecent
# images of a child too (Protection of Children Act 1978, s.1).
_R31_SEXTORTION = re.compile(
    r"\b(?:(?:send|post|share|leak|show)s? (?:a |the |my |this |that |it |them |all )?(?:videos?|"
    r"vids?|pics?|photos?|pictures?|images?|recordings?|clips?|nudes?)?(?: of me)? ?to (?:everyone|"
    r"everybody|all my|my (?:friends|family|mum|mom|dad|parents|wife|husband|girlfriend|boyfriend|"
    r"boss|work|followers|contacts|school|college|teachers?))\b.{0,60}\b(?:unless (?:i|we)|if (?:i|"
    r"we) (?:dont|do not|don t|cant|wont|refuse)) (?:send|pay|give|do)\b|sextort\w*|"
    # -- round 55, helper C1 --: "if i dont send her £200 she'll send it to all my followers and
    # my mum and dad" (Ollie, 15, told "What happened?" again), "blackmailing me with the pic".
    r"if (?:i|we) (?:dont|do not|don t|cant|wont|refuse to) (?:send|pay|give)\b.{0,40}\b(?:shell|"
    r"hell|theyll|she|he|they)(?: ll| will| would| is going to| are going to| s gonna| gonna|"
    r" says shell| says hell)? (?:send|post|share|leak|show) (?:it|them|the (?:pic|pics|photo|"
    r"photos|picture|video|"
    r"nudes?)|my (?:pic|pics|photo|photos|picture|video|nudes?))(?: of me)? (?:to|with|on) "
    r"(?:everyone|everybody|all my|my (?:friends|family|mum|mom|dad|parents|followers|contacts|"
    r"school))|blackmail\w* (?:me|him|her) (?:with|over|about) (?:the|my|a|that|those|these) "
    r"(?:pics?|photos?|pictures?|videos?|nudes?|images?))\b"
)


def _r31_crime(lowered: str, offender: str | None, details: set[str]) -> str | None:
    """The round-31 readings that come before the rest of _crime_type (see read_account)."""
    domestic = offender in ("partner_or_ex", "family_member")
    if "road_crash" in details and not _CAR_AS_WEAPON.search(lowered):
        # A road crash or hit and run is a driving offence, not an attack: "other", so the
        # road-crash services (and the Motor Insurers' Bureau) are offered, not injury
        # compensation for a crime of violence.
        return "other"
    if "sextortion" in details and not domestic:
        return "sexual_offence"
    if domestic and (
        (_THEFT.search(lowered) or _R31_TAKES_FROM.search(lowered))
        and (_R31_OVER_TIME.search(lowered) or _R31_PUSHED.search(lowered))
    ):
        # Money taken again and again by a relative or partner, or with a push: economic abuse
        # (Domestic Abuse Act 2021, s.1), not a robbery.
        return "domestic_abuse"
    if (
        _R31_INTRUDER.search(lowered)
        and not _R31_FORCE_ON_THEM.search(lowered)
        and not _ROBBERY.search(lowered)
    ):
        return "burglary"
    return None


# v86a2 (round 86): Tom, 45, "cycling down Camden Road ... a white van pulled out of a side road
# without looking, clipped my back wheel and I went over the bars. Broken collarbone. The driver
# ... drove off" was not read as a road crash, and he was asked "What happened?" after telling
# it all. A cyclist knocked off by a vehicle, told in a cyclist's words, with a vehicle or driver.
_V86A2_OFF_THE_BIKE = re.compile(
    r"\b(?:(?:clipped|hit|knocked|struck|clattered|caught|smashed into|went into|drove into) "
    r"(?:my (?:back |front |rear )?(?:wheel|bike|bicycle|handlebars?)|me off (?:my|the) (?:bike|"
    r"bicycle))|(?:went|flew|came|was thrown) (?:over|off) (?:the|my) (?:handle ?bars|bars|"
    r"bonnet)|knocked (?:me )?off (?:my|the) (?:bike|bicycle))\b"
)
_V86A2_VEHICLE = re.compile(
    r"\b(?:car|van|lorry|truck|bus|taxi|cab|driver|motorist|vehicle|motorbike|4x4|suv|transit)\b"
)


def v86a2_cyclist_knocked_off(lowered: str) -> bool:
    return bool(_V86A2_OFF_THE_BIKE.search(lowered) and _V86A2_VEHICLE.search(lowered))


def _r31_details(lowered: str, details: set[str]) -> set[str]:
    """Round 31: a road crash told plainly, sextortion, and a paid carer."""
    found = set()
    if (
        (_R31_ROAD_CRASH.search(lowered) or v86a2_cyclist_knocked_off(lowered))
        and not _CAR_AS_WEAPON.search(lowered)
        and "someone_died" not in details
    ) or "road_crash" in details:
        found.add("road_crash")
    if _R31_SEXTORTION.search(lowered):
        # "sextortion" beside "intimate_images": the threat to send pictures unless they send
        # more or pay, so the answers and services for it are given.
        found |= {"sextortion", "intimate_images"}
    if _R31_PAID_CARER.search(lowered):
        found |= {"paid_carer", "carer"}
    return found


def paid_carer(text: str) -> bool:
    """ "the carer is employed by an agency": a paid carer, not a partner or relative."""
    return bool(_R31_PAID_CARER.search(plain(text)))


def _r31_relative_at_home(lowered: str) -> str | None:
    """ "My son is 35 and lives with me ... he pushed me": the relative, named, then "he"."""
    named = _R31_LIVES_WITH.search(lowered)
    if named and _R31_THEN_HE_DID.search(lowered[named.end() :]):
        return "family_member"
    return None


# z87c (round 87): Dave, 58: "my son Liam hes 30, been on drugs for years ... he lives with me on
# and off ... hes been taking things ... he picked up a hammer ... and said hed do me with it"
# was noted as "stalking or harassment" by nobody known: the son living with him is who did it.
_Z87C_HE_LIVES_WITH_ME = re.compile(
    r"\b(?:he|she) (?:lives|is living|still lives|has been living|moved back in) with (?:me|us)\b"
)
_Z87C_THEN_HE_DID = re.compile(
    rf"\b(?:he|she|hes|shes|he s|she s)(?: been| has been| was| is| keeps| kept)? (?:\w+ )?"
    rf"(?:{HARM}|picked up (?:a|the|my) (?:hammer|knife|bat|bottle|weapon))\b"
)


def z87c_relative_at_home(lowered: str) -> str | None:
    named = re.search(rf"\b(?:my|our) (?:{FAMILY})\b", lowered)
    if named is None:
        return None
    lives = _Z87C_HE_LIVES_WITH_ME.search(lowered, named.end(), named.end() + 160)
    if lives and _Z87C_THEN_HE_DID.search(lowered[lives.end() :]):
        return "family_member"
    return None


# -- round 39, helper F6 --
# Facts kept from passing mentions that were wrong (round 39's role-play).
# "my bf tried to drag them off me" (Marcus, punched by two strangers, recorded as abuse by a
# partner): the one named helped, pulling the attackers off, stepping in, trying to stop them.
_F6_HELPED_ME = re.compile(
    rf"{_AUX}(?:tried to |try to |tries to |trying to |managed to |had to |went to )?(?:drag\w*|"
    r"pull\w*|get|got|gets|getting|push\w*|shov\w*|haul\w*|yank\w*|prise\w*|pris\w*|wrestl\w*|"
    r"fight\w*|fought|chase\w*|chasing|scare\w*|throw\w*|threw) (?:them|him|her|the (?:guy|man|"
    r"bloke|lad|lads|guys|men|blokes|boys|girls|woman|women|attackers?)|one of them|the other one|"
    r"both of them|them both) (?:off|away|back)(?: (?:of |from )?(?:me|us))?\b|"
    rf"{_AUX}(?:tried to |try to |tries to |trying to )?(?:help(?:ed|s|ing)?(?! (?:them|him|her) "
    r"(?:to )?(?:hit|beat|attack|rob|hold))|protect\w*|defend\w*|stood up for (?:me|us)|stand up "
    r"for (?:me|us)|step\w* in|intervene\w*|split (?:us|them|it) up|break (?:it|them) up|broke "
    r"(?:it|them) up|stop (?:them|him|her|it|the fight)|stopped (?:them|him|her|it|the fight))\b"
)
# "I don't want them going through it again" (Aisha, of her children who saw it once): living it
# over again in the telling, not being targeted again.
_F6_RELIVED = re.compile(
    r"\b(?:go|goes|going|went|gone|been) through (?:it|that|this|all (?:that|this|of it)|"
    r"everything|the whole thing) (?:all )?(?:over )?again\b|\b(?:reliv\w*|relive) (?:it|that|"
    r"this|everything|the whole thing)(?: (?:all )?(?:over )?again)?\b|\b(?:talk|talking|tell|"
    r"telling|say|saying|explain|explaining|describe|describing|repeat|repeating|think|thinking|"
    r"remember|remembering|hear|hearing) (?:about )?(?:it|that|this|all (?:that|this)|everything|"
    r"the whole thing) (?:all )?(?:over )?again\b"
)
# "they took my name and number and now they keep calling for a statement" (Daniel, who saw a
# stabbing, then told he had been "targeted more than once"): the police chasing a statement.
_F6_POLICE_CHASING = re.compile(
    r"\b(?:police|feds|cops|officers?|detectives?|the officer|witness care)\b(?: \w+){0,3}? "
    r"(?:keeps?|kept|keep on|keeps on|wont stop) (?:calling|ringing|texting|messaging|phoning|"
    r"emailing|contacting|chasing|asking)\b|\b(?:keeps?|kept|keep on|keeps on) (?:calling|"
    r"ringing|texting|messaging|phoning|emailing|contacting|chasing|asking) (?:me |us )?(?:for|"
    r"about) (?:a |my |the )?(?:statement|witness statement|interview)\b"
)
# "he said something about muslims before he hit me" (Ahmed, a cab driver, unsure at the hate
# question): words about a religion, race or the like said by the one who did it, before or as
# they did it, are a likely yes.
_F6_SAID_ABOUT = re.compile(
    r"\b(?:he|she|they|the (?:man|guy|bloke|lad|woman|passenger|customer|driver|neighbou?r|boy|"
    r"girl|men|lads|guys)) (?:was |were |kept |started |then |also |just )?(?:said|say|says|saying|"
    r"shouted|shouting|yelled|yelling|screamed|screaming|swore|swearing|ranted|ranting|mutter\w*|"
    r"going on|went on|made (?:a |some )?(?:comments?|remarks?|jokes?)|"
    # q94b (round 94): Sami, 15: "they call me names about being muslim sometimes".
    r"call|calls|called|calling) (?:\w+ ){0,4}?about "
    r"(?:(?:me )?being (?:a |an )?)?(?:my |the |all |our |those |these )?"
    r"(?P<who>[a-z]+(?: [a-z]+)?)\b"
)
# What is said of the police knowing it, not of reporting it: "i didnt report it the feds was
# already there", "police do know tho they was there" (Daniel, a witness).
_F6_POLICE_KNOW = re.compile(
    r"\b(?<!dont )(?<!didnt )(?<!not )(?<!no )(?<!never )(?:police|feds|cops|old bill|officers?|"
    r"the met)"
    r" (?:was|were|are|is|got|came|come) (?:already |all )?(?:there|here|on (?:the )?scene|at the "
    r"scene|called|round|out)\b|\b(?<!if )(?<!when )(?:police|feds|cops|old bill|officers?)"
    r" (?:do|does|already|all|definitely|obviously) know\b|\b(?:police|feds|cops|old bill) "
    r"(?:know|knows) (?:about (?:it|this|that|everything)|already|tho|though)\b|\bthe police "
    r"(?:know|knows)\W*$"
)
# The police told of the abuse, but not of the latest part: "I reported the abuse to the police in
# the spring ... I have not yet reported the push" (Mr Okafor). The part not reported is named.
_F6_PART = (
    r"(?:push|shove|assault|attack|punch|kick|slap|threats?|messages?|latest (?:one|thing|"
    r"incident|attack)|last (?:one|time|incident|attack)|most recent (?:one|incident)|new (?:one|"
    r"incident)|other (?:one|incident|thing)|second (?:one|time|incident)|damage|graffiti|"
    r"break in|car|window|bike|fence|latest|incident (?:last|this) \w+)"
)
_F6_PART_NOT_REPORTED = re.compile(
    r"\b(?:not|havent|have not|didnt|did not|never|yet to)(?: yet| actually)? (?:report\w*|told "
    rf"(?:them|the police|police) about) (?:the|this|that|his|her|their|my) {_F6_PART}\b|"
    rf"\b(?:only|just|except|apart from|its|it is|but not) (?:the|this|that) {_F6_PART} (?:that )?"
    r"(?:i|we) (?:have not|havent|didnt|did not|never|havent yet|have not yet)(?: yet)? "
    r"(?:report\w*|told)\b"
)
# "I reported the abuse to the police", "we reported his threats to the cops".
_F6_REPORTED_IT = re.compile(
    r"(?<!if i )(?<!if we )(?<!should have )(?<!shouldve )(?<!wish i had )\b(?:i|we|my \w+|she|he|"
    r"they)(?: have| had|ve|d)? (?:already |also )?(?:reported|told) (?:the |his |her |their |my |"
    r"all the |all of the )?(?:\w+ ){0,2}?(?:abuse|assault|attack|harassment|threats?|incidents?|"
    r"crime|racism|racist abuse|stalking|messages|it|him|her|them|this|that|everything) to "
    r"(?:the )?(?:police|cops|met|101|999)\b|\b(?:i|we)(?: have| had|ve|d)? (?:already |also )?"
    r"told (?:the )?police (?:about|of) (?:it|this|that|him|her|them|the \w+(?: \w+)?)\b"
)


# j91d (round 91): Rashid, abused on the tube: "i texted that 61016 number yesterday and they gave
# me a reference" was read as not reported. 61016 is British Transport Police's text number
# (utter_transport_police): texting it, or being given a reference by it, is reporting.
_J91D_TEXTED_BTP = re.compile(
    r"\b(?:i |ive |i ve |i have |i had |already |just )?(?:texted|text d|txted|messaged|sent a "
    r"text to|reported it to|reported it on|reported to|contacted|used)\b(?: \w+){0,3}? 61016\b"
)


# j91d (round 91): Kieran, told he would be kept updated: "'kept updated' lol. last time i
# reported something i got a text with a crime number and never heard anything again" was noted
# as "you've told the police". A report of something else, before, is not a report of this.
_J91D_REPORTED_SOMETHING_ELSE = re.compile(
    r"\b(?:the )?(?:last|other|one) time (?:i|we) (?:reported|called the police about|rang the "
    r"police about|told the police about|went to the police (?:about|with)) (?:something|anything|"
    r"stuff|a crime|summat|sumthin|smth)\b.*"
)


def police_know(text: str) -> bool:
    """The police know of it, though the one writing did not tell them ("i didnt report it the
    feds was already there"), or they told them of it but not of its latest part ("I have not
    yet reported the push"). Asked ("will the police come out?") is not known."""
    stated = [
        _J91D_REPORTED_SOMETHING_ELSE.sub(  # j91d (round 91): Kieran, a report of before
            " ",
            _K4_POLICE_DID_IT.sub(  # -- round 65, helper k4 --
                " ", _W8_POLICE_NOT_WANTED.sub(" ", _IF_THE_POLICE.sub(" ", plain(part)))
            ),
        )  # round 51, W8
        for part in statements(text)
    ]
    if any(_F6_POLICE_KNOW.search(part) for part in stated):
        return True
    if any(_J91D_TEXTED_BTP.search(part) for part in stated):
        return True  # j91d (round 91): "i texted that 61016 number ... gave me a reference"
    for part in re.split(r"[.!?\n]+", text):
        if _NOT_REPORTED.search(
            _F6_PART_NOT_REPORTED.sub(" ", a74a_no_fillers(plain(part)))  # round 74, a74a
        ):
            return False  # "I haven't reported it": said of all of it
    return any(
        _F6_REPORTED_IT.search(rest) or _REPORTED.search(rest)
        for rest in (
            _R4_NOBODY_ARRESTED.sub(
                " ", _F6_PART_NOT_REPORTED.sub(" ", _T6_WANTS_CRIME_NUMBER.sub(" ", part))
            )
            for part in stated
        )
    )


_F6_PEOPLE = (
    r"people|person|man|men|woman|women|guy|guys|lads?|folk|folks|lot|ones|boys?|girls?|kids|"
    r"families|family|immigrants|neighbours|drivers|customers|and \w+|s"
)


def _f6_said_about(lowered: str) -> tuple[list[str], list[str]]:
    """The strands (and communities) of words said about who someone is by the one who did it."""
    strands: list[str] = []
    communities: list[str] = []
    for said in _F6_SAID_ABOUT.finditer(lowered):
        who = said.group("who")
        colour, _, then = who.partition(" ")
        if (
            colour in ("white", "black", "brown", "asian", "english", "irish", "polish")
            and then
            and not re.fullmatch(_F6_PEOPLE, then)
        ):
            continue  # "he said something about the white van": not people
        # -- round 66, helper l3 --: Lena, groped by her flatmate's boyfriend: "Before he made
        # comments, like about my accent and my body" was noted as hate. Comments about an
        # accent (or a body) do not tell of hostility to who someone is.
        if re.match(r"accents?\b", who):
            continue
        # -- end of round 66, helper l3 --
        for pattern, community, strand in _STRAND_WORDS:
            if re.match(rf"(?:{pattern})s?\b", who):
                strands.append(strand)
                if community:
                    communities.append(community)
                break
    return strands, communities


# A fear that it will happen again is not its having happened again: "im scared he is there
# again", "theyll do it again", "they might ring again" (round 32, Ana, Keisha and Pete).
# "mate this is the third time" (round 38, Imran): the bot asked three times, not a third attack.
_ASKED_AGAIN = re.compile(
    r"\b(?:this is|thats|that s|its|it s) the (?:second|third|fourth|fifth|2nd|3rd|4th|5th) time"
    r"$|\b(?:second|third|fourth|2nd|3rd|4th) time (?:you|u|i|ive|i ve)(?: have)? (?:asked|said|"
    r"told|answered|typed)\b|\b(?:you|u)(?:ve| have)? asked (?:me )?(?:that |this )?(?:\d|two|"
    r"three|four) times\b"
    # -- round 44, helper N6 --: "67. And for the third time, PLEASE stop telling me about
    # Report Fraud" (Edward): asking the bot again, not the crime happening again.
    r"|\bfor the (?:second|third|fourth|fifth|2nd|3rd|4th|5th|umpteenth|last) time (?:please|pls|"
    r"plz|stop|can you|could you|will you|would you|i (?:want|need|asked|said|am asking|am "
    r"telling)|im (?:asking|telling)|i m (?:asking|telling)|i have asked|ive asked|i ve asked)\b"
    # lead (round 101): "Third time, how long do the police usually take on a stolen van?"
    # (Mike, asking the bot again) was noted as "it has happened more than once".
    r"|(?:^|\b(?:i told you|i said|ok|okay|right|look|so|and|mate))\s*(?:second|third|fourth|fifth|"
    r"2nd|3rd|4th|5th|umpteenth) time,?\s+(?=(?:how|what|when|where|why|who|will|can|could|do|does|"
    r"is|are|should|would)\b)"
)
_FEARED_AGAIN = re.compile(
    # -- round 50, helper V7 --: "keeps asking if the dog will get him again" (Louise's son).
    r"\b(?:(?:scared|afraid|worried|frightened|terrified|in case|what if|(?:asks?|asking|asked|"
    r"wonders?|wondering) (?:me )?(?:if|whether))(?: that)?|(?:they|he|she|"
    r"it)(?:ll| will| might| may| could| would| are gonna| is gonna| gonna| are going to| is "
    r"going to| is going to)"
    # -- round 76, helper g76c --: "Will they come after him again when he is discharged?"
    # (Bisi): asked of what may come, not told as done.
    r"|(?:will|would|could|might|are|is) (?:they|he|she|it|them))\b[^.?!]{0,40}?\bagain\b|"
    # -- lead, round 77 --: "never see any of them again" (Jade), "i dont want it to happen
    # again": a wish about what is to come, not told as done; "it never stops, it happened again"
    # still counts.
    r"\b(?:never|dont|do not|not|wont|will not|cant|cannot|doesnt|hope i never)(?: want to| wanna|"
    r" ever| have to| need to)? (?:see|seeing|meet|face|go through|deal with|speak to|talk to|hear "
    r"from)\b[^.?!]{0,30}?\bagain\b|"
    r"\b(?:dont|do not|never|not|wont|will not|doesnt|stop|prevent|make sure)\b(?:(?!stop)"
    r"[^.?!]){0,25}?\bhappen\w* again\b"
)


# -- round 42, helper L6 --: "the boy next door shouting nasty things through the letterbox ...
# and he kicked Smudge", "he shouts horrible things through my letterbox" (Mary, 82): abuse
# shouted at her home again and again is harassment, and the boy from next door (a neighbour's
# grandson) is someone she knows.
_L6_SHOUTED_AT_HOME = re.compile(
    r"\b(?:shout\w*|yell\w*|scream\w*|swear\w*)\b(?: \w+){0,4}? through (?:my|our|the) "
    r"(?:letter ?box|door|front door|window)\b"
)
_L6_NEXT_DOOR_PERSON = re.compile(
    r"\b(?:boy|lad|kid|girl|teenager|youth|young \w+|grandson|granddaughter|son|daughter)s? "
    r"(?:from |at )?next door\b|\bneighbou?rs? (?:grandson|granddaughter|grandkids?|boy|lad|"
    r"kid|teenager)s?\b"
)


# n94b (round 94): Colin, "i know its the bloke at number 14 since we had words about parking",
# was later asked "Do you know who did it?". Someone named by where they live near them ("the
# bloke at number 14", "the man next door", "the woman across the road"), said to be the one who
# did it, is a neighbour: someone known. Only as the doer: "the woman across the road saw it"
# is a witness.
_N94B_NEAR_PERSON = (
    r"(?:the |a |that |this )?(?:bloke|man|guy|fella|geezer|lad|woman|lady|girl|boy|couple|"
    r"family|people|neighbou?rs?|tenants?|kids?|lot)s? (?:who lives |that lives |living |from "
    r")?(?:at (?:number|no) \d+\w?|(?:number|no) \d+\w?|next door|across the (?:road|street|"
    r"landing|hall)|over the road|opposite|upstairs|downstairs|(?:in|from) flat \d+\w?)"
)
_N94B_NEIGHBOUR_DID_IT = re.compile(
    rf"\b(?:its|it s|it is|it was|it was def(?:initely)?|must be|must have been|has to be|was "
    rf"done by|done by|by) {_N94B_NEAR_PERSON}\b(?! (?:saw|seen|heard|told|said|rang|called|"
    rf"helped|found))|\b{_N94B_NEAR_PERSON} (?P<did>(?:did it|done it|did this|done this|"
    rf"(?:has |had |have |keeps |kept |again )?{HARM}\b))"
)


def n94b_neighbour_did_it(lowered: str) -> bool:
    """ "its the bloke at number 14": a neighbour, named by where they live, did it."""
    return any(
        # Not "the man next door rang the police": he helped.
        found.group("did") is None or not _HELPED.match(lowered[found.start("did") :])
        for found in _N94B_NEIGHBOUR_DID_IT.finditer(lowered)
    )


def _l6_next_door_abuse(
    lowered: str, offender: str | None, crime: str | None
) -> tuple[str | None, str | None]:
    if offender is None and _L6_NEXT_DOOR_PERSON.search(lowered):
        offender = "someone_known"
    if offender is None and n94b_neighbour_did_it(lowered):
        offender = "someone_known"  # n94b (round 94): Colin, "its the bloke at number 14"
    if crime is None and _L6_SHOUTED_AT_HOME.search(lowered):
        crime = "stalking_harassment"
    return offender, crime


# -- round 44, helper N2 --
# Kerry (40), for her son: "Hi my son is 14 and he got robbed yesterday ... Im texting for him
# hes in no state" was not read as about her child, and her own age (40) became his.
_N2_CHILD_AGED_AND_HARMED = re.compile(
    rf"\b{_MY_CHILD} (?:is|s) \d{{1,2}}\b(?: (?:years?|yrs?) old)?,? (?:and )?(?:he|she|they) "
    rf"(?:was|were|got|has been|have been|been|is being) (?:\w+ )?{_HARMED}"
)
_N2_TEXTING_FOR_THEM = re.compile(
    r"\b(?:im|i am|i m) (?:\w+ )?(?:texting|writing|messaging|typing|asking|doing this) (?:for|on "
    r"behalf of) (?:him|her|them)\b"
)
# "Im not the kid im his MUM": the parent of the one it happened to.
_N2_PARENT_OF_THEM = re.compile(
    r"\b(?:im|i am|i m) (?:his|her|their) (?:mum|mom|mam|mother|dad|father|parent|step ?mum|"
    r"step ?dad|stepmother|stepfather|foster (?:mum|dad|carer|parent))\b"
)
_N2_NOT_THE_CHILD = re.compile(r"\b(?:im|i am|i m) not (?:the|a) (?:kid|child|teenager)\b")
# Arthur (79): "it is my son, Gary. He lives with me ... He has my bank card and he looks after
# my pension, only there is never any left": his son has his money; the one writing is harmed.
_N2_HAS_MY_MONEY = re.compile(
    # -- round 76, helper g76c --: "hes had my bank card" (Pat, of her son) too.
    r"\b(?:he|she|they|hes|shes|(?:my|our) (?:son|daughter|child|kid|boy|girl|grandson|"
    r"granddaughter)(?: [a-z]+)?)\b[^.!?]{0,40}?\b(?:has|had|have|has got|got|keeps?|kept|"
    r"holds?|held|controls?|"
    r"controlled|looks after|looked after|manages?|managed|takes?|took|spends?|spent|uses?|used|"
    # k78b (round 78): "my son who has been using my bank card" (Margaret, 80).
    r"using|taking|spending|keeping|"
    r"empties|emptied|drains?|drained) (?:all (?:of )?)?my (?:bank ?cards?|cards?|pension|money|"
    r"benefits|savings|wages|bank account|account|pin)\b"
)


def n2_writes_for_child(lowered: str) -> bool:
    """A parent writing for their child who was harmed, told in so many words."""
    if _N2_CHILD_AGED_AND_HARMED.search(lowered):
        return True
    mine = re.search(rf"\b{_MY_CHILD}\b", lowered)
    parent = _N2_PARENT_OF_THEM.search(lowered)
    return bool(
        (mine and (_N2_TEXTING_FOR_THEM.search(lowered) or parent))
        or (parent and _N2_NOT_THE_CHILD.search(lowered))
    )


# Not "There is a lady living at my house and she has my bank card" (round 24): someone else.
_N2_SOMEONE_ELSE = re.compile(
    r"\b(?:a|an|the|this|that|some) (?:lady|woman|man|guy|bloke|girl|lad|lodger|tenant|carer|"
    r"friend|neighbou?r|stranger|person|builder|worker|gentleman|fella)\b|\b(?:someone|somebody)\b"
)


def n2_relative_has_my_money(lowered: str) -> bool:
    """A son or daughter (or "he") who has the writer's card, pension or money."""
    found = _N2_HAS_MY_MONEY.search(lowered)
    if found is None:
        return False
    named = re.match(r"(?:my|our) ", found.group(0))
    return bool(named) or not _N2_SOMEONE_ELSE.search(lowered)


# -- round 44, helper N1 --
# Lily, 12: "a man in a car tryed to make me get in", "a man in a car said get in and he wud give
# me a lift. i said no and he opend the door so i ran" got "Sorry, I didn't understand" and
# "What happened?" twice. Trying to get a child into a car is an attempt to take them (Child
# Abduction Act 1984, s.2, attempted): "other", not kidnap, which would tell her she "was
# kidnapped or held" and that injury compensation may follow. A vehicle must be named, so "he
# tried to get me in trouble" is not read.
_N1_INTO_CAR = re.compile(
    r"\b(?:tr(?:y|ie|ye|i)e?d|trying|tryin|try|wanted|want|kept|keeps|was) (?:to |2 )?(?:make|get|"
    r"grab|pull|drag|put|force|push|bundle|take|snatch|lure|persuade)\b(?: \w+){0,2}? (?:me|us|my "
    r"(?:son|daughter|brother|sister|friend|mate|boy|girl|child|kid))\b(?: to)?(?: (?:get|go|come|"
    r"climb|jump))? (?:in|into|inside|in to)\b(?! (?:trouble|bother|a fight|debt|it)\b)|"
    r"\b(?:said|says|told me to|telling me to|shouted|kept saying|asked me to|asking me to|kept "
    r"asking me to) (?:to )?(?:get|hop|jump) in\b|"
    r"\b(?:grab\w*|pull\w*|drag\w*|push\w*|bundle\w*) (?:me|us) (?:in|into|inside|in to) (?:his|"
    r"her|their|the|a) (?:car|van|motor|vehicle|cab|taxi|lorry|truck)\b|"
    r"\b(?:give|gave|offered|offer|offerd) (?:me|us) a lift\b.{0,60}\b(?:said no|ran|run|scared|"
    r"wouldnt|would not|wudnt|opened|opend|grab\w*)\b"
)
_N1_VEHICLE_SAID = re.compile(r"\b(?:car|van|motor|vehicle|cab|taxi|lorry|truck|4x4)\b")


# "he was driving slow behind me for ages": how long one chase went on, not more than once (unless
# it has "been" going on, or keeps happening).
_N1_ONE_LONG_CHASE = re.compile(
    r"\b(?:driving|drove|walking|walked|following|followed|behind me|crawling|kerb crawl\w*|"
    r"waiting|sat|sitting|standing|stood|watching|staring|shouting|chasing|chased)\b(?: \w+){0,4} "
    r"for (?:ages|a long time|a while|a bit|(?:\w+ )?minutes|an hour|hours|(?:\d+|ten|five|"
    r"twenty) (?:mins|minutes))\b"
)


def n1_one_long_chase_out(part: str) -> str:
    """The sentence without a time one event lasted ("behind me for ages")."""
    if re.search(r"\b(?:been|keeps|kept|every|again)\b", part):
        return part
    return _N1_ONE_LONG_CHASE.sub(" ", part)


# -- round 46, helper Q1 -- Dave: "camera on the bookies has been broke for months" was read as
# "it has happened more than once", and Sammy's "they ... kicked me a few times" too: blows in
# one attack, or how long a thing has been broken, or how long they have known someone or lived
# somewhere, are not being targeted again. ("he has hit me a few times" still is.)
_Q1_BLOWS_IN_ONE_GO = re.compile(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bhes )(?<!\bve )(?<!\bs )\b(?:hit|kicked|punched|"
    r"stabbed|slapped|stamped on|headbutted|struck|booted|elbowed|kneed|smacked|whacked) (?:me|"
    r"him|her|them|us|my \w+)(?: \w+){0,2} (?:a few|several|many|multiple|two|three|four|2|3|4|5|"
    r"loads of|lots of|so many|a couple of) times\b(?! (?:this|last|over|since|in the|before|now|"
    r"already))"
)
_Q1_BROKEN_FOR_LONG = re.compile(
    r"\b(?:cctv|camera|cameras|lights?|street ?lights?|lock|locks|door|gate|intercom|lift|buzzer|"
    r"alarm)\b(?: \w+){0,4} (?:has been|have been|s been|been|was|were|is|are) (?:\w+ )?(?:broke|"
    r"broken|bust|busted|out|off|down|not working|faulty|like that)(?: \w+){0,2}? for (?:months|"
    r"years|weeks|ages|a long time|\d+ (?:months|years|weeks))\b"
)
_Q1_KNOWN_FOR_LONG = re.compile(
    r"\b(?:known|know|knew|lived|live|living|worked|been together|been married|been friends|"
    r"been neighbou?rs)(?: \w+){0,3} for (?:months|years|ages|a long time|\d+ (?:months|years))\b"
)


def q1_not_repeat_out(part: str) -> str:
    """The sentence without blows in one attack, or how long a thing has been broken or they
    have known someone or lived somewhere."""
    for pattern in (_Q1_BLOWS_IN_ONE_GO, _Q1_BROKEN_FOR_LONG, _Q1_KNOWN_FOR_LONG):
        part = pattern.sub(" ", part)
    return part


# -- round 52, helper Y6 -- Amina, exposed to on the bus once: "I was shaking for ages" is how
# long she felt it, not a crime happening again ("I've noted: it has happened more than once").
_Y6_FELT_FOR_LONG = re.compile(
    r"\b(?:shaking|shook|shaken|shaky|trembling|crying|cried|in tears|upset|scared|terrified|"
    r"panicking|panicky|frozen|numb|sick|awake|couldnt sleep|could not sleep|cant sleep|"
    r"havent slept)(?: \w+){0,2} for (?:ages|hours|days|weeks|a long time|a while|\d+ (?:hours|"
    r"days|weeks))\b"
)


# k99c (round 99): "im a courier, self employed, cant work for like 6 weeks" (Connor, knocked
# off his bike once) was noted as "it has happened more than once": how long the injury keeps
# them off work is not the crime happening again.
_K99C_OFF_WORK_FOR_LONG = re.compile(
    r"\b(?:(?:cant|can t|cannot|wont be able to|unable to|not able to) (?:work|drive|ride|use "
    r"(?:my|me) (?:arm|hand|wrist))|off work|off sick|signed off|out of work|in (?:a )?(?:sling|"
    r"plaster|cast)|on crutches)(?: \w+){0,2} for (?:(?:like|about|around|nearly|almost|over|"
    r"maybe|at least) )?(?:\d+|two|three|four|five|six|seven|eight|a few|a couple of) (?:days|"
    r"weeks|months)\b"
)


# k99c (round 99): leaving the person, or a visa that rests on them, says it is a partner.
_K99C_LEAVING_THEM = re.compile(
    r"\b(?:if i (?:leave|left)|when i leave|i (?:want|need|have|am going|m going|plan) to leave|"
    r"scared to leave|afraid to leave|cant leave|leaving) (?:him|her)\b|\bmy visa is (?:with|"
    r"through|tied to|linked to|on) (?:him|her)\b"
)


def y6_feelings_for_long_out(part: str) -> str:
    """The sentence without how long a feeling lasted ("I was shaking for ages"), or how long
    an injury keeps them off work (k99c)."""
    return _K99C_OFF_WORK_FOR_LONG.sub(" ", _Y6_FELT_FOR_LONG.sub(" ", part))


# -- round 53, helper Z5 -- "been at the hospital every day" (Mick), "the barista said it happens
# every day there" (Yuki), "I've already called them obviously, 3 times" (Tariq), "youve said that
# 3 times" (Liam): the person's own visits and calls, other people's experiences and what this
# chat sent are counted, not the crime happening to them again.
_Z5_COUNT = (
    r"(?:every (?:single )?(?:day|night|week|morning|evening)(?! (?:he|she|they|that|when)\b)|"
    r"(?:\d+|two|three|four|five|six|several|many|a few|so many|loads of|lots of|a million) times|"
    r"twice|all the time|constantly|daily|non ?stop)"
)
_Z5_OWN_ERRANDS = re.compile(
    # where they have been: hospital, police station, court, the bank
    r"\b(?:been|gone|going|go|went|sat|sitting|staying|stayed)(?: (?:up|down|over|back))? "
    r"(?:at|to|in|into|by) (?:the |his |her |their |my )?(?:\w+ )?(?:hospital|ward|icu|a ?and ?e|"
    r"bedside|station|"
    r"police station|court|bank|branch|gp|doctors?|surgery|council|office|embassy|consulate|"
    r"solicitors?)\b(?: \w+){0,4}? " + _Z5_COUNT + r"|"
    # what they did themselves: "ive called them 3 times", "i visit him every day"
    r"\b(?:i|we|ive|weve|i ve|we ve|i have|we have|i had|we had|id|wed)(?: (?:already|even|also|"
    r"just|literally|now|then|obviously|actually|since))* (?:called|call|calling|rang|ring|ringing|"
    r"rung|phoned|phone|phoning|emailed|email|emailing|chased|chase|chasing|contacted|contact|visited|"
    r"visit|visiting|checked|check|checking|tried|try|trying|written|wrote|write|"
    r"complained|complain|spoken|spoke|talked|talk|reported|report|gone|go|went|been to|been round|"
    r"driven|drove|drive|walked|walk|sat|sit|prayed|pray)\b(?: \w+){0,4}? " + _Z5_COUNT + r"|"
    # -- round 67, helper m1 --: someone else's visits to a relative on a ward, "hes still
    # visiting every day, his dad is still in" (Nkechi, a nurse): not "he comes every day and
    # shouts at me", "hes visiting me every day", "hes been turning up every day".
    # a relative visited ("visits his dad every day") or a visit still going on ("still visiting
    # every day"); a bare "he visits every day" may be a stalker's, and still reads.
    r"\b(?:he|hes|he s|she|shes|she s|they|theyre|they re)(?: (?:is|are|was|were|has|have|been|"
    r"always|also|keeps?|comes?|in))*(?: (?:visiting|visits|visited|to visit|in to see) (?:his|"
    r"her|their|the) (?:\w+ )?(?:dad|father|mum|mother|son|daughter|wife|husband|nan|gran|"
    r"grandad|grandma|brother|sister|patient|relative|family|friend|uncle|aunt)| still (?:\w+ )?"
    r"(?:visiting|visits|coming in to visit|coming in to see (?:his|her|their) \w+))"
    r" " + _Z5_COUNT + r"(?!(?: \w+){0,5}? "
    r"(?:and|to|then) (?:shout|scream|threat|harass|hit|grab|follow|stare|abus|insult|intimidat|"
    r"touch|wait|watch|bother|hassle|have a go)\w*)|"
    # -- end of round 67, helper m1 --
    # what this chat sent: "youve said that 3 times", "you keep saying"
    r"\b(?:you|u|bot|it|this bot|this thing)(?:ve| ve| have| has|s)?(?: (?:already|just|now))? "
    r"(?:said|say|saying|told me|tell me|telling me|sent|send|sending|asked|ask|asking|repeated|"
    r"written|given me|shown me|mentioned)\b(?: \w+){0,5}? " + _Z5_COUNT + r"|"
    r"\b(?:you|u) keep (?:on )?(?:saying|asking|telling|sending|repeating|giving|going on)\b|"
    # other people's: "the barista said it happens every day there", "happens to loads of people"
    r"(?<!\bi )(?<!\bive )(?<!\bi ve )(?<!\bi have )(?<!\bwe )"
    r"\b(?:said|says|say|told me|told us|reckons?|apparently|according to \w+)(?: that)? "
    r"(?:it|this|that|thefts?|theft|stuff like this|this sort of thing|this kind of thing|"
    r"phones? \w+)(?: \w+)? "
    r"(?:happens?|goes on|gets? \w+|is common)\b(?: \w+){0,3}?(?: " + _Z5_COUNT + r"|a lot|loads)?|"
    r"\b(?:it|this|that|thefts?|theft|stuff like this|this sort of thing|this kind of thing)"
    r"(?: \w+)? (?:happens?|goes on)(?: \w+){0,2}? (?:" + _Z5_COUNT + r"|a lot|loads)(?: \w+)? "
    r"(?:there|here|round here|around here|in (?:that|this|the) (?:\w+ )?(?:cafe|shop|area|place|"
    r"street|station|bar|pub|club|town|city|london)|to (?:other|loads of|lots of|many|all sorts of)"
    r"(?: \w+)?|to everyone|to everybody|to people)\b|"
    r"\bhappens? to (?:other|loads of|lots of|many|everyone|everybody|all sorts of)\b(?: \w+){0,3}?"
    r"(?: " + _Z5_COUNT + r")?"
)


# h90b (round 90): Jordan, slashed once ("nah first time"): "ENGLISH. how many times" (asked
# the same thing again) and "if i see them again on my road its gonna be madness" (what he
# might do) were read as "it has happened more than once".
_H90B_NOT_REPEAT = re.compile(
    r"^\s*how many (?:more )?times\s*$|"
    r"\bhow many (?:more )?times (?:do|must|have|did|shall|will) (?:i|we) (?:\w+ ){0,3}?(?:tell|"
    r"told|say|said|type|typed|write|written|repeat|explain|answer|spell)\w*\b|"
    r"\b(?:if|when|once) (?:i|we|me and my \w+) (?:ever )?(?:see|catch|find|bump into|run into|"
    r"spot|link|get hold of) (?:them|him|her|those \w+|that \w+|the \w+|man dem|them man) again\b"
)


# k99b (round 99): Keisha, hit once at school: "everyone keeps sending it" (the video of it,
# passed round by everyone) was noted as "it has happened more than once".
_K99B_VIDEO_PASSED_ROUND = re.compile(
    r"\b(?:every ?(?:one|body)|people|the whole (?:school|year|class)|all (?:my|the) (?:year|"
    r"class|school|friends))(?: at school)? (?:keeps?|keep on|keeps on|are|is|r) (?:sending|"
    r"sharing|spreading|reposting|forwarding|posting|screenshotting|watching) (?:it|the "
    r"(?:video|vid|clip|pics?|photos?)|them)(?: round| around| about)?\b"
    # Not "people keep posting horrible stuff about me": abuse posted again and again is.
)


def h90b_not_repeat_out(part: str) -> str:
    """The (plain) sentence without "how many times" said in annoyance and their own "if i see
    them again"."""
    return _H90B_NOT_REPEAT.sub(" ", part)


def video_passed_round_out(part: str) -> str:
    """The sentence without a video of it passed round by everyone (k99b, round 99)."""
    return _K99B_VIDEO_PASSED_ROUND.sub(" ", part)


def z5_not_repeat_out(part: str) -> str:
    """The sentence without the person's own visits and calls, what this chat sent, and what
    happens to other people, each counted ("ive called them 3 times", "youve said that 3 times",
    "she said it happens every day there")."""
    return _Z5_OWN_ERRANDS.sub(" ", part)


def n1_lured_into_a_car(lowered: str) -> bool:
    """ "a man in a car tryed to make me get in": someone tried to get them into a vehicle."""
    return bool(_N1_INTO_CAR.search(lowered) and _N1_VEHICLE_SAID.search(lowered))


# -- round 45, helper P6 -- "husband said he will kill me if i leave" (Aisha): a partner's or
# relative's threat to kill or hurt them, said (not done), tells who it is.
_P6_THREAT_SAID = re.compile(
    rf"\b(?:(?:my|our) )?(?:(?P<p>{PARTNER})|(?P<f>{FAMILY}))(?<!\bman)(?<!\bfella) (?:said|says|"
    r"told me|tells me|texted|messaged|threatened|threatens|has threatened|keeps saying|swore)"
    r"(?: (?:that|me))?(?: (?:he|she|they|hell|shell|theyll|hed|shed))?(?: ll| will| would| d|"
    r" is going to| are going to| gonna| to)? (?:kill|hurt|stab|beat|murder|end) (?:me|us|my|"
    r"the kids|the children)\b"
)


def p6_threatened_by(lowered: str) -> str | None:
    """Who threatened to kill or hurt the writer, when a partner or relative said it."""
    found = _P6_THREAT_SAID.search(lowered)
    if not found:
        return b75b_threatened_by(lowered)  # -- round 75, helper b75b --
    return "partner_or_ex" if found.group("p") else "family_member"


# -- round 60, helper G3 -- "ex boyfriend. he text me 'I will kill you'. many text. I told you"
# (Stacey, asked "What happened?") got "No problem, let's skip that one": a partner's or ex's
# threat to kill the writer is domestic abuse (Domestic Abuse Act 2021, s.2: ex-partners too).
_G3_OWN_PARTNER = re.compile(
    r"(?<!mums )(?<!mum s )(?<!her )(?<!his )(?<!their )(?<!sisters )(?<!friends )"
    r"\b(?:ex|ex boyfriend|ex girlfriend|ex husband|ex wife|ex partner|boyfriend|girlfriend|"
    r"husband|wife|partner)\b"
)
_G3_KILL_THREAT = re.compile(
    r"\b(?:kill|murder|stab) (?:you|u|me)\b|\bthreat\w* to (?:kill|murder|stab) me\b"
)


def g3_partner_threatens_to_kill(text: str, known_offender: str | None) -> bool:
    words = plain(text)
    partner = known_offender == "partner_or_ex" or bool(_G3_OWN_PARTNER.search(words))
    return partner and bool(_G3_KILL_THREAT.search(words))


# -- end of round 60, helper G3 (moved from actions/answers.py: the account reads it too) --


# -- round 75, helper b75b --
# Dean (round 74) told of threats to kill as what happened: "he said he's going to kill me",
# "he messaged saying I'm dead". The crime stayed empty: the readers above know "threatened to
# kill me" and "death threats" but not a threat told as what was said or sent. The contract has
# no crime type for a threat to kill; core/vocabulary.yml reads one as stalking_harassment, and
# one by a partner, ex or relative is domestic abuse (the rules above, and G3). Not a figure of
# speech: "my mum would kill me if she knew", "my boss said he'd kill me if I was late",
# "saying I'm dead to him".
_B75B_TELLS = (
    r"(?:said|says|say|saying|sayin|told (?:me|us)|tells (?:me|us)|telling (?:me|us)|texted|"
    r"texts|text|texting|txt|messaged|messages|message|messaging|msgd|wrote|writes|write|writing|"
    r"sent|sends|send|sending|posted|left (?:me )?(?:a )?(?:voicemail|message|note)|"
    r"shouted|shouting|yelled|screamed|swore|swears|warned|threatened|threatens|threatening|"
    r"keeps saying|kept saying)"
)
_B75B_WHO_WILL = (
    r"(?:(?:he|she|they|i|we|someone|somebody|people|(?:his|her|their) \w+) (?:will|would|is going "
    r"to|are going to|was going to|were going to|am going to|is gonna|are gonna|was gonna|gonna|"
    r"going to|wants to|want to|wanted to|ll|d|is coming to|was coming to|come and|comes and|"
    r"coming to|coming and)|(?:hes|shes|theyre|im|were|he s|she s|they re|i m|we re) (?:going "
    r"to|gonna|goin to|gunna|coming to|gonna come and|going to come and)|hell|shell|theyll|ill|"
    r"well|hed|shed|theyd|id|wed)"
)
# "he said he's going to kill me", "texted me saying he will stab me", "'I will kill you'".
_B75B_THREAT_SAID = (
    rf"\b{_B75B_TELLS}\b(?: \w+){{0,4}}? {_B75B_WHO_WILL}(?: (?:come|come round|come over|come "
    r"back)(?: and| to))? (?:kill|murder|stab|shoot) (?:me|us|you|u|ya)\b"
)
# "he messaged saying I'm dead", "said ur a dead man"; not "saying im dead to him" (cut off) nor
# "dead tired".
_B75B_DEAD_SAID = (
    rf"\b{_B75B_TELLS}\b(?: (?:me|us|that))? (?:im|i m|i am|youre|you re|you are|your|ur|u r|u "
    r"are|u) (?:a )?(?:dead|dead man|gonna die|going to die)\b(?! (?:to|tired|inside|"
    r"serious|set|right|beat|lucky|funny|on|against|meat)\b)"
)
_B75B_THREAT_NAMED = (
    r"\bdeath threats?\b|\bthreats? (?:to|of) (?:kill\w*|murder|death)\b|\bthreat(?:ened|ening|"
    r"ens|en)? (?:me |us )?(?:to|that (?:he|she|they)(?:d| would| will|ll)?) (?:kill|murder|stab|"
    r"shoot) (?:me|us|my (?:family|kids|children|son|daughter|baby|wife|husband|partner))\b"
)
_B75B_THREAT_TO_KILL = re.compile(f"{_B75B_THREAT_SAID}|{_B75B_DEAD_SAID}|{_B75B_THREAT_NAMED}")
# "...kill me if I lost it" is a figure of speech; "...if I went to the police", "if I tell
# anyone", "if I leave" is the threat's point.
_B75B_THREATS_CONDITION = re.compile(
    r"^\W*if (?:i|we|you|u) (?:\w+ ){0,3}?(?:police|feds|cops|999|court|anyone|anybody|someone|"
    r"snitch\w*|grass\w*|report\w*|testif\w*|evidence|statement|pay\w*|paid|left (?:him|her|"
    r"them|home)|leav\w*(?! (?:the|my|it|that|this|a|an|your|his|her|its)\b))\b"
)


def _b75b_threats(lowered: str) -> list[re.Match[str]]:
    return [
        found
        for found in _B75B_THREAT_TO_KILL.finditer(lowered)
        if not lowered[found.end() :].startswith(" if ")
        or _B75B_THREATS_CONDITION.match(lowered[found.end() :])
    ]


def b75b_threat_to_kill_told(lowered: str) -> bool:
    """A threat to kill said, sent or named ("he said he's going to kill me", "death threats")."""
    return bool(_b75b_threats(lowered))


# "my ex texted saying im dead", "my brother he said hes going to kill me": who made the threat
# (their own: not "a patients relative told me on the ward he would kill me").
_B75B_BY = re.compile(
    rf"(?:^|\b(?:my|our) )(?:(?P<p>{PARTNER})|(?P<f>{FAMILY}))(?<!\bman)(?<!\bfella)(?: (?:he|she|"
    r"they|has|had|have|just|then|also|even|again|always|now|keeps|kept|has been|had been|me|us|"
    rf"a|an|that|loads of|{_B75B_TELLS}))* ?$"
)


def b75b_threatened_by(lowered: str) -> str | None:
    """A partner's or relative's threat to kill, when they are named as the one who made it."""
    for found in _b75b_threats(lowered):
        by = _B75B_BY.search(lowered[: found.start()])
        if by:
            return "partner_or_ex" if by.group("p") else "family_member"
    return None


# "he have knife, he say he will kill me" (round 52, Hamid): a threat made with a weapon there.
_B75B_WEAPON_THERE = re.compile(
    r"\b(?:had|has|have|having|got|pulled|pulled out|showed|show|shows|flashed|waved|held|"
    r"holding|with|carrying|carries|carried) (?:a |an |his |her |their |the )?(?:zombie )?(?:knife|"
    r"knives|shank|blade|machete|gun|pistol|bat|hammer|weapon|crowbar|axe)s?\b"
)


def b75b_without_threats_to_kill(lowered: str) -> str:
    """The words without the threats to kill told, so the threat alone is not read as a blow;
    with a weapon there, the threat is kept (an assault, as it was read before)."""
    if _B75B_WEAPON_THERE.search(lowered):
        return lowered
    for found in reversed(_b75b_threats(lowered)):
        lowered = lowered[: found.start()] + " " + lowered[found.end() :]
    return lowered


# -- end of round 75, helper b75b --


# -- round 45, helper P5 --
# Irene, 75: "I have lent some money to a gentleman from my church and he will not give it
# back", "He said he had a business problem and needed help. It was £500 first then more. It is
# about £8,000 now altogether. He always says next month." Money lent or handed to someone they
# know, again and again, and never repaid: it may be fraud (taking money by a false story with
# no intent to repay, Fraud Act 2006, s.2), not a question "I can't answer".
_P5_LENT = re.compile(
    r"\b(?:lent|lend|lending|loaned|borrowed|borrowing|a loan|loans)\b|\bneeded (?:\w+ )?"
    r"(?:help|money|cash)\b|\b(?:asked|asking|asks|ask) (?:me )?(?:for|to borrow) (?:some |more "
    r")?(?:money|cash|a loan|more)\b"
)
_P5_NOT_REPAID = re.compile(
    r"\b(?:wont|will not|would not|wouldnt|refuses to|never) (?:give|pay) (?:it |me |the money |"
    r"any of it |a penny )?back\b|\b(?:not|never) (?:been )?(?:paid|given|got) (?:it |me |anything "
    r")?back\b|\b(?:hasnt|has not|havent|have not) (?:paid|given|got) (?:it |me |any of it |"
    r"anything )?back\b|\b(?:always|keeps?|just) (?:says?|said|saying) (?:next (?:month|week)|"
    r"(?:he|she)ll pay)\b|\bwont (?:repay|pay up)\b|\bnot (?:repaid|paid back)\b"
)
_P5_MONEY = re.compile(r"£|\b(?:pounds|money|cash|savings|\d[\d,]{2,})\b")
_P5_KNOWN = re.compile(
    r"\b(?:from|at) (?:my |our |the )?(?:church|mosque|temple|synagogue|club|work)\b|"
    r"\b(?:a |my )?(?:friend|neighbour|gentleman|lodger)\b"
)


# "my son borrowed money and wont give it back": a relative, read elsewhere (economic abuse).
_P5_RELATIVE_BORROWED = re.compile(
    rf"\b(?:my|our) (?:{PARTNER}|{FAMILY})\b (?:\w+ ){{0,2}}(?:borrowed|borrows|owes|took|takes|"
    r"asked|asks|keeps|wont|will not|never|hasnt|has not)\b"
)


def p5_money_not_repaid(lowered: str) -> bool:
    """Money lent or handed over and never repaid, told with an amount or the word money."""
    return bool(
        _P5_LENT.search(lowered) and _P5_NOT_REPAID.search(lowered) and _P5_MONEY.search(lowered)
    )


def p5_repaid_by_someone_known(lowered: str) -> bool:
    return p5_money_not_repaid(lowered) and bool(_P5_KNOWN.search(lowered))


# -- round 60, helper G5 --: "are you deaf. YES for the car. not the notes" (Tom) recorded a
# disability: "are you deaf/blind/stupid" aimed at the bot is not a condition.
G5_AT_THE_BOT = re.compile(
    r"\b(?:are|r) (?:you|u|ya) (?:\w+ )?(?:deaf|blind|stupid|thick|dumb|daft|simple|slow|mental)\b"
    r"(?: or (?:what|something|summat|sumthin))?|\b(?:you|u) (?:deaf|blind|stupid|thick|dumb) or "
    r"(?:what|something|summat)\b"
)
# -- end of round 60, helper G5 --
_NOT_DEAF = re.compile(
    r"\b(?:im|i am|i m|she is|shes|he is|hes)(?: not| not actually| not even) (?:deaf|hard of "
    r"hearing|disabled|mute)\b"
)


# -- round 50, helper V4 --
# "landlord took one look and says were not serving ye lads ... then his mate follows us out
# and lamps me one" (Declan): a pub's landlord, and somebody else's mate, are not people the
# person knows ("someone you know"); who it was is then asked.
_V4_PUB = re.compile(r"\b(?:pub|bar|club|boozer|nightclub|inn)\b")
_V4_PUB_LANDLORD = re.compile(r"\b(?<!my )(?<!our )(?:the )?landlord\b")
_V4_OTHERS_MATE = re.compile(
    r"\b(?:his|her|their) (?:mates?|pals?|friends?|mucker)\b(?! of mine)", re.IGNORECASE
)


def v4_not_known_to_them(text: str) -> str:
    """The account without a pub's landlord and somebody else's mate, who are not people the
    person knows (their own "my landlord", "my mate" stay)."""
    if _V4_PUB.search(plain(text)):
        text = _V4_PUB_LANDLORD.sub("a man", text)
    return _V4_OTHERS_MATE.sub("a man", text)


# -- round 51, helper W8 --
# Gerald, 84: "I am not sure the fraud police are quite what I had in mind", "I should not want
# the police involved" were read as having told the police.
_W8_POLICE_NOT_WANTED = re.compile(
    r"\b(?:the )?(?:fraud )?police (?:are|is|were) (?:not |quite |really |exactly |perhaps |"
    r"probably |maybe )*(?:what|who|the right|right for|for me)\b|"
    # v86b1 (round 86): and of someone else, Ray's "She doesn't want the police involved".
    r"\b(?:not|dont|do not|doesnt|does not|didnt|did not|wouldnt|would not|never) (?:want|wish|"
    r"like) (?:the )?police (?:involved|to know|to be involved)\b"
)
# Zofia, a cleaner: "family say I steal ring, I not steal nothing" was read as a theft, then,
# with the slap, "a robbery". Being accused of stealing, or denying it, is not a theft from them.
_W8_ACCUSED_OF_THEFT = re.compile(
    r"\b(?:say|says|said|saying|think|thinks|thought|accus\w*|blam\w*|call\w*)\b(?: (?:that|me))?"
    # q82c (round 82): "they say i am the thief" (Maria, a cleaner) as well as "a thief".
    r"(?: of)? (?:i|me|i am|im|i m|i was)?(?: a| the)? ?(?:steal\w*|stole|stolen|took|take|taken|"
    r"thief|"
    r"rob\w*)\b|\bi (?:not|didnt|did not|never|dont|do not|no) (?:steal|stole|take|took|rob)\b"
    r"(?: (?:nothing|anything|it|the \w+|their \w+|her \w+|his \w+))?",
    re.IGNORECASE,
)


# -- round 52, helper X4 --
# Louise (round 50): "my son got bitten by the neighbours dog ... he needed stitches" was noted as
# "an assault ... by someone you know", and "its not an assault its a dog attack" left no crime at
# all. A dog out of control that injures someone is its owner's offence (Dangerous Dogs Act 1991,
# s.3), not an assault by them: "other", with the dog attack kept in the details. A dog set on
# someone on purpose is still an assault, and so is a person hitting them too.
_X4_DOG_SET_ON = re.compile(
    r"\b(?:set|sets|setting|sent|told|made|urged|let) (?:his|her|their|the|a|that) (?:\w+ )?dogs? "
    r"(?:on|at|onto|to attack|to bite|to go for)\b"
)
_X4_DOG_WORDS = re.compile(
    r"\b(?:dogs?|pit ?bull|staffy|xl bully|puppy)\b(?: \w+){0,3} (?:bit|bites|bitten|biting|"
    r"attacked|attacking|went for|goes for|mauled|savaged|jumped (?:up )?(?:at|on))\b(?: (?:me|"
    r"him|her|them|us|my \w+)\b)?|\b(?:bitten|attacked|mauled|savaged) by (?:a|the|their|his|"
    r"her|my \w+s?) (?:\w+ )?dog\b|\bdog (?:attack|bite)s?\b"
)
# "its not an assault its a dog attack", "it was a dog attack", "write dog attack on the notes".
X4_SAYS_DOG_ATTACK = re.compile(
    r"\b(?:(?:it|this|that)(?: was|s| is)|was|write|put|note|its) (?:just )?(?:a |an )?dog "
    r"(?:attack|bite)\b|\bdog (?:attack|bite)\b(?: \w+){0,3} (?:on|in) (?:the|my|his|her) "
    r"(?:notes|record)"
)

_X4_NOT_ASSAULT = re.compile(
    r"\b(?:not|isnt|wasnt|never|no) (?:a |an |really |just |actually )*(?:assault|attack)\w*"
)

# Dennis (round 51): "van has a tracker on it, will the police actually look at it?" was read as
# stalking and "more than once": a tracker on their own vehicle, or what it shows, is not one put
# on them. ("he put a tracker on my car" is still stalking.)
X4_OWN_TRACKER = re.compile(
    r"\b(?:van|vans|car|cars|motor|bike|motorbike|scooter|lorry|truck|caravan|trailer|vehicle)s?"
    # -- round 63, helper I2 --: "bike had a tracker on the app tho" (Kwame, ebike stolen) was
    # read as stalking, "it has happened more than once": his own bike's tracker.
    r" (?:has|have|has got|got|with|came with) (?:a |an |its |the )?(?:gps )?tracker"
    r"(?: on it| in it| fitted| installed)?\b|\b(?:bike|ebike|scooter|motorbike) had (?:a |its )?"
    r"(?:gps )?tracker (?:on|in) (?:the|my) app"
    r"(?: on it| in it| fitted| installed)?\b|\b(?:van|vehicle|motorbike|bike|caravan) tracker\b|"
    r"\btracker (?:says|shows|showed|said|is showing|was showing|puts|put it|has it|tracked it)\b"
)


def x4_dog_attack_only(lowered: str, details: set[str] | frozenset[str]) -> bool:
    """A dog attacked them, and nobody is said to have set it on them or hit them as well."""
    if "dog_attack" not in details or _X4_DOG_SET_ON.search(lowered):
        return False
    return not _ASSAULT.search(_X4_DOG_WORDS.sub(" ", _X4_NOT_ASSAULT.sub(" ", lowered)))


# Sana (round 50): "they want to cut her. female circumcision. FGM. it has not happened yet" was
# noted as domestic abuse with injuries; she was never asked about FGM, and Stop Hate UK was
# offered. FGM is a form of so-called honour-based abuse (nadasa.co.uk/domestic-violence/honour-
# based-violence: "HBV includes ... Female Genital Mutilation"), so the honour-based detail is
# kept (its specialist is then offered); told as planned, nobody is injured yet.
_X4_FGM = re.compile(
    r"\b(?:fgm|female genital mutilation|(?:female|girl|girls) circumcision|genital cutting|"
    r"circumcis\w* (?:her|my daughter|my girls?|a girl|girls)|cutting girls)\b"
)
_X4_CUTTING_ABROAD = re.compile(r"\b(?:the cutting|(?:to |want to |wants to )?cut her)\b")
_X4_TAKEN_ABROAD = re.compile(
    r"\b(?:back home|abroad|holiday|to (?:somalia|sudan|egypt|kenya|nigeria|ethiopia|eritrea|"
    r"gambia|sierra leone|guinea|mali|the village)|in the summer|for the summer|family want|"
    r"his family|her family|my family|grandmother|his mother|his mum|aunties?)\b"
)
_X4_NOT_DONE_YET = re.compile(
    r"\b(?:not happened yet|hasnt happened|has not happened|not done yet|hasnt been done|before it "
    r"happens|want to cut|wants to cut|going to cut|planning|plan to|want to stop it|stop it "
    r"happening|stop them|at risk of)\b"
)


def x4_fgm_told(lowered: str) -> bool:
    """FGM named, or "the cutting" told with a girl being taken away for it."""
    if _X4_FGM.search(lowered):
        return True
    return bool(_X4_CUTTING_ABROAD.search(lowered) and _X4_TAKEN_ABROAD.search(lowered))


def x4_fgm_reading(
    lowered: str, crime: str | None, offender: str | None, details: set[str]
) -> str | None:
    """The crime for an FGM account (details changed in place): honour-based abuse, and no
    injury when it is told as planned."""
    if not x4_fgm_told(lowered):
        return crime
    details.add("honour_based")
    if _X4_NOT_DONE_YET.search(lowered):
        details.discard("injured")
        details.discard("serious_injury")
    if crime in (None, "assault", "serious_violence") and offender != "stranger":
        return "domestic_abuse"
    return crime


# -- round 55, helper C2 --: street words for being stabbed ("got shanked", "got jooked",
# "got chinged", "got wetted", "got poked up"); not "ripped off" (a scam) nor a golf shank.
C2_STABBED_SLANG = re.compile(
    r"\b(?:shanked|jooked|juked|chinged|wetted)(?: (?:me|him|her|us|up))?\b(?! (?:the|my|his|"
    r"her) (?:shot|ball|drive|putt))|\b(?:got|get|getting|was|been) (?:wet|poked|jooked|"
    r"chinged|shanked) up\b"
)


# -- round 56, helper D3 --
# Joan, 88 (her grandson writing): "a builder took 8 grand off her for fixing the roof and never
# did anything and now he keeps ringing her" was read as stalking, then "its not harassment hes a
# conman, he took her money" as a theft: a rogue trader's money taken for work never done is a
# fraud, though he keeps ringing. Marie: "the driver was a stranger. Not family. Chloe was my
# daughter, the driver was nobody we knew" was read as "a family member" (the daughter who was
# killed). Elif: "My brothers are threatening me" was not read as family.
_D3_CONMAN = re.compile(
    r"\b(?:hes|he is|he s|shes|she is|she s|theyre|they re|they are|its|it s|it is|it was|was|"
    r"were) (?:a |an |just a |some |total |complete )?(?:con ?man|con ?men|con artist|con ?woman|"
    r"scammers?|fraudsters?|cowboy builders?|rogue traders?)\b"
)
_D3_MONEY = re.compile(
    r"\b(?:money|cash|£|pounds|savings|grand|k|\d[\d,]*|deposit|paid|took|taken|takes|stole)\b"
)
_D3_SAID_STRANGER = re.compile(
    r"\b(?:the )?(?:driver|man|woman|guy|bloke|person|builder|attacker|offender|lads?|men|boys?)"
    r" (?:was|were|is|are) (?:just |a |an |complete |total |)*(?:stranger|strangers|nobody (?:we|i)"
    r" (?:knew|know|had met)|no one (?:we|i) (?:knew|know)|someone (?:we|i) (?:didnt|did not|dont|"
    r"do not) know)\b"
)
_D3_PLURAL_BY_FAMILY = re.compile(
    r"\b(?:my|our) (?:older |younger |big |two |2 )?(?:brothers|sisters|cousins|uncles|sons) "
    r"(?:are |were |keep |kept |have |had |have been |keep on )?(?:threaten\w*|hit|hitting|beat|"
    r"beating|hurt\w*|attack\w*|abus\w*|forc\w*|control\w*|(?:said|say|says) (?:they|theyll|they "
    r"will|they would) (?:kill|hurt|deal))\b"
)


def d3_reading(
    lowered: str, offender: str | None, crime: str | None, *, about_other: bool
) -> tuple[str | None, str | None]:
    """Who did it and what it was, put right for the cases above."""
    if offender is None and not about_other and _D3_PLURAL_BY_FAMILY.search(lowered):
        offender = "family_member"
    if offender != "stranger" and _D3_SAID_STRANGER.search(lowered):
        offender = "stranger"
    if (
        crime in (None, "stalking_harassment", "theft", "other")
        and (n4_rogue_trader(lowered) or _D3_CONMAN.search(lowered))
        and _D3_MONEY.search(lowered)
        and not (_THREAT_TO_KILL.search(lowered) or _ASSAULT.search(lowered))
    ):
        crime = "fraud"
    return offender, crime


# -- end of round 56, helper D3 --


# -- round 59, helper F2 --
# "theres this group at college who keep calling me slurs and he/she-ing me on purpose and last
# week one of them shoved me into a locker" (Kai, 17): noted as harassment only; the shove, an
# assault, was lost. One crime type is kept, so a push or blow told beside another crime is kept
# as a fact ("pushed_or_hit") and said back. Not "he never hit me", nor a threat ("he will hit me").
_F2_ONE_CRIME_BESIDE_FORCE = frozenset(
    {"stalking_harassment", "online_abuse", "criminal_damage", "burglary", "theft", "fraud"}
)
_F2_PUSHED_OR_HIT = re.compile(
    r"\b(?<!never )(?<!not )(?<!didnt )(?<!did not )(?<!doesnt )(?<!wont )(?<!will )(?<!would )"
    r"(?<!gonna )(?<!to )(?<!might )(?<!could )(?<!if )(?:shoved|pushed|punched|kicked|slapped|"
    r"hit|headbutted|elbowed|thumped|smacked|tripped|spat at|spat on) me\b"
)


# "But I've been having panic attacks since, I had one on the bus yesterday. Does that count as a
# disability?" (Yvonne, 58, burgled), told before the condition question, which then asked her
# twice and skipped it: her own panic attacks, told in her words, are kept as a condition (and
# said back, so she can put it right). Not "he gives me panic attacks", nor "no panic attacks".
_F2_OWN_PANIC_ATTACKS = re.compile(
    r"\b(?:i ve been having|ive been having|i have been having|i keep having|i keep getting|i get|"
    r"i have|i ve got|ive got|i suffer from|i suffer with|im having|i m having|i am having|"
    r"i started having|i ve started having|ive started having|i ve been getting|ive been getting) "
    r"(?:bad |really bad |a lot of |lots of |regular |constant )?panic attacks\b"
)


def f2_pushed_or_hit(lowered: str) -> bool:
    return bool(_F2_PUSHED_OR_HIT.search(lowered))


# -- end of round 59, helper F2 --


# -- round 60, helper G1 -- Becky, spiked once: "nobody keeps turning up and its not domestic
# abuse ... someone spiked me" was read as stalking, targeted again and again. What nobody does
# is not what happened.
_G1_NOBODY_DOES = re.compile(
    r"\b(?:nobody|no one|noone|no body) (?:(?:keeps?|kept|is|was|has been|s) (?:on )?)?"
    r"(?:turning up|showing up|following me|following|watching|waiting (?:outside|for me)|"
    r"messaging|texting|calling|ringing|phoning|contacting|stalking|harassing|hanging around|"
    r"coming round|follows me|followed me)\b(?: (?:me|at|outside|round|to)\b)?"
)
# -- end of round 60, helper G1 --


# -- round 62, helper h3 --
# Kemal: "some boys break my shop window ... and throw brick at me", then "not only window!! they
# throw brick at ME" was read as criminal damage only: a thing thrown at a person is an assault.
# "my arm is cut from glass, blood a lot", "5 stitch": an injury told.
H3_THROWN_AT_ME = re.compile(
    r"\b(?:throw|throws|threw|thrown|throwing|chuck\w*|lobb\w*|hurl\w*)\b(?: \w+){0,3} at (?:me|us|"
    r"my (?:head|face|body))\b|\b(?:hit|hits|struck|smash\w*) me (?:with|by) (?:a |the )?(?:brick|"
    r"stone|rock|bottle|glass)\b"
)
_H3_CUT_BODY = re.compile(
    r"\bmy (?:arm|arms|hand|hands|head|face|leg|legs|finger|fingers|wrist) (?:is|was|got|are|were|"
    r"has been|have been) (?:cut|gashed|bleeding|slashed)\b|\b\d+ (?:stitch|stitches)\b"
)
# Grace: "someone copied my card at the cash machine in Croydon and took £900" was not read:
# a card cloned or skimmed is a fraud (payments they never made).
H3_CARD_CLONED = re.compile(
    r"\b(?:copied|cloned|clone|skimm\w*|copy) (?:my|the|our|her|his) (?:bank |debit |credit )?"
    r"(?:card|cards|card details|pin)\b|\b(?:card|cards) (?:was |were |has been |have been |got |"
    r"been )?(?:copied|cloned|skimmed)\b|\bcard (?:skimm\w*|clon\w*)\b"
)
# -- end of round 62, helper h3 --


# -- round 63, helper I2 --
# What the bot said, and a label denied, are not the account (Amira, round 62: "u said something
# about sexual assault before and thats not what happened" and "NO its not a sexual offence!!
# ... he pulled my hijab, its a hate thing" were both noted as "a sexual offence"). Not when
# someone else denied it ("he says it wasnt rape"): that is still what she tells.
_CRIME_NAMES = (
    r"(?:a |an )?(?:sexual (?:assault|offence|offense|thing)|rape|assault|robbery|burglary|"
    r"domestic abuse|domestic violence|stalking|harassment|fraud|theft|hate crime|"
    r"attempted murder|attempt to kill)"
)
_BOT_NAMED = re.compile(
    rf"\b(?:you|u|ya|it|the bot) (?:said|say|says|wrote|write|put|mentioned|called it|noted|"
    rf"talked about|asked about)(?: down)?(?: something)?(?: about)?(?: it was| its| it s)? "
    rf"{_CRIME_NAMES}\b"
)
# Labels only: a denied burglary or robbery is read where it is told what it was instead ("It
# was not a burglary as such ... It was the car on the drive" is a theft).
_LABEL_DENIED = re.compile(
    r"\b(?:its|it s|it is|it was|thats|that s|that is|this is|this was|was|is) (?:not|never|"
    r"nothing like|no) (?:a |an )?(?:sexual (?:assault|offence|offense|thing)|rape|assault|"
    r"domestic abuse|domestic violence|stalking|harassment|attempted murder|attempt to kill)\b"
)
_SOMEONE_ELSE_SAYS = re.compile(
    r"\b(?:he|she|they|police|officer|his \w+) (?:said|says|told me|claims?|thinks?|reckons?)"
    r"(?: that)?\s*$"
)


def without_labels_not_told(lowered: str) -> str:
    """The message without crime names the bot said or the person denied."""
    lowered = _BOT_NAMED.sub(" ", lowered)

    def drop(found: re.Match[str]) -> str:
        before = lowered[max(0, found.start() - 40) : found.start()]
        return found.group(0) if _SOMEONE_ELSE_SAYS.search(before) else " "

    return n80b_without_labels_asked(_LABEL_DENIED.sub(drop, lowered))


# Moira: "ma neighbour upstairs... last week he slashed ma tyres" was noted as "a serious violent
# attack": Scots "ma" (my) hid the tyres from the damage reading. Not "my ma", "me ma" (a mum),
# nor "ma and da", "ma says".
I2_SCOTS_MY = re.compile(
    r"(?<!\bmy )(?<!\bme )(?<!\bour )(?<!\byour )(?<!\bhis )(?<!\bher )(?<!\bthe )(?<!\bmy old )"
    r"\bma (?!(?:and|an|n|da|says|said|is|was|has|had|will|would|told|wants|thinks|and da|"
    r"does|did|goes|went|s|i|im|you|he|she|they|we|me)\b)(?=[a-z])"
)
_I2_PLACE = (
    r"(?:shop|house|home|flat|car|van|door|front door|window|windows|restaurant|cafe|"
    r"takeaway|mosque|church|temple|gurdwara|synagogue|business|office|garage|shed|property)"
)
I2_PLACE_ATTACKED = re.compile(
    rf"\b(?:attack\w*|vandalis\w*) (?:my|our|the|his|her) {_I2_PLACE}\b|\b(?:my|our|the) "
    rf"{_I2_PLACE},? (?:\w+ ){{0,2}}(?:attack|attacked|attacks|attacking) (?:it|them)\b|"
    rf"\b(?:my|our|the) {_I2_PLACE} (?:was|were|got|has been|have been) attacked\b"
)
# Farid: "write bad words on wall about afghan", "write on wall 'go home taliban'": words of
# hate written or shouted about where they are from (race, in the law's sense of nationality).
_I2_ORIGIN = (
    r"(?:afghans?|afghanistan|taliban|pakis?|polish|romanians?|somalis?|arabs?|africans?|"
    r"immigrants?|refugees?|asylum seekers?|foreigners?|muslims?|kurds?|iranians?|syrians?|"
    r"iraqis?|indians?|chinese|blacks?|nigerians?|eritreans?|sudanese)"
)
I2_WRITTEN_HATE = re.compile(
    rf"\b(?:write|writes|wrote|written|paint\w*|spray\w*|shout\w*|yell\w*)\b[^.!?]{{0,40}}"
    rf"\b(?:go (?:home|back)(?: to \w+)?,? {_I2_ORIGIN}|(?:bad|nasty|racist|horrible|dirty) "
    rf"(?:words?|things?|names?) (?:\w+ ){{0,3}}about {_I2_ORIGIN})\b"
)
# Moira: "naw he's never actually hit me", "I was NOT hit and I was NOT hurt", "take out the bit
# about being pushed or hit. it never happened": denials, not an assault told (the first was read
# as "you were pushed or hit", and the others left it on her record).
_I2_HIT = (
    r"(?:hit|pushed|shoved|punched|slapped|kicked|attacked|assaulted|touched|lay a (?:finger|hand) "
    r"on|laid a (?:finger|hand) on|put (?:a )?hands? on|laid hands on)"
)
I2_NOT_HIT = re.compile(
    rf"\b(?:he|she|they|nobody|no one|noone|no body|hes|shes|he s|she s|theyve|they ve)(?: has| "
    rf"have| had)? (?:never|not|didnt|did not|hasnt|has not|havent|have not)(?: ever| actually| "
    rf"once| even)? {_I2_HIT}(?: me)?\b|\bi (?:was not|wasnt|wasnae|was never|have never been|"
    rf"havent been|have not been|never got|never was) (?:ever |actually )?{_I2_HIT}\b|\b(?:take|"
    rf"taken|get|remove|delete|leave) (?:out|off)? ?(?:the (?:bit|part|line) )?(?:about )?(?:me )?"
    rf"(?:being )?(?:pushed or hit|hit or pushed|pushed|hit|assaulted|an assault)\b(?! (?:me|him|"
    rf"her|them|us)\b)"
)
# "they break window", "write on wall 'go home taliban'": damage told in few words.
I2_FEW_WORDS_DAMAGE = re.compile(
    r"\b(?:break|breaks|breaking|broke|broken|smash|smashes|smashed) (?:the |my |our |shop |a )?"
    r"(?:windows?|glass|door|shopfront)\b|\b(?:write|writes|wrote|written|writing|paint\w*|"
    r"spray\w*) (?:\w+ ){0,3}on (?:the |our |my shop |the shop )?(?:walls?|doors?|shutters?)\b"
)
# -- end of round 63, helper I2 --


# -- round 65, helper J2 --
# Kieran: "its my bro innit. he gets mad drunk n swings on me" was read as writing for someone
# else ("answer for them ... you're writing for them"). A relative named first ("its my bro") is
# the one who does it when the harm in the account is done to "me" ("swings on me", "hits me",
# "goes for me", "its me he hits"), and nobody else is harmed ("hits her", "beat him up").
_J2_HARM = (
    r"(?:hits?|hitting|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|kick(?:s|ed|ing)?|beats?|beating|"
    r"batters?|battered|push(?:es|ed)?|shov(?:es|ed)|chok(?:es|ed)|strangl(?:es|ed)|hurts?|"
    r"attack(?:s|ed)?|threaten(?:s|ed)?|bull(?:ies|ied)|swings? (?:on|at|for)|swung (?:on|at)|"
    r"goes for|went for|lays? into|laid into|lashe?s? out at|lashed out at|kicks? off (?:on|at)|"
    r"kicked off (?:on|at)|takes? it out on|took it out on|comes? at|came at|turns? on|turned on|"
    r"picks? on|picked on|has a go at|had a go at|gets? physical with|got physical with)"
)
_J2_HARM_TO_ME = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre)\b[^.!?]{0,40}\b" + _J2_HARM + r" me\b|"
    r"\b(?:its|it is|it s) me (?:he|she|they) (?:\w+ )?"
    + _J2_HARM.replace(" (?:on|at|for)", "")
    + r"\b"
)
_J2_HARM_TO_THEM = re.compile(r"\b" + _J2_HARM + r" (?:up )?(?:her|him|them|my \w+)\b")


# -- round 68, helper n4 --
# "Hello. Not sure this is the right place. It's about my wife" (John, 45, whose wife hits him)
# was met with "I'm so sorry this happened to them, and thank you for helping". "It's about my
# wife" names a partner, who is as often the one who does it as the one it is done to: nothing
# is decided until the person says what happened (to whom). "It's about my son, he was attacked"
# and "it's about my wife, someone attacked her" are still written for someone else.
_N4_ABOUT_PARTNER = re.compile(
    r"\b(?:its|it s|it is|this is) (?:about |regarding )?my (?:wife|husband|partner|girlfriend|"
    r"boyfriend|missus|misses|hubby|fiance|fiancee|spouse|ex|ex wife|ex husband|ex partner|"
    r"other half)\b"
)
_N4_DONE_TO_PARTNER = re.compile(
    r"\b(?:(?:she|he|they|her|him)(?: has| have|s)? (?:was|were|got|been|is being|keeps "
    r"getting|has "
    r"been|have been) (?:\w+ )?(?:attacked|mugged|robbed|beaten|assaulted|stabbed|scammed|conned|"
    r"burgled|hurt|raped|threatened|stalked|abused|harassed|followed|killed|injured)|(?:someone|"
    r"somebody|a man|a woman|a guy|men|a gang|they|her ex|his ex|her boss|his boss|her \w+|his "
    r"\w+) (?:\w+ )?(?:attacked|hit|hits|beat|beats|hurt|hurts|raped|robbed|mugged|stabbed|"
    r"threatened|threatens|stalks|stalked|follows|followed|harasses|harassed|abuses|abused|"
    r"scammed) (?:her|him|them)|(?:who|that) (?:was|were|got|has been|is being) (?:\w+ )?(?:"
    r"attacked|mugged|robbed|beaten|assaulted|stabbed|scammed|hurt|raped|threatened|abused)|not me|"
    r"(?:shes|hes|she is|he is|theyre|they are) \d{1,3}|(?:writing|asking|typing|messaging|"
    r"texting|here) (?:for|on behalf "
    r"of)|(?:she|he) (?:cant|can t|cannot) (?:text|type|write|do this))\b"
)


def n4_partner_named_only(lowered: str) -> bool:
    """ "It's about my wife", with nothing saying it was done to her: not yet written for her."""
    words = plain(lowered)
    return bool(_N4_ABOUT_PARTNER.search(words)) and not _N4_DONE_TO_PARTNER.search(words)


# -- end of round 68, helper n4 --


def j2_harm_to_the_writer(lowered: str) -> bool:
    """ "he gets mad drunk n swings on me", "its me he hits": harm done to the one writing, and
    to nobody else named in the account."""
    words = plain(lowered)
    return bool(_J2_HARM_TO_ME.search(words)) and not _J2_HARM_TO_THEM.search(words)


# Josh: "I do not think he will hurt me right now" (his flatmate takes his food and money) was
# read as an assault, and the theft with it as "a robbery". Harm not expected is not harm told.
_J2_HARM_VERB = r"(?:hurt|harm|hit|attack|beat|punch|touch|do anything to)"
_J2_NOT_FEARED_HARM = re.compile(
    r"\b(?:i )?(?:do not|dont|don t|doubt|dont really|do not really) think (?:that )?"
    r"(?:he|she|they)(?: will| ll|ll| would| d| is going to| s going to| are going to| re going "
    r"to| is gonna| s gonna)? (?:actually |really |ever )?" + _J2_HARM_VERB + r"(?: me| us)?\b|"
    r"\b(?:he|she|they|hes|shes|theyre)(?: will not| wont| won t| would not| wouldnt| is not going"
    r" to| isnt going to| aint gonna| aint going to| are not going to| arent going to| not going "
    r"to| not gonna) (?:actually |really |ever )?" + _J2_HARM_VERB + r"(?: me| us)?\b"
)


# Zainab: "ok my sister is ringing them now" (the maternity unit) was read as stalking ("is
# ringing") and so "it has happened more than once". Someone ringing a service, or "them", for
# the person is not contact aimed at them.
_J2_RINGING_FOR_HELP = re.compile(
    r"\b(?:is|was|s|are|re|were|been|am|m) (?:ringing|calling|phoning|contacting|messaging|"
    r"texting|emailing) (?:them|999|101|111|an ambulance|police|the (?:police|hospital|maternity "
    r"\w+|midwife|midwives|ambulance|gp|doctor|doctors|council|bank|school|unit|landlord|helpline|"
    r"refuge|nurse|ward)|(?:my|her|his|our|their) (?:midwife|gp|doctor|solicitor|lawyer|social "
    r"worker|key worker)|for (?:help|an ambulance|me|us))\b"
)
# -- end of round 65, helper J2 --


# -- round 65, helper k1 --
# Marcus, hurt by two officers in a stop and search: "Two officers twisted my arm up my back",
# and at "Do you know who did it?" "met officers. uniform" and "THE POLICE. two coppers" (not
# read, asked 3 times). Police officers as the ones who did it: complaints go to the IOPC, not
# to the same police (actions/questions.py, actions/results.py).
K1_POLICE = (
    r"(?:police(?:m[ae]n|wom[ae]n)?|(?:met |police )?officers?|coppers?|cops?|feds|old bill|"
    r"the met)"
)
K1_POLICE_DID_IT = re.compile(
    rf"\b{K1_POLICE} (?:\w+ ){{0,3}}?(?:twisted|cuffed|handcuffed|beat|battered|punched|kicked|"
    r"assaulted|attacked|slammed|tasered|manhandled|roughed|pinned|dragged|strangled|choked|"
    r"knelt|kneeled|hurt (?:me|my)|broke my|injured (?:me|my))\b|"
    r"\b(?:hurt|beaten(?: up)?|assaulted|attacked|injured|roughed up|manhandled|tasered|"
    rf"battered) by (?:the |two |some |a |an |three |2 |3 |met )?{K1_POLICE}\b|"
    r"\bpolice brutality\b|"
    r"\b(?:the )?(?:police|met|officers|coppers|cops) (?:are|were|is) the (?:problem|ones)\b|"
    r"\b(?:complain\w* (?:about|against) (?:the )?(?:officers|coppers|cops|police(?:men)?) who "
    r"(?:hurt|hit|beat|attacked|assaulted))\b"
)
# The answer to "Do you know who did it?": "met officers. uniform", "THE POLICE. two coppers".
K1_POLICE_ANSWER = re.compile(
    r"^(?:i (?:told|said to) you |i said |told you )?(?:it was |they were |its |it s )?(?:the )?"
    r"(?:police|met|met police|met officers?|police ?officers?|officers?|coppers|cops|feds|old "
    r"bill|two (?:coppers|officers|police officers|cops)|2 (?:coppers|officers|cops))\b|"
    r"\b(?:two|2|three|some|the) (?:met |police )?(?:coppers|officers|cops|police officers)\b"
)


def k1_police_did_it(words: str) -> bool:
    """The person says police officers hurt them (``words`` in plain words)."""
    return bool(K1_POLICE_DID_IT.search(t84c_without_telling_police(words)))


# t84c (round 84): Wayne: "they said if i tell police they will hurt me" was read as police who
# hurt him (so the IOPC was offered): the police told, called or gone to are whom the person
# turns to, not who did it, so those words are dropped before looking for officers who hurt.
_T84C_TELLING_POLICE = re.compile(
    r"\b(?:tell|tells|telling|told|call|calls|calling|called|ring|rings|ringing|rang|phone|"
    r"phoned|contact|contacted|report(?:ed|ing|s)? (?:it |this |them |him |her )?to|go(?:es|ing)? "
    r"to|went to|grass(?:ed|ing)? to|snitch(?:ed|ing)? to|speak to|talk to) (?:the )?"
    r"(?:police|cops|coppers|feds|old bill|met)\b"
)


def t84c_without_telling_police(words: str) -> str:
    """``words`` without the police named as whom the person tells or calls."""
    return _T84C_TELLING_POLICE.sub(" ", words)


# end t84c


# Kasia: "He is coming in my flat when I am not there ... without asking me. And he send me
# messages with sexual things", "Landlord come in my flat without permission ... send me messages
# like he want to sleep with me, photo also" (skipped at What happened): a landlord harassing a
# tenant (Protection from Eviction Act 1977, s.1; Protection from Harassment Act 1997).
_K1_LANDLORD = re.compile(r"\blandlord\b")
_K1_LANDLORD_DOES = re.compile(
    r"\b(?:without (?:my )?(?:permission|asking|consent|telling me)|lets? (?:him|her)self in|"
    r"(?:come|comes|coming|came|goes|going|went) in(?:to|side)? (?:my|the) (?:flat|room|bedroom|"
    r"house|home)|sexual|sleep with me|sex with me|harass\w*)\b"
)


def k1_landlord_harasses(words: str) -> bool:
    """A landlord who comes in without permission or sends sexual messages (plain words)."""
    return bool(_K1_LANDLORD.search(words) and _K1_LANDLORD_DOES.search(words))


# -- end of round 65, helper k1 --


# u86e (round 86) -- Arjun, 22: "my landlord keeps coming into my room without telling me ... he
# kept my deposit £1200 ... he said he will call immigration on me" was given the National
# Stalking Helpline and Paladin. A landlord who harasses a tenant (comes in, texts, turns up,
# threatens) is harassment or illegal eviction (Protection from Eviction Act 1977, s.1), not
# stalking, which is a fixation on a person: the detail "landlord" (referrals/directory.py
# LANDLORD) keeps the stalking-only services away, unless stalking itself is told (following,
# watching, a tracker, "stalking").
_U86E_LANDLORD_DOES = re.compile(
    r"\b(?:my|our) (?:landlord|landlady|letting agent)s? (?:\w+ ){0,2}?(?:keeps?|kept|is|was|has|"
    r"had|comes?|came|coming|texts?|texted|texting|messages?|messaged|calls?|called|rings?|"
    r"turns?|turned|turning|shows?|showed|showing|walks?|lets?|opens?|enters?|won ?t|wont|"
    r"refuses?|refused|threaten\w*|harass\w*|said|says|changed?|locked|took|takes|shouts?|"
    r"shouted|bangs?|banged|wants?|keeps)\b|\bharass\w* by (?:my|our|the) (?:landlord|landlady)\b"
)
_U86E_NOT_MY_LANDLORD = re.compile(r"\b(?:not|isnt|isn t|never) (?:my|our) (?:landlord|landlady)\b")
_U86E_STALKING_TOLD = re.compile(
    r"\b(?:stalk\w*|follow(?:s|ed|ing)? (?:me|us)|(?:watching|watches|watched) (?:me|us)|"
    r"tracker|tracking (?:me|my)|air ?tag|outside my (?:work|job|college|uni|school|gym))\b"
)


def u86e_landlord_not_stalking(lowered: str) -> bool:
    """Their own landlord harasses them, and nothing of stalking itself is told."""
    return (
        bool(_U86E_LANDLORD_DOES.search(lowered))
        and not _U86E_NOT_MY_LANDLORD.search(lowered)
        and not _U86E_STALKING_TOLD.search(lowered)
    )


# end u86e


# -- round 67, helper m4 --
# Marcus (r66b-marcus2), hurt by officers in a stop and search: "It WAS the police. Two officers.
# Not 'someone I don't know'", "They're police officers": said back as "someone you don't know",
# the one thing his case is about. Police officers who did it are kept (the `police_officers`
# detail) and said back in his words (actions/wording.py).
M4R67_POLICE_WERE_THEM = re.compile(
    r"\b(?:it was|it were|it is|its|it s|they were|they are|theyre|they re|were|was) (?:the |two |"
    r"2 |three |3 |some |a |an |met |uniformed )?(?:police(?: ?(?:officers?|m[ae]n|wom[ae]n))?|"
    r"officers|coppers|cops|feds|old bill)\b(?! (?:who|that) (?:told|said|called|rang|came round|"
    r"came to|found|arrested him|arrested her|took (?:my|the) statement))"
)
# Lily (r62b-lily), a wheelchair user: "I think its my carers boyfriend", "no its not her it's her
# boyfriend. I don't want her gone": someone the carer knows takes things, not the carer, and
# the advice to stop the carer coming is not for her (the `carers_partner` detail).
M4R67_CARERS_PARTNER = re.compile(
    r"\b(?:my |the )?carers? (?:boyfriend|partner|husband|fella|bf|friend|mate|son|brother|man)\b|"
    r"\b(?:its|it s|it is|it was|twas) not (?:her|him|my carer|the carer)\b[^.]{0,12}?\b(?:its|"
    r"it s|it is|it was) (?:her|his|their) (?:boyfriend|partner|husband|fella|bf|friend|mate|son|"
    r"brother)\b"
)


# j91d (round 91): Tunde, asked to pass on his details: "ok but who do u pass my details to. if
# its police then no" was noted as "it was police officers". "If it's the police" is a condition
# about who gets his details, never who did it.
_J91D_IF_POLICE = re.compile(
    r"\b(?:if|unless|whether|in case) (?:its|it s|it is|it was|it will be|they are|theyre|they re|"
    r"they were|you are|youre|you re|ur|u r|u are) (?:the |with the |going to the |gonna be the )?"
    r"(?:police|officers|coppers|cops|feds|old bill)\b"
)


def m4r67_police_were_them(words: str) -> bool:
    """Police officers did it, said outright (``words`` in plain words)."""
    words = _J91D_IF_POLICE.sub(" ", words)  # j91d (round 91): a condition, not who did it
    return bool(K1_POLICE_DID_IT.search(words) or M4R67_POLICE_WERE_THEM.search(words))


def m4r67_carers_partner(words: str) -> bool:
    """Someone the carer knows did it, not the carer (``words`` in plain words)."""
    return bool(M4R67_CARERS_PARTNER.search(words))


# -- end of round 67, helper m4 --


# -- round 65, helper k4 --: Chloe, spiked: "i dont know if something happened to me like
# sexually" was noted as "a sexual offence". Not knowing is not telling one: the word said only
# as a doubt is set aside (the spiking she told stays). Not "i dont know if he sexually
# assaulted me", which names an act.
_K4_UNSURE_SEXUAL = re.compile(
    r"(\b(?:dont|don't|don’t|do not|didnt|didn't|not sure|no idea|unsure|wonder(?:ing)?|cant "
    r"remember|can't remember)\s+(?:know\s+|remember\s+)?(?:if|whether)\s+(?:something|anything|"
    r"someone|somebody|anyone|he|she|they)\b[^.!?]{0,50}?)\s*(?:like\s+)?\bsexual(?:ly)?\b"
    r"(?!\s+(?:assault\w*|abus\w*|offence|harass\w*|touch\w*))",
    re.IGNORECASE,
)
# -- end of round 65, helper k4 --


# -- round 70, helper w70a --: who it happened to ("it wasn't me it was my daughter",
# "not me, my son"), said to put the bot right: not who did it ("it was my son who did it").
W70A_NOT_ME_BUT = re.compile(
    r"\b(?:(?:it|this|that)\s*(?:wasn[’']?t|was\s+not|isn[’']?t|is\s+not|[’']?s\s+not|\s+s\s+not)|"
    r"(?:^|(?<=[.!?,;:]))\s*not)\s+(?:about\s+|to\s+)?me\b[\s,.;:!-]*(?:(?:it|this)\s*(?:was|is|"
    r"[’']?s)\s+(?:about\s+|to\s+)?|but\s+|its\s+)?(?:my|our)\s+(?P<who>daughter|son|child|kid|"
    r"boy|girl|little girl|little boy|grandson|granddaughter|niece|nephew|brother|sister|mum|mom|"
    r"dad|husband|wife|partner|friend)\b(?!\s+(?:who|that|what)\s+(?:did|done|does|hit|took|"
    r"started|attacked|hurt))(?!\s+did\b)",
    re.IGNORECASE,
)


# -- round 70, helper w70a --: "my son he get stab near school" and "boys stab my son Abdi in
# the leg" (Hodan, few words of English, her son 15) were not read: a stabbing told with the
# verb's plain form is a stabbing, and the one stabbed is her son. Not "get cut off", "stab
# vest", "was beat that day" is kept as beaten.
_W70A_PAST = {
    "stab": "stabbed",
    "slash": "slashed",
    "attack": "attacked",
    "rob": "robbed",
    "mug": "mugged",
    "punch": "punched",
    "kick": "kicked",
    "beat": "beaten",
    "rape": "raped",
    "knife": "knifed",
}
_W70A_GOT_HARMED = re.compile(
    r"\b(?P<aux>get|got|gets|is|was|were|are|be|been|has been|have been)\s+(?P<verb>stab|slash|"
    r"attack|rob|mug|punch|kick|beat|rape|knife)\b(?!\s+(?:vest|wound|proof|off|up|it)\b)",
    re.IGNORECASE,
)
_W70A_THEY_STAB = re.compile(
    r"\b(?P<who>they|boys|some boys|the boys|men|a man|someone|somebody|a gang|the gang|he|"
    r"she)\s+(?P<verb>stab|slash|knife)\s+(?=(?:my|our|him|her|me)\b)",
    re.IGNORECASE,
)


# What may happen ("hes going to get stab", "they will beat") is a fear, kept as it was.
_W70A_WHAT_MAY = re.compile(
    r"\b(?:to|will|ll|gonna|might|could|may|would|can|cant|dont|doesnt|not|if|scared|afraid|worried)"
    r"\s+$",
    re.IGNORECASE,
)
_W70A_AUX = {"get": "got", "gets": "got", "is": "was", "are": "were"}


def w70a_got_harmed(said: re.Match[str]) -> str:
    """ "get stab" as "got stabbed", unless it is what may happen."""
    if _W70A_WHAT_MAY.search(said.string[: said.start()]):
        return said.group(0)
    aux = said.group("aux")
    return f"{_W70A_AUX.get(aux.lower(), aux)} {_W70A_PAST[said.group('verb').lower()]}"


def w70a_past_harm(text: str) -> str:
    """A stabbing, mugging or beating told with the verb's plain form ("he get stab", "boys stab
    my son") written as it is meant ("he got stabbed", "boys stabbed my son")."""
    text = _W70A_GOT_HARMED.sub(w70a_got_harmed, text)
    return _W70A_THEY_STAB.sub(
        lambda said: f"{said.group('who')} {_W70A_PAST[said.group('verb').lower()]} ", text
    )


# g89i (round 89): a partner holding the card or the wages ("my boyfriend (jay) has my bank card,
# like he 'looks after' my wages", Liam).
G89I_HOLDS_MY_MONEY = re.compile(
    r"\b(?:has|keeps|took|takes|holds|controls) (?:my|all my) (?:bank )?(?:card|cards|wages|money|"
    r"pay|salary)\b|\blooks? after my (?:wages|money|pay|salary|card)\b"
)


# p94e (round 94): Hamza, 27, a crypto romance scam: "a girl from hinge got me into it. the money
# was borrowed from my family" was noted as "it was a family member", and "it wasnt family, it
# was the girl from the app" as "you don't know who it was". Family who lent the money are not
# who did it; someone met on a dating app is someone known online (as round 31, helper R).
P94E_MONEY_FROM_FAMILY = re.compile(
    r"\b(?:(?:the |that |this )?money (?:was |is |i )?)?(?:borrowed|borrowing|got) (?:it |the "
    r"money |that |this )?(?:from|off) (?:my|our|me) ?(?:family|parents|dad|mum|mom|mother|father|"
    r"brothers?|sisters?|uncles?|aunts?|aunties?|cousins?|grandparents|nan|gran)\b|\b(?:my|our) "
    r"(?:family|parents|dad|mum|mom|mother|father|brothers?|sisters?|uncles?|aunts?|aunties?|"
    r"cousins?|grandparents|nan|gran) (?:lent|loaned|gave|leant) (?:me|us) (?:the |that |this )?"
    r"(?:money|cash|it)\b",
    re.IGNORECASE,
)
P94E_MET_ON_AN_APP = re.compile(
    r"\b(?:a|the|this|some|that) (?:girl|guy|woman|man|lady|bloke|boy|person|fella|chick) "
    r"(?:i (?:met|matched|matched with|was talking to|was chatting to) )?(?:from|on|off) (?:the |a "
    r"|that )?(?:hinge|tinder|bumble|plenty of fish|pof|grindr|match com|(?:dating )?app|dating "
    r"(?:site|website))\b"
)


# h97a (round 97): Cerys, threatened online after a TV interview: "...wrote 'I know where you
# live'. and worse stuff, rape threats" was noted as "a sexual offence", and again each time she
# said the word ("the men who get on telly about bikes don't get rape threats"). A threat of
# rape is a threat (harassment, malicious communications), not a sexual offence done to her; a
# rape told beside it ("he raped me and now sends rape threats") is still read.
_H97A_SEXUAL_THREAT = re.compile(
    r"\b(?:rape|sexual|sex) threats?\b|\bthreat(?:s|ened|ening)? (?:of |to )?(?:rape|raping|"
    r"sexually assault(?:ing)?)(?: me| her| you)?\b|\b(?:threats?|threaten\w*) (?:about|of) "
    r"(?:rape|raping|sexual violence)\b|\b(?:said|says|saying|wrote|writes|writing|posted|"
    r"posting|posts|messaged|texted)(?: that)? (?:they|he|she|someone|people)(?:'d|’d|'ll|’ll| "
    r"would| will| are going to| is going to| were going to| was going to| gonna| want to| "
    r"wanna) rape (?:me|her|you)\b",
    re.IGNORECASE,
)
# Ines: "no my phone is fine, nobody stole it" was noted as "a theft": a theft denied is none.
_H97A_THEFT_DENIED = re.compile(
    r"\b(?:nobody|no one|noone|no body) (?:has )?(?:stole|stolen|took|taken|nicked)"
    r"(?: (?:it|anything|nothing|them|my \w+))?\b|\bnothing (?:was |got |has been |is )?"
    r"(?:stolen|taken|nicked)\b|\b(?:it|they|that) (?:was not|wasnt|wasn t|werent|were not|is "
    r"not|isnt|s not) (?:stolen|taken|nicked)\b",
    re.IGNORECASE,
)


# j98d (round 98): Lakshmi: "No, no danger. He is not hitting me. Only he shouts. The problem is
# he has taken my savings, 15,000 pounds" was noted as "an assault": a blow denied is none. Not
# "he doesn't hit me any more", "he hasn't hit me again", "he didn't hit me until...": a blow
# before, or one told beside the denial ("he doesn't hit me but he pushes me"), is still read.
_J98D_BLOW_DENIED = re.compile(
    r"\b(?:he|she|they|him)(?: is| s|'s|’s| are| re|'re|’re)? (?:not|never|does not|doesn't|"
    r"doesn’t|doesnt|did not|didn't|didn’t|didnt|has not|hasn't|hasn’t|hasnt|has never|have "
    r"not|haven't|haven’t|havent|have never|isn't|isn’t|isnt|aren't|aren’t|arent)(?: ever| even)?"
    r" (?:hitting|hit|hits|beating|beat|beats|punching|punch|punches|punched|kicking|kick|kicks|"
    r"kicked|slapping|slap|slaps|slapped|laid a (?:finger|hand) on|lay a (?:finger|hand) on) me\b"
    r"(?! ?(?:again|any ?more|until|till|since|now|these days|lately|recently)\b)",
    re.IGNORECASE,
)


# k99a (round 99): Dennis, conned by roofers: "WHAT? nobody has died in a hit and run", "I WAS
# NOT IN A CAR CRASH" put the Motor Insurers' Bureau and Brake in his services: a road crash
# denied is none.
_K99A_ROAD_DENIED = re.compile(
    r"\b(?:nobody|no one|noone|no body|nobodys) (?:has |had |have |was |got )?(?:died|been killed|"
    r"killed|hurt|injured|run over|knocked down)(?: \w+){0,2} (?:in|by) (?:a |an |the |any )?"
    r"(?:hit and run|car|road|van|crash|accident|collision|driver)(?: crash| accident| collision)?"
    r"\b|\b(?:i|we|he|she|they|it|nobody|no one)(?: was| were|s)? (?:not|never|wasnt|werent|wasn t|"
    r"was not|were not|wasn'?t|weren'?t|has not been|hasnt been|have not been|havent been)(?: \w+)?"
    r" (?:in|involved in|hit by|part of) (?:a |an |any )?(?:car|road|van|traffic) ?(?:crash|"
    r"accident|collision)\b|\b(?:no|not a|wasnt a|was not a|it wasnt a|there was no) (?:hit and "
    r"run|car crash|road crash|car accident|road accident)\b",
    re.IGNORECASE,
)


def h97a_without_threats_and_denials(text: str) -> str:
    """The message without threats of rape, denied thefts, denied blows and a denied road
    crash, which tell no such crime."""
    text = _J98D_BLOW_DENIED.sub(" ", text)  # j98d (round 98): Lakshmi
    text = _K99A_ROAD_DENIED.sub(" ", text)  # k99a (round 99): a road crash denied
    return _H97A_THEFT_DENIED.sub(" ", _H97A_SEXUAL_THREAT.sub(" threats ", text))


# Many readings of one turn ask what the same message says, and an Account is frozen.
@lru_cache(maxsize=4096)
def read_account(text: str, known_offender: str | None = None) -> Account:
    """Everything one message makes clear about what happened (see the module docstring).

    ``known_offender`` is who the person already said did it, so "he takes my wages" reads as
    domestic abuse once they have said it was their husband.
    """
    text = m79c_without_echoed_crime(text)  # round 79, m79c: Sunil, "domestic abuse?? no no"
    text = h97a_without_threats_and_denials(text)  # h97a (round 97): Cerys, Ines
    a74a_said = text  # -- round 74, helper a74a --: as written, for a74a_no_denied_injury
    text = _LEAD78_WHY_SERVICE.sub(" why is that service ", text)  # round 78, Margaret
    text = _K4_UNSURE_SEXUAL.sub(lambda said: said.group(1), text)  # -- round 65, helper k4 --
    if _Z87C_PARENT_TELLS.search(text):
        text = _NAMED_BOY.sub(
            lambda said: "my daughter " if "girl" in said.group(0).lower() else "my son ", text
        )
    else:
        text = _NAMED_BOY.sub("my friend ", text)
    if _STREET_TALK.search(text):
        text = _MY_BOY.sub("my friend", text)
    text = z73c_exs_relative(text)  # -- round 73, helper z73c --: "my ex husbands brother"
    text = q82b_exs_partner_known(text)  # q82b (round 82): "my ex-wife's new partner" (Dev)
    # "husband family lock door": his family, told in few words, are in-laws.
    text = re.sub(
        r"\b(?:my )?(?:husband|wife|partner)(?:s|'s|’s)? (?:family|mother|mum|brother|sister)\b",
        "my in laws",
        text,
        flags=re.IGNORECASE,
    )
    # -- round 70, helper w70a --: "And it wasn't me it was my daughter" (Sharon) was read as
    # "it was a family member": who it happened to, not who did it.
    text = W70A_NOT_ME_BUT.sub(lambda said: f" it happened to my {said.group('who')} ", text)
    text = w70a_past_harm(text)  # -- round 70, helper w70a --: "my son he get stab" (Hodan)
    text = P94E_MONEY_FROM_FAMILY.sub(" borrowed the money ", text)  # p94e (round 94): Hamza
    lowered = X4_OWN_TRACKER.sub(" ", plain(text))  # -- round 52, helper X4 --
    unlabelled = without_labels_not_told(lowered)
    if unlabelled != lowered:
        text = lowered = unlabelled  # -- round 62, main -- Amira
    if I2_SCOTS_MY.search(lowered):
        # -- round 63, helper I2 --: "last week he slashed ma tyres" (Moira, Glaswegian) was read
        # as a wounding ("a serious violent attack"): Scots "ma" before a thing is "my".
        text = lowered = I2_SCOTS_MY.sub("my ", lowered)
    if I2_PLACE_ATTACKED.search(lowered) or I2_FEW_WORDS_DAMAGE.search(lowered):
        # -- round 63, helper I2 --: "my shop they attack it... they break window, write on wall"
        # (Farid, nobody touched him) was noted as "an assault": a place attacked is damage.
        lowered = I2_PLACE_ATTACKED.sub(" they damaged my property ", lowered)
        if I2_FEW_WORDS_DAMAGE.search(lowered):
            lowered += " and they damaged my property"  # the words written are kept (hate)
        text = lowered
    if _G1_NOBODY_DOES.search(lowered):  # -- round 60, helper G1 --
        text = lowered = _G1_NOBODY_DOES.sub(" ", lowered)
    followed_once = t84g_following_in_one_attack_out(lowered)  # t84g (round 84): Lucy
    if followed_once != lowered:
        text = lowered = followed_once
    stepped = as_step_parent(lowered)
    if stepped != lowered:
        text = lowered = stepped  # "my mums boyfriend" is read as "my stepdad"
    if _NOT_DEAF.search(lowered):
        # "im not deaf. i mean the support people. email only" (round 48, Abena) put back the
        # deafness and disability she was correcting.
        text = lowered = _NOT_DEAF.sub(" ", lowered)
        # -- round 51, helper W8 --: "Notes? Deaf? I'm not deaf mate, I've got MS" (Trevor, then
        # offered text relay only): the word echoed back, not a deafness told.
        text = lowered = re.sub(r"\bdeaf\b", " ", lowered)
    if G5_AT_THE_BOT.search(lowered):
        text = lowered = G5_AT_THE_BOT.sub(" ", lowered)  # -- round 60, helper G5 --
    if I2_NOT_HIT.search(lowered):
        text = lowered = I2_NOT_HIT.sub(" ", lowered)  # -- round 63, helper I2 --: a denial
    if _Y3_DENIED_HARM.search(lowered):
        # -- round 52, helper Y3 --: "he would never hurt me", "nobody robbed me or hurt me"
        text = lowered = _Y3_DENIED_HARM.sub(" ", lowered)
    if _J2_RINGING_FOR_HELP.search(lowered):
        # -- round 65, helper J2 --: "ok my sister is ringing them now" (Zainab, her sister
        # ringing the maternity unit) was read as stalking, "it has happened more than once".
        text = lowered = _J2_RINGING_FOR_HELP.sub(" ", lowered)
    if _J2_NOT_FEARED_HARM.search(lowered):
        # -- round 65, helper J2 --: "I do not think he will hurt me right now" (Josh, his
        # flatmate takes his food and money) was read as an assault, then with the theft a robbery.
        text = lowered = _J2_NOT_FEARED_HARM.sub(" ", lowered)
    if C2_STABBED_SLANG.search(lowered):
        # -- round 55, helper C2 --: "got shanked in the arm outside the chicken shop" (Jay,
        # 19) was not understood and "What happened?" came again: street words for stabbed.
        text = lowered = C2_STABBED_SLANG.sub("stabbed", lowered)
    if (spelt := n103g_misspelt_theft(lowered)) != lowered:
        text = lowered = spelt  # n103g (round 103): Gloria, "my carr is takin mony"
    details = _details(text, lowered)
    # "me and my boy got jumped": a friend beside them, in the slang of young men, not a son.
    for_child = bool(_FOR_CHILD.search(_COMPANION.sub("me and a friend", lowered)))
    for_child = for_child or n2_writes_for_child(lowered)  # -- round 44, helper N2 --
    for_child = for_child or x71b_childs_thing_taken(lowered)  # -- round 71, helper x71b --
    for_child = for_child or q82b_parent_tells_of_child(lowered)  # q82b (round 82): Kofi
    grown = their_age(lowered)
    # -- round 31, helper R --: "my son Abdi 14 year, boys stab him"; "my daughter Maja, who is 30"
    named_child = _R31_CHILD_NAMED.search(lowered)
    for_child = for_child or bool(named_child)
    if grown is None and (older := _R31_GROWN_CHILD.search(lowered)):
        grown = int(older.group(1))
    if for_child and grown is not None and grown >= 18:
        # "I'm writing about my daughter Lucy, she's 38": a grown-up daughter, written for
        # (round 30, Margaret), not a child.
        for_child, for_other = False, True
    else:
        for_other = not for_child and bool(
            _FOR_SOMEONE_ELSE.search(lowered) or _P81B_WRITES_FOR_NAMED.search(lowered)
        )
    done_to_me = (
        _G1_DONE_TO_ME.search(lowered) or n2_relative_has_my_money(lowered)  # round 44, N2
    ) and not _G1_DONE_TO_THEM.search(lowered)
    if for_other and j2_harm_to_the_writer(lowered):
        # -- round 65, helper J2 --: "its my bro innit. he gets mad drunk n swings on me"
        # (Kieran): his brother is the one who does it, to him.
        for_other = False
    if for_other and m92c_whose_number(lowered):
        for_other = False  # m92c (round 92): Leila, "07700 900 412 this is my sister Nasrin"
    if for_other and done_to_me:
        # -- round 40, helper G1 --: "Its about my grandson Marcus, he is 24 ... taking money
        # out of my purse ... he pushed me" (Gloria, 69): about the one who did it, to her.
        for_other = False
    if (for_child or for_other) and y3_relative_takes_mine(lowered):
        for_child = for_other = False  # -- round 52, helper Y3 --: Frank's grandson, his card
        named_child = None
    relative_is_the_one = False  # -- round 70, helper w70a --
    if (for_child or for_other) and (
        l1_relative_is_the_one(lowered) or g89a_relative_at_home_is_the_trouble(plain(lowered))
    ):
        for_child = for_other = False  # -- round 66, helper l1 --: Joan's grandson, his trouble
        named_child = None
        relative_is_the_one = True
    if for_child and P94H_CHILD_THREATENED_TO_MAKE_ME.search(lowered):
        for_child = False  # p94h (round 94): Efua, "if I dont pay ... he will hurt my son"
        named_child = None
    if (for_child or for_other) and L100D_WRITER_HURT.search(lowered):
        # l100d (round 100): Carmen, "My son is not hurt, he is 38 and lives in Spain. I am the
        # one with the bruise" was made "writing for someone else".
        for_child = for_other = False
        named_child = None
    own_age = own_age_beside_relatives(plain(lowered))
    if own_age is not None:
        for_child = for_other = False  # Lead (round 91): "I'm 63, it's my son who is 35"
        named_child = None
    offender = _who_did_it(
        v4_not_known_to_them(q82b_no_hit_and_run(text)), about_them=for_other
    )  # q82b (round 82): "it was my husband dan, hit and run" (Claire): he was hit, not hitting
    if offender == "someone_known" and y73c_just_a_customer(lowered):
        offender = _who_did_it(_Y73C_A_CUSTOMER.sub(" someone ", lowered), about_them=for_other)
        offender = None if offender == "someone_known" else offender  # -- round 73, y73c --
    if offender is None and P94E_MET_ON_AN_APP.search(lowered):
        offender = "someone_known"  # p94e (round 94): Hamza, "a girl from hinge"
    if offender is None and not for_other and not for_child:
        offender = p6_threatened_by(lowered)  # -- round 45, helper P6 --
    about_relative = (done_to_me or relative_is_the_one) and _G1_ABOUT_RELATIVE.search(lowered)
    # -- round 70, helper w70a --: "It's about my son, he's 30 ... money keeps going from my
    # purse ... I don't want him arrested ... he punched the door next to my head" (Rose, 58)
    # was noted as "an assault" by nobody known: the son written about is the one who does it.
    if offender is None and about_relative:
        offender = "partner_or_ex" if about_relative.group("p") else "family_member"
    if (
        offender is None
        and not for_child
        and n2_relative_has_my_money(lowered)
        and re.search(rf"\b(?:my|our) {FAMILY}\b", lowered)
    ):
        offender = "family_member"  # -- round 44, helper N2 --: "my son ... has my bank card"
    if (
        offender is None
        and not for_child
        and not for_other
        and (n2_relative_has_my_money(lowered) or G89I_HOLDS_MY_MONEY.search(lowered))
        and re.search(r"\bmy (?:boyfriend|girlfriend|partner|husband|wife|bf|gf)\b", lowered)
        and re.search(r"\b(?:he|she) (?:\w+ )?(?:hit|hits|punched|slapped|kicked|beat)\b", lowered)
    ):
        # g89i (round 89): Liam, "my boyfriend (jay) has my bank card, like he 'looks after' my
        # wages ... last week he hit me" was "an assault" by nobody known: a partner who holds
        # the money is the one who did it (domestic abuse).
        offender = "partner_or_ex"
    if (
        "carer" in details
        and _R29_I_CARE.search(lowered)
        and not _CARER.search(_R29_I_CARE.sub(" ", lowered))
    ):
        details.discard("carer")  # -- round 29, helper L --: "I am her only carer": they care
    if (
        "carer" in details
        and _P3_I_WORK_AS_A_CARER.search(lowered)
        and not _CARER.search(_P3_I_WORK_AS_A_CARER.sub(" ", lowered))
    ):
        details.discard("carer")  # -- round 45, helper P3 --: "I work as a carer in the night"
    if (
        "carer" in details
        and _CARERS_AS_A_GROUP.search(lowered)
        and not _CARER.search(_CARERS_AS_A_GROUP.sub(" ", lowered))
    ):
        # "Is there nobody who helps carers of people with dementia?": carers the writer is
        # one of, not a carer who harmed them (round 29 replay, Frank).
        details.discard("carer")
    if (
        "carer" in details
        and _CARER_HELPED.search(lowered)
        and not _CARER.search(_CARER_HELPED.sub(" ", lowered))
    ):
        # "My carer found it when she went to check on things" (round 38, Gary, burgled while in
        # hospital, was told "it was someone you know"): the carer who found it or helped.
        details.discard("carer")
    if (
        "carer" in details
        and _K91C_OUR_SUPPORT_WORKER.search(lowered)
        and not _CARER.search(_K91C_OUR_SUPPORT_WORKER.sub(" ", lowered))
    ):
        # k91c (round 91): Lucy, stalked, "i meant the support worker should text before
        # calling": the support service's worker who will contact her, not a carer who harmed
        # her (she was then offered adult safeguarding, and Paladin dropped out).
        details.discard("carer")
    if offender is None and "carer" in details:
        offender = "someone_known"
    # -- round 31, helper R --
    if offender is None and "carer" not in details:
        offender = _r31_relative_at_home(lowered) or z87c_relative_at_home(lowered)
    if "paid_carer" in details and offender in (None, "partner_or_ex", "family_member"):
        # A paid carer, from an agency, is not "personally connected" (Domestic Abuse Act 2021,
        # s.2), even when the one cared for lives with the writer: someone known, never abuse
        # by a partner or relative.
        offender = "someone_known"
    if for_child and offender == "family_member":
        offender = None  # "its my daughter not me": the child named is not who did it
    if offender is None and known_offender is None and x71b_partner_keeps_papers(lowered):
        # -- round 71, helper x71b --: "my husband ... he has taken my passport" (Ama)
        offender = "partner_or_ex"
        details.add("economic")
    if offender is None and known_offender is None and n80b_family_controls(lowered):
        offender = "family_member"  # n80b (round 80): Farah, "my mother in law has my passport"
        details.discard("labour_told")  # her passport held at home, not work
    # -- round 29, helper L --: "My husband and his mother keep my passport and all my money"
    if _R29_KEEPS_MONEY.search(lowered) and (offender or known_offender) in (
        "partner_or_ex",
        "family_member",
    ):
        details.add("economic")
    if (offender or known_offender) in ("partner_or_ex", "family_member") and (
        n2_relative_has_my_money(lowered)
    ):
        # k78b (round 78): "my son who has been using my bank card to take money out" (Margaret,
        # 80): a partner or relative taking or using their money or card is economic abuse
        # (Domestic Abuse Act 2021, s.1), whatever else is said with it.
        details.add("economic")
    # -- round 39, helper F6 --: the police chasing a statement is not stalking.
    unaccused = _W8_ACCUSED_OF_THEFT.sub(" ", lowered)  # -- round 51, helper W8 --
    crime = _crime_type(
        _W8_ACCUSED_OF_THEFT.sub(" ", text),
        _W8_ACCUSED_OF_THEFT.sub(" ", _F6_POLICE_CHASING.sub(" ", lowered)),
        offender or known_offender,
        details,
    )
    if g89e_papers_kept_for_marriage(lowered, details):
        details.discard("labour_told")  # g89e (round 89): Zainab's passport, taken for a marriage
    if crime is None and n1_lured_into_a_car(lowered):  # -- round 44, helper N1 --
        crime = "other"
    if crime is None and k1_landlord_harasses(lowered):  # -- round 65, helper k1 --: Kasia
        crime = "stalking_harassment"
        offender = offender or "someone_known"
    if offender is None and known_offender is None and k1_police_did_it(lowered):
        offender = "stranger"  # -- round 65, helper k1 --: officers unknown to them (Marcus)
    if k1_police_did_it(lowered):
        details.add("police_officers")  # -- round 67, helper m4 --: said back (Marcus)
    if "carer" in details and m4r67_carers_partner(lowered):
        details.add("carers_partner")  # -- round 67, helper m4 --: not the carer (Lily)
    if (
        crime is None
        and (offender or known_offender) not in ("partner_or_ex", "family_member")
        and p5_money_not_repaid(lowered)
        and not _P5_RELATIVE_BORROWED.search(lowered)
    ):  # -- round 45, helper P5 --: a "loan" never repaid, from a friend at church
        crime = "fraud"
        if offender is None and _P5_KNOWN.search(lowered):
            offender = "someone_known"
    if known_offender is None:  # -- round 42, helper L6 --: the boy next door, shouting
        offender, crime = _l6_next_door_abuse(lowered, offender, crime)
    # -- round 31, helper R --: money or a card taken by a paid carer: fraud (using the card,
    # Fraud Act 2006, s.2) or theft, never domestic abuse.
    if "paid_carer" in details and crime in (None, "domestic_abuse"):
        if _R31_CARD_USED.search(lowered) or _FRAUD.search(lowered):
            crime = "fraud"
        elif _THEFT.search(unaccused) or re.search(r"\b(?:taken|took|takes|taking)\b", unaccused):
            crime = "theft"
        elif crime == "domestic_abuse":
            crime = None
    if (
        crime is None
        and (offender or known_offender) in ("partner_or_ex", "family_member")
        and (_TRAFFICKING.search(lowered) or "economic" in details)
    ):
        # Papers or money kept by a partner or relatives at home, not trafficking: domestic abuse.
        crime = "domestic_abuse"
    if (
        crime is None
        and "criminal_exploitation" in details
        and re.search(r"\b(?:owe|owes|owed|owing|debt|pay (?:him|her|them) back)\b", lowered)
    ):
        # z87c (round 87): Jade, 17: "he gets me to hold stuff for him like in my bag and at
        # mine. he says i owe him cos he buys me stuff" got "What happened?" twice: made to hold
        # things for a made-up debt is criminal exploitation (the Code's trafficking crime).
        crime = "human_trafficking"
    if crime in ("assault", "criminal_damage") and (offender or known_offender) in (
        "partner_or_ex",
        "family_member",
    ):
        # "he punched the wall next to my head", from someone who said it was their partner.
        crime = "domestic_abuse"
    if crime == "theft" and _G1_BEATEN.search(lowered):
        # -- round 40, helper G1 --: "got beat up last night by 2 blokes ... they took my bag"
        # (Alan): force used to take it, a robbery.
        crime = "robbery"
    if crime == "theft" and x71b_hurt_in_the_snatch(lowered):
        crime = "robbery"  # -- round 71, helper x71b --: yanked from his hand, wrist hurt (Ryan)
    if (
        crime is None
        and (offender or known_offender) in ("partner_or_ex", "family_member")
        and x71b_goes_for_me(lowered)
    ):
        crime = "domestic_abuse"  # -- round 71, helper x71b --: "my wife ... goes for me" (Paul)
    if (
        crime in ("robbery", "theft")
        and (offender or known_offender) in ("partner_or_ex", "family_member")
        and "weapon" in details
    ):
        # z87c (round 87): Dave, of his son: "its the stealing and the hammer thing", then "not
        # just theft, he threatened me with the hammer" was noted as a theft, then a robbery:
        # taking and a threat with a weapon by a relative is domestic abuse.
        crime = "domestic_abuse"
    if about_relative and crime in ("robbery", "theft") and offender == "family_member":
        # -- round 40, helper G1 --: a grandson at home taking from her purse and pushing her
        # (Gloria, 69): abuse by a relative, not "a robbery".
        crime = "domestic_abuse"
    # -- round 39, helper H3 --: saw it happen to someone else (a witness), or was hurt too.
    if _J3_NOT_A_WITNESS.search(lowered):
        # -- round 41, helper J3 --: "I'm not a witness, I'm the one being stalked" (Hannah).
        details.discard("witness")
    else:
        crime, for_other = _h3_as_witness(lowered, crime, details, offender, for_child, for_other)
    crime, offender = _j3_taking_at_home(lowered, crime, offender, details)
    if "witness" in details and (
        _WITNESS_THREATENED.search(lowered) or _R29_WITNESS_THREATENED.search(lowered)
    ):
        # A witness threatened for giving evidence: the crime against them is the threats
        # (witness intimidation), not the stabbing they saw.
        crime = "stalking_harassment"
        if not _F3_WITNESS_STALKED.search(_F3_NOT_STALKING.sub(" ", lowered)):
            # -- round 59, helper f3 --: Sandra, "his mates are hanging around outside my flat"
            # to scare her off giving evidence: intimidation of a witness, not stalking.
            details.discard("stalking_described")
    if crime == "homicide" or "someone_died" in details:
        # "my son was stabbed... he died": the parent is the one the Code now supports, and the
        # questions are about them, never "your child" about someone who has died.
        for_child = False
        if for_other and _U2_THEY_DIED.search(lowered) and not _U2_WRITES_FOR.search(lowered):
            for_other = False  # -- round 50, helper U2 --: "its my boy Dre ... he died"
    if (
        for_child
        # -- round 44, helper N2 --: "He has my bank card and he looks after my pension"
        and (_R34_DOES_IT_TO_ME.search(lowered) or n2_relative_has_my_money(lowered))
        and not _R34_TO_MY_CHILD.search(lowered)
    ):
        # "its about my grandson ... he takes money from my purse and shouts if i say no"
        # (round 34, Eileen, 81): the relative named is the one doing it, to the one writing.
        for_child = False
        offender = offender or "family_member"
        if offender == "family_member" and crime in (None, "theft", "robbery", "assault"):
            # "she grabbed my arm and pushed me" from a daughter living with her (round 35,
            # Angela, 70): abuse by a relative, not a robbery.
            crime = "domestic_abuse"
    if (
        for_child
        and _R35_HARMED_ME.search(lowered)
        and not _R34_TO_MY_CHILD.search(lowered)
        and not _WRITES_FOR_CHILD.search(lowered)
    ):
        # "A woman ... spat at me and grabbed my hijab ... My daughter is 14, she is very quiet
        # since" (round 35, Yasmin): the one writing was attacked; her daughter saw it.
        for_child = False
    if (
        for_child
        and _U2_KIDS_SAW.search(lowered)
        and _U2_MY_THINGS_DAMAGED.search(lowered)
        and not _R34_TO_MY_CHILD.search(lowered)
    ):
        for_child = False  # -- round 50, helper U2 --: their car keyed, the children saw it
    if for_child and y4_child_only_named_with_condition(lowered):
        for_child = False  # -- round 52, helper Y4 --: "it's my son Joel who's autistic"
    if _R33_ORDER_AGAINST.search(lowered) and (
        offender in (None, "partner_or_ex", "family_member")
        and crime in (None, "stalking_harassment")
    ):
        # "My ex husband ... comes to school ... He has non-molestation order from court": an
        # order that protects from a partner or relative is domestic abuse (round 33, Zofia was
        # asked "What happened?" after saying so).
        mine = re.search(rf"\bmy (?:(?P<p>{PARTNER})|(?P<f>{FAMILY}))\b", lowered)
        if mine:
            offender = offender or ("partner_or_ex" if mine.group("p") else "family_member")
            crime = "domestic_abuse"
    if (
        offender is None
        # -- round 68, helper n5 --: unpaid work alone is no longer trafficking (Magda), but
        # the family she works for is still someone she knows.
        and (crime == "human_trafficking" or unpaid_work_said(lowered))
        and _EMPLOYER.search(lowered)
    ):
        offender = "someone_known"  # "family i clean not pay me": the family she works for
    if offender is None and crime not in (None, "homicide", "terrorism") and strangers(text):
        offender = "stranger"
    hate, strands, communities = read_hate(text)
    if _DEAF.search(_others_hearing(lowered)) and "deaf" not in communities:
        communities = (
            *communities,
            "deaf",
        )  # text relay is for them, not for anyone who can't call
    repeat: bool | None = None
    if _ONCE.search(lowered) and not gone_on_for_a_while(plain(lowered)):
        repeat = False
    elif any(
        # -- round 39, helper F6 --: not "I don't want them going through it again".
        o1_repeat_search(without_repeat_set_asides(plain(part)))  # -- round 69, helper o1 --
        for part in re.split(r"[.!?\n]+", i97d_medicine_routine_out(text))
    ) or (
        crime == "stalking_harassment"
        # n103b (round 103): not "The phone keeps ringing and I dont answer it" (Frank, scammed)
        and _STALKING.search(_N103B_PHONE_UNANSWERED.sub(" ", lowered))
    ):
        # Sentence by sentence: "I have not slept properly since. I am not in danger" is not
        # "since i".
        repeat = True
    ongoing = crime is not None and how_long_told(text)
    if ongoing and repeat is None:
        # "i work from 6 in morning to 10 night. no money. 2 years": every day for two years.
        repeat = True
    if crime == "homicide" or "someone_died" in details:
        repeat = None  # "I want to be at the trial every day" is not being targeted again
    reported: bool | None = None
    if police_know(text):
        # -- round 39, helper F6 --: "i didnt report it the feds was already there", "I
        # reported the abuse to the police in the spring ... I have not yet reported the push".
        reported = True
    elif any(
        _NOT_REPORTED.search(a74a_no_fillers(plain(part)))  # -- round 74, helper a74a --
        for part in re.split(r"[.!?\n]+", text)
    ):
        # Sentence by sentence: "No. The police gave us a family liaison officer" is not
        # "no police".
        reported = False
    elif any(
        _REPORTED.search(
            _J91D_REPORTED_SOMETHING_ELSE.sub(  # j91d (round 91): Kieran, a report of before
                " ", _R4_NOBODY_ARRESTED.sub(" ", _T6_WANTS_CRIME_NUMBER.sub(" ", part))
            )
        )
        for part in (
            _K4_POLICE_DID_IT.sub(  # -- round 65, helper k4 --
                " ", _W8_POLICE_NOT_WANTED.sub(" ", _IF_THE_POLICE.sub(" ", plain(part)))
            )
            for part in statements(text)
        )
    ):
        # Not "Crime number??" or "will the police come out?": asking is not having reported.
        reported = True
    elif crime == "homicide":
        # A killing is always known to the police: never "if you report it" to a bereaved family.
        reported = True
    if reported is True and l100b_reported_elsewhere_only(text):
        reported = None  # l100b (round 100): "ive reported it 3 times" to the council
    # -- round 29, helper L --: not the dementia of a wife who hit him, nor her carer's mention of
    # it (unless they write for her: "on behalf of my husband Tom, he is 64 and has dementia").
    if for_child or for_other:
        impairment = True if _IMPAIRMENT.search(_others_hearing(lowered)) else None
    else:
        by_relative = offender in ("partner_or_ex", "family_member")
        # -- round 44, helper N3 --: "Because of Alan's dementia" (Margaret, for her husband).
        impairment = (
            True
            if _r29_impairment(
                y4_without_childs_condition(
                    n3_without_others_condition(text, p94h_without_their_condition(text, lowered))
                ),
                by_relative,
            )
            else None
        )
    if for_child or for_other:
        details |= r2_their_gender(lowered)  # -- round 47, helper R2 --
    # -- round 52, helper X4 --: a dog attack is the owner's offence, not an assault; FGM.
    if (
        crime == "assault"
        or (crime == "stalking_harassment" and re.search(r"\bxl bull(?:y|ies)\b", lowered))
    ) and x4_dog_attack_only(lowered, details):
        crime = "other"
    if crime is None and _X4_DOG_SET_ON.search(lowered):
        crime = "assault"  # "he set his dog on me": the dog used as a weapon
    crime = x4_fgm_reading(lowered, crime, offender, details)
    # -- round 56, helper D3 --: a rogue trader's fraud; the driver a stranger; my brothers
    offender, crime = d3_reading(lowered, offender, crime, about_other=for_child or for_other)
    within: bool | None = None
    # -- round 29, helper L --: "My ex-husband and I divorced two years ago and for the last few
    # months he keeps turning up": when they parted, not when it happened.
    if _LONG_AGO.search(_R33_COURT_DATED.sub(" ", _R29_WHEN_THEY_PARTED.sub(" ", lowered))):
        within = False
    elif (
        _RECENT.search(_SEEN_IN_THE_NEWS.sub(" ", lowered))
        or (ongoing and _GOES_ON.search(lowered))
        or _R33_GOING_ON.search(lowered)
    ):
        # Told as going on now ("i work ... 2 years"): it is happening within the year.
        within = True
    if impairment is None and _F2_OWN_PANIC_ATTACKS.search(plain(text)):
        impairment = True  # -- round 59, helper F2 --: Yvonne, told before the question
    if crime in _F2_ONE_CRIME_BESIDE_FORCE and f2_pushed_or_hit(lowered):
        details = {*details, "pushed_or_hit"}  # -- round 59, helper F2 --
    # -- round 62, helper h3 --: a brick thrown at the writer (Kemal); a cloned card (Grace).
    if crime in (None, "criminal_damage") and H3_THROWN_AT_ME.search(lowered):
        crime = "assault"
    if not for_child and not for_other and _H3_CUT_BODY.search(lowered):
        details = {*details, "injured"}
    if crime in (None, "theft") and H3_CARD_CLONED.search(lowered):
        crime = "fraud"
    # -- end of round 62, helper h3 --
    crime, offender, details = z73c_reading(lowered, crime, offender, set(details))  # z73c
    crime = p81b_fire_only_threatened(lowered, crime)  # p81b (round 81), Leanne
    details = a74a_not_the_writers_injury(lowered, details)  # -- round 74, helper a74a --
    details = a74a_no_denied_injury(a74a_said, details)  # -- round 74, helper a74a --
    details = t84a_no_injury_when_blow_denied(a74a_said, details)  # t84a (round 84): Chloe
    crime, details = q82c_images_of_himself(lowered, crime, details)  # q82c (round 82): Zainab
    crime = g96d_driver_car_damaged(lowered, crime)  # g96d (round 96): Imran
    # f96b (round 96): a parent of two children ("they're 9 and 12"): both ages kept, and the
    # youngest is the age the Code's rules use.
    ages = children_ages(lowered) if for_child else ()
    if ages:
        named_child = None
    found = Account(
        child_ages=ages,
        crime_type=crime,
        offender=offender,
        details=frozenset(details),
        repeat=repeat,
        reported=reported,
        hate=hate,
        hate_strands=strands,
        communities=communities,
        impairment=impairment,
        age=(int(named_child.group(1)) if named_child else _childs_age(lowered))
        if for_child
        else (their_age(lowered) or grown)  # -- round 31, helper R --: "who is 30"
        if for_other
        else own_age or read_age(text),
        # A parent's own gender ("im his mum") is not their child's, nor a sister's hers.
        gender=None if for_child or for_other else read_gender(text),
        bereaved=_bereaved(lowered, details),
        cannot_phone=True
        if _CANNOT_PHONE.search(g89g_without_text_preference(_others_hearing(lowered)))
        else None,
        for_child=True if for_child else None,
        within_12_months=within,
        for_someone_else=True if for_other else None,
    )
    return replace(found, age=min(ages)) if ages else found


# f96b (round 96): Vik, of his two children abused by a neighbour's sons: "they're 9 and 12",
# "two kids. 9 AND 12. both of them" (kept as "your child is 9", the 12-year-old lost).
_F96B_TWO_AGES = re.compile(r"\b(\d{1,2}) (?:and|&) (\d{1,2})\b")
_F96B_CHILDREN = re.compile(
    r"\b(?:kids|children|boys|girls|sons|daughters|theyre|they are|both|twins|ages|aged)\b"
)


def children_ages(lowered: str) -> tuple[int, ...]:
    """The ages of two children said together ("they're 9 and 12"), youngest first."""
    words = plain(lowered)
    said = _F96B_TWO_AGES.search(words)
    if said is None or not _F96B_CHILDREN.search(words):
        return ()
    if re.search(r"\b(?:between|from|times|pm|am|hours?|days?|weeks?|months?|minutes?)\b", words):
        return ()
    ages = tuple(sorted({int(said.group(1)), int(said.group(2))}))
    return ages if len(ages) == 2 and all(0 < age < 18 for age in ages) else ()


# -- lead, round 77 --: "eggs and he say terrorist. because I wear hijab" (Samira), "a man called
# me a paki", answered to "What happened?": abuse for who they are, told with no other crime, got
# the question again. Said once it is a hate incident (an aggravated public order offence, Crime
# and Disorder Act 1998 s.31), so "other"; online it is online abuse; again and again it is
# harassment (s.32). Only as the answer to that question: elsewhere a later answer may name the
# crime ("tipped me out of my wheelchair").
_L77_ABUSE_SPOKEN = re.compile(
    r"\b(?:call\w*|say|says|said|saying|shout\w*|yell\w*|scream\w*|swear\w*|abuse\w*|abusive|"
    r"insult\w*|slurs?|names|spat|spit\w*)\b"
)
_L77_ONLINE = re.compile(
    r"\b(?:online|internet|tiktoks?|instagram|insta|facebook|twitter|x|snapchat|snap|youtube|"
    r"whatsapp|comments?|commenting|posts?|posted|posting|dms?|accounts?|social media|socials)\b"
)


def l77_hate_abuse_crime(lowered: str, hate: bool | None, repeat: bool | None) -> str | None:
    """The crime of abuse spoken or written for who someone is, when nothing else was read."""
    if not hate or not _L77_ABUSE_SPOKEN.search(lowered):
        return None
    if _L77_ONLINE.search(lowered):
        return "online_abuse"
    return "stalking_harassment" if repeat else "other"


# Targeted for being older or alone ("because im old and on my own"): not one of the hate crime
# strands, unless one is named beside it ("because im old and disabled").
FOR_AGE_OR_ALONE = re.compile(
    r"\b(?:because|cos|coz|cause|cuz|as|since) (?:(?:they|he|she) (?:think|thinks|knew|know|"
    r"knows|saw|could see) )?(?:im|i am|i was|i m|of my|my) (?:so |very |quite |too )?(?:old|"
    r"older|elderly|age|an? (?:old|older|elderly) (?:lady|woman|man|person|gent)|on my own|alone|"
    r"by myself|living alone|pensioner|retired)\b|\b(?:pick|picked|prey|target\w*) on (?:old|"
    r"older|elderly) (?:people|folk|ladies|women|men)\b"
)

A_STRAND_WORD = re.compile(
    r"\b(?:disab\w*|wheelchair|blind|deaf|autis\w*|learning|race|racis\w*|colour|black|asian|"
    r"white|muslim|jewish|jew|religio\w*|faith|gay|lesbian|bi|sexuality|trans\w*|hijab|skin|"
    r"accent|foreign\w*|immigrant|refugee)\b"
)


# -- round 43, helper M1 --
# Matcher-only details (ignored by the Code's rules) that tell two kinds of exploitation apart,
# so the answers fit what was said. "criminal_exploitation": made to carry, hold, drop or run
# things under threat ("older man dem made me hold a bag n drop it somewhere", "they make me run
# stuff": Malik, 17). "labour_told": work, pay or a passport kept ("boss have my passport ... pay
# me very little": Piotr). "its not work", "nobody took my passport" are not labour.
_M1_CRIMINAL_EXPLOITATION = re.compile(
    r"\b(?:made|make|makes|making|forc\w*|got|get|gets|getting|use|uses|used|using) (?:me|us|him|"
    r"her|them) (?:to )?(?:hold|carry|drop|run|deliver|move|sell|take|stash|keep|do) (?:a |the |"
    r"their |his |her |some |bare )?(?:bags?|stuff|packages?|parcels?|drugs|gear|food|shots|"
    r"things|runs?|drops?|deliveries)\b|\bcounty lines\b|\b"
    + _T5_HOLD_PACKAGES  # -- round 49, helper T5 --
    + r"|\b(?:doing|do|did|done) (?:runs|drops|"
    r"shots) (?:for|with)\b|\brun(?:ning)? (?:stuff|drugs|packages|bags|shots) for (?:them|him|"
    r"her|older|the olders)\b"
)
_M1_LABOUR = re.compile(
    r"\b(?:work\w*|job|boss|employer|wages?|salary|pay (?:me|us)|paid|passports?|car wash|"
    r"factory|farm|cleaning|container)\b"
)
_M1_NOT_LABOUR = re.compile(
    r"\b(?:(?:its|it is|it s) not (?:a )?(?:work|job)|not (?:my|a) (?:work|job)|(?:nobody|no one|"
    r"noone|no1) (?:took|has|have|kept|takes) my passport|what passport|"
    # -- round 49, helper T6 --: "work laptop taken" (Alan) is a theft, not labour.
    r"work (?:laptop|phone|mobile|van|car|bag|keys|computer|tablet|ipad)s?|(?:didnt|did not|dont|"
    r"do not) (?:take|have|keep) my passport|i (?:dont|do not) (?:work|have a job))\b"
)


# -- round 50, helper V7 --: "i work in the sex industry ok. he was a client" (Nicole), kept so
# that "is it illegal what i do" later is answered about selling sex.
_V7_SEX_WORK = re.compile(
    r"\b(?:sex (?:work|worker|workers|industry|trade)|(?:i|im|i am) (?:an |a )?escort(?:ing)?|"
    r"i (?:sell|sold) sex|prostitut\w*)\b"
)


# -- round 60, helper g4 --
# Dami, 15: "this older yute keeps msging me on snap sayin i gotta hold a ting for him n drop it
# off or im gettin wet", "hes threatenin to shank me if i dont carry his package", "threats. on
# snapchat. he wants me to run a package" was not read ("What happened?" asked again): told to
# hold, carry or run a package under a threat is child criminal exploitation (gov.uk, "Criminal
# exploitation of children and vulnerable adults: county lines"). Both must be said.
_G4_TOLD_TO_CARRY = re.compile(
    r"\b(?:(?:wants?|wanted|asks?|asked|asking|tells?|told|telling|sayin\w*|says|said)(?: me)?"
    r"(?: that)?(?: i| me)? (?:to |gotta |got to |have to |has to |need to |must )?|if i (?:dont|"
    r"don t|do not|wont|refuse to) )(?:hold|carry|run|drop|move|deliver|stash|keep|take) (?:a |"
    r"the |his |their |some |bare |it |them )?(?:tings?|packages?|parcels?|packs?|bags?|shots|"
    r"food|stuff|it|them)\b"
)
_G4_THREAT = re.compile(
    r"\b(?:threat\w*|shank\w*|stab\w*|(?:get|gettin|getting|be) wet|wet me|kill\w*|hurt\w*|"
    r"beat\w*|jump\w*|or else|or im|or i m|or ill|gang|knows my ends|knows where i live)\b"
)


def g4_carrying_under_threat(lowered: str) -> bool:
    """ "sayin i gotta hold a ting for him ... or im gettin wet" (Dami, 15)."""
    words = plain(lowered)
    return bool(_G4_TOLD_TO_CARRY.search(words)) and bool(_G4_THREAT.search(words))


# -- end of round 60, helper g4 --


def m1_exploitation_details(lowered: str) -> set[str]:
    found = set()
    if _V7_SEX_WORK.search(lowered):
        found.add("sex_work")  # -- round 50, helper V7 --
    if _M1_CRIMINAL_EXPLOITATION.search(lowered) or g4_carrying_under_threat(lowered):
        found.add("criminal_exploitation")
    if t84c_home_taken_over(lowered):
        found.add("home_taken_over")  # t84c (round 84): Wayne, cuckooing
    if _M1_LABOUR.search(_M1_NOT_LABOUR.sub(" ", lowered)):
        found.add("labour_told")
    return found


def m1_denies_labour(text: str) -> bool:
    """ "what passport? nobody took my passport lol. its not work" """
    return bool(_M1_NOT_LABOUR.search(plain(text)))


def m1_told_criminal_exploitation(text: str) -> bool:
    return bool(_M1_CRIMINAL_EXPLOITATION.search(plain(text))) or g4_carrying_under_threat(text)


# -- round 47, helper R7 --
# Farah, Deaf: "Notes say 'deaf dumb' and bad words. He know me deaf" was stored as not hate.
_R7_DISABILITY_SLUR = re.compile(
    r"\b(?:deaf (?:and )?dumb|(?:deaf|blind|disabled) (?:idiot|freak|cripple|retard|scum)|"
    r"cripple|spastic|spaz|retard\w*|mong)\b|\b(?:because|cos|coz|cause) (?:me|i am|im|i m) "
    r"(?:deaf|blind|disabled)\b|\b(?:he|she|they) (?:know|knows|knew) (?:me|i am|im|i m) "
    r"(?:deaf|blind|disabled)\b"
)


def r7_disability_slur(words: str) -> bool:
    return bool(_R7_DISABILITY_SLUR.search(words))


# -- round 52, helper Y3 --
# Frank, 79: "It is my grandson. he has been taking my bank card out of my wallet and getting
# money out" was read as a parent writing about a child, and "I am 79. Its my grandson taking my
# money, he is 19" as writing for someone else, aged 19 (the grandson's age). A relative (or
# "he"/"she") taking the writer's own card or money is done to the writer, by that relative.
_Y3_TAKES_MINE = re.compile(
    rf"\b(?:(?:my|our) {FAMILY}|he|she)\b(?: \w+){{0,3}}? (?:taking|takes|took|taken|stealing|"
    r"steals|stole|stolen|nicking|nicks|nicked|using|uses|used|emptying|empties|emptied|"
    # -- round 56, helper D2 --: "its my mother in law, she take all my salary ... she lock me in
    # my room" (Samira) was read as writing about her mother-in-law: "take", wages and locking in.
    r"draining|drained|take|keep|keeps|kept) (?:\w+ ){0,2}?my (?:bank )?(?:cards?|money|pension|"
    r"savings|cash|account|salary|wages|pay|passport)\b|"
    r"\b(?:he|she|they) (?:\w+ ){0,2}?(?:lock|locks|locked|locking) me (?:in|up|inside)\b"
)


def y3_relative_takes_mine(lowered: str) -> bool:
    """ "its my grandson taking my money", "he has been taking my bank card": the relative is the
    one taking from the writer, so the questions are about the writer (words ``plain``)."""
    return bool(_Y3_TAKES_MINE.search(lowered)) and not _G1_DONE_TO_THEM.search(lowered)


# Frank: "NO NOT DANGER. he would never hurt me" was read as an assault, and with the card taken
# as "a robbery, you were hurt"; "nobody robbed me or hurt me" as a robbery. A harm denied is
# not told.
_Y3_HARM = (
    # q82c (round 82): "nobody rob me" (Maria, limited English) as well as "robbed".
    r"(?:robbed|rob|mugged|hurt|attacked|assaulted|hit|touched|injured|harmed|laid a "
    r"(?:finger|hand) "
    r"on)"
)
_Y3_DENIED_HARM = re.compile(
    rf"\b(?:(?:nobody|no one|noone|no body) (?:has |ever |has ever )?{_Y3_HARM}|(?:he|she|they|"
    rf"my \w+) (?:would never|wouldnt|would not|will never|never|didnt|did not|has never|hasnt|"
    rf"have never|havent|has not) (?:ever )?{_Y3_HARM})(?: me)?(?:,? (?:or|and|nor) "
    rf"(?:{_Y3_HARM}(?: me)?))?\b|\b(?:it was not|it wasnt|it is not|it isnt|its not|was not|"
    r"wasnt|not) (?:a )?(?:robbery|mugging|assault)\b|\bi (?:was not|wasnt|am not|m not) "
    r"(?:hurt|injured)\b"
)


# -- round 52, helper X2 --
# Amaya (round 51): "hes a customer, ive served him like 3 or 4 times ... hes a regular" was
# noted as "it has happened more than once": serving or seeing someone before is knowing them,
# not being targeted again.
_X2_SEEN_BEFORE = re.compile(
    r"\b(?:(?:i ?ve|i have|i|we ?ve|we have|we) (?:served|seen|met|spoken to|talked to|chatted to|"
    r"sold \w+ to) (?:him|her|them|this (?:guy|man|woman|bloke|lad|girl)|that (?:guy|man|woman|"
    r"bloke|lad|girl))(?: (?:like|about|maybe|around|probably|only|just))? (?:\d+|once|twice|a "
    r"few|a couple of|two|three|four|five|several|many|loads of|lots of)(?: (?:or|to|-) "
    r"(?:\d+|two|three|four|five))? times|(?:hes|shes|he is|she is|theyre|they are) a "
    r"regular)\b"
)


def x2_contact_not_repeat_out(part: str) -> str:
    """The sentence without how often they had served or seen the person before."""
    return _X2_SEEN_BEFORE.sub(" ", part)


# -- round 56, helper D5 --
# Elif: "They took my phone once and checked it" became "I've changed that: a theft". A phone
# taken to be checked (and given back) is control, not a theft; a phone kept or sold still is.
_D5_PHONE_CHECKED = re.compile(
    r"\b(?:took|take|takes|taken|taking|grabbed|grabs|snatched) my (?:phone|mobile)\b(?: \w+){0,4}"
    r" (?:and |to )?(?:check\w*|look\w* (?:at|through)|went through|go through|goes through|read"
    r"|reads|reading|search\w*)\b"
)
_D5_PHONE_KEPT = re.compile(
    r"\b(?:kept|keeps|keep|sold|sell|never gave (?:it )?back|didnt give (?:it )?back|still has|"
    r"wont give (?:it )?back|stole|stolen|steal\w*|nicked|wallet|purse|money|cash|bag|card)\b"
)


# "A theft?? No. Nobody stole anything": a theft denied is not one told.
_D5_NO_THEFT = re.compile(
    r"\b(?:a theft\b(?: \w+)? no|(?:nobody|no one|noone|they didnt|didnt|did not|never|not a|its "
    r"not|it is not|it wasnt|not) (?:stole|steal|stolen|theft)(?: anything)?)\b"
)


def d5_phone_only_checked(lowered: str) -> bool:
    """ "they took my phone once and checked it": nothing else taken, the phone not kept."""
    rest = _D5_NO_THEFT.sub(" ", lowered)
    return bool(_D5_PHONE_CHECKED.search(rest)) and not _D5_PHONE_KEPT.search(rest)


# Elif: "My brothers are threatening me because I want to marry someone they don't accept. They
# keep talking about family honour and now they say we are all going to Turkey for a holiday":
# recorded only as domestic abuse, so the Forced Marriage Unit came only when she typed "forced
# marriage". Honour, her marriage and a trip abroad together are a forced-marriage risk.
_D5_MARRIAGE_CHOICE = re.compile(
    r"\b(?:marry|marrying|marriage|married|wedding|engaged|boyfriend|fiance\w*)\b"
)
_D5_TAKEN_ABROAD = re.compile(
    r"\b(?:take|takes|taking|took|go|going|goes|send|sending|sent|fly|flying|trip|holiday|visit"
    r"|visiting)\b(?: \w+){0,5} (?:abroad|back home|out of the country|to (?:turkey|pakistan|"
    r"bangladesh|india|afghanistan|iraq|iran|yemen|somalia|egypt|morocco|algeria|nigeria|syria|"
    r"kurdistan|the gambia|gambia|sri lanka|saudi|jordan|lebanon|libya|sudan|albania|kosovo))\b"
)


def d5_forced_marriage_risk(lowered: str) -> bool:
    """Honour named, a marriage or partner of her choice, and a trip abroad planned."""
    return bool(
        _HONOUR.search(lowered)
        and _D5_MARRIAGE_CHOICE.search(lowered)
        and _D5_TAKEN_ABROAD.search(lowered)
        and not _Y2_NOT_FORCED_MARRIAGE.search(lowered)
    )


# -- end of round 56, helper D5 --


# -- round 62, helper H1 -- Hamza, 17, about his sister, 19: "my parents wont let her leave the
# house and they took her phone and they said shes marrying our cousin in pakistan in the summer.
# she doesnt want to" got "let's carry on" until he typed "forced marriage". A marriage planned
# for someone, with her unwilling or kept in (locked in, phone or passport taken), is one.
_H1_MARRIAGE_PLANNED = re.compile(
    r"\b(?:(?:shes|she is|hes|he is|im|i am|theyre|they are) (?:\w+ )?(?:marrying|getting married|"
    r"going to marry|gonna marry|to marry|being married|to be married)|(?:marry|marrying|married) "
    r"(?:her|him|me) off|(?:want|wants|make|making|made|force|forcing|said|told) (?:her|him|me) "
    r"(?:to |that (?:she|he|i) (?:is|has to|must|will) )?(?:marry|get married)|(?:marry|marrying) "
    r"(?:our|my|her|his|a|an|this) (?:\w+ )?(?:cousin|uncle|man|stranger|guy|woman|girl))\b"
)
_H1_UNWILLING = re.compile(
    r"\b(?:(?:she|he|i) (?:doesnt|dont|does not|do not|didnt|did not) want (?:to|it|him|her|this)"
    r"(?= marry| get married| go|$| and| but| so)|against (?:her|his|my) will)\b"
)
# Kept in counts only with a journey abroad planned ("locks her door at night. they booked the
# flights"), not "my mum took my phone because im getting married next week".
_H1_KEPT_IN = re.compile(
    r"\b(?:(?:wont|will not|dont|do not) let (?:her|him|me) (?:leave|go out|out|go anywhere)|"
    r"lock(?:s|ed|ing)? (?:her|him|me)(?: \w+){0,2} in|locks? (?:her|his|my) (?:door|room)|locked "
    r"in|(?:took|taken|take|takes|taking|have|has) (?:her|his|my) (?:phone|passport)|not allowed "
    r"(?:out|to leave))\b"
)
_H1_JOURNEY = re.compile(
    r"\b(?:abroad|back home|out of the country|flights?|tickets?|plane|pakistan|bangladesh|india|"
    r"somalia|afghanistan|turkey|iraq|iran|yemen|egypt|morocco|nigeria|sudan|kurdistan|sri lanka)\b"
)


def h1_forced_marriage_described(text: str) -> bool:
    """A forced marriage told without the words: planned for them, and unwilling, or kept in
    with a journey abroad planned."""
    words = plain(text)
    return (
        bool(_H1_MARRIAGE_PLANNED.search(words))
        and bool(
            _H1_UNWILLING.search(words) or (_H1_KEPT_IN.search(words) and _H1_JOURNEY.search(words))
        )
        and not _Y2_NOT_FORCED_MARRIAGE.search(words)
    )


# -- end of round 62, helper H1 --


# -- round 66, helper l1 --
# Joan, 69: "It is about my grandson. I dont want to get him into trouble." was read as writing
# about her child ("I've noted: you're telling me about your child"), then "my grandson, Kyle, he
# is 19 ... He takes money out of my purse ... he shouts" as writing for another adult. A
# relative the writer wants kept out of trouble, or who shouts at, threatens or takes from the
# writer, is the one doing it: the questions are about the writer, unless harm to them is told.
_L1_KEEP_THEM_OUT = re.compile(
    r"\b(?:dont|don t|do not|didnt|did not|never) want (?:to )?(?:get |getting |put |putting )?"
    r"(?:him|her|them) (?:in|into|to get in|to get into|getting in|getting into|to be in) "
    r"(?:any )?trouble\b|\b(?:dont|don t|do not) want (?:him|her|them) (?:to be )?(?:arrested|"
    r"locked up|charged|taken away|in prison|sent to prison|to go to prison)\b"
)
_L1_DOES_IT_TO_ME = re.compile(
    r"\b(?:he|she)\b(?: \w+){0,2}? (?:shouts|screams|swears|threatens|threatened|hits|punches|"
    r"pushes|shoves|frightens|scares|bullies) (?:at )?me\b|"
    r"\b(?:he|she) (?:says|said|tells|told) (?:me )?(?:things like )?(?:i ll|ill|i will) make "
    r"you (?:sorry|pay)\b"
)
_L1_DONE_TO_RELATIVE = re.compile(
    r"\b(?:my|our) (?:son|daughter|child|kid|boy|girl|grandson|granddaughter|brother|sister|mum|"
    r"mother|dad|father|husband|wife|partner)\b[^.!?]{0,40}\b(?:was|were|got|has been|is being|is)"
    r" (?:\w+ )?(?:hit|attacked|assaulted|stabbed|robbed|mugged|abused|bullied|groomed|raped|"
    r"beaten|hurt|threatened|harassed|scammed|killed)\b|"
    r"\b(?:punched|hit|kicked|attacked|assaulted|stabbed|robbed|mugged|beat|hurt|threatened|"
    r"abused|bullied|groomed|raped|scammed) (?:my|our) (?:son|daughter|child|kid|boy|girl|"
    r"grandson|granddaughter)\b|\b(?:writing|asking|messaging|texting|here) (?:for|on behalf of)"
    r" (?:my|our) (?:son|daughter|child|kid|boy|girl|grandson|granddaughter)\b"
)


def l1_relative_is_the_one(lowered: str) -> bool:
    """The relative written about is the one doing it, to the writer: "I dont want to get him
    into trouble", "he takes money out of my purse", "he shouts at me" (words ``plain``), with
    no harm to that relative told."""
    if _L1_DONE_TO_RELATIVE.search(lowered) or _G1_DONE_TO_THEM.search(lowered):
        return False
    return bool(
        _L1_KEEP_THEM_OUT.search(lowered)
        or _L1_DOES_IT_TO_ME.search(lowered)
        or _G1_DONE_TO_ME.search(lowered)
    )


# -- end of round 66, helper l1 --


# g89a (round 89): Bernadette, 63: "It's about my son, he's 35 and he lives with me, and things
# have got a bit difficult at home" was met with "I'm so sorry this happened to them, and thank
# you for helping". A relative who lives with the writer, told with trouble at home and no harm
# done to that relative, is the one it is about: the writer's own trouble ("It's about my son,
# he was attacked" is still written for him).
_G89A_LIVES_WITH_ME = re.compile(
    r"\b(?:he|she|they)(?: still)? (?:lives|live|is living|s living|has been living|stays|is "
    r"staying|s staying) (?:with me|with us|at (?:my|our) (?:house|home|flat|place))\b|"
    r"\b(?:he|she|they)(?: has| s| have)? (?:moved|moved back) (?:in with|back in with|back "
    r"home with) (?:me|us)\b|"
    # h90a (round 90): "It's my son, he's 35 and lives at home with me" (Bernadette again).
    r"\b(?:hes|shes|theyre|he s|she s|he is|she is|they are) \d{1,2} and (?:still )?(?:lives|"
    r"live) (?:at home |here )?"
    r"with (?:me|us)\b"
)
_G89A_TROUBLE_AT_HOME = re.compile(
    r"\b(?:things|it|life)(?: have| has| ve| s| are| is)?(?: got| gotten| become| been| getting)?"
    r" (?:a bit |a little |quite |very |really |so |a lot more |more )?(?:difficult|hard|bad|"
    r"tense|tricky|unbearable|awful|scary|horrible|frightening) (?:at home|in the house|in the "
    r"home|between us)\b|\b(?:trouble|problems?|difficulties|issues) (?:at home|in the house)\b|"
    # h90a (round 90): "and it's got very hard lately" (Bernadette): got hard, of late.
    r"\b(?:things|its|it)(?: have| has| ve| s)? (?:got|gotten|become|been getting) (?:a bit |quite "
    r"|very |really |so )?(?:difficult|hard|bad|tense|unbearable|awful|scary|frightening) "
    r"(?:lately|recently|of late|these days|this last while)\b"
)


def g89a_relative_at_home_is_the_trouble(lowered: str) -> bool:
    """ "It's about my son, he lives with me, and things have got difficult at home": the
    writer's own trouble with the relative they live with (words ``plain``)."""
    if _L1_DONE_TO_RELATIVE.search(lowered) or _G1_DONE_TO_THEM.search(lowered):
        return False
    return bool(_G89A_LIVES_WITH_ME.search(lowered) and _G89A_TROUBLE_AT_HOME.search(lowered))


# end g89a


# Lead (round 91): Bernadette, asked if it had happened more than once: "the money has gone on
# since christmas. the push was just the once" was noted as not repeated. Something that has gone
# on for a while (since a time, or for weeks) has happened more than once, whatever else was
# "just the once"; "it hasn't gone on since" is not.
_GONE_ON_SINCE = re.compile(
    r"(?<!\bnot )(?<!\bhasnt )(?<!\bhavent )(?<!\bnever )\b(?:gone on|been going on|been "
    r"happening|carried on|kept on|kept happening|continued) (?:since (?!then\b)\w+|for (?:weeks|"
    r"months|years|ages|a while|a long time|(?:\d+|two|three|four|five|six|a few|several) "
    r"(?:weeks|months|years)))\b"
)


def gone_on_for_a_while(words: str) -> bool:
    """ "the money has gone on since christmas": more than once (words ``plain``)."""
    return bool(_GONE_ON_SINCE.search(words))


# Lead (round 91): Bernadette, asked her age, wrote "I'm 63, it's my son who is 35" and was read as
# writing for her son: every later question asked about "them" and the Men's Advice Line was
# offered. The writer's own age beside "it's my son who is 35" puts an age right (the 35 she gave
# first was his): she is the one it is about, and her age is hers. Words ``plain``.
_OWN_AGE_NOT_RELATIVES = re.compile(
    r"\b(?:im|i am|i m)(?: only| actually| just)? (?P<own>\d{1,3})\b.{0,40}?\b(?:its|it is|"
    r"thats|that is|he is|hes|she is|shes) (?:my|our) (?:son|daughter|boy|girl|grandson|"
    r"granddaughter|husband|wife|partner|brother|sister|nephew|niece) (?:who|that|thats|whos)"
    r"(?: is| s)? \d{1,3}\b"
)


def own_age_beside_relatives(lowered: str) -> int | None:
    """The writer's own age where they put right whose age a number was: "I'm 63, it's my son
    who is 35" is 63 (words ``plain``)."""
    told = _OWN_AGE_NOT_RELATIVES.search(lowered)
    return int(told.group("own")) if told else None


# -- round 69, helper o1 --
# "It has happened more than once" read from counts and routines that are not the crime again:
# "one of them punch me 2 times" (Olu: two punches in ONE attack), "the builder. Dean. ive said
# this 3 times" (Gareth: how often HE said it), "I am not hurt but I cannot sleep, every time I
# close eye I see the knife" (Ali: reliving it), "he still comes in every day to see his dad"
# (Nkechi: his visits to his father), "why you say again and again?" (Olu: what this chat said).
# And "for like 2 weeks" (Ella, 14) was NOT read as a yes. Counts of the crime ("3 times this
# month", "he has hit me 3 times"), "for N weeks", "been going on", "keeps" still are.
_O1_NUMBER = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|multiple|a couple "
    r"of|couple of|a couple|loads of|lots of|so many)"
)
_O1_COUNT = rf"(?:{_O1_NUMBER} times|twice)"
# "3 times this month", "twice a week", "2 times before": how often, over a time.
_O1_NOT_A_PERIOD = (
    r"(?! (?:an? (?:day|night|week|weekend|month|year|fortnight)|per|every|each|this|last|"
    r"over|since|in the (?:last|past|space)|in a (?:day|"
    r"week|month|year|fortnight)|in one (?:day|week|month|year)|in \d+|before|now|"
    r"already|since|that|these|those|the last|the past|within)\b)"
)
_O1_BLOWS_IN_ONE_GO = re.compile(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bhes )(?<!\bve )(?<!\bs )(?<!\bkeeps )(?<!\bkept )"
    # (not "hits", "punches": "he hits me 3 times" is what he does, again and again)
    r"\b(?:punch|punched|hit|kick|kicked|stab|stabbed|slap|slapped|stamp|stamped|stamp on|"
    r"stamped on|headbutt|headbutted|struck|strike|smack|smacked|whack|whacked|elbow|elbowed|"
    r"kneed|booted|bit|bite|bitten|knifed|slashed|shoved|pushed)"
    r"(?: (?:me|him|her|them|us|it|my \w+|his \w+|her \w+|their \w+))?(?: \w+){0,4}? "
    + r"(?:like |about |around |maybe |at least |over |nearly )?"
    + _O1_COUNT
    + r"\b"
    + _O1_NOT_A_PERIOD
)
_O1_OWN_TELLING = re.compile(
    r"\b(?:i|ive|i ve|i have|i had|id|i d|we|weve|we ve|we have)(?: (?:already|just|literally|"
    r"now|even|actually|have|ve|had))* (?:said|say|told|tell|asked|ask|explained|mentioned|"
    r"written|wrote|write|typed|type|repeated|repeat|answered|answer|put|sent|given|gave|clicked|"
    r"pressed|spelled|spelt)(?: (?:this|that|it|you|u|ya|the same|the same thing|his name|her "
    r"name|their name|the name|the answer|so|already|like|about|now|before|over))* "
    + _O1_COUNT
    + r"\b"
    # not "as i said, three times this month" (Graham, round 69)
    + r"(?! (?:an? (?:day|night|week|weekend|month|year|fortnight)|per|every|each|this|last|"
    r"over|since|in the (?:last|past)|in a (?:day|week|"
    r"month|year)|these|those|the last|the past|within)\b)" + r"|"
    # "how many times do i have to say", "3 times i said"
    r"\b" + _O1_COUNT + r" (?:now |already )?(?:i|ive|i ve|i have) (?:said|told|asked|explained|"
    r"written|typed|answered)\b|"
    # what this chat said: "why you say again and again?", "you keep asking over and over"
    r"\b(?:you|u|youve|you ve|you have|ya|the bot|this bot|this chat)(?: (?:keep|keeps|kept|"
    r"already|just|always|have|ve|on))* (?:say|said|saying|ask|asked|asking|write|wrote|writing|"
    r"written|put|putting|tell|telling|told|send|sent|sending|repeat|repeating|repeated|type|"
    r"typed|show|showing|showed)(?: (?:this|that|it|me|the same|the same thing|so|like|about|"
    r"that question|the same question|the question))* (?:again and again|over and over(?: "
    r"again)?|all the time|every time|" + _O1_COUNT + r")\b"
)
# Reliving it: "every time I close my eyes I see the knife", "every time i think about it i cry";
# never "every time I go out HE follows me".
_O1_RELIVING = re.compile(
    r"\b(?:every (?:single )?time|everytime|whenever) (?:i|im|i m)(?: (?:try to|try and|want to|"
    r"go to|start to|get to))? (?:close|shut|think|remember|sleep|lie down|lay down|picture|"
    r"dream|wake|relive|reliving|thinking|hear (?:a|the|any) (?:noise|bang|knock|door|car|"
    r"motorbike|moped|siren|shout)|see (?:a|the|any) (?:knife|knives|blade|gun|moped|motorbike|"
    r"hoodie|balaclava))\b(?: (?!he\b|she\b|they\b|hes\b|shes\b|theyre\b|someone\b|somebody\b|"
    r"people\b|him\b|them\b)\w+){0,4}? (?:i|im|it|its|all|everything|my|the)\b"
)
# Someone else's visits: "he still comes in every day to see his dad", "hes just there every day
# visiting", "she visits her mum every day" (not "he comes every day to see ME").
_O1_PERIOD = r"(?:every (?:single )?(?:day|night|week|morning|afternoon|evening|weekend)|daily)"
_O1_THEIR_VISITS = re.compile(
    r"\b" + _O1_PERIOD + r"(?= (?:to (?:see|visit|sit with|check on) (?:his|her|their)\b|"
    r"visiting\b(?! me\b| us\b| my\b)))|"
    r"\b(?:see|sees|seeing|visit|visits|visiting|sit with|sits with|sitting with) (?:his|her|"
    r"their) (?:\w+ ){1,4}?" + _O1_PERIOD + r"\b"
)
# (not "his son visits his dad every day and shouts at me": what he does to them on each visit)
_O1_AT_ME = re.compile(r"\b(?:me|us|my|our)\b")
# How long it has gone on, hedged: "for like 2 weeks", "for about 3 months", "its been going on".
_O1_FOR_SO_LONG = re.compile(
    r"\bfor (?:like|about|around|nearly|almost|over|more than|roughly|maybe|at least|the (?:last|"
    r"past)|like the (?:last|past)|the best part of|a good) (?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|a few|few|a couple of|couple of|a couple|several|many) (?:weeks|months|"
    r"years)\b(?! ago\b)|"
    r"\b(?:its|it s|it has|this has|thats|that has|has|its still|it is still|this is still|it "
    r"keeps|this keeps) (?:been )?(?:going on|still going on|happening for)\b(?! for (?:an? )?"
    r"(?:hour|minute|second|few minutes|few seconds)s?\b)"
)


def o1_not_repeat_out(part: str) -> str:
    """The (plain) sentence without counts and routines that are not the crime again: blows in
    one attack, how often the person (or this chat) said something, reliving it, and someone
    else's visits."""
    for pattern in (_O1_BLOWS_IN_ONE_GO, _O1_OWN_TELLING, _O1_RELIVING):
        part = pattern.sub(" ", part)
    visit = _O1_THEIR_VISITS.search(part)
    if visit and not _O1_AT_ME.search(part, visit.end()):
        part = _O1_THEIR_VISITS.sub(" ", part)
    return part


def o1_repeat_search(part: str) -> bool:
    """Being targeted more than once, or for a hedged length of time, in a filtered sentence."""
    return bool(_REPEAT.search(part) or _O1_FOR_SO_LONG.search(part))


def o1_how_long_said(text: str) -> bool:
    """How long it has gone on, said with a hedge ("for like 2 weeks"), in one sentence."""
    return any(
        _O1_FOR_SO_LONG.search(y6_feelings_for_long_out(plain(part)))
        for part in re.split(r"[.!?\n]+", text)
    )


# -- end of round 69, helper o1 --


# -- round 70, helper w70a --: "she has to get the same bus every day" (Sharon, her daughter
# groped on a bus once) was read as "it has happened more than once": the journey done every day
# is a routine, not the crime again. Not "he's been on her bus every day since", "he keeps
# getting on her bus" (the one who did it, again).
_W70A_WHO_GOES = (
    r"(?:i|she|he|we|they|you|my (?:daughter|son|child|kid|boy|girl)|the kids|(?:she|he|i|we|"
    r"they) s)"
)
_W70A_TRAVEL = (
    r"(?:get|gets|getting|take|takes|taking|catch|catches|catching|use|uses|using|ride|rides|go "
    r"on|goes on|going on|walk|walks|walking|go|goes|going|travel|travels|travelling|traveling)"
)
_W70A_ROUTINE = re.compile(
    rf"\b{_W70A_WHO_GOES} (?:still |also )?(?:has to|have to|had to|needs to|need to|must|got to|"
    rf"gotta|has got to|have got to|will have to|ll have to) {_W70A_TRAVEL}\b[^.!?]{{0,60}}?"
    r"\bevery (?:single )?(?:day|morning|afternoon|evening|night|week|weekday|school day)\b|"
    rf"\b(?:i|she|we|you|my (?:daughter|son|child|kid|boy|girl)) (?:{_W70A_TRAVEL}) (?:the "
    r"same|that|this|the) (?:bus|train|tube|tram|route|road|way)\b[^.!?]{0,40}?\bevery (?:single "
    r")?(?:day|morning|afternoon|evening|night|week|weekday|school day)\b|"
    r"\bevery (?:single )?(?:day|morning|afternoon|evening|weekday|school day) (?:she|i|we|you|"
    rf"he) (?:has to |have to |needs to |need to )?{_W70A_TRAVEL} (?:to|on|past|through|home|"
    r"the same)\b"
)


def w70a_routine_out(part: str) -> str:
    """The (plain) sentence without the journeys the person (or the one written for) makes every
    day: "she has to get the same bus every day" is a routine, not the crime again."""
    return _W70A_ROUTINE.sub(" ", part)


# -- end of round 70, helper w70a --


# -- round 71, helper x71b --
# Ama (38): "before my husband comes back. he has taken my passport and he keeps all the money"
# was noted as "trafficking or forced work". A partner keeping the passport and money is domestic
# abuse (controlling behaviour, economic abuse: Domestic Abuse Act 2021, s.1); an employer keeping
# a worker's passport stays trafficking or forced work.
_X71B_PARTNER_NAMED = re.compile(rf"\b(?:my|our) (?:{PARTNER})\b")
_X71B_KEEPS_PAPERS = re.compile(
    r"\b(?:he|she|hes|shes|he s|she s)(?: has| had| have| s| is| always| still)? (?:taken|took|"
    r"takes|keeps|kept|keeping|holds|holding|hides|hid|hidden|locked|locks|has|got|controls) "
    r"(?:away )?(?:all )?(?:of )?(?:my|the|our) (?:passport|passports|documents|papers|id|visa|"
    r"money|bank ?card|cards|wages|benefits)\b"
)
_X71B_WORK_SAID = re.compile(
    r"\b(?:(?:i|we) (?:work|worked|clean|cleaned|cook|cooked)|(?:my|our) (?:job|boss|wages|"
    r"salary|employer|manager)|work for (?:him|her|them|no|nothing|free)|pay (?:me|us))\b"
)


def x71b_partner_keeps_papers(lowered: str) -> bool:
    """A partner named, then "he has taken my passport", with no work or employer told."""
    return bool(
        _X71B_PARTNER_NAMED.search(lowered)
        and _X71B_KEEPS_PAPERS.search(lowered)
        and not _EMPLOYER.search(lowered)
        and not _X71B_WORK_SAID.search(lowered)
        and not NAMES_TRAFFICKING.search(lowered)
    )


# Ryan (19): "two guys on a moped just took my phone out my hand ... my wrist is killing me",
# "yanked it proper thats how i did my wrist" was noted as "a theft". Force that hurts the person
# while stealing is robbery (Theft Act 1968, s.8); a snatch with no force or injury stays theft.
_X71B_BODY = (
    r"(?:wrist|wrists|arm|arms|hand|hands|fingers?|thumb|shoulder|elbow|neck|face|knee|knees|"
    r"leg|back|head|ribs?)"
)
_X71B_SNATCHED = re.compile(
    r"\b(?:took|taken|snatched|grabbed|yanked|ripped|pulled|wrenched|nicked|swiped|tore|torn) "
    r"(?:\w+ ){0,3}?(?:out of|out|from|off) (?:my|me|of my) (?:hand|hands|grip|arm|fingers)\b|"
    r"\b(?:yanked|wrenched|ripped|tugged|twisted) (?:it|my \w+)\b|\bsnatch\w*"
)
_X71B_HURT = re.compile(
    rf"\bmy {_X71B_BODY}(?: is| s| are| re| was| were| feels| feel| has been)? (?:really |proper "
    r"|so |well )?(?:killing me|swollen|swelling|hurt|hurts|hurting|broken|bleeding|throbbing|in "
    r"agony|bruised|sprained|cut|agony|messed up|fucked|dislocated)\b|\b(?:hurt|did|done|injured|"
    rf"twisted|sprained|broke|broken|cut|bruised|dislocated|fractured) (?:in )?my {_X71B_BODY}\b|"
    r"\b(?:knocked|pushed|shoved|dragged|threw) me (?:over|down|off|to the (?:ground|floor))\b"
)


def x71b_hurt_in_the_snatch(lowered: str) -> bool:
    """A thing snatched or yanked from them, and them hurt by it (robbery, not theft)."""
    return bool(_X71B_SNATCHED.search(lowered) and _X71B_HURT.search(lowered))


# Paul (58): "its my wife. when shes had a drink she goes for me" got "What happened?" again, word
# for word. A partner or relative who "goes for me", "lashes out at me", "has a go at me
# physically" or "throws things at me" is domestic abuse.
_X71B_GOES_FOR_ME = re.compile(
    r"\b(?:goes|go|went|going|gone) for (?:me|us)\b(?! (?:to|and)\b)|\blash\w* out (?:at|on) "
    r"(?:me|us)\b|\b(?:has|had|having|have|gives|gave) (?:a go|a pop) at (?:me|us) physically\b|"
    r"\b(?:gets|got|getting) physical (?:with )?(?:me|us)\b|\b(?:throws|threw|throwing|chucks|"
    r"chucked|lobs|lobbed) (?:things|stuff|\w+) at (?:me|us|my head|my face)\b"
)


def x71b_goes_for_me(lowered: str) -> bool:
    return bool(_X71B_GOES_FOR_ME.search(lowered))


# Samir (44): "my son got his phone robbed yesterday after school by some older boys ... hes 14.
# what do I do" was not read as written for his son, so the first answer was the one for a child
# ("Before school, tell a teacher ... Childline"). "my son got his phone robbed/stolen" is about
# the child.
_X71B_CHILDS_THING_TAKEN = re.compile(
    rf"\b{_MY_CHILD}(?: \w+)? (?:got|had|has had|has|have had|just had) (?:his|her|their) "
    r"(?:\w+ ){1,2}?(?:robbed|stolen|snatched|nicked|taken|mugged|swiped|grabbed)\b"
)


def x71b_childs_thing_taken(lowered: str) -> bool:
    return bool(_X71B_CHILDS_THING_TAKEN.search(lowered))


# -- end of round 71, helper x71b --


# -- round 73, helper y73c --
# Kofi, 38, a delivery driver: "a customer called me a racist name and pushed me off his
# doorstep" was noted as "it was someone you know" ("I dont know him, he's just a customer. never
# seen him before"). A customer, client or passenger met through work is not someone known,
# unless a regular or one they know is said (Amaya's regular, round 51, still is).
_Y73C_A_CUSTOMER = re.compile(
    r"\b(?:a|an|one|this|some|the) (?:customer|client|passenger|punter|shopper|member of the "
    r"public)\b|\bjust a (?:customer|client|passenger)\b"
)
_Y73C_KNOWN_CUSTOMER = re.compile(
    r"\b(?:regular|regulars|(?:i|we) know (?:him|her|them)|known (?:him|her|them)|(?:served|seen|"
    r"met) (?:him|her|them) (?:before|loads|lots|many|a few|\d+)|my (?:customer|client)s?)\b"
)


def y73c_just_a_customer(lowered: str) -> bool:
    """ "a customer pushed me": someone met through work, not someone known (words ``plain``)."""
    return bool(_Y73C_A_CUSTOMER.search(lowered)) and not _Y73C_KNOWN_CUSTOMER.search(lowered)


# Stan, 83: "I was in the RAF for 22 years and I fell for this" was noted as "it has happened more
# than once"; Bola, of her son Tobi, stabbed once: "they want to talk to him again properly" (the
# police) was read as him targeted again. Years of service, work or marriage, and the police
# speaking to someone again, are not the crime again.
_Y73C_YEARS_OF_LIFE = re.compile(
    r"\b(?:(?:was|were|been|served) (?:in|with) (?:the )?(?:raf|army|navy|royal navy|marines|"
    r"forces|armed forces|military|police|fire brigade|fire service|nhs|civil service|merchant "
    r"navy)|served|worked (?:as|at|in|for|there|here)|(?:was|been) (?:a|an) (?:nurse|teacher|"
    r"soldier|engineer|police officer|doctor|driver|manager|officer|pilot)|(?:been )?married|"
    r"lived (?:here|there|in \w+))(?: \w+){0,3}? for (?:over |nearly |almost |about |more than "
    r"|like )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|many)"
    r" (?:years|yrs|months)\b"
)
_Y73C_POLICE_AGAIN = re.compile(
    r"\b(?:police|officers?|detectives?|they|cid)\b(?: \w+){0,3}? (?:talk|speak|interview|question|"
    r"chat)(?: to| with)? (?:him|her|them|me|us|my \w+)? ?again\b"
)


def y73c_not_repeat_out(part: str) -> str:
    """The (plain) sentence without years of service or life and the police speaking again."""
    return _Y73C_POLICE_AGAIN.sub(" ", _Y73C_YEARS_OF_LIFE.sub(" ", part))


# -- end of round 73, helper y73c --


# -- round 73, helper z73c --
# Kyle (Deaf, writes short plain English): "man on bike grab phone from my hand. fast. then this
# morning bank app on brother phone show £340 spend online. not me" got "What happened?" again.
# Told in the present tense, a phone grabbed from the hand reads as "grabbed my phone from my
# hand" does (a robbery, round 71); money spent from their account that "was not me" is fraud.
_Z73C_GRAB_FROM_HAND = re.compile(
    r"\b(?:grab|grabs|snatch|snatches|take|takes|pull|pulls|rip|rips|nick|nicks|swipe|swipes) "
    r"(?:my |the |a |his |her )?(?:phone|mobile|bag|handbag|purse|wallet|chain|necklace|watch)"
    r" (?:from|out of|off) (?:me|my hands?)\b"
)
_Z73C_SPENT_NOT_ME = re.compile(
    r"\b(?:\d+|money|payments?|transactions?|purchases?)\b(?: \w+){0,4}? (?:spen[dt]|spending|paid|"
    r"taken|took|used|gone|went out|withdrawn|bought)\b(?: \w+){0,4}? (?:not me|wasnt me|was not me"
    r"|it wasnt me|i didnt|i did not|not mine)\b"
)
# Ellie, 15: "its a pic. a boy in my year sent it round everyone. of me. i sent it him on snap
# and he screenshot it" was not read ("What happened?" again). A picture of them sent round or
# screenshotted by someone is online abuse (no nude is taken as told unless it is said).
_Z73C_PIC_SENT_ROUND = re.compile(
    r"\b(?:sent|send|sends|shared|share|shares|posted|post|spread|passed) (?:it|them|the pics?|"
    r"the photos?|my pics?|my photos?|a pic of me|a photo of me|pics of me|photos of me) "
    r"(?:round|around|to) (?:everyone|everybody|the whole (?:school|year)|all (?:his|her|their) "
    r"(?:mates|friends)|people|the group|the group ?chat)\b"
)
_Z73C_A_PICTURE = re.compile(r"\b(?:pic|pics|picture|pictures|photo|photos|screenshot\w*|image)\b")
# Joyce, 77: "A man came to my door about my roof and I paid him and he never came back to do it"
# was not read ("What happened?" again): a trader at the door paid for work never done is fraud
# (a rogue trader), not work or pay kept from them (labour).
_Z73C_PAID_NEVER_DONE = re.compile(
    r"\b(?:paid|gave) (?:him|them|her|the money|him the money|them the money|\d+)\b.{0,60}\b"
    r"(?:never|didnt|did not|hasnt|has not|havent|have not) (?:came|come|coming|did|done|do|"
    r"started|finished|turned up) (?:back|the work|the job|it|anything|any work)\b"
)
_Z73C_AT_THE_DOOR = re.compile(
    r"\b(?:came|come|knocked|turned up|called) (?:to|on|at|round to) (?:my|the) (?:door|house|home)"
    r"|\b(?:roof|gutters?|driveway|tiles|builder|roofer|tradesman|workman)\b"
)
# Fatima: "I think it was my ex husbands brother" was read as her ex-husband. The brother of a
# former husband or wife is a relative of theirs (Family Law Act 1996 s.63(1), which the Domestic
# Abuse Act 2021 s.2(2) uses): a family member, not the ex.
Z73C_EXS_RELATIVE = re.compile(
    r"\b(?:my )?ex[- ]?(?:husband|wife|civil partner)(?:s|'s|’s)? (?:brother|sister|mother|mum|"
    r"father|dad|family|cousin|uncle|aunt|nephew|niece|son|daughter)\b",
    re.IGNORECASE,
)
# Priyanka: "theres this guy i met on hinge" was noted as "someone you know". A man met on a dating
# app, or never met in person, is not someone known, unless they dated or he is a partner or ex.
_Z73C_MET_ONLINE = re.compile(
    r"\b(?:met|meet|talking to|matched with|match|matched) (?:him|her|them|\w+ )?(?:on|off|from|"
    r"through|via) (?:an? |the )?(?:hinge|tinder|bumble|grindr|badoo|plenty of fish|pof|"
    r"dating (?:app|site)|app|online|insta|instagram|snap|snapchat|facebook)\b|\bfrom (?:hinge|"
    r"tinder|bumble|grindr|a dating app)\b|\bnever (?:even )?met (?:him|her|them) (?:irl|in "
    r"person|in real life|face to face)\b"
)
_Z73C_DATED = re.compile(
    r"\b(?:boyfriend|girlfriend|partner|went out with|going out|dating (?:him|her)|seeing (?:him|"
    r"her)|date with|dates|we met up|met up|slept with|relationship|my ex)\b"
)
# "he didnt touch me i never even met him irl": nothing in person (the Havens are for rape and
# sexual assault, not images).
Z73C_NO_CONTACT = re.compile(
    r"\b(?:he|she|they|nobody|no one|noone) (?:didnt|did not|never|has not|hasnt)? ?(?:touch\w*|"
    r"laid a (?:finger|hand) on) me\b(?! (?:and|but) then)|\bnever (?:even )?met (?:him|her|them) "
    r"(?:irl|in person|in real life|face to face)\b|\bits (?:just )?(?:the )?(?:pictures|pics|"
    r"photos|images)\b"
)


# n94e (round 94): told contact beside an exposure (the Havens still fit), not "touching himself".
N94E_CONTACT = re.compile(
    r"\b(?:rape\w*|sexual(?:ly)? assault\w*|assault\w*|grop\w*|grabb?\w*|kiss\w*|pinned|"
    r"penetrat\w*|fondl\w*|forced|molest\w*|(?:touch\w*|felt|rubbed (?:against|on)) (?:me|my|her|"
    r"us|him)\b|(?:hand|hands) (?:on|up|down) (?:me|my|her))"
)


def z73c_exs_relative(text: str) -> str:
    """ "my ex husbands brother" -> "my in laws" (a relative, not the ex)."""
    return Z73C_EXS_RELATIVE.sub("my in laws", text)


def z73c_reading(
    lowered: str, crime: str | None, offender: str | None, details: set[str]
) -> tuple[str | None, str | None, set[str]]:
    """Kyle's snatch and spending, Ellie's picture, Joyce's roofer, Priyanka's app (above)."""
    if crime is None and _Z73C_GRAB_FROM_HAND.search(lowered):
        crime = "robbery"
    if crime is None and _Z73C_SPENT_NOT_ME.search(lowered):
        crime = "fraud"
    if (
        crime is None
        and _Z73C_PIC_SENT_ROUND.search(lowered)
        and _Z73C_A_PICTURE.search(lowered)
        and not re.search(r"\bof (?:my|her|his) (?:son|daughter|child|kid)\b", lowered)
    ):
        crime = "online_abuse"
        details = {*details, "online"}
    if crime in (None, "theft") and (
        _Z73C_PAID_NEVER_DONE.search(lowered) and _Z73C_AT_THE_DOOR.search(lowered)
    ):
        crime = "fraud"
        details = {*details, "doorstep"} - {"labour_told", "economic"}
    if (
        offender == "someone_known"
        and _Z73C_MET_ONLINE.search(lowered)
        and not _Z73C_DATED.search(lowered)
        # Met in person ("I met him on hinge and he raped me", round 29): someone known.
        and ({"intimate_images", "sextortion"} & details or re.search(r"\bnever\b", lowered))
        and not re.search(r"\b(?:rape\w*|sexual\w*|assault\w*|came round|came over)\b", lowered)
    ):
        offender = "stranger"
    if Z73C_NO_CONTACT.search(lowered) and {"intimate_images", "sextortion"} & details:
        details = {*details, "no_contact"}
    if "exposure" in details and not N94E_CONTACT.search(Z73C_NO_CONTACT.sub(" ", lowered)):
        # n94e (round 94): Nia, "a man exposed himself to me on the northern line", "he didnt
        # touch me", was offered the Havens (for rape and sexual assault) first: nobody touched.
        details = {*details, "no_contact"}
    return crime, offender, details


# -- end of round 73, helper z73c --


# -- round 74, helper a74a --
# Dean: "court? i havent even reported it" was read as told the police (the opposite): a word
# such as "even" or "actually" between the "not" and the report hid the "not".
_A74A_FILLER = re.compile(
    r"\b(not|havent|have not|hasnt|has not|didnt|did not|never|aint|wont|not yet|still not|"
    r"still havent) (?:even|actually|ever|really|properly|officially|formally|yet)"
    r"(?: (?:even|actually|ever|really|properly|officially|formally|yet))?\b"
)


def a74a_no_fillers(words: str) -> str:
    """Plain words with "even", "actually"... taken from after a negation: "i havent even
    reported it" reads as "i havent reported it"."""
    return _A74A_FILLER.sub(lambda said: said.group(1), words)


# Hannah: "i only knew him from texting for like 2 weeks" (how long she knew the man who raped
# her) and Amira: "would it be the normal police or the British Transport Police since it was on
# the tube?" ("since" as "because") were read as "it has happened more than once".
_A74A_KNEW_FOR = re.compile(
    r"\b(?:(?:i|we|id|i d|weve|we ve|ive|i ve|she|he|they)(?: had| have| has)? (?:only |just |"
    r"barely |hardly )?(?:knew|known|know|met|been dating|dated|been seeing|was seeing|were "
    r"seeing|been talking|was talking|were talking|matched)|(?:only |just )?knew (?:him|her|them)|"
    r"known (?:him|her|them)) (?:\w+ ){0,4}?for (?:like |about |around |nearly |almost |over |only "
    r"|just |maybe |roughly )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|"
    r"few|a couple of|a couple|couple of|several|many) (?:days?|weeks?|months?|years?)\b"
)
_A74A_SINCE_BECAUSE = re.compile(
    r"\bsince (?:it|this|that) (?:was|is|s|wasnt|isnt|happened) (?:on|in|at|inside|outside)"
    r" (?:the|a|an|my|our|his|her|their)\b"
)


def a74a_not_repeat_out(part: str) -> str:
    """The (plain) sentence without how long someone was known, nor "since it was on the tube"
    (because), neither of which is being targeted again."""
    return _A74A_SINCE_BECAUSE.sub(" ", _A74A_KNEW_FOR.sub(" ", part))


# Ibrahim: "My brother Yusuf was stabbed and killed last month" gave "you were hurt" in his
# record; he was not there. A relative's fatal wound is not the writer's injury.
_A74A_RELATIVE_HARMED = re.compile(
    rf"\b(?:my|our) {FAMILY}\b(?: \w+){{0,2}} (?:was|were|got|has been|had been|been) (?:\w+ )?"
    r"(?:stabbed|shot|killed|murdered|beaten|attacked|hit|knifed)\b"
)
_A74A_WRITER_HARMED = re.compile(
    r"\b(?:i|we) (?:was|were|got|have been|ve been|had been|been|am) (?:also |too |badly )?"
    r"(?:stabbed|shot|hurt|injured|wounded|cut|hit|attacked|beaten|punched|kicked)\b|\b(?:stabbed|"
    r"shot|hurt|injured|wounded|cut|hit|attacked|beat|punched|kicked) (?:me|us)\b|\bmy (?:arm|"
    r"arms|hand|hands|head|face|leg|legs|ribs?|back|neck|eye|nose)\b"
)


def a74a_not_the_writers_injury(lowered: str, details: set[str]) -> set[str]:
    """No "injured" when the only harm told is a relative's death."""
    words = plain(lowered)
    if (
        "someone_died" in details
        and _A74A_RELATIVE_HARMED.search(words)
        and not _A74A_WRITER_HARMED.search(words)
    ):
        return details - {"injured", "serious_injury"}
    return details


# Dean: "A&E? nobody hit me on the head mate. he was DRUNK" was read as "you were hurt". A blow
# denied is not an injury.
_A74A_HARM_DENIED = re.compile(
    r"\b(?:nobody|no one|noone|no 1|no1|he|she|they|hes|shes) (?:never|didnt|did not|has not|hasnt|"
    r"have not|havent|hasn t|didn t)?(?: ever| even)? ?(?:hit|hurt|touched|punched|kicked|injured|"
    r"attacked|harmed|laid a (?:finger|hand) on) me\b(?: on the \w+| in the \w+)?"
)


def a74a_no_denied_injury(text: str, details: set[str]) -> set[str]:
    """No "injured" from a message that denies a blow ("A&E? nobody hit me on the head mate")
    unless a hurt is told beside the denial."""
    words = plain(text)
    if "injured" not in details or "serious_injury" in details:
        return details
    if not any(_a74a_denied(said.group(0)) for said in _A74A_HARM_DENIED.finditer(words)):
        return details
    asked_back = re.sub(r"\b(?:a&e|a and e|a & e|hospital)\s*\?+", " ", text.lower())
    rest = _A74A_HARM_DENIED.sub(
        lambda said: " " if _a74a_denied(said.group(0)) else said.group(0), plain(asked_back)
    )
    if any(
        pattern.search(rest)
        for pattern in (_INJURED, _HURTS_NOW, G6_CUT_ON_BODY, N5_PUSHED_AND_HURT)
    ):
        return details
    return details - {"injured"}


def _a74a_denied(said: str) -> bool:
    return bool(
        re.match(r"(?:nobody|no one|noone|no 1|no1)\b", said)
        or re.search(
            r"\b(?:never|didnt|did not|has not|hasnt|have not|havent|hasn t|didn t)\b", said
        )
    )


# -- end of round 74, helper a74a --


# -- round 76, helper g76c --
# Tomasz: "van broken in, window smash, they take all tools. in Ealing outside my house" was read
# as damage (and given the home-burglary answer): a vehicle broken into and things taken from it
# is theft from a vehicle, not damage and not a burglary (which is entering a building).
_G76C_VEHICLE_BROKEN_IN = re.compile(
    rf"\b(?:(?:my|our|the|his|her) )?{_VEHICLE} (?:was |got |been |has been |is )?(?:broken|broke|"
    rf"smashed) (?:in|into)\b|\b(?:broke|break|broken|smashed|smash) (?:in ?to )?(?:my|our|the) "
    rf"{_VEHICLE}\b"
)
_G76C_TAKEN = re.compile(
    r"\b(?:took|take|takes|taken|stole|stolen|steal|nicked|gone|missing|cleared out|emptied)\b"
)


def g76c_vehicle_broken_and_taken(lowered: str) -> bool:
    """ "van broken in ... they take all tools", "someone break my van, all tools gone"."""
    return bool(_G76C_VEHICLE_BROKEN_IN.search(lowered)) and bool(_G76C_TAKEN.search(lowered))


def g76c_vehicle_not_home(words: str) -> bool:
    """A car or van broken into, and no home broken into: its window is not the home's."""
    broken = _VEHICLE_BROKEN.search(words) or _G76C_VEHICLE_BROKEN_IN.search(words)
    return bool(broken) and not _HOME_BROKEN.search(words)


# end g76c


# g76d (round 76)
# Tomasz (r76a), tools stolen from his van: "no idea. maybe camera from neighbour see
# something", "neighbour is not problem, he is nice man", "is theft not neighbour": a neighbour
# with a camera, who saw something or who is "not the problem" is not a neighbour doing it, and
# his council's ASB team was listed among his services and defended. Those mentions are taken
# out before neighbours are looked for (_round29_n_details).
# A neighbour's camera that films the person (Joy, round 51: "his camera pointing into my
# garden") is the neighbour doing it, and keeps them.
G76D_NEIGHBOURS_CAMERA = re.compile(
    r"\b(?:cameras?|cctv|doorbell|ring|footage|video) (?:from|of|at|on) (?:my |the |a |our )?"
    r"(?:neighbou?rs?|next door)\b|"
    r"\b(?:neighbou?r s|neighbou?rs|next door s|next doors) (?:\w+ )?(?:cameras?|cctv|doorbell|"
    r"ring|footage|video)\b"
)
G76D_FILMS_THEM = re.compile(
    r"\b(?:film\w*|record\w*|watch\w*|spy\w*) (?:me|us|into|my|our)\b|"
    r"\b(?:point\w*|aim\w*|facing|faces) (?:\w+ )?(?:at|into|in|towards?) (?:me|us|my|our)\b"
)
G76D_NEIGHBOUR_NOT_DOING_IT = re.compile(
    r"\b(?:neighbou?rs?|next door)\b (?:is |s |are |was )?(?:not (?:the |a )?problem|(?:a )?nice|"
    r"(?:a )?good|friendly|fine|helpful|kind|lovely)\b|"
    r"\b(?:neighbou?rs?|next door) (?:has a camera|have a camera|got a camera)\b|"
    r"\b(?:not|isnt|isn t|wasnt|wasn t) (?:the |my |a )?(?:neighbou?rs?|next door)\b"
)


def g76d_without_bystander_neighbours(lowered: str) -> str:
    """The message without its neighbours who only filmed the crime, saw it or helped."""
    words = lowered.replace("'", " ")
    if not G76D_FILMS_THEM.search(words):
        words = G76D_NEIGHBOURS_CAMERA.sub(" ", words)
    return G76D_NEIGHBOUR_NOT_DOING_IT.sub(" ", words)


# end g76d


# k77c (round 77)
# Helen, 63, burgled while she and her husband slept: "My husband has dementia and he doesn't
# really understand what happened" was noted as her own condition. Told of a husband, wife or
# relative, the condition is theirs; the writer's own is still read ("I have depression").
_K77C_RELATIVES_CONDITION = re.compile(
    rf"\b(?:my|our) (?:\w+ )?(?:{PARTNER}|{FAMILY})\b(?: [a-z]+)?,? (?:who s |whos |who is |"
    rf"who has |is |has |has got |s got |suffers (?:from|with) )(?:\w+ )?(?:{_R29_CONDITIONS})\b"
)


def k77c_relatives_condition(words: str) -> bool:
    """A partner's or relative's condition is told ("my husband has dementia")."""
    return bool(_K77C_RELATIVES_CONDITION.search(words))


# end k77c


# k77d (round 77)
# Yasmin, scammed through Hinge: "he wasnt my partner or anything, i never even met him" was
# noted as "someone you know". Someone met only online whom they say they never met at all, or
# say was not their partner, is a stranger to them; "someone I know, we never met in person"
# (Dorothy, round 29) keeps its reading.
_K77D_NEVER_MET_AT_ALL = re.compile(
    r"\b(?:never|havent|have not|didnt|did not) (?:actually |ever |even )?(?:met|meet) (?:him|her|"
    r"them)\b(?! (?:in person|in real life|irl|face to face))|\b(?:wasnt|was not|isnt|is not|not) "
    r"(?:my|a) (?:partner|boyfriend|girlfriend|bf|gf)\b"
)
_K77D_SAYS_KNOWN = re.compile(
    r"\b(?:someone|somebody) (?:i|we) (?:know|knew)\b|\bi (?:know|knew) him\b"
)


_K77D_ONLINE = re.compile(
    r"\b(?:dating|online|internet|hinge|tinder|bumble|plenty of fish|pof|match com|zoosk|"
    r"eharmony|instagram|facebook|snapchat|whatsapp|matched)\b"
)


def k77d_never_met_at_all(words: str) -> bool:
    """Someone met online, never met at all or denied as a partner (plain words); not "its not
    a partner ... he was at the party" (Marcus, round 29), met in person."""
    return (
        bool(_K77D_ONLINE.search(words))
        and bool(_K77D_NEVER_MET_AT_ALL.search(words))
        and not _K77D_SAYS_KNOWN.search(words)
    )


# Yasmin: "we talked for like 2 months and then he needed money ... i sent him 3200 quid in 3
# goes" was read as targeted again. How long they talked to the scammer, and one scam paid in
# several goes, is one crime, not being targeted more than once; "he came back twice wanting
# more" still is.
_K77D_TALKED_FOR = re.compile(
    r"\b(?:we|i|he|she|they) (?:\w+ )?(?:talked|chatted|messaged|texted|spoke|were chatting|were "
    r"messaging) (?:\w+ ){0,3}?for (?:like |about |around |nearly |almost |over |only |just )?"
    r"(?:\d+|a|an|one|two|three|four|five|six|a few|a couple of|couple of|several) "
    r"(?:days?|weeks?|months?|years?)\b"
)
_K77D_PAID_IN_GOES = re.compile(
    r"\b(?:sent|paid|gave|transferred|lent|handed over)\b(?: \w+){0,4}? (?:in|over|across) "
    r"(?:\d+|two|three|four|five|six|a few|several) (?:goes|payments|instalments|installments|"
    r"transfers|lots|bits)\b|\b(?:sent|paid|transferred)(?: (?:him|her|them|money|it))? "
    r"(?:\d+|two|three|four|five|several) times\b"
)


def k77d_not_repeat_out(part: str) -> str:
    """The (plain) sentence without how long they talked to someone, nor one scam paid in
    several goes."""
    return _K77D_PAID_IN_GOES.sub(" ", _K77D_TALKED_FOR.sub(" ", part))


# end k77d


# k78c (round 78)
# Ahmed, robbed at knifepoint: "but he not injure me, only knife near my neck. i am not hurt on
# body" was kept as "you were hurt" (its "injure"). An injury denied is no injury; one played
# down ("not badly injured", "didnt injure me much") still is one.
K78C_NOT_INJURED = re.compile(
    r"\b(?:not|didnt|did not|dont|doesnt|never|wasnt|was not|werent|were not|no one|nobody|no)"
    r" (?:was |were |get |got |been |be |really |even |physically )?injur\w*\b"
    r"(?! (?:(?:me|us|him|her|them) )?(?:badly|much|too|that|very|seriously|bad)\b)"
    r"(?: (?:me|us|him|her|them)\b)?"
)


# l100c (round 100): Farah, spat at on a bus: "he spat at me, i wasnt like stabbed lol" was read
# as a stabbing (a wounding, a weapon, Redthread). A stabbing or wounding denied is none.
L100C_NOT_WOUNDED = re.compile(
    r"\b(?:not|wasnt|wasn t|was not|werent|were not|never (?:been|got)|didnt get|did not get)"
    r"(?: like| even| actually| physically| really)? (?:been |got |get )?(?:stabbed|wounded|"
    r"knifed|shanked|glassed|slashed)\b(?: or (?:anything|owt|nothing|whatever))?"
)


# end k78c


# k78h (round 78)
# Derek, for his son Ryan (a brain injury after an assault): "they're talking about a brain
# injury, memory problems", "the head injury is serious": Headway, the brain injury charity, fits
# (the headway entry). Not "no head injury", nor a question about one ("could it be a brain
# injury?" is for 111 or a doctor first).
_K78H_BRAIN_INJURY = re.compile(
    r"\b(?:brain|head) injur(?:y|ies|ed)\b|\bbrain (?:damage|damaged|bleed|haemorrhage|"
    r"hemorrhage|swelling)\b|\bfractured skull\b|\bskull fracture\b"
)
_K78H_NO_BRAIN_INJURY = re.compile(
    r"\b(?:no|not a|not any|without|ruled out) (?:\w+ )?(?:brain|head) injur\w*|\bno brain "
    r"(?:damage|bleed)\b"
)


def k78h_brain_injury_told(lowered: str) -> bool:
    return bool(_K78H_BRAIN_INJURY.search(_K78H_NO_BRAIN_INJURY.sub(" ", lowered)))


# end k78h


# Round 78: Margaret (80), robbed by her grandson, "why is there a stalking helpline, nobody is
# stalking me": a service asked about by name tells nothing of what happened (it put the stalking
# helpline back on her list).
_LEAD78_WHY_SERVICE = re.compile(
    r"\b(?:why|what)(?: is| s|s)?(?: there| that| this)? (?:a |an |the )?(?:national )?"
    r"(?:[a-z]+ ){1,2}(?:helpline|help line|service|charity)\b",
    re.IGNORECASE,
)


# m79c (round 79)
# Lee (r79d): "my house has been burgled ... the neighbour just rang me" was noted as "it was
# someone you know". Someone who rang them with the news, or noticed or discovered it, is not
# who did it; "my ex keeps ringing me" still is (the bare "rang me" is left to HARM).
_M79C_BROUGHT_NEWS = re.compile(
    rf"{_AUX}(?:just|only|then|finally|first) (?:rang|rung|called|phoned|texted|messaged|rings|"
    r"calls) (?:me|us)\b(?! (?:again|over and over|non ?stop|all|every|\d+|loads|so many|"
    r"constantly))|"
    rf"{_AUX}(?:rang|rung|called|phoned|texted|messaged) (?:me|us) (?:up )?(?:to (?:say|tell|let)|"
    r"and (?:told|said|let|says|tells))\b|"
    rf"{_AUX}(?:noticed|spotted|discovered|found out|found it|saw it|heard it)\b"
)
# Kasia (r79a): "my husband. he move out 2 month ago but always coming. yesterday night he kick
# door and shout very bad words at me" was not read: her husband named alone, then, a few
# clauses on and in few words, what he does.
_M79C_HE_DOES = re.compile(
    r"\b(?:he|she)\s+(?:(?:always|just|also|still|then|again|even|is|was)\s+){0,2}(?:kick|kicks|"
    r"kicked|kicking|push|pushes|pushed|hit|hits|punch|punched|slap|slapped|bang|bangs|banged|"
    r"shout|shouts|shouted|shouting|scream|screams|screamed|threaten|threatens|threatened|smash|"
    r"smashed|break|broke|grab|grabbed)\b"
)
# "my husband, he is violent" (the comma gone): he, said of the one just named.
_M79C_RESTATED = re.compile(r"^(?:he|she|they)\s+(?=(?:is|was|has been|s|gets|got)\b)")


def m79c_news_brought(after: str) -> bool:
    """The one named rang them with the news, or noticed it: not the one who did it."""
    found = _M79C_BROUGHT_NEWS.match(after)
    # "my ex just rang me and threatened to kill me": the call was the harm.
    return found is not None and not re.search(rf"\b{HARM}\b", after[found.end() :])


def m79c_does_later(parts: list[str], index: int) -> bool:
    """In the next four clauses, what the one named alone does, in few words ("he kick door")."""
    return any(
        _M79C_HE_DOES.search(part) and not _LEAD78_DONE_TO_THEM.search(part)
        for part in parts[index + 1 : index + 5]
    )


def m79c_restated(after: str) -> str:
    """ "he is violent" after "my husband": the words about him, without the pronoun."""
    return _M79C_RESTATED.sub("", after)


# Sunil (r79b), told of a personal alarm through a domestic abuse advocate: "domestic abuse??
# no no this is my shop not my home" was noted as "I've changed that: domestic abuse", and
# "robbery? they take crisps" kept the robbery. A crime's name said back alone as a question, to
# start the message, is the person doubting the word, not telling it ("isnt that robbery?" and
# "MAN TAKE MY BAG. ROBBERY?" still tell it). Not "hate crime??", which is no crime type: "hate
# crime?? nah its not that" takes back a yes to the hate question, and needs its words.
_M79C_ECHOED_CRIME = re.compile(
    r"^\W*(?:a |an )?(?:domestic abuse|domestic violence|domestic|robbery|"
    r"burglary|theft|stalking|harassment|stalking or harassment|fraud|assault|sexual offence|"
    r"trafficking|criminal damage)\s*\?+(?:\s*!+)?",
    re.IGNORECASE,
)


def m79c_without_echoed_crime(text: str) -> str:
    """The message without a crime's name said back alone as a question ("robbery?")."""
    return _M79C_ECHOED_CRIME.sub(" ", text)


# end m79c


# n80b (round 80)
# Aliyah (17), followed home by a man in a car who asked her to get in: her mum's "that's
# grooming isn't it?" and "I just meant is he grooming her" were noted as a sexual offence, and
# "why are you sending me to a sexual assault centre??" kept it. A sexual label asked about, the
# bot's own change named back ("why did you change it to sexual offence"), or a service's name
# is not a sexual offence told; "he's grooming her" and "he groomed her" still are.
_N80B_SEXUAL_LABEL = (
    r"(?:grooming|groomed|grooms|a sexual offence|sexual offence|a sexual assault|sexual assault|"
    r"sexual abuse|a sex offence|sex offence|sexual)"
)
_N80B_LABELS_ASKED = re.compile(
    # "that's grooming isn't it": a tag question
    rf"\b(?:thats|that s|that is|this is|its|it s|it is) (?:\w+ )?{_N80B_SEXUAL_LABEL}"
    r"(?: (?:her|him|them|me))? (?:isnt it|is it|right|or not|surely)\b|"
    # "is he grooming her", "I just meant is he grooming her", "could that be sexual abuse"
    r"\b(?:is|isnt|was|wasnt|could|would|might) (?:he|she|they|that|this|it|this man|the man|"
    rf"that man)(?: be)? (?:\w+ )?{_N80B_SEXUAL_LABEL}\b|"
    # "why did you change it to sexual offence", "you put it down as a sexual assault"
    r"\b(?:you|u) (?:\w+ )?(?:change|changed|put|noted|wrote|made|marked|logged|recorded)"
    rf" (?:it|that|this) (?:to|as|down as|into) {_N80B_SEXUAL_LABEL}\b|"
    # "why are you sending me to a sexual assault centre??": the service, not the crime
    r"\b(?:a |the )?sexual (?:assault|violence) (?:referral )?(?:centres?|centers?|services?)\b"
)


def n80b_without_labels_asked(lowered: str) -> str:
    """The message without a sexual label asked about, the bot's change named back, a
    service's name ("that's grooming isn't it", "a sexual assault centre"), or trafficking
    denied ("no not trafficking")."""
    return _N80B_NOT_TRAFFICKING.sub(" ", _N80B_LABELS_ASKED.sub(" ", lowered))


# Farah (33): "my husbands family dont let me go out alone. my mother in law has my passport"
# was noted as trafficking: relatives who keep her in and hold her papers, with no work told,
# are abuse by family (coercive control; Domestic Abuse Act 2021, s.1 and s.2).
_N80B_NOT_TRAFFICKING = re.compile(
    r"\b(?:not|isnt|wasnt|never|aint|no) (?:a |an |really |just )?(?:human )?(?:trafficking|"
    r"trafficked|modern slavery)\b"
)
_N80B_FAMILY_CONTROLS = re.compile(
    rf"\b(?:my|our) (?:{FAMILY})(?: \w+)? (?:(?:dont|don t|do not|doesnt|does not|wont|won t|"
    r"will not|never) let me (?:go|leave|out|see|work|have|use|call|talk|speak|study|visit)|"
    r"(?:has|have|had|keeps?|kept|took|taken|takes|holds?|hid|hides|locked|locks) (?:away |up )?"
    r"(?:all )?(?:of )?(?:my|our) (?:passports?|documents|papers|id|visa|brp))\b"
)


def n80b_denies_stalking(lowered: str) -> bool:
    """ "im not being stalked", "nobody is following me": stalking denied (Darren)."""
    return bool(_F3_NOT_STALKING.search(lowered))


def n80b_family_controls(lowered: str) -> bool:
    """Relatives who keep them in or hold their papers, with no work or employer told."""
    return bool(
        _N80B_FAMILY_CONTROLS.search(lowered)
        and not _EMPLOYER.search(lowered)
        and not _X71B_WORK_SAID.search(lowered)
        and not NAMES_TRAFFICKING.search(lowered)
    )


# end n80b


# p81b (round 81)
# Leanne: "my youngest is autistic he cant sleep" (her son, 9) was noted as her own condition.
# A child called by their place in the family has their own condition, not the writer's.
_P81B_CHILDS_CONDITION = re.compile(
    r"\b(?:my|our) (?:youngest|eldest|oldest|middle one|middle child|little one|baby|toddler|"
    r"stepson|stepdaughter|step son|step daughter|little boy|little girl|lad|boys?|girls?|kids?|"
    r"children|twins)(?: [a-z]+)?,? (?:who s|whos|who is|is|are|has|have|has got|have got|s got|"
    r"who has|who have)(?: (?:\d{1,2}|[a-z]+teen)(?: and)?)? (?:(?:also |both |severely |very |"
    r"quite )?(?:" + _R29_CONDITIONS + r"|autistic|disabled)\w*)\b"
)
# Leanne: "he ... shouted ill burn your house down with your kids in it", months of loud music:
# a threat to burn the house is a threat (harassment), not a fire set; read as nothing, she was
# asked "What happened?" after telling it all.
_P81B_BURN_THREAT = re.compile(
    r"\b(?:threat\w* (?:to |that (?:he|she|they) (?:would|will|d|ll) )|said (?:he|she|they) ?"
    r"(?:would|will|d|ll|was going to|were going to) |(?:ill|i ll|i will|im going to|i m going to|"
    r"im gonna|i m gonna|gonna|going to|well|we ll|we will) )(?:burn|torch|firebomb|petrol bomb|"
    r"set fire to|set light to)(?: \w+){0,6}"
)


def p81b_fire_only_threatened(lowered: str, crime: str | None) -> str | None:
    """A threat to burn, with no fire set told, is harassment rather than arson (or nothing)."""
    if crime not in (None, "arson") or not _P81B_BURN_THREAT.search(lowered):
        return crime
    if _ARSON.search(_P81B_BURN_THREAT.sub(" ", lowered)):
        return crime  # a fire was set as well
    return "stalking_harassment"


# Des, a cabbie headbutted once by a fare: "cant drive for 2 weeks the doc says" is how long the
# injury keeps him from work, not a crime going on for weeks ("it has happened more than once").
_P81B_AFTER_EFFECT = re.compile(
    r"\b(?:(?:cant|can t|cannot|couldnt|could not|wont be able to|won t be able to|not able to|"
    r"unable to|not allowed to|told not to|mustnt|shouldnt) (?:drive|work|walk|lift|go to work|"
    r"go out to work|use (?:my|his|her) \w+|see properly|eat properly|play|train|box)|"
    r"(?:off work|off sick|signed off|on sick leave|on the sick|in hospital|in plaster|in a cast|"
    r"in a sling|in a brace|on crutches|on light duties|out of action|laid up|bed ?bound|"
    r"on antibiotics|on painkillers|black and blue|bruised))(?: \w+){0,3} for (?:about |around |"
    r"at least |up to |another |the next |a good )?(?:\d+|a|an|one|two|three|four|five|six|"
    r"seven|eight|a few|a couple of|a couple|several)? ?(?:days?|weeks?|months?)\b"
)


def p81b_after_effect_out(part: str) -> str:
    """The sentence without how long an injury keeps them from work or driving."""
    return _P81B_AFTER_EFFECT.sub(" ", part)


# Pat: "im typing for Dot, shes my neighbour ... she got burgled": written for someone named,
# then told of as she or he, so "Dot is 85" is the victim's age, not a stranger's.
_P81B_WRITES_FOR_NAMED = re.compile(
    r"\b(?:im|i m|i am) (?:typing|writing|messaging|texting|doing this|filling this in|asking|"
    r"contacting you|here) (?:for|on behalf of) (?!(?:me|myself|you|help|advice|information|"
    r"info|support|a|an|the|some|ages|now|work|her|him|them|it|this|that)\b)[a-z]+\b"
    r"(?=[^.!?]{0,60}\b(?:she|he|shes|hes|her|him|his)\b)"
)
# end p81b


# p81c (round 81)
# Grace, 29, coercive control by her husband for 4 years, answered "were you under 18 when it
# happened?" with "no im 29 now, its now not when i was a kid": the childhood she denies was
# noted as abuse in childhood, so the rules read it as child abuse and left domestic abuse out.
_P81C_NOT_AS_A_CHILD = re.compile(r"\b(?:not|isnt|wasnt|never)\W+(?:(?:just|only|from|back)\W+)?$")


def p81c_as_a_child_told(lowered: str) -> bool:
    """ "when i was a kid" told, not denied ("its not when i was a kid")."""
    return any(
        not _P81C_NOT_AS_A_CHILD.search(lowered[max(0, found.start() - 20) : found.start()])
        for found in _AS_A_CHILD.finditer(lowered)
    )


# Ron, 77: "one of them said he was from the council about the drains and kept me talking at the
# back, and the other one went upstairs and took my money from the bedroom" was noted as a
# robbery, then fraud: going into a home and stealing is burglary (Theft Act 1968 s.9), with or
# without force; the police call it a distraction burglary.
_P81C_DISTRACTION = re.compile(r"\bdistraction (?:burglary|burglar\w*|theft|crime|something)\b")
_P81C_WENT_IN = re.compile(
    r"\b(?:went|go|gone|going|got|snuck|sneaked|crept|slipped|came|come) (?:up ?stairs|in(?:to)? "
    r"(?:my|the|our) (?:bedroom|house|flat|home|kitchen|front room|living room|hall)|in(?:to)? "
    r"the back)\b"
)
_P81C_TOOK = re.compile(
    r"\b(?:took|take|taken|stole|stolen|nicked|pinched|had away|helped (?:him|her|them)sel\w+ to)\b"
)


def p81c_distraction_burglary(lowered: str) -> bool:
    """ "he said it was a distraction something", or one went into the home and took things."""
    words = re.sub(r"[^a-z0-9 ]+", " ", lowered)
    went_in = _P81C_WENT_IN.search(words)
    return bool(_P81C_DISTRACTION.search(words)) or bool(
        went_in and _P81C_TOOK.search(words[went_in.start() :])
    )


# end p81c


# q82a (round 82)
# Ewa, a nurse stalked by her ex: "also he know where i work, i cant change hospital" got "I'm
# sorry you're hurt ... go to A&E": the hospital she cannot move away from is her job (round
# 62 set aside only the hospital she works at or he turned up at). Changing or leaving the
# hospital, told with where they work, is about the job; "i work nights, he hit me and i went to
# hospital" keeps the injury.
_Q82A_TOLD_OF_WORK = re.compile(
    r"\b(?:where i work|i work|im working|i am working|my work|my job|my shifts?|at work|my "
    r"colleagues|(?:im|i am) (?:a )?(?:nurse|doctor|midwife|porter|carer|paramedic|cleaner|"
    r"receptionist|healthcare assistant|hca))\b"
)
_Q82A_CHANGE_HOSPITAL = re.compile(
    # Not "leave" or "move": "had to leave hospital early" is a patient's.
    r"\b(?:change|changing|switch|switching|quit|quitting) (?:to )?(?:my |the |this |another |"
    r"a different |a new )?(?:job at the )?"
    r"(?:hospital|hospitals|ward|wards)\b"
)


def q82a_without_hospital_as_work(lowered: str) -> str:
    """The message without a hospital changed or left as a job, when they told of their work."""
    if not _Q82A_TOLD_OF_WORK.search(lowered):
        return lowered
    return _Q82A_CHANGE_HOSPITAL.sub(" ", lowered)


# end q82a


# p94h (round 94)
# Maureen, 70, asking help for her daughter's mental health: "her gp is at the surgery on
# broadway" was read as her operation ("I'm sorry you're hurt ... Blurred or changed sight
# after a blow"). A GP's or doctor's surgery, or "the surgery on/in/at/near" a street, is a
# place; "had surgery on my jaw" keeps the injury.
P94H_SURGERY_AS_PLACE = re.compile(
    r"\b(?:(?:gp|gps|gp's|doctors|doctor's|doctor|local|dental|dentists|dentist's|dentist|vets?|"
    r"medical|health centre) surgery|(?:at|to|from|in|near|by|outside) (?:the|a|our|my|her|his|"
    r"their) (?:local )?surgery|(?:the|a) surgery (?:on|in|at|near|down|round|by|up) "
    r"(?!(?:my|his|her|their|your|the) (?:\w+ )?(?:jaw|face|head|eye|arm|leg|back|knee|hand|"
    r"hip|shoulder|neck|spine|skull|wrist|nose|ribs?|stomach|brain)\b))"
)

# n103b (round 103)
# Ruth, stalked by a former patient: "I work in a GP surgery, not a hospital, and he has not
# threatened me" and Jamal, whose window was cracked by a stone: "yes im a wheelchair user.
# spinal injury" were both noted "you were hurt" (nobody touched either). A hospital denied is
# no hospital stay; an injury named as the disability a person lives with, beside their
# wheelchair or disability, is their condition, not a hurt from this crime ("he gave me a spinal
# injury" still is).
_N103B_HOSPITAL_DENIED = re.compile(
    r"\b(?:not|never|wasnt|was not|isnt|is not|didnt go to|did not go to|no) (?:in |at |to )?"
    r"(?:a |the )?(?:hospital|a&e|a and e)\b"
)
_N103B_LIVES_WITH_CONDITION = re.compile(
    r"\b(?:wheelchair|disabled|disability|paralysed|paralyzed|paraplegic|tetraplegic|"
    r"quadriplegic)\b"
)
_N103B_CONDITION_INJURY = re.compile(
    r"(?<!gave me )(?<!gave me a )(?<!left me with a )(?<!left me with )(?<!caused )(?<!caused a )"
    r"\b(?:an? |my )?(?:old |long term |longstanding |permanent )?(?:spinal(?: cord)?|spine|back|"
    r"neck|brain|head) injur(?:y|ies)\b"
)


def n103b_injury_not_from_this(lowered: str) -> str:
    """The message without a hospital denied, and without an injury named as the disability
    the person lives with (told beside a wheelchair or disability)."""
    lowered = _N103B_HOSPITAL_DENIED.sub(" ", lowered)
    if _N103B_LIVES_WITH_CONDITION.search(lowered):
        lowered = _N103B_CONDITION_INJURY.sub(" ", lowered)
    return lowered


# end n103b


# Maureen, of her daughter: "she's had problems since her twenties, bipolar they said once but
# she stopped going to the doctor" was noted as Maureen's own condition. A sentence told of
# "she", "he" or "they", with no "I", "me" or "my" in it, tells of their condition, not the
# writer's ("he hit me because im disabled" is still read).
_P94H_THIRD_PERSON_START = re.compile(
    r"^(?:and |but |so |also |well |yes |no )?(?:she|he|they|shes|hes|theyre|she s|he s|"
    r"they re)\b"
)
_P94H_FIRST_PERSON = re.compile(r"\b(?:i|im|i m|ive|i ve|me|my|myself|mine)\b")
_P94H_CONDITION = re.compile(rf"\b(?:{_R29_CONDITIONS})\b")


def p94h_without_their_condition(text: str, lowered: str) -> str:
    """The words without a sentence told of "she", "he" or "they" that names a condition and
    has no "I", "me" or "my" in it."""
    for sentence in re.split(r"[.!?;\n]+", text):
        words = plain(sentence)
        if (
            _P94H_THIRD_PERSON_START.search(words)
            and _P94H_CONDITION.search(words)
            and not _P94H_FIRST_PERSON.search(words)
        ):
            lowered = lowered.replace(words, " ")
    return lowered


# Efua, 48, a man from church demands £2,000 for a £500 loan: "said if I dont pay by end of
# month he will hurt my son" was read as written for her son (and, from "he will hurt my", as a
# relative hurting her: domestic abuse). A threat to hurt their child unless they pay or do
# something, or threats to "me and my son", are made to the writer: the account is hers.
P94H_CHILD_THREATENED_TO_MAKE_ME = re.compile(
    r"\bif (?:i|we) (?:dont|do not|don t|wont|will not|cant|cannot|didnt|did not|refuse to) "
    r"[^.!?]{0,60}?\b(?:he|she|they|hes|shes|theyre|theyll|hell|shell)(?: will| ll| would| is "
    r"going to| are going to| gonna)? (?:\w+ )?(?:hurt|kill|harm|beat|attack|hit|stab|get|touch)\w*"
    r" (?:my|our) |"
    r"\b(?:hurt|kill|harm|beat|attack|hit|stab|get)\w* (?:my|our) (?:\w+ )?(?:son|daughter|child|"
    r"kids?|children|boy|girl)s? (?:if|unless) (?:i|we)\b|"
    r"\bthreaten\w* (?:me|us) and my (?:\w+ )?(?:son|daughter|child|kids?|children|boy|girl)s?\b"
)


# end p94h


# q82b (round 82)
# Dev (29): "from my ex-wife's partner, his name is Craig" was noted as "a partner or ex", so his
# result called it domestic abuse and listed the Men's Advice Line. An ex's new partner is not
# "personally connected" to him (Domestic Abuse Act 2021, s.2: his own partner, ex or relative):
# someone he knows. Written as "my exs new partner", which KNOWN holds.
Q82B_EXS_PARTNER = re.compile(
    r"\b(?:(?:my|our|the|his|her|their) )?ex(?:[- ]?(?:wife|husband|partner|boyfriend|girlfriend|"
    r"bf|gf|fiance|fiancee|civil partner))?(?:s|'s|’s| s) (?:new |current |latest |now )?(?:"
    r"partner|boyfriend|girlfriend|bf|gf|husband|hubby|wife|fella|fiance|fiancee|missus|man|"
    r"woman|other half)\b",
    re.IGNORECASE,
)
# Claire (41): "it was my husband dan, hit and run" was noted as her husband being the one who did
# it: "hit" there is the crash he died in, never something he did.
_Q82B_HIT_AND_RUN = re.compile(r"\bhit(?:[- ]| ?(?:and|n|&) ?)run\b", re.IGNORECASE)


# Kofi (40): "My daughter is 14 and a group of girls from her school are threatening her on
# Snapchat" was read as happening to him (aged 40): a parent telling of their child under 18, and
# of harm done to her or him, writes for the child.
_Q82B_CHILD_AGED = re.compile(
    r"\b(?:my|our) (?:daughter|son|child|kid|boy|girl|step ?daughter|step ?son)(?: \w+)? (?:is|s|"
    r"who is|aged|age) (?P<age>\d{1,2})\b(?! (?:stone|kg|k|pounds|quid|times|months ago|weeks ago|"
    r"years ago|days ago))"
)
_Q82B_DONE_TO_THEM = re.compile(
    r"\b(?:threaten\w*|bull(?:y|ies|ied|ying)|jump\w*|attack\w*|hit|hits|hitting|harass\w*|"
    r"rob\w*|stab\w*|beat\w*|hurt\w*|abus\w*|messag\w*|follow\w*|groom\w*|punch\w*|kick\w*|"
    r"picking on|calling|call|called|touch\w*|send\w* (?:pictures|pics|photos|images) to) (?:her|"
    r"him)\b"
)


def q82b_parent_tells_of_child(lowered: str) -> bool:
    aged = _Q82B_CHILD_AGED.search(lowered)
    return bool(
        aged
        and int(aged.group("age")) < 18
        and _Q82B_DONE_TO_THEM.search(lowered[aged.end() :])
        and not re.search(r"\b(?:she|he) (?:threaten\w*|hit|hits|attack\w*|hurt\w*) me\b", lowered)
    )


def q82b_exs_partner_known(text: str) -> str:
    """ "my ex-wife's new partner" -> "my exs new partner" (someone known, not the ex)."""
    return Q82B_EXS_PARTNER.sub("my exs new partner", text)


def q82b_no_hit_and_run(text: str) -> str:
    """A hit and run named, read for who did it as the crash it is, not a hit by the one named."""
    return _Q82B_HIT_AND_RUN.sub("road crash", text)


# end q82b


# q82c (round 82)
# Maria, a cleaner her employer accused of taking a ring (and whose husband grabbed her arm):
# "is not theft!! i did not steal. THEY say i steal" and "nothing was taken from me" deny any theft
# from her; with the force told, that made "a robbery". Nothing taken, or only an accusation
# against the person, leaves no theft from them.
_Q82C_NOTHING_TAKEN = re.compile(
    r"\b(?:nothing|not anything) (?:was |got |has been |is )?(?:taken|stolen|nicked)\b|"
    r"\b(?:nobody|no one|noone|no body) (?:stole|took|rob|robbed|nicked) (?:anything|nothing|me)\b"
)


def q82c_theft_only_alleged(words: str) -> bool:
    """The theft is only an accusation against the person, or denied ("nothing was taken")."""
    if not (_W8_ACCUSED_OF_THEFT.search(words) or _Q82C_NOTHING_TAKEN.search(words)):
        return False
    rest = _Q82C_NOTHING_TAKEN.sub(" ", _W8_ACCUSED_OF_THEFT.sub(" ", words))
    return not re.search(r"\b(?:nicked|took|taken|stole|stolen|snatched|robbed|steal\w*)\b", rest)


# Zainab, 20: "he keeps sending me stuff. like pics of himself. explicit ones" was noted as "abuse
# online" and answered as sharing HER intimate pictures (s.66B). Sexual pictures someone sends of
# himself are cyberflashing, a sexual offence (Sexual Offences Act 2003, s.66A,
# https://www.legislation.gov.uk/ukpga/2003/42/section/66A): sexual messages, not images of them.
_Q82C_IMAGES_OF_HIMSELF = re.compile(
    r"\b(?:pics?|photos?|pictures?|images?|videos?|nudes?|selfies?)(?: \w+){0,2} of (?:himself|"
    r"herself|themselves|his (?:privates|private parts|dick|penis|willy|body|junk|bits))\b|"
    r"\b(?:dick|cock|penis) pics?\b|\bsends?(?: me)? (?:his|her) (?:own )?nudes\b"
)
_Q82C_NOT_HIS_OWN = re.compile(r"\b(?:of me|my (?:nudes|pics|photos|pictures|images|videos))\b")


def q82c_images_of_himself(
    lowered: str, crime: str | None, details: set[str]
) -> tuple[str | None, set[str]]:
    """Sexual pictures of the sender sent to them: a sexual offence, not their images shared."""
    # "he didnt share MY pics. he sent pics of HIMSELF": her pictures denied, not told.
    own = re.sub(
        r"\b(?:didnt|did not|never|hasnt|has not|not) (?:\w+ )?(?:my|of me)\b", " ", lowered
    )
    if not _Q82C_IMAGES_OF_HIMSELF.search(lowered) or _Q82C_NOT_HIS_OWN.search(own):
        return crime, details
    details = (details - {"intimate_images"}) | {"sexual_messages"}
    if crime in (None, "online_abuse", "stalking_harassment", "assault"):
        crime = "sexual_offence"
    return crime, details


# end q82c


# t84a (round 84)
# Chloe, spiked: "i didnt hit my head?? its like a hangover but worse. is that the drug. do i
# need a&e" was noted as "you were hurt": a blow to her own head denied, and whether to go to
# A&E asked, is no injury told (as a74a_no_denied_injury reads "nobody hit me").
T84A_OWN_BLOW_DENIED = re.compile(
    r"\bi (?:didnt|did not|never|havent|have not) (?:\w+ )?(?:hit|bang|banged|bump|bumped|knock|"
    r"knocked|hurt|injure|injured) (?:my|me on the) (?:head|face)\b"
)
T84A_ASKS_IF_A_AND_E = re.compile(
    r"\b(?:do|should|shall|must) i (?:need to |need |have to |get to )?(?:go to |go )?"
    r"(?:the )?(?:a&e|a and e|a & e|hospital)\b"
)


def t84a_no_injury_when_blow_denied(text: str, details: set[str]) -> set[str]:
    """No "injured" from a message that denies a blow to the head and asks about A&E, unless a
    hurt is told beside them."""
    if "injured" not in details or "serious_injury" in details:
        return details
    words = plain(text)
    if not T84A_OWN_BLOW_DENIED.search(words):
        return details
    rest = T84A_ASKS_IF_A_AND_E.sub(" ", T84A_OWN_BLOW_DENIED.sub(" ", words))
    if any(
        pattern.search(rest)
        for pattern in (_INJURED, _HURTS_NOW, G6_CUT_ON_BODY, N5_PUSHED_AND_HURT)
    ):
        return details
    return details - {"injured"}


# end t84a


# t84c (round 84)
# Wayne, 30, learning disability: "they are my mates. they stay at my flat. they got my bank card
# and they take money. i want them to go but they wont go", "they use my card and they live at my
# flat and i am scared of them" was not read ("What happened?" again, then a skip). People who
# live in someone's home and take their card or money, and will not go or frighten them, is
# cuckooing: exploitation of the person whose home it is (the vocabulary names cuckooing with
# trafficking and exploitation; see utter_v2_cuckoo_not_in_trouble's sources).
_T84C_THEY_LIVE_HERE = re.compile(
    r"\b(?:they|he|she|them|people|mates|friends|men|lads|guys)(?: \w+)? (?:stay|stays|staying|"
    r"live|lives|living|sleep|sleeps|sleeping|moved in|have moved in|are (?:staying|living|"
    r"sleeping)) (?:at|in) (?:my|our) (?:flat|house|home|place|room)\b|"
    r"\b(?:taken|took|taking|take) over (?:my|our) (?:flat|house|home|place)\b"
)
_T84C_CARD_OR_MONEY = re.compile(
    r"\b(?:my (?:bank )?cards?|my money|my benefits|my pin|take (?:my )?money|takes (?:my )?money|"
    r"took (?:my )?money|taking (?:my )?money)\b"
)
_T84C_WONT_GO_OR_FEAR = re.compile(
    r"\b(?:(?:they|he|she) (?:wont|will not|won t|dont|do not|refuse to) (?:go|leave|move out|get "
    r"out)|scared of (?:them|him|her)|afraid of (?:them|him|her)|frightened of (?:them|him|her)|"
    r"(?:they|he|she) (?:will|ll|would) hurt me|threat\w*)\b"
)


def t84c_home_taken_over(lowered: str) -> bool:
    """People living in the person's home who take their card or money and won't go or frighten
    them (cuckooing)."""
    words = plain(lowered)
    return bool(
        _T84C_THEY_LIVE_HERE.search(words)
        and _T84C_CARD_OR_MONEY.search(words)
        and _T84C_WONT_GO_OR_FEAR.search(words)
    )


# end t84c


# t84g (round 84) -- Tom: "Got knocked off my bike on purpose by a driver on Saturday. Wrist is
# broken." was read as a hurt, not a serious one, until he wrote "broke my wrist on purpose":
# a bone told as broken is the serious injury _SERIOUS_INJURY reads in "broke my wrist", however
# it is worded; a break only feared ("might be broken", "think my arm is broken") is not told.
_T84G_BONE = (
    r"(?:jaw|arm|arms|leg|legs|ribs?|skull|wrist|wrists|eye socket|cheekbone|hip|collarbone|"
    r"pelvis|ankle|shoulder|elbow|kneecap)"
)
_T84G_BONE_BROKEN = re.compile(
    rf"(?<!\bhis )(?<!\bher )(?<!\btheir )\b(?:my |the )?{_T84G_BONE} (?:is|was|got|s|has been|"
    rf"had been|been) (?:\w+ )?(?:broken|broke|fractured|snapped)\b|"
    rf"\b(?:a|my|with (?:a|my)|got a|have a|ive got a|i ve got a) (?:badly )?(?:broken|fractured) "
    rf"{_T84G_BONE}\b"
)
_T84G_ONLY_FEARED = re.compile(
    r"\b(?:might|may|could|maybe|think|thinks|thought|probably|prob|if|worried|scared|hope|"
    r"hopefully|check|checked|see if)\b"
)
_T84G_DENIED = re.compile(r"\b(?:not|isnt|isn t|wasnt|wasn t|never)\b")


def t84g_bone_broken_told(lowered: str) -> bool:
    """A bone of their own told as broken ("Wrist is broken", "a broken wrist in two places"),
    not one feared ("might be broken") or denied ("not broken")."""
    words = plain(lowered)
    for told in _T84G_BONE_BROKEN.finditer(words):
        lead = words[max(0, told.start() - 20) : told.start()]
        if not (_T84G_ONLY_FEARED.search(lead) or _T84G_DENIED.search(told.group(0))):
            return True
    return False


# Lucy: "followed me to the night bus after my shift last night and grabbed my arm" was noted as
# stalking that "has happened more than once": being followed once, on the way to the attack it
# ends in, is the attack, not a course of conduct (stalking, in the reference, is repeated).
_T84G_FOLLOWED_THEN_ATTACKED = re.compile(
    r"\bfollowed me (?:home|to|out|off|into|down|up|from)\b(?: \w+){0,10}? (?:and|then|before) "
    r"(?:then |just )?(?:grabbed|grabbing|hit|punched|attacked|pushed|shoved|robbed|mugged|kicked|"
    r"stabbed|assaulted|slapped|jumped)\b"
)
_T84G_AGAIN = re.compile(
    r"\b(?:again|every|always|keeps?|kept|(?:two|three|four|five|\d+|few|several|many) times|"
    r"twice)\b"
)


def _t84g_once(told: re.Match[str]) -> str:
    if _T84G_AGAIN.search(told.group(0)):
        return told.group(0)
    return told.group(0).replace("followed me", "came after me", 1)


def t84g_following_in_one_attack_out(lowered: str) -> str:
    """``lowered`` without a following told as the way to one attack ("followed me to the night
    bus ... and grabbed my arm"), unless it is told as happening more than once."""
    return _T84G_FOLLOWED_THEN_ATTACKED.sub(_t84g_once, lowered)


# end t84g


# v86c3 (round 86)
# Aisha, raped once by a man from work: "i still see him at work sometimes and i feel sick every
# time" was noted "it has happened more than once" (its "every time"): how she feels each time
# she sees him is not the crime happening again.
_V86C3_FEELING_EACH_TIME = re.compile(
    r"\b(?:feel|feels|feeling|felt|get|gets|getting|got|go|goes|went|start|starts)(?: so| really|"
    r"physically| kind of| kinda| a bit| quite)? (?:sick|ill|scared|anxious|shaky|panicky|nervous|"
    r"terrified|afraid|frightened|frozen|upset|nauseous|cold|numb|like crying|like throwing up|"
    r"tense|on edge|a panic attack|panic attacks)(?: to my stomach| inside)? (?:every time|each "
    r"time|whenever|when ?ever)\b(?! (?:he|she|they|hes|shes|theyre|it|my \w+|his|her)\b)"
    r"(?: (?:i|we) (?:see|saw|hear|think|pass|walk))?"
)


def v86c3_feeling_out(part: str) -> str:
    """The (plain) sentence without a feeling each time they see or think of the person."""
    return _V86C3_FEELING_EACH_TIME.sub(" ", part)


# end v86c3


# g89e (round 89)
# Zainab (26): "my family are making me get married in pakistan next month i dont want to. they
# took my passport" was noted as "trafficking or forced work". A passport taken to force a
# marriage is forced marriage (Anti-social Behaviour, Crime and Policing Act 2014, s.121), which
# the repo notes as harm at home; it is trafficking only when work, being sold or being moved for
# exploitation is told too (what _TRAFFICKING reads besides the papers, or an employer).
_G89E_PAPERS_TAKEN = re.compile(
    r"\b(?:took|taken|take|takes|kept|keep|keeps|keeping|holding|hold|holds|has|have) (?:my|our) "
    r"(?:passport|passports|documents|papers|id)\b"
)


def g89e_papers_kept_for_marriage(lowered: str, details: set[str]) -> bool:
    """A forced marriage told with a passport taken, and nothing of work or being sold."""
    return (
        "forced_marriage" in details
        and not NAMES_TRAFFICKING.search(lowered)
        and not _EMPLOYER.search(lowered)
        and not _X71B_WORK_SAID.search(lowered)
        and not unpaid_work(lowered)
        and not g4_carrying_under_threat(lowered)
        and not t84c_home_taken_over(lowered)
        and not _TRAFFICKING.search(_G89E_PAPERS_TAKEN.sub(" ", lowered))
    )


# end g89e


# g96d (round 96): Imran, an Uber driver: "a drunk passenger called me a p*ki and other racist
# things then kicked my door in and ran off without paying" was said back as "fraud or a scam"
# ("not a scam. it was racist abuse and criminal damage to my car"). A driver's door kicked in by
# a passenger is damage to the car, not a burglary or a fraud (the unpaid fare beside it).
_G96D_DRIVER = re.compile(
    r"\b(?:(?:uber|taxi|cab|minicab|bolt|private hire) driver|i drive (?:an? )?(?:uber|taxi|cab|"
    r"minicab)|passengers?)\b"
)
_G96D_CAR_DAMAGED = re.compile(
    r"\b(?:kick\w*|smash\w*|dent\w*|damag\w*|broke|broken) (?:in )?(?:my|the) (?:car )?(?:doors?|"
    r"windows?|windscreen|wing mirrors?|mirrors?)\b"
)


def g96d_driver_car_damaged(lowered: str, crime: str | None) -> str | None:
    """A driver whose car a passenger damaged: criminal damage, not burglary or fraud."""
    if crime not in (None, "fraud", "burglary", "other"):
        return crime
    if _G96D_DRIVER.search(lowered) and _G96D_CAR_DAMAGED.search(lowered):
        return "criminal_damage"
    return crime


# end g96d


# n103b (round 103)
# Piotr, punched once by his foreman: "i see him every day, tomorrow also" and Frank, conned once
# by a fake HMRC caller: "But can they do it again?", "The phone keeps ringing and I dont answer
# it" were noted "it has happened more than once". Seeing someone every day (at work, next
# door) is knowing them; "can they do it again?" asks what may come; a phone left unanswered
# is not the crime again ("he keeps ringing me" still is: it names who rings).
_N103B_SEES_THEM_DAILY = re.compile(
    r"\b(?:i|we) (?:still |have to |got to |must |will )?(?:see|work with) (?:him|her|them)"
    r"(?: at work| on site| at the site| at the yard)? (?:every day|everyday|daily|each day|every "
    r"morning|every shift)\b(?! (?:outside|at my|near my|waiting|following|on my street|in my "
    r"street|by my))"
)
_N103B_CAN_IT_AGAIN = re.compile(r"\bcan (?:they|he|she|it|them|this|that) (?:\w+ ){0,3}?again\b")
_N103B_PHONE_UNANSWERED = re.compile(
    r"\b(?:the|my) (?:phone|landline|mobile) (?:keeps|keep|is|has been|s) (?:ringing|going)"
    r"(?= (?:and|but) (?:i|we) (?:dont|do not|never|wont|cant|didnt) (?:answer|pick up|pick it up|"
    r"get it))"
)


def n103b_not_repeat_out(part: str) -> str:
    """The (plain) sentence without seeing the person every day, asking whether they can do it
    again, or a phone left ringing unanswered."""
    for pattern in (_N103B_SEES_THEM_DAILY, _N103B_CAN_IT_AGAIN, _N103B_PHONE_UNANSWERED):
        part = pattern.sub(" ", part)
    return part


# end n103b


# -- the words set aside before "more than once" is read -----------------------------------------
# Words that look like the crime again but are not: a routine ("I take the kids to school every
# day"), a feeling or an after-effect that lasts ("I haven't slept since"), blows in one attack,
# how often the person (or this chat) said something, someone else's visits, a fear of it
# happening again. Each row takes a plain sentence and returns it without those words; they are
# applied in this order, and a new false "it has happened more than once" is fixed by a row here.
# (Defined last: its rows are defined through the module.)
REPEAT_SET_ASIDES: tuple[Callable[[str], str], ...] = (
    h90b_not_repeat_out,  # h90b (round 90): "ENGLISH. how many times" (annoyed)
    n103b_not_repeat_out,  # n103b (round 103): "i see him every day", "can they do it again"
    video_passed_round_out,  # k99b (round 99): "everyone keeps sending it" (the video of it)
    v86c3_feeling_out,
    p81b_after_effect_out,
    k77d_not_repeat_out,  # "it was one scam, just i paid 3 times"
    y73c_not_repeat_out,
    a74a_not_repeat_out,
    w70a_routine_out,  # "she has to get the same bus every day"
    o1_not_repeat_out,  # blows in one attack, their own telling, reliving it, others' visits
    z5_not_repeat_out,  # "youve said that 3 times"
    y6_feelings_for_long_out,
    x2_contact_not_repeat_out,
    q1_not_repeat_out,
    _l2_care_routine_out,
    n1_one_long_chase_out,
    lambda sentence: _ASKED_AGAIN.sub(" ", sentence),
    lambda sentence: _FEARED_AGAIN.sub(" ", sentence),
    lambda sentence: _F6_RELIVED.sub(" ", sentence),  # -- round 39, helper F6 --
    lambda sentence: _F6_POLICE_CHASING.sub(" ", sentence),
)


def without_repeat_set_asides(sentence: str) -> str:
    """The plain sentence without the words REPEAT_SET_ASIDES sets aside, row by row."""
    for set_aside in REPEAT_SET_ASIDES:
        sentence = set_aside(sentence)
    return sentence
