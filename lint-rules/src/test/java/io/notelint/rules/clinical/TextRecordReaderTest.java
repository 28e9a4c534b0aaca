package io.notelint.rules.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRecordReaderTest {

    private static TextRecord read(String text) {
        return TextRecordReader.read(text);
    }

    @Test
    void readsALabelledDateOfServiceWithItsSpan() {
        String text = "Client: J.\nDate of Service: 3/08/2023\nCBT for panic.";
        TextRecord r = read(text);
        assertThat(r.serviceDate()).isPresent();
        assertThat(r.serviceDate().get().value()).isEqualTo(LocalDate.of(2023, 3, 8));
        assertThat(r.serviceDate().get().span().in(text)).isEqualTo("Date of Service: 3/08/2023");
        assertThat(read("DOS: 2023-03-08. CBT.").serviceDate().get().value()).isEqualTo(LocalDate.of(2023, 3, 8));
        assertThat(read("Date: March 8, 2023\nCBT for panic.").serviceDate().get().value()).isEqualTo(LocalDate.of(2023, 3, 8));
        assertThat(read("Clinician: S. Reyes\nClient: A.M. Date: June 19, 2026\nCBT.").serviceDate().get().value())
                .isEqualTo(LocalDate.of(2026, 6, 19));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Client was admitted on 3/08/2023 and discharged later.",
        "Next date of service: 3/15/2023.",
        "Follow-up visit date: 3/15/2023.",
        "Date of birth: 3/08/1990.",
        "CBT for panic.\n\n\n\n\n\nDate: 3/08/2023",
    })
    void aDateInTheNarrativeOrOfAnotherContactIsNotTheDateOfService(String text) {
        assertThat(read(text).serviceDate()).as(text).isEmpty();
    }

    @Test
    void readsSessionTimesUnderLabels() {
        TextRecord r = read("Time in: 2:00 pm. Time out: 2:53 pm.");
        assertThat(r.start().get().value()).isEqualTo(LocalTime.of(14, 0));
        assertThat(r.end().get().value()).isEqualTo(LocalTime.of(14, 53));
        assertThat(r.clockMinutes()).contains(53);
        TextRecord range = read("Session time: 2:00-2:50 pm\nCBT.");
        assertThat(range.start().get().value()).isEqualTo(LocalTime.of(14, 0));
        assertThat(range.clockMinutes()).contains(50);
        assertThat(read("Start time: 10:05\nEnd time: 10:50").clockMinutes()).contains(45);
        assertThat(read("Start time and end time: 1:33 pm – 2:30 pm: 57 mins").clockMinutes()).contains(57);
    }

    @Test
    void readsCptCodesAfterTheLabelOnly() {
        String text = "Psychotherapy, 53 minutes. CPT 90837.";
        TextRecord r = read(text);
        assertThat(r.cptCodes().get().value()).isEqualTo("90837");
        assertThat(r.cptCodes().get().span().in(text)).isEqualTo("CPT 90837");
        assertThat(read("CPT codes: 99214, 90836").cptCodes().get().value()).isEqualTo("99214, 90836");
        assertThat(read("Client lives at 90837 Main Street.").cptCodes()).isEmpty();
    }

    @Test
    void readsSignatureLines() {
        TextRecord.TextSignature s = read("CBT for panic.\n\nJane Doe, LMFT, 3/8/2023").signature().orElseThrow();
        assertThat(s.name()).isEqualTo("Jane Doe");
        assertThat(s.credentials()).isEqualTo("LMFT");
        assertThat(s.date()).isEqualTo(LocalDate.of(2023, 3, 8));
        TextRecord.TextSignature e = read("CBT.\nElectronically signed by: Sam Ortiz, Ph.D., LP on 03/09/2023 10:14")
                .signature().orElseThrow();
        assertThat(e.name()).isEqualTo("Sam Ortiz");
        assertThat(e.credentials()).isEqualTo("PhD, LP");
        assertThat(e.date()).isEqualTo(LocalDate.of(2023, 3, 9));
        TextRecord.TextSignature below = read("CBT.\nSignature:\nA. Rivera, LCSW\nDate: 11/21/2026").signature().orElseThrow();
        assertThat(below.name()).isEqualTo("A. Rivera");
        assertThat(below.date()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(read("CBT.\nDr. Lee Park, MD").signature().get().credentials()).isEqualTo("MD");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Client signature: Jane Roe",
        "Client signed the release of information.",
        "Jane Doe reported better sleep this week.",
        "Mother, Anna Smith, attended the session.",
        "Signature: ____________",
    })
    void notASignatureOfTheClinician(String text) {
        assertThat(read("CBT for panic.\n" + text).signature()).as(text).isEmpty();
    }
}
