#!/usr/bin/env python3
"""Appends hand-written items to src/test/resources/labelled/*.jsonl once (run it once; its output is committed).

Written for issue 8's second pass (2026-11-28), by hand, for Hotseat: nothing here comes from ../shared/benchmarks.
- negation / sarcasm: more ways a rep or a candidate says NO or sneers (negation scope, refusals, "no one", "in no
  way", mock enthusiasm, contempt for customers inside an otherwise calm answer);
- reflection, open-questions, warmth: the listening skills said in everyday words ("so what you're saying is...",
  "it sounds like...", "tell me more about...", "that must have been frightening"), so the detectors learn what the
  skills mean rather than the cue words already written.
Split rule, fixed here before any grading: within each list, index mod 5 in {1, 3} -> heldout, else tune (as grow.py).
Existing items are untouched; ids continue from the last one."""
import json, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2] / "src/test/resources/labelled"
CUST = ["empathy", "apology", "restate", "clarify", "ownership", "solution", "collaborate", "firm", "followup", "deflect", "blame"]
INT = ["calm", "listen", "empathy", "restate", "clarify", "solution", "ownership", "firm", "escalate", "followup", "star", "rant"]
Q = "Tell me about a time you dealt with an angry customer."
Q2 = "How would you handle a customer who is shouting at you?"
Q3 = "What would you do if a customer asked for something against policy?"

# (context, reply, labels that are on)
CUSTOMER_NEGATION = [
    ("My parcel was left in the rain and the book inside is ruined.", "I'm not going to say sorry for the weather.", "blame"),
    ("You charged me twice for the same order.", "We are in no way responsible for what your bank does.", "deflect"),
    ("The engineer never turned up and I took the day off work.", "Nobody here is going to refund a day's wages.", ""),
    ("I was promised a call back yesterday and nobody rang.", "No one will be calling you back, the case is closed.", ""),
    ("My hotel room was dirty when I arrived.", "I don't see what there is to apologise for.", ""),
    ("The jacket fell apart after two washes.", "That isn't something I'm responsible for.", "deflect"),
    ("I've been on hold for forty minutes.", "I'm hardly going to apologise for a busy Monday.", "blame"),
    ("Your app took the money but the ticket never arrived.", "At no point did we agree to send a second ticket.", ""),
    ("The sofa arrived with a rip in the arm.", "I refuse to take the blame for the delivery firm.", "deflect"),
    ("My account was locked and I couldn't pay my rent.", "I really don't understand what you're so upset about.", "blame"),
    ("The cake for my daughter's party never came.", "It's not my job to chase the bakery.", "deflect"),
    ("My flight was cancelled and nobody told me.", "I won't be rebooking you tonight.", ""),
    ("The heating's been broken for a week.", "There's no way we're sending anyone before next month.", ""),
    ("You've sent me the wrong size again.", "Don't expect an apology from me.", "blame"),
    ("I was overcharged on my phone bill.", "Neither I nor anyone on this team can change a bill.", "deflect"),
    ("The replacement you sent is broken too.", "We won't be sending a third one, and I'm not sorry about that.", "blame"),
    ("The gym took my fee after I cancelled.", "Not my problem, you'll need to speak to your bank.", "deflect"),
    ("My prescription still isn't ready.", "I'm not the person who can help with that.", "deflect"),
    ("The delivery driver was rude to my mother.", "I don't believe our driver would say that.", "blame"),
    ("The refund still hasn't come through.", "I'm never going to promise you a date.", ""),
    ("Your engineer left mud all over my carpet.", "I wouldn't call that our fault.", "deflect"),
    ("The course I booked was cancelled the day before.", "We don't do compensation, full stop.", "deflect"),
    ("The flowers arrived dead.", "I'm not in a position to care about a bunch of flowers.", "blame"),
    ("I've had three different answers from your staff.", "No, I won't be looking into what they told you.", ""),
    ("My card was declined abroad.", "I can't say I feel sorry for you, you didn't tell us you were travelling.", "blame"),
    ("The boiler service was meant to be today.", "Nobody is going to come out today, and nobody will ring you either.", ""),
    ("My new phone won't charge.", "I won't be taking responsibility for a charger you bought elsewhere.", "deflect"),
    ("Your website charged me in dollars.", "That's not an error on our side and I won't pretend it is.", "deflect"),
    ("I was told the repair was free.", "I never said it would be free, and I don't apologise for that.", "blame"),
    ("The room you gave us overlooks the bins.", "I'm not going to move you, there's nothing wrong with the room.", ""),
]

CUSTOMER_SARCASM = [
    ("My parcel is three days late.", "Yeah, because we just LOVE losing parcels.", "blame"),
    ("The jacket I got is the wrong colour.", "Oh no, the wrong shade of blue, how will you survive.", "blame"),
    ("I've called four times about this.", "Four times, wow, you must really enjoy our hold music.", "blame"),
    ("The hotel pool was closed all weekend.", "What a tragedy, a whole weekend without a pool.", "blame"),
    ("My refund is taking ages.", "I'm sure the bank is rushing just for you.", "blame"),
    ("The train was late and I missed my meeting.", "Of course it's our fault, everything always is.", "blame"),
    ("My order came with a missing screw.", "Sorry, I'll alert the national news about your screw.", "blame"),
    ("Nobody told me the shop was closing early.", "Right, because we're meant to text every customer personally.", "blame"),
    ("The delivery man left my parcel next door.", "Thank you so much for your patience, it's been a real joy.", "blame"),
    ("I want to speak to a manager.", "Oh sure, let me fetch the manager for your very important complaint.", "blame"),
]

INTERVIEW_NEGATION = [
    (Q2, "I wouldn't say sorry unless it was actually my mistake.", ""),
    (Q, "I don't really do sympathy, I just tell them the rules.", ""),
    (Q2, "I wouldn't ask them what happened, it only drags it out.", ""),
    (Q, "I never ring customers back once a complaint is closed.", ""),
    (Q3, "I wouldn't pass it to a manager even if I couldn't help.", ""),
    (Q2, "I'm not going to pretend I understand how they feel.", ""),
    (Q2, "I wouldn't repeat back what they said, it sounds robotic.", ""),
    (Q2, "I don't think staying calm matters much if they're rude first.", ""),
    (Q, "I wouldn't take the blame for a delivery I didn't handle.", ""),
    (Q2, "I'm not the type to sit through a long complaint.", ""),
    (Q3, "I wouldn't offer them anything, no is no.", ""),
    (Q, "No, I've never had to apologise to a customer.", ""),
    (Q2, "I wouldn't let them finish, I'd just talk over them.", ""),
    (Q3, "I don't explain the policy, they can read it themselves.", ""),
    (Q, "I can't think of a time I followed up with anyone.", ""),
    (Q2, "Nobody should expect me to stay calm when I'm being shouted at.", ""),
]

INTERVIEW_SARCASM = [
    (Q2, "Oh, I just LOVE customers who shout, it's the best part of the day.", "rant"),
    (Q2, "I'd smile and nod, obviously, while they tell me how to do my job.", "rant"),
    (Q3, "Sure, the customer is always right, even when they clearly aren't.", "rant"),
    (Q, "I'd be lovely to them, like I always am with people who can't read a receipt.", "rant"),
    (Q2, "Angry customers? Wonderful, my favourite kind of person.", "rant"),
    (Q, "I'd apologise, because apparently everything is my fault.", "rant"),
    (Q2, "I'd listen, I suppose, if they ever stopped talking.", "rant"),
    (Q2, "I'd stay calm. Some people just enjoy having someone to shout at.", "rant"),
    (Q2, "I'd keep my voice down, because someone in the room has to act like an adult.", "rant"),
    (Q3, "Well, I'd bend over backwards for them, as usual, because that's what we're paid for, apparently.", "rant"),
    (Q2, "I'd say sorry in my best customer voice and count the seconds until they leave.", "rant"),
    (Q2, "I'd ask them, very slowly, which part of the sign they didn't understand.", "rant"),
    (Q, "I stayed calm and listened. Honestly, some people just like to moan.", "rant"),
    (Q2, "I'd let them get it off their chest. They're usually the ones who can't read an email anyway.", "rant"),
    (Q3, "I'd explain the policy nicely. People like that always think the rules are for everyone else.", "rant"),
]

# The listening skills in everyday words (customer rubric): saying the problem back, asking about their situation
# (with or without a question mark), and warmth; plus questions that do something else (suggest, seek agreement,
# check back), which are not clarifying questions.
CUSTOMER_LISTENING = [
    ("I've rung three times this week and every time I get cut off.", "So you've been cut off three times this week and you're still no closer to an answer.", "restate"),
    ("The engineer didn't come again, that's the second time.", "It sounds like the engineer has missed two appointments now.", "restate"),
    ("My bill's doubled and I haven't used any more than usual.", "What I'm hearing is that the bill doubled while your usage stayed the same.", "restate"),
    ("We've had no heating since Friday and it's freezing.", "I understand you've been without heating since Friday.", "restate"),
    ("You told me the refund would be in my account on the 3rd. Nothing.", "From what you've said, the refund was promised for the 3rd and nothing has arrived.", "restate"),
    ("I've been passed round four different departments.", "It seems like you've been passed between four departments without anyone taking it on.", "restate"),
    ("The tracking says delivered but I've got nothing.", "So the tracking shows it as delivered, but it never reached your door?", "restate"),
    ("This isn't the room I booked.", "You're saying the room you were given isn't the one you booked.", "restate"),
    ("My card got declined twice in Florence.", "If I've got this right, your card was declined twice while you were in Florence.", "restate"),
    ("It's my son's birthday Saturday and the bike hasn't even shipped.", "So the bike still hasn't shipped, and your son's birthday is on Saturday.", "restate"),
    ("The driver was really rude to me.", "Tell me a bit more about what happened when the driver came.", "clarify"),
    ("You've taken a payment I never agreed to.", "Could you say which day the payment left your account", "clarify"),
    ("The washing machine you installed is leaking.", "When did you first notice the leak?", "clarify"),
    ("The app keeps throwing an error when I pay.", "What does the message on the screen say", "clarify"),
    ("I was turned away at check-in.", "Walk me through what happened at the check-in desk.", "clarify"),
    ("My son had a reaction to the meal you delivered.", "How is your son doing now?", "clarify"),
    ("My order went to the wrong house.", "Which address was the order meant to go to?", "clarify"),
    ("Your agent promised me a refund last week.", "I'd like to understand exactly what the agent told you last week.", "clarify"),
    ("I never got my order.", "Can you remember roughly when you placed the order?", "clarify"),
    ("The form on your website won't submit.", "Talk me through what happens when you press submit", "clarify"),
    ("Your paper bills keep going to my old address.", "Have you thought about switching to paperless bills?", "solution"),
    ("The lift stopped between floors with my kids inside.", "That must have been frightening, right?", "empathy"),
    ("The replacement broke too.", "So the replacement broke as well?", "restate"),
    ("I can't get through on the phone line.", "Why not pop into the branch and we can sort it there?", "solution"),
    ("It's the third time I've asked for this.", "You've asked three times already, haven't you?", "restate"),
    ("The lift stopped between floors with my kids inside.", "Oh no, that must have been really frightening for you all.", "empathy"),
    ("The venue cancelled on us two days before the wedding.", "I'm so sorry you had to go through that right before your wedding.", "empathy"),
    ("We've had no hot water for a week and the baby's two weeks old.", "That sounds exhausting, especially with a newborn.", "empathy"),
    ("My card stopped working and I'm stuck abroad.", "I'd be worried sick too if my card stopped working abroad.", "empathy"),
    ("The hotel lost our booking on the first night of the holiday.", "What an awful start to your holiday.", "empathy"),
    ("I'm caring for my mum and now this bill has turned up.", "I really feel for you, that's a lot to deal with on your own.", "empathy"),
    ("The dog was ill all week and then the vet bill came wrong.", "I'm sorry it's been such a rotten week for you.", "empathy"),
    ("The cake we ordered for the party came smashed.", "That's heartbreaking, after all the planning you put into the party.", "empathy"),
    ("This is the fifth email I've sent.", "You must be so tired of chasing this.", "empathy"),
    ("I'm really upset, I've been crying about this.", "I can hear how upset you are, and that's completely understandable.", "empathy"),
    ("Where's my refund?", "The refund was issued on Monday.", ""),
    ("Why is my bill so high?", "Your bill includes the annual service charge.", ""),
    ("The parcel's late.", "Parcels are usually delivered within three working days.", ""),
    ("My order is wrong.", "Your order number is 4471.", ""),
    ("I want to cancel.", "Cancellations are handled on the account page.", "deflect"),
]


def labels(keys, on):
    on = set(on.split()) if on else set()
    return {k: (1 if k in on else 0) for k in keys}


def append(mode, prefix, lists):
    path = ROOT / (mode + ".jsonl")
    lines = [l for l in path.read_text().splitlines() if l.strip()]
    n = len(lines)
    seen = {json.loads(l)["reply"] for l in lines}
    keys = CUST if mode == "customer" else INT
    out = []
    for category, items in lists:
        for i, (ctx, reply, on) in enumerate(items):
            if reply in seen:
                continue
            n += 1
            out.append(json.dumps({"id": f"{prefix}{n:03d}", "split": "heldout" if i % 5 in (1, 3) else "tune",
                                   "mode": mode, "category": category, "context": ctx, "reply": reply,
                                   "offTask": False, "labels": labels(keys, on)}, ensure_ascii=False))
    if out:
        path.write_text("\n".join(lines + out) + "\n")
    print(mode, "appended", len(out))


if __name__ == "__main__":
    append("customer", "c", [("negation", CUSTOMER_NEGATION), ("sarcasm", CUSTOMER_SARCASM),
                             ("listening", CUSTOMER_LISTENING)])
    append("interview", "i", [("negation", INTERVIEW_NEGATION), ("sarcasm", INTERVIEW_SARCASM)])
