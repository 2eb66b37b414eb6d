package io.github.musicbutler.matching;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How Brazilian Portuguese says a name's numbers, fillers and positions ("a segunda", "o último"). Numbers are separate
 * words joined by "e" ("cento e vinte", "dois mil e vinte"), so there are no compounds; hundreds above one hundred are
 * words of their own in both genders ("duzentos", "duzentas"). A decade is "anos" and its number ("anos oitenta"),
 * which the number words already bring to the way it is written ("Anos 80"), so the table lists no decade words.
 * Ordinals are listed in both genders rather than declined by an ending.
 */
final class Portuguese {

    static final SpokenForms FORMS = new SpokenForms(
            "pt",
            Map.of(),
            Map.of(),
            Set.of("e"),
            Map.ofEntries(
                    entry("zero", 0), entry("um", 1), entry("uma", 1), entry("dois", 2), entry("duas", 2),
                    entry("tres", 3), entry("quatro", 4), entry("cinco", 5), entry("seis", 6), entry("sete", 7),
                    entry("oito", 8), entry("nove", 9), entry("dez", 10), entry("onze", 11), entry("doze", 12),
                    entry("treze", 13), entry("catorze", 14), entry("quatorze", 14), entry("quinze", 15),
                    entry("dezesseis", 16), entry("dezessete", 17), entry("dezoito", 18), entry("dezenove", 19),
                    entry("vinte", 20), entry("trinta", 30), entry("quarenta", 40), entry("cinquenta", 50),
                    entry("sessenta", 60), entry("setenta", 70), entry("oitenta", 80), entry("noventa", 90),
                    entry("cem", 100), entry("cento", 100), entry("duzentos", 200), entry("duzentas", 200),
                    entry("trezentos", 300), entry("trezentas", 300), entry("quatrocentos", 400),
                    entry("quatrocentas", 400), entry("quinhentos", 500), entry("quinhentas", 500),
                    entry("seiscentos", 600), entry("seiscentas", 600), entry("setecentos", 700),
                    entry("setecentas", 700), entry("oitocentos", 800), entry("oitocentas", 800),
                    entry("novecentos", 900), entry("novecentas", 900), entry("mil", 1000)),
            Optional.empty(),
            Map.of(),
            Set.of(),
            Set.of("o", "a", "os", "as", "meu", "minha", "meus", "minhas", "de", "do", "da", "dos", "das"),
            Map.ofEntries(
                    entry("primeiro", 1), entry("primeira", 1), entry("segundo", 2), entry("segunda", 2),
                    entry("terceiro", 3), entry("terceira", 3), entry("quarto", 4), entry("quarta", 4),
                    entry("quinto", 5), entry("quinta", 5), entry("sexto", 6), entry("sexta", 6),
                    entry("setimo", 7), entry("setima", 7), entry("oitavo", 8), entry("oitava", 8),
                    entry("nono", 9), entry("nona", 9), entry("decimo", 10), entry("decima", 10),
                    entry("ultimo", SpokenForms.LAST), entry("ultima", SpokenForms.LAST)),
            Set.of(),
            Set.of("ela", "ele", "essa", "esse", "isso", "esta", "este", "isto"));

    private Portuguese() {
    }
}
