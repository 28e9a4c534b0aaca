package io.notelint.rules.language;

import io.notelint.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stigmatizing-language rules: tricky positives, and uses that do not describe the client. */
class StigmatizingLanguageRulesTest {

    @Test
    void judgmentalTerms() {
        RuleTester.of(new JudgmentalTermRule())
                .bad("Client is [[manipulative]].")
                .bad("Client is [[drug seeking]].")
                .bad("Client was [[belligerent]] with staff.")
                .bad("Pt is a [[frequent flier]].")
                .bad("Client was very [[uncooperative]] today.")
                .bad("Client is [[attention seeking]].")
                .bad("Client is a [[difficult client]].")
                .bad("The patient is a [[poor historian]].")
                .bad("Client is [[lazy]] and unmotivated.")
                .bad("[[Drug-seeking]] behavior noted in the ED.")
                .bad("Client was [[resistant]] to feedback.")
                .bad("She argues with staff and the outbursts are [[attention seeking]].")
                .bad("Client is [[difficult]].")
                .good("Client's manipulative ex-husband has not paid child support.")
                .good("Her combative father was arrested last year.")
                .good("Client described her father as combative when drinking.")
                .good("Client said she felt hysterical during the panic attack.")
                .good("Client was cooperative and engaged throughout.")
                .good("Client was difficult to reach by phone this week.")
                .good("Client reports a difficult week after losing her job.")
                .good("Client said the nurse was rude and dismissive.")
                .good("Client is seeking help for her drinking.")
                .good("Client's lazy eye was treated in childhood.")
                .good("Treatment-resistant depression; two prior antidepressant trials did not help.")
                .good("History of treatment resistant depression.")
                .run();
    }

    @Test
    void substanceUseLabels() {
        RuleTester.of(new SubstanceUseLabelRule())
                .bad("Pt is a [[drug addict]].")
                .bad("Client is an [[alcoholic]].")
                .bad("Client is a [[heroin user]].")
                .bad("Client has a long history of [[drug abuse]].")
                .bad("Client [[abused alcohol]] for ten years.")
                .bad("Client, a former [[junkie]], now works as a peer mentor.")
                .bad("Client is a [[cocaine abuser]] per the referral.")
                .bad("Longtime [[fentanyl user]]; uses 3 times daily.")
                .good("Client described growing up with an alcoholic mother.")
                .good("Client's son is addicted to video games.")
                .good("Client attends Alcoholics Anonymous on Mondays.")
                .good("She goes to Al-Anon for families of alcoholics.")
                .good("Client's mother abused alcohol throughout her childhood.")
                .good("Client reports a history of being abused by her stepfather.")
                .good("Client has a history of alcohol use disorder, in sustained remission.")
                .good("Client reports using cannabis 2-3 times a week to sleep.")
                .good("Client's brother uses meth and lives with their mother.")
                .good("Client described herself as a recovering perfectionist.")
                .good("Client denies being an addict.")
                .good("Client described his former abuser's threats.")
                .good("The app's user settings were changed for privacy.")
                .run();
    }

    @Test
    void testResultWording() {
        RuleTester.of(new TestResultWordingRule())
                .bad("Client was [[dirty]] for cocaine.")
                .bad("Tox screen came back [[dirty]].")
                .bad("Client tested [[clean]].")
                .bad("Client has been [[clean]] since January.")
                .bad("[[Clean]] UDS x3 at the methadone clinic.")
                .bad("Client [[stayed clean]] for 6 months last year.")
                .good("Appearance: clean, casually dressed, hygiene good.")
                .good("Client keeps her apartment clean and organized.")
                .good("Client was clean shaven and casually dressed.")
                .good("Client keeps a clean home; drug screen results pending.")
                .good("Client cleaned her room as part of behavioral activation.")
                .good("Client appeared clean and well groomed, urine drug screen negative.")
                .good("Client washed the dirty dishes left by her roommate.")
                .good("Client has been abstinent from opioids for 45 days.")
                .good("Client failed her driving test on Friday and felt discouraged.")
                .run();
    }

    @Test
    void noncompliance() {
        RuleTester.of(new NoncomplianceRule())
                .bad("Client is [[noncompliant]] with meds.")
                .bad("Client [[refuses]] to engage in therapy.")
                .bad("Patient [[refused]] medications this morning.")
                .bad("Pt is [[non-adherent]] with his medication.")
                .bad("Client has [[failed]] multiple outpatient treatments.")
                .bad("Client's [[refusal]] to attend group was discussed.")
                .good("The landlord refused to fix the heat.")
                .good("Her employer refused her request for leave.")
                .good("Client was refused entry to the shelter because it was full.")
                .good("The pharmacy refused to fill the prescription early.")
                .good("Client declined the referral to group therapy because of her work schedule.")
                .good("Client has not taken lithium for 5 days because of nausea; prescriber notified.")
                .good("Client failed to attend the last session due to illness.")
                .good("Client failed her driving test on Friday.")
                .good("Client said \"I refused to go back there.\"")
                .good("Practiced drink refusal skills with role play.")
                .run();
    }

    @Test
    void doubtMarkers() {
        RuleTester.of(new DoubtMarkerRule())
                .bad("Client [[claims]] that she has not used.")
                .bad("Client [[claimed]] to have been sober for a month.")
                .bad("Pt [[insists]] she is fine.")
                .bad("Client [[supposedly]] attended AA.")
                .bad("Client [[adamantly]] denies drinking.")
                .good("She filed an insurance claim for the car accident.")
                .good("Client is applying for disability and claimed benefits last year.")
                .good("She insisted on driving herself to the appointment.")
                .good("Exaggerated startle response and hypervigilance persist.")
                .good("Client's mother insists that he live at home.")
                .good("Client's mother claims she never received the letter.")
                .good("Her claim was denied in March.")
                .run();
    }

    @Test
    void suicideWording() {
        RuleTester.of(new SuicideWordingRule())
                .bad("Her uncle [[committed suicide]].")
                .bad("Client attempted to [[commit suicide]] last year.")
                .bad("Client's best friend [[completed suicide]] in 2020.")
                .bad("She survived a [[failed attempt]] to end her life in 2017.")
                .good("Her cousin died by suicide in 2018.")
                .good("History of one suicide attempt by overdose in 2015.")
                .good("Client denies SI/HI.")
                .good("She made a failed attempt to quit smoking last year.")
                .run();
    }

    @Test
    void ignoreOptionAllowsChosenTerms() {
        RuleTester.of(new NoncomplianceRule()).withOptions(Map.of("ignore", List.of("refused")))
                .good("Client refused the urine screen.")
                .bad("Client is [[noncompliant]] with meds.")
                .run();
    }
}
