package io.github.musicbutler.matching;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How Spanish says a name's numbers, decades, fillers and positions ("la segunda", "el último"). Spanish writes
 * 16 to 29 as one word with the tens first ("dieciséis", "veintitrés"), which {@link SpokenForms.Compounds} (unit
 * first) does not describe, so those are listed. From 31 on, the tens and the unit are joined by "y", read as
 * "and": the matcher reads tens, "and" and a unit as one number, so "treinta y uno" is 31.
 * "Un" and "una" are articles here, as English "a" is. The decade is the plural said in Latin America ("los
 * ochentas"); "los ochenta" stays the number 80, which is how "Los 80" is written.
 */
final class Spanish {

    static final SpokenForms FORMS = new SpokenForms(
            "es",
            Map.of(),
            Map.of(),
            Set.of("y", "e"),
            Map.ofEntries(
                    entry("cero", 0), entry("uno", 1), entry("dos", 2), entry("tres", 3), entry("cuatro", 4),
                    entry("cinco", 5), entry("seis", 6), entry("siete", 7), entry("ocho", 8), entry("nueve", 9),
                    entry("diez", 10), entry("once", 11), entry("doce", 12), entry("trece", 13),
                    entry("catorce", 14), entry("quince", 15), entry("dieciseis", 16), entry("diecisiete", 17),
                    entry("dieciocho", 18), entry("diecinueve", 19), entry("veinte", 20),
                    entry("veintiuno", 21), entry("veintiun", 21), entry("veintiuna", 21), entry("veintidos", 22),
                    entry("veintitres", 23), entry("veinticuatro", 24), entry("veinticinco", 25),
                    entry("veintiseis", 26), entry("veintisiete", 27), entry("veintiocho", 28),
                    entry("veintinueve", 29), entry("treinta", 30), entry("cuarenta", 40),
                    entry("cincuenta", 50), entry("sesenta", 60), entry("setenta", 70),
                    entry("ochenta", 80), entry("noventa", 90), entry("cien", 100), entry("ciento", 100),
                    entry("doscientos", 200), entry("doscientas", 200), entry("trescientos", 300),
                    entry("trescientas", 300), entry("cuatrocientos", 400), entry("cuatrocientas", 400),
                    entry("quinientos", 500), entry("quinientas", 500), entry("seiscientos", 600),
                    entry("seiscientas", 600), entry("setecientos", 700), entry("setecientas", 700),
                    entry("ochocientos", 800), entry("ochocientas", 800), entry("novecientos", 900),
                    entry("novecientas", 900), entry("mil", 1000)),
            Optional.empty(),
            Map.ofEntries(
                    entry("veintes", "20s"), entry("treintas", "30s"), entry("cuarentas", "40s"),
                    entry("cincuentas", "50s"), entry("sesentas", "60s"),
                    entry("setentas", "70s"), entry("ochentas", "80s"), entry("noventas", "90s")),
            Set.of(),
            Set.of("el", "la", "los", "las", "un", "una", "mi", "mis", "tu", "tus", "lista", "de", "del", "altavoz", "bocina",
                    "parlante"),
            Map.ofEntries(
                    entry("primero", 1), entry("primera", 1), entry("primer", 1), entry("segundo", 2),
                    entry("segunda", 2), entry("tercero", 3), entry("tercera", 3), entry("tercer", 3),
                    entry("cuarto", 4), entry("cuarta", 4), entry("quinto", 5), entry("quinta", 5),
                    entry("sexto", 6), entry("sexta", 6), entry("septimo", 7), entry("septima", 7),
                    entry("setimo", 7), entry("setima", 7), entry("octavo", 8), entry("octava", 8),
                    entry("noveno", 9), entry("novena", 9), entry("decimo", 10), entry("decima", 10),
                    entry("ultimo", SpokenForms.LAST), entry("ultima", SpokenForms.LAST)),
            Set.of(),
            Set.of("la", "lo", "esa", "ese", "eso", "esta", "este", "esto"));

    private Spanish() {
    }
}
