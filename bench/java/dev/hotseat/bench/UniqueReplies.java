package dev.hotseat.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Learner replies for the benches, by default never the same text twice in a run. The benches used to cycle
 * through a fixed list of seven or eight replies, so after a few turns the evaluator had read (and remembered)
 * every clause, and the figures flattered the server: real learners write new sentences.
 *
 * <p>Each reply is built from a few parts (an opener, one or two acts: an apology, a question, a summary, an offer,
 * a follow-up, something curt or rude; a closer) with details drawn at random: amounts such as £12.40, order
 * numbers, days, times, names, couriers, depots. A reply already given in this run is drawn again, so no text
 * repeats. The Random is seeded, so the same seed gives the same stream of texts; with several chats sharing one
 * generator (LoadBench), which chat gets which text depends on timing. Two topics: a late parcel (the default,
 * every scenario but one) and a double charge ({@code double-charge}). No text contains a double quote or a
 * backslash, so it can go into JSON as it is.
 *
 * <p>{@link #repeated} gives a bench's old fixed list in turn, for comparison ("repeated replies"). Try it:
 * {@code mvn -B -q -Pbench test-compile exec:exec -Dbench=UniqueReplies -Dbench.args="20 double-charge"} prints
 * twenty, then checks 100,000 for repeats.
 */
public final class UniqueReplies {
    /** The seed the benches use unless told otherwise. */
    public static final long SEED = 20261207L;

    private static final List<String> NAMES = List.of("Dana", "Mrs Patel", "Mr Okafor", "Sam", "Priya", "Ms Nowak",
            "Tom", "Mr Hughes", "Aisha", "Mrs Kowalski", "Jamie", "Mr Fraser", "Ms Adeyemi", "Chris", "Mrs Doyle",
            "Mr Lindqvist", "Ellie", "Ms Chen", "Rob", "Mrs O'Neill");
    private static final List<String> AGENTS = List.of("Jess", "Marek", "Leanne", "Omar", "Katie", "Dev", "Siobhan",
            "Luca", "Hannah", "Tunde", "Grace", "Ben");
    private static final List<String> COURIERS = List.of("DPD", "Evri", "Royal Mail", "Yodel", "DHL", "Parcelforce",
            "UPS", "our own van team", "the courier");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> LATER = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "tomorrow", "tomorrow morning", "this afternoon", "first thing tomorrow");
    private static final List<String> ITEMS = List.of("the cake stand", "your parcel", "the order", "the package",
            "your delivery", "the lamp", "the pans", "the kettle", "the rug", "the mirror", "the vase", "the cushions");
    private static final List<String> GOODS = List.of("the cake stand", "the lamp", "the pans", "the kettle",
            "the rug", "the mirror", "the vase", "the cushions", "the dinner set", "the throw", "the clock");
    private static final List<String> DEPOTS = List.of("Leeds", "Bristol", "Coventry", "Glasgow", "Swindon",
            "Milton Keynes", "Doncaster", "Crewe", "Reading", "Peterborough");
    private static final List<String> STREETS = List.of("Mill Lane", "Station Road", "Church Street", "Park Avenue",
            "Victoria Road", "The Green", "High Street", "Orchard Close", "Elm Grove", "Queens Road");
    private static final List<String> PLANS = List.of("Team plan", "Starter plan", "Pro plan", "monthly plan",
            "annual plan", "subscription");
    private static final List<String> BANKS = List.of("Barclays", "Monzo", "HSBC", "Lloyds", "Nationwide",
            "Starling", "NatWest", "Santander", "your bank");

    private static final List<String> OPENERS = List.of("", "", "", "", "Hi {name}, ", "Hello {name}, ",
            "Hi, it's {agent} here. ", "Thanks for waiting, {name}. ", "Right, {name}, ", "Okay. ", "Thanks {name}. ",
            "Hi {name}, {agent} from the delivery team. ", "Sorry to keep you, {name}. ", "Good {part}, {name}. ",
            "Thanks for bearing with me. ", "Okay so, ", "Hiya {name}, ", "Let me see. ");
    private static final List<String> CLOSERS = List.of("", "", "", "", "", " Thanks for your patience, {name}.",
            " Does that sound okay?", " Is that alright with you?", " I'll stay on the line while it goes through.",
            " Sorry again for the hassle on {day}.", " You'll get an email to confirm within {mins} minutes.",
            " My name's {agent} if you need to come back to us.", " Anything else I can do for you today?",
            " Is there a better number to reach you on after {time}?", " Let me know what you'd prefer.");

    private static final List<String> PARCEL_APOLOGY = List.of(
            "I'm really sorry {item} still hasn't turned up, especially when you paid {amount} for next-day.",
            "That's so frustrating, {days} days late is not what you paid for.",
            "I completely understand why you're upset, you were promised {day} and it still isn't there.",
            "Sorry for the wait on order {order}, I can see it's been stuck since {day}.",
            "I'm so sorry, {name}, I can see {courier} have had it since {day} and nothing has moved.",
            "Oh no, that's the last thing you need before {event}.",
            "I'd be annoyed too if I'd been waiting in since {time} on {day}.",
            "Apologies, the note on order {order} says it should have reached you by {time} on {day}.",
            "I hear you, {days} days of checking the tracking is exhausting.",
            "I'm sorry nobody called you back on {day} like they said they would.");
    private static final List<String> PARCEL_QUESTION = List.of(
            "Can you confirm the order number for me, is it {order}?",
            "What does the {courier} tracking page show for you right now?",
            "Was anyone home on {day} around {time} when {courier} say they tried to deliver?",
            "Just to check, is the delivery address still {num} {street}?",
            "When did you last hear from {courier} about it?",
            "What do you need {goods} for, is there a date it has to be there by?",
            "Has anyone from our team already been in touch with you about order {order}?",
            "Is it something you need before {day}, or is there a bit more time?",
            "Did you get a card through the door from {courier} at all?",
            "Could a neighbour at number {num} have taken it in?",
            "Would it help if it went to a {courier} pickup point near {street} instead?",
            "Can I ask what the {amount} covered, was that the next-day option?");
    private static final List<String> PARCEL_RESTATE = List.of(
            "So you ordered {goods} on {day}, paid {amount} for next-day delivery, and it still hasn't arrived, is that right?",
            "If I've got this right, {courier} marked it as delivered at {time} but nothing came?",
            "So it's order {order}, it was due {day}, and you need it for {event}?",
            "Let me make sure I understand: you've waited in {days} days running and {courier} haven't shown up.",
            "Just so I've got it, someone promised a call back by {time} and you never heard anything?");
    private static final List<String> PARCEL_OFFER = List.of(
            "I can refund the {amount} delivery charge today and send a replacement by express, arriving {later}.",
            "Would you like a full refund of {amount}, or a new one sent with {courier} {later}?",
            "I've raised a trace with {courier} under reference {ref}, and I'll call you back by {time} {later} with an answer.",
            "I'll put a {amount} credit on your account for the trouble.",
            "I can have a courier bring a replacement to {num} {street} by {time} {later}, and I'll refund the {amount} shipping.",
            "If it doesn't arrive by {time} {later}, I'll refund the full {amount} straight away, no questions.",
            "I can book a same-day collection from the {depot} depot so it's with you by {time}.",
            "Let me refund the {amount} now, you'll see it back on your card within {days} working days.",
            "I'll send a replacement from our {depot} warehouse today and you can keep the first one if it turns up.",
            "I can upgrade the replacement to a timed slot, {time} {later}, at no cost to you.");
    private static final List<String> PARCEL_FOLLOW = List.of(
            "I've just checked again, the parcel is at the {depot} depot and is due out {later}.",
            "Is there anything else I can help with on order {order}?",
            "I'll email you the {courier} tracking link now, it should reach you in the next {mins} minutes.",
            "The refund of {amount} went through at {time}, reference {ref}.",
            "I've spoken to {courier} and the driver has it on the van for {later}.",
            "Did the replacement arrive okay on {day}, {name}?",
            "I've put a note on your account so nobody asks you to explain this again.",
            "Your case number is {ref} in case you need to chase it after {day}.");
    private static final List<String> PARCEL_CURT = List.of(
            "It's with {courier}. Out of my hands.",
            "Order {order}. Refund's done. {amount}.",
            "Give it till {later}.",
            "Tracking says {day}. Wait for it.",
            "Reference {ref}. Ring {courier}.",
            "Noted. {days} days. Will chase.",
            "Can't do anything before {later}, sorry.",
            "Fine, {amount} back. Done.");
    private static final List<String> PARCEL_RUDE = List.of(
            "Calm down, it's not my fault {courier} lost it.",
            "That's our policy, {name}, you'll have to check the website.",
            "Look, you're not the only one waiting on {courier} this week.",
            "If you'd been in on {day} at {time} this wouldn't have happened.",
            "Shouting at me won't make {courier} drive any faster.",
            "It's {amount} of postage, I don't see why it's such a big deal.",
            "You should have ordered it more than {days} days before you needed it then.");

    private static final List<String> CHARGE_APOLOGY = List.of(
            "I'm really sorry, I can see two payments of {amount} on the {date}, that shouldn't have happened.",
            "That's a horrible thing to find on your {bank} statement, {name}, sorry.",
            "I understand, {amount} going out twice hurts when you're running a small business.",
            "Sorry about this, the second charge of {amount} on invoice {invoice} is our mistake.",
            "I'm so sorry, {name}, a double charge on the {plan} is the last thing you need this month.");
    private static final List<String> CHARGE_QUESTION = List.of(
            "Can you tell me the last four digits of the card, is it ending {card}?",
            "Were both charges for {amount}, or was one a different amount?",
            "Which date did the second payment show up, the {date}?",
            "Is it the {plan} you're on, or did someone on your team add a second one?",
            "Have you had any bank charges because of it, an overdraft fee from {bank} maybe?",
            "Do you still have both emails, invoice {invoice} and the one after it?",
            "Is the payment still pending with {bank}, or has it fully gone out?");
    private static final List<String> CHARGE_RESTATE = List.of(
            "So you were charged {amount} twice for the {plan} on the {date}, is that right?",
            "If I've understood, one payment is fine and the second {amount} shouldn't be there?",
            "Just so I've got it, invoice {invoice} went out twice and both hit your {bank} account?");
    private static final List<String> CHARGE_OFFER = List.of(
            "I've refunded the duplicate {amount} now, it'll be back on your card within {days} working days.",
            "I can refund the second {amount} today and add a month of the {plan} free for the trouble.",
            "I'll cover any fee {bank} charged you for it, up to {amount}, just send me the statement.",
            "I've raised refund {ref} for {amount}, and I'll email you the confirmation by {time}.",
            "Would you like the {amount} back on the card, or as credit against next month's invoice?");
    private static final List<String> CHARGE_FOLLOW = List.of(
            "The refund of {amount} shows as sent at {time}, reference {ref}.",
            "I've checked your account and there's only one {plan} on it now.",
            "Anything else on invoice {invoice} I can help with?",
            "I've flagged your account so the {date} payment run can't double up again.");
    private static final List<String> CHARGE_CURT = List.of(
            "Refund {ref}. {amount}. Done.",
            "It'll clear in {days} days.",
            "Bank's problem now. Ring {bank}.",
            "One charge is right. Other one's refunded.");
    private static final List<String> CHARGE_RUDE = List.of(
            "Calm down, it's only {amount}, you'll get it back.",
            "You should read your invoices more carefully, {name}.",
            "That's how the billing works, I can't change it.",
            "If {bank} charged you a fee that's between you and them.");

    private static final List<String> EVENTS = List.of("the wedding", "your sister's party", "the weekend",
            "your mum's birthday", "the christening", "Saturday's do", "the anniversary dinner", "the open day");

    private final Random random;
    private final Set<String> given = new HashSet<>();
    private final boolean doubleCharge;
    /** The fixed list given over and over, or null for never-repeated replies. */
    private final List<String> fixed;
    private int next;
    private String customer;
    private String agent;

    private UniqueReplies(long seed, boolean doubleCharge, List<String> fixed) {
        this.random = new Random(seed);
        this.doubleCharge = doubleCharge;
        this.fixed = fixed == null ? null : List.copyOf(fixed);
    }

    /** Never the same text twice, on the scenario's topic (a double charge for {@code double-charge}, else a late parcel). */
    public static UniqueReplies unique(String scenario, long seed) {
        return new UniqueReplies(seed, "double-charge".equals(scenario), null);
    }

    /** A bench's old fixed list, over and over, from its first reply. */
    public static UniqueReplies repeated(List<String> fixed) {
        return new UniqueReplies(SEED, false, fixed);
    }

    /** Unique replies on the scenario's topic unless {@code repeat}, then {@code fixed} over and over. */
    public static UniqueReplies of(boolean repeat, String scenario, List<String> fixed) {
        return repeat ? repeated(fixed) : unique(scenario, SEED);
    }

    /** True when this gives a fixed list over and over. */
    public boolean repeats() {
        return fixed != null;
    }

    /** What the headline says: "never-repeated replies" or "repeated replies". */
    public String describe() {
        return describe(repeats(), repeats() ? fixed.size() : 0);
    }

    /** The same words for a bench that keeps its own fixed list. */
    public static String describe(boolean repeat, int fixedSize) {
        return repeat ? "repeated replies (a fixed list of " + fixedSize + ")"
                : "never-repeated replies (seed " + SEED + ")";
    }

    /** The next reply; thread-safe. */
    public synchronized String next() {
        if (fixed != null) {
            return fixed.get(next++ % fixed.size());
        }
        next++;
        while (true) {
            String text = compose();
            if (given.add(text)) {
                return text;
            }
        }
    }

    /** Replies given so far. */
    public synchronized int count() {
        return next;
    }

    private String compose() {
        int roll = random.nextInt(100);
        List<String> kind;
        boolean alone = false;
        if (roll < 16) {
            kind = doubleCharge ? CHARGE_APOLOGY : PARCEL_APOLOGY;
        } else if (roll < 36) {
            kind = doubleCharge ? CHARGE_QUESTION : PARCEL_QUESTION;
        } else if (roll < 46) {
            kind = doubleCharge ? CHARGE_RESTATE : PARCEL_RESTATE;
        } else if (roll < 68) {
            kind = doubleCharge ? CHARGE_OFFER : PARCEL_OFFER;
        } else if (roll < 80) {
            kind = doubleCharge ? CHARGE_FOLLOW : PARCEL_FOLLOW;
        } else if (roll < 91) {
            kind = doubleCharge ? CHARGE_CURT : PARCEL_CURT;
            alone = true;
        } else {
            kind = doubleCharge ? CHARGE_RUDE : PARCEL_RUDE;
            alone = true;
        }
        String opener = alone ? "" : pick(OPENERS);
        String body = pick(kind);
        if (opener.endsWith(", ") && !body.startsWith("I ") && !body.startsWith("I'")) {
            body = Character.toLowerCase(body.charAt(0)) + body.substring(1);
        }
        StringBuilder text = new StringBuilder(opener).append(body);
        if (!alone && random.nextInt(4) == 0) {
            // A second act: an apology and an offer, a question after a summary, and so on.
            List<String> second = doubleCharge ? (random.nextBoolean() ? CHARGE_OFFER : CHARGE_QUESTION)
                    : (random.nextBoolean() ? PARCEL_OFFER : PARCEL_QUESTION);
            String more = pick(second);
            if (!more.equals(body)) {
                text.append(' ').append(more);
            }
        }
        if (!alone) {
            text.append(pick(CLOSERS));
        }
        // One customer and one agent per reply, however many times the reply names them.
        customer = pick(NAMES);
        agent = pick(AGENTS);
        return fill(text.toString());
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** Each {slot} gets a detail of its own, drawn afresh at each place it appears. */
    private String fill(String template) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(detail(template.substring(i + 1, close)).get());
            i = close + 1;
        }
        return out.toString();
    }

    private Supplier<String> detail(String slot) {
        return switch (slot) {
            case "name" -> () -> customer;
            case "agent" -> () -> agent;
            case "courier" -> () -> pick(COURIERS);
            case "day" -> () -> pick(DAYS);
            case "later" -> () -> pick(LATER);
            case "item" -> () -> pick(ITEMS);
            case "goods" -> () -> pick(GOODS);
            case "depot" -> () -> pick(DEPOTS);
            case "street" -> () -> pick(STREETS);
            case "event" -> () -> pick(EVENTS);
            case "plan" -> () -> pick(PLANS);
            case "bank" -> () -> pick(BANKS);
            case "part" -> () -> random.nextBoolean() ? "morning" : "afternoon";
            case "amount" -> () -> amount();
            case "order" -> () -> (random.nextInt(3) == 0 ? "#" : "") + (1000 + random.nextInt(899_000));
            case "invoice" -> () -> "INV-" + (10_000 + random.nextInt(90_000));
            case "ref" -> () -> String.format(Locale.ROOT, "%s%05d", (char) ('A' + random.nextInt(26)) + ""
                    + (char) ('A' + random.nextInt(26)), random.nextInt(100_000));
            case "card" -> () -> String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
            case "date" -> () -> ordinal(1 + random.nextInt(28));
            case "time" -> () -> time();
            case "days" -> () -> String.valueOf(2 + random.nextInt(12));
            case "mins" -> () -> String.valueOf(5 + 5 * random.nextInt(8));
            case "num" -> () -> String.valueOf(1 + random.nextInt(180));
            default -> throw new IllegalArgumentException("no detail for {" + slot + "}");
        };
    }

    private String amount() {
        int pence = random.nextInt(4) == 0 ? 100 * (3 + random.nextInt(120)) : 299 + random.nextInt(24_700);
        return pence % 100 == 0 && random.nextBoolean() ? "£" + pence / 100
                : String.format(Locale.ROOT, "£%d.%02d", pence / 100, pence % 100);
    }

    private String time() {
        int hour = 8 + random.nextInt(12);
        int minute = 5 * random.nextInt(12);
        String h = String.valueOf(hour > 12 ? hour - 12 : hour);
        String ampm = hour >= 12 ? "pm" : "am";
        return minute == 0 ? h + ampm : h + ":" + String.format(Locale.ROOT, "%02d", minute) + ampm;
    }

    private static String ordinal(int day) {
        String suffix = day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd"
                : day % 10 == 3 && day != 13 ? "rd" : "th";
        return day + suffix;
    }

    /**
     * Prints the first {@code count} replies (default 20) of a topic ({@code late-parcel} or {@code double-charge}),
     * then draws 100,000 and reports whole replies and sentences seen twice (replies: must be none).
     */
    public static void main(String[] args) {
        String[] a = String.join(" ", args).replace("--", "").trim().split("\\s+");
        a = a.length == 1 && a[0].isEmpty() ? new String[0] : a;
        int count = a.length > 0 ? Integer.parseInt(a[0]) : 20;
        String scenario = a.length > 1 ? a[1] : "late-parcel";
        UniqueReplies replies = unique(scenario, SEED);
        for (int i = 0; i < count; i++) {
            System.out.println(replies.next());
        }
        UniqueReplies many = unique(scenario, SEED);
        Set<String> texts = new HashSet<>();
        Set<String> sentences = new HashSet<>();
        int sentenceCount = 0;
        int repeatedSentences = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            if (i == 5_000) {
                System.out.printf(Locale.ROOT, "%nAfter 5,000 replies (a bench run's worth): %d of %d sentences (%.1f %%) had"
                        + " been seen before%n", repeatedSentences, sentenceCount, 100.0 * repeatedSentences / sentenceCount);
            }
            String text = many.next();
            if (!texts.add(text)) {
                throw new IllegalStateException("repeated: " + text);
            }
            for (String s : text.split("(?<=[.!?])\\s+")) {
                sentenceCount++;
                if (!sentences.add(s)) {
                    repeatedSentences++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n100,000 replies in %.0f ms, none repeated; %d of %d sentences (%.1f %%) had"
                        + " been seen before in the run (stock openers and closers, short curt lines)%n",
                (System.nanoTime() - t0) / 1e6, repeatedSentences, sentenceCount, 100.0 * repeatedSentences / sentenceCount);
    }
}
