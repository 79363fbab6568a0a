package dev.hotseat.evaluation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a reply is (mostly) English, so the grader can say in words that it grades English rather than give a
 * silent 0, and the partner can ask once to continue in English. Short replies ("ok", "yes", a name, an order
 * number) count as English: only words that belong to another language, outnumbering the English ones, or a
 * non-Latin script, make a reply "not English".
 */
public final class EnglishCheck {

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");
    // Common English words; a reply with several of these is English whatever else it holds (names, places).
    private static final Set<String> ENGLISH = Set.copyOf(java.util.List.of(
            "the", "a", "an", "and", "or", "but", "is", "are", "was", "were", "be", "been", "i", "i'm", "i'll",
            "i've", "i'd", "you", "your", "you're", "we", "we'll", "our", "us", "it", "it's", "this", "that", "that's",
            "what", "when", "where", "why", "how", "who", "which", "can", "could", "would", "will", "should", "do",
            "does", "did", "don't", "didn't", "can't", "won't", "not", "no", "yes", "to", "of", "in", "on", "for",
            "with", "at", "from", "by", "about", "my", "me", "have", "has", "had", "so", "if", "sorry", "please",
            "thank", "thanks", "really", "just", "get", "got", "let", "let's", "there", "they", "them", "he", "she",
            "his", "her", "here", "now", "today", "tomorrow", "order", "refund", "help", "sure", "ok", "okay",
            "right", "understand", "know", "see", "make", "take", "send", "check", "look", "any", "all", "some",
            "then", "than", "very", "much", "more", "again", "still", "also", "as", "up", "out", "want", "need"));
    // Frequent words of other European languages that are not English words (or are rare in English).
    private static final Set<String> OTHER = Set.copyOf(java.util.List.of(
            // Spanish
            "el", "la", "los", "las", "que", "y", "es", "está", "están", "por", "para", "con", "una", "uno", "lo",
            "siento", "pedido", "gracias", "hola", "usted", "su", "sus", "pero", "muy", "más", "esto", "eso", "estoy",
            "tiene", "tengo", "puedo", "podemos", "ayudar", "problema", "lamento", "perdón", "disculpe", "claro",
            "vamos", "ahora", "mañana", "hoy", "sí", "señor", "señora", "del", "al", "cuando", "como", "cómo", "qué",
            "entiendo", "reembolso", "envío", "nuevo", "también", "porque", "hacer", "ser", "fue", "ha", "hay", "mi",
            // French
            "le", "les", "des", "du", "et", "est", "je", "vous", "nous", "votre", "vos", "pour", "avec", "pas",
            "une", "un", "suis", "désolé", "désolée", "merci", "bonjour", "commande", "oui", "mais", "très", "ce",
            "cette", "qui", "dans", "sur", "c'est", "j'ai", "je", "comprends", "remboursement", "aujourd'hui",
            "demain", "peux", "pouvons", "avez", "êtes", "votre", "aussi", "parce", "alors", "bien", "tout", "rien",
            // German
            "der", "die", "das", "und", "ist", "ich", "sie", "nicht", "mit", "ein", "eine", "es", "tut", "mir",
            "leid", "bestellung", "danke", "bitte", "ihre", "ihr", "wir", "werden", "können", "kann", "heute",
            "morgen", "verstehe", "auch", "aber", "sehr", "für", "auf", "dem", "den", "zu", "haben", "habe", "wird",
            "entschuldigung", "ja", "nein", "geld", "zurück", "noch", "schon", "jetzt",
            // Portuguese
            "o", "os", "as", "não", "você", "seu", "sua", "muito", "obrigado", "obrigada", "pedido", "desculpe",
            "lamento", "estou", "podemos", "vou", "ajudar", "agora", "hoje", "amanhã", "também", "isso", "isto",
            "em", "da", "do", "das", "dos", "uma", "um", "com", "é", "são", "sim", "reembolso", "entendo",
            // Italian
            "il", "gli", "di", "che", "è", "sono", "mi", "dispiace", "ordine", "grazie", "ciao", "lei", "suo",
            "sua", "molto", "per", "con", "non", "questo", "questa", "posso", "possiamo", "aiutare", "oggi",
            "domani", "capisco", "rimborso", "anche", "perché", "della", "delle", "nel", "alla",
            // Dutch
            "het", "een", "ik", "niet", "dat", "je", "jij", "u", "uw", "bestelling", "dank", "sorry", "spijt",
            "ook", "maar", "wij", "kunnen", "vandaag", "morgen", "begrijp",
            "zou", "en", "goed", "blijven", "rustig", "luisteren", "klant", "heel", "wel", "graag", "nog", "wordt",
            "cliente", "clientes", "kunde", "kunden", "calmo", "calma", "tranquilo", "tranquila", "ruhig", "primero",
            "primeiro", "prima", "zuerst", "d'abord", "ensuite", "luego", "depois", "dann", "poi", "solución", "solução",
            "soluzione", "lösung", "beaucoup", "mucho", "muchas", "muchos", "vielen", "muito", "tante", "tanto"));
    // Letters English does not use (ñ, ß, ã, ç, accents…); each one is a little evidence of another language.
    private static final Pattern FOREIGN_LETTER = Pattern.compile("[ñáíóúàèìòùâêîôûãõçäöüßœ¿¡]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // Endings English words almost never have: "rimarrei", "escucharía", "atenção", "natürlich", "finalmente".
    private static final Pattern FOREIGN_ENDING = Pattern.compile(
            "(?:mente|zione|zioni|ção|ções|ría|rían|rei|remmo|ería|iendo|ungen|lich|keit|heit|aient|ieren)$");

    private EnglishCheck() {
    }

    /** True when the text reads as English, or is too short to tell (a word or two, a name, a number). */
    public static boolean looksEnglish(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        if (letters >= 4 && latin < letters / 2) {
            return false; // Cyrillic, Greek, Arabic, Chinese, Japanese, Korean…
        }
        int english = 0;
        int other = 0;
        int accents = 0;
        int words = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        while (m.find()) {
            String w = m.group();
            words++;
            boolean en = ENGLISH.contains(w);
            if (en) {
                english++;
            } else if (OTHER.contains(w)) {
                other++;
            } else if (w.length() >= 5 && FOREIGN_ENDING.matcher(w).find()) {
                accents++;
            }
        }
        Matcher a = FOREIGN_LETTER.matcher(text);
        while (a.find()) {
            accents++;
        }
        if (words <= 2) {
            // "ok", "yes", "Sophie", "4471": English unless every word is another language's ("gracias", "merci").
            return english > 0 || other < words || words == 0;
        }
        double foreign = other + Math.min(accents, words) * 0.5;
        return foreign < 2 || english * 1.5 >= foreign;
    }
}
