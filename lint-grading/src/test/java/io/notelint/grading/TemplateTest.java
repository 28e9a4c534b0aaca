package io.notelint.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page templates: values escaped unless made by a template, lists, flags, inverted sections, mistakes. */
class TemplateTest {

    @Test
    void valuesAreEscapedAndSafeMarkupIsNot() {
        Template t = Template.parse("t", "<p title=\"{{a}}\">{{a}} {{b}}</p>");
        assertThat(t.render(Template.vars("a", "<script>\"x\" & 'y'", "b", new Template.Safe("<b>ok</b>"))).html())
                .isEqualTo("<p title=\"&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;\">&lt;script&gt;&quot;x&quot; &amp;"
                        + " &#39;y&#39; <b>ok</b></p>");
    }

    @Test
    void sectionsRepeatOverListsShowOnTrueAndInvertedSectionsOnEmpty() {
        Template t = Template.parse("t", "{{#rows}}[{{n}}{{#odd}}*{{/odd}}]{{/rows}}{{^rows}}none{{/rows}}|{{#missing}}x{{/missing}}{{^missing}}y{{/missing}}");
        assertThat(t.render(Template.vars("rows", List.of(Template.vars("n", 1, "odd", true), Template.vars("n", 2, "odd", false)),
                "missing", null)).html()).isEqualTo("[1*][2]|y");
        assertThat(t.render(Template.vars("rows", List.of(), "missing", "there")).html()).isEqualTo("none|x");
    }

    @Test
    void namesAreLookedUpInTheItemThenOutwards() {
        Template t = Template.parse("t", "{{#items}}{{name}}@{{place}} {{/items}}");
        assertThat(t.render(Template.vars("place", "outer", "items", List.of(Template.vars("name", "a"),
                Template.vars("name", "b", "place", "inner")))).html()).isEqualTo("a@outer b@inner ");
    }

    @Test
    void mistakesInATemplateAreRefusedWithItsName() {
        assertThatThrownBy(() -> Template.parse("page.html", "{{#a}}x")).hasMessageContaining("page.html")
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> Template.parse("page.html", "{{#a}}x{{/b}}")).hasMessageContaining("closes nothing open");
        assertThatThrownBy(() -> Template.parse("page.html", "{{a")).hasMessageContaining("unclosed");
        assertThatThrownBy(() -> Template.parse("page.html", "{{a}}").render(Template.vars()))
                .hasMessageContaining("no value for {{a}}");
    }

    @Test
    void theShippedTemplatesParse() {
        for (String name : List.of("verdict.html", "student.html", "term.html")) {
            assertThat(Template.load(name)).isNotNull();
        }
    }
}
