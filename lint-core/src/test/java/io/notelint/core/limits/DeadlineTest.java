package io.notelint.core.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void noneNeverExpires() {
        assertThat(Deadline.after(Duration.ZERO)).isSameAs(Deadline.NONE);
        assertThat(Deadline.NONE.expired()).isFalse();
        Deadline.NONE.check("anything");
    }

    @Test
    void aPassedDeadlineThrowsNamingTheBudgetAndTheStep() throws InterruptedException {
        Deadline d = Deadline.after(Duration.ofMillis(5));
        Thread.sleep(20);
        assertThat(d.expired()).isTrue();
        assertThatThrownBy(() -> d.check("sentence detection")).isInstanceOf(BudgetExceededException.class)
                .hasMessage("time budget of 5 ms used up during sentence detection");
    }

    @Test
    void limitsRejectNonsense() {
        assertThatThrownBy(() -> Limits.DEFAULT.withMaxNoteChars(0)).hasMessageContaining("maxNoteChars");
        assertThatThrownBy(() -> Limits.DEFAULT.withTimeBudget(Duration.ofMillis(-1))).hasMessageContaining("negative");
        assertThat(Limits.DEFAULT.withTimeBudget(Duration.ZERO).hasTimeBudget()).isFalse();
    }
}
