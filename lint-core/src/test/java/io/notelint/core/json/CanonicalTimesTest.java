package io.notelint.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The canonical-form readers answer only where the JDK's ISO parsers would, and then with the same value:
 * every date of four centuries around now, every clock time of a day, and random strings of the right
 * widths made of digits, separators and look-alikes (most of them invalid: the readers must leave those
 * to the JDK, which then rejects them as before).
 */
class CanonicalTimesTest {

    @Test
    void everyValidDateAndTimeReadsAsTheJdkReadsIt() {
        int read = 0;
        for (LocalDate d = LocalDate.of(1850, 1, 1); d.isBefore(LocalDate.of(2250, 1, 1)); d = d.plusDays(1)) {
            assertThat(CanonicalTimes.date(d.toString())).isEqualTo(d);
            read++;
        }
        for (int s = 0; s < 24 * 3600; s++) {
            LocalTime t = LocalTime.ofSecondOfDay(s);
            String full = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
            assertThat(CanonicalTimes.time(full)).isEqualTo(LocalTime.parse(full));
            assertThat(CanonicalTimes.time(full.substring(0, 5))).isEqualTo(LocalTime.parse(full.substring(0, 5)));
            String stamp = "2026-02-02T" + full + "Z";
            assertThat(CanonicalTimes.instant(stamp)).isEqualTo(OffsetDateTime.parse(stamp).toInstant());
            read++;
        }
        assertThat(read).isGreaterThan(200_000);
    }

    @Test
    void randomStringsOfTheWidthsAreReadOnlyWhereTheJdkReadsThemTheSame() {
        Random random = new Random(31);
        String alphabet = "0123456789000111222333555999--::TZtz +.\u0661\uFF10";
        int answered = 0;
        int left = 0;
        for (int i = 0; i < 400_000; i++) {
            int kind = random.nextInt(4);
            String template = kind == 0 ? "2026-02-28" : kind == 1 ? "13:30" : kind == 2 ? "13:30:59" : "2026-02-02T17:27:00Z";
            char[] chars = template.toCharArray();
            // change one to three characters, so most strings stay close to the form
            for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String s = new String(chars);
            Object fast = kind == 0 ? CanonicalTimes.date(s) : kind == 3 ? CanonicalTimes.instant(s) : CanonicalTimes.time(s);
            Object jdk = kind == 0 ? jdk(s, LocalDate::parse) : kind == 3 ? jdk(s, x -> OffsetDateTime.parse(x).toInstant())
                    : jdk(s, LocalTime::parse);
            if (fast != null) {
                assertThat(fast).as("'%s'", s).isEqualTo(jdk);
                answered++;
            } else {
                left++;
            }
        }
        assertThat(answered).isGreaterThan(10_000);
        assertThat(left).isGreaterThan(10_000);
    }

    @Test
    void otherFormsAreLeftToTheJdk() {
        List<String> others = new ArrayList<>(List.of("2026-1-31", "2026/01/31", "+2026-01-31", "20260131", "2026-02-29",
                "2024-02-30", "2026-04-31", "2026-00-10", "2026-13-01", "9:30", "24:00", "23:60", "13:30:60", "13:30:00.5",
                "2026-02-02T17:27:00+00:00", "2026-02-02t17:27:00Z", "2026-02-02T17:27:00z", "2026-02-02T17:27Z",
                "2026-02-02T24:00:00Z", "2026-02-30T10:00:00Z", "\u0662\u0660\u0662\u0666-01-31"));
        for (String s : others) {
            assertThat(CanonicalTimes.date(s)).as(s).isNull();
            assertThat(CanonicalTimes.time(s)).as(s).isNull();
            assertThat(CanonicalTimes.instant(s)).as(s).isNull();
        }
        // and the JDK still decides them, as before: valid ones keep their value through NoteJson
        assertThat(NoteJson.instant("2026-02-02T17:27:00+00:00")).isEqualTo(Instant.parse("2026-02-02T17:27:00Z"));
        assertThat(NoteJson.time("9:30")).isEqualTo(LocalTime.of(9, 30));
    }

    private static Object jdk(String s, Function<String, Object> parse) {
        try {
            return parse.apply(s);
        } catch (DateTimeParseException e) {
            return "rejected";
        }
    }
}
