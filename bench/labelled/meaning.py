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
    append("customer", "c", [("negation", CUSTOMER_NEGATION), ("sarcasm", CUSTOMER_SARCASM)])
    append("interview", "i", [("negation", INTERVIEW_NEGATION), ("sarcasm", INTERVIEW_SARCASM)])
