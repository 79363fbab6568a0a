#!/usr/bin/env python3
"""Grows src/test/resources/labelled/*.jsonl once (run it once; its output is committed, it is not run by the build).

Replies are composed from hand-written pieces (scenarios.py and the lists below), each piece carrying the labels of
what it shows, so every criterion is labelled. Split rule, fixed here before any tuning: scenarios 0, 2, 4, 6, 8 ... are
'tune' and odd scenarios 'heldout' for composed replies; hand-written adversarial lists use index mod 5 in {1, 3} ->
heldout. Existing items are kept as they are (same ids, same split)."""
import json, random, sys
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from scenarios import S

R = random.Random(20261128)
CUST = ["empathy", "apology", "restate", "clarify", "ownership", "solution", "collaborate", "firm", "followup", "deflect", "blame"]
INT = ["calm", "listen", "empathy", "restate", "clarify", "solution", "ownership", "firm", "escalate", "followup", "star", "rant"]

EMP = ["That sounds really stressful.", "I can see why you're upset.", "I'd be furious too.", "That must be so frustrating.",
       "What a horrible thing to happen.", "I completely understand why you're annoyed.", "That's the last thing you needed.",
       "No wonder you're fed up.", "I can only imagine how worrying that is.", "You have every right to be angry."]
APO = ["I'm really sorry.", "I'm so sorry about this.", "I apologise, that shouldn't have happened.", "Sorry, we let you down here.",
       "I'm sorry for the trouble this has caused.", "Please accept my apologies."]
OWN = ["Leave it with me, I'll make sure it gets sorted.", "That was our mistake, not yours.", "I'll take care of this personally.",
       "You won't need to chase anyone, I'll handle it.", "This one is on us.", "I'm going to stay on this until it's fixed."]
COL = ["Would that work for you, or would you prefer something else?", "What would you consider a fair way to put this right?",
       "Would you rather have a refund or a replacement?", "Does that sound OK, or is there something that would suit you better?"]
FIRM = ["I can't offer that, but I can do the next best thing today.", "That's more than I'm able to give, and here's what I can do instead.",
        "I'm not able to go beyond a refund, but I'll make sure it's with you this week.", "The best I can do is what I've offered, and I'll make it quick."]
DEF = ["That's our policy, I'm afraid.", "You'll have to take that up with the courier.", "There's nothing I can do about that.",
       "That's a different department, you'll need to call them.", "It's in the terms and conditions."]
BLA = ["You should have read the terms.", "That's really your own fault.", "There's no need to shout.", "As I already said, it's not our problem.",
       "You didn't fill in the form properly."]

def labels(keys, base):
    return {k: (1 if k in base else 0) for k in keys}

items = []
def put(mode, split, cat, ctx, reply, on, earlier=None):
    item = {"split": split, "mode": mode, "category": cat, "context": ctx, "reply": reply, "offTask": False,
            "labels": labels(CUST if mode == "customer" else INT, on)}
    if earlier:
        item["earlier"] = earlier
    items.append(item)

def hsplit(i):
    return "heldout" if i % 5 in (1, 3) else "tune"

# ---- customer: composed replies, scenario by scenario ------------------------------------------------------------
for si, s in enumerate(S):
    split = "tune" if si % 2 == 0 else "heldout"
    for n in range(11):
        r = R.random
        parts, on = [], set()
        moment = R.choice(["ctx", "ctx", "ctx", "push", "agree"])
        # The app grades against the customer's last few lines, so a later moment carries the complaint too.
        ctx = s["ctx"] if moment == "ctx" else s["ctx"] + " " + s[moment]
        if moment == "agree":
            choices = [("solution", R.choice(s["solution"])), ("followup", R.choice(s["followup"])), ("ownership", R.choice(OWN[:3]))]
            for label, text in R.sample(choices, R.choice([1, 2, 2, 3])):
                parts.append(text); on.add(label)
        else:
            if r() < 0.45: parts.append(R.choice(EMP)); on.add("empathy")
            if r() < 0.4: parts.append(R.choice(APO)); on.add("apology")
            if r() < 0.35: parts.append(R.choice(s["restate"])); on.add("restate")
            if moment == "push" and r() < 0.6: parts.append(R.choice(FIRM)); on.add("firm")
            if r() < 0.35: parts.append(R.choice(s["clarify"])); on.add("clarify")
            if r() < 0.5: parts.append(R.choice(s["solution"])); on.add("solution")
            if r() < 0.2: parts.append(R.choice(OWN)); on.add("ownership")
            if "solution" in on and r() < 0.3: parts.append(R.choice(COL)); on.add("collaborate")
            if r() < 0.25: parts.append(R.choice(s["followup"])); on.add("followup")
            if r() < 0.12: parts.append(R.choice(DEF)); on.add("deflect")
            if r() < 0.08: parts.append(R.choice(BLA)); on.add("blame")
        if not parts:
            parts.append(R.choice(s["clarify"])); on.add("clarify")
        put("customer", split, "composed", ctx, " ".join(parts), on)
    # scenario-flavoured adversarial items
    put("customer", split, "sarcasm", s["ctx"], f"Oh I'm SO sorry you can't read a {s['doc']}.", {"blame"})
    put("customer", split, "sarcasm", s["ctx"], f"Sure, the {s['thing']} is totally our fault, because you're clearly our only customer.", {"blame"})
    put("customer", split, "rhetorical-questions", s["ctx"], f"Did you even look at the {s['doc']} before calling?", {"blame"})
    put("customer", split, "blame-mixed", s["ctx"], f"I'm sorry about the {s['thing']}, but if you'd checked the {s['doc']} this wouldn't have happened.", {"blame"})
    put("customer", split, "repeats", s["ctx"], s["solution"][0], set(), earlier=[s["solution"][0]])
    # Only the apology is new here: the restatement was said before and earns nothing again.
    put("customer", split, "repeats", s["ctx"] + " " + s["push"], R.choice(APO) + " " + s["restate"][1], {"apology"}, earlier=[s["restate"][1], "Let me have a look."])
    put("customer", split, "stock-phrases", s["ctx"], *R.choice([
        ("I understand how you feel. I'm sorry. That's on us. I'll make it right. Let's work on this together. I'll follow up.", {"empathy", "apology", "ownership", "followup"}),
        ("I'm so sorry. I completely understand your frustration. I take full responsibility. I'll follow up with you.", {"empathy", "apology", "ownership", "followup"}),
        ("I hear you. I apologise. Leave it with me. I'll keep you updated.", {"empathy", "apology", "ownership", "followup"}),
        ("Sorry about that. It's on us. We'll sort it out. I'll get back to you.", {"apology", "ownership", "followup"}),
        ("I totally get it. I'm really sorry. That's on me. I'll make it right, I promise.", {"empathy", "apology", "ownership"}),
        ("I sincerely apologise for the inconvenience. I appreciate your patience. Your satisfaction is our priority.", {"apology"}),
        ("I understand your frustration and I'm sorry. I'll look into it and get back to you.", {"empathy", "apology", "followup"})]))
    put("customer", split, "firm-limit", s["ctx"] + " " + s["push"], f"I can't do all of that, but I can {s['solution'][0][len('I can '):] if s['solution'][0].startswith('I can ') else 'refund what went wrong today'}",
        {"firm", "solution"})

# ---- customer: hand-written adversarial lists -------------------------------------------------------------------
C0 = "I was charged twice for my order and nobody has replied to my emails."
NEG = [
 ("I'm not sorry, that's how it works.", {"deflect"}), ("I am not going to apologise for the courier.", {"blame"}),
 ("We won't take responsibility for bank errors.", {"deflect"}), ("I don't understand why you're so upset.", {"blame"}),
 ("I'm not able to see why that's our problem.", {"deflect"}), ("We never said we'd refund it.", {"deflect"}),
 ("I can't help you with that.", {"deflect"}), ("I won't be calling you back about this.", set()),
 ("It's not our fault the bank took it twice.", {"deflect"}), ("I don't see what you want me to do.", {"blame"}),
 ("I'm not going to take ownership of a courier's mistake.", {"deflect"}), ("I don't think that's frustrating at all.", {"blame"}),
 ("No one here is responsible for that.", {"deflect"}), ("There's no way I'm refunding that.", set()),
 ("I won't be sorting that out today.", set()), ("I'm not sorry you feel that way.", {"blame"}),
 ("I don't have any options for you.", {"deflect"}), ("We don't do follow-up calls.", set()),
 ("I can't see any double charge, so no.", set()), ("Not our problem, sorry.", {"deflect"}),
 ("I never promised you anything.", set()), ("We aren't responsible for what the bank does.", {"deflect"}),
 ("I won't apologise for a system error.", {"blame"}), ("I'm not going to look into it again.", set()),
 ("There's nothing to apologise for here.", set()), ("I can't understand why this is taking you so long.", {"blame"}),
 ("It isn't my job to chase the bank.", {"deflect"}), ("We don't offer refunds on that.", {"deflect"}),
 ("I'm not in a position to say sorry for that.", set()), ("No, I won't be escalating it.", set()),
]
for i, (reply, on) in enumerate(NEG):
    put("customer", hsplit(i), "negation", C0, reply, on)
C1 = "The dress I ordered for my sister's wedding arrived in the wrong size, the wedding is on Saturday."
SAR = [
 "Oh wonderful, another wedding emergency.", "Wow, I'm SO sorry the sizes are too complicated for you.",
 "Congratulations, you've found the one dress we got wrong.", "Happy now? I've said sorry twice.",
 "Well, obviously you know better than our size chart.", "I'm REALLY sorry you can't measure yourself.",
 "Oh great, just what I needed on a Friday.", "Heaven forbid a parcel is a day late.",
 "Sure, it's all our fault, because you clearly measured perfectly.", "I'm sorry you're so upset about such a tiny thing.",
 "Must be nice to have nothing else to worry about.", "Whatever makes you happy, I'll note it down.",
 "Oh brilliant, yet another complaint about sizes.", "Well done, you've really ruined my morning.",
 "I'm TOTALLY on it, as you can tell.", "Clearly you didn't bother reading the size guide.",
 "Sorry for existing, I suppose.", "Wow, what a surprise, someone who didn't read the size guide.",
 "I'm SO sorry our dresses don't fit everyone.", "If it makes you feel better, I'll write it down.",
 "Oh lovely, I'll drop everything for your dress then.", "You're obviously the expert here.",
 "I'm sorry it's so hard for you to follow the returns page.", "Sure, that's completely on us, since you're clearly never wrong.",
 "Of course, you're our most important customer, aren't you?", "Oh perfect, you want it by Saturday too.",
]
for i, reply in enumerate(SAR):
    put("customer", hsplit(i), "sarcasm", C1, reply, {"blame"})
C2 = "My washing machine was installed yesterday and it's already leaking all over the kitchen floor."
RHET = [
 "Did you even read the installation leaflet?", "Do you know how many machines we install every day?",
 "What do you expect me to do from here?", "Is it really that hard to turn a tap off?",
 "Have you tried reading the manual?", "Why didn't you check it before the fitter left?",
 "Are you serious? It was fine when we left.", "How hard is it to level a washing machine?",
 "Can't you see the hose is loose?", "Do you not understand how a drain works?",
 "What more do you want, a new kitchen?", "How many times do I have to say it's not the machine?",
 "Did you actually watch the fitter or not?", "Don't you think you should have mentioned that earlier?",
 "What am I supposed to do, come round and mop it?", "Who runs a machine straight after it's installed?",
 "Why did you not check the hose yourself?", "Have you even looked at where the water is coming from?",
 "Do you realise how busy we are today?", "What part of 'wait 24 hours' don't you understand?",
]
for i, reply in enumerate(RHET):
    put("customer", hsplit(i), "rhetorical-questions", C2, reply, {"blame"})
RESET = [
 ("Have you tried turning the router off and on again?", set()), ("Try switching it off and on again and see if that helps.", set()),
 ("Just try again later, it usually sorts itself out.", set()), ("Have you cleared your cache and cookies?", set()),
 ("Try restarting your phone.", set()), ("Could you log out and back in again?", set()),
 ("Please unplug it, wait ten seconds and turn it back on.", set()), ("Maybe reinstall the app and try again later.", set()),
 ("I'm sorry it's dropping out. Have you tried turning it off and on again?", {"apology"}),
 ("That sounds frustrating. Try restarting your computer.", {"empathy"}),
]
C3 = "My broadband has dropped out every evening for a week and I work from home."
for i, (reply, on) in enumerate(RESET):
    put("customer", hsplit(i), "reset-tricks", C3, reply, on)
BM = [
 ("I'm sorry it leaked, but you should have checked the hose.", {"blame"}),
 ("I understand you're upset, but that's really your own fault.", {"blame"}),
 ("I'll send a plumber tomorrow, although you didn't follow the instructions.", {"blame"}),
 ("Sorry about the floor, you people never read the leaflet.", {"blame"}),
 ("I can see why you're annoyed, though there's no need to shout.", {"blame"}),
 ("That must be stressful, but it's not our problem, it's the fitter's.", {"deflect"}),
 ("I apologise, but as I already said, the fitter did nothing wrong.", {"blame"}),
 ("I'll take responsibility if you stop shouting at me.", {"blame"}),
 ("I'll book an engineer, even though you clearly broke it yourself.", {"blame"}),
 ("I'm really sorry, but that's our policy and there's nothing I can do.", {"deflect"}),
 ("I'm sorry you had a leak. I'll book an engineer for tomorrow morning. You should have turned the tap off though.", {"apology", "solution", "blame"}),
 ("That sounds awful. Next time, don't run it before the fitter leaves.", {"empathy", "blame"}),
 ("I hear you, but honestly you're overreacting.", {"blame"}),
 ("I'll fix it, just calm down first.", {"blame"}),
 ("We'll replace the hose, it was your fault for moving the machine.", {"blame"}),
 ("Sorry, but you'll have to call the fitter yourself.", {"deflect"}),
 ("I understand, but those are the rules.", {"deflect"}),
 ("I'm sorry. I can send an engineer tomorrow between eight and twelve.", {"apology", "solution"}),
 ("I'm sorry, it's our fitter's job to check that, so I'll send someone this afternoon.", {"apology", "ownership", "solution"}),
 ("I completely get why you're fed up, and I'm booking the engineer now.", {"empathy", "solution"}),
]
for i, (reply, on) in enumerate(BM):
    put("customer", hsplit(i), "blame-mixed", C2, reply, on)
POL = [
 ("As per our terms and conditions, refunds take 14 working days.", {"deflect"}),
 ("Company policy states we cannot refund used items.", {"deflect"}),
 ("Per section 4.2 of the agreement, delays are not our responsibility.", {"deflect"}),
 ("Our policy is clear on this and I have to follow it.", {"deflect"}),
 ("The system doesn't allow me to do that.", {"deflect"}),
 ("Unfortunately, that falls outside our returns window.", {"deflect"}),
 ("I'm afraid the policy is the policy.", {"deflect"}),
 ("In accordance with our guidelines, I've raised a ticket.", set()),
 ("Your case has been logged and will be processed in due course.", set()),
 ("Please be advised that we are unable to action this request.", {"deflect"}),
 ("Kindly refer to the FAQ section of our website.", {"deflect"}),
 ("Your complaint has been noted.", set()),
 ("The terms you agreed to say deliveries can take up to ten days.", {"deflect"}),
 ("Our records indicate the item was delivered.", {"deflect"}),
 ("We are not liable for delays caused by third parties.", {"deflect"}),
 ("I can't go against policy, but I can refund the delivery charge today.", {"firm", "solution"}),
 ("The policy doesn't let me refund the full amount, although I can give you a £15 credit now.", {"firm", "solution"}),
 ("Rules say 30 days, but I'll make an exception and process the return today.", {"solution"}),
 ("That's outside what I'm allowed to do, but here's what I can do: a free replacement by Friday.", {"firm", "solution"}),
 ("I understand the policy feels unfair here, and I'm sorry, I'll look at what I can offer.", {"empathy", "apology"}),
]
C4 = "I want a refund for the blender, it broke after six weeks and you won't take it back."
for i, (reply, on) in enumerate(POL):
    put("customer", hsplit(i), "policy-speak", C4, reply, on)
PB = [
 "Mistakes were made on both sides.", "It seems the instructions weren't followed.", "The form wasn't filled in correctly.",
 "The item appears to have been misused.", "It looks like the wrong address was given.", "The payment seems to have been entered twice by the customer.",
 "Apparently the box was opened before it was returned.", "The warranty was voided when it was dropped.", "It wasn't registered in time, so the cover lapsed.",
 "The deadline was missed, unfortunately.", "Errors like this usually happen when people rush the checkout.", "The code was typed in wrong.",
 "Nobody told us about the allergy.", "The delivery note was signed without checking.", "If the parcel had been collected on time, it wouldn't have gone back.",
 "Somebody clearly didn't read the booking page.", "The card details were out of date.", "That's what happens when the terms aren't read.",
 "The wrong size was selected at checkout.", "The return label wasn't used.",
]
for i, reply in enumerate(PB):
    put("customer", hsplit(i), "passive-blame", C4, reply, {"blame"})
NE = [
 "Lo siento mucho, voy a revisar su pedido ahora mismo.", "Entiendo su frustración, le enviaremos un reembolso hoy.",
 "Je suis vraiment désolé, je vais vérifier votre commande.", "Nous allons vous rembourser dès aujourd'hui, c'est promis.",
 "Es tut mir leid, ich kümmere mich sofort um Ihre Bestellung.", "Wir schicken Ihnen morgen einen Ersatz, versprochen.",
 "Sinto muito, vou verificar o seu pedido agora.", "Peço desculpa pelo atraso, vamos enviar outro amanhã.",
 "Mi dispiace molto, controllo subito il suo ordine.", "Capisco la sua frustrazione, le rimborsiamo oggi stesso.",
 "Het spijt me, ik ga uw bestelling nu controleren.", "Disculpe las molestias, ¿me puede dar su número de pedido?",
 "Désolée pour le retard, pouvez-vous me donner votre numéro de commande ?", "Ich verstehe, dass Sie verärgert sind.",
 "Lamento muito, o reembolso será feito hoje.", "Извините, я проверю ваш заказ.", "申し訳ありません、すぐに確認します。",
 "Claro que sí, le cambiamos el producto sin coste.", "Bien sûr, je m'en occupe tout de suite.", "Kein Problem, wir erstatten Ihnen das Geld.",
 "Perdón por todo, señora, lo arreglo ahora.", "Nós vamos resolver isso hoje, pode ficar tranquila.",
 "Grazie per la pazienza, le mando un nuovo pacco domani.", "Lo siento, pero no podemos hacer nada más.",
 "Je comprends tout à fait, c'est vraiment pénible.",
]
for i, reply in enumerate(NE):
    put("customer", hsplit(i), "non-english", C0, reply, set())
SHORT_EN = [("ok", set()), ("Yes.", set()), ("Sophie", set()), ("4471", set()), ("OK, let me check.", set()),
            ("Sorry!", {"apology"}), ("Right, one moment.", set()), ("Thanks, Maria.", set())]
for i, (reply, on) in enumerate(SHORT_EN):
    put("customer", hsplit(i), "short-english", C0, reply, on)
SK = ["Empathy, apology, restate, clarify, ownership, solution, follow-up.", "empathy apology ownership solution followup",
      "Active listening. Empathy. Ownership. Solution.", "restate clarify collaborate firm", "Apology + empathy + solution + follow-up",
      "EMPATHY. OWNERSHIP. SOLUTION.", "solution, followup, collaborate", "Sincere apology, concrete solution, follow-up."]
for i, reply in enumerate(SK):
    put("customer", hsplit(i), "skill-names", C0, reply, set())

# very long replies: several scenario pieces in a row, with one blaming sentence in some
for si, s in enumerate(S[:14]):
    split = "tune" if si % 2 == 0 else "heldout"
    on = {"empathy", "apology", "restate", "clarify", "solution", "followup"}
    text = " ".join([R.choice(EMP), R.choice(APO), s["restate"][0], s["clarify"][0], s["solution"][0],
                     "I know this has taken far longer than it should have, and I want to make sure nothing else goes wrong with it.",
                     s["solution"][1], s["followup"][0]])
    if si % 3 == 0:
        text += " " + BLA[0]; on.add("blame")
    on.add("solution")
    put("customer", split, "very-long", s["ctx"], text, on)

# ---- interview --------------------------------------------------------------------------------------------------
Q = ["How would you deal with an upset customer?", "Tell me about a time you dealt with an angry customer.",
     "What would you do if the customer kept demanding more than you could offer?", "What if the customer was shouting at you?",
     "What would you do if you couldn't solve the problem yourself?", "How do you make sure the customer stays happy afterwards?"]
STORIES = [
 ("In my last job at a bakery, a woman's birthday cake had the wrong name on it.", "I apologised straight away, rang the kitchen and had them redo the lettering in twenty minutes", "she came back the next week for another order"),
 ("When I worked at a phone shop, a man's screen repair had failed twice.", "I listened to the whole story, then arranged a replacement handset that afternoon", "he left a good review and came back to upgrade"),
 ("At my weekend job in a cinema, a family had been double-booked into the same seats.", "I found them four seats together in the next showing and gave them free drinks", "they were laughing about it by the end"),
 ("In my previous role at a hotel reception, a guest arrived at midnight to find her room wasn't ready.", "I upgraded her to a suite and got the kitchen to send up a sandwich", "she wrote to the manager to thank me"),
 ("There was one time at the supermarket when a man was overcharged for his shopping.", "I checked the receipt with him line by line and refunded the difference in cash", "he calmed down and thanked me"),
 ("When I was working at a call centre, a customer's broadband had been down for a week.", "I booked an engineer for the next morning and credited a week's fees", "the line was fixed the next day and she stayed with us"),
 ("Last summer at the garden centre, a lady's plants had died within a week.", "I replaced them from the new delivery and showed her how to water them", "she brought her friend in the week after"),
 ("In my first job at a restaurant, a couple's food came out cold on their anniversary.", "I apologised, had the kitchen remake both dishes and took their desserts off the bill", "they booked again for the next month"),
 ("At the bike shop, a customer's new bike had a faulty gear.", "I fixed the gear myself while he waited and checked the brakes too", "he was happy and told his cycling club about us"),
 ("When I worked on a help desk, a teacher's laptop wouldn't connect before a lesson.", "I set her up with a loan laptop in five minutes and fixed hers during the lesson", "her lesson started on time"),
 ("In my part-time job at a bookshop, a student's ordered textbook hadn't arrived before his exam.", "I rang two other branches, found a copy and had it sent over by taxi", "he got it the same afternoon"),
 ("At the leisure centre, a parent was furious that her son's swimming lesson had been cancelled without notice.", "I apologised, rebooked the lesson for Saturday and refunded the cancelled one", "she renewed the term's lessons"),
]
OWNP = ["I stayed with it until it was sorted", "I made sure I was the one who called them back", "I didn't pass it on to anyone else", "I took it on myself rather than handing it over"]
FUPP = ["and I called them a few days later to check everything was fine", "and I followed up the next week to make sure they were happy", "and I checked back with them later that day"]
for si, (sit, act, res) in enumerate(STORIES):
    split = "tune" if si % 2 == 0 else "heldout"
    for v in range(4):
        on = {"star", "solution"}
        text = sit + " " + act + "."
        if "apologised" in act:
            on.add("empathy")
        if "listened" in act:
            on.add("listen")
        if v >= 1:
            text += " " + OWNP[(si + v) % len(OWNP)] + "."
            on.add("ownership")
        text += " In the end " + res
        if v >= 2:
            text += ", " + FUPP[(si + v) % len(FUPP)]
            on.add("followup")
        text += "."
        if v == 3:
            text = "I always try to stay calm and not take it personally. " + text
            on.add("calm")
        put("interview", split, "past-tense-star", Q[1], text, on)
    # STAR labels with real content
    put("interview", split, "star-labels-full", Q[1],
        f"Situation: {sit} Task: I had to put it right without making them wait. Action: {act}. Result: {res[0].upper() + res[1:]}.",
        {"star", "solution"} | ({"empathy"} if "apologised" in act else set()) | ({"listen"} if "listened" in act else set()))
EMPTY_STAR = ["Situation: customer. Task: help. Action: helped. Result: happy.", "Situation - angry man. Task - fix. Action - fixed it. Result - good.",
              "S: problem. T: solve. A: solved. R: happy customer.", "Situation: bad. Task: good service. Action: did it. Result: fine.",
              "Situation: complaint. Task: resolve. Action: resolution. Result: satisfaction.", "Situation: shop. Task: help. Action: helped them. Result: they were happy.",
              "STAR: Situation: upset. Task: calm. Action: calmed. Result: calm.", "Situation: a customer. Action: I helped. Result: happy.",
              "Situation: delay. Task: sort it. Action: sorted. Result: sorted.", "Situation: angry. Task: empathy. Action: empathy. Result: solved.",
              "Situation: work. Task: customer service. Action: customer service. Result: success.", "Situation: refund. Task: refund. Action: refunded. Result: done.",
              "Situation: phone call. Task: listen. Action: listened. Result: good outcome.", "Situation: issue. Task: fix issue. Action: fixed. Result: happy.",
              "Situation: customer upset. Result: customer happy."]
for i, reply in enumerate(EMPTY_STAR):
    put("interview", hsplit(i), "star-labels-empty", Q[1], reply, set())
INEG = [
 ("I wouldn't apologise, because it usually isn't my fault.", set()), ("I don't really stay calm when people shout, to be honest.", set()),
 ("I wouldn't take ownership of something another team did.", set()), ("I never follow up, once it's done it's done.", set()),
 ("I wouldn't offer anything extra, they get what the policy says.", set()), ("I don't think I'd ask questions, I'd just fix it.", {"solution"}),
 ("I wouldn't escalate it at all.", set()), ("I'm not someone who says sorry for things that aren't my fault.", set()),
 ("I don't listen to people who shout.", set()), ("I wouldn't bother checking back with them.", set()),
 ("I never take responsibility for the warehouse.", set()), ("I wouldn't give them a refund or a replacement.", set()),
 ("I don't let them finish if they're rambling.", set()), ("I wouldn't stay firm, I'd just give them what they want.", set()),
 ("I'm not good at staying calm.", set()), ("I wouldn't try to understand how they feel, it's not my job.", set()),
]
for i, (reply, on) in enumerate(INEG):
    put("interview", hsplit(i), "negation", Q[0], reply, on)
ISAR = [
 "Honestly, I'd tell them to calm down, some customers are idiots.", "I'd just smile and nod, they're all the same, they want something for free.",
 "Oh, I'm SO patient with people who can't read a sign.", "Customers who shout are the worst, I'd hang up on them.",
 "Well, obviously they're trying it on, so I'd say no.", "I'd be polite, even though most customers are clueless.",
 "Angry customers drive me mad, but I'd get through it.", "I'd deal with them, although half of them are entitled.",
 "I'd say sorry, but honestly they're usually just moaning.", "I'd stay calm, because getting angry at idiots is a waste of time.",
 "I'd give them a refund to get rid of them.", "Some people just love complaining, so I'd let them rant and move on.",
]
for i, reply in enumerate(ISAR):
    on = {"rant"}
    if "refund" in reply:
        on.add("solution")
    # A sentence that rants earns nothing else: "I'd stay calm, because ... idiots" is not calm.
    put("interview", hsplit(i), "sarcasm", Q[3], reply, on)
ISK = ["Empathy, active listening, ownership, solution, follow-up.", "calm listen empathy restate clarify solution ownership",
       "STAR. Empathy. Ownership.", "Communication, teamwork, problem-solving, patience.", "Staying calm, listening, empathy, solution, follow-up.",
       "calm, empathy, ownership, escalate, followup", "Active listening and empathy.", "Problem solving, ownership and follow-up."]
for i, reply in enumerate(ISK):
    put("interview", hsplit(i), "skill-names", Q[0], reply, set())
INE = ["Me quedaría tranquilo y escucharía al cliente.", "Je resterais calme et j'écouterais le client jusqu'au bout.",
       "Ich würde ruhig bleiben und dem Kunden zuhören.", "Eu ficaria calmo e ouviria o cliente com atenção.",
       "Rimarrei calmo e ascolterei il cliente.", "Primero escucho, luego ofrezco una solución.", "D'abord j'écoute, ensuite je propose une solution.",
       "Zuerst höre ich zu, dann biete ich eine Lösung an.", "Primeiro escuto, depois ofereço uma solução.", "Prima ascolto, poi propongo una soluzione.",
       "Ik zou rustig blijven en goed luisteren.", "Le pediría disculpas y le ofrecería un reembolso."]
for i, reply in enumerate(INE):
    put("interview", hsplit(i), "non-english", Q[0], reply, set())
IREP = [("I'd stay calm and let them explain the whole problem, then offer a replacement.", {"calm"}),
        ("I'd listen first and apologise, then find a fix I can actually deliver.", set()),
        ("I'd bring in my supervisor only if I couldn't solve it myself.", set()),
        ("A few days later I'd call them to check everything was OK.", set()),
        ("I'd keep my voice level and not take it personally.", set()),
        ("I'd explain politely what I can't do and offer the best alternative.", set())]
for i, (reply, _) in enumerate(IREP):
    put("interview", hsplit(i), "repeats", Q[i % len(Q)], reply, set(), earlier=[reply])
    put("interview", hsplit(i + 1), "repeats", Q[(i + 2) % len(Q)], reply.replace("I'd", "I would", 1), set(), earlier=["Good question.", reply])
ISTOCK = ["I'm a people person and I always go above and beyond.", "I'm very passionate about customer service and I'm a great communicator.",
          "The customer is always right, so I'd do whatever it takes.", "I'd just use my people skills and make it right.",
          "I believe in excellent customer service at all times.", "I'm a team player and a problem solver.",
          "I'd deal with it professionally, like I always do.", "I would handle it in a professional manner."]
for i, reply in enumerate(ISTOCK):
    put("interview", hsplit(i), "stock-phrases", Q[0], reply, set())
# general interview answers composed from hand-written parts, per question
CALM = ["First, I'd stay calm and remember it's not personal.", "I'd keep my voice steady and not take it personally.", "The main thing is to stay calm, even if they're shouting."]
LISTEN = ["I'd let them explain everything without interrupting.", "I'd listen properly to the whole story first.", "I'd give them space to get it all out before saying anything."]
IEMP = ["I'd tell them I understand why they're upset.", "I'd acknowledge how frustrating it must be.", "I'd say sorry that it happened and that I can see why they're angry."]
IRES = ["Then I'd repeat the problem back to check I'd got it right.", "I'd sum up what they told me so they know I heard them."]
ICLA = ["I'd ask a couple of questions to find out what they actually need.", "I'd ask when they need it by, so I know what a good fix looks like."]
ISOL = ["Then I'd offer a replacement or a refund, whatever fits policy.", "I'd arrange next-day delivery at no cost.", "I'd find the best fix I can actually deliver, like a rebooking."]
IOWN = ["I'd take ownership, even if it wasn't my fault.", "I'd make it my job to see it through.", "I wouldn't pass them on to another department."]
IFIRM = ["If they wanted more, I'd politely explain what I can't do and offer the best alternative.", "I'd stay firm on policy but be clear about what I can offer."]
IESC = ["If I couldn't solve it myself, only then would I bring in my supervisor.", "As a last resort I'd escalate to my manager, and stay involved."]
IFUP = ["A few days later I'd call them to check it was all sorted.", "I'd follow up afterwards to make sure they were happy."]
for n in range(90):
    qi = n % len(Q)
    split = "tune" if (n // 6) % 5 not in (1, 3) else "heldout"
    parts, on = [], set()
    pools = [("calm", CALM, 0.4), ("listen", LISTEN, 0.35), ("empathy", IEMP, 0.4), ("restate", IRES, 0.2), ("clarify", ICLA, 0.2),
             ("solution", ISOL, 0.5), ("ownership", IOWN, 0.25), ("firm", IFIRM, 0.5 if qi == 2 else 0.05),
             ("escalate", IESC, 0.6 if qi == 4 else 0.05), ("followup", IFUP, 0.6 if qi == 5 else 0.15)]
    for label, pool, p in pools:
        if R.random() < p:
            parts.append(R.choice(pool)); on.add(label)
    if not parts:
        parts.append(R.choice(ISOL)); on.add("solution")
    put("interview", split, "composed", Q[qi], " ".join(parts), on)
# very long interview answers
for si, (sit, act, res) in enumerate(STORIES[:8]):
    split = "tune" if si % 2 == 0 else "heldout"
    text = " ".join([CALM[si % 3], LISTEN[si % 3], "For example, " + sit[0].lower() + sit[1:], act[0].upper() + act[1:] + ".",
                     "I kept them updated the whole time, explained what was happening and why, and made sure they never had to repeat themselves to anyone else.",
                     "In the end " + res + ".", IFUP[si % 2]])
    on = {"calm", "listen", "star", "solution", "followup"} | ({"empathy"} if "apologised" in act else set())
    put("interview", split, "very-long", Q[1], text, on)

def write(mode, prefix):
    path = f"src/test/resources/labelled/{mode}.jsonl"
    old = [json.loads(l) for l in open(path) if l.strip()]
    n = len(old)
    with open(path, "a") as f:
        for item in items:
            if item["mode"] != mode:
                continue
            n += 1
            out = {"id": f"{prefix}{n:03d}", **item}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    return n

print(write("customer", "c"), write("interview", "i"))
