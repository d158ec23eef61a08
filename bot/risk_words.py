"""Danger and thoughts of suicide: the safety net beside the intent classifier (pure).

A missed "he's here now" is the worst failure this bot can have, so plain patterns a reviewer
can read catch danger and suicide whatever the statistical classifier says. They must also not
cry wolf: an ordinary answer met with 999 and Samaritans loses the person's trust and their
answer. So each pattern names a situation, not a word:

* **danger**: someone there or coming now, violence happening now, being trapped or held,
  a weapon, a fire, or a threat to kill or seriously hurt the person or those with them;
* **suicide and self-harm**: wanting to die or not to exist, a plan or the means, harming
  oneself, goodbyes.

Everyday speech that only sounds like these ("this form is killing me", "my phone died", "my
boss will kill me if I'm late") and accounts of danger that is clearly over ("he strangled me
in 2020 and went to prison for it") are not danger. A threat stays danger even when it was
made in the past: it is about what may happen next.

``trusted_crisis`` decides whether to believe the classifier's own guess of danger or suicide
for a message no pattern caught: only when it names such a situation in looser words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

IN_DANGER = "in_danger"
SELF_HARM = "self_harm"

# -- words -------------------------------------------------------------------------------------

_WHO = (
    r"(?:he|she|they|hes|shes|theyre|him|her|them|someone|someones|somebody|some one|"
    r"a man|a woman|a guy|the man|the guy|the men|the stalker|the gang|those men|those lads|"
    r"two men|men|lads|my (?:ex|ex husband|ex wife|ex partner|partner|husband|wife|boyfriend|"
    r"girlfriend|bf|gf|dad|father|stepdad|step dad|mum|mother|brother|son|uncle|cousin|"
    r"neighbour|boss|landlord)|his (?:brother|mates|friends|family|dad|cousin)|"
    r"her (?:brother|family|dad|husband)|the (?:boss|landlord|neighbour))"
)
_IS = r"(?:\s+is|\s+are|s|re|\s+r|\s+was)?"
_NOW = (
    r"(?:now|right now|rn|at the moment|atm|tonight|currently|still|again|as we speak|"
    r"as i type|this minute|just now)"
)
_HARM_VERB = (
    r"(?:kill|murder|hurt|stab|slash|shoot|burn|break|beat|batter|strangle|choke|cut|attack|"
    r"rape|smash|bash|glass|acid|do me in|do me|do us in|finish me off|finish me|finish us|"
    r"end me|get me|get you|come for me|come after me|kidnap|take the kids|take my kids|"
    r"take the baby|throw acid|set fire|torch|drive us|run me over|put me in hospital|"
    r"ruin my face|mark my face|cut my face|slash my face|break my legs|break your legs|"
    r"make me pay|make me disappear|hurt the kids|hurt my|hurt him|hurt her|hurt them)"
)
_TARGET = r"(?:me|us|you|u|ya|my|the kids|the baby|him|her|them|our|your|ur)\b"

# "help me hes here", not "who help me with this" (help with a form, a visa, understanding).
_HELP_ME = r"help (?:me|us)\b(?! with| to| find| understand| get)"

# -- danger ------------------------------------------------------------------------------------

_THERE = (
    r"(?:here|outside|at (?:the|my|our)(?: front| back)? (?:door|window|gate)|"
    r"(?:in|at) the (?:house|flat|hall|hallway|kitchen|garden|back garden|next room|"
    r"living room|bedroom|stairwell|reception|building)|downstairs|upstairs|in the next room|"
    # Not "his dad is on the way from manchester": coming from afar, to help.
    r"on (?:his|her|their|the) way(?! from| to (?:the )?hospital)|coming (?:up|round|over|back|here|"
    r"for me|to get me|in|"
    r"to \w+ (?:me|us))|(?:waiting|standing|sitting|sat|parked|lurking|hanging about) (?:outside|at|by|near|in|"
    r"for me|across|opposite|over the road)|staring (?:at me|in)|climbing|"
    r"banging(?! (?:into|against|(?:her|his|my|their) (?:head|arm|leg|knee)))|kicking|"
    # -- round 41, helper J1 -- Not "her knocking into things" (Patrick, of his wife's bruises):
    # bumping into things, not someone knocking at the door.
    r"knocking(?! (?:into|against|over|things|stuff|her|him|herself|himself|myself|itself))|"
    r"ringing the bell|shouting outside|still in the house|still here|"
    r"trying to (?:get|break|come) in|back(?: now| again| here| home| at the| outside|$)|"
    # "oh god hes just come home hes shouting": home now, not "he comes home at 6".
    r"(?:come|got) (?:home|back|in)\b(?! (?:at|by|around|about|after|before|later|tonight|"
    r"tomorrow|soon|on|from|\d))"
    # Not "he come in my room without asking", "he come in my room 2 times before": what he
    # does or did, told in few words of English, not someone coming in now.
    r"(?! (?:to |into )?(?:my|the|our|her|his) (?:room|bedroom|flat|house|home)\b(?: \w+){0,3}? "
    r"(?:without|before|times|every|at night|when|whenever)\b))"
)
# Being followed or looked for is danger now only when they say it is happening now.
_AFTER_ME = r"(?:following me|behind me|looking for me|after me|driving (?:round|around|past))"

DANGER_PATTERNS = [
    # -- round 30, main --: "wait i heard him get up" (see _HEARD_NOW).
    r"\bi (?:just )?(?:heard|hear|can hear) (?:him|her|them|my \w+) (?:get(?:ting)? up|wak(?:e|es|"
    r"ing) up|woke up|moving|coming|on the stairs|at the door|outside the door)\b",
    # Saying so.
    # -- round 49, helper T5 --: not "No, I don't think I am in danger" (Margaret, 69).
    r"(?<!not )(?<!no longer )(?<!nt )(?<!if )(?<!whether )(?<!dont think )(?<!dont think i )"
    r"(?<!do not think )(?<!do not think i )\b(?:im|i am|we are|were|am|i feel|i think im) "
    r"(?:in danger|not safe|unsafe)\b",
    r"\bnot safe (?:right )?(?:now|here|rn|at home|tonight)\b",
    r"\b(?:scared|afraid|terrified|fear(?:ing)?) for (?:my|our|his|her|the kids) li(?:fe|ves)\b",
    # Not "where i can get help with someone posting pics of me": asking where help is.
    # Nor "can he get help too?": asking whether someone else can get support.
    r"(?<!can i )(?<!i can )(?<!to )(?<!how do i )(?<!where to )(?<!could i )(?<!can he )"
    r"(?<!can she )(?<!can they )(?<!can we )(?<!could he )(?<!could she )(?<!will he )"
    r"(?<!will she )(?<!does he )(?<!does she )(?<!can i still )(?<!could i still )"
    r"(?<!do i still )(?<!i can still )"
    # Nor "how i get police fast without calling?" (a Deaf person asking how, round 52).
    r"(?<!how i )(?<!how can i )(?<!how could i )(?<!how would i )"
    # -- round 52, helper Y1 -- Not "So shall I ring 101 now? Will they send somebody round
    # today" (Grace, 71, after a distraction burglary): asking whether the police will visit.
    r"(?<!will they )(?<!would they )(?<!do they )(?<!did they )(?<!will the police )"
    r"(?<!would the police )(?<!will police )(?<!do the police )(?<!do police )"
    r"\b(?:please )?"
    r"(?:send|get) (?:someone|somebody|help|the police|police|an ambulance)\b"
    r"(?! (?:with|for|about|on|from|after|if|to understand|too|as well|to (?:ring|call|phone|"
    r"contact|text|email|speak|talk|read|help (?:me|us) understand)))"
    # -- round 39, helper F4 -- Not "Can mum get someone who speaks Bengali? ... I can't always
    # be there to translate for her" (Fatima, for her mum): an interpreter asked for.
    r"(?! who (?:speaks|can speak|talks|can talk|understands|knows (?:bengali|urdu|\w+ish))"
    r"| to (?:translate|interpret))"
    # -- round 42, helper L1 -- Not "would the council actually send someone else to help me get
    # up if she walks out?" (Ben, whose carer may stop coming): care asked for, not help now.
    r"(?! else to (?:help|care|look after|do|get|come and help))",
    r"\bcall (?:the )?police for me\b",
    # -- round 29, helper M -- Not "somebody to help me would be lovely. Could they write to me":
    # someone wanted to help, asked for, not a cry for help with someone there.
    r"(?<!somebody to )(?<!someone to )(?<!anyone to )(?<!anybody to )(?<!people to )"
    r"(?<!worker to )(?<!service to )(?<!person to )"
    rf"\b{_HELP_ME}(?! \w+ with)(?! (?:would|will|could|might|would be|please if)\b).{{0,30}}"
    r"\b(?:he|she|they|hes|shes|theyre)\b",
    r"\bplease help\b.{0,20}\b(?:he|she|they|hes|shes)\b",
    r"^help\b.{0,20}\b(?:hes|shes|theyre)\b",
    # Someone there or coming, now.
    rf"\b{_WHO}{_IS} (?:still |now |just |already )?{_THERE}\b",
    rf"\b{_WHO}{_IS} (?:still |now |just )?{_AFTER_ME}\b.{{0,30}}\b{_NOW}\b",
    rf"\b{_WHO}{_IS} still {_AFTER_ME}\b",
    rf"\b{_AFTER_ME} (?:home )?{_NOW}\b",
    # Not "hes back at 5" or "back later": a time he will be back is not danger now.
    r"\b(?:hes|shes|theyre|he is|she is|they are|someones|someone is) (?:just )?(?:turned up|"
    r"arrived|outside|here|back(?! (?:at|by|around|about|after|before|later|tonight|tomorrow|"
    r"soon|in|from|on)\b)|at the door)\b"
    # -- round 39, helper F4 -- Not "hes turned up at my halls twice now" (Grace, telling how
    # often he has): times counted are what he has done, unless one is tonight.
    r"(?!(?: \w+){0,4}? (?:twice|(?:\w+ )?times|before)\b(?! (?:tonight|today|this (?:evening|"
    r"morning|afternoon)|(?:in )?the last hour)))",
    r"\b(?:pulled up|turned up|showed up|is waiting) outside\b",
    # Violence going on in the house now: "hes shouting downstairs right now", "he just smashed
    # something i can hear it", "im scared hes gonna come up here".
    r"\b(?:hes|shes|theyre|he is|she is|they are) (?:\w+ )?(?:shouting|screaming|yelling|"
    r"smashing|throwing|kicking off|going mad|going off|raging|hitting|banging)\b(?! at the "
    r"(?:tv|telly|football|match|game|radio))(?: \w+){0,5} (?:right now|rn|now|downstairs|"
    r"upstairs|in the (?:kitchen|hall|house))\b",
    r"\b(?:he|she|they) (?:just|has just|s just) (?:smashed|broke|threw|punched|kicked|hit)\b"
    r".{0,40}\b(?:i can hear|hear it|hear him|hear her|downstairs|upstairs|now)\b",
    r"\b(?:scared|afraid|worried|terrified) (?:hes|shes|theyre|he is|she is|they are|he|she|"
    r"they)(?: (?:gonna|going to|will|ll|might))? (?:go|come|coming|going) (?:up here|up to my "
    r"room|up the stairs|upstairs|in here|into my room)\b",
    # "cant talk hes still there": still where they were when they first wrote.
    r"\b(?:hes|shes|theyre|he is|she is|they are) still (?:there|here|outside|at the door)\b",
    r"\b(?:is|are|s) (?:on|at|in|by|across) the (?:\w+ ){1,2}(?:staring|looking|watching|"
    r"waiting)\b",
    r"\b(?:at|by) the school gates? waiting\b",
    r"\b(?:found|knows|has found) (?:the|my|our) (?:refuge|address|new address|safe house)\b",
    r"\b(?:broken|broke|breaking|getting) in (?:downstairs|upstairs)\b|\b(?:can|could) hear "
    r"(?:them|him|someone) (?:moving|downstairs|in the|coming|breaking)\b",
    # Violence now.
    # Not "its still hurting" (a pain, not someone hurting them).
    r"(?<!its )(?<!it s )(?<!it is )(?<!neck )(?<!head )(?<!arm )(?<!leg )(?<!back )"
    # "It is hurting a lot when I lift boxes": a sore arm, not someone hurting them now.
    r"(?<!\bit )(?<!that )(?<!this )(?<!wrist )(?<!hand )(?<!face )(?<!chest )(?<!knee )"
    r"(?<!elbow )(?<!shoulder )(?<!ribs )(?<!eye )(?<!foot )(?<!stomach )"
    # -- round 39, helper F4 -- "my jaw is hurting a lot maybe broken" (Ahmed, punched in his
    # cab on Saturday): a pain, not someone hurting him.
    r"(?<!jaw )(?<!nose )(?<!ear )(?<!ears )(?<!lip )(?<!mouth )(?<!throat )(?<!teeth )"
    r"(?<!tooth )(?<!cheek )(?<!ankle )(?<!hip )(?<!finger )(?<!thumb )(?<!toe )(?<!legs )"
    r"(?<!arms )(?<!hands )(?<!feet )(?<!eyes )(?<!body )(?<!side )(?<!scar )(?<!bruise )"
    r"(?<!wound )(?<!cut )(?<!stitches )"
    r"\b(?:hes|shes|theyre|he is|she is|they are|is|are|still)\s+(?:hitting|beating|kicking|"
    r"punching|choking|strangling|attacking|hurting|smashing|stabbing|dragging|grabbing|"
    r"throwing|pinning|chasing|battering|trashing)\b"
    # Not "is strangling serious even without marks?": the act named, asked about.
    r"(?! (?:serious|a crime|illegal|abuse|assault|an offence|dangerous|classed|counted|"
    r"considered|still|even|really|worse))",
    r"\bthreatening (?:me|us) with (?:a|his|her) \w+",
    rf"\b(?:hitting|beating|kicking|punching|choking|strangling|attacking|hurting) "
    rf"(?:me|us|my \w+|the kids|him|her)\b.{{0,20}}\b{_NOW}\b",
    r"\b(?:banging|kicking|smashing|breaking|battering) (?:on |in |down )?(?:my|the|our) "
    r"(?:front |back |bedroom |bathroom )?(?:door|window|windows)\b",
    r"\b(?:trying|tryin|try) (?:to|2) (?:get in|break in|kick|force|grab|take|drag|get at|"
    r"get to me|break the door)\b",
    r"\b(?:kicking|smashing|breaking) (?:in|down) (?:the|my) door\b|\bkicking the door in\b",
    r"\bsmashing (?:up )?(?:the|my|our) (?:flat|house|place|room|stuff)\b",
    r"\b(?:hes|shes|theyre) getting (?:angry|drunk|violent|wound up|aggressive)\b",
    r"\b(?:got|have) me surrounded|surrounded me\b",
    r"\b(?:still|keeps) (?:in the house|here|outside|downstairs)\b",
    # Trapped, held, hiding, fleeing.
    r"\b(?:locked|trapped|stuck|shut) (?:myself |me |us |in )?(?:in|inside|upstairs|in here|"
    r"in the (?:bathroom|bedroom|room|toilet|toilets|car|cupboard|house|flat|boot))\b",
    r"\blocked (?:me|us) (?:in|up)\b",
    # In few words of English: "i am in bathroom. husband family lock door", "they lock me".
    r"\b(?:they|he|she|family|husband|wife) (?:lock|locks) (?:me|us|the door|door)\b",
    r"\b(?:they|he|she|family|husband|wife) locked (?:me|us)\b(?! out)",
    # "please quick they come", "they come now": someone coming now, in few words.
    r"\b(?:he|she|they|hes|shes|theyre|husband|someone) (?:come|comes|coming) (?:now|quick)\b"
    r"(?! and then)",
    # p94d (round 94): not "yes fine but please quick, where can i get a wheelchair today"
    # (in a hurry for a thing she needs, Vera, whose son's wheelchair was stolen).
    r"\bplease (?:quick|hurry)\b(?!,? (?:where|how) (?:can|could|do|would|will) (?:i|we) "
    r"(?:get|find|borrow|hire|buy) (?:a|an|another|one|some)\b)"
    r"|\bquick (?:they|he|she) (?:come|coming)\b",
    r"\b(?:wont|won t|will not|doesnt|isnt) let (?:any of |all of )?(?:me|us) (?:out|leave|go|"
    r"get out|outside)\b",
    # Not "they cant leave messages / a voicemail" (how to be contacted safely).
    # Not "they cant leave messages", nor "i cant get out of the house on my own" (housebound).
    # Nor "I cant get out much. I use a frame" (round 37, Samuel, 70, robbed by his carer).
    r"\b(?:cant|can t|cannot) (?:get out(?! of (?:the )?(?:house|flat|bed|home) (?:on my own|by "
    r"myself|without (?:help|her|him)|alone|much|any ?more)| much| very (?:much|often)| as much| "
    r"(?:a )?lot| any ?more| on my own| without (?:help|my frame|a frame))|leave(?! (?:a |any )?(?:message|"
    r"messages|voicemail|voicemails|voice mail|a note|notes))|escape|get away)\b",
    r"\b(?:keeping|holding|keep|hold) (?:me|us) (?:in|here|prisoner|captive|hostage)\b",
    r"\b(?:hiding|hidin) (?:from|in|under|behind)\b",
    r"\b(?:wedged|barricaded|blocked) (?:the|my) door\b|\bdoor wedged\b",
    r"\bin a car with (?:a man|a guy|someone|him|them) who\b",
    r"\b(?:just )?(?:got away|ran away|escaped)\b.{0,50}\b(?:looking|searching|driving|after me|"
    r"following)\b",
    r"\b(?:taken|took|has|got) (?:my|the) (?:phone|keys)\b.{0,40}\b(?:locked|wont let|blocking|"
    r"cant (?:get out|leave|call))\b",
    # Weapons and fire, now.
    rf"\b{_WHO}{_IS} (?:got|has|holding|with|waving|carrying) (?:a |an |his |her |the )?"
    r"(?:knife|gun|blade|machete|hammer|bat|axe|weapon|screwdriver|lighter|petrol|acid|bottle)",
    r"\b(?:theres|there is|a man|someone) with a (?:knife|gun|machete|blade|hammer|weapon|axe)\b",
    r"\b(?:poured|pouring|pour) petrol\b",
    r"\b(?:set fire|on fire|burning)\b.{0,40}\b(?:stuck|trapped|cant get out|with (?:me|us|you) "
    r"in)\b",
    r"\bwith (?:you|u|me|us) in it\b",
    r"\bi(?:m| am) bleeding\b",
    # Threats to kill or seriously hurt, said or sent, whenever.
    rf"\b{_WHO}\s*(?:ll|d|will|wil|would|s gonna|s going to|is gonna|is going to|are gonna|"
    rf"are going to|re gonna|re going to|gonna|going to|goin to|gunna|is about to|wants to|"
    rf"swore to|threatened to|threatening to|threatens to|promised to|keeps threatening to|"
    rf"coming to|re coming to|are coming to|is coming to|"
    rf"keeps saying (?:he|she|they)(?:ll| will| would|d)) (?:\w+ )?{_HARM_VERB}\b",
    rf"\b(?:said|says|saying|told|tells|texted|messaged|threatened|sent|swore|screamed|"
    rf"voice note|message) \b.{{0,40}}\b(?:(?:kill|murder|hurt|stab|slash|shoot|burn|finish|"
    # Not "saying the man who killed him is to be considered for parole": a threat is of what
    # someone will do, not what was done.
    rf"break|beat|batter)(?!b?ed\b)\w* {_TARGET}|do {_TARGET} in\b)",
    rf"\b(?:threats?|threatened|threatening) to (?:\w+ )?{_HARM_VERB}",
    r"\b(?:ur|your|you re|youre|you are) (?:dead|gonna die|going to die|finished|next)\b",
    r"\b(?:days are numbered|watch your back|(?:we|i|ill|well) know where (?:you|u) live|"
    r"coming for (?:you|u|me))\b",
    r"\bnext time (?:he|she|they) (?:wont|will not|won t) (?:let go|stop)\b",
    r"\b(?:ends?|end) it for (?:both|all) of us\b",
    r"\b(?:drive|crash) us (?:all )?(?:off|into)\b",
    r"\b(?:have|got|taken|has) (?:my|the|our) (?:\w+ )?(?:son|daughter|kids|children|baby|boy|"
    r"girl|little one|grandson|granddaughter)\b.{0,40}\b(?:hurt|kill|harm|unless|if i dont|"
    r"if i don t|wont let|will not let|says|said|threaten)\b",
    r"\b(?:has|got|taken) the (?:kids|children|baby)\b.{0,50}\b(?:says|said|threaten|hurt|kill|"
    r"drive|bridge|car|locked)\b",
    r"\b(?:kids|children|baby) (?:locked in|are locked)\b",
    r"\b(?:actually|really) going to kill me\b",
    # "yes every day. 2 years. he is coming. I must stop": someone on the way, said in haste.
    r"\b(?:hes|shes|theyre|he is|she is|they are) coming(?: (?:now|right now|back now|home now|"
    r"home|in))?(?: (?:i must|i have to|i need to|i gotta|ive got to|i got to|must go|must stop|"
    r"have to go|gotta go|got to go|bye|sorry|quick|hide)\b|$)",
    # "She's with him NOW", "Jo is back at home with him right now": the person it happened to
    # is with the one who hurt her, told by a friend.
    r"\b(?:shes|she is|(?!(?:daughter|son|child|baby|kids?|children|boy|girl)\b)\w+ is) (?:back "
    r"|still )?(?:at home |home |at his )?with him (?:right )?now\b",
    r"^(?:gonna|going to|goin to|will|is going to) (?:kill|hurt|stab) me\b",
    r"\b(?:beating|hitting|hurting|attacking) (?:me|us) and my (?:mum|mom|sister|brother|kids)\b",
    # -- round 65, helper k4 -- "they forced the door and are inside": a break-in told with
    # them inside now. Not "the door was forced" alone (Ade: a past break-in).
    r"\b(?:forced|kicked|kicked in|broke|broken|smashed|bashed) (?:\w+ ){0,2}?(?:door|window|"
    r"lock)(?: (?:in|open|down))? (?:and|now) (?:they |he |she |someone |somebody )?(?:are|is|re|"
    r"s|theyre|hes|shes|got|have got|has got|getting|coming) (?:still )?(?:inside|in|in here|in "
    r"the (?:house|flat))\b(?! (?:the|a|my|to|and hurt|last|yesterday|on|at)\b)",
    # -- end of round 65, helper k4 --
    # k78b (round 78): a break-in going on now ("someone is breaking in now", "theyre breaking
    # into the house"): the present tense, not "they broke into the shed" (a past break-in).
    r"\b(?:(?:someone|somebody|some one|he|she|they|a man|men|people|burglars?|intruders?) "
    r"(?:is|are|s|re)|someones|somebodys|hes|shes|theyre) (?:still )?(?:(?:breaking|forcing "
    r"(?:their|his|her) way|smashing (?:their|his|her) way) (?:in|into (?:the |my |our )?\w+)|"
    r"(?:getting|climbing) (?:in (?:through|via)|in(?:to)? (?:the |my |our )?(?:house|flat|home|"
    r"window|bedroom|room|kitchen|outbuilding|garage|building|property)))\b"
    r"(?! (?:every|all the time|a lot|loads|again and again)\b)",
    # end k78b
]

# Speech that sounds like danger or death and is neither.
IDIOMS = re.compile(
    # "my dad would kill him lol": what a relative would do if they knew, not danger.
    r"\b(?:(?:mum|mom|mam|dad|parents|brother|sister|nan|gran|family|uncle|boyfriend|husband)"
    r"(?:\W+(?:he|she|they))?\s*(?:would|will|d|ll|is gonna|is going to|gonna)\s+(?:literally\s+)?"
    r"(?:kill|murder|batter|smash)\s+(?:him|her|them)\b|"
    r"(?:is|are|s|re|was|were|been|feet|head|back|knees|this|that|it|waiting|suspense|"
    r"boredom|queue|paperwork)\s+(?:is\s+|are\s+)?killing me|dying (?:to|for)|"
    # "insurance are dragging their feet" (round 38, Dan): slow, not someone dragged.
    r"dragg?(?:ing|ed|s)? (?:their|his|her|its|my|your|our) (?:feet|heels)|"
    r"dead (?:tired|beat|on|slow|end|good|easy|serious|funny|lucky|right|set|gorgeous|quiet)|"
    r"(?:bored|sick|frozen|scared|worried|tired) to death|death of me|could murder|kill for|"
    r"(?:boss|mum|mom|mums|moms|dad|wife|husband|teacher|manager|nan|sister|brother)\s*"
    r"(?:ll|s|will|would|is|is gonna|is going to|gonna|going to)?\s*(?:gonna |going to )?"
    r"kill me (?:if|for|when|lol|haha|cos|because)"
    # -- round 27, helper D -- Not "my brother would kill me if the police came to the house" (a
    # threat for going to the police, or for refusing a marriage: honour-based violence).
    r"(?! (?:the )?(?:police|feds|cops)\b| i (?:report\w*|told the police|tell the police|go to "
    r"the police|went to the police|call\w* the police|refuse\w*|dont marry|do not marry|wont "
    r"marry|ran away|run away|leave home|left home)\b| (?:they|he|she) (?:find out|found out|"
    r"knew|know) i (?:reported|told|went to the police|called the police)\b)|kill me lol|"
    r"(?:phone|battery|laptop|car|tablet|charger|signal|line)\s+(?:is |has |went |about to |was |"
    r"just )?(?:dead|died|die|dying)|died (?:laughing|of embarrassment)|dying (?:of|from) (?:embarrassment|shame|cringe)|"
    r"(?:its|it s|thats|that s) just a saying|dead to me|lifesaver|"
    r"killer (?:question|queue)|drop dead gorgeous|to die for|could have died laughing|"
    r"nearly died laughing|"
    # "whats the point of this?" about the chat or reporting, not about living.
    r"whats the point (?:of |in )?(?:all )?(?:this|that|it|asking|these|you|talking to (?:you|a bot)|"
    r"report\w*|telling (?:them|the police|anyone)|the (?:chat|bot|questions|police|report\w*))"
    r"\b(?! (?:life|living|anymore|any more|all))|"
    # "whats the point feds dont do nothing": about the police doing nothing.
    r"whats the point\b.{0,30}\b(?:feds|police|cops|old bill|they|them) (?:dont|do not|aint|"
    r"wont|will not|never|not gonna|arent gonna|are not going to|do nothing|did nothing|"
    r"gonna do nothing)|"
    # "no. whats the point theyre kids": about reporting children, not about living.
    r"whats the point\b.{0,15}\b(?:theyre|they re|they are|its|it s|hes|shes) (?:just |only )?"
    r"(?:kids|children|teenagers|teens|a kid|a child|school ?kids)|"
    # "reported it 4 times. police do nothing... whats the point": about reporting, not life.
    r"(?:feds|police|cops|old bill|they|them|it)\b.{0,30}\b(?:do|did|done|doing|does) (?:fuck all|"
    r"nothing|sod all|bugger all|jack)\b.{0,40}\bwhats the point|whats the point (?:of |in )?"
    r"(?:reporting|telling|calling|ringing|going to the police|this chat|this|asking)|"
    # -- round 31, helper Q -- "reported it online got a crime number and nobody's rung. whats
    # the point" (Terry, angry at the police): the point of the process, ending the message.
    r"(?:crime (?:ref\w* )?number|reported|report|police|officers?|insurers?|insurance|the "
    r"case)\b.{0,80}\b(?:nobody|no one|noone|nobodys|no ones|never|not once)\b.{0,30}\bwhats the "
    r"point\s*$|"
    # -- round 34 -- "no. man you keep saying you cant answer. whats the point" (Kwabena): the
    # point of this chat, said to it in frustration, ending the message.
    r"\b(?:you|u|it|this|bot)\b.{0,12}\b(?:keep|keeps|kept|just|only) (?:saying|asking|telling|"
    r"repeating|giving)\b.{0,60}\bwhats the point\s*$|\b(?:you|u) (?:cant|can t|cannot|dont|wont|"
    r"never) answer\w*\b.{0,40}\bwhats the point\s*$|"
    # -- round 37 -- "Tom says I should report it again but whats the point" (Hannah, stalked,
    # police did nothing): the point of reporting, said just after it, not of living.
    r"\breport\w*\b(?: (?:it|him|her|them|this|that))?(?: again| (?:to )?(?:the )?police)?,? "
    r"(?:but |and |tho |though )?whats the point\b(?! (?:of |in )?(?:living|life|going on|carrying "
    r"on|anything|being alive|me|anymore|any more)\b)|"
    # -- round 41, helper J1 -- "shoplifting ones we mostly dont bother, whats the point" (Dev,
    # a shop owner, of reporting shoplifters to the police): the point of reporting, not living.
    r"\b(?:report\w*|police|cops|feds|101|shoplift\w*|thie(?:f|ves)|theft|stolen|nicked|"
    r"crime)\b.{0,80}\b(?:dont|do not|never|wont|didnt|not) (?:even |really |usually |normally )?"
    r"(?:bother|report\w*|call\w*|ring\w*|tell\w*)\b(?: (?:with )?(?:it|them|that|those|the "
    r"police|police|anymore|any more|now|these days))?,? whats the point\s*$|"
    # -- round 68, helper n1 -- "skip the rest, just tell me whats the point of any of this"
    # (Derek, angry at the police, at the health question): the point of the questions.
    r"whats the point (?:of |in )?(?:any of |all of )(?:this|that|these|it)\b(?! (?:life|living|"
    r"anymore|any more|all))|"
    # "nah. whats the point. i'd had a few pints, theyll just say i started it" (Gary, punched
    # in a pub, at the reporting question): what the police will make of it, not of living.
    r"whats the point\b(?! (?:of |in )?(?:living|life|going on|carrying on|anything|being alive|"
    r"me|anymore|any more|it all|trying|waking up)\b).{0,60}\b(?:theyll|they ll|they will|theyd|"
    r"they would|theyre gonna|theyre going to|they are going to|police will|police ll|police "
    r"would|cops will|cops ll) (?:just |only |probably |prob |all )?(?:say|think|believe|blame|"
    r"claim|reckon|make out|decide)\b(?: (?:that|it was))? (?:i|im|me|my)\b|"
    # -- end of round 68, helper n1 (idioms) --
    # "my mum is gonna kill me" at the end of a message about a scam.
    r"(?:mum|mom|mam|dad|parents|nan|gran|wife|husband|missus|boss|teacher)\s*(?:is|s|will|ll|"
    r"would)?\s*(?:gonna|going to)?\s*kill me\s*$)\b"
)
# Danger is about now: a message with no word of the present ("he strangled me in 2020 and
# went to prison for it") tells of danger that is over, unless it is a threat.
_PRESENT = re.compile(
    rf"^(?:locked|hiding|trapped|stuck|help)\b|\b(?:{_NOW}|is|are|am|im|hes|shes|theyre|"
    r"theres|someones|here|outside|coming|keeps|currently|can|cant|wont|has|have|says|"
    r"said)\b|"
    # In few words of English, the present has no "is": "they lock me", "quick they come".
    r"\b(?:lock|locks) (?:me|us|the door|door)\b|\bquick\b|\bcome now\b|"
    # "he's got a knife" is now; "we got jumped" is not.
    r"\bgot\b(?! (?:\w+ed|hit|beaten|jumped|robbed|mugged|stabbed|shot|bitten|caught|done|"
    r"taken|stolen|away|home|out|back|to)\b)"
)
# "when she is here", "if he comes back": not now.
_CONDITIONAL = re.compile(
    r"\b(?:when|whenever|if|unless|until|once|in case|while) (?:he|she|they|hes|shes|theyre)\b"
    r"(?:(?! and | but )[^,.;])*"
)
# "scared he's gonna get me if I go to court": a fear of what may happen if they give
# evidence (intimidation), not danger now and not a threat someone made.
_FEARED_IF = re.compile(
    r"\b(?:scared|afraid|worried|frightened|terrified|nervous|worry|fear|fearing|think|"
    r"feel like)\b(?:(?! said| says| told| texted| messaged)[^,.;]){0,40}"
    r"\b(?:gonna|going to|will|ll|might|would|d|could)\b[^,.;]{0,30}"
    r"\b(?:if|when|once) (?:i|we) (?:go|give|testify|speak|report|tell|went|gave|do|did|"
    r"make|made|press|pressed|stand|turn)\b[^,.;]*"
)
# k77d (round 77): Linda, of her brother: "they get him outside by the shops when he goes to get
# his money out" got the 999 screen after she had said nobody was in danger. A place near the
# shops told with when it happens ("when he goes") is where it keeps happening, not someone
# outside now; "hes outside by the shops now" has no such "when" and is still read.
_K77D_WHERE_IT_HAPPENS = re.compile(
    r"\boutside (?:by|near|at|round|in front of) (?:the |a )?(?:\w+ )?(?:shops?|cashpoint|atm|"
    r"bank|post office|station|bus stop|school|park)s?\b(?=[^.!?]{0,20}\bwhen (?:he|she|they|i|"
    r"we) (?:goes|go|gets|get|comes|come|walks|walk|leaves|leave)\b)"
)
# Where something happened ("two lads outside the chicken shop"), not someone outside now.
_SCENE = re.compile(
    # "if anything else happened to her on the way home": where it happened, not someone coming.
    r"\bhappened (?:to (?:her|him|me|them|us) )?on (?:the|her|his|my|their|our) way (?:home|back|"
    r"to \w+)\b|"
    r"\boutside (?:of )?(?:a |the |an |that )?(?:\w+ )?(?:shop|shops|pub|club|station|school|"
    r"college|court|tube|bar|chippy|offy|off licence|supermarket|tesco|sainsburys|asda|lidl|"
    r"aldi|mcdonalds|maccies|nandos|kfc|cinema|gym|church|mosque|temple|park|library|"
    r"hospital|surgery|bus stop|restaurant|cafe|takeaway|bank|cashpoint|atm|post office|"
    r"office|venue|stadium|ground|arcade|chicken shop)s?\b"
)
_NEGATED_DANGER = re.compile(
    r"\b(?:(?:im|i am|were|we are|i feel|i m) (?:not|no longer|never) (?:in danger|unsafe|at risk)|"
    r"(?:im|i am|were|we are|i feel) (?:safe|ok|okay|fine|alright)|not in danger|"
    # -- round 53, helper Z5 -- "im not the one in danger mate" (Mick, angry at the attacker)
    r"(?:im|i am|i m|were|we are) not the one (?:in danger|at risk|whos in danger)|"
    r"no (?:danger|threat)|"
    # -- round 60, helper G1 -- "Nobody is in danger." / "I said NOBODY is in danger" (Kofi,
    # whose son is in hospital) got 999: a denial, not danger. Not "nobody knows im in danger".
    r"(?:nobody|no one|noone|no body|none of us)(?: else)? (?:is|was|s|here is|of us is) "
    r"(?:in (?:any )?danger|at risk|unsafe)|"
    r"(?<!\bim )(?<!\bare )(?<!\bis )not danger\b(?! (?:now|yet))|"  # round 55, B3 (Frank)
    r"(?:hes|shes|theyre|he is|she is|they are) (?:in prison|locked up|"
    r"on remand|gone|dead|away|abroad|in (?:scotland|wales|another country))|"
    r"(?:hes|shes|theyre|he|she|they) (?:has |have )?moved (?:away|abroad|out|to \w+)|"
    r"(?:hes|shes|theyre|he is|she is|they are|hes|hes) not (?:here|there|home|around|in)"
    r"(?: (?:now|right now|at the moment|atm|rn))?)\b"
)

# -- suicide and self-harm ---------------------------------------------------------------------

SELF_HARM_PATTERNS = [
    r"\b(?:kill|killing|end|ending|hurt|hurting|harm|harming|top|topping) (?:myself|my ?self|my life)\b",
    r"\btake my (?:own )?life\b",
    r"\b(?:end|ending|finish) it (?:all|tonight|now|for good|today)\b",
    # "if my dad sees that pic i might as well just end it lol" (round 55, Ollie, 15); not
    # "might as well end it with him" (a relationship).
    r"\b(?:ima|im going to|im gonna|going to|gonna|i will|ill|want to|wanna|thinking (?:of|about)|"
    r"feel like|(?:might|may|could) (?:as well|aswell)) (?:just )?(?:end|ending) it\b"
    r"(?! (?:with|between|off with)\b)",
    r"\bend it all\b",
    r"(?<!not )(?<!he )(?<!she )(?<!hes )(?<!they )\bsuicid",
    r"(?<!was )(?<!were )(?<!thought i )\b(?:want|wanna|wanted|going|gonna|ready) (?:to )?"
    r"(?:die|be dead)\b",
    # "i'd rather just not be here anymore" (round 40, Sophie, 16).
    r"\b(?:id|i would|i d) (?:just |honestly |really |sooner )?rather (?:just |honestly |really )?"
    r"(?:be dead|die|not be here|not exist|not be alive|not wake up)\b",
    # "i cant see the point of school now tbh. or anything", "everything just feels pointless
    # without him", "sometimes i just wanna be where he is" (round 40, Kemi, 17, whose brother
    # was killed).
    r"\bsee (?:the|any) point (?:of|in) (?:school|college|uni|work|going out|getting up|eating|"
    r"trying|life|living)\b.{0,30}\bor (?:anything|life|living|being here)\b",
    r"\b(?:everything|life|living|it all|my life) (?:just |all |really )?(?:feels|is|seems|felt) "
    r"(?:so |just |completely |totally )?pointless\b",
    r"\b(?:want|wanna|wanted|wish i could|just want to|just wanna) (?:to )?(?:go and )?be "
    r"(?:where (?:he|she|they) (?:is|are)|with (?:him|her|them) (?:again|up there|in heaven))\b",
    r"\bwish (?:i|id|i d) (?:was|were|had|could) (?:dead|die|died|never been born|not woken up|"
    r"disappear|not exist)\b",
    # "sometimes i wish i just wasnt here" (round 55, Bex): a word between "i" and "wasnt".
    r"\bwish (?:i|id|i d) (?:just |really |honestly |sometimes |could just )?(?:wasnt|wasn t|"
    r"was not|werent|weren t|wasnt even|was never) (?:here|alive|born|around anymore|around any "
    r"more)\b(?! (?:when|while|for|at|on|if|tonight|today|this))",
    # "sometimes i think about not being here anymore", as young people write it.
    r"\b(?:think|thinking|thought|thoughts|dream|dreaming) (?:about|of) (?:not (?:being|be) "
    r"(?:here|around|alive)(?! (?:when|while|for|at|on|if|tonight|today|this))|not waking up|dying|"
    r"being dead|ending it|killing myself|disappearing (?:for good|forever))\b",
    r"\bbetter off (?:dead|without (?:me|a \w+ like me|someone like me))\b",
    r"\bbetter off if i (?:wasnt|was not|werent|was gone|wasnt here|died)\b",
    r"\bno way out\b.{0,30}\b(?:die|dying|death|dead|end it)\b",
    r"\bno (?:point|reason|future)\b.{0,25}\b(?:living|live|alive|going on|carrying on|"
    r"keep going|being here|exist|for me)\b",
    r"\bwhats the point (?:in |of )?(?:carrying on|going on|living|anything|being alive|me)\b",
    # "honestly some days i dont see the point": of going on, said on its own (not "i dont see the
    # point in reporting it").
    r"\b(?:dont|do not|cant|can t|cannot) see (?:the|any) point (?:in |of )?(?:carrying on|going "
    r"on|living|anything|being alive|being here|life|it all|any of it)\b",
    r"\b(?:some days|most days|sometimes|honestly|anymore|any more|these days|lately)\b.{0,20}"
    r"\b(?:dont|do not|cant|can t|cannot) see (?:the|any) point(?: any ?more)?\W*$",
    r"\b(?:cant|cannot|can t) (?:go on|carry on|do this any ?more|take (?:it|this) any ?more|"
    r"live like this|keep going)\b",
    r"\b(?:took|taken|take|taking|swallowed|swallow|necked|downed|gonna take|going to take|"
    r"im taking) (?:all|loads|lots|a load|too many|a lot|a bunch|a whole|the whole|every|a packet|"
    r"a box|a bottle)(?: of)?(?: (?:pack|packet|box|bottle|strip|tub|load)s? of)?"
    r"(?: my| the| his| her| those| these)? ?(?:\w+ )?(?:pills|tablets|"
    r"paracetamol|ibuprofen|meds|medication|medicine|packet|sleeping pills|antidepressants|"
    r"sertraline|citalopram|co codamol|cocodamol)",
    r"\b(?:swallowed|took|taken|necked) (?:all )?my (?:\w+ )?(?:pills|tablets|meds|medication|"
    r"sertraline|citalopram|antidepressants)\b",
    r"\bevery (?:pill|tablet) in the\b",
    # More than a dose at once: "only like 4 paracetamol its fine", "took 12 tablets".
    r"\b(?:took|taken|had|swallowed|necked|downed|only|just)\s+(?:like |about |around |maybe "
    r"|over )?(?:[3-9]|[1-9]\d|three|four|five|six|seven|eight|nine|ten|twenty) (?:\w+ )?"
    r"(?:pills|tablets|paracetamol|ibuprofen|co codamol|cocodamol|codeine|sleeping pills)\b",
    r"\b(?:pills|tablets|paracetamol|meds) (?:saved|stockpiled|ready|hidden)\b",
    # -- round 29, helper M -- "ive been saving my tablets": a store of pills kept back.
    r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|keeping back|kept back|"
    r"storing up|saving up) (?:up )?(?:all )?(?:my |the |some |of my )?(?:\w+ )?(?:pills|tablets|"
    r"meds|medication|paracetamol|painkillers|sleeping pills)\b",
    r"\boverdos",
    r"\bself[- ]?harm",
    # Not "a bottle hit my arm last week": something thrown by someone else.
    r"(?<!he )(?<!she )(?<!they )(?<!hes )(?<!it )(?<!that )(?<!which )(?<!bottle )(?<!brick )"
    r"(?<!stone )(?<!rock )(?<!glass )(?<!egg )(?<!eggs )(?<!ball )(?<!something )(?<!one )"
    r"\b(?:cut|cutting|burn|burned|burnt|burning|scratch|"
    r"scratching|hurting|bite|biting|punch|punching|hit|hitting) (?:myself|my ?self|my "
    r"(?:arms?|wrists?|legs?|skin|thighs?|stomach))\b(?! (?:when i fell|in the|on the))",
    # "i hurt my wrist" is an injury (he pushed her down the stairs); "i hurt myself" is not.
    r"(?<!he )(?<!she )(?<!they )(?<!hes )\bhurt (?:myself|my ?self)\b",
    r"\b(?:cutting|cut) (?:again|my arms|my legs)\b",
    r"\bi (?:\w+ ){0,3}?(?:punch|bite|scratch|cut|burn|hit|bang|pull)\w* .{0,40}(?:on purpose|"
    r"deliberately|until (?:they|it|i|my \w+) (?:bleed|bruise|split|hurt))",
    r"\b(?:slit|slash) my wrists?\b",
    r"\bhang (?:myself|my ?self)\b|\bhanging myself\b",
    r"\b(?:bought|got|have) (?:the|a) rope\b",
    r"\b(?:blade|razor|knife) in my hand\b",
    # Not "I'm on edge every time I open the door": on the edge of something.
    r"\b(?:i'?m|im|i am|sat|standing|stood) (?:on|at) (?:the )?(?:bridge|roof|platform|cliff|"
    r"top of)\b|\b(?:i'?m|im|i am|sat|standing|stood) (?:on|at) the edge\b",
    r"\b(?:platform edge|edge of the platform)\b",
    r"\b(?:never|not) (?:to )?wake up\b",
    r"\bhoping (?:i )?(?:dont|don t|wont|never) wake\b",
    # n103a (round 103): "i wish i didnt wake up", "hope i dont wake up" said as a wish (not "i
    # hope i dont wake up the baby"); sleeping through a crime is set aside below (Bea).
    r"\b(?:wish|wished|wishing|hope|hoping|pray|praying) (?:i|id|i d) (?:just )?(?:didnt|did not|"
    r"didn t|dont|do not|don t|wont|will not|won t|wouldnt|would not|never|hadnt|had not) "
    r"(?:wake|woke|woken|waken) up\b(?! (?:the|my|him|her|them|everyone|anyone|the \w+|when|"
    r"before|until|till)\b)",
    r"\b(?:no ?one|nobody|noone) (?:would|will|wud) (?:even |really |ever |actually )?"
    r"(?:care|notice|miss me)\b",
    # "the kids would cope fine without me", "everyone would be happier without me"
    r"\b(?:would|will|wud|d) (?:all )?(?:be (?:fine|ok|okay|better|happier|better off)|cope|manage|"
    r"get on) (?:fine |ok |okay |just fine |better )?without me\b"
    r"(?! (?:for|today|tonight|tomorrow|this|next|at|on|in|while|until|till|when|if)\b)",
    "\U0001f48a",
    r"\b(?:jump|jumping|step|stepping|throw myself) (?:off|in front of|under)\b",
    r"\b(?:driving|drive|crash|crashing) (?:my car )?into a (?:wall|tree|bridge|lorry)\b",
    # -- round 45, helper P3 -- not "I don't want to be here when he finds out I know" (Chloe, in
    # the flat her flatmate comes back to at 6): being somewhere when someone comes.
    # "some nights i dont even wanna be here no more" (round 47, Liam, his best friend killed).
    r"\b(?:dont|do not|dont really|dont even|do not even) (?:want (?:to )?|wanna )(?:live(?! with| "
    r"in| there| near| next| at| here| like)|be alive|be here (?:any ?more|no more|no longer)|wake "
    r"up|exist|be here(?! (?:when|while|before|until|"
    r"till|once) (?:he|she|they|hes|shes|theyre|my (?:flatmate|landlord|ex|husband|boyfriend|"
    r"partner|dad|stepdad)|him|her|them)\b))\b",
    r"\b(?:want|wanna|wanted) to (?:disappear|not exist|stop existing)\b.{0,20}\b(?:forever|for "
    r"good|any ?more)?",
    r"\bnot exist any ?more\b",
    r"\b(?:so )?tired of (?:living|life|being alive|everything)\b",
    r"\b(?:life|living) (?:isnt|is not|aint|not) worth\b",
    r"\bdone with (?:life|living|it all|everything)\b",
    r"\b(?:a )?burden (?:to|on) (?:everyone|my family|everybody)\b",
    # Goodbye letters, not "left notes saying men in dresses aren't welcome" or police "writing
    # notes" for a Deaf witness.
    r"\b(?:wrote|written|writing|left) (?:(?:a )?(?:goodbye|suicide) (?:notes?|letters?)|goodbye|"
    r"(?:a )?(?:letters?|notes?) (?:to|for) (?:my|the|everyone|every one|all)(?! (?:police|"
    r"council|landlord|school|neighbours?|officer)))\b",
    r"\bsaid (?:my )?goodbyes?\b",
    r"\b(?:dont|don t|do not) think (?:ill|i will|i ll) (?:still )?be (?:here|around|alive)\b",
    r"\b(?:only|one) way (?:out|to make (?:it|the pain) stop)\b.{0,30}\b(?:die|dying|death|end)\b",
    r"\b(?:googling|looked up|looking up|searching|search) how (?:many|much|to)\b",
    r"\bwant (?:it|this|everything) (?:all )?(?:to )?(?:stop|over|end) for good\b",
    r"\bi want it over\b",
    r"\bcant (?:go on|carry on) living\b",
    r"\b(?:tried|try|trying|attempt\w*) to (?:kill|end|hurt) myself\b",
    r"\b(?:thinking|thought|think) (?:about|of) (?:ways to )?(?:suicide|dying|ending it|killing "
    r"myself|hanging|jumping)\b",
    r"\b(?:im|i am) (?:going|gonna) to (?:overdose|jump|end it)\b",
    r"\b(?:drink|drinking) (?:until|till) i (?:black out|pass out)\b",
    r"\bhurt myself\b",
    # -- round 28, helper E --
    # "Some days I think it would be easier if I wasn't here at all": a passive wish not to be
    # alive. Not "easier if i wasnt here when he comes round" (a visit) nor "better if i wasnt
    # around him" (keeping away from someone).
    r"\b(?:easier|better|best|simpler|kinder|happier|(?:every ?one|everybody|them|the world|"
    r"my family|my kids|the kids) a favou?r)(?: for (?:every ?one|everybody|them|him|her|all of "
    r"them|my (?:\w+ )?(?:family|kids|children|son|daughter|mum|husband|wife|partner)))? if i "
    r"(?:just )?(?:(?:wasnt|was not|werent|were not|wasn t|weren t) (?:here|around|alive)|didnt "
    r"exist|did not exist|was gone|was dead|died|disappeared|never woke up|didnt wake up)"
    r"(?: at all| any ?more| for good| no more)?\b"
    r"(?! (?:when|while|whenever|for|at|on|in|tonight|today|tomorrow|this|next|to|with|him|her|"
    r"them|the|my|his|their|because|so|during|till|until|if|before|after|then|yet|as)\b)",
]


# -- decisions -----------------------------------------------------------------------------------

_DANGER = [re.compile(p) for p in DANGER_PATTERNS]
_SELF_HARM = [re.compile(p) for p in SELF_HARM_PATTERNS]
# A threat stays danger even when it was made in the past.
_THREAT = re.compile(
    rf"\b{_WHO}\s*(?:ll|d|will|would|gonna|going to|threatened to|threatening to|said|says|"
    rf"told|texted|messaged|sent)\b.{{0,40}}\b{_HARM_VERB}\b|\b(?:ur|your|youre|you are) "
    rf"(?:dead|gonna die)\b|^(?:gonna|going to|goin to|will|is going to) (?:kill|hurt|stab) me\b"
)


def _clean(text: str) -> str:
    text = text.lower().replace("\u2019", "").replace("\u2018", "").replace("'", "")
    text = re.sub(r"[^\w\s\U0001f48a]", " ", text)
    return " ".join(text.split())


# "I do not want her coming in if she is stealing": a wish about the future, not someone there.
_NOT_WANTED = re.compile(
    r"\b(?:i |we )?(?:do not|dont|don t|would not|wouldnt|never) want (?:him|her|them|anyone|"
    r"someone|somebody|that \w+|the \w+) (?:coming|to come)(?: (?:in|round|over|here|back))?\b"
)


# "hes coming back friday for the rest of the money": a visit on another day, not now.
_LATER_VISIT = re.compile(
    r"\bcoming (?:back |round |over |again )*(?:on |next |this )?(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|tomorrow|next week|at the weekend|this weekend)\b"
)


# "Can the police put someone outside?": asking for protection, not someone outside now.
_PROTECTION_ASKED = re.compile(
    r"\b(?:can|could|will|would|do|does|should) (?:the police|police|the council|they|you|u|"
    r"someone) (?:put|send|have|get|station|place|keep) (?:someone|somebody|an officer|a police "
    r"officer|officers|police|a car|a patrol|a guard)(?: \w+){0,2}? (?:outside|near|by|at|on)\b"
    r"(?: (?:my|our|the) \w+)?"
)


# "my friend keisha was raped last night shes here with me now": the friend they are helping,
# not someone who hurt them.
_COMPANION_HERE = re.compile(
    r"\b(?:my|our) (?:best )?(?:friend|mate|sister|brother|mum|mom|daughter|son|cousin|niece|"
    r"nephew|flatmate)\b(?: \w+){0,14}? (?:was|got|has been|been) (?:\w+ )?(?:raped|attacked|"
    r"assaulted|hurt|beaten|mugged|robbed|stabbed|spiked)\b(?: \w+){0,6}? (?:shes|hes|theyre|she "
    r"is|he is|they are) (?:here )?with (?:me|us)(?: now)?\b"
)


# -- round 27, helper D --
# "37. thats not what i asked. is saying hell kill me even a crime": asking what the law makes
# of a threat, not telling of one made now. Not "he is threatening to kill me, is that a crime"
# (someone named doing it): only a threat with no one before it, in a question about the law.
_LAW_QUESTION = re.compile(
    r"(?<!he )(?<!she )(?<!they )(?<!hes )(?<!shes )(?<!theyre )(?<!someone )(?<!somebody )"
    r"(?<!man )(?<!guy )(?<!son )(?<!ex )(?<!dad )(?<!brother )(?<!husband )(?<!boyfriend )"
    r"(?<!partner )(?<!neighbour )(?<!who )"
    r"\b(?:is|isnt|does|would|can|could) (?:it |even |just )?(?:saying|threatening|telling "
    r"(?:someone|somebody|me|you)|texting|messaging|sending|to say)\b.{0,50}?\b(?:even |still |"
    r"actually )?(?:a crime|illegal|an offence|a criminal offence|against the law|count(?:ed)? "
    r"as|classed as|considered)\b|"
    # "is it even a crime if someone says theyll kill you"
    r"\b(?:is|isnt|would|does) (?:it|that|this) (?:even |still |actually )?(?:a crime|illegal|an "
    r"offence|a criminal offence|against the law) (?:to|if|when|for (?:someone|somebody|people) "
    rf"to) (?:\w+ ){{0,8}}?{_HARM_VERB}\b(?: (?:me|you|us|someone|somebody|them))?"
)


# -- round 40, helper G2 --
# "can my wife contact them herself too? she was in the house as well" (Olu, burgled at night):
# someone else there when it happened, not someone in the house now.
_G2_THERE_TOO = re.compile(
    r"\b(?:he|she|they|my \w+) (?:was|were) (?:also )?(?:in the house|in the flat|at home|home|"
    r"there|here|with (?:me|us)) (?:as well|too|also|at the time|when it happened)\b"
)
# "i cant call anyone my mum is in the next room she'll hear" (Sophie, 16): a parent who might
# overhear the chat, not someone she is in danger from.
_G2_OVERHEARD = re.compile(
    r"\bmy (?:mum|mom|mam|dad|parents|nan|gran|nana|grandma|family|sister|brother|aunt|auntie|"
    r"uncle) (?:is|s|are|re) (?:\w+ ){0,4}?(?:shell|hell|theyll|she will|he will|they will|she "
    r"would|he would|they would|she might|he might|they might|she could|he could|they could) "
    r"(?:\w+ )?(?:hear|listen|see)\b"
)
# -- round 42, helper L1 -- "she's here most mornings, she sees my phone sometimes" (Ben, whose
# carer takes his money): when she is usually there, not someone there now.
_L1_THERE_USUALLY = re.compile(
    r"\b(?:hes|shes|theyre|he is|she is|they are|he s|she s) (?:here|there|round|over) "
    r"(?:most|every|each|all|some) (?:mornings?|days?|nights?|evenings?|afternoons?|weekends?|"
    r"weeks?|weekdays)\b"
)
# -- round 48, helper S4 -- "AFTERNOONS. AFTER 1 OCLOCK. NOT MORNINGS SHE IS HERE THEN" (Bob,
# 80, on when to text him, as his carer comes in the mornings): who is there at a time of day.
_S4_HERE_AT_THAT_TIME = re.compile(
    r"\b(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?|oclock|o clock|"
    r"\d{1,2} ?(?:am|pm))\b(?: \w+){0,4}? (?:hes|shes|theyre|he is|she is|they are|he s|she s) "
    r"(?:here|there|round|over|in) then\b"
)


# -- round 65, helper j1 --
# Moira, after her referral: "its ma TYRES no the windscreen. an that hes threatened me" (and
# "he's threatened me before but am fine the now") got the 999 screen, though she had said she
# was safe: the classifier's guess of danger was believed on "threat" beside "hes" (he has).
# A threat told as done ("hes threatened me", "he has been threatening me for a year") is part
# of an account, not danger now. Not "he's just threatened me", "hes threatened me again", "hes
# threatened me with a knife", "threatened to kill me" (a threat to harm stays danger), and not
# "he is threatening me right now" or "hes threatening me outside" (said as happening).
_J1_PAST_THREAT = re.compile(
    r"(?<!\bjust )(?<!\bnow )\bthreatened (?:me|us|my \w+)\b"
    r"(?! (?:to|with|again|now|just|tonight|today|rn|right now|this minute|as we speak)\b)|"
    r"\bbeen threatening (?:me|us|my \w+) (?=(?:for|since|over|on and off|ever since)\b)"
)
# Fear said with it keeps the classifier's guess: "hes threatened me and im scared".
_J1_FEAR_SAID = re.compile(r"\b(?:scared|afraid|terrified|frightened|petrified|fear\w*)\b")


def _set_aside(cleaned: str, told: re.Pattern[str], unless: re.Pattern[str]) -> str:
    """The cleaned message without what ``told`` matches, unless ``unless`` is said in it."""
    if unless.search(cleaned):
        return cleaned
    return " ".join(told.sub(" ", cleaned).split())


def j1_without_past_threat(cleaned: str) -> str:
    """The cleaned message without a threat told as done, unless fear is said with it."""
    return _set_aside(cleaned, _J1_PAST_THREAT, _J1_FEAR_SAID)


# Mairead, at work, about her ex: "Will my employer be told about any of this? My manager saw
# him outside but I didn't tell her the whole story." got the 999 screen on "him outside". Someone
# else having seen him there is what happened, not him there now. Only another person's sighting
# ("I saw him outside" may be now), and only with no word of now ("my mum just saw him outside",
# "she saw him outside again", "saw him outside and hes still there" stay danger).
_J1_SAW_HIM_THERE = re.compile(
    r"\b(?!(?:i|we|ive|weve|i ve|we ve|id|i d|just)\b)\w+ (?:(?:has|had|have) )?(?:saw|seen|"
    r"spotted|noticed|clocked) (?:him|her|them|my ex|the \w+)(?: (?:stood|standing|waiting|sat|"
    r"sitting|parked|hanging (?:about|around)))? (?:outside|near|by|at|round|around)\b"
    # Not at home: "my neighbour saw him outside my house" may be now.
    r"(?! (?:my|our|the|me|mine|us) ?(?:house|flat|home|door|window|gate|front|back|place|mums|"
    r"kids|\w+s (?:house|flat|home|place))?\b)"
    r"(?: (?:the|my|our|her|his|their|work|door|house|flat|building|office|shop|school|gate|"
    r"gates|place|front))*"
)
_J1_NOW_SAID = re.compile(
    rf"\b(?:{_NOW}|just|today|this morning|this afternoon|this evening|minutes? ago|an hour ago|"
    r"earlier|hes|shes|theyre|he is|she is|they are|coming|waiting|on (?:his|her|their) way)\b"
)


def j1_without_sighting_then(cleaned: str) -> str:
    """The cleaned message without someone else's sighting of him, when nothing says now."""
    return _set_aside(cleaned, _J1_SAW_HIM_THERE, _J1_NOW_SAID)


# -- end of round 65, helper j1 --
# -- round 65, helper k4 --
# Kasia, about her landlord: "He is coming in my flat when I am not there and also when I am
# there, without asking me" got the 999 screen on "he is coming in". Coming into her home told
# with when/whenever/without asking is what he does, not him coming in now. Only "coming in(to)"
# a named home followed by such words: "hes coming in", "he is coming in my flat now" stay.
_K4_COMES_IN_HABITUALLY = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|he is|she is|they are|he s|she s) (?:keeps |always |often "
    r")?coming (?:in|into|in to) (?:my|our|the|her|his) (?:flat|house|home|room|place|"
    r"apartment|bedroom)\b(?= (?:when|whenever|while|every|all the time|without (?:asking|"
    r"permission|telling|knocking))\b)(?! (?:when|while) (?:i|we|im|were) (?:am |are )?(?:alone|"
    r"asleep|in bed|here)\b)"
)
# Ade, burgled at work, at the danger question: "No. Back door was forced. Police said they'd
# send someone. How do I get a crime number?" got the 999 screen on "send someone". What the
# police said they would do is not a cry for someone to be sent; any word of someone there now
# ("police said theyd send someone, hes still outside") is still read.
_K4_POLICE_SAID_SEND = re.compile(
    r"\b(?:said|say|says|told (?:me|us)|promised)(?: that)? (?:they|theyd|theyll|they d|they ll|"
    r"they would|they will|they are going to|theyre going to|they were going to|they re going to|"
    r"(?:someone|somebody|an officer|the police|police) (?:would|will)) (?:send|be sending) "
    r"(?:someone|somebody|an officer|officers|a car|police|the police|help)\b"
    r"(?: (?:round|over|out|along))?"
)
# Tom, 15: "no hes gay too. he just wanted to hurt me" got the 999 screen: the classifier's guess
# of danger was believed on "hurt me" beside "hes" (he is). Why he did it, told in the past, is
# not danger now. Not "he wants to hurt me", "he still wants to hurt me".
_K4_PAST_MOTIVE = re.compile(
    r"\b(?:he|she|they|them|him) (?:just |only |really |obviously |clearly )?(?:wanted|was trying|"
    r"were trying|tried|meant|was going|were going|was out) to (?:hurt|humiliate|scare|frighten|"
    r"embarrass) (?:me|us)\b(?! (?:again|now|still|tonight|today|rn|right now)\b)"
)


def k4_without_told_as_done(cleaned: str) -> str:
    """The cleaned message without habitual entry, a promised police visit or a past motive."""
    cleaned = _K4_COMES_IN_HABITUALLY.sub(" ", cleaned)
    cleaned = _K4_POLICE_SAID_SEND.sub(" ", cleaned)
    cleaned = _K4_PAST_MOTIVE.sub(" ", cleaned)
    return " ".join(cleaned.split())


# -- end of round 65, helper k4 --
# "My son was mugged on Tuesday ... two older boys held a knife to him and took his trainers"
# (Helen): a weapon in what happened, told with when; not one there now.
_G2_PAST_WEAPON = re.compile(
    r"\b(?:held|pulled|pulled out|waved|had|showed|flashed|got out|took out|pointed|put|"
    r"threatened (?:him|her|them|me|us) with|with) (?:a |the |his |their |her )?(?:knife|gun|"
    r"machete|blade|weapon)\b"
)
# "was mugged on Tuesday on his way home from school": where it happened, not someone on the way.
_G2_ON_THE_WAY_THEN = re.compile(
    r"\b(?:was|were|got|been|mugged|robbed|attacked|jumped|stabbed|assaulted|beaten|followed)\b"
    r"(?: \w+){0,4}? on (?:his|her|their|my|the) way (?:home |back )?(?:from|to) \w+"
)


# -- round 41, helper J1 --
# "Can I report to someone outside the Met?" (Bella, whose wife is a Met officer): someone in
# another police force or body, asked about, not someone outside her door.
_J1_OUTSIDE_BODY = re.compile(
    r"\b(?:someone|somebody|anyone|anybody|people|police|a force|another force|officers?|an "
    r"officer) (?:from )?outside (?:of )?(?:the |my |her |his |their |our |your )?(?:met|"
    r"metropolitan police|force|police|borough|area|london|uk|country|family|school|college|work|"
    r"office|organisation|agency|council|team|company|job|department|station)\b"
)


# -- round 47, helper R6 -- "I even thought I heard someone downstairs tonight but it was the
# fridge" (Joan, 77, after a burglary): a noise she has found was nothing, not someone there now.
# Only a thing named after "it was" (never "it was him" or "it was my ex").
_R6_ONLY_A_NOISE = re.compile(
    r"\b(?:i )?(?:thought|think|was sure|swore) (?:i |id )?(?:heard|could hear|saw|seen) "
    r"(?:someone|somebody|something|a noise|noises|a sound|footsteps|a man)\b(?: \w+){0,4}? "
    r"(?:but|and) (?:it was|its|it s|it turned out to be|turned out it was) (?:just |only )?"
    r"(?:nothing|the (?:fridge|freezer|boiler|heating|pipes|radiators?|wind|rain|cat|dog|radio|"
    r"tv|telly|television|washing machine|dishwasher|house|neighbours (?:tv|telly|dog|cat))|"
    r"my (?:fridge|freezer|boiler|cat|dog|radio|tv|telly)|a fox|foxes|the foxes)\b"
)
# "shelters full of women hiding from men" (Kim, asking whether a helpline takes women abused by
# women): who refuges are for, not someone hiding now.
_R6_OTHERS_HIDING = re.compile(
    r"\b(?:women|people|victims|survivors|families|mums|mothers|men|others|those) (?:who are |that "
    r"are |all )?hiding from (?:men|their \w+|abusers|violent \w+|partners)\b"
)


# -- round 63, helper i1 --
# Nadia: "my husband say he will take my children to somalia and i never see them. he is
# sleeping now. if he wake up i have to stop" got Samaritans and "if you've hurt yourself":
# "wake up" (the cue for "I don't want to wake up") was said of him. Someone else waking up
# is not a thought of suicide; "i dont want to wake up" keeps its "i".
_I1_SOMEONE_ELSE_WAKES = re.compile(
    r"\b(?:he|she|they|hubby|husband|wife|partner|boyfriend|bf|girlfriend|ex|dad|mum|mom|"
    r"baby|kids|children|son|daughter) (?:wake|wakes|woke|waking|will wake|ll wake|gonna wake|"
    r"going to wake) up\b"
)
# Sharon: "hang on shes here she wants to type herself" (her daughter, the offender a lad at a
# party) got the 999 lines. Someone arriving who wants to write in this chat is the person it
# happened to, not the one who hurt them: "shes here" alone, "hes here now" still alarm.
_I1_HERE_TO_TYPE = re.compile(
    r"\b(?:(?:shes|she is) (?:here|back|home)(?: now)? (?:and )?she|(?:hes|he is) (?:here|back|"
    r"home)(?: now)? (?:and )?he|(?:theyre|they are) (?:here|back|home)(?: now)? (?:and )?they) "
    r"(?:wants?|wanna|would like|d like|is going|s going|gonna) (?:to )?(?:type|write|talk to you|"
    r"speak to you|tell you|answer you)(?: (?:herself|himself|themselves|it|this|now|to you))*\b"
)
# -- end of round 63, helper i1 --
# -- round 71, lead --: Gwen, 77, burgled while at church: "i dont sleep well now every noise at
# night i think theyre back" got the 999 lines. A fear that comes with every noise is how she
# lives now, not someone there: "i think theyre back" alone, or "i think theyre back, i can hear
# them downstairs", still alarm.
_L71_EVERY_NOISE = re.compile(
    r"\b(?:every|each|any|at every) (?:little )?(?:noise|sound|creak|bang|knock|car|footstep|"
    r"time i hear (?:a |any )?(?:noise|sound|something))s?(?: (?:at night|i hear|outside|in the "
    r"night|downstairs))*,? (?:and )?i (?:think|thought|keep thinking|imagine|worry|feel like)\b"
    r"(?: (?:its|it s|it is|theyre|they re|they are|hes|he s|he is|shes|she is|someones|"
    r"someone is))? (?:back|them|him|her|coming back|here)\b"
)

# -- round 71, helper x71a --
# False alarms of danger now, each set aside narrowly (only these words; anything else said of
# now still counts):
# Frank, 68, in his kitchen: "Romance? I beg your pardon... He was a roofer, or said he was. At
# my front door." got the 999 lines: "or said he was" is a claimed trade (the full stop after it
# is gone once cleaned), not "he was at my front door".
_X71A_OR_SAID_HE_WAS = re.compile(
    r"\bor (?:at least |so )?(?:said|says|claimed|claims|made out|pretended|told me) (?:he|she|"
    r"they) (?:was|were|is|are)\b"
)
# Frank again: "should I get somebody proper to look at it?" (his roof) got the 999 lines: a
# tradesperson to look at or fix something, not "get someone" in danger. Not "to check on" a
# person.
_X71A_SOMEONE_TO_FIX = re.compile(
    r"\b(?:get|send|find) (?:someone|somebody|a man|a bloke)(?: (?:proper|qualified|professional|"
    r"decent|reputable|trustworthy|trusted|honest|proper|else|out|round|in|official|registered|"
    r"approved)){0,3} to (?:look at|look over|have a look at|check over|fix|repair|see to|inspect|"
    r"sort out|sort|assess|survey|value|quote for|do the|redo|finish)\b(?! (?:on|me|us|him|her|them"
    r")\b)"
)
# Li, for her mum (84): "does the care agency have to do something about it? shes still coming
# in every morning" got the 999 lines: a carer (cleaner, worker) still coming in to work on a
# routine is who to stop, not someone there now.
_X71A_COMES_IN_ROUTINE = re.compile(
    r"\b(?:comes|coming|come|came|turning up|turns up|working|works) (?:in|round|over|to work|to "
    r"the flat|to the house|to her|to him|to mum|to dad)(?: (?:still|as normal|as usual))? "
    r"(?:every|each) (?:morning|day|evening|afternoon|night|week|weekday|visit|shift)\b|"
    r"\b(?:comes|coming|come) (?:in|round|over|to work) (?:daily|twice a day|twice a week|on (?:a )?"
    r"(?:rota|shift)s?|for (?:her|his|the) shifts?)\b"
)
# Ryan, 19, at his mate's flat: "my mate says its robbery not theft cos they hurt me, does that
# matter" got the 999 lines ("says ... hurt me" read as a threat): the hurt given as the reason
# for a crime's name is what happened, not a threat now.
_X71A_HURT_AS_REASON = re.compile(
    r"\b(?:robbery|theft|assault|mugging|burglary|gbh|abh|a crime|hate crime|violent crime)\b"
    r"(?: \w+){0,5}? (?:cos|coz|cuz|because|as|since) (?:they|he|she|them|someone|the \w+) "
    r"(?:hurt|hit|punched|beat|battered|attacked|injured|pushed|kicked|grabbed)(?: me| us)?\b"
)
# Joy, stalked: "i rang 101 once and was on hold for 40 mins and gave up. whats the point" got
# Samaritans (the classifier's guess let through): the point of ringing the police, told after
# a try that failed, not of living. As round 68 (helper n1) for "theyll just say", in general
# terms: the point of 101, the police or reporting. Never with a word of despair between (so
# "whats the point of anything", "... i cant cope whats the point" still alarm).
_X71A_DESPAIR = (
    r"(?:(?!\b(?:life|living|live|alive|die|dead|kill|hurt|suicid\w*|wish|want|wanna|myself|"
    r"anymore|any more|cope|go on|going on|carry on|carrying on|end it|everything|anything|"
    r"nothing|alone|hate|tired|exist|hopeless|pointless)\b).)"
)
_X71A_POINT_OF_POLICE = re.compile(
    r"\b(?:101|999|police|cops|feds|old bill|reported|reporting|report it|crime number)\b"
    rf"{_X71A_DESPAIR}{{0,100}}\b(?:on hold|held|gave up|hung up|cut off|no answer|no reply|"
    r"(?:nobody|no one|noone) (?:answered|picked up|came|rang back|called back|got back|bothered)|"
    r"(?:never|didnt|did not|dont|doesnt|wont|havent|hasnt) (?:even )?(?:answer\w*|pick\w* up|"
    r"(?:ring|rang|call)\w*(?: me| us)? back|get\w* back|come|came|turn\w* up|bother\w*|do anything|did "
    r"anything|done anything)|waited|waiting|queue)\b(?! (?:on|with) (?:life|living|myself|me|"
    rf"everything)\b){_X71A_DESPAIR}{{0,40}}\bwhats the point(?: (?:of |in )?(?:ringing|calling|"
    r"phoning|trying|bothering|reporting)(?: (?:them|it|101|the police|again))?)?(?: (?:anyway|"
    r"honestly|tbh|really|then|lol|mate|of it|is there))?\s*$|"
    r"\bwhats the point (?:of |in )?(?:ringing |calling |phoning |contacting |bothering with |"
    r"waiting (?:on|for) )?(?:101|999|the police|the cops|the feds|crimestoppers|the old bill)\b"
    r"(?! (?:life|living|anymore|any more|anything|me)\b)|"
    r"\bwhats the point\b.{0,20}\b101 (?:never|dont|doesnt|wont|didnt) (?:answer\w*|pick\w* up|"
    r"ring\w* back|call\w* back|do anything|bother\w*)"
)


def x71a_idiom_hides_harm(cleaned: str) -> bool:
    """Whether a saying's span itself holds words of suicide: "police never came. i just want
    to die whats the point" was all read as the round 31 saying about the police (its span runs
    from "police" to "whats the point"), and the wish to die went with it."""
    return any(p.search(found.group(0)) for found in IDIOMS.finditer(cleaned) for p in _SELF_HARM)


def x71a_without_point_of_police(cleaned: str) -> str:
    """The cleaned message without "whats the point" said of ringing 101 or the police."""
    return " ".join(_X71A_POINT_OF_POLICE.sub(" ", cleaned).split())


# -- end of round 71, helper x71a --


def _strip(text: str) -> str:
    """The message without what cannot be danger now: conditions, feared futures, scenes."""
    for words in (
        _K77D_WHERE_IT_HAPPENS,  # k77d (round 77): before _CONDITIONAL takes the "when"
        _CONDITIONAL,
        _FEARED_IF,
        _SCENE,
        _NOT_WANTED,
        _LATER_VISIT,
        _PROTECTION_ASKED,
        _COMPANION_HERE,
        _LAW_QUESTION,
        _G2_THERE_TOO,
        _J1_OUTSIDE_BODY,  # -- round 41, helper J1 --
        _R6_ONLY_A_NOISE,  # -- round 47, helper R6 --
        _R6_OTHERS_HIDING,  # -- round 47, helper R6 --
        _I1_HERE_TO_TYPE,  # -- round 63, helper i1 --
        _L71_EVERY_NOISE,  # -- round 71, lead --
        _X71A_OR_SAID_HE_WAS,  # -- round 71, helper x71a --
        _X71A_SOMEONE_TO_FIX,  # -- round 71, helper x71a --
        _X71A_COMES_IN_ROUTINE,  # -- round 71, helper x71a --
        _X71A_HURT_AS_REASON,  # -- round 71, helper x71a --
    ):
        text = words.sub(" ", text)
    return " ".join(text.split())


# "my brother got mugged last night, someone hit him with a bottle. hes in hospital": what
# happened, told with when, and nothing about now.
_WHEN_IT_HAPPENED = re.compile(
    r"\b(?:last night|yesterday|this morning|earlier today|at the weekend|last weekend|last week|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:a|one|two|three|\d+) "
    r"(?:days?|weeks?|months?) ago)\b"
)
_ABOUT_NOW = re.compile(
    rf"\b(?:{_NOW}|outside|here|at the door|coming|on (?:his|her|their|the) way|banging|"
    r"knocking|downstairs|upstairs|in the house|next door|waiting|staring|watching|following|"
    r"looking at me|(?:is|are|s) (?:on|at|by|near|across|behind)|(?:is|are|s) in (?!hospital))\b"
)

# Where someone was when it happened ("burgled on Tuesday night while I was asleep upstairs"),
# which says nothing of now.
_WHERE_THEY_WERE = re.compile(
    r"\b(?:while|when|as) (?:i|we) (?:was|were|had been) (?:\w+ ){0,2}?(?:upstairs|downstairs|"
    r"in the house|in bed)\b"
)


# "can the council stop him coming round?": asking what can be done, not danger now.
# -- round 68, helper n1 -- "Main thing is stopping her coming in and getting his money back"
# (Martin, for his father Peter, about a carer): keeping her out from now on, not her there now.
_STOP_HIM_COMING = re.compile(
    r"\b(?:stop|stopping|keep|keeping|ban|banning|prevent|preventing) (?:him|her|them) (?:from )?"
    r"(?:coming|going)\b"
)
_RIGHT_NOW = re.compile(r"\b(?:now|rn|here|outside|at the door|tonight|on (?:his|her|their) way)\b")


# "he'll be back tonight what do i do if he has the knife again": an armed person coming back,
# read before the "if" is set aside as a condition.
_RETURNING_ARMED = re.compile(
    r"\b(?:hell|shell|theyll|he will|she will|they will) (?:be |come |get )?(?:back|home) "
    r"(?:tonight|later|soon|today|in an hour)\b.{0,120}\b(?:knife|knives|gun|machete|blade|"
    r"weapon|axe)\b|\b(?:knife|knives|gun|machete|blade|weapon|axe)\b.{0,120}\b(?:hell|shell|"
    r"theyll|he will|she will|they will) (?:be |come |get )?(?:back|home) (?:tonight|later|soon|"
    r"today)\b|\bwhat (?:do|should|can) (?:i|we) do if (?:he|she|they) (?:has|have|comes? back "
    r"with|brings?|gets?|picks? up) (?:a |the |his |her |that )?(?:\w+ )?(?:knife|gun|machete|"
    r"blade|weapon|axe)\b"
)


# -- round 27, helper D --
# Not in danger now, said first, then a threat told with when it was made: "not right now im
# inside. but a patients son said hed kill me last week, said he knows what car i drive. hes been
# waiting outside the hospital car park 3 times since" answers "are you in danger right now?"
# with no, and tells what happened. Danger still, if anyone is there or on the way now.
# -- round 62, helper H1 -- "Not this minute, he's not outside. But he was on Sunday banging on
# the door saying he'd ruin her" (Noreen, about her daughter) got the 999 reply: "not this
# minute" and "hes not outside/here" said first are a denial of now, like "not right now".
_SAFE_NOW_FIRST = re.compile(
    r"^(?:no+ |nah |nope )?(?:(?:not (?:(?:at |right )?(?:this|the) (?:minute|moment|second|"
    r"time)|just now|today|tonight) )?(?:(?:hes|shes|theyre|he is|she is|they are) not|(?:he|"
    r"she|they) (?:isnt|arent)) (?:here|outside|around|about|near|nearby|at the (?:house|door))"
    r"\b(?! (?:but|and) (?:hes|shes|theyre|he is|she is|they are) (?:here|outside|coming|on))|"
    r"not (?:(?:at |right )?(?:this|the) (?:minute|moment|second)|just now)\b(?! (?:but|and) "
    r"(?:hes|shes|theyre|he is|she is|they are))|"
    r"not (?:right now|now|at the moment|atm|rn|currently|at present)|"
    r"(?:im|i am) (?:safe |ok |okay |fine )?(?:inside|at work|in work|on shift|on the ward)\b"
    r"(?! (?:but|and) (?:hes|shes|theyre|he is|she is|they are)))\b"
)
_HERE_NOW = re.compile(
    rf"\b{_WHO}{_IS} (?:still |now |just |already )?{_THERE}\b|\b(?:right now|rn|as we speak|"
    r"tonight|today|on (?:his|her|their) way|at the door)\b"
)


# -- round 46, helper Q6 -- "not right now. he was here last night banging on the door about 11"
# (Samira): "he was here", told with when (last night), is where he was then, not now. Only
# "was"/"were" is set aside, and only beside a time it happened; "he is here" still counts.
_Q6_HERE_NOW = re.compile(
    rf"\b{_WHO}(?:\s+is|\s+are|s|re|\s+r)? (?:still |now |just |already )?{_THERE}\b|\b(?:right now|"
    r"rn|as we speak|tonight|today|on (?:his|her|their) way|at the door)\b"
)


def _told_safe_then_past_threat(cleaned: str) -> bool:
    opening = _SAFE_NOW_FIRST.match(cleaned)
    if not opening:
        return False
    rest = cleaned[opening.end() :]
    if _WHEN_IT_HAPPENED.search(rest):  # -- round 46, helper Q6 --
        return not _Q6_HERE_NOW.search(rest)
    said_then = _L77_SAID_THEN.search(rest) and not _L77_TO_KILL.search(rest)
    return bool(_PAST_TIME.search(rest) or said_then) and not _HERE_NOW.search(rest)


# -- round 77, lead --: Stan, 68, at "Are you in danger right now?": "Not right now no. But for
# about a year ... When I went round to complain the son who is about 20 said he would do me. I
# took that as a threat." got the 999 screen. A threat told as said back then ("said he would",
# "when I went round"), after "not right now", is what happened; anyone there now still counts.
_L77_SAID_THEN = re.compile(
    r"\b(?:said|told me|shouted|threatened)(?: that)? (?:he|she|they)(?: would|d| was going to| "
    r"were going to)\b|\bwhen (?:i|we) (?:went|came|got|was|were)\b"
)


# A threat to kill or with a weapon, with no time told, still gets the danger reply.
_L77_TO_KILL = re.compile(r"\b(?:kill\w*|murder\w*|stab\w*|shoot\w*|knife|knives|gun|burn)\b")


# "says if i leave he will take the kids to pakistan": a threat to take the children away or
# abroad is answered with what can stop it (a prohibited steps order, a port alert), not with
# the 999 screen; "he will take the kids" with nothing after stays a threat.
_TAKE_CHILDREN_AWAY = re.compile(
    r"\btake (?:the|my|our) (?:kids|children|child|baby|son|daughter|boys|girls) (?:away\b"
    r"(?: from me)?|abroad|to (?!hurt|kill)\w+|back to \w+|out of the country|off me|from me)"
)


# -- round 69, helper p1 --
# John: "if i go to police she'll say it was me ... she's already said she'll take the kids and
# ill never see them" (his wife hits him; he had just said he was not in danger) got the 999
# block: a threat to keep the children from him (custody), not danger now. Only the words of
# that threat are set aside; "he will take the kids", "he took the kids and won't bring them
# back" and anything else in the message still count.
_P1_CUSTODY_THREAT = re.compile(
    r"\b(?:take|have|get|keep) (?:the|my|our) (?:kids|children|child|baby|son|daughter|boys|"
    r"girls) (?:off me |from me |away )?(?:and|so|then)? ?(?:i|ill|i ll|i will|id|i d|i would|"
    r"i wont|i won t|i would never|i will never) ?(?:never|not|wont|won t)? (?:get to |be able to |"
    r"ever )?see (?:them|him|her)(?: again| ever again)?\b|"
    r"\bin court (?:the )?(?:mum|mom|mother|dad|father) (?:always )?(?:gets|get|will get|keeps) "
    r"(?:the )?(?:kids|children|baby)\b"
)
# Hodan: "you write the knife? the person know he is stab with knife?" (after the referral) got
# the 999 block: asking what was written down for the support worker is not danger now.
_P1_RECORD_QUESTION = re.compile(
    r"\b(?:did |do |have |has |will )?(?:you|u) (?:write|wrote|written|put|put down|record|"
    r"recorded|note|noted|mention|mentioned|tell|told|say|said|pass|passed) (?:down )?(?:the |that |"
    r"about (?:the )?|them (?:about )?(?:the )?)?(?:knife|knives|gun|weapon|blade|stab\w*)\b|"
    r"\b(?:the person|the worker|the support (?:worker|team)|they|the police|someone) (?:know|knows|"
    r"will know|is told|be told|get told)\b(?: \w+){0,6} (?:knife|knives|gun|weapon|blade|"
    r"stab\w*)\b"
)
_P1_DANGER_NOW = re.compile(
    r"\b(?:help me|help us|outside|coming|at the door|right now|hes here|shes here|theyre here|"
    r"he is here|she is here|they are here|not safe|unsafe|in danger)\b"
)
# "why you say 999? we ok now": said safe, in her words ("we ok", "we are safe").
_P1_WE_SAFE = re.compile(
    r"(?<!\bare )(?<!\bis )\b(?:we|we are|we re|im|i am|i m|all|us) (?:ok|okay|safe|fine|alright|"
    r"all right)(?: now)?\b(?! (?:if|when|until|till|unless|for now))"
)


def p1_asks_what_was_written(cleaned: str) -> bool:
    """ "you write the knife?": a question about the record, with nothing said of danger now."""
    return bool(_P1_RECORD_QUESTION.search(cleaned)) and not _P1_DANGER_NOW.search(cleaned)


def p1_says_we_are_safe(cleaned: str) -> bool:
    """ "we ok now", "we are safe", nothing else of danger beside it (the weapon of a question
    about the record is not danger)."""
    rest = _P1_RECORD_QUESTION.sub(" ", _clean(cleaned))
    return bool(_P1_WE_SAFE.search(rest)) and not (
        _P1_DANGER_NOW.search(rest) or _STILL_DANGER.search(rest)
    )


# -- end of round 69, helper p1 --


# -- round 46, helper Q3 -- "will she have to tell the police? or social services? im scared
# theyll take the baby" (Pippa, pregnant, about her midwife): "they" are social services, not
# the partner; "he'll take the baby" stays a threat.
_Q3_SERVICES = re.compile(
    r"\b(?:social services|social workers?|childrens services|children s services|social care|"
    r"midwi\w+|health visitor|police|the council|authorities)\b"
)
_Q3_THEY_TAKE_BABY = re.compile(
    r"\b(?:theyll|they will|they would|theyd|they might|they may|they could|they can|they|will "
    r"they|would they|could they|can they|might they) (?:\w+ )?(?:take|remove) (?:the|my|our) "
    r"(?:baby|babies|kids|children|child|son|daughter)\b"
)


def _q3_without_services_taking_baby(text: str) -> str:
    if not _Q3_SERVICES.search(text):
        return text
    return _Q3_THEY_TAKE_BABY.sub(" ", text)


# "wait i heard him get up", from a woman hiding in the bathroom (round 30, Helen): he may be on
# his way now, said in the past tense. Not "i heard him get up this morning and leave for work".
_HEARD_NOW = re.compile(
    r"^(?:wait |oh no |shit |omg |oh god |hang on )?i (?:just )?(?:heard|hear|can hear) (?:him|"
    r"her|them|my \w+) (?:get(?:ting)? up|wak(?:e|es|ing) up|woke up|moving|coming|on the stairs|"
    r"at the door|outside the door)(?: now| again)?$"
)


# -- round 31, helper Q -- "yes any time but not if my mum sees. i cant call anyone shes
# downstairs" (Jade): the chat kept from a parent in the house, who is not said to hurt her.
_KEPT_FROM_FAMILY = re.compile(
    r"\b(?:if|when|in case|unless) my (?:mum|mom|mam|dad|parents|nan|gran|nana|grandma|"
    r"family|sister|brother|aunt|auntie|uncle) (?:sees?|finds? out|hears?|reads?|knows?|checks?)\b"
)
_HARM_SAID = re.compile(
    r"\b(?:hit\w*|hurt\w*|kill\w*|beat\w*|attack\w*|threat\w*|knife|gun|weapon|scared|afraid|"
    r"terrified|abus\w*|danger\w*|unsafe|not safe|help|locked|violent|shout\w*|scream\w*|"
    r"punch\w*|slap\w*|kick\w*|chok\w*|strangl\w*|rape\w*|forc\w*|marry|marriage|angry|"
    r"mad|drunk|kick me out|throw me out|chuck me out|coming|he|hes|him|he is)\b"
)


# -- round 42, helper L5 -- "Should I tell them he hit me? I am afraid they will send the
# police." (Grace, asking whether to tell her son's care team) is a fear of the police being
# called, not a request to send them.
_L5_FEARS_POLICE_SENT = re.compile(
    r"\b(?:afraid|scared|worried|frightened|terrified|fear|worry)(?: that)? (?:they|theyll|he|hell|"
    r"she|shell|you|the (?:team|ward|hospital|doctors?|nurses?|school|council))(?: will| would| "
    r"might| could| ll| d)? (?:send|call|get|ring|phone|involve) (?:the )?(?:police|cops|feds)\b|"
    r"\b(?:dont|do not) want (?:them|anyone|you|him|her) to (?:send|call|get|ring|involve) "
    r"(?:the )?(?:police|cops|feds)\b"
)


# -- round 43, helper M3 -- Femi, punched outside a bar last night: "I hit him back. Now I'm
# worried" ("him back now") and "Is hitting back self defence or not?" ("is hitting") got the 999
# lines twice. Hitting back, said by the one hit, is what they did, not someone back or hitting
# now.
_M3_HIT_BACK = re.compile(
    r"\b(?:i|me|and i|so i|then i|i just|i only)\s+(?:hit|punched|smacked|slapped|pushed|shoved|"
    r"kicked|hitting|punching|pushing|swung at) (?:him|her|them|the guy|the bloke) back\b|"
    r"\b(?:hitting|punching|fighting|pushing) back\b(?= (?:self defen[cs]e|in self defen[cs]e|a "
    r"crime|illegal|allowed|legal|ok|okay|classed|counted|considered|seen as|assault|an offence|"
    r"wrong|against the law)\b)|"
    # lead (round 97): Jasmine, 16, jumped by girls at school, asking a fourth time: "u still
    # never said if im in trouble for hitting her back" got 999 and the stay-in-your-room answer.
    r"\b(?:trouble|arrested|charged|done|nicked|punished|suspended|excluded|blamed) for "
    r"(?:hitting|punching|pushing|kicking|slapping|smacking|fighting) (?:(?:him|her|them|the \w+) )?"
    r"back\b"
)


# -- round 44, helper N1 --
# Lily, 12, alone at home after a man in a car tried to get her in: "theres a car outside. i
# think its the same one. what do i do", then "im really scared. hes just sitting there". Both
# got only "Still waiting for a support worker": no pattern caught them, and the classifier's
# guess was not believed. A car or a man outside now, said to be the same one or with fear, is
# danger now; "my car was outside when it was stolen" and "he was outside my house last week"
# are not (no present tense).
_N1_WHO_OR_CAR = r"(?:car|cars|van|motor|motorbike|vehicle|man|guy|bloke|lad|person)"
_N1_OUTSIDE_NOW = re.compile(
    r"\b(?:theres|there is|there s|the same|that same|that|its that) (?:a |an |the |that |same |"
    rf"this |white |black |red |blue |silver |grey |gray )?(?:\w+ )?{_N1_WHO_OR_CAR}\b"
    r"(?: (?!was\b|were\b|had\b|when\b|that\b|who\b)\w+){0,3}? (?:is |s )?(?:outside|out there|"
    r"out the front|over the road|across the road|opposite|back(?! (?:then|when|in|at|on)\b)|"
    r"parked (?:up|outside|opposite|over|across|near|by|on|there)|sat outside|sitting outside|"
    r"waiting outside|at the end of (?:my|the|our) (?:road|street|drive))\b"
)
_N1_SITTING_THERE = re.compile(
    r"\b(?:hes|he is|shes|she is|theyre|they are|its|it is|the car|the van|the man|that man)"
    r"(?: just| still| now)? (?:sitting|sat|parked|waiting|watching|staring|hanging about|"
    r"hanging around)(?: in (?:the|his|her|their|a) (?:car|van|motor))?(?: (?:out |over )?there|"
    r" outside| in (?:the|his|her|their|a) (?:car|van|motor))\b"
)
_N1_SAME_OR_FEAR = re.compile(
    r"\b(?:same (?:one|car|van|man|guy|bloke|person)|its (?:him|them)|i think its|again|scared|"
    r"scarred|scerd|afraid|terrified|frightened|freaking out|panicking|what do i do|what shall i "
    r"do|what should i do|wat do i do|help|watching|staring|following|followed|tried to|tryed)\b"
)


# "he was outside my house last week", answering whether it has happened more than once: where
# he was then, with a day named and nothing said of now, is not danger now.
_N1_WAS_THERE_THEN = re.compile(
    r"\b(?:he|she|they|someone|somebody|a man|the man|that man|a car|the car|that car|a van|the "
    r"van) (?:was|were) (?:\w+ )?(?:outside|parked outside|sat outside|sitting outside|waiting "
    r"outside|hanging about outside)\b(?: (?:my|our|the) (?:house|flat|home|door|school|work))?"
)
_N1_NOW_AGAIN = re.compile(
    r"\b(?:now|right now|rn|still|again|tonight|today|hes|shes|theyre|he is|she is|they are|is|"
    r"are|coming|back|here)\b"
)


# -- lead, round 77 --: "last night he was standing outside my building when I got back" (Lucy,
# home with the door locked) got the 999 screen: her getting back then is not him back now.
_L77_WHEN_I_GOT_BACK = re.compile(
    r"\bwhen (?:i|we) (?:got|came|come|was getting|was coming|were coming|arrived|walked) "
    r"(?:back|home|in)\b"
)


def _n1_there_then(cleaned: str) -> bool:
    """ "he was outside my house last week": where he was on a day named, not now."""
    rest = _L77_WHEN_I_GOT_BACK.sub(" ", _N1_WAS_THERE_THEN.sub(" ", cleaned))
    return bool(
        _N1_WAS_THERE_THEN.search(cleaned)
        and _WHEN_IT_HAPPENED.search(cleaned)
        and not _N1_NOW_AGAIN.search(rest)
    )


def _n1_watched_now(cleaned: str) -> bool:
    """ "theres a car outside. i think its the same one", "im really scared. hes just sitting
    there": someone who frightened them outside now (round 44, Lily, 12)."""
    if _N1_OUTSIDE_NOW.search(cleaned) and _N1_SAME_OR_FEAR.search(cleaned):
        return True
    sitting = _N1_SITTING_THERE.search(cleaned)
    if sitting is None:
        return False
    return bool(_N1_SAME_OR_FEAR.search(cleaned)) or "outside" in sitting.group(0)


# -- round 47, helper R1 -- Terry, 70, car windows smashed: "they gave me a number and said
# someone would come back to me. nobody has. 3 weeks now. why havent they come back" got the
# 999 lines twice. A promise to come back to someone (to reply) that was not kept is no danger:
# drop the promise and the "havent come back" that follows it, only when such a promise is said.
_R1_REPLY_PROMISED = re.compile(
    r"\b(?:said|told me|told us|promised|supposed to)(?: that)? (?:someone|somebody|some one|"
    r"they|theyd|the police|police|an officer|the officer|she|he|shed|hed|it) ?(?:would|will|"
    r"d|ll|was going to|were going to)? ?(?:come|get|ring|call|phone|write) back to (?:me|us)\b|"
    r"\b(?:come|get|got|ring|rang|call|called|phone|phoned) back to (?:me|us) (?:within|in|about|"
    r"on|with|yet|after)\b"
)
_R1_NOT_BACK = re.compile(
    r"\b(?:nobody|no one|noone|they|the police|police|anyone|someone|he|she) (?:has|have|had|"
    r"hasnt|havent|hadnt|has not|have not|never|didnt|did not|still not|still havent|still "
    r"hasnt)? ?(?:come|came|got|get|gotten|rung|rang|called|phoned) back(?: to (?:me|us))?\b|"
    r"\b(?:why|when|how come) (?:havent|hasnt|have not|has not|didnt|did not) (?:they|the police|"
    r"police|anyone|someone|nobody) (?:come|got|get|rung|called|phoned) back(?: to (?:me|us))?\b"
)


def _r1_without_promised_reply(cleaned: str) -> str:
    """Drop a police promise to get back to someone, and its not being kept."""
    if not _R1_REPLY_PROMISED.search(cleaned) or _THREAT.search(cleaned):
        return cleaned
    return _R1_NOT_BACK.sub(" ", _R1_REPLY_PROMISED.sub(" ", cleaned))


# -- round 44, helper N4 -- "Nobody has threatened to kill me. Whatever gave you that idea?"
# (Agnes, 73, after the bot itself spoke of a threat to kill): a denial, not a threat.
_N4_NO_THREAT = re.compile(
    r"\b(?:nobody|no one|noone|no body) (?:has |have |had |s )?(?:ever |actually |even )?"
    r"(?:threatened|said (?:they|he|she)(?: ll| will| would| d)?|said anything about) (?:to )?"
    r"(?:kill|killing|hurt|hurting|harm|harming|stab|stabbing)(?: (?:me|us|anyone|anybody))?\b|"
    # -- round 74, lead -- "he hasnt turned up or threatened to kill me wtf?? its messages and
    # posts" (Bex, 19, correcting the bot) got the 999 reply: a threat denied, with or without
    # another deed denied before it.
    r"\b(?:he|she|they) (?:hasnt|has not|hasn t|havent|have not|haven t|never|didnt|did not|"
    r"didn t)(?: (?:\w+ ){1,3}(?:or|nor))? (?:ever )?(?:threatened|said (?:he|she|they)(?: ll| will|"
    r" would| d)?) (?:to )?(?:kill|hurt|harm|stab)(?: (?:me|us|anyone|anybody))?\b"
)


# -- round 55, helper B3 -- "NO NOT DANGER. he would never hurt me" (Frank, 79, whose grandson
# took his bank card) got the danger script: "would never hurt" was read as "would hurt". Only
# the denied harm is set aside; anything else in the message (a knife, "hes outside") still counts.
_B3_NEVER_HARM = re.compile(
    # lead (round 100): "No no, he'd never hurt me" (Bronwen, of her grandson) got 999: "hed".
    r"\b(?:he|she|they|hes|shes|theyre|hed|shed|theyd)(?: (?:would|will|d|ll))? (?:never|not|"
    r"wouldnt|wont) "
    r"(?:ever )?(?:hurt|harm|hit|touch) (?:me|us|anyone|anybody)\b(?! (?:again|if|unless|but)\b)"
)


# -- round 62, helper H1 -- "but hes hurting himself since. thats what i need help with" (Marion,
# about her son's self-harm) got the 999 reply: "hes hurting" was read as him hurting her. Someone
# else hurting himself is set aside for danger, unless it is said to be happening now ("hes
# hurting himself right now" keeps the 999 line); "hes hurting me" is untouched.
_H1_OTHERS_HURTING_THEMSELVES = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|he is|she is|they are|my (?:son|daughter|brother|sister|"
    r"boy|girl|child|kid|partner|husband|wife|friend|mum|dad))(?: (?:has|have|had|is|are|was|"
    r"been|keeps|kept|started|still|again|also))* (?:hurting|cutting|harming|burning|hurt|cut|"
    r"harmed|burned|burnt) (?:himself|herself|themselves|themself)\b"
)
_H1_NOW = re.compile(r"\b(?:right now|now|as we speak|rn|at the moment|atm|currently|tonight)\b")


def _h1_without_others_hurting_themselves(cleaned: str) -> str:
    if _H1_NOW.search(cleaned):
        return cleaned
    return _H1_OTHERS_HURTING_THEMSELVES.sub(" ", cleaned)


# -- round 75, lead --: Olena: "My son 15 also can get help?" (whether her son can get support)
# was read as a plea to "get help" now. Whether someone else can get help or support is a
# question about services; danger said beside it ("he is here", a threat) still alarms.
_L75_OTHERS_CAN_GET_HELP = re.compile(
    r"\b(?:(?:can|could|will|would|does|do) (?:my|our|her|his|their|the) (?!police|cops|someone|somebody)(?:\w+ ){1,2}"
    r"|(?:my|our|her|his|their) (?:\w+ ){1,2}(?:also |too |still )?(?:can|could) "
    r"|(?:he|she|they) (?:also |too |still )?(?:can|could) "
    r"|where (?:(?:my|our|her|his|their) )?(?:\w+ ){1,2}(?:can|could) )"
    r"(?:also |too |still )?get (?:some )?(?:help|support)\b"
)


# -- round 65, lead --: Marcus: "read what i said. two officers hurt my wrist" (an injury told
# again) was read as a threat "said ... hurt my". What the writer said or wrote before is not a
# threat someone made; "like i said he will kill me" still alarms on its own words.
_L65_WHAT_I_SAID = re.compile(r"\bwhat i (?:said|told you|wrote|typed|just said)\b")


# -- round 66, helper l4 --
# Jordan, 16, at the danger question: "nah im home. ribs kinda bruised tho they was kicking me
# when i was on the floor" set off the 999 reply: "they was kicking me" (for "they were") is the
# attack told of, in the past, not kicking at the door now. Only these words are set aside:
# anything else said of now still counts.
_L4_WAS_KICKING_ME = re.compile(
    r"\b(?:he|she|they|them|lads|men|boys|the lads|the boys|the men) (?:was|were) (?:kicking|"
    r"punching|hitting|stamping on|beating|battering) (?:me|us)\b"
)
# -- end of round 66, helper l4 --


# k78b (round 78): Tom, "they broke into the shed, cut the lock", got the 999 reply: with the
# apostrophe gone "shed" is also "she'd", so "shed cut" read as "she'd cut" (a threat). After
# "the", "my", "into" and the like it is the garden building, never "she would".
_K78B_THE_SHED = re.compile(
    r"\b(the|a|my|our|his|her|their|your|garden|back|bike|tool|into|in|from|of|behind|"
    r"inside|outside) sheds?\b"
)


def k78b_shed_as_a_building(text: str) -> str:
    """ "the shed", "into my shed": the building, so never read as "she'd" (she would)."""
    return _K78B_THE_SHED.sub(r"\1 outbuilding", text)


# end k78b


def _danger(text: str) -> bool:
    text = k78b_shed_as_a_building(text)  # k78b (round 78): Tom's shed is not "she'd"
    if _HEARD_NOW.search(_strip(text)):
        return True
    text = _TAKE_CHILDREN_AWAY.sub(" ", text)
    text = _P1_CUSTODY_THREAT.sub(" ", text)  # -- round 69, helper p1 --
    text = _q3_without_services_taking_baby(text)  # -- round 46, helper Q3 --
    text = _L5_FEARS_POLICE_SENT.sub(" ", text)
    if _RETURNING_ARMED.search(text) and not re.search(
        r"\b(?:in prison|locked up|on remand|in custody|been arrested|police (?:took|have|has|got) "
        r"(?:the|his|her) (?:knife|gun|weapon))\b",
        text,
    ):
        return True
    cleaned = without_set_asides(_strip(text), DANGER_SET_ASIDES)  # s96 (round 96)
    if g76a_no_emergency_then_past(cleaned):
        return False  # g76a (round 76): Harold, "not an emergency now, he was here on Tuesday"
    if _N4_NO_THREAT.search(cleaned):  # -- round 44, helper N4 --
        cleaned = _N4_NO_THREAT.sub(" ", cleaned)
        if not _THREAT.search(cleaned) and not re.search(
            rf"\b(?:{_NOW}|coming|outside|here|at the door|help me)\b", cleaned
        ):
            return False  # correcting the bot, and nothing said of now
    if _STOP_HIM_COMING.search(cleaned) and not _RIGHT_NOW.search(cleaned):
        return False
    if not any(p.search(cleaned) for p in _DANGER) and not _n1_watched_now(cleaned):
        return False
    if _told_safe_then_past_threat(cleaned):
        return False
    now_said = _ABOUT_NOW.search(_WHERE_THEY_WERE.sub(" ", cleaned))
    if _WHEN_IT_HAPPENED.search(cleaned) and not now_said:
        return False
    threat = bool(_THREAT.search(IDIOMS.sub(" ", cleaned)))
    if IDIOMS.search(cleaned) and not threat:
        return False
    if _n1_there_then(cleaned) and not threat:  # -- round 44, helper N1 --
        return False
    rest = _NEGATED_DANGER.sub(" ", cleaned)
    if (
        _NEGATED_DANGER.search(cleaned)
        and not re.search(rf"\b{_NOW}\b|\bcoming\b", rest)
        and not re.search(rf"\b{_WHO}{_IS} (?:still |now |just |already )?{_THERE}\b", rest)
    ):
        return False
    if _KEPT_FROM_FAMILY.search(cleaned) and not threat and not _HARM_SAID.search(cleaned):
        return False  # -- round 31, helper Q -- kept from mum, not in danger from her
    if _G2_OVERHEARD.search(cleaned) and not threat and not _HARM_SAID.search(cleaned):
        return False  # -- round 40, helper G2 -- mum might hear, not in danger from her
    if _SAYS_SAFE.match(cleaned) and not _STILL_DANGER.search(cleaned):
        # "I'm safe now. mum locked the door and my brother is here": who is there keeps them
        # safe; they said so first.
        return False
    return threat or bool(_PRESENT.search(cleaned))


_SAYS_SAFE = re.compile(
    r"^(?:yes |yeah |ok |okay |its ok )?(?:im|i am|were|we are|we re) (?:safe|ok|okay|fine)"
    r"(?: now)?\b"
)
_STILL_DANGER = re.compile(
    r"\b(?:not safe|unsafe|danger|help me|help us|knife|gun|weapon|kill|hurt|hitting|coming|"
    r"outside|banging|kicking|trying to|get in|break in|but|except|until|for now|scared|afraid|"
    r"terrified|tho|though|(?:hes|shes|theyre|he is|she is|they are|he s|she s) (?:still )?"
    r"(?:here|there|back|home|in))\b"
)


# -- round 51, helper W1 --
# "She was not killed, she died by suicide", "Is there anything for parents who lost a child to
# suicide?" (Deborah, whose daughter took her own life after being stalked): a death by suicide
# told of someone else, in the past, is grief, not the writer's own thoughts of suicide. Only
# these words are set aside: anything else in the message about the writer still counts.
_W1_WHO = (
    r"(?:she|he|they|(?:my|our|her|his|their|your|a) (?:\w+ )?(?:daughter|son|child|kid|boy|girl|"
    r"brother|sister|mum|mom|mother|dad|father|husband|wife|partner|friend|cousin|nephew|niece|"
    r"grandson|granddaughter|loved one|baby)|"
    # A name ("ellie died by suicide"), not the writer ("i nearly died by suicide").
    r"(?!(?:i|im|me|ive|nearly|almost|just|never|once|already|probably|could|would|should|"
    r"might|will|want|wanted|wish|wished|gonna|going|tried|try|then|and|or|but)\b)[a-z]+)"
)
_W1_OTHERS_SUICIDE = re.compile(
    rf"\b{_W1_WHO} (?:has |had |was )?(?:died|dies|passed away|passed) (?:by|from|of|through|"
    r"after|because of) (?:a |her |his |their )?suicide\b(?! attempt)|"
    rf"\b{_W1_WHO} (?:took|had taken|has taken) (?:her|his|their) own life\b|"
    rf"\b{_W1_WHO} (?:had |has )?(?:committed|completed) suicide\b|"
    r"\b(?:lost|losing|lose) (?:a |my |our |their |her |his |your )?(?:\w+ )?(?:child|children|"
    r"son|daughter|kid|brother|sister|mum|mom|mother|dad|father|husband|wife|partner|friend|"
    r"loved one|someone|family member|relative|baby|parent) to suicide\b|"
    r"\b(?:bereaved|bereavement|grieving) (?:by|through|after|from) (?:a )?suicide\b|"
    r"\bsuicide (?:bereavement|bereaved|loss)\b|"
    # "since her suicide", "after ellies suicide": only after a word that makes it a past event,
    # as "feels suicide is the only way" or "i considers suicide" are the writer's own.
    r"\b(?:since|after|before|about|over|following|of|by|with) (?:(?:my|our|her|his|their|your) "
    r")?(?:her|his|their|[a-z]+s) suicide\b(?! (?:attempt|note|thoughts|risk))(?<!\bmy suicide)(?<!\bits suicide)"
)


def w1_without_others_suicide(cleaned: str) -> str:
    """The cleaned message without a death by suicide told of someone else."""
    return " ".join(_W1_OTHERS_SUICIDE.sub(" ", cleaned).split())


def mentions_self_harm(text: str | None) -> bool:
    """Thoughts of suicide said in the message, whether or not danger was said too: "been
    thinking about ending it" beside danger words still gets Samaritans and Shout."""
    return bool(text) and _self_harm(_clean(str(text)))


def _self_harm(cleaned: str) -> bool:
    cleaned = w1_without_others_suicide(_without_denial(cleaned))  # round 51, helper W1
    cleaned = _L100_OTHER_HURT_MY_BODY.sub(" ", cleaned)  # round 100, lead: Carmen
    cleaned = _OTHERS_SELF_HARM.sub(" ", cleaned)  # round 60, main
    cleaned = _I1_SOMEONE_ELSE_WAKES.sub(" ", cleaned)  # round 63, helper i1
    cleaned = x71a_without_point_of_police(cleaned)  # round 71, helper x71a
    cleaned = g76a_without_point_of_reporting(cleaned)  # g76a (round 76): Marcus
    cleaned = j91a_without_others_alive(cleaned)  # j91a (round 91): Margaret, "is he still alive"
    cleaned = m92a_without_waking_or_startle(cleaned)  # m92a (round 92): Wes, Abi
    cleaned = n103a_without_slept_through_it(cleaned)  # n103a (round 103): Bea
    if not any(p.search(cleaned) for p in _SELF_HARM):
        return False
    return (
        not IDIOMS.search(cleaned)
        or any(p.search(IDIOMS.sub(" ", cleaned)) for p in _SELF_HARM)
        or x71a_idiom_hides_harm(cleaned)  # -- round 71, helper x71a --
    )


def detect_risk(text: str | None) -> str | None:
    """Return ``in_danger``, ``self_harm`` or None for one message.

    Danger wins when both match: 999 comes first, and the self-harm reply mentions 999 too.
    """
    if not text:
        return None
    cleaned = _clean(text)
    if _danger(cleaned):
        return IN_DANGER
    if _self_harm(cleaned):
        return SELF_HARM
    return None


# Looser phrases such messages use, for believing the classifier where no pattern matched.
DANGER_CUES = re.compile(
    # Not "hes back at 5": the time he comes home is not danger now.
    rf"\b(?:kill me|kill us|knife|gun|weapon|machete|{_HELP_ME}|"
    r"danger|unsafe|(?:scared|afraid|"
    r"terrified) (?:for my life|(?:he|she|they)(?:ll| will| is going to) (?:come|find|hurt|kill|"
    r"get)|(?:hes|shes|theyre) (?:here|coming|outside|back))|threat\w*|hurt me|hit me|hitting me|beating me|choking me|strangling me|"
    r"stab me|petrol|bleeding|hostage|finish me|do me in|(?:hes|shes|theyre|he is|she is|"
    r"they are) (?:here|outside|coming|back(?! (?:at|by|around|about|after|before|later|tonight|"
    r"tomorrow|soon|in|from|on)\b)|at the door|in the house)|at (?:my|the) door|"
    r"outside my (?:door|house|flat|window)|coming (?:back|round|for me|to get me)|"
    r"locked in|trapped|hiding|out there|can hear (?:him|her|them)|watching me|near me)\b"
)
SELF_HARM_CUES = re.compile(
    # Not "he'll make my life hell" (round 30, Fiona, harassed by a neighbour).
    r"\b(?:want to die|wanna die|suicid\w*|kill myself|end it|ending it|end my life|(?<!make )"
    r"(?<!made )(?<!making )(?<!makes )(?<!ruin )(?<!ruined )(?<!ruining )"
    # Not "I've never been in one in my life" (round 39, Maureen, 74, about a court).
    r"(?<!in )(?<!of )(?<!all )(?<!for )my life(?! (?:hell|a "
    r"misery|miserable|difficult|hard))|"
    r"alive|exist|wake up|pills|tablets|overdos\w*|cut myself|cutting myself|harm myself|"
    # "jump off", not "I jump at every noise" (someone describing trauma).
    r"hurt myself|self harm\w*|jump(?:ing)?(?! (?:at|when|whenever|every|out of|up|in the air))"
    # -- round 41, helper J1 -- Not "they said theyd jump me if i snitch" (Tom, 15): to jump
    # someone is to beat them up, a threat from others, not a thought of suicide.
    r"(?! (?:me|us|him|her|them|you|u|ya|people|someone|somebody|anyone|my \w+|kids|boys|"
    r"girls)\b)|"
    r"hang myself|rope|burden|"
    r"better off|no point|"
    # -- round 29, helper M -- "the gp gave me tablets and i took them all": what was taken,
    # when the medicine itself was named as prescribed.
    r"(?:took|taken|swallowed|necked) (?:them all|all of them|the lot|the whole (?:lot|packet|"
    r"box|bottle))|"
    r"whats the point|give up|cant cope|cant go on|no future|nothing left|disappear|"
    r"be dead|die)\b"
)
# A present-tense word where the classifier's guess of danger could be about now.
_NOW_WORDS = re.compile(
    rf"\b(?:{_NOW}|here|outside|coming|hes|shes|theyre|im|i am|he is|she is|they are)\b"
)
_OTHERS_DIED = re.compile(
    r"\b(?:nobody|no one|noone|he|she|they|husband|wife|mum|mom|dad|son|daughter|brother|"
    r"sister|grandson|granddaughter|friend|partner|boy|girl|child|baby|the \w+) (?:has |had |"
    r"was |were )?(?:died|is dead|was killed|were killed|killed|murdered|stabbed to death|"
    r"beaten to death|passed away)|died of\b|(?:was|were) going to die|the killer"
)
# Someone else's death, however it is written ("since his dad die", "my husband passed").
_OTHERS_DEATH = re.compile(
    r"\b(?:nobody|no one|noone|he|she|they|(?:my|his|her|our|their|the) (?:\w+ )?(?:husband|"
    r"wife|partner|mum|mom|mother|dad|father|son|daughter|brother|sister|grandson|"
    r"granddaughter|nan|gran|grandad|grandma|grandfather|grandmother|friend|uncle|aunt|"
    r"auntie|cousin|baby|child|boy|girl|kid|kids|children|family|parents?))\s+(?:has |had |"
    r"was |is |just )?(?:die|dies|died|dead|pass|passed|passed away|was killed|killed|"
    r"murdered)\b|died of\b|(?:was|were) going to die"
)
# "no I not hurt myself", "I haven't done anything to myself".
_NOT_SELF_HARM = re.compile(
    # -- round 68, helper n1 -- "i aint gonna top myself mate" (Gary): "aint" denies too.
    # -- g76a (round 76) -- "i dont mean hurting myself. i mean like leave school" (Jade, 15):
    # what they did not mean is a denial too ("dont want to hurt myself" is not one).
    r"\b(?:not|never|havent|have not|didnt|did not|wont|would not|wouldnt|no|aint|dont mean|"
    r"do not mean|didnt mean|did not mean|don t mean|didn t mean|wasnt talking about|not talking "
    # p81a (round 81): Jake, 16, at the health question: "not really. i cut myself sometimes"
    # was read as a denial ("not" + two words + "cut myself") once the full stop was cleaned
    # away: a new "i" between starts a new sentence, so it is never one of the words between.
    r"about) (?:(?!(?:i|im|ive|id)\b)\w+ ){0,2}?"
    r"(?:hurt|harm|harmed|cut|kill|killed|hurting|harming|cutting|killing|done anything to|top|"
    r"topping) "
    r"(?:myself|my self)\b|\b(?:im not|i am not|i m not|not|never been|wasnt|was not) (?:\w+ )?"
    r"suicidal\b"
)
# Words beside a denial that keep it from being the whole story: "I haven't hurt myself *yet*",
# "I can't promise I won't hurt myself". Only the words next to it count, so "no I'm not going
# to hurt myself, I just want the police to act" is a denial.
_STILL_AT_RISK_BEFORE = re.compile(
    r"\b(?:but|want|wanna|thinking|think|might|sure|promise|if|cant|hope|try|trying|plan\w*|"
    r"urge\w*|tempted|scared|afraid|worried)\b"
)
_STILL_AT_RISK_AFTER = re.compile(
    r"\b(?:yet|but|again|did|last night|tonight|today|before|anymore|any more|since|recently|"
    r"this (?:week|month|year)|for now|at the moment|right now|lately|though|unless|if)\b"
)


def _without_denial(cleaned: str) -> str:
    """The message without a plain denial of self-harm, unless a word beside it says more."""
    for denial in _NOT_SELF_HARM.finditer(cleaned):
        before = " ".join(cleaned[: denial.start()].split()[-3:])
        after = " ".join(cleaned[denial.end() :].split()[:3])
        if j91a_did_not_mean_it(cleaned[denial.end() :]):
            after = ""  # j91a (round 91): Margaret, "i have not hurt myself i did not mean that"
        if _STILL_AT_RISK_BEFORE.search(before) or _STILL_AT_RISK_AFTER.search(after):
            return cleaned
        if g76a_meant_otherwise_of_harm(denial.group(0), cleaned[denial.end() :]):
            return cleaned  # g76a (round 76): "i dont mean hurting myself, i mean ending it"
    return " ".join(_NOT_SELF_HARM.sub(" ", cleaned).split())


# Where the classifier's guess of danger was only the name of a place ("outside London").
_PLACES = re.compile(
    r"\boutside (?:of )?(?:london|the uk|england|his|her|the (?:pub|club|shop|station|school|"
    r"college|court|tube|bar))\b|\bat (?:his|her|their) (?:mates|mums|work|house)\b"
)


_MEANING_QUESTION = re.compile(
    r"^(?:what|wat|wot|whats)\s+(?:is|does|do you mean by|do u mean by|r|are)?\s*(?:a |an |the )?"
    r"(?:danger|in danger|dangerous|that|this)\b"
)
_FUTURE_VISIT = re.compile(
    r"\b(?:coming|comes|visits?|visiting|round|over) (?:on |next |this )?(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|tomorrow|week|weekend|later)\b"
)
_STILL_NOW = re.compile(
    rf"\b(?:{_NOW}|hes|shes|theyre|he is|she is|they are|im|i am|keeps?|still|again)\b"
)
_PAST_TIME = re.compile(
    r"\b(?:in (?:jan|january|feb|february|march|april|may|june|july|aug|august|sept?|september|"
    r"oct|october|nov|november|dec|december)|last (?:year|month|week|summer|winter|spring|"
    r"autumn|christmas)|\d+ (?:days|weeks|months|years) ago|years ago|months ago|weeks ago|"
    r"back in|when i was (?:a kid|young|little|\d+))\b"
)


_NOBODY_HELPS = re.compile(
    r"\b(?:no one|noone|nobody|no body|anyone|someone|who|nobodys) (?:will|would|can|could|is going "
    r"to|gonna|is gonna|s gonna) (?:\w+ )?help me\b"
)


_FEAR_OF_OUTCOME = re.compile(
    r"\b(?:scared|afraid|worried|frightened|terrified)\b.{0,20}\b(?:hell|he will|shell|she will|"
    r"theyll|they will|he might|she might|they might|he could|they could) (?:get off|be let off|"
    r"walk free|be released|get bail|get away with it|not be charged|not go to prison)\b"
)


# Reliving it: "he is not sleeping, he keeps seeing the knife", "i have flashbacks of the gun".
_REMEMBERING = re.compile(
    r"\b(?:keeps?|kept|still|cant stop|can t stop|cannot stop) (?:seeing|thinking about|"
    r"remembering|dreaming (?:about|of)|reliving|picturing|hearing)\b|\bflashbacks?\b|"
    r"\bnightmares?\b|\bcant sleep\b|\bnot sleeping\b"
)


# Medicines named as what they take for a condition: "my arthritis and my heart tablets".
_MEDICATION_FOR = re.compile(
    r"\b(?:heart|blood pressure|bp|diabetes|thyroid|arthritis|pain|epilepsy|asthma|water|"
    r"cholesterol|anxiety|depression|sleeping|my usual|prescribed) (?:tablets|pills|meds|"
    r"medication)\b|\b(?:on|take|takes|taking) (?:my |some |a lot of )?(?:tablets|pills|meds|"
    r"medication) (?:for|every|each|daily)\b|"
    # -- round 39, helper F4 -- "Only I have blood pressure, I take tablets" (Ravi, 62, at the
    # health question): a condition named, then the tablets taken for it.
    r"\b(?:blood pressure|bp|diabetes|diabetic|heart|thyroid|asthma|epilepsy|arthritis|"
    r"cholesterol|angina|kidneys?)\b(?: \w+){0,4}? (?:i |and i |so i |i have to |for (?:it|that|"
    r"which) i )?(?:take|takes|taking|am on|im on) (?:my |some |the |daily |\w+ )?(?:tablets|"
    r"pills|meds|medication|medicine)\b(?! (?:all|at once|too many))|"
    # -- round 29, helper M -- "the GP gave me tablets", "tablets from the doctor": medicine
    # prescribed, told as a fact (the question it came with was whether it is a condition).
    r"\b(?:gp|doctor|doctors|dr|nurse|hospital|psychiatrist|pharmacist|chemist) (?:has |had |"
    r"have )?(?:gave|given|give|prescribed|put) (?:me )?(?:on )?(?:some )?(?:\w+ )?(?:tablets|"
    r"pills|meds|medication|antidepressants)\b|\b(?:tablets|pills|meds|medication|"
    r"antidepressants) (?:from|off) (?:the|my) (?:gp|doctor|doctors|dr|nurse|hospital)\b|"
    # -- round 73, lead -- "I have depression, I'm on tablets. Is that relevant?" (Sandra, 52, at
    # the health question) got Samaritans: a condition of the mind named, then the treatment
    # she is on. Only "on" them, not taking them all, saving them or stopping them.
    r"\b(?:depression|depressed|anxiety|anxious|ptsd|bipolar|mental health)\b(?: \w+){0,4}? "
    r"(?:i m|im|i am|and im|and i m|so im) on (?:my |some |the )?(?:tablets|pills|meds|"
    r"medication|antidepressants)\b(?! (?:all|at once|too many|saved|stockpiled))"
    r"(?!.*\b(?:take|taking|took|swallow\w*|sav(?:e|ing)|stockpil\w*|hoard\w*|stop\w*|"
    r"them all|all of them|the lot|too many)\b)"
)
# -- round 48, helper S4 -- "SHE COMES EVERY MORNING AND DOES MY BREAKFAST AND MY TABLETS" (Bob,
# 80, about his carer): someone else sorting the tablets, not tablets taken. Only where nothing
# is said of taking them ("she does my tablets and i want to take them all" is still a worry).
_S4_CARER_DOES_TABLETS = re.compile(
    # -- round 60, main --: "I need her to help me wash and with my tablets" (Bernard, 75).
    r"\b(?:she|he|they|her|him|them|carer|carers|nurse|daughter|son|wife|husband|neighbour)\b"
    r"(?: \w+){0,6}? "
    r"(?:does|do|did|sorts?|sorted|gives? me|brings?|collects?|manages|helps? (?:me )?(?:\w+ "
    r"(?:and )?)?with|"
    r"puts? out|orders) (?:me )?(?:(?:my|the) \w+ (?:and|&) )?(?:my|the) (?:\w+ )?(?:tablets|"
    r"pills|meds|medication|medicine)\b(?! (?:all|at once|too many))"
)
_S4_TAKING = re.compile(
    r"\b(?:take|takes|taking|took|taken|swallow\w*|overdos\w*|them all|all of them|the lot|"
    r"stockpil\w*|sav(?:e|ing) (?:them|up))\b"
)


def _s4_without_carers_tablets(cleaned: str) -> str:
    """The message without a carer's doing of the tablets, unless it speaks of taking them."""
    if not _M61_TAKING_TABLETS.search(cleaned):
        cleaned = _M61_TABLETS_AS_CARE.sub(" ", cleaned)  # round 61, main
    if _S4_TAKING.search(cleaned):
        return cleaned
    return _S4_CARER_DOES_TABLETS.sub(" ", cleaned)


# -- round 61, main -- Pat, 79, whose carer takes money from her purse: "who will do my tablets?"
# and "I only asked about my tablets, I cant open the blister packs" got Samaritans and "If
# you've taken something, call 999" three times. Tablets asked about as daily care.
_M61_TABLETS_AS_CARE = re.compile(
    r"\bwho (?:will|would|is going to|s going to|is gonna|can|could|else will) (?:do|give me|sort|"
    r"sort out|help (?:me )?with|manage|put out) (?:my|the) (?:tablets|pills|meds|medication|"
    r"medicine)\b|\b(?:asked|asking|ask|question) about (?:my|the) (?:tablets|pills|meds|"
    r"medication|medicine)\b|\bblister packs?\b"
)
# Unless taking them is said: "take them all", "saving my tablets" ("take her away" is not).
_M61_TAKING_TABLETS = re.compile(
    r"\b(?:take|takes|taking|took|taken|swallow\w*|overdos\w*|stockpil\w*|sav(?:e|ing)|hoard\w*)"
    r"\b(?: \w+){0,3}? (?:tablets|pills|meds|medication|medicine|them all|all of them|the lot)\b|"
    r"\b(?:them all|all of them|the lot|too many|a lot of them|handful)\b"
)
# "they will say I cant cope and put me in a home": what others may judge, not how they feel.
_M61_THEY_SAY_CANT_COPE = re.compile(
    r"\b(?:they|she|he|the council|social services|the social|people|everyone)\b(?: \w+){0,2}? "
    r"(?:say|says|said|think|thinks|thought|decide|decides|will say|will think|would say|would "
    r"think) (?:that )?(?:i|im|i am) (?:cant|cannot|can not|couldnt|not able to|unable to) "
    r"(?:cope|manage)\b"
)


# -- round 28, helper E --
# "He was shouting some things about where I'm from before he hit me": the blow told as the
# moment something else happened, which says nothing of now.
_BEFORE_OR_AFTER_HARM = re.compile(
    r"\b(?:before|after|just before|right before|straight after|until|till) (?:he|she|they) "
    r"(?:\w+ )?(?:hit|punched|kicked|slapped|attacked|hurt|pushed|grabbed|beat) (?:me|us)\b"
)


# -- round 29, helper M --
# "somebody to help me would be lovely": a helper wanted (a referral), not a cry for help.
_HELP_WANTED = re.compile(
    r"\b(?:somebody|someone|anyone|anybody|people|a worker|a person|a support worker|"
    r"a service) to help (?:me|us)\b"
)


def trusted_crisis(text: str | None, intent: str) -> bool:
    """Whether to believe the classifier's guess of danger or suicide for this message."""
    if not text:
        return False
    cleaned = _clean(text)
    if IDIOMS.search(cleaned):
        return False
    if intent == IN_DANGER:
        cleaned = without_set_asides(_strip(cleaned), CRISIS_SET_ASIDES)  # s96 (round 96)
        if g76a_no_emergency_then_past(cleaned):
            return False  # g76a (round 76): Harold, "it is not an emergency now"
        if _NEGATED_DANGER.search(cleaned):
            return False
        if p1_asks_what_was_written(cleaned) or p1_says_we_are_safe(cleaned):
            return False  # -- round 69, helper p1 --: "you write the knife?", "we ok now"
        if _MEANING_QUESTION.match(cleaned):
            return False  # "what is danger?": a word they did not understand
        if _NOBODY_HELPS.search(cleaned):
            return False  # "wait so no one will help me??": about the referral, not danger
        if _STOP_HIM_COMING.search(cleaned) and not _RIGHT_NOW.search(cleaned):
            return False  # "can the council stop him coming round?": asking what can be done
        if _REMEMBERING.search(cleaned):
            return False  # "he keeps seeing the knife": a flashback, not a knife there now
        if _FEAR_OF_OUTCOME.search(cleaned):
            return False  # "i'm scared he'll get off": afraid of the verdict, not of him now
        if _FUTURE_VISIT.search(cleaned) and not _THREAT.search(cleaned):
            return False  # "my support worker is coming thursday"
        if _PAST_TIME.search(cleaned) and not _STILL_NOW.search(cleaned):
            return False  # "my car was set on fire in feb": what happened, not what is happening
        if _told_safe_then_past_threat(cleaned):
            return False  # "not right now im inside. but ... said hed kill me last week"
        if _WHEN_IT_HAPPENED.search(cleaned) and not _HERE_NOW.search(
            _G2_ON_THE_WAY_THEN.sub(" ", cleaned)
        ):
            # -- round 40, helper G2 -- "mugged on Tuesday ... held a knife to him": a weapon
            # in what happened, not one there now.
            cleaned = _G2_PAST_WEAPON.sub(" ", cleaned)
        return bool(_PRESENT.search(cleaned) and DANGER_CUES.search(cleaned))
    if _OTHERS_DEATH.search(cleaned) or _without_denial(cleaned) != cleaned:
        return False
    # "when he choke me ... i think i will die. sometimes he say he will kill me" (round 40,
    # Aminata): death feared at someone else's hands is danger, not thoughts of suicide.
    cleaned = w1_without_others_suicide(_FEARED_DEATH.sub(" ", cleaned))  # round 51, helper W1
    cleaned = _S4_GIVE_UP_ON_THIS.sub(" ", _s4_without_carers_tablets(cleaned))  # round 48, S4
    cleaned = _Z3_GIVE_UP_ON_BOT.sub(" ", cleaned)  # round 53, helper Z3
    cleaned = _OTHERS_SELF_HARM.sub(" ", cleaned)  # round 60, main: "she's been self harming"
    cleaned = _M61_THEY_SAY_CANT_COPE.sub(" ", cleaned)  # round 61, main: "theyll say i cant cope"
    cleaned = q82a_without_others_say_cant_cope(cleaned)  # q82a (round 82): Pete's daughter
    cleaned = _I1_SOMEONE_ELSE_WAKES.sub(" ", cleaned)  # round 63, helper i1: "if he wake up"
    cleaned = n1_without_pills_refused(cleaned)  # round 68, helper n1: "I don't want to take pills"
    cleaned = x71a_without_point_of_police(cleaned)  # round 71, helper x71a: Joy, "rang 101"
    cleaned = g76a_without_point_of_reporting(cleaned)  # g76a (round 76): Marcus, "cos i thought"
    cleaned = l72_without_tablets_unaffordable(cleaned)  # round 72, lead: Agnes's pension
    cleaned = n80a_without_tablets_stolen(cleaned)  # n80a (round 80): Brian's stolen tablets
    cleaned = p81a_without_medicine_for(cleaned)  # p81a (round 81): Ron's heart tablets
    cleaned = t84a_without_medicine_kept_from(cleaned)  # t84a (round 84): Helen's tablets
    cleaned = j91a_without_others_alive(cleaned)  # j91a (round 91): Margaret, "is he still alive"
    cleaned = m92a_without_waking_or_startle(cleaned)  # m92a (round 92): Wes, Abi
    cleaned = n103a_without_slept_through_it(cleaned)  # n103a (round 103): Bea
    cleaned = p104a_without_muddled_with_tablets(cleaned)  # p104a (round 104): Doreen
    return bool(SELF_HARM_CUES.search(_MEDICATION_FOR.sub(" ", cleaned)))


# -- round 72, lead --: Agnes, 70, whose grandson takes her pension: "I take tablets. Sometimes I
# cant buy my tablets because the money has gone" got Samaritans and "If you've taken something,
# call 999": medicine she cannot afford, and the tablets she takes, set aside only when nothing
# is said of taking them all or saving them ("I cant buy my tablets. i want to take them all").
_L72_CANT_AFFORD_TABLETS = re.compile(
    r"\b(?:cant|can t|cannot|couldnt|could not|not able to|unable to) (?:afford|buy|get|pay for) "
    r"(?:my |the |her |his |our )?(?:\w+ )?(?:tablets|pills|meds|medication|medicine|"
    r"prescriptions?)\b|\bi (?:take|am on|m on) (?:my )?(?:tablets|pills|meds|medication)\b(?= "
    r"(?:\w+ ){0,4}(?:cant|can t|cannot|couldnt) (?:afford|buy|get|pay for)\b)"
)


def l72_without_tablets_unaffordable(cleaned: str) -> str:
    if _M61_TAKING_TABLETS.search(_L72_CANT_AFFORD_TABLETS.sub(" ", cleaned)):
        return cleaned
    return _L72_CANT_AFFORD_TABLETS.sub(" ", cleaned)


# -- round 48, helper S4 -- "I GIVE UP. I WILL GET MY NEIGHBOUR TO RING THE COUNCIL FOR ME" (Bob,
# 80, after the bot got his contact wrong): giving up on the chat, with another way to act.
_S4_GIVE_UP_ON_THIS = re.compile(
    r"\bi give up (?=i (?:will|ll|am going to|m going to) (?:just )?(?:get|ask) (?:my|a|the) "
    r"(?:\w+ )?\w+ to (?:ring|call|phone|contact|email|text|write to|go to|take me to) "
    r"(?:the|my|them|him|her|someone)\b)"
)


# -- round 53, helper Z3 -- "Still says I'm afraid. I'm not. Give up. Anyway - should I keep the
# note?" (Pat, giving up on correcting the bot's notes, then asking about the note).
_Z3_GIVE_UP_ON_BOT = re.compile(
    r"\b(?:i )?give up(?: on (?:you|it|this bot|this chat|correcting (?:you|it)))? (?=anyway\b)"
    r"|\bi give up (?:on )?(?:correcting|trying to correct|explaining (?:it )?to) (?:you|it|this)\b"
)


_FEARED_DEATH = re.compile(
    r"\bi (?:thought|think|felt|was sure|really thought) i (?:will|would|was going to|am going to|"
    r"m going to|was gonna|d|had) (?:die|died|be dead)\b|\b(?:he|she|they|hes|shes) (?:\w+ ){0,3}"
    r"(?:kill|kills|killed) (?:me|us)\b"
)


# -- round 28, helper E --
# Thoughts of suicide told of someone else, by a sister, friend or parent writing for them: "last
# night he said he wishes he didnt wake up", "should i tell the nurses what he said about wishing
# he didnt wake up?". Not the writer's own wish about the man who hurt them ("i wish he was
# dead"), nor a death that happened ("my friend killed himself two years ago").
_THEY_WISH = r"(?:he|she|they) (?:\w+ ){0,3}?(?:wish|wishes|wished)"
_RELATIVE = (
    r"(?:my |our |her |his )?(?:mum|mom|mam|mother|dad|father|brother|sister|son|daughter|friend|"
    r"partner|husband|wife|nan|nana|gran|granny|grandma|grandad|auntie|aunt|uncle|cousin)"
)
# lead (round 100): Carmen, 67, whose husband with dementia hits out when confused: "My husband
# hit my arm when he was confused" got Samaritans ("hit my arm" is self-harm only when the writer
# does it). Someone named who hurt the arm or wrist: what was done to them.
_L100_OTHER_HURT_MY_BODY = re.compile(
    rf"\b(?:{_RELATIVE}|(?:my |our )?(?:boyfriend|girlfriend|ex|carer|neighbou?r|stepdad|"
    r"stepmum|landlord|boss)|(?:a|the|this|that) (?:man|woman|guy|lad|boy|girl|bloke))(?: \w+)?"
    r" (?:cut|burnt|burned|scratched|bit|punched|hit|hits|kicked|grabbed|twisted|slashed|"
    r"stabbed|bruised) my (?:arms?|wrists?|legs?|skin|thighs?|stomach)\b"
)
# -- round 60, main -- "she has adhd, and she's been self harming again since all this" (Noreen,
# about her 16-year-old daughter, at the question about the child's health) got "I'm so sorry
# you're feeling like this" and "have you hurt yourself?". Someone else's self-harm, told with
# its own subject right before it ("she", "my son", "he keeps cutting himself"), is theirs: it
# gets what someone close can do (someone_else_at_risk), never the writer's crisis reply. Only
# words that keep the subject theirs may come between, so "my partner made me self harm" and
# "she said i should self harm" stay the writer's.
_OTHERS_SELF_HARM = re.compile(
    rf"\b(?:she|he|they|shes|hes|theyre|{_RELATIVE}) (?:(?:has|have|had|is|was|are|were|s|re|"
    r"keeps|kept|started|starting|been|also|again|still|now|often|sometimes|used to|begun|begin|"
    r"begins|gone back to|going back to) )*(?:self harm(?:s|ed|ing)?|self injur\w*|(?:cutting|"
    r"hurting|harming|burning|cut|harmed|cuts|harms|burns|burned|burnt) (?:herself|himself|"
    r"themselves|themself))\b|"
    # -- round 61 --: "is nobody going to say anything about him cutting himself??" (Marion, about
    # her son). Only with the deed named: "i told her self harm helps me" is the writer's.
    r"\b(?:him|her|them) (?:cutting|hurting|harming|burning) (?:himself|herself|themselves|"
    r"themself)\b|"
    # -- round 62, helper H1 -- Marion, about her son, 15: "hes cutting. i found blood on his
    # sheets" and "ive found cuts on his arms twice now". "cutting" with nothing cut after it
    # (not "hes cutting me", "cutting the grass"), and cuts found on his arms, not given to them.
    r"\b(?:hes|shes|theyre|he is|she is|they are|(?:he|she) has|they have) (?:been )?(?:still |"
    r"started |now |also |been )?cutting(?: (?:again|still|now|too|himself|herself|themselves|"
    r"themself))?(?=$| (?:i|im|ive|id|we|and|but|so|because|cos|since|every|at night|again|"
    r"still|now|too|himself|herself|themselves)\b)(?! (?:and|but|so) (?:me|us|my)\b)|"
    r"\b(?:found|find|finding|noticed|notice|seen|saw|spotted) (?:\w+ ){0,2}?(?:cuts|cut marks|"
    r"scars|burns|marks) on (?:his|her|their) (?:arms?|wrists?|legs?|thighs?|stomach|tummy)\b",
    re.I,
)


def others_self_harm(text: str | None) -> bool:
    """Whether the message tells of self-harm by someone else, not the writer."""
    return bool(text) and bool(_OTHERS_SELF_HARM.search(_without_denial(_clean(str(text)))))


# -- round 60, main -- Noreen again, later in the chat about her daughter: "Now the self
# harming, she's on a waiting list for CAMHS" and "you've got it down that it's her self harming
# not me?" got the writer's crisis reply. Writing for someone else, a sentence that names
# self-harm with no "I", "me" or "my" in it (once "not me" is set aside) is about them.
_FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|me|my|myself|mine)\b")
_NOT_ME = re.compile(r"\b(?:not|isnt|wasnt|never) (?:me|mine|myself|my own)\b")
_SELF_HARM_WORD = re.compile(r"\bself harm\w*")


def only_their_self_harm(text: str | None, for_someone_else: bool) -> bool:
    """Whether a message that reads as self-harm tells only of someone else's."""
    if not text:
        return False
    kept: list[str] = []
    for sentence in re.split(r"[.!?;\n]+", str(text)):
        cleaned = _OTHERS_SELF_HARM.sub(" ", _clean(sentence))
        theirs = for_someone_else or re.search(r"\b(?:her|his|their) self harm", cleaned)
        if theirs and not _FIRST_PERSON.search(_NOT_ME.sub(" ", cleaned)):
            cleaned = _SELF_HARM_WORD.sub(" ", cleaned)
        kept.append(cleaned)
    return (
        bool(_SELF_HARM_WORD.search(_clean(str(text))) or others_self_harm(text))
        and not _self_harm(" ".join(kept))
        and not _danger(" ".join(kept))
    )


_OTHER_AT_RISK = re.compile(
    rf"\b(?:{_THEY_WISH}|about (?:him |her |them )?wishing) (?:that )?(?:he|she|they) "
    r"(?:(?:didnt|did not|hadnt|had not|wouldnt|would not|never|could not|couldnt) "
    r"(?:wake|woke|woken|have woken) up|(?:was|were|had) (?:dead|died|never been born|not woken "
    r"up)|had (?:killed|finished off) (?:him|her|them)|(?:wasnt|was not|werent|were not) "
    r"(?:here|alive|around|born)|could (?:die|disappear))\b|"
    rf"\b(?:he|she|they|{_RELATIVE}) (?:\w+ ){{0,3}}?(?:wants?|wanted|wanting|going|gonna|trying|"
    r"tried|threatening|threatened|talking about|talks about|talked about|thinking about|thinks "
    r"about) (?:to )?(?:kill(?:ing)? (?:himself|herself|themselves)|end(?:ing)? (?:his|her|their) "
    r"(?:own )?life|end(?:ing)? it all|suicide)\b|"
    # "he wants to die", not "i thought he was going to die" (of his wounds).
    r"\b(?:he|she|they) (?:\w+ ){0,3}?(?:wants?|wanted|wanting|talking about|talks about|talked "
    r"about|thinking about|thinks about) (?:to )?(?:die|dying)\b|"
    r"\b(?:he|she|they) (?:is|are|s|re|has been|have been|seems|seem|sounds|sound|was) "
    r"(?:\w+ )?suicidal\b|\b(?:hes|shes|theyre) (?:\w+ )?suicidal\b|"
    # -- round 37 -- "sometimes she says she doesn't want to be here without him", "She said last
    # night she doesn't want to live without Daniel" (Grace, whose brother was killed, about
    # their mum): "without" is not "with".
    rf"\b(?:he|she|they|{_RELATIVE}) (?:doesnt|dont|does not|do not) want to (?:live(?! with\b| "
    r"in\b| there| near| next| at\b| here| like| on\b| alone| by\b)|be alive|be here (?:any ?more|"
    r"without)|wake up|go on)\b"
)


def someone_else_at_risk(text: str | None) -> bool:
    """Whether the message tells of thoughts of suicide, or self-harm, in someone else."""
    return others_self_harm(text) or others_suicidal(text)  # round 60, main: self-harm too


def others_suicidal(text: str | None) -> bool:
    """Whether the message tells of thoughts of suicide in someone else, not the writer."""
    if not text:
        return False
    cleaned = _without_denial(_clean(text))
    # "he says he wishes he was dead" is not a death told; "my friend killed himself" is.
    return bool(_OTHER_AT_RISK.search(cleaned)) and not _OTHERS_DEATH.search(
        _OTHER_AT_RISK.sub(" ", cleaned)
    )


# -- round 41, helper J1 --
# "wat?? im not gonna hurt myself. jump me means beat me up" (Tom, 15, after a suicide reply
# to "they said theyd jump me if i snitch"), "lol no mate im fine, i meant reporting
# shoplifting is pointless" (Dev): a plain denial, or what they meant, with nothing beside it
# that keeps the worry ("i dont think id actually do it" is no denial).
_J1_MEANT = re.compile(
    r"\b(?:i meant|\w+ me means|misunderstood|misread|got (?:it|that|me) wrong|got the wrong "
    r"(?:idea|end)|wrong idea|not what i meant)\b"
)
_J1_FINE = re.compile(
    r"\b(?:(?:im|i am|i m) (?:fine|ok|okay|alright|all right)|not suicidal|(?:lol|haha) (?:no|nah)|"
    r"(?:no|nah) mate)\b"
)


# -- round 68, helper n1 --
# Irene, 66, burgled, lying awake till 4: "I lie awake till 4 every night. I don't want to take
# pills." was guessed as suicide and trusted on "pills": not wanting sleeping pills is not taking
# them. Only the refusal is set aside ("i dont want to take them all" is not one).
_N1_PILLS_REFUSED = re.compile(
    r"\b(?:dont|do not|don t|wont|will not|would rather not|rather not|never|hate to|refuse to)"
    r"(?: really)?(?: want to| wanna| like to| like| want| have to| need to)? (?:take|taking|be on|"
    r"go on|going on|rely on|start|starting)(?: on)? (?:any |more |some |the |sleeping )?(?:sleeping )?"
    r"(?:pills|tablets|meds|medication|medicine|sleepers)\b"
    r"(?! (?:all|at once|too many|together|in one go|and|but))"
)
# "Goodness no, I haven't taken anything! I meant sleeping tablets from the doctor. I'm not going
# to do anything silly." (Irene, at "have you hurt yourself?"): a denial, with what she meant.
# Only the writer's own "I haven't taken anything" ("they didnt take anything" is the burglars).
_N1_NOTHING_TAKEN = re.compile(
    r"\b(?:i|ive|i ve) (?:havent|have not|hadnt|didnt|did not|never|have never|not) (?:taken|took|"
    r"take|swallowed) (?:anything|any of them)\b"
)
# Derek, 62, correcting the notes: "thats wrong. its not just theft, he threatened me with a
# needle, said hed stab me with it" got the 999 screen. A threat put right in the record, told as
# done, with no word of now ("thats wrong, hes outside now with it" stays danger).
_N1_PUTTING_RIGHT = re.compile(
    r"^(?:no |nah )?(?:thats|that s|that is|its|it s) (?:wrong|not right|not (?:just|only) (?:a "
    r"|an )?\w+)\b|\b(?:you|u) (?:missed|forgot|left out|havent (?:put|got|written))\b|"
    r"\bmake sure (?:the|that|you)\b.{0,30}\b(?:on there|down|in it|written)\b"
)
_N1_THREAT_TOLD = re.compile(
    r"\b(?:(?:he|she|they|someone|one of them) )?(?:threatened (?:me|us)(?: with (?:a |an |his |"
    r"her |their )?\w+)?|(?:said|told me) (?:hed|shed|theyd|he would|she would|they would|he was "
    r"going to|she was going to|he was gonna|she was gonna) (?:\w+ ){0,2}?(?:me|us)(?: with (?:it|"
    r"a \w+|an \w+|his \w+|her \w+))?)"
)
_N1_TAKING_MANY = re.compile(
    r"\b(?:them all|all of them|all my|the lot|too many|a lot of them|handful|whole (?:lot|packet|"
    r"box|bottle)|overdos\w*|stockpil\w*|sav(?:e|ing) (?:them|up)|hoard\w*)\b"
)
_N1_NOW_WORDS = re.compile(
    rf"\b(?:{_NOW}|tonight|today|here|outside|at the door|coming|on (?:his|her|their) way|hes|shes|"
    r"theyre|he is|she is|they are|still|again|keeps|scared|afraid|terrified)\b"
)


def n1_without_pills_refused(cleaned: str) -> str:
    """The cleaned message without pills or tablets they said they do not want to take, unless
    taking many is said anywhere in it ("i dont want to take pills, i want to take them all")."""
    return _set_aside(cleaned, _N1_PILLS_REFUSED, _N1_TAKING_MANY)


def n1_without_threat_put_right(cleaned: str) -> str:
    """The cleaned message without a threat told as done in a correction of the notes, unless
    it says anything of now or of fear."""
    if not _N1_PUTTING_RIGHT.search(cleaned) or _N1_NOW_WORDS.search(cleaned):
        return cleaned
    return " ".join(_N1_THREAT_TOLD.sub(" ", cleaned).split())


def n1_denies_taking_anything(cleaned: str) -> bool:
    """ "I haven't taken anything", with no "yet" or "but" beside it."""
    for denial in _N1_NOTHING_TAKEN.finditer(cleaned):
        before = " ".join(cleaned[: denial.start()].split()[-3:])
        after = " ".join(cleaned[denial.end() :].split()[:3])
        if _STILL_AT_RISK_BEFORE.search(before) or _STILL_AT_RISK_AFTER.search(after):
            return False
    return bool(_N1_NOTHING_TAKEN.search(cleaned))


# -- end of round 68, helper n1 --


def takes_back_self_harm(text: str | None) -> bool:
    """Whether the message says a reply about suicide misread them: "im not gonna hurt myself",
    "no im fine, i meant reporting is pointless". Never when it tells of such thoughts."""
    if not text:
        return False
    cleaned = _clean(text)
    rest = _without_denial(cleaned)
    denied = rest != cleaned
    # -- round 68, helper n1 --: "Goodness no, I haven't taken anything! I meant sleeping
    # tablets from the doctor" (Irene): a denial of taking anything counts too.
    if n1_denies_taking_anything(rest):
        rest = " ".join(_N1_NOTHING_TAKEN.sub(" ", rest).split())
        denied = True
    meant = "?" not in text and bool(_J1_MEANT.search(cleaned) and _J1_FINE.search(cleaned))
    if not (denied or meant):
        return False
    if _NOT_SELF_HARM.search(cleaned) and rest == _without_denial(cleaned) == cleaned:
        return False  # a denial with "yet", "but", "might" beside it
    # -- round 48, helper S4 --: "I HAVENT HURT MYSELF. I SAID SHE DOES MY TABLETS FOR ME. MY
    # HEART TABLETS" (Bob): tablets named as medicine are no worry beside the denial.
    # -- round 68, helper n1 --: nor "i meant whats the point reporting it" (Gary, Derek), which
    # is about the police, as IDIOMS says.
    return not _self_harm(rest) and not SELF_HARM_CUES.search(
        IDIOMS.sub(
            " ",
            _MEDICATION_FOR.sub(
                " ",
                # n103a (round 103): Bea, "i only meant that i did not wake up during the burglary"
                _s4_without_carers_tablets(n103a_without_slept_through_it(rest)),
            ),
        )
    )


# -- g76a (round 76) --
# Lucy, 31, followed home by a stranger, after saying she was safe at home: "sorry but he didn't
# threaten me, he just followed me and waited. is that actually something the police would take
# seriously?" got the danger script: the classifier's guess was believed on "threaten". A threat
# denied is set aside; anything else in the message ("he didnt threaten me, hes outside now", "he
# never threatened me before but now...") is still read.
_G76A_THREAT_DENIED = re.compile(
    r"\b(?:(?:he|she|they|nobody|no one|noone|the man|the guy|a man)(?: has| have| had)? "
    r"(?:didnt|did not|didn t|never|hasnt|has not|hasn t|havent|have not|haven t|hadnt|had not)"
    r"(?: (?:actually|ever|even|really|once))? (?:threaten|threatened|made (?:any )?threats? to) "
    r"(?:me|us)|(?:i|we) (?:wasnt|was not|werent|were not|have not been|havent been|was never|"
    r"were never|never got|didnt get)(?: (?:actually|ever|even|really))? threatened|(?:nobody|no "
    r"one|noone)(?: has| had| s)?(?: (?:actually|ever|even))? threatened (?:me|us))\b"
    r"(?! (?:before|till|until|but|yet|then)\b)"
)


def g76a_without_threat_denied(cleaned: str) -> str:
    """The cleaned message without a threat the writer says was not made."""
    return " ".join(_G76A_THREAT_DENIED.sub(" ", cleaned).split())


# Harold, 84, whose wallet and late wife's ring were taken by a bogus caller on Tuesday: "It is
# not an emergency now, he was here on Tuesday. Do I still ring 999 to report it?" got the danger
# script on "he was here" beside "now" and "still". "Not an emergency" said, then the visit told
# with when it was, is what happened: like "not right now. he was here last night" (round 46).
# Not "is this not an emergency?", and anything said of now ("hes outside", "on his way", a
# threat) keeps it danger.
_G76A_NO_EMERGENCY = re.compile(
    r"\b(?:(?:it|this|thats|that|its|it s)(?: is| s)? (?:not|isnt|is not|aint)|(?:its|it s|it is|"
    r"theres|there is|there s) no|(?<!\bis it )(?<!\bis this )(?<!\bisnt it )not|no) "
    r"(?:(?:really|actually|exactly) )?(?:an? )?emergency\b(?: (?:now|any ?more|at the moment|"
    r"right now|rn|atm))?"
)
# "do I still ring 999?": the writer still to do something, not someone still there.
_G76A_I_STILL = re.compile(
    r"\b(?:do|should|can|could|would|must|shall|will) (?:i|we) still (?:need to |have to |be able "
    r"to )?(?=(?:ring|call|phone|dial|report|contact|use|go)\b)"
)


def g76a_no_emergency_then_past(cleaned: str) -> bool:
    """ "It is not an emergency now", with what happened told with when and nothing of now."""
    if not _G76A_NO_EMERGENCY.search(cleaned):
        return False
    rest = " ".join(_G76A_I_STILL.sub(" ", _G76A_NO_EMERGENCY.sub(" ", cleaned)).split())
    if _THREAT.search(rest) or _Q6_HERE_NOW.search(rest) or re.search(r"\bhelp (?:me|us)\b", rest):
        return False
    if not any(p.search(rest) for p in _DANGER):
        return True  # nothing of danger besides the denial
    told_when = _WHEN_IT_HAPPENED.search(rest) or _PAST_TIME.search(rest)
    return bool(told_when) and not _ABOUT_NOW.search(_G76A_WAS_THERE.sub(" ", rest))


# "he was here on Tuesday": where he was then, only beside "was"/"were".
_G76A_WAS_THERE = re.compile(rf"\b{_WHO} (?:was|were) {_THERE}\b")


# Marcus, whose car was keyed three times: "reported the last one yeah. not the first two cos i
# thought what's the point. is this even a crime" got Samaritans: the point of reporting, told
# just after reporting and "cos i thought", not of living. Never with a word of despair between
# (the round 71 words), nor "whats the point of living/anything/anymore" after.
_G76A_POINT_OF_REPORTING = re.compile(
    r"\b(?:report\w*|police|101|cops|feds|crime number)\b"
    rf"{_X71A_DESPAIR}{{0,60}}?\b(?:(?:cos|coz|cuz|because|as|since|and|but|so) )?(?:(?:i|we) "
    r"(?:thought|think|figured|reckoned|was like|felt like) )?whats the point\b"
    r"(?! (?:of |in )?(?:living|life|going on|carrying on|anything|everything|being alive|being "
    r"here|me|myself|anymore|any more|it all|trying|waking up|existing)\b)"
)


def g76a_without_point_of_reporting(cleaned: str) -> str:
    """The cleaned message without "whats the point" said of reporting."""
    return " ".join(_G76A_POINT_OF_REPORTING.sub(" ", cleaned).split())


# "i dont mean hurting myself, i mean ending it": what they did mean, said after, is read too.
_G76A_MEANT_FORM = re.compile(
    r"\b(?:dont|do not|didnt|did not|don t|didn t) mean\b|talking about\b"
)


def g76a_meant_otherwise_of_harm(denial: str, after: str) -> bool:
    """Whether a "did not mean" denial is followed by words of suicide, which it is not."""
    return bool(_G76A_MEANT_FORM.search(denial) and SELF_HARM_CUES.search(IDIOMS.sub(" ", after)))


# end g76a


# m79b (round 79)
# Words that read as someone here now but are not, set aside before the danger patterns:
# - Kasia, in few words of English: "but i not report police. i get help anyway?" asks whether
#   she can get support; "i get help" is never a call to send help ("send help", "get help now"
#   from someone else still count).
# - Maya, 15: "can i get them back" (her AirPods): what was taken back, not people back.
# - Peter, for his father: "he cant manage without someone coming in": a carer he needs, not
#   someone arriving (also read by must_go, for the quick exit).
# Each is removed alone: anything else in the message about now still counts.
M79B_SOMEONE_NEEDED = re.compile(
    r"\b(?:without|need|needs|needed|want|wants|wanted|having|have|has|for|about|of) (?:someone|"
    r"somebody|anyone|anybody|a carer|carers|people) (?:to keep |keep |keeps )?coming "
    r"(?:in|round|over|to (?:help|the house|see (?:him|her|them)))\b"
)
_M79B_NOT_DANGER = re.compile(
    r"\b(?:i|we) (?:still )?get help\b(?! (?:now|quick|here|asap|please))|"
    r"\b(?:get|getting|got|gets|give|giving|gave) (?:them|it) back\b"
)
# Sunil, at "are you in danger right now?": "no. i am in the shop now they are not here. but
# they come back every few days": how often they come back, told after saying they are not
# there now, is a repeat, not danger now. Without the denial it still counts.
_M79B_COME_BACK_OFTEN = re.compile(
    r"\b(?:he|she|they) (?:come|comes|keep coming|keeps coming) back (?:every|each|most|some|"
    r"usually|sometimes|often|once|twice|a few|now and then|from time to time)\b"
)
_M79B_NOT_THERE_NOW = re.compile(
    r"\b(?:he|she|they)(?: is| are|s|re)? (?:not|isnt|arent|aren t|isn t) (?:here|there|around|"
    r"about|in)\b"
)


def m79b_without_not_danger(cleaned: str) -> str:
    """The cleaned message without help asked for oneself, things got back, a carer needed, or
    a return told as how often after saying they are not there."""
    cleaned = M79B_SOMEONE_NEEDED.sub(" ", cleaned)
    cleaned = _M79B_NOT_DANGER.sub(" ", cleaned)
    if _M79B_NOT_THERE_NOW.search(cleaned):
        cleaned = _M79B_COME_BACK_OFTEN.sub(" ", cleaned)
    return " ".join(cleaned.split())


# end m79b


# n80a (round 80)
# Brian, 62, whose carer's boyfriend stole his painkillers: "Some of my tablets have gone
# missing and some money" and "a few tablets went too but I wasnt sure, I thought I had
# miscounted" got Samaritans and "if you've taken something call 999". Tablets gone missing,
# stolen by someone else or miscounted are a theft, not an overdose. Set aside only when nothing
# is said of taking them oneself ("my tablets are gone, i took them all" is still a worry).
_N80A_MEDS = (
    r"(?:tablets|pills|meds|medication|medicine|painkillers|patches|prescription|co codamol|"
    r"cocodamol|codeine|morphine|paracetamol)"
)
_N80A_TABLETS_STOLEN = re.compile(
    # "my tablets have gone missing", "a few tablets went too", "some pills were stolen"; not "all
    # my tablets have gone", which may be all of them taken.
    r"(?<!all )(?<!all my )(?<!all the )(?<!all of my )(?<!all of the )"
    rf"\b{_N80A_MEDS}(?: (?:have|has|had|were|was|are|is|keep|kept|seem to|"
    r"seemed to|must have|might have|may have|have been|had been|has been|were being|went))*"
    r" (?:gone missing|go missing|going missing|goes missing|missing|disappeared|disappearing|"
    r"vanished|gone|went|stolen|nicked|pinched|taken by (?:him|her|them|someone|somebody))\b|"
    # "he stole my tablets", "someone has taken my painkillers", "dean nicked the pills"
    r"\b(?:he|she|they|someone|somebody|some1|someones|boyfriend|partner|carer|carers|"
    r"thief|thieves|burglars?|(?!i\b)\w+s boyfriend)(?: \w+)?(?: has| have| had| must have| might"
    r" have| may have| keeps?| is| was| has been| had been)? (?:stole|stolen|steals|stealing|"
    r"nicked|nicks|nicking|pinched|pinching|took|taken|takes|taking|had|helped himself to|"
    r"helped herself to)(?: some of| a few of| all of| the rest of)? (?:my|the|his|her|our|some|a "
    rf"few)(?: \w+)?(?: of (?:my|the))? {_N80A_MEDS}\b|"
    # "I thought I had miscounted", "lost count of my tablets"
    r"\b(?:miscount\w*|mis counted|counted (?:them )?wrong|counted wrong)\b"
)


def n80a_without_tablets_stolen(cleaned: str) -> str:
    """The cleaned message without tablets gone missing, stolen or miscounted, unless taking
    them oneself is said too."""
    rest = " ".join(_N80A_TABLETS_STOLEN.sub(" ", cleaned).split())
    if _M61_TAKING_TABLETS.search(rest) or _S4_TAKING.search(rest):
        return cleaned
    return rest


# end n80a


# p81a (round 81)
# False alarms of danger now, each set aside alone (anything else in the message about now
# still counts):
# - Sophie, about her boss: "hes not coming round mine, hes my boss, its at the office" was
#   believed as danger on "coming round": someone said NOT to be coming is not on the way.
# - Kev, romance-scammed: "she said she was stuck in ghana with her daughter and needed money
#   for the hospital": the story someone told about themselves ("she said she was stuck") is
#   not the writer being trapped. Only when the one stuck is the one who said so.
# - Nina, whose landlord changed the locks: "he lock us out of our home": being locked out is
#   not being locked in.
P81A_NOT_COMING = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|he is|she is|they are|he s|she s)(?: is| are)? (?:not|"
    r"isnt|arent|is not|are not|never|wont be|will not be) (?:coming|come|gonna come|going to "
    r"come)(?: (?:round|over|back|here|to (?:mine|my (?:house|flat|home|place))|near me|to see "
    r"me))?(?: (?:mine|to mine|my (?:house|flat|home|place)))?\b"
)
P81A_THEIR_STORY = re.compile(
    r"\b(?P<who>he|she|they) (?:said|says|told (?:me|us)|claimed|claims|pretended|made out|kept "
    r"saying|was saying)(?: that)? (?P=who)(?: was| were| is| are|s|re| had been| d been| got)? "
    r"(?:stuck|stranded|trapped|locked up|detained|held)\b"
)
_P81A_LOCKED_OUT = re.compile(r"\b(?:lock|locks|locked) (?:me|us) out\b")


def p81a_without_not_danger(cleaned: str) -> str:
    """The cleaned message without someone said not to be coming, a story someone told of
    being stuck, or being locked out."""
    for told in (P81A_NOT_COMING, P81A_THEIR_STORY, _P81A_LOCKED_OUT):
        cleaned = told.sub(" ", cleaned)
    return " ".join(cleaned.split())


# Ron, 77, at the health question: "i have the tablets for my heart too" got Samaritans: a
# medicine named with the condition or part of the body it treats is a fact of care, as
# "heart tablets" (round 39) and "tablets from the doctor" (round 29) already were. Set aside
# only when nothing is said of taking them all or too many ("i have the tablets for my heart
# and i want to take them all" is still a worry).
_P81A_CONDITION = (
    r"(?:heart|blood pressure|bp|diabetes|sugar|thyroid|arthritis|pain|back|knees?|hips?|joints|"
    r"epilepsy|fits|seizures|asthma|breathing|chest|lungs|copd|cholesterol|angina|kidneys?|"
    r"liver|stomach|bowels?|water|memory|dementia|alzheimers|parkinsons|ms|migraines?|"
    r"headaches|nerves|anxiety|depression|mood|adhd|bipolar|psychosis|schizophrenia|ptsd|"
    r"sleep|sleeping|eyes|skin|prostate|bladder|condition|illness|cancer|mental health|"
    r"stroke|circulation|blood|iron|vitamins?|allergies|hay fever|infection|gout|osteoporosis|"
    r"bones)"
)
_P81A_MEDICINE_FOR = re.compile(
    r"\b(?:tablets|pills|meds|medication|medicine|inhalers?|injections?|insulin|patches) for "
    rf"(?:(?:my|his|her|the|me|a|an) )?(?:(?:bad|dodgy|weak|high|low|poor|\w+ and) )?"
    rf"{_P81A_CONDITION}\b"
)


def p81a_without_medicine_for(cleaned: str) -> str:
    """The cleaned message without a medicine named with what it is for, unless taking them
    all or too many is said too."""
    rest = " ".join(_P81A_MEDICINE_FOR.sub(" ", cleaned).split())
    if _M61_TAKING_TABLETS.search(rest):
        return cleaned
    return rest


# end p81a


# q82a (round 82)
# Gordon, 69, at the danger question: "I would not say I am in danger as such. He is a large man
# and rather intimidating when he shouts, but he has not laid a finger on me" got the 999 screen:
# "i am in danger" was read with the denial before it a few words back. Danger said only to be
# denied ("I wouldn't say I'm in danger", "I don't really think I'm in danger") is set aside; any
# other word of now ("...but he's outside now") is still read.
_Q82A_IN_DANGER = r"(?:in (?:any )?(?:real |immediate |actual )?danger|unsafe|dangerous)"
Q82A_DANGER_DENIED = re.compile(
    r"\b(?:i |we )?(?:would not|wouldnt|wouldn t|would nt) (?:really |exactly |necessarily |"
    r"honestly )?(?:say|call (?:it|myself|this|that)|describe (?:it|myself|this|that) as|"
    r"class (?:it|myself|this) as|consider (?:it|myself|this|that))(?: that)?"
    r"(?: (?:i am|im|i m|we are|were|we re|i was|myself|ourselves|it|this|that|its|it is))?"
    rf"(?: as)? {_Q82A_IN_DANGER}\b|"
    r"\b(?:i|we) (?:dont|do not|don t|didnt|did not) (?:really |honestly |actually )?(?:think|"
    r"feel|believe|reckon|consider)(?: that)? (?:i am|im|i m|we are|were|we re|myself|ourselves|"
    rf"it is|its|it s) {_Q82A_IN_DANGER}\b"
)
# Sanjay, 58, a shopkeeper: "Teenagers are throwing things and abusing me every evening and
# police do nothing" got the 999 screen on "are throwing". Things thrown told with how often it
# happens ("every evening", "most nights") is what keeps happening, not an attack now. Set aside
# only when nothing else in the message speaks of now ("...and they're outside now" is read).
_Q82A_THROWN = (
    r"(?:throwing|throw|throws|smashing|trashing|chucking|lobbing) (?:\w+ ){0,4}?(?:things|stuff|"
    r"eggs|stones|rocks|bricks|a brick|rubbish|bottles|cans|fireworks|food|litter|at (?:my|the|"
    r"our) (?:\w+ )?(?:window|windows|shop|door|house|car|flat|home|front|building))\b"
)
_Q82A_HOW_OFTEN = (
    r"(?:every (?:single )?(?:evening|night|day|morning|afternoon|weekend|week|time)|most "
    r"(?:evenings|nights|days|mornings|weekends)|each (?:evening|night|day)|every other (?:day|"
    r"night)|all the time|nightly|daily)\b"
)
_Q82A_THROWN_AGAIN_AND_AGAIN = re.compile(
    rf"\b{_Q82A_THROWN}(?: (?!(?:now|right|rn|tonight)\b)\w+){{0,8}}? {_Q82A_HOW_OFTEN}|"
    rf"\b{_Q82A_HOW_OFTEN}(?: (?!(?:now|right|rn|tonight)\b)\w+){{0,6}}? {_Q82A_THROWN}"
)
_Q82A_HELP = re.compile(r"\b(?:help|please|quick|scared|hurt|injured|bleeding)\b")


def q82a_without_not_danger(cleaned: str) -> str:
    """The cleaned message without danger said only to be denied, or things thrown told as what
    keeps happening when nothing else speaks of now."""
    cleaned = Q82A_DANGER_DENIED.sub(" ", cleaned)
    if not (_ABOUT_NOW.search(cleaned) or _RIGHT_NOW.search(cleaned) or _Q82A_HELP.search(cleaned)):
        cleaned = _Q82A_THROWN_AGAIN_AND_AGAIN.sub(" ", cleaned)
    return " ".join(cleaned.split())


# Pete, 74, who cares for his wife: "If she finds out she'll want to take over my money and say I
# cant cope. Will you tell her?" got Samaritans and "have you hurt yourself": what his daughter
# might say of him, several words after "she", is her judgement, not how he feels (round 61 read
# it only within two words). The words between never hold "i", so "she said i was fine but i
# think i cant cope" is still his own.
Q82A_OTHERS_SAY_CANT_COPE = re.compile(
    r"\b(?:they|she|he|shell|hell|theyll|the council|social services|the social|people|everyone|"
    r"my (?:daughter|son|family|kids|children|sister|brother|wife|husband))\b"
    r"(?: (?!(?:i|im|ive|id|me|myself)\b)\w+){0,10}? (?:say|says|said|think|thinks|decide|decides|"
    r"claim|claims|make out|makes out|tell (?:everyone|people|them|the \w+)) (?:that )?"
    r"(?:i|im|i am) (?:cant|cannot|can not|can t|couldnt|not able to|unable to) (?:cope|manage)\b"
)


def q82a_without_others_say_cant_cope(cleaned: str) -> str:
    """The cleaned message without someone else's saying the writer can't cope."""
    return " ".join(Q82A_OTHERS_SAY_CANT_COPE.sub(" ", cleaned).split())


# end q82a


# s83a (round 83)
# Rose, 71, burgled, asked whether it had happened more than once: "no just the once. mrs patel
# next door said a man was knocking round the street the week before though" got the 999 screen
# on "a man was knocking": a neighbour's word of someone about, told with a time before, is what
# happened then. Only another person's report ("i said"/"we said" is not one), only with a time
# told, and only with no word of now ("she said a man was knocking on doors, hes outside now",
# "mrs patel said a man was knocking last week and hes back tonight" stay danger).
_S83A_OTHERS_SAW_THEN = re.compile(
    r"\b(?!(?:i|we)\b)\w+ (?:said|says|told me|told us|mentioned|reckons|reckoned|thought) "
    r"(?:that )?(?:a|an|some|the|this|that|two|three|a couple of) (?:\w+ )?(?:man|men|woman|"
    r"women|guy|guys|bloke|blokes|lad|lads|boy|boys|person|people|kids|youths?|fella|someone|"
    r"somebody) (?:was|were|had been) (?:\w+ ){1,8}?(?:the (?:day|night|week|weekend|month|"
    r"morning|evening) before(?: that)?|the other (?:day|night|week)|last (?:week|night|month|"
    r"weekend)|(?:a |one |two |few |a few |\d+ )?(?:days?|weeks?|nights?|months?) (?:before|ago|"
    r"earlier))\b"
)
_S83A_NOW_SAID = re.compile(
    rf"\b(?:{_NOW}|here|outside|at the door|coming|on (?:his|her|their) way|today|back|"
    r"hes|shes|theyre|he is|she is|they are)\b"
)


def s83a_without_others_report_then(cleaned: str) -> str:
    """The cleaned message without someone else's word of a person about before, unless now is
    said."""
    return _set_aside(cleaned, _S83A_OTHERS_SAW_THEN, _S83A_NOW_SAID)


# Tyler, 16, at home and safe, after the summary: "u aint put the main thing. they said theyll stab
# me tmrw after school" got the child's "stay inside, lock the doors, call 999 now" screen. A
# threat told for a later day (tomorrow, next week), with no word of now, is what he is afraid
# of, not danger this minute. Only the dialogue decides, and only once they have said they are
# safe: this says whether the message is such a threat. "theyre outside now", "hes coming round
# with a knife", "theyll stab me tonight" or "again" still speak of now.
_S83A_LATER_DAY = re.compile(
    r"\b(?:tomorrow|tmrw|tmrow|tmr|tmoz|tomoz|2moro|2morrow|tommorow|tomorow|tommorrow|next "
    r"(?:week|weekend|month)|the day after)\b"
)
_S83A_NOW_OR_NEAR = re.compile(
    rf"\b(?:{_NOW}|here|outside|at (?:the|my|our)(?: front| back)? (?:door|window|gate)|coming|"
    r"on (?:his|her|their|the) way|today|in the house|downstairs|upstairs|nearby|near me|"
    r"following me|waiting for me|help me|help us)\b"
)


def s83a_threat_for_later(text: str | None) -> bool:
    """A threat told for a later day ("they said theyll stab me tmrw after school"), with
    nothing said of now."""
    cleaned = _clean(str(text or ""))
    return (
        bool(_THREAT.search(cleaned))
        and bool(_S83A_LATER_DAY.search(cleaned))
        and not _S83A_NOW_OR_NEAR.search(cleaned)
    )


# end s83a


# t84a (round 84)
# Helen, who has MS: "I need someone to help with my tablets, if he locks them I miss doses and
# then I relapse" got Samaritans and "if you've taken something call 999": medicine someone
# locks away or keeps from her, help wanted with it, and doses missed are a fact of abuse and
# care, not of taking too many. Set aside only when nothing is said of taking them all or too
# many ("he locks my tablets away but i want to take them all" is still a worry).
_T84A_MEDS = r"(?:tablets|pills|meds|medication|medicines?|prescriptions?|insulin|inhalers?|them)"
_T84A_MEDICINE_KEPT_FROM = re.compile(
    r"\b(?:he|she|they|someone|somebody|my \w+)(?: \w+)? (?:locks?|locked|locking|hides?|hid|"
    r"hiding|keeps?|kept|keeping|withholds?|withheld|withholding|controls?|controlled|"
    r"controlling|rations?|rationed|rationing)(?: away)? (?:my |the |all my |her |his )?"
    rf"{_T84A_MEDS}(?: (?:away|up|from me|off me))?\b|"
    r"\b(?:help|helps|helping|support) (?:me )?with (?:my |taking my |the )?"
    r"(?:tablets|pills|meds|medication|medicines?|prescriptions?|doses)\b|"
    r"\b(?:miss|misses|missed|missing|skip|skipped|skipping) (?:my |a |some |the )?(?:doses?|"
    r"tablets|pills|meds|medication|medicines?|injections?|insulin)\b"
)


def t84a_without_medicine_kept_from(cleaned: str) -> str:
    """The cleaned message without medicine kept from the writer, help wanted with it or doses
    missed, unless taking them all or too many is said too."""
    rest = " ".join(_T84A_MEDICINE_KEPT_FROM.sub(" ", cleaned).split())
    if _M61_TAKING_TABLETS.search(rest) or _S4_TAKING.search(rest):
        return cleaned
    return rest


# Stanley, at "When is a safe time to contact you?": "mornings are best, not sundays shes here
# sundays" (his daughter visits) got the 999 screen: who is there on certain days, as
# _L1_THERE_USUALLY and _S4_HERE_AT_THAT_TIME already read for "every morning" and "then".
_T84A_DAYS = (
    r"(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weekdays|"
    r"(?:on |most |every |each )(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"weekend|weekday)s?)"
)
_T84A_SUBJECT_HERE = (
    r"(?:hes|shes|theyre|he is|she is|they are|he s|she s|hes usually|shes usually) "
    r"(?:here|there|round|over|in|home|about)"
)
_T84A_HERE_ON_DAYS = re.compile(
    rf"(?:\b{_T84A_SUBJECT_HERE} {_T84A_DAYS}|\b{_T84A_DAYS} {_T84A_SUBJECT_HERE})\b"
    r"(?! (?:now|right now|rn|at the moment|atm|today|tonight|already)\b)"
)
# Gary, Deaf, after a burglary: "MORE. who fix lock? me worry they come back" got the 999
# screen: a worry that they may come back is a fear for later, not someone coming now (and
# "fix lock me", run together once the "?" is gone, read as being locked in). Not set aside
# when now is said with it ("worried they come back now").
_T84A_FEARED_RETURN = re.compile(
    r"\b(?:worry|worried|worries|scared|afraid|fear|frightened|nervous|anxious|panic\w*) "
    r"(?:that )?(?:they|he|she|them|the burglars|the robbers)(?: will| ll| might| may| could| "
    r"would| d| are going to| re going to| is going to| gonna)? (?:come|comes|coming) back\b"
    r"(?!(?: \w+){0,3} (?:now|right now|tonight|here|outside|again now)\b)"
)
_T84A_LOCK_ASKED = re.compile(
    r"\b(?:fix|fixes|fixing|change|changing|mend|repair) (?:the |my |a )?lock\b"
)


def t84a_without_not_danger(cleaned: str) -> str:
    """The cleaned message without who is there on certain days, a worry that they may come
    back, or a lock to be fixed."""
    for told in (_T84A_HERE_ON_DAYS, _T84A_FEARED_RETURN, _T84A_LOCK_ASKED):
        cleaned = told.sub(" ", cleaned)
    return " ".join(cleaned.split())


# end t84a


# v86b1 (round 86)
# Grace, 72, conned out of her bank card on the doorstep: "no im safe, hes gone. i didnt move any
# money though, he took the card itself, i gave it to him at the door. will i get it back?" got
# the 999 screen on "him at the door". Something handed to someone at the door is what happened,
# told in the past, not someone at the door now. Not set aside when now is said with it ("i gave
# it to him at the door and hes still here", "hes at the door now").
_V86B1_HANDED_AT_DOOR = re.compile(
    r"\b(?:i|we|she|he|mum|dad|my \w+) (?:gave|handed|passed|paid|showed|signed) "
    r"(?:\w+ ){0,4}?(?:to )?(?:him|her|them|the man|a man|the woman|a woman|the men|someone|"
    r"somebody) at the (?:door|front door|doorstep)\b"
)
_V86B1_NOW_SAID = re.compile(
    rf"\b(?:{_NOW}|still|outside|coming|on (?:his|her|their) way|back|hes at|shes at|theyre at|"
    r"he is at|she is at|they are at|is at the door|are at the door|banging|knocking)\b"
)


def v86b1_without_handed_at_door(cleaned: str) -> str:
    """The cleaned message without something handed over at the door, unless now is said."""
    return _set_aside(cleaned, _V86B1_HANDED_AT_DOOR, _V86B1_NOW_SAID)


# end v86b1


# v86a1 (round 86): Amara, 15, at the danger question: "no not like that its not like someone is
# gonna hurt me its worse lowkey. this boy at school ... hes sent it to everyone" got the 999
# screen and the danger question again: "it's not like someone is gonna hurt me" denies a threat,
# it does not tell one. Only the denied harm is set aside, and not when it is left open ("its not
# like hes gonna hurt me again", "... unless", "... but") or said of now.
_V86A1_NOT_LIKE_HARM = re.compile(
    r"\b(?:its|it s|it is|tis) not (?:like|as if|as though) (?:someone|somebody|some one|anyone|"
    r"anybody|any one|he|she|they|hes|shes|theyre|he s|she s|they re)(?: is| s| was| are| re| "
    r"were| will| ll| would| d)?(?: (?:gonna|going to|gunna|about to|trying to|actually|really))?"
    r" (?:hurt|harm|hit|attack|kill|beat|batter|stab|come for|come after|coming for|coming after|"
    r"hurting|harming|hitting|attacking|killing|beating) (?:me|us)(?: up)?\b"
    r"(?! (?:again|if|unless|but|yet|now|right now|tonight|rn|today|anymore|any more)\b)"
)


def v86a1_without_not_danger(cleaned: str) -> str:
    """The cleaned message without harm said only to be denied ("its not like someone is gonna
    hurt me")."""
    return " ".join(_V86A1_NOT_LIKE_HARM.sub(" ", cleaned).split())


# end v86a1


# v86c2 (round 86): Ewa, burgled, about the school laptops: "Will I have to pay them back?"
# got the 999 screen, "them back" read as "they are back". "pay them back" is money owed,
# nobody coming back. Only paying: "he wont give her back" (a child kept) stays danger. Not set
# aside when now or a place is said after it ("pay them back here").
_V86C2_OBJECT_BACK = re.compile(
    r"\b((?:pay|pays|paying|paid|repay|repays|repaying|repaid) )(?:him|her|them|it|those|these) "
    r"back\b"
    r"(?! (?:now|right now|here|outside|home|in|again)\b)"
)


def v86c2_without_object_back(cleaned: str) -> str:
    """The cleaned message with "pay them back" and the like read as a payment, not a return."""
    return _V86C2_OBJECT_BACK.sub(r"\1back", cleaned)


# end v86c2


# g89e (round 89): Sam's first message, "My neighbour downstairs has been leaving notes under my
# door with transphobic slurs on them", got the 999 screen: "my neighbour downstairs" read as
# "my neighbour is downstairs". The neighbour who lives below (or above, or next door), told
# with what they have been doing, is who they are, not someone there now. Set aside only before
# such a verb: "my neighbour downstairs is banging on the door" and "... now" are still read.
_G89E_NEIGHBOUR_WHERE_THEY_LIVE = re.compile(
    r"\b((?:my|our|the|a|this) neighbours?) (?:downstairs|upstairs|below|above|next door|"
    r"across the (?:hall|landing|road))\b"
    r"(?= (?:(?:has|have|had) been|has|have|had|keeps|kept|keep|used to|always|leaves|left|"
    r"leave|wrote|writes|write|put|puts|posted|posts|shouted|shouts|called|calls|said|says|"
    r"who|that|whos|started|starts|(?:is|are|was|were) always)\b)(?!.{0,40}\b(?:right now|rn|"
    r"as we speak)\b)"
)


def g89e_without_neighbour_where_they_live(cleaned: str) -> str:
    """The cleaned message with "my neighbour downstairs has been ..." read as which neighbour."""
    return _G89E_NEIGHBOUR_WHERE_THEY_LIVE.sub(r"\1", cleaned)


# g89e (round 89): Yusuf, 16, robbed of his phone and trainers: "my mum gonna kill me them
# trainers was 120" got the 999 screen. A parent who will "kill me" over the cost of things
# lost is a saying (as "my mum is gonna kill me" at the end of a message already is); only
# these words are set aside, so anything else in the message is still read.
_G89E_KILL_ME_OVER_THINGS = re.compile(
    r"\b(?:my )?(?:mum|mom|mam|mums|moms|dad|dads|parents|nan|gran)\s*(?:is|s|will|ll|would|d)?"
    r"\s*(?:gonna|going to|goin to|gunna)?\s*kill me (?:(?:cos|because|coz|cuz) )?"
    r"(?=(?:them|those|these|the|my|that|this|her|his|me) (?:\w+ )?(?:trainers|shoes|phone|"
    r"iphone|jacket|coat|bike|watch|bag|airpods|headphones|money|cash|laptop|tablet|ipad|"
    r"console|ps5|xbox|chain)\b)"
)


def g89e_without_kill_me_over_things(cleaned: str) -> str:
    """The cleaned message without a parent who will "kill me" over things lost."""
    return _G89E_KILL_ME_OVER_THINGS.sub(" ", cleaned)


# g89e (round 89): Mr Patel, of his nephew Ravi, cut in the robbery at his shop: "He is the one
# who was hurt, he had stitches at Northwick Park. Can he also get help?" got the 999 screen:
# "get help" read as a call for help. "can he get help" is already read as asking about support;
# "also" (or "too", "as well") between them is the same question. Not when now or hurry is said.
_G89E_CAN_ALSO_GET_HELP = re.compile(
    r"\b(?:can|could|will|would) (?:he|she|they|we|i) (?:also|too|as well|still also) get help\b"
    r"(?! (?:now|right now|rn|quick|quickly|fast|here|please|asap)\b)"
)


def g89e_without_can_also_get_help(cleaned: str) -> str:
    """The cleaned message without "can he also get help", a question about support."""
    return _G89E_CAN_ALSO_GET_HELP.sub(" ", cleaned)


# end g89e


# j91a (round 91)
# Margaret, 70, raped as a child by a friend of her parents, asked of him: "Is he still alive do
# you think, would the police go to him? He would be very old now" and got Samaritans and "If
# you've hurt yourself or taken something, call 999": "alive" was said of the man, not of her.
# Whether someone else is still alive is set aside; anything else in the message is still read.
_J91A_OTHERS_ALIVE = re.compile(
    r"\b(?:(?:is|was|if|whether|think) (?:he|she|they|him|her|the man|that man|the woman|"
    r"(?:my|our|the) (?:abuser|attacker|uncle|stepdad|step dad|neighbour|teacher))(?: is| s| was| "
    r"are)?|(?:hes|shes|theyre|he is|she is|they are|he s|she s)) (?:still |even )?(?:alive|"
    r"living)\b"
)


def j91a_without_others_alive(cleaned: str) -> str:
    """The cleaned message without a question or word of whether someone else is still alive."""
    return _J91A_OTHERS_ALIVE.sub(" ", cleaned)


# Then, at the danger question after that reply: "Oh dear, no, I have not hurt myself. I did not
# mean that. I was asking about him, the man. I am safe." got the same reply again: "did" just
# after the denial was read as "but I did". "I did not mean that" says the denial is the whole
# story; "i did not mean that, i did take them" still counts, as the words after are read too.
_J91A_DID_NOT_MEAN_IT = re.compile(
    r"^\s*(?:i |but i |and i )?(?:did not|didnt|didn t|do not|dont|don t) mean (?:that|it|this|"
    r"to (?:worry|scare|alarm) (?:you|anyone))\b"
)


def j91a_did_not_mean_it(after: str) -> bool:
    """Whether the words after a denial of self-harm begin "I did not mean that" and then say
    nothing more of harm."""
    found = _J91A_DID_NOT_MEAN_IT.match(after)
    if found is None:
        return False
    return not SELF_HARM_CUES.search(IDIOMS.sub(" ", after[found.end() :]))


# Stan, 66, a wheelchair user, in his first message: "Some youngsters on my estate keep banging
# on my window and shouting names at me ... Last week they threw eggs at my door. Its been going
# on since the summer" got the 999 screen. Banging that they "keep" doing, in a message that says
# how long it has gone on, is what has been happening, not someone at the window now. Nor is
# "send a message on here" (this chat) someone here. Not set aside when now is said with it.
_J91A_KEEP_BANGING = re.compile(
    r"\b(?:keep|keeps|kept|keep on|keeps on|always) (?:banging|knocking|kicking|hammering|"
    r"thumping) (?:on |at )?(?:my|the|our) (?:front |back |bedroom |kitchen )?(?:door|doors|"
    r"window|windows)\b"
)
_J91A_GOING_ON_FOR_LONG = re.compile(
    r"\b(?:been going on|going on|been happening|happening|it started|started) (?:since|for)\b|"
    r"\bsince (?:the )?(?:summer|spring|autumn|winter|christmas|easter|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|last year)\b|"
    r"\bfor (?:months|weeks|years|ages)\b"
)
_J91A_ON_HERE = re.compile(
    r"\b(?:message|messages|text|texts|write|type|chat|talk|ask|send \w+ \w+) on here\b"
)
# Oliver, whose ex-partner hands the children over at his door: "Is there a way to make
# handovers safer? She does them at my door." got the 999 screen on "them at my door": where the
# handovers happen, not someone there now.
_J91A_HANDOVERS_AT_DOOR = re.compile(
    r"\b(?:he|she|they|we|my ex|the \w+) (?:does|do|did|doing|does all|make|makes|has|have) "
    r"(?:them|it|the handovers?|handovers?|the pick ?ups?|the drop ?offs?) at (?:my|the|our) "
    r"(?:front |own )?(?:door|doorstep|house|flat)\b"
)
_J91A_NOW_SAID = re.compile(
    rf"\b(?:{_NOW}|outside now|hes here|shes here|theyre here|they are here|he is here|she is "
    r"here|hes outside|shes outside|theyre outside|in the house|trying to get in|scared|afraid|"
    r"terrified|frightened|help me|help us)\b"
)


def j91a_without_not_now(cleaned: str) -> str:
    """The cleaned message without banging that "keeps" happening over months, "a message on
    here", and handovers done at the door, unless now is said with them."""
    if _J91A_NOW_SAID.search(cleaned):
        return cleaned
    cleaned = _J91A_ON_HERE.sub(" ", cleaned)
    if _J91A_GOING_ON_FOR_LONG.search(cleaned):
        cleaned = _J91A_KEEP_BANGING.sub(" ", cleaned)
    if re.search(r"\bhand ?overs?\b", cleaned):
        cleaned = _J91A_HANDOVERS_AT_DOOR.sub(" ", cleaned)
    return " ".join(cleaned.split())


# end j91a


# m92a (round 92): Wes, glassed in the face: "no. bit of a headache still and the eye is a bit
# blurry when i wake up but its swollen innit", and Abi, burgled while asleep: "no. just cant
# stop shaking and every noise i jump", each got Samaritans and "If you've hurt yourself or taken
# something, call 999". "when i wake up" is a time of day, and jumping at every noise is being
# startled, not a wish not to wake or to jump. "i dont want to wake up" and "i want to jump"
# keep their cue, and anything else in the message is still read.
_M92A_WAKING_OR_STARTLE = re.compile(
    r"\b(?:when|after|once|whenever|every time|as soon as|before|till|until) i (?:wake|woke) up\b"
    # Not "every time i wake up i wish i hadnt": a wish said of the waking keeps its cue.
    r"(?! (?:and )?(?:i )?(?:just )?(?:wish|hope|want|wanna|pray|dont want|regret))|"
    r"\b(?:at )?(?:every|any|each|the slightest|the smallest) (?:little |tiny |single )?(?:noise|"
    r"sound|knock|bang|creak) (?:and )?(?:makes me |i |i just |i still |i keep )?(?:jump|jumps)\b"
)


def m92a_without_waking_or_startle(cleaned: str) -> str:
    """The cleaned message without a time of waking up or a startle at every noise."""
    return _M92A_WAKING_OR_STARTLE.sub(" ", cleaned)


# n103a (round 103): Bea, 70, burgled while she slept, at the health question: "my hearing is not
# what it was, which is probably why I did not wake up. Will I have to go to court...?" got
# Samaritans and "If you've hurt yourself or taken something, call 999", and again when she
# answered "I have not hurt myself ... I only meant that I did not wake up during the burglary
# because of my hearing". Sleeping through what happened (why, or during/when it happened) is
# not a wish not to wake. A wish or hope before it ("i wish i didnt wake up when i go to sleep")
# keeps its cue, and "i dont want to wake up", "hope i dont wake up" are never matched.
_N103A_SLEPT_THROUGH_IT = re.compile(
    r"\b(?:why|because|cos|coz|so|as) (?:i|she|he|we|they|mum|dad|my \w+) (?:did not|didnt|"
    r"didn t|never) (?:wake|woke) up\b(?! (?:again|ever|any ?more|tomorrow|in the morning)\b)|"
    r"\b(?:i|she|he|we|they|my \w+) (?:did not|didnt|didn t|never) (?:wake|woke) up (?:during|when|"
    r"while|whilst|through|because|cos|as|until|till|at all (?:during|when|while)|and (?:they|he|"
    r"she|someone|somebody|the \w+)|in time|to (?:hear|see|stop))\b"
)
_N103A_WISH_BEFORE = re.compile(
    r"\b(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying|rather|want|wanted|wanna|"
    r"if|better|easier)\b"
)


def n103a_without_slept_through_it(cleaned: str) -> str:
    """The cleaned message without sleeping through what happened ("which is why i did not wake
    up", "i didnt wake up when they broke in"), unless a wish is said in the 8 words before."""

    def keep_wish(match: re.Match[str]) -> str:
        before = " ".join(cleaned[: match.start()].split()[-8:])
        return match.group(0) if _N103A_WISH_BEFORE.search(before) else " "

    return _N103A_SLEPT_THROUGH_IT.sub(keep_wish, cleaned)


# end n103a


# p104a (round 104): Doreen, 84, at the health question: "my hips not good and i get muddled
# sometimes with my tablets. the doctor says its just age. how long is this going to take dear"
# got Samaritans, SHOUT and "If you've hurt yourself or taken something, call 999 now" (the
# classifier's guess believed on the bare word "tablets"). Getting muddled, confused or mixed up
# with one's tablets, or forgetting which were had, is memory, not an overdose. Set aside only
# when nothing is said of taking them all or too many ("i get muddled with my tablets and take
# too many" still alarms; "i took all my tablets" is never matched).
_P104A_MEDS = r"(?:tablets|pills|meds|medication|medications|medicines?|doses?|prescriptions?)"
_P104A_MUDDLED_WITH_TABLETS = re.compile(
    # "i get muddled sometimes with my tablets", "im a bit confused about my medication"
    r"\b(?:muddled|confused|mixed up|in a muddle|in a mix up|in a pickle|forgetful|jumbled)"
    r"(?: up)?(?: \w+){0,2}? (?:with|about|over|by) (?:all )?(?:my |the |which |what |her |his )?"
    rf"(?:\w+ )?{_P104A_MEDS}\b|"
    # "i mix up my tablets", "she gets her pills muddled up", "i muddle my meds"
    r"\b(?:mix|mixes|mixed|mixing|muddle|muddles|muddling|jumble|jumbled) (?:up )?(?:my |the |"
    rf"her |his )?(?:\w+ )?{_P104A_MEDS}(?: up)?\b|"
    rf"\b(?:my|the|her|his) {_P104A_MEDS} (?:muddled|mixed|confused|jumbled)(?: up)?\b|"
    # "i forget which tablets ive had", "cant remember if ive had my pills"
    r"\b(?:forget|forgets|forgot|forgetting|cant remember|can t remember|cannot remember|dont "
    r"remember|don t remember|lose track of|lost track of|losing track of|not sure) (?:which|what|"
    r"if|whether|when)(?: \w+){0,4}? (?:ive|i ve|i have|ive already|i have already|i already|"
    r"shes|hes) (?:had|taken|took)(?: (?:my|the|her|his|today s|todays) (?:\w+ )?"
    rf"{_P104A_MEDS})?\b"
)

# Not _S4_TAKING: "how long is this going to take dear" takes nothing. Tablets taken, swallowed
# or saved are still heard ("i mixed up my tablets and took them").
_P104A_TOOK = re.compile(
    r"\b(?:took|taken|swallow\w*|overdos\w*|stockpil\w*|hoard\w*|sav(?:e|ed|ing) (?:them|up)|"
    r"necked|downed)\b"
)


def p104a_without_muddled_with_tablets(cleaned: str) -> str:
    """The cleaned message without getting muddled or mixed up with one's tablets (memory, not
    an overdose), unless taking them all or too many is said too."""
    rest = " ".join(_P104A_MUDDLED_WITH_TABLETS.sub(" ", cleaned).split())
    if _M61_TAKING_TABLETS.search(rest) or _P104A_TOOK.search(rest):
        return cleaned
    return rest


# end p104a


# p94a (round 94): Irene, 74, defrauded by a doorstep "council" man: "It was a man at my front
# door about loft insulation. ... because we are old. Will my husband be told about this?" got
# the 999 screen: "a man at my front door" with "are" in it. "It was a man at my door" says
# who did it, in the past; "it was a man at the door and hes still outside" keeps its cue.
_P94A_IT_WAS_AT_DOOR = re.compile(
    r"\b(?:it|this|that) (?:was|were) (?:a|the|some|two) (?:man|woman|guy|bloke|men|lads|"
    r"trader|builder|salesman) (?:who came )?at (?:the|my|our)(?: front| back)? "
    r"(?:door|doorstep)\b"
)


def p94a_without_it_was_at_door(cleaned: str) -> str:
    """The cleaned message without "it was a man at my door" told of the past, unless now is
    said."""
    return _set_aside(cleaned, _P94A_IT_WAS_AT_DOOR, _V86B1_NOW_SAID)


# end p94a


# s96 (round 96): two false 999 alarms from round 95.
# Ed, 63, whose wife's carer stole from her: "She's not in danger this minute, the carer isn't
# due until Thursday morning" got the 999 screen: "this minute" was read as danger said of now,
# though it is the time of the denial. The time word goes with the denial, which is kept ("shes
# not in danger"); "not in danger right now but..." keeps its time word, so what follows is read.
_S96_NOT_IN_DANGER_NOW = re.compile(
    r"\b((?:im|i am|i m|were|we are|hes|shes|he is|she is|theyre|they are|nobody is|no one is) "
    r"not in (?:any )?(?:immediate )?danger) (?:this minute|right now|just now|at the moment|atm|"
    r"rn|now|tonight|currently|at present)\b(?! (?:but|until|till|though|tho|yet|however)\b)"
)


# Sheila, 79, after the bogus gas man had gone: "i meant should i have let him in the house", and
# Ed: "I'm not sure I should let her in the house again" (the carer, due Thursday) each got the
# 999 screen on "him in the house". Asking whether to let someone in, or whether one should have,
# is not someone in the house now. Set aside only when nothing else in the message speaks of now
# ("should i let him in, hes outside banging on the door" is still danger).
_S96_LET_IN_ASKED = re.compile(
    r"\b(?:should|shouldnt|should not|should nt|ought to|whether to|if i should|whether i should)"
    r"(?: (?:i|we))?(?: (?:ever|really|still|even))?(?: have)? (?:let|letting) (?:him|her|them|"
    r"he|she|they|the \w+|a man|a woman|my \w+|that man|that woman)(?: back)? in(?:to)?"
    r"(?: (?:the|my|our) (?:house|home|flat))?(?: (?:again|ever again|anymore|any more))?\b"
)


def s96_without_let_in_asked(cleaned: str) -> str:
    """The cleaned message without a question of whether to let someone in, unless now is
    said."""
    rest = _S96_LET_IN_ASKED.sub(" ", cleaned)
    if rest == cleaned or _V86B1_NOW_SAID.search(rest) or _J91A_NOW_SAID.search(rest):
        return cleaned
    return " ".join(rest.split())


# end s96 round 95 alarms

# i97b (round 97): Glen, harassed online by his ex: "No, not in physical danger. He's not
# violent, just poisonous." got the 999 screen and the danger question again: "physical" between
# "not in" and "danger" hid the denial. The kind of danger goes with the denial, which is kept
# ("not in danger"); a "but" after it keeps the kind word, so what follows is read.
_I97B_NOT_IN_A_KIND_OF_DANGER = re.compile(
    r"\b(not in (?:any )?)(?:physical|real|actual|immediate physical|any physical) (danger)\b"
    r"(?! (?:but|until|till|though|tho|yet|however)\b)"
)


def denial_of_danger_kept_whole(cleaned: str) -> str:
    """ "shes not in danger this minute", "not in physical danger": a time or a kind of danger
    said inside a denial belongs to the denial, which is kept as "not in danger"."""
    cleaned = _S96_NOT_IN_DANGER_NOW.sub(r"\1", cleaned)
    return _I97B_NOT_IN_A_KIND_OF_DANGER.sub(r"\1\2", cleaned)


# l100e (round 100): two false 999 alarms from round 100.
# Leanne, texting from a friend's phone at work: "please hurry my break is nearly over" got the
# 999 screen: "please hurry" was read as a plea for help now, though she said why she was in a
# hurry (her break, her time, the phone). The hurry is set aside only when its reason follows
# ("please hurry hes coming" is still danger: nothing here blanks "hes coming").
_L100E_HURRY_FOR_TIME = re.compile(
    r"\bplease (?:hurry|be quick|quick)(?: up)?\b(?= (?:(?:my|the|her|this) (?:break|lunch|"
    r"lunch break|shift|battery|phone|time) (?:is |s )?(?:nearly |almost |about |nearly all |"
    r"going to be |gonna be )?(?:over|up|done|finished|ending|dying|running out|out)\b|"
    r"(?:i|ive) (?:only )?(?:have|ve got|got|have got) (?:about |like |only )?(?:\w+ )?"
    r"(?:minutes|mins|min|minute) (?:left|before|till|until)\b|"
    r"(?:im|i am) (?:at work|on my break|on (?:my|her|a) (?:friends|mates) phone)\b))"
)

# Shirin, whose mother has bruises in a care home: "I don't think she is in danger this minute,
# the manager is there, but I'm worried" got the 999 screen and "carry on": a denial said with
# "I don't think" in front was not read as one. It is kept as the denial ("shes not in danger");
# a "but" or "until" straight after it keeps the time word, so what follows is read.
_L100E_THINK_NOT_IN_DANGER = re.compile(
    r"\bi (?:dont|do not|don t) think (?:that )?(hes|shes|theyre|he is|she is|they are|he s|"
    r"she s|its|it is|were|we are|im|i am|(?:my|our|her|his) \w+ is) in (?:any )?(?:immediate )?"
    r"danger(?: (?:this minute|right now|just now|at the moment|atm|rn|now|tonight|currently|"
    r"today|at present))?\b(?! (?:but|until|till|though|tho|yet|however)\b)"
)


def l100e_without_think_not_in_danger(cleaned: str) -> str:
    """ "i dont think she is in danger this minute": kept as the denial "she is not in danger"."""
    return _L100E_THINK_NOT_IN_DANGER.sub(lambda m: f"{m.group(1)} not in danger", cleaned)


# s96 (round 96): the set-asides, in one ordered table.
# Each round's helper added a set-aside (words read as danger that, in this situation, are not)
# to the chains in both ``_danger`` and ``trusted_crisis``; most rows were the same in both.
# Here they are once, in the order each caller applied them (only "a threat denied", once last
# in ``trusted_crisis``, now sits where ``_danger`` had it: the crisis harness, crisis.yml and
# every NLU example, showed no difference). Each row: a short name for the
# situation, the function that sets it aside, and who uses it ("both", or only "danger" for the
# patterns in ``_danger`` / "crisis" for the classifier check in ``trusted_crisis``). Order
# matters: a later row's "unless now is said" looks at what earlier rows left. A new set-aside
# is a new row here, named for the situation, never for the person.
SetAside = Callable[[str], str]


def _blank(pattern: re.Pattern[str]) -> SetAside:
    """A set-aside that blanks every match of one pattern."""

    def without(cleaned: str) -> str:
        return pattern.sub(" ", cleaned)

    return without


SET_ASIDES: tuple[tuple[str, SetAside, str], ...] = (
    ("usually there, not now", _blank(_L1_THERE_USUALLY), "danger"),  # round 42, L1
    ("a place named, not a presence", _blank(_PLACES), "crisis"),
    ("before or after he hit me", _blank(_BEFORE_OR_AFTER_HARM), "crisis"),
    ("someone to help me (a referral)", _blank(_HELP_WANTED), "crisis"),  # round 29, M
    ("here at that time", _blank(_S4_HERE_AT_THAT_TIME), "both"),  # round 48, S4
    ("not danger now (t84a)", t84a_without_not_danger, "both"),  # round 84: Stanley, Gary
    ("a threat told as past", j1_without_past_threat, "crisis"),  # round 65, j1
    ("seen there then", j1_without_sighting_then, "both"),  # round 65, j1
    ("told as done", k4_without_told_as_done, "both"),  # round 65, k4
    ("a threat put right", n1_without_threat_put_right, "both"),  # round 68, n1
    ("what i said", _blank(_L65_WHAT_I_SAID), "danger"),  # round 65, lead
    ("he was kicking me (past)", _blank(_L4_WAS_KICKING_ME), "danger"),  # round 66, l4
    ("hit back", _blank(_M3_HIT_BACK), "danger"),  # round 43, M3
    ("a reply promised", _r1_without_promised_reply, "danger"),  # round 47, R1
    ("never harmed me", _blank(_B3_NEVER_HARM), "danger"),  # round 55, B3
    ("others hurting themselves", _h1_without_others_hurting_themselves, "danger"),  # round 62
    ("others can get help", _blank(_L75_OTHERS_CAN_GET_HELP), "danger"),  # round 75, lead
    ("a threat denied", g76a_without_threat_denied, "both"),  # round 76: Lucy
    ("no threat made", _blank(_N4_NO_THREAT), "crisis"),  # round 74, lead: Bex
    ("not danger now (m79b)", m79b_without_not_danger, "both"),  # round 79: Kasia, Maya, Peter
    ("not danger now (p81a)", p81a_without_not_danger, "both"),  # round 81: Sophie, Kev, Nina
    ("not in danger, said (q82a)", q82a_without_not_danger, "both"),  # round 82: Gordon, Sanjay
    ("others report what they saw then", s83a_without_others_report_then, "both"),  # round 83
    ("handed over at the door", v86b1_without_handed_at_door, "both"),  # round 86: Grace
    ("its not like he hurt me", v86a1_without_not_danger, "both"),  # round 86: Amara
    ("an object got back", v86c2_without_object_back, "both"),  # round 86: Ewa, laptops
    ("a neighbour where they live", g89e_without_neighbour_where_they_live, "both"),  # round 89
    ("kill me over things", g89e_without_kill_me_over_things, "both"),  # round 89: trainers
    ("they can also get help", g89e_without_can_also_get_help, "both"),  # round 89: Mr Patel
    ("banging for months, on here", j91a_without_not_now, "both"),  # round 91: Stan, Oliver
    ("it was a man at my door", p94a_without_it_was_at_door, "both"),  # round 94: Irene
    # round 95: Ed, "not in danger this minute"; round 97: Glen, "not in physical danger"
    ("a denial with its time or kind", denial_of_danger_kept_whole, "both"),
    ("should i let them in (asked)", s96_without_let_in_asked, "both"),  # round 95: Sheila, Ed
    ("in a hurry for time, not help", _blank(_L100E_HURRY_FOR_TIME), "both"),  # round 100: Leanne
    ("i dont think in danger (a denial)", l100e_without_think_not_in_danger, "both"),  # Shirin
)
DANGER_SET_ASIDES: tuple[tuple[str, SetAside], ...] = tuple(
    (name, fn) for name, fn, who in SET_ASIDES if who in ("both", "danger")
)
CRISIS_SET_ASIDES: tuple[tuple[str, SetAside], ...] = tuple(
    (name, fn) for name, fn, who in SET_ASIDES if who in ("both", "crisis")
)


def without_set_asides(
    cleaned: str, table: tuple[tuple[str, SetAside], ...] = DANGER_SET_ASIDES
) -> str:
    """The cleaned message with each row's situation set aside, in the table's order."""
    for _name, set_aside in table:
        cleaned = set_aside(cleaned)
    return cleaned


# end s96
